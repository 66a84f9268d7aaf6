"""Floating catchment (2SFCA / E2SFCA) computed as SQL inside PostGIS, streaming only the results back.

Mirrors :mod:`..accessibility` and :mod:`..layer_points`: repaired, reprojected geometries reduced to
centroids (``ST_Centroid``, GEOS like QGIS's ``centroid()``), pairs with ``d <= distance`` (inclusive:
``&&`` finds candidates, numpy's distance formula decides), NULL/negative values as 0, the same Gaussian and
step weights (thresholds from :func:`..accessibility.step_thresholds`), NaN ratio (SQL NULL) when no
weighted demand reaches a facility, access 0 for demand reaching nothing.

Every identifier goes through ``psycopg2.sql.Identifier`` and every value is bound; the whole run is one
transaction with session-private ``TEMP ... ON COMMIT DROP`` tables, so the shared database is only read
(unless results are written, in the same transaction) and a lost connection leaves nothing behind.
"""

import hashlib
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem

from ..accessibility import STEP_WEIGHTS, AccessibilityError, check_distance, method_name, step_thresholds
from ..i18n import translator
from .connection import (
    PgTable,
    PushdownCanceledError,
    PushdownConnectionLostError,
    PushdownError,
    connect,
    first_line,
)

tr = translator("SlimStadPushdown")
LOG = logging.getLogger(__name__)

STREAM_ROWS = 50_000  # rows per round trip of the server-side cursor
CANCEL_POLL_S = 0.1


@dataclass
class SqlCatchmentResult:
    """Per demand row (by primary key) access, per supply row ratio (NaN: no demand reached it)."""

    demand_keys: np.ndarray
    access: np.ndarray
    supply_keys: np.ndarray
    ratio: np.ndarray
    pairs: int
    provenance: Dict[str, Any]
    warnings: List[str] = field(default_factory=list)
    results_table: Optional[str] = None
    catalogue_entry: Optional[Dict[str, Any]] = None

    def access_by_key(self) -> Dict[Any, float]:
        """``{demand key: access}`` (builds a dict: use the arrays for very large results)."""
        return dict(zip(self.demand_keys.tolist(), self.access.tolist()))

    def ratio_by_key(self) -> Dict[Any, float]:
        """``{supply key: ratio}``."""
        return dict(zip(self.supply_keys.tolist(), self.ratio.tolist()))


def _sql() -> Any:
    import psycopg2.sql  # imported lazily: the plugin loads without psycopg2 (desktop engine only)

    return psycopg2.sql


def weight_sql(method: str, values: Dict[str, Any]) -> Any:
    """SQL weight of a distance ``dist`` (already known to be <= the catchment distance)."""
    sql = _sql()
    if method == "2sfca":
        return sql.SQL("1.0::double precision")
    if method == "e2sfca_gaussian":
        # numpy: exp(-d * d / (2.0 * sigma ** 2)); two_sigma_sq is computed in Python the same way.
        return sql.SQL("exp((-dist) * dist / {two_sigma_sq})").format(two_sigma_sq=values["two_sigma_sq"])
    return sql.SQL("CASE WHEN dist <= {t1} THEN {w1} WHEN dist <= {t2} THEN {w2} ELSE {w3} END").format(
        **{key: values[key] for key in ("t1", "t2", "w1", "w2", "w3")})


def _point_sql(alias: str, table: PgTable, target_srid: int, values: Dict[str, Any]) -> Any:
    """Mirror of layer_points: repair invalid non-points, reproject, then centroid (points stay)."""
    sql = _sql()
    geom = sql.SQL("{}.{}").format(sql.Identifier(alias), sql.Identifier(table.geometry_column))
    repaired = sql.SQL(
        "CASE WHEN ST_Dimension({g}) = 0 OR ST_IsValid({g}) THEN {g} ELSE ST_MakeValid({g}) END").format(g=geom)
    if table.srid != target_srid:
        repaired = sql.SQL("ST_Transform({}, {})").format(repaired, values["target_srid"])
    return sql.SQL("ST_Centroid({})").format(repaired)


