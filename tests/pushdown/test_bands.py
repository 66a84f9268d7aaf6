"""The banded push-down: exact boundary decisions, parallel bands equal one band and the desktop, key types."""

import dataclasses
import math
import random

import numpy as np
import pytest
from fixtures_postgis import pg_layer

from slimstad_plugin.core.analysis.accessibility import floating_catchment
from slimstad_plugin.core.pushdown import sql_catchment
from slimstad_plugin.core.pushdown.band_sql import choose_strips, largest_square_within
from slimstad_plugin.core.pushdown.band_workers import NO_LIMIT, plan_bands
from slimstad_plugin.core.pushdown.connection import table_from_layer
from slimstad_plugin.core.pushdown.sql_catchment import sql_floating_catchment
from slimstad_plugin.core.pushdown.stage_sql import TILE_SIZE

METHODS = ("2sfca", "e2sfca_gaussian", "e2sfca_step")


def test_largest_square_within_decides_like_sqrt() -> None:
    generator = random.Random(7)
    limits = [1000.0, 5000.0, 1.0 / 3.0, 2.0 * 5000.0 / 3.0, 1e-3, 123456.789] + [
        generator.uniform(0.1, 1e5) for _ in range(200)]
    for limit in limits:
        square = largest_square_within(limit)
        assert math.sqrt(square) <= limit < math.sqrt(math.nextafter(square, math.inf)), limit


def test_plan_bands_cover_every_strip_once() -> None:
    counts = [(strip, 10 + (strip % 7) * 30) for strip in range(-40, 60)]
    for connections in (1, 2, 3, 8):
        bands = plan_bands(counts, connections)
        assert 1 <= len(bands) <= connections
        assert bands[0].low == -NO_LIMIT and bands[-1].high == NO_LIMIT
        assert [band.first for band in bands] == [True] + [False] * (len(bands) - 1)
        assert all(left.high + 1 == right.low for left, right in zip(bands, bands[1:]))
        if connections > 1:
            sizes = [sum(n for strip, n in counts if band.low <= strip <= band.high) for band in bands]
            assert max(sizes) < 2.0 * sum(sizes) / len(bands)
    assert len(plan_bands([(5, 1000)], 4)) == 1  # one strip cannot be split


def test_strip_height_follows_the_pairs_per_facility() -> None:
    assert choose_strips(2) == 1
    assert choose_strips(100) == 2
    assert choose_strips(2500) == 8
    assert [choose_strips(p) for p in (1, 10, 100, 500, 1000, 5000, 1e6)] == sorted(
        choose_strips(p) for p in (1, 10, 100, 500, 1000, 5000, 1e6))


@pytest.mark.postgis
@pytest.mark.parametrize("tiled", [False, True])
@pytest.mark.parametrize("distance, strips", [(50.0, 1), (300.0, 2), (600.0, 4)])
def test_every_strip_height_gives_the_desktop_numbers(grid_pg, monkeypatch, distance: float, strips: int,
                                                      tiled: bool) -> None:
    """Sparse catchments do not tile by themselves; forced tiles (many cut short by their cells) must give the
    same pairs and numbers."""
    if tiled:
        monkeypatch.setattr(sql_catchment, "PROBE_TILE_MIN_PAIRS", 0.0)
        monkeypatch.setattr(sql_catchment, "DEMAND_TILE_MIN_PAIRS", 0.0)
    demand, _ = table_from_layer(pg_layer(grid_pg, "pd_bands", "d", key="id"))
    supply, _ = table_from_layer(pg_layer(grid_pg, "pd_bands", "s", key="id"))
    ids, local, _ = _desktop(grid_pg, "e2sfca_step", distance)
    result = sql_floating_catchment(demand, "pop", supply, "cap", distance, "e2sfca_step", connections=2)
    assert result.provenance["strips_per_distance"] == strips
    expected = TILE_SIZE if tiled else 1
    assert result.provenance["tiles"] == {"facility_probes": expected, "demand_rows": expected}
    assert result.pairs == local.pairs
    np.testing.assert_allclose(result.access[np.argsort(result.demand_keys)], local.access, rtol=1e-9, atol=0)


