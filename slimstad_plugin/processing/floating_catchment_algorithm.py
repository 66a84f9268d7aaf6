"""``slimstad:floating_catchment``: 2SFCA / E2SFCA accessibility of supply for demand."""

from typing import Any, Dict, List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QVariant

from ..core.analysis.accessibility import AccessibilityError, floating_catchment
from ..core.base.errors import Canceled
from ..core.base.i18n import translator
from ..core.layers.points import LayerPoints, layer_points, metric_crs
from ..core.pushdown.catchment_glue import run_floating_catchment as database_catchment
from ..core.pushdown.connection import PushdownError
from ..core.pushdown.engine_choice import ENGINES
from .base import SlimStadAlgorithm
from .network_parameters import add_network_parameters, network_options, tied_network

WRITE_BATCH = 2000
tr = translator("SlimStadAccessibility")


class FloatingCatchmentAlgorithm(SlimStadAlgorithm):
    """Thin wrapper over :func:`core.accessibility.floating_catchment` and :mod:`core.layer_points`."""

    NAME = "floating_catchment"
    DISPLAY_NAME = "Accessibility (floating catchment, 2SFCA / E2SFCA)"
    GROUP = "Challenges"
    GROUP_ID = "challenges"
    HELP = ("Two-step floating catchment accessibility: for each facility the ratio of its capacity to the "
            "demand within DISTANCE (inclusive), then for each demand location the sum of the ratios "
            "of the facilities it reaches. Polygons use their centroid, points are used as they are. "
            "METHOD: 2SFCA (every location within the distance counts fully), E2SFCA with a Gaussian weight "
            "exp(-d^2/(2 sigma^2)) (SIGMA defaults to half the distance), or E2SFCA with step weights "
            "1 / 0.68 / 0.22 for the three thirds of the distance. NULL values count as 0. Layers in another "
            "CRS are reprojected; a geographic CRS is replaced by a metric one (Belgian Lambert 72 in Belgium).\n"
            "Without a NETWORK, distances are straight lines. With a line NETWORK, as QGIS's own network "
            "analysis (Shortest path, Service area): each location is tied to the nearest point on the nearest "
            "line (or, with TIE, to the nearest vertex), the line is split there and the straight connector to "
            "it is added to the cost; lines connect only where they share a vertex (TOLERANCE merges vertices "
            "closer than that). Locations farther than MAX_TIE_DISTANCE metres from the network are not "
            "connected: they are listed in the log and get NULL. STRATEGY: distance in metres, or travel time in "
            "minutes (DISTANCE and SIGMA are then minutes) at the speed of SPEED_FIELD in km/h, else DEFAULT_SPEED, "
            "else the travel MODE's speed (walking 4.8, cycling 15, driving 50 km/h); connectors at that default "
            "speed, and without a network the straight line at that speed. One-way streets: with a "
            "DIRECTION_FIELD, lines whose value equals VALUE_FORWARD can only be travelled in their digitising "
            "direction, VALUE_BACKWARD only against it, VALUE_BOTH both ways, other values as DEFAULT_DIRECTION; "
            "the cost is that of the trip from the demand location to the facility. Lengths are measured in the "
            "metric CRS (QGIS measures on the ellipsoid: about 2-3 cm per km apart in Flanders).")

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802 - QGIS API name
        areas_or_points = [QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.SourceType.TypeVectorPolygon]
        self.addParameter(QgsProcessingParameterFeatureSource("DEMAND", tr("Demand (points or areas)"),
                                                              areas_or_points))
        self.addParameter(QgsProcessingParameterField(
            "DEMAND_FIELD", tr("Demand field (for example residents)"), parentLayerParameterName="DEMAND",
            type=QgsProcessingParameterField.DataType.Numeric))
        self.addParameter(QgsProcessingParameterFeatureSource("SUPPLY", tr("Supply (facilities)"),
                                                              areas_or_points))
        self.addParameter(QgsProcessingParameterField(
            "SUPPLY_FIELD", tr("Supply field (for example places)"), parentLayerParameterName="SUPPLY",
            type=QgsProcessingParameterField.DataType.Numeric))
        self.addParameter(QgsProcessingParameterNumber(
            "DISTANCE", tr("Catchment (metres, or minutes for travel time; inclusive)"),
            QgsProcessingParameterNumber.Type.Double, 1000.0))
        self.addParameter(QgsProcessingParameterEnum(
            "METHOD", tr("Method"), [tr("2SFCA"), tr("E2SFCA, Gaussian weight"), tr("E2SFCA, step weights")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "SIGMA", tr("Gaussian sigma (metres or minutes, default half the catchment)"),
            QgsProcessingParameterNumber.Type.Double, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "NETWORK", tr("Street network for network distances"), [QgsProcessing.SourceType.TypeVectorLine],
            optional=True))
        add_network_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Accessibility per demand location")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_SUPPLY", tr("Supply-demand ratio per facility")))
        self.addOutput(QgsProcessingOutputNumber("PAIRS", tr("Demand-facility pairs within the distance")))
        self.addOutput(QgsProcessingOutputNumber("UNCONNECTED_DEMAND", tr("Demand locations not connected to the "
                                                                          "network")))
        self.addOutput(QgsProcessingOutputNumber("UNCONNECTED_SUPPLY", tr("Facilities not connected to the "
                                                                          "network")))
        # Push-down (core/pushdown): auto runs the SQL in PostGIS when both layers are tables of one database.
        self.addParameter(QgsProcessingParameterEnum(
            "ENGINE", tr("Engine"), [tr("Automatic"), tr("Desktop"), tr("Database (PostGIS)")], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "RESULTS_SCHEMA", tr("Also store the results in this database schema (database engine)"),
            optional=True))
        self.addOutput(QgsProcessingOutputString("ENGINE", tr("Engine used")))
        self.addOutput(QgsProcessingOutputString("PROVENANCE", tr("Provenance (JSON)")))
        self.addOutput(QgsProcessingOutputString("RESULTS_TABLE", tr("Results table in the database")))

    def _source(self, parameters: Dict[str, Any], name: str,
                context: QgsProcessingContext) -> Optional[QgsProcessingFeatureSource]:
        # Invalid geometries are repaired (and counted) by layer_points, so Processing must not drop them.
        previous = context.invalidGeometryCheck()
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        try:
            return self.parameterAsSource(parameters, name, context)
        finally:
            context.setInvalidGeometryCheck(previous)

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        demand = self._source(parameters, "DEMAND", context)
        supply = self._source(parameters, "SUPPLY", context)
        network = self._source(parameters, "NETWORK", context)
        if demand is None or supply is None:
            raise QgsProcessingException(tr("Choose a demand layer and a supply layer."))
        distance = self.parameterAsDouble(parameters, "DISTANCE", context)
        sigma = parameters.get("SIGMA")
        sigma = None if sigma is None or sigma == "" else self.parameterAsDouble(parameters, "SIGMA", context)
        method = self.parameterAsEnum(parameters, "METHOD", context)
        demand_field = self.parameterAsString(parameters, "DEMAND_FIELD", context)
        supply_field = self.parameterAsString(parameters, "SUPPLY_FIELD", context)
        if not distance > 0:
            raise QgsProcessingException(tr("The distance must be greater than 0 metres (got {value}).").format(
                value=distance))
        for source, label in ((demand, tr("demand")), (supply, tr("supply"))):
            if source.featureCount() == 0:
                raise QgsProcessingException(tr("The {label} layer has no features.").format(label=label))
        crs = metric_crs(demand.sourceCrs(), demand.sourceExtent(), context.transformContext())
        if crs != demand.sourceCrs():
            feedback.pushInfo(tr("Distances are measured in {crs} (the demand layer's CRS is not in metres).").format(
                crs=crs.authid()))
        canceled = feedback.isCanceled
        options = network_options(self, parameters, context)
        unit = tr("minutes") if options.strategy == "time" else tr("m")
        scale = 1.0  # straight-line travel time: the same catchment in metres at the default speed
        if options.strategy == "time" and network is None:
            scale = options.speed_kmh * 1000.0 / 60.0
            feedback.pushInfo(tr("No network: travel time is the straight-line distance at {speed} km/h.").format(
                speed=options.speed_kmh))
        pushed = self._database(parameters, context, feedback, network is not None, crs, distance * scale,
                                None if sigma is None else sigma * scale)
        if pushed is not None:
            return pushed
        unconnected_demand, unconnected_supply = np.empty(0, np.int64), np.empty(0, np.int64)
        try:
            demand_points = layer_points(demand, demand_field, crs, context.transformContext(), canceled)
            feedback.setProgress(20)
            supply_points = layer_points(supply, supply_field, crs, context.transformContext(), canceled)
            feedback.setProgress(40)
            self._report(demand_points, tr("demand"), feedback)
            self._report(supply_points, tr("supply"), feedback)
            for points, label in ((demand_points, tr("demand")), (supply_points, tr("supply"))):
                if len(points.feature_ids) == 0:
                    raise QgsProcessingException(tr("The {label} layer has no features with a geometry.").format(
                        label=label))
            graph = None
            if network is not None:
                graph = tied_network(options, network, crs, context, feedback, demand_points, supply_points)
                unconnected_demand, unconnected_supply = graph.unconnected_demand, graph.unconnected_supply
            result = floating_catchment(demand_points.xy, demand_points.values, supply_points.xy,
                                        supply_points.values, distance * scale, method,
                                        None if sigma is None else sigma * scale, graph, canceled)
        except Canceled as stopped:
            raise QgsProcessingException(str(stopped)) from None
        except AccessibilityError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(tr("{pairs} demand-facility pairs within {distance} {unit}.").format(
            pairs=result.pairs, distance=distance, unit=unit))
        feedback.setProgress(80)
        access, ratio = result.access, result.ratio
        if len(unconnected_demand) or len(unconnected_supply):  # not connected: unknown, so NULL rather than 0
            access, ratio = access.copy(), ratio.copy()
            access[unconnected_demand] = np.nan
            ratio[unconnected_supply] = np.nan
        output = self._write(parameters, "OUTPUT", "access", demand, demand_points, access, None, context, feedback)
        to_demand = None
        if supply.sourceCrs() != demand.sourceCrs():
            to_demand = QgsCoordinateTransform(supply.sourceCrs(), demand.sourceCrs(), context.transformContext())
        output_supply = self._write(parameters, "OUTPUT_SUPPLY", "ratio", supply, supply_points, ratio, to_demand,
                                    context, feedback, demand.sourceCrs())
        feedback.setProgress(100)
        return {"OUTPUT": output, "OUTPUT_SUPPLY": output_supply, "PAIRS": result.pairs, "ENGINE": "desktop",
                "UNCONNECTED_DEMAND": len(unconnected_demand), "UNCONNECTED_SUPPLY": len(unconnected_supply)}

    def _database(self, parameters: Dict[str, Any], context: QgsProcessingContext, feedback: QgsProcessingFeedback,
                  network_given: bool, crs: Any, distance: float, sigma: Optional[float]) -> Optional[Dict[str, Any]]:
        """The push-down path (core/pushdown) with the catchment in metres; None when the desktop engine runs."""
        try:
            pushed = database_catchment(
                ENGINES[self.parameterAsEnum(parameters, "ENGINE", context)], parameters,
                self.parameterAsVectorLayer(parameters, "DEMAND", context),
                self.parameterAsVectorLayer(parameters, "SUPPLY", context),
                self.parameterAsString(parameters, "DEMAND_FIELD", context),
                self.parameterAsString(parameters, "SUPPLY_FIELD", context),
                distance, self.parameterAsEnum(parameters, "METHOD", context), sigma, network_given, crs,
                self.parameterAsString(parameters, "RESULTS_SCHEMA", context) or "", feedback)
        except (PushdownError, Canceled) as error:
            raise QgsProcessingException(str(error)) from None
        if pushed is None:
            return None
        demand, supply = self._source(parameters, "DEMAND", context), self._source(parameters, "SUPPLY", context)
        feedback.pushInfo(tr("{pairs} demand-facility pairs within {distance} {unit}.").format(
            pairs=pushed.result.pairs, distance=distance, unit=tr("m")))
        empty = np.empty(0)
        output = self._write(parameters, "OUTPUT", "access", demand,
                             LayerPoints(empty, empty, pushed.demand_ids), pushed.access, None, context, feedback)
        to_demand = None
        if supply.sourceCrs() != demand.sourceCrs():
            to_demand = QgsCoordinateTransform(supply.sourceCrs(), demand.sourceCrs(), context.transformContext())
        output_supply = self._write(parameters, "OUTPUT_SUPPLY", "ratio", supply,
                                    LayerPoints(empty, empty, pushed.supply_ids), pushed.ratio, to_demand, context,
                                    feedback, demand.sourceCrs())
        feedback.setProgress(100)
        return {"OUTPUT": output, "OUTPUT_SUPPLY": output_supply, "PAIRS": pushed.result.pairs, "ENGINE": "database",
                "PROVENANCE": pushed.provenance_json(), "RESULTS_TABLE": pushed.result.results_table or ""}

    @staticmethod
    def _report(points: LayerPoints, label: str, feedback: QgsProcessingFeedback) -> None:
        if points.null_values:
            feedback.pushWarning(tr("{count} {label} features have a NULL value; counted as 0.").format(
                count=points.null_values, label=label))
        if points.invalid_values:
            feedback.pushWarning(tr("{count} {label} features have a negative or non-numeric value; counted as 0.")
                                 .format(count=points.invalid_values, label=label))
        if points.repaired_geometries:
            feedback.pushWarning(tr("{count} invalid {label} geometries were repaired.").format(
                count=points.repaired_geometries, label=label))
        skipped = len(points.skipped_ids)
        if skipped:
            feedback.pushWarning(tr("{count} {label} features without a usable geometry were skipped.").format(
                count=skipped, label=label))

    def _write(self, parameters: Dict[str, Any], name: str, field_name: str, source: QgsProcessingFeatureSource,
               points: LayerPoints, values: np.ndarray, transform: Optional[QgsCoordinateTransform],
               context: QgsProcessingContext, feedback: QgsProcessingFeedback,
               crs: Optional[QgsCoordinateReferenceSystem] = None) -> str:
        """Every source feature with one more field; NaN (and features without a value) as NULL."""
        extra = QgsFields()
        extra.append(QgsField(field_name, QVariant.Double))
        fields = QgsProcessingUtils.combineFields(source.fields(), extra)
        if fields.at(fields.count() - 1).name() != field_name:
            feedback.pushWarning(tr("The input already has a field {field}; the result is in {renamed}.").format(
                field=field_name, renamed=fields.at(fields.count() - 1).name()))
        sink, dest_id = self.parameterAsSink(parameters, name, context, fields, source.wkbType(),
                                             source.sourceCrs() if crs is None else crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, name))
        cleaned = [None if value != value else value for value in values.tolist()]
        by_id = dict(zip(points.feature_ids, cleaned))
        last = source.fields().count()
        batch: List[QgsFeature] = []
        # The source's own features are extended in place: no copy of each geometry and attribute list.
        for feature in source.getFeatures(QgsFeatureRequest(),
                                          QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks):
            if feedback.isCanceled():
                break
            if transform is not None and feature.hasGeometry():
                geometry = feature.geometry()
                geometry.transform(transform)
                feature.setGeometry(geometry)
            feature.padAttributes(1)
            feature.setAttribute(last, by_id.get(feature.id()))
            batch.append(feature)
            if len(batch) >= WRITE_BATCH:  # one call per batch: far less per-feature overhead than addFeature
                self._flush(sink, batch, parameters, name)
        self._flush(sink, batch, parameters, name)
        return dest_id

    def _flush(self, sink: QgsFeatureSink, batch: List[QgsFeature], parameters: Dict[str, Any], name: str) -> None:
        if batch and not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
            raise QgsProcessingException(self.writeFeatureError(sink, parameters, name))
        batch.clear()
