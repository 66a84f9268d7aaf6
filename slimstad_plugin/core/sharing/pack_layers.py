"""Per-layer decisions of a package: copy local files, snapshot remote or in-memory data, or leave out."""

import glob
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsDataProvider,
    QgsMapLayer,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVirtualLayerDefinition,
)
from qgis.PyQt.QtCore import QUrl

from ..base.errors import SlimStadError
from ..base.files import sqlite_uri
from ..base.i18n import translator
from ..base.secrets import PLACEHOLDER, describe_endpoint, scrub_uri
from ..layers.properties import source_info
from .manifest import LayerEntry
from .pack_assets import copy_vrt

tr = translator("SlimStadSharing")

# Providers of data in local files (mesh: mdal; point clouds: pdal; GPS tracks: gpx).
FILE_PROVIDERS = ("ogr", "gdal", "spatialite", "delimitedtext", "mdal", "pdal", "gpx")
# Tile providers whose ``type=mbtiles`` source is a local file.
TILE_PROVIDERS = ("wms", "vectortile")
PROTECTED_LICENCES = ("internal", "restricted")
# Files beside a data file that belong to it: shapefile parts, projection and encoding, QGIS default style and
# metadata (.qml/.qmd), CSV column types (.csvt), GDAL's statistics and overviews, world files.
SIDECAR_SUFFIXES = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd", ".qml", ".csvt", ".aux.xml",
                    ".tfw", ".tifw", ".wld", ".jgw", ".pgw", ".ovr", ".msk", ".xml", ".shp.xml", ".idx", ".fix")
SQLITE_SUFFIXES = (".gpkg", ".sqlite", ".db")


class LayerPackError(SlimStadError, RuntimeError):
    """One layer could not be put into the package (message already translated)."""


@dataclass
class DataFolder:
    """The package's ``data/`` folder: remembers what was copied or exported where."""

    root: Path
    copied: Dict[Path, Path] = field(default_factory=dict)      # original file -> copy
    exported: Dict[Tuple[str, str], Path] = field(default_factory=dict)  # (original, layer) -> gpkg
    names: Set[str] = field(default_factory=set)

    def unique(self, name: str) -> Path:
        """A free file name under data/ (``x.gpkg``, ``x_2.gpkg``, …)."""
        stem, dot, suffix = name.partition(".")
        candidate, index = name, 1
        while candidate.lower() in self.names:
            index += 1
            candidate = "{}_{}{}{}".format(stem, index, dot, suffix)
        self.names.add(candidate.lower())
        return self.root / candidate


def layer_is_protected(layer: QgsMapLayer) -> bool:
    return source_info(layer).licence_type.lower() in PROTECTED_LICENCES


