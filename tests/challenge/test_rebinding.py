"""A challenge written for Voorbeeldstad re-binds to real Gent and Leuven data (other ids, other fields)."""

import json
import shutil
from pathlib import Path
from typing import Dict, Tuple

import numpy as np
import pytest
from paths import REPO
from qgis.core import QgsProject

from slimstad_plugin.core.base.semantic_roles import role_label
from slimstad_plugin.core.catalogue.layers import add_entry_to_project
from slimstad_plugin.core.catalogue.loader import load_catalogue
from slimstad_plugin.core.challenge.model import ChallengeError, save_file, to_dict
from slimstad_plugin.core.challenge.rebinding import (
    BY_CATALOG_ID,
    BY_SECTOR_ROLES,
    MISSING,
    bind_challenge,
    candidates_from_entries,
    candidates_from_project,
    import_challenge,
)
from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.store import project_challenges
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.example_cities import CHILD_SHARE_0_2, PLACES_PER_CHILD, build_city_project


@pytest.fixture(scope="module")
def cities(qgis_app, testpack: Path, tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Tuple[Path, Path]]:
    """Gent and Leuven projects with their own catalogues: city -> (project, catalogue)."""
    root = tmp_path_factory.mktemp("cities")
    return {city: build_city_project(testpack, city, root / city) for city in ("gent", "leuven")}


def open_project(path: Path) -> QgsProject:
    project = QgsProject()
    assert project.read(str(path))
    return project


@pytest.mark.parametrize("city", ["gent", "leuven"])
def test_sample_challenge_binds_by_sector_and_role_and_runs(cities, city: str, tmp_path: Path) -> None:
    project_path, catalogue_path = cities[city]
    project = open_project(project_path)
    challenge = load_template("kinderopvang")
    original = json.dumps(to_dict(challenge), sort_keys=True)
    report = bind_challenge(challenge, candidates_from_project(project))  # roles travel with the layers
    assert report.complete, report.summary()
    assert json.dumps(to_dict(challenge), sort_keys=True) == original, "the input challenge was modified"
    by_slot = {binding.slot: binding for binding in report.bindings}
    assert by_slot["area_units"].method == BY_SECTOR_ROLES
    assert by_slot["area_units"].target == "{}.bev.statsec2023".format(city)
    assert by_slot["supply:kinderopvang"].target == "{}.opvang.locaties".format(city)
    assert by_slot["demand:kinderen_0_2"].roles == {"residents_0_2": "kinderen_0_2"}
    bound = report.challenge
    assert bound.area_units.id_field == "sector_code" and bound.supply[0].capacity_field == "capaciteit_plaatsen"
    result = run_challenge(bound, project, tmp_path / "{}.gpkg".format(city))
    ratio = result.indicators["plaatsen_per_100"]
    city_ratio = 100 * np.nansum(ratio.supply) / np.nansum(ratio.demand)
    # The generated supply is PLACES_PER_CHILD places per child (rounding of children per sector aside).
    assert city_ratio == pytest.approx(100 * PLACES_PER_CHILD, abs=2.5)
    children = np.nansum(ratio.demand)
    pop = sum(f["pop_2023"] or 0 for f in project.mapLayers()[
        next(i for i, lyr in project.mapLayers().items() if "Statistische" in lyr.name())].getFeatures())
    assert children == pytest.approx(pop * CHILD_SHARE_0_2, rel=0.02)
    project.clear()


def test_catalogue_id_binding_keeps_the_sample_city_challenge(sample_gpkg: Path, tmp_path: Path) -> None:
    catalogue = load_catalogue(REPO / "resources" / "catalogues" / "voorbeeldstad.json", data_dir=sample_gpkg.parent)
    project = QgsProject()
    for entry in catalogue.entries:
        add_entry_to_project(entry, project)
    challenge = load_template("kinderopvang")
    report = bind_challenge(challenge, candidates_from_project(project, catalogue.entries))
    assert report.complete
    assert {binding.method for binding in report.bindings} == {BY_CATALOG_ID}
    assert to_dict(report.challenge)["supply"] == to_dict(challenge)["supply"]
    project.clear()


