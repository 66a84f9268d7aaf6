"""``slimstad:sample_city``: write the Voorbeeldstad GeoPackage."""

from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..core.base.i18n import translator
from ..core.demo.sample_city import SampleCityError, write_city
from .base import SlimStadAlgorithm

tr = translator("SlimStadAlgorithm")


class SampleCityAlgorithm(SlimStadAlgorithm):
    """Thin wrapper over :func:`core.sample_city.write_city`."""

    NAME = "sample_city"
    DISPLAY_NAME = "Create sample city (Voorbeeldstad)"
    GROUP = "Data"
    GROUP_ID = "data"
    HELP = ("Writes the fictional Flemish city Voorbeeldstad (statistical sectors with residents per "
            "age band, wijken, childcare, schools, care homes, social housing, parks, stops and streets) "
            "into a GeoPackage in EPSG:31370. The same seed always gives the same city.")

    def initAlgorithm(self, config: Dict[str, Any] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterNumber(
            "SEED", tr("Seed"), QgsProcessingParameterNumber.Type.Integer, 2024))
        self.addParameter(QgsProcessingParameterBoolean("FORCE", tr("Overwrite an existing file"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("GeoPackage"), tr("GeoPackage (*.gpkg)")))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        output = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        try:
            counts = write_city(output, self.parameterAsInt(parameters, "SEED", context),
                                force=self.parameterAsBool(parameters, "FORCE", context))
        except SampleCityError as error:
            raise QgsProcessingException(str(error)) from error
        for layer, count in counts.items():
            feedback.pushInfo("{}: {}".format(layer, count))
        return {"OUTPUT": str(output)}
