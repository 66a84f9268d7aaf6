"""The planning map's top-N table, its caption, and the matching numbers on the main map.

The table lists exactly the area units the map labels: the N units that need attention first (per atlas page:
those whose centre lies in the page's area), numbered 1..N; the same numbers are printed on those units in the
main map (through a layer style override of the main map only, so the project's layer keeps its own labels).
"""

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
    QgsLayoutUtils,
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

from ..analysis.priority import rank_order, tied_at_cut
from ..base.i18n import format_number, translator
from . import templates as tpl

tr = translator("SlimStadMaps")
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
HEADING_PT = 7.0


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
    need_field: str = ""        # breaks ties: the larger need first (e.g. the challenge's demand: children)
    need_heading: str = ""      # what the need counts, for the caption ("children aged 0-2")


def table_frame(layout: QgsPrintLayout) -> Optional[QgsLayoutFrame]:
    """The frame with id ``indicator_table`` (None when the template has none)."""
    for frame in layout.items():
        if isinstance(frame, QgsLayoutFrame) and frame.id() == tpl.ITEM_TABLE:
            return frame
    return None


def restore_designed_height(layout: QgsPrintLayout) -> None:
    """An empty table shrinks its frame when a template is saved: give a built-in template's frame its designed
    height back (down to the designed box's bottom), so the rows fit the room the page has for them."""
    frame = table_frame(layout)
    if frame is None or layout.pageCollection().pageCount() == 0:
        return
    page = layout.pageCollection().page(0).pageSize()
    x, y, width, height = tpl.item_boxes(page.width(), page.height())[tpl.ITEM_TABLE]
    bottom = frame.pos().y() + frame.rect().height()
    if abs(frame.pos().x() - x) < 1.0 and abs(frame.rect().width() - width) < 1.0 and bottom < y + height - 0.5:
        frame.attemptResize(QgsLayoutSize(frame.rect().width(), y + height - frame.pos().y(), MM))


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
    request = QgsFeatureRequest()
    if spec.table_filter:
        request.setFilterExpression(spec.table_filter)
    rows = _ranked_rows(spec, request)
    if areas is None:
        return {"": [fid for _, fid, _ in rows[: spec.top_n]]}
    centres = [(fid, geometry.centroid()) for _, fid, geometry in rows if geometry is not None]
    ranked: Dict[str, List[int]] = {}
    for area in areas.getFeatures():
        shape = area.geometry()
        inside = [fid for fid, centre in centres if shape.intersects(centre)]
        ranked[str(area.id())] = inside[: spec.top_n]
    return ranked


def _number(value: object) -> Optional[float]:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _ranked_rows(spec: TableSpec, request: QgsFeatureRequest) -> List[tuple]:
    """(value, feature id, geometry) of the units with a value, in the order of :func:`rank_order`."""
    layer = spec.layer
    has_need = bool(spec.need_field) and layer.fields().indexOf(spec.need_field) >= 0
    features = [(_number(f[spec.indicator_field]), _number(f[spec.need_field]) if has_need else None, f.id(),
                 f.geometry()) for f in layer.getFeatures(request)]
    features = [row for row in features if row[0] is not None]
    order = rank_order([row[0] for row in features], [row[1] for row in features], spec.sort_descending,
                       [row[2] for row in features])
    return [(features[i][0], features[i][2], features[i][3]) for i in order]


def tie_note(spec: TableSpec, shown: int) -> str:
    """"30 areas have 0; the 10 with the most children are listed." when more units tie at the table's cut than
    it lists ('' otherwise)."""
    request = QgsFeatureRequest()
    if spec.table_filter:
        request.setFilterExpression(spec.table_filter)
    rows = _ranked_rows(spec, request)
    values = [row[0] for row in rows]
    tied = tied_at_cut(values, list(range(len(values))), shown)
    if not tied:
        return ""
    value = format_number(values[shown - 1])
    if spec.need_heading:
        return tr("{tied} areas have {value}; the {count} with the most {need} are listed.").format(
            tied=tied, value=value, count=shown, need=_lower_first(spec.need_heading))
    return tr("{tied} areas have {value}; {count} of them are listed.").format(tied=tied, value=value, count=shown)


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if len(text) > 1 and text[0].isupper() and text[1].islower() else text


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


