"""Health checks against real sources: qgis_mapserver, PostGIS, GeoPackages and a misbehaving local server."""

import json
import logging
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from catalogue_support import BASIC_PASSWORD, BASIC_USER, LocalServer, entry_dict, write_catalogue
from fixtures_postgis import create_basic_authcfg
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from slimstad_plugin.core.catalogue import load_catalogue
from slimstad_plugin.core.catalogue.health import (
    BROKEN,
    OK,
    WARNING,
    HealthCache,
    check_entry,
    run_health_checks,
)
from slimstad_plugin.core.catalogue.layers import add_entry_to_project
from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.gui.catalogue.actions import health_work
from slimstad_plugin.gui.task import BackgroundTask

WMS_CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
<Service><Name>WMS</Name><Title>Beschermd</Title><OnlineResource xlink:href="{url}"/></Service>
<Capability><Request>
<GetCapabilities><Format>text/xml</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{url}"/></Get></HTTP>
</DCPType></GetCapabilities>
<GetMap><Format>image/png</Format><DCPType><HTTP><Get><OnlineResource xlink:href="{url}"/></Get></HTTP></DCPType>
</GetMap></Request><Exception><Format>XML</Format></Exception>
<Layer><Title>root</Title><CRS>EPSG:31370</CRS>
<EX_GeographicBoundingBox><westBoundLongitude>4.2</westBoundLongitude><eastBoundLongitude>4.6</eastBoundLongitude>
<southBoundLatitude>50.8</southBoundLatitude><northBoundLatitude>51.1</northBoundLatitude></EX_GeographicBoundingBox>
<BoundingBox CRS="EPSG:31370" minx="150000" miny="177000" maxx="164000" maxy="191000"/>
<Layer queryable="0"><Name>wijken</Name><Title>Wijken</Title><CRS>EPSG:31370</CRS>
<BoundingBox CRS="EPSG:31370" minx="150000" miny="177000" maxx="164000" maxy="191000"/></Layer>
</Layer></Capability></WMS_Capabilities>"""


def entry(entry_id: str, source: dict, **extra: object) -> CatalogueEntry:
    return CatalogueEntry(entry_id, {"nl": entry_id}, source=source, **extra)


def test_mapserver_services_are_healthy(qgis_app, mapserver) -> None:
    entries = [entry("wfs", {"type": "wfs", "url": mapserver.ows_url, "layer": "wijken", "crs": "EPSG:31370"}),
               entry("wms", {"type": "wms", "url": mapserver.ows_url, "layer": "scholen", "crs": "EPSG:31370"}),
               entry("oapif", {"type": "oapif", "url": mapserver.oapif_url, "collection": "kinderopvang"})]
    results = {r.entry_id: r for r in run_health_checks(entries, timeout_s=20)}
    assert results["wfs"].status == OK and results["wfs"].feature_count == 10 and results["wfs"].crs == "EPSG:31370"
    assert results["wfs"].latency_s is not None and results["wfs"].latency_s > 0
    assert results["wms"].status == OK
    assert results["oapif"].status == OK and results["oapif"].feature_count > 0
    names = [step["name"] for step in results["wfs"].checks]
    assert names[:3] == ["reachable", "capabilities", "layer"] and "feature_count" in names


def test_missing_layers_are_broken(qgis_app, mapserver) -> None:
    results = run_health_checks([
        entry("wfs", {"type": "wfs", "url": mapserver.ows_url, "layer": "verdwenen"}),
        entry("wms", {"type": "wms", "url": mapserver.ows_url, "layer": "verdwenen"}),
        entry("oapif", {"type": "oapif", "url": mapserver.oapif_url, "collection": "verdwenen"})], timeout_s=20)
    assert [r.status for r in results] == [BROKEN] * 3
    assert all("verdwenen" in r.message for r in results)


def test_unexpected_crs_is_a_warning(qgis_app, mapserver) -> None:
    result = check_entry(entry("wfs", {"type": "wfs", "url": mapserver.ows_url, "layer": "wijken",
                                       "crs": "EPSG:3035"}), timeout_s=20)
    assert result.status == WARNING and "EPSG:3035" in result.message


def test_bad_servers(qgis_app) -> None:
    with LocalServer(slow_s=5) as server:
        invalid = server.add("/invalid", "<WFS_Capabilities><FeatureTypeList>", "text/xml")
        html = server.add("/html", "<html><body>Welkom</body></html>", "text/html")
        exception = server.add("/exception", '<ServiceExceptionReport><ServiceException>LayerNotDefined'
                                             '</ServiceException></ServiceExceptionReport>', "text/xml")
        results = {r.entry_id: r for r in run_health_checks([
            entry("slow", {"type": "wfs", "url": server.url + "/slow", "layer": "a"}),
            entry("http500", {"type": "wms", "url": server.url + "/error500", "layer": "a"}),
            entry("invalid", {"type": "wfs", "url": invalid, "layer": "a"}),
            entry("html", {"type": "wms", "url": html, "layer": "a"}),
            entry("exception", {"type": "wms", "url": exception, "layer": "a"}),
            entry("oapif_html", {"type": "oapif", "url": server.url + "/nothing", "collection": "a"}),
            entry("refused", {"type": "wms", "url": "http://127.0.0.1:9/wms", "layer": "a"}),
            entry("unknown", {"type": "gopher", "url": "gopher://x"}),
        ], timeout_s=2.0, concurrency=8)}
    assert all(result.status == BROKEN for result in results.values())
    assert "within 2 s" in results["slow"].message
    assert "HTTP 500" in results["http500"].message
    assert "not valid XML" in results["invalid"].message
    assert "web page" in results["html"].message and "Welkom" in results["html"].message
    assert "LayerNotDefined" in results["exception"].message
    assert "Cannot reach" in results["refused"].message
    assert "gopher" in results["unknown"].message


def test_files(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    gpkg = tmp_path / "stad.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    not_gpkg = tmp_path / "kapot.gpkg"
    not_gpkg.write_text("dit is geen geopackage")
    results = {r.entry_id: r for r in run_health_checks([
        entry("ok", {"type": "gpkg", "path": str(gpkg), "layer": "wijken"}, extent_crs="EPSG:31370"),
        entry("missing_file", {"type": "gpkg", "path": str(tmp_path / "nope.gpkg"), "layer": "wijken"}),
        entry("missing_layer", {"type": "gpkg", "path": str(gpkg), "layer": "nope"}),
        entry("not_gpkg", {"type": "gpkg", "path": str(not_gpkg), "layer": "wijken"}),
        entry("other_crs", {"type": "gpkg", "path": str(gpkg), "layer": "wijken"}, extent_crs="EPSG:4326"),
    ])}
    assert results["ok"].status == OK and results["ok"].feature_count == 10 and results["ok"].crs == "EPSG:31370"
    assert results["missing_file"].status == BROKEN and "does not exist" in results["missing_file"].message
    assert results["missing_layer"].status == BROKEN and "nope" in results["missing_layer"].message
    assert results["not_gpkg"].status == BROKEN
    assert results["other_crs"].status == WARNING


def test_geopackage_being_written_is_flagged(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    gpkg = tmp_path / "bezet.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    writer = sqlite3.connect(str(gpkg), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        result = check_entry(entry("busy", {"type": "gpkg", "path": str(gpkg), "layer": "wijken"}))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.status == WARNING and "another program" in result.message
    assert check_entry(entry("free", {"type": "gpkg", "path": str(gpkg), "layer": "wijken"})).status == OK


@pytest.mark.postgis
def test_postgis(qgis_app, postgis_sample) -> None:
    reader_password = "Lees-Maar-7"
    postgis_sample.create_role("health_reader", reader_password)
    postgis_sample.psql("GRANT USAGE ON SCHEMA voorbeeldstad TO health_reader; "
                        "GRANT SELECT ON ALL TABLES IN SCHEMA voorbeeldstad TO health_reader")
    good = create_basic_authcfg("health reader", "health_reader", reader_password)
    wrong = create_basic_authcfg("wrong", "health_reader", "fout")
    base = {"type": "postgis", "host": postgis_sample.host, "port": postgis_sample.port,
            "dbname": postgis_sample.dbname, "schema": "voorbeeldstad"}
    results = {r.entry_id: r for r in run_health_checks([
        entry("ok", dict(base, table="wijken", authcfg=good)),
        entry("missing_table", dict(base, table="verdwenen", authcfg=good)),
        entry("wrong_password", dict(base, table="wijken", authcfg=wrong)),
        entry("no_server", dict(base, port=9, table="wijken", authcfg=good)),
    ], timeout_s=10)}
    assert results["ok"].status == OK and results["ok"].feature_count == 10
    assert results["missing_table"].status == BROKEN and "verdwenen" in results["missing_table"].message
    assert results["wrong_password"].status == BROKEN and "connect" in results["wrong_password"].message
    assert results["no_server"].status == BROKEN
    assert reader_password not in json.dumps([r.to_dict() for r in results.values()])


def test_protected_service_through_authcfg_leaves_no_secret(qgis_app, tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    authcfg = create_basic_authcfg("test wms", BASIC_USER, BASIC_PASSWORD)
    wrong = create_basic_authcfg("test wms wrong", BASIC_USER, "niet-het-wachtwoord")
    with LocalServer() as server:
        url = server.url + "/protected/"
        server.add("/", WMS_CAPABILITIES.format(url=url), "text/xml")
        path = write_catalogue(tmp_path / "c.json", [
            entry_dict("p.ok", {"type": "wms", "url": url, "layer": "wijken", "authcfg": authcfg}),
            entry_dict("p.none", {"type": "wms", "url": url, "layer": "wijken"}),
            entry_dict("p.wrong", {"type": "wms", "url": url, "layer": "wijken", "authcfg": wrong})])
        catalogue = load_catalogue(path)
        cache = HealthCache(tmp_path / "cache" / "health.json")
        results = {r.entry_id: r for r in run_health_checks(catalogue.entries, timeout_s=5)}
        cache.update(list(results.values()))
        project = QgsProject()
        add_entry_to_project(catalogue.entries[0], project)
        project.write(str(tmp_path / "project.qgs"))
    assert results["p.ok"].status == OK
    assert results["p.none"].status == BROKEN and "credentials" in results["p.none"].message
    assert results["p.wrong"].status == BROKEN and "401" in results["p.wrong"].message
    for written in (path, tmp_path / "project.qgs", cache.path):
        assert BASIC_PASSWORD not in written.read_text(encoding="utf-8"), written
    assert BASIC_PASSWORD not in caplog.text


def test_task_runs_checks_in_the_background_and_caches(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    entries = [entry("a", {"type": "gpkg", "path": str(sample_gpkg), "layer": "wijken"}),
               entry("b", {"type": "gpkg", "path": str(tmp_path / "weg.gpkg"), "layer": "wijken"})]
    cache = HealthCache(tmp_path / "health.json")
    received, outcome = [], []
    task = BackgroundTask("health", health_work(entries, 5, 8, cache), outcome.append, on_partial=received.append)
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 60  # a safety net against a hang, not a speed assertion
    while not outcome:
        QCoreApplication.processEvents()
        assert time.monotonic() < deadline, "health task did not finish"
    QCoreApplication.processEvents()
    assert outcome[0].ok and len(outcome) == 1
    assert sorted(r.entry_id for r in received) == ["a", "b"]
    cached = cache.load()
    assert cached["a"].status == OK and cached["b"].status == BROKEN and cached["a"].checked_at
