"""Location suggestions and multi-use sites for a challenge's last run (used by the "Opgaven" dock)."""

from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..analysis.location_suggestions import candidate_grid, greedy_coverage
from ..analysis.multi_use import find_multi_use_sites
from ..base.i18n import translator
from ..layers.properties import source_info
from .inputs import resolve_layer
from .model import Challenge, ChallengeError
from .priority import unit_geometries
from .run import RunResult

tr = translator("SlimStadChallengePanel")


@dataclass
class Suggestion:
    """One proposed site with the demand it adds."""

    step: int
    x: float
    y: float
    added_demand: float
    share_covered: float


def _layer_xy(layer: QgsVectorLayer, crs: QgsCoordinateReferenceSystem) -> np.ndarray:
    transform = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    points = []
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        geometry.transform(transform)
        point = geometry.centroid().asPoint()
        points.append((point.x(), point.y()))
    return np.array(points, dtype=float).reshape(-1, 2)


def suggest_locations(challenge: Challenge, result: RunResult, project: QgsProject, count: int, distance: float,
                      spacing: float = 250.0) -> Tuple[List[Suggestion], QgsCoordinateReferenceSystem]:
    """Greedy maximal coverage of the challenge's demand (area-unit centroids) by new sites on a grid."""
    demand_values: Optional[np.ndarray] = None
    for indicator in result.indicators.values():
        if indicator.demand is not None:
            demand_values = np.nan_to_num(indicator.demand, nan=0.0)
            break
    if demand_values is None:
        raise ChallengeError(tr("This challenge has no demand to cover."))
    geoms, crs = unit_geometries(result)
    valid = [i for i, geom in enumerate(geoms) if geom is not None]
    demand_xy = np.array([[geoms[i].centroid.x, geoms[i].centroid.y] for i in valid])
    area = shapely.union_all([geoms[i] for i in valid])
    existing = np.vstack([_layer_xy(resolve_layer(project, role.layer), crs) for role in challenge.supply]) \
        if challenge.supply else None
    candidates = candidate_grid(area, spacing)
    coverage = greedy_coverage(demand_xy, demand_values[valid], candidates, distance, count, existing=existing)
    return [Suggestion(step.step, float(candidates[step.candidate][0]), float(candidates[step.candidate][1]),
                       step.added_demand, step.share_covered) for step in coverage.steps], crs


def suggestions_layer(suggestions: List[Suggestion], crs: QgsCoordinateReferenceSystem,
                      what: str = "") -> QgsVectorLayer:
    """A memory point layer, numbered by step, with a ``label`` a planner reads on the map: "Site 1: +114
    children aged 0-2 within reach" (``what``: the demand's title in the user's language)."""
    layer = QgsVectorLayer("Point?crs={}".format(crs.authid()), tr("Suggested locations"), "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("step", QVariant.Int), QgsField("added_demand", QVariant.Double),
                            QgsField("share_covered", QVariant.Double), QgsField("label", QVariant.String)])
    layer.updateFields()
    what = (what[:1].lower() + what[1:]) if what[:2].istitle() else what  # "Children aged 0-2" mid-sentence
    features = []
    for suggestion in suggestions:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(suggestion.x, suggestion.y)))
        label = (tr("Site {step}: +{count} {what} within reach") if what else
                 tr("Site {step}: +{count} within reach")).format(
            step=suggestion.step, count="{:.0f}".format(suggestion.added_demand), what=what)
        feature.setAttributes([suggestion.step, round(suggestion.added_demand, 1),
                               round(suggestion.share_covered, 4), label])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def multi_use_sites_layer(project: QgsProject, distance: float, crs: QgsCoordinateReferenceSystem,
                          min_sectors: int = 2) -> QgsVectorLayer:
    """Clusters of point facilities from different sectors (sector from catalogue metadata or layer-tree group)."""
    xy_parts, sectors = [], []
    root = project.layerTreeRoot()
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.GeometryType.PointGeometry:
            continue
        node = root.findLayer(layer.id())
        sector = source_info(layer).sector or (node.parent().name() if node and node.parent() else "") or layer.name()
        if sector.lower().startswith("mobiliteit") or sector.lower().startswith("mobility"):
            continue  # stops are not buildings that can be shared
        points = _layer_xy(layer, crs)
        xy_parts.append(points)
        sectors.extend([sector] * len(points))
    if not xy_parts:
        raise ChallengeError(tr("The project has no point layers with facilities."))
    sites = find_multi_use_sites(np.vstack(xy_parts), sectors, distance, min_sectors)
    layer = QgsVectorLayer("Polygon?crs={}".format(crs.authid()), tr("Multi-use sites"), "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("cluster_id", QVariant.Int), QgsField("n_facilities", QVariant.Int),
                            QgsField("n_sectors", QVariant.Int), QgsField("sectors", QVariant.String)])
    layer.updateFields()
    features = []
    for cluster in sites.clusters:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(cluster.hull.wkt))
        feature.setAttributes([cluster.cluster_id, cluster.n_facilities, cluster.n_sectors,
                               ", ".join(cluster.sectors)])
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer
