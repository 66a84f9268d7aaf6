"""Indicators per area unit on shapely geometries and numpy arrays (no QGIS layers here).

Every indicator returns one value per unit plus a flag. Indicators that divide by a demand give NaN
(written as NULL) with the flag ``no_residents`` where the demand is 0 or NULL: never 0 or infinity.
"""

from dataclasses import dataclass, field
from typing import Any, Callable, List, Optional, Protocol, Sequence

import numpy as np
import shapely

from ..base.errors import SlimStadError
from ..base.i18n import translator
from .accessibility import AccessibilityInputError, floating_catchment

tr = translator("SlimStadChallenge")

FLAG_NO_RESIDENTS = "no_residents"
FLAG_NO_SUPPLY = "no_supply"


class IndicatorError(SlimStadError, ValueError):
    """An indicator cannot be computed with these inputs; the message is meant for the user."""


@dataclass
class IndicatorValues:
    """Per unit: the value (NaN = NULL), a flag, and the supply and demand behind it when relevant."""

    values: np.ndarray
    flags: List[str]
    supply: Optional[np.ndarray] = None
    demand: Optional[np.ndarray] = None
    notes: List[str] = field(default_factory=list)


def _as_array(geoms: Sequence[Any]) -> np.ndarray:
    return np.array(list(geoms), dtype=object)


def aggregate(unit_geoms: Sequence[Any], geoms: Sequence[Any], values: np.ndarray) -> np.ndarray:
    """Sum ``values`` into units: points by the unit containing them, lines and polygons area/length-weighted.

    A polygon half in one unit gives half its value to that unit (area-weighted overlay). Features outside
    every unit contribute nothing.
    """
    units = _as_array(unit_geoms)
    result = np.zeros(len(units), dtype=float)
    if len(geoms) == 0:
        return result
    shapes = _as_array(geoms)
    values = np.asarray(values, dtype=float)
    tree = shapely.STRtree(units)
    feature_index, unit_index = tree.query(shapes, predicate="intersects")
    dims = shapely.get_dimensions(shapes)
    is_point = dims[feature_index] == 0
    # A point on a shared border counts once: for the first unit in the units' order (the database engine
    # applies the same rule).
    f_pt, u_pt = feature_index[is_point], unit_index[is_point]
    order = np.lexsort((u_pt, f_pt))
    f_pt, u_pt = f_pt[order], u_pt[order]
    first = np.ones(len(f_pt), dtype=bool)
    first[1:] = f_pt[1:] != f_pt[:-1]
    np.add.at(result, u_pt[first], values[f_pt[first]])
    f_ext, u_ext = feature_index[~is_point], unit_index[~is_point]
    if len(f_ext):
        parts = shapely.intersection(shapes[f_ext], units[u_ext])
        lines = dims[f_ext] == 1
        size = np.where(lines, shapely.length(parts), shapely.area(parts))
        whole = np.where(lines, shapely.length(shapes[f_ext]), shapely.area(shapes[f_ext]))
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(whole > 0, size / whole, 0.0)
        np.add.at(result, u_ext, values[f_ext] * share)
    return result


def _per_demand(numerator: np.ndarray, demand: np.ndarray, per: float) -> IndicatorValues:
    """``numerator / demand * per``, NaN and flagged where demand is 0 or NULL."""
    demand = np.asarray(demand, dtype=float)
    empty = ~(demand > 0)  # also True for NaN
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.where(empty, np.nan, numerator / np.where(empty, 1.0, demand) * per)
    flags = [FLAG_NO_RESIDENTS if e else "" for e in empty]
    return IndicatorValues(values=values, flags=flags, supply=numerator, demand=demand)


def _flag_empty(result: IndicatorValues, demand: Optional[np.ndarray]) -> IndicatorValues:
    """Make demand-based shares NULL where nobody lives."""
    if demand is None:
        return result
    demand = np.asarray(demand, dtype=float)
    empty = ~(demand > 0)
    result.values = np.where(empty, np.nan, result.values)
    result.flags = [FLAG_NO_RESIDENTS if e else flag for e, flag in zip(empty, result.flags)]
    result.demand = demand
    return result


def _union_within(geoms: Sequence[Any], distance: float) -> Any:
    shapes = _as_array(geoms)
    if distance > 0:
        shapes = shapely.buffer(shapes, distance, quad_segs=16)
    return shapely.union_all(shapes)


def count(unit_geoms: Sequence[Any], geoms: Sequence[Any]) -> IndicatorValues:
    """Facilities per unit (a polygon split over units counts by its area share)."""
    values = aggregate(unit_geoms, geoms, np.ones(len(geoms)))
    return IndicatorValues(values=values, flags=[""] * len(values), supply=values)


def total(unit_geoms: Sequence[Any], geoms: Sequence[Any], capacity: np.ndarray) -> IndicatorValues:
    """Sum of capacity per unit (NULL capacity counts as 0: reported when reading the inputs)."""
    values = aggregate(unit_geoms, geoms, np.nan_to_num(np.asarray(capacity, dtype=float)))
    return IndicatorValues(values=values, flags=[""] * len(values), supply=values)


def ratio(unit_geoms: Sequence[Any], geoms: Sequence[Any], capacity: np.ndarray, demand: np.ndarray,
          per: float) -> IndicatorValues:
    """Capacity in the unit per ``per`` units of demand (e.g. places per 100 children)."""
    supply = total(unit_geoms, geoms, capacity).values
    return _per_demand(supply, demand, per)


