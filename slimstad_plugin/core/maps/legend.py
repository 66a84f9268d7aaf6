"""The planning-map legend: every entry readable, or flowing on, or said to be missing -- never silently cut.

Order of remedies when the entries do not fit the legend's box: more columns (a layer may continue in the next
column), then smaller text (never below :data:`MIN_FONT_PT` at the printed size) and symbols, then a
continuation legend on an extra page ("Legend (continued)"), up to :data:`MAX_CONTINUATION_PAGES`. What still
does not fit is left out and named exactly in :attr:`LegendReport.left_out`, which the export prints as a warning.
Sizes are measured with ``QgsLegendRenderer.minimumSize``, which follows columns and splits as the export does.
"""

import textwrap
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsLayerTreeLayer,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from ..base.i18n import translator

tr = translator("SlimStadMaps")

MIN_FONT_PT = 6.0
MIN_COLUMN_MM = 38.0
MAX_CONTINUATION_PAGES = 3
PAGE_MARGIN_MM = 12.0
LEGEND_WRAP_CHARS = 34
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
TEXT_STYLES = (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup, QgsLegendStyle.Style.Group)

# (layer, legend-node indices) in drawing order
Entries = List[Tuple[QgsMapLayer, List[int]]]


@dataclass
class LegendReport:
    """How the legend was fitted: entries shown, continuation pages added, and exactly what was left out."""

    total: int = 0
    shown: int = 0
    continuation_pages: int = 0
    left_out: Dict[str, int] = field(default_factory=dict)   # layer title -> entries not printed

    def warning(self) -> str:
        """One translated sentence for the user, or '' when every entry is on the map."""
        if not self.left_out:
            return ""
        detail = "; ".join(tr("{layer}: {count} entries").format(layer=name, count=count)
                           for name, count in self.left_out.items())
        return tr("The legend shows {shown} of {total} entries and does not fit even on {pages} extra pages; "
                  "left out: {detail}.").format(shown=self.shown, total=self.total,
                                                pages=MAX_CONTINUATION_PAGES, detail=detail)


def _needed(legend: QgsLayoutItemLegend) -> Tuple[float, float]:
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    return size.width(), size.height()


def _fits(legend: QgsLayoutItemLegend, width: float, height: float) -> bool:
    needed_w, needed_h = _needed(legend)
    return needed_w <= width + 0.01 and needed_h <= height + 0.01


def _set_text_size(legend: QgsLayoutItemLegend, base: Dict[int, float], scale: float) -> None:
    for style in TEXT_STYLES:
        font = legend.styleFont(style)
        font.setPointSizeF(max(MIN_FONT_PT, base[int(style)] * scale))
        legend.setStyleFont(style, font)
    legend.setSymbolWidth(max(3.5, 6.0 * scale))
    legend.setSymbolHeight(max(2.2, 3.5 * scale))


def _populate(legend: QgsLayoutItemLegend, entries: Entries, titles: Callable[[QgsMapLayer], str],
              labels: Callable[[QgsMapLayer, int], Optional[str]], continued: Sequence[QgsMapLayer] = ()) -> None:
    """Put exactly ``entries`` into the legend's own tree (layer titles in the map's language)."""
    model = legend.model()
    root = model.rootGroup()
    root.clear()
    for layer, indices in entries:
        node: QgsLayerTreeLayer = root.addLayer(layer)
        title = titles(layer)
        if layer in continued:
            title = tr("{layer} (continued)").format(layer=title)
        node.setCustomProperty("legend/title-label", textwrap.fill(title, LEGEND_WRAP_CHARS))
        all_nodes = model.layerOriginalLegendNodes(node)
        if list(indices) != list(range(len(all_nodes))):
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(indices))
        for index in indices:
            text = labels(layer, index)
            if text is None and index < len(all_nodes):
                text = str(all_nodes[index].data(Qt.ItemDataRole.DisplayRole) or "")
                text = text if len(text) > LEGEND_WRAP_CHARS else None
            if text is not None:
                # Long class labels break onto more lines: a legend column is narrow, and a label wider than the
                # legend box would keep every entry of the page out of it.
                wrapped = "\n".join(textwrap.fill(line, LEGEND_WRAP_CHARS) for line in text.split("\n"))
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, wrapped)
        model.refreshLayerLegend(node)


