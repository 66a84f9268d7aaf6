"""``slimstad:floating_catchment`` ENGINE parameter: automatic choice, forcing, fallbacks and provenance."""

import json
from pathlib import Path
from typing import Dict

import numpy as np
import processing
import pytest
from fixtures_postgis import authcfg, gpkg_layer, pg_layer
from qgis.core import QgsDataSourceUri, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis_helpers import RecordingFeedback

from slimstad_plugin.core.pushdown.engine_choice import choose_engine

pytestmark = pytest.mark.postgis



def run(demand: QgsVectorLayer, supply: QgsVectorLayer, engine: int, feedback: QgsProcessingFeedback,
        **extra: object) -> Dict[str, object]:
    params = {"DEMAND": demand, "DEMAND_FIELD": "inw_65_79", "SUPPLY": supply, "SUPPLY_FIELD": "bedden",
              "DISTANCE": 1500.0, "METHOD": 1, "ENGINE": engine, "OUTPUT": "memory:", "OUTPUT_SUPPLY": "memory:"}
    params.update(extra)
    return processing.run("slimstad:floating_catchment", params, feedback=feedback)


def values(layer: QgsVectorLayer, field: str) -> Dict[int, float]:
    return {f["fid"]: (np.nan if f[field] is None else f[field]) for f in layer.getFeatures()}


def test_auto_runs_in_database_with_desktop_numbers(postgis_sample, sample_gpkg: Path,
                                                    slimstad_processing) -> None:
    feedback = RecordingFeedback()
    pushed = run(pg_layer(postgis_sample, "voorbeeldstad", "statistische_sectoren"),
                 pg_layer(postgis_sample, "voorbeeldstad", "woonzorgcentra"), 0, feedback)
    desktop = run(gpkg_layer(sample_gpkg, "statistische_sectoren"), gpkg_layer(sample_gpkg, "woonzorgcentra"), 0,
                  RecordingFeedback())
    assert pushed["ENGINE"] == "database" and desktop["ENGINE"] == "desktop"
    assert pushed["PAIRS"] == desktop["PAIRS"] > 0
    assert any(line.startswith("Engine: database") for line in feedback.lines)
    provenance = json.loads(pushed["PROVENANCE"])
    assert provenance["engine"] == "database" and provenance["method"] == "e2sfca_gaussian"
    assert postgis_sample.superpassword not in pushed["PROVENANCE"]
    for output, field in (("OUTPUT", "access"), ("OUTPUT_SUPPLY", "ratio")):
        a, b = values(pushed[output], field), values(desktop[output], field)
        assert set(a) == set(b)
        keys = sorted(a)
        np.testing.assert_allclose([a[k] for k in keys], [b[k] for k in keys], rtol=1e-9, equal_nan=True)


def test_forced_desktop_and_mixed_sources_fall_back(postgis_sample, sample_gpkg: Path, slimstad_processing) -> None:
    demand = pg_layer(postgis_sample, "voorbeeldstad", "statistische_sectoren")
    assert run(demand, pg_layer(postgis_sample, "voorbeeldstad", "woonzorgcentra"), 1,
               RecordingFeedback())["ENGINE"] == "desktop"
    feedback = RecordingFeedback()
    mixed = run(demand, gpkg_layer(sample_gpkg, "woonzorgcentra"), 0, feedback)
    assert mixed["ENGINE"] == "desktop"
    assert any("is not a PostGIS table" in line for line in feedback.lines)
    with pytest.raises(QgsProcessingException, match="The database engine cannot run"):
        run(demand, gpkg_layer(sample_gpkg, "woonzorgcentra"), 2, RecordingFeedback())


def test_two_databases_fall_back_and_say_why(postgis_sample) -> None:
    postgis_sample.psql("DROP DATABASE IF EXISTS pd_other", dbname="postgres")
    postgis_sample.psql("CREATE DATABASE pd_other", dbname="postgres")
    postgis_sample.psql("CREATE EXTENSION postgis; CREATE TABLE k (fid serial PRIMARY KEY, bedden int, "
                        "geom geometry(Point, 31370)); INSERT INTO k (bedden, geom) VALUES "
                        "(50, ST_SetSRID(ST_MakePoint(157000, 184000), 31370))", dbname="pd_other")
    uri = QgsDataSourceUri()
    uri.setConnection(postgis_sample.host, str(postgis_sample.port), "pd_other", "", "",
                      QgsDataSourceUri.SslMode.SslDisable, authcfg(postgis_sample))
    uri.setDataSource("public", "k", "geom", "", "fid")
    other = QgsVectorLayer(uri.uri(False), "k", "postgres")
    assert other.isValid()
    demand = pg_layer(postgis_sample, "voorbeeldstad", "statistische_sectoren")
    choice = choose_engine("auto", {"demand": demand, "supply": other})
    assert choice.engine == "desktop" and "different databases" in choice.reason
    assert "pd_other@" in choice.reason and postgis_sample.superpassword not in choice.reason
    assert choose_engine("auto", {"demand": demand, "supply": demand}).engine == "database"
    assert choose_engine("auto", {"demand": demand, "supply": demand}, ["a street network"]).engine == "desktop"


