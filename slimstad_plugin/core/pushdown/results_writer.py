"""Store a push-down result as a shared table (one per run) with its provenance, and a catalogue entry.

Runs inside the computation's transaction, behind a savepoint: without write permission the savepoint is
rolled back, a clear warning is returned and the results still stream back to the desktop. A connection
lost before the commit leaves no table behind.
"""

import json
import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict, Optional, Sequence, Tuple

import numpy as np

from ..base.i18n import translator
from .band_workers import copy_rows
from .connection import PgTable, first_line

tr = translator("SlimStadPushdown")

DEFAULT_SCHEMA = "slimstad_results"
RUNS_TABLE = "slimstad_runs"


def load_results(connection: Any, demand: PgTable, supply: PgTable,
                 demand_rows: Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
                 supply_rows: Sequence[Tuple[Any, Any, Any, Any]]) -> None:
    """Copy the streamed results into the main connection's temp tables (key columns typed as the sources).

    ``demand_rows`` are the arrays ``keys, values, access, pairs``; ``supply_rows`` are ``(key, value, ratio,
    pairs)``. The tables live until the transaction ends.
    """
    from psycopg2 import sql  # lazy: psycopg2 is optional (desktop engine)

    ident = sql.Identifier
    keys, values, access, pairs = demand_rows
    with connection.cursor() as cursor:
        for name, table, value in (("slimstad_pd_access", demand, "access"), ("slimstad_pd_ratio", supply, "ratio")):
            cursor.execute(sql.SQL(
                "CREATE TEMP TABLE {name} ON COMMIT DROP AS SELECT t.{key} AS k, 0::double precision AS v, "
                "0::double precision AS {value}, 0::bigint AS n FROM {table} AS t LIMIT 0").format(
                name=ident(name), key=ident(table.key_column), value=ident(value),
                table=ident(table.schema, table.table)))
        cursor.copy_expert("COPY slimstad_pd_access FROM STDIN", copy_rows(
            zip(keys.tolist(), values.tolist(), access.tolist(), pairs.tolist())))
        cursor.copy_expert("COPY slimstad_pd_ratio FROM STDIN", copy_rows(supply_rows))


