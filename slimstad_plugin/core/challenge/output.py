"""Write challenge results into a GeoPackage: one styled layer per indicator, with provenance.

The default style goes into the GeoPackage's ``layer_styles`` table (QGIS loads it when the layer is
opened); provenance goes into the layer metadata (abstract + history) and, for tools that do not read QGIS
metadata, into the ``slimstad_provenance`` table as JSON.
"""

import json
import logging
import math
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsLayerMetadata,
    QgsProviderRegistry,
    QgsRendererRange,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..base.errors import SlimStadError
from ..base.i18n import format_number, translator
from ..base.readers import PROJECT_DATA, ReadError, parse_json
from ..layers.vector_io import make_fields

tr = translator("SlimStadChallenge")

LOGGER = logging.getLogger(__name__)
PROVENANCE_TABLE = "slimstad_provenance"
NULL_SENTINEL = -1e15  # the style maps NULL to this value so "no residents" gets its own legend entry
# Worst to best, readable with red-green colour blindness (ColorBrewer RdYlBu, marked colour-blind safe; red-green
# ramps are not: their ends look alike to 1 in 12 men). Grey hatching for NULL.
GOOD_RAMP = ("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6")
NULL_COLOUR = "#c8c8c8"
# Difference maps: diverging and colour-blind safe (blue/orange, ColorBrewer "Blues"/"Oranges" steps, readable
# with deuteranopia, protanopia and tritanopia); no change is a neutral grey, never a colour of the scale.
BETTER_RAMP = ("#c6dbef", "#6baed6", "#2171b5", "#08306b")  # light (a little better) to dark (much better)
WORSE_RAMP = ("#fdd0a2", "#fd8d3c", "#d94801", "#7f2704")
NEUTRAL_COLOUR = "#e3e3e3"


class OutputError(SlimStadError, RuntimeError):
    """The GeoPackage could not be written; the message is meant for the user."""


def write_layer(path: Path, name: str, fields: Sequence[Tuple[str, str]], geoms: Optional[Sequence[Any]],
                rows: Sequence[Sequence[Any]], crs: QgsCoordinateReferenceSystem, new_file: bool) -> None:
    """One layer (``geoms`` None: a plain table); NaN floats are written as NULL."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile if new_file
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer)
    qgs_fields = make_fields(fields)
    wkb = QgsWkbTypes.Type.MultiPolygon if geoms is not None else QgsWkbTypes.Type.NoGeometry
    writer = QgsVectorFileWriter.create(str(path), qgs_fields, wkb, crs, QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise OutputError(tr("Cannot write {path}: {error}").format(path=path, error=writer.errorMessage()))
    features = []
    for index, row in enumerate(rows):
        feature = QgsFeature(qgs_fields)
        if geoms is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(shapely.multipolygons(shapely.get_parts(geoms[index]))))
            feature.setGeometry(geometry)
        feature.setAttributes([None if isinstance(v, float) and not math.isfinite(v) else v for v in row])
        features.append(feature)
    ok = writer.addFeatures(features)
    message = writer.errorMessage()
    del writer  # flush and close
    if not ok:
        raise OutputError(tr("Cannot write {path}: {error}").format(path=path, error=message))


def nice_breaks(values: np.ndarray, classes: int) -> List[float]:
    """Ascending class edges (upper edge inclusive): quantiles rounded to two significant digits.

    When many units share the minimum (typically 0 places), that minimum gets a class of its own so
    "none at all" never hides among "a few".
    """
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return [0.0, 1.0]
    low, high = float(finite.min()), float(finite.max())
    if math.isclose(low, high):
        return [low, high + (abs(high) * 0.01 or 1.0)]
    classes = max(2, classes)
    edges = [low]
    rest = finite[finite > low]
    if (finite == low).mean() > 1.0 / classes:
        edges.append(low)  # the class [low, low]
        finite, classes = rest, classes - 1
    for q in np.linspace(0, 1, classes + 1)[1:-1]:
        value = float(np.quantile(finite, q))
        digits = 1 - int(math.floor(math.log10(abs(value)))) if value else 0
        rounded = round(value, digits)
        if low < rounded < high and rounded > edges[-1]:
            edges.append(rounded)
    edges.append(high)
    return edges


def _format(value: float) -> str:
    """A legend number in the output's language ("1.234" / "12,5" in Dutch, "1,234" / "12.5" in English)."""
    return format_number(value, 0 if abs(value) >= 100 or float(value).is_integer() else 1)


def _ramp(count: int, reverse: bool) -> List[str]:
    colours = list(GOOD_RAMP[::-1] if reverse else GOOD_RAMP)
    if count >= len(colours):
        return colours + [colours[-1]] * (count - len(colours))
    picks = np.linspace(0, len(colours) - 1, count).round().astype(int)
    return [colours[i] for i in picks]


