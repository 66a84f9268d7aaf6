"""Support for the catalogue tests (no tests here): a tiny local HTTP server with misbehaving endpoints."""

import base64
import http.server
import json
import socketserver
import threading
import time
from pathlib import Path
from typing import Dict, Iterator, Optional

BASIC_USER, BASIC_PASSWORD = "planner", "s3cret-Pa55word"


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: Dict[str, tuple] = {}

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        path = self.path.split("?", 1)[0]
        if path.startswith("/slow"):
            time.sleep(float(self.server.slow_s))  # type: ignore[attr-defined]
        if path.startswith("/protected"):
            expected = "Basic " + base64.b64encode("{}:{}".format(BASIC_USER, BASIC_PASSWORD).encode()).decode()
            if self.headers.get("Authorization") != expected:
                self._send(401, b"no", "text/plain", {"WWW-Authenticate": 'Basic realm="test"'})
                return
            path = path[len("/protected"):] or "/"
        if path.startswith("/error500"):
            self._send(500, b"boom", "text/plain")
            return
        status, body, content_type = self.server.routes.get(path, (404, b"not found", "text/plain"))  # type: ignore
        self._send(status, body, content_type)

    def _send(self, status: int, body: bytes, content_type: str, headers: Optional[dict] = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client timed out and went away: expected in timeout tests

    def log_message(self, *args: object) -> None:
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class LocalServer:
    """``http://127.0.0.1:port``; ``add(path, body)`` serves a document; /slow…, /error500, /protected/… built in."""

    def __init__(self, slow_s: float = 3.0) -> None:
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.routes = {}
        self.server.slow_s = slow_s
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return "http://127.0.0.1:{}".format(self.server.server_port)

    def add(self, path: str, body, content_type: str = "application/json", status: int = 200) -> str:
        if isinstance(body, (dict, list)):
            body = json.dumps(body)
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.server.routes[path] = (status, body, content_type)
        return self.url + path

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve() -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


def catalogue_dict(entries: list, catalogue_id: str = "test") -> dict:
    return {"format": "slimstad-catalogue", "version": 1, "id": catalogue_id, "title": {"nl": "Test"},
            "entries": entries}


def entry_dict(entry_id: str, source: dict, **extra: object) -> dict:
    data = {"id": entry_id, "title": {"nl": entry_id}, "sector": "andere", "owner": "Stad Test",
            "licence": {"type": "internal"}, "source": source}
    data.update(extra)
    return data


def write_catalogue(path: Path, entries: list, catalogue_id: str = "test") -> Path:
    path.write_text(json.dumps(catalogue_dict(entries, catalogue_id)), encoding="utf-8")
    return path
