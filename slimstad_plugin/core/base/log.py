"""Route ``logging.getLogger("slimstad_plugin…")`` records to QGIS's message log."""

import logging
from typing import Optional

from qgis.core import Qgis, QgsMessageLog

from .secrets import scrub_text

LOG_TAG = "SlimStad"


class QgisMessageLogHandler(logging.Handler):
    """Send records to the "SlimStad" tab of the QGIS message log."""

    LEVELS = {
        logging.DEBUG: Qgis.MessageLevel.Info,
        logging.INFO: Qgis.MessageLevel.Info,
        logging.WARNING: Qgis.MessageLevel.Warning,
        logging.ERROR: Qgis.MessageLevel.Critical,
        logging.CRITICAL: Qgis.MessageLevel.Critical,
    }

    def emit(self, record: logging.LogRecord) -> None:
        try:
            level = self.LEVELS.get(record.levelno, Qgis.MessageLevel.Info)
            QgsMessageLog.logMessage(self.format(record), LOG_TAG, level, notifyUser=False)
        except Exception:  # noqa: BLE001 - a log handler must never raise
            self.handleError(record)


def package_logger() -> logging.Logger:
    """The logger that is the parent of every module logger in this package."""
    return logging.getLogger(__name__.split(".core.", 1)[0])


def install_log_handler() -> Optional[logging.Handler]:
    """Attach one handler (idempotent); return it so ``unload`` can remove it."""
    logger = package_logger()
    for handler in logger.handlers:
        if isinstance(handler, QgisMessageLogHandler):
            return None
    handler = QgisMessageLogHandler()
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    install_log_filter(handler)  # no log line carries a secret
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return handler


def remove_log_handler(handler: Optional[logging.Handler]) -> None:
    """Undo :func:`install_log_handler`."""
    if handler is not None:
        package_logger().removeHandler(handler)


class SecretLogFilter(logging.Filter):
    """A logging filter that passes every record's final message through :func:`scrub_text`."""

    def filter(self, record: logging.LogRecord) -> bool:  # noqa: A003 - logging API name
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string is logging's problem, not ours
            return True
        cleaned = scrub_text(message)
        if cleaned.changed:
            record.msg, record.args = cleaned.text, None
        return True


def install_log_filter(handler: logging.Handler) -> None:
    """Attach one :class:`SecretLogFilter` to ``handler`` (idempotent)."""
    if not any(isinstance(item, SecretLogFilter) for item in handler.filters):
        handler.addFilter(SecretLogFilter())
