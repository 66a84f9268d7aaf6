"""The one network layer against misbehaving servers: deadline, size limit, redirects, cut answers, dead hosts,
document types and text decoding.

The faults come from the loopback server in fixtures_faulty.py: qgis_mapserver cannot trickle, stream 400 MB, cut
an answer short, redirect in a loop or refuse connections. Durations and memory are measured where they are the
requirement itself (a deadline that is not kept is a wrong result), with margins for a loaded machine.
"""

import codecs
import json
import time

import pytest

from slimstad_plugin.core.base import readers
from slimstad_plugin.core.base.answers import read_json, read_xml, server_message
from slimstad_plugin.core.base.network import (
    AnswerTooLargeError,
    BadPayloadError,
    Deadline,
    HostUnreachableError,
    HttpStatusError,
    NetworkError,
    NetworkTimeoutError,
    ServiceReportedError,
    WrongDocumentError,
    dead_host_reason,
    forget_dead_hosts,
    http_download,
    http_get,
)
from slimstad_plugin.core.base.network_probe import probe_all

TIMEOUT = 3.0


def timed(function, *args, **kwargs):
    started = time.monotonic()
    try:
        return function(*args, **kwargs), time.monotonic() - started
    except NetworkError as error:
        return error, time.monotonic() - started


def test_a_trickling_answer_is_cut_off_at_the_deadline(qgis_app, faulty) -> None:
    error, took = timed(http_get, faulty.url + "/trickle/wfs", timeout_s=TIMEOUT)
    assert isinstance(error, NetworkTimeoutError)
    assert "within 3 s" in str(error) and "/trickle/wfs" in str(error)
    assert took < 1.5 * TIMEOUT  # the deadline itself: Qt's transfer timeout alone would wait 120 s


def test_one_deadline_for_every_request_of_an_operation(qgis_app, faulty) -> None:
    deadline = Deadline(TIMEOUT)
    first, _took = timed(http_get, faulty.url + "/trickle/a", deadline=deadline)
    second, took = timed(http_get, faulty.url + "/wfs/capped", deadline=deadline)
    assert isinstance(first, NetworkTimeoutError) and isinstance(second, NetworkTimeoutError)
    assert took < 0.5  # nothing left of the shared deadline


def test_answers_larger_than_the_limit_are_stopped(qgis_app, faulty) -> None:
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for path in ("/huge/wfs", "/hugechunked/wfs"):  # announced by Content-Length, or not
        error, took = timed(http_get, faulty.url + path, timeout_s=30, max_bytes=5 * 1024 * 1024)
        assert isinstance(error, AnswerTooLargeError), path
        assert "too large" in str(error) and "5 MB" in str(error)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100  # the 400 MB answers never sat in memory


def test_big_data_streams_to_disk(qgis_app, faulty, tmp_path) -> None:
    target = tmp_path / "page.xml"
    response = http_download(faulty.url + "/wfs/capped?REQUEST=GetFeature&TYPENAMES=stad:haltes", target,
                             Deadline(TIMEOUT))
    assert response.content == b"" and target.stat().st_size > 5000
    assert b'numberReturned="50"' in target.read_bytes()


def test_redirect_loop_cut_answer_and_status(qgis_app, faulty) -> None:
    loop, _ = timed(http_get, faulty.url + "/loop/x", timeout_s=TIMEOUT)
    assert isinstance(loop, NetworkError) and "loop" in str(loop)
    cut, _ = timed(http_get, faulty.url + "/trunc/x", timeout_s=TIMEOUT)
    assert isinstance(cut, BadPayloadError) and "60 of 5000 bytes" in str(cut)
    status, _ = timed(http_get, faulty.url + "/e500/x", timeout_s=TIMEOUT)
    assert isinstance(status, HttpStatusError) and status.status == 500
    assert "HTTP 500" in str(status) and "database connection pool exhausted" in str(status)  # the server's words


