"""The neutral form of one harvested metadata record, and its catalogue entry.

Both readers (ISO 19139 and DCAT-AP) fill a :class:`HarvestedRecord`; :func:`to_entry` turns it into a
:class:`CatalogueEntry` or raises :class:`RecordSkipped` with a counted reason. Entry ids are stable: they come
from the record identifier (:func:`entry_id_for`), so harvesting again updates entries instead of adding copies.
"""

import hashlib
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from ...base.i18n import translator
from ...base.readers import NETWORK, ReadError, parse_json
from ..model import CatalogueEntry, Licence
from .links import Link, best_source
from .vocab import is_duration, licence_type, normalize_crs

tr = translator("SlimStadHarvest")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
ID_MAX = 200
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")

# Why a record gave no entry (counted in the harvest report).
NO_IDENTIFIER = "no_identifier"
NOT_A_DATASET = "not_a_dataset"
NO_USABLE_LINK = "no_usable_link"
DUPLICATE = "duplicate"
UNREADABLE = "unreadable"
SKIP_REASONS = (NO_USABLE_LINK, NOT_A_DATASET, DUPLICATE, NO_IDENTIFIER, UNREADABLE)


class RecordSkipped(Exception):  # noqa: N818 - a counted outcome, not an error
    """A record that gives no entry: ``reason`` is one of SKIP_REASONS, ``detail`` says more (translated)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail


@dataclass
class HarvestedRecord:
    """What a metadata record says, in catalogue terms (texts per language nl/fr/en)."""

    identifier: str
    kind: str = "dataset"                      # ISO hierarchyLevel / DCAT class: dataset, series, service…
    title: Dict[str, str] = field(default_factory=dict)
    description: Dict[str, str] = field(default_factory=dict)
    owner: str = ""
    steward: Dict[str, str] = field(default_factory=dict)
    access: str = ""                           # vocab.PUBLIC / RESTRICTED / NON_PUBLIC / ""
    licence_name: str = ""
    licence_url: str = ""
    rhythm: str = ""
    links: List[Link] = field(default_factory=list)
    keywords: List[str] = field(default_factory=list)
    extent: Optional[List[float]] = None
    extent_crs: str = ""
    crs: str = ""                              # reference system of the data (ISO referenceSystemInfo)
    modified: str = ""

    def label(self) -> str:
        """Title or identifier, for messages."""
        return next((text for text in self.title.values() if text), "") or self.identifier or "?"


def entry_id_for(identifier: str) -> str:
    """A stable catalogue id for a record identifier.

    Identifiers that are already valid ids (UUIDs, ``gent.kinderopvang``) are kept as they are; others (URIs)
    lose their scheme and have other characters replaced by ``_``; ids longer than 200 characters are cut and
    end in a hash of the whole identifier."""
    text = identifier.strip()
    if ID_PATTERN.match(text) and len(text) <= ID_MAX:
        return text
    cleaned = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", text)
    cleaned = re.sub(r"[^A-Za-z0-9_.:-]+", "_", cleaned).strip("_.:-")
    if not cleaned or len(cleaned) > ID_MAX:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        cleaned = "{}-{}".format(cleaned[:ID_MAX - 13].rstrip("_.:-"), digest) if cleaned else "record-" + digest
    return cleaned


def to_entry(record: HarvestedRecord) -> CatalogueEntry:
    """The catalogue entry for ``record`` (sector ``andere``: the city's own classification), or
    :class:`RecordSkipped`."""
    if not record.identifier.strip():
        raise RecordSkipped(NO_IDENTIFIER, tr("the record has no identifier"))
    if record.kind not in ("dataset", "series", ""):
        raise RecordSkipped(NOT_A_DATASET, tr("the record describes a {kind}, not a dataset").format(kind=record.kind))
    source, reasons = best_source(record.links, normalize_crs(record.crs))
    if source is None:
        detail = "; ".join(reasons) if reasons else tr("the record has no online resource")
        raise RecordSkipped(NO_USABLE_LINK, detail)
    steward = {key: value for key, value in record.steward.items() if key in ("name", "email") and value}
    if steward.get("email", "").lower().startswith("mailto:"):
        steward["email"] = steward["email"][7:]
    if "email" in steward and not EMAIL.match(steward["email"]):
        steward.pop("email")
    title = {k: v.strip() for k, v in record.title.items() if v and v.strip()} or {"nl": record.identifier.strip()}
    extent, extent_crs = (list(record.extent), normalize_crs(record.extent_crs) or "EPSG:4326") \
        if record.extent else (None, "")
    if extent_crs == "OGC:CRS84":
        extent_crs = "EPSG:4326"
    return CatalogueEntry(
        id=entry_id_for(record.identifier), title=title,
        description={k: v.strip() for k, v in record.description.items() if v and v.strip()},
        sector="andere", owner=record.owner.strip(), steward=steward,
        licence=Licence(licence_type(record.access, record.licence_name, record.licence_url),
                        record.licence_name.strip(), record.licence_url.strip()),
        update_rhythm=record.rhythm if is_duration(record.rhythm) else "", source=source,
        keywords=unique(k.strip() for k in record.keywords if k and k.strip()), extent=extent,
        extent_crs=extent_crs, freshness={"last_update": record.modified.strip()} if record.modified.strip() else None)


def unique(values: Sequence[str]) -> List[str]:
    """``values`` without repeats, first occurrence kept."""
    seen, out = set(), []
    for value in values:
        if value not in seen:
            seen.add(value)
            out.append(value)
    return out


# --- extents ---------------------------------------------------------------------------------------------------
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
_CRS_PREFIX = re.compile(r"^\s*<((?:https?|urn):[^>\s]+)>\s*", re.I)


def envelope(points: Sequence[Tuple[float, float]]) -> Optional[List[float]]:
    """[xmin, ymin, xmax, ymax] of ``points`` or None."""
    if not points:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return [min(xs), min(ys), max(xs), max(ys)]


def union(boxes: Sequence[Optional[List[float]]]) -> Optional[List[float]]:
    """The box around all non-empty ``boxes``."""
    real = [box for box in boxes if box]
    if not real:
        return None
    return [min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), max(b[3] for b in real)]


def _lat_lon_order(crs: str) -> bool:
    """EPSG:4326 written as a URN or http URI has latitude first (``EPSG:4326`` itself is read as x, y)."""
    return normalize_crs(crs) == "EPSG:4326" and crs.strip().lower().startswith(("urn:", "http"))


def extent_from_literal(text: str, datatype: str = "") -> Tuple[str, Optional[List[float]]]:
    """(CRS, envelope) of a WKT (optionally ``<crs-uri> WKT``, GeoSPARQL), GeoJSON or GML geometry literal.

    Without a CRS the coordinates are CRS84 (longitude, latitude); EPSG:4326 given explicitly is latitude,
    longitude and is swapped. The CRS returned is ``EPSG:4326`` for both."""
    value = (text or "").strip()
    if not value:
        return "", None
    if value.startswith("{") or "geojson" in datatype.lower():
        return "EPSG:4326", _geojson_envelope(value)
    match = _CRS_PREFIX.match(value)
    if value.startswith("<") and not match:
        return _gml_envelope(value)
    crs = ""
    if match:
        crs, value = match.group(1), value[match.end():]
    numbers = [float(n) for n in re.findall(_NUMBER, re.sub(r"^[A-Za-z ]+\(", "(", value))]
    points = list(zip(numbers[0::2], numbers[1::2]))
    if _lat_lon_order(crs):
        points = [(y, x) for x, y in points]
    return (normalize_crs(crs) if crs and normalize_crs(crs) != "OGC:CRS84" else "EPSG:4326"), envelope(points)


def _geojson_envelope(text: str) -> Optional[List[float]]:
    try:
        data = parse_json(text, "GeoJSON", NETWORK)  # a harvested record: bounded nesting, no NaN
    except ReadError:
        return None
    points: List[Tuple[float, float]] = []

    def walk(node: object) -> None:
        if isinstance(node, list) and len(node) >= 2 and all(isinstance(v, (int, float)) for v in node[:2]):
            points.append((float(node[0]), float(node[1])))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data.get("coordinates") if isinstance(data, dict) else None)
    return envelope(points)


def _gml_envelope(text: str) -> Tuple[str, Optional[List[float]]]:
    srs = re.search(r'srsName\s*=\s*["\']([^"\']+)["\']', text)
    crs = srs.group(1) if srs else ""
    numbers: List[float] = []
    for chunk in re.findall(r"<(?:\w+:)?(?:posList|pos|coordinates|lowerCorner|upperCorner)[^>]*>([^<]*)<", text):
        numbers.extend(float(n) for n in re.findall(_NUMBER, chunk))
    points = list(zip(numbers[0::2], numbers[1::2]))
    if _lat_lon_order(crs):
        points = [(y, x) for x, y in points]
    normalized = normalize_crs(crs) if crs else "EPSG:4326"
    return ("EPSG:4326" if normalized == "OGC:CRS84" else normalized), envelope(points)