def _value_sql(alias: str, column: str) -> Any:
    """NULL, NaN, infinite and negative values count as 0 (as in layer_points)."""
    sql = _sql()
    value = sql.SQL("{}.{}::double precision").format(sql.Identifier(alias), sql.Identifier(column))
    return sql.SQL("CASE WHEN {v} >= 0 AND {v} < 'Infinity'::double precision THEN {v} ELSE 0 END").format(v=value)


def _table_ref(table: PgTable) -> Any:
    sql = _sql()
    return sql.Identifier(table.schema, table.table)


def build_statements(demand: PgTable, demand_field: str, supply: PgTable, supply_field: str,
                     method: str, bound: Dict[str, Any]) -> List[Any]:
    """The statements of one run, in order: identifiers quoted, values bound as adapted literals.

    Literals (not ``%s`` parameters) because psycopg2 would read a ``%`` inside a quoted identifier as a
    parameter marker. Demand is first reduced to points in a session-private, indexed temp table, so the
    repair/reprojection/centroid expressions run once per row and not once per candidate pair.
    """
    sql = _sql()
    ident = sql.Identifier
    values = {key: sql.Literal(value) for key, value in bound.items()}
    weight = weight_sql(method, values)
    target = int(bound["target_srid"])
    source_rows = sql.SQL(
        "SELECT d.{dkey} AS k, {dpoint} AS g, {dvalue} AS v FROM {dtable} AS d "
        "WHERE d.{dgeom} IS NOT NULL AND NOT ST_IsEmpty(d.{dgeom})").format(
        dkey=ident(demand.key_column), dgeom=ident(demand.geometry_column), dtable=_table_ref(demand),
        dpoint=_point_sql("d", demand, target, values), dvalue=_value_sql("d", demand_field))
    statements = [
        # A private copy in strips of the catchment's width: a facility's index probe then reads a few
        # neighbouring pages instead of random pages of the shared table (3-4x faster than in place).
        sql.SQL("CREATE TEMP TABLE slimstad_pd_demand ON COMMIT DROP AS SELECT k, g, ST_X(g) AS x, ST_Y(g) AS y, v "
                "FROM ({}) AS q ORDER BY floor(ST_Y(q.g) / {r}), ST_X(q.g)").format(source_rows, r=values["distance"]),
        sql.SQL("CREATE INDEX ON slimstad_pd_demand USING gist (g)"),
        sql.SQL("ANALYZE slimstad_pd_demand"),
    ]
    d_rows = p_rows = sql.SQL("slimstad_pd_demand")
    # numpy's sqrt((xd - xs)**2 + (yd - ys)**2) on stored coordinates: bit-identical distances (so the same
    # inclusive boundary decisions) and about twice as fast as ST_Distance per pair.
    pair = sql.SQL("sqrt((d.x - {a}.x) * (d.x - {a}.x) + (d.y - {a}.y) * (d.y - {a}.y))")
    # Facilities drive the joins: one probe per facility into the demand GiST index (NULL and empty
    # geometries have no box, so they never pair). OFFSET 0 keeps the distance computed once per pair.
    near = sql.SQL("d.g && ST_Expand({a}.g, {r})")
    r = values["distance"]
    return statements + [
        sql.SQL(
            "CREATE TEMP TABLE slimstad_pd_supply ON COMMIT DROP AS "
            "SELECT k, g, ST_X(g) AS x, ST_Y(g) AS y, v FROM (SELECT s.{skey} AS k, {spoint} AS g, {svalue} AS v "
            "FROM {stable} AS s WHERE s.{sgeom} IS NOT NULL AND NOT ST_IsEmpty(s.{sgeom})) AS q").format(
            skey=ident(supply.key_column), spoint=_point_sql("s", supply, target, values),
            svalue=_value_sql("s", supply_field), stable=_table_ref(supply), sgeom=ident(supply.geometry_column)),
        sql.SQL("CREATE INDEX ON slimstad_pd_supply USING gist (g)"),
        sql.SQL("ANALYZE slimstad_pd_supply"),
        # Stage 1: weighted demand reaching each facility.
        sql.SQL(
            "CREATE TEMP TABLE slimstad_pd_ratio ON COMMIT DROP AS "
            "SELECT s.k, s.g, s.x, s.y, s.v, COALESCE(a.n, 0) AS n, "
            "CASE WHEN a.wd > 0 THEN s.v / a.wd END AS ratio "
            "FROM slimstad_pd_supply AS s LEFT JOIN ("
            " SELECT k, sum({weight} * v) AS wd, count(*) AS n FROM ("
            "  SELECT s.k, d.v, {dist} AS dist FROM {pairs} AS d JOIN slimstad_pd_supply AS s ON {near} OFFSET 0) AS p"
            " WHERE dist <= {r} GROUP BY k) AS a ON a.k = s.k").format(
            weight=weight, pairs=p_rows, r=r, dist=pair.format(a=ident("s")), near=near.format(a=ident("s"), r=r)),
        sql.SQL("ANALYZE slimstad_pd_ratio"),
        # Stage 2: weighted ratios summed per demand row; rows reaching nothing get 0.
        sql.SQL(
            "CREATE TEMP TABLE slimstad_pd_access ON COMMIT DROP AS "
            "SELECT d.k, d.v, COALESCE(a.access, 0) AS access, COALESCE(a.n, 0) AS n "
            "FROM {drows} AS d LEFT JOIN ("
            " SELECT k, sum({weight} * ratio) AS access, count(*) AS n FROM ("
            "  SELECT d.k, r.ratio, {dist} AS dist FROM {pairs} AS d JOIN slimstad_pd_ratio AS r"
            "  ON r.ratio IS NOT NULL AND {near} OFFSET 0) AS p"
            " WHERE dist <= {r} GROUP BY k) AS a ON a.k = d.k").format(
            weight=weight, drows=d_rows, pairs=p_rows, r=r, dist=pair.format(a=ident("r")),
            near=near.format(a=ident("r"), r=r)),
    ]


