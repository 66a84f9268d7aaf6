"""Floating catchment accessibility (2SFCA and E2SFCA) on plain coordinate arrays.

Definitions (the PostGIS engine and the Processing algorithm mirror these exactly):

* ``d_ij`` is the straight-line distance ``sqrt(dx**2 + dy**2)`` in metres (or a network distance), and
  a pair counts when ``d_ij <= distance`` (inclusive).
* ``w_ij = weight(d_ij)``: 1 for 2SFCA; ``exp(-d**2 / (2 sigma**2))`` for the Gaussian E2SFCA
  (``sigma`` defaults to ``distance / 2``); for the step E2SFCA 1 when ``d <= distance/3``, 0.68 when
  ``d <= 2*distance/3`` and 0.22 when ``d <= distance``, each upper bound inclusive as in PySAL's
  ``access.weights.step_fn``.
* ``ratio_j = supply_j / sum_i(w_ij * demand_i)``; NaN when that weighted demand is 0 (no demand reaches
  the facility). PySAL gives ``inf`` there when supply > 0; a NaN ratio contributes nothing below.
* ``access_i = sum_j(w_ij * ratio_j)`` over pairs with a finite ratio; 0 for demand points that reach no
  facility (PySAL leaves those NaN).
"""

import math
from dataclasses import dataclass
from typing import Callable, Iterator, List, Optional, Tuple, Union

import numpy as np

from ..base.errors import Canceled, SlimStadError
from ..base.i18n import translator

tr = translator("SlimStadAccessibility")

METHODS = ("2sfca", "e2sfca_gaussian", "e2sfca_step")  # Processing METHOD 0/1/2
STEP_WEIGHTS = (1.0, 0.68, 0.22)  # Luo & Qi (2009) weights for the three thirds of the catchment
DEMAND_CHUNK = 50_000  # demand points per spatial query
MAX_STORED_PAIRS = 15_000_000  # ~240 MB of pairs kept between the two stages; beyond that they are recomputed
MAX_CANDIDATES = 4_000_000  # candidate pairs examined at once (~100 MB of temporaries)
# Grid cells are a hair wider than the distance, so a pair within the distance is never two cells apart;
# pairs are then kept on the exact numpy distance (the inclusive boundary test).
_CELL_SLACK = 1e-9

Pairs = Tuple[np.ndarray, np.ndarray, np.ndarray]  # demand index, supply index, distance


class AccessibilityError(SlimStadError):
    """Base class of accessibility failures; the message is translated and fit for the user."""


class AccessibilityInputError(AccessibilityError, ValueError):
    """Bad input: non-positive distance, mismatched arrays, negative values, unknown method."""


@dataclass
class CatchmentResult:
    """Per demand point: supply per unit of demand; per supply point: supply / weighted demand."""

    access: np.ndarray
    ratio: np.ndarray
    pairs: int


def method_name(method: Union[str, int]) -> str:
    """Normalise a method given as Processing enum index (0/1/2) or name to one of :data:`METHODS`."""
    if isinstance(method, (int, np.integer)) and not isinstance(method, bool):
        if 0 <= int(method) < len(METHODS):
            return METHODS[int(method)]
    elif isinstance(method, str) and method.strip().lower() in METHODS:
        return method.strip().lower()
    raise AccessibilityInputError(tr("Unknown floating catchment method {method}; use one of {names}.").format(
        method=repr(method), names=", ".join(METHODS)))


def check_distance(distance: float, sigma: Optional[float] = None) -> Tuple[float, Optional[float]]:
    """Validate DISTANCE (and SIGMA); return them as floats."""
    try:
        distance = float(distance)
    except (TypeError, ValueError):
        raise AccessibilityInputError(tr("The distance must be a number of metres.")) from None
    if not math.isfinite(distance) or distance <= 0:
        raise AccessibilityInputError(tr("The distance must be greater than 0 metres (got {value}).").format(
            value=distance))
    if sigma is not None:
        try:
            sigma = float(sigma)
        except (TypeError, ValueError):
            raise AccessibilityInputError(tr("Sigma must be a number of metres.")) from None
        if not math.isfinite(sigma) or sigma <= 0:
            raise AccessibilityInputError(tr("Sigma must be greater than 0 metres (got {value}).").format(
                value=sigma))
    return distance, sigma


