"""Kind 3 (case B02): atlas page files are unique and safe, never overwrite, and are counted.

Right value of B02: one file per atlas page whatever the names (NULL, repeated, slashes, accents): 5 files for
5 wijken named Noord, NULL, NULL, Noord, Zuid; nothing else in the output folder; ``pages`` equals the files.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from paths import REPO
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from slimstad_plugin.core.maps.atlas import clean_file_part, default_name_field, page_file_name

NAMES = ["Noord", None, None, "Noord", "Zuid", "Sint-Jan/Oost", "Élisabeth ( Oud )", "../../etc"]


def write_wijken(folder: Path, names: list) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:31370&field=wijk_code:string&field=wijk_naam:string", "w",
                            "memory")
    features = []
    for index, name in enumerate(names):
        x = 150000 + index * 1000
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromWkt("MULTIPOLYGON((({0} 180000,{1} 180000,{1} 181000,{0} 181000,"
                                                "{0} 180000)))".format(x, x + 900)))
        feature.setAttributes(["W{:02d}".format(index + 1), name])
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "wijken"
    QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(folder / "wijken.gpkg"), QgsCoordinateTransformContext(),
                                              options)
    project = QgsProject()
    layer = QgsVectorLayer(str(folder / "wijken.gpkg") + "|layername=wijken", "Wijken", "ogr")
    project.addMapLayer(layer)
    project.setCrs(layer.crs())
    assert project.write(str(folder / "stad.qgz"))
    project.clear()
    return folder / "stad.qgz"


def export(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "slimstad_plugin", "export", *args], cwd=str(REPO), env=env,
                          capture_output=True, text=True, timeout=300)


def pages_reported(stdout: str) -> int:
    line = next(line for line in stdout.splitlines() if line.startswith("pages: "))
    return int(line.split(";")[0].split(":")[1])


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_every_page_gets_its_own_file_and_the_count_is_true(qgis_app, tmp_path: Path, suffix: str) -> None:
    project = write_wijken(tmp_path / "in", NAMES)
    out = tmp_path / "uit"
    out.mkdir()
    done = export("--project", str(project), "--atlas", "Wijken", "--out", str(out / ("atlas" + suffix)),
                  "--dpi", "30")
    assert done.returncode == 0, done.stderr[-2000:]
    files = sorted(os.listdir(out))
    assert len(files) == len(NAMES), files
    assert not [name for name in files if name.startswith(".")], "no hidden leftovers"
    assert pages_reported(done.stdout) == len(files), "the reported page count is the files written"
    assert all(name.startswith("atlas_") and name.endswith(suffix) for name in files)
    assert all(" " not in name and "/" not in name and ".." not in name[:-4] for name in files)
    assert sum(1 for name in files if "Noord" in name) == 2, "repeated names do not overwrite each other"
    stems = {name[len("atlas_000_"):-len(suffix)] for name in files}
    assert {"Sint-Jan_Oost", "Elisabeth_Oud", "etc", "Noord", "Zuid"} <= stems
    assert sorted(name[6:9] for name in files) == ["{:03d}".format(n) for n in range(1, len(NAMES) + 1)]


def test_existing_page_files_are_never_overwritten_unasked(qgis_app, tmp_path: Path) -> None:
    project = write_wijken(tmp_path / "in", ["Noord", "Zuid"])
    out = tmp_path / "uit"
    out.mkdir()
    assert export("--project", str(project), "--atlas", "Wijken", "--out", str(out / "a.png"), "--dpi", "30"
                  ).returncode == 0
    mine = out / "a_002_Zuid.png"
    mine.write_bytes(b"the user's own file")
    again = export("--project", str(project), "--atlas", "Wijken", "--out", str(out / "a.png"), "--dpi", "30")
    errors = [line for line in again.stderr.splitlines() if line.startswith("error:")]
    assert again.returncode == 2 and len(errors) == 1 and "a_002_Zuid.png" in errors[0]
    assert "Traceback" not in again.stderr
    assert mine.read_bytes() == b"the user's own file"
    assert sorted(os.listdir(out)) == ["a_001_Noord.png", "a_002_Zuid.png"], "nothing half-written, nothing hidden"
    replaced = export("--project", str(project), "--atlas", "Wijken", "--out", str(out / "a.png"), "--dpi", "30",
                      "--replace")
    assert replaced.returncode == 0 and mine.read_bytes().startswith(b"\x89PNG")


def test_sector_atlas_of_the_sample_city_writes_one_file_per_sector(qgis_app, sample_gpkg: Path,
                                                                   tmp_path: Path) -> None:
    """B02 on the demo: 150 sector pages were 10 files (named by wijk_naam). Now: 150 files, sector names."""
    sectors = QgsVectorLayer("{}|layername=statistische_sectoren".format(sample_gpkg), "Statistische sectoren", "ogr")
    assert default_name_field(sectors) == "tx_sector_descr_nl", "the sector's own name, not its wijk's"
    project = QgsProject()
    project.addMapLayer(sectors)
    project.setCrs(sectors.crs())
    assert project.write(str(tmp_path / "stad.qgz"))
    count = sectors.featureCount()
    project.clear()
    out = tmp_path / "sectoren"
    out.mkdir()
    done = export("--project", str(tmp_path / "stad.qgz"), "--atlas", "Statistische sectoren", "--out",
                  str(out / "sect.png"), "--dpi", "30")
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(os.listdir(out)) == count == pages_reported(done.stdout) == 150


def test_file_name_parts() -> None:
    assert clean_file_part(None) == "" and clean_file_part("NULL") == ""
    assert clean_file_part("Sint-Niklaas / Oost") == "Sint-Niklaas_Oost"
    assert clean_file_part("Ééntje ça") == "Eentje_ca"
    assert page_file_name("kaart", 7, 150, None, ".png") == "kaart_007.png"
    assert page_file_name("kaart", 12, 1200, "Zuid", ".svg") == "kaart_0012_Zuid.svg"
