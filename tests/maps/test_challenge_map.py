"""Planning maps filled from a challenge run, and the dialog that exports them in a QgsTask."""

import shutil
import subprocess
from pathlib import Path
from typing import Iterator, List, Tuple

import pytest
from pypdf import PdfReader
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import qInstallMessageHandler
from qgis.PyQt.QtWidgets import QMenu, QToolBar
from qgis_helpers import wait_for

from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.store import save_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.maps.challenge_map import apply_challenge
from slimstad_plugin.core.maps.errors import MapError
from slimstad_plugin.core.maps.export import export_planning_map
from slimstad_plugin.core.maps.layout_builder import PlanningMapRequest
from slimstad_plugin.gui.host import PluginHost
from slimstad_plugin.gui.maps.planning_map_dialog import PlanningMapComponent


@pytest.fixture()
def run_project(qgis_app, sample_gpkg: Path, tmp_path: Path) -> Iterator[QgsProject]:
    """QgsProject.instance() with the sample city, the childcare challenge stored and run."""
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


def test_challenge_map_has_question_table_and_provenance(run_project: QgsProject, tmp_path: Path) -> None:
    request = PlanningMapRequest(top_n=5)
    apply_challenge(run_project, "kinderopvang", request, "en")
    assert request.title == "Childcare" and request.subtitle.startswith("Where are there too few")
    result = export_planning_map(run_project, request, tmp_path / "ko.pdf", dpi=72)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "ko.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Childcare" in text and "Where are there too few" in text
    # The challenge is named by its title in the map's language, never by its id (fresh-eyes trial: "Challenge
    # kinderopvang, method ..." on an English map).
    flat = " ".join(text.split())
    assert "Challenge Childcare, method accessibility (catchment) (2SFCA)" in flat and "within 1000 m" in flat
    assert "SlimStad challenge Childcare" in flat, "the result layer is listed with its origin"
    assert "challenge kinderopvang" not in flat.lower()
    assert "Area" in text, "the top-N table is printed"
    # The file's author is the city or SlimStad, never the machine's user name.
    info = subprocess.run(["pdfinfo", str(tmp_path / "ko.pdf")], capture_output=True, text=True, check=True).stdout
    author = next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Author:"))
    assert author == "SlimStad"  # the configured city is empty in the tests
    stored = run_project.layoutManager().layoutByName(result.layout_name)
    assert stored is not None and stored.itemById("main_map").layers()


def test_unknown_challenge_or_missing_results_are_clear(run_project: QgsProject, tmp_path: Path) -> None:
    with pytest.raises(MapError, match="no challenge nope.*kinderopvang"):
        apply_challenge(run_project, "nope", PlanningMapRequest(), "en")
    shutil.rmtree(tmp_path / "slimstad_resultaten")
    with pytest.raises(MapError, match="run the challenge first"):
        apply_challenge(run_project, "kinderopvang", PlanningMapRequest(), "en")


def fill_dialog(qgis_iface: object, project: QgsProject, out: Path) -> Tuple[PluginHost, PlanningMapComponent]:
    """The "Planning map…" dialog, open and filled in for a childcare atlas to ``out``."""
    host = PluginHost(qgis_iface, QMenu(), QToolBar())
    component = PlanningMapComponent()
    component.init_gui(host)
    component.open_dialog()
    dialog = component.dialog
    assert dialog.isVisible() and not dialog.isModal()
    dialog.challenge.setCurrentIndex(dialog.challenge.findData("kinderopvang"))
    dialog.template.setCurrentIndex(dialog.template.findData("A4-portrait"))
    dialog.atlas.setLayer(project.mapLayersByName("Wijken")[0])
    dialog.dpi.setValue(50)
    dialog.output.setFilePath(str(out))
    return host, component


def test_dialog_exports_in_a_task(qgis_iface: object, run_project: QgsProject, tmp_path: Path) -> None:
    """The atlas is exported on the GUI thread (where QGIS layouts must be), its progress shown as a task.

    Exported from a worker thread, each page put the map's style overrides (the ranked labels) into the project's
    own layer from that thread (Qt: "Cannot set parent, new parent is in a different thread") and the layout's
    timers ran across threads: now and then a segmentation fault. No Qt message may name a thread.
    """
    host, component = fill_dialog(qgis_iface, run_project, tmp_path / "dialoog.pdf")
    manager = QgsApplication.taskManager()
    tasks: List[str] = []
    messages: List[str] = []

    def added(task_id: int) -> None:
        tasks.append(manager.task(task_id).description())

    manager.taskAdded.connect(added)
    previous = qInstallMessageHandler(lambda _mode, _context, text: messages.append(text))
    try:
        component.dialog.accept()  # -> start_export: built and exported on the GUI thread, progress in a task
        wait_for(lambda: not manager.activeTasks() and (tmp_path / "dialoog.pdf").exists())
    finally:
        qInstallMessageHandler(previous)
        manager.taskAdded.disconnect(added)
    assert any("dialoog.pdf" in description for description in tasks), "the export must show as a task"
    assert not [text for text in messages if "thread" in text.lower()], messages
    wijken = run_project.mapLayersByName("Wijken")[0]
    assert len(PdfReader(str(tmp_path / "dialoog.pdf")).pages) == wijken.featureCount()
    component.unload()
    host.disconnect_all()