@dataclass
class TableReport:
    """What the table needs and shows: the height of its fullest page (mm, header included), the rows per page at
    most, and a warning when fewer rows than asked fit the page."""

    needed_mm: float = 0.0
    rows: int = 0
    warning: str = ""


def fitting_heading(text: str, width_mm: float, short: str) -> str:
    """``text`` when it fits ``width_mm`` on one line (QGIS 3.22 keeps table headings on one line and does not
    grow the header row for more), else the shorter ``short`` heading (the caption names the indicator in full)."""
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPointSizeF(HEADING_PT)
    return text if QgsLayoutUtils.textWidthMM(font, text) <= width_mm or not short else short


def _fullest_height(spec: TableSpec, columns: List[QgsLayoutTableColumn], ranked: Dict[str, List[int]],
                    margin: float) -> float:
    """Height (mm) of the table on its fullest pages: the header line plus each row's wrapped lines and cell
    margins (names wrap differently per page: up to 20 of the fullest pages are measured). Computed from the
    texts, as ``QgsLayoutTable.totalSize`` counts whole frames, not rows."""
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7.0)
    bold = QFont(font)
    bold.setBold(True)
    line = QgsLayoutUtils.fontHeightMM(font)
    grid = 0.25  # half of the 0.5 mm grid line between two rows
    fields = [name for name in (spec.label_field, spec.indicator_field)
              if name and spec.layer.fields().indexOf(name) >= 0]
    widths = [column.width() - 2 * margin for column in columns[1:]]
    header = max(text_height_mm(column.heading(), bold, column.width() - 2 * margin, 1.0) for column in columns)
    most = max((len(ids) for ids in ranked.values()), default=0)
    height = header + 2 * margin + grid
    tallest = 0.0
    for ids in [ids for ids in ranked.values() if len(ids) == most][:20]:
        rows = 0.0
        for feature in spec.layer.getFeatures(QgsFeatureRequest().setFilterFids(ids)):
            texts = ["" if feature[name] is None else str(feature[name]) for name in fields]
            lines = max([text_height_mm(text, font, width, 1.0) for text, width in zip(texts, widths)] + [line])
            rows += lines + 2 * margin + grid
        tallest = max(tallest, rows)
    return (height + tallest) * 1.03


