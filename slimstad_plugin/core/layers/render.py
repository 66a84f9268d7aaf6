"""Rendering helpers: simple labels on a layer, and layers to an image without a window."""

from pathlib import Path
from typing import Sequence

from qgis.core import (
    QgsMapLayer,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from ..base.files import replacing


def label_layer(layer: QgsVectorLayer, text: str, size: float, is_expression: bool = False) -> None:
    """Label every feature with a field (or an expression), in ``size`` points with a halo for legibility."""
    settings = QgsPalLayerSettings()
    settings.fieldName = text
    settings.isExpression = is_expression
    text_format = QgsTextFormat()
    text_format.setSize(size)
    text_format.buffer().setEnabled(True)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


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
    with replacing(Path(path)) as temporary:
        if not image.save(str(temporary), "PNG"):
            raise OSError("Cannot save image {}".format(path))
    return path
