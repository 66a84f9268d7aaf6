"""The overview map: the city within its surroundings, with the main map's extent marked.

Surroundings, in order of preference:
1. ``SlimStadSettings.overview_layer``: the city's own municipality or province outlines (e.g. the Flemish
   ``gemeente``/``provincie`` boundaries, a shapefile or GeoPackage path), drawn light with the city on top;
2. otherwise a derived surrounding band: the city's outline (the union of its area units) widened by half its
   size -- not an administrative boundary, but enough to see where the city and the mapped part lie. The sample
   city "Voorbeeldstad" is fictional, so no real outline would be right for it; real cities configure (1).
Derived layers are QGIS virtual layers over the project's area-unit layer: they are saved as a query, so a saved
layout keeps its overview without extra data files. They join the project only when the layout is stored in it
(``keep`` is None); a preview or a map made from the dialog keeps them outside the user's project (``keep``).
"""

from typing import List, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutItemMap,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsVirtualLayerDefinition,
    QgsWkbTypes,
)

from ..base.i18n import translator

tr = translator("SlimStadMaps")

ROLE_PROPERTY = "slimstad/overview_role"   # "city" | "surroundings": layers made for the overview
SOURCE_PROPERTY = "slimstad/overview_of"   # the area-unit layer id they were derived from
BAND_SHARE = 0.5


def _style(layer: QgsVectorLayer, fill: str, outline: str, width: str) -> None:
    symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": outline, "outline_width": width})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def _derived(project: QgsProject, units: QgsVectorLayer, role: str, query: str, name: str,
             keep: Optional[List[QgsMapLayer]]) -> QgsVectorLayer:
    for layer in (project.mapLayers().values() if keep is None else keep):  # reuse what an earlier export derived
        if layer.customProperty(ROLE_PROPERTY) == role and layer.customProperty(SOURCE_PROPERTY) == units.id() \
                and layer.isValid():
            layer.setName(name)
            return layer
    definition = QgsVirtualLayerDefinition()
    # The units' own source, not a reference to the project layer: the virtual-layer provider looks references up
    # in QgsProject.instance() only, and a source travels in a package like any other file.
    definition.addSource("units", units.source(), units.providerType(), "UTF-8")
    definition.setQuery(query)
    definition.setGeometryField("geometry")
    definition.setGeometryWkbType(QgsWkbTypes.Type.MultiPolygon)
    if units.crs().postgisSrid():
        definition.setGeometrySrid(units.crs().postgisSrid())
    layer = QgsVectorLayer(definition.toString(), name, "virtual")
    layer.setCustomProperty(ROLE_PROPERTY, role)
    layer.setCustomProperty(SOURCE_PROPERTY, units.id())
    _own(project, layer, keep)
    return layer


def _own(project: QgsProject, layer: QgsMapLayer, keep: Optional[List[QgsMapLayer]]) -> None:
    """In the project (a stored layout needs it), not in the layer tree; or kept by the caller, outside it."""
    if keep is None:
        project.addMapLayer(layer, False)
    else:
        keep.append(layer)


def _extent_in(layer: QgsMapLayer, crs: QgsCoordinateReferenceSystem, project: QgsProject) -> QgsRectangle:
    extent = layer.extent()
    if layer.crs().isValid() and crs.isValid() and layer.crs() != crs:
        extent = QgsCoordinateTransform(layer.crs(), crs, project.transformContext()).transformBoundingBox(extent)
    return extent


def configured_outlines(path: str) -> Optional[QgsVectorLayer]:
    """The outlines layer named in the settings, or None when unset or unreadable."""
    if not path:
        return None
    layer = QgsVectorLayer(path, tr("Surroundings"), "ogr")
    return layer if layer.isValid() and layer.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry else None


def fill_overview(project: QgsProject, overview: QgsLayoutItemMap, main_map: QgsLayoutItemMap,
                  units: QgsVectorLayer, crs: QgsCoordinateReferenceSystem, outlines_path: str = "",
                  keep: Optional[List[QgsMapLayer]] = None) -> List[str]:
    """Set the overview's layers and extent; returns warnings (e.g. unreadable configured outlines).

    ``keep``: None adds the layers made for the overview to ``project`` (for a layout stored in it); a list
    receives them instead (the caller keeps them alive as long as the layout), leaving the project untouched."""
    warnings: List[str] = []
    size_units = _extent_in(units, crs, project)
    if units.providerType() == "memory":  # a virtual layer cannot reopen it: the units themselves, no band
        overview.setCrs(crs)
        overview.setLayers([units])
        overview.setKeepLayerSet(True)
        zoom_to(overview, size_units.buffered(max(size_units.width(), size_units.height()) * 0.6))
        overview.overview().setLinkedMap(main_map)
        return warnings
    size = max(size_units.width(), size_units.height())
    city = _derived(project, units, "city", "SELECT ST_Union(geometry) AS geometry FROM units", tr("City"),
                    keep)
    _style(city, "255,255,255,255", "60,60,60,255", "0.4")
    layers: Sequence[QgsMapLayer]
    outlines = configured_outlines(outlines_path)
    if outlines_path and outlines is None:
        warnings.append(tr("The overview outlines {path} cannot be read as a polygon layer; a derived "
                           "surrounding band is shown instead.").format(path=outlines_path))
    if outlines is not None:
        outlines.setCustomProperty(ROLE_PROPERTY, "surroundings")
        _style(outlines, "235,235,235,255", "150,150,150,255", "0.2")
        _own(project, outlines, keep)
        layers = [city, outlines]
        grow = size * 0.9
    else:
        band = _derived(project, units, "surroundings",
                        "SELECT ST_Buffer(ST_Union(geometry), {:.0f}) AS geometry FROM units".format(
                            size * BAND_SHARE), tr("Surroundings"), keep)
        _style(band, "238,238,238,255", "170,170,170,255", "0.2")
        layers = [city, band]
        grow = size * (BAND_SHARE + 0.1)
    overview.setCrs(crs)
    overview.setLayers(list(layers))
    overview.setKeepLayerSet(True)
    zoom_to(overview, size_units.buffered(grow))
    overview.overview().setLinkedMap(main_map)
    return warnings


def zoom_to(map_item: QgsLayoutItemMap, extent: QgsRectangle) -> None:
    """Show ``extent`` whole, grown to the item's aspect ratio (setExtent alone would resize the item)."""
    ratio = map_item.rect().width() / max(map_item.rect().height(), 1e-6)
    width, height = extent.width(), extent.height()
    if width / max(height, 1e-9) < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    map_item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                    centre.x() + width / 2, centre.y() + height / 2))
