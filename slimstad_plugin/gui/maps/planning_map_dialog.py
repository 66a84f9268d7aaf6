"""Menu entry and dialog: choose template, challenge, language, title, atlas and output; check everything before
the dialog closes; preview the first page; export (shown in the task manager, with cancel) and offer to open the result.

The dialog only binds widgets to :class:`PlanningMapRequest`; building and exporting are core functions. The
last choices are kept in the project (``slimstad/planning_map/*``), so the dialog reopens as it was left.
"""

import logging
import threading
from pathlib import Path
from typing import Callable, Dict, List, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsLayoutExporter,
    QgsMapLayerProxyModel,
    QgsPrintLayout,
    QgsProject,
)
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, QSize, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QAction,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.base.boundary import user_message
from ...core.base.errors import Canceled, SlimStadError
from ...core.base.i18n import language_scope, plural, qgis_language, translator
from ...core.base.settings import SlimStadSettings
from ...core.challenge.store import challenge_ids, find_challenge
from ...core.maps.atlas import AtlasOptions
from ...core.maps.challenge_map import apply_challenge
from ...core.maps.errors import MapError
from ...core.maps.export import check_writable, export_atlas, export_layout, output_format
from ...core.maps.layout_builder import (
    PlanningLayout,
    PlanningMapRequest,
    build_planning_layout,
    web_check,
)
from ...core.maps.request_check import DPI_RANGE
from ...core.maps.templates import TEMPLATE_NAMES
from ..help import help_button
from ..host import PluginHost
from ..message_area import push_file_message, push_to_qgis
from ..task import BackgroundTask, TaskOutcome

tr = translator("SlimStadMaps")
LOGGER = logging.getLogger(__name__)
SCOPE, PREFIX = "slimstad", "planning_map/"
LANGUAGES = ("nl", "fr", "en")


def template_labels() -> Dict[str, str]:
    """Template id -> what a planner reads in the list."""
    return {"A4-landscape": tr("A4 landscape"), "A4-portrait": tr("A4 portrait"),
            "A3-landscape": tr("A3 landscape"), "A3-portrait": tr("A3 portrait")}


def language_labels() -> Dict[str, str]:
    return {"nl": tr("Dutch"), "fr": tr("French"), "en": tr("English")}


def no_atlas_item(combo: QgsMapLayerComboBox, text: str) -> None:
    """Give the "no layer" choice of ``combo`` a text: QGIS 3.24+ names the empty item, 3.22 gets an extra item."""
    try:
        combo.setAllowEmptyLayer(True, text)  # QGIS >= 3.24
    except TypeError:
        combo.setAllowEmptyLayer(False)
        combo.setAdditionalItems([text])


def set_atlas_layer(combo: QgsMapLayerComboBox, layer: object) -> None:
    """Select ``layer``, or the named "no atlas" item for None."""
    if layer is not None or combo.allowEmptyLayer():
        combo.setLayer(layer)
        return
    extra = combo.additionalItems()
    combo.setCurrentIndex(combo.findText(extra[0]) if extra else -1)


def export_map(layout: QgsPrintLayout, out: Path, dpi: int, atlas: bool, iface: object,
               on_written: Optional[Callable[[List[Path]], None]] = None) -> BackgroundTask:
    """Export ``layout`` (private: not in the project) to file(s) on the GUI thread; a task shows the progress and
    can cancel.

    QGIS layouts are not thread-safe. Drawing a map item with layer style overrides (the pale background, the
    ranked labels) puts the override style into the project's own layer for the moment it is drawn; from a worker
    thread that swaps renderers under the map canvas and the layers panel, and the layout's scene, timers and
    refreshes belong to the GUI thread -- a segmentation fault now and then. So, like QGIS's own layout designer
    and its export algorithms, the export runs here. The returned task only stands for it in the task manager: its
    feedback gets the progress page by page, canceling it stops the export at the next page (nothing written), and
    the window handles its events between pages. The message bar says how it went and offers to open the result.
    """
    exported = threading.Event()
    task = BackgroundTask(tr("Exporting planning map {name}").format(name=out.name), lambda _task: exported.wait())
    QgsApplication.taskManager().addTask(task)
    task.feedback.progressChanged.connect(lambda _value: QCoreApplication.processEvents())  # between pages
    bar = iface.messageBar()
    project = layout.project()
    dirty = project.isDirty() if project is not None else False
    try:
        paths = export_atlas(layout, out, dpi, feedback=task.feedback) if atlas else export_layout(layout, out, dpi)
        text = tr("Planning map written: {name}").format(name=Path(paths[0]).name)
        if len(paths) > 1:  # an atlas written as one file per page
            text += " " + plural(len(paths) - 1, tr("(and {n} more file)"), tr("(and {n} more files)"))
        push_file_message(bar, "SlimStad", text, Path(paths[0]), Qgis.MessageLevel.Success, 0)
        if on_written is not None:
            on_written(paths)
    except Canceled:
        push_to_qgis(bar, "SlimStad", tr("The export was cancelled."), Qgis.MessageLevel.Warning, 0)
    except (SlimStadError, OSError) as error:  # translated; OSError names the file and the reason
        push_to_qgis(bar, "SlimStad", user_message(error) or str(error), Qgis.MessageLevel.Warning, 0)
    except Exception as error:  # noqa: BLE001 - a bug: the log keeps the traceback, the user reads one line
        LOGGER.exception("planning map export to %s failed", out)
        push_to_qgis(bar, "SlimStad", tr("Unexpected problem ({error}); the details are in the SlimStad log.").format(
            error=type(error).__name__), Qgis.MessageLevel.Critical, 0)
    finally:
        exported.set()
        if project is not None:  # exporting a private layout does not modify the project
            project.setDirty(dirty)
    return task


