"""Kind 1 (case R13): a planning map with raster web layers never crashes.

A WMS layer from a real local ``qgis_mapserver`` is drawn on the map; an XYZ layer whose tiles cannot be fetched
(a closed loopback port) is left out, and both the command's output and the printed sources block say so. The
exports run as separate processes: a segmentation fault must fail the test, not end the test run.
"""

import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from paths import REPO
from pypdf import PdfReader
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer, QgsVectorTileLayer
from qgis.PyQt.QtCore import QBuffer, QIODevice
from qgis.PyQt.QtGui import QImage
from qgis_helpers import busy_task_pool

from slimstad_plugin.core.maps.web_layers import probe_layer

CLOSED_PORT_XYZ = "type=xyz&url=http://127.0.0.1:9/%7Bz%7D/%7Bx%7D/%7By%7D.png&zmax=19&zmin=0"


def wms_uri(server: object, layer: str) -> str:
    return ("contextualWMSLegend=0&crs=EPSG:31370&dpiMode=7&featureCount=10&format=image/png&layers={}&styles="
            "&url={}").format(layer, server.ows_url)


def write_project(path: Path, sample_gpkg: Path, web_layers: dict) -> Path:
    project = QgsProject()
    wijken = QgsVectorLayer("{}|layername=wijken".format(sample_gpkg), "wijken", "ogr")
    assert wijken.isValid()
    project.addMapLayer(wijken)
    for name, uri in web_layers.items():
        project.addMapLayer(QgsRasterLayer(uri, name, "wms"))
    project.setCrs(wijken.crs())
    assert project.write(str(path))
    project.clear()
    return path


def export(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "slimstad_plugin", "export", *args], cwd=str(REPO), env=env,
                          capture_output=True, text=True, timeout=240)


