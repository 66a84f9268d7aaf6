"""Runs INSIDE the real QGIS desktop (``qgis --code``): a new GIS officer's first hour, step by step.

Sample city → catalogue health check (0 unreachable sample layers) → challenge from a template → run → add and
remove a facility → planning map → another city's challenge with one missing role resolved in the import dialog;
on the Dutch screen also the ``make demo`` project (no font warning, its challenge listed).
After every step: one screenshot, and the checks — the main window fits the screen, no SlimStad text on a
French or English screen is untranslated Dutch, every SlimStad control has a tooltip.

Environment: ``SLIMSTAD_PROBE_OUT`` (folder for ``report.json`` and the PNGs), ``SLIMSTAD_PROBE_LANGUAGE``
(nl/fr/en, for the Dutch check), ``SLIMSTAD_REPO`` (the repository, for scripts/dutch_texts.py).
"""

import json
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Optional

import qgis.utils
from qgis.core import QgsApplication, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QAction,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSlider,
    QTableView,
    QTableWidget,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QWidget,
)

OUT = Path(os.environ.get("SLIMSTAD_PROBE_OUT", "out/desktop"))
LANGUAGE = os.environ.get("SLIMSTAD_PROBE_LANGUAGE", "nl")
REPO = Path(os.environ.get("SLIMSTAD_REPO", Path.cwd()))
sys.path.insert(0, str(REPO / "scripts"))
from dutch_texts import DutchDetector  # noqa: E402 - the repository's scripts folder is known only here
from layout_checks import clipped_texts  # noqa: E402 - idem
from untranslated import EnglishDetector  # noqa: E402 - idem

OUT.mkdir(parents=True, exist_ok=True)
REPORT: Dict[str, object] = {"language": LANGUAGE, "steps": [], "problems": []}
DETECTOR = DutchDetector() if LANGUAGE != "nl" else None
ENGLISH = EnglishDetector(REPO / "i18n" / "slimstad_{}.ts".format(LANGUAGE)) if LANGUAGE in ("nl", "fr") else None
CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QCheckBox, QSlider, QListWidget, QTableWidget,
            QTextBrowser, QTreeView)
DOCKS = ("slimstad_catalogue_dock", "slimstad_challenge_dock")
WORK = Path(tempfile.mkdtemp(prefix="slimstad-first-hour-"))


# -- helpers ---------------------------------------------------------------------------------------------
def window() -> QWidget:
    return qgis.utils.iface.mainWindow()


def plugin() -> object:
    return qgis.utils.plugins["slimstad"]


def component(kind: str) -> object:
    return next(c for c in plugin().components if type(c).__name__ == kind)


def action(name: str) -> QAction:
    return next(a for a in window().findChildren(QAction) if a.objectName() == name)


def dock(name: str) -> QDockWidget:
    return window().findChild(QDockWidget, name)


def problem(text: str) -> None:
    REPORT["problems"].append(text)


def slimstad_widgets() -> List[QWidget]:
    """The docks and the visible SlimStad dialogs: where the checks look."""
    found = [dock(name) for name in DOCKS if dock(name) is not None and dock(name).isVisible()]
    found += [d for d in QApplication.topLevelWidgets() if isinstance(d, QDialog) and d.isVisible()
              and d.objectName().startswith("slimstad")]
    return found


