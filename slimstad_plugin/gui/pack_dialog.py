"""Menu entries for sharing: pack the project, open a shared package, import another city's challenge.

Packing runs through Processing's non-blocking dialog; unpacking runs in a QgsTask and only opens the
project (on the GUI thread) once every checksum matched.
"""

from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsProject, QgsTask
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMessageBox

from ..core.i18n import translator
from ..core.sharing.unpack import TamperedPackageError, UnpackError, UnpackResult, unpack_package
from .host import PluginHost

tr = translator("SlimStadSharing")


class UnpackTask(QgsTask):
    """Verify and unpack a package in the background."""

    def __init__(self, package: Path, target: Path) -> None:
        super().__init__(tr("SlimStad: open package {name}").format(name=package.name), QgsTask.Flag.CanCancel)
        self.package, self.target = package, target
        self.result: Optional[UnpackResult] = None
        self.error = ""
        self.tampered = False

    def run(self) -> bool:
        try:
            self.result = unpack_package(self.package, self.target)
        except TamperedPackageError as error:
            self.error, self.tampered = str(error), True
            return False
        except UnpackError as error:
            self.error = str(error)
            return False
        except Exception as error:  # noqa: BLE001 - shown in a message, never as a traceback dialog
            self.error = tr("Unexpected problem while unpacking: {error}").format(error=error)
            return False
        return True


class SharingComponent:
    """Three actions in the SlimStad menu (not on the toolbar)."""

    def __init__(self) -> None:
        self.host: Optional[PluginHost] = None
        self.actions: list = []
        self.task: Optional[UnpackTask] = None
        self.dialog = None

    def init_gui(self, host: PluginHost) -> None:
        self.host = host
        window = host.iface.mainWindow()
        for name, text, slot in (("slimstad_pack_project", tr("Pack project for sharing…"), self.pack),
                                 ("slimstad_open_package", tr("Open a shared package…"), self.open_package),
                                 ("slimstad_import_challenge", tr("Import a challenge from another city…"),
                                  self.import_challenge)):
            action = QAction(text, window)
            action.setObjectName(name)
            host.connect(action.triggered, slot)
            host.add_action(action, in_toolbar=False)
            self.actions.append(action)

    def pack(self) -> None:
        import processing  # QGIS's Processing plugin, present in every desktop

        project = QgsProject.instance()
        if project.isDirty() or not project.fileName():
            self.host.iface.messageBar().pushMessage(
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
        self.task = UnpackTask(Path(package), target)
        self.task.taskCompleted.connect(self._opened)
        self.task.taskTerminated.connect(self._failed)
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

    def _opened(self) -> None:
        result = self.task.result
        if not self._may_replace_current_project():
            self.host.iface.messageBar().pushMessage(
                "SlimStad", tr("The package was unpacked to {path}; open its project when you are ready.").format(
                    path=result.project_path), Qgis.MessageLevel.Info, 0)
            return
        self.host.iface.addProject(str(result.project_path))
        broken = [layer.name() for layer in QgsProject.instance().mapLayers().values() if not layer.isValid()]
        notes = result.manifest.receiver_must_configure
        level = Qgis.MessageLevel.Warning if broken or notes else Qgis.MessageLevel.Success
        text = tr("Package opened from {path}; every checksum matched.").format(path=result.folder)
        if broken:
            text += " " + tr("Layers that need attention: {names}").format(names=", ".join(broken))
        if notes:
            text += " " + " ".join(notes)
        self.host.iface.messageBar().pushMessage("SlimStad", text, level, 0)

    def _failed(self) -> None:
        if not self.task.error:
            return
        title = tr("The package was not opened")
        if self.task.tampered:
            QMessageBox.warning(self.host.iface.mainWindow(), title, self.task.error)
        else:
            self.host.iface.messageBar().pushMessage("SlimStad", self.task.error, Qgis.MessageLevel.Critical, 0)

    def import_challenge(self) -> None:
        from ..core.challenge import ChallengeError
        from ..core.challenge_store import save_challenge
        from ..core.rebinding import import_challenge
        from .binding_report_dialog import BindingReportDialog

        path, _ = QFileDialog.getOpenFileName(self.host.iface.mainWindow(), tr("Import a challenge"), "",
                                              tr("SlimStad challenge (*.slimstad.json)"))
        if not path:
            return
        project = QgsProject.instance()
        try:
            report = import_challenge(Path(path), project, save=False)
        except ChallengeError as error:
            self.host.iface.messageBar().pushMessage("SlimStad", str(error), Qgis.MessageLevel.Critical, 0)
            return
        self.dialog = BindingReportDialog(report, self.host.iface.mainWindow())
        self.dialog.accepted.connect(lambda: save_challenge(project, report.challenge))
        self.dialog.show()  # non-modal: the user can look at the map while reading the report

    def unload(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = None
        self.actions = []
