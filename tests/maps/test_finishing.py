"""Kind 6: a planning map finished as a planner expects.

Sources block readable on paper (>= 6 pt at the printed size), overview showing the city within its surroundings,
a table with a caption listing exactly the units the map numbers, class labels that never overlap, a colour ramp
that stays readable with colour blindness, city name and logo from the settings, an optional light background,
and no GDAL "ERROR 6" line on a PNG export.
"""

import math
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator, Tuple

import pytest
from paths import REPO, SHARED_DATA
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsMapLayerStyle,
    QgsProject,
)

from slimstad_plugin.core.base.i18n import language_scope
from slimstad_plugin.core.base.settings import SlimStadSettings
from slimstad_plugin.core.challenge.output import GOOD_RAMP, class_labels, graduated_renderer, nice_breaks
from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.maps.export import export_planning_map
from slimstad_plugin.core.maps.layout_builder import PlanningMapRequest
from slimstad_plugin.core.maps.table import TableSpec, ranked_ids


@pytest.fixture()
def city(qgis_app, sample_gpkg: Path, tmp_path: Path) -> Iterator[Tuple[QgsProject, dict]]:
    project, layers = build_sample_project(sample_gpkg, tmp_path / "stad.qgz")
    yield project, layers
    project.clear()


@pytest.fixture()
def settings() -> Iterator[SlimStadSettings]:
    saved = SlimStadSettings.load()
    yield saved
    saved.save()


def sector_map(project: QgsProject, layers: dict, tmp_path: Path, **kwargs: object) -> object:
    sectors = layers["statistische_sectoren"]
    request = PlanningMapRequest(title="Kinderen 0-2", layers=[layers["kinderopvang"], layers["wijken"], sectors],
                                 indicator_layer=sectors, indicator_field="inw_0_2",
                                 label_field="tx_sector_descr_nl", indicator_heading="Kinderen 0-2 jaar",
                                 sort_descending=True, top_n=8, layout_name="af", language="en", **kwargs)
    result = export_planning_map(project, request, tmp_path / "af.pdf", dpi=60)
    return result, project.layoutManager().layoutByName("af")


def test_sources_block_prints_at_least_6_pt_even_with_many_sources(city, tmp_path: Path) -> None:
    project, layers = city
    result, layout = sector_map(project, layers, tmp_path)
    sources = layout.itemById("sources")
    assert sources.font().pointSizeF() >= 6.0
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.text().strip():
            assert item.font().pointSizeF() >= 6.0, item.id()
    # Many layers: the block grows (the map gives room) or continues on a page; it never shrinks below 6 pt.
    many = [layers[name] for name in layers] * 1
    for index in range(12):
        clone = layers["parken"].clone()
        clone.setName("Park laag met een lange naam nummer {}".format(index))
        project.addMapLayer(clone)
        many.append(clone)
    export_planning_map(project, PlanningMapRequest(title="Veel bronnen", layers=many, layout_name="veel",
                                                    language="en"), tmp_path / "veel.pdf", dpi=40)
    veel = project.layoutManager().layoutByName("veel")
    assert veel.itemById("sources").font().pointSizeF() >= 6.0
    text = "\n".join(item.text() for item in veel.items() if isinstance(item, QgsLayoutItemLabel))
    for index in range(12):
        assert "Park laag met een lange naam nummer {}".format(index) in text, "no source line is dropped"


def test_overview_shows_the_city_within_surroundings(city, tmp_path: Path) -> None:
    project, layers = city
    _result, layout = sector_map(project, layers, tmp_path)
    main_map, overview = layout.itemById("main_map"), layout.itemById("overview_map")
    assert isinstance(overview, QgsLayoutItemMap)
    outer, inner = overview.extent(), main_map.extent()
    assert outer.contains(inner) and outer.area() > 1.8 * inner.area(), "wider than the main map"
    roles = sorted(layer.customProperty("slimstad/overview_role") for layer in overview.layers())
    assert roles == ["city", "surroundings"]
    band = next(layer for layer in overview.layers() if layer.customProperty("slimstad/overview_role") ==
                "surroundings")
    city_outline = next(layer for layer in overview.layers() if layer.customProperty("slimstad/overview_role") ==
                        "city")
    assert band.featureCount() == city_outline.featureCount() == 1
    assert band.extent().contains(city_outline.extent()) and band.extent().area() > city_outline.extent().area()


def test_overview_uses_real_municipality_outlines_when_configured(city, tmp_path: Path, settings) -> None:
    outlines = SHARED_DATA / "flanders_admin_gebiedsniveaus" / "shapefiles" / "gemeente.shp"
    project, layers = city
    _result, layout = sector_map(project, layers, tmp_path, overview_outlines=str(outlines))
    overview = layout.itemById("overview_map")
    used = [layer for layer in overview.layers() if layer.customProperty("slimstad/overview_role") == "surroundings"]
    assert used and Path(used[0].source().split("|")[0]).resolve() == outlines.resolve()
    assert used[0].featureCount() > 250, "the Flemish municipalities"


