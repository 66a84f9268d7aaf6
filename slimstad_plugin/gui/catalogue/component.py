"""Menu/toolbar toggle for the "Gedeelde data" dock, and the locator filter over the same entries."""

from typing import Optional

from qgis.core import QgsMapLayer, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ... import RESOURCES_DIR
from ...core.base.i18n import translator
from ...core.catalogue.model import CatalogueEntry
from ..host import widen_dock
from .dock import CatalogueDock
from .locator import CatalogueLocatorFilter

tr = translator("SlimStadCatalogueDock")


class CatalogueComponent:
    """Menu/toolbar toggle for the dock, and the locator filter over the same entries."""

    def __init__(self) -> None:
        self.host = None
        self.dock: Optional[CatalogueDock] = None
        self.action: Optional[QAction] = None
        self.locator_filter = None

    def init_gui(self, host: object) -> None:
        self.host = host
        main_window = host.iface.mainWindow()
        self.dock = CatalogueDock(host.iface, main_window)
        host.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = QAction(QIcon(str(RESOURCES_DIR / "icons" / "catalogue_dock.svg")), tr("Shared data"),
                              main_window)
        self.action.setObjectName("slimstad_catalogue_dock_toggle")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show or hide the catalogue of the city's shared layers"))
        host.connect(self.action.toggled, self._toggle)
        # Opened/closed, not visible: a dock behind another tab is still open (tabified docks on a laptop).
        host.connect(self.dock.openedStateChanged, self._visibility_changed)
        host.add_action(self.action)
        self.locator_filter = CatalogueLocatorFilter(lambda: self.dock.entries if self.dock else [],
                                                     self._add_from_locator)
        host.iface.registerLocatorFilter(self.locator_filter)
        host.connect(QgsProject.instance().readProject, self._project_read)
        self.dock.reload()

    def _project_read(self, *_args: object) -> None:
        """A project opened (e.g. the sample city just created): the data folder may hold the data now."""
        if self.dock is not None:
            self.dock.data_folder.refresh()

    def _toggle(self, checked: bool) -> None:  # noqa: FBT001 - Qt signal signature
        if self.dock is not None:
            self.dock.setUserVisible(checked)

    def _visibility_changed(self, visible: bool) -> None:  # noqa: FBT001 - Qt signal signature
        if self.action is not None and self.action.isChecked() != visible:
            self.action.setChecked(visible)
        if visible and self.dock is not None and self.host is not None:
            widen_dock(self.host.iface.mainWindow(), self.dock)

    def _add_from_locator(self, entry: CatalogueEntry) -> Optional[QgsMapLayer]:
        return self.dock.add_entry(entry) if self.dock is not None else None

    def unload(self) -> None:
        if self.locator_filter is not None and self.host is not None:
            self.host.iface.deregisterLocatorFilter(self.locator_filter)
            self.locator_filter = None
        if self.dock is not None:
            self.dock.cancel_tasks()
            self.host.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        self.action = None
