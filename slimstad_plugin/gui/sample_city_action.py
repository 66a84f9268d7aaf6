"""Menu entry that opens Processing's dialog for ``slimstad:sample_city``."""

from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .. import RESOURCES_DIR
from ..core.base.i18n import translator
from .host import PluginHost

tr = translator("SlimStadMenu")


class SampleCityComponent:
    """Runs the sample-city algorithm through the standard, non-blocking Processing dialog."""

    def __init__(self) -> None:
        self.host: PluginHost = None
        self.action: QAction = None

    def init_gui(self, host: PluginHost) -> None:
        self.host = host
        icon = QIcon(str(RESOURCES_DIR / "icons" / "sample_city.svg"))
        self.action = QAction(icon, tr("Create sample city…"), host.iface.mainWindow())
        self.action.setObjectName("slimstad_sample_city")
        host.connect(self.action.triggered, self.open_dialog)
        host.add_action(self.action)

    def open_dialog(self) -> None:
        import processing  # lazy: QGIS's Processing plugin, loaded by QGIS

        processing.execAlgorithmDialog("slimstad:sample_city", {})

    def unload(self) -> None:
        self.action = None
