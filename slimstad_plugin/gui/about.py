"""Menu entry "About SlimStad"."""

from qgis.PyQt.QtWidgets import QAction, QMessageBox

from .. import plugin_version
from ..core.base.i18n import translator
from .host import PluginHost

tr = translator("SlimStadAbout")


class AboutComponent:
    """Shows the version and the project's idea."""

    def __init__(self) -> None:
        self.host: PluginHost = None
        self.action: QAction = None

    def init_gui(self, host: PluginHost) -> None:
        self.host = host
        self.action = QAction(tr("About SlimStad"), host.iface.mainWindow())
        host.connect(self.action.triggered, self.show)
        host.add_action(self.action, in_toolbar=False)

    def show(self) -> None:
        QMessageBox.about(
            self.host.iface.mainWindow(), tr("About SlimStad"),
            tr("SlimStad {version}: connecting the smart city intelligently. Shared city data around "
               "one urban challenge.").format(version=plugin_version()),
        )

    def unload(self) -> None:
        self.action = None
