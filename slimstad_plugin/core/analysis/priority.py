"""Multi-criteria priority maps: normalise indicators, weight them into one score, classify, test sensitivity.

The score measures *priority* (need): an indicator whose higher values are worse (children per place)
pushes the score up, one whose higher values are better (places per child) pushes it down.

NULL handling: a unit with a NULL (or NaN) value for any chosen indicator gets a NULL score, class 0
(written as NULL) and ``missing`` = the indicators it lacks. It is never scored as if the value were 0.
Normalisation statistics use the non-NULL values of each indicator only.
"""

from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence

import numpy as np
from qgis.core import QgsClassificationJenks, QgsClassificationMethod, QgsClassificationQuantile

from ..base.errors import SlimStadError
from ..base.i18n import translator

tr = translator("SlimStadPriority")

NORMALISATIONS = ("minmax", "zscore", "rank")
CLASSIFICATIONS = ("quantile", "jenks")
WEIGHT_TOLERANCE = 1e-3
# Tokens accepted for a direction; True means "higher values are worse", i.e. raise the priority.
DIRECTION_TOKENS = {
    "+": True, "1": True, "worse": True, "higher_is_worse": True, "slechter": True, "pire": True,
    "-": False, "-1": False, "better": False, "higher_is_better": False, "beter": False, "meilleur": False,
}


class PriorityError(SlimStadError, ValueError):
    """Bad input for a priority map; the message is translated and meant for the user."""


@dataclass
class SensitivityMove:
    """One weight moved by ``delta`` (relative), the other weights renormalised."""

    indicator: str
    delta: float
    weights: List[float]
    units_changed: int


@dataclass
class PriorityResult:
    """Scores, classes and sensitivity of every unit (arrays in input order)."""

    score: np.ndarray            # float, NaN where a unit lacks an indicator
    classes: np.ndarray          # int, 1 = lowest score class, 0 = no score
    upper_bounds: List[float]    # upper bound of each class
    sens_changes: np.ndarray     # int, number of weight moves that change the unit's class
    missing: List[List[str]]     # indicators each unit lacks
    weights: np.ndarray
    normalised: np.ndarray       # (units, indicators), oriented so higher = more priority
    moves: List[SensitivityMove] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)


def parse_directions(text: str, count: int) -> List[bool]:
    """``"+,-,worse"`` -> ``[True, False, True]`` (True: higher values are worse). Empty -> all worse."""
    tokens = [token.strip().lower() for token in (text or "").split(",") if token.strip()]
    if not tokens:
        return [True] * count
    if len(tokens) != count:
        raise PriorityError(tr("{n} directions given for {m} indicators").format(n=len(tokens), m=count))
    unknown = [token for token in tokens if token not in DIRECTION_TOKENS]
    if unknown:
        raise PriorityError(tr("Unknown direction '{d}': use 'worse' (+) or 'better' (-)").format(d=unknown[0]))
    return [DIRECTION_TOKENS[token] for token in tokens]


def parse_weights(text: str, count: int, normalise: bool = False) -> np.ndarray:
    """Comma-separated weights; they must sum to 1 unless ``normalise`` (then they are scaled to 1)."""
    tokens = [token.strip() for token in (text or "").split(",") if token.strip()]
    if not tokens:
        return np.full(count, 1.0 / count)
    try:
        weights = np.array([float(token) for token in tokens])
    except ValueError:
        raise PriorityError(tr("Weights must be numbers separated by commas: {w}").format(w=text)) from None
    return check_weights(weights, count, normalise)


def check_weights(weights: Sequence[float], count: int, normalise: bool = False) -> np.ndarray:
    """Validate weights (length, >= 0, finite, sum 1 or explicitly normalised)."""
    weights = np.asarray(weights, dtype=float)
    if len(weights) != count:
        raise PriorityError(tr("{n} weights given for {m} indicators").format(n=len(weights), m=count))
    if not np.all(np.isfinite(weights)) or np.any(weights < 0):
        raise PriorityError(tr("Weights must be zero or positive numbers"))
    total = float(weights.sum())
    if total <= 0:
        raise PriorityError(tr("At least one weight must be larger than zero"))
    if abs(total - 1.0) > WEIGHT_TOLERANCE:
        if not normalise:
            raise PriorityError(tr("The weights sum to {s} instead of 1: correct them or ask to normalise "
                                   "the weights (NORMALISE_WEIGHTS)").format(s=round(total, 4)))
        weights = weights / total
    return weights


