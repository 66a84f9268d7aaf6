"""Relinking every source kind (case A07) and reading projects whose old servers are gone.

The WFS services come from the loopback server (fixtures_faulty.py: two addresses that both answer, like A07's
moved service); OGC API Features and WMS from the real qgis_mapserver; the dead old host is a port that accepts
no connection (fixtures_faulty.SilentHost), because on 127.0.0.1 a closed port refuses at once instead.
"""

import shutil
import time
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.core.catalogue.project_reading import read_project
from slimstad_plugin.core.catalogue.relink import (
    RELINKED,
    UNCHANGED,
    layer_properties,
    relink_project_file,
    same_source,
)
from slimstad_plugin.core.layers.properties import CATALOG_ID_PROPERTY

WFS_URI = "pagingEnabled='true' srsname='EPSG:31370' typename='stad:haltes' url='{}' version='2.0.0'"


def save_project(path: Path, layers: list) -> Path:
    project = QgsProject()
    for layer, entry_id in layers:
        layer.setCustomProperty(CATALOG_ID_PROPERTY, entry_id)
        project.addMapLayer(layer)
    assert project.write(str(path))
    return path


def reopened_sources(path: Path) -> dict:
    project = QgsProject()
    assert project.read(str(path), QgsProject.ReadFlags(QgsProject.ReadFlag.FlagDontResolveLayers))
    return {layer_properties(layer)[CATALOG_ID_PROPERTY]: layer.source() for layer in project.mapLayers().values()}


def test_a07_wfs_layers_are_relinked_to_the_new_address(qgis_app, faulty, tmp_path: Path) -> None:
    old, new = faulty.url + "/wfs/exc_page2", faulty.url + "/wfs/capped"
    plan = save_project(tmp_path / "plan.qgs", [(QgsVectorLayer(WFS_URI.format(old), "Haltes 1", "WFS"),
                                                 "stad.haltes")])
    entry = CatalogueEntry("stad.haltes", {"nl": "Haltes"}, source={
        "type": "wfs", "url": new, "layer": "stad:haltes", "version": "2.0.0", "crs": "EPSG:31370"})
    report = relink_project_file(plan, {"stad.haltes": entry}, tmp_path / "plan_relinked.qgs")
    change = report.changes[0]
    assert change.status == RELINKED and "/wfs/exc_page2" in change.old_source and "/wfs/capped" in change.new_source
    assert "1 layer relinked" in report.summary()
    written = (tmp_path / "plan_relinked.qgs").read_text()
    assert "url='{}'".format(new) in written and "/wfs/exc_page2" not in written
    reopened = QgsProject()
    assert reopened.read(str(tmp_path / "plan_relinked.qgs"))
    layer = next(iter(reopened.mapLayers().values()))
    assert layer.isValid() and layer.featureCount() > 0
    # Relinked again: nothing changes.
    again = relink_project_file(tmp_path / "plan_relinked.qgs", {"stad.haltes": entry}, tmp_path / "again.qgs")
    assert again.changes[0].status == UNCHANGED


def test_every_source_kind_is_compared_by_what_identifies_it(qgis_app) -> None:
    wfs = WFS_URI.format("http://a.example/wfs")
    assert not same_source("WFS", wfs, wfs.replace("a.example", "b.example"))
    assert not same_source("WFS", wfs, wfs.replace("stad:haltes", "gent:haltes"))
    assert same_source("WFS", wfs, "url='HTTP://A.example:80/wfs/' typename='stad:haltes' version='auto' "
                                    "srsname='urn:ogc:def:crs:EPSG::31370'")
    oapif = "typename='scholen' url='https://a.example/ogc/features'"
    assert not same_source("OAPIF", oapif, oapif.replace("a.example", "b.example"))
    assert not same_source("OAPIF", oapif, oapif.replace("scholen", "crèches"))
    wms = "crs=EPSG:31370&format=image/png&layers=wijken&styles=&url=https://a.example/wms"
    assert not same_source("wms", wms, wms.replace("layers=wijken", "layers=scholen"))
    assert same_source("wms", wms, "url=https://a.example/wms&layers=wijken&styles=&format=image/jpeg&crs=EPSG:3857")
    pg = "dbname='stad' host=db1 port=5432 table=\"public\".\"wijken\" (geom)"
    assert not same_source("postgres", pg, pg.replace("db1", "db2"))
    assert not same_source("postgres", pg, pg.replace("wijken", "scholen"))
    assert same_source("postgres", pg, "host=db1 dbname='stad' port=5432 sslmode=prefer table=\"public\".\"wijken\" "
                                       "(geom)")
    assert not same_source("ogr", "/a/stad.gpkg|layername=wijken", "/b/stad.gpkg|layername=wijken")


