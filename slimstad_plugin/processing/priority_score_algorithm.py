"""``slimstad:priority_score``: multi-criteria priority map over an area layer (thin wrapper over core.priority)."""

import csv
import html
import math
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ..core.analysis.priority import (
    CLASSIFICATIONS,
    NORMALISATIONS,
    PriorityError,
    PriorityResult,
    parse_directions,
    parse_weights,
    priority_scores,
)
from ..core.base.files import replacing, write_text_atomic
from ..core.base.i18n import translator
from .base import SlimStadAlgorithm

tr = translator("SlimStadAlgorithm")

OUTPUT_FIELDS = ("score", "class", "sens_changes", "missing")


def graduated_renderer(upper_bounds: Sequence[float], lowest: Optional[float] = None,
                       field_name: str = "score") -> QgsGraduatedSymbolRenderer:
    """Light-to-dark red classes on the score (dark = high priority)."""
    ramp = QgsGradientColorRamp(QColor(255, 245, 200), QColor(165, 15, 21))
    ranges: List[QgsRendererRange] = []
    lower = lowest if lowest is not None else (upper_bounds[0] if upper_bounds else 0.0)
    count = len(upper_bounds)
    for index, upper in enumerate(upper_bounds):
        symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PolygonGeometry)
        symbol.setColor(ramp.color(index / max(count - 1, 1)))
        label = "{:.3f} – {:.3f}".format(lower, upper)
        ranges.append(QgsRendererRange(lower, upper, symbol, label))
        lower = upper
    renderer = QgsGraduatedSymbolRenderer(field_name, ranges)
    renderer.setSourceColorRamp(ramp)
    return renderer


class _GraduatedStyler(QgsProcessingLayerPostProcessorInterface):
    """Applies the graduated renderer when Processing loads the result into the project."""

    def __init__(self, upper_bounds: List[float], lowest: float) -> None:
        super().__init__()
        self.upper_bounds = upper_bounds
        self.lowest = lowest

    def postProcessLayer(self, layer: QgsMapLayer, context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> None:
        if isinstance(layer, QgsVectorLayer) and self.upper_bounds:
            layer.setRenderer(graduated_renderer(self.upper_bounds, self.lowest))
            layer.triggerRepaint()


def write_report(path: Path, result: PriorityResult, names: Sequence[str], directions: Sequence[bool]) -> None:
    """Sensitivity table as CSV (one row per weight move) or HTML (weights, classes, moves, warnings)."""
    rows = [(move.indicator, "{:+.0%}".format(move.delta), ";".join("{:.4f}".format(w) for w in move.weights),
             move.units_changed) for move in result.moves]
    if path.suffix.lower() == ".csv":
        with replacing(path) as temporary, temporary.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["indicator", "delta", "weights", "units_changed"])
            writer.writerows(rows)
        return
    cells = "".join("<tr><td>{}</td><td>{}</td><td>{:.4f}</td></tr>".format(
        html.escape(name), tr("higher is worse") if worse else tr("higher is better"), weight)
        for name, worse, weight in zip(names, directions, result.weights))
    moves = "".join("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
        html.escape(a), b, c, d) for a, b, c, d in rows)
    bounds = ", ".join("{:.4f}".format(b) for b in result.upper_bounds)
    notes = "".join("<li>{}</li>".format(html.escape(text)) for text in result.warnings)
    write_text_atomic(path,
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<h1>{title}</h1><table border='1'><tr><th>{ind}</th><th>{dir}</th><th>{w}</th></tr>{cells}</table>"
        "<p>{cb}: {bounds}</p><h2>{sens}</h2><table border='1'><tr><th>{ind}</th><th>{delta}</th><th>{w}</th>"
        "<th>{changed}</th></tr>{moves}</table><ul>{notes}</ul></body></html>".format(
            title=html.escape(tr("Priority map")), ind=html.escape(tr("Indicator")),
            dir=html.escape(tr("Direction")), w=html.escape(tr("Weights")), cells=cells,
            cb=html.escape(tr("Class upper bounds")), bounds=bounds, sens=html.escape(tr("Sensitivity")),
            delta=html.escape(tr("Weight change")), changed=html.escape(tr("Units changing class")),
            moves=moves, notes=notes))


