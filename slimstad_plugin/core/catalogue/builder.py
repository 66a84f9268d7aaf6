"""Build or extend a catalogue from a service (WFS, WMS, OGC API Features), a PostGIS schema or a GeoPackage.

The builder fills what the source knows (ids, titles, descriptions, keywords, extent, CRS, fields) and puts
sector "andere", owner "" and licence "internal" on every new entry: the user completes those three.
"""

import re
import sqlite3
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Union

from qgis.core import (
    QgsAbstractDatabaseProviderConnection,
    QgsDataSourceUri,
    QgsException,
    QgsProviderConnectionException,
    QgsProviderRegistry,
)

from ..base.errors import SlimStadError
from ..base.i18n import translator
from ..base.network import NetworkError, http_get, redact_url
from ..base.readers import decode_json
from ..base.secrets import PLACEHOLDER, scrub_uri
from ..base.semantic_roles import SAMPLE_CITY_ROLES
from .loader import is_remote
from .model import Catalogue, CatalogueEntry, Licence
from .service_checks import _local, with_query

tr = translator("SlimStadCatalogue")
DEFAULT_SECTOR, DEFAULT_OWNER = "andere", ""
# Field names that reveal a semantic role (from the sample city and common Flemish open data).
ROLE_GUESSES: Dict[str, str] = {name: role for roles in SAMPLE_CITY_ROLES.values() for role, name in roles.items()}
ROLE_GUESSES.update({"niscode": "municipality_id", "updated_at": "updated_at", "laatst_gewijzigd": "updated_at"})


class BuildError(SlimStadError):
    """The source cannot be read as a catalogue source (message names it)."""


@dataclass
class BuildResult:
    """The (extended) catalogue and what the builder did."""

    catalogue: Catalogue
    added: List[str] = field(default_factory=list)
    skipped: List[str] = field(default_factory=list)   # ids already in the catalogue
    notes: List[str] = field(default_factory=list)


