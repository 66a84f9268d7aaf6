"""Fill a planning-map template from a plain request and store it in the project as a print layout.

The result is a normal QgsPrintLayout in ``project.layoutManager()`` that stays editable in the
layout designer; building again with the same name replaces it.
"""

import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence

from qgis.core import (
    QgsExpression,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, Qt

from ..base.i18n import translator
from ..base.settings import SlimStadSettings
from . import templates as tpl
from .atlas import AtlasOptions, configure_atlas
from .errors import MapError
from .sources_block import (
    Provenance,
    SourceEntry,
    collect_sources,
    publication_status,
    restricted_entries,
    sources_text,
)

tr = translator("SlimStadMaps")

LEGEND_WRAP_CHARS = 34
TITLE_FIT_CHARS = 60


class RestrictedSourcesError(MapError):
    """Internal or restricted layers are on the map and nobody allowed printing them."""

    def __init__(self, message: str, entries: Sequence[SourceEntry]) -> None:
        super().__init__(message)
        self.entries = list(entries)


@dataclass
class PlanningMapRequest:
    """Everything a planning map needs; ``None`` means "take it from the project or the settings"."""

    title: str = ""
    subtitle: str = ""
    template: str = tpl.DEFAULT_TEMPLATE
    template_path: Optional[Path] = None
    layers: Optional[List[QgsMapLayer]] = None       # top first; None = the project's visible layers
    extent: Optional[QgsRectangle] = None
    author: Optional[str] = None
    department: Optional[str] = None
    disclaimer: str = ""
    logo_path: str = ""
    indicator_layer: Optional[QgsVectorLayer] = None
    indicator_field: str = ""
    label_field: str = ""
    indicator_heading: str = ""
    label_heading: str = ""
    top_n: int = 10
    sort_descending: bool = True
    table_filter: str = ""
    atlas: Optional[AtlasOptions] = None
    provenance: Optional[Provenance] = None
    allow_restricted: bool = False
    layout_name: str = ""


@dataclass
class PlanningLayout:
    """The built layout with what the user must hear about it."""

    layout: QgsPrintLayout
    sources: List[SourceEntry]
    status: str
    public: bool
    warnings: List[str] = field(default_factory=list)
    atlas_pages: int = 0


def visible_layers(project: QgsProject) -> List[QgsMapLayer]:
    """Checked layers of the layer tree in drawing order (top first)."""
    root = project.layerTreeRoot()
    result = []
    for layer in root.layerOrder():
        node = root.findLayer(layer.id())
        if node is not None and node.isVisible():
            result.append(layer)
    return result


def build_planning_layout(project: QgsProject, request: PlanningMapRequest) -> PlanningLayout:
    """Make (or replace) the layout described by ``request`` in ``project``."""
    candidates = list(request.layers) if request.layers is not None else visible_layers(project)
    layers = [layer for layer in candidates if layer is not None and layer.isValid()]
    warnings: List[str] = []
    notes: List[str] = []
    broken = [layer.name() for layer in candidates if layer is not None and not layer.isValid()]
    if broken:
        notes.append(tr("Not drawn because the data could not be read: {layers}.").format(
            layers=", ".join(broken)))
        warnings.extend(notes)
    if not layers:
        raise MapError(tr("There is no layer to put on the map: check the layers or the project."))
    entries = collect_sources(layers)
    blocked = restricted_entries(entries)
    if blocked and not request.allow_restricted:
        names = ", ".join("{} ({})".format(e.layer_name, e.info.licence_type) for e in blocked)
        raise RestrictedSourcesError(tr(
            "These layers are internal or restricted: {layers}. Allow restricted sources explicitly to make "
            "a map marked internal.").format(layers=names), blocked)
    status = publication_status(entries, request.allow_restricted)

    loaded = tpl.load_template(project, request.template, request.template_path)
    if loaded.warning:
        warnings.append(loaded.warning)
    layout = loaded.layout
    name = request.layout_name or request.title or tr("Planning map")
    layout.setName(name)
    settings = SlimStadSettings.load()

    try:
        pages = _fill(layout, request, settings, layers, entries, status, notes)
    except BaseException:
        # Not yet owned by the project: free it now, not whenever Python collects it (maybe after the project).
        sip.delete(layout)
        raise
    manager = project.layoutManager()
    existing = manager.layoutByName(name)
    if existing is not None:
        manager.removeLayout(existing)
    manager.addLayout(layout)
    public = status == tr("Public")
    return PlanningLayout(layout, entries, status, public, warnings, pages)


def _fill(layout: QgsPrintLayout, request: PlanningMapRequest, settings: SlimStadSettings,
          layers: List[QgsMapLayer], entries: List[SourceEntry], status: str, notes: List[str]) -> int:
    """Fill every item; returns the atlas page count (0 without atlas)."""
    main_map = layout.itemById(tpl.ITEM_MAIN_MAP)
    extent = request.extent or _full_extent(layers)
    _fill_maps(layout, main_map, layers, extent, request)
    _fill_legend(layout, main_map, layers)
    _fill_texts(layout, request, settings, status, entries, notes)
    _fill_table(layout, request)
    _stack_table_below_legend(layout)
    if request.atlas is None:
        return 0
    pages = configure_atlas(layout, main_map, request.atlas)
    subtitle = layout.itemById(tpl.ITEM_SUBTITLE)
    if isinstance(subtitle, QgsLayoutItemLabel):
        subtitle.setText(" - ".join(part for part in (subtitle.text(), "[% @atlas_pagename %]") if part))
    return pages


def _full_extent(layers: Sequence[QgsMapLayer]) -> QgsRectangle:
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        if not layer.extent().isEmpty():
            extent.combineExtentWith(layer.extent())
    return extent


def _fill_maps(layout: QgsPrintLayout, main_map: QgsLayoutItemMap, layers: List[QgsMapLayer],
               extent: QgsRectangle, request: PlanningMapRequest) -> None:
    crs = layers[0].crs() if not layout.project().crs().isValid() else layout.project().crs()
    main_map.setCrs(crs)
    main_map.setLayers(layers)
    main_map.setKeepLayerSet(True)
    _zoom(main_map, extent.buffered(max(extent.width(), extent.height()) * 0.03))
    overview = layout.itemById(tpl.ITEM_OVERVIEW)
    if isinstance(overview, QgsLayoutItemMap):
        # The overview shows the city outline only: the bottom polygon layer (or the atlas coverage).
        polygons = [lyr for lyr in layers if isinstance(lyr, QgsVectorLayer) and lyr.geometryType() == 2]
        coarsest = min(polygons, key=lambda lyr: lyr.featureCount()) if polygons else layers[-1]
        base = request.atlas.coverage if request.atlas else coarsest
        overview.setCrs(crs)
        overview.setLayers([base])
        overview.setKeepLayerSet(True)
        full = _full_extent(layers)
        _zoom(overview, full.buffered(max(full.width(), full.height()) * 0.05))
        overview.overview().setLinkedMap(main_map)
    arrow = layout.itemById(tpl.ITEM_NORTH_ARROW)
    if isinstance(arrow, QgsLayoutItemPicture):
        if not Path(arrow.picturePath()).is_file():
            arrow.setPicturePath(tpl.NORTH_ARROW_SVG)
        arrow.setLinkedMap(main_map)
    scalebar = layout.itemById(tpl.ITEM_SCALEBAR)
    if isinstance(scalebar, QgsLayoutItemScaleBar):
        scalebar.setLinkedMap(main_map)
        # Fit the segments to a width range so the bar stays readable on every atlas page.
        scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
        scalebar.setMinimumBarWidth(25.0)
        scalebar.setMaximumBarWidth(55.0)
        scalebar.update()


def _zoom(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show ``extent`` whole, grown to the item's aspect ratio (setExtent alone would resize the item)."""
    ratio = map_item.rect().width() / max(map_item.rect().height(), 1e-6)
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-9) < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    map_item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                    centre.x() + width / 2, centre.y() + height / 2))


