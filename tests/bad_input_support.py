"""Helpers for the bad-input tests: a small sample-city project, running the CLI in-process, hashing inputs."""

import hashlib
import io
import shutil
import sqlite3
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

from slimstad_plugin.cli import main


def make_city(folder: Path, sample_gpkg: Path) -> Path:
    """``folder/voorbeeldstad.qgz`` with every sample-city layer from a copy of the sample GeoPackage."""
    from slimstad_plugin.core.demo.sample_project import build_sample_project

    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "voorbeeldstad.gpkg"
    shutil.copyfile(sample_gpkg, gpkg)
    project, _layers = build_sample_project(gpkg, folder / "voorbeeldstad.qgz")
    project.clear()
    return folder / "voorbeeldstad.qgz"


def run_cli(args: Sequence[str]) -> Tuple[int, str]:
    """``python -m slimstad_plugin ARGS`` in this process: (exit status, stdout + stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main([str(arg) for arg in args])
        except SystemExit as leave:  # argparse
            code = int(leave.code or 0)
    return code, out.getvalue() + err.getvalue()


def error_lines(output: str) -> List[str]:
    return [line for line in output.splitlines() if line.startswith("error:")]


def tree_hashes(root: Path) -> Dict[str, str]:
    """sha256 of every file under ``root`` (or of ``root`` itself when it is a file)."""
    root = Path(root)
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    return {str(path): hashlib.sha256(path.read_bytes()).hexdigest() for path in files}


def replace_member(package: Path, target: Path, name: str, data: bytes) -> Path:
    """A copy of zip ``package`` at ``target`` with member ``name`` replaced by ``data``."""
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in source.infolist():
            copy.writestr(item, data if item.filename == name else source.read(item.filename))
    return target


def result_layers(gpkg: Path) -> Dict[str, int]:
    """Feature tables of a results GeoPackage with their row counts."""
    connection = sqlite3.connect(str(gpkg))
    try:
        names = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY 1")]
        return {name: connection.execute('SELECT count(*) FROM "{}"'.format(name)).fetchone()[0] for name in names}
    finally:
        connection.close()


def text_in_numbers(gpkg: Path, table: str, column: str, count: int, word: str = "n.v.t.") -> None:
    """Store ``word`` in a numeric column of the first ``count`` rows, as SQLite allows (a spreadsheet import does
    this); OGR then reads those values as 0."""
    connection = sqlite3.connect(str(gpkg))
    for name in ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):  # the GeoPackage rtree triggers
        connection.create_function(name, 1, lambda geometry: 0)
    connection.execute('UPDATE "{t}" SET "{c}" = ? WHERE fid IN (SELECT fid FROM "{t}" ORDER BY fid LIMIT ?)'.format(
        t=table, c=column), (word, count))
    connection.commit()
    connection.close()
