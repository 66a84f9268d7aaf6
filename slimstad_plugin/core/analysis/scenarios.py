"""Scenarios: the baseline plus changes to supply (add/remove/re-size a facility) or demand (new residents).

Changes are applied to extracted input arrays (see challenge_inputs.py), never to the source layers, and a
scenario is compared with the baseline per area unit (delta and class change).
"""

import copy
import math
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional, Sequence

import numpy as np
import shapely

from ..base.errors import SlimStadError
from ..base.i18n import translator

tr = translator("SlimStadChallenge")

CHANGE_KINDS = ("add_facility", "remove_facility", "change_capacity", "add_demand")


class ScenarioError(SlimStadError, ValueError):
    """A scenario change cannot be applied; the message is meant for the user."""


@dataclass
class Change:
    """One change. Facilities are found by ``fid`` or ``name``; coordinates are in the area units' CRS."""

    kind: str
    supply: str = ""
    demand: str = ""
    x: Optional[float] = None
    y: Optional[float] = None
    capacity: Optional[float] = None
    fid: Optional[int] = None
    name: str = ""
    area_id: str = ""
    count: float = 0.0

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Change":
        known = set(cls.__dataclass_fields__)
        change = cls(**{k: v for k, v in data.items() if k in known})
        if change.kind not in CHANGE_KINDS:
            raise ScenarioError(tr("Unknown scenario change {kind}; use one of {kinds}.").format(
                kind=change.kind, kinds=", ".join(CHANGE_KINDS)))
        return change


@dataclass
class Scenario:
    """The baseline plus ``changes``."""

    id: str
    title: Dict[str, str] = field(default_factory=dict)
    changes: List[Change] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Scenario":
        return cls(id=str(data["id"]), title=dict(data.get("title", {})),
                   changes=[Change.from_dict(c) for c in data.get("changes", [])])

    def to_dict(self) -> Dict[str, Any]:
        return asdict(self)


def _find_facility(supply: Any, change: Change) -> int:
    """Index of the facility a change refers to."""
    for index, (fid, name) in enumerate(zip(supply.fids, supply.names)):
        by_fid = change.fid is not None and fid == change.fid
        if by_fid or (change.fid is None and change.name and name == change.name):
            return index
    raise ScenarioError(tr("Scenario: no facility {ref} in supply role {role}.").format(
        ref=change.fid if change.fid is not None else change.name, role=change.supply))


def _check_capacity(value: Optional[float]) -> float:
    if value is None or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
        raise ScenarioError(tr("Scenario: a capacity must be a number of 0 or more (got {value}).").format(value=value))
    return float(value)


def apply_scenario(scenario: Scenario, supplies: Dict[str, Any], demands: Dict[str, np.ndarray],
                   unit_ids: Sequence[str]) -> None:
    """Apply ``scenario`` in place to copies made by :func:`copy_inputs`."""
    index_of = {unit_id: i for i, unit_id in enumerate(unit_ids)}
    for change in scenario.changes:
        if change.kind == "add_demand":
            if change.demand not in demands:
                raise ScenarioError(tr("Scenario: unknown demand role {role}.").format(role=change.demand))
            if change.area_id not in index_of:
                raise ScenarioError(tr("Scenario: no area unit {id}.").format(id=change.area_id))
            values = demands[change.demand]
            i = index_of[change.area_id]
            values[i] = (0.0 if np.isnan(values[i]) else values[i]) + float(change.count)
            continue
        if change.supply not in supplies:
            raise ScenarioError(tr("Scenario: unknown supply role {role}.").format(role=change.supply))
        supply = supplies[change.supply]
        if change.kind == "add_facility":
            if change.x is None or change.y is None:
                raise ScenarioError(tr("Scenario: a new facility needs x and y coordinates."))
            supply.add(shapely.Point(float(change.x), float(change.y)), _check_capacity(change.capacity),
                       change.name or tr("new facility"))
        elif change.kind == "remove_facility":
            supply.remove(_find_facility(supply, change))
        elif change.kind == "change_capacity":
            supply.capacity[_find_facility(supply, change)] = _check_capacity(change.capacity)


def copy_inputs(supplies: Dict[str, Any], demands: Dict[str, np.ndarray]) -> tuple:
    """Deep copies so a scenario never touches the baseline."""
    return copy.deepcopy(supplies), {key: values.copy() for key, values in demands.items()}


def classify(values: np.ndarray, breaks: Sequence[float]) -> np.ndarray:
    """Class number 1..len(breaks)-1 per value (0 for NULL); upper edges inclusive, like the map legend."""
    inner = np.asarray(breaks[1:-1], dtype=float)
    classes = np.searchsorted(inner, np.nan_to_num(values, nan=0.0), side="left") + 1
    return np.where(np.isnan(values), 0, classes).astype(int)


@dataclass
class Comparison:
    """Scenario vs baseline for one indicator, per area unit (NaN where either is NULL)."""

    baseline: np.ndarray
    scenario: np.ndarray
    delta: np.ndarray
    baseline_class: np.ndarray
    scenario_class: np.ndarray

    @property
    def changed_class(self) -> np.ndarray:
        """Boolean per unit: the unit moved to another class."""
        return self.baseline_class != self.scenario_class


def compare(baseline: np.ndarray, scenario: np.ndarray, breaks: Sequence[float]) -> Comparison:
    """Delta (scenario - baseline) and classes on the baseline's class breaks."""
    baseline = np.asarray(baseline, dtype=float)
    scenario = np.asarray(scenario, dtype=float)
    return Comparison(baseline=baseline, scenario=scenario, delta=scenario - baseline,
                      baseline_class=classify(baseline, breaks), scenario_class=classify(scenario, breaks))
