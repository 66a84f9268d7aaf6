"""Issue 16: values checked where they enter (kind 2) and coordinates that do not fit their CRS (kind 4)."""

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Iterator, List

import pytest
from bad_input_support import text_in_numbers
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from slimstad_plugin.core.analysis.scenarios import Change, Scenario
from slimstad_plugin.core.catalogue.loader import CatalogueError, parse_catalogue
from slimstad_plugin.core.catalogue.quality import check_layer_quality
from slimstad_plugin.core.catalogue.schema import validate as validate_catalogue
from slimstad_plugin.core.challenge.model import ChallengeError, from_dict, loads, to_dict
from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import load_styled_layer

CATALOGUE = {"format": "slimstad-catalogue", "version": 1, "id": "t", "title": {"nl": "T"},
             "entries": [{"id": "t.a", "title": {"nl": "A"}, "sector": "andere", "owner": "x",
                          "licence": {"type": "open"}, "source": {"type": "gpkg", "path": "a.gpkg", "layer": "a"},
                          "extent": [2.5, 50.6, 5.9, 51.5]}]}


@pytest.fixture()
def projects() -> Iterator[List[QgsProject]]:
    made: List[QgsProject] = []
    yield made
    for project in made:
        project.clear()


def _project(projects: List[QgsProject], *layers: QgsVectorLayer) -> QgsProject:
    project = QgsProject()
    for layer in layers:
        project.addMapLayer(layer)
    projects.append(project)
    return project


def _copy(gpkg: Path, name: str, declared: str, coordinates_in: str = "EPSG:31370") -> QgsVectorLayer:
    """A memory copy of a sample layer whose coordinates are in ``coordinates_in`` but declared ``declared``."""
    source = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    kind = {0: "Point", 1: "LineString", 2: "Polygon"}[int(source.geometryType())]
    layer = QgsVectorLayer("{}?crs={}".format(kind, declared), name, "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    transform = QgsCoordinateTransform(source.crs(), QgsCoordinateReferenceSystem(coordinates_in),
                                       QgsProject.instance())
    features = []
    for feature in source.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        copy = QgsFeature(layer.fields())
        copy.setGeometry(geometry)
        copy.setAttributes(feature.attributes())
        features.append(copy)
    layer.dataProvider().addFeatures(features)
    return layer


# --- Kind 2: values where they enter ----------------------------------------------------------------------------

def test_nan_and_infinity_in_a_catalogue_extent_are_refused() -> None:
    text = json.dumps(CATALOGUE).replace("[2.5, 50.6, 5.9, 51.5]", "[2.5, NaN, 5.9, Infinity]")
    with pytest.raises(CatalogueError, match=r"stad\.json: NaN is not a number JSON allows .*"
                                             r"\(at /entries/0/extent/1\)"):
        parse_catalogue(text, "stad.json")
    data = json.loads(json.dumps(CATALOGUE))
    data["entries"][0]["extent"] = [2.5, float("nan"), 5.9, 51.5]
    assert [str(issue) for issue in validate_catalogue(data)] == [
        "entry “A” (t.a) at /entries/0/extent: must be [xmin, ymin, xmax, ymax]: nan is not a finite number"]
    data["entries"][0]["extent"] = [150000, 170000, 160000, 180000]
    assert "are these metres" in str(validate_catalogue(data)[0])
    data["entries"][0]["extent_crs"] = "EPSG:31370"
    assert validate_catalogue(data) == []
    data["entries"][0]["extent"] = [160000, 170000, 150000, 180000]
    assert "xmin must not be greater than xmax" in str(validate_catalogue(data)[0])


@pytest.mark.parametrize("per, message", [
    (float("nan"), r"needs 'per' greater than 0 \(nan is not a finite number\)"),
    (float("inf"), r"needs 'per' greater than 0 \(inf is not a finite number\)"),
    ("100", r"needs 'per' greater than 0 \(a number was expected, found a text\)"),
    (True, r"needs 'per' greater than 0"),
    (-5, r"needs 'per' greater than 0 \(-5 must be greater than 0\)"),
])
def test_challenge_per_must_be_a_finite_positive_number(per: object, message: str) -> None:
    data = to_dict(load_template("kinderopvang"))
    data["indicators"][0]["per"] = per
    with pytest.raises(ChallengeError, match=message):
        from_dict(data, "k.slimstad.json")


def test_challenge_json_with_infinity_names_the_pointer() -> None:
    text = json.dumps(to_dict(load_template("kinderopvang")))
    text = text.replace('"per": 100', '"per": Infinity', 1)
    with pytest.raises(ChallengeError, match=r"k\.slimstad\.json: Infinity is not a number .*"
                                             r"\(at /indicators/0/per\)"):
        loads(text, "k.slimstad.json")


