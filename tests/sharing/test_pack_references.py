"""Kind 5, hardened (hidden cases of B03/B12): a file or layer the project needs is carried, and carried right, from
every place a QGIS project can point to a file; and "0 broken" at unpack is verified (each layer opened and its
features counted, each picture looked up), so a corrupted layer, a missing picture or a forged count is reported by
name. Real GeoPackages and real .qgs/.qgz projects, built here.
"""

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from paths import REPO
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsGeometry,
    QgsLayoutFrame,
    QgsLayoutItemHtml,
    QgsLayoutItemLabel,
    QgsLayoutItemPicture,
    QgsMarkerSymbol,
    QgsMeshLayer,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsRasterLayer,
    QgsRasterMarkerSymbolLayer,
    QgsRenderContext,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSVGFillSymbolLayer,
    QgsSvgMarkerSymbolLayer,
    QgsSymbolLayer,
    QgsTextBackgroundSettings,
    QgsTextFormat,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsVirtualLayerDefinition,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QUrl
from qgis.PyQt.QtGui import QColor, QImage

from slimstad_plugin.core.sharing.manifest import MANIFEST_NAME
from slimstad_plugin.core.sharing.pack import PackOptions, pack_project
from slimstad_plugin.core.sharing.unpack import open_checked, unpack_package

# Folders of the sender that no reference in the package may name (a folder a setting points to, such as a file
# picker's start folder, keeps only its own name: "andere map").
SENDER_NAMES = ("afzender", "sym bolen", "project é")


def svg(path: Path, colour: str) -> None:
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4" '
                    'fill="{}"/></svg>'.format(colour))


def gpkg(path: Path, name: str, geometry: str, fields: str, rows: list) -> None:
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
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    assert QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsCoordinateTransformContext(),
                                                     options)[0] == 0


def svg_layer(path: str) -> QgsSvgMarkerSymbolLayer:
    return QgsSvgMarkerSymbolLayer(path, 5)


