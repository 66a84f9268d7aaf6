"""Atlas per area unit (a wijk, a sector, any polygon layer): one page per feature, map zoomed to it."""

from dataclasses import dataclass

from qgis.core import QgsExpression, QgsLayoutItemMap, QgsPrintLayout, QgsVectorLayer

from ..base.i18n import translator
from .errors import MapError

tr = translator("SlimStadMaps")


class AtlasError(MapError):
    """The atlas cannot be made (translated message for the user)."""


@dataclass
class AtlasOptions:
    """Coverage layer, the field that names each page, and the expression that names each file."""

    coverage: QgsVectorLayer
    name_field: str = ""
    filename_expression: str = ""
    margin: float = 0.10


def default_name_field(layer: QgsVectorLayer) -> str:
    """A readable naming field: ``*_naam``/``name``/``nom`` first, else the first text field, else ''."""
    names = [f.name() for f in layer.fields()]
    for candidate in names:
        if candidate.lower().endswith(("naam", "name", "nom")):
            return candidate
    for field in layer.fields():
        if field.type() == 10:  # QVariant.String
            return field.name()
    return ""


def filename_expression(stem: str, name_field: str) -> str:
    """``'<stem>_' || <safe page name>``: file names without spaces or slashes."""
    quoted_stem = QgsExpression.quotedString("{}_".format(stem))
    if name_field:
        value = "regexp_replace({}, '[^A-Za-z0-9_-]+', '_')".format(QgsExpression.quotedColumnRef(name_field))
    else:
        value = "lpad(to_string(@atlas_featurenumber), 3, '0')"
    return "{} || {}".format(quoted_stem, value)


def configure_atlas(layout: QgsPrintLayout, main_map: QgsLayoutItemMap, options: AtlasOptions) -> int:
    """Enable the atlas over ``options.coverage`` and drive the main map; returns the page count."""
    coverage = options.coverage
    if coverage is None or not coverage.isValid():
        raise AtlasError(tr("The atlas layer cannot be read."))
    if coverage.geometryType() != 2:  # QgsWkbTypes.PolygonGeometry
        raise AtlasError(tr("The atlas layer {layer} has no areas (polygons).").format(layer=coverage.name()))
    count = coverage.featureCount()
    if count <= 0:
        raise AtlasError(tr("The atlas layer {layer} is empty: there are no pages to print.").format(
            layer=coverage.name()))
    name_field = options.name_field or default_name_field(coverage)
    if name_field and coverage.fields().indexOf(name_field) < 0:
        raise AtlasError(tr("The atlas layer {layer} has no field {field}.").format(
            layer=coverage.name(), field=name_field))
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    if name_field:
        atlas.setPageNameExpression(QgsExpression.quotedColumnRef(name_field))
        atlas.setSortFeatures(True)
        atlas.setSortExpression(QgsExpression.quotedColumnRef(name_field))
    atlas.setFilenameExpression(options.filename_expression or filename_expression(layout.name(), name_field))
    main_map.setAtlasDriven(True)
    main_map.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main_map.setAtlasMargin(options.margin)
    if not atlas.updateFeatures():
        raise AtlasError(tr("The atlas layer {layer} is empty: there are no pages to print.").format(
            layer=coverage.name()))
    return atlas.count()
