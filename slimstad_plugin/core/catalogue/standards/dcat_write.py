"""Write catalogue entries as DCAT-AP Vlaanderen (one ``dcat:Catalog``, a ``dcat:Dataset`` per entry).

Per dataset: ``dct:identifier`` (the entry id), titles and descriptions per language, ``dcat:keyword``,
``dct:publisher`` (owner, ``foaf:Agent``), ``dcat:contactPoint`` (steward, vCard), ``dct:accessRights`` (EU
access-right), ``dct:accrualPeriodicity`` (EU frequency, or a ``dct:Frequency`` with the duration as
``rdf:value``), ``dct:modified``, ``dct:conformsTo`` (CRS), ``dct:spatial`` (``dcat:bbox`` in CRS84 and a
``locn:geometry`` in the catalogue's own CRS), ``dcat:theme`` (EU data theme from the sector, export only) and
one ``dcat:Distribution`` (access/download URL, EU file type, media type, service type, layer as title,
``dct:license``). ``dcat_read.py`` reads all of it back.
"""

from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple
from urllib.parse import quote

from .links import LinkSpec
from .rdf import NAMESPACES, rdflib_module
from .vocab import (
    ACCESS_RIGHT_FOR_TYPE,
    EU_ACCESS_RIGHT,
    EU_DATA_THEME,
    EU_THEME_FOR_SECTOR,
    crs_uri,
    frequency_iri_for,
)

SERIALISATIONS = {".ttl": "turtle", ".rdf": "pretty-xml", ".xml": "pretty-xml", ".jsonld": "json-ld"}
IANA = "https://www.iana.org/assignments/media-types/"


def wkt_box(box: Sequence[float], crs: str = "") -> str:
    """A GeoSPARQL WKT polygon of ``box`` (``<crs-uri>`` prefix unless CRS84)."""
    x0, y0, x1, y1 = (repr(float(v)) for v in box)
    polygon = "POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))".format(x0=x0, y0=y0, x1=x1, y1=y1)
    return "<{}> {}".format(crs_uri(crs), polygon) if crs else polygon


