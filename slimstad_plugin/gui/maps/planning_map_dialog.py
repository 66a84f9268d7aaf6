"""Menu entry and dialog: choose template, title, challenge, atlas and output; the export runs in the background.

The dialog only binds widgets to :class:`PlanningMapRequest`; building and exporting are core functions.
"""

import logging
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayerProxyModel,
    QgsPrintLayout,
    QgsProject,
    QgsTask,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QAction,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...core.base.i18n import translator
from ...core.base.settings import SlimStadSettings
from ...core.challenge.store import challenge_ids
from ...core.maps.atlas import AtlasOptions
from ...core.maps.challenge_map import apply_challenge
from ...core.maps.errors import MapError
from ...core.maps.export import export_atlas, export_layout, output_format
from ...core.maps.layout_builder import PlanningMapRequest, RestrictedSourcesError, build_planning_layout
from ...core.maps.templates import TEMPLATE_NAMES
from ..host import PluginHost
from ..task import BackgroundTask, TaskOutcome

tr = translator("SlimStadMaps")
LOGGER = logging.getLogger(__name__)


def export_task(layout: QgsPrintLayout, out: Path, dpi: int, atlas: bool, iface: object) -> BackgroundTask:
    """Render ``layout`` (a private clone) to file(s) off the GUI thread; the message bar says how it went."""

    def work(_task: BackgroundTask) -> List[Path]:
        return (export_atlas if atlas else export_layout)(layout, out, dpi)

    def done(outcome: TaskOutcome) -> None:
        bar = iface.messageBar()
        if outcome.ok:
            bar.pushMessage("SlimStad", tr("Planning map written: {path}").format(path=outcome.result[0]),
                            Qgis.MessageLevel.Success, 8)
        else:
            bar.pushMessage("SlimStad", outcome.error or tr("The export was cancelled."), Qgis.MessageLevel.Warning,
                            0)

    return BackgroundTask(tr("Exporting planning map {name}").format(name=out.name), work, done)


class PlanningMapDialog(QDialog):
    """Template, title, subtitle, challenge, atlas layer, resolution, output and the licence choice."""

    def __init__(self, project: QgsProject, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Planning map"))
        self.project = project
        form = QFormLayout(self)
        self.template = QComboBox()
        self.template.addItems(list(TEMPLATE_NAMES))
        default = SlimStadSettings.load().default_template
        if default in TEMPLATE_NAMES:
            self.template.setCurrentText(default)
        self.challenge = QComboBox()
        self.challenge.addItem(tr("(current map)"), "")
        for challenge_id, title in _challenges(project).items():
            self.challenge.addItem(title or challenge_id, challenge_id)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("Title (default: the challenge's title)"))
        self.subtitle = QLineEdit()
        self.atlas = QgsMapLayerComboBox()
        self.atlas.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.atlas.setAllowEmptyLayer(True)
        self.atlas.setLayer(None)
        self.dpi = QSpinBox()
        self.dpi.setRange(50, 1200)
        self.dpi.setValue(300)
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        self.allow_restricted = QCheckBox(tr("Print internal or restricted sources (the map is marked internal)"))
        for label, widget in ((tr("Template"), self.template), (tr("Challenge"), self.challenge),
                              (tr("Title"), self.title), (tr("Subtitle"), self.subtitle),
                              (tr("Atlas per area of"), self.atlas), (tr("Resolution (dpi)"), self.dpi),
                              (tr("Output file"), self.output)):
            form.addRow(label, widget)
        form.addRow(self.allow_restricted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def request(self) -> PlanningMapRequest:
        """The request the widgets describe (the challenge's texts and results are filled in by the core)."""
        request = PlanningMapRequest(template=self.template.currentText(), title=self.title.text().strip(),
                                     subtitle=self.subtitle.text().strip(),
                                     allow_restricted=self.allow_restricted.isChecked())
        challenge_id = self.challenge.currentData()
        if challenge_id:

            apply_challenge(self.project, challenge_id, request)
        if self.atlas.currentLayer() is not None:
            request.atlas = AtlasOptions(self.atlas.currentLayer())
        return request


def _challenges(project: QgsProject) -> dict:
    try:

        return challenge_ids(project)
    except Exception:  # noqa: BLE001 - a broken challenge list must not block making a map of the current view
        LOGGER.warning("challenges could not be listed", exc_info=True)
        return {}


class PlanningMapComponent:
    """The "Planning map…" action."""

    def __init__(self) -> None:
        self.host: Optional[PluginHost] = None
        self.action: Optional[QAction] = None
        self.dialog: Optional[PlanningMapDialog] = None
        self.tasks: List[BackgroundTask] = []

    def init_gui(self, host: PluginHost) -> None:
        self.host = host
        self.action = QAction(QgsApplication.getThemeIcon("/mActionNewLayout.svg"), tr("Planning map…"),
                              host.iface.mainWindow())
        self.action.setObjectName("slimstad_planning_map")
        host.connect(self.action.triggered, self.open_dialog)
        host.add_action(self.action)

    def open_dialog(self) -> None:
        self.dialog = PlanningMapDialog(QgsProject.instance(), self.host.iface.mainWindow())
        self.dialog.accepted.connect(self.start_export)
        self.dialog.show()  # non-modal: the map stays usable

    def start_export(self) -> None:
        dialog, bar = self.dialog, self.host.iface.messageBar()
        out = Path(dialog.output.filePath()) if dialog.output.filePath() else None
        try:
            if out is None:
                raise MapError(tr("Choose an output file."))
            output_format(out)
            built = build_planning_layout(QgsProject.instance(), dialog.request())
        except RestrictedSourcesError as error:
            bar.pushMessage("SlimStad", str(error), Qgis.MessageLevel.Warning, 0)
            return
        except MapError as error:
            bar.pushMessage("SlimStad", str(error), Qgis.MessageLevel.Critical, 0)
            return
        for warning in built.warnings:
            bar.pushMessage("SlimStad", warning, Qgis.MessageLevel.Warning, 10)
        # The task renders a clone, so editing the stored layout meanwhile cannot race the export.
        task = export_task(built.layout.clone(), out, dialog.dpi.value(), bool(built.atlas_pages), self.host.iface)
        self.tasks = [t for t in self.tasks if t.status() not in (QgsTask.TaskStatus.Complete,
                                                                  QgsTask.TaskStatus.Terminated)] + [task]
        QgsApplication.taskManager().addTask(task)

    def unload(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        self.action = None
