"""Fixtures: a real PostgreSQL/PostGIS cluster per test session, and authcfg helpers."""

from pathlib import Path
from typing import Dict, Iterator

import pytest
from pg_cluster import PgCluster
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsVectorLayer

TEST_MASTER_PASSWORD = "slimstad-test-master"


def ensure_master_password() -> None:
    """Unlock the (temporary, see conftest) QGIS auth database."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(TEST_MASTER_PASSWORD, True)


def create_basic_authcfg(name: str, username: str, password: str) -> str:
    """Store a Basic (user/password) config in the QGIS auth database; return its authcfg id."""
    ensure_master_password()
    config = QgsAuthMethodConfig()
    config.setName(name)
    config.setMethod("Basic")
    config.setConfig("username", username)
    config.setConfig("password", password)
    assert QgsApplication.authManager().storeAuthenticationConfig(config)
    return config.id()


@pytest.fixture(scope="session")
def postgis(qgis_app) -> Iterator[PgCluster]:
    """A running cluster with database ``slimstad`` (PostGIS enabled). Superuser password: ``superpassword``.

    Tests that need a password-protected non-superuser call ``postgis.create_role`` and
    ``create_basic_authcfg``; use your own schema per test module to stay independent.
    """
    cluster = PgCluster().start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def postgis_sample(postgis: PgCluster, sample_gpkg) -> PgCluster:
    """The cluster with every sample-city layer loaded into schema ``voorbeeldstad``."""
    postgis.load_gpkg(sample_gpkg, schema="voorbeeldstad")
    return postgis


# -- layers on the test cluster (shared by the push-down tests) ---------------------------------------
_AUTHCFG: Dict[str, str] = {}


def authcfg(cluster) -> str:
    """One Basic authcfg per cluster for the superuser (the layers carry no password)."""
    if "id" not in _AUTHCFG:
        _AUTHCFG["id"] = create_basic_authcfg("pushdown-tests", cluster.superuser, cluster.superpassword)
    return _AUTHCFG["id"]


def pg_layer(cluster, schema: str, table: str, key: str = "fid", geom: str = "geom") -> QgsVectorLayer:
    uri = QgsDataSourceUri()
    uri.setConnection(cluster.host, str(cluster.port), cluster.dbname, "", "", QgsDataSourceUri.SslMode.SslDisable,
                      authcfg(cluster))
    uri.setDataSource(schema, table, geom, "", key)
    layer = QgsVectorLayer(uri.uri(False), table, "postgres")
    assert layer.isValid(), (schema, table)
    assert "password" not in layer.source()
    return layer


def gpkg_layer(path: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert layer.isValid(), name
    return layer


# Hostile identifiers: names with quotes, comments, semicolons and format markers.
EVIL_SCHEMA = 'pd evil"; DROP SCHEMA voorbeeldstad CASCADE; --'
EVIL_TABLE = "sectors'); DELETE FROM voorbeeldstad.kinderopvang; -- 100%s"
EVIL_FIELD = 'inw "0-2" --; %(distance)s'
EVIL_KEY = 'id "key"'
EVIL_GEOM = "geom; SELECT pg_sleep(60)"


def q(name: str) -> str:
    return '"{}"'.format(name.replace('"', '""'))