def test_plain_project_binds_by_layer_name(sample_gpkg: Path, tmp_path: Path) -> None:
    from slimstad_plugin.core.challenge.rebinding import BY_LAYER_NAME
    from slimstad_plugin.core.demo.sample_project import build_sample_project

    project, _ = build_sample_project(sample_gpkg, tmp_path / "zonder_catalogus.qgz")  # no catalogue provenance
    report = bind_challenge(load_template("kinderopvang"), candidates_from_project(project))
    assert report.complete, report.summary()
    assert {b.method for b in report.bindings if b.required} == {BY_LAYER_NAME}
    result = run_challenge(report.challenge, project, tmp_path / "uit.gpkg")
    assert len(result.unit_ids) == project.mapLayersByName("Statistische sectoren")[0].featureCount()
    project.clear()


def test_unbindable_roles_are_reported_not_run(cities) -> None:
    _, catalogue_path = cities["gent"]
    catalogue = load_catalogue(catalogue_path)
    for entry in catalogue.entries:
        entry.fields.pop("capacity", None)  # this city publishes no number of places
    report = bind_challenge(load_template("kinderopvang"), candidates_from_entries(catalogue.entries))
    assert not report.complete
    missing = report.missing
    assert [binding.slot for binding in missing] == ["supply:kinderopvang"]
    assert missing[0].method == MISSING and missing[0].missing_roles == ["capacity"]
    # In words: the role's title and what the field means, never ids like "supply:kinderopvang … capacity".
    summary = report.summary()
    assert missing[0].label in summary and role_label("capacity") in summary
    assert "supply:kinderopvang" not in summary and "capacity," not in summary


def test_import_challenge_file_into_another_city(cities, tmp_path: Path) -> None:
    project_path, _ = cities["leuven"]
    project = open_project(project_path)
    exported = save_file(load_template("kinderopvang"), tmp_path / "kinderopvang.slimstad.json")
    report = import_challenge(exported, project)
    assert report.complete
    stored, problems = project_challenges(project)
    assert problems == [] and [c.id for c in stored] == ["kinderopvang"]
    assert stored[0].supply[0].layer.catalog_id == "leuven.opvang.locaties"
    broken = tmp_path / "kapot.slimstad.json"
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ChallengeError):
        import_challenge(broken, project)
    project.clear()


def test_packed_city_reruns_with_identical_numbers(cities, tmp_path: Path) -> None:
    from slimstad_plugin.core.sharing.pack import pack_project
    from slimstad_plugin.core.sharing.unpack import open_project as open_unpacked
    from slimstad_plugin.core.sharing.unpack import unpack_package

    source = tmp_path / "a" / "gent"
    shutil.copytree(cities["gent"][0].parent, source)
    project = open_project(source / "gent.qgz")
    report = import_challenge(REPO / "resources" / "challenges" / "kinderopvang.slimstad.json", project)
    assert report.complete and project.write()
    before = run_challenge(report.challenge, project, tmp_path / "voor.gpkg")
    project.clear()
    pack_project(source / "gent.qgz", tmp_path / "gent.zip")
    shutil.rmtree(tmp_path / "a")
    (tmp_path / "elders").mkdir()
    unpacked = unpack_package(tmp_path / "gent.zip", tmp_path / "elders" / "b")
    reopened, broken = open_unpacked(unpacked.project_path)
    assert broken == []
    stored, _ = project_challenges(reopened)
    assert unpacked.manifest.challenges == ["challenges/kinderopvang.slimstad.json"], "stored challenge exported"
    after = run_challenge(stored[0], reopened, tmp_path / "na.gpkg")
    for indicator in ("plaatsen_per_100", "bereikbaarheid"):
        assert after.per_unit(indicator) == before.per_unit(indicator)
    assert len(before.unit_ids) == 201
    reopened.clear()


def test_cli_rebind(cities, tmp_path: Path) -> None:
    import subprocess
    import sys

    shutil.copytree(cities["leuven"][0].parent, tmp_path / "leuven")
    project = tmp_path / "leuven" / "leuven.qgz"
    challenge = str(REPO / "resources" / "challenges" / "kinderopvang.slimstad.json")
    done = subprocess.run([sys.executable, "-m", "slimstad_plugin", "rebind", challenge, "--project", str(project),
                           "--save"], cwd=str(REPO), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "[leuven.opvang.locaties] (same sector and roles)" in done.stdout
    reopened = open_project(project)
    stored, _ = project_challenges(reopened)
    assert [c.id for c in stored] == ["kinderopvang"]
    reopened.clear()
    other = str(REPO / "resources" / "challenges" / "ouderenzorg.slimstad.json")
    missing = subprocess.run([sys.executable, "-m", "slimstad_plugin", "rebind", other, "--project", str(project)],
                             cwd=str(REPO), capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "cannot run" in missing.stdout and "Traceback" not in missing.stderr
