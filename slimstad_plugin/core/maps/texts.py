"""The texts of a planning map: title, question, city, date and author, status and disclaimer, sources block.

All of them are written in the map's language (the caller's :func:`..i18n.language_scope`). Nothing prints
smaller than :data:`templates.MIN_PRINT_PT` points at the printed size: a sources block that does not fit its box
grows upward (the main map gives up to a third of its height), and what still does not fit continues on an extra
page, "Sources (continued)".
"""

from pathlib import Path
from typing import List, Optional, Sequence

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QDate, Qt

from ..base.i18n import translator
from . import templates as tpl
from .overview import zoom_to

tr = translator("SlimStadMaps")

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
TITLE_FIT_CHARS = 60
MAX_MAP_SHARE = 0.35
LABEL_MARGIN_MM = 1.0


def set_label(layout: QgsPrintLayout, item_id: str, text: str, max_chars: int = 0) -> Optional[QgsLayoutItemLabel]:
    """Set a label's text (never below the minimum print size); shrink a title much longer than its box."""
    label = layout.itemById(item_id)
    if not isinstance(label, QgsLayoutItemLabel):
        return None
    label.setText(text)
    label.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    font = label.font()
    size = font.pointSizeF()
    if max_chars and len(text) > max_chars:
        size = max(8.0, size * max_chars / len(text) * 1.6)
    font.setPointSizeF(max(tpl.MIN_PRINT_PT, size))
    label.setFont(font)
    return label


def wrap_lines(text: str, font: object, width_mm: float) -> List[str]:
    """``text`` broken into lines no wider than ``width_mm`` at ``font`` (measured, word by word)."""
    lines: List[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        current = ""
        for word in words:
            candidate = word if not current else current + " " + word
            if current and QgsLayoutUtils.textWidthMM(font, candidate) > width_mm:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def line_height_mm(font: object) -> float:
    """The distance between two printed lines of ``font`` in mm."""
    return QgsLayoutUtils.fontHeightMM(font) * 1.25


def fill_header_and_footer(layout: QgsPrintLayout, title: str, subtitle: str, city: str, who: str, status: str,
                           disclaimer: str, logo_path: str) -> None:
    """Title, question, city, date and author, publication status and disclaimer, logo."""
    set_label(layout, tpl.ITEM_TITLE, title or tr("Planning map"), TITLE_FIT_CHARS)
    set_label(layout, tpl.ITEM_SUBTITLE, subtitle, TITLE_FIT_CHARS * 2)
    date_text = QDate.currentDate().toString(Qt.DateFormat.ISODate)
    has_city_item = isinstance(layout.itemById(tpl.ITEM_CITY), QgsLayoutItemLabel)
    if has_city_item:
        set_label(layout, tpl.ITEM_CITY, city)
    parts = ([] if has_city_item or not city else [city]) + [date_text] + ([who] if who else [])
    set_label(layout, tpl.ITEM_DATE_AUTHOR, " · ".join(parts))
    set_label(layout, tpl.ITEM_DISCLAIMER, "\n".join(p for p in (status, disclaimer) if p))
    logo = layout.itemById(tpl.ITEM_LOGO)
    if isinstance(logo, QgsLayoutItemPicture):
        if logo_path and Path(logo_path).is_file():
            logo.setPicturePath(str(Path(logo_path).resolve()))
            logo.setVisibility(True)
        elif not logo.picturePath():
            logo.setVisibility(False)


def fill_sources(layout: QgsPrintLayout, text: str) -> Sequence[str]:
    """Print the sources block at a readable size; returns the lines that went to a continuation page."""
    label = layout.itemById(tpl.ITEM_SOURCES)
    if not isinstance(label, QgsLayoutItemLabel):
        return []
    font = label.font()
    font.setPointSizeF(max(tpl.MIN_PRINT_PT, font.pointSizeF()))
    label.setFont(font)
    label.setMode(QgsLayoutItemLabel.Mode.ModeFont)
    label.setMarginX(LABEL_MARGIN_MM)
    label.setMarginY(LABEL_MARGIN_MM)
    width = label.rect().width() - 2 * LABEL_MARGIN_MM - 0.5
    lines = wrap_lines(text, font, width)
    step = line_height_mm(font)
    needed = len(lines) * step + 2 * LABEL_MARGIN_MM
    have = label.rect().height()
    if needed > have:
        have += _grow_upward(layout, label, needed - have)
    fitting = max(1, int((have - 2 * LABEL_MARGIN_MM) // step))
    label.setText("\n".join(lines[:fitting]))
    rest = lines[fitting:]
    if rest:
        _continuation_label(layout, label, [tr("Sources (continued)")] + rest)
    return rest


def _grow_upward(layout: QgsPrintLayout, label: QgsLayoutItemLabel, wanted: float) -> float:
    """Make room above ``label``: the main map gives up to a share of its height, items between move up."""
    main_map = layout.itemById(tpl.ITEM_MAIN_MAP)
    if not isinstance(main_map, QgsLayoutItemMap):
        return 0.0
    grow = min(wanted, main_map.rect().height() * MAX_MAP_SHARE)
    left, right = label.pos().x(), label.pos().x() + label.rect().width()
    map_bottom = main_map.pos().y() + main_map.rect().height()
    for item in layout.items():
        if item is label or not hasattr(item, "attemptMove") or isinstance(item, QgsLayoutItemPage):
            continue
        if not hasattr(item, "page") or item.page() != label.page() or item.parentItem() is not None:
            continue
        x0, x1 = item.pos().x(), item.pos().x() + item.rect().width()
        if x1 <= left or x0 >= right or item.pos().y() >= label.pos().y():
            continue
        if item is main_map:
            # A map item keeps its scale when resized: show the same area whole in the lower frame.
            shown = QgsRectangle(main_map.extent())
            main_map.attemptResize(QgsLayoutSize(main_map.rect().width(), main_map.rect().height() - grow, MM))
            zoom_to(main_map, shown)
        elif item.pos().y() >= map_bottom - 0.5:
            item.attemptMove(QgsLayoutPoint(item.pos().x(), item.pos().y() - grow, MM), True, False, label.page())
    label.attemptMove(QgsLayoutPoint(label.pos().x(), label.pos().y() - grow, MM), True, False, label.page())
    label.attemptResize(QgsLayoutSize(label.rect().width(), label.rect().height() + grow, MM))
    return grow


def _continuation_label(layout: QgsPrintLayout, source: QgsLayoutItemLabel, lines: Sequence[str]) -> None:
    """The rest of the sources on an extra page (the last page when it is a continuation page already)."""
    collection = layout.pageCollection()
    first = collection.page(0)
    if collection.pageCount() < 2:
        page = QgsLayoutItemPage(layout)
        page.setPageSize(first.pageSize())
        collection.addPage(page)
    number = collection.pageCount() - 1
    label = QgsLayoutItemLabel(layout)
    label.setId("{}_continued".format(tpl.ITEM_SOURCES))
    label.setFont(source.font())
    label.setText("\n".join(lines))
    layout.addLayoutItem(label)
    height = len(lines) * line_height_mm(source.font()) + 4.0
    width = first.pageSize().width() - 24.0
    label.attemptMove(QgsLayoutPoint(12.0, max(12.0, first.pageSize().height() - 12.0 - height), MM), True, False,
                      number)
    label.attemptResize(QgsLayoutSize(width, height, MM))
