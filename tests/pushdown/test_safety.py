"""Push-down safety: quoted identifiers, cancel on the server, lost connections, permissions, results tables."""

import json
import threading

import jsonschema
import numpy as np
import psycopg2
import pytest
from fixtures_postgis import EVIL_FIELD, EVIL_GEOM, EVIL_KEY, EVIL_SCHEMA, EVIL_TABLE, create_basic_authcfg, pg_layer, q
from paths import REPO
from qgis.core import QgsDataSourceUri, QgsVectorLayer

from slimstad_plugin.core.base.errors import Canceled
from slimstad_plugin.core.pushdown.connection import (
    PgTable,
    PushdownConnectionLostError,
    database_from_uri,
    table_from_layer,
)
from slimstad_plugin.core.pushdown.results_writer import ResultsTarget
from slimstad_plugin.core.pushdown.sql_catchment import sql_floating_catchment

pytestmark = pytest.mark.postgis
def sample_tables(cluster):
    demand, _ = table_from_layer(pg_layer(cluster, "voorbeeldstad", "statistische_sectoren"))
    supply, _ = table_from_layer(pg_layer(cluster, "voorbeeldstad", "kinderopvang"))
    return demand, supply


def test_hostile_identifiers_are_quoted_and_results_equal(postgis_sample) -> None:
    postgis_sample.psql(
        "CREATE SCHEMA IF NOT EXISTS {s}; DROP TABLE IF EXISTS {s}.{t};"
        "CREATE TABLE {s}.{t} AS SELECT fid AS {k}, inw_0_2 AS {f}, geom AS {g} "
        "FROM voorbeeldstad.statistische_sectoren;"
        "ALTER TABLE {s}.{t} ADD PRIMARY KEY ({k})".format(
            s=q(EVIL_SCHEMA), t=q(EVIL_TABLE), k=q(EVIL_KEY), f=q(EVIL_FIELD), g=q(EVIL_GEOM)))
    demand, supply = sample_tables(postgis_sample)
    evil = PgTable(demand.database, EVIL_SCHEMA, EVIL_TABLE, EVIL_GEOM, EVIL_KEY, 31370)
    before = postgis_sample.psql("SELECT count(*) FROM voorbeeldstad.kinderopvang")
    plain = sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", 1000.0, "e2sfca_step")
    hostile = sql_floating_catchment(evil, EVIL_FIELD, supply, "plaatsen", 1000.0, "e2sfca_step")
    a, b = plain.access_by_key(), hostile.access_by_key()
    assert set(a) == set(b)
    np.testing.assert_allclose([b[k] for k in sorted(a)], [a[k] for k in sorted(a)], rtol=1e-12)  # sum order
    assert postgis_sample.psql("SELECT count(*) FROM voorbeeldstad.kinderopvang") == before
    assert hostile.pairs == plain.pairs > 0


def test_results_table_provenance_and_catalogue_entry(postgis_sample) -> None:
    demand, supply = sample_tables(postgis_sample)
    result = sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", 1000.0, "2sfca",
                                    results=ResultsTarget(schema="pd results", owner="Stad Voorbeeldstad"))
    schema, table = result.results_table.split(".", 1)
    assert schema == "pd results"
    rows = postgis_sample.psql("SELECT fid, access FROM {}.{} ORDER BY fid".format(q(schema), q(table)))
    stored = {int(line.split("|")[0]): float(line.split("|")[1]) for line in rows.splitlines()}
    expected = result.access_by_key()
    np.testing.assert_allclose([stored[k] for k in sorted(expected)], [expected[k] for k in sorted(expected)],
                               rtol=1e-12)
    comment = json.loads(postgis_sample.psql("SELECT obj_description('{}.{}'::regclass)".format(
        q(schema), q(table))))
    assert comment["method"] == "2sfca" and comment["demand"]["table"] == "voorbeeldstad.statistische_sectoren"
    assert postgis_sample.superpassword not in json.dumps(comment)
    assert postgis_sample.psql("SELECT count(*) FROM {}.slimstad_runs WHERE run_id = '{}'".format(
        q(schema), comment["run_id"])) == "1"
    entry = result.catalogue_entry
    assert entry["source"]["authcfg"] == demand.database.authcfg
    schema_doc = json.loads((REPO / "resources" / "schemas" / "catalogue.schema.json").read_text())
    jsonschema.validate({"format": "slimstad-catalogue", "version": 1, "id": "results", "title": {"en": "R"},
                         "entries": [entry]}, schema_doc)
    # The stored table opens in QGIS with the same authcfg.
    uri = QgsDataSourceUri()
    uri.setConnection(postgis_sample.host, str(postgis_sample.port), postgis_sample.dbname, "", "",
                      QgsDataSourceUri.SslMode.SslDisable, demand.database.authcfg)
    uri.setDataSource(schema, table, "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "result", "postgres")
    assert layer.isValid() and layer.featureCount() == len(expected)


def test_no_write_permission_still_returns_results(postgis_sample) -> None:
    postgis_sample.psql("DO $$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pd_reader') THEN "
                        "CREATE ROLE pd_reader LOGIN PASSWORD 'reader-secret'; END IF; END$$;"
                        "GRANT USAGE ON SCHEMA voorbeeldstad TO pd_reader;"
                        "GRANT SELECT ON ALL TABLES IN SCHEMA voorbeeldstad TO pd_reader;"
                        "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    authcfg = create_basic_authcfg("pd-reader", "pd_reader", "reader-secret")
    uri = QgsDataSourceUri()
    uri.setConnection(postgis_sample.host, str(postgis_sample.port), postgis_sample.dbname, "", "",
                      QgsDataSourceUri.SslMode.SslDisable, authcfg)
    ref = database_from_uri(uri)
    demand, supply = sample_tables(postgis_sample)
    demand = PgTable(ref, demand.schema, demand.table, demand.geometry_column, demand.key_column, demand.srid)
    supply = PgTable(ref, supply.schema, supply.table, supply.geometry_column, supply.key_column, supply.srid)
    result = sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", 1000.0, "2sfca",
                                    results=ResultsTarget(schema="pd_denied"))
    assert result.results_table is None and len(result.access) > 100
    assert any("could not be stored in schema pd_denied" in warning for warning in result.warnings)
    assert "reader-secret" not in " ".join(result.warnings) + json.dumps(result.provenance)
    assert postgis_sample.psql("SELECT count(*) FROM pg_namespace WHERE nspname = 'pd_denied'") == "0"


def test_lost_connection_leaves_no_results_table(postgis_sample) -> None:
    demand, supply = sample_tables(postgis_sample)

    def kill_before_commit(stage: str, connection) -> None:
        if stage == "commit":
            killer = psycopg2.connect(postgis_sample.conninfo())
            with killer, killer.cursor() as cursor:
                cursor.execute("SELECT pg_terminate_backend(%s)", (connection.get_backend_pid(),))
            killer.close()

    with pytest.raises(PushdownConnectionLostError, match="was lost during the calculation"):
        sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", 1000.0, "2sfca",
                               results=ResultsTarget(schema="pd_lost"), on_stage=kill_before_commit)
    assert postgis_sample.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'pd_lost'") == "0"


