"""``slimstad:export_planning_map``: a planning map or atlas of the current project to PDF, PNG or SVG."""

from pathlib import Path
from typing import Any, Dict

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.base.i18n import SUPPORTED_LANGUAGES, output_language, translator
from ..core.maps.atlas import AtlasOptions
from ..core.maps.errors import MapError
from ..core.maps.export import export_planning_map, language_name
from ..core.maps.layout_builder import PlanningMapRequest
from ..core.maps.request_check import DPI_RANGE, TOP_N_RANGE
from ..core.maps.templates import TEMPLATE_NAMES
from .base import SlimStadAlgorithm

tr = translator("SlimStadAlgorithm")


class ExportPlanningMapAlgorithm(SlimStadAlgorithm):
    """Thin wrapper over :func:`core.maps.export.export_planning_map`."""

    NAME = "export_planning_map"
    DISPLAY_NAME = "Export planning map"
    GROUP = "Maps"
    GROUP_ID = "maps"
    HELP = ("Builds a planning map from a template (title, map, legend, scale bar, north arrow, overview, top-N "
            "table, sources with owner, licence and last update) as a print layout in the project, and exports "
            "it to PDF, PNG or SVG. With an atlas layer, one page per area. Internal or restricted sources "
            "need 'Allow restricted sources'; the map is then marked internal.")

    def flags(self) -> QgsProcessingAlgorithm.Flags:
        # Layouts belong to the project and are rendered the way QGIS's own layout exports do: main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    def initAlgorithm(self, config: Dict[str, Any] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterEnum("TEMPLATE", tr("Template"), list(TEMPLATE_NAMES), False, 0))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), "", optional=True))
        self.addParameter(QgsProcessingParameterString("SUBTITLE", tr("Subtitle (question)"), "", optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "LAYERS", tr("Layers on the map (default: the visible layers)"), optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "ATLAS_LAYER", tr("Atlas: one page per area of"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            "ATLAS_FIELD", tr("Atlas page name field"), parentLayerParameterName="ATLAS_LAYER", optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            "INDICATOR_LAYER", tr("Table: top units of"), optional=True))
        self.addParameter(QgsProcessingParameterField(
            "INDICATOR_FIELD", tr("Table: indicator field"), parentLayerParameterName="INDICATOR_LAYER",
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            "LABEL_FIELD", tr("Table: name field"), parentLayerParameterName="INDICATOR_LAYER", optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "TOP_N", tr("Table: number of rows"), QgsProcessingParameterNumber.Type.Integer, 10,
            minValue=TOP_N_RANGE[0], maxValue=TOP_N_RANGE[1]))
        self.addParameter(QgsProcessingParameterNumber(
            "DPI", tr("Resolution (dpi)"), QgsProcessingParameterNumber.Type.Integer, 300, minValue=DPI_RANGE[0],
            maxValue=DPI_RANGE[1]))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALLOW_RESTRICTED", tr("Allow restricted sources (the map is marked internal)"), False))
        languages = [tr("Language of QGIS")] + [language_name(code) for code in SUPPORTED_LANGUAGES]
        self.addParameter(QgsProcessingParameterEnum("LANGUAGE", tr("Language of the map"), languages, False, 0))
        self.addParameter(QgsProcessingParameterString(
            "BACKGROUND", tr("Light background: layer name or data source (empty: from the settings)"), "",
            optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "REPLACE", tr("Replace existing atlas page files"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Planning map"), tr("PDF (*.pdf);;PNG (*.png);;SVG (*.svg)")))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        project = context.project()
        if project is None:
            raise QgsProcessingException(tr("This algorithm needs a project."))
        layers = self.parameterAsLayerList(parameters, "LAYERS", context)
        request = PlanningMapRequest(
            template=TEMPLATE_NAMES[self.parameterAsEnum(parameters, "TEMPLATE", context)],
            title=self.parameterAsString(parameters, "TITLE", context),
            subtitle=self.parameterAsString(parameters, "SUBTITLE", context),
            layers=[_project_layer(project, layer) for layer in layers] or None,
            top_n=self.parameterAsInt(parameters, "TOP_N", context),
            allow_restricted=self.parameterAsBool(parameters, "ALLOW_RESTRICTED", context))
        atlas_layer = self.parameterAsVectorLayer(parameters, "ATLAS_LAYER", context)
        if atlas_layer is not None:
            request.atlas = AtlasOptions(_project_layer(project, atlas_layer),
                                         self.parameterAsString(parameters, "ATLAS_FIELD", context))
        indicator_layer = self.parameterAsVectorLayer(parameters, "INDICATOR_LAYER", context)
        if indicator_layer is not None:
            request.indicator_layer = _project_layer(project, indicator_layer)
            request.indicator_field = self.parameterAsString(parameters, "INDICATOR_FIELD", context)
            request.label_field = self.parameterAsString(parameters, "LABEL_FIELD", context)
        choice = self.parameterAsEnum(parameters, "LANGUAGE", context)
        request.language = SUPPORTED_LANGUAGES[choice - 1] if choice > 0 else output_language(None)
        request.background = self.parameterAsString(parameters, "BACKGROUND", context) or None
        output = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        try:
            result = export_planning_map(project, request, output, self.parameterAsInt(parameters, "DPI", context),
                                         feedback=feedback.pushWarning,
                                         replace=self.parameterAsBool(parameters, "REPLACE", context))
        except MapError as error:
            raise QgsProcessingException(str(error)) from error
        for path in result.paths:
            feedback.pushInfo(tr("Written: {path}").format(path=path))
        return {"OUTPUT": str(result.paths[0]), "FILES": [str(p) for p in result.paths], "PAGES": result.pages,
                "LAYOUT": result.layout_name, "PUBLIC": result.public, "STATUS": result.status,
                "LANGUAGE": result.language, "WARNINGS": list(result.warnings)}


def _project_layer(project: object, layer: object) -> object:
    """Prefer the project's own layer object: its style and catalogue properties are what gets printed."""
    return project.mapLayer(layer.id()) or layer
