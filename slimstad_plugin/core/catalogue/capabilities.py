"""What an OGC service offers (WMS, WMTS, WFS capabilities; OGC API Features collections), read once, and how a
catalogue layer is found in it.

A remote layer is identified by its **full name**: ``gent:wijken`` and ``leuven:wijken`` are two layers, and
``wijken`` is neither of them (WFS 2.0 §7.9.2.4.1: type names are qualified names). :meth:`Capabilities.find`
is the one place that matches a catalogue's layer name against a service; when it fails,
:func:`not_offered_message` names the close candidates so the user can fix the catalogue.
"""

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..base.answers import read_json, read_xml
from ..base.crs import canonical_crs
from ..base.i18n import translator
from ..base.network import Deadline, http_get
from ..base.network_probe import probe
from ..base.settings import SlimStadSettings
from ..base.urls import join_path, strip_path_suffix, with_query
from .model import CatalogueEntry
from .sources import LayerCreationError

tr = translator("SlimStadCatalogue")
ROOT_TAGS = {"wms": ("WMS_Capabilities", "WMT_MS_Capabilities"), "wmts": ("Capabilities",),
             "wfs": ("WFS_Capabilities",)}


@dataclass
class ServiceLayer:
    """One layer (WMS/WMTS), feature type (WFS) or collection (OGC API) as the service describes it."""

    name: str
    title: str = ""
    abstract: str = ""
    keywords: List[str] = field(default_factory=list)
    crs: List[str] = field(default_factory=list)   # canonical spellings, the default CRS first
    wgs84_bbox: Optional[List[float]] = None


@dataclass
class Capabilities:
    """A service's offer: its version, its layers and (WFS) its paging constraints."""

    kind: str
    url: str
    version: str = ""
    layers: List[ServiceLayer] = field(default_factory=list)
    count_default: Optional[int] = None      # WFS 2.0 CountDefault: the most features one answer holds
    implements_paging: Optional[bool] = None
    elapsed_s: float = 0.0

    def find(self, name: str) -> Optional[ServiceLayer]:
        """The layer with exactly this (namespace-qualified) name, or None."""
        return next((layer for layer in self.layers if layer.name == name), None)

    def names(self) -> List[str]:
        """Every layer name, in the service's order."""
        return [layer.name for layer in self.layers]


