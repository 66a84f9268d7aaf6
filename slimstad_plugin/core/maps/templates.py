"""Planning-map templates: the shipped .qpt files and the built-in layout they are generated from.

Every item carries a stable id (``ITEM_*``) so the builder can fill a template that a user has
rearranged in the layout designer. The built-in layout doubles as the fallback when a template file
is missing or broken, so a map is always produced.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional, Tuple

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QFile, QIODevice, Qt
from qgis.PyQt.QtGui import QFont
from qgis.PyQt.QtXml import QDomDocument

from ... import RESOURCES_DIR
from ..base.i18n import translator

tr = translator("SlimStadMaps")

TEMPLATES_DIR = RESOURCES_DIR / "templates" / "layouts"
TEMPLATE_NAMES = ("A4-landscape", "A4-portrait", "A3-landscape", "A3-portrait")
DEFAULT_TEMPLATE = "A4-landscape"
NORTH_ARROW_SVG = "/usr/share/qgis/svg/arrows/NorthArrow_02.svg"

ITEM_TITLE = "title"
ITEM_SUBTITLE = "subtitle"
ITEM_MAIN_MAP = "main_map"
ITEM_LEGEND = "legend"
ITEM_SCALEBAR = "scalebar"
ITEM_NORTH_ARROW = "north_arrow"
ITEM_OVERVIEW = "overview_map"
ITEM_TABLE = "indicator_table"
ITEM_DATE_AUTHOR = "date_author"
ITEM_DISCLAIMER = "disclaimer"
ITEM_LOGO = "logo"
ITEM_SOURCES = "sources"
ITEM_CITY = "city"
ITEM_TABLE_CAPTION = "indicator_table_caption"
ITEM_IDS = (ITEM_TITLE, ITEM_SUBTITLE, ITEM_MAIN_MAP, ITEM_LEGEND, ITEM_SCALEBAR, ITEM_NORTH_ARROW,
            ITEM_OVERVIEW, ITEM_TABLE, ITEM_DATE_AUTHOR, ITEM_DISCLAIMER, ITEM_LOGO, ITEM_SOURCES, ITEM_CITY,
            ITEM_TABLE_CAPTION)
# Smallest text on a printed map, in points at the printed size (sources, disclaimer, table): readable on paper.
MIN_PRINT_PT = 6.0
CAPTION_MM = 8.0

PAPER_MM = {"A4": (297.0, 210.0), "A3": (420.0, 297.0)}

Box = Tuple[float, float, float, float]  # x, y, width, height in mm


@dataclass
class TemplateLoad:
    """A layout made from a template, and a note when the built-in fallback had to be used."""

    layout: QgsPrintLayout
    warning: Optional[str] = None


def page_size(name: str) -> Tuple[float, float]:
    """(width, height) in mm for ``A4-landscape`` style names; unknown names give A4 landscape."""
    paper, _, orientation = name.partition("-")
    long_side, short_side = PAPER_MM.get(paper, PAPER_MM["A4"])
    return (short_side, long_side) if orientation == "portrait" else (long_side, short_side)


def item_boxes(width: float, height: float) -> Dict[str, Box]:
    """Where each item sits: landscape puts a side column right of the map, portrait puts it below."""
    margin = 10.0
    scale = width / 297.0 if width > height else width / 210.0
    header = 30.0 * min(scale, 1.2)
    footer = 24.0 * min(scale, 1.2)
    boxes: Dict[str, Box] = {
        ITEM_TITLE: (margin, 6.0, width - 2 * margin - 45.0, header * 0.48),
        ITEM_SUBTITLE: (margin, 6.0 + header * 0.5, width - 2 * margin - 45.0, header * 0.45),
        ITEM_LOGO: (width - margin - 40.0, 6.0, 40.0, header - 12.0),
        ITEM_CITY: (width - margin - 44.0, header - 5.0, 44.0, 7.0),
    }
    top = header + 6.0
    bottom = height - footer - margin
    if width > height:
        map_width = width * 0.66 - margin
        side_x = margin + map_width + 5.0
        side_w = width - side_x - margin
        boxes[ITEM_MAIN_MAP] = (margin, top, map_width, bottom - top)
        boxes[ITEM_OVERVIEW] = (side_x, top, side_w, (bottom - top) * 0.28)
        legend_y = top + (bottom - top) * 0.28 + 4.0
        boxes[ITEM_LEGEND] = (side_x, legend_y, side_w, (bottom - top) * 0.40)
        table_y = legend_y + (bottom - top) * 0.40 + 3.0
        boxes[ITEM_TABLE] = (side_x, table_y, side_w, bottom - table_y)
        foot_side_x, foot_side_w = side_x, side_w
        sources_w = map_width - 75.0
    else:
        map_h = (bottom - top) * 0.62
        boxes[ITEM_MAIN_MAP] = (margin, top, width - 2 * margin, map_h)
        below = top + map_h + 4.0
        col_w = (width - 2 * margin - 8.0) / 3
        boxes[ITEM_LEGEND] = (margin, below, col_w * 1.2, bottom - below)
        boxes[ITEM_TABLE] = (margin + col_w * 1.2 + 4.0, below, col_w * 1.1, bottom - below)
        boxes[ITEM_OVERVIEW] = (width - margin - col_w * 0.7, below, col_w * 0.7, (bottom - below) * 0.6)
        foot_side_x, foot_side_w = width * 0.62, width * 0.38 - margin
        sources_w = width * 0.62 - margin - 75.0
    table_x, table_y, table_w, table_h = boxes[ITEM_TABLE]
    boxes[ITEM_TABLE_CAPTION] = (table_x, table_y, table_w, CAPTION_MM)
    boxes[ITEM_TABLE] = (table_x, table_y + CAPTION_MM, table_w, table_h - CAPTION_MM)
    map_x, map_y, map_w, _map_h = boxes[ITEM_MAIN_MAP]
    boxes[ITEM_NORTH_ARROW] = (map_x + map_w - 14.0, map_y + 2.0, 12.0, 16.0)
    foot_y = height - margin - footer + 2.0
    boxes[ITEM_SCALEBAR] = (margin, foot_y, 70.0, 12.0)
    boxes[ITEM_SOURCES] = (margin + 75.0, foot_y, sources_w, footer)
    boxes[ITEM_DATE_AUTHOR] = (foot_side_x, foot_y, foot_side_w, 9.0)
    boxes[ITEM_DISCLAIMER] = (foot_side_x, foot_y + 10.0, foot_side_w, footer - 10.0)
    return boxes


def _place(item: object, box: Box, item_id: str) -> None:
    item.setId(item_id)
    item.attemptMove(QgsLayoutPoint(box[0], box[1], QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(box[2], box[3], QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _label(layout: QgsPrintLayout, item_id: str, box: Box, size: float, bold: bool = False) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    label.setFont(font)
    label.setText(item_id)
    layout.addLayoutItem(label)
    _place(label, box, item_id)
    return label


def build_builtin_layout(project: QgsProject, template: str, name: str = "") -> QgsPrintLayout:
    """Create the planning-map layout for ``template`` in code (the source of the shipped .qpt files)."""
    width, height = page_size(template)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name or template)
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    boxes = item_boxes(width, height)
    text_scale = 1.25 if width * height > 297.0 * 210.0 * 1.5 else 1.0
    _label(layout, ITEM_TITLE, boxes[ITEM_TITLE], 20 * text_scale, bold=True)
    _label(layout, ITEM_SUBTITLE, boxes[ITEM_SUBTITLE], 11 * text_scale)
    _label(layout, ITEM_SOURCES, boxes[ITEM_SOURCES], 6.5 * text_scale)
    _label(layout, ITEM_DATE_AUTHOR, boxes[ITEM_DATE_AUTHOR], 7 * text_scale)
    _label(layout, ITEM_DISCLAIMER, boxes[ITEM_DISCLAIMER], 6.5 * text_scale)
    city = _label(layout, ITEM_CITY, boxes[ITEM_CITY], 9 * text_scale, bold=True)
    city.setHAlign(Qt.AlignmentFlag.AlignRight)
    _label(layout, ITEM_TABLE_CAPTION, boxes[ITEM_TABLE_CAPTION], 7 * text_scale, bold=True)

    main_map = QgsLayoutItemMap(layout)
    main_map.setFrameEnabled(True)
    layout.addLayoutItem(main_map)
    _place(main_map, boxes[ITEM_MAIN_MAP], ITEM_MAIN_MAP)

    overview = QgsLayoutItemMap(layout)
    overview.setFrameEnabled(True)
    layout.addLayoutItem(overview)
    _place(overview, boxes[ITEM_OVERVIEW], ITEM_OVERVIEW)
    overview.overview().setLinkedMap(main_map)

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    legend.setLinkedMap(main_map)
    legend.setResizeToContents(False)
    for style, size, bold in ((QgsLegendStyle.Style.Title, 11 * text_scale, True),
                              (QgsLegendStyle.Style.Group, 9 * text_scale, True),
                              (QgsLegendStyle.Style.Subgroup, 8 * text_scale, False),
                              (QgsLegendStyle.Style.SymbolLabel, 7.5 * text_scale, False)):
        legend.setStyleFont(style, _font(size, bold))
    legend.setSymbolWidth(6.0)
    legend.setSymbolHeight(3.5)
    layout.addLayoutItem(legend)
    _place(legend, boxes[ITEM_LEGEND], ITEM_LEGEND)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main_map)
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setNumberOfSegments(2)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(1.0)
    scalebar.setUnitLabel("km")
    scalebar.setTextFormat(_text_format(7 * text_scale))
    scalebar.setHeight(2.5)
    layout.addLayoutItem(scalebar)
    _place(scalebar, boxes[ITEM_SCALEBAR], ITEM_SCALEBAR)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(NORTH_ARROW_SVG)
    arrow.setLinkedMap(main_map)
    layout.addLayoutItem(arrow)
    _place(arrow, boxes[ITEM_NORTH_ARROW], ITEM_NORTH_ARROW)

    logo = QgsLayoutItemPicture(layout)
    layout.addLayoutItem(logo)
    _place(logo, boxes[ITEM_LOGO], ITEM_LOGO)

    table = QgsLayoutItemAttributeTable(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    table.addFrame(frame)
    _place(frame, boxes[ITEM_TABLE], ITEM_TABLE)
    table.setHeaderTextFormat(_text_format(7, bold=True))
    table.setContentTextFormat(_text_format(7))
    return layout


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size: float, bold: bool = False) -> QgsTextFormat:
    text_format = QgsTextFormat()
    text_format.setFont(_font(size, bold))
    text_format.setSize(size)
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    return text_format


def template_path(name: str) -> Path:
    """The shipped .qpt of a template name (it may not exist)."""
    return TEMPLATES_DIR / "{}.qpt".format(name)


def load_template(project: QgsProject, name: str, path: Optional[Path] = None) -> TemplateLoad:
    """Load ``path`` (default: the shipped template ``name``) into a new layout.

    A missing or unreadable template, or one without a ``main_map`` item, falls back to the built-in
    layout of the same paper size, with a warning saying so.
    """
    path = Path(path) if path else template_path(name)
    builtin_name = name if name in TEMPLATE_NAMES else DEFAULT_TEMPLATE
    problem = _read_template(project, path)
    if isinstance(problem, QgsPrintLayout):
        return TemplateLoad(problem)
    warning = tr("Template {path} could not be used ({problem}); the built-in {name} layout was used instead.")
    return TemplateLoad(build_builtin_layout(project, builtin_name),
                        warning.format(path=path, problem=problem, name=builtin_name))


def _read_template(project: QgsProject, path: Path) -> object:
    """The loaded layout, or a short (translated) reason why not."""
    if not path.is_file():
        return tr("file not found")
    source = QFile(str(path))
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        return tr("file cannot be read")
    document = QDomDocument()
    parsed = document.setContent(source)
    source.close()
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        return tr("not a valid layout template")
    # No initializeDefaults(): its page would be cleared by loadFromTemplate into a deleteLater() orphan that
    # stays in the scene (see export.drop_orphan_items); the template brings its own pages.
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    if not ok or not isinstance(layout.itemById(ITEM_MAIN_MAP), QgsLayoutItemMap):
        sip.delete(layout)  # free it while the project still exists
        return tr("no map item with id \"main_map\"")
    return layout


def save_template(layout: QgsPrintLayout, path: Path) -> None:
    """Write ``layout`` as a .qpt (used by scripts/make_layout_templates.py)."""
    if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
        raise OSError("Cannot write template {}".format(path))

