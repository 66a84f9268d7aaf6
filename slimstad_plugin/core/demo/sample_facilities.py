"""Facilities, parks and stops of Voorbeeldstad, placed unevenly so that real gaps appear."""

from typing import Dict, List, Sequence, Tuple

import numpy as np
import shapely
import shapely.affinity
from shapely.geometry import Point, Polygon

from ..layers.vector_io import LayerSpec

Rows = List[Tuple[shapely.Geometry, dict]]

CHILDCARE_TYPES = ("kinderdagverblijf", "gezinsopvang", "groepsopvang")
CHILDCARE_NAMES = ("De Rupsjes", "Het Speelhuis", "Kadee", "Zonnetje", "De Kabouters", "Pimpampoentje",
                   "Knuffelbeer", "De Ukkies", "Klein Duimpje", "Het Nestje", "Bengeltjes", "Dribbel")
SCHOOL_NAMES = ("Sint-Jozef", "De Regenboog", "Het Klavertje", "Sint-Maarten", "De Wegwijzer",
                "Atheneum", "Sint-Ursula", "De Boomhut", "Mozaïek", "De Vlinder", "Lyceum", "Don Bosco")
CARE_NAMES = ("Hof ter Linden", "De Wingerd", "Zonnehove", "Ter Meeren", "Huize Sint-Anna",
              "De Notelaar", "Residentie Beukenhof", "Ter Heide", "Avondrust", "De Bron")
PARK_NAMES = ("Stadspark", "Vrijbroekpark", "Molenpark", "Kouterbos", "Speelbos", "Beekvallei",
              "Hofkensveld", "Wijkpark", "Kasteelpark", "Buurtgroen")


def _weighted_sector_points(sectors: Sequence[Polygon], weights: np.ndarray, count: int,
                            rng: np.random.Generator) -> List[Point]:
    """``count`` points in sectors drawn with probability proportional to ``weights``."""
    weights = np.asarray(weights, dtype=float)
    chosen = rng.choice(len(sectors), size=count, p=weights / weights.sum())
    points = []
    for index in chosen:
        polygon = sectors[index]
        minx, miny, maxx, maxy = polygon.bounds
        while True:
            candidate = Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
            if polygon.contains(candidate):
                points.append(candidate)
                break
    return points


def _capacities(total: float, count: int, low: int, high: int, rng: np.random.Generator) -> List[int]:
    """Integer capacities between ``low`` and ``high`` adding up to about ``total``."""
    raw = rng.lognormal(0, 0.45, count)
    scaled = np.clip(raw / raw.sum() * total, low, high)
    return [int(round(value)) for value in scaled]


