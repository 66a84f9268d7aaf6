"""Copy named tables from one GeoPackage into an existing one, in place, in one SQLite transaction.

Used by :class:`.files.GeoPackageWrite` only. The target file is opened for update (never created); the copy
brings each table's definition, rows, spatial index, triggers and its rows in the GeoPackage bookkeeping tables
(``gpkg_contents``, ``gpkg_geometry_columns``, ``gpkg_extensions``, ``gpkg_ogr_contents``, ``gpkg_data_columns``,
``layer_styles``, ``gpkg_metadata``/``gpkg_metadata_reference``, spatial reference systems). A table of the same
name is replaced; every other table is left as it is. Either everything is copied or nothing changes
(GeoPackage encoding: OGC 12-128r18).
"""

import sqlite3
from pathlib import Path
from typing import Dict, List, Sequence, Tuple, Union
from urllib.parse import quote

# Bookkeeping tables keyed by ``table_name`` (GeoPackage core and extensions, GDAL's feature counts).
BY_TABLE_NAME = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents",
                 "gpkg_data_columns", "gpkg_tile_matrix_set", "gpkg_tile_matrix")
SUPPORT_TABLES = BY_TABLE_NAME + ("gpkg_spatial_ref_sys", "layer_styles", "gpkg_metadata",
                                  "gpkg_metadata_reference")


def sqlite_uri(path: Union[str, Path], mode: str = "ro") -> str:
    """The SQLite URI of a file (``mode`` ro / rw / ``ro&immutable=1``): the path percent-encoded, so a ``#``,
    ``?`` or ``%`` in a folder or file name opens that file, not another one or none."""
    return "file:{}?mode={}".format(quote(Path(path).resolve().as_posix()), mode)


def _quote(name: str) -> str:
    return '"{}"'.format(name.replace('"', '""'))


def _has(connection: sqlite3.Connection, schema: str, table: str) -> bool:
    return connection.execute("SELECT 1 FROM {}.sqlite_master WHERE type = 'table' AND name = ?".format(schema),
                              (table,)).fetchone() is not None


def _columns(connection: sqlite3.Connection, schema: str, table: str) -> List[Tuple[str, int]]:
    """(name, primary key position) of every column."""
    return [(row[1], row[5]) for row in connection.execute("PRAGMA {}.table_info({})".format(schema, _quote(table)))]


