"""Render layers to an image without a window (QgsMapRendererParallelJob)."""

from pathlib import Path
from typing import Sequence

from qgis.core import QgsMapLayer, QgsMapRendererParallelJob, QgsMapSettings, QgsRectangle
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def render_png(layers: Sequence[QgsMapLayer], extent: QgsRectangle, path: Path,
               width: int = 1400, height: int = 1000) -> Path:
    """Render ``layers`` (top first) over ``extent`` into a PNG at ``path``."""
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(layers[0].crs())
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent.buffered(extent.width() * 0.03))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if not image.save(str(path), "PNG"):
        raise OSError("Cannot save image {}".format(path))
    return path
