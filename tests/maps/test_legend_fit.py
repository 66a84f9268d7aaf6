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


def test_long_class_labels_wrap_and_rule_based_and_atlas_pages_keep_every_entry(project: QgsProject,
                                                                                 tmp_path: Path) -> None:
    """B11 kind: a class label wider than the legend kept every entry off the map's own page (an empty "Legend"
    there); a rule-based layer next to 200 categories; an atlas over it writes one file per printed page."""
    from qgis.core import QgsRuleBasedRenderer  # noqa: PLC0415

    from slimstad_plugin.core.maps.atlas import AtlasOptions  # noqa: PLC0415

    sectors = categorised_layer(tmp_path, "Sectoren", 200)
    renderer = sectors.renderer()
    long_label = "Sector with a very long descriptive label that goes on and on " * 3
    renderer.updateCategoryLabel(0, long_label.strip())
    zones = QgsVectorLayer(str(tmp_path / "sectoren.gpkg"), "Zones", "ogr")
    root = QgsRuleBasedRenderer.Rule(None)
    for k in range(4):
        root.appendChild(QgsRuleBasedRenderer.Rule(QgsSymbol.defaultSymbol(zones.geometryType()), 0, 0,
                                                   "\"fid\" % 4 = {}".format(k), "Zone rule {}".format(k)))
    zones.setRenderer(QgsRuleBasedRenderer(root))
    project.addMapLayers([sectors, zones])
    result = export_planning_map(project, PlanningMapRequest(title="Lang", layers=[sectors, zones],
                                                             layout_name="lang"), tmp_path / "kaart.pdf", dpi=30)
    layout = project.layoutManager().layoutByName("lang")
    assert check_fits(layout) == {"Sectoren", "Zones"}
    first = next(legend for legend in legends(layout) if legend.page() == 0)
    assert first.model().rootGroup().findLayers(), "the map's own page has legend entries"
    shown = sum(len(legend.model().layerLegendNodes(node)) for legend in legends(layout)
                for node in legend.model().rootGroup().findLayers())
    assert shown == 204 and not any("left out" in warning for warning in result.warnings), result.warnings
    # the same map as an atlas per zone, one PNG per printed page: files == pages reported, nothing hidden
    coverage = QgsVectorLayer(str(tmp_path / "sectoren.gpkg"), "Atlas", "ogr")
    coverage.setSubsetString("\"fid\" <= 3")
    project.addMapLayer(coverage, False)
    out = tmp_path / "atlas"
    out.mkdir()
    atlas = export_planning_map(project, PlanningMapRequest(title="Lang", layers=[sectors, zones],
                                                            atlas=AtlasOptions(coverage)), out / "a.png", dpi=30)
    files = sorted(path.name for path in out.iterdir())
    assert atlas.pages == len(files) == len(atlas.paths) and not any(name.startswith(".") for name in files)
    assert len(files) == 3 * layout.pageCollection().pageCount(), files


def test_an_entry_too_big_for_the_legend_box_goes_on_and_the_heading_says_so(project: QgsProject,
                                                                              tmp_path: Path) -> None:
    from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer  # noqa: PLC0415

    points = QgsVectorLayer("Point?crs=EPSG:31370", "Grote symbolen", "memory")
    feature = QgsFeature(points.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POINT(150000 180000)"))
    points.dataProvider().addFeatures([feature])
    points.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"size": "90", "size_unit": "MM"})))
    project.addMapLayer(points)
    result = export_planning_map(project, PlanningMapRequest(title="Groot", layers=[points], layout_name="groot",
                                                             language="en"), tmp_path / "groot.pdf", dpi=30)
    layout = project.layoutManager().layoutByName("groot")
    first = next(legend for legend in legends(layout) if legend.page() == 0)
    assert not first.model().rootGroup().findLayers()
    assert first.title() == "Legend: on the next page"
    assert check_fits(layout) == {"Grote symbolen"} and result.pages == 2
