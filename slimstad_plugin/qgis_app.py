"""Start QGIS headless for the command line, the demo and benchmarks (once per process)."""

import os
import sys
from typing import Optional

from qgis.core import QgsApplication

from .processing.provider import SlimStadProvider

_APP: Optional[QgsApplication] = None
_PROVIDER: Optional[object] = None


def start_qgis(with_processing: bool = True) -> QgsApplication:
    """Return the running QgsApplication, creating an offscreen one if there is none."""
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication.instance()
    if app is None:
        QgsApplication.setPrefixPath("/usr", True)
        _APP = QgsApplication([], False)
        _APP.initQgis()
        app = _APP
    if with_processing:
        init_processing()
    return app


def init_processing() -> None:
    """Initialise QGIS Processing and register the SlimStad provider (idempotent)."""
    if "/usr/share/qgis/python/plugins" not in sys.path:
        sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing  # lazy: QGIS's Processing plugin is on sys.path only now


    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById(SlimStadProvider.PROVIDER_ID) is None:
        global _PROVIDER
        _PROVIDER = SlimStadProvider()  # keep the Python object alive, else its algorithms vanish
        registry.addProvider(_PROVIDER)
