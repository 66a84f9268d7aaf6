"""Reading results: the result group "Challenge: <title>" (below the facility layers, so points stay visible),
the sortable table and selection sync with the map. Titles and headers are in the language QGIS runs in."""

from pathlib import Path
from typing import Dict, List, Optional

import numpy as np
from qgis.core import QgsLayerTreeGroup, QgsLayerTreeLayer, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from ...core.analysis.priority import rank_order
from ...core.base.i18n import format_number, pick_language_text, qgis_language, translator
from ...core.challenge.model import Challenge
from ...core.challenge.results import map_indicator_id
from ...core.challenge.run import RunResult

tr = translator("SlimStadChallengePanel")

GROUP_PROPERTY = "slimstad/challenge_group"


class NumericItem(QTableWidgetItem):
    """Sorts by number; NULL counts as the lowest value (last when sorted by priority, highest first)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(Qt.ItemDataRole.UserRole), other.data(Qt.ItemDataRole.UserRole)
        if mine is None or theirs is None:
            return mine is None and theirs is not None
        return mine < theirs


def result_order(challenge: Challenge, result: RunResult, priority: Optional[np.ndarray]) -> List[int]:
    """Unit indices in the order of :func:`rank_order`: highest priority first, ties to the largest demand of the
    map's indicator (the planning map's table uses the same rule); units without a priority last."""
    count = len(result.unit_ids)
    if priority is None:
        return list(range(count))
    values = result.indicators.get(map_indicator_id(challenge))
    needs = values.demand if values is not None and values.demand is not None else None
    order = rank_order(priority, needs, descending=True, keys=list(result.unit_ids))
    listed = set(order)
    return order + [i for i in range(count) if i not in listed]


def group_title(challenge: Challenge) -> str:
    return tr("Challenge: {title}").format(title=challenge.display_title(qgis_language()))


def group_position(project: QgsProject) -> int:
    """Where a new result group goes: above the first top-level item holding polygons, so facility points and
    lines stay drawn above the result polygons (the end of the tree when there are no polygons)."""
    root = project.layerTreeRoot()
    for index, node in enumerate(root.children()):
        nodes = node.findLayers() if isinstance(node, QgsLayerTreeGroup) else [node]
        for child in nodes:
            layer = child.layer() if isinstance(child, QgsLayerTreeLayer) else None
            if isinstance(layer, QgsVectorLayer) and \
                    layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
                return index
    return len(root.children())


def show_result_layers(project: QgsProject, challenge: Challenge, output: Path, layer_names: List[str]) -> \
        Dict[str, QgsVectorLayer]:
    """Put the run's layers into the group of this challenge, replacing only that group's previous outputs."""
    root = project.layerTreeRoot()
    group: Optional[QgsLayerTreeGroup] = None
    for candidate in root.findGroups(True):
        if candidate.customProperty(GROUP_PROPERTY) == challenge.id:
            group = candidate
    if group is None:
        group = root.insertGroup(group_position(project), group_title(challenge))
        group.setCustomProperty(GROUP_PROPERTY, challenge.id)
    group.setName(group_title(challenge))
    old = [child.layerId() for child in group.findLayers()]
    if old:
        project.removeMapLayers(old)
    layers = {}
    for position, name in enumerate(layer_names):
        layer = QgsVectorLayer("{}|layername={}".format(output, name), name, "ogr")
        if not layer.isValid():
            continue
        title = layer.metadata().title()
        if title:
            layer.setName(title)
        project.addMapLayer(layer, False)
        node = group.insertLayer(position, layer)
        node.setItemVisibilityChecked(position == 0)  # the priority map (first) is the one shown
        layers[name] = layer
    return layers


class ResultTable(QTableWidget):
    """Indicator values per area unit, highest priority first; row selection follows the map and back."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("slimstad_result_table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.unit_ids: List[str] = []
        self.layer: Optional[QgsVectorLayer] = None
        self._syncing = False
        self.canvas = None
        self.itemSelectionChanged.connect(self._rows_selected)

    def fill(self, challenge: Challenge, result: RunResult, priority: Optional[np.ndarray],
             deltas: Optional[Dict[str, np.ndarray]] = None) -> None:
        """One row per unit: id, name, priority score, every indicator (and its scenario delta)."""
        self._syncing = True  # clearing the table must not clear the map selection
        self.setSortingEnabled(False)
        specs = [spec for spec in challenge.indicators if spec.id in result.indicators]
        headers = [tr("Area id"), tr("Name"), tr("Priority")]
        for spec in specs:
            headers.append(pick_language_text(spec.title, qgis_language()) or spec.id)
            if deltas and spec.id in deltas:
                headers.append(tr("Δ scenario"))
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(result.unit_ids))
        self.unit_ids = list(result.unit_ids)
        for row, unit in enumerate(result_order(challenge, result, priority)):
            self.setItem(row, 0, QTableWidgetItem(result.unit_ids[unit]))
            self.setItem(row, 1, QTableWidgetItem(result.unit_names[unit]))
            cells = [priority[unit] if priority is not None else np.nan]
            for spec in specs:
                cells.append(result.indicators[spec.id].values[unit])
                if deltas and spec.id in deltas:
                    cells.append(deltas[spec.id][unit])
            for column, value in enumerate(cells, start=2):
                item = NumericItem(format_number(value, 2))  # "1,00" on a Dutch screen; sorts by UserRole
                item.setData(Qt.ItemDataRole.UserRole, None if not np.isfinite(value) else float(value))
                self.setItem(row, column, item)
        self.setSortingEnabled(True)
        # Top priority first; Qt's sort is stable, so equal priorities keep the ranking rule's order (need first).
        self.sortItems(2, Qt.SortOrder.DescendingOrder)
        self.resizeColumnsToContents()
        self._syncing = False

    def clear_results(self) -> None:
        """Empty, unlinked from the map: the shown results belonged to another challenge or project."""
        self.detach()
        self.clear()
        self.setRowCount(0)
        self.setColumnCount(0)
        self.unit_ids = []

    def values_by_unit(self, column: int) -> Dict[str, Optional[float]]:
        """Area id -> number in ``column`` (what tests compare with the engine)."""
        return {self.item(row, 0).text(): self.item(row, column).data(Qt.ItemDataRole.UserRole)
                for row in range(self.rowCount())}

    # -- selection sync -------------------------------------------------------------------
    def attach_layer(self, layer: Optional[QgsVectorLayer], canvas: object = None) -> None:
        if self.layer is not None:
            try:
                self.layer.selectionChanged.disconnect(self._layer_selection_changed)
            except (TypeError, RuntimeError):
                pass
        self.layer, self.canvas = layer, canvas
        if layer is not None:
            layer.selectionChanged.connect(self._layer_selection_changed)

    def detach(self) -> None:
        self.attach_layer(None)

    def _fids_for(self, unit_ids: List[str]) -> List[int]:
        wanted = set(unit_ids)
        return [f.id() for f in self.layer.getFeatures() if f["area_id"] in wanted]

    def _rows_selected(self) -> None:
        if self._syncing or self.layer is None:
            return
        ids = self.selected_unit_ids()
        self._syncing = True
        try:
            self.layer.selectByIds(self._fids_for(ids))
            if ids and self.canvas is not None:
                self.canvas.zoomToSelected(self.layer)
        finally:
            self._syncing = False

    def _layer_selection_changed(self, *_args: object) -> None:
        if self._syncing or self.layer is None:
            return
        selected = {f["area_id"] for f in self.layer.selectedFeatures()}
        self._syncing = True
        try:
            self.clearSelection()
            mode = self.selectionMode()
            self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
            for row in range(self.rowCount()):
                if self.item(row, 0).text() in selected:
                    self.selectRow(row)
            self.setSelectionMode(mode)
        finally:
            self._syncing = False

    def selected_unit_ids(self) -> List[str]:
        items = (self.item(index.row(), 0) for index in self.selectedIndexes())
        return sorted({item.text() for item in items if item is not None})
