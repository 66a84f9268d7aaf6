"""Dock "Opgaven": list, create and manage challenges, bind roles, run them in the background, read results."""

import copy
import logging
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.analysis.priority import PriorityError
from ...core.base.i18n import is_foreign_language, number_locale, pick_language_text, qgis_language, translator
from ...core.challenge import model as challenge_io
from ...core.challenge.binding import city_reference, layer_specs, project_from_specs, run_blockers, summary_text
from ...core.challenge.model import Challenge, ChallengeError
from ...core.challenge.priority import compute_priority, default_weights, write_priority_layer
from ...core.challenge.run import RunResult, default_output, run_challenge
from ...core.challenge.store import project_challenges, remove_challenge, save_challenge
from ...core.challenge.templates import load_template, template_titles
from ..help import help_button
from ..task import BackgroundTask, TaskOutcome
from .parameters import ParametersPanel
from .results import ResultTable, show_result_layers
from .roles import RoleTable
from .scenario_panel import MAP_SCENARIO, ScenarioPanel

tr = translator("SlimStadChallengePanel")
LOGGER = logging.getLogger(__name__)



def run_work(challenge: Challenge, specs: List[Dict[str, Any]], home_path: str, output: Path) -> Any:
    """Work of a run task: the challenge on private copies of the project's layers (thread-safe), never the
    user's layers themselves."""

    language = qgis_language()  # result layers read like the rest of the screen

    def work(task: BackgroundTask) -> RunResult:
        project = project_from_specs(specs, home_path)
        try:
            return run_challenge(challenge, project, output, feedback=task.feedback, language=language)
        finally:
            project.clear()

    return work


