"""Freshness: measured last change against the promised rhythm (GeoPackage, file, PostGIS column)."""

import os
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from slimstad_plugin.core.catalogue.freshness import FRESH, STALE, UNKNOWN, assess, check_freshness, rhythm_label
from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.core.catalogue.sources import parse_duration

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def entry(source: dict, rhythm: str = "P1M", **extra: object) -> CatalogueEntry:
    return CatalogueEntry("e", {"nl": "e"}, source=source, update_rhythm=rhythm, **extra)


def test_durations_and_labels(qgis_app) -> None:
    assert parse_duration("P1M").days == 30 and parse_duration("P1Y").days == 365
    assert parse_duration("PT6H") == timedelta(hours=6) and parse_duration("1 maand") is None
    assert rhythm_label("P1M") == "monthly" and rhythm_label("P2W") == "every 2 weeks"


def test_assess_gives_a_human_sentence(qgis_app) -> None:
    result = assess(entry({"type": "file", "path": "x"}), NOW - timedelta(days=14 * 30.44), "mtime", NOW)
    assert result.status == STALE
    assert result.text == "last updated 14 months ago, promised: monthly"
    assert assess(entry({"type": "file", "path": "x"}), NOW - timedelta(days=20), "", NOW).status == FRESH
    assert assess(entry({"type": "file", "path": "x"}, rhythm=""), NOW, "", NOW).status == UNKNOWN
    assert assess(entry({"type": "file", "path": "x"}), None, "", NOW).status == UNKNOWN


def test_geopackage_last_change(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    gpkg = tmp_path / "stad.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    with sqlite3.connect(str(gpkg)) as conn:
        conn.execute("UPDATE gpkg_contents SET last_change = '2025-01-15T10:00:00.000Z' WHERE table_name = 'wijken'")
    result = check_freshness(entry({"type": "gpkg", "path": str(gpkg), "layer": "wijken"}), now=NOW)
    assert result.method == "gpkg_contents" and result.last_change == datetime(2025, 1, 15, 10, tzinfo=timezone.utc)
    assert result.status == STALE and "16 months" in result.text
    yearly = check_freshness(entry({"type": "gpkg", "path": str(gpkg), "layer": "wijken"}, rhythm="P1Y"), now=NOW)
    assert yearly.status == FRESH


def test_file_modification_time(qgis_app, tmp_path: Path) -> None:
    path = tmp_path / "punten.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}')
    stamp = (NOW - timedelta(days=3)).timestamp()
    os.utime(path, (stamp, stamp))
    result = check_freshness(entry({"type": "file", "path": str(path)}, rhythm="P1W"), now=NOW)
    assert result.method == "mtime" and result.status == FRESH and "3 days" in result.text


def test_unmeasurable_source_is_unknown_not_an_error(qgis_app, tmp_path: Path) -> None:
    result = check_freshness(entry({"type": "gpkg", "path": str(tmp_path / "weg.gpkg"), "layer": "a"}), now=NOW)
    assert result.status == UNKNOWN and result.last_change is None
    declared = entry({"type": "wms", "url": "http://127.0.0.1:9/wms", "layer": "a"},
                     freshness={"last_update": "2026-05-20"})
    assert check_freshness(declared, now=NOW).status == FRESH


@pytest.mark.postgis
def test_postgis_timestamp_column(qgis_app, postgis) -> None:
    postgis.psql("CREATE SCHEMA IF NOT EXISTS fresh; DROP TABLE IF EXISTS fresh.meldingen; "
                 "CREATE TABLE fresh.meldingen (id serial PRIMARY KEY, updated_at timestamptz, "
                 "geom geometry(Point, 31370)); INSERT INTO fresh.meldingen (updated_at, geom) VALUES "
                 "('2024-01-01T00:00:00Z', ST_SetSRID(ST_MakePoint(157000, 184000), 31370)), "
                 "('2026-05-25T12:00:00Z', ST_SetSRID(ST_MakePoint(157100, 184100), 31370))")
    source = {"type": "postgis", "host": postgis.host, "port": postgis.port, "dbname": postgis.dbname,
              "schema": "fresh", "table": "meldingen", "key": "id", "service": ""}
    source.pop("service")
    from fixtures_postgis import create_basic_authcfg

    source["authcfg"] = create_basic_authcfg("fresh", postgis.superuser, postgis.superpassword)
    result = check_freshness(entry(source, freshness={"timestamp_column": "updated_at"}), now=NOW)
    assert result.method == "column:updated_at"
    assert result.last_change == datetime(2026, 5, 25, 12, tzinfo=timezone.utc)
    assert result.status == FRESH
