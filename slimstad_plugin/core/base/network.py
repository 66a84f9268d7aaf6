"""The one network layer: HTTP GET through QGIS's network stack with a total deadline and a size limit.

* QGIS's network access manager is used, so the user's proxy, SSL settings and ``authcfg`` apply.
* **Deadline**: one :class:`Deadline` bounds the whole operation — connecting, every redirect and every byte. A
  server that trickles one byte per second is cut off when the deadline passes (Qt's own transfer timeout
  restarts on every byte and cannot do that).
* **Size limit**: bytes are read as they arrive and spooled to a temporary file; an answer larger than the limit
  is aborted at once (a 400 MB capabilities document never sits in memory). :func:`http_download` streams big
  data straight to a file.
* **Dead hosts are remembered**: a host that refused the connection, has no DNS name or accepted no connection
  within the deadline is not tried again for a while (:data:`DEAD_HOST_RETRY_S`), so a project or catalogue with
  ten layers on a gone server costs one timeout, not ten.
* One exception type per failure kind; every message names the URL without credentials.

Safe in worker threads (QThread, QgsTask): each thread's QgsNetworkAccessManager and a local event loop are used.
"""

import logging
import math
import select
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable, Dict, Optional, Tuple, Union
from urllib.parse import urlsplit

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyQuery, QNetworkReply, QNetworkRequest

from ... import plugin_version
from .answers import answer_text, server_message
from .i18n import format_number, translator
from .network_errors import (
    AnswerTooLargeError,
    AuthenticationError,
    BadPayloadError,
    HostUnreachableError,
    HttpStatusError,
    NetworkError,
    NetworkTimeoutError,
    ServiceReportedError,
    UnsupportedUrlError,
    WrongDocumentError,
)
from .secrets import scrub_uri
from .settings import SlimStadSettings
from .urls import host_key, resolve

tr = translator("SlimStadNetwork")
LOG = logging.getLogger(__name__)
USER_AGENT = "SlimStad/{} (QGIS plugin)".format(plugin_version())
MAX_REDIRECTS = 10
CHUNK_BYTES = 256 * 1024          # Qt's read buffer: bytes waiting in memory per request at most
SPOOL_IN_MEMORY_BYTES = 1 << 20   # answers smaller than this never touch the disk
DEAD_HOST_RETRY_S = 60.0
PROBE_S = 1.0  # a connection attempt starts this long before the deadline (dead host or slow server?)
ERROR_BODY_BYTES = 64 * 1024      # what is read of an error page (for its message)
_MB = 1024 * 1024
# The network layer's errors are importable from here as well as from network_errors.
__all__ = ["AnswerTooLargeError", "AuthenticationError", "BadPayloadError", "Deadline", "HostUnreachableError",
           "HttpStatusError", "Limits", "NetworkError", "NetworkTimeoutError", "Response", "ServiceReportedError",
           "UnsupportedUrlError", "WrongDocumentError", "dead_host_reason", "forget_dead_hosts", "http_download",
           "http_get", "limits", "prepare_thread", "redact_url", "set_limits"]


