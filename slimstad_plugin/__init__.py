"""SlimStad: shared city data around one urban challenge (QGIS plugin package)."""

from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
I18N_DIR = PLUGIN_DIR / "i18n"


def plugin_version() -> str:
    """Version string from metadata.txt (the single source of the version)."""
    for line in (PLUGIN_DIR / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    return "0.0.0"
