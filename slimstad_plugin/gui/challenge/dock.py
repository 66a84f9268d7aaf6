"""Dock "Opgaven": list, create and manage challenges, bind roles, run them in the background, read results."""

import copy
import logging
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.analysis.priority import PriorityError
from ...core.analysis.scenarios import Scenario
from ...core.base.i18n import pick_language_text, translator
from ...core.challenge import model as challenge_io
from ...core.challenge.binding import city_reference, layer_specs, project_from_specs, run_blockers, summary_text
from ...core.challenge.inputs import resolve_layer
from ...core.challenge.model import Challenge, ChallengeError
from ...core.challenge.priority import compute_priority, default_weights, write_priority_layer
from ...core.challenge.run import RunResult, default_output, run_challenge
from ...core.challenge.store import project_challenges, remove_challenge, save_challenge
from ...core.challenge.templates import load_template, template_titles
from ..task import BackgroundTask, TaskOutcome
from .parameters import ParametersPanel
from .results import ResultTable, show_result_layers
from .roles import RoleTable
from .scenario_tool import (
    ADD,
    CHANGE,
    REMOVE,
    ScenarioMapTool,
    add_facility_change,
    describe,
    nearest_facility_change,
)
from .scenario_tool import to_layer_crs as canvas_to_crs
from .sites_panel import sites_panel

tr = translator("SlimStadChallengePanel")
LOGGER = logging.getLogger(__name__)
MAP_SCENARIO = "kaartscenario"



def run_work(challenge: Challenge, specs: List[Dict[str, Any]], home_path: str, output: Path) -> Any:
    """Work of a run task: the challenge on private copies of the project's layers (thread-safe), never the
    user's layers themselves."""

    def work(task: BackgroundTask) -> RunResult:
        project = project_from_specs(specs, home_path)
        try:
            return run_challenge(challenge, project, output, feedback=task.feedback)
        finally:
            project.clear()

    return work


