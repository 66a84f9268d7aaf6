"""No text of the docks is cut off on a laptop screen (1366x768: a dock gets ~430 px) in Dutch, French (the
longest) and English (issue 18 trial: the data-folder path under "Changer…", a two-line message cut off)."""

import shutil
import sys
from pathlib import Path

import pytest
from paths import REPO
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis_helpers import delete_catalogue_docks  # noqa: F401 - fixture

from slimstad_plugin.core.base.i18n import install_translator, remove_translator
from slimstad_plugin.core.catalogue.health import HealthCache
from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.gui.catalogue.dock import SHIPPED_CATALOGUE, CatalogueDock
from slimstad_plugin.gui.challenge.dock import ChallengeDock

sys.path.insert(0, str(REPO / "scripts"))
from layout_checks import clipped_texts  # noqa: E402 - the repository's scripts folder

pytestmark = pytest.mark.usefixtures("delete_catalogue_docks")


def settle() -> None:
    for _round in range(4):
        QCoreApplication.processEvents()


@pytest.fixture()
def city(qgis_app, sample_gpkg: Path, tmp_path: Path) -> QgsProject:
    gpkg = tmp_path / "voorbeeldstad.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    project, _layers = build_sample_project(gpkg, tmp_path / "voorbeeldstad.qgz")
    project.clear()
    instance = QgsProject.instance()
    assert instance.read(str(tmp_path / "voorbeeldstad.qgz"))
    yield instance
    instance.clear()


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
@pytest.mark.parametrize("width", [330, 430])
def test_no_text_of_the_docks_is_cut_off(qgis_iface, city: QgsProject, tmp_path: Path, language: str,
                                         width: int) -> None:
    translator = install_translator(language) if language != "en" else None
    catalogue = CatalogueDock(qgis_iface, None, locations=lambda: [str(SHIPPED_CATALOGUE)], project=city,
                              data_dir=str(tmp_path), health_cache=HealthCache(tmp_path / "health.json"))
    challenge = ChallengeDock(qgis_iface)
    try:
        catalogue.reload()
        catalogue.select_entry("voorbeeldstad.kinderopvang")
        catalogue.show_message("Vérification terminée : 0 couches sur 9 inaccessibles. " * 2)
        challenge.template_box.setCurrentIndex(challenge.template_box.findData("kinderopvang"))
        challenge.findChild(object, "new_template").click()
        problems = {}
        for dock in (catalogue, challenge):
            dock.setFloating(True)
            dock.resize(width, 700)
            dock.show()
            settle()
            for tab in range(getattr(dock, "tabs", None).count() if hasattr(dock, "tabs") else 1):
                if hasattr(dock, "tabs"):
                    dock.tabs.setCurrentIndex(tab)
                    settle()
                found = clipped_texts(dock)
                if found:
                    problems["{} tab {}".format(type(dock).__name__, tab)] = found
        assert not problems, problems
    finally:
        challenge.close_down()
        for dock in (catalogue, challenge):
            dock.hide()
            dock.deleteLater()
        remove_translator(translator)


def test_long_messages_in_qgis_message_bar_are_not_cut_off(qgis_app) -> None:
    """QGIS's own bar gives a message one line and three quarters; SlimStad's long ones get the lines they need."""
    from qgis.core import Qgis
    from qgis.gui import QgsMessageBar
    from qgis.PyQt.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

    from slimstad_plugin.gui.message_area import push_to_qgis

    window = QWidget()
    QVBoxLayout(window).addWidget(bar := QgsMessageBar(window))
    window.resize(620, 300)
    window.show()
    settle()
    text = ("Ville d'exemple créée dans /tmp/slimstad-desktop-aB8hWz/fr/profiles/default/slimstad/voorbeeldstad ; "
            "le catalogue Données partagées y lit ses couches.")
    push_to_qgis(bar, "SlimStad", text, Qgis.MessageLevel.Success, 0)
    settle()
    browser = bar.currentItem().findChild(QTextBrowser)
    needed = browser.document().size().height()
    assert needed > 1.9 * browser.fontMetrics().height()  # really more than one line at this width
    assert browser.viewport().height() >= needed - 4, (browser.viewport().height(), needed)
    window.deleteLater()


def test_a_written_file_message_is_whole_at_1366_wide(qgis_app, tmp_path: Path) -> None:
    """Fresh-eyes trial: "Planningskaart geschreven: /tmp/…" wrapped onto a cut-off second line in QGIS's bar. The
    message names the file, shows whole on one line, holds the path in its tooltip and offers Open / Open folder."""
    from qgis.gui import QgsMessageBar
    from qgis.PyQt.QtWidgets import QPushButton, QTextBrowser, QVBoxLayout, QWidget

    from slimstad_plugin.gui.message_area import push_file_message

    deep = tmp_path / "een" / "heel" / "diepe" / "map" / "met" / "planningskaarten" / "voor" / "de" / "stad"
    deep.mkdir(parents=True)
    out = deep / "kinderopvang_planningskaart_voorbeeldstad.pdf"
    out.write_bytes(b"%PDF-1.4")
    window = QWidget()
    QVBoxLayout(window).addWidget(bar := QgsMessageBar(window))
    window.resize(1366, 200)
    window.show()
    settle()
    item = push_file_message(bar, "SlimStad", "Planningskaart geschreven: {}".format(out.name), out)
    settle()
    browser = item.findChild(QTextBrowser)
    assert str(deep) not in item.text() and item.toolTip() == str(out)
    assert browser.viewport().height() >= browser.document().size().height() - 4
    assert {b.text() for b in item.findChildren(QPushButton)} >= {"Open", "Open folder"}
    window.deleteLater()


@pytest.mark.parametrize("language", ["fr", "nl", "en"])
def test_no_text_of_the_catalogue_dialogs_is_cut_off(qgis_iface, city: QgsProject, tmp_path: Path,
                                                     language: str) -> None:
    from slimstad_plugin.gui.catalogue.quality import QualityReportDialog

    translator = install_translator(language) if language != "en" else None
    catalogue = CatalogueDock(qgis_iface, None, locations=lambda: [str(SHIPPED_CATALOGUE)], project=city,
                              data_dir=str(tmp_path), health_cache=HealthCache(tmp_path / "health.json"))
    dialogs = []
    try:
        catalogue.reload()
        dialogs = [catalogue.open_harvest_dialog(), catalogue.open_publish_dialog(), QualityReportDialog([], None)]
        problems = {}
        for dialog in dialogs:
            dialog.show()
            settle()
            found = clipped_texts(dialog)
            if found:
                problems[type(dialog).__name__] = found
        assert not problems, problems
    finally:
        for dialog in dialogs:
            dialog.close()
            dialog.deleteLater()
        catalogue.deleteLater()
        remove_translator(translator)