def class_labels(bounds: Sequence[Tuple[float, float]], unit: str) -> List[str]:
    """Labels of classes whose upper edge is inclusive, that never overlap: "0", "> 0 – 19", "> 19 – 35".

    A value equal to an edge belongs to the lower class (QGIS assigns it to the first range that holds it), so
    every class after the first starts "more than" the previous edge. A class of one value reads as that value.
    """
    labels = []
    previous_high: Optional[float] = None
    for low, high in bounds:
        if low == high:
            span = _format(low)
        elif previous_high is not None and low <= previous_high:
            span = "> {} – {}".format(_format(low), _format(high))
        else:
            span = "{} – {}".format(_format(low), _format(high))
        labels.append("{}{}".format(span, " " + unit if unit else ""))
        previous_high = high
    return labels


def is_null_class(low: float, high: float) -> bool:
    """True for the range :func:`graduated_renderer` gives NULL values."""
    return high <= NULL_SENTINEL / 2 and low >= NULL_SENTINEL * 2


def graduated_renderer(field_name: str, breaks: Sequence[float], unit: str, higher_is_better: bool,
                       null_label: str) -> QgsGraduatedSymbolRenderer:
    """Classes a planner reads without help ("> 5 – 15 places per 100 children"), plus a grey NULL class."""
    renderer = QgsGraduatedSymbolRenderer("coalesce(\"{}\", {})".format(field_name, NULL_SENTINEL))
    null_symbol = QgsFillSymbol.createSimple({"color": NULL_COLOUR, "outline_color": "#808080",
                                              "outline_width": "0.2", "style": "b_diagonal"})
    renderer.addClassRange(QgsRendererRange(NULL_SENTINEL * 2, NULL_SENTINEL / 2, null_symbol, null_label))
    colours = _ramp(len(breaks) - 1, reverse=not higher_is_better)
    bounds = list(zip(breaks[:-1], breaks[1:]))
    for index, ((low, high), label) in enumerate(zip(bounds, class_labels(bounds, unit))):
        symbol = QgsFillSymbol.createSimple({"color": colours[index], "outline_color": "#606060",
                                             "outline_width": "0.2"})
        renderer.addClassRange(QgsRendererRange(low, high, symbol, label))
    return renderer


def difference_tolerance(*arrays: np.ndarray) -> float:
    """Below this absolute difference a unit counts as unchanged: floating-point noise of a recomputation
    (1e-9 relative to the largest magnitude involved), never a planner-visible change."""
    largest = 1.0
    for values in arrays:
        finite = np.abs(np.asarray(values, dtype=float))
        finite = finite[np.isfinite(finite)]
        if finite.size:
            largest = max(largest, float(finite.max()))
    return largest * 1e-9


def _side_edges(magnitudes: np.ndarray, classes: int) -> List[float]:
    """Ascending upper edges of the classes on one side of zero (the last edge is the exact maximum)."""
    if magnitudes.size == 0:
        return []
    low, high = float(magnitudes.min()), float(magnitudes.max())
    edges: List[float] = []
    for q in np.linspace(0, 1, classes + 1)[1:-1]:
        value = float(np.quantile(magnitudes, q))
        digits = 1 - int(math.floor(math.log10(value))) if value > 0 else 0
        rounded = round(value, digits)
        if low <= rounded < high and (not edges or rounded > edges[-1]):
            edges.append(rounded)  # never an edge below the smallest change: no empty classes
    return edges + [high]


def _signed(value: float) -> str:
    return ("+" if value > 0 else "−" if value < 0 else "") + _format(abs(value))