def _fill_legend(layout: QgsPrintLayout, main_map: QgsLayoutItemMap, layers: List[QgsMapLayer]) -> None:
    legend = layout.itemById(tpl.ITEM_LEGEND)
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    legend.setLinkedMap(main_map)
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    model = legend.model()
    root = model.rootGroup()
    root.clear()
    nodes = [root.addLayer(layer) for layer in layers]
    entries = sum(max(1, len(model.layerLegendNodes(node))) for node in nodes)
    wrap = LEGEND_WRAP_CHARS if entries <= 12 else LEGEND_WRAP_CHARS // 2
    for node in nodes:
        # Readable names that wrap instead of running off the page; the layer itself keeps its name.
        node.setCustomProperty("legend/title-label", textwrap.fill(node.layer().name(), wrap))
    legend.setLegendFilterByMapEnabled(True)
    if entries > 12:
        legend.setColumnCount(2)
        legend.setSplitLayer(True)
    if entries > 24:
        for style in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Subgroup):
            font = legend.styleFont(style)
            font.setPointSizeF(6.0)
            legend.setStyleFont(style, font)
    legend.adjustBoxSize()
    legend.refresh()


def _set_label(layout: QgsPrintLayout, item_id: str, text: str, max_chars: int = 0) -> None:
    """Set a label's text; shrink the font when the text is much longer than the box was made for."""
    label = layout.itemById(item_id)
    if not isinstance(label, QgsLayoutItemLabel):
        return
    label.setText(text)
    label.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    if max_chars and len(text) > max_chars:
        font = label.font()
        font.setPointSizeF(max(8.0, font.pointSizeF() * max_chars / len(text) * 1.6))
        label.setFont(font)


