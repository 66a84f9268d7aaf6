"""The "Opgaven" dock driven as a planner would: template, roles, run in a task, results, scenario."""

import shutil
from pathlib import Path
from typing import Callable

import numpy as np
import pytest
from qgis.core import QgsApplication, QgsPointXY, QgsProject
from qgis_helpers import wait_for

from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.store import KEY, SCOPE, find_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.gui.challenge.dock import ChallengeDock
from slimstad_plugin.gui.challenge.scenario_tool import ADD


@pytest.fixture()
def city_project(qgis_app, sample_gpkg: Path, tmp_path: Path) -> QgsProject:
    """The sample city project opened as the current QGIS project (a copy: tests may change it)."""
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
    yield widget
    widget.close_down()
    wait_for(lambda: widget.task is None or not QgsApplication.taskManager().activeTasks(), 60)
    widget.deleteLater()


def create_childcare(dock: ChallengeDock) -> None:
    dock.template_box.setCurrentIndex(dock.template_box.findData("kinderopvang"))
    dock.findChild(object, "new_template").click()


def run_and_wait(dock: ChallengeDock, start: Callable = None) -> None:
    task = (start or dock.run)()
    assert task is not None
    wait_for(lambda: dock.task is None)


def layer_named(project: QgsProject, source_layer: str):
    return next(lyr for lyr in project.mapLayers().values() if "layername={}".format(source_layer) in lyr.source())


def test_template_roles_run_results_and_selection(dock: ChallengeDock, city_project: QgsProject) -> None:
    create_childcare(dock)
    assert dock.challenge_list.count() == 1 and dock.current.id == "kinderopvang"
    assert [s.ok for s in dock.roles.statuses] == [True] * len(dock.roles.statuses)
    assert dock.run_button.isEnabled()
    # Bind the supply role by hand, as a user picking layer and field.
    dock.roles.bind("supply:kinderopvang", layer_named(city_project, "kinderopvang"), "plaatsen")
    assert dock.current.supply[0].capacity_field == "plaatsen"
    run_and_wait(dock)
    assert "Done" in dock.message.text(), dock.message.text()
    group = city_project.layerTreeRoot().findGroup("Challenge: Kinderopvang")
    assert group is not None
    names = [node.layer().name() for node in group.findLayers()]
    assert names[0].startswith("Priority") and len(names) == 3
    # Table = engine.
    expected = run_challenge(load_template("kinderopvang"), city_project,
                             Path(city_project.absolutePath()) / "check.gpkg").per_unit("plaatsen_per_100")
    column = [dock.results.horizontalHeaderItem(c).text() for c in range(dock.results.columnCount())].index(
        "Plaatsen per 100 kinderen (0-2 jaar)")  # the challenge writes its results in Dutch
    shown = dock.results.values_by_unit(column)
    assert shown.keys() == expected.keys()
    for uid, value in expected.items():
        assert (value is None and shown[uid] is None) or shown[uid] == pytest.approx(value, abs=0.006)
    # Top priority first: the first row has the highest score.
    scores = [dock.results.item(r, 2).data(256) for r in range(dock.results.rowCount())]
    finite = [s for s in scores if s is not None]
    assert finite[0] == max(finite)
    assert "of 150 area units have less than" in dock.summary.text()
    # Selection sync, both ways.
    dock.results.selectRow(3)
    layer = dock.results.layer
    assert layer.selectedFeatureCount() == 1
    assert layer.selectedFeatures()[0]["area_id"] == dock.results.item(3, 0).text()
    target = next(layer.getFeatures())
    layer.selectByIds([target.id()])
    assert dock.results.selected_unit_ids() == [target["area_id"]]
    # Re-run replaces the group's layers, nothing else.
    others = {lid for lid in city_project.mapLayers() if lid not in {n.layerId() for n in group.findLayers()}}
    run_and_wait(dock)
    group = city_project.layerTreeRoot().findGroup("Challenge: Kinderopvang")
    assert len(group.findLayers()) == 3
    assert others <= set(city_project.mapLayers())