def fill_table(layout: QgsPrintLayout, spec: TableSpec, main_map: QgsLayoutItemMap,
               atlas_areas: Optional[QgsVectorLayer], room_mm: Optional[float] = None) -> TableReport:
    """Columns (number, name, value), the ranked rows, the caption, and the numbers on the main map.

    ``room_mm`` is the most height caption and table may take (None: no limit). Every numbered unit has its row:
    when the fullest page's rows do not fit ``room_mm``, fewer units are ranked (and the report says so)."""
    report = TableReport()
    table = _table(layout)
    if table is None:
        return report
    frame = table.frame(0) if table.frameCount() else None
    frame_width = frame.rect().width() if frame is not None else 80.0
    if frame_width < 20.0:  # an empty table shrinks its frame when saved: use the designed box width
        page = layout.pageCollection().page(0).pageSize()
        frame_width = tpl.item_boxes(page.width(), page.height())[tpl.ITEM_TABLE][2]
    table.setVectorLayer(spec.layer)
    columns = [_column(tr("No."), "")]
    shorts = [""]
    layer = spec.layer
    for field_name, heading, short in ((spec.label_field, spec.label_heading, tr("Name")),
                                       (spec.indicator_field, spec.indicator_heading, tr("Value"))):
        if field_name and layer.fields().indexOf(field_name) >= 0:
            text = heading or layer.attributeDisplayName(layer.fields().indexOf(field_name))
            numeric = layer.fields().field(field_name).isNumeric()
            # Planners read 13.4, not 13.3640552995: numbers print with one decimal.
            columns.append(_column(text, _number_expression(field_name) if numeric
                                   else QgsExpression.quotedColumnRef(field_name)))
            shorts.append(short)
    shares = {2: (0.15, 0.85), 3: (0.12, 0.50, 0.38)}.get(len(columns), (1.0,))
    for column, share, short in zip(columns, shares, shorts):
        column.setWidth(max(6.0, frame_width * share - 3.0))
        # Headings are never cut: a long one gives way to a short word (the caption names the indicator).
        column.setHeading(fitting_heading(column.heading(), column.width() - 1.0, short))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setCellMargin(0.7)
    table.setHeaderTextFormat(_text_format(HEADING_PT, bold=True))
    table.setContentTextFormat(_text_format(7.0))
    table.setFilterToAtlasFeature(False)
    table.setFilterFeatures(True)
    table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(tr("No units here"))
    ranked = ranked_ids(spec, atlas_areas)
    asked_rows = min(spec.top_n, _most(ranked))
    top_n = max(1, asked_rows)
    caption_h = _caption(layout, frame, spec, atlas_areas is not None, ranked)
    while True:
        rank = rank_expression(ranked)
        columns[0].setAttribute("to_string({})".format(rank))
        table.setColumns(columns)
        table.setMaximumNumberOfFeatures(max(1, spec.top_n))
        report.needed_mm = _fullest_height(spec, columns, ranked, table.cellMargin()) + 1.0
        report.rows = max((len(ids) for ids in ranked.values()), default=0)
        if room_mm is None or report.needed_mm + caption_h <= room_mm or top_n <= 1:
            break
        top_n -= 1
        ranked = {key: ids[:top_n] for key, ids in ranked.items()}
    if report.rows < asked_rows:
        report.warning = tr("The table lists {rows} areas instead of {asked}: more rows do not fit the page; "
                            "only the listed areas are numbered on the map.").format(rows=report.rows,
                                                                                     asked=spec.top_n)
    if frame is not None:  # setting the layer grew the frame to the old columns; the box stays as designed
        frame.attemptResize(QgsLayoutSize(frame_width, frame.rect().height(), MM))
    sort = QgsLayoutTableColumn()
    sort.setAttribute(rank)
    sort.setSortOrder(Qt.SortOrder.AscendingOrder)
    table.setSortColumns([sort])
    table.setFeatureFilter("array_contains({}, $id)".format(_ids_expression(ranked)))
    table.refresh()
    _caption(layout, frame, spec, atlas_areas is not None, ranked)
    label_ranks(main_map, layer, rank)
    return report


def _most(ranked: Dict[str, List[int]]) -> int:
    return max((len(ids) for ids in ranked.values()), default=0)


def _text_format(size: float, bold: bool = False) -> QgsTextFormat:
    text_format = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    text_format.setFont(font)
    text_format.setSize(max(tpl.MIN_PRINT_PT, size))
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    return text_format


def _number_expression(field_name: str) -> str:
    """One decimal, with the map language's decimal mark ("23,6" on a Dutch or French map)."""
    rounded = "round({}, 1)".format(QgsExpression.quotedColumnRef(field_name))
    mark = format_number(1.5, 1, group=False)[1:2]
    if mark == ".":
        return rounded
    return "replace(to_string({}), '.', {})".format(rounded, QgsExpression.quotedString(mark))


def _column(heading: str, expression: str) -> QgsLayoutTableColumn:
    column = QgsLayoutTableColumn(heading)
    column.setAttribute(expression)
    return column


def _sentence(spec: TableSpec, per_page: bool, count: int) -> str:
    """The caption for ``count`` rows (translated; ``{count}`` and ``{indicator}`` still to fill)."""
    one = count == 1
    if spec.sort_descending and per_page:
        return tr("The area of this page with the highest {indicator}; its number is on the map.") if one else \
            tr("The {count} areas of this page with the highest {indicator}; their numbers are on the map.")
    if spec.sort_descending:
        return tr("The area with the highest {indicator}; its number is on the map.") if one else \
            tr("The {count} areas with the highest {indicator}; their numbers are on the map.")
    if per_page:
        return tr("The area of this page with the lowest {indicator}; its number is on the map.") if one else \
            tr("The {count} areas of this page with the lowest {indicator}; their numbers are on the map.")
    return tr("The area with the lowest {indicator}; its number is on the map.") if one else \
        tr("The {count} areas with the lowest {indicator}; their numbers are on the map.")


