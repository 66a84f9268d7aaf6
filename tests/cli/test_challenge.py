"""``python -m slimstad_plugin run`` end-to-end and ``processing.run("slimstad:run_challenge")``."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from paths import REPO
from qgis.core import QgsVectorLayer

from slimstad_plugin.core.challenge.output import read_provenance
from slimstad_plugin.core.challenge.templates import template_path
from slimstad_plugin.core.demo.sample_project import build_sample_project


@pytest.fixture(scope="module")
def project_file(sample_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("challenge_cli")
    project, _layers = build_sample_project(sample_gpkg, folder / "stad.qgz")
    project.clear()
    return folder / "stad.qgz"


def cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "slimstad_plugin", *args], cwd=str(REPO), env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_runs_a_challenge_file(project_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "resultaten.gpkg"
    done = cli("run", str(template_path("ouderenzorg")), "--project", str(project_file), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "wrote {}".format(out) in done.stdout
    layer = QgsVectorLayer("{}|layername=bedden_per_100".format(out), "x", "ogr")
    assert layer.isValid() and layer.featureCount() > 100
    assert set(read_provenance(out)) == {"bedden_per_100", "bereikbare_bedden", "afstand_wzc"}


def test_cli_template_id_and_default_output(project_file: Path) -> None:
    done = cli("run", "openbaar_vervoer", "--project", str(project_file))
    assert done.returncode == 0, done.stderr
    assert (project_file.parent / "slimstad_resultaten" / "openbaar_vervoer.gpkg").is_file()


def test_cli_bad_input_is_one_clear_line(project_file: Path, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.slimstad.json"
    broken.write_text('{"id": "x",', encoding="utf-8")
    done = cli("run", str(broken), "--project", str(project_file), "--out", str(tmp_path / "x.gpkg"))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "kapot.slimstad.json is not valid JSON" in done.stderr and "line 1" in done.stderr
    done = cli("run", "groen", "--project", str(tmp_path / "bestaat_niet.qgz"))
    assert done.returncode == 2 and "does not exist" in done.stderr
    assert not (tmp_path / "x.gpkg").exists()


def test_processing_algorithm(slimstad_processing, project_file: Path, tmp_path: Path) -> None:
    import processing
    from qgis.core import QgsProcessingException

    out = tmp_path / "proc.gpkg"
    result = processing.run("slimstad:run_challenge", {"CHALLENGE": str(template_path("kinderopvang")),
                                                       "PROJECT": str(project_file), "OUTPUT": str(out)})
    assert result["OUTPUT"] == str(out) and out.is_file()
    assert result["LAYERS"] == "plaatsen_per_100,bereikbaarheid"
    assert "without residents" in result["MESSAGES"]
    template = processing.run("slimstad:run_challenge", {"TEMPLATE": 3, "PROJECT": str(project_file),
                                                         "OUTPUT": str(tmp_path / "groen.gpkg")})
    assert template["LAYERS"] == "groen_per_inwoner,aandeel_bij_park"
    with pytest.raises(QgsProcessingException, match="Save the project first"):
        processing.run("slimstad:run_challenge", {"TEMPLATE": 0})
