"""The "Shared data" dock on the shipped sample catalogue and the real sample GeoPackage."""

import json
from pathlib import Path
from typing import Iterator, List

import pytest
from paths import REPO
from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest
from qgis_helpers import delete_catalogue_docks, wait_for  # noqa: F401 - fixture

from slimstad_plugin.core.base.sectors import sector_labels
from slimstad_plugin.core.base.settings import SlimStadSettings
from slimstad_plugin.core.catalogue.health import HealthCache
from slimstad_plugin.core.catalogue.view import HEALTH_ERROR, HEALTH_OK, metadata_html
from slimstad_plugin.core.layers.properties import CATALOG_ID_PROPERTY
from slimstad_plugin.gui.catalogue.dock import SHIPPED_CATALOGUE, CatalogueDock
from slimstad_plugin.gui.catalogue.model import COLUMN_HEALTH


def write_catalogue(path: Path, entries: List[dict], catalogue_id: str = "extra") -> Path:
    path.write_text(json.dumps({"format": "slimstad-catalogue", "version": 1, "id": catalogue_id,
                                "title": {"nl": catalogue_id}, "entries": entries}), encoding="utf-8")
    return path


def gpkg_entry(entry_id: str, title: str, layer: str = "parken", **extra: object) -> dict:
    entry = {"id": entry_id, "title": {"nl": title}, "sector": "groen/omgeving", "owner": "Testdienst",
             "licence": {"type": "internal"}, "update_rhythm": "P1Y",
             "source": {"type": "gpkg", "path": "voorbeeldstad.gpkg", "layer": layer}, "keywords": ["test"]}
    entry.update(extra)
    return entry


@pytest.fixture()
def saved_settings() -> Iterator[None]:
    """Tests that add catalogue locations must leave the user's settings as they were."""
    before = SlimStadSettings.load()
    yield
    before.save()


def make_dock(qgis_iface: object, sample_gpkg: Path, tmp_path: Path, locations: List[str]) -> CatalogueDock:
    dock = CatalogueDock(qgis_iface, qgis_iface.mainWindow(), locations=lambda: list(locations),
                         project=QgsProject.instance(), data_dir=str(sample_gpkg.parent),
                         health_cache=HealthCache(tmp_path / "health_cache.json"))
    dock.reload()
    return dock


pytestmark = pytest.mark.usefixtures("delete_catalogue_docks")


@pytest.fixture()
def dock(qgis_iface: object, qgis_new_project: None, sample_gpkg: Path, tmp_path: Path) -> Iterator[CatalogueDock]:
    widget = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(SHIPPED_CATALOGUE)])
    yield widget


def group_labels(dock: CatalogueDock) -> List[str]:
    return [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]


def test_tree_groups_the_sample_catalogue_by_sector(dock: CatalogueDock) -> None:
    assert len(dock.entries) == 9
    assert dock.proxy.visible_entry_count() == 9
    assert dock.model.rowCount() == 7  # bevolking, kinderopvang, onderwijs, welzijn, wonen, groen, mobiliteit
    assert any(label.startswith("Mobility (2)") or label.startswith("Mobiliteit (2)") for label in group_labels(dock))


def test_search_as_you_type_filters_title_keywords_and_owner(dock: CatalogueDock) -> None:
    QTest.keyClicks(dock.search, "par")  # typed letter by letter: "p", "pa", "par"
    assert dock.proxy.visible_entry_count() == 1  # Parken (title; keyword "park")
    dock.search.clear()
    QTest.keyClicks(dock.search, "mobiliteit")  # keyword of haltes and straten
    assert dock.proxy.visible_entry_count() == 2
    assert dock.proxy.rowCount() == 1  # only the group that holds a match stays
    dock.search.setText("voorbeeldstad dienst")  # owner, two words
    assert dock.proxy.visible_entry_count() == 9
    dock.search.setText("crèche")
    assert dock.proxy.visible_entry_count() == 1
    dock.search.setText("no such layer")
    assert dock.proxy.visible_entry_count() == 0
    dock.search.clear()
    assert dock.proxy.visible_entry_count() == 9