def test_dialog_export_canceled_from_the_task_manager(qgis_iface: object, run_project: QgsProject,
                                                      tmp_path: Path) -> None:
    """Canceling the export's task (the task manager's cancel) stops the atlas; no file is left behind."""
    out = tmp_path / "maps"
    out.mkdir()
    host, component = fill_dialog(qgis_iface, run_project, out / "dialoog.pdf")
    manager = QgsApplication.taskManager()

    def cancel(task_id: int) -> None:
        task = manager.task(task_id)
        assert task.canCancel()
        task.cancel()

    manager.taskAdded.connect(cancel)
    try:
        component.dialog.accept()
        wait_for(lambda: not manager.activeTasks())
    finally:
        manager.taskAdded.disconnect(cancel)
    assert list(out.iterdir()) == [], "a canceled export writes nothing (no PDF, no staging folder)"
    component.unload()
    host.disconnect_all()


@pytest.mark.parametrize("template", ["A4-landscape", "A4-portrait"])
def test_atlas_table_caption_counts_the_rows_each_page_shows(run_project: QgsProject, tmp_path: Path,
                                                             template: str) -> None:
    """Fresh-eyes trial of the demo atlas: the caption said "The 10 areas" on every page while pages showed 8 rows
    (numbers 9 and 10 on the map had no row) and a wijk with 4 sectors also said 10; the value heading was cut
    ("Bereikbare…")."""
    import re  # noqa: PLC0415

    from slimstad_plugin.core.maps.atlas import AtlasOptions  # noqa: PLC0415

    request = PlanningMapRequest(template=template)
    apply_challenge(run_project, "kinderopvang", request, "en")
    wijken = next(layer for layer in run_project.mapLayers().values() if layer.name() == "Wijken")
    request.atlas = AtlasOptions(wijken)
    out = tmp_path / "atlas.pdf"
    result = export_planning_map(run_project, request, out, dpi=50)
    pages = len(PdfReader(str(out)).pages)
    assert result.pages == pages == wijken.featureCount()
    counts = []
    for number in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-layout", "-f", str(number), "-l", str(number), str(out), "-"],
                              capture_output=True, text=True, check=True).stdout
        flat = " ".join(text.split())
        assert "…" not in flat, "a heading or text is cut"
        said = re.search(r"The (\d+) areas of this page|The area of this page", flat)
        assert said, flat[:300]
        # table rows end their line (the table is the rightmost item): "<no>  <area name>  <value>"
        rows = sorted({int(row) for row in re.findall(r"(?m)\b(\d{1,2}) {2,}[A-Z][^\n]*? {2,}\d+(?:\.\d)?\s*$", text)})
        shown = int(said.group(1)) if said.group(1) else 1
        assert rows == list(range(1, shown + 1)), (shown, rows)  # every numbered area has its row
        counts.append(shown)
    assert len(set(counts)) > 1, "the count follows the page (a wijk with few sectors lists fewer)"
    assert max(counts) == 10, "the designed table holds the ten rows asked for"
    assert not any("instead of" in warning for warning in result.warnings), result.warnings


def test_more_rows_than_the_page_holds_are_not_numbered_and_the_export_says_so(run_project: QgsProject,
                                                                              tmp_path: Path) -> None:
    import re  # noqa: PLC0415

    request = PlanningMapRequest(top_n=60)
    apply_challenge(run_project, "kinderopvang", request, "en")
    out = tmp_path / "many.pdf"
    result = export_planning_map(run_project, request, out, dpi=50)
    warning = next(w for w in result.warnings if "instead of 60" in w)
    listed = int(re.search(r"lists (\d+) areas", warning).group(1))
    assert 10 < listed < 60
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "The {} areas with the lowest".format(listed) in " ".join(text.split())
    rows = sorted({int(row) for row in re.findall(r"(?m)\b(\d{1,2}) {2,}[A-Z][^\n]*? {2,}\d+(?:\.\d)?\s*$", text)})
    assert rows == list(range(1, listed + 1)), rows
