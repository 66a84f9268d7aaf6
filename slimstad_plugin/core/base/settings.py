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
    # Network checks wait, they do not compute: enough of them at once that 30 slow sources take one timeout.
    health_concurrency: int = 32
    max_answer_mb: float = 20.0          # one capabilities/collection/catalogue answer at most (then refused)
    max_download_mb: float = 4096.0      # one data copy (snapshot) at most
    download_timeout_s: float = 900.0    # one data copy (snapshot, quality pass) at most, all pages included
    dead_host_retry_s: float = 60.0      # a host that did not connect is not tried again for this long
    snapshot_dir: str = ""
    author: str = ""
    department: str = ""
    default_template: str = "A4-landscape"

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
