"""Turn a catalogue entry into a QGIS layer: provider URI, style, metadata and provenance properties.

Remote layers (WFS, OAPIF, WMS) fetch capabilities while being constructed: GUI callers build them in a
QgsTask (see gui/) or accept a short wait after the health check said the service is up.
"""

import logging
from typing import Optional

from qgis.core import (
    QgsAbstractMetadataBase,
    QgsDataSourceUri,
    QgsLayerMetadata,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ..base.crs import canonical_crs
from ..i18n import translator
from ..layer_properties import SourceInfo, set_layer_roles, set_source_info
from .model import CatalogueEntry

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)

# Layer-tree group per sector, in Dutch as the planners read them (same labels as the sample project).
SECTOR_GROUP_LABELS = {
    "bevolking": "Bevolking", "onderwijs": "Onderwijs", "kinderopvang": "Kinderopvang",
    "welzijn/ouderenzorg": "Welzijn en ouderenzorg", "wonen": "Wonen", "mobiliteit": "Mobiliteit",
    "groen/omgeving": "Groen en omgeving", "economie": "Economie", "veiligheid": "Veiligheid", "andere": "Andere",
}
RASTER_EXTENSIONS = (".tif", ".tiff", ".jp2", ".png", ".jpg", ".vrt", ".asc")


class LayerCreationError(Exception):
    """The entry's source does not give a valid layer (message names the entry)."""


def provider_and_uri(entry: CatalogueEntry, page_size: Optional[int] = None) -> tuple:
    """(layer kind "vector"|"raster", provider key, data source URI) for an entry; no network access.

    ``page_size`` (WFS): features per GetFeature request — the server's real cap when it returns short pages
    (see completeness.py); CRS identifiers are written in their canonical form (``EPSG:31370``)."""
    source = entry.source
    kind = entry.source_type
    authcfg = str(source.get("authcfg", ""))
    if kind in ("wms", "wmts", "xyz"):
        uri = QgsDataSourceUri()
        if kind == "xyz":
            uri.setParam("type", "xyz")
            for key in ("zmin", "zmax"):
                if key in source:
                    uri.setParam(key, str(source[key]))
        else:
            uri.setParam("layers", str(source["layer"]))
            uri.setParam("styles", str(source.get("style", "default" if kind == "wmts" else "")))
            uri.setParam("format", str(source.get("format", "image/png")))
            uri.setParam("crs", canonical_crs(source.get("crs")) or "EPSG:31370")
            if kind == "wmts":
                uri.setParam("tileMatrixSet", str(source.get("tile_matrix_set", "")))
        uri.setParam("url", str(source["url"]))
        if authcfg:
            uri.setAuthConfigId(authcfg)
        return "raster", "wms", bytes(uri.encodedUri()).decode("utf-8")
    if kind == "wfs":
        uri = QgsDataSourceUri()
        uri.setParam("url", str(source["url"]))
        uri.setParam("typename", str(source["layer"]))
        uri.setParam("version", str(source.get("version", "auto")))
        uri.setParam("pagingEnabled", "true")
        if page_size:
            uri.setParam("pageSize", str(int(page_size)))
        if source.get("crs"):
            uri.setParam("srsname", canonical_crs(source["crs"]))
        if authcfg:
            uri.setAuthConfigId(authcfg)
        return "vector", "WFS", uri.uri(False)
    if kind == "oapif":
        uri = QgsDataSourceUri()
        uri.setParam("url", str(source["url"]))
        uri.setParam("typename", str(source["collection"]))
        if authcfg:
            uri.setAuthConfigId(authcfg)
        return "vector", "OAPIF", uri.uri(False)
    if kind == "postgis":
        return "vector", "postgres", postgis_uri(source).uri(False)
    if kind == "gpkg":
        path = entry.resolve_path(str(source["path"]), data=True)
        return "vector", "ogr", "{}|layername={}".format(path, source["layer"])
    if kind == "file":
        path = entry.resolve_path(str(source["path"]), data=True)
        if path.suffix.lower() in RASTER_EXTENSIONS:
            return "raster", "gdal", str(path)
        layer_name = source.get("layer")
        return "vector", "ogr", "{}|layername={}".format(path, layer_name) if layer_name else str(path)
    raise LayerCreationError(tr("Entry '{id}': unknown source type '{kind}'").format(id=entry.id, kind=kind))


