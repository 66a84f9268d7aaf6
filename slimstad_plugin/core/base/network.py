"""HTTP through QGIS's network stack (proxy, SSL and authcfg apply), with timeouts and typed failures.

One exception type per failure kind so callers (health, loader, builder) can report them clearly.
Safe to call from worker threads: QgsBlockingNetworkRequest uses the thread's own network manager.
"""

import logging
import time
from dataclasses import dataclass
from typing import Dict, Optional
from urllib.parse import urlsplit

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ... import plugin_version
from .errors import SlimStadError
from .i18n import translator
from .secrets import scrub_uri

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)
USER_AGENT = "SlimStad/{} (QGIS plugin)".format(plugin_version())


class NetworkError(SlimStadError):
    """Base class: a request failed. ``url`` never contains credentials."""

    def __init__(self, message: str, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class NetworkTimeoutError(NetworkError):
    """No complete answer within the timeout."""


class HostUnreachableError(NetworkError):
    """DNS failure, connection refused, network down."""


class HttpStatusError(NetworkError):
    """The server answered with an HTTP error status."""

    def __init__(self, message: str, url: str = "", status: int = 0) -> None:
        super().__init__(message, url)
        self.status = status


class AuthenticationError(HttpStatusError):
    """401/403, or the authcfg could not be applied: wrong or missing credentials."""


class BadPayloadError(NetworkError):
    """The answer arrived but is not what was asked for (not XML/JSON, wrong document)."""


class UnsupportedUrlError(NetworkError):
    """Only http and https URLs are fetched."""


@dataclass
class Response:
    """A successful answer."""

    url: str
    status: int
    content: bytes
    headers: Dict[str, str]
    elapsed_s: float

    def text(self) -> str:
        """Body decoded as UTF-8 (invalid bytes replaced)."""
        return self.content.decode("utf-8", errors="replace")


def redact_url(url: str) -> str:
    """The URL without user:password, tokens or keys (never print, log or store credentials)."""
    return scrub_uri(url).text


def http_get(url: str, timeout_s: float = 10.0, authcfg: str = "", headers: Optional[Dict[str, str]] = None,
             ) -> Response:
    """GET ``url`` and return the body, or raise one of the errors above (never a bare Qt error)."""
    safe_url = redact_url(url)
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise UnsupportedUrlError(tr("Only http and https addresses can be fetched: {url}").format(url=safe_url),
                                  safe_url)
    request = QNetworkRequest(QUrl(url))
    request.setRawHeader(b"User-Agent", USER_AGENT.encode())
    for key, value in (headers or {}).items():
        request.setRawHeader(key.encode(), value.encode())
    # Qt aborts a transfer that stays silent this long (cleanly: the reply finishes with
    # OperationCanceledError). Cancelling through a QgsFeedback from a timer instead can leave QGIS 3.22's
    # blocking request waiting forever in worker threads. A server that trickles bytes is bounded by QGIS's
    # global network timeout.
    request.setTransferTimeout(max(1, int(timeout_s * 1000)))
    blocking = QgsBlockingNetworkRequest()
    if authcfg:
        blocking.setAuthCfg(authcfg)
    started = time.monotonic()
    code = blocking.get(request, True)
    elapsed = time.monotonic() - started
    reply = blocking.reply()
    status = int(reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute) or 0)
    qt_error = reply.error()
    # A cancelled or transfer-timed-out request comes back as NoError with OperationCanceledError.
    if status == 0 and qt_error in (QNetworkReply.NetworkError.OperationCanceledError,
                                    QNetworkReply.NetworkError.TimeoutError):
        raise NetworkTimeoutError(tr("No answer from {url} within {seconds} s").format(
            url=safe_url, seconds=_fmt_seconds(timeout_s)), safe_url)
    if status in (401, 403) or qt_error in (QNetworkReply.NetworkError.AuthenticationRequiredError,
                                            QNetworkReply.NetworkError.ContentAccessDenied):
        raise AuthenticationError(tr("Access refused by {url} (HTTP {status}): check the credentials").format(
            url=safe_url, status=status or 401), safe_url, status or 401)
    if status >= 400:
        raise HttpStatusError(tr("{url} answered HTTP {status}").format(url=safe_url, status=status),
                              safe_url, status)
    if status == 0:
        detail = _strip_credentials(blocking.errorMessage(), url) or tr("no HTTP answer")
        raise HostUnreachableError(tr("Cannot reach {url}: {error}").format(url=safe_url, error=detail), safe_url)
    if code != QgsBlockingNetworkRequest.ErrorCode.NoError:
        raise NetworkError(tr("Request to {url} failed: {error}").format(
            url=safe_url, error=_strip_credentials(blocking.errorMessage(), url)), safe_url)
    header_map = {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1")
                  for k in reply.rawHeaderList()}
    return Response(url=safe_url, status=status or 200, content=bytes(reply.content()), headers=header_map,
                    elapsed_s=elapsed)


def _strip_credentials(message: str, url: str) -> str:
    """Qt error messages repeat the URL; drop any credentials from it."""
    return message.replace(url, redact_url(url)) if url else message


def _fmt_seconds(value: float) -> str:
    return ("{:.1f}".format(value)).rstrip("0").rstrip(".")
