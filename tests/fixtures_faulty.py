"""A loopback server (127.0.0.1 only) that misbehaves the way field services do.

Why not qgis_mapserver: QGIS Server cannot be made to cap GetFeature pages while announcing a larger
``numberMatched`` (GeoServer/deegree/ArcGIS ``CountDefault``), to write CRS in versioned URNs or http URIs in WFS
capabilities, to answer errors with HTTP 200, to trickle bytes, to stream 400 MB, to cut an answer short or to
redirect in a loop. Every path here mimics one such behaviour; tests that can use the real server do so.

Paths (first segment):
  /wfs/<scenario>   WFS 2.0: capped (50 per answer of 250), capped_cd (+ CountDefault 50), nopaging (capped, no
                    STARTINDEX, ImplementsResultPaging FALSE), stuck (capped, ignores STARTINDEX while announcing
                    paging: every page is the first), slowpage (GetFeature trickles one byte a second),
                    exc_page2 (ExceptionReport with HTTP 200 from the second page), ns (gent:wijken and
                    leuven:wijken), crs69 / crsuri / crsx (DefaultCRS spellings), unknown (capped,
                    numberMatched="unknown"), stuck_unknown (stuck and unknown), nohits (capped, resultType=hits
                    answered with an exception report), exc_schema / exc_features (ExceptionReport with HTTP 200
                    for DescribeFeatureType / every GetFeature), empty_features (hits answered, pages empty),
                    slowpage_unknown (slowpage, numberMatched="unknown")
  /wms/<scenario>   ws (white space before the XML declaration), html (a portal page with HTTP 200), inherit
  /oapif/<scenario> err (error JSON with HTTP 200), ok (needs ?apikey=k3y), crsuri (crs list as http URIs)
  /slow /e500 /exc /trunc /badxml /badjson /loop /huge /hugechunked /trickle   transport and document faults
  /text/<name>      text files: latin1 (with and without charset), bom, utf16
Every request's path and query is logged in ``server.requests``.
"""

import json
import socket
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, Iterator, List, Tuple

import pytest

TOTAL, CAP = 250, 50
CAPS_SHORT = (b'<?xml version="1.0"?><wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0" version="2.0.0">'
              b'<wfs:FeatureTypeList><wfs:FeatureType><wfs:Name>x</wfs:Name></wfs:FeatureType></wfs:FeatureTypeList>'
              b'</wfs:WFS_Capabilities>')
EXCEPTION = ('<?xml version="1.0" encoding="UTF-8"?><ows:ExceptionReport xmlns:ows="http://www.opengis.net/ows/1.1" '
             'version="2.0.0"><ows:Exception exceptionCode="NoApplicableCode"><ows:ExceptionText>java.io.IOException: '
             'database connection pool exhausted</ows:ExceptionText></ows:Exception></ows:ExceptionReport>')
PORTAL = ("<!DOCTYPE html><html><head><title>Geoportaal</title></head><body><h1>Welkom op het geoportaal</h1>"
          "<p>Deze dienst is verhuisd.</p></body></html>")


