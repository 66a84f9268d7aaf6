"""The planning map's top-N table, its caption, and the matching numbers on the main map.

The table lists exactly the area units the map labels: the N units that need attention first (per atlas page:
those whose centre lies in the page's area), numbered 1..N; the same numbers are printed on those units in the
main map (through a layer style override of the main map only, so the project's layer keeps its own labels).
"""

import textwrap
from dataclasses import dataclass
from typing import Dict, List, Optional

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsMapLayerStyle,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..base.i18n import translator
from . import templates as tpl

tr = translator("SlimStadMaps")
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


@dataclass
class TableSpec:
    """What the table shows: the layer, its name and indicator fields with headings, and the order."""

    layer: QgsVectorLayer
    indicator_field: str
    label_field: str = ""
    indicator_heading: str = ""
    label_heading: str = ""
    top_n: int = 10
    sort_descending: bool = True
    table_filter: str = ""


def table_frame(layout: QgsPrintLayout) -> Optional[QgsLayoutFrame]:
    """The frame with id ``indicator_table`` (None when the template has none)."""
    for frame in layout.items():
        if isinstance(frame, QgsLayoutFrame) and frame.id() == tpl.ITEM_TABLE:
            return frame
    return None


def _table(layout: QgsPrintLayout) -> Optional[QgsLayoutItemAttributeTable]:
    frame = table_frame(layout)
    table = frame.multiFrame() if frame is not None else None
    return table if isinstance(table, QgsLayoutItemAttributeTable) else None


def remove_table(layout: QgsPrintLayout) -> None:
    """No indicator: no table and no caption."""
    table = _table(layout)
    if table is not None:
        layout.removeMultiFrame(table)
    caption = layout.itemById(tpl.ITEM_TABLE_CAPTION)
    if caption is not None:
        layout.removeLayoutItem(caption)


def ranked_ids(spec: TableSpec, areas: Optional[QgsVectorLayer]) -> Dict[str, List[int]]:
    """Feature ids of the top N per atlas feature id (key ``""`` without atlas), best-first order."""
    layer = spec.layer
    request = QgsFeatureRequest()
    if spec.table_filter:
        request.setFilterExpression(spec.table_filter)
    rows = []
    for feature in layer.getFeatures(request):
        value = feature[spec.indicator_field]
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            continue
        rows.append((float(value), feature.id(), feature.geometry()))
    rows.sort(key=lambda row: (-row[0] if spec.sort_descending else row[0], row[1]))
    if areas is None:
        return {"": [fid for _, fid, _ in rows[: spec.top_n]]}
    centres = [(fid, geometry.centroid()) for _, fid, geometry in rows if geometry is not None]
    ranked: Dict[str, List[int]] = {}
    for area in areas.getFeatures():
        shape = area.geometry()
        inside = [fid for fid, centre in centres if shape.intersects(centre)]
        ranked[str(area.id())] = inside[: spec.top_n]
    return ranked


def _ids_expression(ranked: Dict[str, List[int]]) -> str:
    """An expression giving the current page's ranked ids as an array."""
    def array(ids: List[int]) -> str:
        return "array({})".format(", ".join(str(fid) for fid in ids))

    if list(ranked) == [""]:
        return array(ranked[""])
    pairs = ", ".join("'{}', {}".format(key, array(ids)) for key, ids in ranked.items())
    return "coalesce(map_get(map({}), to_string(@atlas_featureid)), array())".format(pairs)


def rank_expression(ranked: Dict[str, List[int]]) -> str:
    """1..N for the listed units, NULL for the others."""
    ids = _ids_expression(ranked)
    return "if(array_contains({ids}, $id), array_find({ids}, $id) + 1, NULL)".format(ids=ids)


def fill_table(layout: QgsPrintLayout, spec: TableSpec, main_map: QgsLayoutItemMap,
               atlas_areas: Optional[QgsVectorLayer]) -> None:
    """Columns (number, name, value), the ranked rows, the caption, and the numbers on the main map."""
    table = _table(layout)
    if table is None:
        return
    frame = table.frame(0) if table.frameCount() else None
    frame_width = frame.rect().width() if frame is not None else 80.0
    if frame_width < 20.0:  # an empty table shrinks its frame when saved: use the designed box width
        page = layout.pageCollection().page(0).pageSize()
        frame_width = tpl.item_boxes(page.width(), page.height())[tpl.ITEM_TABLE][2]
    ranked = ranked_ids(spec, atlas_areas)
    rank = rank_expression(ranked)
    table.setVectorLayer(spec.layer)
    columns = [_column(tr("No."), "to_string({})".format(rank))]
    layer = spec.layer
    for field_name, heading in ((spec.label_field, spec.label_heading),
                                (spec.indicator_field, spec.indicator_heading)):
        if field_name and layer.fields().indexOf(field_name) >= 0:
            text = heading or layer.attributeDisplayName(layer.fields().indexOf(field_name))
            numeric = layer.fields().field(field_name).isNumeric()
            # Planners read 13.4, not 13.3640552995: numbers print with one decimal.
            columns.append(_column(text, "round({}, 1)".format(QgsExpression.quotedColumnRef(field_name))
                                   if numeric else QgsExpression.quotedColumnRef(field_name)))
    shares = {2: (0.15, 0.85), 3: (0.12, 0.50, 0.38)}.get(len(columns), (1.0,))
    for column, share in zip(columns, shares):
        column.setWidth(max(6.0, frame_width * share - 3.0))
        # About 1.6 mm per character at 7 pt; QGIS 3.22 keeps headers on one line, so long ones are shortened.
        column.setHeading(textwrap.shorten(column.heading(), max(3, int(column.width() / 1.6)), placeholder="…"))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setCellMargin(0.7)
    table.setHeaderTextFormat(_text_format(7.0, bold=True))
    table.setContentTextFormat(_text_format(7.0))
    table.setColumns(columns)
    if frame is not None:  # setting the layer grew the frame to the old columns; the box stays as designed
        frame.attemptResize(QgsLayoutSize(frame_width, frame.rect().height(), MM))
    sort = QgsLayoutTableColumn()
    sort.setAttribute(rank)
    sort.setSortOrder(Qt.SortOrder.AscendingOrder)
    table.setSortColumns([sort])
    table.setMaximumNumberOfFeatures(max(1, spec.top_n))
    table.setFilterToAtlasFeature(False)
    table.setFilterFeatures(True)
    table.setFeatureFilter("array_contains({}, $id)".format(_ids_expression(ranked)))
    table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(tr("No units here"))
    table.refresh()
    _caption(layout, frame, spec, atlas_areas is not None)
    label_ranks(main_map, layer, rank)


