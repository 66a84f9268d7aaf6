"""Running the shipped templates on Voorbeeldstad, checked against independent shapely computations."""

import logging
import sqlite3
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import numpy as np
import pytest
import shapely
from qgis.core import QgsGraduatedSymbolRenderer, QgsProject, QgsVectorLayer

from slimstad_plugin.core.base.i18n import language_scope
from slimstad_plugin.core.challenge.output import read_provenance
from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import build_sample_project

Rows = List[Tuple[object, dict]]


def read_rows(gpkg: Path, name: str) -> Rows:
    """Shapely geometry + attributes of every feature, read straight from the GeoPackage."""
    layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    return [(shapely.from_wkb(bytes(f.geometry().asWkb())), dict(zip(names, f.attributes())))
            for f in layer.getFeatures()]


@pytest.fixture(scope="module")
def city(sample_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[QgsProject, Path]]:
    folder = tmp_path_factory.mktemp("challenge_city")
    project, _layers = build_sample_project(sample_gpkg, folder / "voorbeeldstad.qgz")
    yield project, folder
    project.clear()  # layers must die before QGIS exits


@pytest.fixture(scope="module")
def sectors(sample_gpkg: Path) -> Rows:
    return read_rows(sample_gpkg, "statistische_sectoren")


def _sum_in_sectors(sectors: Rows, facilities: Rows, field: str) -> Dict[str, float]:
    totals = {}
    for geometry, attrs in sectors:
        totals[attrs["cd_sector"]] = float(sum(a[field] for p, a in facilities if geometry.covers(p)))
    return totals


def _expected_ratio(sectors: Rows, supply: Dict[str, float], demand_field: str, per: float) -> Dict[str, object]:
    return {a["cd_sector"]: (None if a[demand_field] == 0 else supply[a["cd_sector"]] / a[demand_field] * per)
            for _, a in sectors}


def _assert_values(actual: Dict[str, object], expected: Dict[str, object], rel: float = 1e-9) -> None:
    assert actual.keys() == expected.keys()
    for key, value in expected.items():
        if value is None:
            assert actual[key] is None, key
        else:
            assert actual[key] == pytest.approx(value, rel=rel, abs=1e-9), key


def test_childcare_places_per_100_children(city, sectors: Rows, sample_gpkg: Path) -> None:
    project, folder = city
    result = run_challenge(load_template("kinderopvang"), project)
    assert result.output == folder / "slimstad_resultaten" / "kinderopvang.gpkg"
    facilities = read_rows(sample_gpkg, "kinderopvang")
    places = _sum_in_sectors(sectors, facilities, "plaatsen")
    _assert_values(result.per_unit("plaatsen_per_100"), _expected_ratio(sectors, places, "inw_0_2", 100))
    empty = {a["cd_sector"] for _, a in sectors if a["inw_0_2"] == 0}
    assert len(empty) >= 3
    flags = result.flags("plaatsen_per_100")
    assert {uid for uid, flag in flags.items() if flag == "no_residents"} == empty
    assert all(result.per_unit("bereikbaarheid")[uid] is None for uid in empty)
    # 2SFCA conserves supply: access x demand adds up to the places of every facility some child reaches.
    demand = np.array([a["inw_0_2"] for _, a in sectors], dtype=float)
    inside = shapely.point_on_surface(np.array([g for g, _ in sectors]))
    reached = sum(a["plaatsen"] for p, a in facilities
                  if any(d > 0 and p.distance(q) <= 1000 for q, d in zip(inside, demand)))
    access = np.array([result.per_unit("bereikbaarheid")[a["cd_sector"]] or 0.0 for _, a in sectors]) / 100
    assert float((access * demand).sum()) == pytest.approx(reached, rel=1e-9)
    city_ratio = sum(places.values()) / demand.sum() * 100
    assert 15 < city_ratio < 45  # about 30 places per 100 children in Voorbeeldstad


def test_primary_school_uses_only_lager(city, sectors: Rows, sample_gpkg: Path) -> None:
    result = run_challenge(load_template("basisonderwijs"), city[0])
    schools = [(g, a) for g, a in read_rows(sample_gpkg, "scholen") if a["niveau"] == "lager"]
    places = _sum_in_sectors(sectors, schools, "capaciteit")
    _assert_values(result.per_unit("plaatsen_per_100"), _expected_ratio(sectors, places, "inw_6_11", 100))
    children = sum(a["inw_6_11"] for _, a in sectors)
    assert 80 < sum(places.values()) / children * 100 < 130  # roughly one place per child


def test_elderly_care_beds_and_distance(city, sectors: Rows, sample_gpkg: Path) -> None:
    result = run_challenge(load_template("ouderenzorg"), city[0])
    homes = read_rows(sample_gpkg, "woonzorgcentra")
    beds = _sum_in_sectors(sectors, homes, "bedden")
    _assert_values(result.per_unit("bedden_per_100"), _expected_ratio(sectors, beds, "inw_80p", 100))
    expected = {a["cd_sector"]: min(g.point_on_surface().distance(p) for p, _ in homes) for g, a in sectors}
    _assert_values(result.per_unit("afstand_wzc"), expected)


def test_green_space_within_400_m(city, sectors: Rows, sample_gpkg: Path) -> None:
    result = run_challenge(load_template("groen"), city[0])
    parks = shapely.union_all([g for g, _ in read_rows(sample_gpkg, "parken")])
    expected = {a["cd_sector"]: (None if a["inw_totaal"] == 0 else
                                 g.buffer(400).intersection(parks).area / a["inw_totaal"]) for g, a in sectors}
    _assert_values(result.per_unit("groen_per_inwoner"), expected, rel=1e-3)
    share = {a["cd_sector"]: (None if a["inw_totaal"] == 0 else
                              g.intersection(parks.buffer(400)).area / g.area * 100) for g, a in sectors}
    _assert_values(result.per_unit("aandeel_bij_park"), share, rel=1e-3)