def share_within(unit_geoms: Sequence[Any], geoms: Sequence[Any], distance: float,
                 demand: Optional[np.ndarray] = None) -> IndicatorValues:
    """Percentage of each unit's residents within ``distance`` of a facility.

    Residents are assumed evenly spread over their unit, so the share is the unit's area share within
    the distance.
    """
    units = _as_array(unit_geoms)
    reach = _union_within(geoms, distance)
    with np.errstate(divide="ignore", invalid="ignore"):
        values = shapely.area(shapely.intersection(units, reach)) / shapely.area(units) * 100.0
    result = IndicatorValues(values=np.clip(values, 0.0, 100.0), flags=[""] * len(units))
    return _flag_empty(result, demand)


def nearest_distance(unit_xy: np.ndarray, geoms: Sequence[Any]) -> IndicatorValues:
    """Straight-line distance (m) from each unit's inside point to the nearest facility."""
    points = shapely.points(unit_xy)
    tree = shapely.STRtree(_as_array(geoms))
    (point_index, _), distances = tree.query_nearest(points, return_distance=True, all_matches=False)
    values = np.full(len(points), np.nan)
    values[point_index] = distances
    return IndicatorValues(values=values, flags=["" if np.isfinite(v) else FLAG_NO_SUPPLY for v in values])


def area_within(unit_geoms: Sequence[Any], geoms: Sequence[Any], distance: float,
                demand: Optional[np.ndarray] = None, per: float = 1.0) -> IndicatorValues:
    """Area (m²) of the supply polygons within ``distance`` of each unit, per ``per`` residents if a demand is given."""
    units = _as_array(unit_geoms)
    supply_union = shapely.union_all(_as_array(geoms))
    reach = shapely.buffer(units, distance, quad_segs=16)
    areas = shapely.area(shapely.intersection(reach, supply_union))
    if demand is None:
        return IndicatorValues(values=areas, flags=[""] * len(units), supply=areas)
    return _per_demand(areas, demand, per)


def overlay(unit_geoms: Sequence[Any], geoms: Sequence[Any], demand: Optional[np.ndarray] = None) -> IndicatorValues:
    """Percentage of each unit's area covered by the supply polygons (area-weighted overlay)."""
    units = _as_array(unit_geoms)
    covered = shapely.area(shapely.intersection(units, shapely.union_all(_as_array(geoms))))
    with np.errstate(divide="ignore", invalid="ignore"):
        values = covered / shapely.area(units) * 100.0
    return _flag_empty(IndicatorValues(values=values, flags=[""] * len(units), supply=covered), demand)


def catchment(unit_xy: np.ndarray, demand: np.ndarray, supply_xy: np.ndarray, capacity: np.ndarray,
              distance: float, method: str, sigma: Optional[float], per: float,
              is_canceled: Optional[Callable[[], bool]] = None) -> IndicatorValues:
    """Floating catchment accessibility (supply per ``per`` demand reachable), demand at each unit's inside point."""
    demand = np.asarray(demand, dtype=float)
    try:
        result = floating_catchment(unit_xy, np.nan_to_num(demand), supply_xy,
                                    np.nan_to_num(np.asarray(capacity, dtype=float)), distance, method=method,
                                    sigma=sigma, is_canceled=is_canceled)
    except AccessibilityInputError as error:
        raise IndicatorError(str(error)) from None
    values = result.access * per
    return _flag_empty(IndicatorValues(values=values, flags=[""] * len(values)), demand)


class IndicatorSpec(Protocol):
    """What :func:`compute` reads of an indicator definition (the challenge model's ``Indicator`` fits)."""

    id: str
    type: str
    supply: str
    demand: str
    per: float
    distance: float
    method: str
    sigma: Optional[float]


def compute(spec: IndicatorSpec, units: Any, supplies: dict, demands: dict,
            is_canceled: Optional[Callable[[], bool]] = None) -> IndicatorValues:
    """Dispatch one indicator definition on extracted inputs (see ``core.challenge.inputs.Inputs``).

    ``units`` has ``geoms`` and ``xy``; ``supplies``/``demands`` map role ids to inputs with ``geoms``, ``xy``,
    ``capacity`` and ``kind``. Raises :class:`IndicatorError` on inputs the indicator cannot use.
    """
    supply = supplies[spec.supply]
    demand = demands.get(spec.demand) if spec.demand else None
    if spec.type in ("share_within", "area_within", "catchment") and not spec.distance > 0:
        raise IndicatorError(tr("Indicator {id} needs a distance greater than 0 metres.").format(id=spec.id))
    if not supply.geoms:
        raise IndicatorError(tr("Indicator {id}: supply {role} has no facilities.").format(
            id=spec.id, role=spec.supply))
    if spec.type in ("area_within", "overlay") and supply.kind != "polygon":
        raise IndicatorError(tr("Indicator {id} needs a polygon layer as supply.").format(id=spec.id))
    if spec.type == "count":
        return count(units.geoms, supply.geoms)
    if spec.type == "sum":
        return total(units.geoms, supply.geoms, supply.capacity)
    if spec.type == "ratio":
        return ratio(units.geoms, supply.geoms, supply.capacity, demand, spec.per)
    if spec.type == "share_within":
        return share_within(units.geoms, supply.geoms, spec.distance, demand)
    if spec.type == "nearest_distance":
        return nearest_distance(units.xy, supply.geoms)
    if spec.type == "area_within":
        return area_within(units.geoms, supply.geoms, spec.distance, demand, spec.per)
    if spec.type == "overlay":
        return overlay(units.geoms, supply.geoms, demand)
    if spec.type == "catchment":
        return catchment(units.xy, demand, supply.xy, supply.capacity, spec.distance, spec.method, spec.sigma,
                         spec.per, is_canceled)
    raise IndicatorError(tr("Unknown indicator type {type}.").format(type=spec.type))
