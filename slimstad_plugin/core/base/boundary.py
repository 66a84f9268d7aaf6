"""The one way a boundary (command line, Processing algorithm, GUI task) turns an exception into a message.

* :class:`~.errors.SlimStadError` (and its subclasses): the user's problem, already translated: shown as it is.
* ``OSError`` (disk full, no permission, missing folder): the user's environment: one line naming the file.
* Anything else is a bug: its traceback goes to a log file (:func:`error_log_path`) and the user gets one line
  naming the error and that file, never a raw traceback.
"""

import datetime
import logging
import os
import sqlite3
import tempfile
import traceback
from pathlib import Path
from typing import Optional

from qgis.core import QgsApplication

from .errors import Canceled, SlimStadError
from .i18n import translator
from .reasons import reason
from .secrets import scrub_text

tr = translator("SlimStadBoundary")
LOG = logging.getLogger(__name__)

LOG_NAME = "slimstad-errors.log"
MAX_LOG_BYTES = 1024 * 1024

# Exit statuses of the command line (also in docs/DEVELOPING.md).
EXIT_OK, EXIT_FOUND_PROBLEMS, EXIT_USER_ERROR, EXIT_INTERNAL_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def error_log_path() -> Path:
    """Where unexpected errors are logged: ``$SLIMSTAD_LOG_DIR``, else ``<QGIS profile>/slimstad/``, else the
    temporary folder (always writable)."""
    folder = os.environ.get("SLIMSTAD_LOG_DIR", "")
    if not folder and QgsApplication.instance() is not None:
        folder = str(Path(QgsApplication.qgisSettingsDirPath()) / "slimstad")
    return Path(folder or tempfile.gettempdir()) / LOG_NAME


def _write_log(text: str) -> Path:
    for path in (error_log_path(), Path(tempfile.gettempdir()) / LOG_NAME):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
                path.replace(path.with_name(path.name + ".1"))
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(text)
            return path
        except OSError:
            continue
    return error_log_path()


def log_unexpected(error: BaseException, context: str = "") -> Path:
    """Append ``error``'s traceback (with time and context) to the error log; returns the log's path."""
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    text = scrub_text("=== {} {}\n{}\n".format(stamp, context, "".join(
        traceback.format_exception(type(error), error, error.__traceback__)))).text  # a log file: the secrets rule
    LOG.debug("unexpected error in %s", context, exc_info=error)
    return _write_log(text)


# SQLite's messages for problems of the disk or another program, not of SlimStad (sqlite3 result codes FULL,
# IOERR, READONLY, BUSY/LOCKED, CANTOPEN, PERM).
_SQLITE_ENVIRONMENT = ("disk i/o error", "database or disk is full", "readonly database", "database is locked",
                       "unable to open database file", "access permission denied")


def user_message(error: BaseException) -> Optional[str]:
    """The one-line message for an error the user can act on (None for a bug)."""
    if isinstance(error, Canceled):
        return str(error) or tr("Canceled; nothing was written.")
    if isinstance(error, SlimStadError):
        return str(error) or type(error).__name__
    if isinstance(error, sqlite3.OperationalError) and any(
            text in str(error).lower() for text in _SQLITE_ENVIRONMENT):
        # A full disk, a read-only folder or a file another program holds: the environment, not a bug.
        return tr("file system error: {reason}").format(reason=reason(error))
    if isinstance(error, OSError):
        name = error.filename if error.filename is not None else ""
        why = reason(error)
        if name:
            return tr("{path}: {reason}").format(path=name, reason=why)
        return tr("file system error: {reason}").format(reason=why)
    return None


def describe(error: BaseException, context: str = "") -> str:
    """The one line to show for any error; for a bug it names the error and the log file that got the traceback."""
    message = user_message(error)
    if message is not None:
        return message
    path = log_unexpected(error, context)
    detail = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
    return tr("Unexpected error in {context} ({kind}{detail}); this is a bug in SlimStad. The details were "
              "written to {path}").format(context=context or "SlimStad", kind=type(error).__name__,
                                          detail=": " + detail if detail else "", path=path)


def exit_status(error: BaseException) -> int:
    """The command line's exit status for ``error``: 130 canceled, 2 the user's problem, 3 a bug."""
    if isinstance(error, (KeyboardInterrupt, Canceled)):
        return EXIT_INTERRUPTED
    if user_message(error) is not None:
        return int(getattr(error, "exit_code", EXIT_USER_ERROR))
    return EXIT_INTERNAL_ERROR