class Deadline:
    """The moment (monotonic clock) by which a whole operation must be done; shared by its requests."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(0.0, float(seconds))
        self.end = time.monotonic() + self.seconds

    def remaining(self) -> float:
        """Seconds left (0 when passed)."""
        return max(0.0, self.end - time.monotonic())

    @property
    def expired(self) -> bool:
        """True once the moment has passed."""
        return time.monotonic() >= self.end

    def within(self, seconds: float) -> "Deadline":
        """A deadline ``seconds`` from now, but never later than this one (messages name the shorter budget)."""
        child = Deadline(seconds)
        if child.end > self.end:
            child.end, child.seconds = self.end, self.seconds
        return child


@dataclass
class Limits:
    """Size limits (bytes) and the dead-host memory time; from the SlimStad settings unless set by a caller."""

    max_answer_bytes: int = 20 * _MB
    max_download_bytes: int = 4096 * _MB
    dead_host_retry_s: float = DEAD_HOST_RETRY_S


_LIMITS: Optional[Limits] = None
_LIMITS_LOCK = threading.Lock()


def limits() -> Limits:
    """The limits in force (read once from the settings)."""
    global _LIMITS
    with _LIMITS_LOCK:
        if _LIMITS is None:
            settings = SlimStadSettings.load()
            _LIMITS = Limits(int(settings.max_answer_mb * _MB), int(settings.max_download_mb * _MB),
                             float(settings.dead_host_retry_s))
        return _LIMITS


def set_limits(max_answer_mb: Optional[float] = None, max_download_mb: Optional[float] = None,
               dead_host_retry_s: Optional[float] = None) -> Limits:
    """Override limits for this process (CLI flags, tests); ``None`` keeps a value."""
    current = limits()
    global _LIMITS
    with _LIMITS_LOCK:
        _LIMITS = Limits(int(max_answer_mb * _MB) if max_answer_mb else current.max_answer_bytes,
                         int(max_download_mb * _MB) if max_download_mb else current.max_download_bytes,
                         current.dead_host_retry_s if dead_host_retry_s is None else float(dead_host_retry_s))
        return _LIMITS


@dataclass
class Response:
    """A successful answer (status < 400) read completely within the limits."""

    url: str
    status: int
    content: bytes
    headers: Dict[str, str]
    elapsed_s: float

    def text(self) -> str:
        """The body as text, decoded like a file on disk (see answers.decode_text): never silently garbled."""
        return answer_text(self.content, self.url, self.headers)


def redact_url(url: str) -> str:
    """The URL without user:password, tokens or keys (never print, log or store credentials)."""
    return scrub_uri(url).text


# -- dead hosts --------------------------------------------------------------------------------------------
_DEAD: Dict[Tuple[str, str, int], Tuple[float, str]] = {}
_DEAD_LOCK = threading.Lock()


def _host(url: str) -> Tuple[str, str, int]:
    return host_key(url)


def _remember_dead(url: str, detail: str) -> None:
    scheme, host, port = _host(url)
    retry = limits().dead_host_retry_s
    reason = tr("Cannot reach {host}: {error} a moment ago; not tried again until {time}").format(
        host="{}:{}".format(host, port), error=detail,
        time=time.strftime("%H:%M:%S", time.localtime(time.time() + retry)))
    with _DEAD_LOCK:
        _DEAD[(scheme, host, port)] = (time.monotonic() + retry, reason)


def forget_dead_hosts() -> None:
    """Try every host again (a new check asked for by the user)."""
    with _DEAD_LOCK:
        _DEAD.clear()


def dead_host_reason(url: str) -> str:
    """Why the URL's host is remembered as unreachable, or "" (it may be tried)."""
    key = _host(url)
    with _DEAD_LOCK:
        until, reason = _DEAD.get(key, (0.0, ""))
        if until and until <= time.monotonic():
            del _DEAD[key]
            return ""
        return reason


def _uses_proxy(url: str) -> bool:
    manager = QgsNetworkAccessManager.instance()
    factory = manager.proxyFactory()
    proxies = factory.queryProxy(QNetworkProxyQuery(QUrl(url))) if factory is not None else [manager.proxy()]
    return any(p.type() not in (QNetworkProxy.ProxyType.NoProxy, QNetworkProxy.ProxyType.DefaultProxy)
               for p in proxies)


class _ConnectionProbe:
    """A TCP connection attempt to a URL's host, started shortly before a request's deadline (only without a
    proxy): when the request then times out without any answer, it tells a dead host (no connection) from a slow
    server (connected, but silent) without costing extra time."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.sock: Optional[socket.socket] = None

    def start(self) -> None:
        _scheme, host, port = _host(self.url)
        try:
            family, kind, proto, _name, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
            self.sock = socket.socket(family, kind, proto)
            self.sock.setblocking(False)
            self.sock.connect_ex(address)
        except OSError:
            self.close()

    def connected(self, wait_s: float = 0.0) -> bool:
        """True when the connection is up (waits at most ``wait_s`` more)."""
        if self.sock is None:
            self.start()
            wait_s = max(wait_s, 1.0)
        if self.sock is None:
            return False
        try:
            _readable, writable, _failed = select.select([], [self.sock], [], wait_s)
            return bool(writable) and self.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) == 0
        except (OSError, ValueError):
            return False

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None


def prepare_thread() -> None:
    """Make the current thread's network manager now (QGIS sets up proxy and cache for each thread): call it in a
    worker before starting deadlines, so they measure the servers, not SlimStad's own start."""
    QgsNetworkAccessManager.instance()


