"""Background run of a challenge: a QgsTask with progress and cancel that never touches the user's layers."""

from pathlib import Path
from typing import Any, Dict, List, Optional

from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.challenge import Challenge, ChallengeError
from ..core.challenge_binding import project_from_specs
from ..core.challenge_run import ChallengeCanceled, RunResult, run_challenge
from ..core.i18n import translator

tr = translator("SlimStadChallengePanel")


class _TaskFeedback:
    """What run_challenge expects from a feedback object, backed by the task."""

    def __init__(self, task: QgsTask) -> None:
        self.task = task

    def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback's name
        return self.task.isCanceled()

    def setProgress(self, value: float) -> None:  # noqa: N802 - QgsFeedback's name
        self.task.setProgress(value)


class ChallengeRunTask(QgsTask):
    """Runs :func:`run_challenge` on private copies of the project's layers (thread-safe)."""

    run_done = pyqtSignal(object, str)  # RunResult or None, error message ("" when fine or canceled)

    def __init__(self, challenge: Challenge, layer_specs: List[Dict[str, Any]], home_path: str,
                 output: Path) -> None:
        super().__init__(tr("SlimStad: challenge {title}").format(title=challenge.display_title()),
                         QgsTask.Flag.CanCancel)
        self.challenge = challenge
        self.layer_specs = layer_specs
        self.home_path = home_path
        self.output = Path(output)
        self.result: Optional[RunResult] = None
        self.error = ""

    def run(self) -> bool:
        project = project_from_specs(self.layer_specs, self.home_path)
        try:
            self.result = run_challenge(self.challenge, project, self.output, feedback=_TaskFeedback(self))
        except ChallengeCanceled:
            return False
        except ChallengeError as error:
            self.error = str(error)
            return False
        except Exception as error:  # noqa: BLE001 - reported in the dock, never as a traceback dialog
            self.error = tr("Unexpected problem while running the challenge: {error}").format(error=error)
            return False
        finally:
            project.clear()
        return True

    def finished(self, ok: bool) -> None:  # runs in the main thread
        self.run_done.emit(self.result if ok else None, self.error)