def step_thresholds(distance: float) -> Tuple[float, float, float]:
    """Upper bounds (inclusive) of the three step-weight bands; computed the same way everywhere."""
    return distance / 3.0, 2.0 * distance / 3.0, distance


def weight(d: np.ndarray, distance: float, method: Union[str, int] = "2sfca",
           sigma: Optional[float] = None) -> np.ndarray:
    """Distance-decay weight of each distance in ``d``; 0 beyond ``distance`` (which is inclusive)."""
    name = method_name(method)
    distance, sigma = check_distance(distance, sigma)
    d = np.asarray(d, dtype=float)
    inside = d <= distance
    if name == "2sfca":
        return inside.astype(float)
    if name == "e2sfca_gaussian":
        sigma = distance / 2.0 if sigma is None else sigma
        return np.where(inside, np.exp(-d * d / (2.0 * sigma ** 2)), 0.0)
    first, second, third = step_thresholds(distance)
    return np.select([d <= first, d <= second, d <= third], list(STEP_WEIGHTS), 0.0)


def _as_xy(xy: np.ndarray, label: str) -> np.ndarray:
    array = np.asarray(xy, dtype=float)
    if array.size == 0:
        return np.empty((0, 2), dtype=float)
    if array.ndim != 2 or array.shape[1] != 2:
        raise AccessibilityInputError(tr("The {label} coordinates must be an array of (x, y) pairs.").format(
            label=label))
    if not np.isfinite(array).all():
        raise AccessibilityInputError(tr("The {label} coordinates contain empty or infinite values.").format(
            label=label))
    return array


def _as_values(values: np.ndarray, count: int, label: str) -> np.ndarray:
    array = np.asarray(values, dtype=float).reshape(-1)
    if array.shape[0] != count:
        raise AccessibilityInputError(
            tr("There are {values} {label} values for {points} {label} points.").format(
                values=array.shape[0], points=count, label=label))
    if not np.isfinite(array).all():
        raise AccessibilityInputError(tr("The {label} values contain empty or infinite values.").format(
            label=label))
    if (array < 0).any():
        raise AccessibilityInputError(tr("The {label} values must not be negative.").format(label=label))
    return array


def euclidean_pairs(demand_xy: np.ndarray, supply_xy: np.ndarray, distance: float) -> Pairs:
    """All (demand, supply) pairs with straight-line distance ``<= distance`` and that distance.

    A uniform grid with cells as wide as the distance: a pair within reach sits in the same or a neighbouring
    cell, so each demand point checks the facilities of its 3 x 3 cells, found by binary search in the
    facilities sorted by cell (numpy only: no spatial index to build or import).
    """
    empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0, dtype=float))
    if len(demand_xy) == 0 or len(supply_xy) == 0:
        return empty
    cell = distance * (1.0 + _CELL_SLACK) + _CELL_SLACK
    origin = np.minimum(demand_xy.min(axis=0), supply_xy.min(axis=0)) - cell
    supply_cell = np.floor((supply_xy - origin) / cell).astype(np.int64)
    demand_cell = np.floor((demand_xy - origin) / cell).astype(np.int64)
    height = int(max(supply_cell[:, 1].max(), demand_cell[:, 1].max())) + 3
    supply_key = supply_cell[:, 0] * height + supply_cell[:, 1]
    order = np.argsort(supply_key, kind="stable")
    sorted_key = supply_key[order]
    demand_key = demand_cell[:, 0] * height + demand_cell[:, 1]
    # For each column offset the three cells (y - 1, y, y + 1) are one run of sorted keys.
    ranges = [(np.searchsorted(sorted_key, demand_key + dx * height - 1, "left"),
               np.searchsorted(sorted_key, demand_key + dx * height + 1, "right")) for dx in (-1, 0, 1)]
    per_point = sum(high - low for low, high in ranges)
    found = []
    start = 0
    while start < len(demand_xy):  # a slice of demand points at a time, to bound the temporaries
        fits = np.searchsorted(np.cumsum(per_point[start:]), MAX_CANDIDATES, "right")
        stop = start + max(int(fits), 1)
        for low, high in ranges:
            count = high[start:stop] - low[start:stop]
            i = np.repeat(np.arange(start, stop), count)
            j = order[np.repeat(low[start:stop] - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))]
            d = np.sqrt((demand_xy[i, 0] - supply_xy[j, 0]) ** 2 + (demand_xy[i, 1] - supply_xy[j, 1]) ** 2)
            keep = d <= distance
            found.append((i[keep], j[keep], d[keep]))
        start = stop
    return (np.concatenate([f[0] for f in found]), np.concatenate([f[1] for f in found]),
            np.concatenate([f[2] for f in found]))


