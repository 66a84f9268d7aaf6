"""Floating catchment core: hand-computed cases, input checks, and equality with PySAL ``access``."""

import math
from pathlib import Path
from typing import Tuple

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from slimstad_plugin.core.analysis.accessibility import (
    METHODS,
    AccessibilityInputError,
    euclidean_pairs,
    floating_catchment,
    weight,
)
from slimstad_plugin.core.base.errors import Canceled
from slimstad_plugin.core.layers.points import layer_points

# Three residents' locations on a line and two facilities; DISTANCE 900 puts pairs exactly on the
# step boundaries (300 = D/3, 600 = 2D/3) so inclusivity is tested too.
DEMAND_XY = np.array([[0.0, 0.0], [600.0, 0.0], [1500.0, 0.0]])
DEMAND = np.array([100.0, 200.0, 300.0])
SUPPLY_XY = np.array([[300.0, 0.0], [1200.0, 0.0]])
SUPPLY = np.array([10.0, 20.0])


def test_hand_computed_2sfca() -> None:
    result = floating_catchment(DEMAND_XY, DEMAND, SUPPLY_XY, SUPPLY, 900, "2sfca")
    # S1 reaches A and B (300 m each); S2 reaches B (600 m) and C (300 m); A-S2 and C-S1 are 1200 m.
    assert result.pairs == 4
    np.testing.assert_allclose(result.ratio, [10 / 300, 20 / 500], rtol=1e-12)
    np.testing.assert_allclose(result.access, [10 / 300, 10 / 300 + 20 / 500, 20 / 500], rtol=1e-12)


def test_hand_computed_gaussian() -> None:
    near, far = math.exp(-300 ** 2 / (2 * 450 ** 2)), math.exp(-600 ** 2 / (2 * 450 ** 2))
    r1, r2 = 10 / (300 * near), 20 / (200 * far + 300 * near)
    for method in ("e2sfca_gaussian", 1):
        result = floating_catchment(DEMAND_XY, DEMAND, SUPPLY_XY, SUPPLY, 900, method)  # sigma = 900 / 2
        np.testing.assert_allclose(result.ratio, [r1, r2], rtol=1e-12)
        np.testing.assert_allclose(result.access, [near * r1, near * r1 + far * r2, near * r2], rtol=1e-12)
    sigma = floating_catchment(DEMAND_XY, DEMAND, SUPPLY_XY, SUPPLY, 900, 1, sigma=200)
    wide = floating_catchment(DEMAND_XY, DEMAND, SUPPLY_XY, SUPPLY, 900, 1, sigma=2000)
    assert not np.allclose(sigma.access, wide.access)


def test_hand_computed_step_boundaries_inclusive() -> None:
    result = floating_catchment(DEMAND_XY, DEMAND, SUPPLY_XY, SUPPLY, 900, "e2sfca_step")
    # 300 m is in the first third (weight 1), 600 m in the second (0.68), both bounds inclusive.
    r1, r2 = 10 / 300, 20 / (200 * 0.68 + 300)
    np.testing.assert_allclose(result.ratio, [r1, r2], rtol=1e-12)
    np.testing.assert_allclose(result.access, [r1, r1 + 0.68 * r2, r2], rtol=1e-12)
    np.testing.assert_array_equal(weight(np.array([0, 300, 300.0001, 600, 600.5, 900, 900.0001]), 900, 2),
                                  [1, 1, 0.68, 0.68, 0.22, 0.22, 0])


def test_distance_is_inclusive() -> None:
    at = floating_catchment(DEMAND_XY, DEMAND, SUPPLY_XY, SUPPLY, 1200)
    below = floating_catchment(DEMAND_XY, DEMAND, SUPPLY_XY, SUPPLY, np.nextafter(1200, 0))
    assert at.pairs == 6 and below.pairs == 4


def test_no_demand_in_reach_gives_nan_ratio_and_zero_access() -> None:
    result = floating_catchment(DEMAND_XY, [0.0, 0.0, 300.0], SUPPLY_XY, SUPPLY, 400)
    assert math.isnan(result.ratio[0])  # S1 only reaches A and B, who have no demand
    np.testing.assert_allclose(result.access, [0.0, 0.0, 20 / 300])
    lonely = floating_catchment(np.array([[5000.0, 0.0]]), [1.0], SUPPLY_XY, SUPPLY, 400)
    assert lonely.access.tolist() == [0.0] and np.isnan(lonely.ratio).all() and lonely.pairs == 0