def bind_values(distance: float, method: str, sigma: Optional[float], target_srid: int) -> Dict[str, Any]:
    """Values bound into the statements."""
    first, second, _ = step_thresholds(distance)
    sigma = distance / 2.0 if sigma is None else sigma
    return {"distance": distance, "two_sigma_sq": 2.0 * sigma ** 2, "t1": first, "t2": second,
            "w1": STEP_WEIGHTS[0], "w2": STEP_WEIGHTS[1], "w3": STEP_WEIGHTS[2], "target_srid": target_srid}


class _CancelWatch:
    """Polls ``is_canceled`` in a thread and cancels the running statement on the server."""

    def __init__(self, connection: Any, is_canceled: Optional[Callable[[], bool]]) -> None:
        self.connection = connection
        self.is_canceled = is_canceled
        self.fired = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="slimstad-pushdown-cancel", daemon=True)

    def __enter__(self) -> "_CancelWatch":
        if self.is_canceled is not None:
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(CANCEL_POLL_S):
            if self.is_canceled():
                self.fired = True
                try:
                    self.connection.cancel()  # PQcancel: a separate request, safe from another thread
                except Exception:  # noqa: BLE001 - the connection may already be gone
                    pass
                return

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


def preflight(cursor: Any, table: PgTable, value_field: str, role: str) -> List[str]:
    """Check the table and field exist and the field is numeric; return warnings (missing spatial index)."""
    cursor.execute(
        "SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relname = %s", (table.schema, table.table))
    row = cursor.fetchone()
    if row is None:
        raise PushdownError(tr("The {role} table {table} does not exist in the database.").format(
            role=role, table=table.label()))
    oid = row[0]
    cursor.execute(
        "SELECT a.attname, t.typcategory FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = %s AND a.attnum > 0 AND NOT a.attisdropped", (oid,))
    columns = dict(cursor.fetchall())
    for column in (table.key_column, table.geometry_column):
        if column not in columns:
            raise PushdownError(tr("The {role} table {table} has no column {column}.").format(
                role=role, table=table.label(), column=column))
    if value_field not in columns:
        raise PushdownError(tr("The {role} table {table} has no field {field}.").format(
            role=role, table=table.label(), field=value_field))
    if columns[value_field] != "N":
        raise PushdownError(tr("The {role} field {field} is not numeric.").format(role=role, field=value_field))
    cursor.execute(
        "SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
        "JOIN pg_am am ON am.oid = ic.relam JOIN pg_attribute a ON a.attrelid = i.indrelid "
        "AND a.attnum = ANY (i.indkey) WHERE i.indrelid = %s AND a.attname = %s "
        "AND am.amname IN ('gist', 'spgist'))", (oid, table.geometry_column))
    if cursor.fetchone()[0]:
        return []
    statement = _sql().SQL("CREATE INDEX ON {} USING gist ({});").format(
        _table_ref(table), _sql().Identifier(table.geometry_column)).as_string(cursor)
    return [tr("The {role} table {table} has no spatial index. SlimStad creates none on a shared database "
               "(it computes on a private indexed copy), but maps and other queries on that table stay slow. "
               "Ask the database owner to run: {statement}").format(
        role=role, table=table.label(), statement=statement)]


