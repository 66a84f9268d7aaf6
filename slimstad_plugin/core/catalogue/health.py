"""Health of catalogue sources: reachable, latency, capabilities, layer present, feature count, CRS.

:func:`check_entry` checks one entry within one per-source deadline. :func:`run_health_checks` runs many
concurrently on a pool of QThreads (QGIS's network stack needs Qt threads; the task manager's pool is
only as large as the CPU count, so 10 dead servers would otherwise queue behind each other).
:class:`HealthCache` keeps the last known state per entry; the GUI runs the checks in its background task.
"""

import json
import logging
import os
import queue
import sqlite3
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

from qgis.core import (
    QgsApplication,
    QgsException,
    QgsProviderConnectionException,
    QgsProviderRegistry,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QThread

from ..base.crs import canonical_crs, same_crs
from ..base.files import sqlite_uri
from ..base.i18n import translator
from ..base.network import Deadline, NetworkError, http_get, prepare_thread, redact_url
from ..base.readers import CACHE, read_json
from ..base.reasons import reason
from ..layers.tables import code_columns, is_table_file, read_table_file
from .completeness import gdal_deadline
from .model import CatalogueEntry
from .service_checks import CheckFailedError, check_oapif, check_ows, check_xyz
from .sources import postgis_uri, provider_and_uri, remote_file_uri

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)

OK, WARNING, BROKEN = "ok", "warning", "broken"
# QGIS's provider connection pools hold a few connections per data source; opening more layers at once
# from many threads makes them wait on each other, so provider opens are limited (network checks are not).
_PROVIDER_SLOTS = threading.BoundedSemaphore(2)


@dataclass
class HealthResult:
    """Outcome for one entry; ``checks`` lists each step as {"name", "ok", "message"}."""

    entry_id: str
    status: str = BROKEN
    message: str = ""
    checked_at: str = ""
    latency_s: Optional[float] = None
    feature_count: Optional[int] = None
    crs: str = ""
    checks: List[Dict[str, object]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True unless broken (a warning still works)."""
        return self.status != BROKEN

    def to_dict(self) -> Dict[str, object]:
        """JSON form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Dict[str, object]) -> "HealthResult":
        """Inverse of :meth:`to_dict` (unknown keys ignored)."""
        known = {key: data[key] for key in cls.__dataclass_fields__ if key in data}
        return cls(**known)


class _Checker:
    """Collects steps for one entry; the first hard failure ends the check."""

    def __init__(self, entry: CatalogueEntry, timeout_s: float) -> None:
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.result = HealthResult(entry.id, status=OK, checked_at=now)
        self.deadline = Deadline(timeout_s)  # one total deadline for every request of this source
        self.timeout_s = timeout_s

    def remaining(self) -> float:
        """Seconds left for this source (at least a sliver so a request can fail cleanly)."""
        return max(0.05, self.deadline.remaining())

    def step(self, name: str, ok: bool, message: str = "") -> None:
        self.result.checks.append({"name": name, "ok": ok, "message": message})

    def warn(self, name: str, message: str) -> None:
        self.step(name, False, message)
        if self.result.status == OK:
            self.result.status = WARNING
            self.result.message = message


def check_entry(entry: CatalogueEntry, timeout_s: float = 10.0) -> HealthResult:
    """Check one entry; never raises (an unexpected error is a broken result with its message)."""
    checker = _Checker(entry, timeout_s)
    kind = entry.source_type
    try:
        if kind in ("wms", "wmts", "wfs"):
            check_ows(entry, checker)
        elif kind == "oapif":
            check_oapif(entry, checker)
        elif kind == "xyz":
            check_xyz(entry, checker)
        elif kind == "postgis":
            _check_postgis(entry, checker)
        elif kind in ("gpkg", "file"):
            _check_file(entry, checker)
        else:
            raise CheckFailedError("source", tr("unknown source type '{kind}'").format(kind=kind))
    except CheckFailedError as failure:
        checker.step(failure.step, False, str(failure))
        checker.result.status = BROKEN
        checker.result.message = str(failure)
        return checker.result
    except Exception as error:  # noqa: BLE001 - one broken source must not stop the others
        LOG.exception("health check of %s failed", entry.id)
        checker.result.status = BROKEN
        checker.result.message = tr("unexpected error: {error}").format(error=reason(error))
        return checker.result
    _check_crs(entry, checker)
    return checker.result