def source_from_uri(provider: str, uri: str) -> Optional[dict]:
    """The catalogue ``source`` a QGIS data source describes (the inverse of :func:`provider_and_uri`), or None.

    Works for WFS, OGC API Features, WMS/WMTS/XYZ, PostGIS and OGR files; decodes the URI itself (QGIS 3.22's
    registry decodes WFS and OAPIF URIs to ``{}``). Credentials other than an authcfg id are not copied."""
    key = provider.lower()
    if key in ("wfs", "oapif"):
        parsed = QgsDataSourceUri(uri)
        authcfg = parsed.authConfigId() or parsed.param("authcfg")
        if key == "wfs":
            source = {"type": "wfs", "url": parsed.param("url"), "layer": parsed.param("typename")}
            version = parsed.param("version")
            if version and version != "auto":
                source["version"] = version
            if parsed.param("srsname"):
                source["crs"] = canonical_crs(parsed.param("srsname"))
        else:
            source = {"type": "oapif", "url": parsed.param("url"), "collection": parsed.param("typename")}
    elif key == "wms":
        parsed = QgsDataSourceUri()
        parsed.setEncodedUri(uri)
        authcfg = parsed.authConfigId() or parsed.param("authcfg")
        if parsed.param("type") == "xyz":
            source = {"type": "xyz", "url": parsed.param("url")}
        else:
            source = {"type": "wmts" if parsed.param("tileMatrixSet") else "wms", "url": parsed.param("url"),
                      "layer": parsed.param("layers")}
            for name, param in (("crs", "crs"), ("format", "format"), ("tile_matrix_set", "tileMatrixSet")):
                if parsed.param(param):
                    source[name] = canonical_crs(parsed.param(param)) if name == "crs" else parsed.param(param)
    elif key == "postgres":
        parsed = QgsDataSourceUri(uri)
        authcfg = parsed.authConfigId()
        source = {"type": "postgis", "schema": parsed.schema() or "public", "table": parsed.table()}
        if parsed.service():
            source["service"] = parsed.service()
        else:
            source.update({"host": parsed.host(), "port": int(parsed.port() or 5432)})
        if parsed.database():
            source["dbname"] = parsed.database()
        if parsed.geometryColumn():
            source["geometry_column"] = parsed.geometryColumn()
        if parsed.keyColumn():
            source["key"] = parsed.keyColumn()
    elif key in ("ogr", "gdal"):
        from qgis.core import QgsProviderRegistry

        parts = QgsProviderRegistry.instance().decodeUri(key, uri)
        path = str(parts.get("path") or "")
        source = {"type": "gpkg" if path.lower().endswith(".gpkg") else "file", "path": path}
        if parts.get("layerName"):
            source["layer"] = str(parts["layerName"])
        authcfg = ""
    else:
        return None
    if authcfg:
        source["authcfg"] = authcfg
    return source


def postgis_uri(source: dict) -> QgsDataSourceUri:
    """A postgres provider URI from a catalogue source (credentials only via service file or authcfg)."""
    uri = QgsDataSourceUri()
    if source.get("service"):
        uri.setConnection(str(source["service"]), str(source.get("dbname", "")), "", "",
                          QgsDataSourceUri.SslMode.SslPrefer, str(source.get("authcfg", "")))
    else:
        uri.setConnection(str(source.get("host", "")), str(source.get("port", 5432)), str(source.get("dbname", "")),
                          "", "", QgsDataSourceUri.SslMode.SslPrefer, str(source.get("authcfg", "")))
    uri.setDataSource(str(source.get("schema", "public")), str(source["table"]),
                      str(source.get("geometry_column", "geom")) or None, "", str(source.get("key", "")))
    return uri


