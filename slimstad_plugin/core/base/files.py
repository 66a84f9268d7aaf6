"""The one place where SlimStad decides how a file may be written, so no command ever loses the user's data.

* :func:`refuse_input` — an output that resolves to one of the inputs (the project, a challenge file, a source
  GeoPackage, a catalogue) is refused: paths are compared resolved (symlinks followed), as the same file on disk
  (hard links) and without regard to case (Windows and macOS file systems ignore it).
* :func:`refuse_locked` — a file another program holds a write lock on (an SQLite/GeoPackage lock, or a Windows
  share lock) gives :class:`FileInUseError` ("… is in use by another program; try again or choose another file")
  and nothing changes.
* :func:`replacing` / :func:`write_text_atomic` — files SlimStad owns are written under a temporary name beside
  the target and renamed into place only when complete.
* :class:`GeoPackageWrite` — writing layers into a GeoPackage: a new file is built beside the target and renamed;
  an existing GeoPackage gets exactly the named layers added or replaced, in place, in one SQLite transaction
  (the file is never deleted or recreated; every other layer, style and metadata row stays as it was).
* :func:`save_project` — a QGIS project written under a temporary name and renamed (QGIS itself truncates).
* :func:`replace_folder` — a finished folder swapped in for an earlier one of ours.
"""

import contextlib
import os
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from .errors import SlimStadError
from .gpkg_merge import NotAGeoPackageError, merge_tables, sqlite_uri
from .i18n import translator
from .reasons import reason

tr = translator("SlimStadFiles")

PathLike = Union[str, Path]
ProjectLike = Any  # a QgsProject (not imported: this floor writes files, QGIS stays with the callers)
SQLITE_MAGIC = b"SQLite format 3\x00"
LOCK_WAIT_S = 2.0  # how long a write waits for another program's SQLite lock before refusing


class FileWriteError(SlimStadError, OSError):
    """A file could not be written; nothing was changed (message already translated)."""


class OutputIsInputError(FileWriteError, ValueError):
    """The output would overwrite one of the command's inputs."""


class FileInUseError(FileWriteError):
    """Another program holds the file; nothing was changed."""


def in_use_message(path: PathLike) -> str:
    return tr("{path} is in use by another program; try again or choose another file.").format(path=path)


# ---- identity of files ------------------------------------------------------------------------------------------

def _key(path: Path) -> str:
    try:
        resolved = path.expanduser().resolve()
    except (OSError, RuntimeError):
        resolved = path.expanduser().absolute()
    return os.path.normcase(str(resolved)).casefold()


def same_file(first: PathLike, second: PathLike) -> bool:
    """True when both name one file: the same inode, or the same resolved path ignoring case."""
    a, b = Path(first), Path(second)
    with contextlib.suppress(OSError):
        if a.exists() and b.exists() and os.path.samefile(a, b):
            return True
    return _key(a) == _key(b)


def _is_inside(path: Path, folder: Path) -> bool:
    key, root = _key(path), _key(folder)
    return key == root or key.startswith(root.rstrip(os.sep.casefold()) + os.sep)


def local_file(source: str) -> Optional[Path]:
    """The local file a layer source / input string names (``a.gpkg|layername=x`` gives ``a.gpkg``), or None."""
    text = str(source or "").split("|", 1)[0].strip()
    if text.lower().startswith("file://"):
        text = text[7:].split("?", 1)[0]
    if not text or "://" in text or text.startswith("/vsi") or "=" in text.split("/")[0]:
        return None
    return Path(text)


def refuse_input(output: PathLike, inputs: Iterable[Optional[PathLike]], folder: bool = False) -> None:
    """Raise :class:`OutputIsInputError` when ``output`` is one of ``inputs`` (or, for a ``folder`` output,
    contains one of them). Inputs may be paths or layer sources; remote ones are ignored."""
    out = Path(output)
    for item in inputs:
        path = local_file(str(item)) if item is not None and not isinstance(item, Path) else item
        if path is None or str(path) == "":
            continue
        if same_file(out, path) or (folder and _is_inside(Path(path), out)):
            raise OutputIsInputError(tr("The output {output} is one of the inputs ({input}); choose another "
                                        "file.").format(output=out, input=path))


