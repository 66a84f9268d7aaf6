"""The final, fail-closed scan of what SlimStad is about to share: the same allow-list rule as everything it
writes (:mod:`.secrets`), applied to every file, inside zips (.zip, .qgz) and SQLite/GeoPackage files too, plus
a search for values removed earlier and for the sender's folders.
"""

import io
import mmap
import os
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Iterable, Iterator, List, Tuple

from .files import sqlite_uri
from .secrets import find_secrets

SQLITE_MAGIC = b"SQLite format 3\x00"
# GeoPackage tables whose content is the user's data: scanned for the removed values only (an attribute holding
# ``https://school.be/?page=3`` is data, not a leak); every other table (styles, metadata, provenance, projects
# stored in the GeoPackage) is scanned with the full rule.
DATA_TABLE_TYPES = ("features", "tiles", "2d-gridded-coverage", "attributes")
_MAX_DEPTH = 3


def metadata_tables(connection: sqlite3.Connection) -> Tuple[List[str], List[str]]:
    """(metadata tables, data tables) of an SQLite/GeoPackage file; SlimStad's own ``slimstad_*`` tables and
    QGIS/GDAL bookkeeping count as metadata. Virtual tables (SpatiaLite's spatial index, R-trees) are neither: they
    need modules Python's SQLite lacks, and their content lives in ordinary tables listed here."""
    tables = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'rtree_%' AND upper(coalesce(sql, '')) NOT LIKE 'CREATE VIRTUAL TABLE%'")]
    try:
        data = {row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type IN ({})".format(
                ",".join("?" * len(DATA_TABLE_TYPES))), DATA_TABLE_TYPES)}
    except sqlite3.Error:
        data = set()
    data = {name for name in data if not name.startswith("slimstad_")}
    return [name for name in tables if name not in data], [name for name in tables if name in data]


def _sqlite_cells(connection: sqlite3.Connection, table: str) -> Iterator[Tuple[str, Any]]:
    columns = [row[1] for row in connection.execute('PRAGMA table_info("{}")'.format(table.replace('"', '""')))]
    for row in connection.execute('SELECT * FROM "{}"'.format(table.replace('"', '""'))):
        for column, value in zip(columns, row):
            if isinstance(value, (str, bytes)) and value:
                yield column, value


def _scan_sqlite_file(path: Path, needles: List[bytes], public: Iterable[str], depth: int) -> List[str]:
    found: List[str] = []
    try:
        connection = sqlite3.connect(sqlite_uri(path, "ro&immutable=1"), uri=True)
        try:
            meta, _data = metadata_tables(connection)
            for table in meta:  # data tables: the raw bytes of the file were searched for the removed values
                for column, value in _sqlite_cells(connection, table):
                    raw = value if isinstance(value, bytes) else value.encode("utf-8")
                    found.extend("{}.{}: {}".format(table, column, hit)
                                 for hit in _scan_bytes(column, raw, needles, public, depth + 1))
        finally:
            connection.close()
    except sqlite3.Error as error:
        found.append("unreadable SQLite file ({})".format(error))
    return found


def _scan_sqlite(data: bytes, needles: List[bytes], public: Iterable[str], depth: int) -> List[str]:
    handle, name = tempfile.mkstemp(suffix=".sqlite", prefix="slimstad-scan-")
    try:
        with os.fdopen(handle, "wb") as sink:
            sink.write(data)
        return _scan_sqlite_file(Path(name), needles, public, depth)
    finally:
        os.unlink(name)


def _needle_hits(data: bytes, needles: List[bytes]) -> List[str]:
    return ["a removed value" for needle in needles if needle in data][:1]


def _scan_bytes(name: str, data: bytes, needles: List[bytes], public: Iterable[str], depth: int = 0) -> List[str]:
    """What is wrong with one file's content (inside zips and SQLite files too)."""
    found = _needle_hits(data, needles)
    if depth > _MAX_DEPTH:
        return found
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for info in archive.infolist():
                    found.extend("{}: {}".format(info.filename, hit) for hit in _scan_bytes(
                        info.filename, archive.read(info), needles, public, depth + 1))
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            found.append("unreadable zip ({})".format(error))
        return found
    if data[:16] == SQLITE_MAGIC:
        return found + _scan_sqlite(data, needles, public, depth)
    if b"\x00" in data[:4096]:
        return found  # other binary data: the removed values are all we can look for
    found.extend(find_secrets(data, public, name))
    return found


def _file_needles(path: Path, needles: List[bytes]) -> List[str]:
    if not needles or path.stat().st_size == 0:
        return []
    with open(path, "rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return ["a removed value"] if any(data.find(needle) >= 0 for needle in needles) else []


def scan_files(paths: Iterable[Path], extra_needles: Iterable[str] = (),
               public: Iterable[str] = ()) -> List[Tuple[Path, str]]:
    """(file, what) for every file that still holds something the rule removes, or one of ``extra_needles``
    (values removed earlier, the sender's folders), looking inside zips (.zip, .qgz) and SQLite files too."""
    needles = [needle.encode("utf-8") for needle in dict.fromkeys(extra_needles) if needle]
    hits: List[Tuple[Path, str]] = []
    for path in paths:
        path = Path(path)
        with open(path, "rb") as handle:
            head = handle.read(16)
        if head == SQLITE_MAGIC:
            found = _file_needles(path, needles) + _scan_sqlite_file(path, needles, public, 0)
        elif head[:4] == b"PK\x03\x04":
            found = _file_needles(path, needles)
            try:
                with zipfile.ZipFile(path) as archive:
                    for info in archive.infolist():
                        found.extend("{}: {}".format(info.filename, hit) for hit in _scan_bytes(
                            info.filename, archive.read(info), needles, public, 1))
            except (zipfile.BadZipFile, OSError, EOFError) as error:
                found.append("unreadable zip ({})".format(error))
        else:
            found = _scan_bytes(path.name, path.read_bytes(), needles, public)
        hits.extend((path, what) for what in found)
    return hits
