"""How a catalogue entry's data is addressed: provider and URI, the public source line, dates and durations.

The one owner of these, shared by layers, health, freshness, quality, snapshots and relinking; no network access.
Dates and durations follow ISO 8601 (``2024-05-01T10:00:00Z``, ``P1M``) as DCAT-AP and the catalogue schema use them.
"""

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional

from qgis.core import QgsDataSourceUri, QgsProviderRegistry

from ..base.crs import canonical_crs
from ..base.errors import SlimStadError
from ..base.i18n import translator
from ..base.readers import ReadError
from ..base.secrets import scrub_url
from ..layers.tables import code_columns, is_table_file, read_table_file, table_uri
from .model import CatalogueEntry

tr = translator("SlimStadCatalogue")

RASTER_EXTENSIONS = (".tif", ".tiff", ".jp2", ".png", ".jpg", ".vrt", ".asc")
DURATION_RE = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")

class LayerCreationError(SlimStadError):
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
    if kind == "file" and source.get("url") and not source.get("path"):
        return "vector", "ogr", remote_file_uri(source)
    if kind == "file":
        path = entry.resolve_path(str(source["path"]), data=True)
        if path.suffix.lower() in RASTER_EXTENSIONS:
            return "raster", "gdal", str(path)
        layer_name = source.get("layer")
        if is_table_file(path) and not layer_name:
            try:  # a table: typed columns, codes kept as text, no geometry (so no CRS is expected)
                return "vector", "delimitedtext", table_uri(read_table_file(path, code_columns(entry.fields)))
            except ReadError:  # unreadable: the health check says why
                return "vector", "ogr", str(path)
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


def local_data_path(entry: CatalogueEntry) -> Optional[Path]:
    """The file a ``gpkg``/``file`` entry reads, resolved against the data folder (None for services)."""
    if entry.source_type not in ("gpkg", "file") or not entry.source.get("path"):
        return None
    return entry.resolve_path(str(entry.source["path"]), data=True)


def missing_data_problem(entry: CatalogueEntry) -> str:
    """A translated sentence when the entry's local data file is missing ("" when present or not a file)."""
    path = local_data_path(entry)
    if path is None or path.exists():
        return ""
    return tr("the data file {file} is not in the data folder {folder}").format(
        file=path.name, folder=path.parent)


def remote_file_uri(source: dict) -> str:
    """OGR URI of a downloadable GeoPackage (``/vsicurl/``, ranged reads) or GeoJSON (read whole) ``url``."""
    url = str(source["url"])
    kind = str(source.get("format") or ("gpkg" if url.lower().split("?")[0].endswith(".gpkg") else "geojson"))
    uri = "/vsicurl/" + url if kind == "gpkg" else url
    return "{}|layername={}".format(uri, source["layer"]) if source.get("layer") else uri


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


def public_source(entry: CatalogueEntry) -> str:
    """Where the data came from, without credentials or authcfg ids."""
    source = entry.source
    kind = entry.source_type
    url = scrub_url(str(source.get("url", "")), entry.public_params).text  # the allow-list rule, core/base/secrets
    if kind in ("wfs", "wms", "wmts", "xyz"):
        return "{} {} {}".format(kind, url, source.get("layer", "")).strip()
    if kind == "oapif":
        return "oapif {} {}".format(url, source.get("collection", ""))
    if kind == "postgis":
        where = source.get("service") and "service={}".format(source["service"]) or "{}:{}/{}".format(
            source.get("host", ""), source.get("port", 5432), source.get("dbname", ""))
        return "postgis {} {}.{}".format(where, source.get("schema", "public"), source.get("table", ""))
    if source.get("url") and not source.get("path"):
        return "{} {} {}".format(kind, url, source.get("layer", "")).strip()
    return "{} {} {}".format(kind, Path(str(source.get("path", ""))).name, source.get("layer", "")).strip()


def parse_duration(value: str) -> Optional[timedelta]:
    """ISO 8601 duration as an approximate timedelta (a month is 30.44 days); None when invalid."""
    match = DURATION_RE.match(value or "")
    if not match or value in ("P", "PT"):
        return None
    years, months, weeks, days, hours, minutes, seconds = (int(g) if g else 0 for g in match.groups())
    return timedelta(days=years * 365.25 + months * 30.44 + weeks * 7 + days, hours=hours, minutes=minutes,
                     seconds=seconds)


def parse_datetime(text: str) -> Optional[datetime]:
    """ISO 8601 date or date-time (``Z`` accepted) as aware UTC; None when unreadable."""
    text = (text or "").strip().replace("Z", "+00:00")
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        try:
            value = datetime.fromisoformat(text[:19])
        except ValueError:
            return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
