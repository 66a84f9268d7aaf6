"""A CSW 2.0.2 client for ISO 19139 records: GetCapabilities, then paged GetRecords (``nextRecord``).

Requests go through SlimStad's network layer (QGIS proxy, SSL and authcfg; timeouts), as KVP GET requests
(CSW 2.0.2 §10.8.4.1; GeoNetwork, pycsw and deegree answer them); the text search is an OGC Filter built with
OWSLib's ``owslib.fes``, and each record is read with OWSLib's ISO parser (``iso_read.py``).
Paging stops at ``nextRecord`` 0 or past the matched count, when a page is empty, when ``nextRecord`` does not
advance (a broken server), at ``max_records`` or at the total deadline; each of these is reported.
"""

import time
from dataclasses import dataclass, field
from typing import Callable, Iterator, List, Optional, Tuple

from lxml import etree
from owslib.fes import PropertyIsLike

from ...base.errors import Canceled
from ...base.i18n import translator
from ...base.network import redact_url
from .errors import HarvestError
from .fetch import fetch, is_html, local_name, parse_xml
from .links import add_params, split_url

tr = translator("SlimStadHarvest")
CSW_NS = "http://www.opengis.net/cat/csw/2.0.2"
OWS_NS = "http://www.opengis.net/ows"
GMD_NS = "http://www.isotc211.org/2005/gmd"
GMI_NS = "http://www.isotc211.org/2005/gmi"  # ISO 19115-2 records (imagery) hold the same gmd elements
ACCEPT_XML = "application/xml, text/xml;q=0.9, */*;q=0.1"


@dataclass
class CswPage:
    """One GetRecords answer."""

    matched: int
    returned: int
    next_record: int
    records: List[etree._Element] = field(default_factory=list)


@dataclass
class CswHarvest:
    """Records and what paging noticed."""

    matched: int = 0
    records: List[etree._Element] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    requests: int = 0


def getrecords_url(endpoint: str, start: int, page_size: int, query: str = "") -> str:
    """The KVP GetRecords URL for one page of full ISO 19139 records (``start`` is 1-based)."""
    params = [("SERVICE", "CSW"), ("VERSION", "2.0.2"), ("REQUEST", "GetRecords"), ("TYPENAMES", "gmd:MD_Metadata"),
              ("NAMESPACE", "xmlns(gmd={})".format(GMD_NS)), ("OUTPUTSCHEMA", GMD_NS), ("ELEMENTSETNAME", "full"),
              ("RESULTTYPE", "results"), ("STARTPOSITION", str(start)), ("MAXRECORDS", str(page_size))]
    if query.strip():
        params += [("CONSTRAINTLANGUAGE", "FILTER"), ("CONSTRAINT_LANGUAGE_VERSION", "1.1.0"),
                   ("CONSTRAINT", text_filter(query))]
    base, _ = split_url(endpoint)
    return add_params(base, params)


def text_filter(query: str) -> str:
    """OGC Filter 1.1 ``csw:AnyText like '%query%'`` (OWSLib's fes)."""
    like = PropertyIsLike("csw:AnyText", "%{}%".format(query.strip()), wildCard="%", singleChar="_",
                          escapeChar="\\", matchCase=False)
    return '<ogc:Filter xmlns:ogc="http://www.opengis.net/ogc">{}</ogc:Filter>'.format(
        etree.tostring(like.toXML(), encoding="unicode"))


def capabilities_endpoint(root: etree._Element, url: str) -> str:
    """The address GetRecords is sent to: the one the user gave (capabilities behind proxies often name an
    internal host), or HarvestError when the service offers GetRecords only by POST."""
    operation = root.find(".//{%s}Operation[@name='GetRecords']" % OWS_NS)
    if operation is not None and operation.find(".//{%s}Get" % OWS_NS) is None \
            and operation.find(".//{%s}Post" % OWS_NS) is not None:
        raise HarvestError(tr("{url} offers GetRecords only by POST, which SlimStad cannot send yet").format(
            url=redact_url(url)))
    return url


def open_csw(url: str, timeout_s: float, authcfg: str = "") -> Tuple[str, etree._Element]:
    """(GetRecords address, capabilities root) of the CSW at ``url``, or HarvestError."""
    base, _ = split_url(url)
    caps_url = add_params(base, [("SERVICE", "CSW"), ("REQUEST", "GetCapabilities"), ("VERSION", "2.0.2")])
    response = fetch(caps_url, timeout_s, authcfg, ACCEPT_XML)
    name = redact_url(base)
    if is_html(response.content, response.headers.get("content-type", "")):
        raise HarvestError(tr("{url} is a web page (HTML), not a CSW service or a DCAT file").format(url=name))
    root = parse_xml(response.content, name)
    if local_name(root) == "ExceptionReport":
        raise HarvestError(tr("{url} refused GetCapabilities: {message}").format(url=name, message=_exception(root)))
    if local_name(root) != "Capabilities" or etree.QName(root).namespace != CSW_NS:
        raise HarvestError(tr("{url} is not a CSW 2.0.2 service (it answered with {tag})").format(
            url=name, tag=local_name(root) or "?"))
    return capabilities_endpoint(root, base), root


