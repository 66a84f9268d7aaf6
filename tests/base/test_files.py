"""Kind 1: no command replaces, truncates or deletes a file it was not asked to create (core/base/files.py).

A11: a snapshot into a GeoPackage a colleague holds locked used to replace the whole file. Here a real lock is
held by another process (as ../shared/cases/A11's lock_gpkg.py does) while SlimStad writes, and every file is
compared by SHA-256 and inode before and after.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Dict, Iterator, List

import pytest
from qgis.core import QgsProject, QgsRectangle, QgsVectorLayer

from slimstad_plugin.core.base import files as files_module
from slimstad_plugin.core.base.files import (
    FileInUseError,
    FileWriteError,
    GeoPackageWrite,
    OutputIsInputError,
    is_locked,
    refuse_input,
    replacing,
    same_file,
    write_text_atomic,
)
from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.core.catalogue.snapshot import read_provenance, snapshot_entry, snapshot_layer
from slimstad_plugin.core.layers.vector_io import LayerSpec, write_gpkg_layer

LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
conn.execute("CREATE TABLE IF NOT EXISTS _colleague_edit (x)")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(path: Path) -> List[str]:
    with sqlite3.connect("file:{}?mode=ro".format(path), uri=True) as conn:
        return sorted(row[0] for row in conn.execute("SELECT table_name FROM gpkg_contents"))


@pytest.fixture
def colleague_lock() -> Iterator:
    """Start a process that holds an exclusive SQLite lock on a file until the test ends."""
    started: List[subprocess.Popen] = []

    def lock(path: Path) -> None:
        process = subprocess.Popen([sys.executable, "-c", LOCKER, str(path)], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, text=True)
        started.append(process)
        assert process.stdout.readline().strip() == "locked"

    yield lock
    for process in started:
        process.stdin.write("\n")
        process.stdin.flush()
        process.wait(timeout=10)


def test_snapshot_into_a_locked_geopackage_changes_nothing(qgis_app, mapserver, tmp_path: Path,
                                                           colleague_lock) -> None:
    """A11's right value: a clear 'in use' error, same file (inode and bytes), every layer still there."""
    gpkg = tmp_path / "gedeeld_offline.gpkg"
    first = CatalogueEntry("test.haltes_a", {"nl": "A"}, source={"type": "wfs", "url": mapserver.ows_url,
                                                                 "layer": "wijken"})
    second = CatalogueEntry("test.haltes_b", {"nl": "B"}, source={"type": "wfs", "url": mapserver.ows_url,
                                                                  "layer": "scholen"})
    snapshot_entry(first, gpkg)
    colleague_lock(gpkg)
    before, inode = sha256(gpkg), gpkg.stat().st_ino
    assert is_locked(gpkg)
    with pytest.raises(FileInUseError, match="is in use by another program; try again or choose another file"):
        snapshot_entry(second, gpkg)
    assert sha256(gpkg) == before and gpkg.stat().st_ino == inode
    assert not [p.name for p in tmp_path.iterdir() if "slimstad" in p.name], "no staging file left behind"


def test_snapshot_adds_a_layer_in_place_keeping_everything_else(qgis_app, mapserver, sample_gpkg: Path,
                                                                tmp_path: Path) -> None:
    gpkg = tmp_path / "stad.gpkg"
    shutil.copyfile(sample_gpkg, gpkg)
    original = tables(gpkg)
    inode = gpkg.stat().st_ino
    with sqlite3.connect(str(gpkg)) as conn:
        kept = {name: conn.execute('SELECT count(*), total(rowid) FROM "{}"'.format(name)).fetchone()
                for name in original}
    entry = CatalogueEntry("stad.wijken_live", {"nl": "W"}, source={"type": "wfs", "url": mapserver.ows_url,
                                                                   "layer": "wijken"})
    snapshot_entry(entry, gpkg)
    again = snapshot_entry(entry, gpkg)  # replaced, not added twice
    assert gpkg.stat().st_ino == inode, "the GeoPackage was never recreated"
    assert tables(gpkg) == sorted(original + ["stad_wijken_live", "slimstad_snapshots"])
    with sqlite3.connect(str(gpkg)) as conn:
        assert {name: conn.execute('SELECT count(*), total(rowid) FROM "{}"'.format(name)).fetchone()
                for name in original} == kept
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert [info.layer_name for info in read_provenance(gpkg)] == ["stad_wijken_live"]
    layer = QgsVectorLayer("{}|layername=stad_wijken_live".format(gpkg), "w", "ogr")
    assert layer.featureCount() == again.feature_count == 10
    # The spatial index came along: a bbox request uses it and finds the features.
    extent = layer.extent()
    centre = QgsRectangle(extent.center().x() - 1, extent.center().y() - 1, extent.center().x() + 1,
                          extent.center().y() + 1)
    assert 0 < len(list(layer.getFeatures(centre))) < 10
    assert QgsVectorLayer("{}|layername=wijken".format(gpkg), "w", "ogr").featureCount() == 10