def slug(text: str) -> str:
    """An id part: letters, digits, ``_`` and ``-``."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "_", text.split(":")[-1]).strip("_.-")
    return cleaned.lower() or "layer"


def _new_entry(prefix: str, name: str, title: str, source: dict, description: str = "",
               keywords: Optional[List[str]] = None, extent: Optional[List[float]] = None, extent_crs: str = "",
               field_names: Optional[List[str]] = None) -> CatalogueEntry:
    fields = {}
    for field_name in field_names or []:
        role = ROLE_GUESSES.get(field_name.lower())
        if role and role not in fields:
            fields[role] = field_name
    return CatalogueEntry(
        id="{}.{}".format(prefix, slug(name)), title={"nl": title or name},
        description={"nl": description} if description else {}, sector=DEFAULT_SECTOR, owner=DEFAULT_OWNER,
        licence=Licence("internal"), update_rhythm="", source=source, fields=fields,
        keywords=[k for k in (keywords or []) if k], extent=extent, extent_crs=extent_crs if extent else "")


def entries_from_service(url: str, prefix: str, timeout_s: float = 10.0, authcfg: str = "",
                         kind: str = "") -> List[CatalogueEntry]:
    """Entries for every layer of a WFS, WMS or OGC API Features service (``kind`` guessed when empty)."""
    safe = redact_url(url)
    try:
        if kind == "oapif" or (not kind and re.search(r"(/wfs3|/ogc/features|/collections)/?$|/ogc/features/", url)):
            return _entries_from_oapif(url, prefix, timeout_s, authcfg)
        kinds = [kind] if kind else ["wfs", "wms"]
        last_error = ""
        for service in kinds:
            response = http_get(with_query(url, SERVICE=service.upper(), REQUEST="GetCapabilities"),
                                timeout_s=timeout_s, authcfg=authcfg)
            try:
                root = ET.fromstring(response.content)
            except ET.ParseError as error:
                last_error = tr("the capabilities are not valid XML ({error})").format(error=error)
                continue
            tag = _local(root.tag)
            if service == "wfs" and tag == "WFS_Capabilities":
                return _entries_from_wfs(root, url, prefix, authcfg)
            if service == "wms" and tag in ("WMS_Capabilities", "WMT_MS_Capabilities"):
                return _entries_from_wms(root, url, prefix, authcfg)
            last_error = tr("the answer is not {kind} capabilities (root element {tag})").format(
                kind=service.upper(), tag=tag)
        raise BuildError(tr("{url}: {error}").format(url=safe, error=last_error))
    except NetworkError as error:
        raise BuildError(str(error)) from error


def _children(element: ET.Element, name: str) -> List[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _text(element: ET.Element, name: str) -> str:
    found = _children(element, name)
    return (found[0].text or "").strip() if found else ""


def _keywords(element: ET.Element) -> List[str]:
    return [(k.text or "").strip() for k in element.iter() if _local(k.tag) == "Keyword"]


def _source(kind: str, url: str, authcfg: str, **params: str) -> dict:
    source = {"type": kind, "url": redact_url(url), **{k: v for k, v in params.items() if v}}
    if authcfg:
        source["authcfg"] = authcfg
    return source


def _entries_from_wfs(root: ET.Element, url: str, prefix: str, authcfg: str) -> List[CatalogueEntry]:
    entries = []
    version = root.get("version", "")
    for feature_type in (el for el in root.iter() if _local(el.tag) == "FeatureType"):
        name = _text(feature_type, "Name")
        if not name:
            continue
        crs = _text(feature_type, "DefaultCRS") or _text(feature_type, "DefaultSRS")
        crs = re.sub(r"^urn:ogc:def:crs:EPSG::?", "EPSG:", crs, flags=re.IGNORECASE)
        extent = None
        for box in (el for el in feature_type if _local(el.tag) == "WGS84BoundingBox"):
            try:
                lower = [float(v) for v in _text(box, "LowerCorner").split()]
                upper = [float(v) for v in _text(box, "UpperCorner").split()]
                extent = lower[:2] + upper[:2]
            except ValueError:
                extent = None
        entries.append(_new_entry(prefix, name, _text(feature_type, "Title"),
                                  _source("wfs", url, authcfg, layer=name, version=version, crs=crs),
                                  _text(feature_type, "Abstract"), _keywords(feature_type), extent,
                                  "EPSG:4326" if extent else ""))
    return entries


def _entries_from_wms(root: ET.Element, url: str, prefix: str, authcfg: str) -> List[CatalogueEntry]:
    entries = []
    for layer in (el for el in root.iter() if _local(el.tag) == "Layer"):
        name = _text(layer, "Name")
        if not name:
            continue  # group layers without a name cannot be requested
        crs_values = [(c.text or "") for c in layer if _local(c.tag) in ("CRS", "SRS")]
        crs = "EPSG:31370" if "EPSG:31370" in crs_values else (crs_values[0] if crs_values else "")
        entries.append(_new_entry(prefix, name, _text(layer, "Title"),
                                  _source("wms", url, authcfg, layer=name, format="image/png", crs=crs),
                                  _text(layer, "Abstract"), _keywords(layer)))
    return entries


def _entries_from_oapif(url: str, prefix: str, timeout_s: float, authcfg: str) -> List[CatalogueEntry]:
    base = re.sub(r"/collections/?$", "", url.rstrip("/"))
    response = http_get("{}/collections?f=json".format(base), timeout_s=timeout_s, authcfg=authcfg,
                        headers={"Accept": "application/json"})
    try:
        document = decode_json(response.content, redact_url(base))
    except ValueError as error:  # ReadError: syntax, encoding, depth, number limits
        raise BuildError(tr("{url}: the collection list is not valid JSON ({error})").format(
            url=redact_url(base), error=error)) from error
    entries = []
    for collection in document.get("collections", []) if isinstance(document, dict) else []:
        name = str(collection.get("id") or collection.get("name") or "")
        if not name:
            continue
        bbox = (((collection.get("extent") or {}).get("spatial") or {}).get("bbox") or [None])[0]
        extent = [float(v) for v in bbox[:4]] if isinstance(bbox, list) and len(bbox) >= 4 else None
        entries.append(_new_entry(prefix, name, str(collection.get("title") or name),
                                  _source("oapif", base, authcfg, collection=name),
                                  str(collection.get("description") or ""),
                                  [str(k) for k in collection.get("keywords", []) or []], extent,
                                  "EPSG:4326" if extent else ""))
    return entries


def entries_from_gpkg(path: Union[str, Path], prefix: str, relative_to: Optional[Path] = None) -> List[CatalogueEntry]:
    """Entries for every feature table of a GeoPackage (path written relative to ``relative_to`` if possible)."""
    gpkg = Path(path)
    if not gpkg.exists():
        raise BuildError(tr("GeoPackage {path} does not exist").format(path=gpkg))
    try:
        with sqlite3.connect("file:{}?mode=ro".format(gpkg.resolve().as_posix()), uri=True, timeout=2) as conn:
            rows = conn.execute("SELECT c.table_name, c.identifier, c.description, c.min_x, c.min_y, c.max_x, "
                                "c.max_y, s.organization, s.organization_coordsys_id FROM gpkg_contents c "
                                "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = c.srs_id "
                                "WHERE c.data_type = 'features' ORDER BY c.table_name").fetchall()
            columns = {row[0]: [c[1] for c in conn.execute('PRAGMA table_info("{}")'.format(row[0].replace('"', '""')))]
                       for row in rows}
    except sqlite3.DatabaseError as error:
        raise BuildError(tr("{path} is not a GeoPackage: {error}").format(path=gpkg, error=error)) from error
    stored = str(gpkg.resolve())
    if relative_to is not None:
        try:
            stored = str(gpkg.resolve().relative_to(Path(relative_to).resolve()))
        except ValueError:
            pass
    entries = []
    for table, identifier, description, min_x, min_y, max_x, max_y, org, org_id in rows:
        extent = [min_x, min_y, max_x, max_y] if None not in (min_x, min_y, max_x, max_y) else None
        crs = "{}:{}".format(str(org).upper(), org_id) if org and org_id else ""
        entries.append(_new_entry(prefix, table, identifier or table, {"type": "gpkg", "path": stored, "layer": table},
                                  description or "", None, extent, crs, columns.get(table)))
    return entries


def entries_from_postgis(uri: str, prefix: str, schema: str = "") -> List[CatalogueEntry]:
    """Entries for every vector table of a PostGIS schema, through QGIS's postgres connection API.

    ``uri`` is a QGIS postgres URI (``host=… dbname=… authcfg=…``) or a service; passwords are never copied.
    """

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    parsed = QgsDataSourceUri(uri)
    try:
        connection = metadata.createConnection(uri, {})
        tables = connection.tables(schema, QgsAbstractDatabaseProviderConnection.TableFlag.Vector)
    except (QgsProviderConnectionException, QgsException) as error:
        raise BuildError(tr("cannot connect to the database: {error}").format(error=str(error).strip())) from error
    entries = []
    for table in tables:
        source = {"type": "postgis", "schema": table.schema(), "table": table.tableName()}
        if parsed.service():
            source["service"] = parsed.service()
        else:
            source.update({"host": parsed.host(), "port": int(parsed.port() or 5432), "dbname": parsed.database()})
        if parsed.authConfigId():
            source["authcfg"] = parsed.authConfigId()
        if table.geometryColumn():
            source["geometry_column"] = table.geometryColumn()
        if table.primaryKeyColumns():
            source["key"] = table.primaryKeyColumns()[0]
        try:
            field_names = [f.name() for f in connection.fields(table.schema(), table.tableName())]
        except (QgsProviderConnectionException, QgsException):
            field_names = []
        crs = ""
        if table.geometryColumnTypes():
            crs = table.geometryColumnTypes()[0].crs.authid()
        entries.append(_new_entry(prefix, "{}_{}".format(table.schema(), table.tableName()) if not schema
                                  else table.tableName(), table.tableName(), source, table.comment(), None, None,
                                  crs, field_names))
        if crs:
            entries[-1].source["crs"] = crs
    return entries


def build_catalogue(source: str, catalogue_id: str = "", title: str = "", existing: Optional[Catalogue] = None,
                    timeout_s: float = 10.0, authcfg: str = "", out_dir: Optional[Path] = None,
                    schema: str = "", kind: str = "") -> BuildResult:
    """Create a catalogue (or extend ``existing``) from a URL, a GeoPackage path or a postgres URI."""
    catalogue = existing or Catalogue(id=catalogue_id or "nieuw", title={"nl": title or catalogue_id or "Nieuw"})
    prefix = catalogue.id
    if is_remote(source):
        entries = entries_from_service(source, prefix, timeout_s, authcfg, kind)
    elif source.lower().endswith(".gpkg"):
        entries = entries_from_gpkg(source, prefix, out_dir)
    elif re.search(r"\b(dbname|service|host)\s*=", source):
        entries = entries_from_postgis(source, prefix, schema)
    else:
        raise BuildError(tr("Cannot build from {source}: give an http(s) service URL, a .gpkg file or a "
                            "PostgreSQL connection (dbname=… or service=…)").format(source=redact_url(source)))
    result = BuildResult(catalogue)
    known = {entry.id for entry in catalogue.entries}
    for entry in entries:
        if entry.id in known:
            result.skipped.append(entry.id)
            continue
        known.add(entry.id)
        catalogue.entries.append(entry)
        result.added.append(entry.id)
    if result.added:
        result.notes.append(tr("{n} new entries have sector 'andere', no owner and licence 'internal': "
                               "complete these before sharing the catalogue").format(n=len(result.added)))
    removed = scrub_uri(str(source)).removed_keys
    if removed:
        result.notes.append(tr("The parameters {keys} of the address are not kept in the catalogue (they read "
                               "{placeholder}): give the source an authcfg (--authcfg), or list the harmless ones "
                               "in the entries' source.public_params").format(keys=", ".join(removed),
                                                                              placeholder=PLACEHOLDER))
    return result
