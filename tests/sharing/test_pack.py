"""Packing a project for another city and opening it elsewhere: relative, complete, licence-aware, untouched."""

import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Dict

import pytest
from paths import REPO
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsRasterLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.layers.properties import SourceInfo, set_source_info, source_info
from slimstad_plugin.core.sharing.manifest import read_manifest, sha256_file
from slimstad_plugin.core.sharing.pack import PackError, PackOptions, pack_project
from slimstad_plugin.core.sharing.pack_layers import gpkg_tables
from slimstad_plugin.core.sharing.unpack import UnpackError, open_project, unpack_package


def tree_hashes(folder: Path) -> Dict[str, str]:
    return {p.relative_to(folder).as_posix(): sha256_file(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def make_project(folder: Path, sample_gpkg: Path) -> Path:
    """Sample-city project with provenance: woonzorgcentra restricted, the rest open; one challenge file."""
    folder.mkdir(parents=True)
    gpkg = folder / "data" / "voorbeeldstad.gpkg"
    gpkg.parent.mkdir()
    shutil.copyfile(sample_gpkg, gpkg)
    project, layers = build_sample_project(gpkg, folder / "stad.qgz")
    for name, layer in layers.items():
        licence = "restricted" if name == "woonzorgcentra" else "open"
        set_source_info(layer, SourceInfo(catalog_id="voorbeeldstad.{}".format(name), title=layer.name(),
                                          owner="Stad Voorbeeldstad", licence_type=licence, source_type="gpkg"))
    memory = QgsVectorLayer("Point?crs=EPSG:31370&field=naam:string", "Schetsen", "memory")
    feature_layer = memory.dataProvider()
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    feature = QgsFeature(memory.fields())
    feature.setAttributes(["nieuwe crèche"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(157_100, 184_200)))
    feature_layer.addFeatures([feature])
    project.addMapLayer(memory)
    # A raster beside the project and a shapefile elsewhere: copied with their side-car files.
    grid = folder / "data" / "hoogte.asc"
    grid.write_text("ncols 3\nnrows 2\nxllcorner 150000\nyllcorner 180000\ncellsize 100\n"
                    "1 2 3\n4 5 6\n", encoding="ascii")
    grid.with_suffix(".prj").write_text(QgsCoordinateReferenceSystem("EPSG:31370").toWkt(), encoding="ascii")
    project.addMapLayer(QgsRasterLayer(str(grid), "Hoogte", "gdal"))
    elsewhere = folder.parent / "gedeeld" / "wijken.shp"
    elsewhere.parent.mkdir()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    QgsVectorFileWriter.writeAsVectorFormatV3(layers["wijken"], str(elsewhere), QgsCoordinateTransformContext(),
                                              options)
    project.addMapLayer(QgsVectorLayer(str(elsewhere), "Wijken (shapefile)", "ogr"))
    assert all(layer.isValid() for layer in project.mapLayers().values())
    assert project.write()
    project.clear()
    (folder / "kinderopvang.slimstad.json").write_text(json.dumps({"id": "kinderopvang", "schema_version": 1}),
                                                       encoding="utf-8")
    return folder / "stad.qgz"


@pytest.fixture()
def city_project(tmp_path: Path, sample_gpkg: Path) -> Path:
    return make_project(tmp_path / "origineel" / "project", sample_gpkg)


def test_pack_unpack_elsewhere_opens_with_zero_broken_layers(tmp_path: Path, city_project: Path,
                                                              sample_gpkg: Path) -> None:
    before = tree_hashes(tmp_path / "origineel")
    result = pack_project(city_project, tmp_path / "pakket.zip")
    assert tree_hashes(tmp_path / "origineel") == before, "the original project or data was modified"
    modes = {layer.name: layer.mode for layer in result.manifest.layers}
    assert modes["Woonzorgcentra"] == "excluded"
    assert modes["Schetsen"] == "snapshot" and modes["Kinderopvang"] == "copied"
    assert result.manifest.challenges == ["challenges/kinderopvang.slimstad.json"]

    shutil.rmtree(tmp_path / "origineel")  # the receiver has none of the original paths
    target = tmp_path / "andere" / "stad" / "uitgepakt"
    target.parent.mkdir(parents=True)
    unpacked = unpack_package(tmp_path / "pakket.zip", target)
    assert unpacked.verification.ok
    project, broken = open_project(unpacked.project_path)
    assert broken == []
    by_name = {layer.name(): layer for layer in project.mapLayers().values()}
    assert "Woonzorgcentra" not in by_name
    assert set(by_name) >= {"Kinderopvang", "Statistische sectoren", "Stratennet", "Schetsen"}
    original = QgsVectorLayer("{}|layername=kinderopvang".format(sample_gpkg), "k", "ogr")
    assert by_name["Kinderopvang"].featureCount() == original.featureCount() > 0
    assert by_name["Hoogte"].width() == 3 and by_name["Wijken (shapefile)"].featureCount() > 0
    assert (target / "data" / "wijken.dbf").is_file() and (target / "data" / "hoogte.prj").is_file()
    # QGIS 3.22 keeps no memory-layer features in a project file; the layer still arrives, as a real file.
    assert by_name["Schetsen"].providerType() == "ogr"
    assert source_info(by_name["Kinderopvang"]).catalog_id == "voorbeeldstad.kinderopvang"
    # The restricted table is not hidden inside the shipped GeoPackage either.
    for gpkg in target.rglob("*.gpkg"):
        assert "woonzorgcentra" not in gpkg_tables(gpkg)
    text = unpacked.project_path.read_text(encoding="utf-8")
    assert str(tmp_path) not in text, "absolute path left in the project"
    manifest = read_manifest(target)
    assert {entry.path for entry in manifest.files} >= {"stad.qgs", "challenges/kinderopvang.slimstad.json"}
    assert manifest.plugin_version
    excluded = [layer for layer in manifest.layers if layer.mode == "excluded"]
    assert excluded[0].licence_type == "restricted" and excluded[0].owner == "Stad Voorbeeldstad"
    assert unpacked.challenges == [target / "challenges" / "kinderopvang.slimstad.json"]
    project.clear()


def test_restricted_layer_only_when_included_explicitly(tmp_path: Path, city_project: Path) -> None:
    project = QgsProject()
    assert project.read(str(city_project))
    restricted_id = next(layer.id() for layer in project.mapLayers().values() if layer.name() == "Woonzorgcentra")
    project.clear()
    pack_project(city_project, tmp_path / "map", PackOptions(include_layer_ids=[restricted_id]))
    assert (tmp_path / "map" / "manifest.json").is_file(), "a folder package"
    unpacked = unpack_package(tmp_path / "map", tmp_path / "ontvangen")
    opened, broken = open_project(unpacked.project_path)
    assert broken == []
    assert "Woonzorgcentra" in {layer.name() for layer in opened.mapLayers().values()}
    assert "woonzorgcentra" in gpkg_tables(tmp_path / "ontvangen" / "data" / "voorbeeldstad.gpkg")
    opened.clear()


def test_layer_broken_at_home_is_left_out_not_shipped_broken(tmp_path: Path, city_project: Path) -> None:
    (city_project.parent.parent / "gedeeld" / "wijken.dbf").unlink()
    for sidecar in (city_project.parent.parent / "gedeeld").glob("wijken.*"):
        sidecar.unlink()
    result = pack_project(city_project, tmp_path / "p.zip")
    entry = next(layer for layer in result.manifest.layers if layer.name == "Wijken (shapefile)")
    assert entry.mode == "excluded" and "wijken.shp" in entry.note
    assert any("wijken.shp" in warning for warning in result.warnings)
    opened, broken = open_project(unpack_package(tmp_path / "p.zip", tmp_path / "u").project_path)
    assert broken == [] and "Wijken (shapefile)" not in [layer.name() for layer in opened.mapLayers().values()]
    opened.clear()


def test_cancel_writes_nothing(tmp_path: Path, city_project: Path) -> None:
    from slimstad_plugin.core.base.errors import Canceled

    calls = []
    with pytest.raises(Canceled):
        pack_project(city_project, tmp_path / "p.zip", is_canceled=lambda: calls.append(1) or len(calls) > 3)
    assert not (tmp_path / "p.zip").exists() and not list(tmp_path.glob(".p.zip*"))


def test_pack_refuses_bad_input_without_writing(tmp_path: Path, city_project: Path) -> None:
    with pytest.raises(PackError, match="does not exist"):
        pack_project(tmp_path / "nope.qgz", tmp_path / "x.zip")
    (tmp_path / "bestaat.zip").write_bytes(b"keep me")
    with pytest.raises(PackError, match="already exists; choose another name, or give --force"):
        pack_project(city_project, tmp_path / "bestaat.zip")
    assert (tmp_path / "bestaat.zip").read_bytes() == b"keep me"
    with pytest.raises(PackError):
        pack_project(city_project, tmp_path / "no-such-folder" / "x.zip")
    (tmp_path / "werkmap").mkdir()
    (tmp_path / "werkmap" / "notities.txt").write_text("belangrijk")
    with pytest.raises(PackError, match="not a SlimStad package"):
        pack_project(city_project, tmp_path / "werkmap", PackOptions(force=True))
    assert (tmp_path / "werkmap" / "notities.txt").read_text() == "belangrijk"
    assert not list(tmp_path.glob(".*.part"))


def test_unpack_refuses_non_empty_target_and_bad_zip(tmp_path: Path) -> None:
    (tmp_path / "bezet").mkdir()
    (tmp_path / "bezet" / "iets.txt").write_text("x")
    (tmp_path / "kapot.zip").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnpackError, match=r"not an empty folder; choose a new or empty folder \(--to"):
        unpack_package(tmp_path / "kapot.zip", tmp_path / "bezet")
    with pytest.raises(UnpackError, match="zip"):
        unpack_package(tmp_path / "kapot.zip", tmp_path / "doel")
    assert not (tmp_path / "doel").exists()
    assert (tmp_path / "bezet" / "iets.txt").read_text() == "x"


def test_cli_pack_and_unpack(tmp_path: Path, city_project: Path) -> None:
    run = [sys.executable, "-m", "slimstad_plugin"]
    env_cwd = str(REPO)
    packed = subprocess.run(run + ["pack", str(city_project), "--out", str(tmp_path / "p.zip")], cwd=env_cwd,
                            capture_output=True, text=True, timeout=120)
    assert packed.returncode == 0, packed.stderr
    assert "excluded" in packed.stdout and "Woonzorgcentra" in packed.stdout
    unpacked = subprocess.run(run + ["unpack", str(tmp_path / "p.zip"), "--to", str(tmp_path / "u")], cwd=env_cwd,
                              capture_output=True, text=True, timeout=120)
    assert unpacked.returncode == 0, unpacked.stdout + unpacked.stderr
    assert "0 broken" in unpacked.stdout
    again = subprocess.run(run + ["unpack", str(tmp_path / "p.zip"), "--to", str(tmp_path / "u")], cwd=env_cwd,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "Traceback" not in again.stderr
    with zipfile.ZipFile(tmp_path / "p.zip") as archive:
        assert all(not name.startswith("/") and ".." not in name for name in archive.namelist())
    assert hashlib.sha256((tmp_path / "p.zip").read_bytes()).hexdigest()