# -- requests ----------------------------------------------------------------------------------------------
def http_get(url: str, timeout_s: float = 10.0, authcfg: str = "", headers: Optional[Dict[str, str]] = None,
             max_bytes: Optional[int] = None, deadline: Optional[Deadline] = None) -> Response:
    """GET ``url`` within ``deadline`` (default: ``timeout_s`` from now) and at most ``max_bytes`` (default: the
    answer limit); raise one of the errors above, never a bare Qt error. Redirects are followed (at most
    :data:`MAX_REDIRECTS`, loops refused) within the same deadline."""
    limit = max_bytes or limits().max_answer_bytes
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY_BYTES) as sink:
        status, header_map, final_url, elapsed = _get(url, deadline or Deadline(timeout_s), authcfg, headers,
                                                      sink, limit)
        sink.seek(0)
        content = sink.read()
    return Response(url=redact_url(final_url), status=status, content=content, headers=header_map,
                    elapsed_s=elapsed)


def http_download(url: str, target: Union[str, Path], deadline: Deadline, authcfg: str = "",
                  headers: Optional[Dict[str, str]] = None, max_bytes: Optional[int] = None) -> Response:
    """GET ``url`` straight into the file ``target`` (big data); the Response's ``content`` is empty."""
    limit = max_bytes or limits().max_download_bytes
    with open(target, "wb") as sink:
        status, header_map, final_url, elapsed = _get(url, deadline, authcfg, headers, sink, limit)
    return Response(url=redact_url(final_url), status=status, content=b"", headers=header_map, elapsed_s=elapsed)


def _get(url: str, deadline: Deadline, authcfg: str, headers: Optional[Dict[str, str]], sink: BinaryIO,
         limit: int) -> Tuple[int, Dict[str, str], str, float]:
    started = time.monotonic()
    seen = set()
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        safe = redact_url(current)
        if urlsplit(current).scheme.lower() not in ("http", "https"):
            raise UnsupportedUrlError(tr("Only http and https addresses can be fetched: {url}").format(url=safe), safe)
        reason = dead_host_reason(current)
        if reason:
            raise HostUnreachableError(reason, safe)
        seen.add(current)
        sink.seek(0)
        sink.truncate()
        transfer = _Transfer(current, deadline, authcfg, headers, sink, limit)
        transfer.run()
        location = transfer.redirect_target()
        if location is None:
            transfer.raise_for_failure()
            return transfer.status or 200, transfer.headers, current, time.monotonic() - started
        if location in seen:
            raise NetworkError(tr("{url} redirects in a loop").format(url=safe), safe)
        current = location
    raise NetworkError(tr("{url}: more than {n} redirects").format(url=redact_url(url), n=MAX_REDIRECTS),
                       redact_url(url))


