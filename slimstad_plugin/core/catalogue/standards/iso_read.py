"""Read one ISO 19115/19139 record (``gmd:MD_Metadata``) into a :class:`HarvestedRecord`.

OWSLib's parser (``owslib.iso.MD_Metadata``, the one QGIS's MetaSearch uses) reads the common elements; what it
does not read in OWSLib 0.27 is taken with XPath: translations (``PT_FreeText``), the maintenance frequency
(``MD_MaintenanceFrequencyCode`` and ``userDefinedMaintenanceFrequency``), constraints written as ``gmx:Anchor``
(GDI-Vlaanderen best practices 2.0 write licences and access that way) and bounding polygons.
"""

import warnings
from typing import Dict, List, Optional

from lxml import etree
from owslib.iso import MD_Metadata

from .links import Link
from .record import HarvestedRecord, _gml_envelope, union, unique
from .vocab import access_from_statement, language_of, normalize_crs, rhythm_from_iso

NS = {
    "gmd": "http://www.isotc211.org/2005/gmd", "gco": "http://www.isotc211.org/2005/gco",
    "gmx": "http://www.isotc211.org/2005/gmx", "gts": "http://www.isotc211.org/2005/gts",
    "srv": "http://www.isotc211.org/2005/srv", "xlink": "http://www.w3.org/1999/xlink",
    "gml": "http://www.opengis.net/gml/3.2", "gml311": "http://www.opengis.net/gml",
}
GMD = NS["gmd"]
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
OWNER_ROLES = ("owner", "custodian", "publisher", "originator", "principalInvestigator", "resourceProvider",
               "distributor", "pointOfContact")


def _xp(element: etree._Element, path: str) -> list:
    return element.xpath(path, namespaces=NS)


def _text(element: Optional[etree._Element]) -> str:
    return (element.text or "").strip() if element is not None and element.text else ""


def _first(element: etree._Element, path: str) -> str:
    found = _xp(element, path)
    if not found:
        return ""
    value = found[0]
    return str(value).strip() if isinstance(value, str) else _text(value)


def read_record(element: etree._Element) -> HarvestedRecord:
    """The record in ``element`` (a parsed ``gmd:MD_Metadata``); never raises on missing elements."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        md = MD_Metadata(element)
    main = language_of(md.languagecode or md.language or "") or "nl"
    locales = {"#" + str(loc.get("id")): language_of(_first(loc, "gmd:languageCode/gmd:LanguageCode/@codeListValue")
                                                     or _first(loc, "gmd:languageCode/gmd:LanguageCode"))
               for loc in _xp(element, "gmd:locale/gmd:PT_Locale") if loc.get("id")}
    identification = md.identification
    ident_el = (_xp(element, "gmd:identificationInfo/*") or [None])[0]
    record = HarvestedRecord(identifier=md.identifier or "", kind=(md.hierarchy or "dataset").strip())
    if identification is None or ident_el is None:
        return record
    record.title = _texts(identification.title, _xp(ident_el, "gmd:citation/gmd:CI_Citation/gmd:title"), main,
                          locales)
    abstract = _xp(ident_el, "gmd:abstract")
    if abstract and abstract[0].get("{http://www.isotc211.org/2005/gco}nilReason") is None:
        record.description = _texts(identification.abstract, abstract, main, locales)
    _parties(record, identification.contact, md.contact)
    _constraints(record, ident_el)
    maintenance = "gmd:resourceMaintenance/gmd:MD_MaintenanceInformation/"
    record.rhythm = rhythm_from_iso(
        _first(ident_el, maintenance + "gmd:maintenanceAndUpdateFrequency/gmd:MD_MaintenanceFrequencyCode/"
                         "@codeListValue"),
        _first(ident_el, maintenance + "gmd:userDefinedMaintenanceFrequency/gts:TM_PeriodDuration"))
    record.keywords = unique([_text(k) for k in _xp(ident_el, "gmd:descriptiveKeywords/gmd:MD_Keywords/gmd:keyword/*")
                              if _text(k)])
    record.modified = _modified(identification.date)
    record.crs = normalize_crs(md.referencesystem.code if md.referencesystem and md.referencesystem.code else "")
    record.extent, record.extent_crs = _extent(ident_el)
    record.links = _links(md, element)
    return record


def _texts(main_text: Optional[str], elements: List[etree._Element], main: str,
           locales: Dict[str, str]) -> Dict[str, str]:
    """Texts per language: the CharacterString in the record's language, PT_FreeText translations."""
    texts: Dict[str, str] = {}
    for element in elements[:1]:
        for localised in _xp(element, "gmd:PT_FreeText/gmd:textGroup/gmd:LocalisedCharacterString"):
            language = locales.get(localised.get("locale", "")) or language_of(localised.get("locale", "").lstrip("#"))
            if language and _text(localised) and language not in texts:
                texts[language] = _text(localised)
    if main_text:
        texts[main] = main_text.strip()
    return texts


