"""Every legal spelling of a coordinate reference system, read and written in one canonical form.

Services write one CRS in many legal ways (OGC 09-048r5 "Name type specification – definitions", OGC 07-092r1
URNs, WMS 1.3 ``CRS:84``, GML ``epsg.xml#``):

* ``EPSG:31370``, ``epsg:31370``, ``EPSG::31370``
* ``urn:ogc:def:crs:EPSG::31370``, versioned ``urn:ogc:def:crs:EPSG:6.9:31370``, ``urn:x-ogc:def:crs:EPSG:…``
* ``http://www.opengis.net/def/crs/EPSG/0/31370`` (and https, without ``www.`` or scheme, other versions)
* ``http://www.opengis.net/gml/srs/epsg.xml#31370``
* CRS84: ``CRS:84``, ``OGC:CRS84``, ``urn:ogc:def:crs:OGC:1.3:CRS84``, ``http://www.opengis.net/def/crs/OGC/1.3/CRS84``

:func:`canonical_crs` turns all of them into ``EPSG:<code>`` (or ``OGC:CRS84``, or ``AUTHORITY:code`` for other
authorities); :func:`same_crs` compares two spellings. Pure functions (QGIS only in :func:`qgis_crs`).
"""

import re
from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem

# Codes that name EPSG:3857 under older or vendor identifiers (Google, ArcGIS).
_WEB_MERCATOR_ALIASES = {"900913", "102100", "102113", "3785", "41001"}
_CRS84 = "OGC:CRS84"
_URN = re.compile(r"^urn:(?:x-)?ogc:def:crs:(?P<auth>[A-Za-z0-9_.-]+):(?P<version>[^:]*):(?P<code>[^:]+)$",
                  re.IGNORECASE)
_URN_NO_VERSION = re.compile(r"^urn:(?:x-)?ogc:def:crs:(?P<auth>[A-Za-z0-9_.-]+):(?P<code>[^:]+)$", re.IGNORECASE)
_HTTP = re.compile(r"^(?:https?://)?(?:www\.)?opengis\.net/def/crs/(?P<auth>[A-Za-z0-9_.-]+)/(?P<version>[^/]+)/(?P<code>[^/?#]+)/?$",
                   re.IGNORECASE)
_GML_SRS = re.compile(r"^(?:https?://)?(?:www\.)?opengis\.net/gml/srs/(?P<auth>[a-z0-9_-]+)\.xml#(?P<code>\w+)$",
                      re.IGNORECASE)
_SHORT = re.compile(r"^(?P<auth>[A-Za-z][A-Za-z0-9_-]*)\s*:\s*(?:[0-9.]*:)?\s*(?P<code>[A-Za-z0-9_.-]+)$")
_OLD_URN = re.compile(r"^urn:EPSG:[A-Za-z]+:(?P<code>\d+)$", re.IGNORECASE)  # urn:EPSG:geographicCRS:4326


def canonical_crs(text: object) -> str:
    """``EPSG:<code>``, ``OGC:CRS84`` or ``AUTH:code`` for any legal spelling; "" for empty input.

    Text that is not a recognised CRS identifier is returned stripped but otherwise unchanged, so a caller can
    still show it (and :func:`same_crs` compares it verbatim, case-insensitively).
    """
    value = str(text or "").strip()
    if not value:
        return ""
    authority, code = _split(value)
    if authority is None:
        return value
    return _join(authority, code)


def _split(value: str) -> "tuple[Optional[str], str]":
    for pattern in (_URN, _HTTP, _GML_SRS, _URN_NO_VERSION, _OLD_URN, _SHORT):
        match = pattern.match(value)
        if match:
            groups = match.groupdict()
            return (groups.get("auth") or "EPSG").upper(), str(groups["code"]).strip()
    return None, value


def _join(authority: str, code: str) -> str:
    upper_code = code.upper()
    if authority in ("OGC", "CRS") and upper_code in ("CRS84", "84"):
        return _CRS84
    if authority == "EPSG":
        digits = upper_code.lstrip("0") or "0"
        if digits in _WEB_MERCATOR_ALIASES:
            return "EPSG:3857"
        return "EPSG:{}".format(digits if digits.isdigit() else upper_code)
    if authority == "ESRI" and upper_code in ("102100", "102113"):
        return "EPSG:3857"
    return "{}:{}".format(authority, upper_code)


def same_crs(first: object, second: object) -> bool:
    """True when both name the same CRS. CRS84 equals EPSG:4326 here: same datum, only the axis order differs,
    and every SlimStad reader (QGIS providers, GDAL) applies the axis order the service declares."""
    a, b = canonical_crs(first), canonical_crs(second)
    if not a or not b:
        return False
    return _geographic_alias(a).upper() == _geographic_alias(b).upper()


def _geographic_alias(value: str) -> str:
    return "EPSG:4326" if value == _CRS84 else value


def epsg_code(text: object) -> Optional[int]:
    """The EPSG code of any spelling (4326 for CRS84), or None."""
    value = _geographic_alias(canonical_crs(text))
    if value.startswith("EPSG:") and value[5:].isdigit():
        return int(value[5:])
    return None


def qgis_crs(text: object) -> QgsCoordinateReferenceSystem:
    """A QgsCoordinateReferenceSystem for any spelling (invalid when unknown)."""
    return QgsCoordinateReferenceSystem(canonical_crs(text))
