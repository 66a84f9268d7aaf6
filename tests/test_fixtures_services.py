"""The real services the other tests rely on: qgis_mapserver (WMS/WFS/OAPIF) and PostGIS."""

import json
import urllib.request

from fixtures_postgis import create_basic_authcfg
from qgis.core import QgsDataSourceUri, QgsVectorLayer


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def test_mapserver_serves_wfs_wms_and_oapif(mapserver) -> None:
    capabilities = fetch(mapserver.ows_url + "?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0").decode()
    assert "kinderopvang" in capabilities and "gent_statsec_pop2023" in capabilities
    assert b"<WMS_Capabilities" in fetch(mapserver.ows_url + "?SERVICE=WMS&REQUEST=GetCapabilities")
    collections = json.loads(fetch(mapserver.oapif_url + "/collections.json"))
    ids = {c["id"] for c in collections["collections"]}
    assert {"kinderopvang", "leuven_statsec_pop2023"} <= ids
    layer = QgsVectorLayer("pagingEnabled='true' typename='kinderopvang' url='{}' version='2.0.0'".format(
        mapserver.ows_url), "wfs", "WFS")
    assert layer.isValid() and layer.featureCount() > 10


def test_postgis_cluster_with_password_role_through_authcfg(postgis, sample_gpkg) -> None:
    postgis.load_gpkg(sample_gpkg, ["haltes"], schema="fixture_check")
    postgis.create_role("fixture_reader", "s3cret-fixture")
    postgis.psql("GRANT USAGE ON SCHEMA fixture_check TO fixture_reader; "
                 "GRANT SELECT ON ALL TABLES IN SCHEMA fixture_check TO fixture_reader")
    authcfg = create_basic_authcfg("fixture reader", "fixture_reader", "s3cret-fixture")
    uri = QgsDataSourceUri()
    uri.setConnection(postgis.host, str(postgis.port), postgis.dbname, "", "", QgsDataSourceUri.SslMode.SslDisable,
                      authcfg)
    uri.setDataSource("fixture_check", "haltes", "geom")
    layer = QgsVectorLayer(uri.uri(False), "haltes", "postgres")
    assert layer.isValid()
    assert layer.featureCount() == 120
    assert "s3cret" not in layer.source()