class _Transfer:
    """One request/answer on the current thread's network manager, driven by a local event loop."""

    def __init__(self, url: str, deadline: Deadline, authcfg: str, headers: Optional[Dict[str, str]],
                 sink: BinaryIO, limit: int) -> None:
        self.url, self.safe_url, self.deadline, self.authcfg = url, redact_url(url), deadline, authcfg
        self.extra_headers, self.sink, self.limit = headers or {}, sink, limit
        self.received = 0
        self.status = 0
        self.headers: Dict[str, str] = {}
        self.timed_out = self.too_large = False
        self.qt_error = QNetworkReply.NetworkError.NoError
        self.qt_message = ""
        self.reply: Optional[QNetworkReply] = None
        self.probe: Optional[_ConnectionProbe] = None
        self.slot_error: Optional[BaseException] = None
        self.loop: Optional[QEventLoop] = None

    def _guarded(self, slot: Callable[[], None]) -> Callable[[], None]:
        """``slot`` for a Qt signal: an exception escaping a slot makes PyQt abort the whole process (qFatal) when no
        excepthook is installed (command line, Processing), so it is kept, the transfer stopped, and raised again by
        :meth:`run` on the caller's side, where the error boundary turns it into a message."""
        def call() -> None:
            try:
                slot()
            except BaseException as error:  # noqa: BLE001 - re-raised in run(), outside Qt's event loop
                if self.slot_error is None:
                    self.slot_error = error
                try:
                    if self.reply is not None:
                        self.reply.abort()
                except BaseException:  # noqa: BLE001 - the reply may already be gone; the first error is kept
                    pass
                if self.loop is not None:
                    self.loop.quit()
        return call

    def run(self) -> None:
        request = QNetworkRequest(QUrl(self.url))
        request.setRawHeader(b"User-Agent", USER_AGENT.encode())
        for key, value in self.extra_headers.items():
            request.setRawHeader(key.encode(), value.encode())
        request.setAttribute(QNetworkRequest.Attribute.RedirectPolicyAttribute,
                             QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        auth = QgsApplication.authManager()
        if self.authcfg and not auth.updateNetworkRequest(request, self.authcfg):
            raise AuthenticationError(tr("The authentication configuration for {url} could not be applied").format(
                url=self.safe_url), self.safe_url, 401)
        if self.deadline.remaining() < 0.01:  # nothing left of the operation's deadline
            self.timed_out = True
            return
        loop = self.loop = QEventLoop()
        reply = QgsNetworkAccessManager.instance().get(request)
        self.reply = reply
        if self.authcfg:
            auth.updateNetworkReply(reply, self.authcfg)
        reply.setReadBufferSize(CHUNK_BYTES)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5 % early
        timer.timeout.connect(self._guarded(self._on_deadline))
        reply.metaDataChanged.connect(self._guarded(self._on_headers))
        reply.readyRead.connect(self._guarded(self._on_data))
        reply.finished.connect(loop.quit)
        remaining = self.deadline.remaining()
        timer.start(max(1, math.ceil(remaining * 1000)))
        probe_timer = QTimer()
        probe_timer.setSingleShot(True)
        if not _uses_proxy(self.url):
            self.probe = _ConnectionProbe(self.url)
            probe_timer.timeout.connect(self._guarded(self._start_probe))
            probe_timer.start(max(0, math.floor((remaining - PROBE_S) * 1000)))
        if not reply.isFinished():
            (getattr(loop, "exec", None) or loop.exec_)()
        timer.stop()
        probe_timer.stop()
        if self.probe is not None and (not self.timed_out or self.status):
            self.probe.close()  # only a request that timed out without any answer needs to know
        if not (self.timed_out or self.too_large):
            self._on_headers()
            self._on_data()
        self.qt_error = reply.error()
        self.qt_message = reply.errorString()
        for signal in (reply.metaDataChanged, reply.readyRead, reply.finished):
            signal.disconnect()  # nothing of this transfer may run when Qt deletes the reply later
        self.reply = None
        reply.deleteLater()
        self.loop = None
        if self.slot_error is not None:
            raise self.slot_error

    def _start_probe(self) -> None:
        if self.probe is not None and not self.status:
            self.probe.start()

    def _on_deadline(self) -> None:
        self.timed_out = True
        if self.reply is not None:
            self.reply.abort()

    def _on_headers(self) -> None:
        reply = self.reply
        if reply is None or self.status:
            return
        self.status = int(reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) or 0)
        self.headers = {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
                        for k in reply.rawHeaderList()}
        length = self.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limit and self.status < 300:
            self.too_large = True
            reply.abort()

    def _body_limit(self) -> int:
        # Only the start of an error page is read: its message is all SlimStad shows.
        return self.limit if self.status < 300 else min(self.limit, ERROR_BODY_BYTES)

    def _on_data(self) -> None:
        reply = self.reply
        if reply is None or self.too_large or self.timed_out or not reply.isOpen():
            return
        self._on_headers()
        while reply.bytesAvailable() > 0:
            chunk = bytes(reply.read(min(reply.bytesAvailable(), CHUNK_BYTES)))
            if not chunk:
                break
            if self.received + len(chunk) > self._body_limit():
                if self.status < 300:
                    self.too_large = True
                reply.abort()
                return
            self.received += len(chunk)
            self.sink.write(chunk)

    def redirect_target(self) -> Optional[str]:
        """The absolute URL a 3xx answer points at, or None."""
        if self.timed_out or self.too_large or self.status not in (301, 302, 303, 307, 308):
            return None
        location = self.headers.get("location", "")
        if not location:
            return None
        return resolve(self.url, location)

    def raise_for_failure(self) -> None:
        """Raise the error that describes how this transfer ended (nothing when it succeeded)."""
        url, seconds = self.safe_url, _fmt_seconds(self.deadline.seconds)
        errors = QNetworkReply.NetworkError
        if self.too_large:
            raise AnswerTooLargeError(tr("The answer of {url} is too large: more than {mb} MB (the limit in the "
                                         "SlimStad settings); stopped").format(url=url, mb=_fmt_mb(self.limit)), url)
        if self.timed_out:
            if self.status:
                raise NetworkTimeoutError(tr("No complete answer from {url} within {seconds} s (timed out after "
                                             "{received} bytes)").format(url=url, seconds=seconds,
                                                                         received=self.received), url)
            if self.probe is not None and not self._host_connects():
                detail = tr("no connection within {seconds} s").format(seconds=seconds)
                _remember_dead(self.url, detail)
                raise HostUnreachableError(tr("Cannot reach {url}: {error}").format(url=url, error=detail), url)
            raise NetworkTimeoutError(tr("No answer from {url} within {seconds} s").format(url=url, seconds=seconds),
                                      url)
        status = self.status
        if status in (401, 403) or self.qt_error in (errors.AuthenticationRequiredError, errors.ContentAccessDenied):
            raise AuthenticationError(tr("Access refused by {url} (HTTP {status}): check the credentials").format(
                url=url, status=status or 401), url, status or 401)
        if status >= 400:
            text = self._server_message()
            message = tr("{url} answered HTTP {status}").format(url=url, status=status)
            raise HttpStatusError(message + (": " + text if text else ""), url, status, text)
        if status == 0:
            detail = self.qt_message.replace(self.url, url) or tr("no HTTP answer")
            message = tr("Cannot reach {url}: {error}").format(url=url, error=detail)
            if self.qt_error in (errors.ConnectionRefusedError, errors.HostNotFoundError,
                                 errors.NetworkSessionFailedError, errors.UnknownNetworkError):
                _remember_dead(self.url, self.qt_message.replace(self.url, url))
            raise HostUnreachableError(message, url)
        length = self.headers.get("content-length", "")
        encoded = self.headers.get("content-encoding", "identity").lower() not in ("", "identity")
        cut = self.qt_error == errors.RemoteHostClosedError
        if cut or (length.isdigit() and not encoded and self.received < int(length)):
            raise BadPayloadError(tr("The answer of {url} was cut off: {received} of {expected} bytes arrived").format(
                url=url, received=self.received, expected=length or "?"), url)
        if self.qt_error != errors.NoError:
            raise NetworkError(tr("Request to {url} failed: {error}").format(
                url=url, error=self.qt_message.replace(self.url, url)), url)

    def _host_connects(self) -> bool:
        try:
            return self.probe.connected(0.05)
        finally:
            self.probe.close()

    def _server_message(self) -> str:
        self.sink.seek(0)
        return server_message(self.sink.read(ERROR_BODY_BYTES), self.headers)


def _fmt_seconds(value: float) -> str:
    return format_number(round(value, 1))  # "2,5" on a Dutch screen, "2.5" in English


def _fmt_mb(value: int) -> str:
    return format_number(round(value / _MB, 1))
