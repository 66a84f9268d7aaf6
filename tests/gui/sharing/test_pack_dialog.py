"""Sharing in the desktop: the Processing algorithm, the menu component and the unpack task."""

import shutil
import zipfile
from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QMenu, QToolBar

from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.sharing.unpack import TamperedPackageError, open_project
from slimstad_plugin.gui.host import PluginHost
from slimstad_plugin.gui.sharing.pack_dialog import SharingComponent, unpack_task


@pytest.fixture()
def saved_project(sample_gpkg: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    folder.mkdir()
    shutil.copyfile(sample_gpkg, folder / "stad.gpkg")
    project, _ = build_sample_project(folder / "stad.gpkg", folder / "stad.qgz")
    project.clear()
    return folder / "stad.qgz"


def test_processing_pack_project(slimstad_processing: None, saved_project: Path, tmp_path: Path) -> None:
    import processing

    result = processing.run("slimstad:pack_project", {"PROJECT": str(saved_project), "SNAPSHOTS": True,
                                                      "INCLUDE_RESTRICTED": False,
                                                      "OUTPUT": str(tmp_path / "pakket.zip")})
    assert Path(result["OUTPUT"]).is_file()
    task = unpack_task(Path(result["OUTPUT"]), tmp_path / "open")
    assert task.run() and task.outcome.result.verification.ok
    project, broken = open_project(task.outcome.result.project_path)
    assert broken == [] and len(project.mapLayers()) == 9
    project.clear()


def test_unpack_task_reports_tampering(slimstad_processing: None, saved_project: Path, tmp_path: Path) -> None:
    import processing

    packed = Path(processing.run("slimstad:pack_project", {"PROJECT": str(saved_project),
                                                           "OUTPUT": str(tmp_path / "p.zip")})["OUTPUT"])
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(packed) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(info, data + b"<!-- x -->" if info.filename.endswith(".qgs") else data)
    task = unpack_task(tampered, tmp_path / "open")
    assert not task.run() and isinstance(task.outcome.exception, TamperedPackageError)
    assert "stad.qgs" in task.outcome.error
    assert not (tmp_path / "open").exists()


def test_component_adds_and_removes_menu_entries(qgis_iface: object) -> None:
    menu, toolbar = QMenu(), QToolBar()
    host = PluginHost(qgis_iface, menu, toolbar)
    component = SharingComponent()
    component.init_gui(host)
    names = [action.objectName() for action in menu.actions()]
    assert names == ["slimstad_pack_project", "slimstad_open_package", "slimstad_import_challenge"]
    assert toolbar.actions() == []
    component.unload()
    host.disconnect_all()
    assert host.connections == []


def test_opening_a_package_in_qgis_reports_what_the_manifest_check_finds(qgis_iface: object, saved_project: Path,
                                                                         tmp_path: Path) -> None:
    """The desktop says what the command line says: a layer whose features were removed after packing is
    broken, named, although it still opens (a plain validity check would call it fine)."""
    import sqlite3

    from qgis.core import Qgis, QgsProject

    from slimstad_plugin.core.sharing.pack import pack_project
    from slimstad_plugin.core.sharing.unpack import unpack_package

    pack_project(saved_project, tmp_path / "p.zip")
    result = unpack_package(tmp_path / "p.zip", tmp_path / "open")
    gpkg = next((result.folder / "data").glob("stad*.gpkg"))
    connection = sqlite3.connect(str(gpkg))
    table = connection.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' "
                               "ORDER BY table_name").fetchone()[0]
    connection.execute('DELETE FROM "{}"'.format(table))
    connection.commit()
    connection.close()
    menu, toolbar = QMenu(), QToolBar()
    host = PluginHost(qgis_iface, menu, toolbar)
    component = SharingComponent()
    component.init_gui(host)
    bar = qgis_iface.messageBar()
    bar.clear_messages()
    QgsProject.instance().clear()
    try:
        component._opened(result)
        warnings = " ".join(bar.get_messages(Qgis.MessageLevel.Warning))
        assert "Broken:" in warnings and "features instead of" in warnings, warnings
        assert bar.get_messages(Qgis.MessageLevel.Success) == []
    finally:
        component.unload()
        host.disconnect_all()
        QgsProject.instance().clear()