def test_grouping_toggles_between_sector_and_owner(dock: CatalogueDock) -> None:
    dock.action_by_owner.trigger()
    assert dock.mode == "owner"
    assert group_labels(dock) == ["Stad Voorbeeldstad - Dienst Data en Informatie (9)"]
    dock.search.setText("school")
    assert dock.proxy.visible_entry_count() == 1
    dock.action_by_owner.trigger()
    assert dock.mode == "sector"
    assert dock.model.rowCount() == 7
    assert dock.proxy.visible_entry_count() == 1  # the search survives regrouping


def test_metadata_pane_escapes_catalogue_html(qgis_iface: object, qgis_new_project: None, sample_gpkg: Path,
                                               tmp_path: Path) -> None:
    evil = write_catalogue(tmp_path / "evil.json", [gpkg_entry(
        "evil.parken", "<script>alert(1)</script> Parken", description={"nl": "<b>vet</b> & <img src=x>"},
        licence={"type": "open", "name": "<i>CC</i>", "url": "javascript:alert(1)"})])
    dock = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(evil)])
    assert dock.select_entry("evil.parken")
    pane = dock.metadata.toHtml()
    assert "<script>" not in pane and "<img" not in pane and "<b>vet" not in pane
    assert "<script>alert(1)</script> Parken" in dock.metadata.toPlainText()
    assert "<b>vet</b> & <img src=x>" in dock.metadata.toPlainText()
    raw = metadata_html(dock.entries[0])
    assert "&lt;script&gt;" in raw and "<script>" not in raw
    assert 'href="javascript' not in raw  # only http(s) licence URLs become links


def test_add_to_project_puts_a_styled_layer_in_its_sector_group(dock: CatalogueDock) -> None:
    project = QgsProject.instance()
    assert dock.select_entry("voorbeeldstad.parken")
    assert dock.action_add.isEnabled()
    dock.action_add.trigger()
    layers = project.mapLayersByName("Parken") or list(project.mapLayers().values())
    assert len(layers) == 1
    layer = layers[0]
    assert isinstance(layer, QgsVectorLayer) and layer.isValid() and layer.featureCount() > 0
    assert layer.customProperty(CATALOG_ID_PROPERTY) == "voorbeeldstad.parken"
    group = project.layerTreeRoot().findGroup(sector_labels()["groen/omgeving"])
    assert group is not None and group.findLayer(layer.id()) is not None
    qml = (REPO / "resources" / "styles" / "parken.qml").read_text(encoding="utf-8")
    assert 'type="{}"'.format(layer.renderer().type()) in qml
    assert layer.metadata().identifier() == "voorbeeldstad.parken"


def test_an_entry_already_in_the_project_is_selected_not_added_twice(dock: CatalogueDock, qgis_iface: object,
                                                                    sample_gpkg: Path) -> None:
    """Issue 18 trial: "Add to project" of Parken when Parken is there silently added a second copy."""
    project = QgsProject.instance()
    other = QgsVectorLayer("{}|layername=scholen".format(sample_gpkg), "Scholen", "ogr")
    project.addMapLayer(other)  # another table of the same GeoPackage is not "the same source"
    assert dock.select_entry("voorbeeldstad.parken")
    dock.action_add.trigger()
    first = [layer for layer in project.mapLayers().values() if layer.customProperty(CATALOG_ID_PROPERTY)]
    assert len(first) == 1 and project.count() == 2
    qgis_iface.setActiveLayer(other)
    dock.message_bar.clearWidgets()
    dock.action_add.trigger()  # again: nothing added, the existing layer is selected and the user told
    assert project.count() == 2
    assert qgis_iface.activeLayer() is first[0]
    message = dock.message_bar.items()[-1]
    assert "already in the project" in message.text() and first[0].name() in message.text()
    assert message.button is not None and message.button.text() == "Add another copy"
    message.button.click()  # a second copy only on the user's explicit request
    copies = [layer for layer in project.mapLayers().values()
              if layer.customProperty(CATALOG_ID_PROPERTY) == "voorbeeldstad.parken"]
    assert len(copies) == 2 and project.count() == 3