def value_warnings(cursor: Any, table: PgTable, value_field: str, role: str) -> List[str]:
    """Count NULL and unusable (negative, NaN, infinite) values, which count as 0, as the desktop reports."""
    sql = _sql()
    value = sql.SQL("{}::double precision").format(sql.Identifier(value_field))
    cursor.execute(sql.SQL(
        "SELECT count(*) FILTER (WHERE {v} IS NULL), "
        "count(*) FILTER (WHERE NOT ({v} >= 0 AND {v} < 'Infinity'::double precision)) FROM {t}").format(
        v=value, t=_table_ref(table)))
    nulls, invalid = cursor.fetchone()
    out = []
    if nulls:
        out.append(tr("{count} {label} features have a NULL value; counted as 0.").format(count=nulls, label=role))
    if invalid:
        out.append(tr("{count} {label} features have a negative or non-numeric value; counted as 0.").format(
            count=invalid, label=role))
    return out


def _stream(connection: Any, query: str, name: str) -> List[np.ndarray]:
    """Stream ``k, value`` rows through a server-side cursor into two numpy arrays."""
    keys: List[Any] = []
    values: List[np.ndarray] = []
    with connection.cursor(name=name) as cursor:
        cursor.itersize = STREAM_ROWS
        cursor.execute(query)
        while True:
            rows = cursor.fetchmany(STREAM_ROWS)
            if not rows:
                break
            keys.extend(row[0] for row in rows)
            values.append(np.array([np.nan if row[1] is None else row[1] for row in rows], dtype=float))
    key_array = np.array(keys) if keys and all(isinstance(k, int) for k in keys[:100]) else np.array(
        keys, dtype=object)
    return [key_array, np.concatenate(values) if values else np.empty(0, dtype=float)]