def _decode(layer: QgsMapLayer) -> Dict[str, object]:
    """URI parts without empty or NULL values (decodeUri returns QVariant NULLs)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return {key: value for key, value in parts.items() if value is not None and str(value) not in ("", "NULL")}


def local_path(layer: QgsMapLayer) -> Optional[Path]:
    """The local file behind a file-based layer (also an MBTiles file shown through the tile providers), or None
    for remote and in-memory layers."""
    if layer.providerType() in TILE_PROVIDERS:
        if str(_decode(layer).get("type") or "").lower() != "mbtiles":
            return None
    elif layer.providerType() not in FILE_PROVIDERS:
        return None
    path = str(_decode(layer).get("path") or "")
    if not path or "://" in path or path.startswith("/vsi"):
        return None
    return Path(path)


# Bookkeeping tables QGIS/GDAL add to a GeoPackage; they hold no city data.
NON_DATA_TABLES = {"layer_styles", "qgis_projects"}


def gpkg_tables(path: Path) -> Set[str]:
    """Data tables a GeoPackage declares (``gpkg_contents``); empty when it is not one."""
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            return {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")} - NON_DATA_TABLES
        finally:
            connection.close()
    except sqlite3.Error:
        return set()


def copy_file(source: Path, destination: Path) -> None:
    """Copy one data file with everything that belongs to it: SQLite files through the backup API (a WAL
    journal is included), a VRT mosaic with all its parts, other files with their sidecar files."""
    if source.suffix.lower() == ".vrt":
        copy_vrt(source, destination)
        return
    if source.suffix.lower() in SQLITE_SUFFIXES:
        reader = sqlite3.connect(sqlite_uri(source), uri=True)
        writer = sqlite3.connect(str(destination))
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
    else:
        shutil.copyfile(source, destination)
    stem = source.name[: -len(source.suffix)] if source.suffix else source.name
    for sibling in source.parent.glob(glob_escape(stem) + ".*"):
        tail = sibling.name[len(stem):]
        if sibling != source and tail.lower() in SIDECAR_SUFFIXES:
            shutil.copyfile(sibling, destination.with_name(destination.name[: -len(source.suffix)] + tail))
    for suffix in (".aux.xml", ".ovr", ".msk", ".qml", ".qmd", ".xml"):  # x.tif.aux.xml, x.shp.xml, x.csv.qml…
        sibling = source.parent / (source.name + suffix)
        if sibling.is_file():
            shutil.copyfile(sibling, destination.parent / (destination.name + suffix))


def glob_escape(text: str) -> str:
    """``text`` with glob wildcards taken literally (file names with [ ] * ?)."""
    return glob.escape(text)


def export_vector(layer: QgsVectorLayer, gpkg: Path, layer_name: str) -> None:
    """Write every feature of ``layer`` into ``gpkg`` as ``layer_name`` (a GeoPackage snapshot).

    A layer whose own fields clash with the GeoPackage's key or geometry column (a text ``fid``, repeated ``fid``
    values, a field called ``geom``: common in scratch layers pasted from elsewhere) is written again with a key and
    geometry column of SlimStad's own, so every feature and field arrives; any other write error stops the pack.
    """
    result = _write_gpkg(layer, gpkg, layer_name, [])
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        result = _write_gpkg(layer, gpkg, layer_name, ["FID=slimstad_fid", "GEOMETRY_NAME=slimstad_geom"])
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise LayerPackError(tr("Cannot write a snapshot of {layer}: {error}").format(layer=layer.name(),
                                                                                    error=result[1]))


def _write_gpkg(layer: QgsVectorLayer, gpkg: Path, layer_name: str, layer_options: List[str]) -> tuple:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    options.layerOptions = layer_options
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if gpkg.exists()
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    return QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), QgsCoordinateTransformContext(), options)


def _entry(layer: QgsMapLayer, mode: str, source: str, note: str = "") -> LayerEntry:
    info = source_info(layer)
    return LayerEntry(layer_id=layer.id(), name=layer.name(), provider=layer.providerType(), source=source,
                      mode=mode, catalog_id=info.catalog_id, owner=info.owner, licence_type=info.licence_type,
                      licence_name=info.licence_name, original_source_type=info.source_type, note=note)


def excluded_entry(layer: QgsMapLayer) -> LayerEntry:
    """Manifest entry of an internal/restricted layer that stays home."""
    licence = source_info(layer).licence_type
    return _entry(layer, "excluded", "", tr("Left out because its licence is {licence}; include it explicitly "
                                            "to share it.").format(licence=licence))


def layer_table(layer: QgsMapLayer, path: Path) -> str:
    """The table a file layer reads: its ``layername``, else the table its ``layerid`` numbers, else (a GeoPackage
    source without either) the first table, which is the one QGIS opens."""
    parts = _decode(layer)
    table = str(parts.get("layerName") or "")
    if not table and str(parts.get("layerId", "")).lstrip("-").isdigit():
        table = _layer_name_by_index(path, int(parts["layerId"]))
    if not table and path.suffix.lower() == ".gpkg":
        tables = gpkg_tables(path.resolve())
        table = next(iter(tables)) if len(tables) == 1 else _layer_name_by_index(path, 0) if tables else ""
    return table


def _layer_name_by_index(path: Path, index: int) -> str:
    """The name of layer number ``index`` of a file as OGR (and so QGIS's ``layerid=``) counts them; "" when
    there is none."""
    from osgeo import ogr  # lazy: GDAL's Python bindings are only needed for files addressed by layer number

    dataset = ogr.Open(str(path), 0)
    if dataset is None or not 0 <= index < dataset.GetLayerCount():
        return ""
    return dataset.GetLayer(index).GetName()


def _relative(path: Path, package: Path) -> str:
    return path.relative_to(package).as_posix()


def _relative_source(path: Path, package: Path, table: str) -> str:
    return _relative(path, package) + ("|layername={}".format(table) if table else "")


def _repoint(layer: QgsMapLayer, parts: Dict[str, object], new_path: Path, provider: str) -> None:
    """Point ``layer`` at its copy, keeping layer name, subset and style."""
    parts = {key: value for key, value in parts.items() if value is not None and str(value) not in ("", "NULL")}
    parts["path"] = str(new_path)
    uri = QgsProviderRegistry.instance().encodeUri(provider, parts)
    layer.setDataSource(uri, layer.name(), provider, QgsDataProvider.ProviderOptions())


def pack_local_layer(layer: QgsMapLayer, path: Path, data: DataFolder, package: Path,
                     used_tables: Dict[Path, Set[str]]) -> LayerEntry:
    """Copy the file behind ``layer`` (or export just its table when the file holds layers left out)."""
    if not path.exists():
        raise LayerPackError(tr("The data file of {layer} does not exist: {path}").format(layer=layer.name(),
                                                                                        path=path))
    resolved = path.resolve()
    parts = _decode(layer)
    table = layer_table(layer, resolved)
    tables = gpkg_tables(resolved) if resolved.suffix.lower() == ".gpkg" else set()
    # A GeoPackage with tables we are not shipping (e.g. restricted ones) is never copied whole.
    partial = bool(tables) and not tables <= used_tables.get(resolved, set())
    if partial and isinstance(layer, QgsVectorLayer) and table:
        key = (str(resolved), table)
        if key not in data.exported:
            target = data.copied.get(resolved) or data.unique(resolved.stem + ".gpkg")
            data.copied[resolved] = target
            # The whole table, whatever this layer's filter: other layers may read it with other filters, and
            # the filter is applied again on the copy.
            whole = QgsVectorLayer(layer.source(), layer.name(), layer.providerType())
            whole.setSubsetString("")
            if not whole.isValid():
                raise LayerPackError(tr("The table {table} of {layer} cannot be read.").format(table=table,
                                                                                            layer=layer.name()))
            export_vector(whole, target, table)
            data.exported[key] = target
        _repoint(layer, {"path": "", "layerName": table, "subset": parts.get("subset")}, data.exported[key], "ogr")
        return _entry(layer, "copied", _relative_source(data.exported[key], package, table),
                      tr("Only this layer's table was copied out of a GeoPackage that holds other layers."))
    if partial:
        raise LayerPackError(tr("{layer} shares its file with layers that are left out.").format(layer=layer.name()))
    if resolved not in data.copied:
        target = data.unique(resolved.name)
        copy_file(resolved, target)
        data.copied[resolved] = target
    _repoint(layer, parts, data.copied[resolved], layer.providerType())
    return _entry(layer, "copied", _relative_source(data.copied[resolved], package, table))


def pack_snapshot(layer: QgsVectorLayer, data: DataFolder, package: Path, original: str,
                  features_from: Optional[QgsVectorLayer] = None, note: str = "") -> LayerEntry:
    """Write a remote or in-memory vector layer into ``data/snapshots.gpkg`` and point the layer there.

    ``features_from``: the live layer of the open QGIS session to take the features from (a temporary layer's
    features exist only there).
    """
    target = data.root / "snapshots.gpkg"
    data.names.add("snapshots.gpkg")
    name = "".join(ch if ch.isalnum() else "_" for ch in layer.name().lower()).strip("_") or "layer"
    used = {table for (source, table) in data.exported if source == "snapshot"}
    candidate, index = name, 1
    while candidate in used:
        index += 1
        candidate = "{}_{}".format(name, index)
    source = features_from if features_from is not None else layer
    # A filtered temporary layer: all its features travel and the filter with them (the filter only hides them).
    subset = source.subsetString() if source.providerType() == "memory" else ""
    if subset:
        source = source.clone()
        source.setSubsetString("")
    export_vector(source, target, candidate)
    data.exported[("snapshot", candidate)] = target
    layer.setCustomProperty("slimstad/snapshot_of", original)
    _repoint(layer, {"layerName": candidate, "subset": subset}, target, "ogr")
    return _entry(layer, "snapshot", "{}|layername={}".format(_relative(target, package), candidate),
                  note or tr("GeoPackage snapshot of {source}").format(
                      source=layer.customProperty("slimstad/snapshot_of")))


def pack_virtual(layer: QgsVectorLayer, data: DataFolder, package: Path, kept_ids: Set[str],
                 used_tables: Dict[Path, Set[str]]) -> Tuple[LayerEntry, List[str]]:
    """A virtual layer stays a query, over packed data: embedded file sources are copied into ``data/`` and
    rewritten; layers it references must travel too. Returns the entry and warnings."""
    warnings: List[str] = []
    old = QgsVirtualLayerDefinition.fromUrl(QUrl.fromEncoded(layer.source().encode("utf-8")))
    new = QgsVirtualLayerDefinition(old.filePath())
    new.setQuery(old.query())
    new.setUid(old.uid())
    new.setGeometryField(old.geometryField())
    new.setGeometryWkbType(old.geometryWkbType())
    new.setGeometrySrid(old.geometrySrid())
    new.setFields(old.fields())
    for source in old.sourceLayers():
        if source.isReferenced():
            if source.reference() not in kept_ids:
                warnings.append(tr("The virtual layer {layer} uses a layer that is left out; it will be broken at "
                                   "the receiver.").format(layer=layer.name()))
            new.addSource(source.name(), source.reference())
            continue
        parts = QgsProviderRegistry.instance().decodeUri(source.provider(), source.source())
        path = Path(str(parts.get("path") or ""))
        embedded = QgsVectorLayer(source.source(), source.name(), source.provider()) \
            if source.provider() in FILE_PROVIDERS and str(path) and path.is_file() else None
        if embedded is not None and embedded.isValid():
            # Packed like a layer of its own: only its table out of a GeoPackage holding others (which may be
            # internal), sidecar files with it; the query then reads that copy.
            pack_local_layer(embedded, path, data, package, used_tables)
            new.addSource(source.name(), embedded.source(), embedded.providerType(), source.encoding())
        else:
            new.addSource(source.name(), source.source(), source.provider(), source.encoding())
    layer.setDataSource(new.toString(), layer.name(), "virtual", QgsDataProvider.ProviderOptions())
    return _entry(layer, "copied", "virtual", tr("Virtual layer: its query runs on the packed data.")), warnings


def remote_entry(layer: QgsMapLayer, original: str, credentials_removed: List[str],
                 public: Sequence[str] = ()) -> Tuple[LayerEntry, str]:
    """A layer that stays a link to its service; returns the entry and what the receiver must configure.

    Removed parameters read ``SLIMSTAD-REMOVED`` in the packed source; the note names them, the service and,
    when the layer uses one, the id of the QGIS authentication configuration the receiver creates.
    """
    scrubbed = scrub_uri(original, public)
    endpoint = describe_endpoint(original) or "?"
    authcfg = _decode(layer).get("authcfg") or ""
    notes = []
    removed = [key for key in scrubbed.removed_keys if key != "user-info"]
    if removed:
        notes.append(tr("fill in {keys} (they read {placeholder} in the layer source: Layer Properties > Source), "
                        "or ask the sender for a URL without them").format(
            keys=", ".join(removed), placeholder=PLACEHOLDER))
    if "user-info" in scrubbed.removed_keys or credentials_removed and not removed:
        notes.append(tr("the user name and password were removed from the address"))
    if authcfg:
        notes.append(tr("create a QGIS authentication configuration with id {authcfg} holding your credentials "
                        "for it").format(authcfg=authcfg))
    note = tr("Layer {layer} ({endpoint}): {what}.").format(layer=layer.name(), endpoint=endpoint,
                                                           what="; ".join(notes)) if notes else ""
    return _entry(layer, "remote", scrubbed.text, note), note
