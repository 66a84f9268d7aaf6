"""Push-down floating catchment: same numbers as the desktop engine, on the sample city and real data."""

from pathlib import Path
from typing import Dict, Tuple

import numpy as np
import pytest
from fixtures_postgis import authcfg, gpkg_layer, pg_layer  # noqa: F401 - re-used here
from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from slimstad_plugin.core.analysis.accessibility import floating_catchment
from slimstad_plugin.core.layers.points import layer_points
from slimstad_plugin.core.pushdown.connection import table_from_layer
from slimstad_plugin.core.pushdown.sql_catchment import sql_floating_catchment

pytestmark = pytest.mark.postgis
METHODS = ("2sfca", "e2sfca_gaussian", "e2sfca_step")
def desktop(demand: QgsVectorLayer, demand_field: str, supply: QgsVectorLayer, supply_field: str,
            distance: float, method: str) -> Tuple[Dict[int, float], Dict[int, float], int]:
    crs = demand.crs()
    d = layer_points(demand, demand_field, crs)
    s = layer_points(supply, supply_field, crs)
    result = floating_catchment(d.xy, d.values, s.xy, s.values, distance, method)
    return (dict(zip(d.feature_ids, result.access.tolist())), dict(zip(s.feature_ids, result.ratio.tolist())),
            result.pairs)


def assert_same(expected: Dict[int, float], actual: Dict[int, float]) -> None:
    assert set(expected) == set(actual)
    keys = sorted(expected)
    e = np.array([expected[k] for k in keys])
    a = np.array([actual[k] for k in keys])
    assert np.array_equal(np.isnan(e), np.isnan(a))
    ok = ~np.isnan(e)
    np.testing.assert_allclose(a[ok], e[ok], rtol=1e-9, atol=0)


@pytest.fixture(scope="module")
def testpack_pg(postgis, testpack: Path):
    postgis.load_gpkg(testpack, ["gent_statsec_pop2023", "leuven_statsec_pop2023", "be_railway_stations_irail"],
                      schema="pd_testpack")
    postgis.psql("ALTER TABLE pd_testpack.be_railway_stations_irail ADD COLUMN capacity double precision "
                 "DEFAULT 1")
    return postgis


@pytest.mark.parametrize("method", METHODS)
def test_sample_city_matches_desktop(postgis_sample, sample_gpkg: Path, method: str) -> None:
    distance = 1200.0
    expected_access, expected_ratio, expected_pairs = desktop(
        gpkg_layer(sample_gpkg, "statistische_sectoren"), "inw_0_2", gpkg_layer(sample_gpkg, "kinderopvang"),
        "plaatsen", distance, method)
    demand, _ = table_from_layer(pg_layer(postgis_sample, "voorbeeldstad", "statistische_sectoren"))
    supply, _ = table_from_layer(pg_layer(postgis_sample, "voorbeeldstad", "kinderopvang"))
    result = sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", distance, method)
    assert result.pairs == expected_pairs > 100
    assert_same(expected_access, result.access_by_key())
    assert_same(expected_ratio, result.ratio_by_key())
    assert result.provenance["engine"] == "database"
    assert "password" not in repr(result.provenance).lower()
    assert max(result.access) > 0


@pytest.mark.parametrize("city", ["gent", "leuven"])
def test_real_cities_match_desktop(testpack_pg, testpack: Path, city: str) -> None:
    """Real Statbel sectors (one Gent sector has NULL population) against real railway stations."""
    distance, method = 5000.0, "e2sfca_gaussian"
    name = "{}_statsec_pop2023".format(city)
    stations_gpkg = gpkg_layer(testpack, "be_railway_stations_irail")
    stations_gpkg.addExpressionField("1.0", QgsField("capacity", QVariant.Double))
    expected_access, expected_ratio, pairs = desktop(gpkg_layer(testpack, name), "pop_2023", stations_gpkg,
                                                     "capacity", distance, method)
    demand, _ = table_from_layer(pg_layer(testpack_pg, "pd_testpack", name))
    supply, _ = table_from_layer(pg_layer(testpack_pg, "pd_testpack", "be_railway_stations_irail"))
    result = sql_floating_catchment(demand, "pop_2023", supply, "capacity", distance, method)
    assert result.pairs == pairs > 0
    assert_same(expected_access, result.access_by_key())
    assert_same(expected_ratio, result.ratio_by_key())
    if city == "gent":
        assert any("NULL" in warning for warning in result.warnings)


def test_different_srid_transformed_in_sql(postgis_sample, sample_gpkg: Path) -> None:
    """Supply stored in WGS 84 is reprojected in SQL; same pairs, numbers equal to reprojection precision."""
    postgis_sample.psql("CREATE TABLE IF NOT EXISTS voorbeeldstad.kinderopvang_4326 AS SELECT fid, plaatsen, "
                        "ST_Transform(geom, 4326)::geometry(MultiPoint, 4326) AS geom FROM voorbeeldstad.kinderopvang;"
                        "ALTER TABLE voorbeeldstad.kinderopvang_4326 DROP CONSTRAINT IF EXISTS k4326_pk;"
                        "ALTER TABLE voorbeeldstad.kinderopvang_4326 ADD CONSTRAINT k4326_pk PRIMARY KEY (fid)")
    demand, _ = table_from_layer(pg_layer(postgis_sample, "voorbeeldstad", "statistische_sectoren"))
    supply, _ = table_from_layer(pg_layer(postgis_sample, "voorbeeldstad", "kinderopvang"))
    supply_4326, _ = table_from_layer(pg_layer(postgis_sample, "voorbeeldstad", "kinderopvang_4326"))
    assert supply_4326.srid == 4326 and demand.srid == 31370
    same = sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", 1500.0, "e2sfca_gaussian")
    moved = sql_floating_catchment(demand, "inw_0_2", supply_4326, "plaatsen", 1500.0, "e2sfca_gaussian")
    assert moved.pairs == same.pairs
    a, b = same.access_by_key(), moved.access_by_key()
    np.testing.assert_allclose([b[k] for k in sorted(a)], [a[k] for k in sorted(a)], rtol=1e-5)
    assert any("CREATE INDEX ON" in warning for warning in moved.warnings)  # the copy has no GiST index
    assert QgsCoordinateReferenceSystem("EPSG:4326").isGeographic()
