"""The plugin's one settings module: typed values over QgsSettings under ``slimstad/``."""

from dataclasses import dataclass, field, fields
from typing import List

from qgis.core import QgsSettings

from .rollout import effective_catalogue_urls

PREFIX = "slimstad"


@dataclass
class SlimStadSettings:
    """User-level preferences. Secrets never live here: they belong in the auth database."""

    catalogue_urls: List[str] = field(default_factory=list)
    health_timeout_s: float = 10.0
    health_concurrency: int = 8
    snapshot_dir: str = ""
    author: str = ""
    department: str = ""
    default_template: str = "A4-landscape"
    # Limits of a package to unpack (zip bombs): whole archive, checked before a byte is written.
    unpack_max_total_mb: int = 4096          # uncompressed size of all members together
    unpack_max_members: int = 10_000
    unpack_max_ratio: float = 100.0          # uncompressed / compressed of the whole archive

    @classmethod
    def load(cls) -> "SlimStadSettings":
        """Read every field, falling back to the dataclass default."""
        settings = QgsSettings()
        values = {}
        defaults = cls()
        for item in fields(cls):
            default = getattr(defaults, item.name)
            raw = settings.value("{}/{}".format(PREFIX, item.name), default)
            values[item.name] = _coerce(raw, default)
        return cls(**values)

    def effective_catalogue_urls(self) -> List[str]:
        """The user's catalogues merged with the city-wide ones set by the administration's roll-out
        (``SLIMSTAD_CATALOGUE_URLS``; see docs/rollout.md). Never saved back to the user's settings."""

        return effective_catalogue_urls(self.catalogue_urls)

    def save(self) -> None:
        """Write every field."""
        settings = QgsSettings()
        for item in fields(self):
            settings.setValue("{}/{}".format(PREFIX, item.name), getattr(self, item.name))


def _coerce(raw: object, default: object) -> object:
    """QSettings returns strings for everything on some back ends: coerce to the default's type."""
    if isinstance(default, list):
        if raw in (None, ""):
            return []
        return [str(v) for v in (raw if isinstance(raw, (list, tuple)) else [raw])]
    if isinstance(default, bool):
        return str(raw).lower() in ("1", "true", "yes")
    if isinstance(default, (int, float)):
        try:
            return type(default)(raw)
        except (TypeError, ValueError):
            return default
    return "" if raw is None else str(raw)