@pytest.fixture(scope="module")
def grid_pg(postgis):
    """Random demand points plus points exactly on the catchment edge and on the step thresholds."""
    postgis.psql(
        "DROP SCHEMA IF EXISTS pd_bands CASCADE; CREATE SCHEMA pd_bands; SELECT setseed(0.31);"
        "CREATE TABLE pd_bands.d AS SELECT i AS id, 'adres-' || i AS code, (1 + floor(random() * 5)) AS pop, "
        "ST_SetSRID(ST_MakePoint(150000 + random() * 8000, 170000 + random() * 8000), 31370)"
        "::geometry(Point, 31370) AS geom FROM generate_series(1, 30000) AS i;"
        # 3-4-5 triangles: exactly 3000 m (the edge) and 1000 m (the first step threshold) from facility 1.
        "INSERT INTO pd_bands.d VALUES (30001, 'rand-1', 3, ST_SetSRID(ST_MakePoint(151800, 172400), 31370)), "
        "(30002, 'drempel-1', 2, ST_SetSRID(ST_MakePoint(150600, 170800), 31370));"
        "CREATE TABLE pd_bands.s AS SELECT i AS id, 'locatie-' || i AS code, (5 + floor(random() * 40)) AS cap, "
        "ST_SetSRID(ST_MakePoint(150000 + random() * 8000, 170000 + random() * 8000), 31370)"
        "::geometry(Point, 31370) AS geom FROM generate_series(2, 300) AS i;"
        "INSERT INTO pd_bands.s VALUES (1, 'locatie-1', 20, ST_SetSRID(ST_MakePoint(150000, 170000), 31370));"
        "ALTER TABLE pd_bands.d ADD PRIMARY KEY (id); ALTER TABLE pd_bands.s ADD PRIMARY KEY (id);"
        "CREATE UNIQUE INDEX ON pd_bands.d (code); CREATE UNIQUE INDEX ON pd_bands.s (code);"
        "CREATE INDEX ON pd_bands.d USING gist (geom); CREATE INDEX ON pd_bands.s USING gist (geom); ANALYZE")
    return postgis


def _desktop(cluster, method: str, distance: float = 3000.0):
    rows = cluster.psql("SELECT id, ST_X(geom), ST_Y(geom), pop FROM pd_bands.d ORDER BY id").splitlines()
    d = np.array([[float(v) for v in row.split("|")] for row in rows])
    rows = cluster.psql("SELECT id, ST_X(geom), ST_Y(geom), cap FROM pd_bands.s ORDER BY id").splitlines()
    s = np.array([[float(v) for v in row.split("|")] for row in rows])
    result = floating_catchment(d[:, 1:3], d[:, 3], s[:, 1:3], s[:, 3], distance, method)
    return d[:, 0].astype(int), result, s[:, 0].astype(int)


@pytest.mark.postgis
@pytest.mark.parametrize("method", METHODS)
def test_parallel_bands_equal_one_band_and_desktop(grid_pg, method: str) -> None:
    demand, _ = table_from_layer(pg_layer(grid_pg, "pd_bands", "d", key="id"))
    supply, _ = table_from_layer(pg_layer(grid_pg, "pd_bands", "s", key="id"))
    ids, local, supply_ids = _desktop(grid_pg, method)
    one = sql_floating_catchment(demand, "pop", supply, "cap", 3000.0, method, connections=1)
    three = sql_floating_catchment(demand, "pop", supply, "cap", 3000.0, method, connections=3)
    assert one.provenance["connections"] == 1 and three.provenance["connections"] == 3
    assert three.provenance["strips_per_distance"] == 8
    assert three.provenance["tiles"] == {"facility_probes": TILE_SIZE, "demand_rows": TILE_SIZE}  # dense
    assert one.pairs == three.pairs == local.pairs  # the edge and threshold points decide the same way
    for result in (one, three):
        assert sorted(result.demand_keys.tolist()) == ids.tolist()
        np.testing.assert_allclose(result.access[np.argsort(result.demand_keys)], local.access, rtol=1e-9, atol=0)
        ratio = result.ratio[np.argsort(result.supply_keys)]
        assert np.array_equal(np.isnan(ratio), np.isnan(local.ratio[np.argsort(supply_ids)]))
    edge = dict(zip(three.demand_keys.tolist(), three.access.tolist()))
    assert edge[30001] > 0 and edge[30002] > 0


@pytest.mark.postgis
def test_text_keys_stream_through_a_cursor_in_bands(grid_pg) -> None:
    by_id, _ = table_from_layer(pg_layer(grid_pg, "pd_bands", "d", key="id"))
    by_code = dataclasses.replace(by_id, key_column="code")  # a unique text column as the key
    supply_by_id, _ = table_from_layer(pg_layer(grid_pg, "pd_bands", "s", key="id"))
    supply = dataclasses.replace(supply_by_id, key_column="code")
    numbers = sql_floating_catchment(by_id, "pop", supply, "cap", 3000.0, "e2sfca_gaussian", connections=2)
    texts = sql_floating_catchment(by_code, "pop", supply, "cap", 3000.0, "e2sfca_gaussian", connections=2)
    assert texts.demand_keys.dtype == object and texts.provenance["connections"] == 2
    by_number = numbers.access_by_key()
    by_text = texts.access_by_key()
    assert len(by_text) == len(by_number) == 30002
    for key, value in by_number.items():
        code = {30001: "rand-1", 30002: "drempel-1"}.get(key, "adres-{}".format(key))
        assert by_text[code] == pytest.approx(value, rel=1e-12, abs=0)
    assert set(texts.ratio_by_key()) == {"locatie-{}".format(i) for i in range(1, 301)}