class PriorityScoreAlgorithm(SlimStadAlgorithm):
    """Reads the indicator columns, calls :func:`core.priority.priority_scores`, writes score and class."""

    NAME = "priority_score"
    DISPLAY_NAME = "Priority map (multi-criteria score)"
    GROUP = "Challenges"
    GROUP_ID = "challenges"
    HELP = ("Combines numeric indicators of area units into one priority score. Each indicator is normalised "
            "(min-max, z-score or rank), oriented by its direction ('worse' or '+': higher values raise the "
            "priority; 'better' or '-': they lower it) and weighted (weights must sum to 1 unless "
            "'Normalise weights' is ticked). Scores are classified with QGIS's quantile or natural breaks "
            "(Jenks) method. Sensitivity: every weight is moved by plus and minus the step (10 % by default, "
            "the others renormalised) and sens_changes counts the moves that change a unit's class. A unit with "
            "a NULL indicator gets a NULL score and class, and 'missing' lists the indicators it lacks.")
    _stylers: List[_GraduatedStyler] = []  # Processing keeps only a raw pointer: keep them alive here

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Area units"), [QgsProcessing.SourceType.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(
            "FIELDS", tr("Indicators"), None, "INPUT", QgsProcessingParameterField.DataType.Numeric,
            allowMultiple=True))
        self.addParameter(QgsProcessingParameterString(
            "DIRECTIONS", tr("Directions, comma-separated (worse/+ or better/-; empty: all worse)"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "WEIGHTS", tr("Weights, comma-separated (empty: equal weights)"), "", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "NORMALISE_WEIGHTS", tr("Normalise weights that do not sum to 1"), False))
        self.addParameter(QgsProcessingParameterEnum(
            "NORMALISATION", tr("Normalisation"), [tr("Min-max"), tr("Z-score"), tr("Rank")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "CLASSIFICATION", tr("Classification"), [tr("Quantiles"), tr("Natural breaks (Jenks)")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "CLASSES", tr("Number of classes"), QgsProcessingParameterNumber.Type.Integer, 5, minValue=2,
            maxValue=20))
        self.addParameter(QgsProcessingParameterNumber(
            "SENSITIVITY_STEP", tr("Sensitivity step (relative weight change)"),
            QgsProcessingParameterNumber.Type.Double, 0.10, minValue=0.01, maxValue=0.9))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Priority map")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_REPORT", tr("Sensitivity report"), tr("HTML (*.html);;CSV (*.csv)"), optional=True,
            createByDefault=False))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(tr("The area layer could not be opened"))
        names = self.parameterAsFields(parameters, "FIELDS", context)
        if not names:
            raise QgsProcessingException(tr("Choose at least one indicator"))
        fields = source.fields()
        for name in names:
            index = fields.lookupField(name)
            if index < 0:
                raise QgsProcessingException(tr("Field '{f}' does not exist in the area layer").format(f=name))
            if not fields.at(index).isNumeric():
                raise QgsProcessingException(tr("Field '{f}' is not numeric").format(f=name))
        features = list(source.getFeatures())
        values = np.array([[_number(feature[name]) for name in names] for feature in features], dtype=float)
        values = values.reshape(len(features), len(names))
        try:
            directions = parse_directions(self._list_text(parameters, "DIRECTIONS", context), len(names))
            weights = parse_weights(self._list_text(parameters, "WEIGHTS", context), len(names),
                                    self.parameterAsBool(parameters, "NORMALISE_WEIGHTS", context))
            result = priority_scores(
                values, names, weights, directions,
                NORMALISATIONS[self.parameterAsEnum(parameters, "NORMALISATION", context)],
                CLASSIFICATIONS[self.parameterAsEnum(parameters, "CLASSIFICATION", context)],
                self.parameterAsInt(parameters, "CLASSES", context),
                self.parameterAsDouble(parameters, "SENSITIVITY_STEP", context),
                feedback=lambda progress: (feedback.setProgress(progress * 0.9), not feedback.isCanceled())[1])
        except PriorityError as error:
            raise QgsProcessingException(str(error)) from error
        for text in result.warnings:
            feedback.pushWarning(text)
        for move in result.moves:
            feedback.pushInfo(tr("{f} {d}: {n} units change class").format(
                f=move.indicator, d="{:+.0%}".format(move.delta), n=move.units_changed))
        out_fields = QgsFields()
        for field in fields:
            if field.name() not in OUTPUT_FIELDS:  # our results replace same-named input columns
                out_fields.append(field)
        keep = [fields.lookupField(field.name()) for field in out_fields]
        for name, kind in (("score", QVariant.Double), ("class", QVariant.Int), ("sens_changes", QVariant.Int),
                           ("missing", QVariant.String)):
            out_fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, out_fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for i, feature in enumerate(features):
            score = float(result.score[i])
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            attributes = feature.attributes()
            out.setAttributes([attributes[k] for k in keep] + [
                None if math.isnan(score) else score, int(result.classes[i]) or None,
                int(result.sens_changes[i]), ",".join(result.missing[i]) or None])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        report = self.parameterAsFileOutput(parameters, "OUTPUT_REPORT", context)
        if report:
            write_report(Path(report), result, names, directions)
        if context.willLoadLayerOnCompletion(dest_id):
            valid = result.score[~np.isnan(result.score)]
            styler = _GraduatedStyler(list(result.upper_bounds), float(valid.min()) if valid.size else 0.0)
            type(self)._stylers.append(styler)
            context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(styler)
        feedback.setProgress(100)
        return {"OUTPUT": dest_id, "OUTPUT_REPORT": report or None,
                "SENSITIVE_UNITS": int((result.sens_changes > 0).sum())}

    def _list_text(self, parameters: Dict[str, Any], name: str, context: QgsProcessingContext) -> str:
        """A comma-separated string parameter that Python callers may also pass as a list (or matrix row)."""
        raw = parameters.get(name)
        if isinstance(raw, (list, tuple)):
            return ",".join(str(value) for value in raw)
        return self.parameterAsString(parameters, name, context)


def _number(value: Any) -> float:
    """QGIS attribute -> float, NULL (and anything non-numeric) -> NaN."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan
