"""An optional light background under the main map, for orientation (streets, a grey basemap).

The background is a project layer (by name) or a data source: a file path, or a QGIS data source URI of a web
basemap (``type=xyz&url=…`` or a WMS URI). It is drawn pale at the bottom of the main map only (a style override
for project layers, so the project keeps its styles), stays out of the legend and is listed in the sources block,
named as the background. The choice is the request's, else the project's (:func:`set_project_background`), else
the settings'.
"""

from typing import Optional

from qgis.core import (
    QgsFillSymbol,
    QgsHueSaturationFilter,
    QgsLayoutItemMap,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMapLayerStyle,
    QgsMarkerSymbol,
    QgsProject,
    QgsRasterLayer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..base.i18n import translator
from .errors import MapError

tr = translator("SlimStadMaps")

BACKGROUND_PROPERTY = "slimstad/map_background"
PROJECT_SCOPE, PROJECT_KEY = "SlimStad", "map_background"
LIGHT = "205,205,205,255"


def project_background(project: QgsProject) -> Optional[str]:
    """The background the project asks for (layer name or source; '' = none), None when it does not say."""
    value, found = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    return value if found else None


def set_project_background(project: QgsProject, choice: str) -> None:
    """Store the project's map background, so every map of it (dialog, ``export``, the demo) draws the same."""
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, choice)


def background_choice(project: QgsProject, requested: Optional[str], settings_choice: str) -> str:
    """What to draw under the map: the request's choice, else the project's, else the settings' ('' = none)."""
    if requested is not None:
        return requested
    stored = project_background(project)
    return stored if stored is not None else settings_choice


def resolve_background(project: QgsProject, choice: str) -> Optional[QgsMapLayer]:
    """The background layer ``choice`` names (project layer name or id, file path, web URI); None for ''."""
    if not choice:
        return None
    named = project.mapLayersByName(choice) or ([project.mapLayer(choice)] if project.mapLayer(choice) else [])
    if named:
        return named[0]
    for layer in project.mapLayers().values():  # the same source as an earlier export
        if layer.customProperty(BACKGROUND_PROPERTY) == choice:
            return layer
    if "url=" in choice or choice.startswith(("type=xyz", "contextualWMSLegend", "crs=")):
        layer: QgsMapLayer = QgsRasterLayer(choice, tr("Background"), "wms")
    else:
        layer = QgsVectorLayer(choice, tr("Background"), "ogr")
        if not layer.isValid():
            layer = QgsRasterLayer(choice, tr("Background"), "gdal")
    if not layer.isValid():
        raise MapError(tr("The background layer {source} cannot be read.").format(source=choice))
    layer.setCustomProperty(BACKGROUND_PROPERTY, choice)
    project.addMapLayer(layer, False)  # in the project (the saved layout needs it), not in the layer tree
    return layer


def _light_vector_style(layer: QgsVectorLayer) -> str:
    """The layer's style XML with a pale single symbol, without changing the layer itself."""
    kind = layer.geometryType()
    if kind == QgsWkbTypes.GeometryType.LineGeometry:
        # Pale on white and on coloured areas alike: white, half transparent, with the thin grey of a street plan.
        symbol = QgsLineSymbol.createSimple({"color": "255,255,255,130", "width": "0.25"})
    elif kind == QgsWkbTypes.GeometryType.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple({"color": "242,242,242,255", "outline_color": LIGHT,
                                             "outline_width": "0.15"})
    else:
        symbol = QgsMarkerSymbol.createSimple({"color": LIGHT, "size": "1.0", "outline_style": "no"})
    old_renderer = layer.renderer().clone() if layer.renderer() is not None else None
    old_labels = layer.labelsEnabled()
    style = QgsMapLayerStyle()
    layer.blockSignals(True)
    try:
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        layer.setLabelsEnabled(False)
        style.readFromLayer(layer)
    finally:
        if old_renderer is not None:
            layer.setRenderer(old_renderer)
        layer.setLabelsEnabled(old_labels)
        layer.blockSignals(False)
    return style.xmlData()


def make_light(main_map: QgsLayoutItemMap, layer: QgsMapLayer) -> None:
    """Draw ``layer`` pale in ``main_map`` only."""
    if isinstance(layer, QgsVectorLayer):
        overrides = dict(main_map.layerStyleOverrides())
        overrides[layer.id()] = _light_vector_style(layer)
        main_map.setLayerStyleOverrides(overrides)
        main_map.setKeepLayerStyles(True)
    elif isinstance(layer, QgsRasterLayer) and layer.customProperty(BACKGROUND_PROPERTY):
        # Our own layer (made from a source): grey and pale directly.
        hue = layer.hueSaturationFilter() or QgsHueSaturationFilter()
        hue.setGrayscaleMode(QgsHueSaturationFilter.GrayscaleMode.GrayscaleLuminosity)
        layer.renderer().setOpacity(0.45)