def layer_from_entry(entry: CatalogueEntry, last_update: Optional[str] = None) -> QgsMapLayer:
    """A valid, styled layer for the entry with metadata and provenance; raises LayerCreationError.

    A remote source is first probed within the SlimStad network deadline (capabilities.ensure_reachable)."""
    from .capabilities import ensure_reachable

    ensure_reachable(entry)
    kind, provider, uri = provider_and_uri(entry)
    title = entry.display_title()
    layer: QgsMapLayer
    if kind == "raster":
        layer = QgsRasterLayer(uri, title, provider)
    else:
        layer = QgsVectorLayer(uri, title, provider)
    if not layer.isValid():
        # QgsError.summary() of an invalid layer crashes QGIS 3.22: describe the source ourselves.
        from .snapshot import public_source

        raise LayerCreationError(tr("Entry '{id}': the source could not be opened ({detail})").format(
            id=entry.id, detail=public_source(entry)))
    style = entry.style_path()
    if style is not None:
        if style.exists():
            message, ok = layer.loadNamedStyle(str(style))
            if not ok:
                LOG.warning("style %s not applied to %s: %s", style, entry.id, message)
        else:
            LOG.warning("style %s of %s does not exist", style, entry.id)
    if last_update is None and entry.source_type in ("gpkg", "file"):
        from .freshness import measure_last_change

        measured = measure_last_change(entry)
        last_update = measured.isoformat(timespec="seconds") if measured else ""
    describe_layer(layer, entry, last_update or "")
    return layer


def describe_layer(layer: QgsMapLayer, entry: CatalogueEntry, last_update: str = "") -> None:
    """Give an (existing) layer the entry's QGIS metadata, provenance properties and semantic roles."""
    apply_metadata(layer, entry, last_update)
    set_source_info(layer, SourceInfo(
        catalog_id=entry.id, title=entry.display_title(), sector=entry.sector, owner=entry.owner,
        licence_type=entry.licence.type, licence_name=entry.licence.name, licence_url=entry.licence.url,
        last_update=last_update, source_type=entry.source_type))
    set_layer_roles(layer, entry.fields)


def apply_metadata(layer: QgsMapLayer, entry: CatalogueEntry, last_update: str = "") -> None:
    """Fill QgsLayerMetadata so map_credits() and planning maps print owner, licence and date."""
    metadata: QgsLayerMetadata = layer.metadata()
    metadata.setIdentifier(entry.id)
    metadata.setTitle(entry.display_title())
    metadata.setAbstract(entry.display_description())
    licence_text = entry.licence.name or {"open": tr("open data"), "internal": tr("internal use only"),
                                          "restricted": tr("restricted")}.get(entry.licence.type, "")
    rights = "© {}".format(entry.owner) if entry.owner else ""
    if last_update:
        rights = "{} ({})".format(rights, last_update[:10]) if rights else last_update[:10]
    metadata.setRights([rights] if rights else [])
    licence_url = " " + entry.licence.url if entry.licence.url else ""
    metadata.setLicenses([licence_text + licence_url] if licence_text else [])
    contacts = []
    if entry.owner:
        owner = QgsAbstractMetadataBase.Contact(entry.owner)
        owner.organization = entry.owner
        owner.role = "owner"
        contacts.append(owner)
    if entry.steward.get("name") or entry.steward.get("email"):
        steward = QgsAbstractMetadataBase.Contact(str(entry.steward.get("name", "")))
        steward.email = str(entry.steward.get("email", ""))
        steward.organization = entry.owner
        steward.role = "custodian"
        contacts.append(steward)
    metadata.setContacts(contacts)
    if entry.keywords:
        metadata.addKeywords("slimstad", list(entry.keywords))
    metadata.setCategories([entry.sector])
    if last_update:
        stamp = QDateTime.fromString(last_update, Qt.DateFormat.ISODate)
        if hasattr(metadata, "setDateTime") and stamp.isValid():  # QGIS >= 3.30
            from qgis.core import Qgis

            metadata.setDateTime(Qgis.MetadataDateType.Revised, stamp)
        metadata.setHistory([item for item in metadata.history() if not item.startswith("last update:")]
                            + ["last update: {}".format(last_update)])
    layer.setMetadata(metadata)


def sector_group(project: QgsProject, sector: str) -> QgsLayerTreeGroup:
    """The project's top-level group of a sector, created when missing."""
    label = SECTOR_GROUP_LABELS.get(sector, sector or "Andere")
    root = project.layerTreeRoot()
    group = root.findGroup(label)
    return group if group is not None else root.addGroup(label)


def add_entry_to_project(entry: CatalogueEntry, project: Optional[QgsProject] = None, group_by_sector: bool = True,
                         last_update: Optional[str] = None) -> QgsMapLayer:
    """Create the entry's layer and add it to ``project`` (default: the current project)."""
    project = project or QgsProject.instance()
    layer = layer_from_entry(entry, last_update=last_update)
    if group_by_sector:
        project.addMapLayer(layer, False)
        sector_group(project, entry.sector).insertLayer(0, layer)
    else:
        project.addMapLayer(layer)
    return layer
