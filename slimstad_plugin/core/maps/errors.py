"""Errors of planning maps; every message is translated and meant for the user."""


class MapError(RuntimeError):
    """A planning map cannot be made."""
