"""The planning-map dialog (issue 18, point 8): it checks before it closes, remembers the last choices per
project, shows translated template names, previews the first page and offers to open the result."""

import contextlib
import shutil
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsTask
from qgis.PyQt.QtWidgets import QMenu, QPushButton, QToolBar
from qgis_helpers import busy_task_pool, wait_for

from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.store import save_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.gui import help as gui_help
from slimstad_plugin.gui.host import PluginHost
from slimstad_plugin.gui.maps.planning_map_dialog import PlanningMapComponent, template_labels


@pytest.fixture()
def run_project(qgis_app, sample_gpkg: Path, tmp_path: Path) -> Iterator[QgsProject]:
    shutil.copy(sample_gpkg, tmp_path / "stad.gpkg")
    project, _layers = build_sample_project(tmp_path / "stad.gpkg", tmp_path / "stad.qgz")
    project.clear()
    instance = QgsProject.instance()
    assert instance.read(str(tmp_path / "stad.qgz"))
    challenge = load_template("kinderopvang")
    save_challenge(instance, challenge)
    run_challenge(challenge, instance)
    yield instance
    instance.clear()


@pytest.fixture()
def component(qgis_iface: object, run_project: QgsProject) -> Iterator[PlanningMapComponent]:
    host = PluginHost(qgis_iface, QMenu(), QToolBar())
    made = PlanningMapComponent()
    made.init_gui(host)
    yield made
    made.unload()
    host.disconnect_all()


def test_a_bad_output_keeps_the_dialog_open_with_the_problem_in_it(component, tmp_path: Path) -> None:
    dialog = component.open_dialog()
    dialog.output.setFilePath("")
    dialog.export_button.click()
    assert dialog.isVisible() and "output file" in dialog.problem.text()
    dialog.output.setFilePath(str(tmp_path / "kaart.docx"))
    dialog.export_button.click()
    assert dialog.isVisible() and ".pdf" in dialog.problem.text()
    dialog.output.setFilePath(str(tmp_path / "no such folder" / "kaart.pdf"))
    dialog.export_button.click()
    assert dialog.isVisible() and "no such folder" in dialog.problem.text()
    assert not component.written and not list(tmp_path.glob("kaart*"))  # nothing started, nothing written


