"""Priority maps: normalisations, composite score, classes, sensitivity, NULLs and slimstad:priority_score."""

import csv
import math
from pathlib import Path

import numpy as np
import pytest
from qgis.core import NULL, QgsGraduatedSymbolRenderer, QgsVectorLayer

from slimstad_plugin.core.analysis.priority import (
    PriorityError,
    assign_classes,
    moved_weights,
    normalise,
    parse_directions,
    parse_weights,
    priority_scores,
)

NAN = float("nan")



def test_minmax_zscore_rank_by_hand() -> None:
    values = np.array([2.0, 4.0, 6.0, 10.0])
    assert np.allclose(normalise(values, "minmax"), [0.0, 0.25, 0.5, 1.0])
    assert np.allclose(normalise(values, "minmax", higher_is_worse=False), [1.0, 0.75, 0.5, 0.0])
    # mean 5.5, population sd sqrt(((3.5^2)+(1.5^2)+(0.5^2)+(4.5^2))/4) = sqrt(8.75)
    sd = math.sqrt(8.75)
    assert np.allclose(normalise(values, "zscore"), [-3.5 / sd, -1.5 / sd, 0.5 / sd, 4.5 / sd])
    # ranks 0,1,2,3 over n-1 = 3; ties share the mean rank
    assert np.allclose(normalise(values, "rank"), [0, 1 / 3, 2 / 3, 1])
    assert np.allclose(normalise(np.array([1.0, 5.0, 5.0, 9.0]), "rank"), [0, 0.5, 0.5, 1])
    assert np.allclose(normalise(np.array([1.0, 5.0, 5.0, 9.0]), "rank", False), [1, 0.5, 0.5, 0])


def test_null_values_stay_null_and_do_not_shift_statistics() -> None:
    result = normalise(np.array([0.0, NAN, 10.0, 5.0]), "minmax")
    assert result[0] == 0.0 and math.isnan(result[1]) and result[2] == 1.0 and result[3] == 0.5


@pytest.mark.parametrize("method", ["minmax", "zscore", "rank"])
def test_constant_indicator_gives_zero_without_division(method: str) -> None:
    with np.errstate(all="raise"):
        assert np.array_equal(normalise(np.full(4, 7.0), method), np.zeros(4))


def test_composite_score_classes_and_null_flag() -> None:
    # two indicators: a (higher is worse), b (higher is better); weights 0.75 / 0.25
    values = np.array([[0.0, 10.0], [5.0, 5.0], [10.0, 0.0], [10.0, NAN], [2.0, 8.0], [8.0, 2.0]])
    result = priority_scores(values, ["a", "b"], [0.75, 0.25], [True, False], "minmax", "quantile", 2)
    # a: minmax over 0..10; b inverted: (10 - b) / 10
    expected = [0.0, 0.5, 1.0, NAN, 0.75 * 0.2 + 0.25 * 0.2, 0.75 * 0.8 + 0.25 * 0.8]
    assert np.allclose(result.score, expected, equal_nan=True)
    assert result.classes.tolist() == [1, 1, 2, 0, 1, 2]
    assert result.missing[3] == ["b"] and result.missing[0] == []
    assert any("lack an indicator" in text for text in result.warnings)


def test_weights_must_sum_to_one_unless_normalised() -> None:
    with pytest.raises(PriorityError, match="sum to 1.5 instead of 1"):
        parse_weights("1, 0.5", 2)
    assert np.allclose(parse_weights("1, 0.5", 2, normalise=True), [2 / 3, 1 / 3])
    assert np.allclose(parse_weights("", 4), [0.25] * 4)
    with pytest.raises(PriorityError, match="2 weights given for 3"):
        parse_weights("0.5,0.5", 3)
    with pytest.raises(PriorityError, match="numbers"):
        parse_weights("0.5,abc", 2)
    with pytest.raises(PriorityError, match="zero or positive"):
        parse_weights("1.5,-0.5", 2)
    with pytest.raises(PriorityError, match="larger than zero"):
        parse_weights("0,0", 2, normalise=True)


def test_directions_parse_and_reject() -> None:
    assert parse_directions("+, better, worse, -", 4) == [True, False, True, False]
    assert parse_directions("", 2) == [True, True]
    with pytest.raises(PriorityError, match="Unknown direction 'sideways'"):
        parse_directions("sideways", 1)
    with pytest.raises(PriorityError, match="1 directions given for 2"):
        parse_directions("+", 2)


def test_moved_weights_renormalise_the_others() -> None:
    weights = np.array([0.5, 0.3, 0.2])
    up = moved_weights(weights, 0, 0.1)
    assert np.isclose(up[0], 0.55) and np.isclose(up.sum(), 1.0)
    assert np.allclose(up[1:] / up[1:].sum(), [0.6, 0.4])  # the others keep their ratio
    assert np.allclose(moved_weights(np.array([1.0]), 0, -0.1), [1.0])