def _ensure_table(connection: sqlite3.Connection, table: str) -> bool:
    """Create ``main.table`` with the staging file's definition when it is missing; False if neither has it."""
    if _has(connection, "main", table):
        return True
    row = connection.execute("SELECT sql FROM s.sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    if row is None:
        return False
    connection.execute(row[0])
    return True


def _copy_rows(connection: sqlite3.Connection, table: str, where: str, parameters: Sequence[object],
               skip: Sequence[str] = ()) -> None:
    """INSERT main.table rows from s.table (columns both have, minus ``skip``)."""
    if not _has(connection, "s", table) or not _ensure_table(connection, table):
        return
    ours = {name for name, _ in _columns(connection, "main", table)}
    names = [name for name, _ in _columns(connection, "s", table) if name in ours and name not in skip]
    listed = ", ".join(_quote(name) for name in names)
    connection.execute("INSERT INTO main.{0} ({1}) SELECT {1} FROM s.{0} WHERE {2}".format(
        _quote(table), listed, where), tuple(parameters))


def _rtree_tables(connection: sqlite3.Connection, schema: str, table: str) -> List[str]:
    if not _has(connection, schema, "gpkg_extensions"):
        return []
    rows = connection.execute("SELECT column_name FROM {}.gpkg_extensions WHERE lower(table_name) = lower(?) "
                              "AND extension_name = 'gpkg_rtree_index'".format(schema), (table,)).fetchall()
    return ["rtree_{}_{}".format(table, row[0]) for row in rows if row[0]]


def _drop(connection: sqlite3.Connection, table: str) -> None:
    """Remove ``main.table`` and every trace of it in the bookkeeping tables."""
    for rtree in _rtree_tables(connection, "main", table):
        connection.execute("DROP TABLE IF EXISTS main.{}".format(_quote(rtree)))
    connection.execute("DROP TABLE IF EXISTS main.{}".format(_quote(table)))
    for support in BY_TABLE_NAME:
        if _has(connection, "main", support):
            connection.execute("DELETE FROM main.{} WHERE lower(table_name) = lower(?)".format(support), (table,))
    if _has(connection, "main", "layer_styles"):
        connection.execute("DELETE FROM main.layer_styles WHERE lower(f_table_name) = lower(?)", (table,))
    if _has(connection, "main", "gpkg_metadata_reference"):
        connection.execute("DELETE FROM main.gpkg_metadata_reference WHERE lower(table_name) = lower(?)", (table,))


def _srs_ids(connection: sqlite3.Connection, table: str) -> Dict[int, int]:
    """Staging srs_id -> srs_id to use in the target (added or renumbered when the target differs)."""
    used = set()
    for support in ("gpkg_contents", "gpkg_geometry_columns"):
        if _has(connection, "s", support):
            used.update(row[0] for row in connection.execute(
                "SELECT srs_id FROM s.{} WHERE table_name = ? AND srs_id IS NOT NULL".format(support), (table,)))
    mapping: Dict[int, int] = {}
    for srs_id in used:
        staged = connection.execute("SELECT srs_name, srs_id, organization, organization_coordsys_id, definition, "
                                    "description FROM s.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
        if staged is None:
            mapping[srs_id] = srs_id
            continue
        same = connection.execute("SELECT srs_id FROM main.gpkg_spatial_ref_sys WHERE srs_id = ? AND "
                                  "lower(organization) = lower(?) AND organization_coordsys_id = ?",
                                  (srs_id, staged[2], staged[3])).fetchone()
        if same is not None:
            mapping[srs_id] = srs_id
            continue
        known = connection.execute("SELECT srs_id FROM main.gpkg_spatial_ref_sys WHERE lower(organization) = "
                                   "lower(?) AND organization_coordsys_id = ? AND lower(organization) != 'none'",
                                   (staged[2], staged[3])).fetchone()
        if known is not None:
            mapping[srs_id] = known[0]
            continue
        taken = connection.execute("SELECT 1 FROM main.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
        new_id = srs_id if taken is None else max(100000, 1 + connection.execute(
            "SELECT max(srs_id) FROM main.gpkg_spatial_ref_sys").fetchone()[0])
        connection.execute("INSERT INTO main.gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                           "organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)",
                           (staged[0], new_id, staged[2], staged[3], staged[4], staged[5]))
        mapping[srs_id] = new_id
    return mapping


def _copy_metadata(connection: sqlite3.Connection, table: str) -> None:
    if not (_has(connection, "s", "gpkg_metadata_reference") and _has(connection, "s", "gpkg_metadata")):
        return
    _ensure_table(connection, "gpkg_metadata")
    _ensure_table(connection, "gpkg_metadata_reference")
    references = connection.execute("SELECT reference_scope, table_name, column_name, row_id_value, timestamp, "
                                    "md_file_id FROM s.gpkg_metadata_reference WHERE table_name = ?",
                                    (table,)).fetchall()
    for reference in references:
        metadata = connection.execute("SELECT md_scope, md_standard_uri, mime_type, metadata FROM s.gpkg_metadata "
                                      "WHERE id = ?", (reference[5],)).fetchone()
        if metadata is None:
            continue
        cursor = connection.execute("INSERT INTO main.gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) "
                                    "VALUES (?, ?, ?, ?)", metadata)
        connection.execute("INSERT INTO main.gpkg_metadata_reference (reference_scope, table_name, column_name, "
                           "row_id_value, timestamp, md_file_id) VALUES (?, ?, ?, ?, ?, ?)",
                           reference[:5] + (cursor.lastrowid,))


def _copy_table(connection: sqlite3.Connection, table: str) -> None:
    """Definition, rows, spatial index, triggers, indexes and bookkeeping of ``s.table`` into main."""
    _drop(connection, table)
    definitions = connection.execute(
        "SELECT type, name, sql FROM s.sqlite_master WHERE sql IS NOT NULL AND (tbl_name = ? OR tbl_name IN ({})) "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END".format(
            ",".join("?" * len(_rtree_tables(connection, "s", table)))),
        (table, *_rtree_tables(connection, "s", table))).fetchall()
    rtrees = set(_rtree_tables(connection, "s", table))
    shadow = tuple(rtree + suffix for rtree in rtrees for suffix in ("_node", "_parent", "_rowid"))
    for kind, name, sql in definitions:
        if kind == "table" and name not in shadow:
            connection.execute(sql)
    connection.execute("INSERT INTO main.{0} SELECT * FROM s.{0}".format(_quote(table)))
    for rtree in rtrees:
        connection.execute("INSERT INTO main.{0} SELECT * FROM s.{0}".format(_quote(rtree)))
    for kind, name, sql in definitions:
        if kind in ("index", "trigger") and not name.startswith("sqlite_autoindex"):
            connection.execute(sql)
    mapping = _srs_ids(connection, table)
    for support in BY_TABLE_NAME:
        _copy_rows(connection, support, "table_name = ?", (table,))
    for old, new in mapping.items():
        if old != new:
            for support in ("gpkg_contents", "gpkg_geometry_columns"):
                connection.execute("UPDATE main.{} SET srs_id = ? WHERE table_name = ? AND srs_id = ?".format(
                    support), (new, table, old))
    _copy_rows(connection, "layer_styles", "f_table_name = ?", (table,), skip=("id",))
    _copy_metadata(connection, table)


def _merge_rows(connection: sqlite3.Connection, table: str, key: str) -> None:
    """Rows of ``s.table`` replace the target's rows with the same ``key`` value (other rows stay)."""
    if not _has(connection, "main", table):
        _copy_table(connection, table)
        return
    primary = [name for name, position in _columns(connection, "main", table) if position]
    skip = primary if key not in primary else []
    connection.execute("DELETE FROM main.{0} WHERE {1} IN (SELECT {1} FROM s.{0})".format(_quote(table), _quote(key)))
    _copy_rows(connection, table, "1", (), skip=skip)
    if _has(connection, "main", "gpkg_contents") and connection.execute(
            "SELECT 1 FROM main.gpkg_contents WHERE table_name = ?", (table,)).fetchone() is None:
        _copy_rows(connection, "gpkg_contents", "table_name = ?", (table,))


class NotAGeoPackageError(ValueError):
    """The target lacks the GeoPackage core tables."""


def merge_tables(staging: Path, target: Path, tables: Sequence[str], rows: Dict[str, str],
                 wait_s: float) -> None:
    """Copy ``tables`` (replacing) and merge ``rows`` tables (by key column) from ``staging`` into ``target``.

    Raises sqlite3.Error (``database is locked`` when another program holds ``target``: nothing changed) or
    NotAGeoPackageError; files.GeoPackageWrite turns them into the user's message.
    """
    connection = sqlite3.connect(sqlite_uri(target, "rw"), uri=True,
                                 timeout=wait_s, isolation_level=None)
    try:
        connection.execute("ATTACH DATABASE ? AS s", (sqlite_uri(staging),))
        connection.execute("BEGIN IMMEDIATE")
        try:
            for support in ("gpkg_spatial_ref_sys", "gpkg_contents"):
                if not _has(connection, "main", support):
                    raise NotAGeoPackageError(str(target))
            for table in tables:
                _copy_table(connection, table)
            for table, key in rows.items():
                if _has(connection, "s", table):
                    _merge_rows(connection, table, key)
            connection.execute("COMMIT")
        except BaseException:
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error:  # SQLite already rolled back (a full disk, an I/O error): keep the real error
                pass
            raise
    finally:
        connection.close()
        _settle(target)


def _settle(target: Path) -> None:
    """After an I/O error SQLite may leave a hot journal: the next reader rolls it back. Be that reader now, so
    the file is byte for byte what it was, not only once someone opens it."""
    if not Path(str(target) + "-journal").exists():
        return
    try:
        reader = sqlite3.connect(sqlite_uri(target, "rw"), uri=True, timeout=1)
        try:
            reader.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            reader.close()
    except sqlite3.Error:
        pass
