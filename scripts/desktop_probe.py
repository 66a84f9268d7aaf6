"""Runs INSIDE the real QGIS desktop (qgis --code): prove SlimStad is loaded, screenshot, quit.

Writes ``$SLIMSTAD_PROBE_OUT/desktop.json`` and ``desktop.png``.
"""

import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

OUT = Path(os.environ.get("SLIMSTAD_PROBE_OUT", "out"))


def probe() -> None:
    report = {"ok": False}
    try:
        import qgis.utils

        window = qgis.utils.iface.mainWindow()
        menus = [action.text() for action in window.menuBar().actions()]
        plugin_menu = next((a.menu() for a in window.menuBar().actions() if a.menu()
                            and a.menu().objectName() == "slimstad_menu"), None)
        report.update({
            "plugin_loaded": "slimstad" in qgis.utils.plugins,
            "menu_bar": menus,
            "slimstad_menu_actions": [a.text() for a in plugin_menu.actions()] if plugin_menu else [],
            "provider": QgsApplication.processingRegistry().providerById("slimstad") is not None,
            "qgis_version": qgis.utils.Qgis.QGIS_VERSION,
        })
        if plugin_menu is not None:
            plugin_menu.popup(window.menuBar().mapToGlobal(window.menuBar().actionGeometry(plugin_menu.menuAction()).bottomLeft()))
            QApplication.processEvents()
        report["ok"] = report["plugin_loaded"] and plugin_menu is not None and report["provider"]
    except Exception:  # noqa: BLE001 - report everything to the calling script
        report["error"] = traceback.format_exc()
    QTimer.singleShot(1500, lambda: finish(report))


def finish(report: dict) -> None:
    try:
        screen = QApplication.primaryScreen()
        screen.grabWindow(0).save(str(OUT / "desktop.png"), "PNG")
    except Exception:  # noqa: BLE001
        report["screenshot_error"] = traceback.format_exc()
    (OUT / "desktop.json").write_text(json.dumps(report, indent=2))
    QgsApplication.exit(0)


QTimer.singleShot(3000, probe)