# ---- locks --------------------------------------------------------------------------------------------------

def is_sqlite(path: PathLike) -> bool:
    """True for an SQLite file (a GeoPackage is one)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def is_locked(path: PathLike, wait_s: float = 0.2) -> bool:
    """True when another program holds a write lock on ``path`` (SQLite lock; on Windows a share lock)."""
    path = Path(path)
    if not path.is_file():
        return False
    if is_sqlite(path):
        try:
            connection = sqlite3.connect(sqlite_uri(path, "rw"), uri=True,
                                         timeout=wait_s, isolation_level=None)
        except sqlite3.Error:
            return True
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            return False
        except sqlite3.OperationalError:
            return True
        except sqlite3.Error:  # damaged or no database after all: not a lock (the writers refuse it themselves)
            return False
        finally:
            connection.close()
    try:
        with open(path, "r+b"):
            return False
    except PermissionError:
        return os.name == "nt"
    except OSError:
        return False


def other_layers(path: PathLike, own: str) -> List[str]:
    """Tables of the GeoPackage/SQLite file ``path`` other than ``own`` (a writer replacing the file would lose
    them); [] when ``path`` is no such file."""
    path = Path(path)
    if not path.is_file() or not is_sqlite(path):
        return []
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            names = [row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT "
                "LIKE 'gpkg_%' AND name NOT LIKE 'rtree_%' AND name NOT IN ('layer_styles', 'ogr_empty_table')")]
        finally:
            connection.close()
    except sqlite3.Error:
        return [path.name]  # unreadable or locked: treat as holding data
    return [name for name in names if name.lower() != own.lower()]


def refuse_locked(path: PathLike, wait_s: float = LOCK_WAIT_S) -> None:
    """Raise :class:`FileInUseError` when ``path`` exists and another program holds it."""
    if is_locked(path, wait_s):
        raise FileInUseError(in_use_message(path))


# ---- whole files SlimStad owns ----------------------------------------------------------------------------------

def sibling(target: Path, tag: str = "tmp") -> Path:
    """A hidden, unused name beside ``target`` with the same suffix (drivers choose by suffix)."""
    return target.with_name(".{}.slimstad-{}-{}{}".format(target.stem, tag, uuid.uuid4().hex[:8], target.suffix))


def _project_sibling(target: Path) -> Path:
    """A temporary name beside a project with the same base name (up to the first dot): QGIS names the .qgs inside
    a .qgz, and the .qgd beside a .qgs, after it."""
    base = target.name.split(".", 1)[0]
    return target.with_name("{}.slimstad-tmp-{}{}".format(base, uuid.uuid4().hex[:8], target.suffix))


@contextlib.contextmanager
def replacing(target: PathLike, inputs: Iterable[Optional[PathLike]] = (),
              temporary_name: Callable[[Path], Path] = sibling) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block succeeds it replaces ``target`` at once.

    Refuses an output that is an input or in use; on any error the temporary file is removed and ``target``
    is untouched.
    """
    target = Path(target)
    refuse_input(target, inputs)
    if not target.parent.is_dir():
        raise FileWriteError(tr("{path}: the folder {folder} does not exist.").format(
            path=target, folder=target.parent))
    refuse_locked(target)
    temporary = temporary_name(target)
    try:
        yield temporary
        if not temporary.exists():
            raise FileWriteError(tr("Nothing was written to {path}.").format(path=target))
        refuse_locked(target)
        os.replace(temporary, target)
    except OSError as error:
        if isinstance(error, FileWriteError):
            raise
        raise FileWriteError(tr("Cannot write {path}: {error}").format(path=target, error=reason(error))
                             ) from error
    finally:
        _remove(temporary)


