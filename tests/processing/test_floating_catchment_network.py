"""Network costs through QGIS layers and slimstad:floating_catchment: equal to QGIS's own network analysis,
travel time, one-way streets as QGIS's direction field, ties, locations far from the network."""

from pathlib import Path
from typing import Dict, List, Tuple

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis_helpers import RecordingFeedback

from slimstad_plugin.core.analysis.accessibility import floating_catchment
from slimstad_plugin.core.analysis.network_distance import BOTH, FORWARD, StreetNetwork
from slimstad_plugin.core.layers.network_lines import DirectionRule, read_network
from slimstad_plugin.core.layers.points import layer_points

LAMBERT = QgsCoordinateReferenceSystem("EPSG:31370")
X0, Y0 = 104_000.0, 194_000.0  # in Gent, Lambert 72
# A hand-made network: long edges (1.7-1.8 km without inner vertices), a dead end, a one-way street (eastwards
# only), a stretch with its own speed, a line that crosses another without a shared vertex, and a second,
# unconnected part. Coordinates relative to (X0, Y0).
HAND_LINES: List[Tuple[List[Tuple[float, float]], str, object]] = [
    ([(0, 0), (1800, 0)], "both", None),
    ([(1800, 0), (1800, 900), (1800, 1700)], "both", 30.0),
    ([(0, 0), (0, 1700)], "both", None),
    ([(0, 1700), (600, 1700), (1800, 1700)], "oneway", None),
    ([(600, 1700), (600, 1000)], "both", None),  # dead end
    ([(900, -300), (1100, 600), (1300, -300)], "both", 8.0),  # crosses the bottom edge without a vertex
    ([(3000, 0), (3600, 300), (4000, 0)], "both", None),  # another part
]


def hand_layer(default_speed: object = None) -> QgsVectorLayer:
    """The lines above; ``default_speed`` fills the speed of the lines that have none (NULL otherwise)."""
    layer = QgsVectorLayer("LineString?crs=EPSG:31370&field=dir:string&field=kmh:double", "hand", "memory")
    features = []
    for coords, direction, speed in HAND_LINES:
        speed = default_speed if speed is None else speed
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in coords]))
        feature.setAttributes([direction, speed])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def hand_points() -> np.ndarray:
    rng = np.random.default_rng(2024)
    special = [(600, 1200), (600, 900), (1800, 900), (1000, -1), (300, 1690), (1500, 1720), (3500, 250),
               (1100, 600), (-50, 850), (700, 0)]  # dead end, beyond its end, vertices, on a line, one-way side...
    random = rng.uniform([-200, -400], [4200, 1900], (10, 2))
    return np.concatenate([np.array(special, float), random]) + [X0, Y0]


RULE = DirectionRule(field="dir", forward="oneway", backward="reverse", both="both", default=BOTH)


def qgis_engine(layer: QgsVectorLayer, a: np.ndarray, b: np.ndarray, ellipsoid: str,
                speed: float = 0.0) -> Tuple[float, np.ndarray, np.ndarray]:
    """What native:shortestpathpointtopoint computes (QgsVectorLayerDirector, QgsGraphBuilder,
    QgsGraphAnalyzer.dijkstra), with the ellipsoid as a parameter: (cost, tie point a, tie point b)."""
    from qgis.analysis import (
        QgsGraphAnalyzer,
        QgsGraphBuilder,
        QgsNetworkDistanceStrategy,
        QgsNetworkSpeedStrategy,
        QgsVectorLayerDirector,
    )

    director = QgsVectorLayerDirector(layer, layer.fields().lookupField("dir"), "oneway", "reverse", "both",
                                      QgsVectorLayerDirector.Direction.DirectionBoth)
    if speed:  # km/h -> m/s, as the algorithm's "Fastest" strategy: cost in seconds
        director.addStrategy(QgsNetworkSpeedStrategy(layer.fields().lookupField("kmh"), speed, 1000.0 / 3600.0))
    else:
        director.addStrategy(QgsNetworkDistanceStrategy())
    builder = QgsGraphBuilder(layer.crs(), True, 0.0, ellipsoid)
    tied = director.makeGraph(builder, [QgsPointXY(*a), QgsPointXY(*b)])
    graph = builder.graph()
    start, end = graph.findVertex(tied[0]), graph.findVertex(tied[1])
    tree, cost = QgsGraphAnalyzer.dijkstra(graph, start, 0)
    value = cost[end] if (tree[end] != -1 or start == end) else np.inf
    return value, np.array([tied[0].x(), tied[0].y()]), np.array([tied[1].x(), tied[1].y()])


