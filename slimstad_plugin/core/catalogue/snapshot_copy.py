"""Copying an entry's features into a staging GeoPackage, completely or saying how incomplete.

WFS and OGC API Features without authcfg go through GDAL's drivers first (they page and stream several times
faster than the QGIS providers, benchmarks/bench_catalogue.py); GDAL 3.6 stops paging after the first short
page (GDAL #8653, fixed in 3.8), so a short copy is retried with the page size the server really returned, then
handed to the QGIS provider (which also applies the user's proxy and credentials). Every attempt is bounded by the
copy's deadline (``GDAL_HTTP_TIMEOUT`` per request and a progress callback for the whole copy; a
:class:`~.completeness.DeadlineFeedback` for QGIS) and by the download size limit.
"""

import logging
import re
import sqlite3
from pathlib import Path
from typing import List, Optional, Tuple

from osgeo import gdal, ogr
from qgis.core import QgsCoordinateTransformContext, QgsFeatureRequest, QgsFeedback, QgsVectorFileWriter, QgsVectorLayer

from ..base.answers import server_message
from ..base.files import sqlite_uri
from ..base.i18n import translator
from ..base.network import USER_AGENT, Deadline, limits
from ..base.settings import SlimStadSettings
from ..base.urls import with_query
from .completeness import (
    CountCheck,
    DeadlineFeedback,
    RemoteSource,
    features_within,
    gdal_config,
    gdal_request_seconds,
    timeout_reason,
)
from .sources import LayerCreationError

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)


def staged_count(staging: Path, layer_name: str) -> int:
    """Features in the staging GeoPackage's layer (0 when it is missing)."""
    if not staging.exists():
        return 0
    try:
        with sqlite3.connect(sqlite_uri(staging), uri=True, timeout=2) as conn:
            return int(conn.execute('SELECT count(*) FROM "{}"'.format(layer_name.replace('"', '""'))).fetchone()[0])
    except sqlite3.Error:
        return 0