def test_scenario_from_map_adds_exactly_its_capacity(dock: ChallengeDock, city_project: QgsProject) -> None:
    create_childcare(dock)
    run_and_wait(dock)
    sectors = layer_named(city_project, "statistische_sectoren")
    feature = max(sectors.getFeatures(), key=lambda f: f["inw_0_2"])
    point = feature.geometry().pointOnSurface().asPoint()
    dock.ask_capacity = lambda: (50.0, True)
    dock.handle_map_click(QgsPointXY(point), ADD)
    assert dock.scenario_list.count() == 1
    run_and_wait(dock, dock.run_scenario)
    headers = [dock.results.horizontalHeaderItem(c).text() for c in range(dock.results.columnCount())]
    delta_column = headers.index("Δ scenario")
    deltas = dock.results.values_by_unit(delta_column)
    expected = 50 / feature["inw_0_2"] * 100
    assert deltas[feature["cd_sector"]] == pytest.approx(expected, abs=0.006)
    assert sum(1 for v in deltas.values() if v) == 1
    group = city_project.layerTreeRoot().findGroup("Challenge: Kinderopvang")
    assert any("__kaartscenario" in node.layer().source() for node in group.findLayers())


def test_manage_list_and_export_import(dock: ChallengeDock, tmp_path: Path) -> None:
    create_childcare(dock)
    dock.findChild(object, "duplicate").trigger()  # the "Manage" menu
    assert [c.id for c in dock.challenges] == ["kinderopvang", "kinderopvang_2"]
    dock.ask_text = lambda *_: ("Opvang Noord", True)
    dock.rename()
    assert dock.current.display_title() == "Opvang Noord"
    dock.confirm = lambda *_: False
    dock.delete()
    assert len(dock.challenges) == 2
    dock.confirm = lambda *_: True
    dock.delete()
    assert len(dock.challenges) == 1
    dock.undo_delete()
    assert len(dock.challenges) == 2
    dock.ask_save_file = lambda name: str(tmp_path / name)
    dock.export_file()
    exported = list(tmp_path.glob("*.slimstad.json"))
    assert len(exported) == 1
    dock.ask_open_file = lambda: str(exported[0])
    dock.import_file()
    assert len(dock.challenges) == 3
    (tmp_path / "broken.slimstad.json").write_text("{ nope")
    dock.ask_open_file = lambda: str(tmp_path / "broken.slimstad.json")
    dock.import_file()
    assert "not valid JSON" in dock.message.text() and len(dock.challenges) == 3


def test_removed_layer_turns_role_red_and_blocks_run(dock: ChallengeDock, city_project: QgsProject) -> None:
    create_childcare(dock)
    city_project.removeMapLayer(layer_named(city_project, "kinderopvang"))
    supply = next(s for s in dock.roles.statuses if s.key == "supply:kinderopvang")
    assert not supply.ok
    assert not dock.run_button.isEnabled()
    assert "Run is disabled" in dock.blockers.text() and "kinderopvang" in dock.blockers.text()


def test_wrong_field_type_is_named(dock: ChallengeDock, city_project: QgsProject) -> None:
    create_childcare(dock)
    dock.roles.bind("supply:kinderopvang", layer_named(city_project, "kinderopvang"), "naam")
    supply = next(s for s in dock.roles.statuses if s.key == "supply:kinderopvang")
    assert "not numeric" in supply.problem


def test_second_run_refused_while_first_runs(dock: ChallengeDock) -> None:
    create_childcare(dock)
    first = dock.run()
    assert first is not None
    assert dock.run() is None
    assert "already in progress" in dock.message.text()
    wait_for(lambda: dock.task is None)


def test_closing_project_cancels_run(dock: ChallengeDock, city_project: QgsProject) -> None:
    create_childcare(dock)
    task = dock.run()
    city_project.clear()
    wait_for(lambda: dock.task is None)
    # Cancelled, or finished just before: either way nothing lands in the closed (now empty) project.
    assert dock.challenge_list.count() == 0
    assert city_project.mapLayers() == {} and city_project.layerTreeRoot().children() == []
    assert "closed during the run" in dock.message.text() or task.isCanceled()
    output = Path(dock.run_output)
    assert not list(output.parent.glob(".*.tmp.gpkg"))


