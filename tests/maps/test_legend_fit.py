"""Kind 4 (case B11): a legend fits its box, flows onto continuation pages, or the export names what is left out.

Right value of B11: every legend item of the saved layout fits its box (``QgsLegendRenderer.minimumSize``, which
follows columns as the export does), every box lies on its page, and both layers are in a legend.
"""

from pathlib import Path
from typing import List

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsLayoutItemLegend,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsProject,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from slimstad_plugin.core.maps.export import export_planning_map
from slimstad_plugin.core.maps.layout_builder import PlanningMapRequest

SQUARE = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))"


def categorised_layer(folder: Path, name: str, count: int) -> QgsVectorLayer:
    memory = QgsVectorLayer("Polygon?crs=EPSG:31370&field=code:string", name, "memory")
    features = []
    for k in range(count):
        x, y = 150000 + (k % 40) * 100, 180000 + (k // 40) * 100
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromWkt(SQUARE.format(x, y, x + 100, y + 100)))
        feature.setAttributes(["S{:04d}".format(k)])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name.lower()
    path = folder / "{}.gpkg".format(name.lower())
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsCoordinateTransformContext(), options)
    layer = QgsVectorLayer(str(path), name, "ogr")
    categories = []
    for k in range(count):
        symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PolygonGeometry)
        symbol.setColor(QColor.fromHsv((k * 37) % 360, 200, 220))
        categories.append(QgsRendererCategory("S{:04d}".format(k), symbol, "Sector S{:04d}".format(k)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("code", categories))
    return layer


def legends(layout: object) -> List[QgsLayoutItemLegend]:
    return [item for item in layout.items() if isinstance(item, QgsLayoutItemLegend)]


def check_fits(layout: object) -> set:
    """Every legend's content fits its box on its page; returns the layer names found in the legends."""
    names = set()
    for legend in legends(layout):
        context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
        box, pos = legend.rect(), legend.pagePos()
        page = layout.pageCollection().page(legend.page()).pageSize()
        assert needed.height() <= box.height() + 0.5 and needed.width() <= box.width() + 0.5, legend.id()
        assert pos.x() >= -0.5 and pos.y() >= -0.5 and pos.x() + box.width() <= page.width() + 0.5
        assert pos.y() + box.height() <= page.height() + 0.5
        for style in (1, 2, 3):  # Group, Subgroup, SymbolLabel texts stay readable
            assert legend.styleFont(style).pointSizeF() >= 6.0
        names.update(node.layer().name() for node in legend.model().rootGroup().findLayers())
    return names


@pytest.fixture()
def project(qgis_app, tmp_path: Path) -> QgsProject:
    project = QgsProject()
    yield project
    project.clear()


def test_120_categories_flow_onto_a_continuation_page(project: QgsProject, tmp_path: Path) -> None:
    sectors = categorised_layer(tmp_path, "Sectoren", 120)
    wijken = QgsVectorLayer(str(tmp_path / "sectoren.gpkg"), "Wijken", "ogr")
    project.addMapLayers([sectors, wijken])
    result = export_planning_map(project, PlanningMapRequest(title="Legende-test", layers=[sectors, wijken],
                                                             layout_name="leg"), tmp_path / "kaart.png", dpi=30)
    layout = project.layoutManager().layoutByName("leg")
    assert check_fits(layout) == {"Sectoren", "Wijken"}, "both layers are in a legend"
    shown = sum(len(legend.model().layerLegendNodes(node)) for legend in legends(layout)
                for node in legend.model().rootGroup().findLayers())
    assert shown == 121, "every entry is printed somewhere"
    assert len(result.paths) == result.pages == 2 == layout.pageCollection().pageCount()
    assert "The legend has 121 entries: it continues on 1 extra page(s)." in result.warnings
    assert not any("left out" in warning for warning in result.warnings)


def test_a_legend_too_long_even_for_extra_pages_says_exactly_what_is_left_out(project: QgsProject,
                                                                               tmp_path: Path) -> None:
    huge = categorised_layer(tmp_path, "Percelen", 1600)
    project.addMapLayer(huge)
    result = export_planning_map(project, PlanningMapRequest(title="Te veel", layers=[huge], layout_name="huge"),
                                 tmp_path / "kaart.pdf", dpi=30)
    layout = project.layoutManager().layoutByName("huge")
    check_fits(layout)
    shown = sum(len(legend.model().layerLegendNodes(node)) for legend in legends(layout)
                for node in legend.model().rootGroup().findLayers())
    warning = next(w for w in result.warnings if "left out" in w)
    assert "shows {} of 1600 entries".format(shown) in warning
    assert "Percelen: {} entries".format(1600 - shown) in warning
    assert 0 < shown < 1600
