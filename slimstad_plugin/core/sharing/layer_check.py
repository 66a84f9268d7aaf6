"""What a packed layer must look like at the receiver, recorded at the sender and checked at unpack.

"0 broken" is only said after each layer has been opened and compared with what the sender packed: the same
number of features, the same field names, the same extent (within 1 mm or a millionth of its size) in the same
CRS; rasters the same width, height and bands. A layer that opens but differs is broken too.
"""

from typing import List, Optional, Tuple

from qgis.core import QgsMapLayer, QgsRasterLayer, QgsVectorLayer

from ..base.i18n import translator
from .manifest import LayerEntry

tr = translator("SlimStadSharing")

CHECKED_MODES = ("copied", "snapshot")


def record(entry: LayerEntry, layer: QgsMapLayer) -> None:
    """Store the facts of ``layer`` (as packed) in ``entry``."""
    if not layer.isValid():
        return
    entry.crs = layer.crs().authid() or layer.crs().toWkt()[:200]
    extent = layer.extent()
    if isinstance(layer, QgsVectorLayer):
        entry.feature_count = int(layer.featureCount())
        entry.fields = [field.name() for field in layer.fields()]
        if layer.isSpatial() and not extent.isNull():
            entry.extent = _box(extent)
    elif isinstance(layer, QgsRasterLayer):
        entry.raster_size = [int(layer.width()), int(layer.height()), int(layer.bandCount())]
        entry.extent = _box(extent)


def _box(extent: object) -> List[float]:
    return [round(extent.xMinimum(), 6), round(extent.yMinimum(), 6), round(extent.xMaximum(), 6),
            round(extent.yMaximum(), 6)]


def _close(a: List[float], b: List[float]) -> bool:
    size = max(abs(a[2] - a[0]), abs(a[3] - a[1]), 1e-9)
    tolerance = max(1e-3, size * 1e-6)
    return all(abs(x - y) <= tolerance for x, y in zip(a, b))


def differences(entry: LayerEntry, layer: QgsMapLayer) -> List[str]:
    """How ``layer`` differs from what ``entry`` recorded (translated phrases; [] when it matches)."""
    found: List[str] = []
    if not layer.isValid():
        return [tr("it cannot be opened")]
    if isinstance(layer, QgsVectorLayer):
        if entry.feature_count >= 0 and layer.featureCount() != entry.feature_count:
            found.append(tr("{found} features instead of {expected}").format(found=layer.featureCount(),
                                                                             expected=entry.feature_count))
        names = [field.name() for field in layer.fields()]
        if entry.fields and names != entry.fields:
            missing = [name for name in entry.fields if name not in names]
            found.append(tr("fields differ (missing: {missing})").format(missing=", ".join(missing) or "-"))
    elif isinstance(layer, QgsRasterLayer) and entry.raster_size:
        size = [layer.width(), layer.height(), layer.bandCount()]
        if size != entry.raster_size:
            found.append(tr("raster size {found} instead of {expected}").format(
                found="x".join(map(str, size)), expected="x".join(map(str, entry.raster_size))))
    if entry.crs and layer.crs().authid() and entry.crs != layer.crs().authid():
        found.append(tr("CRS {found} instead of {expected}").format(found=layer.crs().authid(), expected=entry.crs))
    if entry.extent and not layer.extent().isNull():
        box = _box(layer.extent())
        if len(entry.extent) == 4 and not _close(box, entry.extent):
            found.append(tr("another extent"))
    return found


def verify_layers(project: object, entries: List[LayerEntry]) -> List[Tuple[str, str]]:
    """(layer name, reason) for every broken layer of an opened package project.

    Copied and snapshot layers are compared with their manifest entry; every other layer only has to open.
    A layer the manifest lists as packed but the project lacks is broken too.
    """
    broken: List[Tuple[str, str]] = []
    by_id = {entry.layer_id: entry for entry in entries}
    layers = project.mapLayers()
    for layer_id, layer in layers.items():
        entry: Optional[LayerEntry] = by_id.get(layer_id)
        if entry is not None and entry.mode in CHECKED_MODES:
            problems = differences(entry, layer)
        else:
            problems = [] if layer.isValid() else [tr("it cannot be opened")]
        if problems:
            broken.append((layer.name(), "; ".join(problems)))
    for entry in entries:
        if entry.mode in CHECKED_MODES and entry.layer_id not in layers:
            broken.append((entry.name, tr("it is not in the project")))
    return sorted(broken)
