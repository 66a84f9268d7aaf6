"""The one error root of SlimStad, and the one cancel.

Every error SlimStad raises on purpose derives from :class:`SlimStadError`; its message is already translated and
written for the user (a GIS officer or planner), so the CLI, Processing and the docks show ``str(error)`` as it is.
Anything else reaching a boundary is a bug: the boundary logs its traceback and shows one line with the log path.
"""

from typing import Optional


class SlimStadError(Exception):
    """An error meant for the user: ``message`` is translated text naming what failed and, where known, where.

    Subclasses may also derive from a builtin (``ValueError``, ``RuntimeError``) for callers that catch those.
    """

    def __init__(self, message: str = "", *args: object) -> None:
        super().__init__(message, *args)
        self.message = message

    def __str__(self) -> str:
        return self.message if self.message else super().__str__()


class Canceled(SlimStadError):  # noqa: N818 - a cancel is not an error, but it ends the work like one
    """The user canceled the work (a QgsFeedback or task was canceled); nothing was written or changed."""

    def __init__(self, message: Optional[str] = None) -> None:
        super().__init__(message or "")
