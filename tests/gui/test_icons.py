"""Every icon the plugin shows exists in this QGIS (issue 18 trial: "Quality report" showed as bare text because
``/mAlgorithmCheckGeometry.svg`` is not a QGIS 3.22 theme icon)."""

import ast
import re
from pathlib import Path

import pytest
from paths import REPO
from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QToolBar, QWidgetAction

from slimstad_plugin.gui import icons

PLUGIN = REPO / "slimstad_plugin"
THEME_NAME = re.compile(r"^/([a-z]+/)?m[A-Z]\w*\.(svg|png)$")  # QGIS names its theme icons mAction…, mIcon…


def theme_paths_in_source() -> dict:
    """Every QGIS theme icon name ("/mActionX.svg", "/algorithms/mAlgorithmX.svg") in the plugin's code."""
    found = {}
    for path in sorted(PLUGIN.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and THEME_NAME.match(node.value):
                found.setdefault(node.value, "{}:{}".format(path.relative_to(REPO), node.lineno))
    return found


def test_every_theme_icon_path_in_the_code_exists_in_this_qgis(qgis_app) -> None:
    paths = theme_paths_in_source()
    assert icons.CHECK_GEOMETRY in paths and len(paths) >= 10  # the scan sees the plugin's icons
    missing = {name: where for name, where in paths.items() if QgsApplication.getThemeIcon(name).isNull()}
    assert not missing, "theme icons QGIS {} does not have: {}".format(QgsApplication.applicationVersion(), missing)


@pytest.mark.parametrize("name", icons.THEME_ICONS)
def test_listed_theme_icons_resolve(qgis_app, name: str) -> None:
    assert not QgsApplication.getThemeIcon(name).isNull()


def test_a_missing_theme_icon_falls_back_to_our_own(qgis_app) -> None:
    assert QgsApplication.getThemeIcon("/mAlgorithmCheckGeometry.svg").isNull()  # why the fallback exists
    assert not icons.theme_icon("/mAlgorithmCheckGeometry.svg").isNull()


def test_own_icons_exist() -> None:
    names = {Path(p).stem for p in (REPO / "resources" / "icons").glob("*.svg")}
    assert {"slimstad", "challenges", "catalogue_dock", "sample_city", "health_ok"} <= names


def test_every_action_of_the_docks_has_an_icon(qgis_iface, qgis_new_project) -> None:
    from slimstad_plugin.gui.catalogue.dock import CatalogueDock
    from slimstad_plugin.gui.challenge.dock import ChallengeDock

    catalogue = CatalogueDock(qgis_iface, qgis_iface.mainWindow(), locations=lambda: [], health_cache=False)
    challenge = ChallengeDock(qgis_iface)
    try:
        toolbars = catalogue.findChildren(QToolBar) + challenge.findChildren(QToolBar)
        checked = 0
        for toolbar in toolbars:
            for action in toolbar.actions():
                if action.isSeparator() or isinstance(action, QWidgetAction):
                    continue
                checked += 1
                assert not action.icon().isNull(), "toolbar action {!r} has no icon".format(action.text())
        assert checked >= 6  # add, health, snapshot, quality, group, reload
    finally:
        challenge.close_down()
        catalogue.deleteLater()
        challenge.deleteLater()
