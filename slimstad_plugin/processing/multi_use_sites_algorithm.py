"""``slimstad:multi_use_sites``: clusters of facilities from different sectors (wrapper over core.multi_use)."""

from pathlib import Path
from typing import Any, Dict, List, Optional

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterDistance,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProviderRegistry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core.analysis.multi_use import MultiUseError, find_multi_use_sites, parse_sector_mapping
from ..core.base.i18n import translator
from ..core.layers.points import metric_crs
from ..core.layers.properties import source_info
from .base import SlimStadAlgorithm
from .suggest_locations_algorithm import read_points

tr = translator("SlimStadAlgorithm")


def layer_label(layer: QgsMapLayer) -> str:
    """The layer's name, or its GeoPackage/OGR table name when the name is just the file's (``a.gpkg|layername=b``)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    table = str(parts.get("layerName") or "")
    if table and layer.name() == Path(str(parts.get("path") or "")).stem:
        return table
    return layer.name()


def layer_sector(layer: QgsMapLayer, mapping: Dict[str, str]) -> str:
    """Sector of a layer: the explicit mapping (by layer label), then ``slimstad/sector``, then the label."""
    label = layer_label(layer)
    return mapping.get(label) or mapping.get(layer.name()) or source_info(layer).sector or label


class MultiUseSitesAlgorithm(SlimStadAlgorithm):
    """Point layers (one sector each) in, candidate shared-use sites out."""

    NAME = "multi_use_sites"
    DISPLAY_NAME = "Multi-use sites (facilities of several sectors close together)"
    GROUP = "Challenges"
    GROUP_ID = "challenges"
    HELP = ("Finds clusters of facilities within the given distance of each other (single linkage: chains "
            "count) that combine facilities of different sectors: candidate sites for shared use of buildings. "
            "A layer's sector comes from the mapping (layer=sector; ...), else from the layer's SlimStad sector "
            "property, else from its name. The score is the number of distinct sectors; only clusters with at "
            "least the minimum number of sectors are written, as polygons (convex hull buffered by half the "
            "distance) or centroid points.")

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "LAYERS", tr("Facility layers (one sector each)"), QgsProcessing.SourceType.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterString(
            "SECTOR_MAPPING", tr("Sector per layer (layer=sector; ...), optional"), "", optional=True))
        self.addParameter(QgsProcessingParameterDistance("DISTANCE", tr("Distance"), 150.0, None))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_SECTORS", tr("Minimum number of sectors"), QgsProcessingParameterNumber.Type.Integer, 2,
            minValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            "GEOMETRY", tr("Output geometry"), [tr("Cluster polygon"), tr("Centroid point")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Multi-use sites")))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        layers = [layer for layer in self.parameterAsLayerList(parameters, "LAYERS", context)
                  if isinstance(layer, QgsVectorLayer)]
        if not layers:
            raise QgsProcessingException(tr("Choose at least one facility layer"))
        # Distances need metres: geographic layers are handled in Lambert 72 (Belgium) or their UTM zone.
        crs = metric_crs(layers[0].crs(), layers[0].extent(), context.transformContext())
        try:
            mapping = parse_sector_mapping(self.parameterAsString(parameters, "SECTOR_MAPPING", context))
            unknown = sorted(set(mapping) - {layer.name() for layer in layers} - {layer_label(x) for x in layers})
            if unknown:
                raise MultiUseError(tr("The sector mapping names unknown layers: {names}")
                                    .format(names=", ".join(unknown)))
            parts: List[np.ndarray] = []
            sectors: List[str] = []
            for layer in layers:
                xy = read_points(layer, crs, context)[0]
                sector = layer_sector(layer, mapping)
                feedback.pushInfo(tr("{layer}: {n} facilities, sector {sector}")
                                  .format(layer=layer_label(layer), n=len(xy), sector=sector))
                parts.append(xy)
                sectors.extend([sector] * len(xy))
            distance = self.parameterAsDouble(parameters, "DISTANCE", context)
            result = find_multi_use_sites(np.vstack(parts), sectors, distance,
                                          self.parameterAsInt(parameters, "MIN_SECTORS", context))
        except MultiUseError as error:
            raise QgsProcessingException(str(error)) from error
        for text in result.warnings:
            feedback.pushWarning(text)
        as_points = self.parameterAsEnum(parameters, "GEOMETRY", context) == 1
        fields = QgsFields()
        for name, kind in (("cluster_id", QVariant.Int), ("n_facilities", QVariant.Int), ("n_sectors", QVariant.Int),
                           ("sectors", QVariant.String), ("score", QVariant.Double)):
            fields.append(QgsField(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields,
                                             QgsWkbTypes.Type.Point if as_points else QgsWkbTypes.Type.Polygon, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for cluster in result.clusters:
            feature = QgsFeature(fields)
            geometry = QgsGeometry()
            geometry.fromWkb(shapely.to_wkb(cluster.centroid if as_points else cluster.hull))
            feature.setGeometry(geometry)
            feature.setAttributes([cluster.cluster_id, cluster.n_facilities, cluster.n_sectors,
                                   ",".join(cluster.sectors), cluster.score])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{n} multi-use sites").format(n=len(result.clusters)))
        return {"OUTPUT": dest_id, "COUNT": len(result.clusters)}
