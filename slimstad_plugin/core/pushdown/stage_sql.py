"""The two floating catchment stages of a band, with tiles when catchments are dense.

A tile groups up to :data:`TILE_SIZE` neighbouring points of one strip (facility probes in stage one,
demand rows in stage two) within a cell of a quarter of the distance, scans the union of their ranges
once and tests every candidate against each member with ``FILTER`` aggregates. PostgreSQL spends about
0.15 µs on every index tuple a scan visits and a few µs on every restarted scan, more than the arithmetic
of a pair, so on the 5 km Belgium case (2,500 pairs per facility, 50 per address) tiles take 30-40 % off
both stages; three to five members measured best. Sparse catchments (1 km: 2 pairs per address) lose
more on building the tiles than they save, so each stage tiles only above a number of pairs per point; a
tile of one is the point itself, without a tile table.

Every pair is still decided by the same exact squared-distance test (see :mod:`.band_sql`), and each
(point, strip) belongs to exactly one tile, so results and pair counts do not depend on tiling.
"""

from typing import Any, Dict, List, Sequence, Tuple

from .band_sql import probes_sql, psycopg_sql

TILE_SIZE = 4
# Pairs per member from which a stage tiles. On the Belgium bench untiled was as fast or faster at 1-3 km
# (up to 103 pairs per facility probe and 19 per address) and tiled clearly faster at 5 km (147 and 50).
PROBE_TILE_MIN_PAIRS, DEMAND_TILE_MIN_PAIRS = 128.0, 32.0


def tile_size(pairs_per_member: float, minimum: float) -> int:
    """Members per tile for a stage whose points each have about ``pairs_per_member`` pairs."""
    return TILE_SIZE if pairs_per_member >= minimum else 1


def tiles_sql(name: str, source: str, strip: str, columns: Sequence[str], low: str, high: str, where: Any,
              values: Dict[str, Any], size: int, ordered: bool = False) -> Tuple[List[Any], Any]:
    """Statements that build tile table ``name`` and the relation to read tiles from.

    A tile row has its strip ``st``, scan range ``lo..hi`` (over the members' own ``low``/``high``), member
    count ``m``, member columns ``x1, y1, <column>1, … x<size> …`` and the members' keys ``ks`` (any key
    type; numbered by ``x``). With ``size`` 1 every point is its own tile, read straight from ``source``
    (``ordered``: in index order, so consecutive range scans read neighbouring pages, about 1.4x faster).
    """
    sql = psycopg_sql()
    if size == 1:
        member = [sql.SQL("s.{c} AS {name}").format(c=sql.Identifier(column), name=sql.Identifier(column + "1"))
                  for column in ("x", "y", *columns)]
        return [], sql.SQL(
            "(SELECT s.{strip} AS st, {low} AS lo, {high} AS hi, 1 AS m, {member}, ARRAY[s.k] AS ks "
            "FROM {source} AS s WHERE {where}{order})").format(
            strip=sql.Identifier(strip), low=sql.SQL(low), high=sql.SQL(high), member=sql.SQL(", ").join(member),
            source=sql.Identifier(source), where=where, order=sql.SQL(" ORDER BY st, lo" if ordered else ""))
    member = [sql.SQL("max({c}) FILTER (WHERE q.rn % {size} = {slot}) AS {name}").format(
        c=sql.Identifier(column), size=sql.Literal(size), slot=sql.Literal(slot - 1),
        name=sql.Identifier("{}{}".format(column, slot))) for slot in range(1, size + 1)
        for column in ("x", "y", *columns)]
    build = sql.SQL(
        "CREATE TEMP TABLE {name} AS SELECT q.tst AS st, min(q.lo) AS lo, max(q.hi) AS hi, count(*) AS m, "
        "{member}, array_agg(q.k ORDER BY q.rn) AS ks "
        "FROM (SELECT s.*, s.{strip} AS tst, floor(s.x / {cell})::bigint AS cell, {low} AS lo, {high} AS hi, "
        "row_number() OVER (PARTITION BY s.{strip}, floor(s.x / {cell}) ORDER BY s.x) - 1 AS rn "
        "FROM {source} AS s WHERE {where}) AS q "
        "GROUP BY q.tst, q.cell, q.rn / {size} ORDER BY st, lo").format(
        name=sql.Identifier(name), member=sql.SQL(", ").join(member), strip=sql.Identifier(strip),
        cell=values["tile_cell"], low=sql.SQL(low), high=sql.SQL(high), source=sql.Identifier(source),
        where=where, size=sql.Literal(size))
    # The row count is all the plan needs: a full ANALYZE of the wide rows costs five times as much.
    return [build, sql.SQL("ANALYZE {} (st)").format(sql.Identifier(name))], sql.Identifier(name)


