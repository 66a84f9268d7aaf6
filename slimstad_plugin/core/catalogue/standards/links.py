"""Online resources (ISO ``CI_OnlineResource``) and distributions (DCAT) <-> catalogue sources, both ways.

A link is usable when it is a WFS, WMS, WMTS or OGC API Features service with a layer, or a GeoPackage or
GeoJSON download. The kind comes from the ISO protocol (``OGC:WFS``, ``OGC:WMS-1.3.0-http-get-map``,
``WWW:DOWNLOAD-1.0-http--download``), the DCAT format (EU file-type ``WFS_SRVC``, ``GEOJSON``…), media type or
``dct:conformsTo``, and last from the URL itself; the layer from the link's name / title or the URL's
``TYPENAME(S)`` / ``LAYERS`` / ``LAYER`` parameter, as GeoNetwork and GeoDCAT-AP write them.
"""

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple
from urllib.parse import unquote_plus, urlsplit, urlunsplit

from ...base.i18n import translator
from ...base.urls import join_path, with_query
from .vocab import normalize_crs

tr = translator("SlimStadHarvest")
EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
SERVICE_TYPE = "http://www.opengis.net/def/serviceType/ogc/"
OAPIF_CONFORMANCE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core"
DOWNLOAD_PROTOCOL = "WWW:DOWNLOAD-1.0-http--download"
# Which kind of source a link gives, in order of preference when a record has several.
PREFERENCE = ("wfs", "oapif", "gpkg", "geojson", "wms", "wmts")
# Query parameters that belong to the OGC request, not to the service address.
OWS_PARAMS = ("service", "request", "version", "acceptversions", "typename", "typenames", "layers", "layer",
              "srsname", "crs", "srs", "format", "styles", "style", "tilematrixset", "outputformat", "bbox",
              "width", "height", "transparent", "count", "maxfeatures", "startindex")

_OAPIF = re.compile(r"ogc[\s:_-]*api[\s:_-]*features|ogcapi-features|\boapif\b|api[\s_-]features", re.I)
_GPKG = re.compile(r"gpkg|geopackage", re.I)
_GEOJSON = re.compile(r"geojson|geo\+json|vnd\.geo\+json", re.I)


@dataclass
class Link:
    """One online resource / distribution as the record gives it."""

    url: str
    protocol: str = ""
    formats: List[str] = field(default_factory=list)       # format names or IRIs, media types
    conforms_to: List[str] = field(default_factory=list)   # dct:conformsTo IRIs
    name: str = ""                                         # layer / collection name (ISO name, DCAT title)
    download: bool = False                                 # dcat:downloadURL


@dataclass
class LinkSpec:
    """How a source is published: the URL with its request parameters and the words that type it."""

    url: str
    kind: str
    protocol: str
    name: str = ""
    format_iri: str = ""
    format_name: str = ""
    media_type: str = ""
    conforms_to: str = ""
    download: bool = False


def split_url(url: str) -> Tuple[str, Dict[str, str]]:
    """(the URL without its OGC request parameters, those parameters with lower-case keys).

    Other parameters (``map=…``) stay in place, byte for byte."""
    parts = urlsplit(url.strip())
    kept, params = [], {}
    for piece in parts.query.split("&") if parts.query else []:
        key, _, value = piece.partition("=")
        name = unquote_plus(key).strip().lower()
        if name in OWS_PARAMS:
            params[name] = unquote_plus(value)
        elif piece:
            kept.append(piece)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), parts.fragment)), params


def add_params(url: str, params: Sequence[Tuple[str, str]]) -> str:
    """``url`` with ``params`` set (``:``, ``/`` and ``,`` left readable); the URL's own parameters are kept and one
    of the same name in any case is replaced, never doubled (the one URL tool: core.base.urls.with_query)."""
    return with_query(url, **dict(params))


def link_kind(link: Link) -> str:
    """``wfs``, ``wms``, ``wmts``, ``oapif``, ``gpkg``, ``geojson`` or ``""`` (not usable)."""
    protocol = link.protocol or ""
    hints = " ".join(link.formats + link.conforms_to)
    _base, params = split_url(link.url)
    service = _service_kind(protocol) or _service_kind(hints)
    download = bool(re.search(r"download", protocol, re.I)) or (link.download and not _service_kind(protocol))
    file_kind = _file_kind(" ".join(link.formats), link.url, params, download)
    if download:
        return file_kind
    if service:
        return service
    if file_kind:
        return file_kind
    return _service_kind(params.get("service", "")) or ("oapif" if "/collections/" in urlsplit(link.url).path else "")


def _service_kind(text: str) -> str:
    if _OAPIF.search(text):
        return "oapif"
    lowered = text.lower()
    for kind in ("wmts", "wfs", "wms"):
        if re.search(r"(?<![a-z]){}(?![a-z])|{}_srvc|/ogc/{}\b".format(kind, kind, kind), lowered):
            return kind
    return ""


def _file_kind(formats: str, url: str, params: Dict[str, str], download: bool) -> str:
    path = urlsplit(url).path.lower()
    if _GPKG.search(formats) or path.endswith(".gpkg"):
        return "gpkg"
    if _GEOJSON.search(formats) or path.endswith(".geojson") or (download and (
            path.endswith(".json") or "json" in params.get("outputformat", "").lower())):
        return "geojson"
    return ""