def test_corrupted_challenge_in_project_is_named(qgis_iface, city_project: QgsProject) -> None:
    city_project.writeEntry(SCOPE, KEY, "[{\"id\": \"kapot\"}, ")
    widget = ChallengeDock(qgis_iface)
    try:
        assert "damaged" in widget.message.text()
        assert widget.challenge_list.count() == 0
        assert len(city_project.mapLayers()) == 9  # the rest of the project loaded
    finally:
        widget.close_down()


def test_weights_live_sum(dock: ChallengeDock) -> None:
    create_childcare(dock)
    panel = dock.parameters
    assert "1.00" in panel.weight_sum.text()
    panel.weight_boxes["plaatsen_per_100"].setValue(0.9)
    assert "must add up to 1" in panel.weight_sum.text()
    assert np.isclose(sum(panel.weights.values()), 1.4)
    assert panel.weight_sliders["plaatsen_per_100"].value() == 90  # slider follows the spin box
    panel.weight_sliders["bereikbaarheid"].setValue(10)  # and the other way round
    assert panel.weights["bereikbaarheid"] == pytest.approx(0.1) and "1.00" in panel.weight_sum.text()
    # Parameters edit the stored challenge: distance and method of the catchment indicator.
    panel.findChild(object, "distance_bereikbaarheid").setValue(750)
    method = panel.findChild(object, "method_bereikbaarheid")
    method.setCurrentIndex(method.findData("e2sfca_gaussian"))
    stored = find_challenge(QgsProject.instance(), "kinderopvang")
    spec = next(s for s in stored.indicators if s.id == "bereikbaarheid")
    assert spec.distance == 750 and spec.method == "e2sfca_gaussian"


def test_suggestions_and_multi_use_sites_on_the_map(dock: ChallengeDock, city_project: QgsProject) -> None:
    create_childcare(dock)
    assert dock.suggest_locations() is None and "Run the challenge first" in dock.message.text()
    run_and_wait(dock)
    dock.suggest_count.setValue(4)
    layer = dock.suggest_locations()
    assert layer is not None and layer.featureCount() == 4
    steps = [f["step"] for f in layer.getFeatures()]
    added = [f["added_demand"] for f in layer.getFeatures()]
    assert steps == [1, 2, 3, 4] and added == sorted(added, reverse=True) and added[0] > 0
    # The map label says what the number is (not "1: +114").
    first = next(layer.getFeatures())
    assert first["label"] == "Site 1: +{:.0f} kinderen 0-2 jaar within reach".format(first["added_demand"])
    assert layer.labelsEnabled() and layer.labeling().settings().fieldName == "label"
    group = city_project.layerTreeRoot().findGroup("Challenge: Kinderopvang")
    assert group.findLayers()[0].layer().name() == layer.name()
    sites = dock.find_multi_use_sites()
    assert sites is not None and sites.featureCount() > 0
    assert all(f["n_sectors"] >= 2 for f in sites.getFeatures())


def test_dock_speaks_dutch_when_qgis_does(qgis_iface, city_project: QgsProject) -> None:
    from slimstad_plugin.core.base.i18n import install_translator, remove_translator

    translator = install_translator("nl")
    assert translator is not None, "i18n/slimstad_nl.qm must be built (make translations)"
    widget = ChallengeDock(qgis_iface)
    try:
        assert widget.windowTitle() == "Opgaven"
        assert widget.run_button.text() == "Berekenen"
        assert [widget.tabs.tabText(i) for i in range(widget.tabs.count())] == [
            "Lagen en rollen", "Parameters", "Resultaten", "Scenario"]
        assert "Maak of kies eerst een opgave" in widget.blockers.text()
    finally:
        widget.close_down()
        remove_translator(translator)


