"""What a package may carry: no secret (the allow-list rule of core/secrets.py) and no folder of the sender.

:class:`SenderPaths` is the one place for the sender's absolute paths (kind 4): every absolute path under the
sender's home, the project folder, a data folder or the package's work folder is made relative to the package
(when it points into it) or reduced to its file name. :func:`clean_package_file` passes one file of the package
through both rules (XML, JSON, text, and the metadata tables of SQLite/GeoPackage files); :func:`final_scan` is the
fail-closed check before the package is written.
"""

import io
import os
import re
import sqlite3
import tempfile
import zipfile
from pathlib import Path
from typing import Callable, Iterable, List, Sequence, Tuple

from ..base.secret_scan import SQLITE_MAGIC, metadata_tables, scan_files
from ..base.secrets import document_kind, scrub_document

# A Windows absolute path: drive or UNC root, folders (spaces allowed), then the file name (no spaces);
# separators may be doubled, as in JSON text.
WINDOWS_PATH = re.compile(r"(?<![\w/\\])(?:file:///?)?(?:[A-Za-z]:|(?:\\\\){1,2}[^\\/:*?\"'<>|\s]+)"
                          r"(?:\\{1,2}|/)(?:[^\\/:*?\"'<>|\n&]+(?:\\{1,2}|/))*(?P<name>[^\\/:*?\"'<>|\s&;,]*)")
Transform = Callable[[str, str], str]  # (text, kind "xml"|"json"|"text") -> cleaned text


class SenderPaths:
    """Absolute folders of the sender's machine and how to take them out of shared text."""

    def __init__(self, package: Path, roots: Iterable[Path]) -> None:
        self.package = Path(package)
        folders = {self.package, Path.home(), Path.cwd(), Path(tempfile.gettempdir())}
        folders.update(Path(root) for root in roots if str(root))
        expanded = set()
        for folder in folders:
            expanded.add(str(folder))
            try:
                expanded.add(str(folder.resolve()))
            except OSError:
                pass
        # Longest first, so /home/jan/stad/data wins over /home/jan; "/" and drive roots are no prefix.
        self.prefixes = sorted((p.rstrip("/\\") for p in expanded if len(p.rstrip("/\\")) > 3),
                               key=len, reverse=True)
        self.package_prefixes = {str(self.package).rstrip("/\\"), str(self.package.resolve()).rstrip("/\\")}
        alternatives = "|".join(re.escape(prefix) for prefix in self.prefixes)
        self._pattern = re.compile(r"(?<![\w.:/-])(?:file://)?(?P<prefix>" + alternatives +
                                   r")(?P<rest>[/\\][^\s'\"<>|&;,?]*)?(?![\w.-])") if alternatives else None

    def reduce(self, text: str) -> str:
        """``text`` with every sender path made package-relative or reduced to its file name; a Windows absolute
        path (``C:\\Users\\jan\\kaart.svg``, ``\\\\server\\share\\…``, from a project made on Windows) is reduced
        to its file name whatever the machine packing it."""
        text = WINDOWS_PATH.sub(lambda match: match.group("name"), text)
        if self._pattern is None:
            return text

        def replace(match: "re.Match[str]") -> str:
            prefix, rest = match.group("prefix"), (match.group("rest") or "").replace("\\", "/")
            if prefix in self.package_prefixes:
                return "./" + rest.strip("/") if rest.strip("/") else "."
            name = rest.rstrip("/").rsplit("/", 1)[-1]
            return name or Path(prefix).name

        return self._pattern.sub(replace, text)

    def needles(self) -> List[str]:
        """Folders that must not appear anywhere in the package (the system's temp folder and the current
        folder are reduced but not searched for: they also occur in ordinary text)."""
        skip = {str(Path(tempfile.gettempdir())), str(Path.cwd()), "/root", "/home"}
        return [prefix for prefix in self.prefixes if prefix not in skip and len(prefix) > 5]


def transformer(public: Sequence[str], sender: SenderPaths) -> Transform:
    """The secret rule, then the sender-path rule, for one document."""

    def transform(text: str, kind: str) -> str:
        return sender.reduce(scrub_document(text, kind, public).text)

    return transform


def _clean_zip_bytes(data: bytes, transform: Transform) -> bytes:
    """A zip (a .qgz stored in a GeoPackage) with its text members cleaned."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if b"\x00" not in content[:4096]:
                text = content.decode("utf-8", "replace")
                content = transform(text, document_kind(info.filename, content)).encode("utf-8")
            target.writestr(info, content)
    return out.getvalue()


def clean_sqlite(path: Path, transform: Transform) -> None:
    """Clean the text (and zipped projects) in the metadata tables of a GeoPackage copy in the package."""
    connection = sqlite3.connect(str(path), isolation_level=None)
    try:
        connection.execute("BEGIN")
        meta, _data = metadata_tables(connection)
        for table in meta:
            quoted = '"{}"'.format(table.replace('"', '""'))
            columns = [row[1] for row in connection.execute("PRAGMA table_info({})".format(quoted))]
            try:
                rows = connection.execute("SELECT rowid, * FROM {}".format(quoted)).fetchall()
            except sqlite3.Error:
                continue  # a table WITHOUT ROWID: the final scan still checks it
            for row in rows:
                for column, value in zip(columns, row[1:]):
                    new = _clean_cell(column, value, transform)
                    if new is not None:
                        connection.execute('UPDATE {} SET "{}" = ? WHERE rowid = ?'.format(
                            quoted, column.replace('"', '""')), (new, row[0]))
        connection.execute("COMMIT")
    finally:
        connection.close()


def _clean_cell(column: str, value: object, transform: Transform) -> object:
    if isinstance(value, str) and value:
        cleaned = transform(value, document_kind(column, value[:64].encode("utf-8", "replace")))
        return cleaned if cleaned != value else None
    if isinstance(value, bytes) and value[:4] == b"PK\x03\x04":
        try:
            cleaned_bytes = _clean_zip_bytes(value, transform)
        except (zipfile.BadZipFile, OSError):
            return None
        return cleaned_bytes if cleaned_bytes != value else None
    return None


def clean_package_file(path: Path, transform: Transform) -> None:
    """One file of the package through the rules (in place: the package is SlimStad's own temporary copy)."""
    with open(path, "rb") as handle:
        head = handle.read(4096)
    if head[:16] == SQLITE_MAGIC:
        clean_sqlite(path, transform)
        return
    if head[:4] == b"PK\x03\x04":
        path.write_bytes(_clean_zip_bytes(path.read_bytes(), transform))
        return
    if b"\x00" in head:
        return
    text = path.read_text(encoding="utf-8", errors="replace")
    cleaned = transform(text, document_kind(path.name, head))
    if cleaned != text:
        path.write_text(cleaned, encoding="utf-8")


def final_scan(package: Path, needles: Iterable[str], public: Sequence[str]) -> List[Tuple[str, str]]:
    """(relative file, what) for everything in the package that still breaks a rule; [] when clean."""
    files = sorted(p for p in package.rglob("*") if p.is_file())
    return [(os.path.relpath(path, package).replace(os.sep, "/"), what)
            for path, what in scan_files(files, needles, public)]