def _euclidean_chunks(demand_xy: np.ndarray, supply_xy: np.ndarray, distance: float,
                      chunk: int) -> Iterator[Pairs]:
    for start in range(0, len(demand_xy), chunk):
        i, j, d = euclidean_pairs(demand_xy[start:start + chunk], supply_xy, distance)
        yield i + start, j, d


def floating_catchment(demand_xy: np.ndarray, demand: np.ndarray, supply_xy: np.ndarray, supply: np.ndarray,
                       distance: float, method: Union[str, int] = "2sfca", sigma: Optional[float] = None,
                       network: "Optional[TiedNetwork]" = None,  # noqa: F821 - see network_search.py
                       is_canceled: Optional[Callable[[], bool]] = None,
                       chunk: int = DEMAND_CHUNK) -> CatchmentResult:
    """Two-step floating catchment: supply/demand ratios per facility, then summed per demand point.

    ``network`` (a :class:`network_search.TiedNetwork`, from :meth:`network_distance.StreetNetwork.connect`)
    replaces straight-line distances by network costs (metres or minutes; ``distance`` and ``sigma`` then in
    the same unit). Raises :class:`AccessibilityInputError` on bad input and
    :class:`~..base.errors.Canceled` when ``is_canceled()`` turns true.
    """
    name = method_name(method)
    distance, sigma = check_distance(distance, sigma)
    demand_xy = _as_xy(demand_xy, tr("demand"))
    supply_xy = _as_xy(supply_xy, tr("supply"))
    demand = _as_values(demand, len(demand_xy), tr("demand"))
    supply = _as_values(supply, len(supply_xy), tr("supply"))
    if chunk < 1:
        raise AccessibilityInputError(tr("The chunk size must be at least 1."))
    canceled = is_canceled or (lambda: False)

    def chunks() -> Iterator[Pairs]:
        if network is not None:
            return network.pairs(demand_xy, supply_xy, distance, is_canceled=canceled)
        return _euclidean_chunks(demand_xy, supply_xy, distance, chunk)

    n_supply = len(supply_xy)
    weighted_demand = np.zeros(n_supply, dtype=float)
    stored: List[Tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    stored_count, pair_count, overflow = 0, 0, False
    # Stage 1: weighted demand reaching each facility.
    for i, j, d in chunks():
        if canceled():
            raise Canceled(tr("The accessibility calculation was canceled."))
        w = weight(d, distance, name, sigma)
        weighted_demand += np.bincount(j, weights=w * demand[i], minlength=n_supply)
        pair_count += len(i)
        if not overflow:
            stored.append((i, j, w))
            stored_count += len(i)
            if stored_count > MAX_STORED_PAIRS:  # keep peak memory bounded: recompute in stage 2
                overflow, stored = True, []
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(weighted_demand > 0, supply / weighted_demand, np.nan)
    usable = np.nan_to_num(ratio, nan=0.0)
    # Stage 2: sum the weighted ratios of the facilities each demand point reaches.
    access = np.zeros(len(demand_xy), dtype=float)
    second = iter(stored) if not overflow else ((i, j, weight(d, distance, name, sigma)) for i, j, d in chunks())
    for i, j, w in second:
        if canceled():
            raise Canceled(tr("The accessibility calculation was canceled."))
        access += np.bincount(i, weights=w * usable[j], minlength=len(demand_xy))
    return CatchmentResult(access=access, ratio=ratio, pairs=int(pair_count))
