"""A copy is complete or says it is not: how many features a service has, and reading all of them.

Servers cap every answer (WFS ``CountDefault``, a silent server maximum as on GeoServer, deegree, ArcGIS) while
``numberMatched`` says there are more; GDAL before 3.8 and QGIS 3.22 stop paging after the first short page
(GDAL #8653, #13515). So every copy or full read of a remote layer:

1. asks the service how many features it has (:func:`service_count`: WFS ``resultType=hits``, OGC API
   ``numberMatched``);
2. pages with the server's own page size (``CountDefault``) and, when an attempt still comes back short, once more
   with the page size the server actually returned (:func:`page_sizes`);
3. compares what it read with what the service reported (:class:`CountCheck`): equal, or a clear
   "only 50 of 250 features copied (server limit)".

Reading through a QGIS provider is bounded by a deadline (:class:`DeadlineFeedback`), since the provider's own
timeout restarts on every byte.
"""

import math
import threading
import time
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from osgeo import gdal
from qgis.core import QgsFeatureRequest, QgsFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from ..base.answers import read_json, read_xml
from ..base.i18n import format_number, translator
from ..base.network import (
    AuthenticationError,
    Deadline,
    HttpStatusError,
    NetworkError,
    ServiceReportedError,
    WrongDocumentError,
    http_get,
)
from ..base.urls import join_path, with_query
from .capabilities import Capabilities, ensure_reachable, not_offered_message, oapif_base, read_capabilities
from .model import CatalogueEntry
from .sources import LayerCreationError, provider_and_uri

tr = translator("SlimStadCatalogue")


@dataclass
class CountCheck:
    """Features read or copied against the number the service reported (``expected`` None: not reported)."""

    read: int
    expected: Optional[int] = None
    reason: str = ""   # why reading stopped early, when known (a timeout, the server's error message)
    overflow: bool = False  # stopped because the service kept sending far more features than it reported
    more: bool = False      # the service does not count, but has features past the ones read (a page cap)
    cut: bool = False       # stopped before the end (deadline, cancel, size limit, a stalled page)

    @property
    def complete(self) -> bool:
        """True unless the service reported more features than were read (or paging ran away, or the service
        is known to hold more than were read)."""
        return (not self.overflow and not self.more and not self.cut
                and (self.expected is None or self.read >= self.expected))

    def message(self, copied: bool = True) -> str:
        """"only 50 of 250 features copied (server limit)" — or "" when complete."""
        if self.complete:
            return ""
        if self.overflow:
            return tr("stopped after {read} features: the service reports {expected} ({reason})").format(
                read=self.read, expected=self.expected, reason=self.reason)
        why = self.reason or tr("server limit")
        if self.expected is None and self.cut:
            return (tr("copy stopped after {read} features ({reason})") if copied
                    else tr("reading stopped after {read} features ({reason})")).format(read=self.read, reason=why)
        if self.expected is None and copied:
            return tr("only the first {read} features copied: the service holds more ({reason})").format(
                read=self.read, reason=why)
        if self.expected is None:
            return tr("only the first {read} features read: the service holds more ({reason})").format(
                read=self.read, reason=why)
        if copied:
            return tr("only {read} of {expected} features copied ({reason})").format(
                read=self.read, expected=self.expected, reason=why)
        return tr("only {read} of {expected} features read ({reason})").format(
            read=self.read, expected=self.expected, reason=why)


def _is_feature_collection(document: object) -> bool:
    return isinstance(document, dict) and (document.get("type") == "FeatureCollection"
                                           or isinstance(document.get("features"), list))


