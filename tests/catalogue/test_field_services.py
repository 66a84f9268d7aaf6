"""Shared data against services that behave like the field's: the right values of cases A01, A03, A04 and the
kinds behind them (complete copies, CRS spellings, errors sent as success, exact layer names, URL building).

qgis_mapserver is used where it shows the behaviour (OGC API CRS lists as http URIs, MAP= in the service URL);
the quirks it cannot show (capped pages, versioned URNs in WFS capabilities, error JSON with HTTP 200, a portal
page instead of capabilities, namespaced twin layers) come from the loopback server in fixtures_faulty.py.
"""

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import processing
import pytest
from catalogue_support import entry_dict, write_catalogue
from paths import REPO
from qgis.core import QgsVectorLayer

from slimstad_plugin.core.catalogue import load_catalogue
from slimstad_plugin.core.catalogue.builder import BuildError, build_catalogue
from slimstad_plugin.core.catalogue.check import check_catalogues, check_entries
from slimstad_plugin.core.catalogue.health import BROKEN, OK, check_entry
from slimstad_plugin.core.catalogue.loader import CatalogueError, save_catalogue
from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.core.catalogue.quality import check_entry_quality
from slimstad_plugin.core.catalogue.snapshot import IncompleteCopyError, read_provenance, snapshot_entry


def wfs(entry_id: str, url: str, layer: str = "stad:haltes", **extra: object) -> CatalogueEntry:
    source = {"type": "wfs", "url": url, "layer": layer, "version": "2.0.0", "crs": "EPSG:31370"}
    source.update(extra)
    return CatalogueEntry(entry_id, {"nl": entry_id}, source=source)


def table_count(gpkg: Path, table: str) -> int:
    with sqlite3.connect(str(gpkg)) as conn:
        return conn.execute('SELECT count(*) FROM "{}"'.format(table)).fetchone()[0]


def slim(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "slimstad_plugin", *args], capture_output=True, text=True,
                          cwd=str(REPO), timeout=300)


# -- A01: a copy is complete or says it is not ------------------------------------------------------------------
def test_a01_snapshots_of_a_capped_wfs_hold_every_feature(qgis_app, faulty, tmp_path: Path) -> None:
    gpkg = tmp_path / "offline.gpkg"
    with_count_default = wfs("test.haltes", faulty.url + "/wfs/capped_cd")
    silent_cap = wfs("test.haltes_nocd", faulty.url + "/wfs/capped")
    for entry in (with_count_default, silent_cap):
        info = snapshot_entry(entry, gpkg)
        assert info.feature_count == 250 and info.expected_count == 250 and info.complete
        assert table_count(gpkg, info.layer_name) == 250
    assert {row.layer_name: row.expected_count for row in read_provenance(gpkg)} == {
        "test_haltes": 250, "test_haltes_nocd": 250}
    checked = check_entries([with_count_default, silent_cap], timeout_s=10)
    for item in checked:
        assert item.health.feature_count == 250
        assert item.quality.feature_count == 250 and not [i for i in item.quality.issues if i.check == "incomplete"]


def test_a01_a_copy_that_cannot_be_complete_is_refused_and_changes_nothing(qgis_app, faulty, tmp_path: Path) -> None:
    gpkg = tmp_path / "offline.gpkg"
    snapshot_entry(wfs("stad.eerder", faulty.url + "/wfs/capped"), gpkg)
    before = gpkg.read_bytes()
    no_paging = wfs("stad.haltes", faulty.url + "/wfs/nopaging")  # caps at 50 and cannot page at all
    with pytest.raises(IncompleteCopyError, match=r"only 50 of 250 features copied \(server limit\)"):
        snapshot_entry(no_paging, gpkg)
    assert gpkg.read_bytes() == before  # the earlier snapshot is intact, no half copy was added
    kept = snapshot_entry(no_paging, gpkg, allow_incomplete=True)
    assert kept.feature_count == 50 and kept.expected_count == 250 and not kept.complete
    report = check_entry_quality(no_paging)
    incomplete = [issue for issue in report.issues if issue.check == "incomplete"]
    assert incomplete and incomplete[0].severity == "error"
    assert incomplete[0].message == "only 50 of 250 features read (server limit)"


def test_a01_paging_that_does_not_advance_is_stopped_not_copied_for_ever(qgis_app, faulty, tmp_path: Path) -> None:
    with pytest.raises(IncompleteCopyError, match="paging does not advance"):
        snapshot_entry(wfs("stad.haltes", faulty.url + "/wfs/stuck"), tmp_path / "o.gpkg", timeout_s=60)
    assert not (tmp_path / "o.gpkg").exists()


