"""Build a QGIS project of the sample city: layers grouped by sector and styled from resources/styles."""

from pathlib import Path
from typing import Dict, List, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from .. import RESOURCES_DIR
from .sample_city import LAYER_TITLES

STYLES_DIR = RESOURCES_DIR / "styles"

# Layer-tree groups per city sector (Dutch, as the planners read them), top of the map first.
SECTOR_GROUPS: List[Tuple[str, List[str]]] = [
    ("Kinderopvang", ["kinderopvang"]),
    ("Onderwijs", ["scholen"]),
    ("Welzijn en ouderenzorg", ["woonzorgcentra"]),
    ("Mobiliteit", ["haltes", "straten"]),
    ("Wonen", ["sociale_woningen"]),
    ("Groen en omgeving", ["parken"]),
    ("Bevolking", ["wijken", "statistische_sectoren"]),
]


class ProjectBuildError(RuntimeError):
    """A layer of the sample city could not be loaded."""


def load_styled_layer(gpkg: Path, name: str) -> QgsVectorLayer:
    """Open one GeoPackage layer with its Dutch title and shipped style."""
    layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), LAYER_TITLES.get(name, name), "ogr")
    if not layer.isValid():
        raise ProjectBuildError("Layer {} is missing from {}".format(name, gpkg))
    style = STYLES_DIR / "{}.qml".format(name)
    if style.exists():
        layer.loadNamedStyle(str(style))
    return layer


def build_sample_project(gpkg: Path, project_path: Path) -> Tuple[QgsProject, Dict[str, QgsVectorLayer]]:
    """Write ``project_path`` (.qgz) with every sample-city layer, relative paths, grouped by sector.

    Returns the project too: it owns the layers, which die with it.
    """
    project = QgsProject()
    project.setCrs(QgsProject.instance().crs().fromEpsgId(31370))
    project.setTitle("Voorbeeldstad")
    project.writeEntryBool("Paths", "/Absolute", False)
    root = project.layerTreeRoot()
    layers: Dict[str, QgsVectorLayer] = {}
    for group_name, names in SECTOR_GROUPS:
        group = root.addGroup(group_name)
        for name in names:
            layer = load_styled_layer(gpkg, name)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
            layers[name] = layer
    project.setFileName(str(project_path))
    if not project.write():
        raise ProjectBuildError("Cannot write project {}: {}".format(project_path, project.error()))
    return project, layers
