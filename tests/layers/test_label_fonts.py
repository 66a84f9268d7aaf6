"""Styles and projects SlimStad writes name only fonts installed here: opening them gives no "font not
available" warning (issue 18, point 9: the demo project warned about "DejaVu LGC Sans"). Under the offscreen
platform QGIS never warns (its own default family is the missing one), so the real desktop check opens the demo
project and asserts the message bar stays empty."""

import re

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtGui import QFontDatabase

from slimstad_plugin import RESOURCES_DIR
from slimstad_plugin.core.layers.render import label_font_family, label_layer

FAMILY = re.compile(r'fontFamily="([^"]*)"')


def test_label_font_is_installed(qgis_app) -> None:
    assert label_font_family() in QFontDatabase().families()
    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=naam:string", "p", "memory")
    label_layer(layer, "naam", 9)
    assert layer.labeling().settings().format().font().family() == label_font_family()


def test_shipped_styles_name_installed_fonts(qgis_app) -> None:
    families = set(QFontDatabase().families())
    found = {}
    for style in sorted((RESOURCES_DIR / "styles").glob("*.qml")):
        for family in FAMILY.findall(style.read_text(encoding="utf-8")):
            found[style.name] = family
    assert found, "make styles writes labelled styles (wijken.qml)"
    assert {name: family for name, family in found.items() if family not in families} == {}

