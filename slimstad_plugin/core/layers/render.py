"""Rendering helpers: simple labels on a layer, and layers to an image without a window."""

from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsMapLayer,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize, QTimer
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

from ..base.files import replacing
from ..base.i18n import is_foreign_language, qgis_language, translator

styles_tr = translator("SlimStadStyles")

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


def render_here(settings: QgsMapSettings, stop: Optional[Callable[[], bool]] = None,
                poll_ms: int = 100) -> Tuple[QImage, List[str]]:
    """Render ``settings`` on the calling thread; the image (``settings.outputSize()``, ARGB32 premultiplied,
    transparent where nothing was drawn) and the renderer's error messages.

    Never QGIS's parallel job from a background task: its layers render in the global thread pool, the very pool
    whose threads run the QgsTasks (as many as the machine has cores). With the other threads busy (a second
    task, a render stuck on a stalled tile server) the job only waits its turn, and its ``cancel()`` or
    ``waitForFinished()`` blocks the task until a thread frees -- forever when every thread is a task waiting so.
    Here ``stop()`` is asked every ``poll_ms`` ms while web layers download (their downloads turn this thread's
    event loop): when it says True the job is cancelled without blocking and returns at once with what was drawn.
    """
    image = QImage(settings.outputSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(settings.devicePixelRatio())
    image.setDotsPerMeterX(round(settings.outputDpi() / 0.0254))
    image.setDotsPerMeterY(round(settings.outputDpi() / 0.0254))
    image.fill(settings.backgroundColor())
    painter = QPainter(image)
    try:
        job = QgsMapRendererCustomPainterJob(settings, painter)
        poll = QTimer()
        if stop is not None:
            if stop():
                return image, []
            poll.timeout.connect(lambda: job.cancelWithoutBlocking() if stop() else None)
            poll.start(poll_ms)
        try:
            job.renderSynchronously()
        finally:
            poll.stop()
        errors = [error.message for error in job.errors() if error.message]
    finally:
        painter.end()
    return image, errors


def render_png(layers: Sequence[QgsMapLayer], extent: QgsRectangle, path: Path,
               width: int = 1400, height: int = 1000) -> Path:
    """Render ``layers`` (top first) over ``extent`` into a PNG at ``path`` (on the calling thread, which may be a
    background task's: see :func:`render_here`)."""
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(layers[0].crs())
    settings.setBackgroundColor(QColor(255, 255, 255))
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent.buffered(extent.width() * 0.03))
    image, _errors = render_here(settings)
    with replacing(Path(path)) as temporary:
        if not image.save(str(temporary), "PNG"):
            raise OSError("Cannot save image {}".format(path))
    return path


def legend_translations() -> Dict[str, str]:
    """Dutch legend labels of the shipped sample-city styles -> the label in the language QGIS runs in."""
    return {"Lager onderwijs": styles_tr("Primary school"), "Secundair onderwijs": styles_tr("Secondary school"),
            "Hoofdweg": styles_tr("Main road"), "Lokale weg": styles_tr("Local road")}


def translate_legend(layer: QgsVectorLayer) -> int:
    """Relabel the categories of a shipped style for a French or English screen (English for a language SlimStad
    does not speak); returns how many changed.

    The styles are written once, in Dutch (the sample city's language); nothing changes for Dutch or for
    labels the table does not know (a city's own styles)."""
    language = qgis_language()
    if language not in ("fr", "en") and not is_foreign_language(language):  # German QGIS: English labels
        return 0
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer):
        return 0
    table, changed = legend_translations(), 0
    for index, category in enumerate(renderer.categories()):
        label = table.get(category.label())
        if label and label != category.label():
            renderer.updateCategoryLabel(index, label)
            changed += 1
    return changed