def ours(layer: QgsVectorLayer, points: np.ndarray, strategy: str = "distance", speed: float = 4.8,
         tie: str = "edge") -> np.ndarray:
    read = read_network(layer, LAMBERT, direction=RULE, speed_field="kmh")
    network = StreetNetwork(read.lines, strategy, speed)
    return network.connect(points, points, tie).cost_matrix()


def test_costs_equal_qgis_network_analysis_plus_connectors(slimstad_processing: None) -> None:
    layer, points = hand_layer(), hand_points()
    costs = ours(layer, points)
    compared, unreachable = 0, 0
    for i in range(len(points)):
        for j in range(len(points)):
            expected, tie_a, tie_b = qgis_engine(layer, points[i], points[j], "NONE")  # planar, as SlimStad
            connectors = np.hypot(*(points[i] - tie_a)) + np.hypot(*(points[j] - tie_b))
            if np.isinf(expected):
                assert np.isinf(costs[i, j]), (i, j)
                unreachable += 1
            else:
                assert costs[i, j] == pytest.approx(expected + connectors, abs=1e-6), (i, j)
                compared += 1
    assert compared > 150 and unreachable > 50  # both parts, the one-way street and the dead end were crossed
    assert not np.allclose(costs, costs.T)  # the one-way street made some trips longer one way than back


def test_the_engine_above_is_native_shortestpathpointtopoint(slimstad_processing: None) -> None:
    """native:shortestpathpointtopoint is the same engine measured on the WGS 84 ellipsoid (QgsGraphBuilder's
    default): its cost equals the engine's with that ellipsoid, and the planar costs SlimStad uses are within
    a few cm per km of it in Gent."""
    import processing

    layer, points = hand_layer(), hand_points()
    costs = ours(layer, points)
    checked = 0
    for i, j in [(0, 1), (4, 5), (5, 4), (2, 7), (8, 3), (9, 12), (6, 0), (13, 17)]:
        params = {"INPUT": layer, "STRATEGY": 0, "DIRECTION_FIELD": "dir", "VALUE_FORWARD": "oneway",
                  "VALUE_BACKWARD": "reverse", "VALUE_BOTH": "both", "DEFAULT_DIRECTION": 2, "TOLERANCE": 0,
                  "START_POINT": "{!r},{!r} [EPSG:31370]".format(*points[i]),
                  "END_POINT": "{!r},{!r} [EPSG:31370]".format(*points[j]), "OUTPUT": "TEMPORARY_OUTPUT"}
        ellipsoidal, tie_a, tie_b = qgis_engine(layer, points[i], points[j], "WGS84")
        if np.isinf(costs[i, j]):
            with pytest.raises(QgsProcessingException, match="no route"):
                processing.run("native:shortestpathpointtopoint", params)
            continue
        literal = processing.run("native:shortestpathpointtopoint", params)["TRAVEL_COST"]
        assert literal == pytest.approx(ellipsoidal, abs=1e-6)
        path = costs[i, j] - np.hypot(*(points[i] - tie_a)) - np.hypot(*(points[j] - tie_b))
        assert path == pytest.approx(literal, rel=5e-5)
        checked += 1
    assert checked >= 5


