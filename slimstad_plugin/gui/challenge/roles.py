"""The role-binding table of the "Opgaven" dock: layer, field and filter per role, with a status per row."""

from typing import Callable, Dict, List, Optional

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsFieldExpressionWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...core.base.i18n import translator
from ...core.catalogue.layers import LayerCreationError, add_entry_to_project
from ...core.catalogue.loader import CatalogueError
from ...core.challenge.binding import RoleStatus, bind_role, catalogue_choices, project_layer_for_entry, role_statuses
from ...core.challenge.model import Challenge

tr = translator("SlimStadChallengePanel")

COLUMNS = ("role", "layer", "field", "filter", "status", "catalogue")
CATALOGUE_COLUMN = 5
BROKEN = QColor("#c0392b")
GOOD = QColor("#1e8449")


class RoleTable(QTableWidget):
    """One row per role; every change re-binds the challenge and calls ``on_changed``."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("slimstad_role_table")
        self.setHorizontalHeaderLabels([tr("Role"), tr("Layer"), tr("Field"), tr("Filter / expression"),
                                        tr("Status"), tr("From the catalogue")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.challenge: Optional[Challenge] = None
        self.statuses: List[RoleStatus] = []
        self.on_changed: Callable[[], None] = lambda: None
        self.on_error: Callable[[str], None] = lambda _text: None
        self._filling = False
        self.project: Optional[QgsProject] = None
        self.catalogue_entries: List[object] = []
        self.catalogue_statuses: Dict[str, object] = {}

    def show_challenge(self, challenge: Optional[Challenge], project: QgsProject) -> List[RoleStatus]:
        """Fill the table for ``challenge`` (None clears it); returns the statuses."""
        self._filling = True
        self.challenge = challenge
        self.project = project
        self.setRowCount(0)
        self.statuses = role_statuses(challenge, project) if challenge else []
        for row, status in enumerate(self.statuses):
            self.insertRow(row)
            label = QTableWidgetItem(status.label)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, 0, label)
            layer_box = QgsMapLayerComboBox()
            layer_box.setObjectName("layer_{}".format(status.key))
            layer_box.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer if status.kind == "area_units"
                                 else QgsMapLayerProxyModel.Filter.VectorLayer)
            layer_box.setAllowEmptyLayer(True)
            layer = project.mapLayer(status.layer_id) if status.layer_id else None
            layer_box.setLayer(layer)
            field_box = QgsFieldComboBox()
            field_box.setObjectName("field_{}".format(status.key))
            field_box.setAllowEmptyFieldName(True)
            field_box.setLayer(layer)
            field_box.setField(status.field)
            filter_box = QgsFieldExpressionWidget()
            filter_box.setObjectName("filter_{}".format(status.key))
            filter_box.setLayer(layer)
            filter_box.setExpression(status.filter)
            self.setCellWidget(row, 1, layer_box)
            self.setCellWidget(row, 2, field_box)
            self.setCellWidget(row, 3, filter_box)
            self.setItem(row, 4, QTableWidgetItem())
            self.setCellWidget(row, CATALOGUE_COLUMN, self._catalogue_box(status, row))
            self._show_status(row, status)
            layer_box.layerChanged.connect(lambda lyr, r=row: self._layer_changed(r, lyr))
            field_box.fieldChanged.connect(lambda _name, r=row: self._rebind(r))
            filter_box.fieldChanged.connect(lambda _text, r=row: self._rebind(r))
        self.resizeColumnsToContents()
        self._filling = False
        return self.statuses

    def _show_status(self, row: int, status: RoleStatus) -> None:
        item = self.item(row, 4)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setText(tr("OK") if status.ok else status.problem)
        item.setToolTip(status.problem or tr("Bound to layer {layer}").format(layer=status.ref.label()))
        colour = GOOD if status.ok else BROKEN
        item.setForeground(QBrush(colour))
        self.item(row, 0).setForeground(QBrush(colour))

    def _layer_changed(self, row: int, layer: Optional[QgsVectorLayer]) -> None:
        field_box: QgsFieldComboBox = self.cellWidget(row, 2)
        filter_box: QgsFieldExpressionWidget = self.cellWidget(row, 3)
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
        layer = self.cellWidget(row, 1).currentLayer()
        if layer is None:
            return
        status = self.statuses[row]
        bind_role(self.challenge, status.key, layer, self.cellWidget(row, 2).currentField(),
                  self.cellWidget(row, 3).expression())
        self.on_changed()

    def _catalogue_box(self, status: RoleStatus, row: int) -> QComboBox:
        box = QComboBox()
        box.setObjectName("catalogue_{}".format(status.key))
        box.addItem(tr("— choose a catalogue layer —"), None)
        for label, entry in catalogue_choices(self.catalogue_entries, status, self.catalogue_statuses):
            box.addItem(label, entry.id)
        box.setEnabled(bool(self.catalogue_entries))
        box.activated.connect(lambda index, r=row, b=box: self.use_entry(r, b.itemData(index)))
        return box

    def use_entry(self, row: int, entry_id: Optional[str]) -> Optional[QgsVectorLayer]:
        """Bind a role to a catalogue entry: its layer in the project (added, styled, when missing) and the
        field that plays the role according to the catalogue."""
        entry = next((e for e in self.catalogue_entries if e.id == entry_id), None)
        if entry is None or self.project is None:
            return None
        layer = project_layer_for_entry(self.project, entry.id)
        if layer is None:
            try:
                layer = add_entry_to_project(entry, self.project)
            except (CatalogueError, LayerCreationError, OSError, RuntimeError) as error:
                self.on_error(str(error))
                return None
        status = self.statuses[row]
        field_name = entry.fields.get(status.role, "") if status.role else ""
        self.cellWidget(row, 1).setLayer(layer)
        if field_name:
            self.cellWidget(row, 2).setField(field_name)
        return layer

    def bind(self, key: str, layer: QgsVectorLayer, field_name: str = "", filter_text: str = "") -> None:
        """Programmatic binding (as a user picking from the combo boxes)."""
        for row, status in enumerate(self.statuses):
            if status.key == key:
                self.cellWidget(row, 1).setLayer(layer)
                if field_name:
                    self.cellWidget(row, 2).setField(field_name)
                if filter_text:
                    self.cellWidget(row, 3).setExpression(filter_text)
                return
        raise KeyError(key)