def make_referencing_project(root: Path, suffix: str) -> Path:
    """Every place a project points to a file: categorized SVG markers (two different ``school.svg`` in two
    folders), a rule-based symbol with a static data-defined SVG, an expression literal, a raster marker, a font
    marker, a ``file://`` URL, a missing SVG and a Windows path; an SVG fill; a label background SVG; a layout logo,
    north arrow, HTML label with ``<img>``; a preset home folder. Folder names with spaces and non-ASCII."""
    project_dir, symbols, other = root / "project é", root / "sym bolen ë", root / "andere map"
    for folder in (project_dir, symbols, other):
        folder.mkdir(parents=True)
    svg(symbols / "school.svg", "red")
    svg(other / "school.svg", "blue")
    for name in ("dd.svg", "expr.svg", "furl.svg", "fill é.svg", "label bg.svg", "north.svg"):
        svg(symbols / name, "green")
    shutil.copyfile(REPO / "resources" / "icons" / "slimstad.svg", symbols / "logo.svg")
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.fill(QColor("orange"))
    for name in ("raster.png", "html.png"):
        assert image.save(str(symbols / name), "PNG")
    gpkg(project_dir / "punten.gpkg", "punten", "Point", "field=cat:string",
         [("POINT(150500 180500)", ["x"]), ("POINT(150600 180500)", ["y"])])
    gpkg(project_dir / "vlakken.gpkg", "vlakken", "Polygon", "field=n:string",
         [("POLYGON((0 0,1 0,1 1,0 0))", ["a"])])
    project = QgsProject()
    points = QgsVectorLayer(str(project_dir / "punten.gpkg"), "Punten", "ogr")
    rules = QgsVectorLayer(str(project_dir / "punten.gpkg"), "Regels", "ogr")
    areas = QgsVectorLayer(str(project_dir / "vlakken.gpkg"), "Vlakken", "ogr")
    for layer in (points, rules, areas):
        assert layer.isValid()
        project.addMapLayer(layer)
    categories = []
    for value, path in (("x", symbols / "school.svg"), ("y", other / "school.svg")):
        symbol = QgsMarkerSymbol()
        symbol.changeSymbolLayer(0, svg_layer(str(path)))
        categories.append(QgsRendererCategory(value, symbol, value))
    points.setRenderer(QgsCategorizedSymbolRenderer("cat", categories))
    # A photo field whose file picker starts in a folder of the sender (QGIS stores it relative to the project).
    points.setEditorWidgetSetup(0, QgsEditorWidgetSetup("ExternalResource", {
        "DefaultRoot": str(other), "RelativeStorage": 1, "StorageMode": 0}))
    symbol = QgsMarkerSymbol()
    static = svg_layer(str(symbols / "school.svg"))
    static.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyName, QgsProperty.fromValue(str(symbols / "dd.svg")))
    symbol.changeSymbolLayer(0, static)
    expression = svg_layer(str(symbols / "school.svg"))
    expression.setDataDefinedProperty(QgsSymbolLayer.Property.PropertyName,
                                      QgsProperty.fromExpression("'{}'".format(symbols / "expr.svg")))
    symbol.appendSymbolLayer(expression)
    symbol.appendSymbolLayer(QgsRasterMarkerSymbolLayer(str(symbols / "raster.png")))
    symbol.appendSymbolLayer(QgsFontMarkerSymbolLayer("Webdings", "A"))
    symbol.appendSymbolLayer(svg_layer("file://" + str(symbols / "furl.svg")))
    symbol.appendSymbolLayer(svg_layer(str(symbols / "gone.svg")))
    symbol.appendSymbolLayer(svg_layer("C:\\Users\\jan\\symbolen\\win.svg"))
    root_rule = QgsRuleBasedRenderer.Rule(None)
    root_rule.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "1=1"))
    rules.setRenderer(QgsRuleBasedRenderer(root_rule))
    fill = QgsFillSymbol()
    fill.changeSymbolLayer(0, QgsSVGFillSymbolLayer(str(symbols / "fill é.svg")))
    areas.setRenderer(QgsSingleSymbolRenderer(fill))
    settings = QgsPalLayerSettings()
    settings.fieldName = "n"
    text_format = QgsTextFormat()
    background = QgsTextBackgroundSettings()
    background.setEnabled(True)
    background.setType(QgsTextBackgroundSettings.ShapeType.ShapeSVG)
    background.setSvgFile(str(symbols / "label bg.svg"))
    text_format.setBackground(background)
    settings.setFormat(text_format)
    (symbols / "formulier.ui").write_text('<?xml version="1.0"?><ui version="4.0"><class>Form</class>'
                                          '<widget class="QWidget" name="Form"/></ui>', encoding="utf-8")
    form = areas.editFormConfig()
    form.setUiForm(str(symbols / "formulier.ui"))
    form.setLayout(QgsEditFormConfig.EditorLayout.UiFileLayout)
    areas.setEditFormConfig(form)
    areas.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    areas.setLabelsEnabled(True)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("Kaart")
    for picture_path in (symbols / "logo.svg", symbols / "north.svg"):
        picture = QgsLayoutItemPicture(layout)
        picture.setPicturePath(str(picture_path))
        layout.addLayoutItem(picture)
    label = QgsLayoutItemLabel(layout)
    label.setMode(QgsLayoutItemLabel.Mode.ModeHtml)
    label.setText('<img src="file://{}"/> Stad'.format(symbols / "html.png"))
    layout.addLayoutItem(label)
    words = QgsLayoutItemLabel(layout)
    words.setText("Zie 'kaart.png' in de bijlage")  # words, not a file: left as written
    words.setId("Toelichting")
    layout.addLayoutItem(words)
    (symbols / "legende.html").write_text("<p>Legende van de stad</p>", encoding="utf-8")
    frame_html = QgsLayoutItemHtml(layout)
    frame_html.addFrame(QgsLayoutFrame(layout, frame_html))
    frame_html.setContentMode(QgsLayoutItemHtml.ContentMode.Url)
    frame_html.setUrl(QUrl.fromLocalFile(str(symbols / "legende.html")))
    layout.addMultiFrame(frame_html)
    project.layoutManager().addLayout(layout)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    project.setPresetHomePath(str(root))
    # A project made on Windows: a folder of that machine in a project variable.
    QgsExpressionContextUtils.setProjectVariable(project, "legende", "C:\\Users\\Jan Peeters\\Kaarten\\legende.pdf")
    project.writeEntryBool("Paths", "/Absolute", False)
    target = project_dir / ("stad" + suffix)
    assert project.write(str(target))
    project.clear()
    return target


