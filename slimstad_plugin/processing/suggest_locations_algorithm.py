"""``slimstad:suggest_locations``: greedy maximal coverage (thin wrapper over core.location_suggestions)."""

from typing import Any, Dict, List, Optional, Tuple

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureSink,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.analysis.location_suggestions import LocationError, candidate_grid, greedy_coverage
from ..core.base.i18n import translator
from ..core.layers.points import metric_crs
from .base import SlimStadAlgorithm

tr = translator("SlimStadAlgorithm")


def read_points(source: QgsFeatureSource, crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext,
                value_field: str = "") -> Tuple[np.ndarray, List[QgsFeature], np.ndarray]:
    """(x, y) of every feature in ``crs`` (polygon/line centroids), the features, and ``value_field`` values.

    Features without geometry are skipped; a NULL value counts as 0.
    """
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    xy: List[Tuple[float, float]] = []
    kept: List[QgsFeature] = []
    values: List[float] = []
    for feature in source.getFeatures():
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry = QgsGeometry(geometry)
        try:
            geometry.transform(transform)
        except QgsCsException:
            continue  # outside the target CRS's area of use
        single_point = geometry.type() == QgsWkbTypes.GeometryType.PointGeometry and not geometry.isMultipart()
        point = geometry.vertexAt(0) if single_point else geometry.centroid().asPoint()
        xy.append((point.x(), point.y()))
        kept.append(feature)
        if value_field:
            raw = feature[value_field]
            values.append(float(raw) if raw is not None and not (hasattr(raw, "isNull") and raw.isNull()) else 0.0)
        else:
            values.append(1.0)
    return np.array(xy, dtype=float).reshape(-1, 2), kept, np.array(values, dtype=float)


def union_area(source: QgsFeatureSource, crs: QgsCoordinateReferenceSystem,
               context: QgsProcessingContext) -> Optional[shapely.Geometry]:
    """Union of a polygon source's features as one shapely geometry in ``crs``."""
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    parts = []
    for feature in source.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        try:
            geometry.transform(transform)
        except QgsCsException:
            continue
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        parts.append(shapely.from_wkb(bytes(geometry.asWkb())))
    return shapely.union_all(parts) if parts else None


class SuggestLocationsAlgorithm(SlimStadAlgorithm):
    """Demand and candidates in, chosen sites (in greedy order) out."""

    NAME = "suggest_locations"
    DISPLAY_NAME = "Suggest new facility locations (maximal coverage)"
    GROUP = "Challenges"
    GROUP_ID = "challenges"
    HELP = ("Proposes N new facility locations that together reach the most demand within a distance "
            "(straight line). Demand: points or polygon centroids with an optional value field (e.g. children "
            "0-2; empty = 1 per feature). Candidates: a point layer, or a square grid with the given spacing "
            "inside the study area. Existing facilities cover demand first. Each step adds the candidate that "
            "covers the most still-uncovered demand; the output lists step, added_demand, cumulative_demand "
            "and share_covered. Distances are in metres: a geographic demand layer is handled in Lambert 72 "
            "(EPSG:31370) or its UTM zone.")

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFeatureSource(
            "DEMAND", tr("Demand (points or areas)"), [QgsProcessing.SourceType.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_FIELD", tr("Demand value field (empty: 1 per feature)"), None, "DEMAND",
            QgsProcessingParameterField.DataType.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "CANDIDATES", tr("Candidate locations"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "STUDY_AREA", tr("Study area for a candidate grid"), [QgsProcessing.SourceType.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterDistance(
            "GRID_SPACING", tr("Grid spacing"), 250.0, "DEMAND", minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "EXISTING", tr("Existing facilities"), [QgsProcessing.SourceType.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterDistance("DISTANCE", tr("Coverage distance"), 500.0, "DEMAND"))
        self.addParameter(QgsProcessingParameterNumber(
            "COUNT", tr("Number of new locations"), QgsProcessingParameterNumber.Type.Integer, 5, minValue=1))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Suggested locations"), QgsProcessing.SourceType.TypeVectorPoint))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        demand_source = self.parameterAsSource(parameters, "DEMAND", context)
        if demand_source is None:
            raise QgsProcessingException(tr("The demand layer could not be opened"))
        # Distances need metres: a geographic layer is handled in Lambert 72 (Belgium) or its UTM zone.
        crs = metric_crs(demand_source.sourceCrs(), demand_source.sourceExtent(), context.transformContext())
        field = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        if field and demand_source.fields().lookupField(field) < 0:
            raise QgsProcessingException(tr("Field '{f}' does not exist in the demand layer").format(f=field))
        if field and not demand_source.fields().field(field).isNumeric():
            raise QgsProcessingException(tr("Field '{f}' is not numeric").format(f=field))
        demand_xy, _, values = read_points(demand_source, crs, context, field)
        candidates_source = self.parameterAsSource(parameters, "CANDIDATES", context)
        area_source = self.parameterAsSource(parameters, "STUDY_AREA", context)
        existing_source = self.parameterAsSource(parameters, "EXISTING", context)
        try:
            if candidates_source is not None:
                candidate_xy, candidate_features, _ = read_points(candidates_source, crs, context)
                candidate_ids = [feature.id() for feature in candidate_features]
            elif area_source is not None:
                candidate_xy = candidate_grid(union_area(area_source, crs, context),
                                              self.parameterAsDouble(parameters, "GRID_SPACING", context))
                candidate_ids = list(range(1, len(candidate_xy) + 1))
                feedback.pushInfo(tr("{n} grid candidates").format(n=len(candidate_xy)))
            else:
                raise LocationError(tr("Give candidate locations or a study area for a candidate grid"))
            existing_xy = read_points(existing_source, crs, context)[0] if existing_source is not None else None
            result = greedy_coverage(
                demand_xy, values, candidate_xy, self.parameterAsDouble(parameters, "DISTANCE", context),
                self.parameterAsInt(parameters, "COUNT", context), existing_xy,
                feedback=lambda progress: (feedback.setProgress(progress), not feedback.isCanceled())[1])
        except LocationError as error:
            raise QgsProcessingException(str(error)) from error
        for text in result.warnings:
            feedback.pushWarning(text)
        feedback.pushInfo(tr("Total demand {t:.1f}; covered by existing facilities {e:.1f}")
                          .format(t=result.total_demand, e=result.existing_demand))
        fields = QgsFields()
        for name, kind in (("step", QVariant.Int), ("candidate_id", QVariant.LongLong),
                           ("added_demand", QVariant.Double), ("cumulative_demand", QVariant.Double),
                           ("share_covered", QVariant.Double)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for step in result.steps:
            feature = QgsFeature(fields)
            x, y = candidate_xy[step.candidate]
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            feature.setAttributes([step.step, int(candidate_ids[step.candidate]), step.added_demand,
                                   step.cumulative_demand, step.share_covered])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.setProgress(100)
        return {"OUTPUT": dest_id, "TOTAL_DEMAND": result.total_demand, "EXISTING_DEMAND": result.existing_demand}
