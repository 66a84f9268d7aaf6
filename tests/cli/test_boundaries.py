"""Issue 16, kind 5: every CLI command and Processing algorithm turns errors into messages; pack refuses bad
data; a NaN parameter never reaches the work."""

import json
from pathlib import Path

import pytest
from bad_input_support import error_lines, make_city, run_cli, tree_hashes
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from slimstad_plugin.core.demo.sample_project import load_styled_layer

CATALOGUE = {"format": "slimstad-catalogue", "version": 1, "id": "t", "title": {"nl": "T"},
             "entries": [{"id": "t.a", "title": {"nl": "A"}, "sector": "andere", "owner": "x",
                          "licence": {"type": "open"}, "source": {"type": "gpkg", "path": "a.gpkg", "layer": "a"},
                          "extent": [2.5, 50.6, 5.9, 51.5]}]}


def test_processing_refuses_a_nan_distance(slimstad_processing, sample_gpkg: Path) -> None:
    import processing

    with pytest.raises(QgsProcessingException, match="not a finite number"):
        processing.run("slimstad:floating_catchment", {
            "DEMAND": load_styled_layer(sample_gpkg, "statistische_sectoren"), "DEMAND_FIELD": "inw_0_2",
            "SUPPLY": load_styled_layer(sample_gpkg, "kinderopvang"), "SUPPLY_FIELD": "plaatsen",
            "DISTANCE": float("nan"), "METHOD": 0, "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())


# --- Kind 5: boundaries ----------------------------------------------------------------------------------------

def test_an_unexpected_error_in_the_cli_is_one_line_and_a_log(qgis_app, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from slimstad_plugin.cli import commands_challenge

    def broken(_args: object) -> int:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(commands_challenge, "list_templates", broken)
    monkeypatch.setenv("SLIMSTAD_LOG_DIR", str(tmp_path / "logs"))
    code, output = run_cli(["challenge-templates"])
    assert code == 3 and "Traceback" not in output
    lines = error_lines(output)
    log = tmp_path / "logs" / "slimstad-errors.log"
    assert len(lines) == 1 and "ZeroDivisionError: boom" in lines[0] and str(log) in lines[0]
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")


def test_an_unexpected_error_in_processing_is_one_message(slimstad_processing, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from slimstad_plugin.processing.base import SlimStadAlgorithm

    class Broken(SlimStadAlgorithm):
        NAME = "broken"

        def initAlgorithm(self, config: object = None) -> None:  # noqa: N802 - QGIS API name
            pass

        def processAlgorithm(self, parameters: dict, context: QgsProcessingContext,  # noqa: N802
                             feedback: QgsProcessingFeedback) -> dict:
            raise KeyError("entries")

    monkeypatch.setenv("SLIMSTAD_LOG_DIR", str(tmp_path))
    with pytest.raises(QgsProcessingException, match=r"Unexpected error in slimstad:broken \(KeyError: 'entries'\).*"
                                                     r"slimstad-errors\.log"):
        Broken().processAlgorithm({}, QgsProcessingContext(), QgsProcessingFeedback())


def test_own_errors_reach_processing_as_messages(slimstad_processing, tmp_path: Path) -> None:
    import processing

    bad = tmp_path / "kapot.slimstad.json"
    bad.write_bytes(b"\xef\xbb\xbf{\"id\": ")
    project = QgsProject()
    project.setFileName(str(tmp_path / "p.qgz"))
    with pytest.raises(QgsProcessingException, match=r"kapot\.slimstad\.json is not valid JSON"):
        processing.run("slimstad:run_challenge", {"CHALLENGE": str(bad), "PROJECT": str(tmp_path / "p.qgz")},
                       feedback=QgsProcessingFeedback())


def test_file_system_errors_are_one_line(qgis_app, tmp_path: Path) -> None:
    (tmp_path / "c.json").write_text(json.dumps(CATALOGUE), encoding="utf-8")
    code, output = run_cli(["catalog", "check", tmp_path / "c.json", "--json", tmp_path / "geen" / "map" / "x.json"])
    assert code == 2 and "Traceback" not in output
    assert error_lines(output)[-1].startswith("error: {}".format(tmp_path / "geen" / "map" / "x.json"))


def test_pack_refuses_an_empty_geopackage_and_an_unreadable_named_challenge(qgis_app, sample_gpkg: Path,
                                                                            tmp_path: Path) -> None:
    project = make_city(tmp_path / "stad", sample_gpkg)
    (tmp_path / "stad" / "voorbeeldstad.gpkg").write_bytes(b"")
    before = tree_hashes(tmp_path / "stad")
    code, output = run_cli(["pack", project, "--out", tmp_path / "o.zip"])
    assert code == 2 and "Traceback" not in output and not (tmp_path / "o.zip").exists()
    assert "voorbeeldstad.gpkg" in error_lines(output)[0] and "empty (0 bytes)" in error_lines(output)[0]
    project = make_city(tmp_path / "stad2", sample_gpkg)
    (tmp_path / "diep.slimstad.json").write_text("[" * 100_000, encoding="utf-8")
    code, output = run_cli(["pack", project, "--out", tmp_path / "p.zip",
                            "--challenge", tmp_path / "diep.slimstad.json"])
    assert code == 2 and not (tmp_path / "p.zip").exists()
    assert "diep.slimstad.json" in error_lines(output)[0] and "nested deeper" in error_lines(output)[0]
    assert tree_hashes(tmp_path / "stad") == before
