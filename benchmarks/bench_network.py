"""Network 2SFCA speed: ``slimstad:floating_catchment`` with a NETWORK against a bare scipy baseline.

On the real Gent bike network with the 201 real Gent sectors and 200 / 2,000 generated facilities, at 1 and
3 km, and on a synthetic grid with 11.7x the nodes (see network_data.py), this times in one run, rounds
interleaved (baseline, algorithm, baseline, algorithm, ...) because the machine is shared:

* ``algorithm``: the whole ``slimstad:floating_catchment`` (reading the three layers, building the graph, tying
  every location to the nearest point on the nearest line, searching, writing both output layers);
* ``baseline``: network_baseline.py (read, symmetric CSR, node snapping, Dijkstra from the smaller side).

Reported per case: median and range of the per-round ratio algorithm / baseline (goal <= 1.5 on Gent), and
the ratio of the algorithm's median time on the grid to that on the real network (goal <= 15). The numbers of
the algorithm with TIE = nearest vertex are checked against the baseline's (same model) once per case.

Knobs (environment): SLIMSTAD_BENCH_NETWORK_ROUNDS (default 5), SLIMSTAD_BENCH_NETWORK_DISTANCES (default
1000,3000), SLIMSTAD_BENCH_NETWORK_FACILITIES (default 200,2000), SLIMSTAD_BENCH_NETWORK_GRID (1/0).
"""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List

import numpy as np

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

ROUNDS = int(os.environ.get("SLIMSTAD_BENCH_NETWORK_ROUNDS", "5"))
DISTANCES = [float(v) for v in os.environ.get("SLIMSTAD_BENCH_NETWORK_DISTANCES", "1000,3000").split(",")]
FACILITIES = [int(v) for v in os.environ.get("SLIMSTAD_BENCH_NETWORK_FACILITIES", "200,2000").split(",")]
WITH_GRID = os.environ.get("SLIMSTAD_BENCH_NETWORK_GRID", "1") != "0"


def _values(layer: object, field: str) -> np.ndarray:
    result = []
    for feature in layer.getFeatures():
        value = feature[field]
        empty = value is None or (hasattr(value, "isNull") and value.isNull()) or value != value
        result.append(np.nan if empty else float(value))
    return np.asarray(result)


def run_case(layers: Dict[str, object], network: str, facilities: int, distance: float) -> Dict[str, object]:
    import processing

    from benchmarks.network_baseline import bare_network_2sfca

    supply = layers["facilities_{}".format(facilities)]
    params = {"DEMAND": layers["sectors"], "DEMAND_FIELD": "pop_2023", "SUPPLY": supply, "SUPPLY_FIELD": "capacity",
              "DISTANCE": distance, "METHOD": 0, "NETWORK": layers[network], "MAX_TIE_DISTANCE": 1e12,
              "OUTPUT": "TEMPORARY_OUTPUT",
              "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}

    def baseline() -> object:
        return bare_network_2sfca(layers[network], layers["sectors"], "pop_2023", supply, "capacity", distance)

    def algorithm() -> object:
        return processing.run("slimstad:floating_catchment", params)

    # Same model as the baseline (nearest vertex, every location connected): the numbers must agree.
    check = processing.run("slimstad:floating_catchment", dict(params, TIE=1))
    bare_access, _, bare_pairs = baseline()
    ours = np.nan_to_num(_values(check["OUTPUT"], "access"))
    same = bool(check["PAIRS"] == bare_pairs and np.allclose(ours, bare_access, rtol=1e-9, atol=0))
    algorithm()  # warm-up (the baseline was just run)
    base_times: List[float] = []
    alg_times: List[float] = []
    result = None
    for _ in range(ROUNDS):
        for function, times in ((baseline, base_times), (algorithm, alg_times)):
            start = time.perf_counter()
            out = function()
            times.append(time.perf_counter() - start)
            if function is algorithm:
                result = out
    ratios = [a / b for a, b in zip(alg_times, base_times)]
    return {"network": network, "facilities": facilities, "distance_m": distance, "pairs": result["PAIRS"],
            "unconnected_demand": result["UNCONNECTED_DEMAND"], "unconnected_supply": result["UNCONNECTED_SUPPLY"],
            "algorithm_s": round(statistics.median(alg_times), 4),
            "baseline_s": round(statistics.median(base_times), 4),
            "ratio_median": round(statistics.median(ratios), 3), "ratio_min": round(min(ratios), 3),
            "ratio_max": round(max(ratios), 3), "node_tie_equals_baseline": same}


def main() -> dict:
    from qgis.core import QgsVectorLayer

    from benchmarks.network_data import build
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="slimstad_bench_network_") as folder:
        data = build(Path(folder), FACILITIES, WITH_GRID)
        names = ["gent_network", "sectors"] + ["facilities_{}".format(n) for n in FACILITIES] + \
            (["grid_network"] if WITH_GRID else [])
        layers = {name: QgsVectorLayer("{}|layername={}".format(data["path"], name), name, "ogr") for name in names}
        rows = []
        for network in ["gent_network"] + (["grid_network"] if WITH_GRID else []):
            for facilities in FACILITIES:
                for distance in DISTANCES:
                    row = run_case(layers, network, facilities, distance)
                    rows.append(row)
                    print("{network} {facilities} facilities {distance_m:.0f} m: algorithm {algorithm_s}s, baseline "
                          "{baseline_s}s, ratio median {ratio_median} (range {ratio_min}-{ratio_max}); {pairs} pairs; "
                          "not connected {unconnected_demand}/{unconnected_supply}; node tie = baseline: "
                          "{node_tie_equals_baseline}".format(**row), flush=True)
        del layers
    scaling = []
    for row in rows:
        if row["network"] == "grid_network":
            real = next(r for r in rows if r["network"] == "gent_network" and r["facilities"] == row["facilities"]
                        and r["distance_m"] == row["distance_m"])
            scaling.append({"facilities": row["facilities"], "distance_m": row["distance_m"],
                            "grid_vs_real": round(row["algorithm_s"] / real["algorithm_s"], 2)})
            print("grid / real, {facilities} facilities {distance_m:.0f} m: {grid_vs_real}x (goal <= 15)".format(
                **scaling[-1]))
    data.pop("path")
    return {"data": data, "rounds": ROUNDS, "runs": rows, "grid_scaling": scaling,
            "total_s": round(time.perf_counter() - started, 1)}


if __name__ == "__main__":
    main()
