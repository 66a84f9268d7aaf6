"""Dialog "Harvest from a metadata catalogue…" of the Shared data dock.

A CSW address or a DCAT-AP file/URL and a search text; the harvest runs as a BackgroundTask (progress, cancel);
the entries found are listed with check boxes (new or an update of an entry already in the target); the checked
ones are merged into one of the city's own catalogue files (core/catalogue/harvest.py keeps the city's sector,
style, field roles and authcfg). Non-modal: the QGIS window stays usable.
"""

from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from qgis.core import Qgis
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import RESOURCES_DIR
from ...core.base.i18n import number_locale, translator
from ...core.catalogue.harvest import CSW, DCAT, HarvestResult, MergeReport, harvest, merge_entries
from ...core.catalogue.loader import CatalogueError, load_catalogue, save_catalogue
from ...core.catalogue.model import Catalogue, CatalogueEntry
from ...core.catalogue.view import licence_label
from ..task import BackgroundTask, TaskOutcome

tr = translator("SlimStadHarvestDialog")
SHIPPED = str(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json")
HARVEST_TIMEOUT_S = 30.0
NEW_FILE = "__new__"


def writable_catalogues(dock: object) -> List[Tuple[str, str]]:
    """(location, label) of the dock's local catalogue files the user may write (not URLs, not the shipped one)."""
    found = []
    for location, catalogue in getattr(dock, "catalogues", {}).items():
        if location.lower().startswith(("http://", "https://")) or Path(location).resolve() == Path(SHIPPED).resolve():
            continue
        found.append((location, "{} — {}".format(catalogue.display_title(), Path(location).name)))
    return found


class HarvestDialog(QDialog):
    """Source, search text, preview with check boxes, target catalogue; the harvest runs in the background."""

    def __init__(self, dock: object, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setLocale(number_locale())  # spin boxes write numbers like the texts: "500,00 m" in nl/fr
        self.dock = dock
        self.result: Optional[HarvestResult] = None
        self.task: Optional[BackgroundTask] = None
        self.last_report: Optional[MergeReport] = None
        self.setWindowTitle(tr("Harvest from a metadata catalogue"))
        self.setObjectName("slimstad_harvest_dialog")
        self._build()
        self.refresh_targets()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(tr("CSW address (https://…/csw) or a DCAT-AP file or address"))
        browse = QPushButton(tr("File…"), self)
        browse.clicked.connect(self.ask_file)
        row = QHBoxLayout()
        row.addWidget(self.source_edit, 1)
        row.addWidget(browse)
        form.addRow(tr("Source"), row)
        self.kind_combo = QComboBox(self)
        for kind, text in (("", tr("Recognise automatically")), (CSW, tr("CSW 2.0.2 (ISO 19139 records)")),
                           (DCAT, tr("DCAT-AP (RDF/XML, Turtle, JSON-LD)"))):
            self.kind_combo.addItem(text, kind)
        form.addRow(tr("Kind"), self.kind_combo)
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(tr("Words the records must contain (empty: all)"))
        form.addRow(tr("Search text"), self.query_edit)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.search_button = QPushButton(tr("Search"), self)
        self.search_button.clicked.connect(self.start_search)
        self.cancel_button = QPushButton(tr("Cancel search"), self)
        self.cancel_button.clicked.connect(self.cancel_search)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        # What happened, selectable and scrollable (skip reasons and left-out entries can be many lines).
        self.status_box = QPlainTextEdit(self)
        self.status_box.setReadOnly(True)
        self.status_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        layout.addWidget(self.status_box)

        self.preview = QTreeWidget(self)
        self.preview.setHeaderLabels([tr("Title"), tr("Source"), tr("Licence"), tr("Owner"), tr("In the catalogue")])
        self.preview.setRootIsDecorated(False)
        self.preview.itemChanged.connect(lambda _item, _column: self._update_buttons())
        layout.addWidget(self.preview, 1)
        choose = QHBoxLayout()
        for text, state in ((tr("Check all"), Qt.CheckState.Checked), (tr("Check none"), Qt.CheckState.Unchecked)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, state=state: self.set_all_checked(state))
            choose.addWidget(button)
        choose.addStretch(1)
        layout.addLayout(choose)

        target = QFormLayout()
        self.target_combo = QComboBox(self)
        self.target_combo.activated.connect(self._target_chosen)
        target.addRow(tr("Add to"), self.target_combo)
        layout.addLayout(target)
        box = QDialogButtonBox(self)
        self.add_button = box.addButton(tr("Add to the catalogue"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.clicked.connect(self.add_checked)
        close = box.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        layout.addWidget(box)
        self.resize(760, 560)
        self._set_running(False)

    # -- source and targets ----------------------------------------------------------------------------
    def ask_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("DCAT-AP file"), "",
                                                    tr("RDF (*.ttl *.rdf *.xml *.jsonld *.json)"))
        if path:
            self.source_edit.setText(path)

    def refresh_targets(self, select: str = "") -> None:
        """The city's catalogue files, then "New catalogue file…"."""
        current = select or self.target_path()
        self.target_combo.clear()
        for location, label in writable_catalogues(self.dock):
            self.target_combo.addItem(label, location)
        self.target_combo.addItem(tr("New catalogue file…"), NEW_FILE)
        index = self.target_combo.findData(current) if current else 0
        self.target_combo.setCurrentIndex(max(index, 0))
        self._refresh_states()

    def set_target(self, path: str) -> None:
        """Choose ``path`` (an existing catalogue file or a new one) as the catalogue to add to."""
        if self.target_combo.findData(path) < 0:
            self.target_combo.insertItem(self.target_combo.count() - 1, Path(path).name, path)
        self.target_combo.setCurrentIndex(self.target_combo.findData(path))
        self._refresh_states()

    def target_path(self) -> str:
        data = self.target_combo.currentData() if self.target_combo.count() else None
        return "" if data in (None, NEW_FILE) else str(data)

    def _target_chosen(self, _index: int) -> None:
        if self.target_combo.currentData() == NEW_FILE:
            path, _filter = QFileDialog.getSaveFileName(self, tr("New catalogue file"), "",
                                                        tr("SlimStad catalogue (*.json)"))
            if path:
                self.set_target(path if path.lower().endswith(".json") else path + ".json")
                return
        self._refresh_states()

    # -- search ----------------------------------------------------------------------------------------
    def start_search(self) -> Optional[BackgroundTask]:
        """Harvest in the background; the preview fills when it is done."""
        source = self.source_edit.text().strip()
        if not source:
            self.show_status(tr("Give a CSW address or a DCAT-AP file or address."), error=True)
            return None
        query, kind = self.query_edit.text().strip(), str(self.kind_combo.currentData() or "")

        def work(task: BackgroundTask) -> HarvestResult:
            return harvest(source, query, kind, timeout_s=HARVEST_TIMEOUT_S,
                           progress=lambda done: task.setProgress(100.0 * done), is_canceled=task.isCanceled)

        self.task = BackgroundTask(tr("Harvesting {source}").format(source=source), work, self._search_done)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.result = None
        self.preview.clear()
        self.show_status(tr("Searching {source}…").format(source=source))
        self._set_running(True)
        self.dock.run_task(self.task)
        return self.task

    def cancel_search(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _search_done(self, outcome: TaskOutcome) -> None:
        if sip.isdeleted(self):
            return
        self.task = None
        self._set_running(False)
        if outcome.canceled:
            self.show_status(tr("Search canceled: nothing was added."))
            return
        if not outcome.ok:
            self.show_status(outcome.error, error=True)
            return
        self.result = outcome.result
        self._fill_preview(self.result)

    def _fill_preview(self, result: HarvestResult) -> None:
        self.preview.blockSignals(True)
        self.preview.clear()
        for entry in result.entries:
            item = QTreeWidgetItem([entry.display_title(), _source_label(entry), licence_label(entry.licence.type),
                                    entry.owner, ""])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(0, entry.display_description() or entry.id)
            self.preview.addTopLevelItem(item)
        self.preview.blockSignals(False)
        for column in range(4):
            self.preview.resizeColumnToContents(column)
        lines = [result.summary()] + result.notes
        lines += ["{}: {}".format(skip.label, skip.detail or skip.reason) for skip in result.skipped[:5]]
        if len(result.skipped) > 5:
            lines.append(tr("… and {n} more skipped").format(n=len(result.skipped) - 5))
        self.show_status("\n".join(lines))
        self._refresh_states()

    def _refresh_states(self) -> None:
        """Column "In the catalogue": new, or an update of an entry the target already has."""
        known = set(self._target_ids())
        for row in range(self.preview.topLevelItemCount()):
            item = self.preview.topLevelItem(row)
            item.setText(4, tr("update") if item.data(0, Qt.ItemDataRole.UserRole) in known else tr("new"))
        self._update_buttons()

    def _target_ids(self) -> List[str]:
        path = self.target_path()
        catalogue = getattr(self.dock, "catalogues", {}).get(path)
        return [entry.id for entry in catalogue.entries] if catalogue is not None else []

    def set_all_checked(self, state: Qt.CheckState) -> None:
        for row in range(self.preview.topLevelItemCount()):
            self.preview.topLevelItem(row).setCheckState(0, state)

    def checked_entries(self) -> List[CatalogueEntry]:
        """The harvested entries whose box is checked."""
        if self.result is None:
            return []
        by_id: Dict[str, CatalogueEntry] = {entry.id: entry for entry in self.result.entries}
        checked = []
        for row in range(self.preview.topLevelItemCount()):
            item = self.preview.topLevelItem(row)
            if item.checkState(0) == Qt.CheckState.Checked:
                checked.append(by_id[item.data(0, Qt.ItemDataRole.UserRole)])
        return checked

    # -- adding ----------------------------------------------------------------------------------------
    def add_checked(self) -> Optional[MergeReport]:
        """Merge the checked entries into the target catalogue file and reload the dock."""
        entries, path = self.checked_entries(), self.target_path()
        if not entries:
            self.show_status(tr("Check at least one entry."), error=True)
            return None
        if not path:
            self.show_status(tr("Choose the catalogue to add to."), error=True)
            return None
        try:
            report = add_entries_to_file(entries, Path(path))
        except CatalogueError as error:
            self.show_status(str(error), error=True)
            return None
        self.last_report = report
        message = tr("{added} added, {updated} updated, {unchanged} unchanged in {path}").format(
            added=len(report.added), updated=len(report.updated), unchanged=len(report.unchanged), path=path)
        self.show_status(message)
        if path in getattr(self.dock, "catalogues", {}):
            self.dock.reload()
        else:
            self.dock.add_catalogue_location(path)
        self.dock.show_message(message, Qgis.MessageLevel.Success, duration=5)
        self.refresh_targets(select=path)
        return report

    # -- state -----------------------------------------------------------------------------------------
    def _set_running(self, running: bool) -> None:
        self.search_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.task is None and bool(self.checked_entries()))

    def show_status(self, text: str, error: bool = False) -> None:
        self.status_box.setStyleSheet("color: #b00020;" if error else "")
        self.status_box.setPlainText(text)

    def status_text(self) -> str:
        """What the status area says."""
        return self.status_box.toPlainText()

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        self.cancel_search()
        super().closeEvent(event)


def add_entries_to_file(entries: Sequence[CatalogueEntry], path: Path) -> MergeReport:
    """Merge ``entries`` into the catalogue file at ``path`` (created when missing); CatalogueError when the
    file cannot be read as a catalogue (nothing is written then)."""
    if path.exists():
        catalogue = load_catalogue(path)
    else:
        catalogue = Catalogue(id=_catalogue_id(path.stem), title={"nl": path.stem})
    report = merge_entries(catalogue, list(entries))
    save_catalogue(catalogue, path)
    return report


def _source_label(entry: CatalogueEntry) -> str:
    """WFS, WMS, OAPIF, … or the download format (GEOJSON, GPKG)."""
    kind = entry.source.get("format") if entry.source_type == "file" else entry.source_type
    return str(kind or entry.source_type).upper()


def _catalogue_id(stem: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "_.-" else "_" for c in stem).strip("_.-")
    return cleaned or "catalogus"
