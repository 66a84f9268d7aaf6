"""rdflib for DCAT-AP: QGIS's own when it has one, else the pure-Python copy shipped in the plugin's vendor/.

Why vendored rather than installed on first use: a city's QGIS often runs without administrator rights and
behind a proxy that pip does not know, QGIS 3.22 on Windows brings Python 3.9 (rdflib then needs isodate),
and the QGIS plugin repository discourages installing at run time. vendor/ holds rdflib, isodate and
pyparsing with their licences (requirements-vendor.txt); it is appended to ``sys.path`` (so any rdflib,
pyparsing or isodate QGIS already has is used first) only when rdflib is needed and missing.
"""

import sys
from contextlib import contextmanager
from types import ModuleType
from typing import Dict, Iterator

from .... import PLUGIN_DIR
from ...base.i18n import translator
from .errors import HarvestError

tr = translator("SlimStadHarvest")
VENDOR_DIR = PLUGIN_DIR / "vendor"
NAMESPACES: Dict[str, str] = {
    "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#", "locn": "http://www.w3.org/ns/locn#",
    "gsp": "http://www.opengis.net/ont/geosparql#", "adms": "http://www.w3.org/ns/adms#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def rdflib_module() -> ModuleType:
    """The ``rdflib`` module, or HarvestError when neither QGIS nor the plugin has it."""
    try:
        import rdflib  # lazy: optional library, QGIS's own first; the vendored copy only when it is missing
    except ImportError:
        if VENDOR_DIR.is_dir() and str(VENDOR_DIR) not in sys.path:
            sys.path.append(str(VENDOR_DIR))
        try:
            import rdflib  # lazy: now from vendor/
        except ImportError as error:
            raise HarvestError(tr("Reading and writing DCAT needs the rdflib library, which is missing from "
                                  "this SlimStad installation ({error}): reinstall the plugin from its zip").format(
                error=error)) from error
    return rdflib


@contextmanager
def lexical_forms_kept() -> Iterator[ModuleType]:
    """rdflib with literal normalisation off (``2025-02-10T08:00:00Z`` stays as written, not ``+00:00``), so a
    date read from a file is the date the file holds; restored afterwards (other QGIS plugins may use rdflib)."""
    rdflib = rdflib_module()
    previous = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        yield rdflib
    finally:
        rdflib.NORMALIZE_LITERALS = previous
