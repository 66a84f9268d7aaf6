"""Read DCAT-AP (Vlaanderen) in RDF/XML, Turtle or JSON-LD into :class:`HarvestedRecord` objects.

One record per ``dcat:Dataset``; its distributions (``dcat:accessURL``, ``dcat:downloadURL``,
``dcat:accessService``/``dcat:endpointURL``) become links. Remote JSON-LD contexts are fetched through the
network layer and inlined first, so rdflib never opens a connection of its own.
Vocabulary: DCAT-AP 2 / DCAT-AP Vlaanderen, GeoDCAT-AP (``dcat:bbox``, ``locn:geometry``), vCard, FOAF.
"""

import json
import logging
import re
import warnings
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

from ...base.i18n import translator
from ...base.network import redact_url
from ...base.readers import NETWORK, ReadError, decode_json
from .errors import HarvestError
from .fetch import fetch, is_html, read_file
from .links import Link
from .rdf import NAMESPACES, lexical_forms_kept, rdflib_module
from .record import HarvestedRecord, extent_from_literal, union
from .vocab import (
    CATALOGUE_LANGUAGES,
    access_from_statement,
    is_duration,
    language_of,
    normalize_crs,
    rhythm_from_frequency_iri,
)

tr = translator("SlimStadHarvest")
LOG = logging.getLogger(__name__)
RDF_FORMATS = {".rdf": "xml", ".xml": "xml", ".owl": "xml", ".ttl": "turtle", ".n3": "n3", ".nt": "nt",
               ".jsonld": "json-ld", ".json": "json-ld"}
CONTENT_TYPES = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/x-turtle": "turtle",
                 "application/ld+json": "json-ld", "application/n-triples": "nt", "text/n3": "n3"}
FORMAT_NAMES = {"xml": "RDF/XML", "turtle": "Turtle", "json-ld": "JSON-LD", "nt": "N-Triples", "n3": "N3"}
ACCEPT_RDF = "text/turtle, application/rdf+xml, application/ld+json;q=0.9, application/xml;q=0.5, */*;q=0.1"
MAX_REMOTE_CONTEXTS = 10


