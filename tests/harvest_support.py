"""Support for the harvest tests (no tests here): a loopback CSW that misbehaves the way field servers do.

pycsw (fixtures_pycsw.py) is the real server; it pages correctly, never repeats a record and always answers
XML. Servers in the field do not: this mimic answers GetCapabilities and GetRecords from a scenario function,
on 127.0.0.1 only.
"""

import http.server
import re
import socketserver
import threading
from pathlib import Path
from typing import Callable, Dict, List, Tuple
from urllib.parse import parse_qsl, urlsplit

from paths import REPO

DATA = REPO / "tests" / "data"
# DCAT test files: addresses are read, nothing is fetched from them (harvest -> check uses the CSW records).
DCAT_MAPSERVER = "http://127.0.0.1:8765"
CSW_NS = "http://www.opengis.net/cat/csw/2.0.2"

CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<csw:Capabilities xmlns:csw="http://www.opengis.net/cat/csw/2.0.2" xmlns:ows="http://www.opengis.net/ows"
    xmlns:xlink="http://www.w3.org/1999/xlink" version="2.0.2">
  <ows:OperationsMetadata>
    <ows:Operation name="GetRecords"><ows:DCP><ows:HTTP>{methods}</ows:HTTP></ows:DCP></ows:Operation>
  </ows:OperationsMetadata>
</csw:Capabilities>"""
GET_AND_POST = '<ows:Get xlink:href="{url}"/><ows:Post xlink:href="{url}"/>'
POST_ONLY = '<ows:Post xlink:href="{url}"/>'


def record_xml(name: str, identifier: str = "", mapserver: str = "http://127.0.0.1:9") -> str:
    """A test record from tests/data/csw (without its XML declaration), optionally with another identifier."""
    text = (DATA / "csw" / name).read_text(encoding="utf-8").replace("${MAPSERVER}", mapserver)
    text = re.sub(r"^<\?xml[^>]*\?>", "", text.strip())
    if identifier:
        text = re.sub(r"(<gmd:fileIdentifier><gco:CharacterString>)[^<]*", r"\g<1>" + identifier, text, count=1)
    return text


def dcat_file(folder: Path, name: str) -> Path:
    """A DCAT test file from tests/data/dcat with its ``${MAPSERVER}`` placeholders filled."""
    path = folder / name
    path.write_text((DATA / "dcat" / name).read_text(encoding="utf-8").replace("${MAPSERVER}", DCAT_MAPSERVER),
                    encoding="utf-8")
    return path


def get_records_response(records: List[str], matched: int, next_record: int) -> str:
    """A csw:GetRecordsResponse holding ``records`` (XML texts)."""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<csw:GetRecordsResponse xmlns:csw="{ns}" version="2.0.2">'
            '<csw:SearchStatus timestamp="2025-03-01T00:00:00Z"/><csw:SearchResults numberOfRecordsMatched="{m}" '
            'numberOfRecordsReturned="{n}" nextRecord="{next}" recordSchema="http://www.isotc211.org/2005/gmd" '
            'elementSet="full">{records}</csw:SearchResults></csw:GetRecordsResponse>').format(
        ns=CSW_NS, m=matched, n=len(records), next=next_record, records="".join(records))


Answer = Tuple[int, str, str]  # status, body, content type


class MimicCsw:
    """``http://127.0.0.1:port/csw``: ``scenario(request, params)`` answers every GET (params lower-case keys)."""

    def __init__(self, scenario: Callable[[str, Dict[str, str]], Answer]) -> None:
        mimic = self
        self.scenario = scenario
        self.requests: List[Dict[str, str]] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server API
                params = {k.lower(): v for k, v in parse_qsl(urlsplit(self.path).query, keep_blank_values=True)}
                mimic.requests.append(params)
                status, body, content_type = mimic.scenario(params.get("request", ""), params)
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return "http://127.0.0.1:{}/csw".format(self.server.server_port)

    def capabilities(self, post_only: bool = False) -> Answer:
        methods = (POST_ONLY if post_only else GET_AND_POST).format(url=self.url)
        return 200, CAPABILITIES.format(methods=methods), "application/xml"

    def __enter__(self) -> "MimicCsw":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
