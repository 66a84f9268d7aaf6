"""Multi-use sites: single-linkage clusters, sector scores, sector sources and slimstad:multi_use_sites."""

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer, QgsWkbTypes

from slimstad_plugin.core.analysis.multi_use import (
    MultiUseError,
    find_multi_use_sites,
    parse_sector_mapping,
    single_linkage,
)
from slimstad_plugin.core.layers.properties import SourceInfo, set_source_info


def test_single_linkage_chains_within_distance() -> None:
    # 0-1-2 chained by 80 m steps (0 and 2 are 160 m apart), 3 alone, 4-5 a pair
    xy = np.array([[0, 0], [80, 0], [160, 0], [1000, 0], [0, 500], [50, 500]], dtype=float)
    labels = single_linkage(xy, 100.0)
    assert labels[0] == labels[1] == labels[2]
    assert len({labels[0], labels[3], labels[4]}) == 3 and labels[4] == labels[5]
    assert single_linkage(xy, 10.0).tolist() == [0, 1, 2, 3, 4, 5]
    assert single_linkage(np.empty((0, 2)), 10.0).size == 0


def test_clusters_scored_by_distinct_sectors() -> None:
    xy = np.array([[0, 0], [80, 0], [160, 0], [1000, 0], [0, 500], [50, 500], [60, 520]], dtype=float)
    sectors = ["onderwijs", "kinderopvang", "welzijn", "onderwijs", "onderwijs", "onderwijs", "kinderopvang"]
    result = find_multi_use_sites(xy, sectors, 100.0)
    assert [c.cluster_id for c in result.clusters] == [1, 2]
    first, second = result.clusters
    assert first.sectors == ["kinderopvang", "onderwijs", "welzijn"] and first.score == 3.0
    assert first.n_facilities == 3 and first.members == [0, 1, 2]
    assert second.sectors == ["kinderopvang", "onderwijs"] and second.n_facilities == 3
    # the hull polygon holds every member; the centroid is the mean of the members
    assert first.hull.contains(first.centroid) and first.hull.area > 0
    assert first.centroid.x == pytest.approx(80.0)
    # a single-sector cluster (point 3 alone; or two schools) is not a multi-use site
    assert len(find_multi_use_sites(xy, sectors, 100.0, min_sectors=3).clusters) == 1
    assert len(find_multi_use_sites(xy, sectors, 100.0, min_sectors=1).clusters) == 3


def test_bad_input_and_single_sector_warning() -> None:
    xy = np.array([[0.0, 0.0], [1.0, 1.0]])
    with pytest.raises(MultiUseError, match="larger than 0"):
        find_multi_use_sites(xy, ["a", "b"], 0.0)
    with pytest.raises(MultiUseError, match="no features"):
        find_multi_use_sites(np.empty((0, 2)), [], 10.0)
    with pytest.raises(MultiUseError, match="one sector per facility"):
        find_multi_use_sites(xy, ["a"], 10.0)
    result = find_multi_use_sites(xy, ["a", "a"], 10.0)
    assert result.clusters == [] and "no cluster can combine 2" in result.warnings[0]


def test_sector_mapping_parser() -> None:
    assert parse_sector_mapping("scholen=onderwijs; woonzorgcentra = welzijn/ouderenzorg") == {
        "scholen": "onderwijs", "woonzorgcentra": "welzijn/ouderenzorg"}
    assert parse_sector_mapping("") == {}
    with pytest.raises(MultiUseError, match="layer=sector"):
        parse_sector_mapping("scholen")


# --- through Processing on the sample city -------------------------------------------------------------

