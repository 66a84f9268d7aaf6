"""`make package`: a zip that QGIS's "Install from ZIP" accepts, holding the plugin folder only."""

import configparser
import subprocess
import sys
import zipfile
from pathlib import Path

from paths import REPO

REQUIRED_METADATA = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                     "repository", "tracker", "homepage", "tags", "category", "icon", "changelog", "supportsQt6")


def build_zip(tmp_path: Path) -> Path:
    out = tmp_path / "slimstad.zip"
    subprocess.run([sys.executable, str(REPO / "scripts" / "package.py"), "--out", str(out)], check=True,
                   capture_output=True, text=True)
    return out


def test_zip_holds_the_plugin_folder_only(tmp_path: Path) -> None:
    names = zipfile.ZipFile(build_zip(tmp_path)).namelist()
    assert all(name.startswith("slimstad/") for name in names)
    assert "slimstad/metadata.txt" in names and "slimstad/__init__.py" in names
    assert "slimstad/i18n/slimstad_nl.qm" in names and "slimstad/i18n/slimstad_fr.qm" in names
    assert "slimstad/resources/icons/slimstad.svg" in names
    forbidden = ("/tests/", "/.venv/", "__pycache__", ".pyc", "/.git", "/benchmarks/", "/scripts/", "Makefile",
                 "requirements", "/out/", "/dist/", ".ci/")
    assert [n for n in names if any(part in n for part in forbidden)] == []


def test_metadata_complete_for_the_plugin_repository() -> None:
    parser = configparser.ConfigParser()
    parser.read(REPO / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in REQUIRED_METADATA:
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["supportsQt6"] == "True"
    assert (REPO / general["icon"]).exists()


def test_unzipped_plugin_imports_and_registers_algorithms(tmp_path: Path) -> None:
    plugins = tmp_path / "profile" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(build_zip(tmp_path)).extractall(plugins)
    script = (
        "import sys; sys.path.insert(0, {plugins!r}); sys.path.append('/usr/share/qgis/python/plugins')\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False); app.initQgis()\n"
        "import slimstad\n"
        "assert slimstad.__file__.startswith({plugins!r}), slimstad.__file__\n"
        "from slimstad.slimstad_plugin.processing.provider import SlimStadProvider\n"
        "provider = SlimStadProvider(); QgsApplication.processingRegistry().addProvider(provider)\n"
        "print(sorted(a.id() for a in provider.algorithms()))\n"
    ).format(plugins=str(plugins))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                            cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert "slimstad:sample_city" in result.stdout