def normalise(values: np.ndarray, method: str, higher_is_worse: bool = True) -> np.ndarray:
    """Normalise one indicator (NaN stays NaN); the result grows with priority.

    minmax -> 0..1, zscore -> mean 0 / sd 1, rank -> 0..1 from average ranks (ties share a rank).
    A constant indicator gives 0 for every unit (no information, no division by zero).
    """
    values = np.asarray(values, dtype=float)
    oriented = values if higher_is_worse else -values
    result = np.full(values.shape, np.nan)
    valid = ~np.isnan(oriented)
    data = oriented[valid]
    if data.size == 0:
        return result
    if method not in NORMALISATIONS:
        raise PriorityError(tr("Unknown normalisation '{m}'").format(m=method))
    if data.min() == data.max():
        result[valid] = 0.0
        return result
    if method == "minmax":
        result[valid] = (data - data.min()) / (data.max() - data.min())
    elif method == "zscore":
        result[valid] = (data - data.mean()) / data.std()
    else:
        result[valid] = _average_ranks(data) / (data.size - 1)
    return result


def _average_ranks(data: np.ndarray) -> np.ndarray:
    """0-based ranks, tied values getting the mean of their ranks."""
    order = np.argsort(data, kind="mergesort")
    ranks = np.empty(data.size)
    ranks[order] = np.arange(data.size, dtype=float)
    _, inverse, counts = np.unique(data, return_inverse=True, return_counts=True)
    sums = np.bincount(inverse, weights=ranks)
    return sums[inverse] / counts[inverse]


def class_upper_bounds(scores: np.ndarray, method: str, count: int) -> List[float]:
    """Upper bounds of the classes through QGIS's classification methods (NaN ignored)."""
    valid = scores[~np.isnan(scores)]
    if valid.size == 0:
        return []
    classifier: QgsClassificationMethod
    if method == "quantile":
        classifier = QgsClassificationQuantile()
    elif method == "jenks":
        classifier = QgsClassificationJenks()
    else:
        raise PriorityError(tr("Unknown classification '{m}'").format(m=method))
    if valid.min() == valid.max():
        return [float(valid.max())]
    ranges = classifier.classes([float(v) for v in valid], count)
    bounds = sorted({float(r.upperBound()) for r in ranges})
    # QGIS may round the last bound; the highest score must always fall inside the last class.
    if bounds:
        bounds[-1] = max(bounds[-1], float(valid.max()))
    return bounds


def assign_classes(scores: np.ndarray, upper_bounds: Sequence[float]) -> np.ndarray:
    """Class 1..k with lower < score <= upper (the first class includes its lower bound); 0 for NaN."""
    classes = np.zeros(scores.shape, dtype=int)
    if not len(upper_bounds):
        return classes
    valid = ~np.isnan(scores)
    index = np.searchsorted(np.asarray(upper_bounds), scores[valid], side="left")
    classes[valid] = np.minimum(index, len(upper_bounds) - 1) + 1
    return classes


def moved_weights(weights: np.ndarray, index: int, delta: float) -> np.ndarray:
    """Weight ``index`` times (1 + delta), the others scaled so the total stays 1."""
    moved = weights.copy()
    new = min(max(weights[index] * (1 + delta), 0.0), 1.0)
    rest = 1.0 - weights[index]
    moved[index] = new
    others = np.arange(len(weights)) != index
    if rest > 0:
        moved[others] = weights[others] * (1.0 - new) / rest
    else:
        moved[index] = 1.0  # a single indicator carries all weight: nothing to shift
    return moved