def diverging_renderer(field_name: str, delta: np.ndarray, unit: str, higher_is_better: bool, null_label: str,
                       classes: int = 5, tolerance: float = 0.0) -> QgsGraduatedSymbolRenderer:
    """Style of a difference layer (scenario minus baseline): neutral grey for "no change" (``|delta| <=
    tolerance``), blue classes for better, orange classes for worse, hatched grey for NULL.

    ``higher_is_better`` decides which sign is better; ``classes`` (odd or even) is split over the two sides
    (at least one class each). Class edges are quantiles of each side's magnitudes, rounded to two digits.
    """
    delta = np.asarray(delta, dtype=float)
    tolerance = tolerance or difference_tolerance(delta)
    renderer = QgsGraduatedSymbolRenderer("coalesce(\"{}\", {})".format(field_name, NULL_SENTINEL))
    null_symbol = QgsFillSymbol.createSimple({"color": NULL_COLOUR, "outline_color": "#808080",
                                              "outline_width": "0.2", "style": "b_diagonal"})
    renderer.addClassRange(QgsRendererRange(NULL_SENTINEL * 2, NULL_SENTINEL / 2, null_symbol, null_label))
    finite = delta[np.isfinite(delta)]
    per_side = max(1, (max(classes, 3) - 1) // 2)
    suffix = " " + unit if unit else ""

    def symbol(colour: str) -> QgsFillSymbol:
        return QgsFillSymbol.createSimple({"color": colour, "outline_color": "#707070", "outline_width": "0.2"})

    def add_side(sign: int) -> None:
        magnitudes = np.sort(np.abs(finite[finite * sign > tolerance]))
        edges = _side_edges(magnitudes, per_side)
        if not edges:
            return
        better = (sign > 0) == higher_is_better
        ramp = BETTER_RAMP if better else WORSE_RAMP
        word = tr("better") if better else tr("worse")
        picks = np.linspace(0, len(ramp) - 1, len(edges)).round().astype(int) if len(edges) > 1 else [1]
        ranges = []
        lower, shown_lower = float(np.nextafter(tolerance, np.inf)), float(magnitudes[0])
        for number, upper in enumerate(edges):
            ends = (sign * shown_lower, sign * upper) if sign > 0 else (sign * upper, sign * shown_lower)
            span = (_signed(sign * upper) if math.isclose(shown_lower, upper)
                    else "{} – {}".format(_signed(ends[0]), _signed(ends[1])))
            ranges.append((lower, upper, ramp[int(picks[number])], "{}{} ({})".format(span, suffix, word)))
            lower = shown_lower = upper
        for low_value, upper, colour, label in (reversed(ranges) if sign < 0 else ranges):
            bounds = (-upper, -low_value) if sign < 0 else (low_value, upper)
            renderer.addClassRange(QgsRendererRange(bounds[0], bounds[1], symbol(colour), label))

    add_side(-1)
    renderer.addClassRange(QgsRendererRange(-tolerance, tolerance, symbol(NEUTRAL_COLOUR), tr("no change")))
    add_side(1)
    return renderer


def style_and_describe(path: Path, name: str, renderer: QgsGraduatedSymbolRenderer, title: str, abstract: str,
                       history: List[str], provenance: Dict[str, Any]) -> None:
    """Store ``renderer`` as default style and the provenance as layer metadata."""
    uri = "{}|layername={}".format(path, name)
    layer = QgsVectorLayer(uri, title, "ogr")
    if not layer.isValid():
        raise OutputError(tr("Cannot reopen the result layer {name} in {path}.").format(name=name, path=path))
    layer.setRenderer(renderer)
    metadata = QgsLayerMetadata()
    metadata.setIdentifier("{}/{}".format(provenance.get("challenge_id", ""), name))
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setHistory(history + ["provenance: " + json.dumps(provenance, ensure_ascii=False)])
    metadata.setKeywords({"slimstad": ["challenge", str(provenance.get("challenge_id", ""))]})
    layer.setMetadata(metadata)
    # GeoPackage's layer_styles.styleName is VARCHAR(30) (GDAL warns in the QGIS log); the default style is
    # found by table, not by this name.
    error = layer.saveStyleToDatabase(name[:30], title, True, "")
    if error:
        raise OutputError(tr("Cannot store the style of {name}: {error}").format(name=name, error=error))
    try:  # QGIS >= 3.20 writes the metadata into the GeoPackage itself; the provenance table is the fallback
        QgsProviderRegistry.instance().saveLayerMetadata("ogr", uri, metadata)
    except Exception:  # noqa: BLE001 - provider without metadata support: the table below still has it
        pass
    del layer


def write_provenance_table(path: Path, records: Dict[str, Dict[str, Any]]) -> None:
    """``slimstad_provenance``: one row per result layer with its provenance JSON."""
    rows = [(name, str(record.get("challenge_id", "")), json.dumps(record, ensure_ascii=False, sort_keys=True))
            for name, record in records.items()]
    write_layer(path, PROVENANCE_TABLE, [("layer_name", "str"), ("challenge_id", "str"), ("provenance", "str")],
                None, rows, QgsCoordinateReferenceSystem(), new_file=False)


def read_provenance(path: Path) -> Dict[str, Dict[str, Any]]:
    """Layer name -> provenance, as written by :func:`write_provenance_table`."""
    layer = QgsVectorLayer("{}|layername={}".format(path, PROVENANCE_TABLE), PROVENANCE_TABLE, "ogr")
    if not layer.isValid():
        return {}
    records = {}
    for feature in layer.getFeatures():
        try:
            records[str(feature["layer_name"])] = parse_json(str(feature["provenance"] or ""), "{} ({})".format(
                path, PROVENANCE_TABLE), PROJECT_DATA)
        except ReadError as error:  # a damaged row: report it, keep the others
            LOGGER.warning("%s", error)
    return records