def _fill_texts(layout: QgsPrintLayout, request: PlanningMapRequest, settings: SlimStadSettings, status: str,
                entries: Sequence[SourceEntry], notes: Sequence[str]) -> None:
    _set_label(layout, tpl.ITEM_TITLE, request.title or tr("Planning map"), TITLE_FIT_CHARS)
    _set_label(layout, tpl.ITEM_SUBTITLE, request.subtitle, TITLE_FIT_CHARS * 2)
    author = settings.author if request.author is None else request.author
    department = settings.department if request.department is None else request.department
    who = ", ".join(part for part in (author, department) if part)
    date_text = QDate.currentDate().toString(Qt.DateFormat.ISODate)
    _set_label(layout, tpl.ITEM_DATE_AUTHOR, " · ".join(p for p in (date_text, who) if p))
    disclaimer = request.disclaimer or tr("Indicative planning map: no rights can be derived from it.")
    _set_label(layout, tpl.ITEM_DISCLAIMER, "\n".join(p for p in (status, disclaimer) if p))
    text = sources_text(entries, request.provenance, notes)
    label = layout.itemById(tpl.ITEM_SOURCES)
    if isinstance(label, QgsLayoutItemLabel):
        label.setText(text)
        lines = text.count("\n") + 1
        height_mm = label.rect().height() or 20.0
        font = label.font()
        # 1 pt is 0.353 mm; keep about 1.25 line spacing inside the box, never below 3.5 pt.
        fitting = height_mm / (lines * 0.353 * 1.3)
        if fitting < font.pointSizeF():
            font.setPointSizeF(max(3.5, fitting))
            label.setFont(font)
    logo = layout.itemById(tpl.ITEM_LOGO)
    if isinstance(logo, QgsLayoutItemPicture):
        if request.logo_path and Path(request.logo_path).is_file():
            logo.setPicturePath(request.logo_path)
        elif not logo.picturePath():
            logo.setVisibility(False)


def _table_frame(layout: QgsPrintLayout) -> Optional[QgsLayoutFrame]:
    for frame in layout.items():
        if isinstance(frame, QgsLayoutFrame) and frame.id() == tpl.ITEM_TABLE:
            return frame
    return None


def _table(layout: QgsPrintLayout) -> Optional[QgsLayoutItemAttributeTable]:
    frame = _table_frame(layout)
    table = frame.multiFrame() if frame is not None else None
    return table if isinstance(table, QgsLayoutItemAttributeTable) else None


