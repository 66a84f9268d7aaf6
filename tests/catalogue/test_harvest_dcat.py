"""Harvest DCAT-AP Vlaanderen in RDF/XML, Turtle and JSON-LD (files and URLs), and bad RDF input."""

import json
from pathlib import Path

import pytest
from catalogue_support import LocalServer
from harvest_support import DCAT_MAPSERVER as MAPSERVER
from harvest_support import dcat_file

from slimstad_plugin.cli import main
from slimstad_plugin.core.catalogue.harvest import harvest
from slimstad_plugin.core.catalogue.standards.errors import HarvestError


def expected_entries() -> dict:
    """Every mapped field of the five usable datasets (the same in the three serialisations)."""
    return {
        "kinderopvang-2025": {
            "id": "kinderopvang-2025",
            "title": {"nl": "Kinderopvanglocaties", "fr": "Lieux d'accueil de la petite enfance",
                      "en": "Childcare locations"},
            "description": {"nl": "Erkende kinderopvanglocaties met hun aantal plaatsen."}, "sector": "andere",
            "owner": "Stad Voorbeeldstad - Dienst Kinderopvang",
            "steward": {"name": "Dienst Kinderopvang", "email": "kinderopvang@voorbeeldstad.be"},
            "licence": {"type": "open", "name": "Modellicentie Gratis Hergebruik",
                        "url": "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0"},
            "update_rhythm": "P1M",
            "source": {"type": "wfs", "url": MAPSERVER + "/", "layer": "kinderopvang", "crs": "EPSG:31370"},
            "keywords": ["childcare", "kinderopvang"], "extent": [3.65, 51.0, 3.85, 51.12],
            "extent_crs": "EPSG:4326", "freshness": {"last_update": "2025-03-01"}},
        "data.voorbeeldstad.be_id_dataset_scholen": {
            "id": "data.voorbeeldstad.be_id_dataset_scholen", "title": {"nl": "Scholen"}, "sector": "andere",
            "owner": "AGODI",
            "licence": {"type": "open", "url": "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"},
            "update_rhythm": "P3M", "source": {"type": "wms", "url": MAPSERVER + "/", "layer": "scholen"},
            "extent": [3.7, 51.02, 3.8, 51.09], "extent_crs": "EPSG:4326",
            "freshness": {"last_update": "2024-12-15T10:30:00"}},
        "haltes": {
            "id": "haltes", "title": {"nl": "Haltes openbaar vervoer", "en": "Public transport stops"},
            "description": {"nl": "Haltes van De Lijn in Voorbeeldstad.", "en": "Stops in Voorbeeldstad."},
            "sector": "andere", "owner": "De Lijn", "steward": {"email": "opendata@delijn.be"},
            "licence": {"type": "open", "url": "https://creativecommons.org/publicdomain/zero/1.0/"},
            "source": {"type": "file", "format": "geojson", "url": MAPSERVER + "/?SERVICE=WFS&REQUEST=GetFeature"
                                                                             "&TYPENAME=haltes&OUTPUTFORMAT=application/json"},
            "keywords": ["mobiliteit"], "freshness": {"last_update": "2025-02-10T08:00:00Z"}},
        "statsec-2024": {
            "id": "statsec-2024", "title": {"nl": "Statistische sectoren"}, "sector": "andere",
            "owner": "Stad Voorbeeldstad - Data en Analyse", "licence": {"type": "internal"}, "update_rhythm": "P1Y",
            "source": {"type": "oapif", "url": MAPSERVER + "/wfs3", "collection": "statistische_sectoren"}},
        "data.voorbeeldstad.be_id_dataset_parken": {
            "id": "data.voorbeeldstad.be_id_dataset_parken", "title": {"nl": "Parken"}, "sector": "andere",
            "owner": "", "licence": {"type": "restricted"}, "update_rhythm": "P2Y",
            "source": {"type": "file", "format": "gpkg", "layer": "parken",
                       "url": "https://downloads.voorbeeldstad.be/groen/parken.gpkg"}},
    }


@pytest.mark.parametrize("name", ["voorbeeldstad.ttl", "voorbeeldstad.rdf", "voorbeeldstad.jsonld"])
def test_each_serialisation_gives_exactly_the_expected_entries(qgis_app, tmp_path: Path, name: str) -> None:
    result = harvest(dcat_file(tmp_path, name))
    assert result.kind == "dcat"
    assert {e.id: e.to_dict() for e in result.entries} == expected_entries()