def test_dead_hosts_are_remembered_and_cost_one_timeout(qgis_app, silent_host) -> None:
    first, took_first = timed(http_get, silent_host.url + "/wfs?layer=1", timeout_s=2.0)
    assert isinstance(first, HostUnreachableError) and "no connection within 2 s" in str(first)
    assert took_first < 1.5 * 2.0 + 1.0  # the deadline plus the one-second connection probe
    second, took_second = timed(http_get, silent_host.url + "/wfs?layer=2", timeout_s=2.0)
    assert isinstance(second, HostUnreachableError) and "not tried again until" in str(second)
    assert took_second < 0.5  # remembered: the second layer on the dead host costs nothing
    assert dead_host_reason(silent_host.url + "/other")
    forget_dead_hosts()
    assert not dead_host_reason(silent_host.url + "/other")


def test_a_slow_host_is_not_taken_for_a_dead_one(qgis_app, faulty) -> None:
    error, _ = timed(http_get, faulty.url + "/slow/x", timeout_s=1.0)
    assert isinstance(error, NetworkTimeoutError) and "No answer" in str(error)
    assert not dead_host_reason(faulty.url)  # it accepted the connection: other paths of this server are tried
    assert http_get(faulty.url + "/wfs/capped", timeout_s=TIMEOUT).status == 200


def test_refused_connections_fail_at_once(qgis_app) -> None:
    error, took = timed(http_get, "http://127.0.0.1:9/wfs", timeout_s=TIMEOUT)
    assert isinstance(error, HostUnreachableError) and "Cannot reach" in str(error)
    assert took < 1.0


def test_servers_are_probed_all_at_once(qgis_app, faulty, silent_host) -> None:
    started = time.monotonic()
    answers = probe_all({silent_host.url + "/a": "", faulty.url + "/slow/b": "", faulty.url + "/e500/c": "",
                         "http://127.0.0.1:9/d": ""}, 2.0)
    assert time.monotonic() - started < 1.5 * 2.0 + 1.0  # one timeout for all of them, not one each
    assert isinstance(answers[silent_host.url + "/a"], HostUnreachableError)
    assert isinstance(answers[faulty.url + "/slow/b"], NetworkTimeoutError)
    assert answers[faulty.url + "/e500/c"] is None  # it answered (with an error status): the server is there
    assert isinstance(answers["http://127.0.0.1:9/d"], HostUnreachableError)


def test_documents_are_checked_for_their_type(qgis_app, faulty) -> None:
    exception = http_get(faulty.url + "/exc/wfs", timeout_s=TIMEOUT)  # an ExceptionReport with HTTP 200
    with pytest.raises(ServiceReportedError, match="NoApplicableCode — java.io.IOException: database connection"):
        read_xml(exception.content, "the WFS", "WFS capabilities", ("WFS_Capabilities",), exception.headers)
    portal = http_get(faulty.url + "/wms/html", timeout_s=TIMEOUT)
    with pytest.raises(ServiceReportedError, match="web page instead of WMS capabilities: Geoportaal"):
        read_xml(portal.content, "the WMS", "WMS capabilities", ("WMS_Capabilities",), portal.headers)
    spaced = http_get(faulty.url + "/wms/ws", timeout_s=TIMEOUT)
    assert read_xml(spaced.content, "the WMS", "WMS capabilities", ("WMS_Capabilities",), spaced.headers) is not None
    with pytest.raises(WrongDocumentError, match="root element WMS_Capabilities"):
        read_xml(spaced.content, "the WFS", "WFS capabilities", ("WFS_Capabilities",), spaced.headers)
    broken = http_get(faulty.url + "/badxml/x", timeout_s=TIMEOUT)
    with pytest.raises(BadPayloadError, match="not valid XML"):
        read_xml(broken.content, "x", "WFS capabilities", ("WFS_Capabilities",), broken.headers)
    error_json = http_get(faulty.url + "/oapif/err/collections/scholen", timeout_s=TIMEOUT)
    with pytest.raises(ServiceReportedError, match="NotFound — Collection scholen does not exist"):
        read_json(error_json.content, "collection 'scholen'", "the collection", lambda d: d.get("id") == "scholen",
                  error_json.headers)
    invalid = http_get(faulty.url + "/badjson/x", timeout_s=TIMEOUT)
    with pytest.raises(BadPayloadError, match="not valid JSON"):
        read_json(invalid.content, "x", "a list of collections", None, invalid.headers)


