"""Is an answer the document that was asked for? The one place that reads service answers (XML and JSON).

Servers say "error" in many ways besides an HTTP status: an OGC exception report (OWS 1.1/2.0
``ExceptionReport``, WMS/WFS 1.0 ``ServiceExceptionReport``) with status 200, an HTML page (a portal, a login
form, "this service moved"), an error JSON with status 200 (OGC API ``{"code", "description"}``, ArcGIS
``{"error": {"code", "message"}}``, RFC 7807 problem details ``{"title", "detail", "status"}``). Each of those
becomes a :class:`ServiceReportedError` carrying the server's own message; a well-formed answer of the wrong kind
becomes a :class:`WrongDocumentError` naming what came instead.

Text and JSON are read by the one reader (readers.py), the same way for files on disk and answers over HTTP (UTF-8
with or without BOM; anything else refused with a message naming the source and the encoding, never silently
garbled); :func:`answer_text` and :func:`read_json` only add what is particular to service answers.
"""

import codecs
import html
import re
import xml.etree.ElementTree as ET
from typing import Any, Callable, Optional, Sequence

from . import readers
from .i18n import translator
from .network_errors import BadPayloadError, ServiceReportedError, WrongDocumentError
from .reasons import reason

tr = translator("SlimStadNetwork")
MESSAGE_CHARS = 300  # the server's message is cut to this length in SlimStad's own messages
_EXCEPTION_ROOTS = ("ExceptionReport", "ServiceExceptionReport")
_XML_DECLARATION = re.compile(rb"^<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']")


def answer_text(data: bytes, name: str, headers: Optional[dict] = None) -> str:
    """The text of an HTTP answer, decoded exactly like a file on disk by the one reader (readers.decode_text:
    UTF-8 with or without BOM; anything else refused naming ``name`` and the encoding found); raises
    :class:`BadPayloadError` with that message."""
    try:
        return readers.decode_text(data, name)
    except readers.ReadError as error:
        raise BadPayloadError(str(error), name) from error


def content_type(headers: Optional[dict]) -> "tuple[str, str]":
    """(media type, charset) from a ``content-type`` header (lower case keys)."""
    raw = str((headers or {}).get("content-type", ""))
    media, _, rest = raw.partition(";")
    match = re.search(r"charset\s*=\s*([^;\s]+)", rest, re.IGNORECASE)
    return media.strip().lower(), (match.group(1).strip("\"'") if match else "")


def _short(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…"


def looks_like_html(data: bytes, media_type: str = "") -> bool:
    """An HTML page (by content type or by its first tag)."""
    if media_type in ("text/html", "application/xhtml+xml"):
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def html_message(data: bytes) -> str:
    """Title and first heading/paragraph text of an HTML page (what a person would read first)."""
    text = data[:200_000].decode("utf-8", errors="replace")
    parts = []
    for tag in ("title", "h1", "h2", "p"):
        match = re.search(r"<{0}\b[^>]*>(.*?)</{0}>".format(tag), text, re.IGNORECASE | re.DOTALL)
        if match:
            value = html.unescape(re.sub(r"<[^>]+>", " ", match.group(1))).strip()
            if value and value not in parts:
                parts.append(value)
    if not parts:  # a bare page: its text without tags
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.IGNORECASE | re.DOTALL)
        parts = [html.unescape(re.sub(r"<[^>]+>", " ", body))]
    return _short(" — ".join(parts))


def exception_message(root: ET.Element) -> str:
    """``code — text`` of an OGC exception report (all exceptions joined)."""
    items = []
    for element in root.iter():
        if _local(element.tag) in ("Exception", "ServiceException"):
            code = element.get("exceptionCode") or element.get("code") or ""
            locator = element.get("locator") or ""
            text = " ".join(t.strip() for t in element.itertext() if t.strip())
            label = " ".join(part for part in (code, "({})".format(locator) if locator else "") if part)
            items.append(" — ".join(part for part in (label, text) if part))
    return _short("; ".join(items) or " ".join(t.strip() for t in root.itertext() if t.strip()))


def json_error_message(document: Any) -> str:
    """The server's message when ``document`` is an error JSON, else ""."""
    if not isinstance(document, dict):
        return ""
    inner = document.get("error")
    if isinstance(inner, dict):  # ArcGIS REST, Google style
        parts = [str(inner.get(k)) for k in ("code", "message", "details") if inner.get(k) not in (None, "", [])]
        return _short(" — ".join(parts))
    if isinstance(inner, str) and inner:
        detail = document.get("error_description") or document.get("message") or ""
        return _short(" — ".join(part for part in (inner, str(detail)) if part))
    if "code" in document and ("description" in document or "message" in document):  # OGC API
        return _short(" — ".join(str(part) for part in (document.get("code"), document.get("description")
                                                          or document.get("message")) if part not in (None, "")))
    if _is_problem(document):  # RFC 7807 / RFC 9457 problem details
        return _short(" — ".join(str(document[k]) for k in ("title", "detail") if document.get(k)))
    return ""