def rdf_format(name: str, content: bytes, content_type: str = "") -> str:
    """rdflib format name from the Content-Type, the file extension, then the first character."""
    declared = CONTENT_TYPES.get((content_type or "").split(";")[0].strip().lower())
    if declared:
        return declared
    suffix = Path(name.split("?")[0]).suffix.lower()
    if suffix in RDF_FORMATS:
        return RDF_FORMATS[suffix]
    head = content[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return "xml"
    if head.startswith((b"{", b"[")):
        return "json-ld"
    return "turtle"


def parse_graph(content: bytes, name: str, content_type: str = "", timeout_s: float = 30.0, base: str = "") -> Any:
    """An rdflib Graph of the document, or HarvestError naming it (HTML, malformed RDF, JSON-LD context that
    cannot be fetched). Relative IRIs resolve against ``base`` (the document's URL or file URI)."""
    rdflib = rdflib_module()
    if is_html(content, content_type):
        raise HarvestError(tr("{name} is a web page (HTML), not a CSW service or a DCAT file").format(name=name))
    fmt = rdf_format(name, content, content_type)
    data: Any = content
    if fmt == "json-ld":
        data = json.dumps(_inline_contexts(_json(content, name), name, timeout_s))
    graph = rdflib.Graph()
    try:
        with lexical_forms_kept(), warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's JSON-LD parser uses ConjunctiveGraph
            graph.parse(data=data, format=fmt, publicID=base or "http://localhost/")
    except Exception as error:  # noqa: BLE001 - rdflib's parsers raise many unrelated types for bad input
        text = " ".join(str(error).split())
        LOG.debug("%s does not parse as %s: %s", name, fmt, text[:300])  # rdflib's English text: the log only
        found = re.search(r"line (\d+)", text)
        where = (tr("near line {line}").format(line=found.group(1)) if found
                 else tr("the document cannot be read as this format"))
        raise HarvestError(tr("{name} is not valid {format}: {error}").format(
            name=name, format=FORMAT_NAMES.get(fmt, fmt), error=where)) from error
    return graph


def _json(content: bytes, name: str) -> Any:
    """JSON through SlimStad's one JSON reader (size, nesting, encoding, NaN refused; line and column)."""
    try:
        return decode_json(content, name, NETWORK)
    except ReadError as error:  # already names the document and the place
        raise HarvestError(str(error)) from error


def _inline_contexts(document: Any, name: str, timeout_s: float) -> Any:
    """Replace remote ``@context`` URLs by the contexts they point at (fetched through the network layer)."""
    cache: Dict[str, Any] = {}

    def resolve(value: Any) -> Any:
        if isinstance(value, list):
            return [resolve(item) for item in value]
        if isinstance(value, str) and value.lower().startswith(("http://", "https://")):
            if value not in cache:
                if len(cache) >= MAX_REMOTE_CONTEXTS:
                    raise HarvestError(tr("{name} refers to more than {n} remote JSON-LD contexts").format(
                        name=name, n=MAX_REMOTE_CONTEXTS))
                response = fetch(value, timeout_s, accept="application/ld+json, application/json")
                loaded = _json(response.content, value)
                cache[value] = loaded.get("@context", {}) if isinstance(loaded, dict) else {}
            return cache[value]
        return value

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: resolve(value) if key == "@context" else walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return walk(document)


class _Reader:
    """Reads datasets out of one graph."""

    def __init__(self, graph: Any) -> None:
        rdflib = rdflib_module()
        self.graph = graph
        self.ns = {prefix: rdflib.Namespace(uri) for prefix, uri in NAMESPACES.items()}
        self.rdf = rdflib.RDF
        self.literal_type = rdflib.Literal
        self.bnode_type = rdflib.BNode

    def objects(self, subject: Any, prefix: str, name: str) -> List[Any]:
        found = self.graph.objects(subject, self.ns[prefix][name])
        return sorted(found, key=lambda o: (str(o), getattr(o, "language", "") or ""))

    def iri(self, node: Any) -> str:
        return "" if isinstance(node, self.bnode_type) or node is None else str(node)

    def texts(self, subject: Any, prefix: str, name: str) -> Dict[str, str]:
        """Literals per language nl/fr/en; an untagged literal counts as Dutch when there is no Dutch one."""
        texts: Dict[str, str] = {}
        untagged = ""
        for value in self.objects(subject, prefix, name):
            if not isinstance(value, self.literal_type) or not str(value).strip():
                continue
            language = language_of(value.language or "")
            if value.language is None:
                untagged = untagged or str(value).strip()
            elif language and language not in texts:
                texts[language] = str(value).strip()
        if untagged and "nl" not in texts:
            texts["nl"] = untagged
        return texts

    def name_of(self, node: Any) -> str:
        """A display name: foaf:name, vcard:fn, skos:prefLabel, rdfs:label, dct:title (Dutch first)."""
        for prefix, name in (("foaf", "name"), ("vcard", "fn"), ("vcard", "organization-name"),
                             ("skos", "prefLabel"), ("rdfs", "label"), ("dct", "title")):
            texts = self.texts(node, prefix, name)
            picked = next((texts[lang] for lang in CATALOGUE_LANGUAGES if texts.get(lang)), "")
            if picked:
                return picked
        return ""

    def record_key(self, dataset: Any) -> str:
        """The dataset's identifier: its first ``dct:identifier``, else its URI ("" for a blank node)."""
        identifiers = [str(v).strip() for v in self.objects(dataset, "dct", "identifier") if str(v).strip()]
        return (identifiers or [self.iri(dataset)])[0]

    def record(self, dataset: Any) -> HarvestedRecord:
        record = HarvestedRecord(identifier=self.record_key(dataset), kind="dataset")
        record.title = self.texts(dataset, "dct", "title")
        record.description = self.texts(dataset, "dct", "description")
        record.owner = next((self.name_of(p) for p in self.objects(dataset, "dct", "publisher") if self.name_of(p)), "")
        for contact in self.objects(dataset, "dcat", "contactPoint"):
            emails = [str(e) for e in self.objects(contact, "vcard", "hasEmail")]
            record.steward = {"name": self.name_of(contact), "email": emails[0] if emails else ""}
            break
        for rights in self.objects(dataset, "dct", "accessRights"):
            record.access = record.access or access_from_statement(self.iri(rights), self.name_of(rights))
        for period in self.objects(dataset, "dct", "accrualPeriodicity"):
            values = [str(v) for v in self.graph.objects(period, self.rdf.value)]
            record.rhythm = rhythm_from_frequency_iri(self.iri(period)) or next(
                (v for v in values if is_duration(v)), "")
        record.keywords = [str(k).strip() for k in self.objects(dataset, "dcat", "keyword") if str(k).strip()]
        modified = self.objects(dataset, "dct", "modified") or self.objects(dataset, "dct", "issued")
        record.modified = str(modified[0]).strip() if modified else ""
        crs_list = [normalize_crs(str(c)) for c in self.objects(dataset, "dct", "conformsTo")]
        record.crs = next((c for c in crs_list if c.startswith("EPSG:")), "")
        record.extent, record.extent_crs = self.extent(dataset)
        record.links = []
        licences = self.objects(dataset, "dct", "license")
        for distribution in self.objects(dataset, "dcat", "distribution"):
            record.links.extend(self.links(distribution))
            licences = licences or self.objects(distribution, "dct", "license")
        if licences:
            record.licence_url, record.licence_name = self.iri(licences[0]), self.name_of(licences[0])
        return record

    def extent(self, dataset: Any) -> Tuple[Optional[List[float]], str]:
        """A geometry in another CRS than WGS 84 wins (exports of projected extents); else the union of the
        WGS 84 ones."""
        wgs84: List[Optional[List[float]]] = []
        for location in self.objects(dataset, "dct", "spatial"):
            for prefix, name in (("dcat", "bbox"), ("locn", "geometry")):
                for value in self.objects(location, prefix, name):
                    crs, box = extent_from_literal(str(value), str(getattr(value, "datatype", "") or ""))
                    if box and crs not in ("EPSG:4326", ""):
                        return box, crs
                    wgs84.append(box)
        box = union(wgs84)
        return box, "EPSG:4326" if box else ""

    def links(self, distribution: Any) -> List[Link]:
        formats = []
        for prefix, name in (("dct", "format"), ("dcat", "mediaType")):
            for value in self.objects(distribution, prefix, name):
                formats.extend(v for v in (self.iri(value) or str(value), self.name_of(value)) if v)
        conforms = [self.iri(c) or str(c) for c in self.objects(distribution, "dct", "conformsTo")]
        titles = self.texts(distribution, "dct", "title")
        title = next((titles[lang] for lang in CATALOGUE_LANGUAGES if titles.get(lang)), "")
        found: List[Link] = []
        downloads = [self.iri(u) or str(u) for u in self.objects(distribution, "dcat", "downloadURL")]
        for url in downloads:
            found.append(Link(url=url, formats=formats, conforms_to=conforms, name=title, download=True))
        for url in self.objects(distribution, "dcat", "accessURL"):
            address = self.iri(url) or str(url)
            if address not in downloads:
                found.append(Link(url=address, formats=formats, conforms_to=conforms, name=title))
        for service in self.objects(distribution, "dcat", "accessService"):
            service_conforms = conforms + [self.iri(c) or str(c) for c in self.objects(service, "dct", "conformsTo")]
            for url in self.objects(service, "dcat", "endpointURL"):
                found.append(Link(url=self.iri(url) or str(url), formats=formats, conforms_to=service_conforms,
                                  name=title))
        return found


def read_graph(graph: Any) -> List[HarvestedRecord]:
    """One record per ``dcat:Dataset`` (also ``dcat:DatasetSeries``), ordered by identifier, then dataset URI
    (so which of two datasets with one identifier is kept does not depend on the file's order)."""
    reader = _Reader(graph)
    datasets = set(graph.subjects(reader.rdf.type, reader.ns["dcat"]["Dataset"]))
    datasets |= set(graph.subjects(reader.rdf.type, reader.ns["dcat"]["DatasetSeries"]))
    datasets |= set(graph.objects(None, reader.ns["dcat"]["dataset"]))  # catalogues that leave out rdf:type
    ordered = sorted(datasets, key=lambda node: (reader.record_key(node), str(node)))
    return [reader.record(dataset) for dataset in ordered]


def load_dcat(location: str, timeout_s: float = 30.0, authcfg: str = "", response: Any = None,
              ) -> List[HarvestedRecord]:
    """Records of a DCAT file or URL (fetched through the network layer unless ``response`` already holds it)."""
    if location.lower().startswith(("http://", "https://")):
        response = response or fetch(location, timeout_s, authcfg, ACCEPT_RDF)
        return read_graph(parse_graph(response.content, redact_url(location),
                                      response.headers.get("content-type", ""), timeout_s, redact_url(location)))
    path = Path(location)
    return read_graph(parse_graph(read_file(path), str(path), "", timeout_s, path.resolve().as_uri()))
