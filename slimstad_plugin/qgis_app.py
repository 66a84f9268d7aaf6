"""Start QGIS headless for the command line, the demo and benchmarks (once per process), and stop it at exit."""

import atexit
import gc
import os
import sys
from typing import Optional

from qgis.core import QgsApplication

from .processing.provider import SlimStadProvider

_APP: Optional[QgsApplication] = None
_PROVIDER: Optional[object] = None
_STOPPED = False


def start_qgis(with_processing: bool = True) -> QgsApplication:
    """Return the running QgsApplication, creating an offscreen one if there is none."""
    global _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication.instance()
    if app is None:
        QgsApplication.setPrefixPath("/usr", True)
        _APP = QgsApplication([], False)
        _APP.initQgis()
        atexit.register(stop_qgis)
        app = _APP
    if with_processing:
        init_processing()
    return app


def stop_qgis() -> None:
    """Shut down the QGIS that :func:`start_qgis` started (``exitQgis``); runs at interpreter exit, idempotent.

    Without it the process dies in C++ static destructors: QGIS's coordinate-transform cache holds PROJ objects
    made by the render threads (any layer drawn in another CRS, e.g. an XYZ or WMS layer in EPSG:3857 on a
    Lambert 72 map), and destroying them after PROJ's own statics are gone is a segmentation fault after the
    work is done (field case R13). ``exitQgis`` empties those caches while PROJ is still alive. A QGIS started by
    someone else (the desktop, pytest-qgis) is left to its owner.
    """
    global _STOPPED
    if _APP is None or _STOPPED:
        return
    _STOPPED = True
    gc.collect()  # Python-held layers and projects go before the providers they need are unloaded
    QgsApplication.exitQgis()


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