def service_count(entry: CatalogueEntry, deadline: Deadline, version: str = "") -> Optional[int]:
    """The number of features the service says the entry's layer has (None: the service does not count).

    WFS: GetFeature ``resultType=hits`` (``numberMatched``, WFS 1.1 ``numberOfFeatures``); a server that refuses
    hits (an exception report, HTTP 400) is asked for a one-feature page and its ``numberMatched`` (WFS 2.0; None
    for 1.1, whose ``numberOfFeatures`` counts the page); when that page fails too, its error is raised.
    OGC API Features: ``numberMatched`` of a one-item page. ``numberMatched="unknown"`` gives None. Raises the
    network layer's errors, including an exception report answered with HTTP 200 (its message in the error)."""
    source = entry.source
    authcfg = str(source.get("authcfg", ""))
    if entry.source_type == "wfs":
        version = version or str(source.get("version") or "2.0.0")
        if version.startswith("1.0"):
            return None  # WFS 1.0 has no resultType=hits
        try:
            root = wfs_page(entry, version, deadline, hits=True)
            value = root.get("numberMatched") or root.get("numberOfFeatures")
        except (ServiceReportedError, WrongDocumentError, HttpStatusError) as error:
            if isinstance(error, AuthenticationError):
                raise
            page = wfs_page(entry, version, deadline, start=0, count=1)  # hits refused: do the features answer?
            value = page.get("numberMatched") if version.startswith("2") else None
        return int(value) if value and value.isdigit() else None
    if entry.source_type == "oapif":
        url = join_path(oapif_base(str(source["url"])), "collections", str(source["collection"]), "items",
                        f="json", limit=1)
        response = http_get(url, authcfg=authcfg, deadline=deadline, headers={"Accept": "application/geo+json"})
        label = tr("collection '{layer}'").format(layer=source["collection"])
        document = read_json(response.content, label, tr("a page of features"), _is_feature_collection,
                             response.headers)
        matched = document.get("numberMatched")
        return matched if isinstance(matched, int) and not isinstance(matched, bool) else None
    return None


def wfs_page(entry: CatalogueEntry, version: str, deadline: Deadline, hits: bool = False, start: int = 0,
             count: int = 1) -> ET.Element:
    """The root of a WFS GetFeature answer: ``resultType=hits``, or ``count`` features from ``start``
    (``STARTINDEX``, WFS 2.0 paging). Raises the network layer's errors (an exception report with HTTP 200 too)."""
    source = entry.source
    type_key = "TYPENAMES" if version.startswith("2") else "TYPENAME"
    params: Dict[str, object] = {"SERVICE": "WFS", "VERSION": version, "REQUEST": "GetFeature",
                                 type_key: str(source["layer"])}
    if hits:
        params["RESULTTYPE"] = "hits"
    else:
        params.update({"STARTINDEX": start, ("COUNT" if version.startswith("2") else "MAXFEATURES"): count})
    response = http_get(with_query(str(source["url"]), **params), authcfg=str(source.get("authcfg", "")),
                        deadline=deadline)
    return read_xml(response.content, response.url, tr("a feature count") if hits else tr("a page of features"),
                    ("FeatureCollection",), response.headers)


def _first_feature_id(root: ET.Element) -> Optional[str]:
    """``gml:id`` (or ``fid``) of the first feature of a GetFeature answer; None when it holds none."""
    for member in root:
        if member.tag.rsplit("}", 1)[-1] not in ("member", "featureMember", "featureMembers"):
            continue
        for feature in member:
            for key, value in feature.attrib.items():
                if key.rsplit("}", 1)[-1] in ("id", "fid"):
                    return value
            return ""
    return None


def features_after(entry: CatalogueEntry, read: int, deadline: Deadline, version: str) -> Tuple[bool, str]:
    """(the WFS holds features past the first ``read``, why reading stopped): asks for one feature at
    ``STARTINDEX=read``; a server that answers it with its first feature again ignores STARTINDEX (reason set).
    Errors count as "no more" (the copy was read already; nothing better is known)."""
    try:
        after = _first_feature_id(wfs_page(entry, version, deadline, start=read))
        if after is None:
            return False, ""
        first = _first_feature_id(wfs_page(entry, version, deadline, start=0))
    except NetworkError:
        return False, ""
    if after and after == first:
        return True, tr("the service ignores STARTINDEX: its paging does not advance")
    return True, tr("server limit")


def page_sizes(capabilities: Optional[Capabilities]) -> List[Optional[int]]:
    """The first page size to try: the server's ``CountDefault`` (None: the reader's default). After a short
    attempt the callers try once more with the number of features that attempt read: the server's real cap."""
    return [capabilities.count_default if capabilities is not None else None]