def weight_sql(method: str, values: Dict[str, Any], d2: Any) -> Any:
    """SQL weight of a squared distance ``d2`` (already known to be within the catchment)."""
    sql = psycopg_sql()
    if method == "2sfca":
        return sql.SQL("1.0::double precision")
    if method == "e2sfca_gaussian":
        # numpy: exp(-d * d / (2.0 * sigma ** 2)); d * d and d2, a product and a quotient, differ by an ulp
        # or two (far below 1e-9), and a product is cheaper per pair.
        return sql.SQL("exp({} * {})").format(d2, values["minus_inverse_two_sigma_sq"])
    return sql.SQL("CASE WHEN {d2} <= {t1} THEN {w1} WHEN {d2} <= {t2} THEN {w2} ELSE {w3} END").format(
        d2=d2, **{key: values[key] for key in ("t1", "t2", "w1", "w2", "w3")})


def tiled_pairs_sql(candidates: Any, tile_is_demand: bool, carried: str, method: str, values: Dict[str, Any],
                    size: int) -> Any:
    """Per member ``i`` of tile ``t``: ``total<i>`` (sum of weight × ``carried``) and ``n<i>`` (pairs).

    ``candidates`` are rows ``c`` of the other side in the tile's strip and range. The inner query computes
    each squared distance once (OFFSET 0 keeps it from being inlined into test and weight: about 30% less
    time per pair). Differences are demand minus facility, as in the desktop engine.
    """
    sql = psycopg_sql()
    distances, aggregates = [], []
    for slot in range(1, size + 1):
        mx, my = sql.Identifier("t", "x{}".format(slot)), sql.Identifier("t", "y{}".format(slot))
        cx, cy = sql.SQL("c.x"), sql.SQL("c.y")
        (dx, fx), (dy, fy) = ((mx, cx), (my, cy)) if tile_is_demand else ((cx, mx), (cy, my))
        d2 = sql.Identifier("q", "d{}".format(slot))
        distances.append(sql.SQL("({dx} - {fx}) * ({dx} - {fx}) + ({dy} - {fy}) * ({dy} - {fy}) AS {name}").format(
            dx=dx, fx=fx, dy=dy, fy=fy, name=sql.Identifier("d{}".format(slot))))
        within = sql.SQL("FILTER (WHERE {} <= {})").format(d2, values["within"])
        aggregates.append(sql.SQL("sum({weight} * q.c) {within} AS {total}, count(*) {within} AS {n}").format(
            weight=weight_sql(method, values, d2), within=within, total=sql.Identifier("total{}".format(slot)),
            n=sql.Identifier("n{}".format(slot))))
    return sql.SQL("SELECT {aggregates} FROM (SELECT {distances}, {carried} AS c FROM {candidates} "
                   "OFFSET 0) AS q").format(
        aggregates=sql.SQL(", ").join(aggregates), distances=sql.SQL(", ").join(distances),
        carried=sql.SQL(carried), candidates=candidates)


def members_sql(columns: Sequence[str], size: int) -> Any:
    """``LATERAL (VALUES (slot, t.<column>slot…, a.total slot, a.n slot), …) AS u``: one row per member."""
    sql = psycopg_sql()
    rows = [sql.SQL("({})").format(sql.SQL(", ").join(
        [sql.Literal(slot)] + [sql.Identifier("t", "{}{}".format(column, slot)) for column in columns]
        + [sql.Identifier("a", "total{}".format(slot)), sql.Identifier("a", "n{}".format(slot))]))
        for slot in range(1, size + 1)]
    names = ["slot", *columns, "total", "n"]
    return sql.SQL("LATERAL (VALUES {}) AS u ({})").format(
        sql.SQL(", ").join(rows), sql.SQL(", ").join(sql.Identifier(name) for name in names))


