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
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

# Families found on nearly every desktop, most portable first (QGIS ships or the OS has them).
PORTABLE_FAMILIES = ("DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans")


def label_font_family() -> str:
    """A sans-serif family installed on this system, named exactly as QGIS will look it up.

    Styles and projects store the family of their labels, and QGIS warns ("font … not available") when it is
    missing; the default family of a headless Qt ("DejaVu LGC Sans") is rarely installed, so never store that.
    """
    installed = set(QFontDatabase().families())
    return next((family for family in PORTABLE_FAMILIES if family in installed), QFont().defaultFamily())


def label_layer(layer: QgsVectorLayer, text: str, size: float, is_expression: bool = False) -> None:
    """Label every feature with a field (or an expression), in ``size`` points with a halo for legibility."""
    settings = QgsPalLayerSettings()
    settings.fieldName = text
    settings.isExpression = is_expression
    text_format = QgsTextFormat()
    text_format.setFont(QFont(label_font_family()))
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
    if not image.save(str(path), "PNG"):
        raise OSError("Cannot save image {}".format(path))
    return path
