"""Write one catalogue entry as an ISO 19139 record (``gmd:MD_Metadata``) in GDI-Vlaanderen style.

Follows the GDI-Vlaanderen best practices for metadata 2.0 where the catalogue has the information: Dutch main
language with ``PT_FreeText`` translations, owner and contact as ``pointOfContact`` parties, access and licence
as ``gmx:Anchor`` statements (INSPIRE LimitationsOnPublicAccess / EU access-right, licence URL), maintenance
frequency code (with ``userDefinedMaintenanceFrequency`` for other rhythms), geographic bounding box (plus a
bounding polygon in the catalogue's own CRS), one online resource. ``iso_read.py`` reads all of it back.
"""

from typing import Dict, List, Optional

from lxml import etree

from .iso_read import NS
from .links import LinkSpec
from .vocab import (
    ACCESS_LABELS_NL,
    ACCESS_RIGHT_FOR_TYPE,
    EU_ACCESS_RIGHT,
    INSPIRE_NO_LIMITATIONS,
    ISO639_2_FOR,
    ISO_TOPIC_FOR_SECTOR,
    LANGUAGE_NAMES_NL,
    crs_uri,
    first_text,
    iso_frequency_for,
)

CODELISTS = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml"
LANGUAGE_CODELIST = "http://www.loc.gov/standards/iso639-2/"
NSMAP = {key: NS[key] for key in ("gmd", "gco", "gmx", "gts", "xlink", "gml")}
NSMAP["xsi"] = "http://www.w3.org/2001/XMLSchema-instance"


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return "{%s}%s" % (NSMAP[prefix], local)


def _el(parent: Optional[etree._Element], name: str, text: Optional[str] = None, **attributes: str) -> etree._Element:
    element = etree.Element(_q(name), nsmap=NSMAP) if parent is None else etree.SubElement(parent, _q(name))
    for key, value in attributes.items():
        element.set(_q(key.replace("__", ":")) if "__" in key else key, value)
    if text is not None:
        element.text = text
    return element


def _string(parent: etree._Element, name: str, text: str) -> etree._Element:
    holder = _el(parent, name)
    _el(holder, "gco:CharacterString", text)
    return holder


def _code(parent: etree._Element, name: str, code_name: str, value: str, text: Optional[str] = None) -> None:
    codelist = LANGUAGE_CODELIST if code_name == "gmd:LanguageCode" else "{}#{}".format(
        CODELISTS, code_name.split(":")[1])
    _el(_el(parent, name), code_name, text, codeList=codelist, codeListValue=value)


def _texts(parent: etree._Element, name: str, texts: Dict[str, str], main: str) -> None:
    """CharacterString in the main language, PT_FreeText for the others; nilReason when there is no text."""
    if not any(texts.values()):
        _el(parent, name, gco__nilReason="missing")
        return
    others = [(lang, text) for lang, text in sorted(texts.items()) if lang != main and text]
    holder = _el(parent, name)
    if others:
        holder.set(_q("xsi:type"), "gmd:PT_FreeText_PropertyType")
    _el(holder, "gco:CharacterString", texts.get(main, ""))
    if others:
        free = _el(holder, "gmd:PT_FreeText")
        for lang, text in others:
            _el(_el(free, "gmd:textGroup"), "gmd:LocalisedCharacterString", text, locale="#" + lang.upper())


def _party(parent: etree._Element, name: str, role: str, organisation: str = "", person: str = "",
           email: str = "") -> None:
    party = _el(_el(parent, name), "gmd:CI_ResponsibleParty")
    if person:
        _string(party, "gmd:individualName", person)
    if organisation:
        _string(party, "gmd:organisationName", organisation)
    if email:
        address = _el(_el(_el(party, "gmd:contactInfo"), "gmd:CI_Contact"), "gmd:address")
        _string(_el(address, "gmd:CI_Address"), "gmd:electronicMailAddress", email)
    _code(party, "gmd:role", "gmd:CI_RoleCode", role)


def _anchor(parent: etree._Element, name: str, href: str, text: str) -> None:
    if href:
        _el(_el(parent, name), "gmx:Anchor", text, xlink__href=href)
    else:
        _string(parent, name, text)


