"""The plugin's one settings module: typed values over QgsSettings under ``slimstad/``."""

import logging
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Dict, List, Tuple

from qgis.core import QgsApplication, QgsSettings

from ... import RESOURCES_DIR
from .json_values import number_problem
from .rollout import effective_catalogue_urls

PREFIX = "slimstad"
LOG = logging.getLogger(__name__)
# Allowed range of every numeric setting: a value outside it (or NaN, text) falls back to the default.
RANGES: Dict[str, Tuple[float, float]] = {"health_timeout_s": (0.5, 600.0), "health_concurrency": (1, 64)}
# Set by an administration's roll-out (docs/rollout.md): the data folder for every local catalogue.
DATA_DIR_VARIABLE = "SLIMSTAD_DATA_DIR"
SHIPPED_SAMPLE_CATALOGUE = RESOURCES_DIR / "catalogues" / "voorbeeldstad.json"


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
    # Folder where relative data paths of catalogues resolve (the sample city's GeoPackage lives there);
    # chosen once in the "Gedeelde data" dock. Empty: SLIMSTAD_DATA_DIR, else default_data_dir().
    data_dir: str = ""
    # Planning maps: the city printed in the header, its logo (SVG/PNG file), the outlines the overview map shows
    # the city within (municipalities or provinces: a layer source, e.g. a shapefile path), and an optional light
    # background layer under the main map (a layer source or a QGIS data source URI such as an XYZ/WMS basemap).
    city_name: str = ""
    logo_path: str = ""
    overview_layer: str = ""
    background_layer: str = ""
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
            values[item.name] = _checked(item.name, _coerce(raw, default), default)
        return cls(**values)

    def effective_catalogue_urls(self) -> List[str]:
        """The user's catalogues merged with the city-wide ones set by the administration's roll-out
        (``SLIMSTAD_CATALOGUE_URLS``; see docs/rollout.md). Never saved back to the user's settings."""

        return effective_catalogue_urls(self.catalogue_urls)

    def configured_data_dir(self) -> str:
        """The data folder the user chose (or the roll-out set): it applies to every local catalogue.

        Empty when neither is set; then only the shipped sample catalogue uses :func:`default_data_dir`."""
        return self.data_dir or os.environ.get(DATA_DIR_VARIABLE, "")

    def catalogue_data_dir(self, location: object) -> str:
        """Where relative data paths of the catalogue at ``location`` resolve when the caller gives no folder: the
        configured data folder for every catalogue, else -- for the shipped sample catalogue only -- the default
        folder "Create sample city" writes to; "" (each catalogue's own folder) otherwise. The same rule for the
        Shared data panel, Processing and the command line."""
        configured = self.configured_data_dir()
        if configured:
            return configured
        try:
            shipped = Path(str(location)).expanduser().resolve() == SHIPPED_SAMPLE_CATALOGUE.resolve()
        except (OSError, ValueError):
            shipped = False
        return str(default_data_dir()) if shipped else ""

    def sample_data_dir(self) -> Path:
        """Where the sample catalogue looks for its data and where "Create sample city" writes it."""
        return Path(self.configured_data_dir() or default_data_dir()).expanduser()

    def save(self) -> None:
        """Write every field."""
        settings = QgsSettings()
        for item in fields(self):
            settings.setValue("{}/{}".format(PREFIX, item.name), getattr(self, item.name))


def default_data_dir() -> Path:
    """``<QGIS profile>/slimstad/voorbeeldstad``: a folder of the user's own that works without any set-up
    (never the plugin folder, which an update replaces)."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "slimstad" / "voorbeeldstad"


def _checked(name: str, value: object, default: object) -> object:
    """``value`` when it is within :data:`RANGES` (finite, a whole number for int settings), else ``default``."""
    if name not in RANGES:
        return value
    low, high = RANGES[name]
    problem = number_problem(value, minimum=low, maximum=high, integer=isinstance(default, int))
    if problem:
        LOG.warning("setting %s/%s: %s; using %s", PREFIX, name, problem, default)
        return default
    return value


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
