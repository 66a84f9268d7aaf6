"""Floating catchment (2SFCA / E2SFCA) computed as SQL inside PostGIS, streaming only the results back.

Mirrors :mod:`..accessibility` and :mod:`..layer_points`: repaired, reprojected geometries reduced to
centroids (``ST_Centroid``, GEOS like QGIS's ``centroid()``), pairs with ``d <= distance`` (inclusive, decided
exactly as numpy does, see :mod:`.band_sql`), NULL/negative values as 0, the same Gaussian and step weights,
NaN ratio (SQL NULL) when no weighted demand reaches a facility, access 0 for demand reaching nothing.

The main connection checks the inputs, holds the snapshot every band reads (:mod:`.band_workers`) and,
when asked, writes the results table in its own transaction: the shared database is only read otherwise,
and a lost connection leaves nothing behind.
"""

import dataclasses
import hashlib
import logging
import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem

from ..analysis.accessibility import AccessibilityError, check_distance, method_name
from ..base.i18n import translator
from .band_sql import NO_LIMIT, BandGeometry, Source, choose_strips, psycopg_sql, strip_counts_sql, table_ref
from .band_workers import INTEGER_TYPES, MAX_CONNECTIONS, ROWS_PER_CONNECTION, Band, BandWorker, plan_bands, run_all
from .connection import CancelWatch, PgTable, PushdownError, connect, connect_many, database_run, psycopg2_module
from .results_writer import load_results
from .stage_sql import DEMAND_TILE_MIN_PAIRS, PROBE_TILE_MIN_PAIRS, tile_size

tr = translator("SlimStadPushdown")
LOG = logging.getLogger(__name__)

SAMPLE_ROWS = 50_000  # demand rows sampled to cut the bands
JIT_MIN_PAIRS = 10_000_000
LIGHT_JIT_MIN_PAIRS = 100_000


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
    statement = psycopg_sql().SQL("CREATE INDEX ON {} USING gist ({});").format(
        table_ref(table), psycopg_sql().Identifier(table.geometry_column)).as_string(cursor)
    return [tr("The {role} table {table} has no spatial index. SlimStad creates none on a shared database "
               "(it computes on a private indexed copy), but maps and other queries on that table stay slow. "
               "Ask the database owner to run: {statement}").format(
        role=role, table=table.label(), statement=statement)]


def value_warnings(cursor: Any, table: PgTable, value_field: str, role: str) -> List[str]:
    """Count NULL and unusable (negative, NaN, infinite) values, which count as 0, as the desktop reports."""
    sql = psycopg_sql()
    value = sql.SQL("{}::double precision").format(sql.Identifier(value_field))
    cursor.execute(sql.SQL(
        "SELECT count(*) FILTER (WHERE {v} IS NULL), "
        "count(*) FILTER (WHERE NOT ({v} >= 0 AND {v} < 'Infinity'::double precision)) FROM {t}").format(
        v=value, t=table_ref(table)))
    nulls, invalid = cursor.fetchone()
    out = []
    if nulls:
        out.append(tr("{count} {label} features have a NULL value; counted as 0.").format(count=nulls, label=role))
    if invalid:
        out.append(tr("{count} {label} features have a negative or non-numeric value; counted as 0.").format(
            count=invalid, label=role))
    return out


def key_is_integer(cursor: Any, table: PgTable) -> bool:
    """Integer keys stream back as binary COPY; other key types through a cursor."""
    cursor.execute(
        "SELECT t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid JOIN pg_class c "
        "ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relname = %s AND a.attname = %s", (table.schema, table.table, table.key_column))
    row = cursor.fetchone()
    return bool(row) and row[0] in INTEGER_TYPES


def estimated_rows(cursor: Any, table: PgTable) -> float:
    """The planner's row estimate of a table (-1 when it was never analysed)."""
    cursor.execute("SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = %s AND c.relname = %s", (table.schema, table.table))
    row = cursor.fetchone()
    return float(row[0]) if row else -1.0


