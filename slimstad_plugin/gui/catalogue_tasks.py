"""A small QgsTask that runs one core function off the GUI thread and reports back on it."""

import logging
from typing import Any, Callable, Optional

from qgis.core import QgsTask

from ..core.i18n import translator

tr = translator("SlimStadCatalogueDock")
LOG = logging.getLogger(__name__)

# Exceptions whose message is already a translated sentence for the user; anything else is a bug.
try:
    from ..core.catalogue.loader import CatalogueError as _UserError
except ImportError:  # pragma: no cover - the core is written in parallel
    _UserError = ValueError


class FunctionTask(QgsTask):
    """Runs ``function(task)`` in a worker thread; ``on_done(result, error_message)`` runs on the GUI thread.

    ``function`` receives the task so it can call ``setProgress`` and poll ``isCanceled``.
    """

    def __init__(self, description: str, function: Callable[["FunctionTask"], Any],
                 on_done: Callable[[Any, Optional[str]], None], can_cancel: bool = True) -> None:
        flags = QgsTask.Flag.CanCancel if can_cancel else QgsTask.Flags()
        super().__init__(description, flags)
        self._function = function
        self._on_done = on_done
        self.result: Any = None
        self.error: Optional[str] = None

    def run(self) -> bool:
        try:
            self.result = self._function(self)
        except (_UserError, OSError, ValueError) as exc:
            self.error = str(exc)
            return False
        except Exception as exc:  # noqa: BLE001 - a worker must never take QGIS down; log the traceback
            LOG.exception("task %s failed", self.description())
            self.error = tr("Unexpected error: {error}").format(error=exc)
            return False
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:  # noqa: FBT001 - QgsTask API
        if not ok and self.error is None:
            self.error = tr("Cancelled")
        try:
            self._on_done(self.result, self.error)
        except Exception:  # noqa: BLE001 - the callback touches widgets that may be gone after unload
            LOG.exception("task %s: finishing failed", self.description())