def _text_format(size: float, bold: bool = False) -> QgsTextFormat:
    text_format = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    text_format.setFont(font)
    text_format.setSize(max(tpl.MIN_PRINT_PT, size))
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    return text_format


def _column(heading: str, expression: str) -> QgsLayoutTableColumn:
    column = QgsLayoutTableColumn(heading)
    column.setAttribute(expression)
    return column


def caption_text(spec: TableSpec, per_page: bool) -> str:
    """"The 10 areas with the lowest …; their numbers are on the map." in the map's language."""
    indicator = spec.indicator_heading or spec.indicator_field
    if len(indicator) > 1 and indicator[0].isupper() and indicator[1].islower():
        indicator = indicator[0].lower() + indicator[1:]  # inside a sentence
    if spec.sort_descending and per_page:
        text = tr("The {count} areas of this page with the highest {indicator}; their numbers are on the map.")
    elif spec.sort_descending:
        text = tr("The {count} areas with the highest {indicator}; their numbers are on the map.")
    elif per_page:
        text = tr("The {count} areas of this page with the lowest {indicator}; their numbers are on the map.")
    else:
        text = tr("The {count} areas with the lowest {indicator}; their numbers are on the map.")
    return text.format(count=spec.top_n, indicator=indicator)


def _caption(layout: QgsPrintLayout, frame: Optional[QgsLayoutFrame], spec: TableSpec, per_page: bool) -> None:
    label = layout.itemById(tpl.ITEM_TABLE_CAPTION)
    if not isinstance(label, QgsLayoutItemLabel) and frame is not None:
        # A template without a caption item: make one above the table, taking the top of its frame.
        label = QgsLayoutItemLabel(layout)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(7.0)
        font.setBold(True)
        label.setFont(font)
        layout.addLayoutItem(label)
        label.setId(tpl.ITEM_TABLE_CAPTION)
        label.attemptMove(QgsLayoutPoint(frame.pos().x(), frame.pos().y(), MM), True, False, frame.page())
        label.attemptResize(QgsLayoutSize(frame.rect().width(), tpl.CAPTION_MM, MM))
        frame.attemptMove(QgsLayoutPoint(frame.pos().x(), frame.pos().y() + tpl.CAPTION_MM, MM), True, False,
                          frame.page())
        frame.attemptResize(QgsLayoutSize(frame.rect().width(), frame.rect().height() - tpl.CAPTION_MM, MM))
    if isinstance(label, QgsLayoutItemLabel):
        label.setText(caption_text(spec, per_page))
        font = label.font()
        font.setPointSizeF(max(tpl.MIN_PRINT_PT, font.pointSizeF()))
        label.setFont(font)


def label_ranks(main_map: QgsLayoutItemMap, layer: QgsVectorLayer, rank: str) -> None:
    """Print the table's numbers on the listed units, in the main map only (a style override)."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "to_string({})".format(rank)
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.centroidWhole = True
    settings.displayAll = True
    text_format = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(True)
    text_format.setFont(font)
    text_format.setSize(8.0)
    text_format.setColor(QColor(20, 20, 20))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor(255, 255, 255))
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    old_labeling = layer.labeling().clone() if layer.labeling() is not None else None
    old_enabled = layer.labelsEnabled()
    style = QgsMapLayerStyle()
    layer.blockSignals(True)
    try:
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
        style.readFromLayer(layer)
    finally:
        layer.setLabeling(old_labeling)
        layer.setLabelsEnabled(old_enabled)
        layer.blockSignals(False)
    overrides = dict(main_map.layerStyleOverrides())
    overrides[layer.id()] = style.xmlData()
    main_map.setLayerStyleOverrides(overrides)
    main_map.setKeepLayerStyles(True)