def test_table_has_a_caption_and_lists_exactly_the_numbered_units(city, tmp_path: Path) -> None:
    project, layers = city
    _result, layout = sector_map(project, layers, tmp_path)
    caption = layout.itemById("indicator_table_caption")
    assert caption is not None and caption.text() == \
        "The 8 areas with the highest kinderen 0-2 jaar; their numbers are on the map."
    sectors = layers["statistische_sectoren"]
    ranked = ranked_ids(TableSpec(sectors, "inw_0_2", top_n=8, sort_descending=True), None)[""]
    expected = sorted((f["inw_0_2"] for f in sectors.getFeatures()), reverse=True)[:8]
    assert [sectors.getFeature(fid)["inw_0_2"] for fid in ranked] == expected
    table = next(frame.multiFrame() for frame in layout.items()
                 if isinstance(frame, QgsLayoutFrame) and frame.id() == "indicator_table")
    listed = {f.id() for f in sectors.getFeatures(QgsFeatureRequest(QgsExpression(table.featureFilter())))}
    assert listed == set(ranked), "the table lists exactly the top units"
    rows = [[str(cell) for cell in row] for row in table.contents()]
    assert [row[0] for row in rows] == [str(n) for n in range(1, 9)] and len(rows) == 8
    # The main map numbers the same units with the same numbers (its style override's label expression).
    style = QgsMapLayerStyle(layout.itemById("main_map").layerStyleOverrides()[sectors.id()])
    copy = sectors.clone()
    style.writeToLayer(copy)
    label_expression = QgsExpression(copy.labeling().settings().fieldName)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(copy))
    numbers = {}
    for feature in copy.getFeatures():
        context.setFeature(feature)
        value = label_expression.evaluate(context)
        if value is not None and str(value) != "NULL":
            numbers[feature.id()] = str(value)
    assert numbers == {fid: str(rank + 1) for rank, fid in enumerate(ranked)}
    assert {row[1] for row in rows} == {sectors.getFeature(fid)["tx_sector_descr_nl"] for fid in ranked}


def test_class_labels_never_overlap() -> None:
    bounds = [(0, 0), (0, 19), (19, 32.5), (32.5, 1130)]
    with language_scope("nl"):  # legend numbers are written as the reader's language writes them
        assert class_labels(bounds, "") == ["0", "> 0 – 19", "> 19 – 32,5", "> 32,5 – 1.130"]
    with language_scope("en"):
        assert class_labels(bounds, "") == ["0", "> 0 – 19", "> 19 – 32.5", "> 32.5 – 1,130"]
    breaks = nice_breaks(__import__("numpy").array([0, 0, 0, 0, 5, 12, 19, 25, 40, 80.0]), 5)
    renderer = graduated_renderer("value", breaks, "plaatsen", True, "geen waarde")
    texts = [r.label() for r in renderer.ranges()][1:]
    for first, second in zip(texts, texts[1:]):
        assert second.startswith("> "), (first, second)


def _srgb_to_linear(c: float) -> float:
    c = c / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb: tuple) -> tuple:
    r, g, b = (_srgb_to_linear(v) for v in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
SIMULATIONS = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


def _simulate(rgb: tuple, matrix: tuple) -> tuple:
    linear = [_srgb_to_linear(v) for v in rgb]
    out = []
    for row in matrix:
        value = min(1.0, max(0.0, sum(m * c for m, c in zip(row, linear))))
        value = value * 12.92 if value <= 0.0031308 else 1.055 * value ** (1 / 2.4) - 0.055
        out.append(value * 255)
    return tuple(out)


def test_default_ramp_stays_distinguishable_with_colour_blindness() -> None:
    colours = [tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for h in GOOD_RAMP]
    for name, matrix in SIMULATIONS.items():
        seen = [_lab(_simulate(colour, matrix)) for colour in colours]
        closest = min(math.dist(a, b) for i, a in enumerate(seen) for b in seen[i + 1:])
        assert closest > 10, "{}: two classes look alike (ΔE {:.1f})".format(name, closest)
    # The old red-green ramp fails this check: the test can tell.
    old = [(0xd7, 0x19, 0x1c), (0xfd, 0xae, 0x61), (0xff, 0xff, 0xbf), (0xa6, 0xd9, 0x6a), (0x1a, 0x96, 0x41)]
    seen = [_lab(_simulate(colour, SIMULATIONS["deuteranopia"])) for colour in old]
    assert math.dist(seen[0], seen[4]) < math.dist(*[_lab(_simulate(c, SIMULATIONS["deuteranopia"]))
                                                     for c in (colours[0], colours[4])])


def test_city_name_and_logo_come_from_the_settings(city, tmp_path: Path, settings) -> None:
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" '
                    'fill="#2c7bb6"/></svg>', encoding="utf-8")
    configured = SlimStadSettings.load()
    configured.city_name = "Stad Mechelen"
    configured.logo_path = str(logo)
    configured.save()
    project, layers = city
    _result, layout = sector_map(project, layers, tmp_path)
    assert layout.itemById("city").text() == "Stad Mechelen"
    picture = layout.itemById("logo")
    assert isinstance(picture, QgsLayoutItemPicture) and picture.isVisible()
    assert Path(picture.picturePath()).resolve() == logo.resolve()


def test_light_background_layer_under_the_map_not_in_the_legend(city, tmp_path: Path) -> None:
    project, layers = city
    result, layout = sector_map(project, layers, tmp_path, background="Stratennet")
    main_map = layout.itemById("main_map")
    names = [layer.name() for layer in main_map.layers()]
    assert "Stratennet" in names
    assert names.index("Stratennet") < names.index("Statistische sectoren"), "above the area fills, below points"
    legend = layout.itemById("legend")
    assert "Stratennet" not in [node.layer().name() for node in legend.model().rootGroup().findLayers()]
    assert "Stratennet" in layout.itemById("sources").text()
    assert layers["straten"].renderer().type() == "categorizedSymbol", "the project's own style is untouched"


def test_png_export_prints_no_gdal_error(city, tmp_path: Path) -> None:
    project, layers = city
    assert project.write()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "slimstad_plugin", "export", "--project", project.fileName(),
                           "--out", str(tmp_path / "kaart.png"), "--dpi", "30"], cwd=str(REPO), env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not re.search(r"ERROR \d", done.stderr + done.stdout), done.stderr