def parallel_connections(cursor: Any) -> int:
    """The server's ``max_parallel_workers_per_gather``, between 1 and :data:`MAX_CONNECTIONS`."""
    cursor.execute("SELECT greatest(1, least(current_setting('max_parallel_workers_per_gather')::int, %s))",
                   (MAX_CONNECTIONS,))
    return int(cursor.fetchone()[0])


def is_point_column(cursor: Any, table: PgTable) -> bool:
    """True when the geometry column is typed Point: its rows need no repair and no centroid."""
    cursor.execute("SELECT type FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s "
                   "AND f_geometry_column = %s", (table.schema, table.table, table.geometry_column))
    row = cursor.fetchone()
    return bool(row) and row[0] == "POINT"


def _key_array(keys: List[Any]) -> np.ndarray:
    if keys and all(isinstance(key, int) for key in keys[:100]):
        return np.array(keys, dtype=np.int64)
    return np.array(keys, dtype=object)


def _facilities_near(rows: List[Tuple[Any, ...]], band: Band, reach: int) -> List[Tuple[float, float, float, int]]:
    """``(x, y, ratio, strip)`` of facilities with a ratio whose catchment can touch the band."""
    low, high = band.low - reach, band.high + reach
    return [(x, y, ratio, strip) for _, x, y, strip, _, ratio, _ in rows
            if ratio is not None and strip is not None and low <= strip <= high]


def sql_floating_catchment(demand: PgTable, demand_field: str, supply: PgTable, supply_field: str,
                           distance: float, method: Any = "2sfca", sigma: Optional[float] = None,
                           is_canceled: Optional[Callable[[], bool]] = None,
                           results: Optional[Any] = None, target_srid: Optional[int] = None,
                           on_stage: Optional[Callable[[str, Any], None]] = None,
                           connections: Optional[int] = None) -> SqlCatchmentResult:
    """Run the floating catchment in the demand table's database.

    ``results`` (a :class:`.results_writer.ResultsTarget`) also stores the result as a table in the
    database, in the main connection's transaction. Distances are measured in ``target_srid`` (default: the
    demand's). ``connections`` caps the parallel band connections (default: the server's
    ``max_parallel_workers_per_gather``). ``on_stage(name, main connection)`` is called between stages
    (progress; tests use it to break the connection). Raises :class:`PushdownError` (and its subclasses
    :class:`~..base.errors.Canceled`, :class:`PushdownConnectionLostError`) with a translated message.
    """
    psycopg2_module()  # a clear message when the driver is missing
    try:
        name = method_name(method)
        distance, sigma = check_distance(distance, sigma)
    except AccessibilityError as error:
        raise PushdownError(str(error)) from None
    if demand.database != supply.database:
        raise PushdownError(tr("Demand and supply are in different databases ({a} and {b}).").format(
            a=demand.database.describe(), b=supply.database.describe()))
    srid = int(target_srid or demand.srid)
    target_crs = QgsCoordinateReferenceSystem("EPSG:{}".format(srid))
    if not target_crs.isValid() or target_crs.isGeographic():
        raise PushdownError(tr("Distances need a projected CRS in metres; SRID {srid} is not one.").format(
            srid=srid))
    geometry = BandGeometry(distance, srid, name, distance / 2.0 if sigma is None else sigma)
    started = time.perf_counter()
    connection = connect(demand.database)
    connection.set_session(isolation_level="REPEATABLE READ")  # the snapshot every band imports
    with connection.cursor() as cursor:
        # The main connection only checks, samples and writes: PostGIS's costly-looking functions would make
        # the planner JIT-compile those light queries, which costs about 0.4 s a run.
        cursor.execute("SET jit = off")
    opened: List[Any] = [connection]
    watch = CancelWatch(opened, is_canceled)
    run = _Run(demand, demand_field, supply, supply_field, geometry, connection, opened, watch, on_stage)
    with database_run(demand.database, opened, watch):
        result = run.compute(results, connections)
        run.stage("commit")
        connection.commit()
    result.provenance["seconds"] = round(time.perf_counter() - started, 3)
    return result


