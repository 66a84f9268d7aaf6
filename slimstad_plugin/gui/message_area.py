"""The message area of SlimStad's docks and dialogs: every message shown in full, however many lines it takes.

QGIS's QgsMessageBar shows one line and three quarters of text and hides the rest behind tiny scroll arrows (its
item's text box has a fixed ``max-height: 1.75em``): in a narrow dock, and in French, a two-line message was cut
off (issue 18's fresh-eyes trial). Here each message is a word-wrapped label that grows with its text, with the
level's icon, an optional action button ("Add another copy") and a close button. The API follows QgsMessageBar's
(``pushMessage``, ``items``, ``clearWidgets``) so callers and tests read the same.
"""

import html
from pathlib import Path
from typing import Callable, List, Optional, Tuple

from qgis.core import Qgis
from qgis.gui import QgsMessageBar, QgsMessageBarItem
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.base.i18n import translator
from . import icons
from .help import open_path

tr = translator("SlimStadMessages")

MAX_SHOWN = 3  # older messages make room: the area never pushes the dock's content away
_STYLE = {  # background, border (QGIS's message bar colours)
    Qgis.MessageLevel.Info: ("#e7f5fe", "#b9cfe4", icons.INFO),
    Qgis.MessageLevel.Warning: ("#ffc800", "#d0a000", icons.WARNING),
    Qgis.MessageLevel.Critical: ("#d65253", "#9f3b3c", icons.CRITICAL),
    Qgis.MessageLevel.Success: ("#dcf0dc", "#8bc48b", icons.SUCCESS),
}


class MessageItem(QFrame):
    """One message: icon, "<b>title:</b> text" (word-wrapped, selectable), an optional button, a close button."""

    def __init__(self, title: str, text: str, level: Qgis.MessageLevel,
                 action: Optional[Tuple[str, Callable[[], None]]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("slimstad_message")
        self.title, self._text, self._level = title, text, level
        background, border, icon_path = _STYLE.get(level, _STYLE[Qgis.MessageLevel.Info])
        self.setStyleSheet("QFrame#slimstad_message {{ background: {}; border: 1px solid {}; border-radius: 3px; }}"
                           " QLabel {{ color: {}; }}".format(background, border, "#fff" if level ==
                                                               Qgis.MessageLevel.Critical else "#000"))
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 3, 2, 3)
        row.setSpacing(4)
        icon = QLabel(self)
        icon.setPixmap(icons.theme_icon(icon_path).pixmap(16, 16))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        prefix = "<b>{}:</b> ".format(html.escape(title)) if title else ""
        self.label.setText(prefix + html.escape(text).replace("\n", "<br>"))
        row.addWidget(self.label, 1)
        self.button: Optional[QPushButton] = None
        if action is not None:
            self.button = QPushButton(action[0], self)
            self.button.setToolTip(action[0])
            self.button.clicked.connect(lambda _checked=False: self._act(action[1]))
            row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.setToolTip(tr("Close this message"))
        close.clicked.connect(self.dismiss)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)

    def text(self) -> str:
        return self._text

    def level(self) -> Qgis.MessageLevel:
        return self._level

    def _act(self, callback: Callable[[], None]) -> None:
        self.dismiss()
        callback()

    def dismiss(self) -> None:
        area = self.parentWidget()
        if isinstance(area, MessageArea):
            area.remove(self)


class MessageArea(QWidget):
    """A column of :class:`MessageItem` (newest at the bottom, at most ``MAX_SHOWN``)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("slimstad_message_area")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._items: List[MessageItem] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.hide()

    def pushMessage(self, title: str, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info,  # noqa: N802
                    duration: int = 0, action: Optional[Tuple[str, Callable[[], None]]] = None) -> MessageItem:
        """Show a message; ``duration`` s > 0 hides it after that time; ``action`` = (button text, callback)."""
        item = MessageItem(title, text, level, action, self)
        self._items.append(item)
        self._layout.addWidget(item)
        while len(self._items) > MAX_SHOWN:
            self.remove(self._items[0])
        self.show()
        if duration > 0:  # the timer belongs to the item: gone with it, never fires on a deleted area
            timer = QTimer(item)
            timer.setSingleShot(True)
            timer.timeout.connect(item.dismiss)
            timer.start(int(duration * 1000))
        return item

    def items(self) -> List[MessageItem]:
        return list(self._items)

    def remove(self, item: MessageItem) -> None:
        if item in self._items:
            self._items.remove(item)
            self._layout.removeWidget(item)
            item.hide()
            item.deleteLater()
        self.setVisible(bool(self._items))

    def clearWidgets(self) -> None:  # noqa: N802 - QgsMessageBar's name
        for item in list(self._items):
            self.remove(item)


def push_to_qgis(bar: object, title: str, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info,
                 duration: int = 0) -> None:
    """A message in QGIS's own message bar, tall enough for its text (up to four lines).

    QgsMessageBarItem gives its text box a fixed 1.75em (one line; the rest behind scroll arrows): for SlimStad's
    longer messages (a path, a French sentence) the box of the pushed item is made as tall as the text needs at
    the bar's width. Pushed with the bar's own pushMessage, so any message bar (the test interface's) records it."""
    bar.pushMessage(title, text, level, duration)
    item = bar.currentItem() if isinstance(bar, QgsMessageBar) else None
    if item is None or item.text() != text:
        return
    _fit_text(bar, item, title, text)


def push_file_message(bar: QgsMessageBar, title: str, text: str, path: Path,
                      level: Qgis.MessageLevel = Qgis.MessageLevel.Success, duration: int = 0) -> QgsMessageBarItem:
    """A message about a file or folder SlimStad wrote, short enough for one line at 1366×768: ``text`` names
    the file (not its whole path: the path wrapped onto a second line QGIS's bar cut off), the full path is the
    tooltip, and buttons *Open* (a file) and *Open folder* show it."""
    path = Path(path)
    item = bar.createMessage(title, text)
    item.setToolTip(str(path))
    if path.is_file() or not path.exists():
        button = QPushButton(tr("Open"))
        button.setToolTip(tr("Open {path} in the program that shows this kind of file").format(path=path))
        button.clicked.connect(lambda _checked=False: open_path(path))
        item.layout().addWidget(button)
    folder = path if path.is_dir() else path.parent
    show = QPushButton(tr("Open folder"))
    show.setToolTip(tr("Show the folder {path}").format(path=folder))
    show.clicked.connect(lambda _checked=False: open_path(folder))
    item.layout().addWidget(show)
    bar.pushWidget(item, level, duration)
    _fit_text(bar, item, title, text)
    return item


def _fit_text(bar: QgsMessageBar, item: QgsMessageBarItem, title: str, text: str) -> None:
    """Make the item's text box as tall as ``text`` needs at the bar's width (up to four lines)."""
    browser = item.findChild(QTextBrowser)
    if browser is None:
        return
    room = max(200, (bar.width() or 700) - 140)  # icon, title, close button
    lines = min(4, max(1, -(-browser.fontMetrics().horizontalAdvance("{}: {}".format(title, text)) // room)))
    if lines > 1:
        height = "{:.2f}em".format(0.25 + 1.45 * lines)
        browser.setStyleSheet(browser.styleSheet().replace("max-height: 1.75em", "max-height: " + height)
                              .replace("min-height: 1.75em", "min-height: " + height))