def wfs_capabilities(base: str, types: List[Tuple[str, str]], crs: str, count_default: int = 0,
                     paging: bool = True) -> str:
    constraints = ('<ows:Constraint name="ImplementsResultPaging"><ows:NoValues/><ows:DefaultValue>{}'
                   '</ows:DefaultValue></ows:Constraint>').format("TRUE" if paging else "FALSE")
    if count_default:
        constraints += ('<ows:Constraint name="CountDefault"><ows:NoValues/><ows:DefaultValue>{}</ows:DefaultValue>'
                        '</ows:Constraint>').format(count_default)
    types_xml = "".join(
        '<wfs:FeatureType xmlns:{p}="http://example.org/{p}"><wfs:Name>{p}:{n}</wfs:Name>'
        '<wfs:Title>{n} {p}</wfs:Title>'
        '<wfs:DefaultCRS>{crs}</wfs:DefaultCRS><ows:WGS84BoundingBox><ows:LowerCorner>3.6 51.0</ows:LowerCorner>'
        '<ows:UpperCorner>3.8 51.1</ows:UpperCorner></ows:WGS84BoundingBox></wfs:FeatureType>'.format(p=p, n=n, crs=crs)
        for p, n in types)
    operations = "".join('<ows:Operation name="{}"><ows:DCP><ows:HTTP><ows:Get xlink:href="{}?"/></ows:HTTP></ows:DCP>'
                         '</ows:Operation>'.format(op, base) for op in ("GetCapabilities", "DescribeFeatureType",
                                                                         "GetFeature"))
    return ('<?xml version="1.0" encoding="UTF-8"?><wfs:WFS_Capabilities version="2.0.0" '
            'xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1" '
            'xmlns:xlink="http://www.w3.org/1999/xlink"><ows:ServiceIdentification><ows:Title>Field</ows:Title>'
            '<ows:ServiceType>WFS</ows:ServiceType><ows:ServiceTypeVersion>2.0.0</ows:ServiceTypeVersion>'
            '</ows:ServiceIdentification><ows:OperationsMetadata>' + operations + constraints +
            '</ows:OperationsMetadata><wfs:FeatureTypeList>' + types_xml +
            '</wfs:FeatureTypeList></wfs:WFS_Capabilities>')


def feature_type_schema(prefix: str, name: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
            'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:{p}="http://example.org/{p}" '
            'targetNamespace="http://example.org/{p}" elementFormDefault="qualified">'
            '<xsd:import namespace="http://www.opengis.net/gml/3.2" '
            'schemaLocation="http://schemas.opengis.net/gml/3.2.1/gml.xsd"/>'
            '<xsd:complexType name="{n}Type"><xsd:complexContent><xsd:extension base="gml:AbstractFeatureType">'
            '<xsd:sequence><xsd:element name="naam" type="xsd:string" minOccurs="0"/>'
            '<xsd:element name="geom" type="gml:PointPropertyType" minOccurs="0"/></xsd:sequence></xsd:extension>'
            '</xsd:complexContent></xsd:complexType><xsd:element name="{n}" type="{p}:{n}Type" '
            'substitutionGroup="gml:AbstractFeature"/></xsd:schema>').format(p=prefix, n=name)


