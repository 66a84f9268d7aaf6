"""The dock's "Harvest from a metadata catalogue…" and "Publish as DCAT-AP / ISO…" dialogs, driven offscreen
(non-modal, buttons clicked, background tasks awaited)."""

import json
import time
from pathlib import Path
from typing import Iterator

import pytest
from catalogue_support import write_catalogue
from harvest_support import MimicCsw, dcat_file, get_records_response, record_xml
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis_helpers import delete_catalogue_docks, wait_for  # noqa: F401 - fixture

from slimstad_plugin.core.catalogue.health import HealthCache
from slimstad_plugin.gui.catalogue.dock import CatalogueDock
from slimstad_plugin.gui.catalogue.harvest_dialog import HarvestDialog

pytestmark = pytest.mark.usefixtures("delete_catalogue_docks")
OWN_ENTRY = {"id": "stad.eigen", "title": {"nl": "Eigen laag"}, "sector": "wonen", "owner": "Wonen",
             "licence": {"type": "internal"}, "source": {"type": "gpkg", "path": "x.gpkg", "layer": "x"}}


@pytest.fixture()
def city(tmp_path: Path) -> Path:
    return write_catalogue(tmp_path / "stad.json", [OWN_ENTRY], "stad")


@pytest.fixture()
def dock(qgis_iface: object, qgis_new_project: None, city: Path, tmp_path: Path) -> Iterator[CatalogueDock]:
    widget = CatalogueDock(qgis_iface, qgis_iface.mainWindow(), locations=lambda: [str(city)],
                           project=QgsProject.instance(), data_dir=str(tmp_path),
                           health_cache=HealthCache(tmp_path / "health_cache.json"))
    widget.reload()
    yield widget


def search(dialog: HarvestDialog, source: str) -> None:
    dialog.source_edit.setText(source)
    QTest.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: dialog.task is None, 120)


def test_harvest_preview_check_and_add_to_the_city_catalogue(dock: CatalogueDock, city: Path,
                                                             tmp_path: Path) -> None:
    dialog = dock.open_harvest_dialog()
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.target_path() == str(city)  # the city's own file; never the shipped sample catalogue
    search(dialog, str(dcat_file(tmp_path, "voorbeeldstad.ttl")))
    assert dialog.preview.topLevelItemCount() == 5
    assert "9 records read, 5 entries, 4 skipped" in dialog.status_text()
    assert {dialog.preview.topLevelItem(r).text(4) for r in range(5)} == {"new"}
    haltes = next(dialog.preview.topLevelItem(r) for r in range(5)
                  if dialog.preview.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole) == "haltes")
    haltes.setCheckState(0, Qt.CheckState.Unchecked)
    QTest.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert sorted(dialog.last_report.added) == ["data.voorbeeldstad.be_id_dataset_parken",
                                                "data.voorbeeldstad.be_id_dataset_scholen", "kinderopvang-2025",
                                                "statsec-2024"]
    saved = {e["id"] for e in json.loads(city.read_text())["entries"]}
    assert saved == {"stad.eigen", "kinderopvang-2025", "statsec-2024", "data.voorbeeldstad.be_id_dataset_scholen",
                     "data.voorbeeldstad.be_id_dataset_parken"}
    assert {e.id for e in dock.entries} == saved  # the dock shows them at once
    # The same search again: the preview says which entries the catalogue already has.
    search(dialog, str(dcat_file(tmp_path, "voorbeeldstad.ttl")))
    states = {dialog.preview.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole): dialog.preview.topLevelItem(r).text(4)
              for r in range(5)}
    assert states["kinderopvang-2025"] == "update" and states["haltes"] == "new"


def test_add_into_a_new_catalogue_file(dock: CatalogueDock, tmp_path: Path) -> None:
    dialog = dock.open_harvest_dialog()
    search(dialog, str(dcat_file(tmp_path, "voorbeeldstad.rdf")))
    target = tmp_path / "nieuw" / "geoogst.json"
    dialog.set_target(str(target))
    assert dialog.add_checked() is not None
    data = json.loads(target.read_text())
    assert data["id"] == "geoogst" and len(data["entries"]) == 5