def test_travel_time_equals_qgis_fastest_strategy(slimstad_processing: None) -> None:
    # QGIS makes a line with a NULL speed impassable (distance / 0); here every line has a speed.
    layer, points = hand_layer(default_speed=15.0), hand_points()
    minutes = ours(layer, points, "time", speed=15.0)
    # SlimStad gives a NULL speed the default speed instead: the same numbers as filling it in.
    np.testing.assert_allclose(ours(hand_layer(), points, "time", speed=15.0), minutes, rtol=1e-12)
    compared = 0
    for i, j in np.ndindex(*minutes.shape):
        seconds, tie_a, tie_b = qgis_engine(layer, points[i], points[j], "NONE", speed=15.0)
        if np.isinf(seconds):
            assert np.isinf(minutes[i, j])
            continue
        connectors = (np.hypot(*(points[i] - tie_a)) + np.hypot(*(points[j] - tie_b))) / (15_000.0 / 60.0)
        assert minutes[i, j] == pytest.approx(seconds / 60.0 + connectors, abs=1e-9)
        compared += 1
    assert compared > 150


def test_vertex_tie_and_the_long_edge_it_misplaces(slimstad_processing: None) -> None:
    layer = hand_layer()
    points = np.array([[X0 + 450.0, Y0 + 5.0], [X0 + 1790.0, Y0 + 10.0], [X0 + 900.0, Y0 + 5.0]])
    by_edge = ours(layer, points)
    by_vertex = ours(layer, points, tie="node")
    # On the 1.8 km edge: 5 m connector, 1340 m along it, 10 m connector. By vertex the first location starts
    # from the edge's end (0, 0), 450 m away, and the second from (1800, 0).
    assert by_edge[0, 1] == pytest.approx(5.0 + 1340.0 + 10.0)
    assert by_vertex[0, 1] == pytest.approx(np.hypot(450.0, 5.0) + 1800.0 + np.hypot(10.0, 10.0))
    # 5 m from the edge, but its nearest vertex (305 m) belongs to the line that crosses without a vertex.
    assert by_edge[2, 1] == pytest.approx(5.0 + 890.0 + 10.0)
    assert np.isinf(by_vertex[2, 1])


# --- through slimstad:floating_catchment ------------------------------------------------------------------

