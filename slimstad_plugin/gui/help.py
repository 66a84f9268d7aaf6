"""The help button of each dock and dialog (the matching page of the help shipped with the plugin), and opening
a file SlimStad wrote.

The pages live in ``resources/help/<lang>/`` (installed with the plugin, so they work offline) and open in the
system's browser. ``OPENER`` can be replaced (tests, the desktop check) to see which page would open.
"""

from typing import Callable, List

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QToolButton, QWidget

from ..core.base.i18n import help_page, translator
from . import icons

tr = translator("SlimStadHelp")

OPENER: Callable[[QUrl], bool] = QDesktopServices.openUrl
OPENED: List[str] = []  # every page or file opened this session (the desktop check reads it)


def open_help(page: str) -> str:
    """Open ``page`` (one of core.base.i18n.HELP_PAGES) in the QGIS language; returns the file opened."""
    path = help_page(page)
    OPENED.append(str(path))
    OPENER(QUrl.fromLocalFile(str(path)))
    return str(path)


def open_path(path: object) -> str:
    """Open a file SlimStad wrote (a planning map) in the program the system uses for it."""
    OPENED.append(str(path))
    OPENER(QUrl.fromLocalFile(str(path)))
    return str(path)


def help_button(page: str, parent: QWidget = None) -> QToolButton:
    """A "?" button that opens ``page``; its tooltip says so."""
    button = QToolButton(parent)
    button.setObjectName("slimstad_help_{}".format(page))
    button.setIcon(icons.theme_icon(icons.HELP_CONTENTS))
    button.setAutoRaise(True)
    button.setToolTip(tr("Help: open the page about this panel (installed with SlimStad, works offline)"))
    button.clicked.connect(lambda _checked=False: open_help(page))
    return button
