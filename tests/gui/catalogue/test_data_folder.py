"""The shipped sample catalogue works from a fresh install (issue 18, point 1): the dock shows the data folder,
offers to create the sample city there, and after that the health check finds every sample layer."""

from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis_helpers import delete_catalogue_docks, wait_for  # noqa: F401 - fixture

from slimstad_plugin.core.base.settings import DATA_DIR_VARIABLE, SlimStadSettings, default_data_dir
from slimstad_plugin.core.catalogue.health import HealthCache
from slimstad_plugin.core.catalogue.view import HEALTH_OK
from slimstad_plugin.gui import sample_city_action
from slimstad_plugin.gui.catalogue.dock import SHIPPED_CATALOGUE, CatalogueDock
from slimstad_plugin.gui.catalogue.quality import reports_html

pytestmark = pytest.mark.usefixtures("delete_catalogue_docks")


@pytest.fixture()
def fresh_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No data folder chosen, no roll-out variable: as a new user has it."""
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    QgsSettings().remove("slimstad/data_dir")
    yield
    QgsSettings().remove("slimstad/data_dir")


def fresh_dock(qgis_iface: object, tmp_path: Path) -> CatalogueDock:
    dock = CatalogueDock(qgis_iface, qgis_iface.mainWindow(), locations=lambda: [str(SHIPPED_CATALOGUE)],
                         project=QgsProject.instance(), health_cache=HealthCache(tmp_path / "health.json"))
    dock.reload()
    return dock


def test_the_dock_shows_the_folder_and_what_is_missing(qgis_iface, fresh_settings, tmp_path: Path) -> None:
    dock = fresh_dock(qgis_iface, tmp_path)
    assert dock.data_dir_for(str(SHIPPED_CATALOGUE)) == str(default_data_dir())
    assert dock.data_dir_for("/elsewhere/catalogue.json") is None  # other catalogues keep their own folder
    bar = dock.data_folder
    assert bar.path_label.toolTip() == str(default_data_dir())
    folder = tmp_path / "gekozen map"
    folder.mkdir()
    bar.ask_folder = lambda _start: str(folder)
    assert bar.change()
    assert SlimStadSettings.load().data_dir == str(folder)  # chosen once, remembered
    assert dock.data_dir_for("/elsewhere/catalogue.json") == str(folder)
    assert not bar.missing_row.isHidden()  # nothing there yet: the dock offers to create it
    entry = dock.entries[0]
    assert entry.data_dir == str(folder)
    from slimstad_plugin.core.catalogue.quality import check_entry_quality

    html = reports_html([check_entry_quality(entry)])
    assert "0 features" not in html and "voorbeeldstad.gpkg" in html


def test_create_here_then_every_sample_layer_is_reachable(qgis_iface, fresh_settings, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    settings = SlimStadSettings.load()
    settings.data_dir = str(folder)
    settings.save()
    dock = fresh_dock(qgis_iface, tmp_path)
    dock.data_folder.confirm = lambda _parent: True
    task = dock.data_folder.create()
    assert task is not None
    wait_for(lambda: task not in sample_city_action.RUNNING and not QgsApplication.taskManager().activeTasks(), 120)
    assert (folder / "voorbeeldstad.gpkg").is_file() and (folder / "voorbeeldstad.qgz").is_file()
    assert dock.data_folder.missing_row.isHidden()
    tasks = dock.check_health()
    assert tasks
    wait_for(lambda: not dock.tasks, 120)
    health = {entry.id: dock.statuses.get(entry.id).health for entry in dock.entries}
    assert len(health) == 9 and set(health.values()) == {HEALTH_OK}, health
    QgsProject.instance().clear()