class DeadlineFeedback(QgsFeedback):
    """A QgsFeedback that cancels itself when a deadline passes (or when ``is_canceled`` says so).

    Give it to QgsFeatureRequest.setFeedback / QgsVectorFileWriter so a QGIS provider stops waiting on a server
    that trickles or stalls; ``timed_out`` tells why it stopped."""

    def __init__(self, deadline: Deadline, is_canceled: Optional[Callable[[], bool]] = None,
                 cancel_with: Optional[QgsFeedback] = None, idle_s: Optional[float] = None) -> None:
        super().__init__()
        self.deadline = deadline
        self.idle_s = idle_s  # the longest wait for one feature (a stalled or trickling page), None: the deadline
        self.limit: Optional[int] = None  # the most features a read may take (a server whose paging runs away)
        self.last_feature = time.monotonic()  # when the reader last got a feature (see touch)
        self.timed_out = False
        self._user_cancel = is_canceled
        if cancel_with is not None:  # a task's feedback, cancelled from the GUI thread: forward at once
            cancel_with.canceled.connect(self.cancel, Qt.ConnectionType.DirectConnection)
            if cancel_with.isCanceled():
                self.cancel()
        self._timer = threading.Timer(max(0.0, deadline.remaining()), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def reason(self) -> str:
        """Why the work stopped early: "timed out after 900 s", "cancelled", or ""."""
        if self.timed_out:
            return timeout_reason(self.deadline)
        return tr("cancelled") if self.isCanceled() else ""

    def _expire(self) -> None:
        self.timed_out = True
        self.cancel()

    def touch(self) -> None:
        """Note that a feature arrived (a read that then waits ``idle_s`` for the next one has stalled)."""
        self.last_feature = time.monotonic()

    def poll(self) -> bool:
        """True when the work must stop; also forwards a user's cancel."""
        if self._user_cancel is not None and self._user_cancel():
            self.cancel()
        return self.isCanceled()

    def stop(self) -> None:
        """Release the timer (call when the work is done)."""
        self._timer.cancel()


def bound_request(request: QgsFeatureRequest, feedback: QgsFeedback) -> QgsFeatureRequest:
    """``request`` stopped by ``feedback`` and, when it is a :class:`DeadlineFeedback`, never waiting for the next
    feature past the deadline: the WFS and OGC API providers of QGIS 3.22 do not look at the feedback while they
    wait for the server, but they honour the request's timeout."""
    request.setFeedback(feedback)
    if isinstance(feedback, DeadlineFeedback):
        wait = feedback.deadline.remaining()
        if feedback.idle_s:
            wait = min(wait, feedback.idle_s)
        if feedback.limit:
            request.setLimit(feedback.limit)
        request.setTimeout(max(1, int(wait * 1000)))
    return request


def features_within(layer: QgsVectorLayer, request: QgsFeatureRequest, feedback: DeadlineFeedback) -> Iterator:
    """``layer.getFeatures(request)`` that stops when ``feedback`` is cancelled or its deadline passes."""
    for feature in layer.getFeatures(bound_request(request, feedback)):
        feedback.touch()
        if feedback.poll():
            return
        yield feature
    feedback.poll()


def timeout_reason(deadline: Deadline) -> str:
    """"timed out after 900 s"."""
    return tr("timed out after {seconds} s").format(seconds=format_number(round(deadline.seconds, 1)))


class RemoteSource:
    """An entry about to be read whole: its server probed, its capabilities (WFS) and reported count known.

    :meth:`prepare` does the network part within the deadline; :meth:`read` opens the QGIS layer and reads it,
    paging on with the server's real page size when an attempt comes back short."""

    def __init__(self, entry: CatalogueEntry, deadline: Deadline, expected: Optional[int] = None,
                 capabilities: Optional[Capabilities] = None, idle_s: Optional[float] = None) -> None:
        self.entry, self.deadline, self.expected, self.capabilities = entry, deadline, expected, capabilities
        self.idle_s = idle_s  # a read that gets no feature for this long stops (see DeadlineFeedback)

    @classmethod
    def prepare(cls, entry: CatalogueEntry, deadline: Deadline, expected: Optional[int] = None,
                idle_s: Optional[float] = None) -> "RemoteSource":
        """Probe the server (a dead host fails at once), read WFS capabilities (exact layer name, CountDefault)
        and ask the feature count when not given. Raises LayerCreationError with the network layer's message."""
        source = cls(entry, deadline, expected, idle_s=idle_s)
        if entry.source_type not in ("wfs", "oapif"):
            return source
        ensure_reachable(entry, deadline)
        authcfg = str(entry.source.get("authcfg", ""))
        try:
            if entry.source_type == "wfs":
                source.capabilities = read_capabilities(str(entry.source["url"]), "wfs", deadline, authcfg)
                if source.capabilities.find(str(entry.source["layer"])) is None:
                    raise LayerCreationError(tr("Entry '{id}': {error}").format(id=entry.id, error=not_offered_message(
                        str(entry.source["layer"]), source.capabilities.names())))
            if expected is None:
                version = source.capabilities.version if source.capabilities else ""
                source.expected = service_count(entry, deadline, version)
        except NetworkError as error:
            raise LayerCreationError(tr("Entry '{id}': {error}").format(id=entry.id, error=error)) from error
        return source

    def first_page_sizes(self) -> List[Optional[int]]:
        """See :func:`page_sizes`."""
        return page_sizes(self.capabilities)

    def can_page(self) -> bool:
        """True unless the service says it cannot page (WFS ``ImplementsResultPaging`` FALSE); OGC API Features
        pages by ``next`` links, which no page size changes."""
        return (self.entry.source_type == "wfs" and self.capabilities is not None
                and self.capabilities.implements_paging is not False)

    def assess(self, counted: CountCheck) -> CountCheck:
        """``counted`` with ``more`` set when the service does not count but a WFS 2.0 page past the features read
        still holds one (a silent page cap, or a server that ignores STARTINDEX: then ``reason`` says so)."""
        if counted.expected is not None or not counted.read or counted.more or not self.can_page():
            return counted
        version = self.capabilities.version if self.capabilities is not None else ""
        if not version.startswith("2"):
            return counted
        counted.more, why = features_after(self.entry, counted.read, self.deadline, version)
        if counted.more:
            counted.reason = counted.reason or why
        return counted

    def pages_on(self, counted: CountCheck, tried: List[Optional[int]]) -> bool:
        """True when another attempt with the page size the server really returned may read more."""
        # Not after a time-out or a stalled page (the next attempt would wait as long) or a stuck server.
        return (self.can_page() and counted.read > 0 and counted.read not in tried and not counted.overflow
                and counted.reason in ("", tr("server limit")))

    def read(self, consume: Callable[[QgsVectorLayer, "DeadlineFeedback"], Tuple[Any, int]],
             is_canceled: Optional[Callable[[], bool]] = None, cancel_with: Optional[QgsFeedback] = None,
             ) -> Tuple[Any, CountCheck]:
        """Open the QGIS layer and hand it to ``consume(layer, feedback) -> (result, features read)``; once more
        with the page size the server really returned when that was short, and — when the QGIS WFS provider does
        not page (WFS 1.1 in QGIS 3.22) — through GDAL's WFS driver paging with that size, as a snapshot does.
        Returns the most complete result and its :class:`CountCheck`; raises LayerCreationError when the layer
        cannot be opened."""
        sizes = self.first_page_sizes()
        tried: List[Optional[int]] = []
        result: Any = None
        counted = CountCheck(0, self.expected)
        canceled = False
        while sizes:
            size = sizes.pop(0)
            tried.append(size)
            _kind, provider, uri = provider_and_uri(self.entry, size)
            result, counted, canceled = self._attempt(consume, provider, uri, is_canceled, cancel_with, {})
            if counted.complete or canceled:
                return result, counted
            if self.pages_on(counted, tried):
                sizes.append(counted.read)  # the page size the server really returned: page on with it
        if self.entry.source_type == "wfs" and not self.entry.source.get("authcfg") and self.pages_on(counted, []) \
                and not self.deadline.expired and self._advances(counted):
            url = str(self.entry.source["url"])
            version = str(self.entry.source.get("version") or "")
            if version and version != "auto":
                url = with_query(url, VERSION=version)
            options = {"OGR_WFS_PAGING_ALLOWED": "ON", "OGR_WFS_PAGE_SIZE": str(counted.read)}
            if self.idle_s:  # a page slower than 1 kB/s for that long is stalled
                options.update(GDAL_HTTP_LOW_SPEED_TIME=str(math.ceil(self.idle_s)), GDAL_HTTP_LOW_SPEED_LIMIT="1024")
            try:
                again = self._attempt(consume, "ogr", "WFS:{}|layername={}".format(url, self.entry.source["layer"]),
                                      is_canceled, cancel_with, options)
            except LayerCreationError:
                return result, counted
            if again[1].read > counted.read:
                return again[0], again[1]
        return result, counted

    def _advances(self, counted: CountCheck) -> bool:
        """False when the WFS answers STARTINDEX=read with its first feature again (GDAL would page for ever; the
        reason is then set on ``counted``) or holds nothing past it."""
        version = self.capabilities.version if self.capabilities is not None else ""
        if not version.startswith("2"):
            return True  # no STARTINDEX to probe in WFS 1.x: the attempt's feature limit guards it
        more, why = features_after(self.entry, counted.read, self.deadline, version)
        if more and why != tr("server limit"):
            counted.reason = why
        return more and why == tr("server limit")

    def _attempt(self, consume: Callable, provider: str, uri: str, is_canceled: Optional[Callable[[], bool]],
                 cancel_with: Optional[QgsFeedback], options: Dict[str, str]) -> Tuple[Any, CountCheck, bool]:
        """One read of the layer ``uri``: (result, count check, cancelled); GDAL ``options`` for this thread."""
        with gdal_deadline(self.deadline, options):  # a remote file is read by OGR through /vsicurl/
            if provider == "ogr":  # QGIS tries update mode first: GDAL's "read-only WFS" error is no news
                gdal.PushErrorHandler("CPLQuietErrorHandler")
            try:
                layer = QgsVectorLayer(uri, self.entry.display_title(), provider)
            finally:
                if provider == "ogr":
                    gdal.PopErrorHandler()
        if not layer.isValid():
            raise LayerCreationError(tr("Entry '{id}': the source could not be opened").format(id=self.entry.id))
        if self.expected is None and self.entry.source_type not in ("wfs", "oapif"):
            count = layer.featureCount()  # a database or file counts exactly
            self.expected = int(count) if count is not None and count >= 0 else None
        feedback = DeadlineFeedback(self.deadline, is_canceled, cancel_with, self.idle_s)
        if provider == "ogr" and self.expected is not None:  # GDAL pages on while a server repeats its pages
            feedback.limit = int(self.expected * 1.1) + 1000
        try:
            with gdal_deadline(self.deadline, options):
                result, read = consume(layer, feedback)
        finally:
            feedback.stop()
        # The provider's own request timeout (bound_request) may end the read a moment before the feedback's.
        why = feedback.reason() or (timeout_reason(self.deadline) if self.deadline.remaining() < 1 else "")
        if not why and self.idle_s and time.monotonic() - feedback.last_feature >= 0.9 * self.idle_s:
            why = tr("no feature arrived within {seconds} s").format(seconds=format_number(round(self.idle_s, 1)))
        counted = CountCheck(read, self.expected, why, cut=bool(why))
        if feedback.limit and read >= feedback.limit:
            counted.overflow = True
            counted.reason = tr("the service keeps sending features: its paging does not advance")
        if not feedback.isCanceled():
            counted = self.assess(counted)
        return result, counted, feedback.isCanceled()


_GDAL_CONFIG_LOCK = threading.Lock()


@contextmanager
def gdal_config(options: Dict[str, Optional[str]]) -> Iterator[None]:
    """GDAL configuration options set for the duration (process-wide in GDAL: one such block at a time)."""
    with _GDAL_CONFIG_LOCK:
        previous = {key: gdal.GetConfigOption(key) for key in options}
        for key, value in options.items():
            gdal.SetConfigOption(key, value)
        try:
            yield
        finally:
            for key, value in previous.items():
                gdal.SetConfigOption(key, value)


def gdal_request_seconds(deadline: Deadline) -> int:
    """GDAL's total timeout for one HTTP request: a third of what is left, because GDAL's WFS driver tries a
    failing page up to three times (streamed, then fetched whole) and cannot be interrupted in between."""
    return max(1, math.ceil(deadline.remaining() / 3))


@contextmanager
def gdal_deadline(deadline: Deadline, extra: Optional[Dict[str, str]] = None) -> Iterator[None]:
    """GDAL's HTTP requests made by this thread (``/vsicurl/`` reads while OGR opens and reads a remote file)
    bounded by what is left of ``deadline``; thread-local, so concurrent health checks do not wait on each other.
    ``extra``: more GDAL options for this thread (WFS paging)."""
    seconds = gdal_request_seconds(deadline)
    options = {"GDAL_HTTP_TIMEOUT": str(seconds), "GDAL_HTTP_CONNECTTIMEOUT": str(min(seconds, 30)),
               "GDAL_HTTP_MAX_RETRY": "0", **(extra or {})}
    previous = {key: gdal.GetThreadLocalConfigOption(key, None) for key in options}
    for key, value in options.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in previous.items():
            gdal.SetThreadLocalConfigOption(key, value)
