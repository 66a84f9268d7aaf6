"""Build or extend a catalogue from a service (WFS, WMS, OGC API Features), a PostGIS schema or a GeoPackage.

The builder fills what the source knows (ids, titles, descriptions, keywords, extent, CRS, fields) and puts
sector "andere", owner "" and licence "internal" on every new entry: the user completes those three.
"""

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Union
from urllib.parse import urlsplit

from qgis.core import (
    QgsAbstractDatabaseProviderConnection,
    QgsDataSourceUri,
    QgsException,
    QgsProviderConnectionException,
    QgsProviderRegistry,
)

from ..base.answers import ServiceReportedError, WrongDocumentError
from ..base.crs import canonical_crs
from ..base.errors import SlimStadError
from ..base.files import sqlite_uri
from ..base.i18n import translator
from ..base.network import BadPayloadError, Deadline, NetworkError, redact_url
from ..base.reasons import reason
from ..base.secrets import PLACEHOLDER, scrub_uri
from ..base.semantic_roles import SAMPLE_CITY_ROLES
from .capabilities import oapif_base, read_capabilities
from .loader import is_remote
from .model import Catalogue, CatalogueEntry, Licence

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


def slug(text: str, qualified: bool = False) -> str:
    """An id part: letters, digits, ``_`` and ``-`` (the namespace prefix kept with ``qualified``)."""
    cleaned = re.sub(r"[^A-Za-z0-9_.-]+", "_", text if qualified else text.split(":")[-1]).strip("_.-")
    return cleaned.lower() or "layer"


def _distinct_ids(prefix: str, entries: List[CatalogueEntry]) -> List[CatalogueEntry]:
    """``gent:wijken`` and ``leuven:wijken`` are two layers: when names differ only in their namespace prefix the
    ids keep the prefix (``stad.gent_wijken``), so neither is dropped as a duplicate."""
    counts: Dict[str, int] = {}
    for entry in entries:
        counts[entry.id] = counts.get(entry.id, 0) + 1
    for entry in entries:
        name = str(entry.source.get("layer") or entry.source.get("collection") or "")
        if counts[entry.id] > 1 and ":" in name:
            entry.id = "{}.{}".format(prefix, slug(name, qualified=True))
    return entries


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


def _oapif_entries(url: str, prefix: str, deadline: Deadline, authcfg: str, safe: str) -> List[CatalogueEntry]:
    capabilities = read_capabilities(url, "oapif", deadline, authcfg, label=safe)
    base = redact_url(oapif_base(url))
    return [_new_entry(prefix, layer.name, layer.title or layer.name,
                       _source("oapif", base, authcfg, collection=layer.name), layer.abstract, layer.keywords,
                       layer.wgs84_bbox, "EPSG:4326" if layer.wgs84_bbox else "")
            for layer in capabilities.layers]


def entries_from_service(url: str, prefix: str, timeout_s: float = 10.0, authcfg: str = "",
                         kind: str = "") -> List[CatalogueEntry]:
    """Entries for every layer of a WFS, WMS or OGC API Features service (``kind`` guessed when empty).

    Layer names are kept whole (namespace prefix included) and CRS written canonically (``EPSG:31370``)."""
    safe = redact_url(url)
    deadline = Deadline(timeout_s)
    if kind == "oapif" or (not kind and re.search(r"(/wfs3|/ogc/features|/collections)/?$|/ogc/features/",
                                                  urlsplit(url).path)):
        try:
            return _oapif_entries(url, prefix, deadline, authcfg, safe)
        except NetworkError as error:
            raise BuildError(str(error)) from error
    last_error: Optional[NetworkError] = None
    for service in [kind] if kind else ["wfs", "wms", "oapif"]:
        try:
            if service == "oapif":  # a landing page without /collections in its address: JSON, not XML
                return _oapif_entries(url, prefix, deadline, authcfg, safe)
            capabilities = read_capabilities(url, service, deadline, authcfg, label=safe)
        except (WrongDocumentError, BadPayloadError) as error:
            if service != "oapif" or last_error is None:
                last_error = error  # perhaps the other service type
            if isinstance(error, ServiceReportedError) and kind:
                break
            continue
        except NetworkError as error:
            if service == "oapif" and last_error is not None:
                continue  # not an OGC API either: the XML services' error says more
            raise BuildError(str(error)) from error
        if service == "wfs":
            return [_new_entry(prefix, layer.name, layer.title, _source(
                        "wfs", url, authcfg, layer=layer.name, version=capabilities.version,
                        crs=layer.crs[0] if layer.crs else ""), layer.abstract, layer.keywords, layer.wgs84_bbox,
                        "EPSG:4326" if layer.wgs84_bbox else "")
                    for layer in capabilities.layers]
        return [_new_entry(prefix, layer.name, layer.title, _source(
                    "wms", url, authcfg, layer=layer.name, format="image/png", crs=_preferred_crs(layer.crs)),
                    layer.abstract, layer.keywords)
                for layer in capabilities.layers]
    raise BuildError(str(last_error) if last_error else tr("{url}: no service found").format(url=safe))


def _preferred_crs(offered: List[str]) -> str:
    """Lambert 72 when offered (the Flemish cities' CRS), else the service's first."""
    return "EPSG:31370" if "EPSG:31370" in offered else (offered[0] if offered else "")


def _source(kind: str, url: str, authcfg: str, **params: str) -> dict:
    source = {"type": kind, "url": redact_url(url), **{k: v for k, v in params.items() if v}}
    if authcfg:
        source["authcfg"] = authcfg
    return source


def entries_from_gpkg(path: Union[str, Path], prefix: str, relative_to: Optional[Path] = None) -> List[CatalogueEntry]:
    """Entries for every feature table of a GeoPackage (path written relative to ``relative_to`` if possible)."""
    gpkg = Path(path)
    if not gpkg.exists():
        raise BuildError(tr("GeoPackage {path} does not exist").format(path=gpkg))
    try:
        with sqlite3.connect(sqlite_uri(gpkg), uri=True, timeout=2) as conn:
            rows = conn.execute("SELECT c.table_name, c.identifier, c.description, c.min_x, c.min_y, c.max_x, "
                                "c.max_y, s.organization, s.organization_coordsys_id FROM gpkg_contents c "
                                "LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = c.srs_id "
                                "WHERE c.data_type = 'features' ORDER BY c.table_name").fetchall()
            columns = {row[0]: [c[1] for c in conn.execute('PRAGMA table_info("{}")'.format(row[0].replace('"', '""')))]
                       for row in rows}
    except sqlite3.DatabaseError as error:
        raise BuildError(tr("{path} is not a GeoPackage: {error}").format(path=gpkg, error=reason(error))) from error
    stored = str(gpkg.resolve())
    if relative_to is not None:
        try:
            stored = str(gpkg.resolve().relative_to(Path(relative_to).resolve()))
        except ValueError:
            pass
    entries = []
    for table, identifier, description, min_x, min_y, max_x, max_y, org, org_id in rows:
        extent = [min_x, min_y, max_x, max_y] if None not in (min_x, min_y, max_x, max_y) else None
        crs = canonical_crs("{}:{}".format(org, org_id)) if org and org_id else ""
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
            crs = canonical_crs(table.geometryColumnTypes()[0].crs.authid())
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
        entries = _distinct_ids(prefix, entries_from_service(source, prefix, timeout_s, authcfg, kind))
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