def build_facilities(outline: Polygon, sectors: Sequence[Polygon], sector_rows: Sequence[dict],
                     streets: Rows, rng: np.random.Generator) -> Dict[str, Tuple[LayerSpec, Rows]]:
    """Every facility layer, keyed by layer name."""
    column = {key: np.array([row[key] for row in sector_rows], dtype=float)
              for key in ("inw_0_2", "inw_6_11", "inw_12_17", "inw_80p", "inw_totaal")}
    wijken = sorted({row["wijk_code"] for row in sector_rows})
    # Two wijken are underserved by childcare and care: this is where the challenges find gaps.
    underserved = set(rng.choice(wijken, size=2, replace=False).tolist())
    service_factor = np.array([0.15 if row["wijk_code"] in underserved else 1.0 for row in sector_rows])
    layers: Dict[str, Tuple[LayerSpec, Rows]] = {}

    places_total = column["inw_0_2"].sum() * 0.30
    count = max(8, int(places_total / 24))
    points = _weighted_sector_points(sectors, (column["inw_0_2"] + 1) ** 1.2 * service_factor, count, rng)
    layers["kinderopvang"] = (
        LayerSpec("kinderopvang", "Point", [("naam", "str"), ("type", "str"), ("plaatsen", "int")]),
        [(point, {"naam": "{} {}".format(CHILDCARE_NAMES[i % len(CHILDCARE_NAMES)], i // len(CHILDCARE_NAMES) + 1),
                  "type": CHILDCARE_TYPES[int(rng.integers(3))], "plaatsen": places})
         for i, (point, places) in enumerate(zip(points, _capacities(places_total, count, 4, 84, rng)))],
    )

    school_rows: Rows = []
    levels = (("lager", "inw_6_11", 240, 1.02), ("secundair", "inw_12_17", 650, 1.05))
    for level, key, pupils_per_school, ratio in levels:
        total = column[key].sum() * ratio
        count = max(3, int(total / pupils_per_school))
        bias = 1.0 if level == "lager" else 2.0  # secondary schools cluster in the centre
        weights = column[key] + 1
        distance_weight = np.array([1 / (1 + sector.centroid.distance(outline.centroid) / 1500) ** bias
                                    for sector in sectors])
        points = _weighted_sector_points(sectors, weights * distance_weight, count, rng)
        for i, (point, capacity) in enumerate(zip(points, _capacities(total, count, 80, 1400, rng))):
            school_rows.append((point, {"naam": "{} {}".format(SCHOOL_NAMES[i % len(SCHOOL_NAMES)], level),
                                        "niveau": level, "capaciteit": capacity}))
    layers["scholen"] = (
        LayerSpec("scholen", "Point", [("naam", "str"), ("niveau", "str"), ("capaciteit", "int")]), school_rows
    )

    beds_total = column["inw_80p"].sum() * 0.16
    count = max(4, int(beds_total / 90))
    points = _weighted_sector_points(sectors, (column["inw_80p"] + 1) * service_factor, count, rng)
    layers["woonzorgcentra"] = (
        LayerSpec("woonzorgcentra", "Point", [("naam", "str"), ("bedden", "int")]),
        [(point, {"naam": CARE_NAMES[i % len(CARE_NAMES)], "bedden": beds})
         for i, (point, beds) in enumerate(zip(points, _capacities(beds_total, count, 30, 180, rng)))],
    )

    housing_rows: Rows = []
    count = 22
    points = _weighted_sector_points(sectors, column["inw_totaal"] + 1, count, rng)
    for i, point in enumerate(points):
        half = rng.uniform(35, 80)
        block = shapely.box(point.x - half, point.y - half * 0.7, point.x + half, point.y + half * 0.7)
        block = shapely.affinity.rotate(block, rng.uniform(0, 90))
        housing_rows.append((block, {"naam": "Sociaal woonproject {}".format(i + 1),
                                     "woningen": int(block.area / 70 * rng.uniform(0.6, 1.1)),
                                     "woonmaatschappij": "Woonmaatschappij Voorbeeldstad"}))
    layers["sociale_woningen"] = (
        LayerSpec("sociale_woningen", "Polygon", [("naam", "str"), ("woningen", "int"), ("woonmaatschappij", "str")]),
        housing_rows,
    )

    park_rows: Rows = []
    points = _weighted_sector_points(sectors, np.ones(len(sectors)), 26, rng)
    for i, point in enumerate(points):
        radius = rng.uniform(40, 190) * (2.2 if i == 0 else 1.0)
        blob = point.buffer(radius, quad_segs=6)
        blob = shapely.affinity.scale(blob, rng.uniform(0.6, 1.4), rng.uniform(0.6, 1.4))
        blob = blob.intersection(outline)
        if blob.is_empty:
            continue
        park_rows.append((blob, {"naam": "{} {}".format(PARK_NAMES[i % len(PARK_NAMES)], i + 1),
                                 "oppervlakte_m2": round(blob.area, 1)}))
    layers["parken"] = (
        LayerSpec("parken", "Polygon", [("naam", "str"), ("oppervlakte_m2", "float")]), park_rows
    )

    main_streets = [geom for geom, attrs in streets if attrs["wegtype"] == "hoofdweg"] or [g for g, _ in streets]
    stop_rows: Rows = []
    for i in range(120):
        street = main_streets[int(rng.integers(len(main_streets)))]
        point = street.interpolate(rng.uniform(0, 1), normalized=True)
        central = point.distance(outline.centroid) < 2000
        stop_rows.append((point, {"naam": "Halte {}".format(i + 1), "type": "tram" if central and i % 3 == 0 else "bus",
                                  "lijnen": int(rng.integers(1, 6 if central else 3))}))
    layers["haltes"] = (
        LayerSpec("haltes", "Point", [("naam", "str"), ("type", "str"), ("lijnen", "int")]), stop_rows
    )
    return layers