def package_texts(folder: Path) -> dict:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


@pytest.mark.parametrize("suffix", [".qgs", ".qgz"])
def test_every_file_reference_travels_or_is_reported(qgis_app, tmp_path: Path, suffix: str) -> None:
    source = make_referencing_project(tmp_path / "afzender", suffix)
    result = pack_project(source, tmp_path / "p.zip")
    warned = " ".join(result.warnings)
    assert "gone.svg" in warned and "win.svg" in warned, "pictures missing at the sender are reported at pack time"
    assert "Webdings" in result.manifest.fonts, "a font marker's font is listed for the receiver"
    carried = sorted(result.manifest.assets.values())
    assert carried == sorted(["school.svg", "school.svg", "dd.svg", "expr.svg", "raster.png", "furl.svg",
                              "fill é.svg", "label bg.svg", "logo.svg", "north.svg", "html.png", "formulier.ui"])
    shutil.move(str(tmp_path / "afzender"), str(tmp_path / "elders"))  # the receiver has none of these folders
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "ontvanger")
    files = package_texts(unpacked.folder)
    schools = [files[name] for name in result.manifest.assets if result.manifest.assets[name] == "school.svg"]
    assert len(set(schools)) == 2, "two files with the same name from two folders do not overwrite each other"
    for name, content in files.items():
        for sender in SENDER_NAMES + ("Users", "jan", "Peeters"):
            assert sender.encode("utf-8") not in content, (sender, name)
    text = unpacked.project_path.read_text(encoding="utf-8")
    assert "../" not in text and "..\\" not in text, "no reference climbs out of the package"
    assert re.search(r'<homePath path=""', text), "the sender's preset home folder is not kept"
    project, check = open_checked(unpacked.project_path)
    try:
        frames = [frame for frame in project.layoutManager().layoutByName("Kaart").multiFrames()
                  if isinstance(frame, QgsLayoutItemHtml)]
        assert frames[0].contentMode() == QgsLayoutItemHtml.ContentMode.ManualHtml
        assert "Legende van de stad" in frames[0].html(), "an HTML frame's file travels as its content"
        note = project.layoutManager().layoutByName("Kaart").itemById("Toelichting")
        assert note.text() == "Zie 'kaart.png' in de bijlage"
        ui_form = Path(project.mapLayersByName("Vlakken")[0].editFormConfig().uiForm())
        assert ui_form.is_file() and ui_form.name == "formulier.ui", "a custom attribute form travels"
        ui_form.resolve().relative_to(unpacked.folder.resolve())
        assert check.broken == ["Regels: picture symbols/gone.svg is missing",
                                "Regels: picture symbols/win.svg is missing"]
        assert check.needs_connection == []
        paths = []
        for layer in project.mapLayers().values():
            for symbol in layer.renderer().symbols(QgsRenderContext()):
                for index in range(symbol.symbolLayerCount()):
                    symbol_layer = symbol.symbolLayer(index)
                    if hasattr(symbol_layer, "path"):
                        paths.append(symbol_layer.path())
                    if hasattr(symbol_layer, "svgFilePath"):
                        paths.append(symbol_layer.svgFilePath())
        existing = [path for path in paths if Path(path).is_file()]
        assert len(existing) == len(paths) - 2  # all but gone.svg and win.svg
        for path in existing:
            Path(path).resolve().relative_to(unpacked.folder.resolve())
    finally:
        project.clear()


