"""A challenge's demand summed per area unit inside PostGIS: only one number per unit comes back.

Address-level demand (a million points) is the part of a challenge that outgrows the desktop: reading it
through QGIS costs seconds per 100,000 features and hundreds of MB. When the area units and a demand layer
are tables of one database, :func:`database_demand_sums` sums the demand per unit there, with the rules of
:func:`..indicators.aggregate`: a point (or multipoint) goes to the first unit (in the desktop's unit order)
that contains or touches it; lines and polygons are split by length or area share; NULL and NaN count as 0;
invalid geometries are repaired (``ST_MakeValid``) and everything is reprojected to the units' metric CRS
first, as the desktop reader does.
"""

import logging
import time
from dataclasses import dataclass
from typing import Any, Callable, List, Optional, Sequence

import numpy as np
from qgis.core import QgsVectorLayer

from ..base.errors import Canceled
from ..base.i18n import translator
from .band_sql import psycopg_sql, repaired_sql, table_ref
from .band_workers import copy_rows
from .connection import CancelWatch, PgTable, PushdownError, connect, database_run
from .engine_choice import EngineChoiceError, choose_engine
from .sql_catchment import preflight

tr = translator("SlimStadPushdown")
LOG = logging.getLogger(__name__)


@dataclass
class DemandSums:
    """Per unit (in the order given) the summed demand, and what to tell the user."""

    sums: np.ndarray
    features: int
    repaired: int
    skipped: int
    seconds: float
    database: str


def sum_statements(units: PgTable, demand: PgTable, value_field: str, target_srid: int) -> List[Any]:
    sql = psycopg_sql()
    ident = sql.Identifier
    value = sql.SQL("d.{}::double precision").format(ident(value_field))
    return [
        sql.SQL("CREATE TEMP TABLE slimstad_pd_units ON COMMIT DROP AS SELECT o.ord, {geom} AS g "
                "FROM {units} AS u JOIN slimstad_pd_unit_order AS o ON o.k = u.{key} "
                "WHERE u.{column} IS NOT NULL AND NOT ST_IsEmpty(u.{column})").format(
            geom=repaired_sql("u", units, target_srid), units=table_ref(units), key=ident(units.key_column),
            column=ident(units.geometry_column)),
        sql.SQL("CREATE INDEX ON slimstad_pd_units USING gist (g)"),
        sql.SQL("ANALYZE slimstad_pd_units"),
        sql.SQL("CREATE TEMP TABLE slimstad_pd_items ON COMMIT DROP AS SELECT row_number() OVER () AS i, g, "
                "ST_Dimension(g) AS dim, v, fixed FROM (SELECT {geom} AS g, "
                "CASE WHEN {v} IS NULL OR {v} = 'NaN' THEN 0 ELSE {v} END AS v, "
                "ST_Dimension(d.{column}) > 0 AND NOT ST_IsValid(d.{column}) AS fixed FROM {demand} AS d "
                "WHERE d.{column} IS NOT NULL AND NOT ST_IsEmpty(d.{column}) OFFSET 0) AS q "
                "WHERE NOT ST_IsEmpty(g)").format(
            v=value, geom=repaired_sql("d", demand, target_srid), demand=table_ref(demand),
            column=ident(demand.geometry_column)),
        sql.SQL("CREATE INDEX ON slimstad_pd_items USING gist (g)"),
        sql.SQL("ANALYZE slimstad_pd_items"),
        # Units drive the joins (LATERAL ... OFFSET 0 keeps that order): consecutive tests against one unit
        # reuse PostGIS's prepared polygon, 5x faster than a polygon per point. A point on a shared border
        # keeps the first unit in the desktop's order; lines and polygons give each unit their length or
        # area share.
        sql.SQL(
            "CREATE TEMP TABLE slimstad_pd_sums ON COMMIT DROP AS SELECT ord, sum(part) AS total FROM ("
            "SELECT min(p.ord) AS ord, min(p.v) AS part FROM slimstad_pd_units AS u CROSS JOIN LATERAL ("
            "SELECT u.ord, d.i, d.v FROM slimstad_pd_items AS d WHERE d.dim = 0 AND ST_Intersects(u.g, d.g) "
            "OFFSET 0) AS p GROUP BY p.i "
            "UNION ALL SELECT p.ord, p.v * CASE WHEN p.whole > 0 THEN p.size / p.whole ELSE 0 END "
            "FROM slimstad_pd_units AS u CROSS JOIN LATERAL ("
            "SELECT u.ord, d.v, CASE WHEN d.dim = 1 THEN ST_Length(ST_Intersection(d.g, u.g)) "
            "ELSE ST_Area(ST_Intersection(d.g, u.g)) END AS size, "
            "CASE WHEN d.dim = 1 THEN ST_Length(d.g) ELSE ST_Area(d.g) END AS whole "
            "FROM slimstad_pd_items AS d WHERE d.dim > 0 AND ST_Intersects(u.g, d.g) OFFSET 0) AS p"
            ") AS q GROUP BY ord"),
    ]


