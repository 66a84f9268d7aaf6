"""Shared fixtures: the sample city, the real Flemish data in ../shared/data, Processing with SlimStad."""

import os
import sys
import tempfile
from pathlib import Path
from typing import Iterator

import pytest

# Tests never touch the developer's QGIS profile or auth database: both live in a temporary folder.
_PROFILE = Path(os.environ.setdefault("SLIMSTAD_TEST_PROFILE", tempfile.mkdtemp(prefix="slimstad-profile-")))
os.environ.setdefault("QGIS_AUTH_DB_DIR_PATH", str(_PROFILE))
os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", str(_PROFILE))

from fixtures_faulty import faulty, silent_host  # noqa: E402,F401 - fixtures
from fixtures_postgis import postgis, postgis_sample  # noqa: E402,F401 - fixtures
from fixtures_pycsw import pycsw, pycsw_factory  # noqa: E402,F401 - fixtures
from fixtures_services import mapserver  # noqa: E402,F401 - fixtures
from paths import SHARED_DATA  # noqa: E402

QGIS_PYTHON_PLUGINS = "/usr/share/qgis/python/plugins"
if QGIS_PYTHON_PLUGINS not in sys.path:
    sys.path.append(QGIS_PYTHON_PLUGINS)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real open data folder (CI has it beside the clone)."""
    if not SHARED_DATA.exists():
        pytest.fail("real data folder {} is missing".format(SHARED_DATA))
    return SHARED_DATA


@pytest.fixture(scope="session")
def testpack(shared_data: Path) -> Path:
    """GeoPackage with real Gent/Leuven sectors and population (EPSG:31370)."""
    return shared_data / "derived_testpack" / "flemish_cities_testpack_31370.gpkg"


@pytest.fixture(scope="session")
def sample_gpkg(qgis_app, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Voorbeeldstad written once per test session (read-only for tests: copy it to modify)."""
    from slimstad_plugin.core.demo.sample_city import write_city

    path = tmp_path_factory.mktemp("sample") / "voorbeeldstad.gpkg"
    write_city(path)
    return path


@pytest.fixture(scope="session")
def slimstad_processing(qgis_app) -> None:
    """QGIS Processing initialised with the SlimStad provider registered."""
    from slimstad_plugin.qgis_app import init_processing

    init_processing()


@pytest.fixture(autouse=True)
def forget_dead_hosts() -> Iterator[None]:
    """Each test starts without remembered dead hosts (loopback ports are reused between tests)."""
    yield
    module = sys.modules.get("slimstad_plugin.core.base.network")
    if module is not None:
        module.forget_dead_hosts()