def _check_crs(entry: CatalogueEntry, checker: _Checker) -> None:
    expected = canonical_crs(entry.source.get("crs") or entry.extent_crs)
    found = canonical_crs(checker.result.crs)
    checker.result.crs = found
    if expected and found and not same_crs(expected, found):
        checker.warn("crs", tr("CRS is {found}, the catalogue expects {expected}").format(found=found,
                                                                                           expected=expected))


def _layer_checks(layer: QgsVectorLayer, checker: _Checker) -> None:
    """Feature count and CRS of an opened vector layer."""
    checker.result.crs = canonical_crs(layer.crs().authid())
    if layer.isSpatial() and not layer.crs().isValid():  # a table (no geometry) has no CRS and needs none
        checker.warn("crs", tr("the layer has no CRS"))
    count = layer.featureCount()
    checker.result.feature_count = int(count) if count is not None and count >= 0 else None
    if checker.result.feature_count == 0:
        checker.warn("feature_count", tr("the layer is empty"))
    else:
        checker.step("feature_count", True, str(checker.result.feature_count))


def missing_data_message(entry: CatalogueEntry, relative: str, path: Path) -> str:
    """Why a local data file of ``entry`` is missing: the folders looked in and how to point SlimStad at the data
    (the data folder of the Shared data panel, ``--data-dir`` on the command line)."""
    if Path(relative).expanduser().is_absolute():
        return tr("file {path} does not exist").format(path=path)
    folders = [str(Path(root)) for root in entry.search_roots(data=True)] or [str(Path.cwd())]
    return tr("file {name} was not found in {folders}; choose the folder that holds the data (Shared data › "
              "data folder › Change…, or --data-dir FOLDER on the command line)").format(
        name=relative, folders=tr(" or ").join(dict.fromkeys(folders)))


def _check_file(entry: CatalogueEntry, checker: _Checker) -> None:

    if entry.source_type == "file" and entry.source.get("url") and not entry.source.get("path"):
        _check_remote_file(entry, checker)
        return
    path = entry.resolve_path(str(entry.source["path"]), data=True)
    started = time.monotonic()
    if not path.exists():
        raise CheckFailedError("exists", missing_data_message(entry, str(entry.source["path"]), path))
    checker.step("exists", True, str(path))
    if not os.access(path, os.R_OK):
        raise CheckFailedError("readable", tr("file {path} is not readable").format(path=path))
    checker.step("readable", True)
    if entry.source_type == "gpkg":
        layer_name = str(entry.source["layer"])
        try:
            with sqlite3.connect(sqlite_uri(path), uri=True, timeout=0.5) as conn:
                tables = {row[0] for row in conn.execute("SELECT table_name FROM gpkg_contents")}
        except sqlite3.DatabaseError as error:
            if "locked" in str(error).lower():
                raise CheckFailedError("locked", tr("GeoPackage {path} is locked by another program").format(
                    path=path)) from error
            raise CheckFailedError("readable", tr("{path} is not a GeoPackage: {error}").format(
                path=path, error=reason(error))) from error
        if layer_name not in tables:
            raise CheckFailedError("layer", tr("layer '{layer}' is missing from {path}").format(
                layer=layer_name, path=path))
        checker.step("layer", True, layer_name)
        if gpkg_is_locked(path):
            checker.warn("locked", tr("GeoPackage {path} is being written by another program").format(path=path))
        checker.result.latency_s = round(time.monotonic() - started, 4)
        _gpkg_layer_checks(path, layer_name, checker)
        return
    checker.result.latency_s = round(time.monotonic() - started, 4)
    if is_table_file(path) and not entry.source.get("layer"):
        _check_table(entry, path, checker)
        return
    _kind, provider, uri = provider_and_uri(entry)
    if _kind == "raster":
        return
    with _PROVIDER_SLOTS:
        layer = QgsVectorLayer(uri, entry.id, provider)
        if not layer.isValid():
            raise CheckFailedError("open", tr("QGIS cannot open {path}").format(path=path))
        _layer_checks(layer, checker)
        del layer


