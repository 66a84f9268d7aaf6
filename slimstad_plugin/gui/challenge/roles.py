"""The role-binding table of the "Opgaven" dock: per role the bound layer (by name) and a status icon; below it,
for the selected role, its field, its filter, a catalogue layer to take instead, and what is wrong if anything.
Three columns keep the layer's name readable in a dock on a laptop screen."""

from typing import Callable, Dict, List, Optional

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsFieldExpressionWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.base.boundary import user_message
from ...core.base.i18n import translator
from ...core.catalogue.layers import LayerCreationError, add_entry_to_project, layers_of_entry
from ...core.catalogue.loader import CatalogueError
from ...core.challenge.binding import RoleStatus, bind_role, catalogue_choices, role_statuses
from ...core.challenge.model import Challenge
from .. import icons

tr = translator("SlimStadChallengePanel")

COLUMNS = ("role", "layer", "status")
LAYER_COLUMN, STATUS_COLUMN = 1, 2
BROKEN = QColor("#c0392b")
GOOD = QColor("#1e8449")


class RoleTable(QWidget):
    """One row per role; every change re-binds the challenge and calls ``on_changed``."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("slimstad_roles")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("slimstad_role_table")
        self.table.setHorizontalHeaderLabels([tr("Role"), tr("Layer"), ""])
        self.table.horizontalHeaderItem(STATUS_COLUMN).setToolTip(tr("Ready (green) or what is wrong (red)"))
        self.table.setToolTip(tr("Which layer fills each role of the challenge; select a row for its field, "
                                 "filter and catalogue choice"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(LAYER_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(24)
        self.table.setColumnWidth(STATUS_COLUMN, 26)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(110)
        self.table.currentCellChanged.connect(lambda row, *_: self.details.setCurrentIndex(max(row, 0)))
        layout.addWidget(self.table, 3)
        self.details = QStackedWidget()
        self.details.setObjectName("slimstad_role_details")
        layout.addWidget(self.details, 1)
        layout.addStretch(0)
        self.challenge: Optional[Challenge] = None
        self.statuses: List[RoleStatus] = []
        self.on_changed: Callable[[], None] = lambda: None
        self.on_error: Callable[[str], None] = lambda _text: None
        self._filling = False
        self.project: Optional[QgsProject] = None
        self.catalogue_entries: List[object] = []
        self.catalogue_statuses: Dict[str, object] = {}
        self._fields: List[QgsFieldComboBox] = []
        self._filters: List[QgsFieldExpressionWidget] = []
        self._catalogue: List[QComboBox] = []
        self._problems: List[QLabel] = []

    # -- the widgets of a row (tests and the desktop check use these) ---------------------------------
    def layer_box(self, row: int) -> QgsMapLayerComboBox:
        return self.table.cellWidget(row, LAYER_COLUMN)

    def field_box(self, row: int) -> QgsFieldComboBox:
        return self._fields[row]

    def filter_box(self, row: int) -> QgsFieldExpressionWidget:
        return self._filters[row]

    def catalogue_box(self, row: int) -> QComboBox:
        return self._catalogue[row]

    def show_challenge(self, challenge: Optional[Challenge], project: QgsProject) -> List[RoleStatus]:
        """Fill the table for ``challenge`` (None clears it); returns the statuses."""
        self._filling = True
        keep = self.table.currentRow()
        self.challenge = challenge
        self.project = project
        self.table.setRowCount(0)
        while self.details.count():
            page = self.details.widget(0)
            self.details.removeWidget(page)
            page.deleteLater()
        self._fields, self._filters, self._catalogue, self._problems = [], [], [], []
        self.statuses = role_statuses(challenge, project) if challenge else []
        for row, status in enumerate(self.statuses):
            self.table.insertRow(row)
            label = QTableWidgetItem(status.label)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, label)
            layer_box = QgsMapLayerComboBox()
            layer_box.setObjectName("layer_{}".format(status.key))
            layer_box.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer if status.kind == "area_units"
                                 else QgsMapLayerProxyModel.Filter.VectorLayer)
            layer_box.setAllowEmptyLayer(True)
            layer_box.setToolTip(tr("The project layer that fills this role"))
            layer = project.mapLayer(status.layer_id) if status.layer_id else None
            layer_box.setLayer(layer)
            self.table.setCellWidget(row, LAYER_COLUMN, layer_box)
            self.table.setItem(row, STATUS_COLUMN, QTableWidgetItem())
            self.details.addWidget(self._details_page(status, row, layer))
            self._show_status(row, status)
            layer_box.layerChanged.connect(lambda lyr, r=row: self._layer_changed(r, lyr))
        self._fit_columns()
        self.table.resizeRowsToContents()
        self._fit_height()
        if self.statuses:
            first_problem = next((r for r, s in enumerate(self.statuses) if not s.ok), -1)
            row = keep if 0 <= keep < len(self.statuses) else max(first_problem, 0)
            self.table.setCurrentCell(row, 0)
            self.details.setCurrentIndex(row)
        self._filling = False
        return self.statuses

    def _fit_columns(self) -> None:
        """Role labels wrap within at most 45% of the table; the layer's name gets the rest."""
        self.table.resizeColumnToContents(0)
        limit = max(110, int(self.table.viewport().width() * 0.45))
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), limit))

    def _fit_height(self) -> None:
        """As tall as its rows (the detail pane moves up), at least the minimum height."""
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        needed = rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 4
        self.table.setMaximumHeight(max(needed, self.table.minimumHeight()))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API name
        super().resizeEvent(event)
        if self.statuses:
            self._fit_columns()
            self.table.resizeRowsToContents()
            self._fit_height()

    def _details_page(self, status: RoleStatus, row: int, layer: Optional[QgsVectorLayer]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 4, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        title = QLabel("<b>{}</b>".format(status.label.replace("&", "&amp;").replace("<", "&lt;")))
        title.setWordWrap(True)
        form.addRow(title)
        field_box = QgsFieldComboBox()
        field_box.setObjectName("field_{}".format(status.key))
        field_box.setAllowEmptyFieldName(True)
        field_box.setToolTip(tr("The field of that layer that holds the role's values"))
        field_box.setLayer(layer)
        field_box.setField(status.field)
        field_box.fieldChanged.connect(lambda _name, r=row: self._rebind(r))
        self._fields.append(field_box)
        form.addRow(tr("Field"), field_box)
        filter_box = QgsFieldExpressionWidget()
        filter_box.setObjectName("filter_{}".format(status.key))
        filter_box.setToolTip(tr("Only the features for which this expression is true play the role (optional)"))
        filter_box.setLayer(layer)
        filter_box.setExpression(status.filter)
        filter_box.fieldChanged.connect(lambda _text, r=row: self._rebind(r))
        form.addRow(tr("Filter / expression"), filter_box)
        box = self._make_catalogue_box(status, row)
        form.addRow(tr("From the catalogue"), box)
        problem = QLabel()
        problem.setWordWrap(True)
        problem.setObjectName("problem_{}".format(status.key))
        form.addRow(problem)
        self._filters.append(filter_box)
        self._catalogue.append(box)
        self._problems.append(problem)
        return page

    def _show_status(self, row: int, status: RoleStatus) -> None:
        item = self.table.item(row, STATUS_COLUMN)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setIcon(icons.theme_icon(icons.SUCCESS if status.ok else icons.WARNING))
        text = status.problem or tr("Bound to layer {layer}").format(layer=status.layer_name or status.ref.label())
        item.setToolTip(text)
        colour = GOOD if status.ok else BROKEN
        self.table.item(row, 0).setForeground(QBrush(colour))
        self.table.item(row, 0).setToolTip(text)
        self._problems[row].setText(tr("OK: {text}").format(text=text) if status.ok else status.problem)
        self._problems[row].setStyleSheet("color: {};".format(colour.name()))

    def _layer_changed(self, row: int, layer: Optional[QgsVectorLayer]) -> None:
        field_box = self.field_box(row)
        filter_box = self.filter_box(row)
        field_box.setLayer(layer)
        filter_box.setLayer(layer)
        if layer is not None:  # pre-select the field that plays the role in this layer
            status = self.statuses[row]
            if layer.fields().indexOf(status.field) < 0:
                for role_field in status.ref.roles.values():
                    if layer.fields().indexOf(role_field) >= 0 and status.kind != "context":
                        field_box.setField(role_field)
                        break
        self._rebind(row)

    def _rebind(self, row: int) -> None:
        if self._filling or self.challenge is None:
            return
        layer = self.layer_box(row).currentLayer()
        if layer is None:
            return
        status = self.statuses[row]
        bind_role(self.challenge, status.key, layer, self.field_box(row).currentField(),
                  self.filter_box(row).expression())
        self.on_changed()

    def _make_catalogue_box(self, status: RoleStatus, row: int) -> QComboBox:
        box = QComboBox()
        box.setObjectName("catalogue_{}".format(status.key))
        box.setToolTip(tr("Take a layer of the shared catalogue for this role (it is added to the project)"))
        box.addItem(tr("— choose a catalogue layer —"), None)
        for label, entry in catalogue_choices(self.catalogue_entries, status, self.catalogue_statuses):
            box.addItem(label, entry.id)
        box.setEnabled(bool(self.catalogue_entries))
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        box.activated.connect(lambda index, r=row, b=box: self.use_entry(r, b.itemData(index)))
        return box

    def refresh_catalogue_labels(self) -> None:
        """The catalogue's health/freshness changed (a check ran): relabel the "From the catalogue" items."""
        for row, box in enumerate(self._catalogue):
            if row >= len(self.statuses):
                break
            labels = {entry.id: label for label, entry in
                      catalogue_choices(self.catalogue_entries, self.statuses[row], self.catalogue_statuses)}
            for index in range(1, box.count()):
                label = labels.get(box.itemData(index))
                if label is not None and box.itemText(index) != label:
                    box.setItemText(index, label)

    def use_entry(self, row: int, entry_id: Optional[str]) -> Optional[QgsVectorLayer]:
        """Bind a role to a catalogue entry: its layer in the project (added, styled, when missing) and the
        field that plays the role according to the catalogue."""
        entry = next((e for e in self.catalogue_entries if e.id == entry_id), None)
        if entry is None or self.project is None:
            return None
        # Already in the project (added from the catalogue or opened by hand from the same source): reused.
        layer = next((found for found in layers_of_entry(self.project, entry) if isinstance(found, QgsVectorLayer)),
                     None)
        if layer is None:
            try:
                layer = add_entry_to_project(entry, self.project)
            except (CatalogueError, LayerCreationError, OSError, RuntimeError) as error:
                self.on_error(user_message(error) or str(error))
                return None
        status = self.statuses[row]
        field_name = entry.fields.get(status.role, "") if status.role else ""
        self.layer_box(row).setLayer(layer)
        if field_name:
            self.field_box(row).setField(field_name)
        return layer

    def bind(self, key: str, layer: QgsVectorLayer, field_name: str = "", filter_text: str = "") -> None:
        """Programmatic binding (as a user picking from the combo boxes)."""
        for row, status in enumerate(self.statuses):
            if status.key == key:
                self.layer_box(row).setLayer(layer)
                if field_name:
                    self.field_box(row).setField(field_name)
                if filter_text:
                    self.filter_box(row).setExpression(filter_text)
                return
        raise KeyError(key)