def test_roles_bound_from_the_shared_catalogue(dock: ChallengeDock, city_project: QgsProject) -> None:
    from slimstad_plugin import RESOURCES_DIR
    from slimstad_plugin.core.catalogue import load_catalogue

    home = Path(city_project.absolutePath())
    entries = load_catalogue(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json", data_dir=home).entries
    city_project.removeMapLayer(layer_named(city_project, "kinderopvang"))
    dock.set_catalogue(entries)
    create_childcare(dock)
    row = next(i for i, s in enumerate(dock.roles.statuses) if s.key == "supply:kinderopvang")
    assert not dock.roles.statuses[row].ok
    box = dock.roles.catalogue_box(row)
    assert box.count() == len(entries) + 1
    assert box.itemData(1) == "voorbeeldstad.kinderopvang"  # the role's own sector is offered first
    owner = next(e.owner for e in entries if e.id == "voorbeeldstad.kinderopvang")
    assert owner and owner in box.itemText(1) and "Not checked" in box.itemText(1)  # owner, health state
    assert "unknown" not in box.itemText(1)
    layer = dock.roles.use_entry(row, "voorbeeldstad.kinderopvang")
    assert layer is not None and layer.customProperty("slimstad/catalog_id") == "voorbeeldstad.kinderopvang"
    supply = next(s for s in dock.roles.statuses if s.key == "supply:kinderopvang")
    assert supply.ok and supply.field == "plaatsen"
    assert dock.current.supply[0].layer.catalog_id == "voorbeeldstad.kinderopvang"
    assert dock.run_button.isEnabled()


def test_change_capacity_from_the_map(dock: ChallengeDock, city_project: QgsProject) -> None:
    from slimstad_plugin.gui.challenge.scenario_tool import CHANGE

    create_childcare(dock)
    run_and_wait(dock)
    facilities = layer_named(city_project, "kinderopvang")
    sectors = layer_named(city_project, "statistische_sectoren")
    facility = max(facilities.getFeatures(), key=lambda f: f["plaatsen"])
    sector = next(s for s in sectors.getFeatures() if s.geometry().contains(facility.geometry()))
    dock.ask_capacity = lambda: (0.0, True)
    dock.handle_map_click(facility.geometry().asPoint(), CHANGE)
    assert dock.scenario_changes[-1].kind == "change_capacity" and dock.scenario_changes[-1].fid == facility.id()
    run_and_wait(dock, dock.run_scenario)
    headers = [dock.results.horizontalHeaderItem(c).text() for c in range(dock.results.columnCount())]
    deltas = dock.results.values_by_unit(headers.index("Δ scenario"))
    expected = -facility["plaatsen"] / sector["inw_0_2"] * 100
    assert deltas[sector["cd_sector"]] == pytest.approx(expected, abs=0.006)


def test_catalogue_choices_show_the_latest_check_translated(dock: ChallengeDock, city_project: QgsProject) -> None:
    """Issue 18 trial: fr/en showed "gezondheid: unknown; actualiteit: unknown" right after a 9/9 ok check (the
    role table held a copy of the statuses taken before the check, and raw state codes)."""
    from slimstad_plugin import RESOURCES_DIR
    from slimstad_plugin.core.base.i18n import language_scope
    from slimstad_plugin.core.catalogue import load_catalogue
    from slimstad_plugin.core.catalogue.view import FRESH_OK, HEALTH_ERROR, HEALTH_OK, StatusBook

    home = Path(city_project.absolutePath())
    entries = load_catalogue(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json", data_dir=home).entries
    book = StatusBook()
    dock.set_catalogue(entries, book)  # as the Shared data dock does when it loads, before any check
    create_childcare(dock)
    row = next(i for i, s in enumerate(dock.roles.statuses) if s.key == "supply:kinderopvang")
    box = dock.roles.catalogue_box(row)
    index = box.findData("voorbeeldstad.kinderopvang")
    assert "Not checked" in box.itemText(index)
    book.get("voorbeeldstad.kinderopvang").health = HEALTH_OK  # the health check's results arrive
    book.get("voorbeeldstad.kinderopvang").freshness = FRESH_OK
    book.get("voorbeeldstad.parken").health = HEALTH_ERROR
    dock.catalogue_statuses_changed()
    text = box.itemText(index)
    assert "Reachable" in text and "Up to date" in text and "Not checked" not in text, text
    assert "Not reachable" in box.itemText(box.findData("voorbeeldstad.parken"))
    with language_scope("fr"):
        dock.catalogue_statuses_changed()
        text = box.itemText(index)
    assert "Accessible" in text and "À jour" in text, text
    for raw in ("unknown", "ok", "fresh", "gezondheid", "actualiteit", "health"):
        assert raw not in text.split("(")[-1].replace(";", " ").split(), (raw, text)


def test_result_numbers_follow_the_ui_language_and_sort_as_numbers(qgis_app) -> None:
    """Issue 18 trial: the table showed "1.00" on nl/fr screens next to a summary with "30,0"."""
    from types import SimpleNamespace

    from qgis.PyQt.QtCore import Qt

    from slimstad_plugin.core.base.i18n import language_scope
    from slimstad_plugin.gui.challenge.results import ResultTable

    challenge = load_template("kinderopvang")
    spec = challenge.indicators[0]
    result = SimpleNamespace(unit_ids=["a", "b", "c", "d"], unit_names=["A", "B", "C", "D"],
                             indicators={spec.id: SimpleNamespace(values=np.array([9.5, 1234.25, np.nan, 100.0]))})
    priority = np.array([0.5, 1.0, 0.25, 0.0])
    table = ResultTable()
    column = 3  # id, name, priority, the first indicator
    for language, one, big in (("nl", "1,00", "1.234,25"), ("fr", "1,00", "1\u202f234,25"),
                               ("en", "1.00", "1,234.25")):
        with language_scope(language):
            table.fill(challenge, result, priority)
        shown = {table.item(r, 0).text(): (table.item(r, 2).text(), table.item(r, column).text())
                 for r in range(table.rowCount())}
        assert shown["b"] == (one, big), (language, shown)
        assert shown["c"][1] == ""  # no value: empty, not "nan"
        table.sortItems(column, Qt.SortOrder.DescendingOrder)
        order = [table.item(r, 0).text() for r in range(table.rowCount())]
        assert order[:3] == ["b", "d", "a"], (language, order)  # 1234 > 100 > 9.5, not "9,5" > "100"
    table.deleteLater()


def test_results_of_another_challenge_or_project_are_not_shown(dock: ChallengeDock, city_project: QgsProject) -> None:
    """Issue 18 walk: after opening another project the Results tab still showed the previous project's table
    and summary under the new project's challenge."""
    create_childcare(dock)
    run_and_wait(dock)
    assert dock.results.rowCount() == 150 and dock.summary.text()
    create_childcare(dock)  # a second challenge: its results are not the first one's
    assert dock.current.id == "kinderopvang_2"
    assert dock.results.rowCount() == 0 and dock.summary.text() == ""
    dock._fill_list("kinderopvang")
    run_and_wait(dock)
    assert dock.results.rowCount() == 150
    city_project.clear()  # another project is opened: the old results go
    assert dock.results.rowCount() == 0 and dock.results.columnCount() == 0 and dock.summary.text() == ""


def test_spin_boxes_write_numbers_like_the_screen_language(qgis_iface, city_project: QgsProject) -> None:
    """Issue 18 walk: a French screen showed "500.00 m" in the scenario's distance box next to "1,00" in the table
    (QGIS's number locale is not the language SlimStad speaks)."""
    from qgis.PyQt.QtWidgets import QDoubleSpinBox

    from slimstad_plugin.core.base.i18n import language_scope

    for language, expected in (("fr", "500,00"), ("nl", "500,00"), ("en", "500.00")):
        with language_scope(language):
            widget = ChallengeDock(qgis_iface)
        try:
            create_childcare(widget)
            boxes = widget.findChildren(QDoubleSpinBox)
            assert boxes
            for box in boxes:
                assert box.locale().decimalPoint() == expected[3], (language, box.objectName())
            assert boxes[0].textFromValue(500.0) == expected
        finally:
            widget.close_down()
            widget.deleteLater()