def _date(parent: etree._Element, value: str, kind: str) -> None:
    holder = _el(_el(parent, "gmd:date"), "gmd:CI_Date")
    _el(_el(holder, "gmd:date"), "gco:Date" if len(value) == 10 else "gco:DateTime", value)
    _code(holder, "gmd:dateType", "gmd:CI_DateTypeCode", kind)


def _decimal(value: float) -> str:
    return repr(float(value))


def write_record(entry: Dict, link: Optional[LinkSpec], wgs84_extent: Optional[List[float]], date_stamp: str,
                 dataset_uri: str) -> bytes:
    """The ISO 19139 XML of one (already scrubbed) entry dict; ``wgs84_extent`` is its extent in EPSG:4326."""
    title = entry.get("title") or {}
    main = (first_text(title) or ("nl", ""))[0]
    languages = sorted({lang for texts in (title, entry.get("description") or {}) for lang, t in texts.items() if t})
    root = _el(None, "gmd:MD_Metadata")
    _string(root, "gmd:fileIdentifier", entry["id"])
    _code(root, "gmd:language", "gmd:LanguageCode", ISO639_2_FOR[main], LANGUAGE_NAMES_NL[main])
    _code(root, "gmd:characterSet", "gmd:MD_CharacterSetCode", "utf8")
    _code(root, "gmd:hierarchyLevel", "gmd:MD_ScopeCode", "dataset")
    steward, owner = entry.get("steward") or {}, entry.get("owner", "")
    if steward or owner:
        _party(root, "gmd:contact", "pointOfContact", owner if not steward else "", steward.get("name", ""),
               steward.get("email", ""))
    else:
        _el(root, "gmd:contact", gco__nilReason="missing")
    _el(_el(root, "gmd:dateStamp"), "gco:DateTime", date_stamp)
    _string(root, "gmd:metadataStandardName", "ISO 19115/2003/Cor.1:2006")
    _string(root, "gmd:metadataStandardVersion", "GDI-Vlaanderen Best Practices - versie 2.0")
    for lang in languages:
        if lang != main:
            locale = _el(_el(root, "gmd:locale"), "gmd:PT_Locale", id=lang.upper())
            _code(locale, "gmd:languageCode", "gmd:LanguageCode", ISO639_2_FOR[lang], LANGUAGE_NAMES_NL[lang])
            _code(locale, "gmd:characterEncoding", "gmd:MD_CharacterSetCode", "utf8")
    crs = str((entry.get("source") or {}).get("crs", ""))
    if crs_uri(crs):
        identifier = _el(_el(_el(_el(root, "gmd:referenceSystemInfo"), "gmd:MD_ReferenceSystem"),
                             "gmd:referenceSystemIdentifier"), "gmd:RS_Identifier")
        _anchor(identifier, "gmd:code", crs_uri(crs), crs)
        _string(identifier, "gmd:codeSpace", "EPSG")
    _identification(_el(_el(root, "gmd:identificationInfo"), "gmd:MD_DataIdentification"), entry, main,
                    wgs84_extent, dataset_uri)
    if link is not None:
        _distribution(_el(_el(root, "gmd:distributionInfo"), "gmd:MD_Distribution"), link)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _identification(ident: etree._Element, entry: Dict, main: str, wgs84_extent: Optional[List[float]],
                    dataset_uri: str) -> None:
    citation = _el(_el(ident, "gmd:citation"), "gmd:CI_Citation")
    _texts(citation, "gmd:title", entry.get("title") or {}, main)
    last_update = str((entry.get("freshness") or {}).get("last_update", ""))
    if last_update:
        _date(citation, last_update, "revision")
    else:
        _el(citation, "gmd:date", gco__nilReason="missing")
    _string(_el(_el(citation, "gmd:identifier"), "gmd:MD_Identifier"), "gmd:code", dataset_uri)
    _texts(ident, "gmd:abstract", entry.get("description") or {}, main)
    if entry.get("owner"):
        _party(ident, "gmd:pointOfContact", "owner", organisation=entry["owner"])
    steward = entry.get("steward") or {}
    if steward:
        _party(ident, "gmd:pointOfContact", "pointOfContact", person=steward.get("name", ""),
               email=steward.get("email", ""))
    code, user_defined = iso_frequency_for(str(entry.get("update_rhythm", "")))
    maintenance = _el(_el(ident, "gmd:resourceMaintenance"), "gmd:MD_MaintenanceInformation")
    _code(maintenance, "gmd:maintenanceAndUpdateFrequency", "gmd:MD_MaintenanceFrequencyCode", code)
    if user_defined:
        _el(_el(maintenance, "gmd:userDefinedMaintenanceFrequency"), "gts:TM_PeriodDuration", user_defined)
    if entry.get("keywords"):
        keywords = _el(_el(ident, "gmd:descriptiveKeywords"), "gmd:MD_Keywords")
        for keyword in entry["keywords"]:
            _string(keywords, "gmd:keyword", keyword)
    licence = entry.get("licence") or {}
    access = ACCESS_RIGHT_FOR_TYPE.get(licence.get("type", "internal"), "RESTRICTED")
    legal = _el(_el(ident, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints")
    _code(legal, "gmd:accessConstraints", "gmd:MD_RestrictionCode",
          "restricted" if access == "NON_PUBLIC" else "otherRestrictions")
    if access == "PUBLIC":
        _anchor(legal, "gmd:otherConstraints", INSPIRE_NO_LIMITATIONS,
                "Er zijn geen beperkingen op de publieke toegang")
    else:
        _anchor(legal, "gmd:otherConstraints", EU_ACCESS_RIGHT + access, ACCESS_LABELS_NL[access])
    if licence.get("name") or licence.get("url"):
        legal = _el(_el(ident, "gmd:resourceConstraints"), "gmd:MD_LegalConstraints")
        _code(legal, "gmd:useConstraints", "gmd:MD_RestrictionCode", "otherRestrictions")
        _anchor(legal, "gmd:otherConstraints", licence.get("url", ""), licence.get("name", ""))
    _code(ident, "gmd:language", "gmd:LanguageCode", ISO639_2_FOR[main], LANGUAGE_NAMES_NL[main])
    topic = ISO_TOPIC_FOR_SECTOR.get(str(entry.get("sector", "")))
    if topic:
        _el(_el(ident, "gmd:topicCategory"), "gmd:MD_TopicCategoryCode", topic)
    if wgs84_extent:
        _extent(_el(_el(ident, "gmd:extent"), "gmd:EX_Extent"), entry, wgs84_extent)


def _extent(extent: etree._Element, entry: Dict, box: List[float]) -> None:
    bbox = _el(_el(extent, "gmd:geographicElement"), "gmd:EX_GeographicBoundingBox")
    for name, value in (("westBoundLongitude", box[0]), ("eastBoundLongitude", box[2]),
                        ("southBoundLatitude", box[1]), ("northBoundLatitude", box[3])):
        _el(_el(bbox, "gmd:" + name), "gco:Decimal", _decimal(value))
    native, uri = entry.get("extent"), crs_uri(str(entry.get("extent_crs", "")))
    if native and uri and uri != crs_uri("EPSG:4326"):
        x0, y0, x1, y1 = (_decimal(v) for v in native)
        polygon = _el(_el(_el(extent, "gmd:geographicElement"), "gmd:EX_BoundingPolygon"), "gmd:polygon")
        shape = _el(polygon, "gml:Polygon", srsName=uri)
        shape.set(_q("gml:id"), "extent-" + "".join(c if c.isalnum() else "-" for c in entry["id"]))
        ring = _el(_el(shape, "gml:exterior"), "gml:LinearRing")
        _el(ring, "gml:posList", " ".join((x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)))


def _distribution(distribution: etree._Element, link: LinkSpec) -> None:
    if link.format_name:
        file_format = _el(_el(distribution, "gmd:distributionFormat"), "gmd:MD_Format")
        _string(file_format, "gmd:name", link.format_name)
        _el(file_format, "gmd:version", gco__nilReason="unknown")
    options = _el(_el(distribution, "gmd:transferOptions"), "gmd:MD_DigitalTransferOptions")
    resource = _el(_el(options, "gmd:onLine"), "gmd:CI_OnlineResource")
    _el(_el(resource, "gmd:linkage"), "gmd:URL", link.url)
    _string(resource, "gmd:protocol", link.protocol)
    if link.name:
        _string(resource, "gmd:name", link.name)
    _code(resource, "gmd:function", "gmd:CI_OnLineFunctionCode", "download" if link.download else "information")
