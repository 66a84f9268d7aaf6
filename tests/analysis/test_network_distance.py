"""Network costs (core): vertex merging, one-way streets, the search cut to the box is exact on real data."""

from pathlib import Path
from typing import Dict

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from slimstad_plugin.core.analysis import network_search
from slimstad_plugin.core.analysis.accessibility import floating_catchment
from slimstad_plugin.core.analysis.network_distance import BOTH, FORWARD, NetworkLines, StreetNetwork
from slimstad_plugin.core.base.errors import Canceled
from slimstad_plugin.core.layers.network_lines import read_network
from slimstad_plugin.core.layers.points import layer_points

LAMBERT = QgsCoordinateReferenceSystem("EPSG:31370")


def test_hand_built_square_with_tolerance() -> None:
    # A 100 m square with a 3-vertex bottom edge and a dead-end spur; the top edge's first vertex is 5 mm off
    # the corner and is merged with it by a 1 cm topology tolerance (and not without one).
    lines = [[[0.0, 0.0], [50.0, 0.0], [100.0, 0.0]], [[100.0, 0.0], [100.0, 100.0]],
             [[100.0, 100.005], [0.0, 100.0]], [[0.0, 100.0], [0.0, 0.0]], [[100.0, 100.0], [160.0, 180.0]]]
    network = StreetNetwork(NetworkLines.from_parts(lines), tolerance=0.01)
    assert len(network.nodes) == 6 and network.edge_count == 6
    assert len(StreetNetwork(NetworkLines.from_parts(lines)).nodes) == 7
    points = np.array([[0.0, 0.0], [100.0, 100.0], [50.0, 10.0], [160.0, 180.0]])
    expected = np.array([[0, 200, 60, 300], [200, 0, 160, 100], [60, 160, 20, 260], [300, 100, 260, 0]], float)
    np.testing.assert_allclose(network.connect(points, points).cost_matrix(), expected, atol=1e-9)
    tied = network.connect(points[:2], points[2:])
    found = {(int(i), int(j)): d for batch in tied.pairs(points[:2], points[2:], 160.0) for i, j, d in zip(*batch)}
    assert found == pytest.approx({(0, 0): 60.0, (1, 0): 160.0, (1, 1): 100.0})


def test_one_way_street_is_followed_from_demand_to_facility() -> None:
    # A 100 m one-way street eastwards, and a 300 m detour back along a two-way loop.
    lines = NetworkLines.from_parts([[[0, 0], [100, 0]], [[100, 0], [100, 100], [0, 100], [0, 0]]],
                                    direction=[FORWARD, BOTH])
    network = StreetNetwork(lines)
    west, east = np.array([[20.0, 1.0]]), np.array([[80.0, -1.0]])
    assert network.connect(west, east).cost_matrix()[0, 0] == pytest.approx(1 + 60 + 1)
    assert network.connect(east, west).cost_matrix()[0, 0] == pytest.approx(1 + 20 + 300 + 20 + 1)


@pytest.fixture(scope="module")
def gent(testpack: Path) -> Dict[str, object]:
    """The real Gent bike network, the real Gent sectors and 300 generated facilities, tied once."""
    network_layer = QgsVectorLayer("{}|layername=gent_vvr_lff_fietsnetwerk".format(testpack), "lff", "ogr")
    sectors = QgsVectorLayer("{}|layername=gent_statsec_pop2023".format(testpack), "sectors", "ogr")
    assert network_layer.isValid() and sectors.isValid()
    demand = layer_points(sectors, "pop_2023", LAMBERT)
    rng = np.random.default_rng(7)
    supply_xy = demand.xy[rng.integers(0, len(demand.xy), 300)] + rng.normal(0, 600, (300, 2))
    read = read_network(network_layer, LAMBERT)
    return {"lines": read.lines, "demand": demand, "supply_xy": supply_xy,
            "capacity": rng.integers(5, 120, 300).astype(float)}


