"""Scenario edits from the map: place a new facility (then ask its capacity) or pick one to remove."""

from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
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
    """A new facility of ``role`` at ``point`` (area-unit CRS)."""
    return Change(kind="add_facility", supply=role.id, x=point.x(), y=point.y(), capacity=float(capacity),
                  name=tr("New facility {n}").format(n=number))


def nearest_facility_change(challenge: Challenge, project: QgsProject, role: SupplyRole, point: QgsPointXY,
                            point_crs: QgsCoordinateReferenceSystem, tolerance: float) -> Optional[Change]:
    """A remove change for the facility of ``role`` nearest to ``point`` within ``tolerance`` map units."""
    layer: QgsVectorLayer = resolve_layer(project, role.layer)
    local = to_layer_crs(point, point_crs, layer.crs())
    probe = QgsGeometry.fromPointXY(local)
    best, best_distance = None, tolerance
    for feature in layer.getFeatures():
        distance = feature.geometry().distance(probe)
        if distance <= best_distance:
            best, best_distance = feature, distance
    if best is None:
        return None
    return Change(kind="remove_facility", supply=role.id, fid=int(best.id()))


def describe(changes: List[Change]) -> List[str]:
    """Human lines for the scenario list in the dock."""
    lines = []
    for change in changes:
        if change.kind == "add_facility":
            lines.append(tr("+ {name}: {capacity:g} places at ({x:.0f}, {y:.0f})").format(
                name=change.name, capacity=change.capacity, x=change.x, y=change.y))
        elif change.kind == "remove_facility":
            lines.append(tr("− facility {fid} removed").format(fid=change.fid))
        elif change.kind == "change_capacity":
            lines.append(tr("± facility {fid}: capacity becomes {capacity:g}").format(
                fid=change.fid, capacity=change.capacity))
        else:
            lines.append(change.kind)
    return lines
