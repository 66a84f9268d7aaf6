"""Real Gent and Leuven sectors turned into small city projects for comparisons, tests and benchmarks.

Inputs: the derived test pack (``gent_statsec_pop2023`` / ``leuven_statsec_pop2023``: Statbel sectors with
population on 1/1/2023). Two things are generated, and documented as such:

* children aged 0-2 per sector = round(pop_2023 x :data:`CHILD_SHARE_0_2`), the Flemish average share
  (Statbel 2023, the same figure the sample city uses);
* childcare facilities, deterministically from a seed: capacities of 14-80 places until the city has
  :data:`PLACES_PER_CHILD` places per child, located in sectors drawn in proportion to their children.

Each city gets its own little catalogue whose ids (``gent.bev.statsec2023`` …) and field names differ
from the sample city's, so a challenge written for Voorbeeldstad can only bind by sector + semantic role.
"""

import json
from pathlib import Path
from typing import Dict, List, Tuple

import numpy as np
import shapely
from qgis.core import QgsProject, QgsVectorLayer

from ..base.errors import SlimStadError
from ..base.i18n import translator
from ..catalogue.layers import add_entry_to_project
from ..catalogue.loader import load_catalogue
from ..layers.properties import set_layer_roles
from ..layers.vector_io import LayerSpec, write_gpkg_layer

tr = translator("SlimStadSharing")

CHILD_SHARE_0_2 = 0.031
PLACES_PER_CHILD = 0.45
CITIES = {"gent": ("Gent", "gent_statsec_pop2023", 44021), "leuven": ("Leuven", "leuven_statsec_pop2023", 24062)}
SECTOR_LAYER = "sectoren_2023"
FACILITY_LAYER = "opvanglocaties"
SECTOR_FIELDS = [("sector_code", "str"), ("sector_name", "str"), ("pop_2023", "int"), ("kinderen_0_2", "int")]
FACILITY_FIELDS = [("naam_locatie", "str"), ("capaciteit_plaatsen", "int")]


class ExampleCityError(SlimStadError, RuntimeError):
    """The test pack is missing or lacks the city's layer."""


def read_sectors(testpack: Path, city: str) -> List[Tuple[shapely.Geometry, dict]]:
    """The city's sectors with pop_2023 and the estimated children aged 0-2 (NULL stays NULL)."""
    _, layer_name, _ = CITIES[city]
    layer = QgsVectorLayer("{}|layername={}".format(testpack, layer_name), layer_name, "ogr")
    if not layer.isValid():
        raise ExampleCityError(tr("The test pack {path} has no layer {layer}.").format(path=testpack, layer=layer_name))
    rows = []
    for feature in sorted(layer.getFeatures(), key=lambda f: str(f["sector_code"])):
        pop = feature["pop_2023"]
        pop = None if pop is None or (hasattr(pop, "isNull") and pop.isNull()) else int(pop)
        geometry = shapely.from_wkb(bytes(feature.geometry().asWkb()))
        rows.append((geometry, {"sector_code": str(feature["sector_code"]), "sector_name": str(feature["sector_name"]),
                                "pop_2023": pop,
                                "kinderen_0_2": None if pop is None else int(round(pop * CHILD_SHARE_0_2))}))
    return rows


def generate_facilities(sectors: List[Tuple[shapely.Geometry, dict]], city: str,
                        seed: int) -> List[Tuple[shapely.Geometry, dict]]:
    """Deterministic childcare locations: capacities 14-80, placed where the children live."""
    rng = np.random.default_rng(seed)
    children = np.array([row["kinderen_0_2"] or 0 for _, row in sectors], dtype=float)
    target = int(round(children.sum() * PLACES_PER_CHILD))
    weights = children / children.sum()
    facilities, total = [], 0
    while total < target:
        index = int(rng.choice(len(sectors), p=weights))
        polygon = sectors[index][0]
        minx, miny, maxx, maxy = polygon.bounds
        for _ in range(200):
            x, y = rng.uniform(minx, maxx), rng.uniform(miny, maxy)
            if polygon.contains(shapely.Point(x, y)):
                break
        else:
            x, y = shapely.get_coordinates(polygon.point_on_surface())[0]
        capacity = int(rng.integers(14, 81))
        total += capacity
        facilities.append((shapely.Point(round(x, 1), round(y, 1)),
                           {"naam_locatie": "{} opvang {:03d}".format(CITIES[city][0], len(facilities) + 1),
                            "capaciteit_plaatsen": capacity}))
    return facilities