def texts_of(root: QWidget) -> Iterator[str]:
    """Every text a user can read in ``root``: labels, buttons, items, headers, tabs, titles, tooltips."""
    for widget in [root] + root.findChildren(QWidget):
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget.text()
        if isinstance(widget, QDockWidget) or isinstance(widget, QDialog):
            yield widget.windowTitle()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from (widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                yield header.text() if header else ""
            for row in range(min(widget.rowCount(), 12)):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    yield item.text() if item else ""
        yield widget.toolTip()


def screen_texts() -> Iterator[str]:
    for root in slimstad_widgets():
        yield from texts_of(root)
    menu = next((a.menu() for a in window().menuBar().actions() if a.menu()
                 and a.menu().objectName() == "slimstad_menu"), None)
    if menu is not None:
        yield menu.title()
        for item in menu.actions():
            yield item.text()
            yield item.toolTip()
    for item in qgis.utils.iface.messageBar().items():
        yield item.title()
        yield item.text()
    for node in QgsProject.instance().layerTreeRoot().findLayers():
        yield node.name()
        renderer = node.layer().renderer() if hasattr(node.layer(), "renderer") else None
        if renderer is not None:  # the legend under the layer in the Layers panel
            yield from (item.label() for item in renderer.legendSymbolItems())
    for group in QgsProject.instance().layerTreeRoot().findGroups(True):
        yield group.name()


def missing_tooltips() -> List[str]:
    """SlimStad controls a user can see without a tooltip (parts of QGIS's own composite widgets excluded
    when the composite itself explains what it is)."""
    missing = []
    for root in slimstad_widgets():
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or widget.toolTip().strip():
                continue
            parent, explained = widget.parentWidget(), False
            for _level in range(3):  # the combo inside a QgsFieldExpressionWidget, a QgsFileWidget's line edit
                if parent is None or parent is root:
                    break
                if parent.toolTip().strip() and type(parent).__name__.startswith("Qgs"):
                    explained = True
                    break
                parent = parent.parentWidget()
            name = type(widget).__name__
            qt_own = widget.objectName().startswith("qt_") or isinstance(widget.parentWidget(), QTableView)
            in_message_bar = any(type(a).__name__.startswith("QgsMessageBar") for a in _ancestors(widget, root))
            if not explained and not qt_own and not in_message_bar:
                missing.append("{} {!r} {!r}".format(name, widget.objectName(), getattr(widget, "text",
                                                                                          lambda: "")()))
    return missing


def _ancestors(widget: QWidget, root: QWidget) -> List[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def check(step: str) -> Dict[str, object]:
    """The checks after every step; what fails is named in REPORT["problems"]."""
    QApplication.processEvents()
    screen = QApplication.primaryScreen().availableGeometry()
    main = window()
    hint, frame = main.minimumSizeHint(), main.frameGeometry()
    fits = hint.width() <= screen.width() and hint.height() <= screen.height() and screen.contains(frame)
    if not fits:
        problem("{}: the main window does not fit the {}x{} screen (minimum {}x{}, frame {}x{}+{}+{})".format(
            step, screen.width(), screen.height(), hint.width(), hint.height(), frame.width(), frame.height(),
            frame.x(), frame.y()))
    dutch = {}
    if DETECTOR is not None:
        for text in screen_texts():
            found = DETECTOR.find(text) if text else None
            if found:
                dutch[text[:160]] = found
    for text, found in dutch.items():
        problem("{}: untranslated Dutch on a {} screen: {!r} (is {!r})".format(step, LANGUAGE, text, found))
    english = {}
    if ENGLISH is not None:
        for text in screen_texts():
            for line in (text or "").splitlines():
                found = ENGLISH.find(line) if line.strip() else None
                if found:
                    english[line[:160]] = found
    for text, found in english.items():
        problem("{}: untranslated English on a {} screen: {!r} (source {!r})".format(step, LANGUAGE, text, found))
    no_tip = missing_tooltips()
    for name in no_tip:
        problem("{}: no tooltip: {}".format(step, name))
    clipped = [text for root in slimstad_widgets() for text in clipped_texts(root)]
    for text in clipped:
        problem("{}: text cut off: {}".format(step, text))
    return {"fits": fits, "minimum": [hint.width(), hint.height()], "frame": [frame.width(), frame.height()],
            "dutch": dutch, "english": english, "no_tooltip": no_tip, "clipped": clipped}


def grab(name: str) -> str:
    QApplication.processEvents()
    path = OUT / "{}.png".format(name)
    QApplication.primaryScreen().grabWindow(0).save(str(path), "PNG")
    return str(path)


def wait(condition: Callable[[], bool], timeout: float = 120.0) -> Callable[[], bool]:
    """A condition the runner polls (with a deadline)."""
    deadline = time.monotonic() + timeout

    def ready() -> bool:
        if time.monotonic() > deadline:
            raise TimeoutError("waited {} s".format(timeout))
        return condition()

    return ready


def challenge_dock() -> object:
    return dock("slimstad_challenge_dock")


def catalogue_dock() -> object:
    return dock("slimstad_catalogue_dock")


# -- the first hour ----------------------------------------------------------------------------------------
def step_start() -> Iterator[object]:
    main = window()
    main.setGeometry(QApplication.primaryScreen().availableGeometry())  # Xvfb has no window manager to maximise
    main.show()
    from slimstad.slimstad_plugin.gui import help as gui_help

    gui_help.OPENER = lambda url: True  # no browser under Xvfb; the pages opened are recorded in OPENED
    REPORT["plugin_loaded"] = "slimstad" in qgis.utils.plugins
    REPORT["qgis_version"] = qgis.utils.Qgis.QGIS_VERSION
    action("slimstad_catalogue_dock_toggle").trigger()
    action("slimstad_challenges").trigger()
    yield 800


def step_sample_city() -> Iterator[object]:
    action("slimstad_sample_city").trigger()
    yield wait(lambda: QgsProject.instance().fileName().endswith("voorbeeldstad.qgz")
               and len(QgsProject.instance().mapLayers()) == 9)
    qgis.utils.iface.mapCanvas().zoomToFullExtent()
    REPORT["data_folder"] = catalogue_dock().data_folder.path_label.toolTip()
    REPORT["layers"] = sorted(layer.name() for layer in QgsProject.instance().mapLayers().values())
    if catalogue_dock().data_folder.missing_row.isVisibleTo(catalogue_dock()):
        problem("sample city: the dock still says the data is missing")
    yield 1500


def step_health() -> Iterator[object]:
    catalogue = catalogue_dock()
    catalogue.raise_()  # on a laptop screen the two docks share one place as tabs
    catalogue.check_health()
    yield wait(lambda: not catalogue.tasks)
    health = {entry.id: catalogue.statuses.get(entry.id).health for entry in catalogue.entries}
    bad = sorted(entry_id for entry_id, state in health.items() if state != "ok")
    REPORT["health"] = health
    REPORT["unreachable"] = bad
    if len(health) != 9 or bad:
        problem("health: {} of {} sample layers not reachable: {}".format(len(bad), len(health), bad))
    from slimstad.slimstad_plugin.gui import help as gui_help

    # "Add to project" of a layer that is already there: selected, not copied (issue 18 trial).
    project = QgsProject.instance()
    before = len(project.mapLayers())
    catalogue.select_entry("voorbeeldstad.parken")
    catalogue.action_add.trigger()
    message = catalogue.message_bar.items()[-1] if catalogue.message_bar.items() else None
    active = qgis.utils.iface.activeLayer()
    REPORT["duplicate_add"] = message.text() if message else ""
    if len(project.mapLayers()) != before or message is None or message.button is None or active is None \
            or active.customProperty("slimstad/catalog_id") != "voorbeeldstad.parken":
        problem("add: Parken already in the project was added again or not selected ({} -> {} layers)".format(
            before, len(project.mapLayers())))
    catalogue.select_entry("voorbeeldstad.kinderopvang")  # its metadata shows in the screenshot
    QApplication.processEvents()
    scroll = catalogue.widget()
    body = scroll.widget()
    REPORT["catalogue_scroll"] = {"viewport": scroll.viewport().width(), "body": body.width(),
                                  "hbar": scroll.horizontalScrollBar().maximum(),
                                  "children": {"{}:{}".format(type(c).__name__, c.objectName()):
                                               c.minimumSizeHint().width() for c in body.children()
                                               if isinstance(c, QWidget) and c.isVisible()}}
    catalogue.findChild(QAbstractButton, "slimstad_help_catalogue").click()
    page = Path(gui_help.OPENED[-1]) if gui_help.OPENED else None
    if page is None or not page.is_file() or page.parent.name != (LANGUAGE if LANGUAGE in ("nl", "fr") else "en"):
        problem("help: the catalogue's help button opened {}".format(page))
    REPORT["help_page"] = str(page)
    yield 300


def step_quality() -> Iterator[object]:
    catalogue = catalogue_dock()
    catalogue.select_entry("voorbeeldstad.kinderopvang")
    if catalogue.action_quality.icon().isNull():
        problem("quality: the toolbar action has no icon")
    catalogue.action_quality.trigger()
    yield wait(lambda: catalogue.quality_dialog is not None and catalogue.quality_dialog.isVisible())
    REPORT["quality_dialog"] = catalogue.quality_dialog.windowTitle()
    yield 500
    REPORT["steps"].append({"step": "02b_quality_report", "screenshot": grab("02b_quality_report"),
                            **check("02b_quality_report")})
    catalogue.quality_dialog.close()


def step_challenge() -> Iterator[object]:
    panel = challenge_dock()
    panel.raise_()
    panel.template_box.setCurrentIndex(panel.template_box.findData("kinderopvang"))
    panel.findChild(QAbstractButton, "new_template").click()
    panel.tabs.setCurrentIndex(0)
    yield 500
    roles = panel.roles
    widths, shown = [], []
    for row, status in enumerate(roles.statuses):
        box = roles.layer_box(row)
        layer = box.currentLayer()
        shown.append([status.label, box.currentText(), status.ok])
        widths.append(roles.table.columnWidth(1))
        if layer is None or box.currentText() != layer.name() or not status.ok:
            problem("roles: {} shows {!r}".format(status.label, box.currentText()))
    REPORT["roles"] = shown
    # The "From the catalogue" choices show the health check just made, in words of the screen's language.
    from slimstad.slimstad_plugin.core.catalogue.view import health_label

    reachable = health_label("ok")
    labels = [roles.catalogue_box(row).itemText(index) for row in range(len(roles.statuses))
              for index in range(1, roles.catalogue_box(row).count())]
    REPORT["catalogue_choices"] = labels[:3]
    if not labels or any(reachable not in label for label in labels) or any("unknown" in label for label in labels):
        problem("roles: catalogue choices do not show the health check: {}".format(labels[:2]))
    REPORT["layer_column_px"] = min(widths) if widths else 0
    if not widths or min(widths) < 100:
        problem("roles: the layer column is {} px wide".format(min(widths) if widths else 0))
    if not panel.run_button.isEnabled():
        problem("challenge: Run is disabled: {}".format(panel.blockers.text()))


def step_run() -> Iterator[object]:
    panel = challenge_dock()
    panel.run_button.click()
    yield wait(lambda: panel.task is None)
    REPORT["result_rows"] = panel.results.rowCount()
    REPORT["summary"] = panel.summary.text()
    REPORT["result_headers"] = [panel.results.horizontalHeaderItem(c).text()
                                for c in range(panel.results.columnCount())]
    if panel.results.rowCount() != 150:
        problem("run: {} result rows; message {!r}".format(panel.results.rowCount(), panel.message.text()))
    qgis.utils.iface.mapCanvas().zoomToFullExtent()
    yield 1500


def step_scenario() -> Iterator[object]:
    panel = challenge_dock()
    panel.tabs.setCurrentIndex(3)
    project = QgsProject.instance()
    sectors = next(layer for layer in project.mapLayers().values()
                   if layer.customProperty("slimstad/catalog_id") == "voorbeeldstad.statistische_sectoren")
    facilities = next(layer for layer in project.mapLayers().values()
                      if layer.customProperty("slimstad/catalog_id") == "voorbeeldstad.kinderopvang")
    canvas_crs = qgis.utils.iface.mapCanvas().mapSettings().destinationCrs()

    def on_canvas(point: QgsPointXY, crs: object) -> QgsPointXY:
        return QgsCoordinateTransform(crs, canvas_crs, project).transform(point)

    busiest = max(sectors.getFeatures(), key=lambda f: f["inw_0_2"] or 0)
    panel.ask_capacity = lambda: (40.0, True)
    panel.handle_map_click(on_canvas(busiest.geometry().pointOnSurface().asPoint(), sectors.crs()), "add")
    closing = max(facilities.getFeatures(), key=lambda f: f["plaatsen"] or 0)
    panel.handle_map_click(on_canvas(closing.geometry().asPoint(), facilities.crs()), "remove")
    REPORT["scenario_steps"] = [panel.scenario_list.item(i).text() for i in range(panel.scenario_list.count())]
    markers = panel.scenario.marker_layer()
    if markers is None or markers.featureCount() != 2:
        problem("scenario: {} markers on the map".format(markers.featureCount() if markers else 0))
    panel.scenario.undo_button.click()  # one step back and forth: the list and the markers follow
    undone = panel.scenario_list.count()
    panel.scenario.redo_button.click()
    if undone != 1 or panel.scenario_list.count() != 2 or markers.featureCount() != 2:
        problem("scenario: undo/redo left {} / {} steps, {} markers".format(undone, panel.scenario_list.count(),
                                                                          markers.featureCount()))
    QApplication.processEvents()
    run_button = panel.scenario.run_button
    shown = run_button.visibleRegion().boundingRect()
    if shown.height() < run_button.height():  # the step's main button must not need scrolling at 1366x768
        problem("scenario: 'Run scenario' is {} of {} px visible".format(shown.height(), run_button.height()))
    run_button.click()
    yield wait(lambda: panel.task is None)
    panel.tabs.setCurrentIndex(3)
    order = [node.layerId() for node in project.layerTreeRoot().findLayers()]
    group = next((g for g in project.layerTreeRoot().findGroups(True) if g.customProperty(
        "slimstad/challenge_group")), None)
    results = [node.layerId() for node in group.findLayers()] if group else []
    if not results or order.index(facilities.id()) > min(order.index(r) for r in results):
        problem("scenario: the facilities are drawn under the result polygons")
    REPORT["scenario_layers"] = [node.name() for node in group.children()] if group else []
    qgis.utils.iface.mapCanvas().zoomToFullExtent()
    yield 2000


def step_planning_map() -> Iterator[object]:
    action("slimstad_planning_map").trigger()
    yield 500
    dialog = window().findChild(QDialog, "slimstad_planning_map_dialog") or next(
        d for d in QApplication.topLevelWidgets() if d.objectName() == "slimstad_planning_map_dialog")
    dialog.dpi.setValue(100)
    out = WORK / "planningskaart.pdf"
    dialog.output.setFilePath(str(out))
    if not dialog.show_preview():
        problem("planning map: no preview: {}".format(dialog.problem.text()))
    REPORT["templates"] = [dialog.template.itemText(i) for i in range(dialog.template.count())]
    yield 800
    REPORT["steps"].append({"step": "06a_planning_map_dialog", "screenshot": grab("06a_planning_map_dialog"),
                            **check("06a_planning_map_dialog")})
    maps = component("PlanningMapComponent")
    dialog.export_button.click()
    yield wait(lambda: bool(maps.written), 90)
    REPORT["planning_map"] = [str(p) for p in maps.written]
    if not out.is_file() or out.stat().st_size < 10000:
        problem("planning map: {} was not written".format(out))


def other_city_challenge() -> Path:
    """Gent's play-space challenge: its own ids and field names; this city has no "capacity" for play space."""
    from slimstad.slimstad_plugin.core.challenge.model import save_file
    from slimstad.slimstad_plugin.core.challenge.templates import load_template

    challenge = load_template("kinderopvang")
    challenge.id = "speelruimte"
    challenge.title = {"nl": "Speelruimte", "en": "Play space", "fr": "Espaces de jeu"}
    challenge.question = {"nl": "Waar is te weinig speelruimte voor kinderen van 6 tot 11?",
                          "en": "Where is there too little play space for children aged 6-11?",
                          "fr": "Où manque-t-il d'espaces de jeu pour les enfants de 6 à 11 ans ?"}
    units = challenge.area_units.layer
    units.catalog_id, units.layer_name = "gent.bev.statsec2023", "sectoren_2023"
    units.roles = {"area_id": "sector_code", "area_name": "sector_name", "residents_6_11": "kinderen_6_11"}
    challenge.area_units.id_field, challenge.area_units.name_field = "sector_code", "sector_name"
    demand = challenge.demand[0]
    demand.id, demand.role, demand.field = "kinderen_6_11", "residents_6_11", "kinderen_6_11"
    demand.title = {"nl": "Kinderen 6-11 jaar", "en": "Children aged 6-11", "fr": "Enfants de 6 à 11 ans"}
    demand.layer = units.__class__(**vars(units))
    supply = challenge.supply[0]
    supply.id, supply.role, supply.capacity_field = "speelterreinen", "capacity", "speelruimte_m2"
    supply.title = {"nl": "Speelterreinen", "en": "Playgrounds", "fr": "Aires de jeux"}
    supply.layer.catalog_id, supply.layer.layer_name = "gent.groen.speelterreinen", "speelterreinen"
    supply.layer.sector, supply.layer.roles = "groen/omgeving", {"capacity": "speelruimte_m2"}
    indicator = challenge.indicators[0]
    indicator.id, indicator.supply, indicator.demand, indicator.per = "speelruimte_per_kind", "speelterreinen", \
        "kinderen_6_11", 1
    indicator.title = {"nl": "Speelruimte per kind (m²)", "en": "Play space per child (m²)",
                       "fr": "Espace de jeu par enfant (m²)"}
    indicator.unit = {"nl": "m² per kind", "en": "m² per child", "fr": "m² par enfant"}
    challenge.indicators = [indicator]
    challenge.output.map_indicator = indicator.id
    challenge.context = []
    return save_file(challenge, WORK / "gent_speelruimte.slimstad.json")


def step_import() -> Iterator[object]:
    sharing = component("SharingComponent")
    path = other_city_challenge()
    sharing.ask_challenge_file = lambda: str(path)
    action("slimstad_import_challenge").trigger()
    yield 500
    dialog = sharing.dialog
    report = dialog.report
    missing = [binding.slot for binding in report.missing]
    REPORT["import_missing"] = missing
    REPORT["import_roles"] = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    if missing != ["supply:speelterreinen"]:
        problem("import: expected one missing role, got {}".format(missing))
    if dialog.add_button.isEnabled():
        problem("import: Add was enabled before the missing role was resolved")
    yield 600
    REPORT["steps"].append({"step": "07a_import_missing", "screenshot": grab("07a_import_missing"),
                            **check("07a_import_missing")})
    parks = next(layer for layer in QgsProject.instance().mapLayers().values()
                 if layer.customProperty("slimstad/catalog_id") == "voorbeeldstad.parken")
    from slimstad.slimstad_plugin.gui.sharing.import_dialog import LAYER, key

    dialog.choose("supply:speelterreinen", key(LAYER, parks.id()))
    dialog.set_field("supply:speelterreinen", "oppervlakte_m2")
    if not (report.complete and dialog.run_button.isEnabled()):
        problem("import: the chosen layer did not resolve the role: {}".format(report.summary()))
    yield 800
    REPORT["steps"].append({"step": "07b_import_resolved", "screenshot": grab("07b_import_resolved"),
                            **check("07b_import_resolved")})
    panel = challenge_dock()
    dialog.run_button.click()
    yield wait(lambda: panel.task is None and panel.current is not None and panel.current.id == "speelruimte")
    yield wait(lambda: panel.task is None)
    REPORT["import_result_rows"] = panel.results.rowCount()
    if panel.results.rowCount() != 150:
        problem("import: the imported challenge did not run: {}".format(panel.message.text()))
    yield 1500


def step_demo_project() -> Iterator[object]:
    """The demo project of ``make demo`` (built offscreen, where Qt's default font is not installed) opens
    without a font warning and shows its stored challenge (issue 18, point 9)."""
    demo = Path(os.environ.get("SLIMSTAD_PROBE_DEMO", ""))
    if LANGUAGE != "nl" or not demo.is_file():  # the demo is a Dutch project: opened on the Dutch screen
        return
    QgsProject.instance().setDirty(False)
    qgis.utils.iface.messageBar().clearWidgets()
    qgis.utils.iface.addProject(str(demo))
    yield wait(lambda: QgsProject.instance().fileName() == str(demo))
    yield 1500
    warnings = [item.text() for item in qgis.utils.iface.messageBar().items() if item.level() != 3]
    REPORT["demo_messages"] = warnings
    if warnings:
        problem("demo project: {}".format("; ".join(warnings)))
    panel = challenge_dock()
    panel.raise_()
    stored = [c.id for c in panel.challenges]
    REPORT["demo_challenges"] = stored
    if stored != ["kinderopvang"]:
        problem("demo project: challenges {}".format(stored))


STEPS = [("00_start", step_start), ("01_sample_city", step_sample_city), ("02_catalogue_health", step_health),
         ("02c_quality", step_quality),
         ("03_challenge_roles", step_challenge), ("04_results", step_run), ("05_scenario", step_scenario),
         ("06_planning_map", step_planning_map), ("08_import_run", step_import),
         ("09_demo_project", step_demo_project)]


# -- the runner --------------------------------------------------------------------------------------------
def run(index: int = 0, steps: Optional[Iterator[object]] = None) -> None:
    if index >= len(STEPS):
        finish()
        return
    name, function = STEPS[index]
    try:
        steps = steps if steps is not None else function()
        waiting = next(steps)
    except StopIteration:
        screenshot = grab(name)
        REPORT["steps"].append({"step": name, "screenshot": screenshot, **check(name)})
        QTimer.singleShot(200, lambda: run(index + 1))
        return
    except Exception:  # noqa: BLE001 - every failure goes into the report, QGIS must still exit
        problem("{}: {}".format(name, traceback.format_exc()))
        finish()
        return
    if callable(waiting):
        def poll() -> None:
            try:
                ready = waiting()
            except Exception:  # noqa: BLE001 - a timeout ends the run with the reason
                problem("{}: {}".format(name, traceback.format_exc()))
                finish()
                return
            if ready:
                QTimer.singleShot(100, lambda: run(index, steps))
            else:
                QTimer.singleShot(200, poll)

        poll()
    else:
        QTimer.singleShot(int(waiting), lambda: run(index, steps))


def finish() -> None:
    done = {step["step"] for step in REPORT["steps"]}
    REPORT["ok"] = bool(REPORT.get("plugin_loaded")) and not REPORT["problems"] and all(
        name in done for name, _function in STEPS)
    (OUT / "report.json").write_text(json.dumps(REPORT, indent=2, ensure_ascii=False), encoding="utf-8")
    QgsProject.instance().setDirty(False)
    QgsApplication.exit(0)


QTimer.singleShot(3000, run)
