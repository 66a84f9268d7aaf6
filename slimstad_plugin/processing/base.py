"""Shared base for SlimStad algorithms: translated names, group and help in one place, and the output check
every algorithm gets: no output may be one of the inputs or the project, nor a file another program holds
(the rule lives in core/base/files.py)."""

from typing import Any, Dict, List

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
)

from ..core.base.files import FileWriteError, local_file, refuse_input, refuse_locked
from ..core.base.i18n import translator

tr = translator("SlimStadAlgorithm")
LAYER_DESTINATIONS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                      QgsProcessingParameterRasterDestination)
FILE_DESTINATIONS = (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)


class SlimStadAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP, GROUP_ID and HELP (English source strings)."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    HELP = ""

    def name(self) -> str:
        return self.NAME

    def displayName(self) -> str:  # noqa: N802 - QGIS API name
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP)

    def groupId(self) -> str:  # noqa: N802 - QGIS API name
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API name
        return tr(self.HELP)

    def createInstance(self) -> "SlimStadAlgorithm":  # noqa: N802 - QGIS API name
        return type(self)()

    def prepareAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> bool:
        """Refuse outputs that are inputs (or the project) or in use, before anything runs."""
        inputs = self._input_files(parameters, context)
        for definition in self.parameterDefinitions():
            if not definition.isDestination() or parameters.get(definition.name()) in (None, ""):
                continue
            if isinstance(definition, LAYER_DESTINATIONS):
                target = local_file(self.parameterAsOutputLayer(parameters, definition.name(), context) or "")
            elif isinstance(definition, FILE_DESTINATIONS):
                target = local_file(self.parameterAsFileOutput(parameters, definition.name(), context) or "")
            else:
                continue
            if target is None or str(target).startswith(("memory:", "TEMPORARY_OUTPUT")):
                continue
            try:
                refuse_input(target, inputs, folder=isinstance(definition, QgsProcessingParameterFolderDestination))
                if target.is_file():
                    refuse_locked(target)
            except FileWriteError as error:
                raise QgsProcessingException(str(error)) from error
        return super().prepareAlgorithm(parameters, context, feedback)

    def _input_files(self, parameters: Dict[str, Any], context: QgsProcessingContext) -> List[str]:
        """Sources of every input layer / file parameter, and the project file."""
        found: List[str] = [context.project().fileName()] if context.project() is not None else []
        for definition in self.parameterDefinitions():
            name = definition.name()
            if definition.isDestination() or parameters.get(name) in (None, ""):
                continue
            kind = definition.type()
            try:
                if kind in ("vector", "source", "raster", "layer", "mesh", "pointcloud"):
                    layer = self.parameterAsLayer(parameters, name, context)
                    found.append(layer.source() if layer is not None else "")
                elif kind == "multilayer":
                    found.extend(layer.source() for layer in self.parameterAsLayerList(parameters, name, context))
                elif kind == "file":
                    found.append(self.parameterAsFile(parameters, name, context))
            except QgsProcessingException:
                continue
        return [item for item in found if item]