class _Writer:
    def __init__(self) -> None:
        self.rdflib = rdflib_module()
        self.graph = self.rdflib.Graph()
        self.ns = {prefix: self.rdflib.Namespace(uri) for prefix, uri in NAMESPACES.items()}
        for prefix, uri in NAMESPACES.items():
            self.graph.bind(prefix, uri)
        self.rdf = self.rdflib.RDF

    def add(self, subject: Any, prefix: str, name: str, value: Any) -> None:
        self.graph.add((subject, self.ns[prefix][name], value))

    def literal(self, text: str, lang: Optional[str] = None, datatype: Optional[str] = None) -> Any:
        return self.rdflib.Literal(text, lang=lang, datatype=self.ns["xsd"][datatype] if datatype else None,
                                   normalize=False)

    def node(self, uri: str = "") -> Any:
        return self.rdflib.URIRef(uri) if uri else self.rdflib.BNode()

    def texts(self, subject: Any, prefix: str, name: str, texts: Dict[str, str]) -> None:
        for lang, text in sorted(texts.items()):
            if text:
                self.add(subject, prefix, name, self.literal(text, lang=lang))

    def dataset(self, entry: Dict, uri: str, link: Optional[LinkSpec], wgs84: Optional[List[float]]) -> Any:
        ds = self.node(uri)
        self.graph.add((ds, self.rdf.type, self.ns["dcat"]["Dataset"]))
        self.add(ds, "dct", "identifier", self.literal(entry["id"]))
        self.texts(ds, "dct", "title", entry.get("title") or {})
        self.texts(ds, "dct", "description", entry.get("description") or {})
        for keyword in entry.get("keywords") or []:
            self.add(ds, "dcat", "keyword", self.literal(keyword))
        if entry.get("owner"):
            agent = self.node()
            self.graph.add((agent, self.rdf.type, self.ns["foaf"]["Agent"]))
            self.add(agent, "foaf", "name", self.literal(entry["owner"]))
            self.add(ds, "dct", "publisher", agent)
        steward = entry.get("steward") or {}
        if steward:
            contact = self.node()
            self.graph.add((contact, self.rdf.type, self.ns["vcard"]["Kind"]))
            if steward.get("name"):
                self.add(contact, "vcard", "fn", self.literal(steward["name"]))
            if steward.get("email"):
                self.add(contact, "vcard", "hasEmail", self.node("mailto:" + steward["email"]))
            self.add(ds, "dcat", "contactPoint", contact)
        licence = entry.get("licence") or {}
        self.add(ds, "dct", "accessRights", self.node(
            EU_ACCESS_RIGHT + ACCESS_RIGHT_FOR_TYPE.get(licence.get("type", "internal"), "RESTRICTED")))
        self._rhythm(ds, str(entry.get("update_rhythm", "")))
        last_update = str((entry.get("freshness") or {}).get("last_update", ""))
        if last_update:
            self.add(ds, "dct", "modified", self.literal(last_update, datatype="date" if len(last_update) == 10
                                                         else "dateTime"))
        crs = crs_uri(str((entry.get("source") or {}).get("crs", "")))
        if crs:
            self.add(ds, "dct", "conformsTo", self.node(crs))
        if wgs84:
            self._spatial(ds, entry, wgs84)
        theme = EU_THEME_FOR_SECTOR.get(str(entry.get("sector", "")))
        if theme:
            self.add(ds, "dcat", "theme", self.node(EU_DATA_THEME + theme))
        licence_node = self._licence(licence)
        if link is not None:
            self._distribution(ds, link, licence_node)
        elif licence_node is not None:
            self.add(ds, "dct", "license", licence_node)
        return ds

    def _rhythm(self, ds: Any, duration: str) -> None:
        if not duration:
            return
        iri = frequency_iri_for(duration)
        if iri:
            self.add(ds, "dct", "accrualPeriodicity", self.node(iri))
            return
        frequency = self.node()
        self.graph.add((frequency, self.rdf.type, self.ns["dct"]["Frequency"]))
        self.graph.add((frequency, self.rdf.value, self.literal(duration, datatype="duration")))
        self.add(ds, "dct", "accrualPeriodicity", frequency)

    def _spatial(self, ds: Any, entry: Dict, wgs84: List[float]) -> None:
        location = self.node()
        self.graph.add((location, self.rdf.type, self.ns["dct"]["Location"]))
        wkt = self.ns["gsp"]["wktLiteral"]
        self.add(location, "dcat", "bbox", self.rdflib.Literal(wkt_box(wgs84), datatype=wkt))
        native_crs = str(entry.get("extent_crs", ""))
        if entry.get("extent") and crs_uri(native_crs) and crs_uri(native_crs) != crs_uri("EPSG:4326"):
            self.add(location, "locn", "geometry", self.rdflib.Literal(wkt_box(entry["extent"], native_crs),
                                                                      datatype=wkt))
        self.add(ds, "dct", "spatial", location)

    def _licence(self, licence: Dict) -> Any:
        if not (licence.get("name") or licence.get("url")):
            return None
        node = self.node(licence.get("url", ""))
        self.graph.add((node, self.rdf.type, self.ns["dct"]["LicenseDocument"]))
        if licence.get("name"):
            self.add(node, "dct", "title", self.literal(licence["name"]))
        return node

    def _distribution(self, ds: Any, link: LinkSpec, licence_node: Any) -> None:
        distribution = self.node()
        self.graph.add((distribution, self.rdf.type, self.ns["dcat"]["Distribution"]))
        self.add(distribution, "dcat", "accessURL", self.node(link.url))
        if link.download:
            self.add(distribution, "dcat", "downloadURL", self.node(link.url))
        if link.format_iri:
            self.add(distribution, "dct", "format", self.node(link.format_iri))
        elif link.format_name:
            self.add(distribution, "dct", "format", self.literal(link.format_name))
        if link.media_type:
            self.add(distribution, "dcat", "mediaType", self.node(IANA + link.media_type))
        if link.conforms_to:
            self.add(distribution, "dct", "conformsTo", self.node(link.conforms_to))
        if link.name:
            self.add(distribution, "dct", "title", self.literal(link.name))
        if licence_node is not None:
            self.add(distribution, "dct", "license", licence_node)
        self.add(ds, "dcat", "distribution", distribution)


def write_dcat(path: Path, catalogue_uri: str, titles: Dict[str, str],
               datasets: Sequence[Tuple[Dict, str, Optional[LinkSpec], Optional[List[float]]]]) -> bytes:
    """The serialised catalogue (format from ``path``'s extension): ``datasets`` are (entry dict, dataset URI,
    link, extent in EPSG:4326)."""
    writer = _Writer()
    catalog = writer.node(catalogue_uri)
    writer.graph.add((catalog, writer.rdf.type, writer.ns["dcat"]["Catalog"]))
    writer.texts(catalog, "dct", "title", titles)
    for entry, uri, link, wgs84 in datasets:
        writer.add(catalog, "dcat", "dataset", writer.dataset(entry, uri, link, wgs84))
    serialisation = SERIALISATIONS[path.suffix.lower()]
    if serialisation == "json-ld":
        data = writer.graph.serialize(format="json-ld", context=dict(NAMESPACES), indent=2)
    else:
        data = writer.graph.serialize(format=serialisation)
    return data.encode("utf-8") if isinstance(data, str) else data


def dataset_uri(base_uri: str, catalogue_id: str, entry_id: str) -> str:
    """``base_uri`` + entry id, or ``urn:slimstad:<catalogue>:<entry>``."""
    if base_uri:
        return base_uri + quote(entry_id, safe=":")
    return "urn:slimstad:{}:{}".format(quote(catalogue_id, safe=""), quote(entry_id, safe=":"))