def test_sensitivity_counts_class_changes() -> None:
    # unit 2 sits exactly between the two indicators: moving weight flips it across the class break
    values = np.array([[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [0.45, 0.55]])
    result = priority_scores(values, ["a", "b"], [0.5, 0.5], class_count=2)
    assert len(result.moves) == 4
    assert result.sens_changes[0] == 0 and result.sens_changes[3] == 0
    assert result.sens_changes.sum() == sum(move.units_changed for move in result.moves)
    assert all(np.isclose(sum(move.weights), 1.0) for move in result.moves)
    assert result.sens_changes.max() > 0


def test_bad_inputs() -> None:
    with pytest.raises(PriorityError, match="NULL for every unit"):
        priority_scores(np.array([[1.0, NAN], [2.0, NAN]]), ["a", "b"], [0.5, 0.5])
    with pytest.raises(PriorityError, match="no features"):
        priority_scores(np.empty((0, 1)), ["a"], [1.0])
    with pytest.raises(PriorityError, match="at least 2 classes"):
        priority_scores(np.array([[1.0], [2.0]]), ["a"], [1.0], class_count=1)
    with pytest.raises(PriorityError, match="Unknown normalisation"):
        priority_scores(np.array([[1.0], [2.0]]), ["a"], [1.0], normalisation="log")
    constant = priority_scores(np.array([[1.0, 3.0], [1.0, 4.0], [1.0, 5.0]]), ["a", "b"], [0.5, 0.5], class_count=2)
    assert any("same value everywhere" in text for text in constant.warnings)
    assert np.all(np.isfinite(constant.score))


def test_jenks_separates_natural_groups() -> None:
    values = np.array([[1.0], [1.1], [1.2], [5.0], [5.1], [9.0], [9.2]])
    result = priority_scores(values, ["a"], [1.0], classification="jenks", class_count=3)
    assert result.classes.tolist() == [1, 1, 1, 2, 2, 3, 3]
    assert assign_classes(np.array([NAN, 0.0]), result.upper_bounds).tolist() == [0, 1]


# --- through Processing on the sample city -------------------------------------------------------------

def _sectors(sample_gpkg: Path) -> str:
    return "{}|layername=statistische_sectoren".format(sample_gpkg)



def test_priority_score_algorithm_on_sample_city(sample_gpkg: Path, slimstad_processing: None,
                                                 tmp_path: Path) -> None:
    import processing

    report = tmp_path / "report.csv"
    result = processing.run("slimstad:priority_score", {
        "INPUT": _sectors(sample_gpkg), "FIELDS": ["inw_0_2", "inw_80p", "oppervlakte_ha"],
        "DIRECTIONS": "worse,worse,better", "WEIGHTS": "0.5,0.3,0.2", "NORMALISATION": 2,
        "CLASSIFICATION": 0, "CLASSES": 5, "OUTPUT": str(tmp_path / "prio.gpkg"), "OUTPUT_REPORT": str(report),
    })
    layer = QgsVectorLayer(result["OUTPUT"], "prio", "ogr")
    assert layer.isValid() and layer.featureCount() > 100
    names = layer.fields().names()
    for expected in ("cd_sector", "score", "class", "sens_changes", "missing"):
        assert expected in names
    classes = [f["class"] for f in layer.getFeatures()]
    assert set(classes) == {1, 2, 3, 4, 5}
    # quantiles: five classes of roughly equal size
    assert max(classes.count(c) for c in range(1, 6)) - min(classes.count(c) for c in range(1, 6)) <= 3
    assert all(0 <= f["score"] <= 1 for f in layer.getFeatures())
    assert 0 <= min(f["sens_changes"] for f in layer.getFeatures())
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    assert len(rows) == 6 and {row["indicator"] for row in rows} == {"inw_0_2", "inw_80p", "oppervlakte_ha"}
    assert sum(int(row["units_changed"]) for row in rows) == sum(f["sens_changes"] for f in layer.getFeatures())
    assert result["SENSITIVE_UNITS"] == sum(1 for f in layer.getFeatures() if f["sens_changes"] > 0)


def test_priority_score_graduated_style_and_html(sample_gpkg: Path, slimstad_processing: None,
                                                 tmp_path: Path) -> None:
    from slimstad_plugin.processing.priority_score_algorithm import graduated_renderer

    renderer = graduated_renderer([0.2, 0.4, 0.9])
    assert isinstance(renderer, QgsGraduatedSymbolRenderer)
    assert renderer.classAttribute() == "score" and len(renderer.ranges()) == 3
    import processing

    report = tmp_path / "report.html"
    processing.run("slimstad:priority_score", {
        "INPUT": _sectors(sample_gpkg), "FIELDS": ["inw_65_79"], "WEIGHTS": "1", "CLASSIFICATION": 1,
        "CLASSES": 4, "OUTPUT": str(tmp_path / "p.gpkg"), "OUTPUT_REPORT": str(report)})
    html = report.read_text(encoding="utf-8")
    assert "<table" in html and "inw_65_79" in html


@pytest.mark.parametrize("params, message", [
    ({"FIELDS": ["inw_0_2", "inw_80p"], "WEIGHTS": "0.6,0.6"}, "sum to 1.2"),
    ({"FIELDS": ["inw_0_2", "inw_80p"], "WEIGHTS": [0.6, 0.6]}, "sum to 1.2"),
    ({"FIELDS": ["tx_sector_descr_nl"], "WEIGHTS": "1"}, "not numeric"),
    ({"FIELDS": ["inw_0_2"], "WEIGHTS": "1", "DIRECTIONS": "up"}, "Unknown direction"),
    ({"FIELDS": ["no_such_field"], "WEIGHTS": "1"}, "no_such_field"),
    ({"FIELDS": ["inw_0_2"], "CLASSES": 1}, "CLASSES"),
])
def test_priority_score_algorithm_bad_input(sample_gpkg: Path, slimstad_processing: None, tmp_path: Path,
                                            params: dict, message: str) -> None:
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=message):
        processing.run("slimstad:priority_score", {"INPUT": _sectors(sample_gpkg),
                                                   "OUTPUT": str(tmp_path / "x.gpkg"), **params})
    assert not (tmp_path / "x.gpkg").exists()