def _parties(record: HarvestedRecord, resource_parties: list, metadata_parties: list) -> None:
    """Owner: organisation of the first party by role (owner, custodian, publisher…); steward: the first
    resource point of contact, then any party, with a person's name or an e-mail address."""
    parties = [p for p in resource_parties or [] if p is not None]
    for role in OWNER_ROLES:
        owner = next((p for p in parties if (p.role or "") == role and p.organization), None)
        if owner is not None:
            record.owner = owner.organization.strip()
            break
    candidates = ([p for p in parties if p.role == "pointOfContact"]
                  + [p for p in parties if p.role != "pointOfContact"]
                  + [p for p in metadata_parties or [] if p is not None])
    for party in candidates:
        if party.name or party.email:
            record.steward = {"name": (party.name or party.organization or "").strip(),
                              "email": (party.email or "").strip()}
            break


def _constraints(record: HarvestedRecord, ident_el: etree._Element) -> None:
    """Access from accessConstraints statements (EU access-right, INSPIRE limitations); licence from the
    other statements (name = text, URL = the anchor's link); ``restricted`` restriction codes: not public."""
    for legal in _xp(ident_el, "gmd:resourceConstraints/gmd:MD_LegalConstraints"):
        codes = [str(c) for c in _xp(legal, "gmd:accessConstraints/gmd:MD_RestrictionCode/@codeListValue")]
        about_access = bool(codes) and not _xp(legal, "gmd:useConstraints")
        if "restricted" in codes and not record.access:
            record.access = "non_public"
        for statement in _xp(legal, "gmd:otherConstraints/*") + _xp(legal, "gmd:useLimitation/*"):
            href, text = statement.get(XLINK_HREF, "") or "", _text(statement)
            access = access_from_statement(href, text)
            if access:
                record.access = record.access or access
            elif not about_access and not record.licence_name and not record.licence_url and (text or href):
                record.licence_name, record.licence_url = text, href


def _modified(dates: list) -> str:
    """The revision date, else publication, else creation."""
    by_type = {}
    for date in dates or []:
        if date is not None and date.date and date.type not in by_type:
            by_type[date.type] = date.date.strip()
    return next((by_type[kind] for kind in ("revision", "publication", "creation") if kind in by_type), "")


def _extent(ident_el: etree._Element):
    """A bounding polygon in another CRS wins (exports of projected extents); else the union of the
    geographic bounding boxes (EPSG:4326)."""
    for polygon in _xp(ident_el, ".//gmd:EX_BoundingPolygon/gmd:polygon/*"):
        crs, box = _gml_envelope(etree.tostring(polygon, encoding="unicode"))
        if box and crs not in ("EPSG:4326", ""):
            return box, crs
    boxes = []
    for box in _xp(ident_el, ".//gmd:EX_GeographicBoundingBox"):
        try:
            west, east, south, north = (float(_first(box, "gmd:{}/gco:Decimal".format(name))) for name in (
                "westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude"))
        except ValueError:
            continue
        boxes.append([west, south, east, north])
    extent = union(boxes)
    return extent, "EPSG:4326" if extent else ""


def _links(md: object, element: etree._Element) -> List[Link]:
    formats = [_text(name) for name in _xp(element, "gmd:distributionInfo/gmd:MD_Distribution/gmd:distributionFormat/"
                                                    "gmd:MD_Format/gmd:name/*") if _text(name)]
    links = []
    for resource in _xp(element, "gmd:distributionInfo//gmd:CI_OnlineResource"):
        url = _first(resource, "gmd:linkage/gmd:URL")
        if not url:
            continue
        protocol = _first(resource, "gmd:protocol/*")
        extra = [_first(resource, "gmd:applicationProfile/*")]
        links.append(Link(url=url, protocol=protocol, formats=[f for f in formats + extra if f],
                          name=_first(resource, "gmd:name/*")))
    return links