def _is_problem(document: dict) -> bool:
    """RFC 7807 problem details: ``detail`` with ``title`` or ``status``, or ``title`` with a numeric ``status``
    or a problem ``type`` URI ("about:blank", http…) — never a collection or a feature (those carry ``id``,
    ``links`` or ``features``)."""
    if any(key in document for key in ("id", "features", "collections")):
        return False
    kind = document.get("type")
    problem_type = isinstance(kind, str) and (kind == "about:blank" or kind.startswith(("http://", "https://", "/")))
    if "detail" in document and ("title" in document or "status" in document or problem_type):
        return True
    return "title" in document and (isinstance(document.get("status"), int) or problem_type)


def server_message(data: bytes, headers: Optional[dict] = None) -> str:
    """A short human text from an error answer of any kind (for "answered HTTP 500: …")."""
    media, _charset = content_type(headers)
    if looks_like_html(data, media):
        return html_message(data)
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        try:
            return exception_message(ET.fromstring(stripped))
        except ET.ParseError:
            return ""
    if stripped.startswith((b"{", b"[")):
        try:
            return json_error_message(readers.decode_json(stripped, "", readers.NETWORK))
        except readers.ReadError:
            return ""
    return _short(stripped[:MESSAGE_CHARS].decode("utf-8", errors="replace")) if media.startswith("text/") else ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def read_xml(data: bytes, name: str, what: str, roots: Sequence[str], headers: Optional[dict] = None) -> ET.Element:
    """The root element of the XML document ``what`` (e.g. "WFS capabilities") whose root is one of ``roots``.

    Leading white space and BOMs before the XML declaration (common on MapServer/IIS set-ups) are tolerated.
    Raises :class:`ServiceReportedError` for exception reports and HTML pages, :class:`WrongDocumentError` for
    another document, :class:`BadPayloadError` for broken XML.
    """
    media, _charset = content_type(headers)
    if looks_like_html(data, media):
        page = html_message(data)
        raise ServiceReportedError(tr("{name}: the service answered a web page instead of {what}: {page}").format(
            name=name, what=what, page=page or media or "HTML"), name, page)
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        raise BadPayloadError(tr("{name}: the service sent an empty answer instead of {what}").format(
            name=name, what=what), name)
    if stripped.startswith((b"{", b"[")):  # an error JSON, or JSON where XML was asked for
        message = server_message(stripped, headers)
        if message:
            raise ServiceReportedError(tr("{name}: the service reports an error: {message}").format(
                name=name, message=message), name, message)
        raise WrongDocumentError(tr("{name}: the answer is JSON, not {what}").format(name=name, what=what), name)
    body = _xml_bytes(data.lstrip(b" \t\r\n"), name)
    try:
        root = ET.fromstring(body)
    except ET.ParseError as error:
        raise BadPayloadError(tr("{name}: {what} is not valid XML ({error})").format(
            name=name, what=what, error=reason(error)), name) from error
    tag = _local(root.tag)
    if tag in _EXCEPTION_ROOTS:
        message = exception_message(root)
        raise ServiceReportedError(tr("{name}: the service reports an error: {message}").format(
            name=name, message=message), name, message)
    if roots and tag not in roots:
        raise WrongDocumentError(tr("{name}: the answer is not {what} (root element {tag})").format(
            name=name, what=what, tag=tag), name)
    return root


def _xml_bytes(data: bytes, name: str) -> bytes:
    """``data`` when the XML parser reads it right: its own declaration or a BOM names the encoding (XML 1.0
    §4.3.3), or it is UTF-8. Anything else is refused by the one reader, naming the encoding it looks like."""
    if _XML_DECLARATION.match(data) or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    answer_text(data, name)
    return data


def read_json(data: bytes, name: str, what: str, valid: Optional[Callable[[Any], bool]] = None,
              headers: Optional[dict] = None) -> Any:
    """The JSON document ``what`` (e.g. "the collection 'scholen'"), checked by ``valid(document)``.

    An HTML page, an XML exception report or an error JSON — whatever the HTTP status — raises
    :class:`ServiceReportedError` with the server's message; a JSON of another shape raises
    :class:`WrongDocumentError`; text that is not JSON raises :class:`BadPayloadError`.
    """
    media, _charset = content_type(headers)
    stripped = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if looks_like_html(data, media):
        page = html_message(data)
        raise ServiceReportedError(tr("{name}: the service answered a web page instead of {what}: {page}").format(
            name=name, what=what, page=page or media or "HTML"), name, page)
    if stripped.startswith(b"<"):
        message = server_message(data, headers)
        raise ServiceReportedError(tr("{name}: the service reports an error: {message}").format(
            name=name, message=message or tr("an XML answer instead of JSON")), name, message)
    try:
        document = readers.decode_json(data, name, readers.NETWORK)  # the one JSON reader: limits, NaN, depth
    except readers.EncodingError as error:
        raise BadPayloadError(str(error), name) from error
    except readers.ReadError as error:
        where = " ({})".format(error.where) if error.where else ""
        raise BadPayloadError(tr("{name}: {what} is not valid JSON ({error})").format(
            name=name, what=what, error=error.problem + where), name) from error
    if valid is not None and valid(document):
        return document
    message = json_error_message(document)
    if message:
        raise ServiceReportedError(tr("{name}: the service reports an error: {message}").format(
            name=name, message=message), name, message)
    if valid is not None:
        keys = (", ".join(sorted(str(k) for k in document)[:8]) if isinstance(document, dict)
                else type(document).__name__)
        raise WrongDocumentError(tr("{name}: the answer is not {what} (it holds: {keys})").format(
            name=name, what=what, keys=keys or "{}"), name)
    return document
