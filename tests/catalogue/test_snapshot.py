"""Offline snapshots from the real qgis_mapserver (WFS, OGC API Features) and PostGIS; live/snapshot switch."""

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from slimstad_plugin.core.catalogue.layers import add_entry_to_project
from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.core.catalogue.snapshot import (
    PROVENANCE_TABLE,
    SnapshotError,
    layer_mode,
    read_provenance,
    snapshot_entry,
    snapshot_is_stale,
    use_live,
    use_snapshot,
)


def test_wfs_and_oapif_snapshots_match_the_source(qgis_app, mapserver, sample_gpkg: Path, tmp_path: Path) -> None:
    gpkg = tmp_path / "offline.gpkg"
    wfs = CatalogueEntry("stad.sectoren", {"nl": "Sectoren"}, update_rhythm="P1Y", source={
        "type": "wfs", "url": mapserver.ows_url, "layer": "statistische_sectoren", "crs": "EPSG:31370"})
    oapif = CatalogueEntry("stad.scholen", {"nl": "Scholen"}, source={
        "type": "oapif", "url": mapserver.oapif_url, "collection": "scholen"})
    first = snapshot_entry(wfs, gpkg)
    second = snapshot_entry(oapif, gpkg)
    original = QgsVectorLayer("{}|layername=statistische_sectoren".format(sample_gpkg), "o", "ogr")
    assert first.feature_count == original.featureCount() == 150
    assert second.feature_count == QgsVectorLayer("{}|layername=scholen".format(sample_gpkg), "s", "ogr").featureCount()
    copied = QgsVectorLayer("{}|layername=stad_sectoren".format(gpkg), "c", "ogr")
    assert copied.featureCount() == 150 and "inw_0_2" in copied.fields().names()
    rows = {info.layer_name: info for info in read_provenance(gpkg)}
    assert set(rows) == {"stad_sectoren", "stad_scholen"}
    assert rows["stad_sectoren"].source.startswith("wfs http://127.0.0.1:")
    assert len(rows["stad_sectoren"].sha256) == 64 and rows["stad_sectoren"].update_rhythm == "P1Y"
    # Same data, same checksum: a second snapshot replaces the layer and its provenance row.
    again = snapshot_entry(wfs, gpkg)
    assert again.sha256 == first.sha256 and len(read_provenance(gpkg)) == 2
    with sqlite3.connect(str(gpkg)) as conn:
        assert conn.execute("SELECT data_type FROM gpkg_contents WHERE table_name = ?",
                            (PROVENANCE_TABLE,)).fetchone() == ("attributes",)


def test_switch_between_live_and_snapshot_and_flag_stale(qgis_app, mapserver, tmp_path: Path) -> None:
    gpkg = tmp_path / "offline.gpkg"
    entry = CatalogueEntry("stad.wijken", {"nl": "Wijken"}, update_rhythm="P1M", source={
        "type": "wfs", "url": mapserver.ows_url, "layer": "wijken"})
    project = QgsProject()
    layer = add_entry_to_project(entry, project)
    live_source = layer.source()
    info = snapshot_entry(entry, gpkg)
    use_snapshot(layer, gpkg, info.layer_name)
    assert layer_mode(layer) == "snapshot" and layer.providerType() == "ogr" and layer.featureCount() == 10
    assert not snapshot_is_stale(layer)
    assert snapshot_is_stale(layer, now=datetime.now(timezone.utc) + timedelta(days=60))
    use_live(layer)
    assert layer_mode(layer) == "live" and layer.providerType() == "WFS" and layer.source() == live_source


def test_raster_sources_cannot_be_snapshotted(qgis_app, tmp_path: Path) -> None:
    entry = CatalogueEntry("x", {"nl": "x"}, source={"type": "wms", "url": "http://127.0.0.1:9/", "layer": "a"})
    with pytest.raises(SnapshotError, match="cannot be copied"):
        snapshot_entry(entry, tmp_path / "x.gpkg")


@pytest.mark.postgis
def test_postgis_snapshot_has_no_credentials(qgis_app, postgis_sample, tmp_path: Path) -> None:
    from fixtures_postgis import create_basic_authcfg

    authcfg = create_basic_authcfg("snap", postgis_sample.superuser, postgis_sample.superpassword)
    entry = CatalogueEntry("pg.scholen", {"nl": "Scholen"}, source={
        "type": "postgis", "host": postgis_sample.host, "port": postgis_sample.port, "dbname": postgis_sample.dbname,
        "schema": "voorbeeldstad", "table": "scholen", "key": "fid", "authcfg": authcfg})
    info = snapshot_entry(entry, tmp_path / "pg.gpkg")
    assert info.feature_count > 0 and info.source.startswith("postgis 127.0.0.1:")
    raw = (tmp_path / "pg.gpkg").read_bytes()
    assert postgis_sample.superpassword.encode() not in raw and authcfg.encode() not in raw
