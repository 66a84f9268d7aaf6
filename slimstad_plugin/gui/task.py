"""The one background task of the GUI: work off the GUI thread, with progress, cancel and one way to report back.

Every dock and dialog runs its long or network work through :class:`BackgroundTask`:

- ``work(task)`` runs in a worker thread. It gets the task so it can call ``task.setProgress``, poll
  ``task.isCanceled()``, hand ``task.feedback`` (a QgsProcessingFeedback) to core functions and QGIS APIs, and send
  intermediate results with ``task.report(item)`` (delivered on the GUI thread through ``on_partial``).
- When it ends, ``on_done(outcome)`` runs on the GUI thread exactly once with a :class:`TaskOutcome`: the result,
  or the translated error message, or ``canceled``.

Errors: a :class:`~..core.base.errors.SlimStadError` (the plugin's own, translated) becomes ``outcome.error`` as it
is; :class:`~..core.base.errors.Canceled` becomes ``outcome.canceled``; any other exception is a bug: its traceback
goes to the QGIS log and the user reads one line saying so. Nothing here ever shows a traceback dialog.
"""

import logging
from dataclasses import dataclass
from typing import Any, Callable, Optional

from qgis.core import QgsProcessingFeedback, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.base.boundary import user_message
from ..core.base.errors import Canceled, SlimStadError
from ..core.base.i18n import translator

tr = translator("SlimStadTask")
LOG = logging.getLogger(__name__)


@dataclass
class TaskOutcome:
    """How a background task ended: ``result`` when it worked, else ``error`` (translated) or ``canceled``."""

    result: Any = None
    error: str = ""
    canceled: bool = False
    exception: Optional[BaseException] = None  # the plugin error behind ``error``, for callers that tell kinds apart

    @property
    def ok(self) -> bool:
        """True when the work finished without error and was not canceled."""
        return not self.error and not self.canceled


class BackgroundTask(QgsTask):
    """Runs ``work(task)`` in a worker thread; ``on_done(TaskOutcome)`` then runs on the GUI thread."""

    partial = pyqtSignal(object)  # items sent with report(), queued to the GUI thread

    def __init__(self, description: str, work: Callable[["BackgroundTask"], Any],
                 on_done: Optional[Callable[[TaskOutcome], None]] = None,
                 on_partial: Optional[Callable[[Any], None]] = None, can_cancel: bool = True) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel if can_cancel else QgsTask.Flags())
        self._work = work
        self._on_done = on_done
        self.outcome = TaskOutcome()
        # A real QgsFeedback for core functions and QGIS APIs: canceling the task cancels it, its progress is ours.
        self.feedback = QgsProcessingFeedback()
        self.feedback.progressChanged.connect(self.setProgress)
        if on_partial is not None:
            self.partial.connect(on_partial)

    def cancel(self) -> None:
        """Cancel the task and the feedback handed to core functions (the task manager and docks call this)."""
        self.feedback.cancel()
        super().cancel()

    def report(self, item: Any) -> None:
        """Send an intermediate result to ``on_partial`` on the GUI thread (e.g. one health result)."""
        self.partial.emit(item)

    def run(self) -> bool:
        try:
            self.outcome.result = self._work(self)
        except Canceled:
            self.outcome.canceled = True
            return False
        except (SlimStadError, OSError) as error:  # translated messages; OSError names the file and the reason
            self.outcome.error, self.outcome.exception = user_message(error) or str(error), error
            return False
        except Exception as error:  # noqa: BLE001 - a worker must never take QGIS down; the log keeps the traceback
            LOG.exception("background task %s failed", self.description())
            self.outcome.exception = error
            self.outcome.error = tr("Unexpected problem ({error}); the details are in the SlimStad log.").format(
                error=type(error).__name__)  # the exception's English text stays in the log
            return False
        if self.isCanceled():
            self.outcome.canceled = True
            return False
        return True

    def finished(self, ok: bool) -> None:  # noqa: FBT001 - QgsTask API; runs on the GUI thread
        if not ok and not self.outcome.error:
            self.outcome.canceled = True
        if self._on_done is None:
            return
        try:
            self._on_done(self.outcome)
        except Exception:  # noqa: BLE001 - the callback touches widgets that may be gone after unload
            LOG.exception("background task %s: reporting back failed", self.description())