def test_turtle_skips_are_counted_with_their_reasons(qgis_app, tmp_path: Path) -> None:
    result = harvest(dcat_file(tmp_path, "voorbeeldstad.ttl"))
    assert result.records == 9
    assert result.skip_counts() == {"duplicate": 1, "no_identifier": 1, "no_usable_link": 2}
    details = {skip.label: skip.detail for skip in result.skipped}
    assert details["Begraafplaatsen"] == "the record has no online resource"
    assert "www.voorbeeldstad.be/evenementen" in details["Evenementen"]
    assert "identifier haltes (id haltes) was already harvested from Haltes openbaar vervoer" == details[
        "Haltes (kopie)"]


def test_query_filters_datasets(qgis_app, tmp_path: Path) -> None:
    result = harvest(dcat_file(tmp_path, "voorbeeldstad.ttl"), query="CHILDCARE")
    assert [e.id for e in result.entries] == ["kinderopvang-2025"] and result.skipped == []


def test_dcat_from_url_with_a_remote_json_ld_context(qgis_app, tmp_path: Path) -> None:
    document = json.loads(dcat_file(tmp_path, "voorbeeldstad.jsonld").read_text())
    with LocalServer() as server:
        context_url = server.add("/context.jsonld", {"@context": document["@context"]}, "application/ld+json")
        document["@context"] = context_url
        url = server.add("/catalogus", document, "application/ld+json")
        result = harvest(url)
    assert result.kind == "dcat" and {e.id: e.to_dict() for e in result.entries} == expected_entries()


def test_cli_harvest_of_a_turtle_file(qgis_app, tmp_path: Path, capsys) -> None:
    out = tmp_path / "stad.json"
    assert main(["catalog", "harvest", "--from", str(dcat_file(tmp_path, "voorbeeldstad.ttl")), "--out",
                 str(out)]) == 0
    printed = capsys.readouterr().out
    assert "9 records read, 5 entries, 4 skipped (1 duplicate identifier, 1 without identifier, " \
           "2 without a usable online resource)" in printed
    assert len(json.loads(out.read_text())["entries"]) == 5


@pytest.mark.parametrize("name,content,message", [
    ("kapot.ttl", "@prefix dcat: <http://www.w3.org/ns/dcat#> .\n<a> a dcat:Dataset ;; dct:title \"x\" .",
     r"kapot\.ttl is not valid Turtle: .*line 2"),
    ("kapot.rdf", '<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
                  '<rdf:Description rdf:about="a"><x></rdf:RDF>', r"kapot\.rdf is not valid RDF/XML: "),
    ("kapot.jsonld", '{"@context": {"dct": "http://purl.org/dc/terms/"}, "@id": "a", "dct:title": [1, ',
     r"kapot\.jsonld is not valid JSON: .*line 1, column"),
    ("kapot2.jsonld", '{"@context": 5, "@id": "a"}', r"kapot2\.jsonld is not valid JSON-LD: "),
    ("pagina.ttl", "<!DOCTYPE html>\n<html><body>Not found</body></html>",
     r"pagina\.ttl is a web page \(HTML\), not a CSW service or a DCAT file"),
])
def test_malformed_rdf_is_one_clear_message(qgis_app, tmp_path: Path, capsys, name: str, content: str,
                                            message: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HarvestError, match=message):
        harvest(path)
    assert main(["catalog", "harvest", "--from", str(path), "--out", str(tmp_path / "x.json")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: ") and "Traceback" not in error and not (tmp_path / "x.json").exists()


def test_missing_file_and_html_url(qgis_app, tmp_path: Path) -> None:
    with pytest.raises(HarvestError, match="weg.ttl does not exist"):
        harvest(tmp_path / "weg.ttl")
    with LocalServer() as server:
        url = server.add("/portaal", "<html><head><title>Portaal</title></head></html>", "text/html")
        with pytest.raises(HarvestError, match="is a web page"):
            harvest(url)


def test_remote_context_that_cannot_be_fetched(qgis_app, tmp_path: Path) -> None:
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": "http://127.0.0.1:9/context.jsonld", "@id": "a"}))
    with pytest.raises(HarvestError, match="Cannot reach http://127.0.0.1:9/context.jsonld"):
        harvest(path)


def test_rdf_without_datasets_says_so(qgis_app, tmp_path: Path) -> None:
    path = tmp_path / "leeg.ttl"
    path.write_text("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<https://x.be/a> foaf:name \"A\" .\n")
    result = harvest(path)
    assert result.entries == [] and result.notes == ["{} holds no dcat:Dataset: is it a DCAT-AP catalogue?".format(
        path)]