def _check_remote_file(entry: CatalogueEntry, checker: _Checker) -> None:
    """A downloadable GeoPackage/GeoJSON (harvested entries): reachable within the timeout, then opened by OGR."""
    url = str(entry.source["url"])
    started = time.monotonic()
    try:
        http_get(url, deadline=checker.deadline, headers={"Range": "bytes=0-65535"})
    except NetworkError as error:
        raise CheckFailedError("reachable", str(error)) from error
    checker.result.latency_s = round(time.monotonic() - started, 4)
    checker.step("reachable", True)
    with _PROVIDER_SLOTS, gdal_deadline(checker.deadline):
        layer = QgsVectorLayer(remote_file_uri(entry.source), entry.id, "ogr")
        if not layer.isValid():
            raise CheckFailedError("open", tr("QGIS cannot open {path}").format(path=redact_url(url)))
        _layer_checks(layer, checker)
        del layer


def _check_table(entry: CatalogueEntry, path: Path, checker: _Checker) -> None:
    """A CSV table: readable as a table (encoding, header), its row count; a table has no CRS and needs none."""
    try:
        table = read_table_file(path, code_columns(entry.fields))
    except ValueError as error:  # ReadError: not text, wrong encoding, no header
        raise CheckFailedError("open", str(error)) from None
    checker.step("open", True, tr("table, {n} columns").format(n=len(table.columns)))
    checker.result.feature_count = len(table.rows)
    if not table.rows:
        checker.warn("feature_count", tr("the layer is empty"))
    else:
        checker.step("feature_count", True, str(len(table.rows)))
    missing = [name for name in entry.fields.values() if table.column(name) is None]
    if missing:
        checker.warn("fields", tr("the table has no column {names}").format(names=", ".join(missing)))


def _gpkg_layer_checks(path: Path, table: str, checker: _Checker) -> None:
    """Feature count and CRS straight from SQLite: many threads opening one GeoPackage through OGR exhaust
    QGIS's per-file connection pool and wait on each other."""
    with sqlite3.connect(sqlite_uri(path), uri=True, timeout=2) as conn:
        count = conn.execute('SELECT count(*) FROM "{}"'.format(table.replace('"', '""'))).fetchone()[0]
        row = conn.execute("SELECT s.organization, s.organization_coordsys_id FROM gpkg_geometry_columns g "
                           "JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id WHERE g.table_name = ?",
                           (table,)).fetchone()
    checker.result.feature_count = int(count)
    if row and row[0] and row[1] is not None and int(row[1]) > 0:
        checker.result.crs = "{}:{}".format(str(row[0]).upper(), row[1])
    elif row is not None:
        checker.warn("crs", tr("the layer has no CRS"))
    if count == 0:
        checker.warn("feature_count", tr("the layer is empty"))
    else:
        checker.step("feature_count", True, str(count))


def gpkg_is_locked(path: Path) -> bool:
    """True when another connection holds a write lock (a reserved lock blocks BEGIN IMMEDIATE)."""
    try:
        conn = sqlite3.connect(str(path), timeout=0.2, isolation_level=None)
    except sqlite3.Error:
        return True
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def _check_postgis(entry: CatalogueEntry, checker: _Checker) -> None:


    uri = postgis_uri(entry.source)
    uri.setParam("connect_timeout", str(max(1, int(checker.remaining()))))
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    schema, table = str(entry.source.get("schema", "public")), str(entry.source["table"])
    started = time.monotonic()
    try:
        connection = metadata.createConnection(uri.uri(False), {})
        present = connection.tableExists(schema, table)
    except (QgsProviderConnectionException, QgsException) as error:
        raise CheckFailedError("connect", tr("cannot connect to the database: {error}").format(
            error=_first_line(str(error)))) from error
    checker.result.latency_s = round(time.monotonic() - started, 4)
    checker.step("connect", True)
    if not present:
        raise CheckFailedError("layer", tr("table {schema}.{table} does not exist").format(schema=schema, table=table))
    checker.step("layer", True, "{}.{}".format(schema, table))
    with _PROVIDER_SLOTS:
        layer = QgsVectorLayer(uri.uri(False), entry.id, "postgres")
        if not layer.isValid():
            raise CheckFailedError("open", tr("QGIS cannot open table {schema}.{table}").format(
                schema=schema, table=table))
        _layer_checks(layer, checker)
        del layer


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), text)