class ChallengeDock(QgsDockWidget):
    """Everything a planner does with a challenge, without business logic (that lives in core)."""

    def __init__(self, iface: object, parent: Optional[QWidget] = None) -> None:
        super().__init__(tr("Challenges"), parent)
        self.setLocale(number_locale())  # spin boxes write numbers like the texts: "500,00 m" in nl/fr
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
    def _button(self, text: str, slot: Callable, name: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip or text)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("slimstad_challenge_message")
        layout.addWidget(self.message)
        self.challenge_list = QListWidget()
        self.challenge_list.setObjectName("slimstad_challenge_list")
        self.challenge_list.setToolTip(tr("The challenges of this project; choose one to work on"))
        self.challenge_list.setMaximumHeight(self.fontMetrics().height() * 3 + 10)
        self.challenge_list.setMinimumHeight(self.fontMetrics().height() * 2 + 8)
        self.challenge_list.currentRowChanged.connect(self._select)
        layout.addWidget(self.challenge_list)
        create_row = QGridLayout()  # two lines: fits a narrow dock in every language
        self.template_box = QComboBox()
        self.template_box.setObjectName("slimstad_template_box")
        self.template_box.setToolTip(tr("The templates shipped with SlimStad, ready to run on the sample city"))
        self.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_box.setMinimumContentsLength(10)
        self.template_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for template_id, title in template_titles(qgis_language()).items():
            self.template_box.addItem(title, template_id)
        create_row.addWidget(self.template_box, 0, 0, 1, 2)
        create_row.addWidget(self._button(tr("New from template"), self.create_from_template, "new_template",
                                          tr("Create a challenge from the chosen template")), 1, 0)
        self.manage_button = QToolButton()
        self.manage_button.setObjectName("manage")
        self.manage_button.setText(tr("Manage"))
        self.manage_button.setToolTip(tr("Duplicate, rename, delete, import or export challenges"))
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.manage_menu = QMenu(self.manage_button)
        for text, slot, name, tip in (
                (tr("Duplicate"), self.duplicate, "duplicate", tr("Make a copy of the chosen challenge")),
                (tr("Rename"), self.rename, "rename", tr("Give the chosen challenge another title")),
                (tr("Delete"), self.delete, "delete", tr("Delete the chosen challenge (its result layers stay)")),
                (tr("Undo delete"), self.undo_delete, "undo", tr("Bring back the challenge deleted last")),
                (tr("Import…"), self.import_file, "import", tr("Read a challenge from a .slimstad.json file")),
                (tr("Export…"), self.export_file, "export", tr("Write the chosen challenge to a .slimstad.json file"))):
            action = self.manage_menu.addAction(text)
            action.setObjectName(name)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, f=slot: f())
        self.manage_menu.setToolTipsVisible(True)
        self.manage_button.setMenu(self.manage_menu)
        self.manage_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.manage_button.setMinimumWidth(self.manage_button.sizeHint().width() + 12)
        create_row.addWidget(self.manage_button, 1, 1)
        create_row.setColumnStretch(0, 1)
        layout.addLayout(create_row)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("slimstad_challenge_tabs")
        self.tabs.setMinimumHeight(200)
        self.roles = RoleTable()
        self.roles.on_changed = self._roles_changed
        self.roles.on_error = lambda text: self.show_message(text, error=True)
        self.tabs.addTab(self.roles, tr("Layers and roles"))
        self.parameters = ParametersPanel()
        self.parameters.on_changed = self._save_current
        self.tabs.addTab(_scrolled(self.parameters), tr("Parameters"))
        self.results = ResultTable()
        self.results.setToolTip(tr("Every area unit, highest priority first; selecting rows selects the areas "
                                   "on the map and back"))
        results_tab = QWidget()
        results_layout = QVBoxLayout(results_tab)
        results_layout.setContentsMargins(2, 2, 2, 2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("slimstad_result_summary")
        results_layout.addWidget(self.summary)
        results_layout.addWidget(self.results)
        self.tabs.addTab(results_tab, tr("Results"))
        self.scenario = ScenarioPanel(self)
        self.scenario_list = self.scenario.scenario_list
        self.tabs.addTab(_scrolled(self.scenario), tr("Scenario"))
        for index, tip in enumerate((tr("Which layer and field fill each role"),
                                     tr("Distances, method, classes and priority weights"),
                                     tr("The values per area unit after a run"),
                                     tr("Add or remove facilities on the map and compare with today"))):
            self.tabs.setTabToolTip(index, tip)
        layout.addWidget(self.tabs, 1)
        run_row = QHBoxLayout()
        self.run_button = self._button(tr("Run"), self.run, "run")
        self.cancel_button = self._button(tr("Cancel"), self.cancel, "cancel", tr("Stop the run; nothing is changed"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setToolTip(tr("Progress of the run"))
        self.progress.setMinimumWidth(40)
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(help_button("challenges", body))
        layout.addLayout(run_row)
        self.blockers = QLabel()
        self.blockers.setWordWrap(True)
        self.blockers.setObjectName("slimstad_run_blockers")
        layout.addWidget(self.blockers)
        self.setWidget(_scrolled(body))

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

    def select_challenge(self, challenge_id: str) -> None:
        """Show ``challenge_id`` (after an import, for example)."""
        self._fill_list(challenge_id)

    def _fill_list(self, select_id: str = "") -> None:
        self.challenge_list.blockSignals(True)
        self.challenge_list.clear()
        language = qgis_language()
        for challenge in self.challenges:
            item = QListWidgetItem(challenge.display_title(language))
            item.setToolTip(tr("Challenge {id}").format(id=challenge.id))
            self.challenge_list.addItem(item)
        self.challenge_list.blockSignals(False)
        ids = [c.id for c in self.challenges]
        row = ids.index(select_id) if select_id in ids else (0 if ids else -1)
        self.challenge_list.setCurrentRow(row)
        self._select(row)

    def _select(self, row: int) -> None:
        previous = self.current.id if self.current is not None else None
        self.current = self.challenges[row] if 0 <= row < len(self.challenges) else None
        if (self.current.id if self.current is not None else None) != previous:
            self.scenario.forget()  # the steps belong to the challenge they were made for
            self.results.clear_results()  # and so do the results shown
            self.summary.clear()
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
        challenge = load_template(self.template_box.currentData())
        language = "en" if is_foreign_language(qgis_language()) else qgis_language()  # German QGIS: English maps
        if language in challenge.title:  # the new challenge's maps speak the user's language
            challenge.output.language = language
        self._add(challenge)

    def duplicate(self) -> None:
        if self.current:
            clone = copy.deepcopy(self.current)
            clone.title = {k: tr("{title} (copy)").format(title=v) for k, v in clone.title.items()}
            self._add(clone)

    def rename(self) -> None:
        if not self.current:
            return
        language = qgis_language()
        text, ok = self.ask_text(tr("Rename challenge"), tr("Title"), self.current.display_title(language))
        if ok and text.strip():
            key = language if language in ("nl", "fr", "en") else (self.current.output.language or "nl")
            self.current.title[key] = text.strip()
            self._save_current()
            self._fill_list(self.current.id)

    def delete(self) -> None:
        if not self.current:
            return
        if not self.confirm(tr("Delete challenge"), tr("Delete the challenge {title}? Its result layers stay.")
                            .format(title=self.current.display_title(qgis_language()))):
            return
        self.deleted = self.current
        remove_challenge(self.project, self.current.id)
        self.challenges.remove(self.current)
        self._fill_list()
        self.show_message(tr("Challenge {title} deleted; use Undo delete to restore it.").format(
            title=self.deleted.display_title(qgis_language())))

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
        by_id = getattr(statuses, "by_id", None)  # the dict itself, not a copy: later checks show in the labels
        self.roles.catalogue_statuses = by_id if by_id is not None else {}
        self.refresh_roles()

    def catalogue_statuses_changed(self) -> None:
        """Health or freshness results arrived in the Shared data dock."""
        self.roles.refresh_catalogue_labels()

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
            tr("SlimStad: challenge {title}").format(title=target.display_title(qgis_language())),
            run_work(copy.deepcopy(target), layer_specs(self.project), self.project.absolutePath(), output),
            lambda outcome, c=target: self._run_done(c, outcome, generation))
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.cancel_button.setEnabled(True)
        self._update_run_state([])
        self.show_message(tr("Running {title}…").format(title=target.display_title(qgis_language())))
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
            names.insert(0, write_priority_layer(challenge, result, prio, qgis_language()))
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
            count=len(layers), group=tr("Challenge: {title}").format(title=challenge.display_title(qgis_language()))))

    def _summary(self, challenge: Challenge, result: RunResult) -> str:
        spec = challenge.indicators[0]
        values = result.indicators[spec.id]
        reference = city_reference(values.values, values.supply, values.demand, spec.per)
        language = qgis_language()
        unit = pick_language_text(spec.unit, language)
        return summary_text(values.values, reference, unit, spec.higher_is_better, language)

    # -- scenarios from the map (the Scenario tab does the work) ------------------------------------
    @property
    def scenario_changes(self) -> list:
        """The scenario steps in effect (after undo/redo)."""
        return self.scenario.changes

    def handle_map_click(self, point: object, mode: str) -> object:
        """A click in canvas CRS: add a facility (asks capacity), or remove or re-size the nearest one."""
        return self.scenario.handle_map_click(point, mode)

    def clear_scenario(self) -> None:
        self.scenario.clear()

    def run_scenario(self) -> Optional[BackgroundTask]:
        """Run baseline plus the map changes; the table shows the deltas beside the baseline."""
        return self.scenario.run()

    # -- lifecycle -------------------------------------------------------------------------------------
    def _project_closed(self) -> None:
        self.project_generation += 1
        if self.task is not None:
            self.task.cancel()
        self.results.clear_results()
        self.summary.clear()
        self.scenario.edits.layer = None  # QGIS removes the marker layer with the project
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
        if self.scenario.map_tool is not None and self.iface is not None:
            self.iface.mapCanvas().unsetMapTool(self.scenario.map_tool)



def _scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: on a small screen the dock shrinks and its content scrolls."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
