"""Menu/toolbar toggle for the "Opgaven" dock."""

from typing import Optional

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ... import RESOURCES_DIR
from ...core.base.i18n import translator
from ..catalogue.dock import DOCK_OBJECT_NAME
from ..host import PluginHost, widen_dock
from .dock import ChallengeDock

tr = translator("SlimStadChallengePanel")


class ChallengePanelComponent:
    """Adds the dock (hidden until asked for) and the action that shows it."""

    def __init__(self) -> None:
        self.host: Optional[PluginHost] = None
        self.dock: Optional[ChallengeDock] = None
        self.action: Optional[QAction] = None
        self.catalogue_dock: Optional[object] = None

    def init_gui(self, host: PluginHost) -> None:
        self.host = host
        self.dock = ChallengeDock(host.iface, host.iface.mainWindow())
        host.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(QIcon(str(RESOURCES_DIR / "icons" / "challenges.svg")), tr("Challenges"),
                              host.iface.mainWindow())
        self.action.setObjectName("slimstad_challenges")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show or hide the challenges: create one from a template, bind its layers, run "
                                  "it, read the results and try scenarios"))
        host.connect(self.action.toggled, self.dock.setUserVisible)
        # Opened/closed, not visible: a dock behind another tab is still open (tabified docks on a laptop).
        host.connect(self.dock.openedStateChanged, self.action.setChecked)
        host.connect(self.dock.openedStateChanged, self._shown)
        host.add_action(self.action)
        self.catalogue_dock = self._find_catalogue_dock(host)
        if self.catalogue_dock is not None:  # roles can then be bound straight from the shared catalogue
            self.catalogue_dock.listeners.append(self._catalogue_changed)
            self.catalogue_dock.status_listeners.append(self._statuses_changed)
            self._catalogue_changed(self.catalogue_dock.entries)

    def _shown(self, opened: bool) -> None:  # noqa: FBT001 - Qt signal signature
        if opened and self.dock is not None:
            widen_dock(self.host.iface.mainWindow(), self.dock)

    @staticmethod
    def _find_catalogue_dock(host: PluginHost) -> Optional[object]:

        return host.iface.mainWindow().findChild(QgsDockWidget, DOCK_OBJECT_NAME)

    def _catalogue_changed(self, entries: list) -> None:
        if self.dock is not None:
            self.dock.set_catalogue(entries, getattr(self.catalogue_dock, "statuses", None))

    def _statuses_changed(self) -> None:
        if self.dock is not None:
            self.dock.catalogue_statuses_changed()

    def unload(self) -> None:
        if self.catalogue_dock is not None and self._catalogue_changed in self.catalogue_dock.listeners:
            self.catalogue_dock.listeners.remove(self._catalogue_changed)
        if self.catalogue_dock is not None and self._statuses_changed in self.catalogue_dock.status_listeners:
            self.catalogue_dock.status_listeners.remove(self._statuses_changed)
        self.catalogue_dock = None
        if self.dock is not None:
            self.dock.close_down()
            self.host.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
        self.dock = None
        self.action = None
