"""The "Scenario" tab of the Opgaven dock: place, remove or re-size facilities on the map, see each step as a
marker and a named line, undo/redo step by step, then run the scenario against today's situation."""

import copy
from typing import List, Optional

from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer
from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ...core.analysis.scenarios import Change, Scenario
from ...core.base.errors import SlimStadError
from ...core.base.i18n import translator
from ...core.challenge.inputs import resolve_layer
from ...core.challenge.model import Challenge
from .scenario_edit import (
    ScenarioEdits,
    Step,
    describe_add,
    describe_change,
    describe_remove,
    draw_markers,
    marker_layer,
    place_marker_layer,
)
from .scenario_tool import (
    ADD,
    CHANGE,
    REMOVE,
    ScenarioMapTool,
    add_facility_change,
    facility_capacity,
    facility_name,
    nearest_facility,
    to_layer_crs,
)
from .sites_panel import sites_panel

tr = translator("SlimStadChallengePanel")
MAP_SCENARIO = "kaartscenario"
MAP_SCENARIO_TITLE = {"nl": "Kaartscenario", "en": "Map scenario", "fr": "Scénario de la carte"}


class ScenarioPanel(QWidget):
    """Widgets and the edit history; the dock supplies the challenge, the project and the run."""

    def __init__(self, dock: QWidget) -> None:
        """``dock``: the ChallengeDock (its current challenge, project, iface, ask_capacity, show_message, run)."""
        super().__init__()
        self.dock = dock
        self.edits = ScenarioEdits(self._changed)
        self.map_tool: Optional[ScenarioMapTool] = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose what to do, click on the map, then run the scenario. Every step gets a marker "
                          "on the map and a line below."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.add_tool_button = self._button(tr("Place new facility"), lambda: self.activate(ADD), "tool_add",
                                            tr("Click on the map where a new facility comes; you give its capacity"))
        self.remove_tool_button = self._button(tr("Remove facility"), lambda: self.activate(REMOVE), "tool_remove",
                                               tr("Click on an existing facility to take it away in the scenario"))
        self.change_tool_button = self._button(tr("Change capacity"), lambda: self.activate(CHANGE), "tool_change",
                                               tr("Click on an existing facility to give it another capacity"))
        for button in (self.add_tool_button, self.remove_tool_button, self.change_tool_button):
            button.setCheckable(True)
        self.undo_button = self._button(tr("Undo"), self.edits.undo, "scenario_undo", tr("Take back the last step"))
        self.redo_button = self._button(tr("Redo"), self.edits.redo, "scenario_redo",
                                        tr("Do the step you took back again"))
        self.clear_button = self._button(tr("Clear"), self.clear, "scenario_clear", tr("Remove every step"))
        grid.addWidget(self.add_tool_button, 0, 0)
        grid.addWidget(self.remove_tool_button, 0, 1)
        grid.addWidget(self.change_tool_button, 1, 0)
        grid.addWidget(self.clear_button, 1, 1)
        grid.addWidget(self.undo_button, 2, 0)
        grid.addWidget(self.redo_button, 2, 1)
        layout.addLayout(grid)
        # Under the tools, above the list: on a laptop screen "Run scenario" never needs scrolling.
        self.run_button = self._button(tr("Run scenario"), self.run, "scenario_run",
                                       tr("Compute the challenge with these steps and show the differences with "
                                          "today (grey: no change, blue: better, orange: worse)"))
        layout.addWidget(self.run_button)
        self.scenario_list = QListWidget()
        self.scenario_list.setObjectName("slimstad_scenario_list")
        self.scenario_list.setToolTip(tr("The steps of the scenario, in order"))
        self.scenario_list.setMinimumHeight(60)
        self.scenario_list.setMaximumHeight(self.scenario_list.fontMetrics().lineSpacing() * 6 + 10)
        layout.addWidget(self.scenario_list)
        layout.addWidget(sites_panel(dock))
        self._changed()

    @staticmethod
    def _button(text: str, slot: object, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @property
    def changes(self) -> List[Change]:
        return self.edits.changes

    # -- editing ----------------------------------------------------------------------------------------
    def activate(self, mode: str) -> None:
        """Put the map tool for ``mode`` on the canvas (the buttons show which one is active)."""
        for button, kind in ((self.add_tool_button, ADD), (self.remove_tool_button, REMOVE),
                             (self.change_tool_button, CHANGE)):
            button.setChecked(kind == mode)
        iface = self.dock.iface
        if iface is None:
            return
        self.map_tool = ScenarioMapTool(iface.mapCanvas(), mode, self.handle_map_click)
        iface.mapCanvas().setMapTool(self.map_tool)

    def handle_map_click(self, point: QgsPointXY, mode: str) -> Optional[Step]:
        """A click in canvas CRS: add a facility (asks its capacity), or remove / re-size the nearest one."""
        challenge = self.dock.current
        if challenge is None or not challenge.supply:
            return None
        role = challenge.supply[0]
        project = self.dock.project
        canvas = self.dock.iface.mapCanvas() if self.dock.iface else None
        canvas_crs = canvas.mapSettings().destinationCrs() if canvas else project.crs()
        try:
            units = resolve_layer(project, challenge.area_units.layer)
        except SlimStadError as error:
            self.dock.show_message(str(error), error=True)
            return None
        if mode == ADD:
            capacity, ok = self.dock.ask_capacity()
            if not ok:
                return None
            local = to_layer_crs(point, canvas_crs, units.crs())
            change = add_facility_change(role, local, capacity, self.edits.next_number())
            step = Step(change, describe_add(change.name, change.capacity, _area_name(units, challenge, local)),
                        local.x(), local.y())
        else:
            tolerance = canvas.mapUnitsPerPixel() * 10 if canvas else 50.0
            feature, layer = nearest_facility(project, role, point, canvas_crs, tolerance)
            if feature is None:
                self.dock.show_message(tr("No facility near the click."), error=True)
                return None
            name, old = facility_name(layer, feature, role), facility_capacity(layer, feature, role)
            at = to_layer_crs(feature.geometry().centroid().asPoint(), layer.crs(), units.crs())
            change = Change(kind="remove_facility", supply=role.id, fid=int(feature.id()), name=name)
            text = describe_remove(name, old)
            if mode == CHANGE:
                capacity, ok = self.dock.ask_capacity()
                if not ok:
                    return None
                change.kind, change.capacity = "change_capacity", float(capacity)
                text = describe_change(name, old, float(capacity))
            step = Step(change, text, at.x(), at.y())
        self.edits.push(step)
        return step

    def clear(self) -> None:
        self.edits.clear()

    def _changed(self) -> None:
        """Refresh the list, the buttons and the markers after every step, undo or redo."""
        self.scenario_list.clear()
        self.scenario_list.addItems(["{}. {}".format(n, text) for n, text in enumerate(self.edits.texts(), 1)])
        self.undo_button.setEnabled(self.edits.can_undo())
        self.redo_button.setEnabled(self.edits.can_redo())
        self.clear_button.setEnabled(bool(self.edits.steps))
        self.run_button.setEnabled(bool(self.edits.changes))
        self._draw()

    def _draw(self) -> None:
        steps = self.edits.steps[: self.edits.position]
        layer = self.marker_layer()
        if layer is None and steps and self.dock.current is not None:
            try:
                crs = resolve_layer(self.dock.project, self.dock.current.area_units.layer).crs()
            except SlimStadError:
                return
            layer = marker_layer(crs)
            place_marker_layer(self.dock.project, layer, None)
            self.edits.layer = layer
        if layer is not None:
            draw_markers(layer, steps)

    def marker_layer(self) -> Optional[QgsVectorLayer]:
        """The markers, when still in the project (the user may have removed the layer)."""
        layer = self.edits.layer
        if layer is None:
            return None
        try:
            return layer if self.dock.project.mapLayer(layer.id()) is layer else None
        except RuntimeError:  # deleted by QGIS with its project
            self.edits.layer = None
            return None

    def forget(self) -> None:
        """Another challenge or project: no steps, no markers."""
        layer = self.marker_layer()
        self.edits.layer = None
        if layer is not None:
            self.dock.project.removeMapLayer(layer.id())
        self.edits.steps, self.edits.position = [], 0
        self._changed()

    # -- running ----------------------------------------------------------------------------------------
    def scenario_challenge(self) -> Optional[Challenge]:
        """A copy of the current challenge with the steps as the map scenario (None without steps)."""
        if self.dock.current is None or not self.edits.changes:
            return None
        challenge = copy.deepcopy(self.dock.current)
        challenge.scenarios = [s for s in challenge.scenarios if s.id != MAP_SCENARIO]
        challenge.scenarios.append(Scenario(id=MAP_SCENARIO, title=dict(MAP_SCENARIO_TITLE),
                                            changes=copy.deepcopy(self.edits.changes)))
        return challenge

    def run(self) -> object:
        challenge = self.scenario_challenge()
        if challenge is None:
            self.dock.show_message(tr("Add or remove a facility on the map first."), error=True)
            return None
        return self.dock.run(challenge)


def _area_name(units: QgsVectorLayer, challenge: Challenge, point: QgsPointXY) -> str:
    """Name of the area unit holding ``point`` ("" outside every unit)."""
    field = challenge.area_units.name_field
    if not field or units.fields().lookupField(field) < 0:
        return ""
    probe = QgsGeometry.fromPointXY(point)
    for feature in units.getFeatures(probe.boundingBox()):
        if feature.geometry().contains(probe):
            return str(feature[field])
    return ""