def not_offered_message(name: str, offered: List[str], what: str = "layer") -> str:
    """"layer 'wijken' is not offered by the service (it offers: gent:wijken, leuven:wijken)"."""
    local = name.split(":")[-1].lower()
    close = [other for other in offered if other.split(":")[-1].lower() == local]
    if what == "collection":
        message = tr("collection '{layer}' is not offered by the service").format(layer=name)
    else:
        message = tr("layer '{layer}' is not offered by the service").format(layer=name)
    if close:
        message += " " + tr("(it offers: {names})").format(names=", ".join(close[:5]))
    return message


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: ET.Element, name: str) -> List[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _text(element: ET.Element, name: str) -> str:
    found = _children(element, name)
    return (found[0].text or "").strip() if found else ""


def _keywords(element: ET.Element) -> List[str]:
    return [(k.text or "").strip() for k in element.iter() if _local(k.tag) == "Keyword" and (k.text or "").strip()]


def capabilities_url(url: str, kind: str) -> str:
    """GetCapabilities request on a service URL (its own query parameters, e.g. ``map=``, kept)."""
    return with_query(url, SERVICE=kind.upper(), REQUEST="GetCapabilities")


def read_capabilities(url: str, kind: str, deadline: Deadline, authcfg: str = "", label: str = "") -> Capabilities:
    """Fetch and read the capabilities of a WMS/WMTS/WFS service, or the collections of an OGC API Features one.

    Raises the network layer's errors (timeouts, HTTP status, too large, error documents, wrong documents).
    """
    if kind == "oapif":
        return read_collections(url, deadline, authcfg, label)
    response = http_get(capabilities_url(url, kind), authcfg=authcfg, deadline=deadline)
    what = tr("{kind} capabilities").format(kind=kind.upper())
    root = read_xml(response.content, label or response.url, what, ROOT_TAGS[kind], response.headers)
    capabilities = parse_capabilities(root, kind, response.url)
    capabilities.elapsed_s = response.elapsed_s
    return capabilities


def describe_feature_type(url: str, layer: str, version: str, deadline: Deadline, authcfg: str = "") -> ET.Element:
    """The XML schema of a WFS feature type (DescribeFeatureType): what QGIS needs to open the layer. Raises the
    network layer's errors; an exception report with HTTP 200 is a ServiceReportedError with the server's text."""
    type_key = "TYPENAMES" if version.startswith("2") else "TYPENAME"
    params = {"SERVICE": "WFS", "REQUEST": "DescribeFeatureType", type_key: layer}
    if version:
        params["VERSION"] = version
    response = http_get(with_query(url, **params), authcfg=authcfg, deadline=deadline)
    return read_xml(response.content, response.url, tr("the layer's schema (DescribeFeatureType)"), ("schema",),
                    response.headers)


def parse_capabilities(root: ET.Element, kind: str, url: str = "") -> Capabilities:
    """Read an already parsed WMS/WMTS/WFS capabilities document."""
    capabilities = Capabilities(kind, url, root.get("version", ""))
    if kind == "wfs":
        capabilities.layers = [_feature_type(el) for el in root.iter() if _local(el.tag) == "FeatureType"]
        for constraint in (el for el in root.iter() if _local(el.tag) == "Constraint"):
            value = next((v.text or "" for v in constraint.iter() if _local(v.tag) in ("DefaultValue", "Value")), "")
            if constraint.get("name") == "CountDefault" and value.strip().isdigit():
                capabilities.count_default = int(value.strip())
            elif constraint.get("name") == "ImplementsResultPaging":
                capabilities.implements_paging = value.strip().upper() == "TRUE"
    elif kind == "wms":
        capabilities.layers = _wms_layers(root)
    else:
        capabilities.layers = _wmts_layers(root)
    capabilities.layers = [layer for layer in capabilities.layers if layer.name]
    return capabilities


def _feature_type(element: ET.Element) -> ServiceLayer:
    crs = [_text(element, tag) for tag in ("DefaultCRS", "DefaultSRS", "SRS")]
    crs += [(el.text or "") for el in element if _local(el.tag) in ("OtherCRS", "OtherSRS")]
    return ServiceLayer(_text(element, "Name"), _text(element, "Title"), _text(element, "Abstract"),
                        _keywords(element), _unique_crs(crs), _wgs84_box(element))


def _wgs84_box(element: ET.Element) -> Optional[List[float]]:
    for box in (el for el in element if _local(el.tag) == "WGS84BoundingBox"):
        try:
            lower = [float(v) for v in _text(box, "LowerCorner").split()]
            upper = [float(v) for v in _text(box, "UpperCorner").split()]
            return lower[:2] + upper[:2]
        except ValueError:
            return None
    return None


def _unique_crs(values: List[str]) -> List[str]:
    out: List[str] = []
    for value in values:
        canonical = canonical_crs(value)
        if canonical and canonical not in out:
            out.append(canonical)
    return out


def _wms_layers(root: ET.Element) -> List[ServiceLayer]:
    """Every named layer; CRS are inherited from parent layers (WMS 1.3.0 §7.2.4.8)."""
    out: List[ServiceLayer] = []

    def walk(element: ET.Element, inherited: List[str]) -> None:
        own = [(c.text or "") for c in element if _local(c.tag) in ("CRS", "SRS")]
        crs = _unique_crs(own + inherited)
        name = _text(element, "Name")
        if name:
            out.append(ServiceLayer(name, _text(element, "Title"), _text(element, "Abstract"),
                                    [k for k in _keywords(element)], crs))
        for child in _children(element, "Layer"):
            walk(child, crs)

    for capability in (el for el in root.iter() if _local(el.tag) == "Capability"):
        for top in _children(capability, "Layer"):
            walk(top, [])
    return out


def _wmts_layers(root: ET.Element) -> List[ServiceLayer]:
    matrix_crs: Dict[str, str] = {}
    for matrix_set in (el for el in root.iter() if _local(el.tag) == "TileMatrixSet" and _children(el, "Identifier")):
        matrix_crs[_text(matrix_set, "Identifier")] = _text(matrix_set, "SupportedCRS")
    layers = []
    for element in (el for el in root.iter() if _local(el.tag) == "Layer"):
        links = [_text(link, "TileMatrixSet") for link in _children(element, "TileMatrixSetLink")]
        crs = [matrix_crs.get(link, "") for link in links] or list(matrix_crs.values())
        layers.append(ServiceLayer(_text(element, "Identifier"), _text(element, "Title"), _text(element, "Abstract"),
                                   _keywords(element), _unique_crs(crs)))
    return layers


def oapif_base(url: str) -> str:
    """The landing page of an OGC API Features URL given with or without ``/collections``."""
    return strip_path_suffix(url, "collections")


def _is_collection_list(document: object) -> bool:
    return isinstance(document, dict) and isinstance(document.get("collections"), list)


def read_collections(url: str, deadline: Deadline, authcfg: str = "", label: str = "") -> Capabilities:
    """The collections of an OGC API Features service as :class:`Capabilities` (kind ``oapif``)."""
    response = http_get(join_path(oapif_base(url), "collections", f="json"), authcfg=authcfg, deadline=deadline,
                        headers={"Accept": "application/json"})
    document = read_json(response.content, label or response.url, tr("a list of collections"), _is_collection_list,
                         response.headers)
    capabilities = Capabilities("oapif", response.url, elapsed_s=response.elapsed_s)
    for collection in document["collections"]:
        if isinstance(collection, dict) and (collection.get("id") or collection.get("name")):
            capabilities.layers.append(collection_layer(collection))
    return capabilities


def collection_layer(collection: dict) -> ServiceLayer:
    """A collection document (or an item of the collection list) as a :class:`ServiceLayer`."""
    bbox = (((collection.get("extent") or {}).get("spatial") or {}).get("bbox") or [None])[0]
    extent = [float(v) for v in bbox[:4]] if isinstance(bbox, list) and len(bbox) >= 4 else None
    storage = collection.get("storageCrs")
    crs = ([str(storage)] if storage else []) + [str(value) for value in collection.get("crs") or []]
    return ServiceLayer(str(collection.get("id") or collection.get("name")), str(collection.get("title") or ""),
                        str(collection.get("description") or ""),
                        [str(k) for k in collection.get("keywords") or [] if isinstance(k, (str, int))],
                        _unique_crs(crs) or ["OGC:CRS84"], extent)


def read_collection(url: str, collection: str, deadline: Deadline, authcfg: str = "") -> dict:
    """The JSON document of one collection; a document with another ``id`` or an error JSON is refused."""
    response = http_get(join_path(oapif_base(url), "collections", collection, f="json"), authcfg=authcfg,
                        deadline=deadline, headers={"Accept": "application/json"})

    def is_it(document: object) -> bool:
        if not isinstance(document, dict):
            return False
        if "id" in document:
            return str(document["id"]) == collection
        return isinstance(document.get("links"), list) and not ("code" in document or "error" in document)

    label = tr("collection '{layer}'").format(layer=collection)
    return read_json(response.content, label, tr("the collection description"), is_it, response.headers)


def probe_url(entry: CatalogueEntry) -> str:
    """The address that shows whether the entry's server answers at all ("" for local sources)."""
    source = entry.source
    kind = entry.source_type
    if kind in ("wms", "wmts", "wfs"):
        return capabilities_url(str(source["url"]), kind)
    if kind == "oapif":
        return with_query(oapif_base(str(source["url"])), f="json")
    if kind == "xyz":
        return str(source["url"]).replace("{z}", "0").replace("{x}", "0").replace("{y}", "0").replace("{-y}", "0")
    return ""


def ensure_reachable(entry: CatalogueEntry, deadline: Optional[object] = None) -> None:
    """Raise LayerCreationError at once when the entry's server does not answer within the deadline.

    Called before a QGIS provider talks to a server: the provider waits up to QGIS's own network timeout per layer
    (restarted by every byte), SlimStad's network layer honours a total deadline and remembers dead hosts."""
    url = probe_url(entry)
    if not url:
        return
    error = probe(url, deadline or Deadline(SlimStadSettings.load().health_timeout_s),
                  str(entry.source.get("authcfg", "")))
    if error is not None:
        raise LayerCreationError(tr("Entry '{id}': {error}").format(id=entry.id, error=error))
