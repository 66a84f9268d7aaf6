"""Is any text of a dock or dialog cut off? Used by the desktop check (scripts/desktop_probe.py) on the real
desktop and by the widget tests (tests/gui/test_layout_fit.py) offscreen.

A text counts as clipped when the widget that shows it is smaller than the text needs: a one-line label or a
button narrower than its text, a word-wrapped label lower than its wrapped text, or a widget drawn under a visible
sibling. Labels that shorten their text on purpose (``ElidedLabel``, anything whose text ends in "…" and whose
tooltip holds the whole text) and QGIS's own composite widgets are not judged.
"""

from typing import List

from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtWidgets import QAbstractButton, QLabel, QPushButton, QTableWidget, QToolButton, QWidget

SLACK = 2  # px: rounding of font metrics


def _visible(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return "{} {!r} {!r}".format(type(widget).__name__, widget.objectName(), str(text)[:60])


def clipped_texts(root: QWidget) -> List[str]:
    """Descriptions of the texts in ``root`` (and its children) that are cut off; [] when all fit."""
    found = []
    for widget in root.findChildren(QWidget):
        if not _visible(widget, root) or type(widget).__module__.startswith("qgis._gui"):
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap() is None:
            if type(widget).__name__ == "ElidedLabel" or widget.text().startswith("<"):
                continue  # shortens itself / rich text (HTML) is measured by Qt's document, not here
            width = widget.contentsRect().width()
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + SLACK:
                    found.append("{} is {} px high, its text needs {} px".format(_name(widget), widget.height(),
                                                                               needed))
            else:
                needed = max(widget.fontMetrics().horizontalAdvance(line) for line in widget.text().split("\n"))
                if needed > width + SLACK:
                    found.append("{} is {} px wide, its text needs {} px".format(_name(widget), width, needed))
        elif isinstance(widget, (QPushButton, QToolButton)) and widget.text() and not (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
            if needed > widget.width() + SLACK:
                found.append("{} is {} px wide, its text needs {} px".format(_name(widget), widget.width(), needed))
        elif isinstance(widget, QTableWidget):
            found.extend(_clipped_cells(widget))
    found.extend(_overlaps(root))
    return found


def _clipped_cells(table: QTableWidget) -> List[str]:
    """Cells whose text does not fit their column and row (Qt ends it in "…"); the first 20 rows."""
    found = []
    metrics = table.fontMetrics()
    for row in range(min(table.rowCount(), 20)):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text() or table.isColumnHidden(column):
                continue
            room = table.columnWidth(column) - 6 - (20 if not item.icon().isNull() else 0)
            if table.wordWrap():
                needed = metrics.boundingRect(QRect(0, 0, max(room, 1), 0), Qt.TextFlag.TextWordWrap,
                                              item.text()).height()
                fits = needed <= table.rowHeight(row) - 2
            else:
                fits = metrics.horizontalAdvance(item.text()) <= room
            if not fits:
                found.append("{} {!r}: cell ({}, {}) {!r} does not fit".format(
                    type(table).__name__, table.objectName(), row, column, item.text()[:60]))
    return found


def _overlaps(root: QWidget) -> List[str]:
    """Texts drawn under a visible sibling (a path label under its "Change…" button)."""
    found = []
    for parent in [root] + root.findChildren(QWidget):
        children = [c for c in parent.findChildren(QWidget) if c.parentWidget() is parent and _visible(c, root)
                    and isinstance(c, (QLabel, QAbstractButton))]
        for index, first in enumerate(children):
            for second in children[index + 1:]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    found.append("{} overlaps {}".format(_name(first), _name(second)))
    return found
