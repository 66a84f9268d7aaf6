"""Messages of ``catalog check``: where local data was looked for, no success-style count after an unreadable
catalogue, plural agreement, and the README's own command working against the demo's output folder."""

import re
import shlex
import shutil
from pathlib import Path

import pytest
from catalogue_support import entry_dict, write_catalogue

from slimstad_plugin import RESOURCES_DIR
from slimstad_plugin.cli import main
from slimstad_plugin.core.base.i18n import language_scope, plural

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def city_dir(sample_gpkg: Path, tmp_path: Path) -> Path:
    shutil.copy(sample_gpkg, tmp_path / "voorbeeldstad.gpkg")
    return tmp_path


def test_readme_catalog_check_command_works_against_the_demo_folder(qgis_app, city_dir: Path, tmp_path: Path,
                                                                     monkeypatch, capsys) -> None:
    """The README line, run as written from a folder whose out/ holds what `make demo` writes."""
    line = next(row for row in (REPO / "README.md").read_text(encoding="utf-8").splitlines()
                if " catalog check " in row and row.startswith("$PY"))
    args = shlex.split(line)[3:]  # after "$PY -m slimstad_plugin"
    work = tmp_path / "work"
    (work / "resources").mkdir(parents=True)
    (work / "resources" / "catalogues").symlink_to(RESOURCES_DIR / "catalogues")
    (work / "out").symlink_to(city_dir)
    monkeypatch.chdir(work)
    monkeypatch.delenv("SLIMSTAD_DATA_DIR", raising=False)
    assert main(args + ["--no-quality"]) == 0
    assert "9 entries checked, 0 broken" in capsys.readouterr().out


def test_missing_local_data_says_where_it_looked_and_how_to_point_at_it(qgis_app, tmp_path: Path, monkeypatch,
                                                                       capsys) -> None:
    monkeypatch.delenv("SLIMSTAD_DATA_DIR", raising=False)
    catalogue = write_catalogue(tmp_path / "c.json", [
        entry_dict("weg", {"type": "gpkg", "path": "verdwenen.gpkg", "layer": "wijken"})])
    assert main(["catalog", "check", str(catalogue), "--timeout", "2", "--no-quality"]) == 1
    output = capsys.readouterr().out
    broken = next(row for row in output.splitlines() if row.startswith("[BROKEN] weg"))
    assert "verdwenen.gpkg" in broken and str(tmp_path) in broken
    assert "--data-dir" in broken and "data folder" in broken
    assert "1 entry checked, 1 broken" in output


def test_configured_data_folder_is_the_default_data_dir(qgis_app, city_dir: Path, tmp_path: Path, monkeypatch,
                                                        capsys) -> None:
    """Without --data-dir the data folder of the settings (here the roll-out variable) is used."""
    monkeypatch.setenv("SLIMSTAD_DATA_DIR", str(city_dir))
    code = main(["catalog", "check", str(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json"), "--no-quality"])
    assert code == 0
    assert "9 entries checked, 0 broken" in capsys.readouterr().out


@pytest.mark.parametrize("make_input", [
    lambda folder: folder,  # a folder, not a catalogue file
    lambda folder: _write(folder / "kapot.json", "{nope"),
])
def test_unreadable_catalogue_gets_no_success_style_count(qgis_app, tmp_path: Path, make_input, capsys) -> None:
    assert main(["catalog", "check", str(make_input(tmp_path))]) == 2
    output = capsys.readouterr().out
    assert output.startswith("error: ")
    assert "0 entries checked" not in output and not re.search(r"\d+ (entries|entry) checked", output)
    assert "nothing checked: the catalogue could not be read" in output


def test_plural_follows_the_language_rule(qgis_app) -> None:
    with language_scope("en"):
        assert [plural(n, "{n} entry", "{n} entries") for n in (0, 1, 2)] == ["0 entries", "1 entry", "2 entries"]
    with language_scope("nl"):
        assert plural(0, "{n} item", "{n} items") == "0 items"
    with language_scope("fr"):
        assert [plural(n, "{n} entrée", "{n} entrées") for n in (0, 1, 2)] == ["0 entrée", "1 entrée", "2 entrées"]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_every_refusal_of_an_existing_output_names_the_option_that_overwrites_it(qgis_app, sample_gpkg: Path,
                                                                                tmp_path: Path, capsys) -> None:
    """pack --out existing.zip names --force; sample-city names --force; harvest names --merge; unpack names --to."""
    existing = tmp_path / "bestaat.zip"
    existing.write_bytes(b"iets")
    project = tmp_path / "p.qgs"
    project.write_text("<qgis/>")
    assert main(["pack", str(project), "--out", str(existing)]) == 2
    assert "--force" in capsys.readouterr().err
    gpkg = tmp_path / "stad.gpkg"
    shutil.copy(sample_gpkg, gpkg)
    assert main(["sample-city", str(gpkg)]) == 2
    assert "--force" in capsys.readouterr().err
    out = tmp_path / "c.json"
    out.write_text("{}")
    assert main(["catalog", "harvest", "--from", "http://127.0.0.1:9/csw", "--out", str(out)]) == 2
    assert "--merge" in capsys.readouterr().err
    full = tmp_path / "vol"
    full.mkdir()
    (full / "iets.txt").write_text("x")
    assert main(["unpack", str(existing), "--to", str(full)]) == 2
    assert "--to" in capsys.readouterr().err
    assert existing.read_bytes() == b"iets" and gpkg.read_bytes() == sample_gpkg.read_bytes()


def test_shipped_sample_catalogue_without_data_dir_points_at_the_sample_folder(qgis_app, tmp_path: Path, monkeypatch,
                                                                               capsys) -> None:
    """No --data-dir and no data folder set: the sample catalogue looks where "Create sample city" writes (like the
    Shared data panel), and the message names that folder and how to point elsewhere."""
    from slimstad_plugin.core.base.settings import default_data_dir

    monkeypatch.delenv("SLIMSTAD_DATA_DIR", raising=False)
    code = main(["catalog", "check", str(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json"), "--no-quality"])
    output = capsys.readouterr().out
    if code == 0:  # this machine's profile holds the sample city: nothing to explain
        assert "9 entries checked, 0 broken" in output
        return
    broken = next(row for row in output.splitlines() if row.startswith("[BROKEN]"))
    assert str(default_data_dir()) in broken and "--data-dir" in broken


def test_processing_check_uses_the_configured_data_folder(qgis_app, slimstad_processing, city_dir: Path,
                                                         monkeypatch) -> None:
    import processing

    monkeypatch.setenv("SLIMSTAD_DATA_DIR", str(city_dir))
    result = processing.run("slimstad:catalog_check", {
        "CATALOG": str(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json"), "TIMEOUT": 5, "QUALITY": False})
    assert result["CHECKED"] == 9 and result["BROKEN"] == 0
