"""Floating catchment speed at Flanders scale: SlimStad vs a QGIS Processing chain, bare shapely, PySAL.

Synthetic, deterministic input in EPSG:31370: a Voronoi tessellation of ~9,600 "sectors" over a
Flanders-size box (238 km x 95 km; 60 % uniform, 40 % clustered around 12 towns) and ~6,000 facilities.
For each catchment distance (1 km and 5 km) it times, all in this run:

* ``core``: :func:`floating_catchment` on centroid arrays (best of ``REPEATS``);
* ``algorithm``: the whole ``slimstad:floating_catchment`` on memory layers (centroids, writing included);
* ``bare``: a minimal shapely-2 ``STRtree.query(predicate="dwithin")`` + numpy version of the same numbers;
* ``pysal``: PySAL ``access`` 2SFCA on the pairs table (the table itself is built outside its timing);
* ``chain``: native:centroids -> native:buffer -> qgis:joinbylocationsummary (sum) -> native:fieldcalculator
  -> qgis:joinbylocationsummary (sum of ratios). It is slow, so it runs on the facilities and sectors inside
  the western ``CHAIN_FRACTION`` of the box (default 1 = full scale, about 45 s per distance) and a subset's
  time is extrapolated linearly in the number of features (stated in the output). Its numbers are compared
  with the exact ones on the same subset.

Knobs (environment): SLIMSTAD_BENCH_SECTORS, SLIMSTAD_BENCH_FACILITIES, SLIMSTAD_BENCH_DISTANCES (comma list),
SLIMSTAD_BENCH_CHAIN_FRACTION (1 = full scale), SLIMSTAD_BENCH_REPEATS.
"""

import os
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable, Dict, List, Tuple

import numpy as np
import shapely

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SECTORS = int(os.environ.get("SLIMSTAD_BENCH_SECTORS", "9600"))
FACILITIES = int(os.environ.get("SLIMSTAD_BENCH_FACILITIES", "6000"))
DISTANCES = [float(v) for v in os.environ.get("SLIMSTAD_BENCH_DISTANCES", "1000,5000").split(",")]
CHAIN_FRACTION = float(os.environ.get("SLIMSTAD_BENCH_CHAIN_FRACTION", "1"))
REPEATS = int(os.environ.get("SLIMSTAD_BENCH_REPEATS", "3"))
BOX = (22_000.0, 150_000.0, 260_000.0, 245_000.0)  # Flanders in Lambert 72 (xmin, ymin, xmax, ymax)


def flanders_points(rng: np.random.Generator, count: int) -> np.ndarray:
    """60 % uniform over the box, 40 % around 12 towns (sigma 4 km), clipped to the box."""
    xmin, ymin, xmax, ymax = BOX
    towns = rng.uniform([xmin + 10_000, ymin + 10_000], [xmax - 10_000, ymax - 10_000], (12, 2))
    uniform = rng.uniform([xmin, ymin], [xmax, ymax], (count - int(0.4 * count), 2))
    clustered = towns[rng.integers(0, 12, int(0.4 * count))] + rng.normal(0, 4_000, (int(0.4 * count), 2))
    return np.clip(np.concatenate([uniform, clustered]), [xmin, ymin], [xmax, ymax])


