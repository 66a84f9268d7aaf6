"""Shared base for SlimStad algorithms: translated names, group and help in one place."""

from qgis.core import QgsProcessingAlgorithm

from ..core.base.i18n import translator

tr = translator("SlimStadAlgorithm")


class SlimStadAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP, GROUP_ID and HELP (English source strings)."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    HELP = ""

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 - QGIS API name
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802 - QGIS API name
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API name
        return tr(self.HELP)

    def createInstance(self) -> "SlimStadAlgorithm":  # noqa: N802 - QGIS API name
        return type(self)()
