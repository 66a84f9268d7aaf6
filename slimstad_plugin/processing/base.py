"""Shared base for SlimStad algorithms: translated names, group and help in one place, and the error boundary.

Every subclass's ``processAlgorithm`` is wrapped (see :meth:`SlimStadAlgorithm.__init_subclass__`): SlimStad's
own errors become a ``QgsProcessingException`` with their translated message; an unexpected exception becomes
one with a single line naming the log file that holds its traceback (core/base/boundary.py). Processing shows a
QgsProcessingException as a message, never as a raw traceback. Before any work, input layers whose coordinates
cannot be in their declared CRS are refused (core/crs_fit.py), and so are outputs that are one of the inputs (or
the project) or a file another program holds (core/base/files.py).
"""

import functools
import math
from typing import Any, Callable, Dict, List

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
)

from ..core.base.boundary import describe
from ..core.base.files import FileWriteError, local_file, other_layers, refuse_input, refuse_locked
from ..core.base.i18n import translator
from ..core.base.secrets import scrub_text
from ..core.layers.crs_fit import layer_crs_problem

tr = translator("SlimStadAlgorithm")


def error_boundary(method: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap ``processAlgorithm`` so every error reaches Processing as a message (see the module docstring)."""
    if getattr(method, "_slimstad_boundary", False):
        return method

    @functools.wraps(method)
    def wrapper(self: "SlimStadAlgorithm", *args: Any, **kwargs: Any) -> Any:
        try:
            if len(args) >= 2:
                check_input_layers(self, args[0], args[1])
                check_outputs(self, args[0], args[1])
            return method(self, *args, **kwargs)
        except QgsProcessingException:
            raise
        except Exception as error:  # noqa: BLE001 - the boundary: every error becomes one message
            # Shown in the log panel and kept in Processing's history: the secrets rule, like every CLI line.
            raise QgsProcessingException(scrub_text(describe(error, "slimstad:{}".format(self.name()))).text
                                         ) from None

    wrapper._slimstad_boundary = True  # type: ignore[attr-defined]
    return wrapper


LAYER_PARAMETER_TYPES = ("source", "vector", "layer", "raster", "multilayer")
NUMBER_PARAMETER_TYPES = ("number", "distance")


def check_input_layers(algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any],
                       context: QgsProcessingContext) -> None:
    """Before any work: numbers must be finite (NaN and infinity pass QGIS's own range check), and input layers
    whose coordinates cannot be in their declared CRS are refused (core/crs_fit.py)."""
    for definition in algorithm.parameterDefinitions():
        name, kind = definition.name(), definition.type()
        if parameters.get(name) in (None, ""):
            continue
        if kind in NUMBER_PARAMETER_TYPES:
            value = algorithm.parameterAsDouble(parameters, name, context)
            if not math.isfinite(value):
                raise QgsProcessingException(tr("{parameter}: {value} is not a finite number.").format(
                    parameter=definition.description(), value=value))
            continue
        if kind not in LAYER_PARAMETER_TYPES:
            continue
        if kind == "multilayer":
            layers = algorithm.parameterAsLayerList(parameters, name, context) or []
        else:
            layers = [algorithm.parameterAsLayer(parameters, name, context)]
        for layer in layers:
            problem = layer_crs_problem(layer) if layer is not None else None
            if problem:
                raise QgsProcessingException(problem)


LAYER_DESTINATIONS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination,
                      QgsProcessingParameterRasterDestination)
FILE_DESTINATIONS = (QgsProcessingParameterFileDestination, QgsProcessingParameterFolderDestination)


def check_outputs(algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any],
                  context: QgsProcessingContext) -> None:
    """Before any work: no output may be one of the inputs or the project, nor a file another program holds."""
    inputs = _input_files(algorithm, parameters, context)
    for definition in algorithm.parameterDefinitions():
        if not definition.isDestination() or parameters.get(definition.name()) in (None, ""):
            continue
        if isinstance(definition, LAYER_DESTINATIONS):
            target = local_file(algorithm.parameterAsOutputLayer(parameters, definition.name(), context) or "")
        elif isinstance(definition, FILE_DESTINATIONS):
            target = local_file(algorithm.parameterAsFileOutput(parameters, definition.name(), context) or "")
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
        others = other_layers(target, target.stem) if isinstance(definition, LAYER_DESTINATIONS) else []
        if others:  # QGIS's file writer replaces a whole GeoPackage it is pointed at: these layers would go
            raise QgsProcessingException(tr(
                "{path} holds other layers ({layers}); it is not replaced. Choose a new file, or add the layer to it "
                "with ogr:dbname='{path}' table=\"name\" (geom).").format(path=target, layers=", ".join(others[:5])))


def _input_files(algorithm: QgsProcessingAlgorithm, parameters: Dict[str, Any],
                 context: QgsProcessingContext) -> List[str]:
    """Sources of every input layer / file parameter, and the project file."""
    found: List[str] = [context.project().fileName()] if context.project() is not None else []
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if definition.isDestination() or parameters.get(name) in (None, ""):
            continue
        kind = definition.type()
        try:
            if kind in ("vector", "source", "raster", "layer", "mesh", "pointcloud"):
                layer = algorithm.parameterAsLayer(parameters, name, context)
                found.append(layer.source() if layer is not None else "")
            elif kind == "multilayer":
                found.extend(layer.source() for layer in algorithm.parameterAsLayerList(parameters, name, context))
            elif kind == "file":
                found.append(algorithm.parameterAsFile(parameters, name, context))
        except QgsProcessingException:
            continue
    return [item for item in found if item]


class SlimStadAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set NAME, DISPLAY_NAME, GROUP, GROUP_ID and HELP (English source strings)."""

    NAME = ""
    DISPLAY_NAME = ""
    GROUP = ""
    GROUP_ID = ""
    HELP = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:
            cls.processAlgorithm = error_boundary(cls.__dict__["processAlgorithm"])

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