def synthetic_flanders(seed: int = 72) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Sector polygons with population, facility points with capacity (deterministic)."""
    rng = np.random.default_rng(seed)
    seeds = flanders_points(rng, SECTORS)
    box = shapely.box(*BOX)
    cells = shapely.get_parts(shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=box))
    sectors = shapely.intersection(cells, box)
    population = rng.integers(0, 2_500, len(sectors)).astype(float)
    facilities = shapely.points(flanders_points(rng, FACILITIES))
    capacity = rng.integers(5, 120, FACILITIES).astype(float)
    return sectors, population, facilities, capacity


def bare_shapely(demand_xy: np.ndarray, demand: np.ndarray, supply_xy: np.ndarray, supply: np.ndarray,
                 distance: float) -> Tuple[np.ndarray, np.ndarray]:
    """The minimal 2SFCA with shapely 2 + numpy: the speed yardstick."""
    tree = shapely.STRtree(shapely.points(supply_xy))
    i, j = tree.query(shapely.points(demand_xy), predicate="dwithin", distance=distance)
    weighted = np.bincount(j, weights=demand[i], minlength=len(supply_xy))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(weighted > 0, supply / weighted, np.nan)
    access = np.bincount(i, weights=np.nan_to_num(ratio)[j], minlength=len(demand_xy))
    return access, ratio


def best_of(function: Callable[[], object], repeats: int) -> Tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def memory_layers(sectors: np.ndarray, population: np.ndarray, facilities: np.ndarray,
                  capacity: np.ndarray) -> Tuple[object, object]:
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    demand = QgsVectorLayer("MultiPolygon?crs=EPSG:31370&field=id:integer&field=pop:double", "sectors", "memory")
    supply = QgsVectorLayer("Point?crs=EPSG:31370&field=id:integer&field=cap:double", "facilities", "memory")
    for target, geometries, values in ((demand, sectors, population), (supply, facilities, capacity)):
        features = []
        for index, (geometry, value) in enumerate(zip(geometries, values)):
            feature = QgsFeature(target.fields())
            qgs = QgsGeometry()
            qgs.fromWkb(shapely.to_wkb(geometry))
            if target is demand:
                qgs.convertToMultiType()
            feature.setGeometry(qgs)
            feature.setAttributes([index, float(value)])
            features.append(feature)
        target.dataProvider().addFeatures(features)
    return demand, supply


def processing_chain(demand_layer: object, supply_layer: object, distance: float) -> np.ndarray:
    """2SFCA the way a QGIS user would chain it; returns access per demand feature (by ``id``)."""
    import processing

    temp = "TEMPORARY_OUTPUT"
    centroids = processing.run("native:centroids", {"INPUT": demand_layer, "ALL_PARTS": False,
                                                    "OUTPUT": temp})["OUTPUT"]
    buffers = processing.run("native:buffer", {"INPUT": supply_layer, "DISTANCE": distance, "SEGMENTS": 5,
                                               "DISSOLVE": False, "OUTPUT": temp})["OUTPUT"]
    demand_sum = processing.run("qgis:joinbylocationsummary", {
        "INPUT": buffers, "JOIN": centroids, "PREDICATE": [0], "JOIN_FIELDS": ["pop"], "SUMMARIES": [5],
        "DISCARD_NONMATCHING": False, "OUTPUT": temp})["OUTPUT"]
    ratios = processing.run("native:fieldcalculator", {
        "INPUT": demand_sum, "FIELD_NAME": "R", "FIELD_TYPE": 0, "FIELD_LENGTH": 30, "FIELD_PRECISION": 15,
        "FORMULA": 'CASE WHEN "pop_sum" > 0 THEN "cap" / "pop_sum" ELSE NULL END', "OUTPUT": temp})["OUTPUT"]
    access = processing.run("qgis:joinbylocationsummary", {
        "INPUT": centroids, "JOIN": ratios, "PREDICATE": [0], "JOIN_FIELDS": ["R"], "SUMMARIES": [5],
        "DISCARD_NONMATCHING": False, "OUTPUT": temp})["OUTPUT"]
    result = np.zeros(demand_layer.featureCount())
    order = {fid: index for index, fid in enumerate(f["id"] for f in demand_layer.getFeatures())}
    for feature in access.getFeatures():
        value = feature["R_sum"]
        empty = value is None or (hasattr(value, "isNull") and value.isNull()) or value != value
        result[order[feature["id"]]] = 0.0 if empty else float(value)
    return result


def peak_memory_mb(function: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        function()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def run_distance(distance: float, data: Tuple[np.ndarray, ...], layers: Tuple[object, object]) -> Dict[str, object]:
    import processing

    from slimstad_plugin.core.analysis.accessibility import floating_catchment

    sectors, population, facilities, capacity = data
    demand_xy = shapely.get_coordinates(shapely.centroid(sectors))
    supply_xy = shapely.get_coordinates(facilities)
    floating_catchment(demand_xy, population, supply_xy, capacity, distance)  # warm-up: imports, caches
    bare_shapely(demand_xy, population, supply_xy, capacity, distance)
    core_time, core = best_of(lambda: floating_catchment(demand_xy, population, supply_xy, capacity, distance),
                              REPEATS)
    bare_time, (bare_access, _) = best_of(
        lambda: bare_shapely(demand_xy, population, supply_xy, capacity, distance), REPEATS)
    row: Dict[str, object] = {"distance_m": distance, "pairs": core.pairs, "core_s": round(core_time, 4),
                              "bare_shapely_s": round(bare_time, 4),
                              "core_vs_bare": round(core_time / bare_time, 3),
                              "core_equals_bare_max_rel": float(np.max(np.abs(core.access - bare_access) /
                                                                       np.maximum(np.abs(bare_access), 1e-300)))}
    row["core_peak_mb_tracemalloc"] = round(peak_memory_mb(
        lambda: floating_catchment(demand_xy, population, supply_xy, capacity, distance)), 1)
    parameters = {"DEMAND": layers[0], "DEMAND_FIELD": "pop", "SUPPLY": layers[1], "SUPPLY_FIELD": "cap",
                  "DISTANCE": distance, "METHOD": 0, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    processing.run("slimstad:floating_catchment", parameters)  # warm-up, as the chain's algorithms are warm too
    times = []
    for _ in range(3):  # median of 3: single runs swing by +-30 % on this shared 2-core machine
        start = time.perf_counter()
        processing.run("slimstad:floating_catchment", parameters)
        times.append(time.perf_counter() - start)
    row["algorithm_s"] = round(sorted(times)[1], 3)
    row.update(run_pysal(demand_xy, population, supply_xy, capacity, distance, core.access, core_time))
    row.update(run_chain(distance, data, demand_xy, supply_xy))
    row["chain_vs_core"] = round(row["chain_s_full_scale"] / core_time, 1)
    row["chain_vs_algorithm"] = round(row["chain_s_full_scale"] / row["algorithm_s"], 1)
    return row


def run_pysal(demand_xy: np.ndarray, population: np.ndarray, supply_xy: np.ndarray, capacity: np.ndarray,
              distance: float, exact: np.ndarray, core_time: float) -> Dict[str, object]:
    import warnings

    import pandas as pd
    from access import Access

    start = time.perf_counter()
    i, j = shapely.STRtree(shapely.points(supply_xy)).query(shapely.points(demand_xy), predicate="dwithin",
                                                           distance=distance)
    d = np.hypot(demand_xy[i, 0] - supply_xy[j, 0], demand_xy[i, 1] - supply_xy[j, 1])
    cost = pd.DataFrame({"origin": i, "dest": j, "cost": d})
    table_time = time.perf_counter() - start
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = Access(demand_df=pd.DataFrame({"geoid": np.arange(len(population)), "pop": population}),
                       demand_index="geoid", demand_value="pop",
                       supply_df=pd.DataFrame({"geoid": np.arange(len(capacity)), "cap": capacity}),
                       supply_index="geoid", supply_value="cap", cost_df=cost, cost_origin="origin",
                       cost_dest="dest", cost_name="cost")
        theirs = model.two_stage_fca(name="x")["x_cap"].sort_index().to_numpy(dtype=float)
    pysal_time = time.perf_counter() - start
    reached = np.isfinite(theirs)
    return {"pysal_s": round(pysal_time, 3), "pysal_cost_table_s": round(table_time, 3),
            "pysal_vs_core": round(pysal_time / core_time, 1),
            "pysal_max_rel_diff": float(np.max(np.abs(theirs[reached] - exact[reached]) / exact[reached].clip(1e-300)))
            if reached.any() else 0.0}


def run_chain(distance: float, data: Tuple[np.ndarray, ...], demand_xy: np.ndarray,
              supply_xy: np.ndarray) -> Dict[str, object]:
    """The Processing chain on the western CHAIN_FRACTION of the box, extrapolated by pair count."""
    from slimstad_plugin.core.analysis.accessibility import floating_catchment

    sectors, population, facilities, capacity = data
    limit = BOX[0] + CHAIN_FRACTION * (BOX[2] - BOX[0])
    d_mask, s_mask = demand_xy[:, 0] <= limit, supply_xy[:, 0] <= limit
    subset = (sectors[d_mask], population[d_mask], facilities[s_mask], capacity[s_mask])
    layers = memory_layers(*subset)
    start = time.perf_counter()
    chain = processing_chain(layers[0], layers[1], distance)
    chain_time = time.perf_counter() - start
    exact = floating_catchment(demand_xy[d_mask], population[d_mask], supply_xy[s_mask], capacity[s_mask],
                               distance)
    # The chain's cost is per feature (one buffer, one spatial-index lookup each): at full scale the
    # 1 km and 5 km runs take about the same time, so a subset is scaled by its share of features.
    scale = (len(demand_xy) + len(supply_xy)) / max(int(d_mask.sum() + s_mask.sum()), 1)
    reached = exact.access > 0
    relative = np.abs(chain[reached] - exact.access[reached]) / exact.access[reached]
    return {"chain_subset": "x <= {:.0f} ({:.0%} of width): {} sectors, {} facilities, {} pairs".format(
                limit, CHAIN_FRACTION, int(d_mask.sum()), int(s_mask.sum()), exact.pairs),
            "chain_s_subset": round(chain_time, 3),
            "chain_s_full_scale": round(chain_time * scale, 2),
            "chain_extrapolated": CHAIN_FRACTION < 1.0,
            "chain_max_rel_error": round(float(relative.max()), 6) if reached.any() else 0.0,
            "chain_mean_rel_error": round(float(relative.mean()), 6) if reached.any() else 0.0}


def main() -> dict:
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=True)
    started = time.perf_counter()
    data = synthetic_flanders()
    layers = memory_layers(*data)
    rows: List[Dict[str, object]] = [run_distance(distance, data, layers) for distance in DISTANCES]
    try:
        import psutil

        rss = round(psutil.Process().memory_info().rss / 1e6, 1)
    except ImportError:
        rss = None
    result = {"sectors": len(data[0]), "facilities": len(data[2]), "repeats": REPEATS, "runs": rows,
              "process_rss_mb_at_end": rss, "total_s": round(time.perf_counter() - started, 1),
              "note": ("chain_s_full_scale is extrapolated linearly in feature count from the subset "
                       "when chain_extrapolated")}
    for row in rows:
        print("distance {distance_m:.0f} m: {pairs} pairs; core {core_s}s, bare shapely {bare_shapely_s}s "
              "(core/bare {core_vs_bare}); algorithm {algorithm_s}s; PySAL {pysal_s}s (+{pysal_cost_table_s}s "
              "table, {pysal_vs_core}x core); chain {chain_s_full_scale}s full scale ({chain_vs_core}x core, "
              "{chain_vs_algorithm}x algorithm; subset {chain_subset}: {chain_s_subset}s), chain error max "
              "{chain_max_rel_error} mean {chain_mean_rel_error}; peak {core_peak_mb_tracemalloc} MB".format(**row))
    print(result)
    return result


if __name__ == "__main__":
    main()
