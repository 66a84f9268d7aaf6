"""Layers made from catalogue entries: groups per sector, style, metadata, provenance properties."""

import json
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProject

from slimstad_plugin import RESOURCES_DIR
from slimstad_plugin.core.base.sectors import sector_labels
from slimstad_plugin.core.catalogue import load_catalogue
from slimstad_plugin.core.catalogue.layers import LayerCreationError, add_entry_to_project
from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.core.catalogue.sources import provider_and_uri
from slimstad_plugin.core.layers.properties import CATALOG_ID_PROPERTY, source_info


@pytest.fixture()
def city_catalogue(qgis_app, sample_gpkg: Path, tmp_path: Path):
    shutil.copy(sample_gpkg, tmp_path / "voorbeeldstad.gpkg")
    return load_catalogue(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json", data_dir=tmp_path)


def test_every_sample_entry_becomes_a_styled_layer_in_its_sector_group(city_catalogue) -> None:
    project = QgsProject()
    for entry in city_catalogue.entries:
        layer = add_entry_to_project(entry, project)
        assert layer.isValid() and layer.featureCount() > 0
        assert layer.customProperty(CATALOG_ID_PROPERTY) == entry.id
    root = project.layerTreeRoot()
    labels = sector_labels()  # the groups read in the language QGIS runs in
    assert {group.name() for group in root.children()} == {labels[sector] for sector in (
        "bevolking", "kinderopvang", "onderwijs", "welzijn/ouderenzorg", "wonen", "groen/omgeving", "mobiliteit")}
    mobility = root.findGroup(labels["mobiliteit"])
    assert sorted(child.name() for child in mobility.children()) == sorted(
        entry.display_title() for entry in city_catalogue.entries if entry.sector == "mobiliteit")


def test_layer_carries_metadata_and_source_info(city_catalogue) -> None:
    entry = next(e for e in city_catalogue.entries if e.id == "voorbeeldstad.kinderopvang")
    project = QgsProject()
    layer = add_entry_to_project(entry, project)
    metadata = layer.metadata()
    assert metadata.title() == entry.display_title()
    assert metadata.rights() and entry.owner in metadata.rights()[0]
    assert metadata.licenses() and "Modellicentie" in metadata.licenses()[0]
    assert [c.role for c in metadata.contacts()] == ["owner", "custodian"]
    assert "kinderopvang" in metadata.keywords()["slimstad"]
    info = source_info(layer)
    assert info.catalog_id == entry.id and info.owner == entry.owner and info.licence_type == "open"
    assert info.last_update[:4].isdigit() and info.source_type == "gpkg"
    # Semantic roles travel with the layer, so a challenge re-binds even without the catalogue.
    assert json.loads(layer.customProperty("slimstad/fields")) == {"capacity": "plaatsen", "facility_name": "naam",
                                                                   "facility_type": "type"}
    # The entry's .qml was applied: its orange marker, not a random default colour.
    colour = layer.renderer().symbol().color().name()
    assert colour == "#e6550d"


def test_missing_data_gives_a_clear_error(qgis_app, tmp_path: Path) -> None:
    entry = CatalogueEntry("x.y", {"nl": "X"}, source={"type": "gpkg", "path": "missing.gpkg", "layer": "a"},
                           base_dir=str(tmp_path))
    with pytest.raises(LayerCreationError, match="x.y"):
        add_entry_to_project(entry, QgsProject())


def test_provider_uris_for_every_source_type(qgis_app) -> None:
    cases = {
        "wms": {"type": "wms", "url": "https://example.org/wms", "layer": "a", "authcfg": "abc1234"},
        "wfs": {"type": "wfs", "url": "https://example.org/wfs", "layer": "ns:a", "version": "2.0.0"},
        "oapif": {"type": "oapif", "url": "https://example.org/ogc", "collection": "c"},
        "postgis": {"type": "postgis", "host": "db", "port": 5433, "dbname": "city", "schema": "s", "table": "t",
                    "authcfg": "abc1234"},
        "xyz": {"type": "xyz", "url": "https://tiles.example.org/{z}/{x}/{y}.png"},
    }
    expected = {"wms": "wms", "wfs": "WFS", "oapif": "OAPIF", "postgis": "postgres", "xyz": "wms"}
    for kind, source in cases.items():
        _kind, provider, uri = provider_and_uri(CatalogueEntry("e", {"nl": "e"}, source=source))
        assert provider == expected[kind]
        assert "password" not in uri
    assert "authcfg=abc1234" in provider_and_uri(CatalogueEntry("e", {"nl": "e"}, source=cases["postgis"]))[2]
