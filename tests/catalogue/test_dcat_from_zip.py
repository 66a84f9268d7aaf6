"""The plugin installed from its zip into a QGIS Python without rdflib still harvests and publishes DCAT-AP:
rdflib (with isodate and pyparsing) is shipped in vendor/ with its licence."""

import subprocess
import zipfile
from pathlib import Path

from harvest_support import dcat_file
from test_package import build_zip

# Runs in a fresh Python: any rdflib/isodate outside the unzipped plugin is hidden, as in a QGIS without them.
SCRIPT = """
import importlib.abc, sys
plugins = {plugins!r}

class HideInstalled(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("rdflib", "isodate"):
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None and spec.origin and not spec.origin.startswith(plugins):
                    raise ImportError("hidden for this test: " + spec.origin)
                if spec is not None:
                    return spec
        return None

sys.meta_path.insert(0, HideInstalled())
sys.path.insert(0, plugins); sys.path.append("/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
from slimstad.slimstad_plugin.core.catalogue.harvest import harvest
from slimstad.slimstad_plugin.core.catalogue.publish import export_catalogue
from slimstad.slimstad_plugin.core.catalogue.model import Catalogue
result = harvest({turtle!r})
import rdflib
assert rdflib.__file__.startswith(plugins + "/slimstad/vendor/"), rdflib.__file__
report = export_catalogue(Catalogue(id="stad", title={{"nl": "Stad"}}, entries=result.entries), "dcat-ap-vl",
                          __import__("pathlib").Path({out!r}))
print(len(result.entries), len(harvest({out!r}).entries), rdflib.__version__)
"""


def test_zip_ships_rdflib_with_its_licence_and_harvests_without_an_installed_rdflib(qgis_app, tmp_path: Path) -> None:
    archive = build_zip(tmp_path)
    names = zipfile.ZipFile(archive).namelist()
    for package in ("rdflib", "isodate", "pyparsing"):
        assert any(n.startswith("slimstad/vendor/{}/".format(package)) for n in names), package
        assert any(n.startswith("slimstad/vendor/{}-".format(package)) and n.endswith("/LICENSE") for n in names)
    assert not [n for n in names if n.startswith("slimstad/vendor/bin/") or n.endswith(".setup-stamp")]
    plugins = tmp_path / "plugins"
    zipfile.ZipFile(archive).extractall(plugins)
    script = SCRIPT.format(plugins=str(plugins), turtle=str(dcat_file(tmp_path, "voorbeeldstad.ttl")),
                           out=str(tmp_path / "export.ttl"))
    # /usr/bin/python3 is the QGIS Python of Debian 12 (no rdflib unless python3-rdflib is installed; hidden then).
    done = subprocess.run(["/usr/bin/python3", "-c", script], capture_output=True, text=True, timeout=180,
                          cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin",
                                             "HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split()[:3] == ["5", "5", "7.1.4"]