def _stack_table_below_legend(layout: QgsPrintLayout) -> None:
    """When the table sits under the legend, give the legend the height it needs and the table the rest."""
    legend = layout.itemById(tpl.ITEM_LEGEND)
    frame = _table_frame(layout)
    if not isinstance(legend, QgsLayoutItemLegend):
        return
    top, width = legend.pos().y(), legend.rect().width()
    bottom = legend.pos().y() + legend.rect().height()
    stacked = frame is not None and frame.pos().y() > top and abs(frame.pos().x() - legend.pos().x()) < 1.0
    limit = frame.pos().y() + frame.rect().height() - 25.0 if stacked else bottom
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context).height() + 2.0
    height = min(needed, max(limit - top, bottom - top))
    legend.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    if stacked:
        frame_bottom = frame.pos().y() + frame.rect().height()
        new_top = top + height + 3.0
        frame.attemptMove(QgsLayoutPoint(frame.pos().x(), new_top, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
        frame.attemptResize(QgsLayoutSize(frame.rect().width(), frame_bottom - new_top,
                                          QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _fill_table(layout: QgsPrintLayout, request: PlanningMapRequest) -> None:
    table = _table(layout)
    if table is None:
        return
    layer = request.indicator_layer
    if layer is None or not layer.isValid() or layer.fields().indexOf(request.indicator_field) < 0:
        layout.removeMultiFrame(table)
        return
    frame = table.frame(0) if table.frameCount() else None
    frame_width = frame.rect().width() if frame is not None else 80.0
    if frame_width < 20.0:  # an empty table shrinks its frame when saved: use the designed box width
        page = layout.pageCollection().page(0).pageSize()
        frame_width = tpl.item_boxes(page.width(), page.height())[tpl.ITEM_TABLE][2]
    table.setVectorLayer(layer)
    columns = []
    for field_name, heading in ((request.label_field, request.label_heading),
                                (request.indicator_field, request.indicator_heading)):
        if field_name and layer.fields().indexOf(field_name) >= 0:
            text = heading or layer.attributeDisplayName(layer.fields().indexOf(field_name))
            column = QgsLayoutTableColumn(text)
            numeric = layer.fields().field(field_name).isNumeric()
            # Planners read 13.4, not 13.3640552995: numbers print with one decimal.
            column.setAttribute("round({}, 1)".format(QgsExpression.quotedColumnRef(field_name)) if numeric
                                else field_name)
            columns.append(column)
    # Fixed widths let long names and headings wrap inside the frame instead of running off the page.
    for column, share in zip(columns, (0.55, 0.45) if len(columns) == 2 else (1.0,)):
        column.setWidth(max(10.0, frame_width * share - 4.0))
        # About 1.6 mm per character at 7 pt; QGIS 3.22 keeps headers on one line, so long ones are shortened.
        column.setHeading(textwrap.shorten(column.heading(), max(8, int(column.width() / 1.6)), placeholder="…"))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setColumns(columns)
    if frame is not None:  # setting the layer grew the frame to the old columns; the box stays as designed
        frame.attemptResize(QgsLayoutSize(frame_width, frame.rect().height(),
                                          QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    sort = QgsLayoutTableColumn()
    sort.setAttribute(request.indicator_field)
    sort.setSortOrder(Qt.SortOrder.DescendingOrder if request.sort_descending else Qt.SortOrder.AscendingOrder)
    table.setSortColumns([sort])
    table.setMaximumNumberOfFeatures(max(1, request.top_n))
    # Per atlas page: the units whose centre lies in the page's area (touching neighbours stay out).
    table.setFilterToAtlasFeature(False)
    filters = [f for f in (request.table_filter,
                           "within(centroid($geometry), @atlas_geometry)" if request.atlas else "") if f]
    table.setFilterFeatures(bool(filters))
    table.setFeatureFilter(" AND ".join("({})".format(f) for f in filters))
    table.setEmptyTableBehavior(QgsLayoutItemAttributeTable.EmptyTableMode.ShowMessage)
    table.setEmptyTableMessage(tr("No units here"))
    table.refresh()
