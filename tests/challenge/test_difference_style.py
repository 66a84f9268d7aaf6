"""Difference maps of a scenario: no change is neutral grey, better blue, worse orange (colour-blind safe),
the scenario's name is in the layer's title, and the rendered map is not "red everywhere" (issue 18, point 3)."""

from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from slimstad_plugin.core.analysis.scenarios import Change, Scenario
from slimstad_plugin.core.challenge.output import (
    BETTER_RAMP,
    NEUTRAL_COLOUR,
    NULL_COLOUR,
    WORSE_RAMP,
    diverging_renderer,
)
from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import load_styled_layer
from slimstad_plugin.core.layers.render import render_png

BLUES = {QColor(c).name() for c in BETTER_RAMP}
ORANGES = {QColor(c).name() for c in WORSE_RAMP}


def colour_of(renderer: object, value: float) -> str:
    """Fill colour the renderer gives a unit with this difference (the legend class it falls in)."""
    for item in renderer.ranges():
        if item.lowerValue() <= value <= item.upperValue():
            return item.symbol().color().name()
    raise AssertionError("no class for {}".format(value))


@pytest.mark.parametrize("higher_is_better", [True, False])
def test_zero_is_neutral_and_the_sides_are_blue_and_orange(qgis_app, higher_is_better: bool) -> None:
    delta = np.array([0.0, 0.0, 0.0, 1e-13, 2.5, 10.0, 40.0, -3.0, -0.4, np.nan])
    renderer = diverging_renderer("delta", delta, "places", higher_is_better, "no value", classes=5)
    neutral = QColor(NEUTRAL_COLOUR).name()
    assert colour_of(renderer, 0.0) == neutral
    assert colour_of(renderer, 1e-13) == neutral  # recomputation noise is no change
    better, worse = (BLUES, ORANGES) if higher_is_better else (ORANGES, BLUES)
    for value in (2.5, 10.0, 40.0):
        assert colour_of(renderer, value) in better
    for value in (-3.0, -0.4):
        assert colour_of(renderer, value) in worse
    # Stronger change, darker colour (never the same class for 2.5 and 40).
    assert colour_of(renderer, 2.5) != colour_of(renderer, 40.0)
    labels = [item.label() for item in renderer.ranges()]
    assert "no change" in labels and "no value" in labels
    assert any("better" in label for label in labels) and any("worse" in label for label in labels)
    assert QColor(NULL_COLOUR).name() == colour_of(renderer, -2e15)  # NULL mapped to the sentinel class


def test_no_change_at_all_is_one_grey_class(qgis_app) -> None:
    renderer = diverging_renderer("delta", np.zeros(20), "", True, "no value")
    assert [item.label() for item in renderer.ranges()] == ["no value", "no change"]


def test_scenario_map_after_one_added_and_one_removed_facility(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    """The case of the issue: one facility added, one removed — most of the city is unchanged (grey), the map
    has no red at all, and the layer title names the scenario."""
    project = QgsProject()
    sectors = load_styled_layer(sample_gpkg, "statistische_sectoren")
    childcare = load_styled_layer(sample_gpkg, "kinderopvang")
    project.addMapLayer(sectors)
    project.addMapLayer(childcare)
    first = next(childcare.getFeatures())
    centre = sectors.extent().center()
    challenge = load_template("kinderopvang")
    challenge.scenarios = [Scenario("kaartscenario", {"nl": "Nieuwe crèche Zuid", "en": "New crèche South",
                                                      "fr": "Nouvelle crèche Sud"}, [
        Change(kind="add_facility", supply="kinderopvang", x=centre.x(), y=centre.y(), capacity=40, name="Zuid"),
        Change(kind="remove_facility", supply="kinderopvang", fid=int(first.id()))])]
    result = run_challenge(challenge, project, tmp_path / "scenario.gpkg", language="en")
    name = "bereikbaarheid__kaartscenario"
    layer = QgsVectorLayer("{}|layername={}".format(result.output, name), name, "ogr")
    assert layer.isValid()
    assert "New crèche South" in layer.metadata().title()  # scenario name, in the language asked for
    delta = result.scenarios["kaartscenario"]["bereikbaarheid"].delta
    unchanged = int(np.sum(np.abs(delta[np.isfinite(delta)]) < 1e-9))
    assert unchanged > len(delta) / 2  # the premise: most units do not change
    renderer = layer.renderer()
    context = QgsRenderContext()
    expression_context = QgsExpressionContext()
    expression_context.appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setExpressionContext(expression_context)
    renderer.startRender(context, layer.fields())
    colours = []
    for feature in layer.getFeatures():
        value = feature["delta"]
        if isinstance(value, float) and abs(value) < 1e-9:  # NULL comes back as a null QVariant
            context.expressionContext().setFeature(feature)
            colours.append(renderer.symbolForFeature(feature, context).color().name())
    renderer.stopRender(context)
    assert colours and set(colours) == {QColor(NEUTRAL_COLOUR).name()}
    png = render_png([layer], layer.extent(), tmp_path / "delta.png", 400, 300)
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png))
    counts = {"grey": 0, "red": 0, "blue": 0, "orange": 0}
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = QColor(image.pixel(x, y))
            r, g, b = colour.red(), colour.green(), colour.blue()
            if abs(r - 0xE3) < 4 and abs(g - 0xE3) < 4 and abs(b - 0xE3) < 4:
                counts["grey"] += 1
            elif r > 180 and g < 60 and b < 60:
                counts["red"] += 1
            elif b > r + 40:
                counts["blue"] += 1
            elif r > b + 60 and g > 60:
                counts["orange"] += 1
    assert counts["red"] == 0
    assert counts["grey"] > counts["blue"] + counts["orange"]
    assert counts["blue"] > 0 and counts["orange"] > 0  # the added and the removed facility both show
    project.clear()
