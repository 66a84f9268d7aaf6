"""Greedy maximal coverage: propose N new facility sites that reach the most still-uncovered demand.

Demand points (or polygon centroids) carry a value (children, elderly, residents). A demand point is
covered when a facility lies within ``distance`` (straight line, metres in a projected CRS). Existing
facilities cover first; then each step adds the candidate that covers the most uncovered demand
(ties: the lowest candidate index, so results are reproducible). Greedy is the classic (1 - 1/e)
approximation of the maximal covering location problem; steps stop early when no candidate adds demand.
"""

from dataclasses import dataclass, field
from typing import Callable, List, Optional

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from ..base.errors import SlimStadError
from ..base.i18n import translator

tr = translator("SlimStadLocations")

MAX_GRID_POINTS = 250_000


class LocationError(SlimStadError, ValueError):
    """Bad input for location suggestions; the message is translated and meant for the user."""


@dataclass
class CoverageStep:
    """One chosen site."""

    step: int
    candidate: int              # index into the candidate array
    added_demand: float
    cumulative_demand: float    # including demand covered by existing facilities
    share_covered: float        # cumulative_demand / total demand


@dataclass
class CoverageResult:
    """The greedy order plus the totals needed to report it."""

    steps: List[CoverageStep]
    total_demand: float
    existing_demand: float      # covered by existing facilities before the first step
    covered: np.ndarray         # bool per demand point after the last step
    warnings: List[str] = field(default_factory=list)


def candidate_grid(area: BaseGeometry, spacing: float) -> np.ndarray:
    """Cell centres of a square grid with ``spacing`` that fall inside ``area`` (x, y rows)."""
    if not spacing > 0:
        raise LocationError(tr("The grid spacing must be larger than 0"))
    if area is None or area.is_empty:
        raise LocationError(tr("The study area is empty"))
    minx, miny, maxx, maxy = area.bounds
    nx = int(np.floor((maxx - minx) / spacing)) + 1
    ny = int(np.floor((maxy - miny) / spacing)) + 1
    if nx * ny > MAX_GRID_POINTS:
        raise LocationError(tr("A grid spacing of {s} gives more than {n} candidates: use a larger spacing")
                            .format(s=spacing, n=MAX_GRID_POINTS))
    xs = minx + spacing / 2 + spacing * np.arange(nx)
    ys = miny + spacing / 2 + spacing * np.arange(ny)
    gx, gy = np.meshgrid(xs, ys)
    gx, gy = gx.ravel(), gy.ravel()
    shapely.prepare(area)
    inside = shapely.contains_xy(area, gx, gy)
    return np.column_stack([gx[inside], gy[inside]])


def coverage_pairs(sites: np.ndarray, demand: np.ndarray, distance: float) -> np.ndarray:
    """(site index, demand index) pairs closer than ``distance``, as a (k, 2) int array."""
    if len(sites) == 0 or len(demand) == 0:
        return np.empty((0, 2), dtype=int)
    tree = shapely.STRtree(shapely.points(demand))
    site_idx, demand_idx = tree.query(shapely.points(sites), predicate="dwithin", distance=distance)
    return np.column_stack([site_idx, demand_idx]).astype(int)


def _check(demand: np.ndarray, values: np.ndarray, candidates: np.ndarray, distance: float, count: int) -> None:
    if len(demand) == 0:
        raise LocationError(tr("The demand layer has no features"))
    if len(values) != len(demand):
        raise LocationError(tr("Give one demand value per demand point"))
    if np.any(np.isnan(values)) or np.any(values < 0):
        raise LocationError(tr("Demand values must be zero or positive numbers"))
    if not distance > 0:
        raise LocationError(tr("The coverage distance must be larger than 0"))
    if count < 1:
        raise LocationError(tr("Ask for at least one new location"))
    if len(candidates) == 0:
        raise LocationError(tr("There are no candidate locations"))
    if count > len(candidates):
        raise LocationError(tr("{n} new locations asked but only {m} candidates available")
                            .format(n=count, m=len(candidates)))


def greedy_coverage(
    demand: np.ndarray,
    values: np.ndarray,
    candidates: np.ndarray,
    distance: float,
    count: int,
    existing: Optional[np.ndarray] = None,
    feedback: Optional[Callable[[float], bool]] = None,
) -> CoverageResult:
    """Choose up to ``count`` candidates greedily; arrays of (x, y) rows, ``values`` per demand point.

    ``feedback(progress 0..100)`` may return False to cancel.
    """
    demand = np.asarray(demand, dtype=float).reshape(-1, 2)
    values = np.asarray(values, dtype=float)
    candidates = np.asarray(candidates, dtype=float).reshape(-1, 2)
    _check(demand, values, candidates, distance, count)
    total = float(values.sum())
    covered = np.zeros(len(demand), dtype=bool)
    if existing is not None and len(existing):
        pairs = coverage_pairs(np.asarray(existing, dtype=float).reshape(-1, 2), demand, distance)
        covered[pairs[:, 1]] = True
    existing_demand = float(values[covered].sum())
    pairs = coverage_pairs(candidates, demand, distance)
    site_of_pair, demand_of_pair = pairs[:, 0], pairs[:, 1]
    cumulative = existing_demand
    steps: List[CoverageStep] = []
    warnings: List[str] = []
    for step in range(1, count + 1):
        if feedback is not None and feedback(100.0 * (step - 1) / count) is False:
            raise LocationError(tr("Cancelled"))
        open_value = np.where(covered[demand_of_pair], 0.0, values[demand_of_pair])
        gains = np.bincount(site_of_pair, weights=open_value, minlength=len(candidates))
        best = int(np.argmax(gains))
        if gains[best] <= 0:
            warnings.append(tr("Only {k} of {n} locations add demand: every reachable demand is covered")
                            .format(k=step - 1, n=count))
            break
        covered[demand_of_pair[site_of_pair == best]] = True
        cumulative += float(gains[best])
        steps.append(CoverageStep(step, best, float(gains[best]), cumulative, cumulative / total if total else 0.0))
    return CoverageResult(steps, total, existing_demand, covered, warnings)


def covered_demand(demand: np.ndarray, values: np.ndarray, sites: np.ndarray, distance: float,
                   existing: Optional[np.ndarray] = None) -> float:
    """Demand covered by ``sites`` plus ``existing`` together (to compare choices)."""
    demand = np.asarray(demand, dtype=float).reshape(-1, 2)
    all_sites = np.asarray(sites, dtype=float).reshape(-1, 2)
    if existing is not None and len(existing):
        all_sites = np.vstack([all_sites, np.asarray(existing, dtype=float).reshape(-1, 2)])
    covered = np.zeros(len(demand), dtype=bool)
    covered[coverage_pairs(all_sites, demand, distance)[:, 1]] = True
    return float(np.asarray(values, dtype=float)[covered].sum())


def random_choice_coverage(demand: np.ndarray, values: np.ndarray, candidates: np.ndarray, distance: float,
                           count: int, seed: int = 0, existing: Optional[np.ndarray] = None) -> float:
    """Demand covered by ``count`` candidates drawn at random (the baseline greedy must beat)."""
    rng = np.random.default_rng(seed)
    chosen = rng.choice(len(candidates), size=count, replace=False)
    return covered_demand(demand, values, np.asarray(candidates)[chosen], distance, existing)
