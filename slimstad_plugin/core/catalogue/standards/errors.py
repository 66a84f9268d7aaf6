"""Errors of harvesting and publishing (messages are translated and name the source or file)."""

from ...base.errors import SlimStadError


class HarvestError(SlimStadError):
    """A source cannot be harvested at all (unreachable, not a CSW or DCAT document, malformed)."""


class PublishError(SlimStadError):
    """A catalogue cannot be exported (unknown format, output refused, a secret would leave)."""