def test_unpack_reports_a_corrupted_layer_a_missing_picture_and_a_forged_count(qgis_app, tmp_path: Path) -> None:
    source = make_referencing_project(tmp_path / "afzender", ".qgz")
    pack_project(source, tmp_path / "p.zip")
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "ontvanger")
    folder = unpacked.folder
    project, check = open_checked(unpacked.project_path)
    project.clear()
    assert len(check.broken) == 2  # gone.svg and win.svg, missing at the sender
    (folder / "symbols" / "dd.svg").unlink()
    connection = sqlite3.connect(str(folder / "data" / "punten.gpkg"))
    connection.execute("DELETE FROM punten WHERE fid = 1")
    connection.commit()
    connection.close()
    manifest = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
    for layer in manifest["layers"]:
        if layer["name"] == "Vlakken":
            layer["feature_count"] = 5
    (folder / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    project, check = open_checked(unpacked.project_path)
    project.clear()
    assert "Regels: picture symbols/dd.svg is missing" in check.broken
    assert "Punten: 1 feature instead of 2" in check.broken
    assert "Regels: 1 feature instead of 2" in check.broken
    assert "Vlakken: 1 feature instead of 5" in check.broken
    # A stored count that lies (gpkg_ogr_contents) is not believed: the features are counted one by one.
    connection = sqlite3.connect(str(folder / "data" / "punten.gpkg"))
    connection.execute("UPDATE gpkg_ogr_contents SET feature_count = 2")
    connection.commit()
    connection.close()
    project, check = open_checked(unpacked.project_path)
    project.clear()
    assert "Punten: 1 feature instead of 2" in check.broken


def test_cli_unpack_of_a_package_missing_a_picture_is_not_zero_broken(qgis_app, tmp_path: Path) -> None:
    source = make_referencing_project(tmp_path / "afzender", ".qgs")
    pack_project(source, tmp_path / "p.zip")
    with zipfile.ZipFile(tmp_path / "p.zip") as original, zipfile.ZipFile(tmp_path / "q.zip", "w") as copy:
        for info in original.infolist():
            if info.filename != "symbols/north.svg":
                copy.writestr(info, original.read(info))
    done = subprocess.run([sys.executable, "-m", "slimstad_plugin", "unpack", str(tmp_path / "q.zip"), "--to",
                           str(tmp_path / "u"), "--allow-tampered"], cwd=str(REPO), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr[-2000:]
    assert "3 broken" in done.stdout, done.stdout
    assert "broken: Kaart: picture symbols/north.svg is missing" in done.stdout, done.stdout


def test_layers_of_every_kind_are_carried_with_their_features(qgis_app, tmp_path: Path) -> None:
    """A table addressed by layer number, two filtered layers on one table of a GeoPackage whose other table is
    left out, a temporary layer of every field type with edits not yet saved, a layer that does not open at the
    sender, and unreachable web and database layers (links kept without secrets, counted as needing a
    connection)."""
    from osgeo import ogr, osr

    root = tmp_path / "afzender"
    root.mkdir()
    gpkg(root / "veel.gpkg", "intern", "Point", "field=n:string", [("POINT(0 0)", ["geheim"])])
    gpkg(root / "veel.gpkg", "scholen", "Point", "field=soort:string",
         [("POINT({} 1)".format(k), ["basis" if k < 3 else "secundair"]) for k in range(5)])
    gpkg(root / "twee.gpkg", "zeta", "Point", "field=n:string", [("POINT(0 0)", ["z1"]), ("POINT(1 0)", ["z2"])])
    gpkg(root / "twee.gpkg", "alfa", "Point", "field=n:string", [("POINT(0 0)", ["a1"])])
    gpkg(root / "bron.gpkg", "open", "Point", "field=n:string", [("POINT(0 0)", ["o1"]), ("POINT(1 0)", ["o2"])])
    gpkg(root / "bron.gpkg", "intern", "Point", "field=n:string", [("POINT(0 0)", ["vertrouwelijk"])])
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(31370)
    dataset = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(root / "wegen.shp"))
    roads = dataset.CreateLayer("wegen", reference, ogr.wkbLineString)
    for k in range(3):
        feature = ogr.Feature(roads.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING({0} 0, {0} 10)".format(k)))
        roads.CreateFeature(feature)
    dataset = None
    project = QgsProject()
    basis = QgsVectorLayer(str(root / "veel.gpkg") + "|layername=scholen|subset=\"soort\" = 'basis'", "Basis", "ogr")
    secondary = QgsVectorLayer(str(root / "veel.gpkg") + "|layerid=1|subset=\"soort\" = 'secundair'", "Secundair",
                               "ogr")
    road_layer = QgsVectorLayer(str(root / "wegen.shp"), "Wegen", "ogr")
    scenario = QgsVectorLayer("Point?crs=EPSG:31370&field=i:integer&field=r:double&field=s:string(5)&field=d:date"
                              "&field=dt:datetime&field=b:boolean&field=l:long", "Scenario", "memory")
    wms = QgsRasterLayer("crs=EPSG:31370&format=image/png&layers=x&styles=&url=http://127.0.0.1:9/wms", "Ortho", "wms")
    database = QgsVectorLayer("dbname='stad' host=127.0.0.1 port=9 user='jan' password='geheim1234' sslmode=disable "
                              "key='id' srid=31370 type=Point table=\"public\".\"x\" (geom)", "Databank", "postgres")
    broken_virtual = QgsVectorLayer("?query=SELECT%20*%20FROM%20nergens", "Kapot virtueel", "virtual")
    definition = QgsVirtualLayerDefinition()
    definition.addSource("o", str(root / "bron.gpkg") + "|layername=open", "ogr", "UTF-8")
    definition.setQuery("SELECT * FROM o")
    virtual = QgsVectorLayer(definition.toString(), "Virtueel op bestand", "virtual")
    unnamed = QgsVectorLayer(str(root / "twee.gpkg"), "Zonder tabelnaam", "ogr")  # QGIS opens the first table
    tiles = QgsRasterLayer("type=xyz&zmin=0&zmax=19&url=http://127.0.0.1:9/{z}/{x}/{y}.png", "Tegels", "wms")
    local_tiles = QgsRasterLayer("type=xyz&zmin=0&zmax=19&url=" + QUrl.fromLocalFile(str(root / "tegels")).toString() +
                                 "/{z}/{x}/{y}.png", "Eigen tegels", "wms")
    project.addMapLayers([basis, secondary, road_layer, scenario, wms, database, broken_virtual, tiles,
                           unnamed, virtual, local_tiles])
    assert (basis.featureCount(), secondary.featureCount()) == (3, 2)
    feature = QgsFeature(scenario.fields())
    feature.setGeometry(QgsGeometry.fromWkt("POINT(1 2)"))
    feature.setAttributes([1, 2.5, "abc", QDate(2020, 1, 2), QDateTime(2020, 1, 2, 3, 4, 5), True, 2 ** 40])
    scenario.dataProvider().addFeatures([feature])
    filtered = QgsVectorLayer("Point?crs=EPSG:31370&field=k:integer", "Gefilterd", "memory")
    rows = []
    for k in range(4):
        feature = QgsFeature(filtered.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POINT({} 0)".format(k)))
        feature.setAttributes([k])
        rows.append(feature)
    filtered.dataProvider().addFeatures(rows)
    assert filtered.setSubsetString('"k" >= 2') and filtered.featureCount() == 2
    project.addMapLayer(filtered)  # a filtered temporary layer: the hidden features travel too
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
    assert project.write(str(root / "stad.qgz"))
    scenario.startEditing()  # a planned facility added, not yet saved
    planned = QgsFeature(scenario.fields())
    planned.setGeometry(QgsGeometry.fromWkt("POINT(3 4)"))
    scenario.addFeature(planned)
    road_layer.startEditing()  # a road deleted in the session, not saved: the package holds the saved file
    road_layer.deleteFeature(next(road_layer.getFeatures()).id())
    result = pack_project(root / "stad.qgz", tmp_path / "p.zip",
                          PackOptions(session=project, include_layer_ids=[]))
    project.clear()
    assert any("Kapot virtueel" in warning and "does not open" in warning for warning in result.warnings)
    assert any("Wegen" in warning and "not saved" in warning for warning in result.warnings)
    assert any("Eigen tegels" in warning and "folder" in warning for warning in result.warnings)
    modes = {layer.name: (layer.mode, layer.feature_count) for layer in result.manifest.layers}
    assert modes["Basis"] == ("copied", 3) and modes["Secundair"] == ("copied", 2)
    assert modes["Scenario"] == ("snapshot", 2) and modes["Wegen"] == ("copied", 3)
    assert modes["Zonder tabelnaam"] == ("copied", 2)
    assert modes["Virtueel op bestand"] == ("copied", 2)
    assert modes["Ortho"][0] == modes["Databank"][0] == "remote"
    shutil.rmtree(root)
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "ontvanger")
    for path in (p for p in unpacked.folder.rglob("*") if p.is_file()):
        assert b"geheim1234" not in path.read_bytes(), path
        assert b"vertrouwelijk" not in path.read_bytes(), "a virtual layer carries its table, not its whole file"
    assert {p.name for p in (unpacked.folder / "data").iterdir()} >= {"wegen.shp", "wegen.dbf", "wegen.shx",
                                                                       "wegen.prj"}
    project, check = open_checked(unpacked.project_path)
    try:
        assert [line.split(":")[0] for line in check.needs_connection] == ["Databank", "Ortho"]
        assert [line.split(":")[0] for line in check.broken] == ["Kapot virtueel"]
        assert check.links == ["Eigen tegels", "Tegels"], "tile layers open without their server: links, not data"
        scenario = project.mapLayersByName("Scenario")[0]
        assert [field.name() for field in scenario.fields()][-7:] == ["i", "r", "s", "d", "dt", "b", "l"]
        unpacked_filtered = project.mapLayersByName("Gefilterd")[0]
        assert unpacked_filtered.featureCount() == 2 and unpacked_filtered.subsetString() == '"k" >= 2'
        unpacked_filtered.setSubsetString("")
        assert unpacked_filtered.featureCount() == 4
        values = {feature["i"]: feature for feature in scenario.getFeatures()}
        assert values[1]["l"] == 2 ** 40 and values[1]["s"] == "abc"
    finally:
        project.clear()


@pytest.mark.parametrize("fields,rows", [("field=fid:string", [["a"], ["b"]]), ("field=fid:integer", [[1], [1]]),
                                         ("field=geom:string", [["x"], ["y"]])])
def test_scratch_layer_whose_fields_clash_with_the_geopackage_keeps_every_feature(qgis_app, tmp_path: Path,
                                                                                  fields: str, rows: list) -> None:
    project = QgsProject()
    scratch = QgsVectorLayer("Point?crs=EPSG:31370&" + fields, "Geplakt", "memory")
    features = []
    for values in rows:
        feature = QgsFeature(scratch.fields())
        feature.setGeometry(QgsGeometry.fromWkt("POINT(1 1)"))
        feature.setAttributes(values)
        features.append(feature)
    assert scratch.dataProvider().addFeatures(features)[0]
    project.addMapLayer(scratch)
    name = scratch.fields()[0].name()
    assert project.write(str(tmp_path / "s.qgz"))
    result = pack_project(tmp_path / "s.qgz", tmp_path / "p.zip", PackOptions(session=project))
    project.clear()
    assert result.manifest.layers[0].feature_count == 2
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "u")
    opened, check = open_checked(unpacked.project_path)
    try:
        assert check.broken == []
        layer = opened.mapLayersByName("Geplakt")[0]
        assert sorted(feature[name] for feature in layer.getFeatures()) == sorted(row[0] for row in rows)
    finally:
        opened.clear()


def test_a_copy_that_lost_features_stops_the_pack(qgis_app, tmp_path: Path, monkeypatch) -> None:
    """The manifest's counts come from the sender's layers, not from the copy: a copy that lost a feature (here
    a copier that drops one row, as a failing disk or a bad filter would) is refused, never recorded as right."""
    from slimstad_plugin.core.sharing import pack_layers
    from slimstad_plugin.core.sharing.pack import PackError

    source = make_referencing_project(tmp_path / "afzender", ".qgs")
    real_copy = pack_layers.copy_file

    def losing_copy(original: Path, destination: Path) -> None:
        real_copy(original, destination)
        if destination.name == "punten.gpkg":
            connection = sqlite3.connect(str(destination))
            connection.execute("DELETE FROM punten WHERE fid = 2")
            connection.commit()
            connection.close()

    monkeypatch.setattr(pack_layers, "copy_file", losing_copy)
    with pytest.raises(PackError, match="Punten.*1 feature instead of 2"):
        pack_project(source, tmp_path / "p.zip")
    assert not (tmp_path / "p.zip").exists()


def make_kml_and_spatialite(root: Path) -> Path:
    """A KML read as two layers by geometry type (``|geometrytype=``) and a SpatiaLite database (which has
    virtual spatial-index tables)."""
    from osgeo import ogr, osr

    root.mkdir(parents=True)
    (root / "k.kml").write_text(
        '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
        '<Placemark><name>a</name><Point><coordinates>4.4,51.2</coordinates></Point></Placemark>'
        '<Placemark><name>b</name><LineString><coordinates>4.4,51.2 4.5,51.3</coordinates></LineString></Placemark>'
        '</Document></kml>')
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(31370)
    dataset = ogr.GetDriverByName("SQLite").CreateDataSource(str(root / "s.sqlite"), ["SPATIALITE=YES"])
    points = dataset.CreateLayer("pts", reference, ogr.wkbPoint)
    for k in range(3):
        feature = ogr.Feature(points.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT({} 1)".format(k)))
        points.CreateFeature(feature)
    dataset = None
    (root / "net.2dm").write_text("MESH2D\nND 1 0 0 0\nND 2 1 0 0\nND 3 0 1 0\nE3T 1 1 2 3 1\n")
    (root / "rit.gpx").write_text(
        '<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk>'
        '<name>rit</name><trkseg><trkpt lat="51.0" lon="4.0"/><trkpt lat="51.1" lon="4.1"/></trkseg></trk></gpx>')
    from osgeo import gdal

    mercator = osr.SpatialReference()
    mercator.ImportFromEPSG(3857)
    tile = gdal.GetDriverByName("GTiff").Create(str(root / "t.tif"), 256, 256, 3)
    tile.SetGeoTransform((500000, 10, 0, 6600000, 0, -10))
    tile.SetProjection(mercator.ExportToWkt())
    tile = None
    gdal.Translate(str(root / "achtergrond.mbtiles"), str(root / "t.tif"), format="MBTILES")
    project = QgsProject()
    for layer in (QgsRasterLayer("type=mbtiles&url=" + QUrl.fromLocalFile(str(root / "achtergrond.mbtiles")).toString(),
                                 "Achtergrond", "wms"),
                  QgsMeshLayer(str(root / "net.2dm"), "Rekennet", "mdal"),
                  QgsVectorLayer(str(root / "rit.gpx") + "?type=track", "Rit", "gpx"),
                  QgsVectorLayer(str(root / "k.kml") + "|geometrytype=Point", "KML punten", "ogr"),
                  QgsVectorLayer(str(root / "k.kml") + "|geometrytype=LineString", "KML lijnen", "ogr"),
                  QgsVectorLayer("dbname='{}' table=\"pts\" (GEOMETRY)".format(root / "s.sqlite"), "Lite",
                                 "spatialite")):
        assert layer.isValid(), layer.name()
        project.addMapLayer(layer)
    assert project.write(str(root / "s.qgs"))
    project.clear()
    return root / "s.qgs"


def test_kml_spatialite_mesh_and_gpx_travel(qgis_app, tmp_path: Path) -> None:
    source = make_kml_and_spatialite(tmp_path / "afzender")
    result = pack_project(source, tmp_path / "p.zip")
    assert {layer.name: (layer.mode, layer.feature_count) for layer in result.manifest.layers} == {
        "KML punten": ("copied", 1), "KML lijnen": ("copied", 1), "Lite": ("copied", 3), "Rit": ("copied", 1),
        "Rekennet": ("copied", -1), "Achtergrond": ("copied", -1)}
    shutil.rmtree(tmp_path / "afzender")
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "u")
    project, check = open_checked(unpacked.project_path)
    project.clear()
    assert check.broken == [] and check.needs_connection == []


def test_a_package_that_would_be_broken_is_not_written(qgis_app, tmp_path: Path, monkeypatch) -> None:
    """The finished package is opened and checked before it is written: if a cleaning rule damages a layer's source
    (here the secret rule made to treat ``geometrytype`` as unknown, which it did before), the pack stops."""
    from slimstad_plugin.core.base import secrets
    from slimstad_plugin.core.sharing.pack import PackError

    source = make_kml_and_spatialite(tmp_path / "afzender")
    monkeypatch.setattr(secrets, "URI_KEYS", secrets.URI_KEYS - {"geometrytype"})
    with pytest.raises(PackError, match="would be broken.*KML"):
        pack_project(source, tmp_path / "p.zip")
    assert not (tmp_path / "p.zip").exists()


def test_symbols_from_a_city_svg_folder_travel_and_qgis_own_stay(qgis_app, tmp_path: Path) -> None:
    """A city's symbol library set as an SVG search path (Settings > Options > System > SVG paths): QGIS stores the
    marker as a name relative to that folder, which the receiver does not have, so it travels; a marker from QGIS's
    own library stays a name."""
    from qgis.core import QgsSettings

    library = tmp_path / "stadsbibliotheek"
    (library / "stad").mkdir(parents=True)
    svg(library / "stad" / "bib.svg", "purple")
    settings = QgsSettings()
    settings.setValue("svg/searchPathsForSVG", [str(library)])
    try:
        (tmp_path / "afzender").mkdir()
        gpkg(tmp_path / "afzender" / "p.gpkg", "p", "Point", "field=n:string", [("POINT(0 0)", ["a"])])
        project = QgsProject()
        layer = QgsVectorLayer(str(tmp_path / "afzender" / "p.gpkg"), "Bibliotheken", "ogr")
        project.addMapLayer(layer)
        symbol = QgsMarkerSymbol()
        symbol.changeSymbolLayer(0, svg_layer(str(library / "stad" / "bib.svg")))
        symbol.appendSymbolLayer(svg_layer("/usr/share/qgis/svg/gpsicons/plane.svg"))
        layer.setRenderer(QgsSingleSymbolRenderer(symbol))
        assert project.write(str(tmp_path / "afzender" / "s.qgs"))
        project.clear()
        written = (tmp_path / "afzender" / "s.qgs").read_text(encoding="utf-8")
        assert "stad/bib.svg" in written and str(library) not in written, "QGIS stores the name in the library"
        result = pack_project(tmp_path / "afzender" / "s.qgs", tmp_path / "p.zip")
        assert sorted(result.manifest.assets.values()) == ["bib.svg"], "the city's symbol travels, QGIS's own stays"
    finally:
        settings.remove("svg/searchPathsForSVG")
    unpacked = unpack_package(tmp_path / "p.zip", tmp_path / "u")
    opened, check = open_checked(unpacked.project_path)
    try:
        assert check.broken == []
        paths = [layer.path() for layer in
                 opened.mapLayersByName("Bibliotheken")[0].renderer().symbol().symbolLayers()]
        assert Path(paths[0]).is_file() and Path(paths[0]).resolve().parent == (unpacked.folder / "symbols").resolve()
    finally:
        opened.clear()
