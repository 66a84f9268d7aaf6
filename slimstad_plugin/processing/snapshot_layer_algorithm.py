"""``slimstad:snapshot_layer``: copy a (remote) vector layer into a local GeoPackage with provenance."""

from typing import Any, Dict, Optional

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.base.i18n import translator
from ..core.catalogue.snapshot import SnapshotError, snapshot_project_layer
from ..core.layers.properties import source_info
from .base import SlimStadAlgorithm

tr = translator("SlimStadCatalogue")


class SnapshotLayerAlgorithm(SlimStadAlgorithm):
    """Thin wrapper over :func:`core.catalogue.snapshot.snapshot_layer`."""

    NAME = "snapshot_layer"
    DISPLAY_NAME = "Make offline snapshot of a layer"
    GROUP = "Data"
    GROUP_ID = "data"
    HELP = ("Copies every feature of a layer (WFS, OGC API Features, PostGIS, …) into a GeoPackage so it can be "
            "used offline. The GeoPackage records where the data came from (without credentials), when, how "
            "many features and a SHA-256 checksum in the table slimstad_snapshots. Web services are paged "
            "with the server's own page size; a copy holding fewer features than the service reports is refused.")

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Layer")))
        self.addParameter(QgsProcessingParameterString("LAYER_NAME", tr("Table name in the GeoPackage"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("FEATURE_COUNT", tr("Features copied")))
        self.addOutput(QgsProcessingOutputString("SHA256", tr("Checksum (SHA-256)")))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None:
            raise QgsProcessingException(tr("No valid input layer"))
        info = source_info(layer)
        name = self.parameterAsString(parameters, "LAYER_NAME", context) or "".join(
            ch if ch.isalnum() else "_" for ch in (info.catalog_id or layer.name())).lower()
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        try:
            result = snapshot_project_layer(layer, output, name, info.catalog_id, feedback)
        except SnapshotError as error:
            raise QgsProcessingException(str(error)) from error
        feedback.pushInfo(tr("{n} features copied, SHA-256 {sha}").format(n=result.feature_count, sha=result.sha256))
        return {"OUTPUT": output, "FEATURE_COUNT": result.feature_count, "SHA256": result.sha256}