Order = Callable[[QgsMapLayer, List[int]], List[int]]


def _all_entries(legend: QgsLayoutItemLegend, layers: Sequence[QgsMapLayer], order: Optional[Order] = None) -> Entries:
    """Every legend node of ``layers`` (``order`` may rearrange a layer's node indices, e.g. a no-value class last)."""
    model = legend.model()
    root = model.rootGroup()
    root.clear()
    entries: Entries = []
    for layer in layers:
        node = root.addLayer(layer)
        indices = list(range(len(model.layerOriginalLegendNodes(node))))
        entries.append((layer, order(layer, indices) if order is not None else indices))
    root.clear()
    return entries


def _take(entries: Entries, count: int) -> Tuple[Entries, Entries]:
    """The first ``count`` entries (a layer with no symbol counts as one) and the rest."""
    head: Entries = []
    tail: Entries = []
    left = count
    for layer, indices in entries:
        size = max(1, len(indices))
        if left >= size:
            head.append((layer, indices))
        elif left > 0 and indices:
            head.append((layer, indices[:left]))
            tail.append((layer, indices[left:]))
        else:
            tail.append((layer, indices))
        left -= min(left, size)
    return head, tail


def _count(entries: Entries) -> int:
    return sum(max(1, len(indices)) for _, indices in entries)