def test_oapif_wms_and_postgis_layers_relink_without_contacting_old_hosts(qgis_app, mapserver, silent_host,
                                                                         tmp_path: Path) -> None:
    dead = silent_host.url
    # Saved while the old server still answered (the live mapserver), then the server "died": its address in the
    # project now points at a host that accepts no connection.
    oapif = QgsVectorLayer("typename='scholen' url='{}'".format(mapserver.oapif_url), "Scholen", "OAPIF")
    wms = QgsRasterLayer("crs=EPSG:31370&format=image/png&layers=scholen&styles=&url={}".format(mapserver.ows_url),
                         "Wijken", "wms")
    postgis = QgsVectorLayer("dbname='oud' host=127.0.0.1 port=9 table=\"public\".\"parken\" (geom)", "Parken",
                             "postgres")
    assert oapif.isValid() and wms.isValid()
    plan = save_project(tmp_path / "plan.qgs", [(oapif, "stad.scholen"), (wms, "stad.wijken"),
                                                (postgis, "stad.parken")])
    plan.write_text(plan.read_text().replace(mapserver.url, dead))
    entries = {
        "stad.scholen": CatalogueEntry("stad.scholen", {"nl": "s"}, source={
            "type": "oapif", "url": mapserver.oapif_url, "collection": "scholen"}),
        "stad.wijken": CatalogueEntry("stad.wijken", {"nl": "w"}, source={
            "type": "wms", "url": mapserver.ows_url, "layer": "wijken", "crs": "EPSG:31370"}),
        "stad.parken": CatalogueEntry("stad.parken", {"nl": "p"}, source={
            "type": "postgis", "host": "db.stad.be", "port": 5432, "dbname": "stad", "schema": "groen",
            "table": "parken"}),
    }
    started = time.monotonic()
    report = relink_project_file(plan, entries, tmp_path / "new.qgs", timeout_s=5)
    took = time.monotonic() - started
    assert {c.entry_id: c.status for c in report.changes} == {
        "stad.scholen": RELINKED, "stad.wijken": RELINKED, "stad.parken": RELINKED}
    # The old host accepts no connection: had relink opened the old layers, each would wait a full timeout.
    # It answers once per new server (the database host db.stad.be does not exist: reported, not waited on).
    assert took < 5 * 1.5, took
    sources = reopened_sources(tmp_path / "new.qgs")
    assert mapserver.oapif_url in sources["stad.scholen"] and dead not in sources["stad.scholen"]
    assert "url={}".format(mapserver.ows_url) in sources["stad.wijken"]
    assert "host=db.stad.be" in sources["stad.parken"] and "\"groen\".\"parken\"" in sources["stad.parken"]


def test_projects_with_dead_servers_open_in_one_timeout(qgis_app, sample_gpkg: Path, faulty, silent_host,
                                                        tmp_path: Path) -> None:
    # Saved while the server answered; then it died (a host that accepts no connection).
    layers = [(QgsVectorLayer(WFS_URI.format(faulty.url + "/wfs/capped"), "Haltes {}".format(n), "WFS"), "x")
              for n in range(4)]
    gpkg = tmp_path / "stad.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    layers.append((QgsVectorLayer("{}|layername=wijken".format(gpkg), "Wijken", "ogr"), "stad.wijken"))
    path = save_project(tmp_path / "plan.qgs", layers)
    path.write_text(path.read_text().replace(faulty.url + "/wfs/capped", silent_host.url + "/wfs"))
    project = QgsProject()
    started = time.monotonic()
    opened = read_project(project, path, timeout_s=2.0)
    took = time.monotonic() - started
    assert opened and took < 1.5 * 2.0 + 1.0, took  # four layers on the dead server cost one timeout together
    assert len(opened.unreachable) == 4
    assert all("does not answer" in reason and "no connection within 2 s" in reason
               for reason in opened.unreachable.values())
    valid = {layer.name(): layer.isValid() for layer in project.mapLayers().values()}
    assert valid["Wijken"] and not valid["Haltes 0"]
    assert project.write(str(tmp_path / "saved.qgs"))
    assert (tmp_path / "saved.qgs").read_text().count(silent_host.url) >= 4  # the dead layers are kept, not lost


@pytest.mark.parametrize("flag", [False, True])
def test_unreadable_projects_say_so(qgis_app, tmp_path: Path, flag: bool) -> None:
    path = tmp_path / "kapot.qgs"
    if flag:
        path.write_text("<qgis><projectlayers>", encoding="utf-8")
    assert not read_project(QgsProject(), path, timeout_s=1)


def test_opened_layers_keep_what_the_user_set(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    from qgis.core import QgsCoordinateReferenceSystem, QgsMarkerSymbol, QgsSingleSymbolRenderer

    gpkg = tmp_path / "stad.gpkg"
    shutil.copy(sample_gpkg, gpkg)  # QGIS may switch a GeoPackage it opens to WAL: never the shared sample
    layer = QgsVectorLayer("{}|layername=kinderopvang".format(gpkg), "Kinderopvang", "ogr")
    layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))  # a wrong CRS the analysis must still see and refuse
    layer.setSubsetString('"fid" < 4')
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"size": "7"})))
    path = save_project(tmp_path / "plan.qgs", [(layer, "stad.kinderopvang")])
    project = QgsProject()
    assert read_project(project, path, timeout_s=2)
    opened = next(iter(project.mapLayers().values()))
    assert opened.isValid() and opened.crs().authid() == "EPSG:4326"
    assert opened.subsetString() == '"fid" < 4' and opened.featureCount() == 3
    assert opened.renderer().symbol().size() == 7