def test_a_layer_opened_by_hand_from_the_same_source_counts_as_in_the_project(dock: CatalogueDock,
                                                                             sample_gpkg: Path) -> None:
    project = QgsProject.instance()
    # The same table, spelled differently (a detour in the path, upper-case layer name), no catalogue id.
    detour = sample_gpkg.parent / ".." / sample_gpkg.parent.name / sample_gpkg.name
    by_hand = QgsVectorLayer("{}|layername=PARKEN".format(detour), "mijn parken", "ogr")
    assert by_hand.isValid()
    project.addMapLayer(by_hand)
    entry = next(e for e in dock.entries if e.id == "voorbeeldstad.parken")
    assert dock.add_entry(entry) is None
    assert project.count() == 1
    assert "mijn parken" in dock.message_bar.items()[-1].text()


def test_messages_are_shown_in_full_in_a_narrow_dock(dock: CatalogueDock) -> None:
    """Issue 18 trial: the dock's message bar cut a two-line message off (QgsMessageBar's fixed 1.75em)."""
    dock.setFloating(True)  # a window of its own, laid out like on screen
    dock.resize(300, 700)
    dock.show()
    long_text = " ".join(["Vérification terminée : 0 couches sur 9 inaccessibles."] * 4)
    dock.message_bar.clearWidgets()
    dock.show_message(long_text)
    for _round in range(3):
        QCoreApplication.processEvents()
    item = dock.message_bar.items()[-1]
    label = item.label
    needed = label.heightForWidth(label.width())
    assert needed > label.fontMetrics().height() * 2  # it really wraps onto several lines
    assert label.height() >= needed, (label.height(), needed)
    assert label.width() <= dock.width()
    dock.hide()


def test_add_failure_is_a_message_not_a_traceback(qgis_iface: object, qgis_new_project: None, sample_gpkg: Path,
                                                  tmp_path: Path) -> None:
    broken = write_catalogue(tmp_path / "broken_source.json",
                             [gpkg_entry("broken.layer", "Kapotte laag", layer="does_not_exist")])
    dock = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(broken)])
    qgis_iface.messageBar().clear_messages()
    assert dock.add_entry(dock.entries[0]) is None
    assert QgsProject.instance().count() == 0
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("Kapotte laag" in message for message in warnings)


def test_health_check_task_updates_the_status_icons(qgis_iface: object, qgis_new_project: None,
                                                    sample_gpkg: Path, tmp_path: Path) -> None:
    extra = write_catalogue(tmp_path / "extra.json", [gpkg_entry("extra.missing", "Ontbrekend", layer="nope")])
    dock = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(SHIPPED_CATALOGUE), str(extra)])
    by_id = {entry.id: entry for entry in dock.entries}
    tasks = dock.check_health([by_id["voorbeeldstad.parken"], by_id["extra.missing"]])
    assert len(tasks) == 2
    assert dock.statuses.get("voorbeeldstad.parken").health == "running"
    wait_for(lambda: not dock.tasks)
    parks = dock.statuses.get("voorbeeldstad.parken")
    assert parks.health == HEALTH_OK and parks.feature_count and parks.feature_count > 0
    assert parks.freshness in ("fresh", "stale") and parks.last_update
    assert dock.statuses.get("extra.missing").health == HEALTH_ERROR
    index = dock.model.source_index("voorbeeldstad.parken").siblingAtColumn(COLUMN_HEALTH)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Reachable"
    assert (tmp_path / "health_cache.json").exists()  # the next session starts from the last known state
    again = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(SHIPPED_CATALOGUE), str(extra)])
    assert again.statuses.get("extra.missing").health == HEALTH_ERROR


def test_malformed_catalogue_is_reported_and_the_rest_loads(qgis_iface: object, qgis_new_project: None,
                                                            sample_gpkg: Path, tmp_path: Path) -> None:
    malformed = tmp_path / "malformed.json"
    malformed.write_text('{"format": "slimstad-catalogue", "entries": [', encoding="utf-8")
    invalid = write_catalogue(tmp_path / "invalid.json", [{"id": "x"}])
    qgis_iface.messageBar().clear_messages()
    dock = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(malformed), str(SHIPPED_CATALOGUE), str(invalid)])
    assert len(dock.entries) == 9
    assert set(dock.load_errors) == {str(malformed)}  # invalid entries are skipped, the catalogue stays
    warnings = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Warning)
    assert any("malformed.json" in message and "JSON" in message for message in warnings)
    assert any("invalid.json" in message for message in warnings)
    assert not any("Traceback" in message for message in warnings)
    assert len(dock.message_bar.items()) >= 2


