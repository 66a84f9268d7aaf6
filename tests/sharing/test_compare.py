"""Gent and Leuven side by side: one table in the same units, small multiples with one classification."""

import csv
import subprocess
import sys
from pathlib import Path

import pytest
from paths import REPO
from qgis.PyQt.QtGui import QImage

from slimstad_plugin.core.challenge.templates import load_template, template_path
from slimstad_plugin.core.demo.example_cities import build_city_project
from slimstad_plugin.core.sharing.compare import CompareError, compare_cities


@pytest.fixture(scope="module")
def city_projects(qgis_app, testpack: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("compare")
    return {name: build_city_project(testpack, city, root / city)[0] for name, city in (("Gent", "gent"),
                                                                                         ("Leuven", "leuven"))}


def test_two_cities_in_one_table_with_shared_classes(city_projects: dict, tmp_path: Path) -> None:
    result = compare_cities(template_path("kinderopvang"), city_projects, tmp_path / "vergelijking")
    with open(tmp_path / "vergelijking" / "comparison.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(row["city"], row["indicator"]) for row in rows] == [
        ("Gent", "plaatsen_per_100"), ("Gent", "bereikbaarheid"),
        ("Leuven", "plaatsen_per_100"), ("Leuven", "bereikbaarheid")]
    for indicator in ("plaatsen_per_100", "bereikbaarheid"):
        pair = [row for row in rows if row["indicator"] == indicator]
        assert pair[0]["unit"] == pair[1]["unit"] != "" and pair[0]["title"] == pair[1]["title"]
    assert {row["units"] for row in rows if row["city"] == "Gent"} == {"201"}
    assert {row["units"] for row in rows if row["city"] == "Leuven"} == {"118"}
    ratio = {row["city"]: float(row["weighted_mean"]) for row in rows if row["indicator"] == "plaatsen_per_100"}
    assert all(40 < value < 50 for value in ratio.values()), ratio  # generated at 45 places per 100 children
    shown = load_template("kinderopvang").output.map_indicator or "plaatsen_per_100"
    pngs = sorted(path.name for path in result.files if path.suffix == ".png")
    assert pngs == ["gent_{}.png".format(shown), "leuven_{}.png".format(shown)]
    image = QImage(str(tmp_path / "vergelijking" / pngs[0]))
    assert not image.isNull() and image.width() == 700
    assert len(set(image.pixel(x, y) for x in range(0, 700, 20) for y in range(0, 700, 20))) > 3, "blank map"
    assert len(result.breaks) >= 3
    page = (tmp_path / "vergelijking" / "comparison.html").read_text(encoding="utf-8")
    assert "Leuven" in page and pngs[0] in page and "gent.opvang.locaties" in page
    with open(tmp_path / "vergelijking" / "comparison_units.csv", encoding="utf-8") as handle:
        assert sum(1 for _ in handle) == 1 + 201 + 118


def test_city_that_cannot_bind_is_reported_and_others_still_compared(city_projects: dict, testpack: Path,
                                                                     tmp_path: Path) -> None:
    from qgis.core import QgsProject, QgsVectorLayer

    # Antwerp's wijken (age bands of 10 years, no catalogue): no layer offers residents_0_2 or capacity.
    project = QgsProject()
    project.addMapLayer(QgsVectorLayer("{}|layername=antwerpen_wijken67_age2025".format(testpack), "Wijken", "ogr"))
    project.setFileName(str(tmp_path / "antwerpen.qgz"))
    assert project.write()
    project.clear()
    cities = {"Gent": city_projects["Gent"], "Antwerpen": tmp_path / "antwerpen.qgz"}
    result = compare_cities(template_path("kinderopvang"), cities, tmp_path / "uit", maps=False)
    assert result.runs["Antwerpen"].result is None and "cannot run" in result.runs["Antwerpen"].error
    assert result.runs["Gent"].result is not None
    with open(tmp_path / "uit" / "comparison.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["status"] for row in rows if row["city"] == "Antwerpen"][0].startswith("cannot run")
    with pytest.raises(CompareError, match="No city could be compared"):
        compare_cities(template_path("kinderopvang"), {"Nergens": tmp_path / "bestaat_niet.qgz"}, tmp_path / "x")


def test_cli_compare(city_projects: dict, tmp_path: Path) -> None:
    command = [sys.executable, "-m", "slimstad_plugin", "compare", str(template_path("kinderopvang")),
               "--city", "Gent={}".format(city_projects["Gent"]), "--city", "Leuven={}".format(city_projects["Leuven"]),
               "--catalogue", str(city_projects["Gent"].parent / "gent_catalogus.json"),
               "--out", str(tmp_path / "cli"), "--no-maps"]
    done = subprocess.run(command, cwd=str(REPO), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "cli" / "comparison.csv").is_file() and "all 4 layer references bound" in done.stdout
    bad = subprocess.run(command[:5] + ["--city", "Gent", "--out", str(tmp_path / "x")], cwd=str(REPO),
                         capture_output=True, text=True, timeout=180)
    assert bad.returncode == 2 and "NAME=PROJECT" in bad.stderr and "Traceback" not in bad.stderr