def test_bad_input_gives_clear_errors(postgis_sample) -> None:
    from slimstad_plugin.core.pushdown.connection import PushdownError, table_from_layer
    from slimstad_plugin.core.pushdown.engine_choice import EngineChoiceError, engine_name
    from slimstad_plugin.core.pushdown.sql_catchment import sql_floating_catchment

    demand, _ = table_from_layer(pg_layer(postgis_sample, "voorbeeldstad", "statistische_sectoren"))
    supply, _ = table_from_layer(pg_layer(postgis_sample, "voorbeeldstad", "kinderopvang"))
    with pytest.raises(PushdownError, match="projected CRS"):
        sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", 1000.0, target_srid=4326)
    with pytest.raises(PushdownError, match="greater than 0"):
        sql_floating_catchment(demand, "inw_0_2", supply, "plaatsen", -5.0)
    with pytest.raises(PushdownError, match="has no field no_such_field"):
        sql_floating_catchment(demand, "no_such_field", supply, "plaatsen", 1000.0)
    with pytest.raises(PushdownError, match="is not numeric"):
        sql_floating_catchment(demand, "tx_sector_descr_nl", supply, "plaatsen", 1000.0)
    with pytest.raises(EngineChoiceError, match="Unknown engine"):
        engine_name("gpu")
    assert engine_name(2) == "database" and engine_name(None) == "auto"


def test_stored_qgis_connection_resolves_without_password(postgis_sample) -> None:
    from qgis.core import QgsProviderRegistry

    from slimstad_plugin.core.pushdown.connection import PushdownError, database_from_connection_name

    uri = QgsDataSourceUri()
    uri.setConnection(postgis_sample.host, str(postgis_sample.port), postgis_sample.dbname, "", "",
                      QgsDataSourceUri.SslMode.SslDisable, authcfg(postgis_sample))
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.createConnection(uri.uri(False), {}).store("pd stored")
    ref = database_from_connection_name("pd stored")
    assert ref.dbname == postgis_sample.dbname and ref.authcfg == authcfg(postgis_sample)
    assert postgis_sample.superpassword not in repr(ref) + ref.describe() + json.dumps(ref.provenance())
    with pytest.raises(PushdownError, match="no PostgreSQL connection called nope"):
        database_from_connection_name("nope")


def test_text_primary_key_maps_back_to_features(postgis_sample, slimstad_processing) -> None:
    postgis_sample.psql("DROP TABLE IF EXISTS voorbeeldstad.sectors_text; CREATE TABLE voorbeeldstad.sectors_text AS "
                        "SELECT cd_sector, inw_65_79, geom FROM voorbeeldstad.statistische_sectoren; "
                        "ALTER TABLE voorbeeldstad.sectors_text ADD PRIMARY KEY (cd_sector); "
                        "CREATE INDEX ON voorbeeldstad.sectors_text USING gist (geom)")
    demand = pg_layer(postgis_sample, "voorbeeldstad", "sectors_text", key="cd_sector")
    supply = pg_layer(postgis_sample, "voorbeeldstad", "woonzorgcentra")
    pushed = run(demand, supply, 2, RecordingFeedback())
    desktop = run(demand, supply, 1, RecordingFeedback())
    assert pushed["ENGINE"] == "database" and desktop["ENGINE"] == "desktop"
    a = {f["cd_sector"]: f["access"] for f in pushed["OUTPUT"].getFeatures()}
    b = {f["cd_sector"]: f["access"] for f in desktop["OUTPUT"].getFeatures()}
    assert set(a) == set(b) and None not in a.values()
    np.testing.assert_allclose([a[k] for k in sorted(a)], [b[k] for k in sorted(a)], rtol=1e-9)