def test_empty_inputs_are_well_defined() -> None:
    no_demand = floating_catchment(np.empty((0, 2)), [], SUPPLY_XY, SUPPLY, 900)
    assert no_demand.access.shape == (0,) and np.isnan(no_demand.ratio).all() and no_demand.pairs == 0
    no_supply = floating_catchment(DEMAND_XY, DEMAND, np.empty((0, 2)), [], 900)
    assert no_supply.access.tolist() == [0.0, 0.0, 0.0] and no_supply.ratio.shape == (0,)


@pytest.mark.parametrize("kwargs, fragment", [
    ({"distance": 0}, "greater than 0"),
    ({"distance": -5}, "greater than 0"),
    ({"distance": float("nan")}, "greater than 0"),
    ({"distance": "far"}, "number of metres"),
    ({"method": 3}, "Unknown"),
    ({"method": "3sfca"}, "Unknown"),
    ({"sigma": 0, "method": 1}, "Sigma"),
    ({"demand": [1.0, 2.0]}, "values for 3"),
    ({"supply": [1.0, -2.0]}, "negative"),
    ({"demand": [1.0, float("nan"), 3.0]}, "empty or infinite"),
    ({"demand_xy": np.array([1.0, 2.0, 3.0])}, "(x, y)"),
    ({"chunk": 0}, "chunk"),
])
def test_bad_input_raises_clear_error(kwargs: dict, fragment: str) -> None:
    arguments = dict(demand_xy=DEMAND_XY, demand=DEMAND, supply_xy=SUPPLY_XY, supply=SUPPLY, distance=900.0)
    arguments.update(kwargs)
    with pytest.raises(AccessibilityInputError) as caught:
        floating_catchment(**arguments)
    assert fragment in str(caught.value)
    assert isinstance(caught.value, ValueError)


def test_chunks_and_pair_overflow_give_identical_numbers(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    demand_xy, supply_xy = rng.uniform(0, 20_000, (2_000, 2)), rng.uniform(0, 20_000, (300, 2))
    demand, supply = rng.integers(0, 500, 2_000).astype(float), rng.integers(1, 50, 300).astype(float)
    for method in METHODS:
        whole = floating_catchment(demand_xy, demand, supply_xy, supply, 2_500, method)
        monkeypatch.setattr("slimstad_plugin.core.analysis.accessibility.MAX_STORED_PAIRS", 1_000)
        monkeypatch.setattr("slimstad_plugin.core.analysis.accessibility.MAX_CANDIDATES", 50)
        chunked = floating_catchment(demand_xy, demand, supply_xy, supply, 2_500, method, chunk=97)
        monkeypatch.undo()
        assert chunked.pairs == whole.pairs > 1_000
        np.testing.assert_allclose(chunked.access, whole.access, rtol=1e-12)
        np.testing.assert_allclose(chunked.ratio, whole.ratio, rtol=1e-12)
        # Conservation: sum_i demand_i * access_i = sum_j ratio_j * weighted demand_j = supply that is reached.
        reached = ~np.isnan(whole.ratio)
        assert math.isclose(float(np.sum(whole.access * demand)), float(supply[reached].sum()), rel_tol=1e-9)


def test_pairs_are_exactly_those_within_reach() -> None:
    """The grid search finds every pair of a brute-force distance matrix, boundary included, and no other."""
    rng = np.random.default_rng(11)
    demand_xy = np.round(rng.uniform(0, 5_000, (700, 2)), 0)
    supply_xy = np.round(rng.uniform(0, 5_000, (90, 2)), 0)
    supply_xy[:5] = demand_xy[:5] + [300.0, 400.0]  # exactly 500 m apart
    dx, dy = demand_xy[:, None, 0] - supply_xy[None, :, 0], demand_xy[:, None, 1] - supply_xy[None, :, 1]
    full = np.sqrt(dx ** 2 + dy ** 2)  # the documented d_ij
    for distance in (5.0, 500.0, 1_000.0, 10_000.0):
        i, j, d = euclidean_pairs(demand_xy, supply_xy, distance)
        expected = set(zip(*np.nonzero(full <= distance)))
        assert set(zip(i.tolist(), j.tolist())) == expected and len(i) == len(expected)
        np.testing.assert_array_equal(d, full[i, j])
    assert np.count_nonzero(full == 500.0) > 0  # the boundary case did occur


def test_cancel_stops_the_calculation() -> None:
    with pytest.raises(Canceled):
        floating_catchment(DEMAND_XY, DEMAND, SUPPLY_XY, SUPPLY, 900, is_canceled=lambda: True)


# --- equality with PySAL access on real Flemish data -------------------------------------------------

def _real_inputs(testpack: Path, city: str) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, int]:
    lambert = QgsCoordinateReferenceSystem("EPSG:31370")
    sectors = QgsVectorLayer("{}|layername={}_statsec_pop2023".format(testpack, city), city, "ogr")
    stations = QgsVectorLayer("{}|layername=be_railway_stations_irail".format(testpack), "stations", "ogr")
    assert sectors.isValid() and stations.isValid()
    demand = layer_points(sectors, "pop_2023", lambert)
    supply = layer_points(stations, "avg_stop_times", lambert)
    # A deterministic generated capacity per station (the real layer has no capacity).
    capacity = np.array([50.0 + (fid * 37) % 400 for fid in supply.feature_ids])
    return demand.xy, demand.values, supply.xy, capacity, demand.null_values


