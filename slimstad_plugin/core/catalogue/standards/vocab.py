"""Vocabularies shared by ISO 19139 and DCAT-AP Vlaanderen, mapped both ways to the catalogue's fields.

Sources: ISO 19139 code lists (gmxCodelists.xml: MD_MaintenanceFrequencyCode, MD_RestrictionCode), the EU
Publications Office authority tables (frequency, access-right, licence, data-theme), INSPIRE
LimitationsOnPublicAccess, the Flemish licences (data.vlaanderen.be/id/licentie), ISO 639-2/B language codes.
The tables are documented in docs/catalogue.md ("Harvest and publish").
"""

import re
from typing import Dict, Optional, Tuple

from ...base.crs import canonical_crs

# --- languages -------------------------------------------------------------------------------------------------
CATALOGUE_LANGUAGES = ("nl", "fr", "en")
ISO639_2 = {"dut": "nl", "nld": "nl", "fre": "fr", "fra": "fr", "eng": "en"}
ISO639_2_FOR = {"nl": "dut", "fr": "fre", "en": "eng"}
LANGUAGE_NAMES_NL = {"nl": "Nederlands", "fr": "Frans", "en": "Engels"}


def language_of(code: str) -> str:
    """``nl``/``fr``/``en`` for an ISO 639-1/2 code or a BCP 47 tag (``nl-BE``), else ``""``."""
    value = (code or "").strip().lower().replace("_", "-")
    if not value:
        return ""
    if value in ISO639_2:
        return ISO639_2[value]
    primary = value.split("-")[0]
    return primary if primary in CATALOGUE_LANGUAGES else ISO639_2.get(primary, "")


# --- update rhythm ---------------------------------------------------------------------------------------------
# ISO 19139 MD_MaintenanceFrequencyCode -> ISO 8601 duration. continual, asNeeded, irregular, notPlanned and
# unknown promise no rhythm ("").
ISO_FREQUENCY = {"daily": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P3M",
                 "biannually": "P6M", "annually": "P1Y"}
ISO_FREQUENCY_FOR = {duration: code for code, duration in ISO_FREQUENCY.items()}
ISO_NO_RHYTHM_CODE = "unknown"

EU_FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/"
# EU frequency authority table -> duration (CONT, UPDATE_CONT, IRREG, UNKNOWN, OTHER, NEVER, AS_NEEDED,
# NOT_PLANNED promise no rhythm).
EU_FREQUENCIES = {
    "HOURLY": "PT1H", "DAILY": "P1D", "WEEKLY": "P1W", "BIWEEKLY": "P2W", "MONTHLY": "P1M", "BIMONTHLY": "P2M",
    "QUARTERLY": "P3M", "ANNUAL_3": "P4M", "ANNUAL_2": "P6M", "BIANNUAL": "P6M", "ANNUAL": "P1Y",
    "BIENNIAL": "P2Y", "TRIENNIAL": "P3Y", "QUADRENNIAL": "P4Y", "QUINQUENNIAL": "P5Y", "DECENNIAL": "P10Y",
}
EU_FREQUENCY_FOR = {duration: code for code, duration in EU_FREQUENCIES.items() if code != "BIANNUAL"}
# Dublin Core Collection Description frequencies, found in older DCAT-AP files.
CLD_FREQUENCY = "http://purl.org/cld/freq/"
CLD_FREQUENCIES = {"daily": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "bimonthly": "P2M",
                   "quarterly": "P3M", "semiannual": "P6M", "annual": "P1Y", "biennial": "P2Y", "triennial": "P3Y"}
_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")


def is_duration(text: str) -> bool:
    """True for the ISO 8601 durations the catalogue accepts (``P1M``, ``P2W``, ``PT1H``)."""
    return bool(_DURATION.match(text or ""))


def rhythm_from_iso(code: str, user_defined: str = "") -> str:
    """Duration for an MD_MaintenanceFrequencyCode; a userDefinedMaintenanceFrequency duration wins."""
    if is_duration(user_defined.strip()):
        return user_defined.strip()
    return ISO_FREQUENCY.get((code or "").strip(), "")


def iso_frequency_for(duration: str) -> Tuple[str, str]:
    """(MD_MaintenanceFrequencyCode, userDefinedMaintenanceFrequency or "") that carry ``duration``."""
    if not duration:
        return ISO_NO_RHYTHM_CODE, ""
    code = ISO_FREQUENCY_FOR.get(duration)
    return (code, "") if code else (ISO_NO_RHYTHM_CODE, duration)


def rhythm_from_frequency_iri(iri: str) -> str:
    """Duration for an EU or Dublin Core frequency IRI (``""`` when it promises no rhythm or is unknown)."""
    value = (iri or "").strip()
    if value.startswith(EU_FREQUENCY):
        return EU_FREQUENCIES.get(value[len(EU_FREQUENCY):], "")
    if value.startswith(CLD_FREQUENCY):
        return CLD_FREQUENCIES.get(value[len(CLD_FREQUENCY):], "")
    return ""


def frequency_iri_for(duration: str) -> str:
    """EU frequency IRI for ``duration``, or ``""`` when the table has none (then a dct:Frequency with
    ``rdf:value`` carries the duration itself)."""
    code = EU_FREQUENCY_FOR.get(duration)
    return EU_FREQUENCY + code if code else ""


