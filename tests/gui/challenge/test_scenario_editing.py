"""Scenario editing on the map (issue 18, point 7): a marker per step, named steps, undo/redo per step, and the
facilities drawn above the result polygons."""

import shutil
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsLayerTreeLayer, QgsPointXY, QgsProject
from qgis_helpers import wait_for

from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.gui.challenge.dock import ChallengeDock
from slimstad_plugin.gui.challenge.scenario_edit import MARKER_PROPERTY
from slimstad_plugin.gui.challenge.scenario_tool import ADD, CHANGE, REMOVE


@pytest.fixture()
def city_project(qgis_app, sample_gpkg: Path, tmp_path: Path) -> QgsProject:
    gpkg = tmp_path / "voorbeeldstad.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    project, _layers = build_sample_project(gpkg, tmp_path / "voorbeeldstad.qgz")
    project.clear()
    instance = QgsProject.instance()
    assert instance.read(str(tmp_path / "voorbeeldstad.qgz"))
    yield instance
    instance.clear()


@pytest.fixture()
def dock(qgis_iface, city_project: QgsProject) -> ChallengeDock:
    widget = ChallengeDock(qgis_iface)
    widget.template_box.setCurrentIndex(widget.template_box.findData("kinderopvang"))
    widget.create_from_template()
    yield widget
    widget.close_down()
    wait_for(lambda: widget.task is None or not QgsApplication.taskManager().activeTasks(), 60)
    widget.deleteLater()


def run_and_wait(dock: ChallengeDock, start=None) -> None:
    assert (start or dock.run)() is not None
    wait_for(lambda: dock.task is None)


def layer(project: QgsProject, table: str):
    return next(lyr for lyr in project.mapLayers().values() if "layername={}".format(table) in lyr.source())


def tree_order(project: QgsProject) -> list:
    """Layer ids from the top of the map to the bottom."""
    return [node.layerId() for node in project.layerTreeRoot().findLayers()]


def test_steps_have_markers_names_and_undo_redo(dock: ChallengeDock, city_project: QgsProject) -> None:
    run_and_wait(dock)
    sectors, facilities = layer(city_project, "statistische_sectoren"), layer(city_project, "kinderopvang")
    target = max(sectors.getFeatures(), key=lambda f: f["inw_0_2"])
    dock.ask_capacity = lambda: (40.0, True)
    dock.handle_map_click(QgsPointXY(target.geometry().pointOnSurface().asPoint()), ADD)
    closing = max(facilities.getFeatures(), key=lambda f: f["plaatsen"])
    dock.handle_map_click(closing.geometry().asPoint(), REMOVE)
    resized = min(facilities.getFeatures(), key=lambda f: f["plaatsen"])
    dock.ask_capacity = lambda: (99.0, True)
    dock.handle_map_click(resized.geometry().asPoint(), CHANGE)
    lines = [dock.scenario_list.item(i).text() for i in range(dock.scenario_list.count())]
    assert len(lines) == 3
    assert target["tx_sector_descr_nl"] in lines[0] and "40" in lines[0]  # where, in words
    assert closing["naam"] in lines[1] and str(closing["plaatsen"]) in lines[1]  # which one, by name
    assert resized["naam"] in lines[2] and "99" in lines[2]
    markers = next(lyr for lyr in city_project.mapLayers().values() if lyr.customProperty(MARKER_PROPERTY))
    assert sorted(f["kind"] for f in markers.getFeatures()) == ["add_facility", "change_capacity",
                                                                 "remove_facility"]
    assert tree_order(city_project)[0] == markers.id()  # the markers are on top of everything
    dock.scenario.undo_button.click()
    assert dock.scenario_list.count() == 2 and markers.featureCount() == 2
    assert [c.kind for c in dock.scenario_changes] == ["add_facility", "remove_facility"]
    dock.scenario.undo_button.click()
    dock.scenario.redo_button.click()
    assert dock.scenario_list.count() == 2 and dock.scenario.redo_button.isEnabled()
    dock.scenario.redo_button.click()
    assert len(dock.scenario_changes) == 3 and not dock.scenario.redo_button.isEnabled()
    dock.scenario.undo_button.click()  # a new step after an undo drops the undone one
    dock.ask_capacity = lambda: (10.0, True)
    dock.handle_map_click(QgsPointXY(target.geometry().pointOnSurface().asPoint()), ADD)
    assert [c.kind for c in dock.scenario_changes] == ["add_facility", "remove_facility", "add_facility"]
    assert not dock.scenario.redo_button.isEnabled()
    run_and_wait(dock, dock.run_scenario)
    assert "Δ scenario" in [dock.results.horizontalHeaderItem(c).text() for c in range(dock.results.columnCount())]
    assert city_project.mapLayer(markers.id()) is markers and markers.featureCount() == 3  # kept after the run


def test_facilities_are_drawn_above_the_result_polygons(dock: ChallengeDock, city_project: QgsProject) -> None:
    run_and_wait(dock)
    order = tree_order(city_project)
    group = next(g for g in city_project.layerTreeRoot().findGroups() if g.name().startswith("Challenge"))
    results = [node.layerId() for node in group.findLayers()]
    facilities = layer(city_project, "kinderopvang")
    assert results and order.index(facilities.id()) < min(order.index(lid) for lid in results)
    sectors = layer(city_project, "statistische_sectoren")
    assert max(order.index(lid) for lid in results) < order.index(sectors.id())  # results above the base map
    assert all(isinstance(node, QgsLayerTreeLayer) for node in group.children())
