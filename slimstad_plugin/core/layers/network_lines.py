"""Read a line layer into :class:`network_distance.NetworkLines` arrays, with QGIS-style direction and speed fields.

Geometries travel as WKB into one ``shapely.from_wkb`` call; coordinates and part offsets come out as whole
arrays (no per-part Python objects). Curved lines are segmentised first; layers in another CRS are reprojected
feature by feature. Direction and speed follow QGIS's network analysis (``QgsVectorLayerDirector``,
``QgsNetworkSpeedStrategy``): the direction field's value is compared as text with VALUE_BOTH, then
VALUE_FORWARD, then VALUE_BACKWARD, anything else takes DEFAULT_DIRECTION; the speed field is in km/h, and a
NULL, non-numeric or non-positive speed takes the default speed (counted, where QGIS would give an infinite or
negative cost).
"""

import math
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsWkbTypes,
)

from ..analysis.accessibility import AccessibilityInputError
from ..analysis.network_distance import BACKWARD, BOTH, FORWARD, NetworkLines
from ..base.errors import Canceled
from ..base.i18n import translator

tr = translator("SlimStadAccessibility")


@dataclass
class DirectionRule:
    """QGIS's DIRECTION_FIELD, VALUE_FORWARD, VALUE_BACKWARD, VALUE_BOTH and DEFAULT_DIRECTION."""

    field: str = ""
    forward: str = ""
    backward: str = ""
    both: str = ""
    default: int = BOTH

    def code(self, value: object) -> int:
        """Direction of one attribute value (compared as text, as QVariant::toString gives it)."""
        text = _as_text(value)
        if text == self.both:
            return BOTH
        if text == self.forward:
            return FORWARD
        if text == self.backward:
            return BACKWARD
        return self.default


@dataclass
class NetworkRead:
    """The arrays plus what the reading met on the way (for the report)."""

    lines: NetworkLines
    features: int
    skipped: int = 0  # features without a usable line geometry
    transform_failures: int = 0
    default_speeds: int = 0  # features whose speed was NULL, non-numeric or not positive
    one_way: int = 0  # features with a forward or backward direction


def _as_text(value: object) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _speed(value: object) -> float:
    if value is None or (hasattr(value, "isNull") and value.isNull()) or isinstance(value, bool):
        return math.nan
    try:
        speed = float(value)
    except (TypeError, ValueError):
        return math.nan
    return speed if math.isfinite(speed) and speed > 0 else math.nan


def _line_arrays(geometries: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(coordinates, vertex count per part, feature of each part) of (multi)line geometries, in C loops."""
    try:
        kind, coords, offsets = shapely.to_ragged_array(geometries, include_z=False)
    except ValueError:  # not all (multi)lines: keep the line parts one by one
        kind = None
    if kind == shapely.GeometryType.LINESTRING:
        return coords, np.diff(offsets[0]), np.arange(len(geometries))
    if kind == shapely.GeometryType.MULTILINESTRING:
        return coords, np.diff(offsets[0]), np.repeat(np.arange(len(geometries)), np.diff(offsets[1]))
    parts, owner = shapely.get_parts(geometries, return_index=True)
    lines = shapely.get_type_id(parts) == shapely.GeometryType.LINESTRING
    parts, owner = parts[lines], owner[lines]
    return shapely.get_coordinates(parts), shapely.get_num_coordinates(parts), owner


def read_network(layer: QgsFeatureSource, target_crs: QgsCoordinateReferenceSystem,
                 context: Optional[QgsCoordinateTransformContext] = None,
                 direction: Optional[DirectionRule] = None, speed_field: str = "",
                 is_canceled: Optional[Callable[[], bool]] = None) -> NetworkRead:
    """Every line part of ``layer`` in ``target_crs``, with its direction and speed (km/h, NaN = default)."""
    if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.LineGeometry:
        raise AccessibilityInputError(tr("The network layer {layer} must contain lines.").format(
            layer=layer.sourceName()))
    direction = direction or DirectionRule()
    canceled = is_canceled or (lambda: False)
    fields = layer.fields()
    wanted: List[int] = []
    for name in (direction.field, speed_field):
        if name:
            index = fields.lookupField(name)
            if index < 0:
                raise AccessibilityInputError(tr("The layer {layer} has no field {field}.").format(
                    layer=layer.sourceName(), field=name))
            wanted.append(index)
    direction_index = fields.lookupField(direction.field) if direction.field else -1
    speed_index = fields.lookupField(speed_field) if speed_field else -1
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted) if wanted else QgsFeatureRequest().setNoAttributes()
    transform = None
    if layer.sourceCrs() != target_crs:
        transform = QgsCoordinateTransform(layer.sourceCrs(), target_crs, context or QgsCoordinateTransformContext())
    curved_layer = QgsWkbTypes.isCurvedType(layer.wkbType()) or \
        QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.Type.Unknown
    wkbs: List[bytes] = []
    directions: List[object] = []
    speeds: List[object] = []
    result = NetworkRead(lines=NetworkLines.from_parts([]), features=0)
    iterator, feature = layer.getFeatures(request), QgsFeature()  # one feature object reused: ~25 % faster
    append = wkbs.append
    while iterator.nextFeature(feature):
        result.features += 1
        if result.features % 5000 == 0 and canceled():
            raise Canceled(tr("The accessibility calculation was canceled."))
        geometry = feature.geometry()
        if geometry.isNull():
            result.skipped += 1
            continue
        if transform is not None or curved_layer:
            if curved_layer and QgsWkbTypes.isCurvedType(geometry.wkbType()):
                geometry = QgsGeometry(geometry.constGet().segmentize())
            if transform is not None:
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    result.transform_failures += 1
                    continue
        append(geometry.asWkb().data())
        if direction_index >= 0:
            directions.append(feature.attribute(direction_index))
        if speed_index >= 0:
            speeds.append(feature.attribute(speed_index))
    coords, counts, owner = _line_arrays(shapely.from_wkb(wkbs) if wkbs else np.empty(0, dtype=object))
    used = np.zeros(len(wkbs), dtype=bool)
    used[owner[counts >= 2]] = True
    result.skipped += int(len(wkbs) - used.sum())
    feature_direction = np.full(len(wkbs), direction.default, dtype=np.int8)
    if direction_index >= 0:
        codes: Dict[str, int] = {}
        feature_direction = np.array([codes.setdefault(_as_text(v), direction.code(v)) for v in directions],
                                     dtype=np.int8).reshape(-1)
        result.one_way = int(np.count_nonzero(used & (feature_direction != BOTH)))
    elif direction.default != BOTH:
        result.one_way = int(used.sum())
    feature_speed = np.full(len(wkbs), np.nan)
    if speed_index >= 0:
        feature_speed = np.array([_speed(v) for v in speeds], dtype=float).reshape(-1)
        result.default_speeds = int(np.count_nonzero(used & np.isnan(feature_speed)))
    result.lines = NetworkLines(coords=coords, offsets=np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
                                direction=feature_direction[owner], speed_kmh=feature_speed[owner])
    return result