@pytest.mark.parametrize("from_demand", [True, False])
@pytest.mark.parametrize("one_way", [False, True])
def test_search_cut_to_the_box_is_exact_on_real_gent_network(gent: Dict[str, object], from_demand: bool,
                                                             one_way: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = gent["lines"]
    if one_way:  # every third line one-way: the search from the facilities must run on the reversed graph
        direction = np.where(np.arange(len(lines.direction)) % 3 == 0, FORWARD, BOTH).astype(np.int8)
        lines = NetworkLines(lines.coords, lines.offsets, direction, lines.speed_kmh)
    demand_xy, supply_xy = gent["demand"].xy, gent["supply_xy"]
    tied = StreetNetwork(lines).connect(demand_xy, supply_xy)
    full = tied.cost_matrix()  # unbounded search over the whole graph
    monkeypatch.setattr(network_search, "search_from_demand", lambda d, s: from_demand)
    for cutoff in (800.0, 3000.0):
        found = np.full(full.shape, np.inf)
        for i, j, d in tied.pairs(demand_xy, supply_xy, cutoff):
            found[i, j] = d
        expected = np.where(full <= cutoff, full, np.inf)
        assert np.count_nonzero(np.isfinite(expected)) > 100
        np.testing.assert_array_equal(np.isfinite(found), np.isfinite(expected))
        np.testing.assert_allclose(found[np.isfinite(found)], expected[np.isfinite(expected)], rtol=1e-12)
    straight = np.hypot(demand_xy[:, None, 0] - supply_xy[None, :, 0], demand_xy[:, None, 1] - supply_xy[None, :, 1])
    assert (full[np.isfinite(full)] >= straight[np.isfinite(full)] - 1e-6).all()


def test_search_can_be_canceled(gent: Dict[str, object]) -> None:
    tied = StreetNetwork(gent["lines"]).connect(gent["demand"].xy, gent["supply_xy"])
    with pytest.raises(Canceled):
        floating_catchment(gent["demand"].xy, gent["demand"].values, gent["supply_xy"], gent["capacity"], 2000.0,
                           network=tied, is_canceled=lambda: True)


def test_connectors_longer_than_the_cutoff_give_no_pairs() -> None:
    network = StreetNetwork(NetworkLines.from_parts([[[0, 0], [1000, 0]]]))
    demand, supply = np.array([[100.0, 300.0], [500.0, 10.0]]), np.array([[200.0, -350.0], [520.0, -5.0]])
    tied = network.connect(demand, supply)
    # 304: the first location's 300 m connector fits, but with any facility's connector (>= 5 m) it does not.
    found = [(int(i), int(j), d) for batch in tied.pairs(demand, supply, 304.0) for i, j, d in zip(*batch)]
    assert found == [(1, 1, pytest.approx(10.0 + 20.0 + 5.0))]


def test_overlapping_lines_take_the_cheaper_edge() -> None:
    # The same 1 km street twice: as a 10 km/h path and as a 20 km/h road (time: parallel edges of different cost).
    lines = NetworkLines.from_parts([[[0, 0], [1000, 0]], [[0, 0], [1000, 0]], [[1000, 0], [1000, 500]]],
                                    speed_kmh=[10.0, 20.0, 10.0])
    network = StreetNetwork(lines, "time", 10.0)
    tied = network.connect(np.array([[0.0, 0.0]]), np.array([[1000.0, 500.0]]))
    assert tied.cost_matrix()[0, 0] == pytest.approx(1000 / (20_000 / 60) + 500 / (10_000 / 60))
    # A one-way copy does not make the two-way street one-way.
    both = NetworkLines.from_parts([[[0, 0], [1000, 0]], [[0, 0], [1000, 0]]], direction=[FORWARD, BOTH])
    back = StreetNetwork(both).connect(np.array([[1000.0, 0.0]]), np.array([[0.0, 0.0]]))
    assert back.cost_matrix()[0, 0] == pytest.approx(1000.0)


@pytest.mark.parametrize("spread", ["corner", "everywhere"])
def test_tie_finds_the_nearest_segment_as_brute_force(spread: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Exact nearest segment, whether the KD-tree covers all of the network or only the area around the
    locations (a location in an 8 km hole of the network then takes a second search over all of it)."""
    rng = np.random.default_rng(3)
    starts = rng.uniform(0, 20_000, (6_000, 2))
    starts = starts[~(starts < 8_000).all(axis=1)]  # the hole
    ends = starts + rng.normal(0, 60, (len(starts), 2))
    long_lines = [[[8_000, 2_500], [20_000, 2_500]], [[0, 12_500], [20_000, 12_500]]]  # 12-20 km, no inner vertex
    lines = NetworkLines.from_parts([np.array(p) for p in np.stack([starts, ends], axis=1)] + long_lines)
    network = StreetNetwork(lines)
    trees = []
    build = StreetNetwork._tree
    monkeypatch.setattr(StreetNetwork, "_tree", staticmethod(lambda points: trees.append(len(points)) or
                                                             build(points)))
    if spread == "corner":
        xy = np.concatenate([rng.uniform(8_000, 9_500, (400, 2)), [[4_000.0, 4_000.0], [9_000.0, 2_510.0]]])
    else:
        xy = rng.uniform(-500, 20_500, (400, 2))
    ties = network.tie(xy)
    if spread == "corner":  # the area around the locations, then everything for the location in the hole
        assert len(trees) == 2 and trees[0] < trees[1] / 2
    a, b = network.nodes[network.seg_u], network.nodes[network.seg_v]
    for index, point in enumerate(xy):
        ab = b - a
        t = np.clip(((point - a) * ab).sum(axis=1) / np.maximum((ab ** 2).sum(axis=1), 1e-300), 0, 1)
        d = np.hypot(*(a + t[:, None] * ab - point).T)
        assert ties.connector[index] == pytest.approx(d.min(), abs=1e-9)
        assert d[ties.segment[index]] == pytest.approx(d.min(), abs=1e-9)