@dataclass
class ResultsTarget:
    """Where to write: schema (created if missing and allowed), table name prefix, catalogue metadata."""

    schema: str = DEFAULT_SCHEMA
    prefix: str = "floating_catchment"
    owner: str = ""
    sector: str = "andere"
    connection_name: str = ""  # a QGIS-stored connection name, recorded in the catalogue entry if given

    def table_name(self, run_id: str, now: datetime) -> str:
        """``<prefix>_<UTC timestamp>_<run id>``, lower case, safe characters only."""
        prefix = re.sub(r"[^a-z0-9_]+", "_", self.prefix.lower()).strip("_") or "result"
        return "{}_{}_{}".format(prefix[:30], now.strftime("%Y%m%d_%H%M%S"), run_id)

    def write(self, connection: Any, demand: PgTable, supply: PgTable,
              provenance: Dict[str, Any]) -> Tuple[Optional[str], Optional[Dict[str, Any]], str]:
        """Create the results tables from the temp tables of :func:`load_results`; returns (``schema.table``,
        entry, warning)."""
        import psycopg2  # lazy: psycopg2 is optional (desktop engine)
        from psycopg2 import sql  # lazy: psycopg2 is optional (desktop engine)

        now = datetime.now(timezone.utc)
        run_id = uuid.uuid4().hex[:8]
        table = self.table_name(run_id, now)
        ident = sql.Identifier
        provenance = dict(provenance, run_id=run_id, created=now.isoformat(timespec="seconds"),
                          results_table="{}.{}".format(self.schema, table))
        with connection.cursor() as cursor:
            cursor.execute("SAVEPOINT slimstad_results")
            try:
                cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (self.schema,))
                if cursor.fetchone() is None:
                    cursor.execute(sql.SQL("CREATE SCHEMA {}").format(ident(self.schema)))
                target = ident(self.schema, table)
                cursor.execute(sql.SQL(
                    "CREATE TABLE {target} AS SELECT a.k AS {key}, a.v AS demand, a.access, a.n AS pairs, "
                    "d.{geom} AS geom FROM slimstad_pd_access AS a JOIN {source} AS d ON d.{key} = a.k").format(
                    target=target, key=ident(demand.key_column), geom=ident(demand.geometry_column),
                    source=ident(demand.schema, demand.table)))
                cursor.execute(sql.SQL("ALTER TABLE {} ADD PRIMARY KEY ({})").format(
                    target, ident(demand.key_column)))
                cursor.execute(sql.SQL("CREATE INDEX ON {} USING gist (geom)").format(target))
                supply_target = ident(self.schema, table + "_supply")
                cursor.execute(sql.SQL(
                    "CREATE TABLE {target} AS SELECT r.k AS {key}, r.v AS supply, r.ratio, r.n AS pairs, "
                    "s.{geom} AS geom FROM slimstad_pd_ratio AS r JOIN {source} AS s ON s.{key} = r.k").format(
                    target=supply_target, key=ident(supply.key_column), geom=ident(supply.geometry_column),
                    source=ident(supply.schema, supply.table)))
                text = json.dumps(provenance, sort_keys=True)
                cursor.execute(sql.SQL("COMMENT ON TABLE {} IS {}").format(target, sql.Literal(text)))
                cursor.execute(sql.SQL(
                    "CREATE TABLE IF NOT EXISTS {} (run_id text PRIMARY KEY, table_name text NOT NULL, "
                    "created timestamptz NOT NULL, provenance jsonb NOT NULL)").format(
                    ident(self.schema, RUNS_TABLE)))
                cursor.execute(sql.SQL("INSERT INTO {} VALUES ({}, {}, {}, {})").format(
                    ident(self.schema, RUNS_TABLE), sql.Literal(run_id), sql.Literal(table), sql.Literal(now),
                    sql.Literal(text)))
                cursor.execute("RELEASE SAVEPOINT slimstad_results")
            except psycopg2.Error as error:
                if isinstance(error, psycopg2.OperationalError):
                    raise  # lost connection or cancel: the whole run fails, nothing is committed
                cursor.execute("ROLLBACK TO SAVEPOINT slimstad_results")
                return None, None, tr(
                    "The results could not be stored in schema {schema} ({reason}); they are returned to "
                    "QGIS only. Without CREATE rights on that schema, ask the database owner for them.").format(
                    schema=self.schema, reason=first_line(error))
        name = "{}.{}".format(self.schema, table)
        return name, catalogue_entry(self, demand, table, provenance), ""


def catalogue_entry(target: ResultsTarget, demand: PgTable, table: str,
                    provenance: Dict[str, Any]) -> Dict[str, Any]:
    """A catalogue entry (see resources/schemas/catalogue.schema.json) for the results table; no credentials."""
    ref = demand.database
    source: Dict[str, Any] = {"type": "postgis", "schema": target.schema, "table": table,
                              "geometry_column": "geom", "key": demand.key_column}
    if target.connection_name:
        source["connection"] = target.connection_name
    if ref.service:
        source["service"] = ref.service
    else:
        source.update({"host": ref.host, "port": ref.port, "dbname": ref.dbname})
    if ref.dbname and ref.service:
        source["dbname"] = ref.dbname
    if ref.authcfg:
        source["authcfg"] = ref.authcfg
    method = provenance.get("method", "")
    distance = provenance.get("distance", 0)
    return {
        "id": "results.{}".format(table),
        "title": {
            "nl": "Bereikbaarheid ({} binnen {:g} m) – {}".format(method, distance, demand.table),
            "en": "Accessibility ({} within {:g} m) – {}".format(method, distance, demand.table),
            "fr": "Accessibilité ({} dans {:g} m) – {}".format(method, distance, demand.table),
        },
        "description": {
            "nl": "Berekend in de databank door SlimStad (run {}).".format(provenance.get("run_id", "")),
            "en": "Computed in the database by SlimStad (run {}).".format(provenance.get("run_id", "")),
            "fr": "Calculé dans la base de données par SlimStad (run {}).".format(provenance.get("run_id", "")),
        },
        "sector": target.sector,
        "owner": target.owner,
        "licence": {"type": "internal"},
        "source": source,
        "fields": {"area_id": demand.key_column},
        "keywords": ["slimstad", "floating catchment", method],
    }
