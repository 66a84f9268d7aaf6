"""The challenge's priority map: a weighted composite of its indicators, written next to the run's results."""

from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np
import shapely

from ..analysis.priority import PriorityResult, priority_scores
from ..base.files import GeoPackageWrite
from ..base.i18n import pick_language_text, translator
from .model import Challenge
from .output import graduated_renderer, style_and_describe, write_layer
from .results import AREA_ID, PRIORITY_FIELDS, PRIORITY_LAYER, open_layer
from .run import RunResult

tr = translator("SlimStadChallengePanel")


def default_weights(challenge: Challenge) -> Dict[str, float]:
    """Equal weights over the challenge's indicators."""
    count = max(1, len(challenge.indicators))
    return {spec.id: 1.0 / count for spec in challenge.indicators}


def compute_priority(challenge: Challenge, result: RunResult, weights: Dict[str, float],
                     normalisation: str = "minmax") -> PriorityResult:
    """Priority per area unit: an indicator where higher is better gives priority to low values."""
    specs = [spec for spec in challenge.indicators if spec.id in result.indicators]
    values = np.column_stack([result.indicators[spec.id].values for spec in specs])
    return priority_scores(values, [spec.id for spec in specs], [weights.get(spec.id, 0.0) for spec in specs],
                           higher_is_worse=[not spec.higher_is_better for spec in specs],
                           normalisation=normalisation, classification="quantile",
                           class_count=max(2, challenge.output.classes))


def unit_geometries(result: RunResult) -> Tuple[list, object]:
    """Area-unit geometries (in result order) and CRS, read back from the run's first indicator layer."""
    layer = open_layer(result.output, result.layers[0], "units")
    by_id = {}
    for feature in layer.getFeatures():
        by_id[feature[AREA_ID]] = shapely.from_wkb(bytes(feature.geometry().asWkb()))
    return [by_id.get(uid) for uid in result.unit_ids], layer.crs()


def write_priority_layer(challenge: Challenge, result: RunResult, priority: PriorityResult,
                         language: Optional[str] = None) -> str:
    """Add the ``prioriteit`` layer (styled, 1 = lowest priority) to the results GeoPackage; return its name.

    ``language``: of the layer title (default: the challenge's output language)."""
    geoms, crs = unit_geometries(result)
    rows: List[list] = []
    for index, uid in enumerate(result.unit_ids):
        rows.append([uid, result.unit_names[index], float(priority.score[index]), int(priority.classes[index]),
                     int(priority.sens_changes[index])])
    bounds = [float(np.nanmin(priority.score))] + [float(b) for b in priority.upper_bounds] \
        if np.isfinite(priority.score).any() else [0.0, 1.0]
    language = language or challenge.output.language
    title = tr("Priority: {title}").format(title=pick_language_text(challenge.title, language))
    weights = ", ".join("{} {:.2f}".format(spec.id, w) for spec, w in zip(challenge.indicators, priority.weights))
    # Built in a staging GeoPackage and put into the results file in place (core/base/files.py): an earlier
    # priority layer and its style are replaced, every other layer stays.
    with GeoPackageWrite(Path(result.output)) as write:
        write_layer(write.staging, PRIORITY_LAYER, PRIORITY_FIELDS, geoms, rows, crs, new_file=True)
        style_and_describe(write.staging, PRIORITY_LAYER,
                           graduated_renderer("score", bounds, tr("priority score"), False, tr("no value")),
                           title,
                           tr("Weighted priority of the challenge's indicators ({weights}).").format(weights=weights),
                           [], {"challenge_id": challenge.id, "weights": weights})
        write.commit([PRIORITY_LAYER])
    return PRIORITY_LAYER
