"""Fixtures: a real PostgreSQL/PostGIS cluster per test session, and authcfg helpers."""

from typing import Iterator

import pytest
from pg_cluster import PgCluster
from qgis.core import QgsApplication, QgsAuthMethodConfig

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
