"""Scenario edits from the map: the map tool, and finding, naming and measuring the facility near a click."""

from typing import Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapToolEmitPoint

from ...core.analysis.scenarios import Change
from ...core.base.i18n import translator
from ...core.challenge.inputs import resolve_layer
from ...core.challenge.model import Challenge, SupplyRole

tr = translator("SlimStadChallengePanel")

ADD, REMOVE, CHANGE = "add", "remove", "change"


class ScenarioMapTool(QgsMapToolEmitPoint):
    """Emits the clicked point to ``handler(point_in_canvas_crs, mode)``."""

    def __init__(self, canvas: QgsMapCanvas, mode: str, handler: object) -> None:
        super().__init__(canvas)
        self.mode = mode
        self.handler = handler

    def canvasReleaseEvent(self, event: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt API name
        self.handler(event.mapPoint(), self.mode)


def to_layer_crs(point: QgsPointXY, source: QgsCoordinateReferenceSystem,
                 target: QgsCoordinateReferenceSystem) -> QgsPointXY:
    """Canvas point -> coordinates in the area units' CRS (scenarios are stored there)."""
    if source == target or not source.isValid():
        return QgsPointXY(point)
    return QgsCoordinateTransform(source, target, QgsProject.instance()).transform(point)


def add_facility_change(role: SupplyRole, point: QgsPointXY, capacity: float, number: int) -> Change:
    """A new facility of ``role`` at ``point`` (area-unit CRS), named "New facility <number>"."""
    return Change(kind="add_facility", supply=role.id, x=point.x(), y=point.y(), capacity=float(capacity),
                  name=tr("New facility {n}").format(n=number))


def nearest_facility(project: QgsProject, role: SupplyRole, point: QgsPointXY,
                     point_crs: QgsCoordinateReferenceSystem, tolerance: float
                     ) -> Tuple[Optional[QgsFeature], QgsVectorLayer]:
    """The facility of ``role`` nearest to ``point`` within ``tolerance`` map units (None when none is)."""
    layer: QgsVectorLayer = resolve_layer(project, role.layer)
    local = to_layer_crs(point, point_crs, layer.crs())
    probe = QgsGeometry.fromPointXY(local)
    best, best_distance = None, tolerance
    for feature in layer.getFeatures():
        distance = feature.geometry().distance(probe)
        if distance <= best_distance:
            best, best_distance = feature, distance
    return best, layer


def nearest_facility_change(challenge: Challenge, project: QgsProject, role: SupplyRole, point: QgsPointXY,
                            point_crs: QgsCoordinateReferenceSystem, tolerance: float) -> Optional[Change]:
    """A remove change for the facility of ``role`` nearest to ``point`` within ``tolerance`` map units."""
    best, layer = nearest_facility(project, role, point, point_crs, tolerance)
    if best is None:
        return None
    return Change(kind="remove_facility", supply=role.id, fid=int(best.id()), name=facility_name(layer, best, role))


def facility_name(layer: QgsVectorLayer, feature: QgsFeature, role: SupplyRole) -> str:
    """The facility's own name (the field playing ``facility_name``), else "facility <id>"."""
    for name in (role.layer.roles.get("facility_name", ""), "naam", "name", "nom"):
        if name and layer.fields().lookupField(name) >= 0:
            value = feature[name]
            if value not in (None, "") and not (hasattr(value, "isNull") and value.isNull()):
                return str(value)
    return tr("facility {fid}").format(fid=feature.id())


def facility_capacity(layer: QgsVectorLayer, feature: QgsFeature, role: SupplyRole) -> Optional[float]:
    """The facility's capacity from the role's field (None when unknown or not a number)."""
    field = role.capacity_field or role.layer.roles.get(role.role or "capacity", "")
    if not field or layer.fields().lookupField(field) < 0:
        return None
    try:
        return float(feature[field])
    except (TypeError, ValueError):
        return None