def test_bad_source_is_one_message_and_nothing_to_add(dock: CatalogueDock, tmp_path: Path) -> None:
    page = tmp_path / "portaal.ttl"
    page.write_text("<!DOCTYPE html><html><body>Aanmelden</body></html>")
    dialog = dock.open_harvest_dialog()
    search(dialog, str(page))
    assert "is a web page (HTML), not a CSW service or a DCAT file" in dialog.status_text()
    assert "Traceback" not in dialog.status_text()
    assert dialog.preview.topLevelItemCount() == 0 and not dialog.add_button.isEnabled()
    dialog.source_edit.clear()
    QTest.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert dialog.task is None and "Give a CSW address" in dialog.status_text()


def test_cancel_stops_a_long_csw_harvest(dock: CatalogueDock) -> None:
    """A CSW of 40 one-record pages that answers slowly (loopback mimic: pycsw answers fast)."""

    def scenario(request: str, params: dict):
        if request == "GetCapabilities":
            return csw.capabilities()
        time.sleep(0.3)
        start = int(params["startposition"])
        record = record_xml("wijken.xml", "wijken-{}".format(start))
        return 200, get_records_response([record], 40, start + 1 if start < 40 else 0), "application/xml"

    with MimicCsw(scenario) as csw:
        dialog = dock.open_harvest_dialog()
        dialog.source_edit.setText(csw.url)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("csw"))
        dialog.query_edit.setText("wijken")
        QTest.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isVisible() and not dialog.search_button.isEnabled()
        wait_for(lambda: len(csw.requests) >= 3, 60)
        QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        wait_for(lambda: dialog.task is None, 60)
    assert dialog.status_text() == "Search canceled: nothing was added."
    assert len(csw.requests) < 41 and dialog.preview.topLevelItemCount() == 0
    assert csw.requests[1]["constraint"].startswith("<ogc:Filter")  # the search text went to the server


def test_publish_dialog_writes_dcat_in_the_background(dock: CatalogueDock, city: Path, tmp_path: Path) -> None:
    dialog = dock.open_publish_dialog()
    assert dialog.isVisible() and dialog.catalogue_combo.currentData() == str(city)
    dialog.format_combo.setCurrentIndex(2)  # JSON-LD
    dialog.out_edit.setText(str(tmp_path / "publicatie.ttl"))
    dialog._fix_suffix()
    assert dialog.out_edit.text() == str(tmp_path / "publicatie.jsonld")
    QTest.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: dialog.task is None, 60)
    assert dialog.report is not None and dialog.report.files == [tmp_path / "publicatie.jsonld"]
    assert "wrote 1 entry" in dialog.status_text()
    assert "x.gpkg" not in (tmp_path / "publicatie.jsonld").read_text()  # a local path never leaves
    dialog.format_combo.setCurrentIndex(3)  # ISO 19139 folder
    dialog.out_edit.setText(str(city))
    QTest.mouseClick(dialog.publish_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: dialog.task is None, 60)
    assert "would overwrite the catalogue itself" in dialog.status_text()


@pytest.mark.parametrize("language,title,search_label,publish_title", [
    ("nl", "Oogsten uit een metadatacatalogus", "Zoeken", "Publiceren als DCAT-AP / ISO"),
    ("fr", "Moissonner un catalogue de métadonnées", "Rechercher", "Publier en DCAT-AP / ISO"),
])
def test_dialogs_speak_the_qgis_language(dock: CatalogueDock, language: str, title: str, search_label: str,
                                         publish_title: str) -> None:
    from slimstad_plugin.core.base.i18n import install_translator, remove_translator
    from slimstad_plugin.gui.catalogue.publish_dialog import PublishDialog

    translator = install_translator(language)
    assert translator is not None, "i18n/slimstad_{}.qm must be built (make translations)".format(language)
    try:
        harvest_dialog, publish_dialog = HarvestDialog(dock), PublishDialog(dock)
        assert harvest_dialog.windowTitle() == title and harvest_dialog.search_button.text() == search_label
        assert publish_dialog.windowTitle() == publish_title
        harvest_dialog.deleteLater()
        publish_dialog.deleteLater()
    finally:
        remove_translator(translator)
