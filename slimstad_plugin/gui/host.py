"""What the plugin hands to each GUI component: iface, the menu, the toolbar and a connection list."""

from dataclasses import dataclass, field
from typing import Callable, List, Tuple

from qgis.PyQt.QtCore import pyqtBoundSignal
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar


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