@pytest.mark.parametrize("suffix", ["pdf", "png"])
def test_wms_from_qgis_mapserver_is_drawn_and_unreachable_xyz_left_out(mapserver, sample_gpkg: Path, tmp_path: Path,
                                                                      suffix: str) -> None:
    project = write_project(tmp_path / "web.qgs", sample_gpkg,
                            {"parken (WMS)": wms_uri(mapserver, "parken"), "xyz": CLOSED_PORT_XYZ})
    out = tmp_path / "kaart.{}".format(suffix)
    done = export("--project", str(project), "--out", str(out), "--layers", "parken (WMS),wijken,xyz",
                  "--language", "en", "--dpi", "60")
    assert done.returncode == 0, "exit {}: {}".format(done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr and out.is_file()
    warnings = [line for line in done.stdout.splitlines() if line.startswith("warning:")]
    assert any("xyz" in line and "did not answer" in line for line in warnings), done.stdout
    assert not any("parken (WMS)" in line for line in warnings), "the live WMS layer must be drawn, not left out"
    assert "ERROR 6" not in done.stderr, "no GDAL error line on an image export"
    if suffix == "pdf":
        text = " ".join(page.extract_text() for page in PdfReader(str(out)).pages).replace("\t", " ")
        assert "Not drawn: the web service of xyz did not answer" in text, "the map itself says what is missing"
        assert "parken (WMS)" in text, "the drawn WMS layer is listed among the sources"


def test_probe_tells_a_live_wms_from_a_dead_tile_service(mapserver, sample_gpkg: Path) -> None:
    wijken = QgsVectorLayer("{}|layername=wijken".format(sample_gpkg), "wijken", "ogr")
    live = QgsRasterLayer(wms_uri(mapserver, "wijken"), "live", "wms")
    dead = QgsRasterLayer(CLOSED_PORT_XYZ, "dead", "wms")
    assert live.isValid() and dead.isValid(), "an XYZ layer is 'valid' even when nothing answers: hence the probe"
    assert probe_layer(live, wijken.extent(), wijken.crs(), 30) is None
    assert probe_layer(dead, wijken.extent(), wijken.crs(), 30) is not None


def test_wms_pixels_reach_the_png(mapserver, sample_gpkg: Path, tmp_path: Path) -> None:
    """Only the WMS layer on the map: the exported map area is not blank."""
    project = write_project(tmp_path / "wms.qgs", sample_gpkg, {"wijken (WMS)": wms_uri(mapserver, "wijken")})
    out = tmp_path / "wms.png"
    done = export("--project", str(project), "--out", str(out), "--layers", "wijken (WMS)", "--dpi", "40")
    assert done.returncode == 0, done.stderr[-2000:]
    image = QImage(str(out))
    # The main map sits left of the side column; count non-white pixels in its middle.
    width, height = image.width(), image.height()
    coloured = sum(1 for x in range(width // 10, width * 6 // 10, 4) for y in range(height // 4, height * 3 // 4, 4)
                   if image.pixelColor(x, y).lightness() < 235)
    assert coloured > 50, "the WMS image did not reach the map"


class _ServiceExceptionHandler(BaseHTTPRequestHandler):
    """Mimics a WMS that answers every request with an XML ServiceException and HTTP 200 (qgis_mapserver cannot
    misbehave this way; field servers do)."""

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        body = (b'<?xml version="1.0"?><ServiceExceptionReport version="1.3.0">'
                b'<ServiceException code="LayerNotDefined">no such layer</ServiceException></ServiceExceptionReport>')
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def test_atlas_svg_with_broken_web_layers_never_crashes(sample_gpkg: Path, tmp_path: Path) -> None:
    """R13 kind, atlas and SVG: an unreachable XYZ layer, unreachable vector tiles, an unreachable ArcGIS MapServer
    layer and a WMS answering a ServiceException with HTTP 200 are each left out with a warning; one SVG per atlas
    page is written."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ServiceExceptionHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = "http://127.0.0.1:{}/wms".format(server.server_address[1])
        project_path = write_project(tmp_path / "atlas.qgs", sample_gpkg, {
            "xyz": CLOSED_PORT_XYZ,
            "exception": "crs=EPSG:31370&format=image/png&layers=nope&styles=&url={}".format(url)})
        project = QgsProject()
        assert project.read(str(project_path))
        tiles = QgsVectorTileLayer("type=xyz&url=http://127.0.0.1:9/%7Bz%7D/%7Bx%7D/%7By%7D.pbf&zmax=14&zmin=0",
                                   "tiles")
        project.addMapLayer(tiles)
        arcgis = QgsRasterLayer("crs='EPSG:3857' format='PNG32' layer='0' "
                                "url='http://127.0.0.1:9/arcgis/rest/services/ortho/MapServer'", "arcgis",
                                "arcgismapserver")
        assert arcgis.isValid()
        project.addMapLayer(arcgis)
        assert project.write(str(project_path))
        project.clear()
        out_dir = tmp_path / "svg"
        out_dir.mkdir()
        done = export("--project", str(project_path), "--out", str(out_dir / "atlas.svg"), "--atlas", "wijken",
                      "--layers", "wijken,xyz,exception,tiles,arcgis", "--language", "en", "--dpi", "30")
    finally:
        server.shutdown()
    assert done.returncode == 0, "exit {}: {}".format(done.returncode, done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    warnings = [line for line in done.stdout.splitlines() if line.startswith("warning:")]
    for name in ("xyz", "tiles", "arcgis"):
        assert any("of {} did not answer".format(name) in line for line in warnings), (name, done.stdout)
    # the ServiceException already fails the capabilities request: the layer cannot be read, and is said so
    assert any("could not be read: exception" in line for line in warnings), done.stdout
    files = sorted(os.listdir(out_dir))
    wijken = QgsVectorLayer("{}|layername=wijken".format(sample_gpkg), "wijken", "ogr")
    assert len(files) == wijken.featureCount() and all(name.endswith(".svg") for name in files), files
    assert "pages: {}".format(len(files)) in done.stdout


def _tile_png() -> bytes:
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0xFFC83232)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


class _TricklingTiles(BaseHTTPRequestHandler):
    """Mimics a tile server that answers the first tiles at once (the check before the export passes) and then
    trickles a byte every 0.3 s (field servers under load do; qgis_mapserver does not)."""

    tile = b""
    fast = 0
    served = 0

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        type(self).served += 1
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(self.tile)))
        self.end_headers()
        if type(self).served <= self.fast:
            self.wfile.write(self.tile)
            return
        try:
            for byte in self.tile[:200]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.3)
        except OSError:
            pass

    def log_message(self, *_args: object) -> None:
        pass


def test_a_trickling_tile_server_hits_the_deadline_and_is_left_out(qgis_app, sample_gpkg: Path,
                                                                   tmp_path: Path) -> None:
    """R13 kind: tiles that trickle during the export (after a quick check) must not hang it: the requests are
    cut at the deadline, and the map is made again without the layer, which the sources block names."""
    from slimstad_plugin.core.maps.export import export_planning_map  # noqa: PLC0415
    from slimstad_plugin.core.maps.layout_builder import PlanningMapRequest  # noqa: PLC0415

    handler = type("Tiles", (_TricklingTiles,), {"tile": _tile_png(), "fast": 8, "served": 0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    project = QgsProject()
    try:
        wijken = QgsVectorLayer("{}|layername=wijken".format(sample_gpkg), "wijken", "ogr")
        url = "http://127.0.0.1:{}/%7Bz%7D/%7Bx%7D/%7By%7D.png".format(server.server_address[1])
        tiles = QgsRasterLayer("type=xyz&url={}&zmax=19&zmin=0".format(url), "slow tiles", "wms")
        project.addMapLayers([wijken, tiles])
        project.setCrs(wijken.crs())
        request = PlanningMapRequest(layers=[wijken, tiles], language="en", web_deadline_s=2.0)
        started = time.monotonic()
        result = export_planning_map(project, request, tmp_path / "slow.pdf", dpi=300)
        took = time.monotonic() - started
    finally:
        server.shutdown()
        project.clear()
    assert handler.served > handler.fast, "the export asked for more tiles than the check (else nothing trickled)"
    assert any("slow tiles did not answer" in warning for warning in result.warnings), result.warnings
    text = " ".join(page.extract_text() for page in PdfReader(str(tmp_path / "slow.pdf")).pages).replace("\t", " ")
    assert "Not drawn: the web service of slow tiles did not answer" in " ".join(text.split())
    assert took < 120, "bounded by the deadline, not a hang"  # a hang guard, not a speed check


_CAPABILITIES = b"""<?xml version="1.0" encoding="UTF-8"?>
<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
<Service><Name>WMS</Name><Title>t</Title><OnlineResource xlink:href="http://127.0.0.1:PORT/wms"/></Service>
<Capability><Request>
<GetCapabilities><Format>text/xml</Format><DCPType><HTTP><Get><OnlineResource xlink:href="http://127.0.0.1:PORT/wms?"/></Get></HTTP></DCPType></GetCapabilities>
<GetMap><Format>image/png</Format><DCPType><HTTP><Get><OnlineResource xlink:href="http://127.0.0.1:PORT/wms?"/></Get></HTTP></DCPType></GetMap>
</Request><Exception><Format>XML</Format></Exception>
<Layer><Title>root</Title><CRS>EPSG:31370</CRS><CRS>EPSG:3857</CRS>
<EX_GeographicBoundingBox><westBoundLongitude>2</westBoundLongitude><eastBoundLongitude>6</eastBoundLongitude><southBoundLatitude>49</southBoundLatitude><northBoundLatitude>52</northBoundLatitude></EX_GeographicBoundingBox>
<Layer queryable="0"><Name>ortho</Name><Title>ortho</Title><CRS>EPSG:31370</CRS>
<EX_GeographicBoundingBox><westBoundLongitude>2</westBoundLongitude><eastBoundLongitude>6</eastBoundLongitude><southBoundLatitude>49</southBoundLatitude><northBoundLatitude>52</northBoundLatitude></EX_GeographicBoundingBox>
</Layer></Layer></Capability></WMS_Capabilities>"""


class _GetMapException(BaseHTTPRequestHandler):
    """Mimics a WMS whose capabilities are fine but whose GetMap answers a ServiceException with HTTP 200."""

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        port = str(self.server.server_address[1]).encode()
        body = _CAPABILITIES.replace(b"PORT", port) if "getcapabilities" in self.path.lower() else (
            b'<?xml version="1.0"?><ServiceExceptionReport version="1.3.0"><ServiceException code="InvalidFormat">'
            b"boom</ServiceException></ServiceExceptionReport>")
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


def test_a_wms_answering_getmap_with_a_service_exception_is_left_out(qgis_app, sample_gpkg: Path,
                                                                     tmp_path: Path) -> None:
    from slimstad_plugin.core.maps.export import export_planning_map  # noqa: PLC0415
    from slimstad_plugin.core.maps.layout_builder import PlanningMapRequest  # noqa: PLC0415

    server = ThreadingHTTPServer(("127.0.0.1", 0), _GetMapException)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    project = QgsProject()
    try:
        wijken = QgsVectorLayer("{}|layername=wijken".format(sample_gpkg), "wijken", "ogr")
        ortho = QgsRasterLayer("crs=EPSG:31370&format=image/png&layers=ortho&styles=&url=http://127.0.0.1:{}/wms"
                               .format(server.server_address[1]), "ortho", "wms")
        assert ortho.isValid(), "the capabilities are fine: only GetMap fails"
        project.addMapLayers([wijken, ortho])
        project.setCrs(wijken.crs())
        result = export_planning_map(project, PlanningMapRequest(layers=[wijken, ortho], language="en"),
                                     tmp_path / "kaart.svg", dpi=30)
    finally:
        server.shutdown()
        project.clear()
    assert result.paths == [tmp_path / "kaart.svg"]
    assert any("web service of ortho did not answer" in warning for warning in result.warnings), result.warnings
    assert "did not answer" in (tmp_path / "kaart.svg").read_text(encoding="utf-8")  # on the sources block


class _Stalling(BaseHTTPRequestHandler):
    """A tile server that accepts the request and never answers (loopback mimic of a stalled service)."""

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        time.sleep(30)

    def log_message(self, *_args: object) -> None:
        pass


def test_the_probe_keeps_its_deadline_when_the_task_pool_is_busy(qgis_app) -> None:
    """The probe runs in a task (a thread of Qt's global pool) while every other thread of that pool is busy (other
    tasks, or renders stuck on stalled servers; a 2-core machine has 2): it still ends at its deadline and says why.
    QGIS's parallel render job, whose layers render in that same pool, would wait its turn, and its cancel() would
    block the task until a thread frees."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle  # noqa: PLC0415
    from qgis.PyQt.QtCore import QRunnable, QThreadPool  # noqa: PLC0415

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stalling)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = "http://127.0.0.1:{}/%7Bz%7D/%7Bx%7D/%7By%7D.png".format(server.server_address[1])
    layer = QgsRasterLayer("type=xyz&url={}&zmax=19&zmin=0".format(url), "stil", "wms")
    extent, crs = QgsRectangle(400000, 6600000, 410000, 6610000), QgsCoordinateReferenceSystem("EPSG:3857")
    outcome = {}
    ended = threading.Event()

    class Probe(QRunnable):
        def run(self) -> None:
            started = time.monotonic()
            try:
                outcome["reason"] = probe_layer(layer, extent, crs, 1.0)
            finally:
                outcome["took"] = time.monotonic() - started
                ended.set()

    probe = Probe()
    probe.setAutoDelete(False)
    try:
        with busy_task_pool(free=1, safety_s=25):
            QThreadPool.globalInstance().start(probe)
            assert ended.wait(60)
    finally:
        server.shutdown()
    assert outcome["reason"] == "no answer within 1 s"
    assert outcome["took"] < 15, "ended at its deadline, not when the busy threads freed (after 25 s)"  # hang guard