def priority_scores(
    values: np.ndarray,
    names: Sequence[str],
    weights: Sequence[float],
    higher_is_worse: Optional[Sequence[bool]] = None,
    normalisation: str = "minmax",
    classification: str = "quantile",
    class_count: int = 5,
    sensitivity_step: float = 0.10,
    normalise_weights: bool = False,
    feedback: Optional[Callable[[float], bool]] = None,
) -> PriorityResult:
    """Score ``values`` (units x indicators, NaN = NULL); see the module docstring for NULL handling.

    ``feedback(progress 0..100)`` may return False to cancel.
    """
    values = np.asarray(values, dtype=float)
    if values.ndim != 2 or values.shape[1] != len(names):
        raise PriorityError(tr("Give one column of values per indicator"))
    if values.shape[1] == 0:
        raise PriorityError(tr("Choose at least one indicator"))
    if values.shape[0] == 0:
        raise PriorityError(tr("The area layer has no features"))
    if class_count < 2:
        raise PriorityError(tr("Use at least 2 classes"))
    if normalisation not in NORMALISATIONS:
        raise PriorityError(tr("Unknown normalisation '{m}'").format(m=normalisation))
    if classification not in CLASSIFICATIONS:
        raise PriorityError(tr("Unknown classification '{m}'").format(m=classification))
    if not 0 < sensitivity_step < 1:
        raise PriorityError(tr("The sensitivity step must lie between 0 and 1"))
    weights_array = check_weights(weights, len(names), normalise_weights)
    directions = list(higher_is_worse) if higher_is_worse is not None else [True] * len(names)
    if len(directions) != len(names):
        raise PriorityError(tr("{n} directions given for {m} indicators").format(n=len(directions), m=len(names)))
    warnings: List[str] = []
    normalised = np.empty(values.shape)
    for column, name in enumerate(names):
        data = values[:, column]
        if np.all(np.isnan(data)):
            raise PriorityError(tr("Indicator '{f}' is NULL for every unit").format(f=name))
        valid = data[~np.isnan(data)]
        if valid.min() == valid.max():
            warnings.append(tr("Indicator '{f}' has the same value everywhere and does not change the score")
                            .format(f=name))
        normalised[:, column] = normalise(data, normalisation, directions[column])
    missing = [[names[c] for c in np.flatnonzero(np.isnan(row))] for row in values]
    n_missing = sum(1 for row in missing if row)
    if n_missing:
        warnings.append(tr("{n} units lack an indicator value and get no score").format(n=n_missing))
    score = normalised @ weights_array  # NaN propagates: a missing indicator means no score
    bounds = class_upper_bounds(score, classification, class_count)
    classes = assign_classes(score, bounds)
    sens_changes = np.zeros(len(score), dtype=int)
    moves: List[SensitivityMove] = []
    total_moves = 2 * len(names)
    for column, name in enumerate(names):
        for delta in (sensitivity_step, -sensitivity_step):
            if feedback is not None and feedback(100.0 * len(moves) / total_moves) is False:
                raise PriorityError(tr("Cancelled"))
            new_weights = moved_weights(weights_array, column, delta)
            new_score = normalised @ new_weights
            new_classes = assign_classes(new_score, class_upper_bounds(new_score, classification, class_count))
            changed = new_classes != classes
            sens_changes += changed
            moves.append(SensitivityMove(name, delta, [float(w) for w in new_weights], int(changed.sum())))
    return PriorityResult(score, classes, bounds, sens_changes, missing, weights_array, normalised, moves, warnings)


def rank_order(values: Sequence[float], needs: Optional[Sequence[float]] = None, descending: bool = True,
               keys: Optional[Sequence[object]] = None) -> List[int]:
    """Indices of the units in ranking order: NULL/NaN values left out, best first by ``values`` (highest first
    when ``descending``), ties broken by the size of the need (``needs``, e.g. the demand: number of children,
    the largest first; NULL counts as 0), then by ``keys`` (default: the index) so the order is deterministic.

    The one ranking rule of SlimStad: the map's top-N table and the result table of the challenge panel use it.
    """
    def need(index: int) -> float:
        if needs is None:
            return 0.0
        value = needs[index]
        return float(value) if value is not None and np.isfinite(float(value)) else 0.0

    kept = [i for i, value in enumerate(values) if value is not None and np.isfinite(float(value))]
    sign = -1.0 if descending else 1.0
    return sorted(kept, key=lambda i: (sign * float(values[i]), -need(i), keys[i] if keys is not None else i))


def tied_at_cut(values: Sequence[float], order: Sequence[int], count: int) -> int:
    """How many units share the value of the last listed one (the ``count``-th of ``order``) when more units
    tie at that value than are listed; 0 when the cut splits no tie."""
    if count <= 0 or len(order) <= count:
        return 0
    last = float(values[order[count - 1]])
    tied = sum(1 for i in order if float(values[i]) == last)
    listed = sum(1 for i in order[:count] if float(values[i]) == last)
    return tied if tied > listed else 0
