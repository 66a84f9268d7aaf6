"""Fetching and decoding metadata documents: through SlimStad's one network layer, parsed without network
access, entity expansion or DTDs; HTML pages and malformed documents become one clear :class:`HarvestError`.
"""

import logging
import re
from pathlib import Path
from typing import Dict, Optional

from lxml import etree

from ...base.i18n import translator
from ...base.network import NetworkError, Response, http_get, redact_url
from ...base.reasons import reason
from .errors import HarvestError

tr = translator("SlimStadHarvest")
LOG = logging.getLogger(__name__)
# A metadata document larger than this is refused (a CSW page of 100 full ISO records is ~2 MB).
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                       remove_comments=True)


def fetch(url: str, timeout_s: float, authcfg: str = "", accept: str = "") -> Response:
    """GET ``url`` (through core/catalogue/network.py: QGIS proxy, SSL and authcfg apply) or raise
    :class:`HarvestError` naming the address without credentials."""
    headers: Dict[str, str] = {"Accept": accept} if accept else {}
    try:
        response = http_get(url, timeout_s=timeout_s, authcfg=authcfg, headers=headers)
    except NetworkError as error:
        raise HarvestError(str(error)) from error
    if len(response.content) > MAX_DOCUMENT_BYTES:
        raise HarvestError(tr("{url} sent more than {mb} MB: not a metadata document").format(
            url=redact_url(url), mb=MAX_DOCUMENT_BYTES // (1024 * 1024)))
    return response


def read_file(path: Path) -> bytes:
    """The bytes of a local metadata file, or :class:`HarvestError` naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise HarvestError(tr("{path} is larger than {mb} MB: not a metadata document").format(
                path=path, mb=MAX_DOCUMENT_BYTES // (1024 * 1024)))
        return path.read_bytes()
    except FileNotFoundError as error:
        raise HarvestError(tr("File {path} does not exist").format(path=path)) from error
    except OSError as error:
        raise HarvestError(tr("Cannot read {path}: {error}").format(path=path, error=reason(error))) from error


def is_html(content: bytes, content_type: str = "") -> bool:
    """True for a web page (by Content-Type or by its first element)."""
    if "html" in (content_type or "").lower() and "xml" not in (content_type or "").lower():
        return True
    head = content[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or bool(re.match(rb"<\?xml[^>]*>\s*<html", head))


def parse_xml(content: bytes, name: str) -> etree._Element:
    """The root element of an XML document, or :class:`HarvestError` with the line and column of the fault."""
    parser = etree.XMLParser(**_PARSER_OPTIONS)
    try:
        root = etree.fromstring(content, parser)
    except etree.XMLSyntaxError as error:
        line, column = error.position if error.position else (0, 0)
        LOG.debug("XML syntax error in %s: %s", name, error.msg)  # lxml's English text: the log only
        raise HarvestError(tr("{name} is not well-formed XML (line {line}, column {column})").format(
            name=name, line=line, column=column)) from error
    if root is None:
        raise HarvestError(tr("{name} is empty").format(name=name))
    return root


def local_name(element: Optional[etree._Element]) -> str:
    """Tag without namespace."""
    return etree.QName(element).localname if element is not None and isinstance(element.tag, str) else ""
