"""A challenge's demand layer summed per area unit inside PostGIS equals the desktop's sums."""

import dataclasses

import numpy as np
import psycopg2
import pytest
from fixtures_postgis import pg_layer
from qgis.core import QgsProject

from slimstad_plugin.core.challenge.inputs import read_inputs
from slimstad_plugin.core.challenge.model import ChallengeError
from slimstad_plugin.core.challenge.templates import load_template

pytestmark = pytest.mark.postgis
NOTE = "summed per area unit in database"


@pytest.fixture(scope="module")
def demand_pg(postgis_sample):
    """Random address points (some NULL), points on shared sector corners, straddling and invalid polygons,
    and the same points stored in EPSG:4326."""
    postgis_sample.psql(
        "DROP SCHEMA IF EXISTS pd_demand CASCADE; CREATE SCHEMA pd_demand;"
        "CREATE TABLE pd_demand.adressen AS SELECT i AS id, CASE WHEN i % 97 = 0 THEN NULL "
        "ELSE (1 + i % 4)::float8 END AS kinderen, geom FROM (SELECT row_number() OVER () AS i, "
        "p.geom::geometry(Point, 31370) AS geom FROM (SELECT (ST_Dump(ST_GeneratePoints(ST_Buffer(ST_Union(geom), "
        "300), 6000, 11))).geom FROM voorbeeldstad.statistische_sectoren) AS p) AS q;"
        "INSERT INTO pd_demand.adressen SELECT 100000 + row_number() OVER (), 1000, c.geom FROM ("
        "SELECT DISTINCT p.geom FROM voorbeeldstad.statistische_sectoren a, LATERAL ST_DumpPoints(a.geom) p, "
        "voorbeeldstad.statistische_sectoren b WHERE a.fid < b.fid AND ST_Intersects(p.geom, b.geom) "
        "LIMIT 5) AS c;"
        "ALTER TABLE pd_demand.adressen ADD PRIMARY KEY (id); CREATE INDEX ON pd_demand.adressen USING gist (geom);"
        "CREATE TABLE pd_demand.wijkvlakken AS SELECT id, kinderen, ST_Buffer(geom, 180)::geometry(Polygon, 31370) "
        "AS geom FROM pd_demand.adressen WHERE id % 50 = 0;"
        "INSERT INTO pd_demand.wijkvlakken SELECT 999999, 40, ST_SetSRID(ST_Translate("
        "'POLYGON((0 0, 600 600, 600 0, 0 600, 0 0))'::geometry, ST_X(c), ST_Y(c)), 31370) FROM "
        "(SELECT ST_Centroid(ST_Union(geom)) AS c FROM voorbeeldstad.statistische_sectoren) AS q;"
        "ALTER TABLE pd_demand.wijkvlakken ADD PRIMARY KEY (id);"
        "CREATE TABLE pd_demand.adressen_wgs84 AS SELECT id, kinderen, ST_Transform(geom, 4326)::geometry(Point, 4326) "
        "AS geom FROM pd_demand.adressen WHERE id < 100000; ALTER TABLE pd_demand.adressen_wgs84 ADD PRIMARY KEY (id);"
        "ANALYZE")
    return postgis_sample


def _project(cluster, demand_table: str) -> QgsProject:
    project = QgsProject()
    project.addMapLayer(pg_layer(cluster, "voorbeeldstad", "statistische_sectoren"))
    project.addMapLayer(pg_layer(cluster, "voorbeeldstad", "kinderopvang"))
    project.addMapLayer(pg_layer(cluster, "pd_demand", demand_table, key="id"))
    return project


def _challenge(demand_table: str, expression: str = ""):
    challenge = load_template("kinderopvang")
    role = challenge.demand[0]
    layer = dataclasses.replace(role.layer, catalog_id="", layer_name=demand_table, roles={})
    challenge.demand[0] = dataclasses.replace(role, layer=layer, field="kinderen", expression=expression)
    return challenge


@pytest.mark.parametrize("table, rtol", [("adressen", 1e-12), ("wijkvlakken", 1e-9), ("adressen_wgs84", 1e-9)])
def test_database_sums_equal_the_desktop(demand_pg, table: str, rtol: float) -> None:
    project = _project(demand_pg, table)
    challenge = _challenge(table)
    desktop = read_inputs(challenge, project, engine="desktop")
    database = read_inputs(challenge, project, engine="auto")
    assert database.units.ids == desktop.units.ids
    expected, actual = desktop.demands["kinderen_0_2"], database.demands["kinderen_0_2"]
    assert expected.sum() > 0
    np.testing.assert_allclose(actual, expected, rtol=rtol, atol=1e-9)
    assert any(NOTE in message for message in database.report.messages)
    assert not any(NOTE in message for message in desktop.report.messages)
    if table == "wijkvlakken":  # the bowtie is repaired on both sides and said so
        assert database.report.repaired == desktop.report.repaired and sum(database.report.repaired.values()) == 1
    if table == "adressen_wgs84":
        assert any("reprojected" in message for message in database.report.messages)


def test_points_on_shared_corners_count_once(demand_pg) -> None:
    project = _project(demand_pg, "adressen")
    database = read_inputs(_challenge("adressen"), project, engine="database")
    inside = float(demand_pg.psql(
        "SELECT sum(coalesce(d.kinderen, 0)) FROM pd_demand.adressen d WHERE EXISTS (SELECT 1 FROM "
        "voorbeeldstad.statistische_sectoren s WHERE ST_Intersects(s.geom, d.geom))"))
    corners = int(demand_pg.psql(
        "SELECT count(*) FROM pd_demand.adressen d WHERE id > 100000 AND (SELECT count(*) FROM "
        "voorbeeldstad.statistische_sectoren s WHERE ST_Intersects(s.geom, d.geom)) > 1"))
    assert corners >= 2  # the fixture really has points on shared borders
    assert database.demands["kinderen_0_2"].sum() == pytest.approx(inside, rel=1e-12)


