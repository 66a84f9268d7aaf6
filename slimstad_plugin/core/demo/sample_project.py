"""Build a QGIS project of the sample city: layers grouped by sector and styled from resources/styles."""

from pathlib import Path
from typing import Dict, List, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from ... import RESOURCES_DIR
from ..base.errors import SlimStadError
from ..catalogue.layers import describe_layer
from ..catalogue.loader import load_catalogue
from ..layers.properties import source_info, source_table
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


class ProjectBuildError(SlimStadError, RuntimeError):
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


def tag_sample_layers(project: QgsProject) -> int:
    """Give the sample-city layers the metadata of the shipped catalogue, as adding them from the "Gedeelde
    data" dock would (catalogue id, owner, licence, roles). Layers that already carry it are left alone;
    returns how many were tagged."""

    entries = {entry.source.get("layer"): entry
               for entry in load_catalogue(RESOURCES_DIR / "catalogues" / "voorbeeldstad.json").entries}
    tagged = 0
    for layer in project.mapLayers().values():
        entry = entries.get(source_table(layer))
        if entry is not None and "voorbeeldstad" in layer.source() and not source_info(layer).known:
            describe_layer(layer, entry)
            tagged += 1
    return tagged


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
