"""Harvest from a real pycsw (ISO 19139 records in GDI-Vlaanderen style) and from misbehaving CSWs."""

import json
from pathlib import Path

import pytest
from harvest_support import MimicCsw, get_records_response, record_xml
from pg_cluster import free_port

from slimstad_plugin.cli import main
from slimstad_plugin.core.catalogue.harvest import harvest
from slimstad_plugin.core.catalogue.standards.errors import HarvestError

MGH = {"type": "open", "name": "Modellicentie Gratis Hergebruik",
       "url": "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0"}


def expected_entries(mapserver_url: str) -> dict:
    """Every mapped field of every usable test record, as the harvest must give it."""
    base = mapserver_url + "/"
    return {
        "3f0c6a52-8d1e-4b7a-9c2e-5a1d0b6e7f01": {
            "id": "3f0c6a52-8d1e-4b7a-9c2e-5a1d0b6e7f01",
            "title": {"nl": "Kinderopvanglocaties Voorbeeldstad", "fr": "Lieux d'accueil de la petite enfance",
                      "en": "Childcare locations"},
            "description": {"nl": "Erkende kinderopvanglocaties met hun aantal plaatsen.",
                            "en": "Licensed childcare locations with their number of places."},
            "sector": "andere", "owner": "Stad Voorbeeldstad - Dienst Kinderopvang",
            "steward": {"name": "An Peeters", "email": "an.peeters@voorbeeldstad.be"}, "licence": MGH,
            "update_rhythm": "P1M",
            "source": {"type": "wfs", "url": base, "layer": "kinderopvang", "crs": "EPSG:31370"},
            "keywords": ["kinderopvang", "capaciteit", "Nutsdiensten en overheidsdiensten"],
            "extent": [3.65, 51.0, 3.85, 51.12], "extent_crs": "EPSG:4326",
            "freshness": {"last_update": "2025-03-01"}},
        "7d2e1b40-0c55-4e0b-8a77-2f4b9d3c1a02": {
            "id": "7d2e1b40-0c55-4e0b-8a77-2f4b9d3c1a02", "title": {"nl": "Scholen basis- en secundair onderwijs"},
            "description": {"nl": "Vestigingsplaatsen van scholen."}, "sector": "andere", "owner": "AGODI",
            "steward": {"name": "AGODI", "email": "data@agodi.be"},
            "licence": {"type": "open", "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
            "update_rhythm": "P3M", "source": {"type": "wms", "url": base, "layer": "scholen"},
            "keywords": ["onderwijs", "scholen"], "extent": [3.7, 51.02, 3.8, 51.09], "extent_crs": "EPSG:4326",
            "freshness": {"last_update": "2024-12-15T10:30:00"}},
        "statsec-voorbeeldstad-2024": {
            "id": "statsec-voorbeeldstad-2024",
            "title": {"nl": "Statistische sectoren met bevolking", "en": "Statistical sectors with population"},
            "description": {"nl": "Inwoners per leeftijdsgroep per statistische sector."}, "sector": "andere",
            "owner": "Stad Voorbeeldstad - Data en Analyse", "licence": {"type": "internal"}, "update_rhythm": "P1Y",
            "source": {"type": "oapif", "url": mapserver_url + "/wfs3", "collection": "statistische_sectoren"},
            "keywords": ["bevolking"], "freshness": {"last_update": "2024-11-15"}},
        "haltes-download-0001": {
            "id": "haltes-download-0001", "title": {"nl": "Haltes openbaar vervoer"},
            "description": {"nl": "Haltes openbaar vervoer in Voorbeeldstad."}, "sector": "andere",
            "owner": "De Lijn", "licence": {"type": "open", "name": "CC0 1.0 Universeel"}, "update_rhythm": "P1W",
            "source": {"type": "file", "format": "geojson",
                       "url": base + "?SERVICE=WFS&REQUEST=GetFeature&TYPENAME=haltes&OUTPUTFORMAT=application/json"},
            "keywords": ["haltes", "mobiliteit"], "freshness": {"last_update": "2025-01-20"}},
        "parken-gpkg-0001": {
            "id": "parken-gpkg-0001", "title": {"nl": "Parken en groenzones"},
            "description": {"nl": "Parken en groenzones in Voorbeeldstad."}, "sector": "andere",
            "owner": "Stad Voorbeeldstad - Groendienst", "licence": {"type": "restricted"},
            "source": {"type": "file", "format": "gpkg", "layer": "parken",
                       "url": "https://downloads.voorbeeldstad.be/groen/parken.gpkg"},
            "keywords": ["groen", "parken"], "freshness": {"last_update": "2025-01-20"}},
        "wijken-wfs-0001": {
            "id": "wijken-wfs-0001", "title": {"nl": "Wijken"}, "description": {"nl": "Wijken in Voorbeeldstad."},
            "sector": "andere", "owner": "Stad Voorbeeldstad - Data en Analyse", "licence": MGH,
            "update_rhythm": "P2Y",
            "source": {"type": "wfs", "url": base, "layer": "wijken", "version": "2.0.0", "crs": "EPSG:31370"},
            "keywords": ["wijken"], "freshness": {"last_update": "2025-01-20"}},
    }


def test_harvest_from_pycsw_gives_exactly_the_expected_entries(qgis_app, pycsw, mapserver) -> None:
    result = harvest(pycsw.url, page_size=4)
    assert pycsw.loaded == 9 and result.records == 9 and result.matched == 9
    assert {e.id: e.to_dict() for e in result.entries} == expected_entries(mapserver.url)
    assert result.skip_counts() == {"no_usable_link": 2, "not_a_dataset": 1}
    skipped = {skip.label: skip.detail for skip in result.skipped}
    assert skipped["Bomen (intern)"] == "the record has no online resource"
    assert "www.voorbeeldstad.be/evenementen" in skipped["Evenementen"]
    assert "service" in skipped["WFS-dienst Voorbeeldstad"]
    assert result.notes == []


@pytest.mark.parametrize("page_size", [1, 2, 9, 50])
def test_paging_through_next_record_reads_every_record_once(qgis_app, pycsw, page_size: int) -> None:
    result = harvest(pycsw.url, kind="csw", page_size=page_size)
    assert result.records == 9 and len(result.entries) == 6 and result.notes == []


def test_query_is_searched_by_the_server(qgis_app, pycsw) -> None:
    result = harvest(pycsw.url, query="kinderopvang")
    assert [e.id for e in result.entries] == ["3f0c6a52-8d1e-4b7a-9c2e-5a1d0b6e7f01"] and result.matched == 1


def test_max_records_stops_and_says_so(qgis_app, pycsw) -> None:
    result = harvest(pycsw.url, page_size=2, max_records=3)
    assert result.records == 3 and result.notes == ["stopped after 3 of 9 records (the limit)"]


def test_cli_harvest_then_merge_keeps_local_fields_and_updates(qgis_app, pycsw, mapserver, tmp_path: Path,
                                                               capsys) -> None:
    out = tmp_path / "stad.json"
    assert main(["catalog", "harvest", "--from", pycsw.url, "--out", str(out), "--id", "stad"]) == 0
    printed = capsys.readouterr().out
    assert "9 records read, 6 entries, 3 skipped (2 without a usable online resource, 1 not a dataset)" in printed
    assert "6 added, 0 updated, 0 unchanged" in printed
    data = json.loads(out.read_text())
    assert data["id"] == "stad" and len(data["entries"]) == 6
    # The city completes a harvested entry, edits a mapped field, and adds an entry of its own.
    kinderopvang = next(e for e in data["entries"] if e["id"].startswith("3f0c6a52"))
    kinderopvang.update({"sector": "kinderopvang", "style": "styles/kinderopvang.qml",
                         "fields": {"capacity": "plaatsen"}, "owner": "oude naam",
                         "freshness": {"last_update": "2020-01-01", "timestamp_column": "gewijzigd"}})
    kinderopvang["source"]["authcfg"] = "abc1234"
    data["entries"].append({"id": "stad.eigen", "title": {"nl": "Eigen laag"}, "sector": "wonen", "owner": "Wonen",
                            "licence": {"type": "internal"}, "source": {"type": "gpkg", "path": "x.gpkg",
                                                                        "layer": "x"}})
    out.write_text(json.dumps(data))
    assert main(["catalog", "harvest", "--from", pycsw.url, "--out", str(out), "--merge", str(out)]) == 0
    assert "0 added, 1 updated, 5 unchanged" in capsys.readouterr().out
    merged = {e["id"]: e for e in json.loads(out.read_text())["entries"]}
    assert len(merged) == 7 and merged["stad.eigen"]["title"] == {"nl": "Eigen laag"}
    kept = merged["3f0c6a52-8d1e-4b7a-9c2e-5a1d0b6e7f01"]
    expected = expected_entries(mapserver.url)["3f0c6a52-8d1e-4b7a-9c2e-5a1d0b6e7f01"]
    assert kept["sector"] == "kinderopvang" and kept["style"] == "styles/kinderopvang.qml"
    assert kept["fields"] == {"capacity": "plaatsen"} and kept["source"]["authcfg"] == "abc1234"
    assert kept["owner"] == expected["owner"]
    assert kept["freshness"] == {"last_update": "2025-03-01", "timestamp_column": "gewijzigd"}


def test_cli_refuses_to_replace_an_existing_catalogue(qgis_app, tmp_path: Path, capsys) -> None:
    out = tmp_path / "stad.json"
    out.write_text("{}")
    assert main(["catalog", "harvest", "--from", "http://127.0.0.1:9/csw", "--out", str(out)]) == 2
    assert "give --merge" in capsys.readouterr().err and out.read_text() == "{}"


def test_unreachable_endpoint_is_one_clear_line(qgis_app, tmp_path: Path, capsys) -> None:
    url = "http://127.0.0.1:{}/csw".format(free_port())
    assert main(["catalog", "harvest", "--from", url, "--out", str(tmp_path / "x.json"), "--timeout", "5"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("error: Cannot reach http://127.0.0.1:") and "Traceback" not in error
    assert not (tmp_path / "x.json").exists()


# --- field misbehaviour, mimicked on loopback (pycsw cannot misbehave this way) --------------------------------
def test_html_page_instead_of_a_csw(qgis_app) -> None:
    with MimicCsw(lambda request, p: (200, "<!DOCTYPE html><html><body>Log in</body></html>", "text/html")) as csw:
        with pytest.raises(HarvestError, match="is a web page \\(HTML\\), not a CSW service or a DCAT file"):
            harvest(csw.url, kind="csw")


def test_malformed_getrecords_answer_names_line_and_column(qgis_app) -> None:
    def scenario(request: str, params: dict):
        if request == "GetCapabilities":
            return csw.capabilities()
        return 200, get_records_response([record_xml("kinderopvang.xml")], 1, 0)[:900], "application/xml"

    with MimicCsw(scenario) as csw:
        with pytest.raises(HarvestError, match=r"is not well-formed XML \(line \d+, column \d+\)"):
            harvest(csw.url, kind="csw")


def test_exception_report_is_shown(qgis_app) -> None:
    report = ('<ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows" version="1.0.0"><ows:Exception '
              'exceptionCode="InvalidParameterValue"><ows:ExceptionText>Unknown constraint</ows:ExceptionText>'
              '</ows:Exception></ows:ExceptionReport>')

    def scenario(request: str, params: dict):
        return csw.capabilities() if request == "GetCapabilities" else (200, report, "application/xml")

    with MimicCsw(scenario) as csw:
        with pytest.raises(HarvestError, match="refused GetRecords: InvalidParameterValue Unknown constraint"):
            harvest(csw.url, kind="csw", query="x")


def test_post_only_getrecords_is_refused_clearly(qgis_app) -> None:
    with MimicCsw(lambda request, p: csw.capabilities(post_only=True)) as csw:
        with pytest.raises(HarvestError, match="offers GetRecords only by POST"):
            harvest(csw.url, kind="csw")


def test_next_record_that_does_not_advance_stops_paging(qgis_app) -> None:
    def scenario(request: str, params: dict):
        if request == "GetCapabilities":
            return csw.capabilities()
        start = int(params["startposition"])
        return 200, get_records_response([record_xml("wijken.xml", "wijken-{}".format(start))], 5, 1), "text/xml"

    with MimicCsw(scenario) as csw:
        result = harvest(csw.url, kind="csw", page_size=1)
    assert len(result.entries) == 1 and len(csw.requests) == 2  # capabilities + one page, no endless loop
    assert result.notes == ["the server's nextRecord (1) did not advance past 1: paging stopped"]


def test_duplicate_identifiers_and_foreign_records_are_counted(qgis_app) -> None:
    dublin_core = '<csw:Record xmlns:csw="http://www.opengis.net/cat/csw/2.0.2"/>'

    def scenario(request: str, params: dict):
        if request == "GetCapabilities":
            return csw.capabilities()
        start = int(params["startposition"])
        pages = {1: ([record_xml("wijken.xml"), record_xml("scholen.xml")], 3),
                 3: ([record_xml("wijken.xml"), dublin_core], 0)}
        records, next_record = pages[start]
        return 200, get_records_response(records, 4, next_record), "application/xml"

    with MimicCsw(scenario) as csw:
        result = harvest(csw.url, kind="csw", page_size=2)
    assert sorted(e.id for e in result.entries) == ["7d2e1b40-0c55-4e0b-8a77-2f4b9d3c1a02", "wijken-wfs-0001"]
    assert result.skip_counts() == {"duplicate": 1, "unreadable": 1}
    assert "not an ISO 19139 record (Record)" in [s.detail for s in result.skipped]


def test_server_returning_fewer_records_than_announced_is_reported(qgis_app) -> None:
    def scenario(request: str, params: dict):
        if request == "GetCapabilities":
            return csw.capabilities()
        records = [record_xml("wijken.xml")] if params["startposition"] == "1" else []
        return 200, get_records_response(records, 10, 2), "application/xml"

    with MimicCsw(scenario) as csw:
        result = harvest(csw.url, kind="csw", page_size=1)
    assert len(result.entries) == 1 and result.notes == ["the server announced 10 records but returned 1"]


def test_harvest_check_and_add_layer_on_the_real_mapserver(qgis_app, pycsw, mapserver, sample_gpkg: Path,
                                                           tmp_path: Path) -> None:
    """Harvest -> ``catalog check`` -> add layer, on entries pointing at the session's real qgis_mapserver."""
    from qgis.core import QgsProject, QgsVectorLayer

    from slimstad_plugin.core.catalogue.layers import add_entry_to_project
    from slimstad_plugin.core.catalogue.loader import load_catalogue

    out, report = tmp_path / "stad.json", tmp_path / "check.json"
    assert main(["catalog", "harvest", "--from", pycsw.url, "--out", str(out)]) == 0
    # parken points at an address outside this machine: broken, so the check exits 1 and says so.
    assert main(["catalog", "check", str(out), "--json", str(report), "--timeout", "20", "--no-quality"]) == 1
    results = {item["id"]: item for item in json.loads(report.read_text())["entries"]}
    live = {"3f0c6a52-8d1e-4b7a-9c2e-5a1d0b6e7f01": "kinderopvang", "7d2e1b40-0c55-4e0b-8a77-2f4b9d3c1a02": None,
            "statsec-voorbeeldstad-2024": "statistische_sectoren", "wijken-wfs-0001": "wijken",
            "haltes-download-0001": "haltes"}
    for entry_id in live:
        assert results[entry_id]["health"]["status"] == "ok", results[entry_id]["health"]
    assert results["parken-gpkg-0001"]["health"]["status"] == "broken"
    assert results["3f0c6a52-8d1e-4b7a-9c2e-5a1d0b6e7f01"]["freshness"]["status"] in ("fresh", "stale")
    project = QgsProject()
    entries = {e.id: e for e in load_catalogue(out).entries}
    for entry_id, served in live.items():
        layer = add_entry_to_project(entries[entry_id], project)
        assert layer.isValid(), entry_id
        if served is not None:  # every feature of the served sample-city layer arrives
            original = QgsVectorLayer("{}|layername={}".format(sample_gpkg, served), served, "ogr")
            assert layer.featureCount() == original.featureCount() > 0, entry_id
    assert project.mapLayersByName("Haltes openbaar vervoer")[0].customProperty("slimstad/catalog_id") == \
        "haltes-download-0001"


def test_progress_rises_to_one_and_cancel_stops_between_pages(qgis_app, pycsw) -> None:
    from slimstad_plugin.core.base.errors import Canceled

    steps = []
    harvest(pycsw.url, page_size=2, progress=steps.append)
    assert steps == sorted(steps) and steps[-1] == 1.0 and len(steps) >= 5
    pages = []

    def cancel_after_two_pages() -> bool:
        pages.append(1)
        return len(pages) > 2

    with pytest.raises(Canceled):
        harvest(pycsw.url, page_size=2, is_canceled=cancel_after_two_pages)
    assert len(pages) == 3