def stage_one_sql(method: str, values: Dict[str, Any]) -> Tuple[List[Any], Any]:
    """Weighted demand reaching each of the band's facilities, then its supply/demand ratio.

    Probes (a facility and a strip within reach, with the chord there) scan the demand strip index, one tile
    at a time; member sums are added up per facility. Returns the preparation and the pair query.
    """
    sql = psycopg_sql()
    size = int(values["probe_tile"].wrapped)
    build, tiles = tiles_sql("slimstad_pd_probe_tile", "slimstad_pd_probe", "pst", [], "s.x - s.chord",
                             "s.x + s.chord", sql.SQL("true"), values, size, ordered=True)
    return [sql.SQL("CREATE TEMP TABLE slimstad_pd_probe AS {}").format(
        probes_sql("slimstad_pd_supply", "f.rid AS k", values)), *build], (
        sql.SQL(
            "CREATE TEMP TABLE slimstad_pd_ratio AS SELECT s.k, s.x, s.y, s.st, s.v, "
            "CASE WHEN a.wd > 0 THEN s.v / a.wd END AS ratio, COALESCE(a.n, 0)::bigint AS n "
            "FROM slimstad_pd_supply AS s LEFT JOIN ("
            "SELECT t.ks[u.slot] AS rid, sum(u.total) AS wd, sum(u.n) AS n FROM {tiles} AS t, "
            "LATERAL ({pairs}) AS a, {members} WHERE u.slot <= t.m "
            "GROUP BY 1) AS a ON a.rid = s.rid").format(
            tiles=tiles, pairs=tiled_pairs_sql(sql.SQL(
                "slimstad_pd_demand AS c WHERE c.st = t.st AND c.x BETWEEN t.lo AND t.hi"), False, "c.v", method,
                values, size), members=members_sql([], size)))


def stage_two_sql(method: str, values: Dict[str, Any], low: int, high: int, first: bool,
                  integer_keys: bool) -> Tuple[List[Any], Any]:
    """Access of every demand row of the band: the preparation and the query of ``key, value, access, pairs``.

    The facilities with a ratio (copied in as ``slimstad_pd_facility``) probe the band's strips; the band's
    demand rows, in tiles, each take one aggregate over the facilities probing their strip within the
    catchment's width. Rows come out complete, with no hash table of a million keys and no join afterwards;
    access is 0 when nothing is reached. The first band also returns the rows without a point.
    """
    sql = psycopg_sql()
    size = int(values["demand_tile"].wrapped)
    build, tiles = tiles_sql("slimstad_pd_demand_tile", "slimstad_pd_demand", "st", ["v"], "s.x", "s.x", sql.SQL(
        "s.st BETWEEN {} AND {}").format(sql.Literal(low), sql.Literal(high)), values, size)
    preparation = [
        sql.SQL("CREATE TEMP TABLE slimstad_pd_reach AS {}").format(probes_sql(
            "slimstad_pd_facility", "f.ratio", values,
            sql.SQL("f.st + o BETWEEN {} AND {}").format(sql.Literal(low), sql.Literal(high)))),
        sql.SQL("CREATE INDEX slimstad_pd_reach_strip ON slimstad_pd_reach (pst, x) INCLUDE (y, ratio)"),
        sql.SQL("VACUUM ANALYZE slimstad_pd_reach"),
        *build,
    ]
    key = sql.SQL("::bigint" if integer_keys else "")
    pointless = sql.SQL(" UNION ALL SELECT d.k{}, d.v, 0::double precision, 0::bigint "
                        "FROM slimstad_pd_demand AS d WHERE d.st IS NULL").format(key) if first else sql.SQL("")
    return preparation, sql.SQL(
        "SELECT t.ks[u.slot]{key}, u.v, COALESCE(u.total, 0)::double precision, u.n "
        "FROM {tiles} AS t, LATERAL ({pairs}) AS a, {members} WHERE u.slot <= t.m{pointless}").format(
        key=key, tiles=tiles, pairs=tiled_pairs_sql(sql.SQL(
            "slimstad_pd_reach AS c WHERE c.pst = t.st AND c.x BETWEEN t.lo - {width} AND t.hi + {width}").format(
            width=values["width"]), True, "c.ratio", method, values, size), members=members_sql(["v"], size),
        pointless=pointless)
