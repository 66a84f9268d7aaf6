"""Atlas per area unit (a wijk, a sector, any polygon layer): one page per feature, map zoomed to it.

Page files are named ``<stem>_<number>_<name>``: the number (the page's place in the atlas, zero-padded) makes
every name unique whatever the attribute values are (NULL, repeated, slashes, accents); the cleaned page name
makes it readable.
"""

import re
import unicodedata
from dataclasses import dataclass

from qgis.core import QgsExpression, QgsLayoutItemMap, QgsPrintLayout, QgsVectorLayer

from ..base.i18n import translator
from .errors import MapError

tr = translator("SlimStadMaps")

NAME_HINTS = ("naam", "name", "nom", "descr", "label", "titel", "title")
MAX_NAME_CHARS = 60


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
    """The text field that names the pages best: a name-like field (``*naam``, ``name``, ``nom``, ``descr``…)
    with the most distinct values, else the text field with the most distinct values, else ''.

    Distinct values matter: on statistical sectors ``wijk_naam`` (10 values) must not win over the sector's
    own name (150 values) just because it comes first.
    """
    text_fields = [field for field in layer.fields() if field.type() == 10]  # QVariant.String
    if not text_fields:
        return ""

    def distinct(field_name: str) -> int:
        return len(layer.uniqueValues(layer.fields().indexOf(field_name), 100000))

    named = [f.name() for f in text_fields if any(hint in f.name().lower() for hint in NAME_HINTS)]
    pool = named or [f.name() for f in text_fields]
    return max(pool, key=lambda name: (distinct(name), -pool.index(name)))


def clean_file_part(text: object) -> str:
    """A page name fit for a file name: ASCII letters, digits, ``-`` and ``_`` only; '' for NULL/empty."""
    if text is None or str(text) in ("", "NULL"):
        return ""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9-]+", "_", ascii_text).strip("_-")
    return cleaned[:MAX_NAME_CHARS].rstrip("_-")


def page_file_name(stem: str, number: int, count: int, page_name: object, suffix: str) -> str:
    """``<stem>_<number>_<clean name><suffix>``; the name part is left out when it is empty."""
    width = max(3, len(str(count)))
    name = clean_file_part(page_name)
    base = clean_file_part(stem) or "atlas"
    return "{}_{:0{}d}{}{}".format(base, number, width, "_" + name if name else "", suffix)


def filename_expression(stem: str, name_field: str) -> str:
    """The same names as :func:`page_file_name`, as a QGIS expression (for exports from the layout designer)."""
    quoted_stem = QgsExpression.quotedString("{}_".format(clean_file_part(stem) or "atlas"))
    number = "lpad(to_string(@atlas_featurenumber), 3, '0')"
    if not name_field:
        return "{} || {}".format(quoted_stem, number)
    value = "trim(regexp_replace({}, '[^A-Za-z0-9-]+', '_'))".format(QgsExpression.quotedColumnRef(name_field))
    return "{} || {} || coalesce('_' || nullif({}, ''), '')".format(quoted_stem, number, value)


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
