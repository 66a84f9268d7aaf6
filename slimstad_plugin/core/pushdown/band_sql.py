"""The SQL of one push-down band: strips, exact bounds, private copies and strip probes.

Points are binned in horizontal strips of height ``h = distance / k`` (``k`` in 1, 2, 4, 8). The demand copy
has a B-tree on ``(strip, x)`` that also carries ``y``, the value and the key, so every pair is found by
an index-only range scan: a facility probes each strip within reach over the x-range of the catchment
circle's chord there. That finds about 1.1 candidates per pair, reads no table pages and leaves all
arithmetic to JIT-compiled expressions, several times faster than GiST probes with per-pair
geometry functions. The two stages that run over these probes are in :mod:`.stage_sql`.

Exactness: the desktop keeps a pair when ``sqrt(dx*dx + dy*dy) <= R``. ``sqrt`` is correctly rounded and
monotone, so that holds exactly when ``dx*dx + dy*dy <= largest_square_within(R)``, a bound computed in
Python: no square root per pair and the same inclusive decisions bit for bit. Step thresholds work the
same way. Probes are a superset (chords and strip bounds get a safety margin); the exact test decides.

Every identifier goes through ``psycopg2.sql.Identifier``; every value is an adapted literal.
"""

import math
from dataclasses import dataclass
from typing import Any, Dict, Optional

from ..analysis.accessibility import STEP_WEIGHTS, step_thresholds
from .connection import PgTable

CELLS_PER_DISTANCE = 4  # a tile (see stage_sql) spans at most a quarter of the distance: ~12% extra candidates

STRIP_CHOICES = (1, 2, 4, 8)  # strips per distance; 8: ~1.08 candidates per pair but 19 probes per facility
# Measured costs (µs) of one probe (a range scan restarted) and of one candidate pair, for choose_strips().
PROBE_COST, PAIR_COST = 4.0, 0.35
NO_LIMIT = 2 ** 62  # open band bound (strip numbers are bigint)


def psycopg_sql() -> Any:
    import psycopg2.sql  # lazy: psycopg2 is optional (desktop engine)

    return psycopg2.sql


def largest_square_within(limit: float) -> float:
    """The largest double ``q`` with ``sqrt(q) <= limit``: ``sqrt(d2) <= limit`` iff ``d2 <= q``."""
    square = limit * limit
    while math.sqrt(square) > limit:
        square = math.nextafter(square, 0.0)
    while math.sqrt(math.nextafter(square, math.inf)) <= limit:
        square = math.nextafter(square, math.inf)
    return square


@dataclass(frozen=True)
class BandGeometry:
    """Strip height, probe reach and the exact squared-distance bounds of one run."""

    distance: float
    target_srid: int
    method: str
    sigma: float
    strips_per_distance: int = STRIP_CHOICES[-1]
    probe_tile: int = 1  # facility probes per tile in stage one, demand rows per tile in stage two
    demand_tile: int = 1

    @property
    def strip(self) -> float:
        return self.distance / self.strips_per_distance

    @property
    def reach(self) -> int:
        """Strips a probe may need on each side (one extra for rounding at strip edges)."""
        return self.strips_per_distance + 1

    @property
    def slack(self) -> float:
        """Margin that keeps probes a superset despite rounding of strip numbers and chords."""
        return self.distance * 1e-9 + 1e-6

    def literals(self) -> Dict[str, Any]:
        """SQL literals: floats typed ``double precision`` (an untyped ``0.5`` is numeric, slow per row)."""
        sql = psycopg_sql()
        first, second, _ = step_thresholds(self.distance)
        floats = {
            "h": self.strip, "slack": self.slack, "distance": self.distance, "width": self.distance + self.slack,
            "distance_sq": self.distance * self.distance, "within": largest_square_within(self.distance),
            "t1": largest_square_within(first), "t2": largest_square_within(second),
            "w1": STEP_WEIGHTS[0], "w2": STEP_WEIGHTS[1], "w3": STEP_WEIGHTS[2],
            "minus_inverse_two_sigma_sq": -1.0 / (2.0 * self.sigma ** 2),
            "tile_cell": self.distance / CELLS_PER_DISTANCE,
        }
        values = {key: sql.SQL("{}::double precision").format(sql.Literal(value)) for key, value in floats.items()}
        values.update(reach=sql.Literal(self.reach), target_srid=sql.Literal(self.target_srid),
                      probe_tile=sql.Literal(self.probe_tile), demand_tile=sql.Literal(self.demand_tile))
        return values


def choose_strips(pairs_per_facility: float) -> int:
    """Strips per distance with the least estimated work per facility.

    ``2k + 1`` probes each cost a restarted range scan; thinner strips cut the candidates outside the circle
    (about ``0.64 / k`` of the pairs). Dense catchments (thousands of pairs) want 8, sparse ones 1 or 2.
    """
    def cost(k: int) -> float:
        return (2 * k + 1) * PROBE_COST + pairs_per_facility * (1.0 + 0.64 / k) * PAIR_COST

    return min(STRIP_CHOICES, key=cost)


def repaired_sql(alias: str, table: PgTable, target_srid: int) -> Any:
    """The desktop reader's order: repair invalid non-points (``ST_MakeValid``), then reproject."""
    sql = psycopg_sql()
    geom = sql.SQL("{}.{}").format(sql.Identifier(alias), sql.Identifier(table.geometry_column))
    repaired = sql.SQL(
        "CASE WHEN ST_Dimension({g}) = 0 OR ST_IsValid({g}) THEN {g} ELSE ST_MakeValid({g}) END").format(g=geom)
    if table.srid != target_srid:
        return sql.SQL("ST_Transform({}, {})").format(repaired, sql.Literal(int(target_srid)))
    return repaired