def feature_page(prefix: str, name: str, start: int, count: int, matched: object = TOTAL) -> str:
    members = "".join(
        '<wfs:member><{p}:{n} gml:id="{n}.{i}"><{p}:naam>Halte {i}</{p}:naam><{p}:geom><gml:Point gml:id="p{i}" '
        'srsName="urn:ogc:def:crs:EPSG::31370"><gml:pos>{x} {y}</gml:pos></gml:Point></{p}:geom></{p}:{n}></wfs:member>'
        .format(p=prefix, n=name, i=i, x=104000 + i, y=194000 + i) for i in range(start + 1, start + count + 1))
    return ('<?xml version="1.0" encoding="UTF-8"?><wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" '
            'xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:{p}="http://example.org/{p}" numberMatched="{m}" '
            'numberReturned="{r}" timeStamp="2025-01-01T00:00:00Z">'.format(p=prefix, m=matched, r=count)
            + members + '</wfs:FeatureCollection>')


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def send(self, body, content_type: str = "text/xml", status: int = 200, headers: Dict[str, str] = None) -> None:
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        self.server.requests.append(self.path)  # type: ignore[attr-defined]
        parts = urllib.parse.urlsplit(self.path)
        query = {k.lower(): v for k, v in urllib.parse.parse_qsl(parts.query)}
        segments = parts.path.strip("/").split("/")
        try:
            handler = getattr(self, "_" + segments[0], None)
            if handler is None:
                return self.send("not found", "text/plain", 404)
            handler(segments[1:], query, "http://127.0.0.1:{}{}".format(self.server.server_port, parts.path))
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- WFS 2.0 with field quirks ----------------------------------------------------------------------------
    def _wfs(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        scenario = rest[0] if rest else "capped"
        types = [("gent", "wijken"), ("leuven", "wijken")] if scenario == "ns" else [("stad", "haltes")]
        crs = {"crs69": "urn:ogc:def:crs:EPSG:6.9:31370", "crsuri": "http://www.opengis.net/def/crs/EPSG/0/31370",
               "crsx": "urn:x-ogc:def:crs:EPSG:6.6:31370"}.get(scenario, "urn:ogc:def:crs:EPSG::31370")
        request = query.get("request", "").lower()
        if request in ("", "getcapabilities"):
            return self.send(wfs_capabilities(base, types, crs, CAP if scenario == "capped_cd" else 0,
                                              scenario != "nopaging"))
        prefix, _, name = (query.get("typenames") or query.get("typename") or "stad:haltes").partition(":")
        if request == "describefeaturetype":
            return self.send(EXCEPTION if scenario == "exc_schema" else feature_type_schema(prefix, name))
        if scenario == "exc_features":
            return self.send(EXCEPTION)
        if scenario == "empty_features" and query.get("resulttype", "").lower() != "hits":
            return self.send(b"")
        matched = "unknown" if scenario in ("unknown", "stuck_unknown", "slowpage_unknown") else TOTAL
        if query.get("resulttype", "").lower() == "hits":
            if scenario == "nohits":
                return self.send(EXCEPTION.replace("java.io.IOException: database connection pool exhausted",
                                                   "resultType hits is not supported"))
            return self.send('<?xml version="1.0"?><wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" '
                             'numberMatched="{}" numberReturned="0" timeStamp="2025-01-01T00:00:00Z"/>'.format(matched))
        if scenario in ("slowpage", "slowpage_unknown"):  # capabilities and counts answer at once, the features trickle
            return self._trickle(rest, query, base)
        start = int(query.get("startindex", "0") or 0)
        if scenario in ("nopaging", "stuck", "stuck_unknown"):
            start = 0  # the server ignores STARTINDEX (stuck: while announcing ImplementsResultPaging TRUE)
        count = int(query.get("count") or query.get("maxfeatures") or 10 ** 9)
        if scenario == "exc_page2" and start > 0:
            return self.send(EXCEPTION)
        cap = 10 ** 9 if scenario == "exc_page2" else CAP
        return self.send(feature_page(prefix, name, start, max(0, min(count, cap, TOTAL - start)), matched))

    # -- WMS --------------------------------------------------------------------------------------------------
    def _wms(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        scenario = rest[0] if rest else "ws"
        if scenario == "html":
            return self.send(PORTAL, "text/html")
        document = ('<?xml version="1.0" encoding="UTF-8"?><WMS_Capabilities version="1.3.0" '
                    'xmlns="http://www.opengis.net/wms"><Service><Name>WMS</Name><Title>t</Title></Service><Capability>'
                    '<Layer><Title>root</Title><CRS>EPSG:31370</CRS><CRS>EPSG:3857</CRS><Layer queryable="1">'
                    '<Name>wijken</Name><Title>Wijken</Title></Layer></Layer></Capability></WMS_Capabilities>')
        return self.send("\r\n\r\n" + document if scenario == "ws" else document)

    # -- OGC API Features -------------------------------------------------------------------------------------
    def _oapif(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        scenario = rest[0] if rest else "ok"
        path = "/".join(rest[1:])
        if scenario == "err":
            if path.startswith("collections/"):
                return self.send(json.dumps({"code": "NotFound", "description": "Collection scholen does not exist"}),
                                 "application/json")
            return self.send(json.dumps({"title": "fake", "links": []}), "application/json")
        if scenario == "ok" and query.get("apikey") != "k3y":
            return self.send(json.dumps({"code": "Unauthorized", "description": "apikey required"}),
                             "application/json", 401)
        crs = ["http://www.opengis.net/def/crs/OGC/1.3/CRS84", "http://www.opengis.net/def/crs/EPSG/0/31370"]
        features = [{"type": "Feature", "id": i, "geometry": {"type": "Point", "coordinates": [4.40 + i / 1000, 51.21]},
                     "properties": {"naam": "School {}".format(i)}} for i in range(1, 4)]
        if path.endswith("/items"):
            page = features[:int(query.get("limit", 10))]
            return self.send(json.dumps({"type": "FeatureCollection", "features": page, "numberMatched": 3,
                                         "numberReturned": len(page), "links": []}), "application/geo+json")
        if path == "collections/scholen":
            return self.send(json.dumps({"id": "scholen", "title": "Scholen", "links": [], "crs": crs,
                                         "storageCrs": crs[1]}), "application/json")
        if path == "collections":
            return self.send(json.dumps({"collections": [{"id": "scholen", "title": "Scholen", "links": [],
                                                          "crs": crs}], "links": []}), "application/json")
        return self.send(json.dumps({"title": "ok", "links": []}), "application/json")

    # -- transport and document faults ----------------------------------------------------------------------
    def _slow(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        time.sleep(float(self.server.slow_s))  # type: ignore[attr-defined]
        self.send(CAPS_SHORT)

    def _e500(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self.send(EXCEPTION, "text/xml", 500)

    def _exc(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self.send(EXCEPTION)

    def _trunc(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", "5000")
        self.end_headers()
        self.wfile.write(CAPS_SHORT[:60])
        self.wfile.flush()
        self.close_connection = True

    def _badxml(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self.send(CAPS_SHORT[:90])

    def _badjson(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self.send(b'{"collections": [ {"id": "x", ', "application/json")

    def _loop(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self.send(b"", "text/plain", 302, {"Location": self.path})

    def _huge(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self._stream(400 * 1024 * 1024, chunked=False)

    def _hugechunked(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self._stream(400 * 1024 * 1024, chunked=True)

    def _stream(self, total: int, chunked: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        else:
            self.send_header("Content-Length", str(total))
        self.end_headers()
        chunk = b"<a>" + b"x" * (1024 * 1024 - 8) + b"</a>\n"
        sent = 0
        while sent < total:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
            sent += len(chunk)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _trickle(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", "200")
        self.end_headers()
        for _ in range(120):
            self.wfile.write(b" ")
            self.wfile.flush()
            time.sleep(1)

    def _text(self, rest: List[str], query: Dict[str, str], base: str) -> None:
        body = self.server.texts.get(rest[0] if rest else "")  # type: ignore[attr-defined]
        if body is None:
            return self.send("not found", "text/plain", 404)
        data, content_type = body
        self.send(data, content_type)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class FaultyServices:
    """The running loopback server; ``url`` is its base."""

    def __init__(self, slow_s: float = 10.0) -> None:
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.requests = []
        self.server.slow_s = slow_s
        self.server.texts = {}
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return "http://127.0.0.1:{}".format(self.server.server_port)

    @property
    def requests(self) -> List[str]:
        return self.server.requests

    def add_text(self, name: str, data: bytes, content_type: str) -> str:
        """Serve ``data`` at /text/<name>; returns the URL."""
        self.server.texts[name] = (data, content_type)
        return "{}/text/{}".format(self.url, name)

    def start(self) -> "FaultyServices":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SilentHost:
    """A port that never accepts: its listen queue is full, so new connections hang like a dead host's (no SYN-ACK).

    What a switched-off server behind a firewall does; on 127.0.0.1 a closed port would refuse at once instead."""

    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(0)
        self.port = self.listener.getsockname()[1]
        self.fillers = []
        for _ in range(8):  # fill the accept queue; later connection attempts get no answer
            filler = socket.socket()
            filler.setblocking(False)
            try:
                filler.connect(("127.0.0.1", self.port))
            except BlockingIOError:
                pass
            self.fillers.append(filler)
        time.sleep(0.2)

    @property
    def url(self) -> str:
        return "http://127.0.0.1:{}".format(self.port)

    def close(self) -> None:
        for filler in self.fillers:
            filler.close()
        self.listener.close()


@pytest.fixture()
def faulty() -> Iterator[FaultyServices]:
    """The misbehaving loopback services (see the module docstring)."""
    server = FaultyServices().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def silent_host() -> Iterator[SilentHost]:
    """An address that accepts no connection (a dead host)."""
    host = SilentHost()
    try:
        yield host
    finally:
        host.close()