def test_templates_read_as_words_and_the_choices_come_back(component, run_project: QgsProject,
                                                           tmp_path: Path) -> None:
    dialog = component.open_dialog()
    labels = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    assert labels == [template_labels()[dialog.template.itemData(i)] for i in range(dialog.template.count())]
    assert "A4-landscape" not in labels
    assert dialog.challenge.currentData() == "kinderopvang"  # the project's challenge is the first guess
    dialog.template.setCurrentIndex(dialog.template.findData("A3-portrait"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.title.setText("Opvang in Voorbeeldstad")
    dialog.dpi.setValue(60)
    out = tmp_path / "opvang.pdf"
    dialog.output.setFilePath(str(out))
    assert dialog.show_preview() and not dialog.preview.pixmap().isNull()
    dialog.export_button.click()
    assert not dialog.isVisible()
    wait_for(lambda: not QgsApplication.taskManager().activeTasks() and out.exists() and component.written)
    assert component.written == [out]
    again = component.open_dialog()
    assert (again.template.currentData(), again.language.currentData(), again.title.text(), again.dpi.value(),
            again.output.filePath()) == ("A3-portrait", "fr", "Opvang in Voorbeeldstad", 60, str(out))


def test_the_written_map_can_be_opened_from_the_message(component, qgis_iface: object, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    opened = []
    monkeypatch.setattr(gui_help, "OPENER", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = component.open_dialog()
    out = tmp_path / "open.png"
    dialog.dpi.setValue(50)
    dialog.output.setFilePath(str(out))
    dialog.export_button.click()
    wait_for(lambda: component.written)
    bar = qgis_iface.messageBar()
    item = next(item for item in bar.items() if out.name in item.text())
    # Fresh-eyes trial at 1366×768: "Planningskaart geschreven: /tmp/…" wrapped onto a second line the bar cut
    # off. The text names the file, the tooltip holds the path, the buttons open the file and its folder.
    assert str(tmp_path) not in item.text() and item.toolTip() == str(out)
    buttons = {b.text(): b for b in item.findChildren(QPushButton)}
    assert set(buttons) >= {"Open", "Open folder"}
    buttons["Open"].click()
    assert opened == [str(out)]
    buttons["Open folder"].click()
    assert opened == [str(out), str(tmp_path)]


def test_preview_and_export_leave_the_project_as_it_was(component, run_project: QgsProject, tmp_path: Path) -> None:
    """Fresh-eyes trial: a preview added the overview's "City"/"Surroundings" layers to the project (13 -> 15
    layers) and the export stored the layout; the user's project is never modified by making a map."""
    run_project.setDirty(False)
    layers_before = set(run_project.mapLayers())
    layouts_before = [layout.name() for layout in run_project.layoutManager().layouts()]
    dialog = component.open_dialog()
    dialog.dpi.setValue(50)
    out = tmp_path / "kaart.pdf"
    dialog.output.setFilePath(str(out))
    assert dialog.show_preview()
    wait_for(lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull())
    assert set(run_project.mapLayers()) == layers_before and not run_project.isDirty()
    assert [layout.name() for layout in run_project.layoutManager().layouts()] == layouts_before
    dialog.export_button.click()
    wait_for(lambda: not QgsApplication.taskManager().activeTasks() and component.written)
    assert component.written == [out]
    assert set(run_project.mapLayers()) == layers_before and not run_project.isDirty()
    assert [layout.name() for layout in run_project.layoutManager().layouts()] == layouts_before


def test_web_layers_are_checked_in_a_background_task(component, qgis_iface: object, run_project: QgsProject,
                                                     tmp_path: Path) -> None:
    """The reachability check of a web layer never runs on the GUI thread: the dialog starts a task (with cancel)
    and previews/exports when it is over; an unreachable XYZ layer is left out with a warning."""
    xyz = QgsRasterLayer("type=xyz&url=http://127.0.0.1:9/{z}/{x}/{y}.png&zmax=19&zmin=0", "Luchtfoto", "wms")
    assert xyz.isValid()
    run_project.addMapLayer(xyz)
    run_project.setDirty(False)
    dialog = component.open_dialog()
    dialog.challenge.setCurrentIndex(dialog.challenge.findData(""))  # the current map, with the XYZ layer
    dialog.dpi.setValue(50)
    out = tmp_path / "web.pdf"
    dialog.output.setFilePath(str(out))
    assert dialog.show_preview()
    assert dialog.check_task is not None and not dialog.preview_button.isEnabled()  # running, not blocking
    wait_for(lambda: dialog.check_task is None)
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    dialog.export_button.click()
    wait_for(lambda: not QgsApplication.taskManager().activeTasks() and component.written)
    assert component.written == [out]
    assert not run_project.isDirty()
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "Not drawn: the web service of Luchtfoto did not answer" in text  # on the map's sources block


class _Stalling(BaseHTTPRequestHandler):
    """A tile server that accepts the request and never answers (loopback mimic of a stalled service)."""

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        time.sleep(30)

    def log_message(self, *_args: object) -> None:
        pass


@pytest.mark.parametrize("pool", ["free", "busy"])
def test_the_web_check_can_be_cancelled_and_leaves_the_project_as_it_was(component, run_project: QgsProject,
                                                                         tmp_path: Path, pool: str) -> None:
    """A cancel is seen at once while the tile server stalls -- also when every other thread of the task pool is
    busy (another task, or the map canvas drawing the same stalled layer; a 2-core machine has 2), where QGIS's
    parallel render job would only wait its turn and its cancel() would block the task until a thread frees."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stalling)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = "http://127.0.0.1:{}/%7Bz%7D/%7Bx%7D/%7By%7D.png".format(server.server_address[1])
        run_project.addMapLayer(QgsRasterLayer("type=xyz&url={}&zmax=19&zmin=0".format(url), "Stil", "wms"))
        run_project.setDirty(False)
        layers_before = set(run_project.mapLayers())
        dialog = component.open_dialog()
        dialog.challenge.setCurrentIndex(dialog.challenge.findData(""))
        dialog.output.setFilePath(str(tmp_path / "stil.pdf"))
        with busy_task_pool(free=1) if pool == "busy" else contextlib.nullcontext():
            assert dialog.show_preview() and dialog.check_task is not None
            wait_for(lambda: dialog.check_task is None or dialog.check_task.status() == QgsTask.TaskStatus.Running)
            time.sleep(0.5)  # the tile request now waits on the stalled server
            started = time.monotonic()
            dialog.check_task.cancel()
            wait_for(lambda: dialog.check_task is None, 30)
            took = time.monotonic() - started
        assert took < 5, "a cancel is seen at once, not at the network deadline"
        assert "cancelled" in dialog.problem.text() and dialog.preview_button.isEnabled()
        assert dialog.preview.pixmap() is None or dialog.preview.pixmap().isNull()
        assert set(run_project.mapLayers()) == layers_before and not run_project.isDirty()
        assert not list(tmp_path.glob("stil*"))
    finally:
        server.shutdown()