def _layer(gpkg: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    assert layer.isValid()
    return layer


def test_multi_use_sites_on_sample_city(sample_gpkg: Path, slimstad_processing: None, tmp_path: Path) -> None:
    import processing

    layers = [_layer(sample_gpkg, name) for name in ("kinderopvang", "scholen", "woonzorgcentra", "haltes")]
    # sector from the catalogue property for schools, from the mapping for stops, from the name otherwise
    set_source_info(layers[1], SourceInfo(catalog_id="scholen", sector="onderwijs"))
    QgsProject.instance().addMapLayers(layers)
    try:
        result = processing.run("slimstad:multi_use_sites", {
            "LAYERS": layers, "SECTOR_MAPPING": "haltes=mobiliteit", "DISTANCE": 250, "MIN_SECTORS": 2,
            "OUTPUT": str(tmp_path / "multi.gpkg")})
        points = processing.run("slimstad:multi_use_sites", {
            "LAYERS": layers, "SECTOR_MAPPING": "haltes=mobiliteit", "DISTANCE": 250, "MIN_SECTORS": 2,
            "GEOMETRY": 1, "OUTPUT": str(tmp_path / "multi_points.gpkg")})
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in layers])
    out = QgsVectorLayer(result["OUTPUT"], "multi", "ogr")
    assert out.isValid() and out.featureCount() == result["COUNT"] > 0
    assert out.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry
    features = sorted(out.getFeatures(), key=lambda f: f["cluster_id"])
    scores = [f["score"] for f in features]
    assert scores == sorted(scores, reverse=True)
    allowed = {"kinderopvang", "onderwijs", "woonzorgcentra", "mobiliteit"}
    for feature in features:
        sectors = feature["sectors"].split(",")
        assert set(sectors) <= allowed and len(sectors) == feature["n_sectors"] == feature["score"] >= 2
        assert feature["n_facilities"] >= feature["n_sectors"]
    assert any("onderwijs" in f["sectors"] for f in features)
    assert any("mobiliteit" in f["sectors"] for f in features)
    point_layer = QgsVectorLayer(points["OUTPUT"], "points", "ogr")
    assert point_layer.geometryType() == QgsWkbTypes.GeometryType.PointGeometry
    assert point_layer.featureCount() == out.featureCount()


def test_multi_use_sites_sector_from_table_name(sample_gpkg: Path, slimstad_processing: None) -> None:
    import processing

    # Layers given as "file.gpkg|layername=x" strings are named after the file: the table name is the sector.
    result = processing.run("slimstad:multi_use_sites", {
        "LAYERS": ["{}|layername={}".format(sample_gpkg, name) for name in ("scholen", "kinderopvang")],
        "SECTOR_MAPPING": "scholen=onderwijs", "DISTANCE": 200, "OUTPUT": "memory:"})
    sectors = {f["sectors"] for f in result["OUTPUT"].getFeatures()}
    assert sectors == {"kinderopvang,onderwijs"}


def test_multi_use_sites_geographic_layers_give_the_same_sites(sample_gpkg: Path, slimstad_processing: None) -> None:
    import processing

    names = ("scholen", "kinderopvang")
    lambert = processing.run("slimstad:multi_use_sites", {
        "LAYERS": [_layer(sample_gpkg, name) for name in names], "DISTANCE": 200, "OUTPUT": "memory:"})
    wgs84 = [processing.run("native:reprojectlayer", {
        "INPUT": _layer(sample_gpkg, name), "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:" + name})["OUTPUT"]
        for name in names]
    geographic = processing.run("slimstad:multi_use_sites", {"LAYERS": wgs84, "DISTANCE": 200, "OUTPUT": "memory:"})
    assert geographic["OUTPUT"].crs().authid() == "EPSG:31370"
    assert geographic["COUNT"] == lambert["COUNT"] > 0


@pytest.mark.parametrize("params, message", [
    ({"DISTANCE": 0}, "larger than 0"),
    ({"SECTOR_MAPPING": "bibliotheek=cultuur"}, "unknown layers: bibliotheek"),
    ({"SECTOR_MAPPING": "scholen"}, "layer=sector"),
    ({"LAYERS": ["{}|layername=scholen|subset=naam = 'none'"]}, "no features"),
])
def test_multi_use_sites_bad_input(sample_gpkg: Path, slimstad_processing: None, tmp_path: Path,
                                   params: dict, message: str) -> None:
    import processing

    base = {"LAYERS": [_layer(sample_gpkg, "scholen"), _layer(sample_gpkg, "kinderopvang")], "DISTANCE": 200,
            "OUTPUT": str(tmp_path / "bad.gpkg")}
    base.update({key: [v.format(sample_gpkg) for v in value] if key == "LAYERS" else value
                 for key, value in params.items()})
    with pytest.raises(QgsProcessingException, match=message):
        processing.run("slimstad:multi_use_sites", base)
    assert not (tmp_path / "bad.gpkg").exists()