def _pysal_access(demand_xy: np.ndarray, demand: np.ndarray, supply_xy: np.ndarray, supply: np.ndarray,
                  distance: float, method: str) -> np.ndarray:
    import pandas as pd
    from access import Access, weights

    full = np.hypot(demand_xy[:, None, 0] - supply_xy[None, :, 0], demand_xy[:, None, 1] - supply_xy[None, :, 1])
    i, j = np.nonzero(full <= distance)  # our inclusive catchment; PySAL's own max_cost would be strict (<)
    cost = pd.DataFrame({"origin": i, "dest": j, "cost": full[i, j]})
    model = Access(demand_df=pd.DataFrame({"geoid": np.arange(len(demand)), "pop": demand}), demand_index="geoid",
                   demand_value="pop",
                   supply_df=pd.DataFrame({"geoid": np.arange(len(supply)), "cap": supply}), supply_index="geoid",
                   supply_value="cap", cost_df=cost, cost_origin="origin", cost_dest="dest", cost_name="cost")
    if method == "2sfca":
        frame = model.two_stage_fca(name="x")
    elif method == "e2sfca_gaussian":
        frame = model.enhanced_two_stage_fca(name="x", weight_fn=weights.gaussian(distance / 2))
    else:
        steps = {distance / 3.0: 1.0, 2.0 * distance / 3.0: 0.68, distance: 0.22}
        frame = model.enhanced_two_stage_fca(name="x", weight_fn=weights.step_fn(steps))
    return frame["x_cap"].sort_index().to_numpy(dtype=float)


@pytest.mark.parametrize("city", ["gent", "leuven"])
@pytest.mark.parametrize("distance", [2_000.0, 5_000.0])
@pytest.mark.parametrize("method", METHODS)
def test_equals_pysal_access_on_real_sectors_and_stations(testpack: Path, city: str, distance: float,
                                                          method: str) -> None:
    demand_xy, demand, supply_xy, supply, nulls = _real_inputs(testpack, city)
    assert nulls == (1 if city == "gent" else 0)  # the one Gent sector without 2023 population
    ours = floating_catchment(demand_xy, demand, supply_xy, supply, distance, method)
    theirs = _pysal_access(demand_xy, demand, supply_xy, supply, distance, method)
    reached = ~np.isnan(theirs)  # PySAL leaves demand that reaches no station NaN; we give 0
    assert reached.sum() >= 40 and ours.pairs >= reached.sum()  # not a vacuous comparison
    assert np.all(ours.access[~reached] == 0)
    assert np.isfinite(theirs[reached]).all()
    np.testing.assert_allclose(ours.access[reached], theirs[reached], rtol=1e-9, atol=0)
