"""Import another city's challenge: every role in words, and for a role that did not bind a layer (or catalogue
entry) and field to choose; then "Add to project" or "Add and run".

Widgets only: binding and checking are core calls (core.challenge.rebinding.resolve_slot).
"""

import re
from typing import Callable, Dict, List, Optional, Sequence

from qgis.core import QgsFieldProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.base.boundary import user_message
from ...core.base.i18n import number_locale, translator
from ...core.base.sectors import sector_labels
from ...core.base.semantic_roles import role_label
from ...core.catalogue.layers import LayerCreationError, add_entry_to_project, layers_of_entry
from ...core.catalogue.loader import CatalogueError
from ...core.challenge.model import Challenge
from ...core.challenge.rebinding import BindingReport, RoleBinding, resolve_slot
from ...core.challenge.store import save_challenge
from ...core.layers.properties import layer_roles, source_info
from ..help import help_button

tr = translator("SlimStadRebinding")

BROKEN, GOOD = QColor("#c0392b"), QColor("#1e8449")
LAYER, ENTRY = "layer", "entry"


def key(kind: str, ident: str) -> str:
    """Item data of a choice: "layer|<layer id>" or "entry|<catalogue id>" (plain text, findData works)."""
    return "{}|{}".format(kind, ident)


class ImportChallengeDialog(QDialog):
    """Non-modal: the user can look at the map while choosing. ``on_added(challenge, run)`` is called after the
    challenge was stored in the project (``run``: "Add and run" was pressed)."""

    COLUMNS = ("role", "bound", "field", "status")

    def __init__(self, report: BindingReport, project: QgsProject, entries: Sequence[object] = (),
                 parent: Optional[QWidget] = None,
                 on_added: Optional[Callable[[Challenge, bool], None]] = None) -> None:
        super().__init__(parent)
        self.setLocale(number_locale())  # spin boxes write numbers like the texts: "500,00 m" in nl/fr
        self.setObjectName("slimstad_import_challenge_dialog")
        self.report, self.project, self.entries = report, project, list(entries)
        self.on_added = on_added or (lambda _challenge, _run: None)
        self.run_requested = False
        self.setWindowTitle(tr("Challenge from another city: {title}").format(
            title=report.challenge.display_title(None)))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("slimstad_import_summary")
        top.addWidget(self.summary, 1)
        top.addWidget(help_button("import", self), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.table = QTableWidget(len(report.bindings), len(self.COLUMNS))
        self.table.setObjectName("slimstad_import_table")
        self.table.setToolTip(tr("Every role the challenge needs, the layer and field that play it here, and "
                                 "whether that works"))
        self.table.setHorizontalHeaderLabels([tr("Role"), tr("Bound to"), tr("Field"), tr("Status")])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 240)
        header.sectionResized.connect(lambda *_args: self.table.resizeRowsToContents())  # wrap to the new width
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.choosers: Dict[str, QComboBox] = {}
        self.fields: Dict[str, QgsFieldComboBox] = {}
        for row, binding in enumerate(report.bindings):
            self._fill_row(row, binding)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox()
        self.add_button = self.buttons.addButton(tr("Add to project"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("slimstad_import_add")
        self.add_button.setToolTip(tr("Store the challenge in this project (available when every required role "
                                      "is bound)"))
        self.run_button = self.buttons.addButton(tr("Add and run"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.setObjectName("slimstad_import_add_run")
        self.run_button.setToolTip(tr("Store the challenge in this project and run it at once"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(tr("Close without adding anything"))
        self.add_button.clicked.connect(lambda: self.add(run=False))
        self.run_button.clicked.connect(lambda: self.add(run=True))
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.refresh()
        self.resize(900, 380)

    # -- rows -------------------------------------------------------------------------------------------
    def _fill_row(self, row: int, binding: RoleBinding) -> None:
        label = QTableWidgetItem(binding.slot_label + ("" if binding.required else " " + tr("(optional)")))
        label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
        label.setToolTip(tr("What the challenge needs: {roles}").format(
            roles=", ".join(role_label(role) for role in binding.required_roles) or tr("a layer")))
        self.table.setItem(row, 0, label)
        chooser = QComboBox()
        chooser.setObjectName("choose_{}".format(binding.slot))
        chooser.setToolTip(tr("The layer of this project, or an entry of your catalogue, that plays this role"))
        chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        chooser.setMinimumContentsLength(24)  # "Layer: Statistical sectors" readable; the list shows the rest
        chooser.addItem(tr("— choose a layer —"), None)
        for text, data in self._choices(binding):
            chooser.addItem(text, data)
        current = self._current_layer(binding)
        if current is not None:
            chooser.setCurrentIndex(max(0, chooser.findData(key(LAYER, current.id()))))
        field_box = QgsFieldComboBox()
        field_box.setObjectName("field_{}".format(binding.slot))
        field_box.setToolTip(tr("The field that holds: {roles}").format(
            roles=", ".join(role_label(role) for role in binding.required_roles) or "-"))
        field_box.setAllowEmptyFieldName(True)
        if binding.slot.startswith(("supply:", "demand:")):
            field_box.setFilters(QgsFieldProxyModel.Filter.Numeric)
        field_box.setLayer(current)
        if current is not None and binding.required_roles:
            field_box.setField(binding.roles.get(binding.required_roles[0], ""))
        field_box.setEnabled(bool(binding.required_roles))
        self.table.setCellWidget(row, 1, chooser)
        self.table.setCellWidget(row, 2, field_box)
        self.table.setItem(row, 3, QTableWidgetItem())
        self.choosers[binding.slot], self.fields[binding.slot] = chooser, field_box
        chooser.activated.connect(lambda _index, slot=binding.slot: self.choose(slot))
        field_box.fieldChanged.connect(lambda _name, slot=binding.slot: self.apply(slot))

    def _choices(self, binding: RoleBinding) -> List[tuple]:
        """Project layers (same sector first), then catalogue entries not in the project yet."""
        labels = sector_labels()
        layers = [layer for layer in self.project.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
        layers.sort(key=lambda layer: (source_info(layer).sector != binding.sector, layer.name().lower()))
        choices = [(tr("Layer: {name}").format(name=layer.name()), key(LAYER, layer.id())) for layer in layers]
        present = {source_info(layer).catalog_id for layer in layers}
        entries = sorted((e for e in self.entries if e.id not in present),
                         key=lambda e: (e.sector != binding.sector, e.display_title().lower()))
        choices += [(tr("From the catalogue: {title} ({sector})").format(
            title=entry.display_title(), sector=labels.get(entry.sector, entry.sector)), key(ENTRY, entry.id))
            for entry in entries]
        return choices

    def _current_layer(self, binding: RoleBinding) -> Optional[QgsVectorLayer]:
        if not binding.ok:
            return None
        for layer in self.project.mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and binding.target in (source_info(layer).catalog_id, layer.id()):
                return layer
        return None

    # -- choosing ---------------------------------------------------------------------------------------
    def choose(self, slot: str, choice: Optional[str] = None) -> Optional[QgsVectorLayer]:
        """The user picked an item (or ``choice`` = key(kind, id) programmatically): a layer, or a catalogue entry
        that is added to the project first; the field that plays the role is pre-selected."""
        chooser = self.choosers[slot]
        if choice is not None:
            chooser.setCurrentIndex(chooser.findData(choice))
        data = chooser.currentData()
        if not data:
            return None
        kind, ident = str(data).split("|", 1)
        binding = self._binding(slot)
        if kind == ENTRY:
            entry = next(e for e in self.entries if e.id == ident)
            try:  # an entry whose data is already in the project is reused, never added a second time
                layer = next((found for found in layers_of_entry(self.project, entry)
                              if isinstance(found, QgsVectorLayer)), None) or add_entry_to_project(entry, self.project)
            except (CatalogueError, LayerCreationError, OSError) as error:
                self._show(slot, user_message(error) or str(error), ok=False)
                return None
            chooser.setItemText(chooser.currentIndex(), tr("Layer: {name}").format(name=layer.name()))
            chooser.setItemData(chooser.currentIndex(), key(LAYER, layer.id()))
            roles = dict(entry.fields)
        else:
            layer = self.project.mapLayer(ident)
            roles = layer_roles(layer)
        field_box = self.fields[slot]
        field_box.blockSignals(True)
        field_box.setLayer(layer)
        wanted = next((roles[role] for role in binding.required_roles if role in roles), "")
        field_box.setField(wanted)
        field_box.blockSignals(False)
        self.apply(slot)
        return layer

    def set_field(self, slot: str, field_name: str) -> None:
        """Choose the field of ``slot`` (as the user would in the field box)."""
        self.fields[slot].setField(field_name)

    def apply(self, slot: str) -> str:
        """Bind ``slot`` to the chosen layer and field; returns the problem ("" when it is usable)."""
        data = str(self.choosers[slot].currentData() or "")
        kind, _, ident = data.partition("|")
        if kind != LAYER:
            return ""
        layer = self.project.mapLayer(ident)
        problem = resolve_slot(self.report, slot, layer, self.fields[slot].currentField(), self.project)
        self.refresh()
        return problem

    def _binding(self, slot: str) -> RoleBinding:
        return next(b for b in self.report.bindings if b.slot == slot)

    def _show(self, slot: str, text: str, ok: bool) -> None:
        row = [b.slot for b in self.report.bindings].index(slot)
        item = self.table.item(row, 3)
        item.setText(re.sub(r" \[[^\]]*\]", "", text))  # the planner reads titles; the catalogue id is in the tip
        item.setToolTip(text)
        item.setForeground(QBrush(GOOD if ok else BROKEN))
        self.table.item(row, 0).setForeground(QBrush(GOOD if ok else BROKEN))

    def refresh(self) -> None:
        """Status per row, the summary, and the buttons (enabled only when the challenge can run)."""
        for binding in self.report.bindings:
            self._show(binding.slot, binding.state(), binding.ok or not binding.required)
        summary = self.report.summary()
        self.summary.setText(summary[:1].upper() + summary[1:])  # a sentence on its own in the dialog
        self.table.resizeRowsToContents()  # a long status wraps instead of ending in "…"
        complete = self.report.complete
        self.add_button.setEnabled(complete)
        self.run_button.setEnabled(complete)

    def add(self, run: bool) -> None:
        """Store the challenge (only when complete) and hand it to ``on_added``."""
        if not self.report.complete:
            self.refresh()
            return
        save_challenge(self.project, self.report.challenge)
        self.run_requested = run
        self.on_added(self.report.challenge, run)
        self.accept()


def pushbutton_texts(dialog: ImportChallengeDialog) -> List[str]:
    """Texts of the dialog's buttons (the desktop check reads them)."""
    return [button.text() for button in dialog.findChildren(QPushButton)]
