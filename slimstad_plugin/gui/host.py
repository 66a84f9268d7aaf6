"""What the plugin hands to each GUI component: iface, the menu, the toolbar and a connection list."""

from dataclasses import dataclass, field
from typing import Callable, List, Tuple

from qgis.PyQt.QtCore import Qt, pyqtBoundSignal
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar


@dataclass
class PluginHost:
    """Shared registration points; ``unload`` undoes everything recorded here."""

    iface: object
    menu: QMenu
    toolbar: QToolBar
    actions: List[QAction] = field(default_factory=list)
    connections: List[Tuple[pyqtBoundSignal, Callable]] = field(default_factory=list)

    def add_action(self, action: QAction, in_toolbar: bool = True) -> QAction:
        """Put ``action`` in the SlimStad menu (and toolbar) and remember it."""
        self.menu.addAction(action)
        if in_toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def connect(self, signal: pyqtBoundSignal, slot: Callable) -> None:
        """Connect and remember, so ``disconnect_all`` can undo it."""
        signal.connect(slot)
        self.connections.append((signal, slot))

    def disconnect_all(self) -> None:
        """Disconnect every remembered connection (ignoring ones Qt already dropped)."""
        for signal, slot in reversed(self.connections):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self.connections.clear()


def widen_dock(main_window: object, dock: object, share: float = 0.32, minimum: int = 340,
               maximum: int = 460) -> None:
    """Give a right-hand dock a readable width when it opens (QGIS keeps the user's own wider width): about a
    third of a laptop screen, never narrower than ``minimum`` pixels. On a low screen (under 900 pixels) two
    SlimStad docks on the right share one place as tabs instead of halving each other's height."""
    screen = main_window.screen().availableGeometry() if hasattr(main_window, "screen") else None
    if screen is not None and screen.height() < 900 and not dock.isFloating():
        area = main_window.dockWidgetArea(dock)
        others = [other for other in main_window.findChildren(QDockWidget)
                  if other is not dock and other.objectName().startswith("slimstad_") and other.isVisible()
                  and not other.isFloating() and main_window.dockWidgetArea(other) == area
                  and other not in main_window.tabifiedDockWidgets(dock)]
        if others:
            main_window.tabifyDockWidget(others[0], dock)
            dock.raise_()
    width = int((screen.width() if screen else 1366) * share)
    width = max(minimum, min(maximum, width))
    if dock.width() < width - 20:
        main_window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