class _Worker(QThread):
    """Pulls entries from a shared queue until it is empty or cancelled."""

    def __init__(self, jobs: "queue.Queue", timeout_s: float, deliver: Callable[[HealthResult], None],
                 is_canceled: Callable[[], bool]) -> None:
        super().__init__()
        self.jobs, self.timeout_s, self.deliver, self.is_canceled = jobs, timeout_s, deliver, is_canceled

    def run(self) -> None:
        # QThread.run is called by Qt: an exception escaping it would abort the whole process (PyQt's qFatal), so
        # a bug in one check is kept with that entry and the other entries carry on.
        prepare_thread()  # this thread's network manager is made before any source's deadline starts
        while not self.is_canceled():
            try:
                entry = self.jobs.get_nowait()
            except queue.Empty:
                return
            try:
                result = check_entry(entry, self.timeout_s)
            except Exception as error:  # noqa: BLE001 - see above; logged with its traceback
                LOG.exception("health check of %s failed", entry.id)
                result = HealthResult(entry.id, BROKEN, message=tr("the check failed: {error}").format(
                    error=type(error).__name__))
            self.deliver(result)


def run_health_checks(entries: Sequence[CatalogueEntry], timeout_s: float = 10.0, concurrency: int = 32,
                      on_result: Optional[Callable[[HealthResult], None]] = None,
                      is_canceled: Optional[Callable[[], bool]] = None) -> List[HealthResult]:
    """Check every entry, ``concurrency`` at a time; results in the entries' order.

    Each source has its own total deadline of ``timeout_s``; a check of up to ``concurrency`` sources therefore
    ends within about one timeout however the servers misbehave (network checks wait, they do not compute)."""
    jobs: "queue.Queue" = queue.Queue()
    for entry in entries:
        jobs.put(entry)
    results: Dict[str, HealthResult] = {}

    def deliver(result: HealthResult) -> None:
        results[result.entry_id] = result
        if on_result is not None:
            on_result(result)

    cancelled = is_canceled or (lambda: False)
    workers = [_Worker(jobs, timeout_s, deliver, cancelled) for _ in range(max(1, min(concurrency, len(entries))))]
    for worker in workers:
        worker.start()
    app = QCoreApplication.instance()
    on_main_thread = app is not None and QThread.currentThread() == app.thread()
    for worker in workers:
        # Network authentication prompts from workers are handled on the main thread: keep its events flowing
        # (a blocked main thread would deadlock a worker that got HTTP 401).
        while not worker.wait(50):
            if on_main_thread:
                QCoreApplication.processEvents()
    return [results[entry.id] for entry in entries if entry.id in results]


def default_cache_path() -> Path:
    """<QGIS profile>/slimstad/health_cache.json."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "slimstad" / "health_cache.json"


class HealthCache:
    """Last results per entry id with their timestamps, in one JSON file (never any credentials)."""

    def __init__(self, path: Optional[Path] = None) -> None:
        self.path = Path(path) if path else default_cache_path()

    def load(self) -> Dict[str, HealthResult]:
        """Cached results (empty when the file is missing or unreadable)."""
        try:
            data = read_json(self.path, CACHE)
            return {key: HealthResult.from_dict(value) for key, value in data.get("results", {}).items()}
        except (ValueError, TypeError, AttributeError):  # ReadError (missing, damaged) is a ValueError
            return {}

    def update(self, results: Sequence[HealthResult]) -> None:
        """Merge ``results`` into the file (atomic replace)."""
        merged = self.load()
        merged.update({result.entry_id: result for result in results})
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        payload = {"version": 1, "results": {key: value.to_dict() for key, value in merged.items()}}
        tmp.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)
