"""Errors of planning maps; every message is translated and meant for the user."""

from ..base.errors import SlimStadError


class MapError(SlimStadError, RuntimeError):
    """A planning map cannot be made."""
