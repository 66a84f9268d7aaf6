"""Greedy maximal coverage: hand-checked order, baseline comparison, bad input, slimstad:suggest_locations."""

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from shapely.geometry import Polygon

from slimstad_plugin.core.analysis.location_suggestions import (
    LocationError,
    candidate_grid,
    covered_demand,
    greedy_coverage,
    random_choice_coverage,
)

# Demand on a line: weights 5 at x=0, 3 at x=10, 4 at x=20, 1 at x=100
DEMAND = np.array([[0.0, 0.0], [10.0, 0.0], [20.0, 0.0], [100.0, 0.0]])
VALUES = np.array([5.0, 3.0, 4.0, 1.0])
# Candidates: A at x=5 (covers 0, 10 within 6 m -> 8), B at x=15 (covers 10, 20 -> 7), C at x=100 (-> 1),
# D at x=20 (covers 20 -> 4)
CANDIDATES = np.array([[5.0, 0.0], [15.0, 0.0], [100.0, 0.0], [20.0, 0.0]])


def test_greedy_order_and_covered_demand_by_hand() -> None:
    result = greedy_coverage(DEMAND, VALUES, CANDIDATES, 6.0, 3)
    # step 1: A (8); step 2: B adds only 4 (10 already covered) ties with D (4) -> lowest index B; step 3: C (1)
    assert [s.candidate for s in result.steps] == [0, 1, 2]
    assert [s.added_demand for s in result.steps] == [8.0, 4.0, 1.0]
    assert [s.cumulative_demand for s in result.steps] == [8.0, 12.0, 13.0]
    assert [s.share_covered for s in result.steps] == pytest.approx([8 / 13, 12 / 13, 1.0])
    assert result.covered.all() and result.total_demand == 13.0


def test_existing_facilities_cover_first() -> None:
    result = greedy_coverage(DEMAND, VALUES, CANDIDATES, 6.0, 2, existing=np.array([[0.0, 1.0]]))
    assert result.existing_demand == 5.0
    # A now adds only 3, B adds 7
    assert [s.candidate for s in result.steps] == [1, 2]
    assert result.steps[0].added_demand == 7.0 and result.steps[-1].cumulative_demand == 13.0


def test_stops_when_nothing_left_to_cover() -> None:
    result = greedy_coverage(DEMAND, VALUES, CANDIDATES, 6.0, 4)
    assert len(result.steps) == 3
    assert result.warnings and "3 of 4" in result.warnings[0]


def test_greedy_never_worse_than_random_and_monotone() -> None:
    rng = np.random.default_rng(42)
    demand = rng.uniform(0, 5000, (800, 2))
    values = rng.integers(0, 40, 800).astype(float)
    candidates = rng.uniform(0, 5000, (300, 2))
    for count in (1, 5, 12):
        result = greedy_coverage(demand, values, candidates, 600.0, count)
        added = [step.added_demand for step in result.steps]
        assert all(a >= b for a, b in zip(added, added[1:])), "added demand must not increase"
        chosen = candidates[[step.candidate for step in result.steps]]
        assert covered_demand(demand, values, chosen, 600.0) == pytest.approx(result.steps[-1].cumulative_demand)
        for seed in range(5):
            assert result.steps[-1].cumulative_demand >= random_choice_coverage(
                demand, values, candidates, 600.0, count, seed=seed)


def test_candidate_grid_inside_area() -> None:
    square = Polygon([(0, 0), (100, 0), (100, 100), (0, 100)])
    grid = candidate_grid(square, 25.0)
    assert len(grid) == 16 and grid[:, 0].min() == 12.5
    triangle = Polygon([(0, 0), (100, 0), (0, 100)])
    assert 0 < len(candidate_grid(triangle, 25.0)) < 16
    with pytest.raises(LocationError, match="spacing must be larger than 0"):
        candidate_grid(square, 0)
    with pytest.raises(LocationError, match="larger spacing"):
        candidate_grid(square, 0.01)


@pytest.mark.parametrize("kwargs, message", [
    ({"distance": 0.0}, "distance must be larger than 0"),
    ({"distance": -5.0}, "distance must be larger than 0"),
    ({"count": 5}, "5 new locations asked but only 4 candidates"),
    ({"count": 0}, "at least one"),
    ({"candidates": np.empty((0, 2))}, "no candidate"),
    ({"demand": np.empty((0, 2)), "values": np.empty(0)}, "no features"),
    ({"values": np.array([1.0, -1.0, 2.0, 3.0])}, "zero or positive"),
])
def test_bad_input(kwargs: dict, message: str) -> None:
    arguments = {"demand": DEMAND, "values": VALUES, "candidates": CANDIDATES, "distance": 6.0, "count": 2}
    arguments.update(kwargs)
    with pytest.raises(LocationError, match=message):
        greedy_coverage(**arguments)


