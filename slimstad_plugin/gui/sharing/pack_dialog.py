"""Menu entries for sharing: pack the project, open a shared package, import another city's challenge.

Packing runs through Processing's non-blocking dialog; unpacking runs in a QgsTask and only opens the
project (on the GUI thread) once every checksum matched.
"""

from pathlib import Path
from typing import Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMessageBox

from ...core.base.i18n import qgis_language, translator
from ...core.challenge.model import Challenge, ChallengeError
from ...core.challenge.rebinding import import_challenge
from ...core.sharing.unpack import TamperedPackageError, UnpackResult, check_package, unpack_package
from ..host import PluginHost
from ..message_area import push_file_message, push_to_qgis
from ..task import BackgroundTask, TaskOutcome
from .import_dialog import ImportChallengeDialog

tr = translator("SlimStadSharing")


def unpack_task(package: Path, target: Path,
                on_done: Optional[Callable[[TaskOutcome], None]] = None) -> BackgroundTask:
    """Verify and unpack a package in the background (nothing is opened before every checksum matched)."""
    return BackgroundTask(tr("SlimStad: open package {name}").format(name=package.name),
                          lambda _task: unpack_package(package, target), on_done)


class SharingComponent:
    """Three actions in the SlimStad menu (not on the toolbar)."""

    def __init__(self) -> None:
        self.host: Optional[PluginHost] = None
        self.actions: list = []
        self.task: Optional[BackgroundTask] = None
        self.dialog = None
        # Replaced in tests and by the desktop check: no modal file dialog on their paths.
        self.ask_challenge_file: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self.host.iface.mainWindow(), tr("Import a challenge"), "", tr("SlimStad challenge (*.slimstad.json)"))[0]

    def init_gui(self, host: PluginHost) -> None:
        self.host = host
        window = host.iface.mainWindow()
        for name, text, slot, tip in (
                ("slimstad_pack_project", tr("Pack project for sharing…"), self.pack,
                 tr("Pack the saved project, its data and its challenges into one file another city can open")),
                ("slimstad_open_package", tr("Open a shared package…"), self.open_package,
                 tr("Check and unpack a package made by SlimStad, then open its project")),
                ("slimstad_import_challenge", tr("Import a challenge from another city…"), self.import_challenge,
                 tr("Read another city's challenge and bind its roles to your layers"))):
            action = QAction(text, window)
            action.setObjectName(name)
            action.setToolTip(tip)
            host.connect(action.triggered, slot)
            host.add_action(action, in_toolbar=False)
            self.actions.append(action)

    def pack(self) -> None:
        import processing  # lazy: QGIS's Processing plugin, loaded by QGIS

        project = QgsProject.instance()
        if project.isDirty() or not project.fileName():
            push_to_qgis(self.host.iface.messageBar(),
                "SlimStad", tr("Save the project first: the package is made from the saved file."),
                Qgis.MessageLevel.Warning, 8)
        processing.execAlgorithmDialog("slimstad:pack_project", {"PROJECT": project.fileName()})

    def open_package(self) -> None:
        window = self.host.iface.mainWindow()
        package, _ = QFileDialog.getOpenFileName(window, tr("Open a shared package"), "",
                                                 tr("SlimStad package (*.zip)"))
        if not package:
            return
        parent = QFileDialog.getExistingDirectory(window, tr("Folder to unpack into"))
        if not parent:
            return
        target = Path(parent) / Path(package).stem
        self.task = unpack_task(Path(package), target, self._unpacked)
        QgsApplication.taskManager().addTask(self.task)

    def _may_replace_current_project(self) -> bool:
        """Never throw away unsaved work: ask to save the current project first."""
        current = QgsProject.instance()
        if not current.isDirty():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.host.iface.mainWindow(), tr("Open a shared package"),
            tr("The current project has unsaved changes. Save them before opening the package?"),
            buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return bool(current.fileName()) and current.write()
        return answer == buttons.Discard

    def _unpacked(self, outcome: TaskOutcome) -> None:
        if outcome.ok:
            self._opened(outcome.result)
        elif outcome.error:
            self._failed(outcome)

    def _opened(self, result: UnpackResult) -> None:
        if not self._may_replace_current_project():
            push_file_message(self.host.iface.messageBar(), "SlimStad", tr(
                "The package was unpacked to {path}; open its project when you are ready.").format(
                    path=Path(result.folder).name), Path(result.folder), Qgis.MessageLevel.Info, 0)
            return
        self.host.iface.addProject(str(result.project_path))
        # The same check as the command line: each layer opened and compared with the manifest, each picture.
        check = check_package(QgsProject.instance(), result.project_path, result.manifest)
        notes = result.manifest.receiver_must_configure
        problems = check.broken or check.needs_connection
        level = Qgis.MessageLevel.Warning if problems or notes else Qgis.MessageLevel.Success
        text = tr("Package opened from {path}; every checksum matched.").format(path=result.folder)
        if check.broken:
            text += " " + tr("Broken: {names}").format(names="; ".join(check.broken))
        if check.needs_connection:
            text += " " + tr("Needs a connection: {names}").format(names="; ".join(check.needs_connection))
        if notes:
            text += " " + " ".join(notes)
        push_to_qgis(self.host.iface.messageBar(), "SlimStad", text, level, 0)

    def _failed(self, outcome: TaskOutcome) -> None:
        title = tr("The package was not opened")
        if isinstance(outcome.exception, TamperedPackageError):
            QMessageBox.warning(self.host.iface.mainWindow(), title, outcome.error)
        else:
            push_to_qgis(self.host.iface.messageBar(), "SlimStad", outcome.error, Qgis.MessageLevel.Critical, 0)

    def import_challenge(self) -> Optional[ImportChallengeDialog]:
        """Read a challenge file, bind it to this project (catalogue entries of the "Gedeelde data" dock are
        offered too) and show the dialog where missing roles are chosen; non-modal."""
        path = self.ask_challenge_file()
        if not path:
            return None
        project = QgsProject.instance()
        window = self.host.iface.mainWindow()
        catalogue = window.findChild(QgsDockWidget, "slimstad_catalogue_dock")
        entries = list(getattr(catalogue, "entries", []) or [])
        try:
            report = import_challenge(Path(path), project, entries, save=False, language=qgis_language())
        except ChallengeError as error:
            push_to_qgis(self.host.iface.messageBar(), "SlimStad", str(error), Qgis.MessageLevel.Critical, 0)
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ImportChallengeDialog(report, project, entries, window, on_added=self._added)
        self.dialog.show()  # non-modal: the user can look at the map while choosing
        return self.dialog

    def _added(self, challenge: Challenge, run: bool) -> None:
        """The imported challenge is in the project: show it in the Opgaven dock (and run it when asked)."""
        bar = self.host.iface.messageBar()
        push_to_qgis(bar, "SlimStad", tr("Challenge {title} added to the project.").format(
            title=challenge.display_title(qgis_language())), Qgis.MessageLevel.Success, 6)
        dock = self.host.iface.mainWindow().findChild(QgsDockWidget, "slimstad_challenge_dock")
        if dock is None:
            return
        dock.show()
        dock.raise_()
        dock.reload()
        dock.select_challenge(challenge.id)
        if run:
            dock.run()

    def unload(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = None
        self.actions = []
