"""What a packed layer must look like at the receiver, recorded at the sender and checked at unpack.

"0 broken" is only said after each layer has been opened and compared with what the sender packed: the same
number of features, the same field names, the same extent (within 1 mm or a millionth of its size) in the same
CRS; rasters the same width, height and bands. A layer that opens but differs is broken too.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import QgsFeatureRequest, QgsMapLayer, QgsProviderRegistry, QgsRasterLayer, QgsVectorLayer

from ..base.i18n import plural, translator
from .manifest import LayerEntry
from .pack_assets import vrt_parts

tr = translator("SlimStadSharing")

CHECKED_MODES = ("copied", "snapshot")
# Providers whose data lives on a server or database: when such a layer does not open at the receiver it needs a
# connection (network, credentials), which is reported apart from broken layers, never as "fine".
REMOTE_PROVIDERS = ("wms", "wfs", "wcs", "postgres", "oracle", "mssql", "hana", "arcgisfeatureserver",
                    "arcgismapserver", "vectortile", "db2")


@dataclass
class LayerCheck:
    """Layers of an opened package that differ from the manifest, and remote layers that could not be reached,
    each as (layer name, reason)."""

    broken: List[Tuple[str, str]] = field(default_factory=list)
    needs_connection: List[Tuple[str, str]] = field(default_factory=list)
    # Remote layers that open: some providers (XYZ tiles) open without contacting their server, so these are
    # links whose server was not proven reachable, never counted as verified data.
    links: List[str] = field(default_factory=list)


def count_features(layer: QgsVectorLayer) -> int:
    """Features ``layer`` really returns (read one by one: a provider's stored count can be stale or forged)."""
    request = QgsFeatureRequest().setNoAttributes().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    return sum(1 for _feature in layer.getFeatures(request))


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


def source_facts(layer: Optional[QgsMapLayer]) -> Optional[Tuple[int, List[str]]]:
    """(feature count, field names) of a vector layer as the sender has it, before it is packed; None when
    unknown (not a vector layer, does not open, or its provider cannot count)."""
    if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or layer.featureCount() < 0:
        return None
    return int(layer.featureCount()), [field.name() for field in layer.fields()]


def copy_problems(entry: LayerEntry, facts: Optional[Tuple[int, List[str]]]) -> List[str]:
    """How the packed copy (as recorded in ``entry``) falls short of the sender's layer (``facts`` from
    :func:`source_facts`): fewer or more features, fields lost. [] when it matches or nothing is known."""
    if facts is None or entry.feature_count < 0:
        return []
    count, names = facts
    found = []
    if entry.feature_count != count:
        found.append(plural(entry.feature_count, tr("{n} feature instead of {expected}"),
                            tr("{n} features instead of {expected}"), expected=count))
    lost = [name for name in names if name not in entry.fields]
    if lost:
        found.append(tr("fields differ (missing: {missing})").format(missing=", ".join(lost)))
    return found


def raster_problems(layer: QgsRasterLayer) -> List[str]:
    """What is wrong with a local GDAL raster that still opens: a part of a VRT mosaic that is missing (GDAL opens a
    mosaic without its tiles and draws holes), or pixels that cannot be read (a damaged file). [] for other
    providers."""
    if layer.providerType() != "gdal":
        return []
    parts = QgsProviderRegistry.instance().decodeUri("gdal", layer.source())
    path = Path(str(parts.get("path") or ""))
    if not path.is_file():
        return []
    is_vrt = path.suffix.lower() == ".vrt" and not parts.get("vsiPrefix")
    missing = [part.name for part in vrt_parts(path) if not part.is_file()] if is_vrt else []
    if missing:
        return [tr("parts of its mosaic are missing: {names}").format(names=", ".join(sorted(missing)))]
    from osgeo import gdal  # lazy: GDAL's Python bindings are only needed to read raster pixels

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.Open("{}{}{}".format(parts.get("vsiPrefix") or "", path, parts.get("vsiSuffix") or ""))
        readable = dataset is not None and all(
            dataset.GetRasterBand(band).ReadRaster(0, row, dataset.RasterXSize, 1) is not None
            for band in range(1, dataset.RasterCount + 1) for row in {0, dataset.RasterYSize - 1})
    finally:
        gdal.PopErrorHandler()
    return [] if readable else [tr("its pixels cannot be read")]


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
        count = count_features(layer) if entry.feature_count >= 0 else -1
        if count != entry.feature_count or layer.featureCount() != entry.feature_count:
            found.append(plural(count if count != entry.feature_count else layer.featureCount(),
                                tr("{n} feature instead of {expected}"), tr("{n} features instead of {expected}"),
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
        found.extend(raster_problems(layer))
    if entry.crs and layer.crs().authid() and entry.crs != layer.crs().authid():
        found.append(tr("CRS {found} instead of {expected}").format(found=layer.crs().authid(), expected=entry.crs))
    if entry.extent and not layer.extent().isNull():
        box = _box(layer.extent())
        if len(entry.extent) == 4 and not _close(box, entry.extent):
            found.append(tr("another extent"))
    return found


def verify_layers(project: object, entries: List[LayerEntry]) -> List[Tuple[str, str]]:
    """(layer name, reason) for every broken layer of an opened package project (see :func:`check_layers`)."""
    check = check_layers(project, entries)
    return sorted(check.broken + check.needs_connection)


def check_layers(project: object, entries: List[LayerEntry]) -> LayerCheck:
    """Open-check every layer of an opened package project.

    Copied and snapshot layers are compared with their manifest entry (features counted one by one); every other
    layer only has to open. A remote layer (a link kept, or a server/database provider) that does not open needs a
    connection; any other layer that does not open is broken. A layer the manifest lists as packed but the project
    lacks is broken too.
    """
    check = LayerCheck()
    by_id = {entry.layer_id: entry for entry in entries}
    layers = project.mapLayers()
    for layer_id, layer in layers.items():
        entry: Optional[LayerEntry] = by_id.get(layer_id)
        if entry is not None and entry.mode in CHECKED_MODES:
            problems = differences(entry, layer)
        elif not layer.isValid() and (entry.mode == "remote" if entry is not None
                                      else layer.providerType() in REMOTE_PROVIDERS):
            check.needs_connection.append((layer.name(), tr("it cannot be reached from here (network, server or "
                                                            "credentials); see what the receiver must configure")))
            continue
        else:
            problems = [] if layer.isValid() else [tr("it cannot be opened")]
            if not problems and (entry.mode == "remote" if entry is not None
                                 else layer.providerType() in REMOTE_PROVIDERS):
                check.links.append(layer.name())
        if problems:
            check.broken.append((layer.name(), "; ".join(problems)))
    for entry in entries:
        if entry.mode in CHECKED_MODES and entry.layer_id not in layers:
            check.broken.append((entry.name, tr("it is not in the project")))
    check.broken.sort()
    check.needs_connection.sort()
    return check