def holds_binary_data(path: PathLike) -> bool:
    """True for an existing file that is no text: a GeoPackage/SQLite file, a zip (.qgz, a package), a PDF or an
    image, or anything with NUL bytes at its start."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return head.startswith((SQLITE_MAGIC, b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"II*\x00",
                            b"MM\x00*", b"\x1f\x8b")) or b"\x00" in head


def write_text_atomic(target: PathLike, text: str, inputs: Iterable[Optional[PathLike]] = ()) -> Path:
    """Write ``text`` (UTF-8) to ``target`` through :func:`replacing`; an existing file that holds binary data
    (``--json data.gpkg``: a slip of the keyboard) is refused, never replaced by text."""
    with replacing(target, inputs) as temporary:  # first: an input, a folder missing, a file in use
        if Path(target).is_file() and holds_binary_data(target):
            raise FileWriteError(tr("{path} exists and is not a text file (it holds data such as a GeoPackage); it "
                                    "is not overwritten.").format(path=target))
        temporary.write_text(text, encoding="utf-8")
    return Path(target)


def write_bytes_atomic(target: PathLike, data: bytes, inputs: Iterable[Optional[PathLike]] = ()) -> Path:
    """Write ``data`` to ``target`` through :func:`replacing`."""
    with replacing(target, inputs) as temporary:
        temporary.write_bytes(data)
    return Path(target)


PROJECT_SUFFIXES = (".qgs", ".qgz")


def _is_project_file(path: Path) -> bool:
    """True for a QGIS project: a .qgz zip, or a .qgs whose first bytes are QGIS project XML."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if path.suffix.lower() == ".qgz":
        return head[:4] == b"PK\x03\x04"
    return b"<qgis" in head.lower() or b"<!doctype qgis" in head.lower()


def save_project(project: "ProjectLike", target: PathLike, inputs: Iterable[Optional[PathLike]] = ()) -> Path:
    """Write a QGIS project to ``target`` (.qgs or .qgz) under a temporary name, then rename it into place.

    QGIS's own ``QgsProject.write`` truncates the file it replaces (a full disk leaves half a project and a
    ``~`` backup): here the old project stays whole until the new one is complete. Refuses an output that is
    an input, an existing file that is not a QGIS project, and a file in use. ``project`` keeps ``target`` as
    its file name. Raises :class:`FileWriteError` (translated message).
    """
    target = Path(target)
    if target.suffix.lower() not in PROJECT_SUFFIXES:
        raise FileWriteError(tr("{path}: a QGIS project file ends in .qgs or .qgz; nothing was written.").format(
            path=target))
    if target.exists() and (not target.is_file() or not _is_project_file(target)):
        raise FileWriteError(tr("{path} exists and is not a QGIS project; it is not overwritten.").format(
            path=target))
    with replacing(target, inputs, _project_sibling) as temporary:
        auxiliary = temporary.with_suffix(".qgd")
        try:
            written = project.write(str(temporary))
            if written and auxiliary.exists():  # a .qgs keeps its auxiliary storage beside it
                os.replace(auxiliary, target.with_suffix(".qgd"))
        finally:
            project.setFileName(str(target))
            _remove(auxiliary)
            _remove(Path(str(temporary) + "~"))
        if not written:
            raise FileWriteError(tr("Cannot write the project {path}: {error}").format(
                path=target, error=project.error()))
    return target


