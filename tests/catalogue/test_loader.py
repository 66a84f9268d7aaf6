"""Catalogue format, loading, validation and merging (real files, a real local HTTP server)."""

import json
import uuid
from pathlib import Path

import pytest
from catalogue_support import LocalServer, catalogue_dict, entry_dict, write_catalogue

from slimstad_plugin import RESOURCES_DIR
from slimstad_plugin.core.base.i18n import language_scope
from slimstad_plugin.core.catalogue import CatalogueError, load_catalogue, merge_catalogues, save_catalogue
from slimstad_plugin.core.catalogue.schema import structural_issues, validate

SHIPPED = sorted((RESOURCES_DIR / "catalogues").glob("*.json"))
GPKG_SOURCE = {"type": "gpkg", "path": "data.gpkg", "layer": "wijken"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_catalogues_validate_with_and_without_jsonschema(qgis_app, path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert validate(data) == []
    assert validate(data, use_jsonschema=False) == []
    catalogue = load_catalogue(path)
    assert catalogue.entries and len({e.id for e in catalogue.entries}) == len(catalogue.entries)


def test_sample_city_catalogue_covers_every_layer(qgis_app) -> None:
    from slimstad_plugin.core.base.semantic_roles import SAMPLE_CITY_ROLES

    catalogue = load_catalogue(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json")
    by_id = {entry.id: entry for entry in catalogue.entries}
    for layer, roles in SAMPLE_CITY_ROLES.items():
        entry = by_id["voorbeeldstad.{}".format(layer)]
        assert entry.source == {"type": "gpkg", "path": "voorbeeldstad.gpkg", "layer": layer}
        assert entry.fields == roles
        assert entry.style_path().exists()
    assert by_id["voorbeeldstad.scholen"].display_title("fr") == "Écoles"


def test_vlaanderen_catalogue_uses_real_services(qgis_app) -> None:
    catalogue = load_catalogue(RESOURCES_DIR / "catalogues" / "vlaanderen.json")
    urls = {entry.source["url"] for entry in catalogue.entries}
    assert "https://geo.api.vlaanderen.be/GRB/wms" in urls
    assert "https://geo.api.vlaanderen.be/VRBG/wfs" in urls
    assert {entry.source_type for entry in catalogue.entries} >= {"wms", "wmts", "wfs", "oapif"}


def test_malformed_json_names_file_and_position(qgis_app, tmp_path: Path) -> None:
    path = tmp_path / "kapot.json"
    path.write_text('{\n  "format": "slimstad-catalogue",\n  "version": 1,\n  "entries": [\n    {"id": }\n]}')
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    message = str(caught.value)
    assert str(path) in message and "line 5" in message and "column" in message


def test_schema_violation_names_entry_and_field(qgis_app, tmp_path: Path) -> None:
    good = entry_dict("test.ok", GPKG_SOURCE)
    bad = entry_dict("test.bad", GPKG_SOURCE, licence={"type": "free-for-all"})
    path = write_catalogue(tmp_path / "c.json", [good, bad])
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    message = str(caught.value)
    assert "test.bad" in message and "/entries/1/licence/type" in message
    assert "test.ok" not in message


def test_entry_problems_name_the_entry_by_its_title_in_the_message_language(tmp_path: Path) -> None:
    """Not only the raw id: the entry's title in the message language, plus the JSON pointer."""
    bad = entry_dict("stad.opvang", GPKG_SOURCE, licence={"type": "free-for-all"})
    bad["title"] = {"nl": "Kinderopvang", "fr": "Accueil de l'enfance", "en": "Childcare"}
    path = write_catalogue(tmp_path / "c.json", [bad])
    for language, title in (("nl", "Kinderopvang"), ("fr", "Accueil de l'enfance"), ("en", "Childcare")):
        with language_scope(language), pytest.raises(CatalogueError) as caught:
            load_catalogue(path)
        message = str(caught.value)
        assert title in message and "/entries/0/licence/type" in message, message


@pytest.mark.parametrize("use_jsonschema", [True, False])
def test_unknown_source_type_and_sector(qgis_app, use_jsonschema: bool) -> None:
    data = catalogue_dict([entry_dict("x", {"type": "ftp", "url": "ftp://x"}, sector="ruimtevaart")])
    issues = {(issue.entry_id, issue.field) for issue in validate(data, use_jsonschema)}
    assert ("x", "source.type") in issues and ("x", "sector") in issues


def test_credentials_in_a_catalogue_are_refused(qgis_app) -> None:
    data = catalogue_dict([entry_dict("x", {"type": "wfs", "url": "https://user:pw@example.org/wfs", "layer": "a"}),
                           entry_dict("y", {"type": "postgis", "host": "db", "dbname": "d", "table": "t",
                                            "password": "pw"})])
    fields = {(issue.entry_id, issue.field) for issue in validate(data)}
    assert ("x", "source.url") in fields and ("y", "source.password") in fields


def test_lenient_loading_skips_bad_entries(qgis_app, tmp_path: Path) -> None:
    path = write_catalogue(tmp_path / "c.json", [entry_dict("a", GPKG_SOURCE),
                                                 entry_dict("b", {"type": "gpkg", "path": "x.gpkg"})])
    catalogue = load_catalogue(path, strict=False)
    assert [entry.id for entry in catalogue.entries] == ["a"]
    assert len(catalogue.problems) == 1 and "/entries/1/source/layer" in catalogue.problems[0]


def test_newer_format_version_is_refused(qgis_app, tmp_path: Path) -> None:
    data = catalogue_dict([])
    data["version"] = 7
    path = tmp_path / "future.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CatalogueError, match="version"):
        load_catalogue(path, strict=False)


def test_missing_file_is_a_clear_error(qgis_app, tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="does not exist"):
        load_catalogue(tmp_path / "nope.json")


def test_remote_catalogue_loads_over_http(qgis_app) -> None:
    with LocalServer() as server:
        url = server.add("/catalogus.json", catalogue_dict([entry_dict(
            "r.wfs", {"type": "wfs", "url": "https://example.org/wfs", "layer": "a"})], "remote"))
        catalogue = load_catalogue(url, timeout_s=5)
    assert catalogue.origin == url and catalogue.entries[0].origin == url and catalogue.base_dir == ""


@pytest.mark.parametrize("source", [
    {"type": "gpkg", "path": "/etc/secret.gpkg", "layer": "a"},
    {"type": "file", "path": "file:///home/user/data.shp"},
    {"type": "file", "path": "../../private/data.shp"},
])
def test_remote_catalogue_pointing_at_local_files_is_refused(qgis_app, source: dict) -> None:
    with LocalServer() as server:
        url = server.add("/c.json", catalogue_dict([entry_dict("evil", source)]))
        with pytest.raises(CatalogueError, match="local files"):
            load_catalogue(url, timeout_s=5)
        # Also when loading leniently: the entry is dropped, never opened.
        assert load_catalogue(url, timeout_s=5, strict=False).entries == []


def test_remote_errors_are_catalogue_errors(qgis_app) -> None:
    with LocalServer(slow_s=3) as server:
        with pytest.raises(CatalogueError, match="HTTP 500"):
            load_catalogue(server.url + "/error500", timeout_s=5)
        with pytest.raises(CatalogueError, match="within"):
            load_catalogue(server.url + "/slow/c.json", timeout_s=0.5)
        with pytest.raises(CatalogueError, match="web page"):
            load_catalogue(server.add("/html", "<html>", "text/html"), timeout_s=5)
    with pytest.raises(CatalogueError, match="Cannot"):
        load_catalogue("http://127.0.0.1:9/c.json", timeout_s=2)


def test_merge_first_catalogue_wins(qgis_app, tmp_path: Path) -> None:
    city = load_catalogue(write_catalogue(tmp_path / "stad.json", [
        entry_dict("shared.wijken", GPKG_SOURCE, owner="Stad"), entry_dict("stad.only", GPKG_SOURCE)], "stad"))
    region = load_catalogue(write_catalogue(tmp_path / "regio.json", [
        entry_dict("shared.wijken", GPKG_SOURCE, owner="Regio"), entry_dict("regio.only", GPKG_SOURCE)], "regio"))
    merged = merge_catalogues([city, region])
    assert [entry.id for entry in merged.entries] == ["shared.wijken", "stad.only", "regio.only"]
    assert merged.by_id["shared.wijken"].owner == "Stad"
    assert merged.duplicates == [("shared.wijken", str(tmp_path / "stad.json"), str(tmp_path / "regio.json"))]


def test_ten_thousand_entries_load(qgis_app, tmp_path: Path) -> None:
    entries = [entry_dict("big.{}".format(i), {"type": "wfs", "url": "https://example.org/wfs",
                                              "layer": "l{}".format(i)}, keywords=["k"]) for i in range(10_000)]
    catalogue = load_catalogue(write_catalogue(tmp_path / "big.json", entries))
    assert len(catalogue.entries) == 10_000


def test_save_round_trip_and_data_dir(qgis_app, tmp_path: Path) -> None:
    path = write_catalogue(tmp_path / "c.json", [entry_dict("a", GPKG_SOURCE, update_rhythm="P1M",
                                                            extent=[1, 2, 3, 4], extent_crs="EPSG:31370")])
    catalogue = load_catalogue(path, data_dir=tmp_path / "data")
    assert catalogue.entries[0].resolve_path("data.gpkg", data=True) == tmp_path / "data" / "data.gpkg"
    save_catalogue(catalogue, tmp_path / "copy.json")
    again = load_catalogue(tmp_path / "copy.json")
    assert again.entries[0].to_dict() == catalogue.entries[0].to_dict()
    assert structural_issues(json.loads((tmp_path / "copy.json").read_text())) == []


def test_remote_relative_paths_need_a_configured_data_dir(qgis_app, tmp_path: Path) -> None:
    with LocalServer() as server:
        url = server.add("/c.json", catalogue_dict([entry_dict("rel", GPKG_SOURCE, style="styles/x.qml")]))
        with pytest.raises(CatalogueError, match="local files"):
            load_catalogue(url, timeout_s=5)
        catalogue = load_catalogue(url, timeout_s=5, data_dir=tmp_path)
    entry = catalogue.entries[0]
    assert entry.resolve_path("data.gpkg", data=True) == tmp_path / "data.gpkg"
    assert entry.style_path() is not None and entry.style_path().parent.parent == tmp_path


def test_full_schema_runs_once_per_catalogue_version(qgis_app, tmp_path: Path, monkeypatch) -> None:
    from slimstad_plugin.core.catalogue import loader

    calls = []
    real_validate = loader.validate
    monkeypatch.setattr(loader, "validate", lambda data, use_jsonschema=True: calls.append(use_jsonschema)
                        or real_validate(data, use_jsonschema))
    data = json.loads((RESOURCES_DIR / "catalogues" / "voorbeeldstad.json").read_text())
    data["id"] = "cache-test-{}".format(uuid.uuid4().hex)  # a text no earlier run has seen
    path = tmp_path / "stad.json"
    path.write_text(json.dumps(data))
    load_catalogue(path)
    load_catalogue(path)
    assert calls == [True, False]
    data["entries"][0]["owner"] = 42  # a changed text is checked in full again, and the error is found
    path.write_text(json.dumps(data))
    with pytest.raises(CatalogueError, match="owner"):
        load_catalogue(path)
    assert calls[-1] is True
