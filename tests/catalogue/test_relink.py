"""Relinking a saved project when a catalogue entry's source moved."""

import shutil
from pathlib import Path

from qgis.core import QgsProject

from slimstad_plugin.core.catalogue.layers import add_entry_to_project
from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.core.catalogue.relink import (
    RELINKED,
    UNCHANGED,
    UNKNOWN_ENTRY,
    redact_source,
    relink_project_file,
)
from slimstad_plugin.core.layers.properties import catalog_id


def gpkg_entry(entry_id: str, path: Path, layer: str) -> CatalogueEntry:
    return CatalogueEntry(entry_id, {"nl": entry_id}, source={"type": "gpkg", "path": str(path), "layer": layer})


def test_moved_data_is_relinked_and_reported(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    old, new = tmp_path / "oud" / "stad.gpkg", tmp_path / "nieuw" / "stad.gpkg"
    old.parent.mkdir()
    new.parent.mkdir()
    shutil.copy(sample_gpkg, old)
    shutil.copy(sample_gpkg, new)
    project = QgsProject()
    add_entry_to_project(gpkg_entry("stad.wijken", old, "wijken"), project)
    add_entry_to_project(gpkg_entry("stad.scholen", old, "scholen"), project)
    add_entry_to_project(gpkg_entry("stad.weg", old, "parken"), project)
    project_path = tmp_path / "plan.qgs"
    assert project.write(str(project_path))
    old.unlink()  # the data moved

    catalogue = {"stad.wijken": gpkg_entry("stad.wijken", new, "wijken"),
                 "stad.scholen": gpkg_entry("stad.scholen", new, "scholen")}
    dry = relink_project_file(project_path, catalogue, dry_run=True)
    assert sorted(c.status for c in dry.changes) == [RELINKED, RELINKED, UNKNOWN_ENTRY]
    assert "oud/stad.gpkg" in project_path.read_text()  # a dry run writes nothing (paths saved relative)

    report = relink_project_file(project_path, catalogue)
    changes = {change.entry_id: change for change in report.changes}
    assert changes["stad.wijken"].status == RELINKED and str(new) in changes["stad.wijken"].new_source
    assert str(old) in changes["stad.wijken"].old_source
    assert changes["stad.weg"].status == UNKNOWN_ENTRY
    assert "2 layers relinked" in report.summary()

    reopened = QgsProject()
    assert reopened.read(str(project_path))
    layers = {catalog_id(layer): layer for layer in reopened.mapLayers().values()}
    assert layers["stad.wijken"].isValid() and str(new) in layers["stad.wijken"].source()
    assert layers["stad.wijken"].featureCount() == 10
    again = relink_project_file(project_path, catalogue)
    assert {c.entry_id: c.status for c in again.changes}["stad.scholen"] == UNCHANGED


def test_sources_are_redacted_in_reports(qgis_app) -> None:
    assert "geheim" not in redact_source("dbname='d' host=h user='u' password='geheim' table=\"s\".\"t\"")
    assert redact_source("url=https://jan:geheim@example.org/wfs") == "url=https://example.org/wfs"
