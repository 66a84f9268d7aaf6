"""Runs INSIDE the real QGIS desktop (qgis --code): prove SlimStad is loaded, use the Opgaven dock, screenshot.

Writes ``$SLIMSTAD_PROBE_OUT/desktop.json``, ``desktop.png`` (menu open) and ``opgaven.png`` (the dock after
running the childcare challenge on the sample city).
"""

import json
import os
import tempfile
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget

OUT = Path(os.environ.get("SLIMSTAD_PROBE_OUT", "out"))
REPORT = {"ok": False}


def grab(name: str) -> None:
    QApplication.processEvents()
    QApplication.primaryScreen().grabWindow(0).save(str(OUT / name), "PNG")


def probe_menu() -> None:
    try:
        import qgis.utils

        window = qgis.utils.iface.mainWindow()
        window.showMaximized()
        plugin_menu = next((a.menu() for a in window.menuBar().actions() if a.menu()
                            and a.menu().objectName() == "slimstad_menu"), None)
        REPORT.update({
            "plugin_loaded": "slimstad" in qgis.utils.plugins,
            "menu_bar": [action.text() for action in window.menuBar().actions()],
            "slimstad_menu_actions": [a.text() for a in plugin_menu.actions()] if plugin_menu else [],
            "provider": QgsApplication.processingRegistry().providerById("slimstad") is not None,
            "qgis_version": qgis.utils.Qgis.QGIS_VERSION,
        })
        if plugin_menu is not None:
            bar = window.menuBar()
            plugin_menu.popup(bar.mapToGlobal(bar.actionGeometry(plugin_menu.menuAction()).bottomLeft()))
        QTimer.singleShot(1000, lambda: after_menu(plugin_menu))
    except Exception:  # noqa: BLE001 - report everything to the calling script
        REPORT["error"] = traceback.format_exc()
        finish()


def after_menu(plugin_menu: object) -> None:
    grab("desktop.png")
    if plugin_menu is not None:
        plugin_menu.hide()
    try:
        open_challenge_dock()
    except Exception:  # noqa: BLE001
        REPORT["error"] = traceback.format_exc()
        finish()


def open_challenge_dock() -> None:
    import qgis.utils
    from slimstad.slimstad_plugin.core.demo.sample_city import write_city
    from slimstad.slimstad_plugin.core.demo.sample_project import build_sample_project

    folder = Path(tempfile.mkdtemp(prefix="slimstad-desktop-"))
    write_city(folder / "voorbeeldstad.gpkg")
    project, _layers = build_sample_project(folder / "voorbeeldstad.gpkg", folder / "voorbeeldstad.qgz")
    project.clear()
    qgis.utils.iface.addProject(str(folder / "voorbeeldstad.qgz"))
    window = qgis.utils.iface.mainWindow()
    action = next(a for a in window.findChildren(type(window.menuBar().actions()[0]))
                  if a.objectName() == "slimstad_challenges")
    action.trigger()
    dock = window.findChild(QDockWidget, "slimstad_challenge_dock")
    REPORT["challenge_dock_visible"] = bool(dock and dock.isVisible())
    dock.template_box.setCurrentIndex(dock.template_box.findData("kinderopvang"))
    dock.create_from_template()
    REPORT["run_enabled"] = dock.run_button.isEnabled()
    dock.run()
    poll(dock, 0)


def poll(dock: object, waited: int) -> None:
    if dock.task is not None and waited < 120:
        QTimer.singleShot(500, lambda: poll(dock, waited + 1))
        return
    REPORT["challenge_message"] = dock.message.text()
    REPORT["result_rows"] = dock.results.rowCount()
    REPORT["summary"] = dock.summary.text()
    QgsProject.instance().setDirty(False)
    import qgis.utils

    qgis.utils.iface.mapCanvas().zoomToFullExtent()
    qgis.utils.iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(2500, after_run)


def after_run() -> None:
    grab("opgaven.png")
    REPORT["ok"] = bool(REPORT.get("plugin_loaded") and REPORT.get("provider") and REPORT.get("slimstad_menu_actions")
                        and REPORT.get("challenge_dock_visible") and REPORT.get("result_rows", 0) > 0)
    finish()


def finish() -> None:
    (OUT / "desktop.json").write_text(json.dumps(REPORT, indent=2, ensure_ascii=False))
    QgsProject.instance().setDirty(False)
    QgsApplication.exit(0)


QTimer.singleShot(3000, probe_menu)