def _arrange(legend: QgsLayoutItemLegend, width: float, height: float, base: Dict[int, float]) -> bool:
    """Columns first, then smaller text: True when the current entries fit ``width`` x ``height`` mm."""
    max_columns = max(1, int(width // MIN_COLUMN_MM))
    for scale in (1.0, 0.9, 0.8, 0.7):
        _set_text_size(legend, base, scale)
        for columns in range(1, max_columns + 1):
            legend.setColumnCount(columns)
            legend.setSplitLayer(columns > 1)
            if _fits(legend, width, height):
                return True
    return False


def _most_that_fit(legend: QgsLayoutItemLegend, entries: Entries, width: float, height: float,
                   base: Dict[int, float], fill: Callable[[Entries], None]) -> int:
    """The largest number of leading entries that fits (binary search; 0 when not even one fits)."""
    low, high = 0, _count(entries)
    while low < high:
        middle = (low + high + 1) // 2
        fill(_take(entries, middle)[0])
        if _arrange(legend, width, height, base):
            low = middle
        else:
            high = middle - 1
    return low


def legend_fits(legend: QgsLayoutItemLegend, layers: Sequence[QgsMapLayer], width: float, height: float,
                titles: Callable[[QgsMapLayer], str], labels: Callable[[QgsMapLayer, int], Optional[str]],
                order: Optional[Order] = None) -> bool:
    """True when every entry of ``layers`` fits ``width`` x ``height`` mm (trying columns and smaller text)."""
    base = {int(style): legend.styleFont(style).pointSizeF() or 8.0 for style in TEXT_STYLES}
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    _populate(legend, _all_entries(legend, layers, order), titles, labels)
    fits = _arrange(legend, width, height, base)
    _set_text_size(legend, base, 1.0)
    return fits


def fit_legend(legend: QgsLayoutItemLegend, main_map: QgsLayoutItemMap, layers: Sequence[QgsMapLayer],
               width: float, height: float, titles: Callable[[QgsMapLayer], str],
               labels: Callable[[QgsMapLayer, int], Optional[str]], order: Optional[Order] = None) -> LegendReport:
    """Fill ``legend`` with ``layers`` and make it fit ``width`` x ``height`` mm, flowing onto extra pages.

    ``titles(layer)`` gives the layer's name in the map's language; ``labels(layer, index)`` a relabelled legend
    entry (or None to keep the style's own label); ``order(layer, indices)`` the order of a layer's entries.
    Returns what was shown and what was left out.
    """
    legend.setLinkedMap(main_map)
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(True)
    base = {int(style): legend.styleFont(style).pointSizeF() or 8.0 for style in TEXT_STYLES}
    entries = _all_entries(legend, layers, order)
    report = LegendReport(total=_count(entries))

    def fill(target: QgsLayoutItemLegend, part: Entries, continued: Sequence[QgsMapLayer] = ()) -> None:
        _populate(target, part, titles, labels, continued)

    fill(legend, entries)
    if _arrange(legend, width, height, base):
        report.shown = report.total
        _resize(legend, width, height)
        return report
    shown = _most_that_fit(legend, entries, width, height, base, lambda part: fill(legend, part))
    head, rest = _take(entries, shown)
    if not head:  # not even one entry fits here: the heading sends the reader on, never an empty legend
        legend.setTitle(tr("Legend: on the next page"))
    fill(legend, head)
    _arrange(legend, width, height, base)
    _resize(legend, width, height)
    report.shown = shown
    previous = legend
    while rest and report.continuation_pages < MAX_CONTINUATION_PAGES:
        continued = [layer for layer, _ in rest[:1] if any(layer is h for h, _ in head)]
        page_legend, page_w, page_h = _continuation_legend(previous, main_map)
        report.continuation_pages += 1
        count = _most_that_fit(page_legend, rest, page_w, page_h, base,
                               lambda part, target=page_legend, cont=continued: fill(target, part, cont))
        if count == 0:
            break
        head, rest = _take(rest, count)
        fill(page_legend, head, continued)
        _arrange(page_legend, page_w, page_h, base)
        _resize(page_legend, page_w, page_h)
        report.shown += count
        previous = page_legend
    for layer, indices in rest:
        name = titles(layer)
        report.left_out[name] = report.left_out.get(name, 0) + max(1, len(indices))
    return report


def _resize(legend: QgsLayoutItemLegend, width: float, height: float) -> None:
    legend.setResizeToContents(False)
    needed_w, needed_h = _needed(legend)
    legend.attemptResize(QgsLayoutSize(width, min(height, needed_h + 1.0), MM))
    legend.refresh()


def _continuation_legend(source: QgsLayoutItemLegend, main_map: QgsLayoutItemMap
                         ) -> Tuple[QgsLayoutItemLegend, float, float]:
    """A new page after the last, holding a legend styled like ``source`` titled "Legend (continued)"."""
    layout: QgsPrintLayout = source.layout()
    collection = layout.pageCollection()
    first = collection.page(0)
    page = QgsLayoutItemPage(layout)
    page.setPageSize(first.pageSize())
    collection.addPage(page)
    number = collection.pageCount() - 1
    legend = QgsLayoutItemLegend(layout)
    legend.setId("{}_continued_{}".format(source.id() or "legend", number))
    for style in (QgsLegendStyle.Style.Title,) + TEXT_STYLES:
        legend.setStyleFont(style, source.styleFont(style))
    legend.setSymbolWidth(source.symbolWidth())
    legend.setSymbolHeight(source.symbolHeight())
    layout.addLayoutItem(legend)
    legend.setLinkedMap(main_map)
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(True)
    legend.setTitle(tr("Legend (continued)"))
    width = first.pageSize().width() - 2 * PAGE_MARGIN_MM
    height = first.pageSize().height() - 2 * PAGE_MARGIN_MM
    legend.attemptMove(QgsLayoutPoint(PAGE_MARGIN_MM, PAGE_MARGIN_MM, MM), True, False, number)
    legend.attemptResize(QgsLayoutSize(width, height, MM))
    return legend, width, height
