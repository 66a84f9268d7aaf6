"""Inputs of bench_network.py, written once into a temporary GeoPackage (never into the repository).

* ``gent_network``: the real Vervoerregio Gent bike network (local functional network + bike highways, from
  ../shared/data/derived_testpack, EPSG:31370) as one line layer;
* ``sectors``: the 201 real Gent statistical sectors with their 1/1/2023 population (one is NULL);
* ``facilities_<n>``: n generated facilities (no real point data exists) uniformly inside the sectors, with a
  capacity of 5..120, deterministic;
* ``grid_network``: a synthetic street grid over the Gent network's bounding box with ``GRID_FACTOR`` times its
  nodes and ``GRID_FACTOR`` times its features (each line a run of blocks along one street): the real layer
  scaled up, except that every grid crossing is a vertex of two lines (about twice the vertices per node).
"""

import math
from pathlib import Path
from typing import Dict, List

import numpy as np
import shapely

REPO = Path(__file__).resolve().parent.parent
TESTPACK = REPO.parent / "shared" / "data" / "derived_testpack" / "flemish_cities_testpack_31370.gpkg"
GRID_FACTOR = 11.7


def _layer(uri: str, name: str) -> object:
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise RuntimeError("cannot open {}".format(uri))
    return layer


def _write(memory: object, path: Path, name: str) -> None:
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer \
        if path.exists() else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsCoordinateTransformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError("cannot write {}: {}".format(name, error))


def _lines_layer(geometries: List[bytes], name: str) -> object:
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("MultiLineString?crs=EPSG:31370&field=id:integer", name, "memory")
    features = []
    for index, wkb in enumerate(geometries):
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([index])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _points_layer(xy: np.ndarray, capacity: np.ndarray, name: str) -> object:
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:31370&field=id:integer&field=capacity:double", name, "memory")
    features = []
    for index, ((x, y), value) in enumerate(zip(xy.tolist(), capacity.tolist())):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([index, value])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _wkbs(layer: object) -> List[bytes]:
    return [feature.geometry().asWkb().data() for feature in layer.getFeatures()]


def grid_lines(bounds: np.ndarray, nodes: int, features: int) -> List[bytes]:
    """A street grid with about ``nodes`` crossings over ``bounds``, cut into about ``features`` lines."""
    xmin, ymin, xmax, ymax = bounds
    width, height = xmax - xmin, ymax - ymin
    nx = int(round(math.sqrt(nodes * width / height)))
    ny = int(round(nodes / nx))
    blocks = max(1, int(round((ny * (nx - 1) + nx * (ny - 1)) / features)))
    xs, ys = np.linspace(xmin, xmax, nx), np.linspace(ymin, ymax, ny)
    lines = []
    for fixed, moving, horizontal in ((ys, xs, True), (xs, ys, False)):
        for value in fixed:
            for start in range(0, len(moving) - 1, blocks):
                run = moving[start:start + blocks + 1]
                coords = np.column_stack([run, np.full(len(run), value)]) if horizontal else \
                    np.column_stack([np.full(len(run), value), run])
                lines.append(coords)
    indices = np.repeat(np.arange(len(lines)), [len(line) for line in lines])
    return shapely.to_wkb(shapely.linestrings(np.concatenate(lines), indices=indices)).tolist()


def build(folder: Path, facility_counts: List[int], with_grid: bool = True, seed: int = 20) -> Dict[str, object]:
    """Write the GeoPackage; return its path and the counts that describe it."""
    from slimstad_plugin.core.analysis.network_distance import StreetNetwork
    from slimstad_plugin.core.layers.network_lines import read_network

    path = folder / "network_bench.gpkg"
    lff = _layer("{}|layername=gent_vvr_lff_fietsnetwerk".format(TESTPACK), "lff")
    highways = _layer("{}|layername=gent_vvr_fietssnelwegen".format(TESTPACK), "fsw")
    gent = _lines_layer(_wkbs(lff) + _wkbs(highways), "gent_network")
    _write(gent, path, "gent_network")
    sectors = _layer("{}|layername=gent_statsec_pop2023".format(TESTPACK), "sectors")
    _write(sectors, path, "sectors")
    rng = np.random.default_rng(seed)
    area = shapely.union_all(shapely.from_wkb(_wkbs(sectors)))
    xmin, ymin, xmax, ymax = area.bounds
    for count in facility_counts:
        found = np.empty((0, 2))
        while len(found) < count:
            candidates = rng.uniform([xmin, ymin], [xmax, ymax], (4 * count, 2))
            inside = shapely.contains_xy(area, candidates[:, 0], candidates[:, 1])
            found = np.concatenate([found, candidates[inside]])
        _write(_points_layer(found[:count], rng.integers(5, 121, count).astype(float), "facilities"), path,
               "facilities_{}".format(count))
    network = StreetNetwork(read_network(gent, gent.crs()).lines)
    if not with_grid:
        return {"path": path, "gent_nodes": len(network.nodes), "gent_features": gent.featureCount()}
    bounds = np.concatenate([network.nodes.min(axis=0), network.nodes.max(axis=0)])
    grid = _lines_layer(grid_lines(bounds, int(round(GRID_FACTOR * len(network.nodes))),
                                   int(round(GRID_FACTOR * gent.featureCount()))), "grid_network")
    _write(grid, path, "grid_network")
    grid_nodes = len(StreetNetwork(read_network(grid, grid.crs()).lines).nodes)
    return {"path": path, "gent_nodes": len(network.nodes), "gent_features": gent.featureCount(),
            "grid_nodes": grid_nodes, "grid_features": grid.featureCount(),
            "grid_factor_nodes": round(grid_nodes / len(network.nodes), 2),
            "grid_factor_features": round(grid.featureCount() / gent.featureCount(), 2)}
