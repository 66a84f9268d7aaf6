"""Write the shipped .qml styles of the sample-city layers (``make styles``; built, not committed)."""

import sys
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from slimstad_plugin.core.layers.render import label_layer  # noqa: E402
from slimstad_plugin.qgis_app import start_qgis  # noqa: E402

STYLES = Path(__file__).resolve().parent.parent / "resources" / "styles"


def fill(color: str, outline: str = "#7f7f7f", width: str = "0.15") -> QgsFillSymbol:
    return QgsFillSymbol.createSimple({"color": color, "outline_color": outline, "outline_width": width})


def marker(shape: str, color: str, size: str) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple({"name": shape, "color": color, "size": size,
                                         "outline_color": "#ffffff", "outline_width": "0.3"})


def save(name: str, geometry: str, renderer, label_field: str = "") -> None:
    layer = QgsVectorLayer("{}?crs=EPSG:31370".format(geometry), name, "memory")
    layer.setRenderer(renderer)
    if label_field:
        label_layer(layer, label_field, 9)
    layer.saveNamedStyle(str(STYLES / "{}.qml".format(name)))


def main() -> None:
    start_qgis(with_processing=False)
    STYLES.mkdir(parents=True, exist_ok=True)
    bounds = [(0, 250, "#fff5eb"), (250, 500, "#fdd0a2"), (500, 1000, "#fd8d3c"),
              (1000, 1500, "#d94801"), (1500, 100000, "#7f2704")]
    ranges = [QgsRendererRange(low, high, fill(color),
                               "{} – {}".format(low, high) if high < 100000 else "> {}".format(low))
              for low, high, color in bounds]
    save("statistische_sectoren", "Polygon", QgsGraduatedSymbolRenderer("inw_totaal", ranges))
    save("wijken", "MultiPolygon", QgsSingleSymbolRenderer(fill("0,0,0,0", "#252525", "0.6")), "wijk_naam")
    save("kinderopvang", "Point", QgsSingleSymbolRenderer(marker("circle", "#e6550d", "2.6")))
    save("scholen", "Point", QgsCategorizedSymbolRenderer("niveau", [
        QgsRendererCategory("lager", marker("square", "#3182bd", "2.6"), "Lager onderwijs"),
        QgsRendererCategory("secundair", marker("square", "#08306b", "3.2"), "Secundair onderwijs"),
    ]))
    save("woonzorgcentra", "Point", QgsSingleSymbolRenderer(marker("triangle", "#756bb1", "3.2")))
    save("sociale_woningen", "Polygon", QgsSingleSymbolRenderer(fill("#a50f15", "#67000d", "0.2")))
    save("parken", "Polygon", QgsSingleSymbolRenderer(fill("#74c476", "#238b45", "0.2")))
    save("haltes", "Point", QgsSingleSymbolRenderer(marker("circle", "#000000", "1.4")))
    save("straten", "LineString", QgsCategorizedSymbolRenderer("wegtype", [
        QgsRendererCategory("hoofdweg", QgsLineSymbol.createSimple({"color": "#969696", "width": "0.5"}),
                            "Hoofdweg"),
        QgsRendererCategory("lokale weg", QgsLineSymbol.createSimple({"color": "#bdbdbd", "width": "0.2"}),
                            "Lokale weg"),
    ]))


if __name__ == "__main__":
    main()
