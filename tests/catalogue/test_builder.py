"""Building catalogues from a GeoPackage, the real qgis_mapserver (WFS, WMS, OGC API) and PostGIS."""

from pathlib import Path

import pytest

from slimstad_plugin.core.catalogue import load_catalogue, save_catalogue
from slimstad_plugin.core.catalogue.builder import BuildError, build_catalogue
from slimstad_plugin.core.catalogue.health import OK, run_health_checks


def test_from_geopackage_with_relative_path_and_roles(qgis_app, sample_gpkg: Path) -> None:
    result = build_catalogue(str(sample_gpkg), "stad", "Stad", out_dir=sample_gpkg.parent)
    ids = {entry.id: entry for entry in result.catalogue.entries}
    assert "stad.statistische_sectoren" in ids and len(ids) == 9
    sectors = ids["stad.statistische_sectoren"]
    assert sectors.source == {"type": "gpkg", "path": "voorbeeldstad.gpkg", "layer": "statistische_sectoren"}
    assert sectors.fields["area_id"] == "cd_sector" and sectors.fields["residents_0_2"] == "inw_0_2"
    assert sectors.extent_crs == "EPSG:31370" and sectors.extent is not None
    assert (sectors.sector, sectors.owner, sectors.licence.type) == ("andere", "", "internal")
    assert result.notes and "andere" in result.notes[0]
    out = sample_gpkg.parent / "gebouwd.json"
    save_catalogue(result.catalogue, out)
    reloaded = load_catalogue(out)
    assert all(r.status == OK for r in run_health_checks(reloaded.entries))


def test_from_services_and_extending(qgis_app, mapserver, tmp_path: Path) -> None:
    wfs = build_catalogue(mapserver.ows_url, "dienst", timeout_s=20)
    layers = {entry.source["layer"] for entry in wfs.catalogue.entries}
    assert set(mapserver.layer_names) <= layers
    assert all(entry.source["type"] == "wfs" for entry in wfs.catalogue.entries)
    assert wfs.catalogue.entries[0].display_title()
    # Extend the same catalogue with the WMS and the OGC API: existing ids are skipped, not duplicated.
    again = build_catalogue(mapserver.ows_url, existing=wfs.catalogue, timeout_s=20)
    assert again.added == [] and len(again.skipped) == len(layers)
    oapif = build_catalogue(mapserver.oapif_url, "ogc", timeout_s=20)
    assert {e.source["collection"] for e in oapif.catalogue.entries} >= set(mapserver.layer_names)
    wms = build_catalogue(mapserver.ows_url, "kaart", timeout_s=20, kind="wms")
    assert "wijken" in {e.source["layer"] for e in wms.catalogue.entries}
    for result in (wfs, oapif, wms):
        save_catalogue(result.catalogue, tmp_path / "{}.json".format(result.catalogue.id))
    checked = run_health_checks(load_catalogue(tmp_path / "ogc.json").entries[:3], timeout_s=20)
    assert [r.status for r in checked] == [OK] * 3


def test_bad_sources(qgis_app, tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="does not exist"):
        build_catalogue(str(tmp_path / "weg.gpkg"))
    with pytest.raises(BuildError, match="Cannot build"):
        build_catalogue(str(tmp_path / "iets.txt"))
    with pytest.raises(BuildError, match="Cannot reach"):
        build_catalogue("http://127.0.0.1:9/wfs", timeout_s=2)


@pytest.mark.postgis
def test_from_postgis_schema(qgis_app, postgis_sample) -> None:
    from fixtures_postgis import create_basic_authcfg

    authcfg = create_basic_authcfg("builder", postgis_sample.superuser, postgis_sample.superpassword)
    uri = "host={} port={} dbname={} authcfg={}".format(postgis_sample.host, postgis_sample.port,
                                                       postgis_sample.dbname, authcfg)
    result = build_catalogue(uri, "pg", schema="voorbeeldstad")
    by_table = {entry.source["table"]: entry for entry in result.catalogue.entries}
    assert "wijken" in by_table and by_table["wijken"].source["authcfg"] == authcfg
    assert by_table["wijken"].source["geometry_column"] == "geom" and by_table["wijken"].source["key"] == "fid"
    assert by_table["wijken"].fields.get("area_id") == "wijk_code"
    assert postgis_sample.superpassword not in str(result.catalogue.to_dict())
    assert run_health_checks([by_table["wijken"]])[0].status == OK
