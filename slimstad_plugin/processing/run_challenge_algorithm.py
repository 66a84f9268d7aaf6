"""``slimstad:run_challenge``: run a whole challenge on a project and write its results GeoPackage."""

from pathlib import Path
from typing import Any, Dict, Optional

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.base.errors import Canceled
from ..core.base.i18n import translator
from ..core.challenge.model import ChallengeError, load_file
from ..core.challenge.run import run_challenge
from ..core.challenge.templates import load_template, template_ids
from ..core.pushdown.engine_choice import ENGINES
from .base import SlimStadAlgorithm

tr = translator("SlimStadChallenge")


class RunChallengeAlgorithm(SlimStadAlgorithm):
    """Thin wrapper over :func:`core.challenge_run.run_challenge`."""

    NAME = "run_challenge"
    DISPLAY_NAME = "Run a challenge"
    GROUP = "Challenges"
    GROUP_ID = "challenges"
    HELP = ("Runs every indicator and scenario of a challenge (a .slimstad.json file, or one of the shipped "
            "templates) on the layers of a QGIS project, and writes one styled layer per indicator into a "
            "GeoPackage, with provenance in the layer metadata. Layers are found by catalogue id, then by "
            "name. The project is read from its saved file, so save your changes first. Without an output "
            "file the results go to slimstad_resultaten/<challenge id>.gpkg next to the project. When the area units "
            "and a demand layer are tables of one PostGIS database, that demand is summed per area unit in the "
            "database (Engine: automatic or database) and only one number per unit is read.")

    def initAlgorithm(self, config: Optional[Dict[str, Any]] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFile(
            "CHALLENGE", tr("Challenge file (.slimstad.json)"), extension="json", optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "TEMPLATE", tr("…or a template (used when no challenge file is given)"), options=template_ids(),
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFile(
            "PROJECT", tr("QGIS project (empty: the current project's saved file)"),
            fileFilter=tr("QGIS projects (*.qgz *.qgs)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Results GeoPackage"), tr("GeoPackage (*.gpkg)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterEnum(
            "ENGINE", tr("Engine for demand layers"), [tr("Automatic"), tr("Desktop"), tr("Database (PostGIS)")],
            defaultValue=0))
        self.addOutput(QgsProcessingOutputString("LAYERS", tr("Result layers")))
        self.addOutput(QgsProcessingOutputString("MESSAGES", tr("Notes")))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        challenge_file = self.parameterAsFile(parameters, "CHALLENGE", context)
        project_file = self.parameterAsFile(parameters, "PROJECT", context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context) if parameters.get("OUTPUT") else ""
        if not project_file:
            # Read the saved file in this worker thread: project layers must not be touched off the main thread.
            current = context.project()
            project_file = current.fileName() if current is not None else ""
            if not project_file:
                raise QgsProcessingException(tr("Save the project first, or choose a project file."))
        try:
            if challenge_file:
                challenge = load_file(Path(challenge_file))
            else:
                challenge = load_template(template_ids()[self.parameterAsEnum(parameters, "TEMPLATE", context)])
            result = run_challenge(challenge, Path(project_file), Path(output) if output else None, feedback,
                                   engine=ENGINES[self.parameterAsEnum(parameters, "ENGINE", context)])
        except ChallengeError as error:
            raise QgsProcessingException(str(error)) from None
        except Canceled:
            raise QgsProcessingException(tr("The challenge run was canceled; nothing was written.")) from None
        for message in result.messages:
            feedback.pushInfo(message)
        return {"OUTPUT": str(result.output), "LAYERS": ",".join(result.layers),
                "MESSAGES": "\n".join(result.messages)}
