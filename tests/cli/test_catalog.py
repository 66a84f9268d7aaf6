"""``python -m slimstad_plugin catalog …`` and the Processing algorithms, on real files and the real mapserver."""

import json
import shutil
from pathlib import Path

import pytest
from catalogue_support import entry_dict, write_catalogue

from slimstad_plugin import RESOURCES_DIR
from slimstad_plugin.cli import main


@pytest.fixture()
def city_dir(sample_gpkg: Path, tmp_path: Path) -> Path:
    shutil.copy(sample_gpkg, tmp_path / "voorbeeldstad.gpkg")
    return tmp_path


def test_check_healthy_catalogue_exits_zero_and_writes_json(qgis_app, city_dir: Path, capsys) -> None:
    out = city_dir / "check.json"
    code = main(["catalog", "check", str(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json"),
                 "--data-dir", str(city_dir), "--json", str(out)])
    assert code == 0
    result = json.loads(out.read_text())
    assert result["ok"] and len(result["entries"]) == 9
    sectors = next(e for e in result["entries"] if e["id"] == "voorbeeldstad.statistische_sectoren")
    assert sectors["health"]["feature_count"] == 150 and sectors["freshness"]["status"] == "fresh"
    assert sectors["quality"]["feature_count"] == 150
    assert "9 entries checked, 0 broken" in capsys.readouterr().out


def test_check_broken_entry_exits_non_zero(qgis_app, city_dir: Path, capsys) -> None:
    catalogue = write_catalogue(city_dir / "c.json", [
        entry_dict("ok", {"type": "gpkg", "path": "voorbeeldstad.gpkg", "layer": "wijken"}),
        entry_dict("weg", {"type": "gpkg", "path": "verdwenen.gpkg", "layer": "wijken"})])
    assert main(["catalog", "check", str(catalogue), "--timeout", "2"]) == 1
    output = capsys.readouterr().out
    assert "[BROKEN] weg" in output and "[OK] ok" in output


def test_check_unreadable_catalogue_is_reported(qgis_app, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "kapot.json"
    bad.write_text("{nope")
    assert main(["catalog", "check", str(bad)]) == 2
    assert "kapot.json is not valid JSON" in capsys.readouterr().out


def test_build_then_check(qgis_app, mapserver, tmp_path: Path, capsys) -> None:
    out = tmp_path / "dienst.json"
    assert main(["catalog", "build", "--from", mapserver.oapif_url, "--out", str(out), "--id", "dienst"]) == 0
    assert main(["catalog", "build", "--from", mapserver.ows_url, "--out", str(out), "--kind", "wms"]) == 0
    data = json.loads(out.read_text())
    assert {e["source"]["type"] for e in data["entries"]} == {"oapif", "wms"}
    assert "note:" in capsys.readouterr().out
    assert main(["catalog", "check", str(out), "--no-quality", "--timeout", "20"]) == 0


def test_build_from_missing_file_is_one_clear_line(qgis_app, tmp_path: Path, capsys) -> None:
    assert main(["catalog", "build", "--from", str(tmp_path / "weg.gpkg"), "--out", str(tmp_path / "x.json")]) == 2
    assert capsys.readouterr().err.startswith("error: GeoPackage")


def test_processing_algorithms(qgis_app, slimstad_processing, city_dir: Path) -> None:
    import processing
    from qgis.core import QgsVectorLayer

    result = processing.run("slimstad:catalog_check", {
        "CATALOG": str(write_catalogue(city_dir / "c.json", [
            entry_dict("ok", {"type": "gpkg", "path": "voorbeeldstad.gpkg", "layer": "scholen"})])),
        "TIMEOUT": 5, "QUALITY": True, "OUTPUT_JSON": str(city_dir / "r.json"),
        "OUTPUT_HTML": str(city_dir / "r.html")})
    assert result["CHECKED"] == 1 and result["BROKEN"] == 0
    assert "<html>" in (city_dir / "r.html").read_text()
    layer = QgsVectorLayer("{}|layername=wijken".format(city_dir / "voorbeeldstad.gpkg"), "wijken", "ogr")
    snap = processing.run("slimstad:snapshot_layer", {"INPUT": layer, "OUTPUT": str(city_dir / "snap.gpkg")})
    assert snap["FEATURE_COUNT"] == 10 and len(snap["SHA256"]) == 64


def test_relink_with_a_layer_that_cannot_be_relinked_exits_one(qgis_app, city_dir: Path, capsys) -> None:
    # Never "ok" for what did not happen: one layer relinked, one whose new source does not open → exit 1.
    from qgis.core import QgsProject  # noqa: PLC0415 - local to the test

    from slimstad_plugin.core.catalogue.layers import add_entry_to_project  # noqa: PLC0415
    from slimstad_plugin.core.catalogue.model import CatalogueEntry  # noqa: PLC0415
    old = city_dir / "oud.gpkg"
    shutil.copy(city_dir / "voorbeeldstad.gpkg", old)
    project = QgsProject()
    for entry_id, layer in (("stad.wijken", "wijken"), ("stad.scholen", "scholen")):
        add_entry_to_project(CatalogueEntry(entry_id, {"nl": entry_id}, source={
            "type": "gpkg", "path": str(old), "layer": layer}), project)
    assert project.write(str(city_dir / "plan.qgs"))
    catalogue = write_catalogue(city_dir / "nieuw.json", [
        entry_dict("stad.wijken", {"type": "gpkg", "path": "voorbeeldstad.gpkg", "layer": "wijken"}),
        entry_dict("stad.scholen", {"type": "gpkg", "path": "verdwenen.gpkg", "layer": "scholen"})])
    code = main(["catalog", "relink", str(city_dir / "plan.qgs"), "--catalog", str(catalogue),
                 "--out", str(city_dir / "plan2.qgs")])
    output = capsys.readouterr().out
    assert "2 layers relinked" in output and "the new source does not answer now" in output
    assert code == 1  # relinked as asked, but one layer now points at a file that is not there