def test_error_documents_of_every_kind_give_their_message() -> None:
    arcgis = json.dumps({"error": {"code": 400, "message": "Invalid or missing input parameters."}}).encode()
    problem = json.dumps({"type": "about:blank", "title": "Not Found", "status": 404,
                          "detail": "no such item"}).encode()
    wms = (b'<ServiceExceptionReport version="1.3.0"><ServiceException code="LayerNotDefined">'
           b'wijken</ServiceException></ServiceExceptionReport>')
    assert server_message(arcgis) == "400 — Invalid or missing input parameters."
    assert server_message(problem) == "Not Found — no such item"
    assert server_message(wms) == "LayerNotDefined — wijken"
    assert server_message(b"<html><head><title>502 Bad Gateway</title></head></html>", {"content-type": "text/html"}) \
        == "502 Bad Gateway"


def test_text_is_decoded_alike_from_disk_and_over_http(qgis_app, faulty, tmp_path) -> None:
    text = '{"naam": "Café Gent - ü"}'
    bom = http_get(faulty.add_text("bom", codecs.BOM_UTF8 + text.encode("utf-8"), "application/json"),
                   timeout_s=TIMEOUT)
    (tmp_path / "bom.json").write_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))
    assert bom.text() == readers.decode_text((tmp_path / "bom.json").read_bytes(), "bom.json") == text
    for name, data, content_type, encoding in (
            ("latin1", text.encode("latin-1"), "application/json", "Latin-1"),
            ("latin1_declared", text.encode("latin-1"), "application/json; charset=ISO-8859-1", "Latin-1"),
            ("utf16", text.encode("utf-16"), "application/json", "UTF-16")):
        answer = http_get(faulty.add_text(name, data, content_type), timeout_s=TIMEOUT)
        with pytest.raises(BadPayloadError, match=r"/text/{}: the text is not UTF-8 but looks like {}".format(
                name, encoding)):
            answer.text()  # refused naming the address and the encoding, never silently garbled
        (tmp_path / name).write_bytes(data)
        with pytest.raises(readers.EncodingError, match=encoding):
            readers.decode_text((tmp_path / name).read_bytes(), str(tmp_path / name))  # the same from disk


class _FullDisk:
    """A download target on a disk that fills up after the first bytes (ENOSPC on write)."""

    def __init__(self) -> None:
        self.written = 0

    def write(self, chunk: bytes) -> int:
        if self.written:
            raise OSError(28, "No space left on device")
        self.written += len(chunk)
        return len(chunk)

    def seek(self, _offset: int) -> int:
        return 0

    def truncate(self) -> int:
        return 0


def test_an_error_inside_the_transfer_is_raised_to_the_caller_not_a_process_abort(qgis_app, faulty) -> None:
    # An exception escaping a Qt slot makes PyQt abort the process (qFatal) when no excepthook is installed, as on
    # the command line: a full disk while a big answer streams to a file must end as that OSError, at once.
    from slimstad_plugin.core.base import network  # noqa: PLC0415 - the transfer itself, below http_download

    sink = _FullDisk()
    started = time.monotonic()
    with pytest.raises(OSError, match="No space left"):
        network._get(faulty.url + "/hugechunked/wfs", Deadline(30), "", None, sink, 100 * 1024 * 1024)
    assert sink.written > 0 and time.monotonic() - started < 20  # stopped at the error, not at the deadline
