"""The catalogue locator filter, and the plugin registering/unregistering the dock and the filter."""

from pathlib import Path
from typing import Iterator, List

import pytest
from qgis.core import QgsFeedback, QgsLocator, QgsLocatorContext, QgsLocatorResult, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis_helpers import delete_catalogue_docks, wait_for  # noqa: F401 - fixture

from slimstad_plugin.core.base.sectors import sector_labels
from slimstad_plugin.core.catalogue.health import HealthCache
from slimstad_plugin.core.layers.properties import CATALOG_ID_PROPERTY
from slimstad_plugin.gui.catalogue.dock import DOCK_OBJECT_NAME, SHIPPED_CATALOGUE, CatalogueDock
from slimstad_plugin.gui.catalogue.locator import CatalogueLocatorFilter

pytestmark = pytest.mark.usefixtures("delete_catalogue_docks")


@pytest.fixture()
def dock(qgis_iface: object, qgis_new_project: None, sample_gpkg: Path, tmp_path: Path) -> Iterator[CatalogueDock]:
    widget = CatalogueDock(qgis_iface, qgis_iface.mainWindow(), locations=lambda: [str(SHIPPED_CATALOGUE)],
                           project=QgsProject.instance(), data_dir=str(sample_gpkg.parent),
                           health_cache=HealthCache(tmp_path / "health.json"))
    widget.reload()
    yield widget


def fetch(locator_filter: CatalogueLocatorFilter, text: str) -> List[QgsLocatorResult]:
    results: List[QgsLocatorResult] = []
    locator_filter.resultFetched.connect(results.append)
    locator_filter.fetchResults(text, QgsLocatorContext(), QgsFeedback())
    locator_filter.resultFetched.disconnect(results.append)
    return results


def test_finds_entries_by_keyword_title_and_owner(dock: CatalogueDock) -> None:
    locator_filter = CatalogueLocatorFilter(lambda: dock.entries, dock.add_entry)
    by_keyword = fetch(locator_filter, "crèche")
    assert [r.displayString for r in by_keyword] == ["Kinderopvang"]
    assert [r.userData for r in fetch(locator_filter, "halte")] == ["voorbeeldstad.haltes"]
    assert len(fetch(locator_filter, "dienst data")) == 9  # owner
    assert fetch(locator_filter, "onbestaande") == []
    assert fetch(locator_filter, "s") == []  # one letter is too little to search 5,000 entries


def test_trigger_adds_the_entry_to_the_project(dock: CatalogueDock) -> None:
    locator_filter = CatalogueLocatorFilter(lambda: dock.entries, dock.add_entry)
    result = fetch(locator_filter, "openbaar vervoer")[0]
    locator_filter.triggerResult(result)
    layers = list(QgsProject.instance().mapLayers().values())
    assert len(layers) == 1 and layers[0].isValid()
    assert layers[0].customProperty(CATALOG_ID_PROPERTY) == "voorbeeldstad.haltes"
    group = QgsProject.instance().layerTreeRoot().findGroup(sector_labels()["mobiliteit"])
    assert group.findLayer(layers[0].id()) is not None


def test_runs_in_qgis_locator_threads_with_prefix(dock: CatalogueDock) -> None:
    """QgsLocator clones the filter and runs it in a worker thread, as the locator bar does."""
    locator = QgsLocator()
    locator.registerFilter(CatalogueLocatorFilter(lambda: dock.entries, dock.add_entry))
    found: List[str] = []
    # The result is only valid inside the slot: copy what we need.
    locator.foundResult.connect(lambda result: found.append(result.userData))
    finished: List[bool] = []
    locator.finished.connect(lambda: finished.append(True))
    for text in ("gdd park", "park"):  # with our prefix, and without (useWithoutPrefix)
        found.clear()
        finished.clear()
        locator.fetchResults(text, QgsLocatorContext())
        wait_for(lambda: bool(finished))
        QCoreApplication.processEvents()
        assert found == ["voorbeeldstad.parken"]  # ours is the only registered filter


def test_plugin_unload_removes_dock_and_deregisters_filter(qgis_iface: object, qgis_new_project: None) -> None:
    from slimstad_plugin.plugin import SlimStadPlugin

    main_window = qgis_iface.mainWindow()
    for _round in range(2):  # load, unload, load again: nothing may be left over
        qgis_iface.registerLocatorFilter.reset_mock()
        qgis_iface.deregisterLocatorFilter.reset_mock()
        plugin = SlimStadPlugin(qgis_iface)
        plugin.initGui()
        docks = [d for d in main_window.findChildren(QgsDockWidget, DOCK_OBJECT_NAME)]
        assert len(docks) == 1 and len(docks[0].entries) >= 9
        registered = [call.args[0] for call in qgis_iface.registerLocatorFilter.call_args_list
                      if isinstance(call.args[0], CatalogueLocatorFilter)]
        assert len(registered) == 1
        toggle = [a for a in plugin.host.actions if a.objectName() == "slimstad_catalogue_dock_toggle"]
        assert len(toggle) == 1
        toggle[0].setChecked(True)
        assert not docks[0].isHidden()
        plugin.unload()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        deregistered = [call.args[0] for call in qgis_iface.deregisterLocatorFilter.call_args_list]
        assert registered[0] in deregistered
        assert main_window.findChildren(QgsDockWidget, DOCK_OBJECT_NAME) == []
