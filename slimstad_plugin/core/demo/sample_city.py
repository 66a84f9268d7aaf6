"""Generate "Voorbeeldstad", a fictional but plausible Flemish city, deterministically from a seed.

Everything is in EPSG:31370 (Belgian Lambert 72), between Mechelen and Brussel. Sectors are a
Voronoi tessellation whose seeds crowd towards the centre, so central sectors are small and dense.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

import numpy as np
import shapely
from shapely.geometry import Point, Polygon

from ..base.errors import SlimStadError
from ..base.files import FileWriteError, GeoPackageWrite
from ..base.i18n import translator
from ..base.reasons import reason
from ..layers.vector_io import LayerSpec, write_gpkg_layer
from .sample_facilities import build_facilities

tr = translator("SlimStadSampleCity")

CENTRE = (157_000.0, 184_000.0)
CITY_RADIUS_M = 5_200.0
REFNIS = "12099"
AGE_BANDS = ("0_2", "3_5", "6_11", "12_17", "18_64", "65_79", "80p")
# Flemish average shares per age band (Statbel 2023, rounded).
AGE_SHARES = np.array([0.031, 0.033, 0.068, 0.068, 0.590, 0.142, 0.068])

WIJK_NAMES = (
    "Centrum", "Stationskwartier", "Nekkerspoel", "Heiende", "Kerkhoek", "Ter Bruggen",
    "Molenveld", "Hoogveld", "Zandhoven", "Eikenberg", "Kattenbroek", "Vrijbroek",
)
SECTOR_PARTS = (
    "Markt", "Kerk", "Molen", "Beek", "Veld", "Hof", "Dreef", "Heide", "Brug", "Vaart", "Bos",
    "Plein", "Poort", "Kouter", "Meers", "Laar", "Donk", "Berg", "Akker", "Wijer",
)
SECTOR_SUFFIXES = ("", "-Noord", "-Zuid", "-Oost", "-West", " Centrum", " Dorp", " Wijk")

SECTOR_FIELDS = [
    ("cd_sector", "str"), ("tx_sector_descr_nl", "str"), ("cd_munty_refnis", "str"),
    ("tx_munty_descr_nl", "str"), ("wijk_code", "str"), ("wijk_naam", "str"),
    ("oppervlakte_ha", "float"), ("inw_totaal", "int"),
] + [("inw_{}".format(band), "int") for band in AGE_BANDS]

LAYER_TITLES = {
    "statistische_sectoren": "Statistische sectoren",
    "wijken": "Wijken",
    "kinderopvang": "Kinderopvang",
    "scholen": "Scholen",
    "woonzorgcentra": "Woonzorgcentra",
    "sociale_woningen": "Sociale woonprojecten",
    "parken": "Parken",
    "haltes": "Haltes openbaar vervoer",
    "straten": "Stratennet",
}


@dataclass
class CityData:
    """The generated city: shapely geometries plus attribute dicts per layer."""

    outline: Polygon
    layers: Dict[str, Tuple[LayerSpec, List[Tuple[shapely.Geometry, dict]]]] = field(
        default_factory=dict
    )

    def rows(self, name: str) -> List[Tuple[shapely.Geometry, dict]]:
        """Rows of one layer."""
        return self.layers[name][1]


def city_outline(rng: np.random.Generator) -> Polygon:
    """A lobed, irregular city boundary around ``CENTRE``."""
    angles = np.linspace(0, 2 * np.pi, 72, endpoint=False)
    phase = rng.uniform(0, 2 * np.pi, 3)
    radius = CITY_RADIUS_M * (
        1 + 0.12 * np.sin(2 * angles + phase[0]) + 0.08 * np.sin(3 * angles + phase[1])
        + 0.05 * np.sin(5 * angles + phase[2])
    )
    coords = np.column_stack([CENTRE[0] + radius * np.cos(angles), CENTRE[1] + radius * np.sin(angles)])
    return Polygon(coords)


def random_points_in(polygon: Polygon, count: int, rng: np.random.Generator,
                     centre_bias: float = 0.0) -> np.ndarray:
    """``count`` points inside ``polygon``; ``centre_bias`` > 0 crowds them towards CENTRE."""
    minx, miny, maxx, maxy = polygon.bounds
    found: List[Tuple[float, float]] = []
    prepared = shapely.prepare(polygon) or polygon
    while len(found) < count:
        xy = rng.uniform((minx, miny), (maxx, maxy), size=(count * 3, 2))
        inside = shapely.contains_xy(prepared, xy[:, 0], xy[:, 1])
        if centre_bias > 0:
            distance = np.hypot(xy[:, 0] - CENTRE[0], xy[:, 1] - CENTRE[1]) / CITY_RADIUS_M
            keep = rng.uniform(size=len(xy)) < np.exp(-centre_bias * distance)
            inside &= keep
        found.extend(map(tuple, xy[inside]))
    return np.array(found[:count])


def build_sectors(outline: Polygon, rng: np.random.Generator, count: int) -> List[Polygon]:
    """Voronoi sectors clipped to the outline, seeds denser in the centre."""
    seeds = random_points_in(outline, count, rng, centre_bias=1.6)
    cells = shapely.voronoi_polygons(shapely.multipoints(seeds), extend_to=outline.buffer(2000))
    clipped = shapely.intersection(np.array(cells.geoms), outline)
    polygons = [geom for geom in clipped if geom.area > 1000 and geom.geom_type == "Polygon"]
    # Sort top-left to bottom-right so codes read like a map.
    polygons.sort(key=lambda geom: (-round(geom.centroid.y, -3), geom.centroid.x))
    return polygons


def group_into_wijken(sectors: Sequence[Polygon], outline: Polygon, rng: np.random.Generator,
                      count: int) -> np.ndarray:
    """Assign each sector to the nearest of ``count`` wijk seeds (centre seed first)."""
    seeds = random_points_in(outline.buffer(-800), count - 1, rng, centre_bias=0.3)
    seeds = np.vstack([np.array(CENTRE), seeds])
    centroids = np.array([(geom.centroid.x, geom.centroid.y) for geom in sectors])
    distances = np.hypot(centroids[:, None, 0] - seeds[None, :, 0], centroids[:, None, 1] - seeds[None, :, 1])
    return distances.argmin(axis=1)


def split_by_age(total: int, shares: np.ndarray) -> List[int]:
    """Integer counts per band summing exactly to ``total`` (largest remainder)."""
    raw = shares / shares.sum() * total
    counts = np.floor(raw).astype(int)
    remainder = total - counts.sum()
    for index in np.argsort(-(raw - counts))[:remainder]:
        counts[index] += 1
    return [int(value) for value in counts]


def populate_sectors(sectors: Sequence[Polygon], wijk_index: np.ndarray,
                     rng: np.random.Generator) -> List[dict]:
    """Residents per sector and age band: dense centre, sparse edges, a few empty sectors."""
    rows = []
    empty = set(rng.choice(len(sectors), size=3, replace=False).tolist())
    name_counts: Dict[str, int] = {}
    for index, geom in enumerate(sectors):
        distance = geom.centroid.distance(Point(CENTRE)) / CITY_RADIUS_M
        density_per_ha = 52 * np.exp(-2.6 * distance) + 3
        total = 0 if index in empty else int(geom.area / 10_000 * density_per_ha * rng.lognormal(0, 0.3))
        # Families live at the edges, students and singles in the centre.
        family = np.clip(0.6 + 0.9 * distance + rng.normal(0, 0.15), 0.4, 1.6)
        shares = AGE_SHARES * np.array([family, family, family, family, 1.0,
                                        1.0 + 0.3 * distance, 1.0 + rng.normal(0, 0.2)])
        shares = np.clip(shares, 0.001, None)
        wijk = int(wijk_index[index])
        base = "Industriezone" if index in empty else "{}{}".format(
            SECTOR_PARTS[int(rng.integers(len(SECTOR_PARTS)))],
            SECTOR_SUFFIXES[int(rng.integers(len(SECTOR_SUFFIXES)))],
        )
        name_counts[base] = name_counts.get(base, 0) + 1
        name = base if name_counts[base] == 1 else "{} {}".format(base, name_counts[base])
        row = {
            "cd_sector": "{}{}{:02d}-".format(REFNIS, chr(65 + wijk), index % 100),
            "tx_sector_descr_nl": name,
            "cd_munty_refnis": REFNIS,
            "tx_munty_descr_nl": "Voorbeeldstad",
            "wijk_code": "W{:02d}".format(wijk + 1),
            "wijk_naam": WIJK_NAMES[wijk % len(WIJK_NAMES)],
            "oppervlakte_ha": round(geom.area / 10_000, 2),
            "inw_totaal": total,
        }
        for band, count in zip(AGE_BANDS, split_by_age(total, shares)):
            row["inw_{}".format(band)] = count
        rows.append(row)
    return rows


def dissolve_wijken(sectors: Sequence[Polygon], sector_rows: Sequence[dict]) -> List[Tuple[Polygon, dict]]:
    """One polygon per wijk with its residents."""
    result = []
    for code in sorted({row["wijk_code"] for row in sector_rows}):
        members = [i for i, row in enumerate(sector_rows) if row["wijk_code"] == code]
        geometry = shapely.union_all([sectors[i] for i in members]).buffer(0)
        if geometry.geom_type == "Polygon":
            geometry = shapely.MultiPolygon([geometry])
        result.append((geometry, {
            "wijk_code": code,
            "wijk_naam": sector_rows[members[0]]["wijk_naam"],
            "inw_totaal": sum(sector_rows[i]["inw_totaal"] for i in members),
            "inw_0_2": sum(sector_rows[i]["inw_0_2"] for i in members),
        }))
    return result


def build_streets(sectors: Sequence[Polygon], rng: np.random.Generator) -> List[Tuple[shapely.Geometry, dict]]:
    """A connected, noded street network: sector boundaries plus a cross of streets per sector."""
    lines = [geom.exterior for geom in sectors]
    for geom in sectors:
        c = geom.centroid
        minx, miny, maxx, maxy = geom.bounds
        for line in (shapely.LineString([(minx, c.y), (maxx, c.y)]), shapely.LineString([(c.x, miny), (c.x, maxy)])):
            inner = line.intersection(geom)
            if not inner.is_empty:
                lines.append(inner)
    noded = shapely.union_all(lines)  # nodes every crossing, so the graph is connected
    parts = shapely.line_merge(noded)
    segments = list(parts.geoms) if hasattr(parts, "geoms") else [parts]
    rows = []
    street_words = ("straat", "laan", "steenweg", "dreef", "weg", "lei")
    for index, segment in enumerate(segments):
        if segment.length < 1:
            continue
        main = segment.length > 400
        word = street_words[int(rng.integers(len(street_words)))]
        name = "{}{}".format(SECTOR_PARTS[index % len(SECTOR_PARTS)], word)
        rows.append((segment, {"straatnaam": name, "wegtype": "hoofdweg" if main else "lokale weg",
                               "lengte_m": round(segment.length, 1)}))
    return rows


def generate_city(seed: int = 2024, sector_count: int = 150, wijk_count: int = 10) -> CityData:
    """Build every layer of Voorbeeldstad in memory."""
    rng = np.random.default_rng(seed)
    outline = city_outline(rng)
    sectors = build_sectors(outline, rng, sector_count)
    wijk_index = group_into_wijken(sectors, outline, rng, wijk_count)
    sector_rows = populate_sectors(sectors, wijk_index, rng)
    city = CityData(outline=outline)
    city.layers["statistische_sectoren"] = (
        LayerSpec("statistische_sectoren", "Polygon", SECTOR_FIELDS), list(zip(sectors, sector_rows))
    )
    city.layers["wijken"] = (
        LayerSpec("wijken", "MultiPolygon", [("wijk_code", "str"), ("wijk_naam", "str"),
                                             ("inw_totaal", "int"), ("inw_0_2", "int")]),
        dissolve_wijken(sectors, sector_rows),
    )
    streets = build_streets(sectors, rng)
    city.layers["straten"] = (
        LayerSpec("straten", "LineString", [("straatnaam", "str"), ("wegtype", "str"), ("lengte_m", "float")]),
        streets,
    )
    city.layers.update(build_facilities(outline, sectors, sector_rows, streets, rng))
    return city


class SampleCityError(SlimStadError, RuntimeError):
    """The sample city could not be written (the message is meant for the user)."""


def write_city(path: Path, seed: int = 2024, force: bool = False) -> Dict[str, int]:
    """Generate Voorbeeldstad and write every layer to the GeoPackage ``path``.

    A new file is built under a temporary name and renamed; an existing GeoPackage (only with ``force``) gets
    the sample layers added or replaced in place, every other layer in it stays. A file in use by another
    program, or one that is not a GeoPackage, is refused. Returns the feature count per layer.
    """
    path = Path(path)
    if path.exists() and not force:
        raise SampleCityError(tr("{path} already exists; choose another name, or give --force (Processing: "
                                 "“Overwrite an existing file”) to add the sample layers to it.").format(path=path))
    if not path.parent.exists():
        raise SampleCityError(tr("The folder {path} does not exist.").format(path=path.parent))
    city = generate_city(seed)
    counts = {}
    try:
        with GeoPackageWrite(path) as write:
            for index, (name, (spec, rows)) in enumerate(city.layers.items()):
                counts[name] = write_gpkg_layer(write.staging, spec, rows, new_file=index == 0)
            write.commit(list(city.layers), counts=counts)
    except FileWriteError as error:
        raise SampleCityError(str(error)) from error
    except (OSError, RuntimeError) as error:
        raise SampleCityError(tr("Cannot write {path}: {error}").format(path=path, error=reason(error))) from error
    return counts
