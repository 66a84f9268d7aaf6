"""The ``slimstad`` Processing provider."""

import logging
from typing import List

from qgis.core import QgsProcessingAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .. import RESOURCES_DIR
from ..core.base.dependencies import missing_dependencies
from ..core.base.i18n import translator
from .algorithm_list import algorithm_classes

tr = translator("SlimStadProvider")
LOGGER = logging.getLogger(__name__)


class SlimStadProvider(QgsProcessingProvider):
    """Registers every SlimStad algorithm under the ``slimstad:`` prefix."""

    PROVIDER_ID = "slimstad"

    def id(self) -> str:  # noqa: A003 - QGIS API name
        return self.PROVIDER_ID

    def name(self) -> str:
        return "SlimStad"

    def longName(self) -> str:  # noqa: N802 - QGIS API name
        return tr("SlimStad: shared city data around urban challenges")

    def icon(self) -> QIcon:
        return QIcon(str(RESOURCES_DIR / "icons" / "slimstad.svg"))

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API name
        missing = missing_dependencies()
        if missing:  # the plugin says so in the message bar; Processing just stays empty
            LOGGER.warning("SlimStad algorithms not loaded, missing: %s", ", ".join(missing))
            return
        for algorithm in self.create_algorithms():
            self.addAlgorithm(algorithm)

    @staticmethod
    def create_algorithms() -> List[QgsProcessingAlgorithm]:
        """One fresh instance of each algorithm."""
        return [cls() for cls in algorithm_classes()]
