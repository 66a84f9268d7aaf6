"""Dialog "Publish as DCAT-AP / ISO…" of the Shared data dock: one of the loaded catalogues, written as
DCAT-AP Vlaanderen (Turtle, RDF/XML or JSON-LD) or as ISO 19139 records, in the background
(core/catalogue/publish.py: nothing secret or local leaves). Non-modal.
"""

from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.base.i18n import number_locale, translator
from ...core.catalogue.publish import DCAT_FORMAT, ISO_FORMAT, ExportReport, export_catalogue
from ..task import BackgroundTask, TaskOutcome

tr = translator("SlimStadHarvestDialog")
# (format, file suffix or "" for a folder)
FORMATS = ((DCAT_FORMAT, ".ttl"), (DCAT_FORMAT, ".rdf"), (DCAT_FORMAT, ".jsonld"), (ISO_FORMAT, ""))


class PublishDialog(QDialog):
    """Catalogue, format, output, base URI, open data only; Publish runs the export as a BackgroundTask."""

    def __init__(self, dock: object, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setLocale(number_locale())  # spin boxes write numbers like the texts: "500,00 m" in nl/fr
        self.dock = dock
        self.task: Optional[BackgroundTask] = None
        self.report: Optional[ExportReport] = None
        self.setWindowTitle(tr("Publish as DCAT-AP / ISO"))
        self.setObjectName("slimstad_publish_dialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.catalogue_combo = QComboBox(self)
        for location, catalogue in getattr(dock, "catalogues", {}).items():
            self.catalogue_combo.addItem("{} ({})".format(catalogue.display_title(), location), location)
        form.addRow(tr("Catalogue"), self.catalogue_combo)
        self.format_combo = QComboBox(self)
        labels = (tr("DCAT-AP Vlaanderen, Turtle (.ttl)"), tr("DCAT-AP Vlaanderen, RDF/XML (.rdf)"),
                  tr("DCAT-AP Vlaanderen, JSON-LD (.jsonld)"), tr("ISO 19139, one XML file per entry (folder)"))
        for index, label in enumerate(labels):
            self.format_combo.addItem(label, index)
        self.format_combo.currentIndexChanged.connect(lambda _index: self._fix_suffix())
        form.addRow(tr("Format"), self.format_combo)
        self.out_edit = QLineEdit(self)
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self.ask_output)
        row = QHBoxLayout()
        row.addWidget(self.out_edit, 1)
        row.addWidget(browse)
        form.addRow(tr("Write to"), row)
        self.base_uri_edit = QLineEdit(self)
        self.base_uri_edit.setPlaceholderText("https://data.stad.be/id/dataset/")
        form.addRow(tr("Dataset URIs start with"), self.base_uri_edit)
        self.open_only = QCheckBox(tr("Only entries with an open licence"), self)
        form.addRow("", self.open_only)
        layout.addLayout(form)
        # What happened, selectable and scrollable (skip reasons and left-out entries can be many lines).
        self.status_box = QPlainTextEdit(self)
        self.status_box.setReadOnly(True)
        self.status_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.status_box)
        box = QDialogButtonBox(self)
        self.publish_button = box.addButton(tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.publish_button.clicked.connect(self.publish)
        box.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.close)
        layout.addWidget(box)
        self.resize(620, 260)

    def chosen_format(self) -> tuple:
        return FORMATS[int(self.format_combo.currentData() or 0)]

    def ask_output(self) -> None:
        fmt, suffix = self.chosen_format()
        if fmt == ISO_FORMAT:
            path = QFileDialog.getExistingDirectory(self, tr("Folder for the ISO 19139 records"))
        else:
            path, _filter = QFileDialog.getSaveFileName(self, tr("DCAT-AP file"), "", "*{}".format(suffix))
        if path:
            self.out_edit.setText(path)
            self._fix_suffix()

    def _fix_suffix(self) -> None:
        fmt, suffix = self.chosen_format()
        text = self.out_edit.text().strip()
        if text and fmt == DCAT_FORMAT and Path(text).suffix.lower() != suffix:
            base = Path(text)
            self.out_edit.setText(str(base.with_suffix(suffix) if base.suffix.lower() in (".ttl", ".rdf", ".jsonld")
                                      else Path(text + suffix)))

    def publish(self) -> Optional[BackgroundTask]:
        """Export in the background; the summary (and what was left out) appears when done."""
        location = self.catalogue_combo.currentData()
        catalogue = getattr(self.dock, "catalogues", {}).get(location)
        out = self.out_edit.text().strip()
        if catalogue is None or not out:
            self.show_status(tr("Choose a catalogue and where to write."), error=True)
            return None
        fmt, _suffix = self.chosen_format()
        base_uri, open_only = self.base_uri_edit.text().strip(), self.open_only.isChecked()
        context = QgsProject.instance().transformContext()  # a copy taken here, used in the worker

        def work(_task: BackgroundTask) -> ExportReport:
            return export_catalogue(catalogue, fmt, Path(out), base_uri, open_only, transform_context=context)

        self.task = BackgroundTask(tr("Publishing {catalogue}").format(catalogue=catalogue.display_title()), work,
                                   self._published)
        self.publish_button.setEnabled(False)
        self.show_status(tr("Publishing…"))
        self.dock.run_task(self.task)
        return self.task

    def _published(self, outcome: TaskOutcome) -> None:
        if sip.isdeleted(self):
            return
        self.task = None
        self.publish_button.setEnabled(True)
        if outcome.canceled:
            self.show_status(tr("Publishing canceled."))
            return
        if not outcome.ok:
            self.show_status(outcome.error, error=True)
            return
        self.report = outcome.result
        lines = [self.report.summary()] + ["{}: {}".format(entry_id, why) for entry_id, why in self.report.left_out]
        self.show_status("\n".join(lines))
        self.dock.show_message(self.report.summary(), Qgis.MessageLevel.Success, duration=5)

    def show_status(self, text: str, error: bool = False) -> None:
        self.status_box.setStyleSheet("color: #b00020;" if error else "")
        self.status_box.setPlainText(text)

    def status_text(self) -> str:
        """What the status area says."""
        return self.status_box.toPlainText()
