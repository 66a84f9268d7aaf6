"""Offline snapshots: copy a remote layer (WFS, OGC API Features, PostGIS) into a local GeoPackage.

The copy (snapshot_copy.py) pages with the server's own page size and is compared with the number of features
the service reports; an incomplete copy is refused, never written as if it were complete. Provenance (source
without credentials, time, feature count, the count the service reported, sha256 of the content) goes into the
GeoPackage's ``slimstad_snapshots`` table. A project layer can switch between live and snapshot.
"""

import hashlib
import logging
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import List, Optional, Sequence, Union

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsDataProvider,
    QgsFeatureRequest,
    QgsFeedback,
    QgsMapLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..base.errors import SlimStadError
from ..base.files import GeoPackageWrite, sqlite_uri
from ..base.i18n import translator
from ..base.secrets import scrub_text
from ..layers.properties import public_params
from .completeness import RemoteSource
from .freshness import STALE_FACTOR
from .model import CatalogueEntry
from .snapshot_copy import copy_to_staging, new_deadline
from .sources import LayerCreationError, parse_datetime, parse_duration, public_source, source_from_uri

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)
PROVENANCE_TABLE = "slimstad_snapshots"
LIVE_SOURCE = "slimstad/live_source"
LIVE_PROVIDER = "slimstad/live_provider"
SNAPSHOT_SOURCE = "slimstad/snapshot_source"
MODE_PROPERTY = "slimstad/source_mode"  # "live" | "snapshot"
SNAPSHOT_TYPES = ("wfs", "oapif", "postgis", "gpkg", "file")


class SnapshotError(SlimStadError):
    """The snapshot could not be made; the message names the entry."""


@dataclass
class SnapshotInfo:
    """One row of ``slimstad_snapshots``."""

    layer_name: str
    entry_id: str
    source_type: str
    source: str
    created_at: str
    feature_count: int
    sha256: str
    update_rhythm: str = ""
    expected_count: Optional[int] = None  # what the service reported; None: it does not count

    @property
    def complete(self) -> bool:
        """False when the service reported more features than the snapshot holds."""
        return self.expected_count is None or self.feature_count >= self.expected_count

    def is_stale(self, now: Optional[datetime] = None) -> bool:
        """Older than the entry's promised rhythm (times the freshness tolerance)."""
        rhythm = parse_duration(self.update_rhythm)
        created = parse_datetime(self.created_at)
        if rhythm is None or created is None:
            return False
        return (now or datetime.now(timezone.utc)) - created > rhythm * STALE_FACTOR


def content_sha256(layer: QgsVectorLayer) -> str:
    """Checksum of the features (geometry WKB and attributes, in fid order): equal data, equal sum."""
    digest = hashlib.sha256()
    request = QgsFeatureRequest()
    request.addOrderBy("$id")
    for feature in layer.getFeatures(request):
        geometry = feature.geometry()
        digest.update(bytes(geometry.asWkb()) if geometry is not None and not geometry.isNull() else b"-")
        digest.update(repr(feature.attributes()).encode("utf-8"))
    return digest.hexdigest()


def _inputs(entry: CatalogueEntry) -> List[str]:
    """Local files a snapshot of ``entry`` reads: its catalogue and, for file sources, the data file."""
    found = [entry.origin] if entry.origin and "://" not in entry.origin else []
    if entry.source_type in ("gpkg", "file") and entry.source.get("path"):
        found.append(str(entry.resolve_path(str(entry.source["path"]), data=True)))
    return found


class IncompleteCopyError(SnapshotError):
    """The service reported more features than could be copied; nothing was written to the target."""


