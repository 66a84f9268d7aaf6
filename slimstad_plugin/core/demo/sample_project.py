"""Build a QGIS project of the sample city: layers grouped by sector and styled from resources/styles."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer

from ... import RESOURCES_DIR
from ..base.errors import SlimStadError
from ..base.i18n import translator
from ..base.reasons import reason
from ..catalogue.layers import add_entry_to_project, describe_layer, sector_group
from ..catalogue.loader import CatalogueError, load_catalogue
from ..catalogue.sources import LayerCreationError
from ..layers.properties import source_info, source_table
from .sample_city import LAYER_TITLES, SampleCityError, write_city

tr = translator("SlimStadSampleCity")
SAMPLE_CATALOGUE = RESOURCES_DIR / "catalogues" / "voorbeeldstad.json"
SAMPLE_GPKG = "voorbeeldstad.gpkg"  # the name the shipped catalogue's relative paths use
SAMPLE_PROJECT = "voorbeeldstad.qgz"

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


def _sample_author(project: QgsProject) -> None:
    """A new project takes the machine's user name as its author; the sample city's is SlimStad."""
    metadata = project.metadata()
    metadata.setAuthor("SlimStad")
    project.setMetadata(metadata)


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

    entries = {entry.source.get("layer"): entry for entry in load_catalogue(SAMPLE_CATALOGUE).entries}
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
    _sample_author(project)
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


@dataclass
class SampleCity:
    """Where the sample city is and which of its files this call wrote (existing ones are never replaced)."""

    folder: Path
    gpkg: Path
    project: Path
    written: List[Path] = field(default_factory=list)


def is_sample_gpkg(gpkg: Path) -> bool:
    """True when ``gpkg`` holds every sample-city layer (so the shipped catalogue resolves against it)."""
    if not gpkg.is_file():
        return False
    for name in LAYER_TITLES:
        layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
        if not layer.isValid():
            return False
    return True


def create_sample_city(folder: Path, seed: int = 2024) -> SampleCity:
    """Put the sample city where the shipped catalogue looks for it: ``folder/voorbeeldstad.gpkg`` and a project
    ``folder/voorbeeldstad.qgz`` holding every catalogue entry as "Gedeelde data" adds it (styled, with metadata
    and catalogue id, grouped by sector, titled in the QGIS language, relative paths).

    Existing files are reused, never overwritten: a complete sample GeoPackage is kept as it is, and an existing
    project is left alone. Raises SampleCityError (translated, naming the file) when ``voorbeeldstad.gpkg``
    exists but is not the sample city, or a file cannot be written. The desktop runs the two halves apart:
    :func:`ensure_sample_gpkg` (seconds, in a background task) and :func:`ensure_sample_project` (fast, on the
    GUI thread, where layers and styles belong).
    """
    city = ensure_sample_gpkg(folder, seed)
    return ensure_sample_project(city)


def ensure_sample_gpkg(folder: Path, seed: int = 2024) -> SampleCity:
    """The sample city's GeoPackage in ``folder`` (written when missing; see :func:`create_sample_city`)."""
    folder = Path(folder).expanduser()
    city = SampleCity(folder, folder / SAMPLE_GPKG, folder / SAMPLE_PROJECT)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SampleCityError(tr("Cannot create the folder {path}: {error}").format(path=folder,
                                                                                     error=reason(error))) from None
    if city.gpkg.exists():
        if not is_sample_gpkg(city.gpkg):
            raise SampleCityError(tr("{path} exists but is not the sample city; choose another data folder (the "
                                     "file is left as it is).").format(path=city.gpkg))
    else:
        write_city(city.gpkg, seed)
        city.written.append(city.gpkg)
    return city


def ensure_sample_project(city: SampleCity) -> SampleCity:
    """The sample city's project next to its GeoPackage (written when missing; see :func:`create_sample_city`)."""
    if city.project.exists():
        return city
    try:
        entries = load_catalogue(SAMPLE_CATALOGUE, data_dir=city.folder).entries
    except CatalogueError as error:
        raise SampleCityError(str(error)) from None
    by_layer = {entry.source.get("layer"): entry for entry in entries}
    project = QgsProject()
    try:
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:31370"))
        project.setTitle("Voorbeeldstad")
        _sample_author(project)
        project.writeEntryBool("Paths", "/Absolute", False)
        for _group, names in SECTOR_GROUPS:  # the groups first, top of the map first
            sector_group(project, by_layer[names[0]].sector)
        for _group, names in SECTOR_GROUPS:
            for name in reversed(names):  # each entry goes on top of its group
                add_entry_to_project(by_layer[name], project)
        temporary = city.project.with_name(".{}.tmp.qgz".format(city.project.stem))
        project.setFileName(str(temporary))
        if not project.write():
            temporary.unlink(missing_ok=True)
            raise SampleCityError(tr("Cannot write the project {path}: {error}").format(
                path=city.project, error=project.error()))
        temporary.replace(city.project)
    except (LayerCreationError, KeyError, OSError) as error:
        raise SampleCityError(tr("Cannot build the sample project {path}: {error}").format(
            path=city.project, error=error)) from None
    finally:
        project.clear()
    city.written.append(city.project)
    return city