def database_demand_sums(engine: Any, unit_layer: QgsVectorLayer, unit_features: Sequence[Any],
                         demand_layer: QgsVectorLayer, value_field: str, expression: str, target_srid: int,
                         is_canceled: Optional[Callable[[], bool]] = None) -> Optional[DemandSums]:
    """Sum ``value_field`` of ``demand_layer`` per area unit in the database, or ``None`` for the desktop.

    ``unit_features`` are the units the desktop read (QgsFeature), in its order. ``None`` means
    the desktop reads the demand (``engine`` auto or desktop and the inputs cannot be pushed down; the
    reason is logged). Raises :class:`PushdownError` when ``database`` was forced but is impossible or the
    database run fails (translated message).
    """
    desktop_only = [tr("a value expression")] if expression else []
    try:
        choice = choose_engine(engine, {"area units": unit_layer, "demand": demand_layer}, desktop_only)
    except EngineChoiceError as error:
        raise PushdownError(str(error)) from None
    LOG.info("demand %s: engine %s (%s)", demand_layer.name(), choice.engine, choice.reason)
    if choice.engine != "database":
        return None
    units, demand = choice.tables["area units"], choice.tables["demand"]
    key_index = unit_layer.fields().lookupField(units.key_column)
    if key_index < 0:
        raise PushdownError(tr("The area-unit layer has no field {field}.").format(field=units.key_column))
    unit_keys = [feature.attribute(key_index) for feature in unit_features]
    if is_canceled is not None and is_canceled():
        raise Canceled(tr("The calculation was canceled; the query on the server was stopped."))
    started = time.perf_counter()
    connection = connect(demand.database)
    watch = CancelWatch([connection], is_canceled)
    with database_run(demand.database, [connection], watch), connection.cursor() as cursor:
        preflight(cursor, demand, value_field, tr("demand"))
        sql = psycopg_sql()
        cursor.execute(sql.SQL(
            "CREATE TEMP TABLE slimstad_pd_unit_order ON COMMIT DROP AS SELECT u.{key} AS k, 0 AS ord "
            "FROM {units} AS u LIMIT 0").format(key=sql.Identifier(units.key_column), units=table_ref(units)))
        cursor.copy_expert("COPY slimstad_pd_unit_order FROM STDIN", copy_rows(
            (key, index) for index, key in enumerate(unit_keys)))
        for statement in sum_statements(units, demand, value_field, target_srid):
            cursor.execute(statement.as_string(connection))
        cursor.execute(sql.SQL(
            "SELECT (SELECT count(*) FROM slimstad_pd_items), (SELECT count(*) FROM slimstad_pd_items "
            "WHERE fixed), (SELECT count(*) FROM {demand}) - (SELECT count(*) FROM slimstad_pd_items)").format(
            demand=table_ref(demand)))
        features, repaired, skipped = cursor.fetchone()
        cursor.execute("SELECT ord, total FROM slimstad_pd_sums")
        sums = np.zeros(len(unit_keys), dtype=float)
        for ord_, total in cursor.fetchall():
            sums[ord_] = total
        connection.rollback()  # nothing to keep: the temp tables go with the transaction
    if watch.fired:  # canceled while the last statement finished anyway
        raise Canceled(tr("The calculation was canceled; the query on the server was stopped."))
    return DemandSums(sums, int(features), int(repaired), int(skipped), round(time.perf_counter() - started, 3),
                      demand.database.describe())