# --- access and licences ---------------------------------------------------------------------------------------
PUBLIC, RESTRICTED, NON_PUBLIC = "public", "restricted", "non_public"
EU_ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/"
ACCESS_RIGHT_FOR_TYPE = {"open": "PUBLIC", "internal": "RESTRICTED", "restricted": "NON_PUBLIC"}
ACCESS_LABELS_NL = {"PUBLIC": "Publiek", "RESTRICTED": "Beperkte toegang", "NON_PUBLIC": "Niet publiek"}
INSPIRE_LIMITATIONS = "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/"
INSPIRE_NO_LIMITATIONS = INSPIRE_LIMITATIONS + "noLimitations"
_NO_LIMITATION_TEXT = re.compile(r"geen beperkingen|no limitations|pas de restriction|aucune restriction", re.I)

# Licences that make data open (Open Definition): the Flemish ones, Creative Commons BY / BY-SA / CC0, Open
# Data Commons. Matched on the licence URL or name; NC/ND variants and "tegen vergoeding" are not open.
_OPEN_LICENCE_URL = re.compile(
    r"modellicentie-gratis-hergebruik|gratis-open-data-licentie|creativecommons\.org/(licenses/by(-sa)?/|"
    r"publicdomain/zero)|/licence/(CC_BY(SA)?_|CC0)|opendatacommons\.org/licenses/(odbl|pddl|by)", re.I)
_OPEN_LICENCE_NAME = re.compile(
    r"gratis\s+hergebruik|gratis\s+open\s+data|\bCC[\s_-]*0\b|\bCC[\s_-]*ZERO\b|public\s+domain|"
    r"\bCC[\s_-]*BY(?:[\s_-]*SA)?\b(?![\s_-]*N)|\bODbL\b|\bPDDL\b|\bODC[\s_-]*BY\b", re.I)
_NOT_OPEN_NAME = re.compile(r"tegen\s+vergoeding|\bNC\b|\bND\b|non[\s-]?commercial", re.I)


def is_open_licence(name: str, url: str) -> bool:
    """True when the licence (by URL or name) is an open licence (see the table above)."""
    if _NOT_OPEN_NAME.search(name or ""):
        return False
    return bool(_OPEN_LICENCE_URL.search(url or "") or _OPEN_LICENCE_NAME.search(name or ""))


def access_from_statement(href: str, text: str) -> str:
    """``public``/``restricted``/``non_public`` from an access statement (EU access-right or INSPIRE anchor,
    or text), ``""`` when it says nothing about access."""
    value = (href or "").strip()
    if value.startswith(EU_ACCESS_RIGHT):
        return {"PUBLIC": PUBLIC, "RESTRICTED": RESTRICTED, "NON_PUBLIC": NON_PUBLIC}.get(
            value[len(EU_ACCESS_RIGHT):], "")
    if value.startswith(INSPIRE_LIMITATIONS):
        # INSPIRE Article 13(1) limitations: not public.
        return PUBLIC if value == INSPIRE_NO_LIMITATIONS else NON_PUBLIC
    if _NO_LIMITATION_TEXT.search(text or ""):
        return PUBLIC
    return ""


def is_access_statement(href: str, text: str) -> bool:
    """True for statements about access (not a licence)."""
    return bool(access_from_statement(href, text))


def licence_type(access: str, name: str, url: str) -> str:
    """The catalogue's licence type: NON_PUBLIC -> restricted, RESTRICTED -> internal, PUBLIC -> open; without
    an access statement an open licence (see :func:`is_open_licence`) -> open, anything else -> internal."""
    if access == NON_PUBLIC:
        return "restricted"
    if access == RESTRICTED:
        return "internal"
    if access == PUBLIC or is_open_licence(name, url):
        return "open"
    return "internal"


# --- CRS -------------------------------------------------------------------------------------------------------
def normalize_crs(text: str) -> str:
    """``EPSG:31370`` for every legal spelling (versioned URN, http URI, ``EPSG::``); CRS84 -> ``OGC:CRS84``;
    anything else unchanged. The one reader of CRS spellings is :func:`core.base.crs.canonical_crs`."""
    return canonical_crs(text)


def crs_uri(crs: str) -> str:
    """OGC http URI of ``EPSG:n`` (``""`` for anything else)."""
    match = re.match(r"^EPSG:(\d+)$", normalize_crs(crs))
    return "http://www.opengis.net/def/crs/EPSG/0/{}".format(match.group(1)) if match else ""


def is_wgs84(crs: str) -> bool:
    """EPSG:4326 or CRS84 (the extent every standard carries)."""
    return normalize_crs(crs) in ("EPSG:4326", "OGC:CRS84", "")


# --- sectors (export only: the sector is the city's own classification) ----------------------------------------
EU_DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/"
EU_THEME_FOR_SECTOR: Dict[str, str] = {
    "bevolking": "SOCI", "onderwijs": "EDUC", "kinderopvang": "SOCI", "welzijn/ouderenzorg": "HEAL",
    "wonen": "REGI", "mobiliteit": "TRAN", "groen/omgeving": "ENVI", "economie": "ECON", "veiligheid": "JUST",
}
ISO_TOPIC_FOR_SECTOR: Dict[str, str] = {
    "bevolking": "society", "onderwijs": "society", "kinderopvang": "society", "welzijn/ouderenzorg": "health",
    "wonen": "planningCadastre", "mobiliteit": "transportation", "groen/omgeving": "environment",
    "economie": "economy", "veiligheid": "society",
}


def first_text(texts: Dict[str, str]) -> Optional[Tuple[str, str]]:
    """(language, text) of the main language: Dutch first, then French, then English."""
    for language in CATALOGUE_LANGUAGES:
        if texts.get(language):
            return language, texts[language]
    return None
