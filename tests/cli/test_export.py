"""The planning map through the command line and through Processing (``slimstad:export_planning_map``)."""

import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, Tuple

import pytest
from paths import REPO
from pypdf import PdfReader
from qgis.core import QgsProject, QgsVectorLayer

from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.layers.properties import SourceInfo, set_source_info


@pytest.fixture()
def project_file(qgis_app, sample_gpkg: Path, tmp_path: Path) -> Tuple[Path, Dict[str, QgsVectorLayer]]:
    """A saved sample project whose childcare layer is internal (catalogue metadata in the .qgz)."""
    project, layers = build_sample_project(sample_gpkg, tmp_path / "stad.qgz")
    set_source_info(layers["kinderopvang"], SourceInfo(catalog_id="ko", owner="Opgroeien", licence_type="internal",
                                                       licence_name="Intern"))
    assert project.write()
    wijken = layers["wijken"].featureCount()
    project.clear()
    return tmp_path / "stad.qgz", {"wijken": wijken}


def cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "slimstad_plugin", "export", *args], cwd=str(REPO), env=env,
                          capture_output=True, text=True, timeout=300)


def test_cli_atlas_pdf_and_restricted_flag(project_file, tmp_path: Path) -> None:
    path, counts = project_file
    out = tmp_path / "atlas.pdf"
    refused = cli("--project", str(path), "--out", str(out), "--atlas", "Wijken")
    assert refused.returncode == 2, refused.stderr
    assert "--allow-restricted" in refused.stderr and "Traceback" not in refused.stderr
    assert not out.exists()
    done = cli("--project", str(path), "--out", str(out), "--atlas", "Wijken", "--allow-restricted",
               "--template", "A3-portrait", "--title", "Kinderopvang per wijk", "--dpi", "72",
               "--indicator", "Statistische sectoren:inw_0_2", "--label-field", "tx_sector_descr_nl")
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(str(out)).pages) == counts["wijken"]
    assert "pages: {}".format(counts["wijken"]) in done.stdout


def test_cli_user_errors_are_one_line(project_file, tmp_path: Path) -> None:
    path, _counts = project_file
    for args, expected in ((("--project", str(tmp_path / "none.qgz"), "--out", str(tmp_path / "m.pdf")),
                            "does not exist"),
                           (("--project", str(path), "--out", str(tmp_path / "m.pdf"), "--atlas", "Geen"),
                            "not in the project"),
                           (("--project", str(path), "--out", str(tmp_path / "nope" / "m.pdf")), "does not exist")):
        result = cli(*args)
        assert result.returncode == 2
        assert expected in result.stderr and "Traceback" not in result.stderr


def test_processing_algorithm_exports_atlas_pdf(qgis_app, slimstad_processing, sample_gpkg: Path,
                                                 tmp_path: Path) -> None:
    import processing

    project, layers = build_sample_project(sample_gpkg, tmp_path / "stad.qgz")
    QgsProject.instance().clear()
    QgsProject.instance().read(str(tmp_path / "stad.qgz"))
    try:
        wijken = QgsProject.instance().mapLayersByName("Wijken")[0]
        result = processing.run("slimstad:export_planning_map", {
            "TEMPLATE": 1, "TITLE": "Processing-kaart", "LAYERS": [wijken.id()],
            "ATLAS_LAYER": wijken.id(), "ATLAS_FIELD": "wijk_naam", "DPI": 50,
            "OUTPUT": str(tmp_path / "kaart.pdf")})
        assert result["PAGES"] == wijken.featureCount()
        assert len(PdfReader(result["OUTPUT"]).pages) == wijken.featureCount()
        assert QgsProject.instance().layoutManager().layoutByName("Processing-kaart") is not None
    finally:
        QgsProject.instance().clear()
        project.clear()


def test_cli_invalid_options_are_refused_not_replaced(project_file, tmp_path: Path) -> None:
    """Fresh-eyes trial: ``--template A9-tiny`` warned and printed A4-landscape, ``--dpi -5`` wrote a 300 dpi PNG,
    both with exit 0. Every invalid option is refused (exit 2) naming the option; nothing is written."""
    path, _counts = project_file
    out = tmp_path / "m.png"
    base = ("--project", str(path), "--out", str(out), "--allow-restricted")
    for extra, expected in ((("--template", "A9-tiny"), "A4-landscape, A4-portrait, A3-landscape, A3-portrait"),
                            (("--dpi", "-5"), "--dpi"), (("--dpi", "5000"), "--dpi"), (("--top", "0"), "--top"),
                            (("--indicator", "Wijken:geen_veld"), "--indicator"),
                            (("--indicator", "Wijken:inw_0_2", "--label-field", "geen"), "--label-field")):
        result = cli(*base, *extra)
        assert result.returncode == 2, (extra, result.stdout, result.stderr)
        assert expected in result.stderr and "Traceback" not in result.stderr, (extra, result.stderr)
        assert not out.exists(), extra
    done = cli(*base, "--dpi", "30", "--template", "A4-portrait")
    assert done.returncode == 0, done.stderr
    assert out.is_file()