class ChallengeDock(QgsDockWidget):
    """Everything a planner does with a challenge, without business logic (that lives in core)."""

    def __init__(self, iface: object, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Opgaven (challenges)"), parent)
        self.setObjectName("slimstad_challenge_dock")
        self.iface = iface
        self.project = QgsProject.instance()
        self.challenges: List[Challenge] = []
        self.current: Optional[Challenge] = None
        self.task: Optional[BackgroundTask] = None
        self.run_output: Optional[Path] = None  # where the current or last run writes
        self.last_result: Optional[RunResult] = None
        self.baseline: Optional[RunResult] = None
        self.deleted: Optional[Challenge] = None
        self.scenario_changes: list = []
        self.project_generation = 0  # bumped when the project closes: late results are then dropped
        # Interactions tests replace: no modal dialog is opened on code paths tests reach.
        self.ask_text: Callable[[str, str, str], Tuple[str, bool]] = self._ask_text
        self.confirm: Callable[[str, str], bool] = self._confirm
        self.ask_open_file: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, tr("Import challenge"), "", tr("SlimStad challenge (*.slimstad.json *.json)"))[0]
        self.ask_save_file: Callable[[str], str] = lambda name: QFileDialog.getSaveFileName(
            self, tr("Export challenge"), name, tr("SlimStad challenge (*.slimstad.json)"))[0]
        self.ask_capacity: Callable[[], Tuple[float, bool]] = lambda: QInputDialog.getDouble(
            self, tr("New facility"), tr("Capacity (places)"), 20, 0, 100000, 0)
        self._build()
        self.project.readProject.connect(self.reload)
        self.project.cleared.connect(self._project_closed)
        self.project.layersRemoved.connect(self.refresh_roles)
        self.reload()

    # -- layout -------------------------------------------------------------------------------
    def _button(self, text: str, slot: Callable, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("slimstad_challenge_message")
        layout.addWidget(self.message)
        self.challenge_list = QListWidget()
        self.challenge_list.currentRowChanged.connect(self._select)
        layout.addWidget(self.challenge_list)
        create_row = QHBoxLayout()
        self.template_box = QComboBox()
        for template_id, title in template_titles().items():
            self.template_box.addItem(title, template_id)
        create_row.addWidget(self.template_box)
        create_row.addWidget(self._button(tr("New from template"), self.create_from_template, "new_template"))
        layout.addLayout(create_row)
        manage = QHBoxLayout()
        for text, slot, name in ((tr("Duplicate"), self.duplicate, "duplicate"), (tr("Rename"), self.rename, "rename"),
                                 (tr("Delete"), self.delete, "delete"), (tr("Undo delete"), self.undo_delete, "undo"),
                                 (tr("Import…"), self.import_file, "import"), (tr("Export…"), self.export_file,
                                                                                "export")):
            manage.addWidget(self._button(text, slot, name))
        layout.addLayout(manage)
        self.tabs = QTabWidget()
        self.roles = RoleTable()
        self.roles.on_changed = self._roles_changed
        self.roles.on_error = lambda text: self.show_message(text, error=True)
        self.tabs.addTab(self.roles, tr("Layers and roles"))
        self.parameters = ParametersPanel()
        self.parameters.on_changed = self._save_current
        self.tabs.addTab(self.parameters, tr("Parameters"))
        self.results = ResultTable()
        results_tab = QWidget()
        results_layout = QVBoxLayout(results_tab)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        results_layout.addWidget(self.summary)
        results_layout.addWidget(self.results)
        self.tabs.addTab(results_tab, tr("Results"))
        self.tabs.addTab(self._scenario_tab(), tr("Scenario"))
        layout.addWidget(self.tabs)
        run_row = QHBoxLayout()
        self.run_button = self._button(tr("Run"), self.run, "run")
        self.cancel_button = self._button(tr("Cancel"), self.cancel, "cancel")
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress)
        layout.addLayout(run_row)
        self.blockers = QLabel()
        self.blockers.setWordWrap(True)
        self.blockers.setObjectName("slimstad_run_blockers")
        layout.addWidget(self.blockers)
        self.setWidget(body)

    def _scenario_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(tr("Click on the map to add a facility or to remove one, then run the scenario.")))
        row = QHBoxLayout()
        self.add_tool_button = self._button(tr("Place new facility"), lambda: self._activate_tool(ADD), "tool_add")
        self.remove_tool_button = self._button(tr("Remove facility"), lambda: self._activate_tool(REMOVE),
                                               "tool_remove")
        self.change_tool_button = self._button(tr("Change capacity"), lambda: self._activate_tool(CHANGE),
                                               "tool_change")
        row.addWidget(self.add_tool_button)
        row.addWidget(self.remove_tool_button)
        row.addWidget(self.change_tool_button)
        row.addWidget(self._button(tr("Clear"), self.clear_scenario, "scenario_clear"))
        layout.addLayout(row)
        self.scenario_list = QListWidget()
        layout.addWidget(self.scenario_list)
        layout.addWidget(self._button(tr("Run scenario"), self.run_scenario, "scenario_run"))
        layout.addWidget(sites_panel(self))
        self.map_tool: Optional[ScenarioMapTool] = None
        return tab

    # -- dialogs (replaced in tests) -----------------------------------------------------------
    def _ask_text(self, title: str, label: str, default: str) -> Tuple[str, bool]:
        return QInputDialog.getText(self, title, label, text=default)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c0392b;" if error else "")
        if error:
            LOGGER.warning(text)

    # -- list management -----------------------------------------------------------------------
    def reload(self, *_args: object) -> None:
        """Read the project's challenges; damaged entries are named, the rest loads."""
        try:
            self.challenges, problems = project_challenges(self.project)
        except ChallengeError as error:
            self.challenges, problems = [], [str(error)]
        self.show_message("\n".join(problems), error=bool(problems))
        self._fill_list()

    def _fill_list(self, select_id: str = "") -> None:
        self.challenge_list.blockSignals(True)
        self.challenge_list.clear()
        for item in self.challenges:
            self.challenge_list.addItem("{} ({})".format(item.display_title(), item.id))
        self.challenge_list.blockSignals(False)
        ids = [c.id for c in self.challenges]
        row = ids.index(select_id) if select_id in ids else (0 if ids else -1)
        self.challenge_list.setCurrentRow(row)
        self._select(row)

    def _select(self, row: int) -> None:
        self.current = self.challenges[row] if 0 <= row < len(self.challenges) else None
        self.scenario_changes = []
        self.scenario_list.clear()
        self.parameters.show_challenge(self.current)
        self.refresh_roles()

    def _unique_id(self, base: str) -> str:
        ids = {c.id for c in self.challenges}
        candidate, number = base, 2
        while candidate in ids:
            candidate, number = "{}_{}".format(base, number), number + 1
        return candidate

    def _add(self, challenge: Challenge) -> None:
        challenge.id = self._unique_id(challenge.id)
        save_challenge(self.project, challenge)
        self.challenges.append(challenge)
        self._fill_list(challenge.id)

    def create_from_template(self) -> None:
        self._add(load_template(self.template_box.currentData()))

    def duplicate(self) -> None:
        if self.current:
            clone = copy.deepcopy(self.current)
            clone.title = {k: tr("{title} (copy)").format(title=v) for k, v in clone.title.items()}
            self._add(clone)

    def rename(self) -> None:
        if not self.current:
            return
        text, ok = self.ask_text(tr("Rename challenge"), tr("Title"), self.current.display_title())
        if ok and text.strip():
            self.current.title[self.current.output.language or "nl"] = text.strip()
            self._save_current()
            self._fill_list(self.current.id)

    def delete(self) -> None:
        if not self.current:
            return
        if not self.confirm(tr("Delete challenge"), tr("Delete the challenge {title}? Its result layers stay.")
                            .format(title=self.current.display_title())):
            return
        self.deleted = self.current
        remove_challenge(self.project, self.current.id)
        self.challenges.remove(self.current)
        self._fill_list()
        self.show_message(tr("Challenge {title} deleted; use Undo delete to restore it.").format(
            title=self.deleted.display_title()))

    def undo_delete(self) -> None:
        if self.deleted is not None:
            restored, self.deleted = self.deleted, None
            self._add(restored)

    def import_file(self) -> None:
        path = self.ask_open_file()
        if not path:
            return
        try:
            self._add(challenge_io.load_file(Path(path)))
        except ChallengeError as error:
            self.show_message(str(error), error=True)

    def export_file(self) -> None:
        if not self.current:
            return
        path = self.ask_save_file(self.current.id + challenge_io.FILE_SUFFIX)
        if path:
            try:
                written = challenge_io.save_file(self.current, Path(path))
                self.show_message(tr("Challenge exported to {path}.").format(path=written))
            except ChallengeError as error:
                self.show_message(str(error), error=True)

    def _save_current(self) -> None:
        if self.current is not None:
            save_challenge(self.project, self.current)

    # -- roles and parameters -------------------------------------------------------------------
    def refresh_roles(self, *_args: object) -> None:
        statuses = self.roles.show_challenge(self.current, self.project)
        self._update_run_state(statuses)

    def set_catalogue(self, entries: list, statuses: object = None) -> None:
        """Catalogue entries (and their health/freshness) offered per role; called by the Shared data dock."""
        self.roles.catalogue_entries = list(entries or [])
        self.roles.catalogue_statuses = dict(getattr(statuses, "by_id", {}) or {})
        self.refresh_roles()

    def _roles_changed(self) -> None:
        self._save_current()
        self.refresh_roles()

    def _update_run_state(self, statuses: list) -> None:
        blockers = run_blockers(statuses) if self.current else [tr("Create or choose a challenge first.")]
        running = self.task is not None
        if running:
            blockers = [tr("A run is in progress.")]
        self.run_button.setEnabled(not blockers)
        text = tr("Run is disabled: {reasons}").format(reasons="; ".join(blockers)) if blockers else ""
        self.blockers.setText(text)
        self.run_button.setToolTip(text or tr("Run the challenge in the background"))

    # -- running ----------------------------------------------------------------------------------
    def run(self, challenge: Optional[Challenge] = None) -> Optional[BackgroundTask]:
        """Start a background run; a second run while one is going is refused."""
        target = challenge or self.current
        if self.task is not None:
            self.show_message(tr("A run is already in progress; wait for it or cancel it."), error=True)
            return None
        if target is None:
            return None
        output = default_output(target, self.project)
        if not self.project.absolutePath():
            output = Path(QgsApplication.qgisSettingsDirPath()) / "slimstad" / "resultaten" / "{}.gpkg".format(
                target.id)
        generation = self.project_generation
        self.run_output = output
        self.task = BackgroundTask(
            tr("SlimStad: challenge {title}").format(title=target.display_title()),
            run_work(copy.deepcopy(target), layer_specs(self.project), self.project.absolutePath(), output),
            lambda outcome, c=target: self._run_done(c, outcome, generation))
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.cancel_button.setEnabled(True)
        self._update_run_state([])
        self.show_message(tr("Running {title}…").format(title=target.display_title()))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _run_done(self, challenge: Challenge, outcome: TaskOutcome, generation: int = 0) -> None:
        self.task = None
        result: Optional[RunResult] = outcome.result if outcome.ok else None
        error = outcome.error
        self.cancel_button.setEnabled(False)
        self.refresh_roles()
        if generation != self.project_generation:
            self.show_message(tr("The project was closed during the run; its results were not added."))
            return
        if result is None:
            self.show_message(error or tr("The run was cancelled; nothing was changed."), error=bool(error))
            return
        scenario_run = any(s.id == MAP_SCENARIO for s in challenge.scenarios)
        names = list(result.layers)
        priority = None
        try:
            weights = self.parameters.weights if self.parameters.challenge is not None else {}
            prio = compute_priority(challenge, result, weights or default_weights(challenge),
                                    self.parameters.normalisation)
            names.insert(0, write_priority_layer(challenge, result, prio))
            priority = prio.score
        except (PriorityError, ChallengeError, OSError, RuntimeError) as problem:
            self.show_message(tr("No priority map: {error}").format(error=problem), error=True)
        if scenario_run:  # delta maps first, then the rest
            names.sort(key=lambda name: "__" not in name)
        layers = show_result_layers(self.project, challenge, result.output, names)
        deltas = None
        if scenario_run and MAP_SCENARIO in result.scenarios:
            deltas = {key: comp.delta for key, comp in result.scenarios[MAP_SCENARIO].items()}
        else:
            self.baseline = result
        self.last_result = result
        self.results.fill(challenge, result, priority, deltas)
        first = layers.get(names[0]) if names else None
        self.results.attach_layer(first, self.iface.mapCanvas() if self.iface else None)
        self.summary.setText(self._summary(challenge, result))
        self.tabs.setCurrentIndex(2)
        self.show_message(tr("Done: {count} layers in group \"{group}\".").format(
            count=len(layers), group=tr("Opgave: {title}").format(title=challenge.display_title())))

    def _summary(self, challenge: Challenge, result: RunResult) -> str:
        spec = challenge.indicators[0]
        values = result.indicators[spec.id]
        reference = city_reference(values.values, values.supply, values.demand, spec.per)
        unit = pick_language_text(spec.unit, challenge.output.language)
        return summary_text(values.values, reference, unit, spec.higher_is_better)

    # -- scenarios from the map ---------------------------------------------------------------------
    def _activate_tool(self, mode: str) -> None:
        if self.iface is None:
            return
        self.map_tool = ScenarioMapTool(self.iface.mapCanvas(), mode, self.handle_map_click)
        self.iface.mapCanvas().setMapTool(self.map_tool)

    def handle_map_click(self, point: object, mode: str) -> None:
        """A click in canvas CRS: add a facility (asks capacity) or remove the nearest one."""
        if self.current is None or not self.current.supply:
            return
        role = self.current.supply[0]
        canvas = self.iface.mapCanvas() if self.iface else None
        canvas_crs = canvas.mapSettings().destinationCrs() if canvas else self.project.crs()
        if mode == ADD:
            capacity, ok = self.ask_capacity()
            if not ok:
                return

            units_crs = resolve_layer(self.project, self.current.area_units.layer).crs()
            local = canvas_to_crs(point, canvas_crs, units_crs)
            change = add_facility_change(role, local, capacity, len(self.scenario_changes) + 1)
        else:
            tolerance = canvas.mapUnitsPerPixel() * 10 if canvas else 50.0
            change = nearest_facility_change(self.current, self.project, role, point, canvas_crs, tolerance)
            if change is None:
                self.show_message(tr("No facility near the click."), error=True)
                return
            if mode == CHANGE:
                capacity, ok = self.ask_capacity()
                if not ok:
                    return
                change.kind, change.capacity = "change_capacity", float(capacity)
        self.scenario_changes.append(change)
        self.scenario_list.clear()
        self.scenario_list.addItems(describe(self.scenario_changes))

    def clear_scenario(self) -> None:
        self.scenario_changes = []
        self.scenario_list.clear()

    def run_scenario(self) -> Optional[BackgroundTask]:
        """Run baseline plus the map changes; the table shows the deltas beside the baseline."""
        if self.current is None or not self.scenario_changes:
            self.show_message(tr("Add or remove a facility on the map first."), error=True)
            return None
        scenario_challenge = copy.deepcopy(self.current)
        scenario_challenge.scenarios = [s for s in scenario_challenge.scenarios if s.id != MAP_SCENARIO]
        scenario_challenge.scenarios.append(Scenario(id=MAP_SCENARIO, title={"nl": "Kaartscenario", "en": "Map "
                                                     "scenario", "fr": "Scénario de la carte"},
                                                     changes=list(self.scenario_changes)))
        return self.run(scenario_challenge)

    # -- lifecycle -------------------------------------------------------------------------------------
    def _project_closed(self) -> None:
        self.project_generation += 1
        if self.task is not None:
            self.task.cancel()
        self.results.detach()
        self.challenges, self.current, self.last_result = [], None, None
        self._fill_list()

    def close_down(self) -> None:
        """Disconnect from the project (plugin unload)."""
        for signal, slot in ((self.project.readProject, self.reload), (self.project.cleared, self._project_closed),
                             (self.project.layersRemoved, self.refresh_roles)):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        if self.task is not None:
            self.task.cancel()
        self.results.detach()
        if self.map_tool is not None and self.iface is not None:
            self.iface.mapCanvas().unsetMapTool(self.map_tool)

