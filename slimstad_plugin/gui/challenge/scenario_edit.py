"""The map scenario being edited in the "Opgaven" dock: named steps, undo/redo per step, and a marker layer
that shows every added, removed or re-sized facility on the map (above the result polygons).

The steps are core ``Change`` objects; this module only keeps their order, describes them in words and draws
them. Coordinates are in the area units' CRS (as scenarios store them).
"""

from dataclasses import dataclass
from typing import Callable, List, Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsProject,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ...core.analysis.scenarios import Change
from ...core.base.i18n import format_number, translator
from ...core.layers.render import label_layer

tr = translator("SlimStadChallengePanel")

MARKER_PROPERTY = "slimstad/scenario_markers"
KIND_STYLE = {  # kind -> (marker shape, fill, size mm)
    "add_facility": ("star", "#1a9850", 5.2),
    "remove_facility": ("cross2", "#d73027", 5.0),
    "change_capacity": ("diamond", "#fd8d3c", 4.4),
}


@dataclass
class Step:
    """One edit: the change, the words shown in the list, and where its marker goes (area-unit CRS)."""

    change: Change
    text: str
    x: float
    y: float


class ScenarioEdits:
    """Ordered steps with a cursor: undo moves it back, redo forward, a new step drops what was undone."""

    def __init__(self, on_changed: Optional[Callable[[], None]] = None) -> None:
        self.steps: List[Step] = []
        self.position = 0  # steps[:position] are in effect
        self.on_changed = on_changed or (lambda: None)
        self.layer: Optional[QgsVectorLayer] = None

    @property
    def changes(self) -> List[Change]:
        """The changes in effect, in order (what "Run scenario" computes)."""
        return [step.change for step in self.steps[: self.position]]

    def texts(self) -> List[str]:
        return [step.text for step in self.steps[: self.position]]

    def push(self, step: Step) -> None:
        del self.steps[self.position:]
        self.steps.append(step)
        self.position = len(self.steps)
        self.on_changed()

    def can_undo(self) -> bool:
        return self.position > 0

    def can_redo(self) -> bool:
        return self.position < len(self.steps)

    def undo(self) -> None:
        if self.can_undo():
            self.position -= 1
            self.on_changed()

    def redo(self) -> None:
        if self.can_redo():
            self.position += 1
            self.on_changed()

    def clear(self) -> None:
        self.steps, self.position = [], 0
        self.on_changed()

    def next_number(self) -> int:
        """Number for the next new facility's default name (1, 2, …)."""
        return 1 + sum(1 for step in self.steps[: self.position] if step.change.kind == "add_facility")


def describe_add(name: str, capacity: float, area: str) -> str:
    if area:
        return tr("New: {name} in {area}, capacity {capacity}").format(name=name, area=area,
                                                                       capacity=format_number(capacity))
    return tr("New: {name}, capacity {capacity}").format(name=name, capacity=format_number(capacity))


def describe_remove(name: str, capacity: Optional[float]) -> str:
    if capacity is None:
        return tr("Removed: {name}").format(name=name)
    return tr("Removed: {name} (capacity {capacity})").format(name=name, capacity=format_number(capacity))


def describe_change(name: str, old: Optional[float], new: float) -> str:
    if old is None:
        return tr("{name}: capacity becomes {new}").format(name=name, new=format_number(new))
    return tr("{name}: capacity {old} → {new}").format(name=name, old=format_number(old), new=format_number(new))


def marker_text(number: int, change: Change) -> str:
    """The short label next to a marker: the step's number and the facility ("2. Het Nestje")."""
    if change.kind == "add_facility" and change.capacity is not None:
        return "{}. {} (+{})".format(number, change.name, format_number(change.capacity))
    if change.kind == "change_capacity" and change.capacity is not None:
        return "{}. {} → {}".format(number, change.name, format_number(change.capacity))
    return "{}. {}".format(number, change.name or change.kind)


def marker_layer(crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    """An empty memory layer styled per kind of change, labelled with the step's words."""
    layer = QgsVectorLayer("Point?crs={}".format(crs.authid()), tr("Scenario changes"), "memory")
    layer.dataProvider().addAttributes([QgsField("step", QVariant.Int), QgsField("kind", QVariant.String),
                                        QgsField("label", QVariant.String)])
    layer.updateFields()
    categories = []
    labels = {"add_facility": tr("new facility"), "remove_facility": tr("removed facility"),
              "change_capacity": tr("changed capacity")}
    for kind, (shape, colour, size) in KIND_STYLE.items():
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "size": str(size),
                                               "outline_color": "#ffffff" if kind != "remove_facility" else colour,
                                               "outline_width": "0.5" if kind != "remove_facility" else "0.9"})
        categories.append(QgsRendererCategory(kind, symbol, labels[kind]))
    layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
    label_layer(layer, "label", 9)
    layer.setCustomProperty(MARKER_PROPERTY, True)
    return layer


def draw_markers(layer: QgsVectorLayer, steps: List[Step]) -> None:
    """Replace the layer's features with one marker per step in effect."""
    provider = layer.dataProvider()
    provider.truncate()
    features = []
    for number, step in enumerate(steps, start=1):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(step.x, step.y)))
        feature.setAttributes([number, step.change.kind, marker_text(number, step.change)])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    layer.triggerRepaint()


def place_marker_layer(project: QgsProject, layer: QgsVectorLayer, group: Optional[QgsLayerTreeGroup]) -> None:
    """Put the markers on top: first in the challenge's result group (above its polygons), else on top of all."""
    project.addMapLayer(layer, False)
    (group or project.layerTreeRoot()).insertLayer(0, layer)
