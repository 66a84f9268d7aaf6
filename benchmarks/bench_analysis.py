"""Speed of the analysis pieces (priority score, greedy coverage, multi-use clusters) against naive baselines.

Each baseline is a straightforward dense implementation measured in the same run, so the printed ratios
(baseline time / SlimStad time) are comparable across machines. Run: ``.venv/bin/python benchmarks/bench_analysis.py``.
"""

import os
import sys
import time
from pathlib import Path
from typing import Callable, Dict, Tuple

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _best_of(function: Callable[[], object], repeat: int = 3) -> Tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def _dense_greedy(demand: np.ndarray, values: np.ndarray, candidates: np.ndarray, distance: float,
                  count: int) -> float:
    """Textbook greedy on a full candidate x demand distance matrix."""
    dx = candidates[:, None, 0] - demand[None, :, 0]
    reach = np.hypot(dx, candidates[:, None, 1] - demand[None, :, 1]) <= distance
    covered = np.zeros(len(demand), dtype=bool)
    total = 0.0
    for _ in range(count):
        gains = (reach & ~covered) @ values
        best = int(np.argmax(gains))
        total += float(gains[best])
        covered |= reach[best]
    return total


def _dense_components(xy: np.ndarray, distance: float) -> int:
    """Connected components by repeated label propagation over a dense adjacency matrix."""
    adjacent = np.hypot(xy[:, None, 0] - xy[None, :, 0], xy[:, None, 1] - xy[None, :, 1]) <= distance
    labels = np.arange(len(xy))
    while True:
        new = np.where(adjacent, labels[None, :], len(xy)).min(axis=1)
        if np.array_equal(new, labels):
            return len(np.unique(labels))
        labels = new


def main() -> Dict[str, float]:
    """Print and return timings (seconds) and baseline/SlimStad ratios."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from slimstad_plugin.core.analysis.location_suggestions import greedy_coverage
    from slimstad_plugin.core.analysis.multi_use import single_linkage
    from slimstad_plugin.core.analysis.priority import priority_scores
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=False)
    rng = np.random.default_rng(7)
    numbers: Dict[str, float] = {}

    demand = rng.uniform(0, 20_000, (20_000, 2))
    values = rng.integers(0, 30, len(demand)).astype(float)
    candidates = rng.uniform(0, 20_000, (2_000, 2))
    ours, result = _best_of(lambda: greedy_coverage(demand, values, candidates, 800.0, 20))
    base, base_total = _best_of(lambda: _dense_greedy(demand, values, candidates, 800.0, 20), repeat=1)
    assert abs(result.steps[-1].cumulative_demand - base_total) < 1e-6, "greedy must match the dense baseline"
    numbers.update(greedy_s=ours, greedy_dense_s=base, greedy_ratio=base / ours)

    xy = rng.uniform(0, 10_000, (3_000, 2))
    ours, labels = _best_of(lambda: single_linkage(xy, 150.0))
    base, base_count = _best_of(lambda: _dense_components(xy, 150.0), repeat=1)
    assert labels.max() + 1 == base_count, "cluster count must match the dense baseline"
    numbers.update(clusters_s=ours, clusters_dense_s=base, clusters_ratio=base / ours)

    units = rng.uniform(0, 100, (2_000, 4))
    units[rng.random(units.shape) < 0.01] = np.nan
    ours, _ = _best_of(lambda: priority_scores(units, ["a", "b", "c", "d"], [0.4, 0.3, 0.2, 0.1], class_count=5))
    numbers.update(priority_2000_units_4_indicators_s=ours)

    for key, value in numbers.items():
        print("{:40s} {:10.4f}".format(key, value))
    return numbers


if __name__ == "__main__":
    main()