def run(params: Dict[str, object], feedback: RecordingFeedback = None) -> dict:
    import processing

    base = {"METHOD": 0, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    base.update(params)
    return processing.run("slimstad:floating_catchment", base, feedback=feedback or RecordingFeedback())


def sample(gpkg: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    assert layer.isValid(), name
    return layer


def values(output: QgsVectorLayer, field: str) -> np.ndarray:
    return np.array([np.nan if f[field] is None or (hasattr(f[field], "isNull") and f[field].isNull())
                     else float(f[field]) for f in output.getFeatures()], dtype=float)


def sample_params(gpkg: Path, distance: float) -> Dict[str, object]:
    return {"DEMAND": sample(gpkg, "statistische_sectoren"), "DEMAND_FIELD": "inw_0_2",
            "SUPPLY": sample(gpkg, "kinderopvang"), "SUPPLY_FIELD": "plaatsen", "DISTANCE": distance,
            "NETWORK": sample(gpkg, "straten")}


def test_algorithm_equals_core_on_sample_city_streets(sample_gpkg: Path, slimstad_processing: None) -> None:
    demand = layer_points(sample(sample_gpkg, "statistische_sectoren"), "inw_0_2", LAMBERT)
    supply = layer_points(sample(sample_gpkg, "kinderopvang"), "plaatsen", LAMBERT)
    network = StreetNetwork(read_network(sample(sample_gpkg, "straten"), LAMBERT).lines)
    tied = network.connect(demand.xy, supply.xy, max_distance=500.0)
    by_network = tied.cost_matrix()
    straight = np.hypot(demand.xy[:, None, 0] - supply.xy[None, :, 0], demand.xy[:, None, 1] - supply.xy[None, :, 1])
    assert np.isfinite(by_network).all()  # the sample city's streets are connected
    assert (by_network >= straight - 1e-6).all()
    assert np.median(by_network / np.maximum(straight, 1.0)) > 1.05  # detours are real
    core = floating_catchment(demand.xy, demand.values, supply.xy, supply.values, 1500.0, network=tied)
    euclid = floating_catchment(demand.xy, demand.values, supply.xy, supply.values, 1500.0)
    assert 0 < core.pairs < euclid.pairs and core.pairs == int((by_network <= 1500.0).sum())
    feedback = RecordingFeedback()
    result = run(sample_params(sample_gpkg, 1500.0), feedback)
    assert result["PAIRS"] == core.pairs and result["UNCONNECTED_DEMAND"] == result["UNCONNECTED_SUPPLY"] == 0
    np.testing.assert_allclose(values(result["OUTPUT"], "access"), core.access, rtol=1e-12)
    assert any("Street network:" in line for line in feedback.lines)


def test_travel_time_is_distance_at_the_mode_speed(sample_gpkg: Path, slimstad_processing: None) -> None:
    metres = run(sample_params(sample_gpkg, 1500.0))
    # 1500 m cycling at 15 km/h = 6 minutes; walking 4.8 km/h over 1500 m = 18.75 minutes.
    cycling = run(dict(sample_params(sample_gpkg, 6.0), STRATEGY=1, MODE=1))
    walking = run(dict(sample_params(sample_gpkg, 18.75), STRATEGY=1, MODE=0))
    own_speed = run(dict(sample_params(sample_gpkg, 1.5), STRATEGY=1, MODE=0, DEFAULT_SPEED=60.0))
    for timed in (cycling, walking, own_speed):
        assert timed["PAIRS"] == metres["PAIRS"] > 0
        np.testing.assert_allclose(values(timed["OUTPUT"], "access"), values(metres["OUTPUT"], "access"),
                                   rtol=1e-9)
    # Gaussian weights scale with the cost unit too (sigma 375 m = 1.5 min at 15 km/h).
    gauss_m = run(dict(sample_params(sample_gpkg, 1500.0), METHOD=1, SIGMA=375.0))
    gauss_min = run(dict(sample_params(sample_gpkg, 6.0), METHOD=1, SIGMA=1.5, STRATEGY=1, MODE=1))
    np.testing.assert_allclose(values(gauss_min["OUTPUT"], "access"), values(gauss_m["OUTPUT"], "access"),
                               rtol=1e-9)
    # Without a network: the straight line at the mode's speed.
    straight = dict(sample_params(sample_gpkg, 6.0), STRATEGY=1, MODE=1)
    straight.pop("NETWORK")
    euclid = dict(sample_params(sample_gpkg, 1500.0))
    euclid.pop("NETWORK")
    np.testing.assert_allclose(values(run(straight)["OUTPUT"], "access"), values(run(euclid)["OUTPUT"], "access"),
                               rtol=1e-9)


def test_locations_far_from_the_network_are_reported_and_null(slimstad_processing: None) -> None:
    layer = hand_layer()
    demand = QgsVectorLayer("Point?crs=EPSG:31370&field=pop:double", "d", "memory")
    supply = QgsVectorLayer("Point?crs=EPSG:31370&field=cap:double", "s", "memory")
    for target, rows in ((demand, [(300, 40, 100.0), (300, 900, 50.0), (1000, 1600, 70.0)]),
                         (supply, [(700, -30, 10.0), (2500, 2500, 5.0)])):
        features = []
        for x, y, value in rows:
            feature = QgsFeature(target.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + x, Y0 + y)))
            feature.setAttributes([value])
            features.append(feature)
        target.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    result = run({"DEMAND": demand, "DEMAND_FIELD": "pop", "SUPPLY": supply, "SUPPLY_FIELD": "cap",
                  "DISTANCE": 2000.0, "NETWORK": layer, "MAX_TIE_DISTANCE": 250.0}, feedback)
    # (300, 900) is 300 m from the network and (2500, 2500) 800 m: not connected, NULL, and said so.
    assert result["UNCONNECTED_DEMAND"] == 1 and result["UNCONNECTED_SUPPLY"] == 1
    access, ratio = values(result["OUTPUT"], "access"), values(result["OUTPUT_SUPPLY"], "ratio")
    assert np.isnan(access[1]) and np.isnan(ratio[1])
    # (300, 40) reaches (700, -30) over 40 + 400 + 30 m; (1000, 1600) is connected to the one-way street
    # eastwards and needs 100 + 800 + 1700 + 1100 + 30 m: connected but out of reach, so 0, not NULL.
    assert ratio[0] == pytest.approx(10.0 / 100.0) and access[0] == pytest.approx(0.1) and access[2] == 0.0
    assert any("1 demand locations are farther than 250" in line and "feature ids 2" in line
               for line in feedback.lines), feedback.lines
    assert any("1 supply locations are farther than 250" in line for line in feedback.lines)