def test_social_housing_share_with_estimated_dwellings(city, sectors: Rows, sample_gpkg: Path) -> None:
    result = run_challenge(load_template("sociale_huisvesting"), city[0])
    projects = read_rows(sample_gpkg, "sociale_woningen")
    expected = {}
    for geometry, attrs in sectors:
        social = sum(a["woningen"] * g.intersection(geometry).area / g.area for g, a in projects)
        expected[attrs["cd_sector"]] = None if attrs["inw_totaal"] == 0 else social / (attrs["inw_totaal"] / 2.3) * 100
    _assert_values(result.per_unit("aandeel_sociaal"), expected, rel=1e-6)
    assert any("2,3" in message for message in result.messages)  # the estimate is said out loud


def test_public_transport_share_within_500_m(city, sectors: Rows, sample_gpkg: Path) -> None:
    result = run_challenge(load_template("openbaar_vervoer"), city[0])
    reach = shapely.union_all([p.buffer(500) for p, _ in read_rows(sample_gpkg, "haltes")])
    expected = {a["cd_sector"]: (None if a["inw_totaal"] == 0 else g.intersection(reach).area / g.area * 100)
                for g, a in sectors}
    _assert_values(result.per_unit("aandeel_bij_halte"), expected, rel=1e-3)
    assert any("outside the study area" in message for message in result.messages)


def test_output_is_styled_with_provenance(city) -> None:
    project, folder = city
    result = run_challenge(load_template("kinderopvang"), project)
    with sqlite3.connect(str(result.output)) as db:
        styles = dict(db.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall())
        tables = {row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")}
    assert styles == {"plaatsen_per_100": 1, "bereikbaarheid": 1}
    assert {"plaatsen_per_100", "bereikbaarheid", "slimstad_provenance"} <= tables
    layer = QgsVectorLayer("{}|layername=plaatsen_per_100".format(result.output), "x", "ogr")
    renderer = layer.renderer()  # the default style loads by itself
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    labels = [r.label() for r in renderer.ranges()]
    assert labels[0] == "geen inwoners (geen waarde)"  # the template's maps are Dutch: the legend too
    assert labels[1] == "0 plaatsen per 100 kinderen"  # sectors without any place get their own class
    assert all("plaatsen per 100 kinderen" in label for label in labels[1:])
    values = {f["area_id"]: f["value"] for f in layer.getFeatures()}
    assert len(values) == len(result.unit_ids)
    provenance = read_provenance(result.output)["plaatsen_per_100"]
    assert provenance["challenge_id"] == "kinderopvang"
    assert provenance["indicator"]["per"] == 100
    assert {s["catalog_id"] for s in provenance["inputs"]} == {"voorbeeldstad.statistische_sectoren",
                                                               "voorbeeldstad.kinderopvang"}
    assert all(s["last_update"] and s["source"] for s in provenance["inputs"])
    assert provenance["plugin_version"] and provenance["created"]
    metadata = layer.metadata()
    assert "kinderopvang" in metadata.identifier() or "kinderopvang" in " ".join(metadata.history())
    assert not list(result.output.parent.glob(".*tmp*"))


def test_study_area_filter_limits_units(city, sectors: Rows) -> None:
    challenge = load_template("kinderopvang")
    challenge.study_area.filter = "\"wijk_code\" = 'W01'"
    result = run_challenge(challenge, city[0], city[1] / "w01.gpkg")
    expected = sorted(a["cd_sector"] for _, a in sectors if a["wijk_code"] == "W01")
    assert sorted(result.unit_ids) == expected and 0 < len(expected) < len(sectors)
    assert any("outside the study area" in message for message in result.messages)


def test_demo_step_writes_results_and_png(city) -> None:
    from slimstad_plugin.core.demo.steps import childcare_step

    _project, folder = city
    written = childcare_step(folder, folder / "voorbeeldstad.qgz")
    assert written == [folder / "slimstad_resultaten" / "kinderopvang.gpkg", folder / "kinderopvang.png"]
    assert written[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and written[1].stat().st_size > 20_000


def test_log_lines_and_messages_each_speak_one_language(city, caplog: pytest.LogCaptureFixture) -> None:
    """The demo's INFO line read "kinderopvang: Plaatsen per 100 kinderen (0-2 jaar): 3 area units without
    residents…" (a Dutch title in an English sentence). The log is English; each message speaks the user's language,
    the indicator's title included, whatever the map's language."""
    project, _folder = city
    challenge = load_template("kinderopvang")
    challenge.output.language = "nl"
    with caplog.at_level(logging.INFO, logger="slimstad_plugin.core.challenge.run"), language_scope("fr"):
        result = run_challenge(challenge, project)
    lines = [r.getMessage() for r in caplog.records if r.name == "slimstad_plugin.core.challenge.run"]
    empty_lines = [line for line in lines if "without residents" in line]
    assert len(empty_lines) == 2, lines
    assert any("Accessible places per 100 children (1 km): " in line for line in empty_lines)
    assert not any("kinderen" in line for line in lines), lines
    notes = [m for m in result.messages if "Places accessibles par 100 enfants (1 km)" in m]
    assert len(notes) == 1 and "sans habitants" in notes[0], result.messages
    assert not any("kinderen" in m or "without residents" in m for m in result.messages), result.messages