class PlanningMapDialog(QDialog):
    """Non-modal. "Export" checks the output and builds the layout first; only a map that can be made closes
    the dialog (``self.built`` then holds it); problems are shown in the dialog itself."""

    def __init__(self, project: QgsProject, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("slimstad_planning_map_dialog")
        self.setWindowTitle(tr("Planning map"))
        self.project = project
        self.built: Optional[PlanningLayout] = None
        self.warnings: List[str] = []  # e.g. texts the challenge lacks in the map's language
        self.check_task: Optional[BackgroundTask] = None  # the web-layer check running before a preview/export
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.template = QComboBox()
        self.template.setToolTip(tr("Paper size and orientation of the map"))
        for name in TEMPLATE_NAMES:
            self.template.addItem(template_labels().get(name, name), name)
        self.challenge = QComboBox()
        self.challenge.setToolTip(tr("Fill title, legend, table and sources from a challenge's results, or print "
                                     "the current map"))
        self.challenge.addItem(tr("(current map)"), "")
        for challenge_id, title in _challenges(project).items():
            self.challenge.addItem(title or challenge_id, challenge_id)
        self.language = QComboBox()
        self.language.setToolTip(tr("Language of the texts on the map"))
        for code, label in language_labels().items():
            self.language.addItem(label, code)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("Title (default: the challenge's title)"))
        self.title.setToolTip(tr("Title printed on the map"))
        self.subtitle = QLineEdit()
        self.subtitle.setToolTip(tr("Second line under the title (default: the challenge's question)"))
        self.atlas = QgsMapLayerComboBox()
        self.atlas.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        no_atlas_item(self.atlas, tr("No atlas (one map)"))
        set_atlas_layer(self.atlas, None)
        self.atlas.setToolTip(tr("One page per area of this layer (no atlas: one map)"))
        self.dpi = QSpinBox()
        self.dpi.setRange(*DPI_RANGE)
        self.dpi.setValue(300)
        self.dpi.setToolTip(tr("Resolution of images in the output, in dots per inch"))
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)"))
        self.output.setToolTip(tr("The file to write: .pdf, .png or .svg"))
        self.allow_restricted = QCheckBox(tr("Print internal or restricted sources (the map is marked internal)"))
        self.allow_restricted.setToolTip(tr("Without this, a map that shows internal or restricted data is refused"))
        for label, widget in ((tr("Template"), self.template), (tr("Challenge"), self.challenge),
                              (tr("Language"), self.language), (tr("Title"), self.title),
                              (tr("Subtitle"), self.subtitle), (tr("Atlas per area of"), self.atlas),
                              (tr("Resolution (dpi)"), self.dpi), (tr("Output file"), self.output)):
            form.addRow(label, widget)
        form.addRow(self.allow_restricted)
        left.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("slimstad_planning_map_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        left.addWidget(self.problem)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("slimstad_planning_map_export")
        self.export_button.setToolTip(tr("Check the choices, then write the map in the background"))
        self.preview_button = self.buttons.addButton(tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setToolTip(tr("Show the first page as it will be printed"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(tr("Close without making a map"))
        self.export_button.clicked.connect(self.accept)
        self.preview_button.clicked.connect(lambda _checked=False: self.show_preview())
        cancel.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(help_button("planning_map", self))
        bottom.addWidget(self.buttons, 1)
        left.addLayout(bottom)
        outer.addLayout(left, 3)
        self.preview = QLabel(tr("Preview: press \"Preview\""))
        self.preview.setObjectName("slimstad_planning_map_preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(220, 160)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.preview.setToolTip(tr("The first page of the map"))
        outer.addWidget(self.preview, 2)
        self.challenge.currentIndexChanged.connect(self._challenge_changed)
        self.restore()

    # -- choices kept per project -------------------------------------------------------------------------
    def restore(self) -> None:
        """Last choices made in this project (template default from the settings, language from QGIS)."""
        def read(key: str, default: str) -> str:
            value, found = self.project.readEntry(SCOPE, PREFIX + key, default)
            return value if found else default

        self._select(self.template, read("template", SlimStadSettings.load().default_template))
        self._select(self.challenge, read("challenge", self.challenge.itemData(min(1, self.challenge.count() - 1))))
        self._challenge_changed()
        self._select(self.language, read("language", self.language.currentData()))
        self.title.setText(read("title", ""))
        self.subtitle.setText(read("subtitle", ""))
        set_atlas_layer(self.atlas, self.project.mapLayer(read("atlas", "")))
        self.dpi.setValue(int(read("dpi", "300") or 300))
        self.output.setFilePath(read("output", ""))
        self.allow_restricted.setChecked(read("allow_restricted", "0") == "1")

    def remember(self) -> None:
        """Keep the choices in the project (saved with it the next time the user saves it): making a map does not
        mark the project as modified."""
        dirty = self.project.isDirty()
        layer = self.atlas.currentLayer()
        for key, value in (("template", self.template.currentData()), ("challenge", self.challenge.currentData()),
                           ("language", self.language.currentData()), ("title", self.title.text()),
                           ("subtitle", self.subtitle.text()), ("atlas", layer.id() if layer else ""),
                           ("dpi", str(self.dpi.value())), ("output", self.output.filePath()),
                           ("allow_restricted", "1" if self.allow_restricted.isChecked() else "0")):
            self.project.writeEntry(SCOPE, PREFIX + key, str(value or ""))
        self.project.setDirty(dirty)

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        index = box.findData(data)
        if index >= 0:
            box.setCurrentIndex(index)

    def _challenge_changed(self, *_args: object) -> None:
        """A challenge's own map language is the first guess (else the language QGIS runs in)."""
        challenge = find_challenge(self.project, self.challenge.currentData()) if self.challenge.currentData() \
            else None
        language = challenge.output.language if challenge is not None else qgis_language()
        self._select(self.language, language if language in LANGUAGES else "en")

    # -- building, checking, preview --------------------------------------------------------------------
    def request(self) -> PlanningMapRequest:
        """The request the widgets describe (the challenge's texts and results are filled in by the core)."""
        request = PlanningMapRequest(template=self.template.currentData(), title=self.title.text().strip(),
                                     subtitle=self.subtitle.text().strip(),
                                     allow_restricted=self.allow_restricted.isChecked())
        language = self.language.currentData()
        request.language = language  # every text on the map in this language (core export, issue 17)
        self.warnings = []
        challenge_id = self.challenge.currentData()
        if challenge_id:
            self.warnings = list(apply_challenge(self.project, challenge_id, request, language,
                                                 add_to_project=False) or [])
        if self.atlas.currentLayer() is not None:
            request.atlas = AtlasOptions(self.atlas.currentLayer())
        return request

    def build(self, request: Optional[PlanningMapRequest] = None) -> PlanningLayout:
        """The layout the widgets describe, every printed text in the chosen map language. It stays outside the
        project (not in its layout manager, its overview layers not among the project's layers)."""
        request = request or self.request()
        with language_scope(request.language or None):
            return build_planning_layout(self.project, request, store=False)

    def check(self, request: Optional[PlanningMapRequest] = None) -> Optional[PlanningLayout]:
        """Everything that can be checked before writing: output name, format, folder, and the layout itself.

        Returns the built layout, or None with the problem shown in the dialog."""
        self.problem.clear()
        path = self.output.filePath().strip()
        try:
            if not path:
                raise MapError(tr("Choose an output file."))
            output_format(Path(path))
            check_writable(Path(path))
            built = self.build(request)
        except (SlimStadError, OSError) as error:
            self.problem.setText(user_message(error) or str(error))
            return None
        return built

    def with_checked_web_layers(self, then: Callable[[PlanningMapRequest], None]) -> bool:
        """Check the map's web layers in a background task (progress, cancel, the network deadline), then call
        ``then(request)`` on the GUI thread with the result in ``request.web_problems``. Without web layers
        ``then`` runs at once. Returns False (the problem shown) when the request cannot be made or a check runs."""
        self.problem.clear()
        if self.check_task is not None:
            self.problem.setText(tr("The web layers are still being checked; please wait."))
            return False
        try:
            request = self.request()
            checking = web_check(self.project, request)
        except (SlimStadError, OSError) as error:
            self.problem.setText(user_message(error) or str(error))
            return False
        if not checking.layers:
            request.web_problems = []
            then(request)
            return True

        def work(task: BackgroundTask) -> object:
            return checking.run(task.feedback)

        def done(outcome: TaskOutcome) -> None:
            self.check_task = None
            self.export_button.setEnabled(True)
            self.preview_button.setEnabled(True)
            if not outcome.ok:
                self.problem.setText(outcome.error or tr("The check of the web layers was cancelled."))
                return
            request.web_problems = list(outcome.result)
            then(request)

        self.check_task = BackgroundTask(tr("Checking the web layers of the planning map"), work, done)
        self.export_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.problem.setText(tr("Checking {count} web layer(s)…").format(count=len(checking.layers)))
        QgsApplication.taskManager().addTask(self.check_task)
        return True

    def show_preview(self) -> bool:
        """Render the first page small (after the web-layer check); the problem is shown instead when the map
        cannot be made. True when the preview is shown or on its way."""
        return self.with_checked_web_layers(self._render_preview)

    def _render_preview(self, request: PlanningMapRequest) -> None:
        try:
            built = self.build(request)
        except (SlimStadError, OSError) as error:
            self.problem.setText(user_message(error) or str(error))
            return
        self.problem.clear()
        size = self.preview.size() - QSize(8, 8)
        page = built.layout.pageCollection().page(0).pageSize()
        width = max(size.width(), 100)
        height = max(1, round(width * page.height() / max(page.width(), 1e-6)))
        image = QgsLayoutExporter(built.layout).renderPageToImage(0, QSize(width, height), 40)
        pixmap = QPixmap.fromImage(image).scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def accept(self) -> None:  # noqa: D401 - Qt override: close only when the map can be made
        self.with_checked_web_layers(self._accept_checked)

    def _accept_checked(self, request: PlanningMapRequest) -> None:
        built = self.check(request)
        if built is None:
            return
        self.built = built
        self.remember()
        super().accept()


def _challenges(project: QgsProject) -> dict:
    try:
        return challenge_ids(project, qgis_language())
    except SlimStadError:  # a broken challenge list must not block making a map of the current view
        LOGGER.warning("challenges could not be listed", exc_info=True)
        return {}


class PlanningMapComponent:
    """The "Planning map…" action."""

    def __init__(self) -> None:
        self.host: Optional[PluginHost] = None
        self.action: Optional[QAction] = None
        self.dialog: Optional[PlanningMapDialog] = None
        self.written: List[Path] = []  # the last export's files (the desktop check reads them)

    def init_gui(self, host: PluginHost) -> None:
        self.host = host
        self.action = QAction(QgsApplication.getThemeIcon("/mActionNewLayout.svg"), tr("Planning map…"),
                              host.iface.mainWindow())
        self.action.setObjectName("slimstad_planning_map")
        self.action.setToolTip(tr("Make a PDF, PNG or SVG planning map of the current map or a challenge, with its "
                                  "sources printed"))
        host.connect(self.action.triggered, self.open_dialog)
        host.add_action(self.action)

    def open_dialog(self) -> PlanningMapDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = PlanningMapDialog(QgsProject.instance(), self.host.iface.mainWindow())
        self.dialog.accepted.connect(self.start_export)
        self.dialog.show()  # non-modal: the map stays usable
        return self.dialog

    def start_export(self) -> Optional[BackgroundTask]:
        """The dialog checked and built the layout; export a clone of it (see :func:`export_map`)."""
        dialog, bar = self.dialog, self.host.iface.messageBar()
        built = dialog.built
        for warning in dialog.warnings + list(built.warnings):
            push_to_qgis(bar, "SlimStad", warning, Qgis.MessageLevel.Warning, 10)
        self.written = []
        # The layout is private (not in the project): nobody edits it while the window handles events between
        # pages; its own overview layers stay alive with ``built`` until the export is over.
        try:
            return export_map(built.layout, Path(dialog.output.filePath()), dialog.dpi.value(),
                              bool(built.atlas_pages), self.host.iface, on_written=self.written.extend)
        finally:
            dialog.built = None

    def unload(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        self.action = None