def city_catalogue(city: str, gpkg_name: str) -> Dict[str, object]:
    """A two-entry catalogue with this city's own ids and field names."""
    name, _, _ = CITIES[city]
    licence = {"type": "open", "name": "Modellicentie Gratis Hergebruik v1.0",
               "url": "https://data.vlaanderen.be/doc/licentie/modellicentie-gratis-hergebruik/v1.0"}
    return {
        "format": "slimstad-catalogue", "version": 1, "id": city,
        "title": {"nl": name, "en": name, "fr": name},
        "description": {"nl": "Testcatalogus {} (Statbel-sectoren 2023, gegenereerde kinderopvang)".format(name)},
        "entries": [
            {"id": "{}.bev.statsec2023".format(city), "title": {"nl": "Statistische sectoren 2023"},
             "sector": "bevolking", "owner": "Statbel / Stad {}".format(name), "licence": licence,
             "source": {"type": "gpkg", "path": gpkg_name, "layer": SECTOR_LAYER},
             "fields": {"area_id": "sector_code", "area_name": "sector_name", "residents_total": "pop_2023",
                        "residents_0_2": "kinderen_0_2"}},
            {"id": "{}.opvang.locaties".format(city), "title": {"nl": "Opvanglocaties (gegenereerd)"},
             "sector": "kinderopvang", "owner": "Stad {} (testdata)".format(name), "licence": licence,
             "source": {"type": "gpkg", "path": gpkg_name, "layer": FACILITY_LAYER},
             "fields": {"capacity": "capaciteit_plaatsen", "facility_name": "naam_locatie"}},
        ],
    }


def build_city_project(testpack: Path, city: str, folder: Path, seed: int = 31370) -> Tuple[Path, Path]:
    """Write ``<city>.gpkg``, ``<city>_catalogus.json`` and ``<city>.qgz`` (layers added from the catalogue).

    Returns (project, catalogue).
    """

    if city not in CITIES:
        raise ExampleCityError(tr("Unknown example city {city}.").format(city=city))
    folder.mkdir(parents=True, exist_ok=True)
    gpkg = folder / "{}.gpkg".format(city)
    sectors = read_sectors(testpack, city)
    write_gpkg_layer(gpkg, LayerSpec(SECTOR_LAYER, "MultiPolygon", SECTOR_FIELDS), sectors, new_file=True)
    write_gpkg_layer(gpkg, LayerSpec(FACILITY_LAYER, "Point", FACILITY_FIELDS),
                     generate_facilities(sectors, city, seed + CITIES[city][2]))
    catalogue_path = folder / "{}_catalogus.json".format(city)
    catalogue_path.write_text(json.dumps(city_catalogue(city, gpkg.name), indent=2, ensure_ascii=False),
                              encoding="utf-8")
    catalogue = load_catalogue(catalogue_path)
    project = QgsProject()
    project.writeEntryBool("Paths", "/Absolute", False)
    project.setCrs(QgsVectorLayer("{}|layername={}".format(gpkg, SECTOR_LAYER), "s", "ogr").crs())
    project.setTitle(CITIES[city][0])
    for entry in catalogue.entries:
        set_layer_roles(add_entry_to_project(entry, project), entry.fields)
    project_path = folder / "{}.qgz".format(city)
    project.setFileName(str(project_path))
    if not project.write():
        raise ExampleCityError(project.error())
    project.clear()
    return project_path, catalogue_path
