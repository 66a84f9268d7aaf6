"""Kind 5 (cases B12, B03): a package carries everything its layers, styles and layouts point to, and "0 broken"
at unpack is verified (each layer opened and compared with the manifest).

Right values: B12 -- the planned facility of a temporary layer reaches the package (1 feature) when packing from
the open session, and the CLI pack of the saved file names the layer in a warning. B03 -- an SVG marker kept outside
the project folder is copied into the package, the packaged project points there, no path leaves the package.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from paths import REPO
from qgis.core import (
    QgsApplication,
    QgsAuxiliaryLayer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsLayoutItemPicture,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsRelation,
    QgsRelationContext,
    QgsRenderContext,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerJoinInfo,
    QgsVectorLayerSimpleLabeling,
    QgsVirtualLayerDefinition,
)
from qgis.PyQt.QtCore import QUrl

from slimstad_plugin.core.sharing.manifest import read_manifest
from slimstad_plugin.core.sharing.pack import pack_project
from slimstad_plugin.core.sharing.unpack import open_project, unpack_package

SQUARE = "POLYGON(({0} {1},{2} {1},{2} {3},{0} {3},{0} {1}))"
FACILITY = "Nieuwe opvang (scenario)"


def gpkg(path: Path, name: str, geometry: str, fields: str, rows: list) -> QgsVectorLayer:
    memory = QgsVectorLayer("{}?crs=EPSG:31370&{}".format(geometry, fields), name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    assert QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsCoordinateTransformContext(),
                                                     options)[0] == 0
    return QgsVectorLayer(str(path), name, "ogr")


def make_city(root: Path) -> Path:
    """A project using everything a package must carry (see the module docstring of pack_assets)."""
    from osgeo import gdal, osr

    project_dir = root / "project"
    for folder in (root / "symbolen", root / "logos", project_dir / "raster", project_dir / "zuid"):
        folder.mkdir(parents=True)
    (root / "symbolen" / "school.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>')
    (root / "logos" / "stad.png").write_bytes((REPO / "resources" / "icons" / "slimstad.svg").read_bytes())
    scholen = gpkg(project_dir / "scholen.gpkg", "scholen", "Point", "field=naam:string",
                   [("POINT(150500 180500)", ["School A"]), ("POINT(150700 180200)", ["School B"])])
    zuid = gpkg(project_dir / "zuid" / "gebied.gpkg", "gebied", "Polygon", "field=code:string",
                [(SQUARE.format(150000, 179000, 151000, 180000), ["Z1"]),
                 (SQUARE.format(151000, 179000, 152000, 180000), ["Z2"])])
    (project_dir / "zuid" / "gebied.qml").write_text("<qgis/>")  # a default style beside the data
    (project_dir / "tabel.csv").write_text("code,inwoners\nZ1,120\nZ2,80\n")
    (project_dir / "tabel.csvt").write_text('"String","Integer"\n')
    driver = gdal.GetDriverByName("GTiff")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    for k in (1, 2):
        dataset = driver.Create(str(project_dir / "raster" / "tegel_{}.tif".format(k)), 10, 10, 1, gdal.GDT_Byte)
        dataset.SetGeoTransform((150000 + (k - 1) * 1000, 100, 0, 181000, 0, -100))
        dataset.SetProjection(srs.ExportToWkt())
        dataset.GetRasterBand(1).Fill(k * 100)
        dataset = None
    cwd = Path.cwd()
    os.chdir(project_dir / "raster")
    try:
        gdal.BuildVRT("mozaiek.vrt", ["tegel_1.tif", "tegel_2.tif"]).FlushCache()
    finally:
        os.chdir(cwd)
    project = QgsProject()
    tabel = QgsVectorLayer(QUrl.fromLocalFile(str(project_dir / "tabel.csv")).toString() +
                           "?type=csv&detectTypes=yes&geomType=none", "Tabel", "delimitedtext")
    raster = QgsRasterLayer(str(project_dir / "raster" / "mozaiek.vrt"), "Mozaiek")
    scholen.setName("Scholen")
    zuid.setName("Gebied zuid")
    for layer in (scholen, zuid, tabel, raster):
        assert layer.isValid(), layer.name()
        project.addMapLayer(layer)
    marker = QgsSvgMarkerSymbolLayer(str(root / "symbolen" / "school.svg"), 6)
    symbol = QgsMarkerSymbol()
    symbol.changeSymbolLayer(0, marker)
    scholen.setRenderer(QgsSingleSymbolRenderer(symbol))
    join = QgsVectorLayerJoinInfo()
    join.setJoinLayer(tabel)
    join.setJoinFieldName("code")
    join.setTargetFieldName("code")
    join.setUsingMemoryCache(True)
    join.setPrefix("t_")
    zuid.addJoin(join)
    # A virtual layer with an embedded file source (not a reference): it must query the packed copy.
    definition = QgsVirtualLayerDefinition()
    definition.addSource("s", str(project_dir / "scholen.gpkg"), "ogr", "UTF-8")
    definition.setQuery("SELECT * FROM s WHERE naam = 'School A'")
    virtual = QgsVectorLayer(definition.toString(), "Alleen school A", "virtual")
    assert virtual.isValid() and virtual.featureCount() == 1
    project.addMapLayer(virtual)
    # Auxiliary storage: a label moved by hand.
    settings = QgsPalLayerSettings()
    settings.fieldName = "code"
    zuid.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    zuid.setLabelsEnabled(True)
    zuid.setAuxiliaryLayer(project.auxiliaryStorage().createAuxiliaryLayer(zuid.fields().field("code"), zuid))
    index = QgsAuxiliaryLayer.createProperty(QgsPalLayerSettings.Property.PositionX, zuid)
    zuid.startEditing()
    zuid.changeAttributeValue(next(zuid.getFeatures()).id(), index, 150321.0)
    assert zuid.commitChanges()
    # A layout with the city's logo from a folder outside the project.
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Kaart")
    picture = QgsLayoutItemPicture(layout)
    picture.setPicturePath(str(root / "logos" / "stad.png"))
    layout.addLayoutItem(picture)
    project.layoutManager().addLayout(layout)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    project.writeEntryBool("Paths", "/Absolute", False)
    assert project.write(str(project_dir / "stad.qgz"))
    project.clear()
    return project_dir / "stad.qgz"


@pytest.fixture()
def packed(qgis_app, tmp_path: Path) -> tuple:
    source = make_city(tmp_path / "afzender")
    result = pack_project(source, tmp_path / "pakket.zip")
    shutil.move(str(tmp_path / "afzender"), str(tmp_path / "elders"))  # the receiver has none of the sender's folders
    unpacked = unpack_package(tmp_path / "pakket.zip", tmp_path / "ontvanger")
    project, broken = open_project(unpacked.project_path)
    yield result, unpacked, project, broken
    project.clear()


def test_package_carries_every_kind_of_file(packed, tmp_path: Path) -> None:
    result, unpacked, project, broken = packed
    names = set(zipfile.ZipFile(tmp_path / "pakket.zip").namelist())
    assert {"symbols/school.svg", "symbols/stad.png"} <= names, "SVG marker and layout picture"
    assert {"data/mozaiek.vrt", "data/mozaiek_parts/tegel_1.tif", "data/mozaiek_parts/tegel_2.tif"} <= names
    assert {"data/tabel.csv", "data/tabel.csvt", "data/gebied.qml"} <= names, "CSV table and sidecar files"
    assert "stad.qgd" in names, "auxiliary storage (label positions)"
    assert broken == [], broken
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    scholen = layers["Scholen"]
    paths = [sl.path() for s in scholen.renderer().symbols(QgsRenderContext()) for sl in s.symbolLayers()]
    assert paths == [str(unpacked.folder / "symbols" / "school.svg")]
    assert layers["Mozaiek"].isValid() and layers["Mozaiek"].width() == 20
    assert layers["Mozaiek"].dataProvider().sample(layers["Mozaiek"].extent().center(), 1)[1]
    zuid = layers["Gebied zuid"]
    assert sorted(f["t_inwoners"] for f in zuid.getFeatures()) == [80, 120], "the joined table travels"
    aux = [name for name in zuid.fields().names() if name.startswith("auxiliary_storage_")]
    assert aux and 150321.0 in [f[aux[0]] for f in zuid.getFeatures()]
    virtual = layers["Alleen school A"]
    assert virtual.providerType() == "virtual" and virtual.featureCount() == 1
    assert "elders" not in virtual.source() and "afzender" not in virtual.source()
    layout = project.layoutManager().layoutByName("Kaart")
    logo = next(item for item in layout.items() if isinstance(item, QgsLayoutItemPicture))
    assert Path(logo.picturePath()) == unpacked.folder / "symbols" / "stad.png"
    text = unpacked.project_path.read_text(encoding="utf-8")
    assert "afzender" not in text and "../" not in text.replace("&quot;", '"'), "no path out of the package"
    manifest = read_manifest(unpacked.folder)
    assert manifest.assets == {"symbols/school.svg": "school.svg", "symbols/stad.png": "stad.png"}
    entry = next(layer for layer in manifest.layers if layer.name == "Scholen")
    assert entry.feature_count == 2 and entry.fields == ["fid", "naam"] and len(entry.extent) == 4


def test_unpack_verifies_each_layer_against_the_manifest(qgis_app, tmp_path: Path) -> None:
    source = make_city(tmp_path / "afzender")
    pack_project(source, tmp_path / "pakket.zip")
    unpacked = unpack_package(tmp_path / "pakket.zip", tmp_path / "ontvanger")
    # A layer that still opens but lost a feature is broken too: 'opens' is not 'arrived whole'.
    with sqlite3.connect(str(unpacked.folder / "data" / "scholen.gpkg")) as connection:
        connection.execute("DELETE FROM scholen WHERE naam = 'School B'")
    project, broken = open_project(unpacked.project_path)
    assert broken == ["Scholen: 1 feature instead of 2"], broken
    project.clear()


def test_fonts_are_listed_for_the_receiver(qgis_app, tmp_path: Path) -> None:
    source = make_city(tmp_path / "afzender")
    project = QgsProject()
    assert project.read(str(source))
    layer = project.mapLayersByName("Gebied zuid")[0]
    settings = layer.labeling().settings()
    text_format = settings.format()
    font = text_format.font()
    font.setFamily("Nergens Sans Pro")
    text_format.setFont(font)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    assert project.write()
    project.clear()
    result = pack_project(source, tmp_path / "p.zip")
    assert "Nergens Sans Pro" in result.manifest.fonts
    assert any("Nergens Sans Pro" in note for note in result.manifest.receiver_must_configure)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "slimstad_plugin", "unpack", str(tmp_path / "p.zip"), "--to",
                           str(tmp_path / "u")], cwd=str(REPO), env=env, capture_output=True, text=True, timeout=120)
    assert "not installed here: Nergens Sans Pro" in done.stdout, done.stdout


def test_layers_depending_on_layers_left_out_are_reported(qgis_app, tmp_path: Path) -> None:
    from slimstad_plugin.core.layers.properties import SourceInfo, set_source_info

    source = make_city(tmp_path / "afzender")
    project = QgsProject()
    assert project.read(str(source))
    tabel = project.mapLayersByName("Tabel")[0]
    set_source_info(tabel, SourceInfo(owner="Stad", licence_type="restricted"))
    relation = QgsRelation(QgsRelationContext(project))
    relation.setId("zuid_tabel")
    relation.setName("gebied-tabel")
    relation.setReferencingLayer(tabel.id())
    relation.setReferencedLayer(project.mapLayersByName("Gebied zuid")[0].id())
    relation.addFieldPair("code", "code")
    assert relation.isValid()
    project.relationManager().addRelation(relation)
    assert project.write()
    project.clear()
    result = pack_project(source, tmp_path / "p.zip")
    assert any("join of Gebied zuid" in warning for warning in result.warnings)
    assert any("relation gebied-tabel" in warning for warning in result.warnings)


def test_b12_temporary_layer_from_the_open_session_and_from_the_saved_file(slimstad_processing,
                                                                            tmp_path: Path) -> None:
    import processing

    source = make_city(tmp_path / "afzender")
    session = QgsProject.instance()
    assert session.read(str(source))
    try:
        memory = QgsVectorLayer("Point?crs=EPSG:31370&field=naam:string&field=plaatsen:integer", FACILITY, "memory")
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POINT(150200 179500)"))
        feature.setAttributes(["Nieuw", 18])
        memory.dataProvider().addFeatures([feature])
        session.addMapLayer(memory)
        assert session.write()
        processing.run("slimstad:pack_project", {"PROJECT": str(source), "OUTPUT": str(tmp_path / "live.zip")})
    finally:
        session.clear()
    unpacked = unpack_package(tmp_path / "live.zip", tmp_path / "live")
    project, broken = open_project(unpacked.project_path)
    assert broken == [] and project.mapLayersByName(FACILITY)[0].featureCount() == 1
    project.clear()
    # The saved file alone holds no features of the temporary layer: the CLI says so, naming the layer.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "slimstad_plugin", "pack", str(source), "--out",
                           str(tmp_path / "cli.zip")], cwd=str(REPO), env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert any(line.strip().startswith("warning:") and FACILITY in line for line in done.stdout.splitlines())


def test_b03_svg_outside_the_project_folder_travels(qgis_app, tmp_path: Path) -> None:
    source = make_city(tmp_path / "afzender")
    pack_project(source, tmp_path / "p.zip")
    shutil.rmtree(tmp_path / "afzender")
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "ontvanger")
    project = QgsProject.instance()  # as QGIS desktop opens it
    try:
        assert project.read(str(unpacked.project_path))
        scholen = project.mapLayersByName("Scholen")[0]
        symbol_layer = scholen.renderer().symbol().symbolLayer(0)
        assert Path(symbol_layer.path()).is_file()
        Path(symbol_layer.path()).resolve().relative_to(unpacked.folder.resolve())
    finally:
        project.clear()
    assert "school.svg" in unpacked.project_path.read_text(encoding="utf-8")
    assert QgsApplication.svgPaths(), "QGIS's own SVG folders are known (their pictures are not packed)"


def test_unpack_check_sees_a_missing_mosaic_tile_and_a_damaged_raster(qgis_app, tmp_path: Path) -> None:
    """GDAL opens a VRT mosaic without its tiles (and a truncated GeoTIFF by its header): the layer "opens", so the
    check looks for every part and reads pixels; each fault is reported with the layer's name."""
    from slimstad_plugin.core.sharing.unpack import open_checked

    source = make_city(tmp_path / "afzender")
    pack_project(source, tmp_path / "p.zip")
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "ontvanger")
    project, check = open_checked(unpacked.project_path)
    project.clear()
    assert check.broken == []
    parts = unpacked.folder / "data" / "mozaiek_parts"
    (parts / "tegel_1.tif").unlink()
    project, check = open_checked(unpacked.project_path)
    project.clear()
    assert check.broken == ["Mozaiek: parts of its mosaic are missing: tegel_1.tif"]
    shutil.copyfile(tmp_path / "afzender" / "project" / "raster" / "tegel_1.tif", parts / "tegel_1.tif")
    damaged = parts / "tegel_2.tif"
    damaged.write_bytes(damaged.read_bytes()[:-60])
    project, check = open_checked(unpacked.project_path)
    project.clear()
    assert check.broken == ["Mozaiek: its pixels cannot be read"]


def test_a_mosaic_tile_missing_at_the_sender_is_reported_at_pack_time(qgis_app, tmp_path: Path) -> None:
    from slimstad_plugin.core.sharing.unpack import open_checked

    source = make_city(tmp_path / "afzender")
    (tmp_path / "afzender" / "project" / "raster" / "tegel_2.tif").unlink()
    result = pack_project(source, tmp_path / "p.zip")
    assert any("Mozaiek" in warning and "tegel_2.tif" in warning for warning in result.warnings), result.warnings
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "ontvanger")
    project, check = open_checked(unpacked.project_path)
    project.clear()
    assert check.broken == ["Mozaiek: parts of its mosaic are missing: tegel_2.tif"]
