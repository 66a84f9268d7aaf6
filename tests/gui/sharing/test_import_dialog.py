"""Importing another city's challenge (issue 18, point 6): every role in words, a layer or catalogue entry and a
field can be chosen for a role that did not bind, the choice is checked, then "Add" / "Add and run"."""

import re
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProject

from slimstad_plugin.core.catalogue.loader import load_catalogue
from slimstad_plugin.core.challenge.rebinding import bind_challenge, candidates_from_project
from slimstad_plugin.core.challenge.store import find_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import SAMPLE_CATALOGUE, create_sample_city
from slimstad_plugin.core.layers.properties import CATALOG_ID_PROPERTY
from slimstad_plugin.gui.sharing.import_dialog import ENTRY, LAYER, ImportChallengeDialog, key


@pytest.fixture()
def city(qgis_app, sample_gpkg: Path, tmp_path: Path):
    """The sample city project (tagged by the catalogue), its catalogue entries, and the project."""
    shutil.copy(sample_gpkg, tmp_path / "voorbeeldstad.gpkg")
    made = create_sample_city(tmp_path)
    project = QgsProject()
    assert project.read(str(made.project))
    entries = load_catalogue(SAMPLE_CATALOGUE, data_dir=tmp_path).entries
    yield project, entries
    project.clear()


def gent_childcare():
    """Gent's childcare challenge: its own catalogue ids and field names."""
    challenge = load_template("kinderopvang")
    challenge.area_units.layer.catalog_id = "gent.bev.statsec2023"
    challenge.demand[0].layer.catalog_id = "gent.bev.statsec2023"
    challenge.supply[0].layer.catalog_id = "gent.opvang.locaties"
    challenge.supply[0].layer.layer_name = "opvanglocaties"
    challenge.supply[0].layer.roles = {"capacity": "capaciteit_plaatsen"}
    challenge.supply[0].capacity_field = "capaciteit_plaatsen"
    return challenge


def test_missing_role_is_chosen_from_the_catalogue_then_added(city) -> None:
    project, entries = city
    childcare = next(layer for layer in project.mapLayers().values()
                     if layer.customProperty(CATALOG_ID_PROPERTY) == "voorbeeldstad.kinderopvang")
    project.removeMapLayer(childcare.id())  # this city has not added its childcare layer yet
    report = bind_challenge(gent_childcare(), candidates_from_project(project, entries), language="en")
    added = []
    dialog = ImportChallengeDialog(report, project, entries, on_added=lambda c, run: added.append((c.id, run)))
    slot = "supply:kinderopvang"
    labels = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
    assert "Supply: Childcare" in labels
    assert not [label for label in labels if re.match(r"^[a-z_]+:[a-z_0-9]", label)]  # no "supply:kinderopvang"
    assert "supply:" not in dialog.summary.text()
    assert not dialog.add_button.isEnabled() and not dialog.run_button.isEnabled()
    chooser = dialog.choosers[slot]
    offered = [chooser.itemData(i) for i in range(chooser.count())]
    assert key(ENTRY, "voorbeeldstad.kinderopvang") in offered  # the catalogue entry is offered
    layer = dialog.choose(slot, key(ENTRY, "voorbeeldstad.kinderopvang"))
    assert layer is not None and project.mapLayer(layer.id()) is layer
    assert dialog.fields[slot].currentField() == "plaatsen"  # the field that plays "capacity" per the catalogue
    assert report.complete and dialog.add_button.isEnabled() and dialog.run_button.isEnabled()
    dialog.run_button.click()
    assert added == [("kinderopvang", True)]
    stored = find_challenge(project, "kinderopvang")
    assert stored is not None and stored.supply[0].capacity_field == "plaatsen"


def test_a_wrong_field_is_refused_in_words(city) -> None:
    project, entries = city
    challenge = gent_childcare()
    challenge.supply[0].layer.sector = "groen/omgeving"  # Gent files it under green: nothing binds here
    report = bind_challenge(challenge, candidates_from_project(project, entries), language="en")
    dialog = ImportChallengeDialog(report, project, entries)
    slot = "supply:kinderopvang"
    parks = next(layer for layer in project.mapLayers().values()
                 if layer.customProperty(CATALOG_ID_PROPERTY) == "voorbeeldstad.parken")
    dialog.choose(slot, key(LAYER, parks.id()))
    dialog.set_field(slot, "naam")  # a name is no capacity (the box offers numbers only; code can still try)
    row = [b.slot for b in report.bindings].index(slot)
    assert not report.complete and not dialog.add_button.isEnabled()
    assert dialog.table.item(row, 3).text()
    dialog.set_field(slot, "oppervlakte_m2")
    assert report.complete and dialog.add_button.isEnabled()
    assert dialog.table.item(row, 3).text().startswith("bound to") or "Parks" in dialog.table.item(row, 3).text() \
        or "Parken" in dialog.table.item(row, 3).text()
