"""Kind 1 (case R13): a planning map with raster web layers never crashes.

A WMS layer from a real local ``qgis_mapserver`` is drawn on the map; an XYZ layer whose tiles cannot be fetched
(a closed loopback port) is left out, and both the command's output and the printed sources block say so. The
exports run as separate processes: a segmentation fault must fail the test, not end the test run.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from paths import REPO
from pypdf import PdfReader
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

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