@dataclass
class _Run:
    """One push-down run: the main connection's checks and snapshot, the bands' work, the results."""

    demand: PgTable
    demand_field: str
    supply: PgTable
    supply_field: str
    geometry: BandGeometry
    connection: Any
    opened: List[Any]
    watch: CancelWatch
    on_stage: Optional[Callable[[str, Any], None]]
    jit: str = "full"

    def stage(self, name: str) -> None:
        """A cancel that arrived while no statement ran is honoured here, before the next one starts."""
        if self.watch.fired or (self.watch.is_canceled is not None and self.watch.is_canceled()):
            self.watch.fired = True
            raise psycopg2_module().errors.QueryCanceled()
        if self.on_stage is not None:
            self.on_stage(name, self.connection)

    def _plan(self, cursor: Any, demand: Source,
              connections: Optional[int]) -> Tuple[BandGeometry, List[Band], List[Tuple[int, int]]]:
        """Strip height from the demand's density, and one band per connection worth opening.

        Both come from one pass over a block sample of about 50,000 demand rows (all rows of small tables).
        """
        wanted, rows = parallel_connections(cursor), estimated_rows(cursor, self.demand)
        fine = self.geometry
        sampled = rows > SAMPLE_ROWS
        percent = min(100.0, max(0.01, 100.0 * SAMPLE_ROWS / rows)) if sampled else None
        cursor.execute(strip_counts_sql(demand, fine.literals(), percent).as_string(self.connection))
        fine_counts = cursor.fetchall()
        if not fine_counts:
            return fine, [Band(-NO_LIMIT, NO_LIMIT, True)], []
        total = rows if sampled else float(sum(row[1] for row in fine_counts))
        width = max(row[3] for row in fine_counts) - min(row[2] for row in fine_counts) + fine.strip
        height = (fine_counts[-1][0] - fine_counts[0][0] + 1) * fine.strip
        per_facility = total * math.pi * fine.distance ** 2 / max(width * height, fine.strip ** 2)
        strips = choose_strips(per_facility)
        pairs = per_facility * max(estimated_rows(cursor, self.supply), 1.0)
        geometry = dataclasses.replace(fine, strips_per_distance=strips, probe_tile=tile_size(
            per_facility / (2 * strips + 1), PROBE_TILE_MIN_PAIRS), demand_tile=tile_size(
            pairs / max(total, 1.0), DEMAND_TILE_MIN_PAIRS))
        # Full JIT (inlined, optimised: about a second of compiling) pays off on tens of millions of pairs,
        # plain expression JIT (a few ms) from about a hundred thousand.
        self.jit = "full" if pairs >= JIT_MIN_PAIRS else "light" if pairs >= LIGHT_JIT_MIN_PAIRS else "off"
        ratio = fine.strips_per_distance // geometry.strips_per_distance  # fine strips per chosen strip
        merged: Dict[int, int] = {}
        for strip, count, _, _ in fine_counts:
            merged[strip // ratio] = merged.get(strip // ratio, 0) + count
        counts = sorted(merged.items())
        if connections:
            wanted = max(1, min(int(connections), MAX_CONNECTIONS))
        else:
            wanted = min(wanted, int(total // ROWS_PER_CONNECTION))
        if wanted <= 1:
            return geometry, [Band(-NO_LIMIT, NO_LIMIT, True)], counts
        return geometry, plan_bands(counts, wanted), counts

    def compute(self, results: Optional[Any], connections: Optional[int]) -> SqlCatchmentResult:
        with self.connection.cursor() as cursor:
            warnings = preflight(cursor, self.demand, self.demand_field, tr("demand"))
            warnings += preflight(cursor, self.supply, self.supply_field, tr("supply"))
            warnings += value_warnings(cursor, self.demand, self.demand_field, tr("demand"))
            warnings += value_warnings(cursor, self.supply, self.supply_field, tr("supply"))
            for warning in warnings:
                LOG.warning(warning)
            integer_keys = key_is_integer(cursor, self.demand)
            cursor.execute("SELECT postgis_lib_version(), current_setting('server_version')")
            postgis_version, server_version = cursor.fetchone()
            demand = Source(self.demand, self.demand_field, is_point_column(cursor, self.demand))
            supply = Source(self.supply, self.supply_field, is_point_column(cursor, self.supply))
            self.stage("split")
            self.geometry, bands, counts = self._plan(cursor, demand, connections)
            values = self.geometry.literals()
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
        self.stage("copy")
        band_connections = connect_many(self.demand.database, len(bands))
        self.opened.extend(band_connections)
        if len(band_connections) < len(bands):  # the server refused some connections: fewer, wider bands
            bands = plan_bands(counts, len(band_connections))
        for each in band_connections:
            each.autocommit = True
        workers = [BandWorker(each, band, values, self.geometry.method, self.jit)
                   for each, band in zip(band_connections, bands)]
        run_all(workers, lambda worker: worker.copy(snapshot, demand, supply))
        self.stage("ratio")
        supply_rows = [row for rows in run_all(workers, BandWorker.stage_one) for row in rows]
        pairs = int(sum(row[6] for row in supply_rows))
        self.stage("access")
        reach = self.geometry.reach
        parts = run_all(workers, lambda worker: worker.stage_two(
            _facilities_near(supply_rows, worker.band, reach), integer_keys))
        demand_keys = np.concatenate([part[0] for part in parts]) if integer_keys else _key_array(
            [key for part in parts for key in part[0].tolist()])
        access = np.concatenate([part[2] for part in parts])
        demand_rows = (demand_keys, np.concatenate([part[1] for part in parts]), access,
                       np.concatenate([part[3] for part in parts])) if results is not None else None
        del parts  # a million rows: keep one copy
        texts = [text for worker in workers for text in worker.statements]
        provenance = {
            "engine": "database", "method": self.geometry.method, "distance": self.geometry.distance,
            "sigma": self.geometry.sigma if self.geometry.method == "e2sfca_gaussian" else None,
            "database": self.demand.database.provenance(), "postgis": postgis_version,
            "postgresql": server_version,
            "demand": {"table": self.demand.label(), "key": self.demand.key_column, "field": self.demand_field,
                       "geometry_column": self.demand.geometry_column, "srid": self.demand.srid},
            "supply": {"table": self.supply.label(), "key": self.supply.key_column, "field": self.supply_field,
                       "geometry_column": self.supply.geometry_column, "srid": self.supply.srid},
            "srid": self.geometry.target_srid, "pairs": pairs, "connections": len(workers),
            "strips_per_distance": self.geometry.strips_per_distance, "jit": self.jit,
            "tiles": {"facility_probes": self.geometry.probe_tile, "demand_rows": self.geometry.demand_tile},
            "band_seconds": [worker.seconds for worker in workers],
            "sql_sha256": hashlib.sha256("\n".join(texts).encode()).hexdigest(),
            "warnings": list(warnings),
        }
        supply_keys = _key_array([row[0] for row in supply_rows])
        ratio = np.array([np.nan if row[5] is None else row[5] for row in supply_rows], dtype=float)
        results_table, entry = None, None
        if results is not None:
            self.stage("write")
            load_results(self.connection, self.demand, self.supply, demand_rows,
                         [(row[0], row[4], row[5], row[6]) for row in supply_rows])
            results_table, entry, warning = results.write(self.connection, self.demand, self.supply, provenance)
            if warning:
                warnings.append(warning)
            if results_table:
                provenance["results_table"] = results_table
        return SqlCatchmentResult(demand_keys, access, supply_keys, ratio, pairs, provenance, warnings,
                                  results_table, entry)
