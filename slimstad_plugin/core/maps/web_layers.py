"""Raster web layers (WMS, WMTS, XYZ tiles, ArcGIS MapServer, WCS) on a planning map: drawn, or left out and said.

A web layer whose service does not answer draws nothing and QGIS reports no error: the map would be silently
blank where the orthophoto or basemap should be. Before the export each web layer is drawn once, small, over the
map's extent, within a total deadline: when nothing at all comes back it is left out, and the map's sources block
and the command's output say so.
"""

import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsMapLayer,
    QgsMapSettings,
    QgsNetworkAccessManager,
    QgsRectangle,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QSize, QTimer
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtNetwork import QNetworkReply

from ..base.errors import Canceled
from ..base.i18n import translator
from ..base.secrets import scrub_text
from ..layers.render import render_here
from .errors import MapError

tr = translator("SlimStadMaps")
LOGGER = logging.getLogger(__name__)

WEB_PROVIDERS = ("wms", "wcs", "arcgismapserver", "xyzvectortiles", "vectortile")
PROBE_PIXELS = 256


@dataclass
class WebLayerProblem:
    """A web layer that drew nothing over the map's extent, and why (as far as QGIS tells)."""

    layer: QgsMapLayer
    reason: str


def is_web_layer(layer: QgsMapLayer) -> bool:
    """True for layers drawn from a web service (tiles or images fetched while rendering)."""
    if layer.providerType() not in WEB_PROVIDERS or layer.type() == QgsMapLayer.LayerType.VectorLayer:
        return False
    # a vector tile layer may be a local MBTiles/VTPK file; a web one names an http(s) URL
    return layer.type() != QgsMapLayer.LayerType.VectorTileLayer or "http" in layer.source().lower()


def _has_pixels(image: QImage) -> bool:
    if image.isNull():
        return False
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = image.constBits()
    data.setsize(image.sizeInBytes())
    alpha = np.frombuffer(data, dtype=np.uint8)[3::4]  # ARGB32 is B, G, R, A in memory (little-endian)
    return bool(alpha.any())


def probe_layer(layer: QgsMapLayer, extent: QgsRectangle, crs: QgsCoordinateReferenceSystem,
                deadline_s: float, feedback: Optional[QgsFeedback] = None) -> Optional[str]:
    """Draw ``layer`` alone over ``extent``; None when something was drawn, else the reason (translated).

    Rendering runs on the calling thread (the GUI's or a background task's; never QGIS's parallel job, whose render
    threads are the task pool's, see :func:`..layers.render.render_here`), for at most ``deadline_s`` seconds, after
    which the job is canceled and the layer counts as not answering. ``feedback`` canceled: the job stops within
    0.1 s, even while a download stalls, and :class:`Canceled` is raised.
    """
    if not layer.isValid():
        return tr("the layer cannot be read")
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(crs)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(PROBE_PIXELS, PROBE_PIXELS))
    settings.setBackgroundColor(QColor(0, 0, 0, 0))
    ends = time.monotonic() + max(0.1, deadline_s)
    late = []

    def stop() -> bool:
        if feedback is not None and feedback.isCanceled():
            return True
        if time.monotonic() > ends:
            late.append(True)
            return True
        return False

    image, errors = render_here(settings, stop)
    if feedback is not None and feedback.isCanceled():
        raise Canceled(tr("The check of the web layers was cancelled."))
    if late:
        return tr("no answer within {seconds:.0f} s").format(seconds=deadline_s)
    if _has_pixels(image):
        return None
    # QGIS's messages may quote the request URL: printed on the map and in the output only without credentials
    return scrub_text("; ".join(errors)).text or tr("the service returned nothing for this area")


def probe_web_layers(layers: Sequence[QgsMapLayer], extent: QgsRectangle, crs: QgsCoordinateReferenceSystem,
                     deadline_s: float, feedback: Optional[QgsFeedback] = None) -> List[WebLayerProblem]:
    """The web layers among ``layers`` that draw nothing over ``extent`` (each within ``deadline_s``).

    May run in a background task (QGIS renders layers off the GUI thread, as its own map-render task does):
    ``feedback`` gets the progress (0-100, layer by layer) and a cancel (:class:`Canceled`)."""
    problems = []
    web = [layer for layer in layers if is_web_layer(layer)]  # raster web layers and vector tiles
    for number, layer in enumerate(web):
        if feedback is not None:
            feedback.setProgress(100.0 * number / len(web))
            if feedback.isCanceled():
                raise Canceled(tr("The check of the web layers was cancelled."))
        reason = probe_layer(layer, extent, crs, deadline_s, feedback)
        if reason is not None:
            LOGGER.warning("web layer %s left out of the map: %s", layer.name(), reason)
            problems.append(WebLayerProblem(layer, reason))
    if feedback is not None:
        feedback.setProgress(100.0)
    return problems


class SlowWebLayersError(MapError):
    """Web layers whose service stopped answering during the export (requests cut at the deadline)."""

    def __init__(self, message: str, layers: Sequence[QgsMapLayer], deadline_s: float) -> None:
        super().__init__(message)
        self.layers = list(layers)
        self.deadline_s = deadline_s
        self.known_problems: List[WebLayerProblem] = []  # found before the export (set by the caller)

    def problems(self) -> List[WebLayerProblem]:
        """The slow layers as problems to leave out of the next try."""
        reason = tr("no answer within {seconds:.0f} s").format(seconds=self.deadline_s)
        return [WebLayerProblem(layer, reason) for layer in self.layers]


def _owner(url: str, layers: Sequence[QgsMapLayer]) -> List[QgsMapLayer]:
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    return [layer for layer in layers if host and host in layer.source().lower()]


@contextmanager
def web_deadline(layers: Sequence[QgsMapLayer], deadline_s: float) -> Iterator[None]:
    """Bound the web requests made on this thread while the block runs (a layout export): a request still running
    ``deadline_s`` seconds after it was first seen is aborted -- a trickling or stalled tile server cannot hang the
    export, whose map would then miss tiles. Afterwards :class:`SlowWebLayersError` names the layers concerned (whose
    requests were cut), so the caller can leave them out and say so instead of printing a partly blank map.

    Works because QGIS draws a layout's maps on the exporting thread, whose event loop turns while tiles download.
    """
    web = [layer for layer in layers if is_web_layer(layer)]
    if not web:
        yield
        return
    manager = QgsNetworkAccessManager.instance()
    seen: Dict[int, float] = {}
    cut: List[str] = []

    def tick() -> None:
        # A Qt slot: an exception escaping it would abort the process (PyQt's qFatal without an excepthook).
        now = time.monotonic()
        for reply in manager.findChildren(QNetworkReply):
            try:
                if not reply.isRunning():
                    continue
                first = seen.setdefault(sip.unwrapinstance(reply), now)
                if now - first > deadline_s:
                    cut.append(reply.url().toString())
                    reply.abort()
            except RuntimeError:  # the reply was deleted between findChildren and here
                continue

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(250)
    try:
        yield
    finally:
        timer.stop()
    if cut:
        slow = [layer for layer in web if any(layer in _owner(url, web) for url in cut)] or web
        LOGGER.warning("web requests cut after %.0f s during the export: %s", deadline_s,
                       [scrub_text(url).text for url in cut[:3]])
        raise SlowWebLayersError(tr("The web service of {layers} stopped answering during the export (no answer within "
                               "{seconds:.0f} s).").format(layers=", ".join(layer.name() for layer in slow),
                                                           seconds=deadline_s), slow, deadline_s)
