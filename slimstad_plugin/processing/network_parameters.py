"""The network parameters of ``slimstad:floating_catchment``: names and meanings as in QGIS's own network
analysis algorithms (``native:shortestpathpointtopoint``, ``native:serviceareafrompoint``), plus the travel
mode, the tie method and the maximum distance from a location to the network."""

import math
from dataclasses import dataclass
from typing import Any, Dict

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSource,
    QgsProcessingFeedback,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.analysis.network_distance import MODE_SPEEDS_KMH, STRATEGIES, TIES, StreetNetwork, TiedNetwork
from ..core.base.i18n import translator
from ..core.layers.network_lines import DirectionRule, read_network
from ..core.layers.points import LayerPoints

tr = translator("SlimStadAccessibility")
MODES = tuple(MODE_SPEEDS_KMH)  # MODE 0/1/2
DEFAULT_MAX_TIE_DISTANCE = 500.0  # metres


@dataclass
class NetworkOptions:
    """What the user chose; ``speed_kmh`` is DEFAULT_SPEED, or the travel mode's speed when it is empty."""

    strategy: str
    speed_kmh: float
    speed_field: str
    direction: DirectionRule
    tolerance: float
    tie: str
    max_tie_distance: float


def add_network_parameters(algorithm: QgsProcessingAlgorithm) -> None:
    """STRATEGY, MODE, DEFAULT_SPEED, SPEED_FIELD, DIRECTION_FIELD, VALUE_*, DEFAULT_DIRECTION, TOLERANCE, TIE,
    MAX_TIE_DISTANCE (all but STRATEGY and MODE advanced, as in QGIS)."""
    advanced = []
    algorithm.addParameter(QgsProcessingParameterEnum(
        "STRATEGY", tr("Cost"), [tr("Distance (metres)"), tr("Travel time (minutes)")], defaultValue=0))
    algorithm.addParameter(QgsProcessingParameterEnum(
        "MODE", tr("Travel mode (speed for travel time)"),
        [tr("Walking (4.8 km/h)"), tr("Cycling (15 km/h)"), tr("Driving (50 km/h)")], defaultValue=0))
    advanced.append(QgsProcessingParameterNumber(
        "DEFAULT_SPEED", tr("Default speed (km/h; empty: the travel mode's speed)"),
        QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0))
    advanced.append(QgsProcessingParameterField(
        "SPEED_FIELD", tr("Speed field (km/h)"), parentLayerParameterName="NETWORK",
        type=QgsProcessingParameterField.DataType.Numeric, optional=True))
    advanced.append(QgsProcessingParameterField(
        "DIRECTION_FIELD", tr("Direction field"), parentLayerParameterName="NETWORK",
        type=QgsProcessingParameterField.DataType.Any, optional=True))
    advanced.append(QgsProcessingParameterString("VALUE_FORWARD", tr("Value for forward direction"),
                                                 optional=True))
    advanced.append(QgsProcessingParameterString("VALUE_BACKWARD", tr("Value for backward direction"),
                                                 optional=True))
    advanced.append(QgsProcessingParameterString("VALUE_BOTH", tr("Value for both directions"), optional=True))
    advanced.append(QgsProcessingParameterEnum(
        "DEFAULT_DIRECTION", tr("Default direction"),
        [tr("Forward direction"), tr("Backward direction"), tr("Both directions")], defaultValue=2))
    advanced.append(QgsProcessingParameterDistance(
        "TOLERANCE", tr("Topology tolerance"), 0.0, "NETWORK", minValue=0.0))
    advanced.append(QgsProcessingParameterEnum(
        "TIE", tr("Connect locations to"),
        [tr("The nearest point on the nearest line (as QGIS network analysis)"), tr("The nearest network vertex")],
        defaultValue=0))
    advanced.append(QgsProcessingParameterNumber(
        "MAX_TIE_DISTANCE", tr("Maximum distance from a location to the network (metres)"),
        QgsProcessingParameterNumber.Type.Double, DEFAULT_MAX_TIE_DISTANCE, minValue=0.0))
    for parameter in advanced:
        parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        algorithm.addParameter(parameter)


