"""``slimstad:catalog_check``: health, freshness and quality of every entry of catalogues."""

from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.base.i18n import translator
from ..core.base.settings import SlimStadSettings
from ..core.catalogue.check import check_catalogues
from ..core.catalogue.quality import export_html
from .base import SlimStadAlgorithm

tr = translator("SlimStadCatalogue")


class CatalogCheckAlgorithm(SlimStadAlgorithm):
    """Thin wrapper over :func:`core.catalogue.check.check_catalogues`."""

    NAME = "catalog_check"
    DISPLAY_NAME = "Check catalogue sources"
    GROUP = "Data"
    GROUP_ID = "data"
    HELP = ("Checks every entry of one or more catalogues: is the source reachable, is the layer there, how "
            "many features, which CRS; how fresh the data is against the promised update rhythm; and the "
            "quality of vector layers (invalid or empty geometries, duplicate ids, empty key fields, features "
            "outside the expected extent). Optionally writes the full result as JSON and a quality report as HTML.")

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFile(
            "CATALOG", tr("Catalogue file"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterString(
            "LOCATIONS", tr("More catalogues (files or URLs, separated by ;)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "TIMEOUT", tr("Timeout per source (seconds)"), QgsProcessingParameterNumber.Type.Double, 10.0,
            minValue=0.5, maxValue=600))
        self.addParameter(QgsProcessingParameterBoolean("QUALITY", tr("Check data quality"), True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_JSON", tr("Result (JSON)"), tr("JSON (*.json)"), optional=True, createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT_HTML", tr("Quality report (HTML)"), tr("HTML (*.html)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("CHECKED", tr("Entries checked")))
        self.addOutput(QgsProcessingOutputNumber("BROKEN", tr("Broken entries")))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        locations: List[str] = []
        catalog = self.parameterAsFile(parameters, "CATALOG", context)
        if catalog:
            locations.append(catalog)
        extra = self.parameterAsString(parameters, "LOCATIONS", context) or ""
        locations.extend(part.strip() for part in extra.replace("\n", ";").split(";") if part.strip())
        if not locations:
            raise QgsProcessingException(tr("Give at least one catalogue file or URL"))
        settings = SlimStadSettings.load()  # the data folder of the Shared data panel, like the panel itself
        data_dir = (settings.catalogue_data_dir(locations[0]) if len(locations) == 1
                    else settings.configured_data_dir())
        result = check_catalogues(locations, self.parameterAsDouble(parameters, "TIMEOUT", context),
                                  quality=self.parameterAsBool(parameters, "QUALITY", context),
                                  data_dir=data_dir or None,
                                  is_canceled=feedback.isCanceled, log=feedback.pushInfo)
        for error in result.load_errors:
            feedback.reportError(error)
        outputs: Dict[str, Any] = {"CHECKED": len(result.entries), "BROKEN": len(result.broken)}
        json_out = self.parameterAsFileOutput(parameters, "OUTPUT_JSON", context) if parameters.get(
            "OUTPUT_JSON") else ""
        if json_out:
            outputs["OUTPUT_JSON"] = str(result.write_json(json_out))
        html_out = self.parameterAsFileOutput(parameters, "OUTPUT_HTML", context) if parameters.get(
            "OUTPUT_HTML") else ""
        if html_out:
            reports = [item.quality for item in result.entries if item.quality is not None]
            outputs["OUTPUT_HTML"] = str(export_html(reports, Path(html_out)))
        return outputs