def replace_folder(finished: Path, target: Path) -> None:
    """Put the folder ``finished`` at ``target``; an existing ``target`` is set aside first and removed only
    after the new one is in place (put back when the move fails)."""
    old: Optional[Path] = None
    if target.exists():
        old = sibling(target, "old")
        os.replace(target, old)
    try:
        shutil.move(str(finished), str(target))
    except OSError:
        if old is not None:
            shutil.rmtree(target, ignore_errors=True)
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _remove(path: Path) -> None:
    for candidate in (path, Path(str(path) + "-journal"), Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        with contextlib.suppress(OSError):
            if candidate.is_dir():
                shutil.rmtree(candidate)
            else:
                candidate.unlink()


# ---- layers into GeoPackages ----------------------------------------------------------------------------------

class GeoPackageWrite:
    """Write layers into ``target`` safely; use as a context manager::

        with GeoPackageWrite(out, inputs=[project_file]) as write:
            writer_of_your_choice(write.staging, "layer_a")      # a NEW GeoPackage: create freely
            write.commit(["layer_a"], rows={"slimstad_snapshots": "layer_name"})

    The layers are built in ``staging`` (a temporary GeoPackage beside ``target``). :meth:`commit` renames it to
    ``target`` when there is none yet; otherwise it copies exactly the named tables into the existing file in one
    transaction (see :func:`.gpkg_merge.merge_tables`), replacing tables of the same name, and merges the rows of
    the ``rows`` tables by their key column. The staging file is always removed.
    """

    def __init__(self, target: PathLike, inputs: Iterable[Optional[PathLike]] = ()) -> None:
        self.target = Path(target)
        self.inputs = list(inputs)
        self.staging = sibling(self.target, "staging")
        self.existed = False

    def __enter__(self) -> "GeoPackageWrite":
        refuse_input(self.target, self.inputs)
        if not self.target.parent.is_dir():
            raise FileWriteError(tr("{path}: the folder {folder} does not exist.").format(
                path=self.target, folder=self.target.parent))
        self.existed = self.target.exists()
        if self.existed:
            if not self.target.is_file() or not is_sqlite(self.target):
                raise FileWriteError(tr("{path} exists and is not a GeoPackage; it is not overwritten.").format(
                    path=self.target))
            refuse_locked(self.target)
        return self

    def commit(self, tables: Sequence[str], rows: Optional[Dict[str, str]] = None,
               counts: Optional[Dict[str, int]] = None) -> None:
        """Move the staged ``tables`` (and ``rows`` tables, merged by key column) into ``target``.

        First every named table must be in the staging file, holding ``counts[table]`` rows when given: a writer
        that failed half-way (a full disk: GDAL only prints its error) is refused, never reported as written."""
        if not self.staging.is_file():
            raise FileWriteError(tr("Nothing was written to {path}.").format(path=self.target))
        self._verify_staged(tables, counts or {})
        if not self.target.exists():
            try:
                os.replace(self.staging, self.target)
            except OSError as error:
                raise FileWriteError(tr("Cannot write {path}: {error}").format(
                    path=self.target, error=reason(error))) from error
            return
        try:
            merge_tables(self.staging, self.target, list(tables), dict(rows or {}), LOCK_WAIT_S)
        except NotAGeoPackageError as error:
            raise FileWriteError(tr("{path} is not a GeoPackage; it is not changed.").format(
                path=self.target)) from error
        except sqlite3.Error as error:
            if "locked" in str(error) or "busy" in str(error):
                raise FileInUseError(in_use_message(self.target)) from error
            raise FileWriteError(tr("Cannot write {layers} into {path}: {error}").format(
                layers=", ".join(tables), path=self.target, error=error)) from error

    def _verify_staged(self, tables: Sequence[str], counts: Dict[str, int]) -> None:
        found: Dict[str, int] = {}
        try:
            connection = sqlite3.connect(sqlite_uri(self.staging), uri=True)
            try:
                for table in tables:
                    if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                          (table,)).fetchone() is not None:
                        found[table] = connection.execute('SELECT count(*) FROM "{}"'.format(
                            table.replace('"', '""'))).fetchone()[0]
            finally:
                connection.close()
        except sqlite3.Error as error:
            raise FileWriteError(tr("Cannot write {path}: {error}").format(
                path=self.target, error=reason(error))) from error
        for table in tables:
            if table not in found or (table in counts and found[table] != counts[table]):
                raise FileWriteError(tr("{layer} was not written completely to {path} ({found} of {expected} "
                                        "rows; is the disk full?); the file is not changed.").format(
                    layer=table, path=self.target, found=found.get(table, 0), expected=counts.get(table, "?")))

    def __exit__(self, *exc_info: object) -> None:
        _remove(self.staging)


def new_temporary_folder(beside: Path, tag: str) -> Path:
    """A hidden empty folder beside ``beside`` (same file system, so a final rename is atomic)."""
    try:
        return Path(tempfile.mkdtemp(prefix=".{}.slimstad-{}-".format(beside.name, tag), dir=str(beside.parent)))
    except OSError as error:
        raise FileWriteError(tr("Cannot write to {path}: {error}").format(
            path=beside.parent, error=reason(error))) from error


def existing_files(paths: Iterable[Path]) -> List[Path]:
    """The ``paths`` that exist (for "this would replace …" checks)."""
    return [path for path in paths if path.exists()]