def network_options(algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any],
                    context: QgsProcessingContext) -> NetworkOptions:
    """The parameters above, read and defaulted."""
    def given(name: str) -> bool:
        value = parameters.get(name)
        return value is not None and value != ""

    mode = MODES[algorithm.parameterAsEnum(parameters, "MODE", context)]
    speed = algorithm.parameterAsDouble(parameters, "DEFAULT_SPEED", context) if given("DEFAULT_SPEED") else \
        MODE_SPEEDS_KMH[mode]
    direction = DirectionRule(
        field=algorithm.parameterAsString(parameters, "DIRECTION_FIELD", context) if given("DIRECTION_FIELD") else "",
        forward=algorithm.parameterAsString(parameters, "VALUE_FORWARD", context),
        backward=algorithm.parameterAsString(parameters, "VALUE_BACKWARD", context),
        both=algorithm.parameterAsString(parameters, "VALUE_BOTH", context),
        default=algorithm.parameterAsEnum(parameters, "DEFAULT_DIRECTION", context))
    if not (math.isfinite(speed) and speed > 0):
        raise QgsProcessingException(tr("The speed must be greater than 0 km/h (got {value}).").format(value=speed))
    max_tie = algorithm.parameterAsDouble(parameters, "MAX_TIE_DISTANCE", context) if given("MAX_TIE_DISTANCE") \
        else DEFAULT_MAX_TIE_DISTANCE
    return NetworkOptions(
        strategy=STRATEGIES[algorithm.parameterAsEnum(parameters, "STRATEGY", context)], speed_kmh=speed,
        speed_field=algorithm.parameterAsString(parameters, "SPEED_FIELD", context) if given("SPEED_FIELD") else "",
        direction=direction, tolerance=algorithm.parameterAsDouble(parameters, "TOLERANCE", context),
        tie=TIES[algorithm.parameterAsEnum(parameters, "TIE", context)],
        max_tie_distance=max_tie if math.isfinite(max_tie) else math.inf)


def tied_network(options: NetworkOptions, source: QgsProcessingFeatureSource, crs: QgsCoordinateReferenceSystem,
                 context: QgsProcessingContext, feedback: QgsProcessingFeedback, demand: LayerPoints,
                 supply: LayerPoints) -> TiedNetwork:
    """Read the network, build its graph, tie the demand and supply locations to it and report what happened."""
    read = read_network(source, crs, context.transformContext(), options.direction, options.speed_field,
                        feedback.isCanceled)
    network = StreetNetwork(read.lines, options.strategy, options.speed_kmh, options.tolerance)
    feedback.pushInfo(tr("Street network: {nodes} nodes, {edges} edges, {one_way} one-way lines.").format(
        nodes=len(network.nodes), edges=network.edge_count, one_way=read.one_way))
    if read.skipped or read.transform_failures:
        feedback.pushWarning(tr("{count} network features without a usable line were skipped.").format(
            count=read.skipped + read.transform_failures))
    if read.default_speeds:
        feedback.pushWarning(tr("{count} network features have no usable speed; they use {speed} km/h.").format(
            count=read.default_speeds, speed=options.speed_kmh))
    if options.strategy == "time":
        feedback.pushInfo(tr("Costs are travel times in minutes; connectors to the network at {speed} km/h.")
                          .format(speed=options.speed_kmh))
    tied = network.connect(demand.xy, supply.xy, options.tie, options.max_tie_distance)
    for missing, points, label in ((tied.unconnected_demand, demand, tr("demand")),
                                   (tied.unconnected_supply, supply, tr("supply"))):
        if len(missing):
            ids = ", ".join(str(points.feature_ids[i]) for i in missing[:10]) + (", …" if len(missing) > 10 else "")
            feedback.pushWarning(tr("{count} {label} locations are farther than {max} m from the network and were "
                                    "not connected (NULL in the output): feature ids {ids}.").format(
                count=len(missing), label=label, max=options.max_tie_distance, ids=ids))
    return tied