def test_priority_score_styles_the_loaded_layer(sample_gpkg: Path, slimstad_processing: None) -> None:
    import processing
    from qgis.core import QgsProject

    result = processing.runAndLoadResults("slimstad:priority_score", {
        "INPUT": _sectors(sample_gpkg), "FIELDS": ["inw_0_2", "inw_80p"], "WEIGHTS": [0.5, 0.5], "CLASSES": 4,
        "OUTPUT": "memory:"})
    layer = QgsProject.instance().mapLayer(result["OUTPUT"])
    try:
        assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer)
        assert len(layer.renderer().ranges()) == 4 and layer.renderer().classAttribute() == "score"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_priority_score_empty_layer(sample_gpkg: Path, slimstad_processing: None, tmp_path: Path) -> None:
    import processing
    from qgis.core import QgsProcessingException

    empty = _sectors(sample_gpkg) + "|subset=cd_sector = 'none'"
    with pytest.raises(QgsProcessingException, match="no features"):
        processing.run("slimstad:priority_score", {"INPUT": empty, "FIELDS": ["inw_0_2"],
                                                   "OUTPUT": str(tmp_path / "e.gpkg")})


def test_priority_score_null_indicator_gets_null_score(slimstad_processing: None, tmp_path: Path) -> None:
    import processing
    from qgis.core import QgsFeature, QgsGeometry

    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=code:string&field=a:double&field=b:integer", "units", "memory")
    features = []
    for i, (a, b) in enumerate([(1.0, 4), (2.0, None), (3.0, 2), (5.0, 1)]):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POLYGON(({0} 0,{1} 0,{1} 1,{0} 1,{0} 0))".format(i, i + 1)))
        feature.setAttributes(["u{}".format(i), a, b])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = processing.run("slimstad:priority_score", {
        "INPUT": layer, "FIELDS": ["a", "b"], "WEIGHTS": "0.5,0.5", "CLASSES": 2,
        "OUTPUT": str(tmp_path / "null.gpkg")})
    out = {f["code"]: f for f in QgsVectorLayer(result["OUTPUT"], "o", "ogr").getFeatures()}
    assert out["u1"]["score"] == NULL and out["u1"]["class"] == NULL
    assert out["u1"]["missing"] == "b" and not out["u0"]["missing"]
    # a: 1,(2),3,5 -> 0, 1/2, 1; b over the non-NULL 4,2,1 -> 1, 1/3, 0
    assert out["u0"]["score"] == pytest.approx(0.5) and out["u2"]["score"] == pytest.approx(5 / 12)
    assert out["u3"]["score"] == pytest.approx(0.5)


def test_priority_score_all_null_indicator(slimstad_processing: None, tmp_path: Path) -> None:
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException

    layer = QgsVectorLayer("Polygon?crs=EPSG:31370&field=a:double&field=b:double", "units", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,1 0,1 1,0 1,0 0))"))
    feature.setAttributes([1.0, None])
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="'b' is NULL for every unit"):
        processing.run("slimstad:priority_score", {"INPUT": layer, "FIELDS": ["a", "b"], "WEIGHTS": "0.5,0.5",
                                                   "OUTPUT": str(tmp_path / "n.gpkg")})
    assert not (tmp_path / "n.gpkg").exists()


def test_priority_score_normalise_weights_flag(sample_gpkg: Path, slimstad_processing: None, tmp_path: Path) -> None:
    import processing

    result = processing.run("slimstad:priority_score", {
        "INPUT": _sectors(sample_gpkg), "FIELDS": ["inw_0_2", "inw_80p"], "WEIGHTS": "2,2",
        "NORMALISE_WEIGHTS": True, "OUTPUT": str(tmp_path / "n.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "n", "ogr")
    assert layer.featureCount() > 100