def test_added_catalogue_location_is_saved_and_loaded(dock: CatalogueDock, tmp_path: Path,
                                                      saved_settings: None) -> None:
    extra = write_catalogue(tmp_path / "eigen.json", [gpkg_entry("eigen.parken", "Eigen parken")])
    assert dock.add_catalogue_location(str(extra))
    assert str(extra) in SlimStadSettings.load().catalogue_urls
    assert len(dock.entries) == 10
    assert not dock.add_catalogue_location(str(extra))  # no duplicates


def test_remote_catalogue_loads_in_a_background_task(dock: CatalogueDock, tmp_path: Path) -> None:
    import http.server
    import threading
    from functools import partial

    write_catalogue(tmp_path / "remote.json", [{
        "id": "remote.luchtfoto", "title": {"nl": "Luchtfoto"}, "sector": "andere", "owner": "Digitaal Vlaanderen",
        "licence": {"type": "open"}, "source": {"type": "wms", "url": "https://example.invalid/wms", "layer": "x"}}],
        "remote")
    handler = partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = "http://127.0.0.1:{}/remote.json".format(server.server_address[1])
        dock.load_location(url)
        assert dock.tasks, "a URL must load in a QgsTask"
        assert QgsApplication.taskManager().count() >= 1
        wait_for(lambda: not dock.tasks)
        assert "remote.luchtfoto" in {entry.id for entry in dock.entries}
        dock.load_location(url.replace("remote.json", "missing.json"))
        wait_for(lambda: not dock.tasks)
        assert any("404" in message for message in dock.load_errors.values())
    finally:
        server.shutdown()


def test_snapshot_task_copies_the_selected_layers_offline(dock: CatalogueDock, tmp_path: Path) -> None:
    from slimstad_plugin.core.catalogue.snapshot import read_provenance

    by_id = {entry.id: entry for entry in dock.entries}
    target = tmp_path / "offline.gpkg"
    dock.make_snapshot([by_id["voorbeeldstad.scholen"], by_id["voorbeeldstad.haltes"]], target)
    wait_for(lambda: not dock.tasks)
    assert {info.entry_id for info in dock.last_snapshot} == {"voorbeeldstad.scholen", "voorbeeldstad.haltes"}
    rows = read_provenance(target)
    assert {row.entry_id for row in rows} == {"voorbeeldstad.scholen", "voorbeeldstad.haltes"}
    assert all(row.feature_count > 0 for row in rows)


def test_quality_report_dialog_shows_and_exports(dock: CatalogueDock, tmp_path: Path) -> None:
    assert dock.select_entry("voorbeeldstad.statistische_sectoren")
    dock.action_quality.trigger()
    wait_for(lambda: dock.quality_dialog is not None)
    dialog = dock.quality_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert "Statistische sectoren" in dialog.browser.toPlainText()
    csv_text = dialog.export_csv_to(tmp_path / "q.csv").read_text(encoding="utf-8")
    assert csv_text.startswith("entry_id,") and "voorbeeldstad.statistische_sectoren" in csv_text
    html_text = dialog.export_html_to(tmp_path / "q.html").read_text(encoding="utf-8")
    assert "<html" in html_text and "Statistische sectoren" in html_text
    dialog.close()


def test_big_local_catalogue_loads_in_a_task_and_keeps_configured_order(
        qgis_iface: object, qgis_new_project: None, sample_gpkg: Path, tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_catalogue_dock import generate_catalogue

    data = generate_catalogue(700)
    data["entries"][0]["id"] = "voorbeeldstad.parken"  # duplicate of the sample: the sample is listed first
    big = tmp_path / "big.json"
    big.write_text(json.dumps(data), encoding="utf-8")
    assert big.stat().st_size > 256 * 1024
    dock = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(SHIPPED_CATALOGUE), str(big)])
    assert len(dock.entries) == 9 and len(dock.tasks) == 1  # the sample is shown while the big one loads
    wait_for(lambda: not dock.tasks)
    assert len(dock.entries) == 9 + 699
    parks = {entry.id: entry for entry in dock.entries}["voorbeeldstad.parken"]
    assert parks.origin.endswith("voorbeeldstad.json")
    dock.search.setText("opvang laag1")
    assert 0 < dock.proxy.visible_entry_count() < 100