# --- through Processing on the sample city -------------------------------------------------------------

def _layer(gpkg: Path, name: str) -> str:
    return "{}|layername={}".format(gpkg, name)


def test_suggest_locations_on_sample_city_with_grid(sample_gpkg: Path, slimstad_processing: None,
                                                   tmp_path: Path) -> None:
    import processing

    result = processing.run("slimstad:suggest_locations", {
        "DEMAND": _layer(sample_gpkg, "statistische_sectoren"), "DEMAND_FIELD": "inw_0_2",
        "STUDY_AREA": _layer(sample_gpkg, "wijken"), "GRID_SPACING": 400,
        "EXISTING": _layer(sample_gpkg, "kinderopvang"), "DISTANCE": 500, "COUNT": 6,
        "OUTPUT": str(tmp_path / "sites.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "sites", "ogr")
    assert layer.isValid() and layer.featureCount() == 6
    features = sorted(layer.getFeatures(), key=lambda f: f["step"])
    assert [f["step"] for f in features] == [1, 2, 3, 4, 5, 6]
    added = [f["added_demand"] for f in features]
    assert added[0] > 0 and all(a >= b for a, b in zip(added, added[1:]))
    assert features[0]["cumulative_demand"] == pytest.approx(result["EXISTING_DEMAND"] + added[0])
    shares = [f["share_covered"] for f in features]
    assert shares == sorted(shares) and 0 < shares[-1] <= 1
    assert layer.crs().authid() == "EPSG:31370"


def test_suggest_locations_with_candidate_layer(sample_gpkg: Path, slimstad_processing: None,
                                                tmp_path: Path) -> None:
    import processing

    # schools as candidate sites for care homes, elderly 80+ as demand
    result = processing.run("slimstad:suggest_locations", {
        "DEMAND": _layer(sample_gpkg, "statistische_sectoren"), "DEMAND_FIELD": "inw_80p",
        "CANDIDATES": _layer(sample_gpkg, "scholen"), "DISTANCE": 800, "COUNT": 3,
        "OUTPUT": str(tmp_path / "c.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    ids = [f["candidate_id"] for f in layer.getFeatures()]
    schools = QgsVectorLayer(_layer(sample_gpkg, "scholen"), "s", "ogr")
    assert len(set(ids)) == 3 and set(ids) <= {f.id() for f in schools.getFeatures()}


def test_suggest_locations_geographic_demand(sample_gpkg: Path, slimstad_processing: None) -> None:
    import processing

    params = {"DEMAND_FIELD": "inw_80p", "CANDIDATES": _layer(sample_gpkg, "haltes"), "DISTANCE": 600, "COUNT": 4,
              "OUTPUT": "memory:"}
    lambert = processing.run("slimstad:suggest_locations", {
        "DEMAND": _layer(sample_gpkg, "statistische_sectoren"), **params})["OUTPUT"]
    wgs84 = processing.run("native:reprojectlayer", {
        "INPUT": _layer(sample_gpkg, "statistische_sectoren"), "TARGET_CRS": "EPSG:4326",
        "OUTPUT": "memory:sectors"})["OUTPUT"]
    geographic = processing.run("slimstad:suggest_locations", {"DEMAND": wgs84, **params})["OUTPUT"]
    assert geographic.crs().authid() == "EPSG:31370"
    assert [f["candidate_id"] for f in geographic.getFeatures()] == [f["candidate_id"] for f in lambert.getFeatures()]


@pytest.mark.parametrize("params, message", [
    ({"DISTANCE": 0}, "distance must be larger than 0"),
    ({"COUNT": 10_000}, "candidates available"),
    ({"CANDIDATES": None, "STUDY_AREA": None}, "candidate locations or a study area"),
    ({"DEMAND_FIELD": "tx_sector_descr_nl"}, "not numeric"),
    ({"DEMAND": "{}|layername=statistische_sectoren|subset=cd_sector = 'none'"}, "no features"),
])
def test_suggest_locations_bad_input(sample_gpkg: Path, slimstad_processing: None, tmp_path: Path,
                                     params: dict, message: str) -> None:
    import processing

    base = {"DEMAND": _layer(sample_gpkg, "statistische_sectoren"), "DEMAND_FIELD": "inw_0_2",
            "CANDIDATES": _layer(sample_gpkg, "haltes"), "DISTANCE": 500, "COUNT": 3,
            "OUTPUT": str(tmp_path / "bad.gpkg")}
    base.update({key: value.format(sample_gpkg) if isinstance(value, str) and "{}" in value else value
                 for key, value in params.items()})
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("slimstad:suggest_locations", base)
    assert not (tmp_path / "bad.gpkg").exists()
