"""The plugin's lifecycle in QGIS: classFactory -> initGui -> unload, twice, leaves nothing behind."""

import importlib.util
import sys
from types import ModuleType

import pytest
from paths import REPO
from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar


def load_plugin_package() -> ModuleType:
    """Import the repository root as the installed package ``slimstad`` (as QGIS does)."""
    if "slimstad" in sys.modules:
        return sys.modules["slimstad"]
    spec = importlib.util.spec_from_file_location("slimstad", REPO / "__init__.py",
                                                  submodule_search_locations=[str(REPO)])
    module = importlib.util.module_from_spec(spec)
    sys.modules["slimstad"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def plugin_owns_the_provider():
    """Other tests register the provider through init_processing; here the plugin must own it alone."""
    from slimstad_plugin import qgis_app

    registry = QgsApplication.processingRegistry()
    had_provider = registry.providerById("slimstad") is not None
    if had_provider:
        registry.removeProvider("slimstad")
        qgis_app._PROVIDER = None
    yield
    if had_provider and registry.providerById("slimstad") is None:
        qgis_app.init_processing()


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def slimstad_menus(window) -> list:
    return [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)
            and a.menu().objectName() == "slimstad_menu"]


def handler_count() -> int:
    import logging

    # Compare by name: the plugin runs as ``slimstad.slimstad_plugin``, a second copy of the classes.
    return sum(type(h).__name__ == "QgisMessageLogHandler" for name in ("slimstad_plugin", "slimstad.slimstad_plugin")
               for h in logging.getLogger(name).handlers)


def test_load_unload_twice_leaves_nothing(qgis_iface) -> None:
    package = load_plugin_package()
    window = qgis_iface.mainWindow()
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        plugin = package.classFactory(qgis_iface)
        plugin.initGui()
        assert len(slimstad_menus(window)) == 1
        assert window.findChild(QToolBar, "slimstad_toolbar") is not None
        provider = registry.providerById("slimstad")
        assert provider is not None and provider.algorithm("sample_city") is not None
        assert handler_count() == 1
        plugin.unload()
        flush_deletes()
        assert slimstad_menus(window) == []
        assert window.findChild(QToolBar, "slimstad_toolbar") is None
        assert registry.providerById("slimstad") is None
        assert handler_count() == 0
        assert plugin.host is None and plugin.components == [] and plugin.translator is None


def test_missing_shapely_still_loads_with_clear_message(qgis_iface, monkeypatch) -> None:
    package = load_plugin_package()
    plugin_module = sys.modules["slimstad.slimstad_plugin.plugin"]
    monkeypatch.setattr(plugin_module, "missing_dependencies", lambda: ["shapely>=2"])
    plugin = package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        menu = slimstad_menus(qgis_iface.mainWindow())[0]
        assert [a.text() for a in menu.actions()] == ["About SlimStad"]
        warnings = qgis_iface.messageBar().get_messages(1)  # Qgis.Warning
        assert any("shapely>=2" in message for message in warnings)
    finally:
        plugin.unload()
        flush_deletes()


@pytest.fixture()
def dutch_qgis():
    settings = QgsSettings()
    old = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "nl_BE")
    yield
    settings.setValue("locale/overrideFlag", old[0] if old[0] is not None else False)
    settings.setValue("locale/userLocale", old[1] or "")


def test_menu_is_dutch_when_qgis_runs_in_dutch(qgis_iface, dutch_qgis) -> None:
    package = load_plugin_package()
    plugin = package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.translator is not None, "i18n/slimstad_nl.qm must be built (make translations)"
        texts = [a.text() for a in slimstad_menus(qgis_iface.mainWindow())[0].actions()]
        assert "Voorbeeldstad maken…" in texts and "Over SlimStad" in texts
        assert QgsApplication.processingRegistry().algorithmById("slimstad:sample_city").displayName() == \
            "Voorbeeldstad aanmaken"
    finally:
        plugin.unload()
        flush_deletes()
    # After unload the translator is gone again: English source strings come back.
    assert QCoreApplication.translate("SlimStadAbout", "About SlimStad") == "About SlimStad"
