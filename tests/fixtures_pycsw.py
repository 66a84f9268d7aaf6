"""Fixtures: a real pycsw 2.6 CSW 2.0.2 server on 127.0.0.1, loaded with ISO 19139 records.

pycsw runs in its own venv (.venv-pycsw, made by scripts/setup.sh from requirements-pycsw.txt) through
tests/pycsw_server.py. The records in tests/data/csw/ were written for these tests in GDI-Vlaanderen style;
``${MAPSERVER}`` in them becomes the address of the session's real qgis_mapserver.
"""

import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator, Optional

import pytest
from paths import REPO
from pg_cluster import free_port

PYCSW_PYTHON = REPO / ".venv-pycsw" / "bin" / "python"
CSW_RECORDS = REPO / "tests" / "data" / "csw"


@dataclass
class PycswServer:
    """A running pycsw; ``url`` is its CSW endpoint."""

    records: Path
    home: Path
    port: int = field(default_factory=free_port)
    max_records: int = 100
    process: Optional[subprocess.Popen] = None
    loaded: int = 0
    log: Optional[IO[str]] = None

    @property
    def url(self) -> str:
        return "http://127.0.0.1:{}/csw".format(self.port)

    def start(self, timeout_s: float = 120) -> "PycswServer":
        if not PYCSW_PYTHON.exists():
            raise RuntimeError("{} is missing: run `make setup` (scripts/setup.sh makes .venv-pycsw)".format(
                PYCSW_PYTHON))
        self.home.mkdir(parents=True, exist_ok=True)
        self.log = open(self.home / "server.log", "w")
        self.process = subprocess.Popen(
            [str(PYCSW_PYTHON), str(REPO / "tests" / "pycsw_server.py"), "--home", str(self.home), "--records",
             str(self.records), "--port", str(self.port), "--max-records", str(self.max_records)],
            stdout=subprocess.PIPE, stderr=self.log, text=True)
        deadline = time.monotonic() + timeout_s
        line = self.process.stdout.readline()  # "loaded N" once the records are in
        if not line.startswith("loaded "):
            self.stop()
            raise RuntimeError("pycsw did not start; see {}".format(self.home / "server.log"))
        self.loaded = int(line.split()[1])
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "?service=CSW&request=GetCapabilities", timeout=5) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise TimeoutError("pycsw did not answer within {} s".format(timeout_s))

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        if self.process is not None and self.process.stdout:
            self.process.stdout.close()
        if self.log is not None:
            self.log.close()


def write_records(target: Path, mapserver_url: str) -> Path:
    """The test records with ``${MAPSERVER}`` replaced by ``mapserver_url`` (no trailing slash)."""
    target.mkdir(parents=True, exist_ok=True)
    for record in sorted(CSW_RECORDS.glob("*.xml")):
        (target / record.name).write_text(record.read_text(encoding="utf-8").replace("${MAPSERVER}", mapserver_url),
                                          encoding="utf-8")
    return target


@pytest.fixture(scope="session")
def pycsw(mapserver) -> Iterator[PycswServer]:
    """pycsw with the GDI-Vlaanderen style test records, pointing at the session's qgis_mapserver."""
    folder = Path(tempfile.mkdtemp(prefix="slimstad-pycsw-"))
    server = PycswServer(write_records(folder / "records", mapserver.url), folder / "home").start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture()
def pycsw_factory(tmp_path: Path) -> Iterator:
    """Start a pycsw on any folder of records: ``pycsw_factory(folder)``; stopped after the test."""
    started = []

    def start(records: Path) -> PycswServer:
        server = PycswServer(records, tmp_path / "pycsw-home-{}".format(len(started))).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