def sql_floating_catchment(demand: PgTable, demand_field: str, supply: PgTable, supply_field: str,
                           distance: float, method: Any = "2sfca", sigma: Optional[float] = None,
                           is_canceled: Optional[Callable[[], bool]] = None,
                           results: Optional[Any] = None, target_srid: Optional[int] = None,
                           on_stage: Optional[Callable[[str, Any], None]] = None) -> SqlCatchmentResult:
    """Run the floating catchment in the demand table's database.

    ``results`` (a :class:`.results_writer.ResultsTarget`) also stores the result as a table in the
    database, in the same transaction. Distances are measured in ``target_srid`` (default: the demand's).
    ``on_stage(name, connection)`` is called between stages (progress;
    tests use it to break the connection). Raises :class:`PushdownError` (and its subclasses
    :class:`PushdownCanceledError`, :class:`PushdownConnectionLostError`) with a translated message.
    """
    try:
        import psycopg2
    except ImportError:
        raise PushdownError(tr("The database engine needs the Python module psycopg2 "
                               "(Debian/Ubuntu: python3-psycopg2).")) from None

    try:
        name = method_name(method)
        distance, sigma = check_distance(distance, sigma)
    except AccessibilityError as error:
        raise PushdownError(str(error)) from None
    if demand.database != supply.database:
        raise PushdownError(tr("Demand and supply are in different databases ({a} and {b}).").format(
            a=demand.database.describe(), b=supply.database.describe()))
    hook = on_stage or (lambda _name, _connection: None)

    def stage(name: str, connection: Any) -> None:
        # A cancel that arrived while no statement ran is honoured here, before the next one starts.
        if watch.fired or (is_canceled is not None and is_canceled()):
            watch.fired = True
            raise psycopg2.errors.QueryCanceled()
        hook(name, connection)

    bound = bind_values(distance, name, sigma, target_srid or demand.srid)
    target_crs = QgsCoordinateReferenceSystem("EPSG:{}".format(bound["target_srid"]))
    if not target_crs.isValid() or target_crs.isGeographic():
        raise PushdownError(tr("Distances need a projected CRS in metres; SRID {srid} is not one.").format(
            srid=bound["target_srid"]))
    started = time.perf_counter()
    connection = connect(demand.database)
    watch = _CancelWatch(connection, is_canceled)
    try:
        with watch:
            with connection.cursor() as cursor:
                warnings = preflight(cursor, demand, demand_field, tr("demand"))
                warnings += preflight(cursor, supply, supply_field, tr("supply"))
                warnings += value_warnings(cursor, demand, demand_field, tr("demand"))
                warnings += value_warnings(cursor, supply, supply_field, tr("supply"))
                for warning in warnings:
                    LOG.warning(warning)
                statements = build_statements(demand, demand_field, supply, supply_field, name, bound)
                # Session-local planner settings: JIT compiling costs seconds and buys nothing here; the
                # per-facility and per-demand aggregates need memory to stay in hash tables.
                cursor.execute("SET LOCAL jit = off; SET LOCAL work_mem = '256MB'; "
                               "SET LOCAL enable_sort = off")
                cursor.execute("SELECT postgis_lib_version(), current_setting('server_version')")
                postgis_version, server_version = cursor.fetchone()
                texts = []
                for statement in statements:
                    stage("compute", connection)
                    text = statement.as_string(connection)
                    texts.append(text)
                    cursor.execute(text)
                cursor.execute("SELECT coalesce(sum(n), 0)::bigint FROM slimstad_pd_ratio")
                pairs = int(cursor.fetchone()[0])
            provenance = {
                "engine": "database", "method": name, "distance": distance,
                "sigma": (distance / 2.0 if sigma is None else sigma) if name == "e2sfca_gaussian" else None,
                "database": demand.database.provenance(), "postgis": postgis_version, "postgresql": server_version,
                "demand": {"table": demand.label(), "key": demand.key_column, "field": demand_field,
                           "geometry_column": demand.geometry_column, "srid": demand.srid},
                "supply": {"table": supply.label(), "key": supply.key_column, "field": supply_field,
                           "geometry_column": supply.geometry_column, "srid": supply.srid},
                "srid": target_srid or demand.srid, "pairs": pairs,
                "sql_sha256": hashlib.sha256("\n".join(texts).encode()).hexdigest(),
                "warnings": list(warnings),
            }
            results_table, entry = None, None
            if results is not None:
                stage("write", connection)
                results_table, entry, warning = results.write(connection, demand, supply, provenance)
                if warning:
                    warnings.append(warning)
            stage("stream", connection)
            demand_keys, access = _stream(connection, "SELECT k, access FROM slimstad_pd_access", "slimstad_pd_a")
            supply_keys, ratio = _stream(connection, "SELECT k, ratio FROM slimstad_pd_ratio", "slimstad_pd_r")
            stage("commit", connection)
            connection.commit()
    except psycopg2.errors.QueryCanceled:
        _rollback(connection)
        if watch.fired:
            raise PushdownCanceledError(
                tr("The calculation was canceled; the query on the server was stopped.")) from None
        raise PushdownError(tr("The database stopped the query (statement timeout or an administrator).")) from None
    except (psycopg2.OperationalError, psycopg2.InterfaceError) as error:
        _rollback(connection)
        raise PushdownConnectionLostError(tr(
            "The connection to database {db} was lost during the calculation ({reason}); nothing was "
            "written there (the transaction was rolled back).").format(
            db=demand.database.describe(), reason=first_line(error))) from None
    except psycopg2.Error as error:
        _rollback(connection)
        raise PushdownError(tr("The database refused the calculation: {reason}").format(
            reason=first_line(error))) from None
    finally:
        _close(connection)
    provenance["seconds"] = round(time.perf_counter() - started, 3)
    if results_table:
        provenance["results_table"] = results_table
    return SqlCatchmentResult(demand_keys, access, supply_keys, ratio, pairs, provenance, warnings,
                              results_table, entry)


def _rollback(connection: Any) -> None:
    try:
        connection.rollback()
    except Exception:  # noqa: BLE001 - a dead connection cannot roll back; the server does it itself
        pass


def _close(connection: Any) -> None:
    try:
        connection.close()
    except Exception:  # noqa: BLE001
        pass