def snapshot_entry(entry: CatalogueEntry, gpkg: Union[str, Path], layer_name: Optional[str] = None,
                   feedback: Optional[QgsFeedback] = None, timeout_s: Optional[float] = None,
                   allow_incomplete: bool = False) -> SnapshotInfo:
    """Copy the entry's features into ``gpkg`` (that layer added or replaced in place) and record provenance.

    The copy is made in a staging GeoPackage and compared with the number of features the service reports
    (completeness.py). An incomplete copy raises :class:`IncompleteCopyError` ("only 50 of 250 features copied
    (server limit)") and leaves ``gpkg`` untouched — unless ``allow_incomplete``, when it is written and its
    provenance row keeps the reported number (``expected_count``). ``timeout_s`` bounds the whole copy (default:
    the settings' download timeout). Also raises SnapshotError, OutputIsInputError (``gpkg`` is the catalogue or
    the entry's own file) or FileInUseError (another program holds ``gpkg``: nothing changed).
    """
    if entry.source_type not in SNAPSHOT_TYPES:
        raise SnapshotError(tr("Entry '{id}': a {kind} source cannot be copied offline (only vector data)").format(
            id=entry.id, kind=entry.source_type))
    name = layer_name or snapshot_layer_name(entry)
    try:
        source = RemoteSource.prepare(entry, new_deadline(timeout_s))
        with GeoPackageWrite(gpkg, inputs=_inputs(entry)) as write:
            counted = copy_to_staging(source, write.staging, name, feedback)
            if feedback is not None and feedback.isCanceled():
                raise SnapshotError(tr("Snapshot of '{id}' cancelled").format(id=entry.id))
            if not counted.complete and not allow_incomplete:
                raise IncompleteCopyError(tr("Snapshot of '{id}' not made: {problem}").format(
                    id=entry.id, problem=counted.message()))
            written = QgsVectorLayer("{}|layername={}".format(write.staging, name), name, "ogr")
            if not written.isValid():
                raise SnapshotError(tr("Snapshot of '{id}' could not be read back").format(id=entry.id))
            info = _record(written, write.staging, name, entry.id, entry.source_type, public_source(entry),
                           entry.update_rhythm, entry.public_params, counted.expected)
            del written
            if info.feature_count != counted.read:
                raise SnapshotError(tr("Snapshot of '{id}': {written} features written, {read} copied").format(
                    id=entry.id, written=info.feature_count, read=counted.read))
            write.commit([name], rows={PROVENANCE_TABLE: "layer_name"})
    except LayerCreationError as error:
        raise SnapshotError(str(error)) from error
    _keep_expected_count(Path(gpkg), info)
    return info


def snapshot_project_layer(layer: QgsVectorLayer, gpkg: Union[str, Path], layer_name: str, entry_id: str = "",
                           feedback: Optional[QgsFeedback] = None) -> SnapshotInfo:
    """Snapshot a project layer: a WFS or OGC API Features layer is copied like a catalogue entry (paged with the
    server's page size, compared with the count the service reports); any other through its QGIS provider."""
    source = source_from_uri(layer.providerType(), layer.source())
    if source is not None and source["type"] in ("wfs", "oapif"):
        if public_params(layer):
            source["public_params"] = public_params(layer)
        entry = CatalogueEntry(entry_id or layer_name, {"nl": layer.name()}, source=source)
        return snapshot_entry(entry, gpkg, layer_name, feedback)
    private = QgsVectorLayer(layer.source(), layer.name(), layer.providerType())  # project layers belong to the GUI
    if not private.isValid():
        raise SnapshotError(tr("The layer's source could not be opened"))
    return snapshot_layer(private, gpkg, layer_name, entry_id, layer.providerType().lower(), layer.source(), "",
                          feedback)


def snapshot_layer_name(entry: CatalogueEntry) -> str:
    """A GeoPackage table name derived from the entry id."""
    return "".join(ch if ch.isalnum() else "_" for ch in entry.id).strip("_").lower() or "snapshot"


def snapshot_layer(source_layer: QgsVectorLayer, gpkg: Union[str, Path], layer_name: str, entry_id: str = "",
                   source_type: str = "", source: str = "", update_rhythm: str = "",
                   feedback: Optional[QgsFeedback] = None) -> SnapshotInfo:
    """Write ``source_layer`` to ``gpkg``/``layer_name`` (added or replaced in place) and record provenance.

    Refuses to write into the file the layer reads (OutputIsInputError) or a file in use (FileInUseError).
    """
    with GeoPackageWrite(gpkg, inputs=[source_layer.source()]) as write:
        info = _write_staged(source_layer, write.staging, layer_name, entry_id, source_type, source, update_rhythm,
                             feedback, public_params(source_layer))
        write.commit([layer_name], rows={PROVENANCE_TABLE: "layer_name"})
    return info