def test_full_reads_keep_their_deadline_where_gdal_and_qgis_do_the_paging(qgis_app, faulty, tmp_path: Path) -> None:
    trickling = wfs("stad.haltes", faulty.url + "/wfs/slowpage")
    started = time.monotonic()
    with pytest.raises(IncompleteCopyError, match=r"only 0 of 250 features copied \(timed out after 3 s\)"):
        snapshot_entry(trickling, tmp_path / "o.gpkg", timeout_s=3)
    report = check_entry_quality(trickling, timeout_s=3)
    assert [issue.message for issue in report.issues if issue.check == "incomplete"] == [
        "only 0 of 250 features read (timed out after 3 s)"]
    assert time.monotonic() - started < 2 * 1.5 * 3  # each within its deadline, not the server's 120 s


def test_a01_an_exception_report_on_a_later_page_is_not_a_short_copy(qgis_app, faulty, tmp_path: Path) -> None:
    info = snapshot_entry(wfs("stad.haltes", faulty.url + "/wfs/exc_page2"), tmp_path / "o.gpkg")
    assert info.feature_count == 250 and info.complete  # GDAL stops at the error, QGIS reads the rest in one page


def test_a01_cli_prints_the_reported_count_and_exits_1_when_incomplete(qgis_app, faulty, tmp_path: Path) -> None:
    catalogue = write_catalogue(tmp_path / "c.json", [
        entry_dict("test.haltes", {"type": "wfs", "url": faulty.url + "/wfs/capped", "layer": "stad:haltes",
                                   "version": "2.0.0"}),
        entry_dict("test.kapot", {"type": "wfs", "url": faulty.url + "/wfs/nopaging", "layer": "stad:haltes",
                                  "version": "2.0.0"})])
    good = slim("catalog", "snapshot", str(catalogue), "test.haltes", "--out", str(tmp_path / "o.gpkg"))
    assert good.returncode == 0 and "250 features of 250 reported by the service" in good.stdout
    bad = slim("catalog", "snapshot", str(catalogue), "test.kapot", "--out", str(tmp_path / "o.gpkg"))
    assert bad.returncode != 0 and "only 50 of 250 features copied (server limit)" in bad.stdout + bad.stderr
    assert table_count(tmp_path / "o.gpkg", "test_haltes") == 250


# -- A03: every spelling of a CRS --------------------------------------------------------------------------------
@pytest.mark.parametrize("scenario", ["crs69", "crsuri", "crsx"])
def test_a03_built_catalogues_store_epsg_31370_and_check_ok(qgis_app, faulty, tmp_path: Path, scenario: str) -> None:
    result = build_catalogue(faulty.url + "/wfs/" + scenario, "stad", timeout_s=10)
    assert [entry.source["crs"] for entry in result.catalogue.entries] == ["EPSG:31370"]
    checked = check_catalogues([save_catalogue(result.catalogue, tmp_path / "stad.json")], timeout_s=10)
    item = checked.entries[0]
    assert item.health.status == OK and item.health.crs == "EPSG:31370", item.health.message
    assert not [issue for issue in item.quality.issues if issue.check == "crs"]


def test_a03_old_spellings_in_a_catalogue_compare_equal(qgis_app, faulty, mapserver) -> None:
    stored = wfs("stad.haltes", faulty.url + "/wfs/crsuri", crs="urn:ogc:def:crs:EPSG:6.9:31370")
    assert check_entry(stored, timeout_s=10).status == OK
    # qgis_mapserver's OGC API lists its CRS as http URIs; the catalogue writes a URN.
    oapif = CatalogueEntry("stad.scholen", {"nl": "Scholen"}, source={
        "type": "oapif", "url": mapserver.oapif_url, "collection": "scholen", "crs": "urn:ogc:def:crs:EPSG::31370"})
    result = check_entry(oapif, timeout_s=20)
    assert result.status == OK and result.crs == "EPSG:31370", result.message


# -- A04 and the other errors sent as success ------------------------------------------------------------------
def test_a04_error_json_with_http_200_is_broken_with_the_servers_message(qgis_app, faulty, tmp_path: Path) -> None:
    entry = CatalogueEntry("test.scholen", {"nl": "Scholen"}, source={
        "type": "oapif", "url": faulty.url + "/oapif/err", "collection": "scholen"})
    result = check_entry(entry, timeout_s=10)
    assert result.status == BROKEN
    assert result.message == ("collection 'scholen': the service reports an error: NotFound — "
                              "Collection scholen does not exist")
    catalogue = write_catalogue(tmp_path / "c.json", [entry_dict("test.scholen", dict(entry.source))])
    run = slim("catalog", "check", str(catalogue), "--json", str(tmp_path / "out.json"))
    assert run.returncode == 1
    assert json.loads((tmp_path / "out.json").read_text())["entries"][0]["health"]["status"] == "broken"
    with pytest.raises(BuildError, match="Collection scholen does not exist|not a list of collections"):
        build_catalogue(faulty.url + "/oapif/err/collections", "x", timeout_s=10)


