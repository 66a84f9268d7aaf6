"""Glue between ``slimstad:floating_catchment`` and the push-down: pick the engine, run, map keys to features."""

import json
import logging
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from ..base.i18n import translator
from .connection import PgTable, PushdownError
from .engine_choice import EngineChoice, EngineChoiceError, choose_engine
from .results_writer import ResultsTarget
from .sql_catchment import SqlCatchmentResult, sql_floating_catchment

tr = translator("SlimStadPushdown")
LOG = logging.getLogger(__name__)


@dataclass
class PushedCatchment:
    """A database result mapped onto QGIS feature ids, ready for the algorithm's writer."""

    demand_ids: List[int]
    access: np.ndarray
    supply_ids: List[int]
    ratio: np.ndarray
    result: SqlCatchmentResult
    choice: EngineChoice

    def provenance_json(self) -> str:
        """Provenance (engine, reason, SQL hash, tables; never credentials) as JSON text."""
        return json.dumps(dict(self.result.provenance, **self.choice.provenance()), sort_keys=True)


def whole_layer(value: Any, layer: Optional[QgsVectorLayer]) -> bool:
    """False when the parameter asks for a selection, a limit or a filter (the SQL would read everything)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return not value.selectedFeaturesOnly and value.featureLimit in (-1, None) and not getattr(
            value, "filterExpression", "")
    return layer is not None


def feature_ids(layer: QgsVectorLayer, table: PgTable, keys: np.ndarray) -> List[int]:
    """QGIS feature ids of primary-key values: equal for integer keys, looked up for other key types."""
    if keys.dtype.kind in "iu":
        return keys.tolist()
    index = layer.fields().lookupField(table.key_column)
    by_key = {feature.attribute(index): feature.id() for feature in layer.getFeatures(
        QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index]))}
    return [by_key.get(key, -1) for key in keys.tolist()]


def run_floating_catchment(engine: Any, parameters: Dict[str, Any], demand: Optional[QgsVectorLayer],
                           supply: Optional[QgsVectorLayer], demand_field: str, supply_field: str,
                           distance: float, method: Any, sigma: Optional[float], network_given: bool,
                           target_crs: QgsCoordinateReferenceSystem, results_schema: str,
                           feedback: QgsProcessingFeedback) -> Optional[PushedCatchment]:
    """Run in the database when chosen; ``None`` means "use the desktop engine" (the reason is logged).

    Raises :class:`PushdownError` (translated) when the database run fails or ``database`` was forced
    but is impossible.
    """
    desktop_only = [tr("a street network")] if network_given else []
    layers = {"demand": demand, "supply": supply}
    for role, name in (("demand", "DEMAND"), ("supply", "SUPPLY")):
        if not whole_layer(parameters.get(name), layers[role]):
            desktop_only.append(tr("a selection or filter on the {role} layer").format(role=role))
    try:
        choice = choose_engine(engine, layers, desktop_only)
    except EngineChoiceError as error:
        raise PushdownError(str(error)) from None
    feedback.pushInfo(tr("Engine: {engine} ({reason}).").format(engine=choice.engine, reason=choice.reason))
    LOG.info("floating catchment engine: %s (%s)", choice.engine, choice.reason)
    if choice.engine != "database":
        return None
    target = ResultsTarget(schema=results_schema) if results_schema else None
    progress: Callable[[str, Any], None] = lambda stage, _c: feedback.setProgress(  # noqa: E731
        {"split": 10, "copy": 20, "ratio": 40, "access": 65, "write": 85, "commit": 95}.get(stage, 50))
    result = sql_floating_catchment(choice.tables["demand"], demand_field, choice.tables["supply"], supply_field,
                                    distance, method, sigma, feedback.isCanceled, target, target_crs.postgisSrid(),
                                    progress)
    for warning in result.warnings:
        feedback.pushWarning(warning)
    if result.results_table:
        feedback.pushInfo(tr("Results stored in table {table}.").format(table=result.results_table))
    return PushedCatchment(feature_ids(demand, choice.tables["demand"], result.demand_keys), result.access,
                           feature_ids(supply, choice.tables["supply"], result.supply_keys), result.ratio,
                           result, choice)