def copy_to_staging(source: RemoteSource, staging: Path, layer_name: str,
                    feedback: Optional[QgsFeedback] = None) -> CountCheck:
    """Copy ``source`` into ``staging``/``layer_name``; the :class:`CountCheck` says whether it is complete."""
    entry = source.entry
    reason = ""
    gdal_counted: Optional[CountCheck] = None
    if entry.source_type in ("wfs", "oapif") and not entry.source.get("authcfg"):
        sizes: List[Optional[int]] = source.first_page_sizes()
        tried: List[Optional[int]] = []
        while sizes:
            size = sizes.pop(0)
            tried.append(size)
            copied, reason, overflow, cut = _gdal_copy(source, staging, layer_name, size, feedback)
            if copied is None:
                break  # GDAL cannot read this source: QGIS will
            counted = CountCheck(copied, source.expected, reason, overflow, cut=cut)
            if feedback is not None and feedback.isCanceled() or source.deadline.expired:
                return _with_deadline(counted, source)
            counted = source.assess(counted)
            if counted.complete or overflow:
                return counted
            if source.pages_on(counted, tried):
                sizes.append(copied)  # the server's real page size
            elif counted.more:
                return counted  # the service ignores STARTINDEX: no page size helps, nor does QGIS
            gdal_counted = counted
    gdal_reason = reason

    def write(layer: QgsVectorLayer, stop: DeadlineFeedback) -> Tuple[None, int]:
        # Features are fetched here (not by writeAsVectorFormat) so the request carries the deadline.
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer_name
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        writer = QgsVectorFileWriter.create(str(staging), layer.fields(), layer.wkbType(), layer.crs(),
                                            QgsCoordinateTransformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
            raise LayerCreationError(tr("Snapshot of '{id}' failed: {error}").format(id=entry.id,
                                                                                    error=writer.errorMessage()))
        try:
            for feature in features_within(layer, QgsFeatureRequest(), stop):
                writer.addFeature(feature)
        finally:
            del writer  # closes the staging GeoPackage
        return None, staged_count(staging, layer_name)

    try:
        _none, counted = source.read(write, cancel_with=feedback)
    except LayerCreationError:
        if gdal_counted is None:
            raise
        counted = gdal_counted  # QGIS cannot open what GDAL read in part: say how much GDAL copied
    if not counted.complete and not counted.reason:
        counted.reason = gdal_reason
    return _with_deadline(counted, source)


def _with_deadline(counted: CountCheck, source: RemoteSource) -> CountCheck:
    """``counted`` whose reason is the copy's own deadline when that ended it (whatever GDAL's last request said)."""
    if not counted.complete and not counted.overflow and source.deadline.remaining() < 1:
        counted.reason = timeout_reason(source.deadline)
    return counted


def _gdal_copy(source: RemoteSource, staging: Path, layer_name: str, page_size: Optional[int],
               feedback: Optional[QgsFeedback]) -> Tuple[Optional[int], str, bool, bool]:
    """(features copied, why it stopped early, stopped because the service sent more than it reported, stopped
    before the end by the deadline / a cancel / the size limit) — (None, reason, False, False) when GDAL cannot
    open or read the source at all.

    Features are copied one by one (not with VectorTranslate, whose progress callback GDAL turns off for WFS):
    every 500 features the deadline, a cancel, the size limit and the feature count are looked at, and the
    per-request HTTP timeout is shortened to what is left of the deadline."""
    entry, deadline = source.entry, source.deadline
    if entry.source_type == "oapif":
        name, layer = "OAPIF:" + str(entry.source["url"]), str(entry.source["collection"])
        open_options = ["PAGE_SIZE={}".format(page_size or 1000)]
    else:
        url, version = str(entry.source["url"]), str(entry.source.get("version") or "")
        if version and version != "auto":
            url = with_query(url, VERSION=version)
        name, layer, open_options = "WFS:" + url, str(entry.source["layer"]), []
    seconds = gdal_request_seconds(deadline)
    config = {"GDAL_HTTP_TIMEOUT": str(seconds), "GDAL_HTTP_CONNECTTIMEOUT": str(min(seconds, 30)),
              "GDAL_HTTP_MAX_RETRY": "0", "GDAL_HTTP_USERAGENT": USER_AGENT,
              "OGR_WFS_PAGING_ALLOWED": "ON" if page_size else None,
              "OGR_WFS_PAGE_SIZE": str(page_size) if page_size else None}
    # A server whose paging does not advance sends the same page for ever: stop well past the reported count.
    ceiling = None if source.expected is None else int(source.expected * 1.1) + (page_size or 1000)
    max_bytes = limits().max_download_bytes
    messages: List[str] = []

    def on_error(_class: int, _number: int, message: str) -> None:
        messages.append(str(message))

    if staging.exists():
        staging.unlink()
    copied, reason, overflow, cut = 0, "", False, False
    dataset = output = source_layer = target = None
    gdal.PushErrorHandler(on_error)
    try:
        with gdal_config(config):
            dataset = gdal.OpenEx(name, gdal.OF_VECTOR, open_options=open_options)
            source_layer = dataset.GetLayerByName(layer) if dataset is not None else None
            if source_layer is None:
                return None, _server_reason(messages), False, False
            output = ogr.GetDriverByName("GPKG").CreateDataSource(str(staging))
            target = output.CreateLayer(layer_name, srs=source_layer.GetSpatialRef(),
                                        geom_type=source_layer.GetGeomType())
            definition = source_layer.GetLayerDefn()
            for index in range(definition.GetFieldCount()):
                target.CreateField(definition.GetFieldDefn(index))
            target_definition = target.GetLayerDefn()
            target.StartTransaction()
            for feature in source_layer:
                copy = ogr.Feature(target_definition)
                copy.SetFrom(feature)
                target.CreateFeature(copy)
                copied += 1
                if copied % 500:
                    continue
                target.CommitTransaction()
                reason, overflow = _stop_reason(deadline, feedback, staging, max_bytes, copied, ceiling)
                if reason:
                    cut = True  # stopped before the source's end: never a complete copy, counted or not
                    break
                gdal.SetConfigOption("GDAL_HTTP_TIMEOUT", str(gdal_request_seconds(deadline)))
                target.StartTransaction()
            else:
                target.CommitTransaction()
                reason = _server_reason(messages) if messages else ""
    except RuntimeError as error:
        messages.append(str(error))
        reason = reason or _server_reason(messages)
    finally:
        target = source_layer = None
        output = dataset = None  # noqa: F841 - closes both data sets (an open transaction is rolled back)
        gdal.PopErrorHandler()
    copied = staged_count(staging, layer_name)
    if copied == 0 and messages and not reason:
        LOG.info("GDAL could not copy %s (%s); QGIS will", entry.id, "; ".join(messages)[:300])
        return None, "", False, False
    cut = cut or any("timed out" in message.lower() for message in messages)  # a request of GDAL's gave up
    return copied, reason, overflow, cut


def _stop_reason(deadline: Deadline, feedback: Optional[QgsFeedback], staging: Path, max_bytes: int, copied: int,
                 ceiling: Optional[int]) -> Tuple[str, bool]:
    if deadline.expired:
        return timeout_reason(deadline), False
    if feedback is not None and feedback.isCanceled():
        return tr("cancelled"), False
    if staging.stat().st_size > max_bytes:
        return tr("larger than the download limit of {mb} MB").format(mb=max_bytes // (1 << 20)), False
    if ceiling is not None and copied > ceiling:
        return tr("the service keeps sending features: its paging does not advance"), True
    return "", False


def _server_reason(messages: List[str]) -> str:
    """The service's own error message inside GDAL's messages ("Error returned by server : <ExceptionReport…"),
    or the time-out of one of GDAL's requests (curl: "Operation timed out after 20000 milliseconds …")."""
    for message in messages:
        timed_out = re.search(r"timed out after (\d+) milliseconds(?: with (\d+) bytes received)?", message)
        if timed_out:
            seconds = int(timed_out.group(1)) // 1000
            if timed_out.group(2):
                return tr("a page of features did not arrive within {seconds} s ({mb} MB received)").format(
                    seconds=seconds, mb=int(timed_out.group(2)) >> 20)
            return tr("a page of features did not arrive within {seconds} s").format(seconds=seconds)
    for message in messages:
        start = message.find("<")
        if start >= 0:
            text = server_message(message[start:].encode("utf-8"))
            if text:
                return tr("the service reports an error: {message}").format(message=text)
    return ""


def new_deadline(timeout_s: Optional[float]) -> Deadline:
    """The deadline of one copy (default: the settings' download timeout)."""
    if timeout_s:
        return Deadline(timeout_s)
    return Deadline(SlimStadSettings.load().download_timeout_s)
