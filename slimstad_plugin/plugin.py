"""The plugin object QGIS creates: registers menu, toolbar, provider and GUI components; unload undoes it."""

from typing import List, Optional

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTranslator
from qgis.PyQt.QtWidgets import QMenu

from .core.base.dependencies import install_hint, missing_dependencies
from .core.base.i18n import install_translator, remove_translator, translator
from .core.base.log import install_log_handler, remove_log_handler
from .processing.provider import SlimStadProvider

MENU_OBJECT_NAME = "slimstad_menu"
TOOLBAR_OBJECT_NAME = "slimstad_toolbar"


class SlimStadPlugin:
    """Thin shell: every feature lives in a component, the core or the Processing provider."""

    def __init__(self, iface: object) -> None:
        self.iface = iface
        self.translator: Optional[QTranslator] = install_translator()
        self.log_handler = None
        self.provider = None
        self.host = None
        self.components: List[object] = []

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API name
        """Register the provider (QGIS calls this also without a GUI)."""

        registry = QgsApplication.processingRegistry()
        if self.provider is None and registry.providerById(SlimStadProvider.PROVIDER_ID) is None:
            provider = SlimStadProvider()
            # addProvider refuses a duplicate id; only keep (and later remove) a provider we registered.
            self.provider = provider if registry.addProvider(provider) else None

    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        from .gui.components import component_classes  # lazy: after install_translator() in __init__
        from .gui.host import PluginHost  # lazy: after install_translator() in __init__

        tr = translator("SlimStadMenu")
        self.log_handler = install_log_handler()
        self.initProcessing()
        main_window = self.iface.mainWindow()
        menu = QMenu(tr("&SlimStad"), main_window)
        menu.setObjectName(MENU_OBJECT_NAME)
        right_menu = self.iface.firstRightStandardMenu()  # "Help": our menu goes before it
        if isinstance(right_menu, QMenu):
            main_window.menuBar().insertMenu(right_menu.menuAction(), menu)
        else:
            main_window.menuBar().addMenu(menu)
        toolbar = self.iface.addToolBar(tr("SlimStad"))
        toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        self.host = PluginHost(self.iface, menu, toolbar)
        missing = missing_dependencies()
        if missing:
            # Still load: the menu offers About, and the message says exactly what to install.
            self.iface.messageBar().pushWarning("SlimStad", install_hint(missing))
        for component_class in component_classes(dependencies_ok=not missing):
            component = component_class()
            component.init_gui(self.host)
            self.components.append(component)

    def unload(self) -> None:
        """Mirror of initGui, in reverse order."""
        for component in reversed(self.components):
            component.unload()
        self.components.clear()
        if self.host is not None:
            self.host.disconnect_all()
            for action in self.host.actions:
                action.deleteLater()
            self.host.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.host.menu.menuAction())
            self.host.menu.deleteLater()
            self.iface.mainWindow().removeToolBar(self.host.toolbar)
            self.host.toolbar.deleteLater()
            self.host = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_log_handler(self.log_handler)
        self.log_handler = None
        remove_translator(self.translator)
        self.translator = None