def _write_staged(source_layer: QgsVectorLayer, target: Path, layer_name: str, entry_id: str, source_type: str,
                  source: str, update_rhythm: str, feedback: Optional[QgsFeedback],
                  public: Sequence[str] = ()) -> SnapshotInfo:
    """Write ``source_layer`` into the NEW GeoPackage ``target`` (a staging file) and record provenance there."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.feedback = feedback
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    result = QgsVectorFileWriter.writeAsVectorFormatV3(source_layer, str(target), QgsCoordinateTransformContext(),
                                                       options)
    error_code, message = result[0], result[1]
    if feedback is not None and feedback.isCanceled():
        raise SnapshotError(tr("Snapshot of '{id}' cancelled").format(id=entry_id or layer_name))
    if error_code != QgsVectorFileWriter.WriterError.NoError:
        raise SnapshotError(tr("Snapshot of '{id}' failed: {error}").format(id=entry_id or layer_name,
                                                                           error=scrub_text(message).text))
    written = QgsVectorLayer("{}|layername={}".format(target, layer_name), layer_name, "ogr")
    if not written.isValid():
        raise SnapshotError(tr("Snapshot of '{id}' could not be read back").format(id=entry_id or layer_name))
    source_count = source_layer.featureCount()
    if source_count is not None and source_count >= 0 and written.featureCount() < source_count:
        raise IncompleteCopyError(tr("Snapshot of '{id}' not made: {problem}").format(
            id=entry_id or layer_name, problem=tr("only {read} of {expected} features copied ({reason})").format(
                read=written.featureCount(), expected=source_count, reason=tr("the source stopped early"))))
    return _record(written, target, layer_name, entry_id, source_type, source, update_rhythm, public)


def _record(written: QgsVectorLayer, target: Path, layer_name: str, entry_id: str, source_type: str, source: str,
            update_rhythm: str, public: Sequence[str] = (), expected_count: Optional[int] = None) -> SnapshotInfo:
    info = SnapshotInfo(layer_name=layer_name, entry_id=entry_id, source_type=source_type,
                        source=scrub_text(source, public).text,
                        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                        feature_count=int(written.featureCount()), sha256=content_sha256(written),
                        update_rhythm=update_rhythm, expected_count=expected_count)
    del written  # release the OGR handle before writing the provenance with sqlite
    write_provenance(target, info)
    return info


def write_provenance(gpkg: Path, info: SnapshotInfo) -> None:
    """Insert or replace the provenance row (an ``attributes`` table registered in gpkg_contents)."""
    connection = sqlite3.connect(sqlite_uri(Path(gpkg), "rw"), uri=True, timeout=10)
    with connection as conn:
        conn.execute("CREATE TABLE IF NOT EXISTS {} (layer_name TEXT PRIMARY KEY, entry_id TEXT, source_type TEXT, "
                     "source TEXT, created_at TEXT, feature_count INTEGER, sha256 TEXT, update_rhythm TEXT, "
                     "expected_count INTEGER)".format(PROVENANCE_TABLE))
        _add_expected_count_column(conn)
        conn.execute("INSERT OR REPLACE INTO {} (layer_name, entry_id, source_type, source, created_at, "
                     "feature_count, sha256, update_rhythm, expected_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                     .format(PROVENANCE_TABLE),
                     (info.layer_name, info.entry_id, info.source_type, info.source, info.created_at,
                      info.feature_count, info.sha256, info.update_rhythm, info.expected_count))
        conn.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
                     "VALUES (?, 'attributes', ?, ?)", (PROVENANCE_TABLE, PROVENANCE_TABLE,
                                                        "SlimStad snapshot provenance"))
    connection.close()


def _add_expected_count_column(conn: sqlite3.Connection) -> None:
    columns = [row[1] for row in conn.execute("PRAGMA table_info({})".format(PROVENANCE_TABLE))]
    if "expected_count" not in columns:  # a table written by an older SlimStad
        conn.execute("ALTER TABLE {} ADD COLUMN expected_count INTEGER".format(PROVENANCE_TABLE))


def _keep_expected_count(gpkg: Path, info: SnapshotInfo) -> None:
    """The merge into an existing GeoPackage keeps the columns its provenance table has; one written by an older
    SlimStad gets the ``expected_count`` column here (in place, one small transaction)."""
    if info.expected_count is None:
        return
    connection = sqlite3.connect(sqlite_uri(gpkg, "rw"), uri=True, timeout=10)
    try:
        with connection as conn:
            _add_expected_count_column(conn)
            conn.execute("UPDATE {} SET expected_count = ? WHERE layer_name = ? AND expected_count IS NULL".format(
                PROVENANCE_TABLE), (info.expected_count, info.layer_name))
    except sqlite3.Error as error:
        LOG.warning("snapshot count not recorded in %s: %s", gpkg.name, error)
    finally:
        connection.close()


def read_provenance(gpkg: Union[str, Path]) -> List[SnapshotInfo]:
    """Every snapshot recorded in ``gpkg`` (empty list when none)."""
    path = Path(gpkg)
    if not path.exists():
        return []
    try:
        with sqlite3.connect(sqlite_uri(path), uri=True, timeout=2) as conn:
            columns = [row[1] for row in conn.execute("PRAGMA table_info({})".format(PROVENANCE_TABLE))]
            expected = "expected_count" if "expected_count" in columns else "NULL"
            rows = conn.execute("SELECT layer_name, entry_id, source_type, source, created_at, feature_count, sha256, "
                                "update_rhythm, {} FROM {}".format(expected, PROVENANCE_TABLE)).fetchall()
    except sqlite3.Error:
        return []
    return [SnapshotInfo(*row) for row in rows]


def snapshot_info(gpkg: Union[str, Path], layer_name: str) -> Optional[SnapshotInfo]:
    """Provenance of one snapshot layer, or None."""
    return next((info for info in read_provenance(gpkg) if info.layer_name == layer_name), None)


def use_snapshot(layer: QgsMapLayer, gpkg: Union[str, Path], layer_name: str) -> SnapshotInfo:
    """Point a project layer at its snapshot (the live source is kept on the layer to switch back)."""
    info = snapshot_info(gpkg, layer_name)
    if info is None:
        raise SnapshotError(tr("{path} holds no snapshot '{layer}'").format(path=gpkg, layer=layer_name))
    if layer.customProperty(MODE_PROPERTY, "live") != "snapshot":
        layer.setCustomProperty(LIVE_SOURCE, layer.source())
        layer.setCustomProperty(LIVE_PROVIDER, layer.providerType())
    uri = "{}|layername={}".format(Path(gpkg), layer_name)
    layer.setDataSource(uri, layer.name(), "ogr", QgsDataProvider.ProviderOptions())
    if not layer.isValid():
        raise SnapshotError(tr("The snapshot {path} could not be opened").format(path=gpkg))
    layer.setCustomProperty(SNAPSHOT_SOURCE, uri)
    layer.setCustomProperty(MODE_PROPERTY, "snapshot")
    layer.setCustomProperty("slimstad/snapshot_created_at", info.created_at)
    layer.setCustomProperty("slimstad/snapshot_stale", "1" if info.is_stale() else "0")
    return info


def use_live(layer: QgsMapLayer) -> None:
    """Switch back to the live source stored by :func:`use_snapshot`."""
    if layer.customProperty(MODE_PROPERTY, "live") != "snapshot":
        return
    source = str(layer.customProperty(LIVE_SOURCE, "") or "")
    provider = str(layer.customProperty(LIVE_PROVIDER, "") or "")
    if not source or not provider:
        raise SnapshotError(tr("Layer {name} does not know its live source").format(name=layer.name()))
    layer.setDataSource(source, layer.name(), provider, QgsDataProvider.ProviderOptions())
    layer.setCustomProperty(MODE_PROPERTY, "live")


def layer_mode(layer: QgsMapLayer) -> str:
    """"live" or "snapshot"."""
    return str(layer.customProperty(MODE_PROPERTY, "live") or "live")


def snapshot_is_stale(layer: QgsMapLayer, now: Optional[datetime] = None) -> bool:
    """True when a layer shows a snapshot older than its entry's rhythm allows."""
    if layer_mode(layer) != "snapshot":
        return False
    uri = str(layer.customProperty(SNAPSHOT_SOURCE, "") or "")
    path, _, name = uri.partition("|layername=")
    info = snapshot_info(path, name) if path else None
    return bool(info and info.is_stale(now))


def snapshot_as_dict(info: SnapshotInfo) -> dict:
    """JSON form."""
    return asdict(info)
