"""Fill a planning-map template from a plain request and store it in the project as a print layout.

The result is a normal QgsPrintLayout in ``project.layoutManager()`` that stays editable in the layout designer;
building again with the same name replaces it. Every text comes in the request's language (the caller's
:func:`..i18n.language_scope`, see :func:`.export.export_planning_map`).
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeedback,
    QgsGraduatedSymbolRenderer,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt import sip

from ..base.i18n import translator
from ..base.settings import SlimStadSettings
from . import templates as tpl
from .atlas import AtlasOptions, configure_atlas
from .background import background_choice, make_light, resolve_background
from .errors import MapError
from .legend import LegendReport, fit_legend, legend_fits
from .overview import fill_overview, zoom_to
from .request_check import check_request
from .sources_block import (
    Provenance,
    SourceEntry,
    collect_sources,
    layer_title,
    publication_status,
    restricted_entries,
    sources_text,
)
from .table import TableSpec, fill_table, remove_table, restore_designed_height, table_frame
from .texts import fill_header_and_footer, fill_sources
from .web_layers import WebLayerProblem, is_web_layer, probe_web_layers

tr = translator("SlimStadMaps")
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
GAP_MM = 3.0


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
    city_name: Optional[str] = None                  # None: settings, then the project's title
    disclaimer: str = ""
    logo_path: Optional[str] = None                  # None: settings
    indicator_layer: Optional[QgsVectorLayer] = None
    indicator_field: str = ""
    label_field: str = ""
    indicator_heading: str = ""
    label_heading: str = ""
    top_n: int = 10
    sort_descending: bool = True
    table_filter: str = ""
    need_field: str = ""                             # table ties: the larger need first (e.g. demand)
    need_heading: str = ""                           # what that need counts, for the caption
    class_labels: Optional[Callable[[QgsVectorLayer], Optional[List[str]]]] = None  # legend labels per layer
    atlas: Optional[AtlasOptions] = None
    provenance: Optional[Provenance] = None
    allow_restricted: bool = False
    layout_name: str = ""
    language: str = ""                               # nl | fr | en; "" = the language QGIS runs in
    background: Optional[str] = None                 # layer name or source; None: settings; "": none
    overview_outlines: Optional[str] = None          # municipality/province outlines; None: settings
    web_deadline_s: Optional[float] = None           # per web layer; None: settings (health timeout)
    web_problems: Optional[List[WebLayerProblem]] = None  # checked already (check_web_layers in a task); None: now


@dataclass
class PlanningLayout:
    """The built layout with what the user must hear about it."""

    layout: QgsPrintLayout
    sources: List[SourceEntry]
    status: str
    public: bool
    warnings: List[str] = field(default_factory=list)
    atlas_pages: int = 0
    legend: Optional[LegendReport] = None
    # Layers made for this layout outside the project (overview city/surroundings): alive as long as the layout.
    own_layers: List[QgsMapLayer] = field(default_factory=list)
    web_problems: List[WebLayerProblem] = field(default_factory=list)  # web layers left out (and why)


def visible_layers(project: QgsProject) -> List[QgsMapLayer]:
    """Checked layers of the layer tree in drawing order (top first)."""
    root = project.layerTreeRoot()
    result = []
    for layer in root.layerOrder():
        node = root.findLayer(layer.id())
        if node is not None and node.isVisible():
            result.append(layer)
    return result


def map_crs(project: QgsProject, layers: Sequence[QgsMapLayer]) -> QgsCoordinateReferenceSystem:
    """The project's CRS, else the first non-web layer's (a tile service's web mercator is no planning CRS)."""
    if project.crs().isValid():
        return project.crs()
    for layer in sorted(layers, key=is_web_layer):
        if layer.crs().isValid():
            return layer.crs()
    return QgsCoordinateReferenceSystem("EPSG:31370")


def map_extent(project: QgsProject, layers: Sequence[QgsMapLayer], crs: QgsCoordinateReferenceSystem) -> QgsRectangle:
    """The layers' extent in ``crs``; web layers (which cover the world) count only when nothing else does."""
    local = [layer for layer in layers if not is_web_layer(layer)] or list(layers)
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in local:
        box = layer.extent()
        if box.isEmpty():
            continue
        if layer.crs().isValid() and layer.crs() != crs:
            try:
                box = QgsCoordinateTransform(layer.crs(), crs, project.transformContext()).transformBoundingBox(box)
            except Exception:  # noqa: BLE001 - QgsCsException: a layer outside the CRS's area adds nothing
                continue
        extent.combineExtentWith(box)
    return extent


def _map_layers(project: QgsProject, request: PlanningMapRequest, settings: SlimStadSettings) -> tuple:
    """(candidates, readable layers, background, crs, extent) of the map ``request`` describes."""
    candidates = list(request.layers) if request.layers is not None else visible_layers(project)
    layers = [layer for layer in candidates if layer is not None and layer.isValid()]
    if not layers:
        raise MapError(tr("There is no layer to put on the map: check the layers or the project."))
    background = resolve_background(project, background_choice(project, request.background,
                                                                settings.background_layer))
    crs = map_crs(project, layers)
    extent = request.extent or map_extent(project, layers, crs)
    return candidates, layers, background, crs, extent


@dataclass
class WebCheck:
    """What :func:`check_web_layers` probes, gathered on the GUI thread: the map's raster web layers (background
    included), the map's extent and CRS, and the deadline per layer (s). ``run`` may go to a background task."""

    layers: List[QgsMapLayer]
    extent: QgsRectangle
    crs: QgsCoordinateReferenceSystem
    deadline_s: float

    def run(self, feedback: Optional[QgsFeedback] = None) -> List[WebLayerProblem]:
        """The layers that draw nothing (network; progress and cancel through ``feedback``)."""
        return probe_web_layers(self.layers, self.extent, self.crs, self.deadline_s, feedback)


def web_check(project: QgsProject, request: PlanningMapRequest) -> WebCheck:
    """The web-layer check of the map ``request`` describes (no network yet)."""
    settings = SlimStadSettings.load()
    _candidates, layers, background, crs, extent = _map_layers(project, request, settings)
    deadline = request.web_deadline_s if request.web_deadline_s is not None else settings.health_timeout_s
    drawn = layers + ([background] if background is not None and background not in layers else [])
    web = [layer for layer in drawn if is_web_layer(layer)]
    return WebCheck(web, extent, crs, deadline)


def check_web_layers(project: QgsProject, request: PlanningMapRequest,
                     feedback: Optional[QgsFeedback] = None) -> List[WebLayerProblem]:
    """The web layers of the map that draw nothing, each within the request's deadline.

    Network work: the dialog runs :meth:`WebCheck.run` in a background task (progress and cancel) and hands the
    result to :func:`build_planning_layout` as ``request.web_problems``."""
    return web_check(project, request).run(feedback)


def build_planning_layout(project: QgsProject, request: PlanningMapRequest, store: bool = True) -> PlanningLayout:
    """Make (or replace) the layout described by ``request`` in ``project``.

    ``store=False`` (a preview, or a map made from the dialog) leaves the project exactly as it was: the layout
    is not added to its layout manager and the layers made for the overview stay outside it
    (:attr:`PlanningLayout.own_layers`, to be kept as long as the layout is used), and the project's modified
    flag is as before (QGIS marks the project modified when a template is read into one of its layouts)."""
    dirty = project.isDirty()
    try:
        return _build(project, request, store)
    finally:
        if not store:
            project.setDirty(dirty)


def _build(project: QgsProject, request: PlanningMapRequest, store: bool) -> PlanningLayout:
    check_request(request)
    settings = SlimStadSettings.load()
    candidates, layers, background, crs, extent = _map_layers(project, request, settings)
    warnings: List[str] = []
    notes: List[str] = []
    broken = [layer_title(layer) for layer in candidates if layer is not None and not layer.isValid()]
    if broken:
        notes.append(tr("Not drawn because the data could not be read: {layers}.").format(layers=", ".join(broken)))
    problems = request.web_problems if request.web_problems is not None else check_web_layers(project, request)
    for problem in problems:
        notes.append(tr("Not drawn: the web service of {layer} did not answer ({reason}); the map was made "
                        "without it.").format(layer=layer_title(problem.layer), reason=problem.reason))
        layers = [layer for layer in layers if layer is not problem.layer]
        background = None if background is problem.layer else background
    warnings.extend(notes)
    if not layers:
        raise MapError(tr("There is no layer to put on the map: check the layers or the project."))
    entries = collect_sources(layers, background)
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
    context = _Context(project, request, settings, layers, background, crs, extent, entries, status, notes,
                       None if store else [])
    try:
        pages, legend = _fill(layout, context, warnings)
    except BaseException:
        # Not yet owned by the project: free it now, not whenever Python collects it (maybe after the project).
        sip.delete(layout)
        raise
    if store:
        manager = project.layoutManager()
        existing = manager.layoutByName(name)
        if existing is not None:
            manager.removeLayout(existing)
        manager.addLayout(layout)
    public = status == tr("Public")
    own = list(context.own_layers or [])
    if not store:  # e.g. a challenge result the project does not hold: alive as long as the layout
        own += [layer for layer in layers + [background] if layer is not None and project.mapLayer(layer.id()) is None]
    return PlanningLayout(layout, entries, status, public, warnings, pages, legend, own, list(problems))


@dataclass
class _Context:
    project: QgsProject
    request: PlanningMapRequest
    settings: SlimStadSettings
    layers: List[QgsMapLayer]
    background: Optional[QgsMapLayer]
    crs: QgsCoordinateReferenceSystem
    extent: QgsRectangle
    entries: List[SourceEntry]
    status: str
    notes: List[str]
    own_layers: Optional[List[QgsMapLayer]] = None   # None: made layers join the project


def _fill(layout: QgsPrintLayout, ctx: _Context, warnings: List[str]) -> tuple:
    """Fill every item; returns (atlas page count or 0, legend report)."""
    request, settings = ctx.request, ctx.settings
    main_map = layout.itemById(tpl.ITEM_MAIN_MAP)
    _fill_maps(layout, main_map, ctx, warnings)
    author = settings.author if request.author is None else request.author
    department = settings.department if request.department is None else request.department
    city = request.city_name if request.city_name is not None else (settings.city_name or ctx.project.title())
    fill_header_and_footer(layout, request.title, request.subtitle, city,
                           ", ".join(part for part in (author, department) if part), ctx.status,
                           request.disclaimer or tr("Indicative planning map: no rights can be derived from it."),
                           settings.logo_path if request.logo_path is None else request.logo_path)
    layer = request.indicator_layer
    if layer is not None and layer.isValid() and layer.fields().indexOf(request.indicator_field) >= 0:
        spec = TableSpec(layer, request.indicator_field, request.label_field, request.indicator_heading,
                         request.label_heading or tr("Area"), request.top_n, request.sort_descending,
                         request.table_filter, request.need_field, request.need_heading)
        restore_designed_height(layout)
        table_report = fill_table(layout, spec, main_map, request.atlas.coverage if request.atlas else None,
                                  _table_room(layout))
        if table_report.warning:
            warnings.append(table_report.warning)
    else:
        remove_table(layout)
        table_report = None
    legend_report = _fill_legend(layout, main_map, ctx, table_report.needed_mm if table_report else None)
    if legend_report is not None and legend_report.warning():
        warnings.append(legend_report.warning())
    elif legend_report is not None and legend_report.continuation_pages:
        warnings.append(tr("The legend has {total} entries: it continues on {pages} extra page(s).").format(
            total=legend_report.total, pages=legend_report.continuation_pages))
    fill_sources(layout, sources_text(ctx.entries, request.provenance, ctx.notes))
    keep_labels_clear(layout, main_map)
    if request.atlas is None:
        return 0, legend_report
    pages = configure_atlas(layout, main_map, request.atlas)
    subtitle = layout.itemById(tpl.ITEM_SUBTITLE)
    if subtitle is not None and hasattr(subtitle, "setText"):
        subtitle.setText(" - ".join(part for part in (subtitle.text(), "[% @atlas_pagename %]") if part))
    return pages, legend_report


def _fill_maps(layout: QgsPrintLayout, main_map: QgsLayoutItemMap, ctx: _Context, warnings: List[str]) -> None:
    layers, crs, extent = ctx.layers, ctx.crs, ctx.extent
    main_map.setCrs(crs)
    main_map.setLayers(_with_background(layers, ctx.background))
    main_map.setKeepLayerSet(True)
    if ctx.background is not None:
        make_light(main_map, ctx.background)
    zoom_to(main_map, extent.buffered(max(extent.width(), extent.height()) * 0.03))
    overview = layout.itemById(tpl.ITEM_OVERVIEW)
    if isinstance(overview, QgsLayoutItemMap):
        polygons = [lyr for lyr in layers if isinstance(lyr, QgsVectorLayer) and lyr.geometryType() == 2]
        units = ctx.request.atlas.coverage if ctx.request.atlas else (
            min(polygons, key=lambda lyr: lyr.featureCount()) if polygons else None)
        if units is not None:
            outlines = ctx.settings.overview_layer if ctx.request.overview_outlines is None \
                else ctx.request.overview_outlines
            warnings.extend(fill_overview(ctx.project, overview, main_map, units, crs, outlines, ctx.own_layers))
        else:
            layout.removeLayoutItem(overview)
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


def _room_from_overview(layout: QgsPrintLayout, legend: QgsLayoutItemLegend, fits: Callable[[float], bool],
                        height: float) -> float:
    """When the legend does not fit, the overview map right above it gives up to 45 % of its height."""
    overview = layout.itemById(tpl.ITEM_OVERVIEW)
    if not isinstance(overview, QgsLayoutItemMap) or fits(height):
        return 0.0
    above = abs(overview.pos().x() - legend.pos().x()) < 1.0 and \
        overview.pos().y() + overview.rect().height() <= legend.pos().y() + 0.5
    if not above:
        return 0.0
    spare = overview.rect().height() * 0.45
    grow = next((spare * share for share in (0.25, 0.5, 0.75) if fits(height + spare * share)), spare)
    extent = overview.extent()
    overview.attemptResize(QgsLayoutSize(overview.rect().width(), overview.rect().height() - grow, MM))
    zoom_to(overview, extent)
    legend.attemptMove(QgsLayoutPoint(legend.pos().x(), legend.pos().y() - grow, MM))
    return grow


DECORATIONS = (QgsLayoutItemPicture, QgsLayoutItemScaleBar, QgsLayoutItemLabel, QgsLayoutItemShape)


def keep_labels_clear(layout: QgsPrintLayout, main_map: QgsLayoutItemMap) -> List[str]:
    """Keep the main map's labels off every decoration drawn over it (north arrow, scale bar, logo, texts);
    returns the ids of the blocking items. (A label margin is not set: QGIS 3.22 crashed exporting a map with it
    whose only layer had a 90 mm symbol, tests/maps/test_legend_fit.py.)"""
    area = main_map.sceneBoundingRect()
    blocking = []
    for item in layout.items():
        # Decorations only: an item drawn from the map itself (legend, overview) must not mask its labels.
        if not isinstance(item, DECORATIONS) or item.page() != main_map.page() or not item.isVisible() or \
                item.zValue() <= main_map.zValue():
            continue
        if item.sceneBoundingRect().intersects(area):
            main_map.addLabelBlockingItem(item)
            blocking.append(item.id())
    return blocking


def _with_background(layers: List[QgsMapLayer], background: Optional[QgsMapLayer]) -> List[QgsMapLayer]:
    """Drawing order (top first) with the background: a raster at the bottom; a vector (streets) above the area
    fills, which would hide it, but below the points and lines drawn on them."""
    if background is None or background in layers:
        return list(layers)
    if not isinstance(background, QgsVectorLayer):
        return list(layers) + [background]
    polygons = [index for index, layer in enumerate(layers)
                if isinstance(layer, QgsVectorLayer) and layer.geometryType() == 2]
    position = polygons[0] if polygons else len(layers)
    return list(layers[:position]) + [background] + list(layers[position:])


def _table_room(layout: QgsPrintLayout) -> Optional[float]:
    """Height (mm) caption and table may take: a table stacked under the legend leaves the legend 20 mm."""
    legend, frame = layout.itemById(tpl.ITEM_LEGEND), table_frame(layout)
    caption = layout.itemById(tpl.ITEM_TABLE_CAPTION)
    if frame is None:
        return None
    top = caption.pos().y() if caption is not None else frame.pos().y()
    bottom = frame.pos().y() + frame.rect().height()
    if isinstance(legend, QgsLayoutItemLegend) and frame.pos().y() > legend.pos().y() and \
            abs(frame.pos().x() - legend.pos().x()) < 1.0:
        top = legend.pos().y() + 20.0 + 2 * GAP_MM
    return bottom - top


def _fill_legend(layout: QgsPrintLayout, main_map: QgsLayoutItemMap, ctx: _Context,
                 table_needed: Optional[float] = None) -> Optional[LegendReport]:
    """The legend gets its box plus what the table below it does not need; then it fits or flows."""
    legend = layout.itemById(tpl.ITEM_LEGEND)
    if not isinstance(legend, QgsLayoutItemLegend):
        return None
    frame = table_frame(layout)
    caption = layout.itemById(tpl.ITEM_TABLE_CAPTION)
    top, left, width = legend.pos().y(), legend.pos().x(), legend.rect().width()
    height = legend.rect().height()
    stacked = frame is not None and frame.pos().y() > top and abs(frame.pos().x() - left) < 1.0
    if stacked:
        bottom = frame.pos().y() + frame.rect().height()
        table = frame.multiFrame()
        if table_needed is None:
            table_needed = table.totalSize().height() + 1.0 if table is not None else 20.0
        caption_h = caption.rect().height() if caption is not None else 0.0
        # The table lists what the map numbers, so it gets all its rows; the legend gets the rest (and flows).
        height = max(20.0, bottom - top - table_needed - caption_h - 2 * GAP_MM)
    request = ctx.request

    def labels(layer: QgsMapLayer, index: int) -> Optional[str]:
        if request.class_labels is None or not isinstance(layer, QgsVectorLayer) or \
                not isinstance(layer.renderer(), QgsGraduatedSymbolRenderer):
            return None
        texts = request.class_labels(layer)
        return texts[index] if texts and index < len(texts) else None

    def order(layer: QgsMapLayer, indices: List[int]) -> List[int]:
        # A SlimStad result style (relabelled) has its no-value class first: the ramp reads first, then it.
        if indices and labels(layer, 0) is not None:
            return indices[1:] + indices[:1]
        return indices

    height += _room_from_overview(layout, legend, lambda h: legend_fits(legend, ctx.layers, width, h, layer_title,
                                                                       labels, order), height)
    top = legend.pos().y()
    report = fit_legend(legend, main_map, ctx.layers, width, height, layer_title, labels, order)
    if stacked:
        legend_bottom = top + legend.rect().height()
        y = legend_bottom + GAP_MM
        if caption is not None:
            caption.attemptMove(QgsLayoutPoint(caption.pos().x(), y, MM))
            y += caption.rect().height()
        frame.attemptMove(QgsLayoutPoint(frame.pos().x(), y, MM))
        frame.attemptResize(QgsLayoutSize(frame.rect().width(), max(10.0, bottom - y), MM))
    return report