def test_expression_stays_on_the_desktop_unless_forced(demand_pg) -> None:
    project = _project(demand_pg, "adressen")
    challenge = _challenge("adressen", expression='coalesce("kinderen", 0) * 2')
    auto = read_inputs(challenge, project, engine="auto")
    assert not any(NOTE in message for message in auto.report.messages)
    with pytest.raises(ChallengeError, match="value expression"):
        read_inputs(challenge, project, engine="database")


def test_hostile_identifiers_are_quoted(demand_pg) -> None:
    """The summing SQL on a demand table whose schema, table, value and geometry names carry SQL."""
    from fixtures_postgis import EVIL_FIELD, EVIL_GEOM, EVIL_KEY, EVIL_SCHEMA, EVIL_TABLE, q

    from slimstad_plugin.core.pushdown.connection import PgTable, table_from_layer
    from slimstad_plugin.core.pushdown.demand_sums import sum_statements

    demand_pg.psql(
        "CREATE SCHEMA IF NOT EXISTS {s}; DROP TABLE IF EXISTS {s}.{t}; CREATE TABLE {s}.{t} AS "
        "SELECT id AS {k}, kinderen AS {f}, geom AS {g} FROM pd_demand.adressen; ALTER TABLE {s}.{t} "
        "ADD PRIMARY KEY ({k})".format(s=q(EVIL_SCHEMA), t=q(EVIL_TABLE), k=q(EVIL_KEY), f=q(EVIL_FIELD),
                                     g=q(EVIL_GEOM)))
    units, _ = table_from_layer(pg_layer(demand_pg, "voorbeeldstad", "statistische_sectoren"))
    evil = PgTable(units.database, EVIL_SCHEMA, EVIL_TABLE, EVIL_GEOM, EVIL_KEY, 31370)
    plain = PgTable(units.database, "pd_demand", "adressen", "geom", "id", 31370)
    before = demand_pg.psql("SELECT count(*) FROM voorbeeldstad.statistische_sectoren")
    totals = []
    for table, field in ((plain, "kinderen"), (evil, EVIL_FIELD)):
        connection = psycopg2.connect(demand_pg.conninfo())
        with connection, connection.cursor() as cursor:
            cursor.execute("CREATE TEMP TABLE slimstad_pd_unit_order AS SELECT fid AS k, (row_number() "
                           "OVER (ORDER BY fid) - 1)::int AS ord FROM voorbeeldstad.statistische_sectoren")
            for statement in sum_statements(units, table, field, 31370):
                cursor.execute(statement.as_string(connection))
            cursor.execute("SELECT sum(total) FROM slimstad_pd_sums")
            totals.append(cursor.fetchone()[0])
        connection.close()
    assert totals[0] == totals[1] > 0
    assert demand_pg.psql("SELECT count(*) FROM voorbeeldstad.statistische_sectoren") == before


def test_run_challenge_algorithm_engine_database_equals_desktop(demand_pg, slimstad_processing, tmp_path) -> None:
    """``slimstad:run_challenge`` on a saved project of PostGIS layers: ENGINE database = ENGINE desktop."""
    import processing
    from qgis.core import QgsVectorLayer

    from slimstad_plugin.core.challenge.model import save_file

    project = _project(demand_pg, "adressen")
    project_file = tmp_path / "postgis.qgz"
    assert project.write(str(project_file))
    challenge_file = save_file(_challenge("adressen"), tmp_path / "adressen.slimstad.json")
    values = {}
    for engine in (1, 2):
        out = tmp_path / "engine{}.gpkg".format(engine)
        result = processing.run("slimstad:run_challenge", {"CHALLENGE": str(challenge_file),
                                                           "PROJECT": str(project_file), "OUTPUT": str(out),
                                                           "ENGINE": engine})
        assert (NOTE in result["MESSAGES"]) == (engine == 2)
        layer = QgsVectorLayer("{}|layername=plaatsen_per_100".format(out), "r", "ogr")
        assert layer.isValid()
        values[engine] = {f["area_id"]: (f["value"], f["flag"], f["supply"]) for f in layer.getFeatures()}
    assert values[1].keys() == values[2].keys() and len(values[1]) > 100
    for key, (value, flag, supply) in values[1].items():
        assert values[2][key][1:] == (flag, supply)
        if value is None or value != value:  # NULL where nobody lives, on both sides
            assert values[2][key][0] is None or values[2][key][0] != values[2][key][0]
        else:
            assert values[2][key][0] == pytest.approx(value, rel=1e-9)


def test_cancel_stops_the_database_sums(demand_pg) -> None:
    from slimstad_plugin.core.base.errors import Canceled

    project = _project(demand_pg, "adressen")
    units = int(demand_pg.psql("SELECT count(*) FROM voorbeeldstad.statistische_sectoren"))
    calls = []

    def canceled_after_units() -> bool:  # asked once per unit read; then by the database run
        calls.append(1)
        return len(calls) > units
    with pytest.raises(Canceled):
        read_inputs(_challenge("adressen"), project, is_canceled=canceled_after_units, engine="database")
    assert len(calls) == units + 1  # canceled by the database run, not while reading the units
    assert demand_pg.psql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'SlimStad push-down'") \
        == "0"