def test_portal_pages_and_white_space_before_capabilities(qgis_app, faulty) -> None:
    html = check_entry(CatalogueEntry("w", {"nl": "w"}, source={
        "type": "wms", "url": faulty.url + "/wms/html", "layer": "wijken"}), timeout_s=10)
    assert html.status == BROKEN and "web page" in html.message and "Deze dienst is verhuisd" in html.message
    spaced = check_entry(CatalogueEntry("w", {"nl": "w"}, source={
        "type": "wms", "url": faulty.url + "/wms/ws", "layer": "wijken", "crs": "EPSG:3857"}), timeout_s=10)
    assert spaced.status == OK and spaced.crs == "EPSG:3857"  # offered by the parent layer (inherited)
    exception = check_entry(wfs("x", faulty.url + "/exc/wfs"), timeout_s=10)
    assert exception.status == BROKEN and "database connection pool exhausted" in exception.message


# -- a remote layer is identified by its full name ----------------------------------------------------------------
def test_namespaced_twin_layers_are_two_layers(qgis_app, faulty) -> None:
    url = faulty.url + "/wfs/ns"
    assert check_entry(wfs("g", url, "gent:wijken"), timeout_s=10).status == OK
    short = check_entry(wfs("w", url, "wijken"), timeout_s=10)
    assert short.status == BROKEN
    assert short.message == "layer 'wijken' is not offered by the service (it offers: gent:wijken, leuven:wijken)"
    assert check_entry(wfs("b", url, "brugge:wijken"), timeout_s=10).status == BROKEN
    built = build_catalogue(url, "stad", timeout_s=10)
    assert sorted((e.id, e.source["layer"]) for e in built.catalogue.entries) == [
        ("stad.gent_wijken", "gent:wijken"), ("stad.leuven_wijken", "leuven:wijken")]


# -- URLs built with URL tools ---------------------------------------------------------------------------------
def test_service_urls_keep_their_own_parameters(qgis_app, faulty, mapserver, tmp_path: Path) -> None:
    keyed = CatalogueEntry("s", {"nl": "s"}, source={
        "type": "oapif", "url": faulty.url + "/oapif/ok?apikey=k3y", "collection": "scholen"})
    result = check_entry(keyed, timeout_s=10)
    assert result.status == OK and result.feature_count == 3, result.message
    assert all("apikey=k3y" in path and path.count("?") == 1 for path in faulty.requests)
    # MAP= chooses the project on a QGIS Server (MapServer's map= likewise): every request keeps it, never doubled.
    with_map = "{}?MAP={}".format(mapserver.ows_url, mapserver.project)
    entry = CatalogueEntry("kaart.wijken", {"nl": "w"}, source={"type": "wfs", "url": with_map, "layer": "wijken"})
    checked = check_entry(entry, timeout_s=20)
    assert checked.status == OK and checked.feature_count == 10, checked.message
    faulty.requests.clear()
    built = build_catalogue(faulty.url + "/wfs/capped?map=/srv/stad.map&SERVICE=wms", "kaart", timeout_s=10)
    assert [e.source["layer"] for e in built.catalogue.entries] == ["stad:haltes"]
    assert "map=/srv/stad.map" in built.catalogue.entries[0].source["url"], "the built catalogue still reaches it"
    assert faulty.requests and all(path.count("map=/srv/stad.map") == 1 and path.lower().count("service=") == 1
                                   for path in faulty.requests), faulty.requests


def test_catalogues_over_http_decode_like_files(qgis_app, faulty, tmp_path: Path) -> None:
    document = json.dumps({"format": "slimstad-catalogue", "version": 1, "id": "stad", "title": {"nl": "Café"},
                           "entries": []}, ensure_ascii=False).encode("utf-8")
    over_http = load_catalogue(faulty.add_text("bom.json", b"\xef\xbb\xbf" + document, "application/json"))
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + document)
    assert over_http.title == load_catalogue(tmp_path / "bom.json").title == {"nl": "Café"}
    latin1 = document.decode("utf-8").encode("latin-1")
    declared = faulty.add_text("latin1.json", latin1, "application/json; charset=iso-8859-1")
    with pytest.raises(CatalogueError, match="latin1.json: the text is not UTF-8 but looks like Latin-1"):
        load_catalogue(declared)
    (tmp_path / "latin1.json").write_bytes(latin1)
    with pytest.raises(CatalogueError, match="latin1.json: the text is not UTF-8 but looks like Latin-1"):
        load_catalogue(tmp_path / "latin1.json")
    with pytest.raises(CatalogueError, match="web page.*Geoportaal"):
        load_catalogue(faulty.url + "/wms/html")


def test_snapshot_of_a_project_layer_pages_like_an_entry(qgis_app, faulty, tmp_path: Path,
                                                         slimstad_processing) -> None:
    layer = QgsVectorLayer("pagingEnabled='true' typename='stad:haltes' url='{}/wfs/capped' version='2.0.0'".format(
        faulty.url), "Haltes", "WFS")
    assert layer.isValid()
    result = processing.run("slimstad:snapshot_layer", {"INPUT": layer, "OUTPUT": str(tmp_path / "p.gpkg")})
    assert result["FEATURE_COUNT"] == 250