def _indicator_words(spec: TableSpec) -> str:
    indicator = spec.indicator_heading or spec.indicator_field
    if len(indicator) > 1 and indicator[0].isupper() and indicator[1].islower():
        indicator = indicator[0].lower() + indicator[1:]  # inside a sentence
    return indicator


def caption_text(spec: TableSpec, per_page: bool, ranked: Optional[Dict[str, List[int]]] = None) -> str:
    """"The 10 areas with the lowest …; their numbers are on the map." in the map's language.

    The count is the number of rows the table shows: ``ranked`` (see :func:`ranked_ids`) gives it; on an atlas
    page it is an expression, so each page states its own count (a wijk with 4 sectors says 4)."""
    indicator = _indicator_words(spec).replace("[%", "[ %")
    if ranked is None:
        return _sentence(spec, per_page, spec.top_n).format(count=spec.top_n, indicator=indicator)
    if list(ranked) == [""] or not per_page:
        count = len(next(iter(ranked.values()), []))
        sentence = _sentence(spec, per_page, count).format(count=count, indicator=indicator)
        note = tie_note(spec, count) if list(ranked) == [""] else ""
        return "{} {}".format(sentence, note) if note else sentence
    rows = "array_length({})".format(_ids_expression(ranked))
    many = QgsExpression.quotedString(_sentence(spec, True, 2).format(count="{count}", indicator=indicator))
    single = QgsExpression.quotedString(_sentence(spec, True, 1).format(count="1", indicator=indicator))
    return "[% if({rows} = 1, {single}, replace({many}, '{{count}}', to_string({rows}))) %]".format(
        rows=rows, single=single, many=many)


def _caption(layout: QgsPrintLayout, frame: Optional[QgsLayoutFrame], spec: TableSpec, per_page: bool,
             ranked: Dict[str, List[int]]) -> float:
    """Write the caption above the table, tall enough for its longest wording; returns its height (mm)."""
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
    if not isinstance(label, QgsLayoutItemLabel):
        return 0.0
    text = caption_text(spec, per_page, ranked)
    label.setText(text)
    font = label.font()
    font.setPointSizeF(max(tpl.MIN_PRINT_PT, font.pointSizeF()))
    label.setFont(font)
    longest = max([_sentence(spec, per_page, count).format(count=count, indicator=_indicator_words(spec))
                   for count in (1, max(2, spec.top_n))] + ([text] if "[%" not in text else []), key=len)
    height = text_height_mm(longest, font, label.rect().width() - 2 * max(label.marginX(), 0.0)) + \
        2 * max(label.marginY(), 0.0) + 1.0
    if abs(height - label.rect().height()) > 0.2:
        bottom = label.pos().y() + label.rect().height()
        label.attemptResize(QgsLayoutSize(label.rect().width(), height, MM))
        if frame is not None and frame.pos().y() >= bottom - 0.5:  # the table starts right under the caption
            shift = label.pos().y() + height - frame.pos().y()
            frame.attemptMove(QgsLayoutPoint(frame.pos().x(), frame.pos().y() + shift, MM), True, False,
                              frame.page())
            frame.attemptResize(QgsLayoutSize(frame.rect().width(), max(10.0, frame.rect().height() - shift), MM))
    return label.rect().height()


def text_height_mm(text: str, font: QFont, width_mm: float, spacing: float = 1.15) -> float:
    """Height (mm) of ``text`` word-wrapped to ``width_mm`` in ``font``; ``spacing`` per line (a layout label's
    lines: 1.15; a table cell's: 1.0)."""
    words = text.split()
    lines, current = 0, ""
    for word in words:
        trial = (current + " " + word).strip()
        if current and QgsLayoutUtils.textWidthMM(font, trial) > width_mm:
            lines += 1
            current = word
        else:
            current = trial
    lines += 1 if current else 0
    return max(1, lines) * QgsLayoutUtils.fontHeightMM(font) * spacing


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
