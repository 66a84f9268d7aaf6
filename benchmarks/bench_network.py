"""Network 2SFCA speed: ``slimstad:floating_catchment`` with a NETWORK against a bare scipy baseline.

On the real Gent bike network with the 201 real Gent sectors and 200 / 2,000 generated facilities, at 1 and
3 km, and on a synthetic grid with 11.7x its nodes and features (see network_data.py), this times in one run,
rounds interleaved (baseline and algorithm on the real network, then on the grid, and again) because the
machine is shared; wall-clock and CPU time (less disturbed by other processes) are both reported:

* ``algorithm``: the whole ``slimstad:floating_catchment`` (reading the three layers, building the graph, tying
  every location to the nearest point on the nearest line, searching, writing both output layers);
* ``baseline``: network_baseline.py (read, symmetric CSR, node snapping, Dijkstra from the smaller side).

Reported per case: median and range of the per-round ratio algorithm / baseline (goal <= 1.5 on Gent), and of
the per-round ratio of the algorithm's time on the grid to its time on the real network (goal <= 15). Every
location is connected (MAX_TIE_DISTANCE very large), as in the baseline. The numbers of the algorithm with
TIE = nearest vertex are checked against the baseline's (same model) once per case.

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


class Case:
    """One network, one facility count, one distance: the two callables and their times."""

    def __init__(self, layers: Dict[str, object], network: str, facilities: int, distance: float) -> None:
        import processing

        from benchmarks.network_baseline import bare_network_2sfca

        supply = layers["facilities_{}".format(facilities)]
        self.key = {"network": network, "facilities": facilities, "distance_m": distance}
        params = {"DEMAND": layers["sectors"], "DEMAND_FIELD": "pop_2023", "SUPPLY": supply,
                  "SUPPLY_FIELD": "capacity", "DISTANCE": distance, "METHOD": 0, "NETWORK": layers[network],
                  "MAX_TIE_DISTANCE": 1e12, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
        self.baseline = lambda: bare_network_2sfca(layers[network], layers["sectors"], "pop_2023", supply,
                                                   "capacity", distance)
        self.algorithm = lambda: processing.run("slimstad:floating_catchment", params)
        # Same model as the baseline (nearest vertex, every location connected): the numbers must agree.
        check = processing.run("slimstad:floating_catchment", dict(params, TIE=1))
        bare_access, _, bare_pairs = self.baseline()
        ours = np.nan_to_num(_values(check["OUTPUT"], "access"))
        self.same = bool(check["PAIRS"] == bare_pairs and np.allclose(ours, bare_access, rtol=1e-9, atol=0))
        self.result = self.algorithm()  # warm-up (the baseline was just run)
        self.times: Dict[str, List[float]] = {"baseline": [], "algorithm": [], "baseline_cpu": [],
                                              "algorithm_cpu": []}

    def round(self) -> None:
        for name in ("baseline", "algorithm"):
            start, start_cpu = time.perf_counter(), time.process_time()
            getattr(self, name)()
            self.times[name].append(time.perf_counter() - start)
            self.times[name + "_cpu"].append(time.process_time() - start_cpu)

    def row(self) -> Dict[str, object]:
        t = self.times
        ratios = [a / b for a, b in zip(t["algorithm"], t["baseline"])]
        cpu_ratios = [a / b for a, b in zip(t["algorithm_cpu"], t["baseline_cpu"])]
        return dict(self.key, pairs=self.result["PAIRS"], unconnected_demand=self.result["UNCONNECTED_DEMAND"],
                    unconnected_supply=self.result["UNCONNECTED_SUPPLY"],
                    algorithm_s=round(statistics.median(t["algorithm"]), 4),
                    baseline_s=round(statistics.median(t["baseline"]), 4),
                    ratio_median=round(statistics.median(ratios), 3), ratio_min=round(min(ratios), 3),
                    ratio_max=round(max(ratios), 3), cpu_ratio_median=round(statistics.median(cpu_ratios), 3),
                    node_tie_equals_baseline=self.same)


def _scaling(real: Case, grid: Case) -> Dict[str, object]:
    """Grid time / real time per round (both measured in the same round)."""
    wall = [g / r for g, r in zip(grid.times["algorithm"], real.times["algorithm"])]
    cpu = [g / r for g, r in zip(grid.times["algorithm_cpu"], real.times["algorithm_cpu"])]
    return {"facilities": real.key["facilities"], "distance_m": real.key["distance_m"],
            "grid_vs_real": round(statistics.median(wall), 2), "grid_vs_real_min": round(min(wall), 2),
            "grid_vs_real_max": round(max(wall), 2), "grid_vs_real_cpu": round(statistics.median(cpu), 2)}


def main() -> dict:
    from qgis.core import QgsVectorLayer

    from benchmarks.network_data import build
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=True)
    started = time.perf_counter()
    networks = ["gent_network"] + (["grid_network"] if WITH_GRID else [])
    rows, scaling = [], []
    with tempfile.TemporaryDirectory(prefix="slimstad_bench_network_") as folder:
        data = build(Path(folder), FACILITIES, WITH_GRID)
        names = networks + ["sectors"] + ["facilities_{}".format(n) for n in FACILITIES]
        layers = {name: QgsVectorLayer("{}|layername={}".format(data["path"], name), name, "ogr") for name in names}
        for facilities in FACILITIES:
            for distance in DISTANCES:
                cases = [Case(layers, network, facilities, distance) for network in networks]
                for _ in range(ROUNDS):  # baseline and algorithm alternate, real and grid network alternate
                    for case in cases:
                        case.round()
                for case in cases:
                    rows.append(case.row())
                    print("{network} {facilities} facilities {distance_m:.0f} m: algorithm {algorithm_s}s, "
                          "baseline {baseline_s}s, ratio median {ratio_median} (range {ratio_min}-{ratio_max}, "
                          "CPU time {cpu_ratio_median}); {pairs} pairs; not connected "
                          "{unconnected_demand}/{unconnected_supply}; node tie = baseline: "
                          "{node_tie_equals_baseline}".format(**rows[-1]), flush=True)
                if WITH_GRID:
                    scaling.append(_scaling(cases[0], cases[1]))
                    print("grid / real, {facilities} facilities {distance_m:.0f} m: {grid_vs_real}x (range "
                          "{grid_vs_real_min}-{grid_vs_real_max}, CPU time {grid_vs_real_cpu}x; goal <= 15)".format(
                              **scaling[-1]), flush=True)
                del cases
        del layers
    data.pop("path")
    return {"data": data, "rounds": ROUNDS, "runs": rows, "grid_scaling": scaling,
            "total_s": round(time.perf_counter() - started, 1)}


if __name__ == "__main__":
    main()
