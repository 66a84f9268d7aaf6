"""Python packages SlimStad needs beyond QGIS itself, checked before anything imports them."""

import sys
import sysconfig
from pathlib import Path
from typing import List

from .i18n import translator

tr = translator("SlimStadMenu")


def missing_dependencies() -> List[str]:
    """Requirement strings that are not satisfied in this QGIS's Python (empty when all is well)."""
    missing = []
    try:
        import shapely  # lazy: this function checks whether the package is there

        if int(shapely.__version__.split(".")[0]) < 2:
            missing.append("shapely>=2 (found {})".format(shapely.__version__))
    except ImportError:
        missing.append("shapely>=2")
    try:
        import numpy  # noqa: F401 - lazy: this function checks whether the package is there
    except ImportError:
        missing.append("numpy")
    return missing


def externally_managed() -> bool:
    """True when this Python refuses plain ``pip install`` (PEP 668, e.g. Debian 12's /usr/bin/python3)."""
    return (Path(sysconfig.get_path("stdlib")) / "EXTERNALLY-MANAGED").exists()


def install_hint(missing: List[str]) -> str:
    """A translated message naming what is missing and a command that installs it into QGIS's Python here.

    Debian 12 marks its Python as externally managed, so ``pip install --user`` alone fails; its own
    python3-shapely (1.8) is too old. There the hint gives ``--break-system-packages`` for the user site (it
    never touches system files) and, as the alternative, a virtual environment QGIS is started with.
    """
    packages = '"shapely>=2,<2.1" "numpy<2"'
    python = "python3" if sys.platform != "win32" else "python"
    text = tr("SlimStad needs these Python packages in QGIS's Python: {packages}.").format(
        packages=", ".join(missing))
    if externally_managed():
        venv = "~/.local/share/slimstad-venv"
        return text + " " + tr(
            "This Python is managed by the system (Debian 12, Ubuntu 23.04 or later) and its own python3-shapely "
            "is too old. Install them for your user: {user_command} — or in a virtual environment: {venv_command} "
            "and start QGIS with PYTHONPATH={site}. Then restart QGIS.").format(
            user_command="{} -m pip install --user --break-system-packages {}".format(python, packages),
            venv_command="{py} -m venv --system-site-packages {venv} && {venv}/bin/pip install {packages}".format(
                py=python, venv=venv, packages=packages),
            site="{}/lib/python{}.{}/site-packages".format(venv, *sys.version_info[:2]))
    return text + " " + tr("Install them (for example {command}) and restart QGIS.").format(
        command="{} -m pip install --user {}".format(python, packages))