def test_words_in_a_numeric_field_are_reported_as_such_not_as_no_residents(qgis_app, sample_gpkg: Path,
                                                                           tmp_path: Path, projects) -> None:
    gpkg = tmp_path / "stad.gpkg"
    shutil.copyfile(sample_gpkg, gpkg)
    text_in_numbers(gpkg, "statistische_sectoren", "inw_0_2", 12)
    sectors = load_styled_layer(gpkg, "statistische_sectoren")
    project = _project(projects, sectors, load_styled_layer(gpkg, "kinderopvang"))
    with pytest.raises(ChallengeError) as caught:
        run_challenge(load_template("kinderopvang"), project, tmp_path / "r.gpkg")
    assert str(caught.value).startswith(
        "12 values in field inw_0_2 of layer Statistische sectoren are not numbers, e.g. 'n.v.t.'")
    assert "without residents" not in str(caught.value) and not (tmp_path / "r.gpkg").exists()
    from slimstad_plugin.core.catalogue.model import CatalogueEntry

    entry = CatalogueEntry("t.sectoren", {"nl": "Sectoren"}, fields={"residents_0_2": "inw_0_2"})
    issues = {issue.check: issue for issue in check_layer_quality(sectors, entry).issues}
    assert issues["not_numbers"].count == 12 and issues["not_numbers"].severity == "error"
    assert issues["not_numbers"].examples == ["n.v.t."]


def test_negative_capacities_are_refused(qgis_app, sample_gpkg: Path, tmp_path: Path, projects) -> None:
    gpkg = tmp_path / "stad.gpkg"
    shutil.copyfile(sample_gpkg, gpkg)
    connection = sqlite3.connect(str(gpkg))
    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        connection.create_function(name, 1, lambda geometry: 0)
    connection.execute("UPDATE kinderopvang SET plaatsen = -14 WHERE fid = 1")
    connection.commit()
    connection.close()
    project = _project(projects, load_styled_layer(gpkg, "statistische_sectoren"),
                       load_styled_layer(gpkg, "kinderopvang"))
    with pytest.raises(ChallengeError, match=r"1 value for supply “[^”]+” in layer Kinderopvang is negative "
                                             r"\(-14\)"):
        run_challenge(load_template("kinderopvang"), project, tmp_path / "r.gpkg")


def test_settings_out_of_range_fall_back_to_defaults(qgis_app) -> None:
    from qgis.core import QgsSettings

    from slimstad_plugin.core.base.settings import SlimStadSettings

    settings = QgsSettings()
    settings.setValue("slimstad/health_timeout_s", "nan")
    settings.setValue("slimstad/health_concurrency", "100000")
    try:
        loaded = SlimStadSettings.load()
        assert loaded.health_timeout_s == 10.0 and loaded.health_concurrency == SlimStadSettings().health_concurrency
    finally:
        settings.remove("slimstad/health_timeout_s")
        settings.remove("slimstad/health_concurrency")


# --- Kind 4: coordinates that do not fit the declared CRS --------------------------------------------------------

def test_lambert_metres_declared_as_degrees_stop_a_challenge_run(qgis_app, sample_gpkg: Path, tmp_path: Path,
                                                                 projects) -> None:
    mislabelled = _copy(sample_gpkg, "kinderopvang", declared="EPSG:4326")
    project = _project(projects, load_styled_layer(sample_gpkg, "statistische_sectoren"), mislabelled)
    with pytest.raises(ChallengeError, match=r"Layer kinderopvang declares EPSG:4326, but its coordinates .* do not "
                                             r"fit it; they look like EPSG:31370"):
        run_challenge(load_template("kinderopvang"), project, tmp_path / "r.gpkg")
    assert not (tmp_path / "r.gpkg").exists()


def test_degrees_declared_as_lambert_are_found_by_processing_and_quality(slimstad_processing, sample_gpkg: Path
                                                                         ) -> None:
    import processing

    mislabelled = _copy(sample_gpkg, "statistische_sectoren", declared="EPSG:31370", coordinates_in="EPSG:4326")
    with pytest.raises(QgsProcessingException, match=r"declares EPSG:31370, .* they look like EPSG:4326"):
        processing.run("slimstad:floating_catchment", {
            "DEMAND": mislabelled, "DEMAND_FIELD": "inw_0_2",
            "SUPPLY": load_styled_layer(sample_gpkg, "kinderopvang"), "SUPPLY_FIELD": "plaatsen",
            "DISTANCE": 1000.0, "METHOD": 0, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"},
            feedback=QgsProcessingFeedback())
    issues = {issue.check: issue for issue in check_layer_quality(mislabelled).issues}
    assert issues["crs_mismatch"].severity == "error" and "EPSG:4326" in issues["crs_mismatch"].message
    correct = load_styled_layer(sample_gpkg, "statistische_sectoren")
    assert "crs_mismatch" not in {issue.check for issue in check_layer_quality(correct).issues}




def test_a_scenario_facility_in_degrees_is_refused(qgis_app, sample_gpkg: Path, tmp_path: Path, projects) -> None:
    challenge = load_template("kinderopvang")
    challenge.scenarios = [Scenario("nieuw", {"nl": "Nieuw"}, [Change("add_facility", supply="kinderopvang",
                                                                       x=4.42, y=51.03, capacity=40, name="Crèche")])]
    project = _project(projects, load_styled_layer(sample_gpkg, "statistische_sectoren"),
                       load_styled_layer(sample_gpkg, "kinderopvang"))
    with pytest.raises(ChallengeError, match=r"The coordinates of scenario nieuw, new facility Crèche \(4\.42, 51\.03 "
                                             r".*\) are not coordinates of EPSG:31370, .*they look like EPSG:4326"):
        run_challenge(challenge, project, tmp_path / "r.gpkg")
    assert not (tmp_path / "r.gpkg").exists()
