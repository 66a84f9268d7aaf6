"""Fixtures: a real ``qgis_mapserver`` on 127.0.0.1 serving WMS, WFS and OGC API Features.

The served project holds the sample city and real Flemish data from ../shared/data.
"""

import os
import subprocess
import tempfile
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, List, Sequence, Tuple

import pytest
from pg_cluster import free_port
from qgis.core import QgsProject, QgsVectorLayer

SAMPLE_LAYERS = ("statistische_sectoren", "wijken", "kinderopvang", "scholen", "haltes", "parken")
REAL_LAYERS = ("gent_statsec_pop2023", "leuven_statsec_pop2023", "be_railway_stations_irail")


def write_service_project(path: Path, layers: Sequence[Tuple[str, str]]) -> List[str]:
    """Write a .qgs publishing every ``(ogr uri, name)`` as WMS, WFS and OGC API Features layer."""
    project = QgsProject()
    ids = []
    for uri, name in layers:
        layer = QgsVectorLayer(uri, name, "ogr")
        if not layer.isValid():
            raise RuntimeError("cannot open {}".format(uri))
        project.addMapLayer(layer)
        ids.append(layer.id())
    project.setTitle("SlimStad test services")
    project.writeEntry("WFSLayers", "/", ids)
    for layer_id in ids:
        project.writeEntry("WFSLayersPrecision", "/" + layer_id, 2)
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", "SlimStad test")
    project.writeEntry("WMSExtent", "/", ["20000", "150000", "260000", "250000"])
    project.writeEntry("WMSCrsList", "/", ["EPSG:31370", "EPSG:4326", "EPSG:3857"])
    if not project.write(str(path)):
        raise RuntimeError("cannot write {}".format(path))
    return [name for _, name in layers]


@dataclass
class MapServer:
    """A running qgis_mapserver; ``url`` is its base (``/wfs3`` is OGC API Features)."""

    project: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen = None
    layer_names: List[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return "http://127.0.0.1:{}".format(self.port)

    @property
    def ows_url(self) -> str:
        """WMS/WFS endpoint (``SERVICE=`` selects)."""
        return self.url + "/"

    @property
    def oapif_url(self) -> str:
        return self.url + "/wfs3"

    def start(self, timeout_s: float = 60) -> "MapServer":
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_SERVER_LOG_LEVEL="2",
                   QGIS_SERVER_PARALLEL_RENDERING="1", QGIS_SERVER_MAX_THREADS="2")
        log = open(self.project.with_suffix(".log"), "w")
        self.process = subprocess.Popen(["qgis_mapserver", "-l", "2", "-p", str(self.project),
                                         "127.0.0.1:{}".format(self.port)], env=env, stdout=log, stderr=log)
        self.wait_until_ready(timeout_s)
        return self

    def wait_until_ready(self, timeout_s: float) -> None:
        import time

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("qgis_mapserver exited; see {}".format(self.project.with_suffix(".log")))
            try:
                with urllib.request.urlopen(self.ows_url + "?SERVICE=WFS&REQUEST=GetCapabilities", timeout=5) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise TimeoutError("qgis_mapserver did not answer within {} s".format(timeout_s))

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture(scope="session")
def mapserver(qgis_app, sample_gpkg: Path, testpack: Path) -> Iterator[MapServer]:
    """qgis_mapserver serving the sample city and real Gent/Leuven sectors and Belgian railway stations."""
    folder = Path(tempfile.mkdtemp(prefix="slimstad-server-"))
    layers = [("{}|layername={}".format(sample_gpkg, name), name) for name in SAMPLE_LAYERS]
    layers += [("{}|layername={}".format(testpack, name), name) for name in REAL_LAYERS]
    names = write_service_project(folder / "services.qgs", layers)
    server = MapServer(folder / "services.qgs", layer_names=names).start()
    try:
        yield server
    finally:
        server.stop()
