"""``slimstad:pack_project``: pack a project, its challenges and data into one shareable zip."""

from pathlib import Path
from typing import Any, Dict, Optional

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProject,
)

from ..core.base.errors import Canceled
from ..core.base.i18n import translator
from ..core.sharing.pack import PackError, PackOptions, pack_project
from .base import SlimStadAlgorithm

tr = translator("SlimStadAlgorithm")


class PackProjectAlgorithm(SlimStadAlgorithm):
    """Thin wrapper over :func:`core.sharing.pack.pack_project`."""

    NAME = "pack_project"
    DISPLAY_NAME = "Pack project for sharing"
    GROUP = "Sharing"
    GROUP_ID = "sharing"
    HELP = ("Packs a saved QGIS project, its challenges and its data into one zip another city can open: every "
            "path relative, remote layers as GeoPackage snapshots, a manifest with checksums, sources, owners and "
            "licences. Passwords, user names, tokens and authcfg ids are removed (the manifest says what the "
            "receiver must configure). Internal and restricted layers are left out unless you include them. "
            "The project file and data are never changed; unsaved changes are not packed.")

    def initAlgorithm(self, config: Dict[str, Any] = None) -> None:  # noqa: N802 - QGIS API name
        self.addParameter(QgsProcessingParameterFile(
            "PROJECT", tr("Project (empty: the current project file)"),
            QgsProcessingParameterFile.Behavior.File, "", None, True, tr("QGIS projects (*.qgz *.qgs)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "SNAPSHOTS", tr("Include remote layers as GeoPackage snapshots"), True))
        self.addParameter(QgsProcessingParameterBoolean(
            "INCLUDE_RESTRICTED", tr("Also include internal and restricted layers (check their licence)"), False))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Package"), tr("Zip archive (*.zip)")))

    def processAlgorithm(self, parameters: Dict[str, Any], context: QgsProcessingContext,  # noqa: N802
                         feedback: QgsProcessingFeedback) -> Dict[str, Any]:
        project = self.parameterAsFile(parameters, "PROJECT", context)
        if not project and context.project() is not None:
            project = context.project().fileName()
        if not project:
            raise QgsProcessingException(tr("Save the project first, or choose a project file."))
        output = Path(self.parameterAsFileOutput(parameters, "OUTPUT", context))
        options = PackOptions(snapshot_remote=self.parameterAsBool(parameters, "SNAPSHOTS", context),
                              include_protected=self.parameterAsBool(parameters, "INCLUDE_RESTRICTED", context),
                              force=True,  # the destination widget already asked before overwriting
                              session=_session(context, Path(project)))

        def progress(fraction: float, message: str) -> None:
            feedback.setProgress(100 * fraction)
            feedback.pushInfo(message)

        try:
            result = pack_project(Path(project), output, options, progress, feedback.isCanceled)
        except (PackError, Canceled) as error:
            raise QgsProcessingException(str(error)) from error
        for layer in result.manifest.layers:
            feedback.pushInfo("{}: {}".format(layer.name, layer.mode))
        for note in result.manifest.receiver_must_configure:
            feedback.pushInfo(note)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        return {"OUTPUT": str(output), "WARNINGS": list(result.warnings)}


def _session(context: QgsProcessingContext, project_file: Path) -> Optional[QgsProject]:
    """The open project when it is the file being packed: its temporary layers' features live only there."""
    session = context.project()
    if session is None or not session.fileName():
        return None
    try:
        return session if Path(session.fileName()).resolve() == project_file.resolve() else None
    except OSError:
        return None
