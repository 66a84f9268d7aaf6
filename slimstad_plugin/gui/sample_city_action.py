"""Menu entry "Create sample city…": the sample city in the data folder the catalogue reads, opened as a project.

The GeoPackage is written in a background task (seconds); the project (layers and styles) is built on the GUI
thread and opened. Existing files are reused, never overwritten (core.demo.sample_project). The Processing
algorithm ``slimstad:sample_city`` stays for writing the city anywhere else.
"""

from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMessageBox

from .. import RESOURCES_DIR
from ..core.base.errors import SlimStadError
from ..core.base.i18n import translator
from ..core.base.settings import SlimStadSettings
from ..core.demo.sample_project import SampleCity, ensure_sample_gpkg, ensure_sample_project
from .host import PluginHost
from .message_area import push_file_message, push_to_qgis
from .task import BackgroundTask, TaskOutcome

tr = translator("SlimStadMenu")
RUNNING: List[BackgroundTask] = []  # Python must hold running tasks


def may_replace_project(parent: object) -> bool:
    """Never throw away unsaved work: ask to save the current project before another one opens."""
    current = QgsProject.instance()
    if not current.isDirty():
        return True
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(parent, tr("Create sample city"), tr(
        "The current project has unsaved changes. Save them before the sample city opens?"),
        buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
    if answer == buttons.Save:
        return bool(current.fileName()) and current.write()
    return answer == buttons.Discard


def start_sample_city(iface: object, folder: Optional[Path] = None,
                      on_done: Optional[Callable[[Optional[SampleCity]], None]] = None,
                      confirm: Callable[[object], bool] = may_replace_project) -> Optional[BackgroundTask]:
    """Create (or find) the sample city in ``folder`` (default: the data folder of the settings) and open it.

    Returns the running task, or None when the user kept the current project. ``on_done`` gets the city (None
    on failure) after the project was opened."""
    folder = Path(folder or SlimStadSettings.load().sample_data_dir())
    window = iface.mainWindow() if iface is not None else None
    if not confirm(window):
        return None

    mine: List[BackgroundTask] = []

    def done(outcome: TaskOutcome) -> None:
        for finished in mine:
            if finished in RUNNING:
                RUNNING.remove(finished)
        city = outcome.result if outcome.ok else None
        if city is not None:
            try:
                city = ensure_sample_project(city)
            except SlimStadError as error:
                outcome.error, city = str(error), None
        bar = iface.messageBar()
        if city is None:
            if not outcome.canceled:
                push_to_qgis(bar, "SlimStad", outcome.error or tr("The sample city was not created."),
                                Qgis.MessageLevel.Critical, 0)
        else:
            iface.addProject(str(city.project))
            text = (tr("Sample city created in {folder}; the Shared data catalogue reads its layers there.")
                    if city.written else tr("Sample city opened from {folder}."))
            push_file_message(bar, "SlimStad", text.format(folder=Path(city.folder).name), Path(city.folder),
                              Qgis.MessageLevel.Success, 10)  # the folder's name; its path in the tooltip
        if on_done is not None:
            on_done(city)

    task = BackgroundTask(tr("SlimStad: sample city in {folder}").format(folder=folder),
                          lambda _task: ensure_sample_gpkg(folder), done)
    mine.append(task)
    RUNNING.append(task)
    QgsApplication.taskManager().addTask(task)
    return task


class SampleCityComponent:
    """The menu/toolbar action; the data folder is the one shown in the Shared data dock."""

    def __init__(self) -> None:
        self.host: Optional[PluginHost] = None
        self.action: Optional[QAction] = None
        self.confirm: Callable[[object], bool] = may_replace_project  # replaced in tests

    def init_gui(self, host: PluginHost) -> None:
        self.host = host
        icon = QIcon(str(RESOURCES_DIR / "icons" / "sample_city.svg"))
        self.action = QAction(icon, tr("Create sample city…"), host.iface.mainWindow())
        self.action.setObjectName("slimstad_sample_city")
        self.action.setToolTip(tr("Create the fictional city Voorbeeldstad in your data folder and open it: "
                                  "the layers of the sample catalogue, styled and grouped by sector"))
        host.connect(self.action.triggered, lambda _checked=False: self.create())
        host.add_action(self.action)

    def create(self, folder: Optional[Path] = None) -> Optional[BackgroundTask]:
        return start_sample_city(self.host.iface, folder, confirm=self.confirm)

    def unload(self) -> None:
        for task in list(RUNNING):
            task.cancel()
        self.action = None