def test_direction_field_values_as_qgis(slimstad_processing: None) -> None:
    """Numeric direction values are compared as text, and unknown values take DEFAULT_DIRECTION."""
    layer = QgsVectorLayer("LineString?crs=EPSG:31370&field=richting:integer", "n", "memory")
    features = []
    for coords, value in (([(0, 0), (100, 0)], 1), ([(100, 0), (100, 100), (0, 100), (0, 0)], 7)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in coords]))
        feature.setAttributes([value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    west, east = np.array([[X0 + 20.0, Y0 + 1.0]]), np.array([[X0 + 80.0, Y0 - 1.0]])
    rule = DirectionRule(field="richting", forward="1", backward="2", both="3", default=BOTH)
    read = read_network(layer, LAMBERT, direction=rule)
    assert read.one_way == 1
    network = StreetNetwork(read.lines)
    assert network.connect(east, west).cost_matrix()[0, 0] == pytest.approx(342.0)
    low, high = np.array([[X0 - 1.0, Y0 + 50.0]]), np.array([[X0 - 1.0, Y0 + 80.0]])  # beside the loop's west side
    assert network.connect(low, high).cost_matrix()[0, 0] == pytest.approx(32.0)
    rule.default = FORWARD  # now the loop (value 7) is one-way too, in its digitising direction (west side south)
    network = StreetNetwork(read_network(layer, LAMBERT, direction=rule).lines)
    assert network.connect(low, high).cost_matrix()[0, 0] == pytest.approx(1 + 50 + 100 + 100 + 100 + 20 + 1)
    assert network.connect(high, low).cost_matrix()[0, 0] == pytest.approx(32.0)


def test_bad_network_parameters_give_clear_errors(sample_gpkg: Path, slimstad_processing: None) -> None:
    with pytest.raises(QgsProcessingException, match="must contain lines"):
        run(dict(sample_params(sample_gpkg, 1000.0), NETWORK=sample(sample_gpkg, "haltes")))
    with pytest.raises(QgsProcessingException, match="speed must be greater than 0"):
        run(dict(sample_params(sample_gpkg, 10.0), STRATEGY=1, DEFAULT_SPEED=0.0))


def test_network_in_another_crs_is_reprojected(slimstad_processing: None) -> None:
    import processing

    layer, points = hand_layer(), hand_points()
    wgs84 = processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": "EPSG:4326",
                                                     "OUTPUT": "memory:wgs84"})["OUTPUT"]
    read = read_network(wgs84, LAMBERT, direction=RULE)
    assert read.lines.coords[:, 0].min() > 100_000  # back in Lambert 72 metres
    network = StreetNetwork(read.lines)
    # The round trip through WGS 84 moves vertices by under a millimetre.
    np.testing.assert_allclose(network.connect(points, points).cost_matrix(), ours(layer, points), atol=0.01)