def test_every_string_has_dutch_and_french() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_ts", REPO / "scripts" / "update_ts.py")
    update_ts = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_ts)  # the same string scanner `make ts` uses
    catalogue = json.loads((REPO / "i18n" / "translations" / "catalogue_gui.json").read_text(encoding="utf-8"))
    modules = ["core/catalogue/view.py", "gui/catalogue/dock.py", "gui/catalogue/actions.py",
               "gui/catalogue/model.py", "gui/catalogue/locator.py",
               "gui/catalogue/quality.py"]
    found = [item for module in modules for item in update_ts.module_strings(REPO / "slimstad_plugin" / module)]
    assert len(found) > 80
    missing = [(context, text) for context, text, _line in found
               if not (catalogue.get(context, {}).get(text, {}).get("nl")
                       and catalogue.get(context, {}).get(text, {}).get("fr"))]
    assert missing == []


def test_deleting_the_dock_while_checks_run_is_safe(qgis_iface: object, qgis_new_project: None,
                                                    sample_gpkg: Path, tmp_path: Path) -> None:
    from qgis.PyQt import sip

    dock = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(SHIPPED_CATALOGUE)])
    assert len(dock.check_health()) == 2
    dock.cancel_tasks()
    dock.setParent(None)
    sip.delete(dock)  # what unload does to a dock whose tasks are still running
    wait_for(lambda: QgsApplication.taskManager().countActiveTasks() == 0)
    QCoreApplication.processEvents()  # late results and "finished" callbacks find no dock: no crash


@pytest.mark.network
def test_wfs_entry_is_added_by_a_task_and_checked_against_a_real_server(
        qgis_iface: object, qgis_new_project: None, sample_gpkg: Path, tmp_path: Path, mapserver: object) -> None:
    services = write_catalogue(tmp_path / "services.json", [
        {"id": "svc.scholen", "title": {"nl": "Scholen (WFS)"}, "sector": "onderwijs", "owner": "Stad",
         "licence": {"type": "open"}, "update_rhythm": "P1Y",
         "source": {"type": "wfs", "url": mapserver.ows_url, "layer": "scholen", "version": "2.0.0"},
         "style": str(REPO / "resources" / "styles" / "scholen.qml")},
        {"id": "svc.dood", "title": {"nl": "Dode dienst"}, "sector": "onderwijs", "owner": "Stad",
         "licence": {"type": "open"},
         "source": {"type": "wfs", "url": "http://127.0.0.1:9/", "layer": "x"}}], "services")
    dock = make_dock(qgis_iface, sample_gpkg, tmp_path, [str(services)])
    by_id = {entry.id: entry for entry in dock.entries}
    assert dock.add_entry(by_id["svc.scholen"]) is None  # network source: built in a task
    assert len(dock.tasks) == 1
    assert dock.add_entry(by_id["svc.scholen"]) is None  # clicked again while the server answers: no second task
    assert len(dock.tasks) == 1 and "being added" in dock.message_bar.items()[-1].text()
    wait_for(lambda: not dock.tasks)
    assert dock.add_entry(by_id["svc.scholen"]) is None  # now in the project: selected, not added again
    assert len([lyr for lyr in QgsProject.instance().mapLayers().values()
                if lyr.customProperty(CATALOG_ID_PROPERTY) == "svc.scholen"]) == 1
    layer = QgsProject.instance().mapLayer(dock.added_layer_ids[0])
    assert layer is not None and layer.isValid() and layer.providerType() == "WFS"
    assert layer.featureCount() > 0
    assert layer.customProperty(CATALOG_ID_PROPERTY) == "svc.scholen"
    group = QgsProject.instance().layerTreeRoot().findGroup(sector_labels()["onderwijs"])
    assert group.findLayer(layer.id()) is not None
    dock.check_health(list(by_id.values()))
    wait_for(lambda: not dock.tasks)
    assert dock.statuses.get("svc.scholen").health in ("ok", "warning")
    assert dock.statuses.get("svc.dood").health == HEALTH_ERROR
    assert dock.statuses.get("svc.dood").health_message
