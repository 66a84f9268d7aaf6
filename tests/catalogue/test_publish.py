"""Publish as DCAT-AP Vlaanderen / ISO 19139, then harvest the export back: lossless on every mapped field,
nothing secret or local in what was written."""

import json
from pathlib import Path

import pytest
from catalogue_support import write_catalogue

from slimstad_plugin.cli import main
from slimstad_plugin.core.catalogue.harvest import harvest
from slimstad_plugin.core.catalogue.loader import load_catalogue
from slimstad_plugin.core.catalogue.publish import export_catalogue
from slimstad_plugin.core.catalogue.standards.errors import PublishError

SECRETS = ("abc1234", "geheim-token-123", "db.intern.voorbeeldstad.be", "/home/gis", "styles/", "cap_veld_x")
MGH = "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0"


def rich_entries() -> list:
    """Entries using every mapped field and value kind, plus two local sources and city-only fields."""
    return [
        {"id": "stad.kinderopvang", "title": {"nl": "Kinderopvang", "fr": "Accueil", "en": "Childcare"},
         "description": {"nl": "Locaties en plaatsen.", "en": "Locations and places."}, "sector": "kinderopvang",
         "owner": "Stad - Dienst Kinderopvang", "steward": {"name": "An Peeters", "email": "an@stad.be"},
         "licence": {"type": "open", "name": "Modellicentie Gratis Hergebruik", "url": MGH}, "update_rhythm": "P1M",
         "source": {"type": "wfs", "url": "https://geo.stad.be/wfs?map=kinderopvang&token=geheim-token-123",
                    "layer": "ns:kinderopvang", "version": "2.0.0", "crs": "EPSG:31370", "authcfg": "abc1234",
                    "public_params": ["map"]},  # MapServer's map file: marked harmless, so it is published
         "style": "styles/kinderopvang.qml", "fields": {"capacity": "cap_veld_x"},
         "keywords": ["kinderopvang", "baby's", "0-3 jaar"], "extent": [94000.5, 187000.25, 112000.0, 203000.75],
         "extent_crs": "EPSG:31370", "freshness": {"last_update": "2025-03-01", "timestamp_column": "gewijzigd"}},
        {"id": "stad.scholen", "title": {"fr": "Écoles"}, "description": {"fr": "Les écoles de la ville."},
         "sector": "onderwijs", "owner": "AGODI",
         "licence": {"type": "open", "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
         "update_rhythm": "P6M", "source": {"type": "wms", "url": "https://geo.stad.be/wms", "layer": "scholen",
                                             "format": "image/png", "crs": "EPSG:3857", "style": "default"},
         "extent": [3.7, 51.02, 3.8, 51.09], "extent_crs": "EPSG:4326",
         "freshness": {"last_update": "2024-12-15T10:30:00Z"}},
        {"id": "stad.luchtfoto", "title": {"nl": "Luchtfoto"}, "sector": "groen/omgeving",
         "owner": "Digitaal Vlaanderen",
         "steward": {"email": "helpdesk@vlaanderen.be"}, "licence": {"type": "internal", "name": "Eigen voorwaarden"},
         "update_rhythm": "P2Y", "source": {"type": "wmts", "url": "https://geo.api.vlaanderen.be/OMWRGBMRVL/wmts",
                                             "layer": "omwrgbmrvl", "tile_matrix_set": "BPL72VL",
                                             "format": "image/jpeg"}},
        {"id": "stad.sectoren", "title": {"nl": "Statistische sectoren"}, "sector": "bevolking", "owner": "Data",
         "licence": {"type": "restricted"}, "source": {"type": "oapif", "url": "https://geo.stad.be/ogc/features",
                                                        "collection": "sectoren"},
         "freshness": {"last_update": "2025-01-02T03:04:05"}},
        {"id": "stad:haltes", "title": {"nl": "Haltes"}, "sector": "mobiliteit", "owner": "De Lijn",
         "licence": {"type": "open", "name": "CC0", "url": "https://creativecommons.org/publicdomain/zero/1.0/"},
         "update_rhythm": "P1D", "source": {"type": "file", "url": "https://data.stad.be/haltes.geojson",
                                             "format": "geojson"}},
        {"id": "stad.parken", "title": {"nl": "Parken"}, "sector": "groen/omgeving", "owner": "Groendienst",
         "licence": {"type": "internal"}, "update_rhythm": "P1W",
         "source": {"type": "file", "url": "https://data.stad.be/groen.gpkg", "format": "gpkg", "layer": "parken"}},
        {"id": "stad.bouwaanvragen", "title": {"nl": "Bouwaanvragen"}, "sector": "wonen", "owner": "Omgeving",
         "licence": {"type": "restricted"},
         "source": {"type": "postgis", "host": "db.intern.voorbeeldstad.be", "dbname": "gis", "schema": "omgeving",
                    "table": "aanvragen", "authcfg": "abc1234"}},
        {"id": "stad.bomen", "title": {"nl": "Bomen"}, "sector": "groen/omgeving", "owner": "Groendienst",
         "licence": {"type": "internal"}, "source": {"type": "gpkg", "path": "/home/gis/data/bomen.gpkg",
                                                      "layer": "bomen"}},
    ]


PUBLISHED = ("stad.kinderopvang", "stad.scholen", "stad.luchtfoto", "stad.sectoren", "stad:haltes", "stad.parken")


def mapped(entry: dict, keyword_order: bool = True) -> dict:
    """What a harvest of the export must give back: the city's own fields and secrets are not published."""
    out = {key: value for key, value in entry.items() if key not in ("style", "fields")}
    out["sector"] = "andere"
    out["source"] = {key: value for key, value in entry["source"].items() if key not in ("authcfg", "public_params")}
    if "url" in out["source"]:
        out["source"]["url"] = out["source"]["url"].replace("token=geheim-token-123", "token=SLIMSTAD-REMOVED")
    if entry.get("freshness"):
        out["freshness"] = {"last_update": entry["freshness"]["last_update"]}
    if not keyword_order and "keywords" in out:
        out["keywords"] = sorted(out["keywords"])
    return out


@pytest.fixture()
def catalogue_path(tmp_path: Path) -> Path:
    return write_catalogue(tmp_path / "stad.json", rich_entries(), "stad")


def assert_nothing_secret(paths: list) -> None:
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for needle in SECRETS:
            assert needle not in text, (path, needle)


@pytest.mark.parametrize("suffix", [".ttl", ".rdf", ".jsonld"])
def test_dcat_export_then_harvest_is_lossless(qgis_app, catalogue_path: Path, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / ("stad" + suffix)
    report = export_catalogue(load_catalogue(catalogue_path), "dcat-ap-vl", out)
    assert report.files == [out] and len(report.written) == 8
    assert report.without_distribution == ["stad.bouwaanvragen", "stad.bomen"]
    assert_nothing_secret([out])
    result = harvest(out)
    originals = {e["id"]: e for e in rich_entries()}
    assert {e.id: e.to_dict() for e in result.entries} == {
        i: mapped(originals[i], keyword_order=False) for i in PUBLISHED}
    assert result.skip_counts() == {"no_usable_link": 2}


def test_iso_export_loaded_into_pycsw_then_harvested_is_lossless(qgis_app, catalogue_path: Path, tmp_path: Path,
                                                                 pycsw_factory) -> None:
    folder = tmp_path / "iso"
    report = export_catalogue(load_catalogue(catalogue_path), "iso19139", folder)
    assert sorted(p.name for p in report.files) == sorted(
        "{}.xml".format(i.replace(":", "_")) for i in PUBLISHED + ("stad.bouwaanvragen", "stad.bomen"))
    assert_nothing_secret(report.files)
    server = pycsw_factory(folder)
    assert server.loaded == 8
    result = harvest(server.url, page_size=3)
    originals = {e["id"]: e for e in rich_entries()}
    assert {e.id: e.to_dict() for e in result.entries} == {i: mapped(originals[i]) for i in PUBLISHED}
    assert result.skip_counts() == {"no_usable_link": 2}


def test_export_cli_and_open_only(qgis_app, catalogue_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "open.ttl"
    assert main(["catalog", "export", str(catalogue_path), "--format", "dcat-ap-vl", "--out", str(out),
                 "--open-only", "--base-uri", "https://data.stad.be/id/dataset/"]) == 0
    printed = capsys.readouterr().out
    assert "wrote 3 entries to {} (1 file); 5 left out".format(out) in printed
    assert "left out: stad.sectoren: licence is not open" in printed
    text = out.read_text()
    assert "<https://data.stad.be/id/dataset/stad.kinderopvang>" in text
    assert "<http://publications.europa.eu/resource/authority/data-theme/SOCI>" in text  # sector, export only


def test_a_credential_in_any_text_stops_the_whole_export(qgis_app, tmp_path: Path) -> None:
    entries = rich_entries()[:2]
    entries[1]["description"] = {"fr": "Accès: https://geo.stad.be/wms?password=hunter22"}
    catalogue = load_catalogue(write_catalogue(tmp_path / "c.json", entries, "stad"))
    with pytest.raises(PublishError, match="Nothing was exported: .* would contain a credential \\(password\\)"):
        export_catalogue(catalogue, "iso19139", tmp_path / "iso")
    assert not (tmp_path / "iso").exists() or not list((tmp_path / "iso").iterdir())


def test_bad_outputs_are_refused(qgis_app, catalogue_path: Path, tmp_path: Path, capsys) -> None:
    catalogue = load_catalogue(catalogue_path)
    with pytest.raises(PublishError, match="is a .ttl, .rdf or .jsonld file"):
        export_catalogue(catalogue, "dcat-ap-vl", tmp_path / "ander.json")
    (tmp_path / "bestand").write_text("x")
    with pytest.raises(PublishError, match="goes into a folder"):
        export_catalogue(catalogue, "iso19139", tmp_path / "bestand")
    assert main(["catalog", "export", str(catalogue_path), "--format", "iso19139", "--out",
                 str(catalogue_path)]) == 2
    assert "would overwrite the catalogue itself" in capsys.readouterr().err
    assert json.loads(catalogue_path.read_text())["id"] == "stad"