def test_cancel_stops_the_query_on_the_server(postgis) -> None:
    """A catchment with ~10^8 pairs is canceled as soon as it runs; the server log shows the cancel."""
    postgis.psql(
        "CREATE SCHEMA IF NOT EXISTS pd_big; DROP TABLE IF EXISTS pd_big.d, pd_big.s; SELECT setseed(0.42);"
        "CREATE TABLE pd_big.d AS SELECT i AS id, 10.0 AS pop, ST_SetSRID(ST_MakePoint(random() * 10000, "
        "random() * 10000), 31370)::geometry(Point, 31370) AS geom FROM generate_series(1, 200000) AS i;"
        "CREATE TABLE pd_big.s AS SELECT i AS id, 5.0 AS cap, ST_SetSRID(ST_MakePoint(random() * 10000, "
        "random() * 10000), 31370)::geometry(Point, 31370) AS geom FROM generate_series(1, 2000) AS i;"
        "ALTER TABLE pd_big.d ADD PRIMARY KEY (id); ALTER TABLE pd_big.s ADD PRIMARY KEY (id);"
        "CREATE INDEX ON pd_big.d USING gist (geom); CREATE INDEX ON pd_big.s USING gist (geom)")
    demand, _ = table_from_layer(pg_layer(postgis, "pd_big", "d", key="id"))
    supply, _ = table_from_layer(pg_layer(postgis, "pd_big", "s", key="id"))
    running = threading.Event()
    done = threading.Event()

    def watch() -> None:
        while not done.is_set() and not running.is_set():
            if postgis.psql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'SlimStad push-down' "
                            "AND state = 'active' AND query LIKE '%slimstad_pd_ratio%'") != "0":
                running.set()
            done.wait(0.05)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with pytest.raises(Canceled):
            sql_floating_catchment(demand, "pop", supply, "cap", 3000.0, "2sfca", is_canceled=running.is_set)
    finally:
        done.set()
        watcher.join()
    assert running.is_set()
    assert "canceling statement due to user request" in postgis.log_file.read_text()
    assert postgis.psql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'SlimStad push-down'") \
        == "0"


def test_results_that_cannot_be_written_still_come_back(postgis_sample) -> None:
    """A demand key called "access" collides with the result column: warning, results returned, no table."""
    postgis_sample.psql("DROP TABLE IF EXISTS voorbeeldstad.sect_access; CREATE TABLE voorbeeldstad.sect_access AS "
                        "SELECT fid AS access, inw_0_2, geom FROM voorbeeldstad.statistische_sectoren; "
                        "ALTER TABLE voorbeeldstad.sect_access ADD PRIMARY KEY (access)")
    demand, _ = table_from_layer(pg_layer(postgis_sample, "voorbeeldstad", "sect_access", key="access"))
    _, supply = sample_tables(postgis_sample)
    result = sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", 1000.0, "2sfca",
                                    results=ResultsTarget(schema="pd_collide"))
    assert result.results_table is None and result.catalogue_entry is None
    assert any("could not be stored in schema pd_collide" in warning for warning in result.warnings)
    assert len(result.access) > 100 and np.nanmax(result.access) > 0
    assert postgis_sample.psql("SELECT count(*) FROM pg_tables WHERE schemaname = 'pd_collide'") == "0"
