"""Small widgets shared by SlimStad's docks and dialogs."""

from typing import Optional

from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" to the width it really gets (a path next to a button):
    never drawn under its neighbour, whatever the language's button texts; the full text is in the tooltip."""

    def __init__(self, text: str = "", parent: Optional[QWidget] = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(30)
        self.setFullText(text)

    def setFullText(self, text: str) -> None:  # noqa: N802 - Qt naming
        self._full = str(text)
        self.setToolTip(self._full)
        self._elide()

    def fullText(self) -> str:  # noqa: N802 - Qt naming
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API name
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance(self._full) + 4), hint.height())

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt API name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(10, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, self._mode, width))