def test_snapshot_into_its_own_source_is_refused(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    gpkg = tmp_path / "bron.gpkg"
    shutil.copyfile(sample_gpkg, gpkg)
    before = sha256(gpkg)
    layer = QgsVectorLayer("{}|layername=scholen".format(gpkg), "scholen", "ogr")
    link = tmp_path / "LINK.GPKG"
    link.symlink_to(gpkg)
    for target in (gpkg, link, tmp_path / "." / "bron.gpkg"):
        with pytest.raises(OutputIsInputError, match="is one of the inputs"):
            snapshot_layer(layer, target, "kopie")
    assert sha256(gpkg) == before


def test_same_file_follows_links_and_ignores_case(tmp_path: Path) -> None:
    data = tmp_path / "Data.gpkg"
    data.write_bytes(b"x")
    (tmp_path / "alias.gpkg").symlink_to(data)
    assert same_file(data, tmp_path / "alias.gpkg")
    assert same_file(data, tmp_path / "DATA.GPKG"), "Windows/macOS treat these as one file"
    assert same_file(data, tmp_path / "sub" / ".." / "Data.gpkg")
    assert not same_file(data, tmp_path / "other.gpkg")
    with pytest.raises(OutputIsInputError):
        refuse_input(tmp_path / "alias.gpkg", ["{}|layername=x".format(data)])
    with pytest.raises(OutputIsInputError):
        refuse_input(tmp_path, [data], folder=True)
    refuse_input(tmp_path / "new.gpkg", [data, "https://host/wfs?x=1", None])


def test_replacing_is_atomic_and_refuses_locked_files(tmp_path: Path, colleague_lock) -> None:
    target = tmp_path / "report.json"
    write_text_atomic(target, "first")
    with pytest.raises(RuntimeError):
        with replacing(target) as temporary:
            temporary.write_text("half")
            raise RuntimeError("crash while writing")
    assert target.read_text() == "first" and sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    gpkg = tmp_path / "in_use.gpkg"
    write_gpkg_layer(gpkg, LayerSpec("a", "Point", [("n", "int")]), [], new_file=True)
    colleague_lock(gpkg)
    before = sha256(gpkg)
    with pytest.raises(FileInUseError):
        write_text_atomic(gpkg, "not a geopackage")
    assert sha256(gpkg) == before


def test_geopackage_write_refuses_other_files_and_cleans_up(qgis_app, tmp_path: Path) -> None:
    notes = tmp_path / "notities.gpkg"
    notes.write_text("my notes, not a GeoPackage")
    with pytest.raises(FileWriteError, match="not a GeoPackage"):
        with GeoPackageWrite(notes):
            pass
    assert notes.read_text() == "my notes, not a GeoPackage"
    target = tmp_path / "nieuw.gpkg"
    with pytest.raises(ValueError):
        with GeoPackageWrite(target) as write:
            write_gpkg_layer(write.staging, LayerSpec("a", "Point", [("n", "int")]), [], new_file=True)
            raise ValueError("failure before commit")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notities.gpkg"]


def test_in_place_write_keeps_styles_metadata_and_other_crs(qgis_app, sample_gpkg: Path, tmp_path: Path) -> None:
    """A layer with a custom CRS whose srs_id clashes with the target's gets its own srs_id; the target's
    styles stay and the new layer's style comes along."""
    import shapely

    target = tmp_path / "doel.gpkg"
    shutil.copyfile(sample_gpkg, target)
    with sqlite3.connect(str(target)) as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS layer_styles (id INTEGER PRIMARY KEY AUTOINCREMENT, f_table_catalog "
                     "TEXT, f_table_schema TEXT, f_table_name TEXT, f_geometry_column TEXT, styleName TEXT, styleQML "
                     "TEXT, styleSLD TEXT, useAsDefault BOOLEAN, description TEXT, owner TEXT, ui TEXT, update_time "
                     "DATETIME)")
        conn.execute("INSERT INTO layer_styles (f_table_name, styleName, styleQML) VALUES ('wijken', 'eigen', "
                     "'<qgis/>')")
    before: Dict[str, str] = {}
    with sqlite3.connect(str(target)) as conn:
        before = {row[0]: row[1] for row in conn.execute("SELECT f_table_name, styleQML FROM layer_styles")}
    with GeoPackageWrite(target) as write:
        write_gpkg_layer(write.staging, LayerSpec("punten", "Point", [("n", "int")]),
                         [(shapely.Point(150000, 200000), {"n": 1})], epsg=3812, new_file=True)
        layer = QgsVectorLayer("{}|layername=punten".format(write.staging), "p", "ogr")
        assert layer.saveStyleToDatabase("punten", "", True, "") == ""
        del layer
        write.commit(["punten"])
    with sqlite3.connect(str(target)) as conn:
        styles = {row[0]: row[1] for row in conn.execute("SELECT f_table_name, styleQML FROM layer_styles")}
        srs = conn.execute("SELECT s.organization_coordsys_id FROM gpkg_geometry_columns g JOIN gpkg_spatial_ref_sys "
                           "s ON s.srs_id = g.srs_id WHERE g.table_name = 'punten'").fetchone()
    assert styles["wijken"] == before["wijken"] and "punten" in styles
    assert srs == (3812,)
    written = QgsVectorLayer("{}|layername=punten".format(target), "p", "ogr")
    assert written.featureCount() == 1 and written.crs().authid() == "EPSG:3812"


def test_challenge_results_into_an_existing_geopackage_keep_its_layers(qgis_app, sample_gpkg: Path,
                                                                       tmp_path: Path) -> None:
    from slimstad_plugin.core.challenge.run import run_challenge
    from slimstad_plugin.core.challenge.templates import load_template
    from slimstad_plugin.core.demo.sample_project import build_sample_project

    shutil.copyfile(sample_gpkg, tmp_path / "stad.gpkg")
    project, _ = build_sample_project(tmp_path / "stad.gpkg", tmp_path / "stad.qgz")
    project.clear()
    shared = tmp_path / "gedeeld.gpkg"
    write_gpkg_layer(shared, LayerSpec("eigen_laag", "Point", [("n", "int")]), [], new_file=True)
    inode = shared.stat().st_ino
    challenge = load_template("kinderopvang")
    result = run_challenge(challenge, tmp_path / "stad.qgz", shared)
    assert shared.stat().st_ino == inode
    assert set(tables(shared)) >= {"eigen_laag", "slimstad_provenance", *result.layers}
    data_before = sha256(tmp_path / "stad.gpkg")
    with pytest.raises(Exception, match="is one of the inputs"):
        run_challenge(challenge, tmp_path / "stad.qgz", tmp_path / "stad.gpkg")
    assert sha256(tmp_path / "stad.gpkg") == data_before
    with pytest.raises(Exception, match="is one of the inputs"):
        run_challenge(challenge, tmp_path / "stad.qgz", tmp_path / "stad.qgz")
    assert os.path.getsize(tmp_path / "stad.qgz") > 0
    QgsProject.instance().clear()


# ---- projects: temporary name, then rename (QGIS's own write truncates the file it replaces) --------------------

class _HalfWritingProject:
    """Stands for a QgsProject whose write fails half-way (a full disk): it leaves a partial file and a backup."""

    def __init__(self) -> None:
        self.file_name = ""

    def write(self, path: str) -> bool:
        Path(path).write_bytes(b"<!DOCTYPE qgis><qgis half")
        Path(path + "~").write_bytes(b"<!DOCTYPE")
        return False

    def error(self) -> str:
        return "No space left on device"

    def setFileName(self, name: str) -> None:  # noqa: N802 - QgsProject's API
        self.file_name = name


def test_a_failed_project_write_leaves_the_project_whole_and_no_debris(tmp_path: Path) -> None:
    target = tmp_path / "plan.qgs"
    target.write_bytes(b"<!DOCTYPE qgis><qgis version='3.22'>whole</qgis>")
    with pytest.raises(files_module.FileWriteError, match="No space left"):
        files_module.save_project(_HalfWritingProject(), target)
    assert target.read_bytes() == b"<!DOCTYPE qgis><qgis version='3.22'>whole</qgis>"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["plan.qgs"]


@pytest.mark.parametrize("name,content", [("data.gpkg", b"SQLite format 3\x00"), ("notes.qgs", b"my notes"),
                                          ("catalogus.json", b"{}"), ("plan.qgz", b"not a zip")])
def test_a_project_is_never_written_over_a_file_that_is_not_a_project(tmp_path: Path, name: str,
                                                                      content: bytes) -> None:
    target = tmp_path / name
    target.write_bytes(content)
    with pytest.raises(files_module.FileWriteError):
        files_module.save_project(_HalfWritingProject(), target)
    assert target.read_bytes() == content and len(list(tmp_path.iterdir())) == 1


def test_a_real_project_is_saved_in_place_through_a_temporary_name(tmp_path: Path) -> None:
    from qgis.core import QgsProject

    target = tmp_path / "plan.qgz"
    project = QgsProject()
    project.setTitle("eerste")
    files_module.save_project(project, target)
    project.setTitle("tweede")
    files_module.save_project(project, target, inputs=[tmp_path / "other.gpkg"])
    assert project.fileName() == str(target)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["plan.qgz"]
    with zipfile.ZipFile(target) as archive:  # QGIS names the inner project after the file it writes
        assert [name for name in archive.namelist() if name.endswith(".qgs")] == ["plan.qgs"]
    again = QgsProject()
    assert again.read(str(target)) and again.title() == "tweede"
    with pytest.raises(files_module.OutputIsInputError):
        files_module.save_project(project, tmp_path / "sub" / ".." / "plan.qgz", inputs=[target])
    project.clear()
    again.clear()


def test_geopackages_in_folders_with_hash_percent_or_question_marks_are_written_in_place(tmp_path: Path) -> None:
    """``#``, ``?`` and ``%`` are legal in file names; an SQLite URI must not read them as its own syntax."""
    folder = tmp_path / "100% data #2 ?"
    folder.mkdir()
    target = folder / "kaart #1.gpkg"
    connection = sqlite3.connect(str(target))
    connection.executescript("CREATE TABLE gpkg_contents (table_name TEXT); CREATE TABLE gpkg_spatial_ref_sys "
                             "(srs_id INTEGER); CREATE TABLE eigen (x); INSERT INTO eigen VALUES (1);")
    connection.close()
    assert not is_locked(target)
    assert files_module.other_layers(target, "kaart #1") == ["eigen"]
    staging_uri = files_module.sqlite_uri(target)
    assert "%23" in staging_uri and "%25" in staging_uri and sqlite3.connect(staging_uri, uri=True).execute(
        "SELECT x FROM eigen").fetchone() == (1,)


def _fake_gpkg(path: Path, rows: int) -> None:
    connection = sqlite3.connect(str(path))
    connection.executescript("CREATE TABLE gpkg_contents (table_name TEXT); CREATE TABLE gpkg_spatial_ref_sys "
                             "(srs_id INTEGER); CREATE TABLE laag (x);")
    connection.executemany("INSERT INTO laag VALUES (?)", [(i,) for i in range(rows)])
    connection.commit()
    connection.close()


def test_a_half_written_layer_is_never_committed_nor_reported_as_written(tmp_path: Path) -> None:
    """A full disk makes GDAL print an error and go on: the staging file lacks rows or whole layers."""
    target = tmp_path / "stad.gpkg"
    with pytest.raises(FileWriteError, match="not written completely"):
        with GeoPackageWrite(target) as write:
            _fake_gpkg(write.staging, 3)
            write.commit(["laag"], counts={"laag": 150})
    with pytest.raises(FileWriteError, match="not written completely"):
        with GeoPackageWrite(target) as write:
            _fake_gpkg(write.staging, 3)
            write.commit(["laag", "ontbrekend"])
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_during_an_in_place_write_keeps_the_file_and_names_the_real_error(tmp_path: Path) -> None:
    """SQLite rolls back by itself on a full disk; the message must say so, not "cannot rollback"."""
    target = tmp_path / "gedeeld.gpkg"
    _fake_gpkg(target, 1)
    before = sha256(target)
    script = ("import resource, signal, sqlite3, sys\n"
              "from pathlib import Path\n"
              "from slimstad_plugin.core.base.files import GeoPackageWrite, FileWriteError\n"
              "target = Path(sys.argv[1])\n"
              "with GeoPackageWrite(target) as write:\n"
              "    c = sqlite3.connect(str(write.staging))\n"
              "    c.executescript('CREATE TABLE gpkg_contents (table_name TEXT); CREATE TABLE gpkg_spatial_ref_sys"
              " (srs_id INTEGER); CREATE TABLE groot (x);')\n"
              "    c.executemany('INSERT INTO groot VALUES (?)', [('x' * 1000,) for _ in range(3000)]); c.commit()\n"
              "    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              "    resource.setrlimit(resource.RLIMIT_FSIZE, (target.stat().st_size + 100000,) * 2)\n"
              "    try:\n"
              "        write.commit(['groot'])\n"
              "    except FileWriteError as error:\n"
              "        print('refused:', error)\n")
    done = subprocess.run([sys.executable, "-c", script, str(target)], capture_output=True, text=True, timeout=120,
                          cwd=str(Path(__file__).resolve().parents[2]))
    assert "refused:" in done.stdout and "rollback" not in done.stdout, done.stdout + done.stderr
    assert sha256(target) == before


@pytest.mark.parametrize("message,why", [("disk I/O error", "input/output error"),
                                         ("database or disk is full", "the disk is full"),
                                         ("attempt to write a readonly database", "read-only"),
                                         ("database is locked", "locked by another program")])
def test_sqlite_errors_of_the_disk_are_the_users_environment_not_a_bug(message: str, why: str) -> None:
    """A full disk while pack copies a GeoPackage ended as "this is a bug" (exit 3); it is exit 2, one line with a
    translated reason (SQLite's English text only in the log)."""
    from slimstad_plugin.core.base.boundary import EXIT_USER_ERROR, exit_status, user_message

    error = sqlite3.OperationalError(message)
    line = user_message(error) or ""
    assert exit_status(error) == EXIT_USER_ERROR and why in line and message not in line
    assert user_message(sqlite3.OperationalError("no such column: x")) is None  # that one is a bug


@pytest.mark.parametrize("name,content", [("stad.gpkg", b"SQLite format 3\x00" + bytes(100)),
                                          ("plan.qgz", b"PK\x03\x04" + bytes(40)), ("kaart.pdf", b"%PDF-1.4\n"),
                                          ("raw.bin", b"ab\x00cd")])
def test_a_text_output_never_replaces_a_file_holding_data(tmp_path: Path, name: str, content: bytes) -> None:
    """`catalog check --json stad.gpkg` (a slip of the keyboard) replaced the GeoPackage with JSON."""
    target = tmp_path / name
    target.write_bytes(content)
    with pytest.raises(FileWriteError, match="not a text file"):
        write_text_atomic(target, '{"ok": true}')
    assert target.read_bytes() == content and len(list(tmp_path.iterdir())) == 1
    text = tmp_path / "vorig.json"
    text.write_text('{"ok": false}')
    write_text_atomic(text, '{"ok": true}')  # an earlier text result is replaced as asked
    assert text.read_text() == '{"ok": true}'


def test_check_json_replaces_only_an_earlier_check_report(tmp_path: Path) -> None:
    """`catalog check --json other.json`: another catalogue or the user's notes are not replaced."""
    from slimstad_plugin.core.catalogue.check import CatalogueCheck

    other = tmp_path / "andere_catalogus.json"
    other.write_text('{"format": "slimstad-catalogue", "version": 1, "entries": []}')
    before = other.read_bytes()
    with pytest.raises(FileWriteError, match="not an earlier check report"):
        CatalogueCheck().write_json(other)
    assert other.read_bytes() == before
    report = tmp_path / "controle.json"
    CatalogueCheck().write_json(report)
    CatalogueCheck().write_json(report)  # an earlier report is replaced as asked
    assert json.loads(report.read_text())["ok"] is True