def point_sql(alias: str, table: PgTable, target_srid: int) -> Any:
    """Mirror of layer_points: repaired and reprojected, then the centroid (points stay as they are)."""
    return psycopg_sql().SQL("ST_Centroid({})").format(repaired_sql(alias, table, target_srid))


def value_sql(alias: str, column: str) -> Any:
    """NULL, NaN, infinite and negative values count as 0 (as in layer_points)."""
    sql = psycopg_sql()
    value = sql.SQL("{}.{}::double precision").format(sql.Identifier(alias), sql.Identifier(column))
    return sql.SQL("CASE WHEN {v} >= 0 AND {v} < 'Infinity'::double precision THEN {v} ELSE 0 END").format(v=value)


def table_ref(table: PgTable) -> Any:
    return psycopg_sql().Identifier(table.schema, table.table)


@dataclass(frozen=True)
class Source:
    """An input table with its value column; ``points_only`` when the column is typed Point (no centroid)."""

    table: PgTable
    field: str
    points_only: bool = False


def points_sql(source: Source, values: Dict[str, Any], sample_percent: Optional[float] = None) -> Any:
    """``k, x, y, v, st`` of every row with a geometry; the centroid is computed once per row (OFFSET 0).

    A column typed Point skips repair and centroid (both leave a point as it is).
    """
    sql = psycopg_sql()
    ident = sql.Identifier
    table = source.table
    target = int(values["target_srid"].wrapped)
    if source.points_only:
        geom = sql.SQL("t.{}").format(ident(table.geometry_column))
        point = sql.SQL("ST_Transform({}, {})").format(geom, values["target_srid"]) if table.srid != target else geom
    else:
        point = point_sql("t", table, target)
    sample = sql.SQL(" TABLESAMPLE SYSTEM ({})").format(sql.Literal(sample_percent)) if sample_percent else sql.SQL("")
    return sql.SQL(
        "SELECT k, ST_X(p) AS x, ST_Y(p) AS y, v, floor(ST_Y(p) / {h})::bigint AS st FROM ("
        "SELECT t.{key} AS k, {point} AS p, {value} AS v FROM {table} AS t{sample} "
        "WHERE t.{geom} IS NOT NULL AND NOT ST_IsEmpty(t.{geom}) OFFSET 0) AS q").format(
        h=values["h"], key=ident(table.key_column), point=point, value=value_sql("t", source.field),
        table=table_ref(table), sample=sample, geom=ident(table.geometry_column))


def band_filter(low: int, high: int, first: bool, column: str = "st") -> Any:
    """Rows of strips ``low..high``; the first band also takes rows without a point (they reach nothing)."""
    sql = psycopg_sql()
    text = "({c} BETWEEN {low} AND {high}" + (" OR {c} IS NULL)" if first else ")")
    return sql.SQL(text).format(c=sql.SQL(column), low=sql.Literal(low), high=sql.Literal(high))


def strip_counts_sql(demand: Source, values: Dict[str, Any], sample_percent: Optional[float]) -> Any:
    """Demand rows and x-range per strip (of a block sample when the table is large): density and bands."""
    return psycopg_sql().SQL(
        "SELECT st, count(*), min(x), max(x) FROM ({}) AS q WHERE st IS NOT NULL GROUP BY st ORDER BY st").format(
        points_sql(demand, values, sample_percent))


def copy_statements(demand: Source, supply: Source, values: Dict[str, Any], low: int, high: int,
                    first: bool) -> list:
    """Private copies for one band: demand within reach of the band's strips, the band's facilities."""
    sql = psycopg_sql()
    reach = int(values["reach"].wrapped)
    near_low, near_high = max(low - reach, -NO_LIMIT), min(high + reach, NO_LIMIT)
    return [
        sql.SQL("CREATE TEMP TABLE slimstad_pd_demand AS SELECT * FROM ({}) AS q WHERE {}").format(
            points_sql(demand, values), band_filter(near_low, near_high, first)),
        sql.SQL("CREATE TEMP TABLE slimstad_pd_supply AS SELECT row_number() OVER () AS rid, q.* "
                "FROM ({}) AS q WHERE {}").format(points_sql(supply, values), band_filter(low, high, first)),
    ]


def index_statements() -> list:
    """Run after the copy's transaction commits: VACUUM must set the all-visible bits for index-only scans."""
    sql = psycopg_sql()
    return [sql.SQL("CREATE INDEX slimstad_pd_demand_strip ON slimstad_pd_demand (st, x) INCLUDE (y, v, k)"),
            sql.SQL("VACUUM ANALYZE slimstad_pd_demand"), sql.SQL("ANALYZE slimstad_pd_supply")]


def probes_sql(source: str, extra: str, values: Dict[str, Any], where: Optional[Any] = None) -> Any:
    """One row per facility and strip within reach, with the chord half-width there."""
    sql = psycopg_sql()
    return sql.SQL(
        "SELECT f.x, f.y, {extra}, f.st + o AS pst, "
        "sqrt(greatest(0, {distance_sq} - md * md)) + {slack} AS chord "
        "FROM {source} AS f, generate_series(-{reach}, {reach}) AS o, "
        "LATERAL (SELECT greatest(0, (f.st + o) * {h} - f.y, f.y - (f.st + o + 1) * {h}) - {slack} AS md) AS m "
        "WHERE f.st IS NOT NULL AND md <= {distance}{where}").format(
        extra=sql.SQL(extra), source=sql.Identifier(source), where=sql.SQL(" AND {}").format(where) if where else
        sql.SQL(""), **{key: values[key] for key in ("distance_sq", "slack", "reach", "h", "distance")})