def get_page(endpoint: str, start: int, page_size: int, query: str, timeout_s: float, authcfg: str = "") -> CswPage:
    """One page of records, or HarvestError (exception report, HTML, malformed XML, not a GetRecords answer)."""
    response = fetch(getrecords_url(endpoint, start, page_size, query), timeout_s, authcfg, ACCEPT_XML)
    name = redact_url(endpoint)
    if is_html(response.content, response.headers.get("content-type", "")):
        raise HarvestError(tr("{url} answered GetRecords with a web page (HTML)").format(url=name))
    root = parse_xml(response.content, tr("The GetRecords answer of {url}").format(url=name))
    if local_name(root) == "ExceptionReport":
        raise HarvestError(tr("{url} refused GetRecords: {message}").format(url=name, message=_exception(root)))
    results = root.find("{%s}SearchResults" % CSW_NS)
    if local_name(root) != "GetRecordsResponse" or results is None:
        raise HarvestError(tr("{url} did not answer GetRecords with search results ({tag})").format(
            url=name, tag=local_name(root) or "?"))
    records = [child for child in results if isinstance(child.tag, str)]
    return CswPage(matched=_int(results.get("numberOfRecordsMatched")),
                   returned=_int(results.get("numberOfRecordsReturned"), len(records)),
                   next_record=_int(results.get("nextRecord"), -1), records=records)


def harvest_csw(url: str, query: str = "", page_size: int = 50, max_records: int = 5000, timeout_s: float = 30.0,
                deadline_s: float = 600.0, authcfg: str = "", progress: Optional[Callable[[float], None]] = None,
                is_canceled: Optional[Callable[[], bool]] = None) -> CswHarvest:
    """Every record matching ``query`` (all records without one), page by page."""
    started = time.monotonic()
    endpoint, _caps = open_csw(url, timeout_s, authcfg)
    result = CswHarvest(requests=1)
    start = 1
    while True:
        if is_canceled and is_canceled():
            raise Canceled()
        remaining = deadline_s - (time.monotonic() - started)
        if remaining <= 0:
            result.notes.append(tr("stopped at the total time limit of {s} s after {n} records").format(
                s=int(deadline_s), n=len(result.records)))
            break
        page = get_page(endpoint, start, min(page_size, max_records - len(result.records)), query,
                        min(timeout_s, remaining), authcfg)
        result.requests += 1
        result.matched = max(result.matched, page.matched)
        result.records.extend(page.records)
        if progress and result.matched:
            progress(min(1.0, len(result.records) / min(result.matched, max_records)))
        next_record = page.next_record if page.next_record >= 0 else start + len(page.records)
        if next_record == 0 or next_record > result.matched or not page.records:
            break
        if next_record <= start:
            result.notes.append(tr("the server's nextRecord ({next}) did not advance past {start}: paging "
                                   "stopped").format(next=next_record, start=start))
            break
        if len(result.records) >= max_records:
            result.notes.append(tr("stopped after {n} of {matched} records (the limit)").format(
                n=len(result.records), matched=result.matched))
            break
        start = next_record
    if len(result.records) < min(result.matched, max_records) and not result.notes:
        result.notes.append(tr("the server announced {matched} records but returned {n}").format(
            matched=result.matched, n=len(result.records)))
    return result


def iter_iso(records: List[etree._Element]) -> Iterator[Tuple[int, Optional[etree._Element], str]]:
    """(position, gmd:MD_Metadata / gmi:MI_Metadata or None, what it was) for each record of the answers."""
    for position, element in enumerate(records, 1):
        if local_name(element) in ("MD_Metadata", "MI_Metadata") and etree.QName(element).namespace in (GMD_NS,
                                                                                                   GMI_NS):
            yield position, element, ""
        else:
            yield position, None, local_name(element)


def _exception(root: etree._Element) -> str:
    texts = [(el.text or "").strip() for el in root.iter("{%s}ExceptionText" % OWS_NS)]
    exception = root.find(".//{%s}Exception" % OWS_NS)
    code = exception.get("exceptionCode", "") if exception is not None else ""
    return " ".join(t for t in [code] + texts if t)[:500] or "?"


def _int(value: Optional[str], default: int = 0) -> int:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return default
