"""Coordinates that do not fit the declared CRS, found before any analysis.

The classic Flemish mistake: a layer declares EPSG:4326 (degrees) but holds Lambert 72 metres (150000, 180000), or
declares EPSG:31370 but holds longitude/latitude (4.4, 51.0). QGIS draws both without complaint — somewhere in the
ocean, or 16 km from Lambert's origin — and every distance computed from them is nonsense.

:func:`extent_problem` compares a layer's extent with the area of use of its CRS (``QgsCoordinateReferenceSystem
.bounds()``, from the EPSG database) and names the CRS the coordinates probably are in. Challenge runs
(challenge_inputs.resolve_layer), every Processing algorithm (processing/base.py) and the catalogue quality
check call :func:`layer_crs_problem`.
"""

from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from ..base.i18n import translator

tr = translator("SlimStadCrs")

# CRSs Flemish data usually is in, in the order they are suggested.
CANDIDATES = ("EPSG:31370", "EPSG:3812", "EPSG:4326", "EPSG:25831", "EPSG:32631", "EPSG:3857")
# Data may reach somewhat beyond a CRS's area of use (a neighbouring municipality); this much is tolerated.
MARGIN = 0.5


def _area_of_use(crs: QgsCoordinateReferenceSystem) -> Optional[QgsRectangle]:
    """The CRS's area of use in its own coordinates (None when unknown)."""
    bounds = crs.bounds()
    if bounds.isEmpty() or bounds.isNull():
        return None
    if crs.isGeographic():
        return QgsRectangle(-180.0, -90.0, 180.0, 90.0)
    try:
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())
        return transform.transformBoundingBox(bounds)
    except QgsCsException:
        return None


def _grown(rect: QgsRectangle, factor: float) -> QgsRectangle:
    dx, dy = rect.width() * factor, rect.height() * factor
    return QgsRectangle(rect.xMinimum() - dx, rect.yMinimum() - dy, rect.xMaximum() + dx, rect.yMaximum() + dy)


def _contains(area: QgsRectangle, extent: QgsRectangle) -> bool:
    return (area.xMinimum() <= extent.xMinimum() and extent.xMaximum() <= area.xMaximum()
            and area.yMinimum() <= extent.yMinimum() and extent.yMaximum() <= area.yMaximum())


def fits(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, margin: float = MARGIN) -> bool:
    """True when ``extent`` (in ``crs`` coordinates) lies within the CRS's area of use, grown by ``margin``."""
    area = _area_of_use(crs)
    if area is None:
        return True
    if crs.isGeographic():
        return _contains(QgsRectangle(-180.000001, -90.000001, 180.000001, 90.000001), extent)
    if not _contains(_grown(area, margin), extent):
        return False
    # Longitude/latitude of the very region the CRS is made for (4.4, 51.0 in a Lambert 72 layer); small numbers
    # elsewhere (a test grid near the origin) cannot be told apart from metres and pass.
    looks_like_degrees = (_contains(QgsRectangle(-180, -90, 180, 90), extent) and crs.bounds().intersects(extent)
                          and not area.intersects(extent))
    return not looks_like_degrees


def likely_crs(extent: QgsRectangle, declared: QgsCoordinateReferenceSystem) -> List[str]:
    """Candidate CRSs (auth ids) whose area of use holds ``extent`` strictly, the declared one excluded."""
    found = []
    for authid in CANDIDATES:
        crs = QgsCoordinateReferenceSystem(authid)
        if crs == declared or not crs.isValid():
            continue
        area = _area_of_use(crs)
        if area is not None and _contains(area, extent):
            found.append(authid)
    return found


def extent_problem(crs: QgsCoordinateReferenceSystem, extent: QgsRectangle, name: str,
                   point: bool = False) -> Optional[str]:
    """A translated message when ``extent`` cannot be in ``crs`` (None when it fits or cannot be judged).

    ``name`` is a layer name, or with ``point`` a description of one point (a scenario's new facility)."""
    if not crs.isValid() or extent is None or extent.isNull() or not all(
            value == value for value in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())):
        return None
    if fits(crs, extent):
        return None
    candidates = likely_crs(extent, crs)
    shown = "{:.6g}, {:.6g} – {:.6g}, {:.6g}".format(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                                     extent.yMaximum())
    if point:
        likely = tr("; they look like {crs}").format(crs=candidates[0]) if candidates else ""
        return tr("The coordinates of {name} ({extent}) are not coordinates of {crs}, the CRS of the area "
                  "units{likely}.").format(name=name, extent=shown, crs=crs.authid(), likely=likely)
    if candidates:
        return tr("Layer {layer} declares {crs}, but its coordinates ({extent}) do not fit it; they look like "
                  "{likely}. Set the layer's CRS to the one the data is in (Layer Properties > Source) before "
                  "analysing it.").format(layer=name, crs=crs.authid(), extent=shown, likely=candidates[0])
    return tr("Layer {layer} declares {crs}, but its coordinates ({extent}) lie outside the area that CRS is made "
              "for. Check the layer's CRS before analysing it.").format(layer=name, crs=crs.authid(), extent=shown)


def layer_crs_problem(layer: QgsMapLayer) -> Optional[str]:
    """:func:`extent_problem` for a layer (None for tables, empty or invalid layers)."""
    if layer is None or not layer.isValid():
        return None
    if isinstance(layer, QgsVectorLayer) and (not layer.isSpatial() or layer.featureCount() == 0):
        return None
    return extent_problem(layer.crs(), layer.extent(), layer.name())