def source_from_link(link: Link, record_crs: str = "") -> Tuple[Optional[dict], str]:
    """(catalogue source, "") for a usable link, else (None, why not: translated, for the skip report)."""
    kind = link_kind(link)
    if not kind:
        return None, tr("not a WFS, WMS, WMTS, OGC API Features service or GeoPackage/GeoJSON download")
    if not re.match(r"^https?://", link.url.strip(), re.I):
        return None, tr("not an http(s) address")
    base, params = split_url(link.url)
    name = link.name.strip()
    crs = normalize_crs(params.get("srsname") or params.get("crs") or params.get("srs") or record_crs)
    if kind == "wfs":
        layer = params.get("typenames") or params.get("typename") or name
        source = {"type": "wfs", "url": base, "layer": layer, "version": params.get("version", ""), "crs": crs}
    elif kind in ("wms", "wmts"):
        layer = params.get("layers") or params.get("layer") or name
        source = {"type": kind, "url": base, "layer": layer, "format": params.get("format", ""), "crs": crs,
                  "style": params.get("styles", params.get("style", "")),
                  "tile_matrix_set": params.get("tilematrixset", "")}
        if kind == "wms":
            source.pop("tile_matrix_set")
    elif kind == "oapif":
        parts = urlsplit(link.url.strip())
        head, found, tail = parts.path.partition("/collections/")
        collection = tail.split("/")[0] if found else name
        landing = urlunsplit((parts.scheme, parts.netloc, head.rstrip("/") if found else parts.path.rstrip("/"),
                              parts.query, ""))
        source = {"type": "oapif", "url": landing, "collection": collection}
        layer = collection
    else:
        source = {"type": "file", "url": link.url.strip(), "format": kind, "layer": name if kind == "gpkg" else ""}
        layer = "-"
    if not layer:
        return None, tr("{kind} without a layer name").format(kind=kind.upper())
    return {key: value for key, value in source.items() if value}, ""


def best_source(links: Sequence[Link], record_crs: str = "") -> Tuple[Optional[dict], List[str]]:
    """The preferred usable source among ``links`` (see PREFERENCE), and why the others were not usable."""
    found, reasons = [], []
    for link in links:
        source, reason = source_from_link(link, record_crs)
        if source is None:
            reasons.append("{}: {}".format(link.url or "(no address)", reason))
            continue
        kind = source.get("format") if source["type"] == "file" else source["type"]
        found.append((PREFERENCE.index(kind), source))
    if not found:
        return None, reasons
    return sorted(found, key=lambda pair: pair[0])[0][1], reasons


def link_for_source(source: dict) -> Optional[LinkSpec]:
    """How to publish ``source`` (``None`` for local files and databases: they are not published)."""
    kind = str(source.get("type", ""))
    url = str(source.get("url", ""))
    if not re.match(r"^https?://", url, re.I):
        return None
    if kind == "wfs":
        params = [("SERVICE", "WFS"), ("REQUEST", "GetCapabilities")]
        params += [("VERSION", str(source["version"]))] if source.get("version") else []
        params += [("TYPENAME", str(source["layer"]))]
        params += [("SRSNAME", str(source["crs"]))] if source.get("crs") else []
        return LinkSpec(add_params(url, params), "wfs", "OGC:WFS", str(source["layer"]), EU_FILE_TYPE + "WFS_SRVC",
                        "WFS", conforms_to=SERVICE_TYPE + "wfs")
    if kind in ("wms", "wmts"):
        upper = kind.upper()
        params = [("SERVICE", upper), ("REQUEST", "GetCapabilities"),
                  ("LAYERS" if kind == "wms" else "LAYER", str(source["layer"]))]
        for key, param in (("format", "FORMAT"), ("crs", "CRS"), ("style", "STYLES" if kind == "wms" else "STYLE"),
                           ("tile_matrix_set", "TILEMATRIXSET")):
            if source.get(key):
                params.append((param, str(source[key])))
        return LinkSpec(add_params(url, params), kind, "OGC:" + upper, str(source["layer"]),
                        EU_FILE_TYPE + upper + "_SRVC", upper, conforms_to=SERVICE_TYPE + kind)
    if kind == "oapif":
        collection_url = urlunsplit(urlsplit(join_path(url, "collections", str(source["collection"])))[:4] + ("",))
        return LinkSpec(collection_url, "oapif", "OGC API Features",
                        str(source["collection"]), format_name="OGC API Features", conforms_to=OAPIF_CONFORMANCE)
    if kind == "file":
        file_format = str(source.get("format", "")) or ("gpkg" if url.lower().endswith(".gpkg") else "geojson")
        if file_format == "gpkg":
            return LinkSpec(url, "gpkg", DOWNLOAD_PROTOCOL, str(source.get("layer", "")), EU_FILE_TYPE + "GPKG",
                            "GeoPackage", "application/geopackage+sqlite3", download=True)
        return LinkSpec(url, "geojson", DOWNLOAD_PROTOCOL, "", EU_FILE_TYPE + "GEOJSON", "GeoJSON",
                        "application/geo+json", download=True)
    return None
