"""Per-layer decisions of a package: copy local files, snapshot remote or in-memory data, or leave out."""

import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsDataProvider,
    QgsMapLayer,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..base.errors import SlimStadError
from ..base.i18n import translator
from ..base.secrets import describe_endpoint, scrub_uri
from ..layers.properties import source_info
from .manifest import LayerEntry

tr = translator("SlimStadSharing")

FILE_PROVIDERS = ("ogr", "gdal", "spatialite")
PROTECTED_LICENCES = ("internal", "restricted")
SIDECAR_SUFFIXES = (".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd", ".aux.xml", ".tfw", ".wld",
                    ".ovr", ".xml")
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
    """The local file behind a file-based layer, or None for remote and in-memory layers."""
    if layer.providerType() not in FILE_PROVIDERS:
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
        connection = sqlite3.connect("file:{}?mode=ro".format(path.as_posix()), uri=True)
        try:
            return {row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")} - NON_DATA_TABLES
        finally:
            connection.close()
    except sqlite3.Error:
        return set()


def copy_file(source: Path, destination: Path) -> None:
    """Copy one data file; SQLite files through the backup API so a WAL journal is included."""
    if source.suffix.lower() in SQLITE_SUFFIXES:
        reader = sqlite3.connect("file:{}?mode=ro".format(source.as_posix()), uri=True)
        writer = sqlite3.connect(str(destination))
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()
        return
    shutil.copyfile(source, destination)
    stem = source.name[: -len(source.suffix)] if source.suffix else source.name
    for sibling in source.parent.glob(stem + ".*"):
        tail = sibling.name[len(stem):]
        if sibling != source and tail.lower() in SIDECAR_SUFFIXES:
            shutil.copyfile(sibling, destination.with_name(destination.name[: -len(source.suffix)] + tail))


def export_vector(layer: QgsVectorLayer, gpkg: Path, layer_name: str) -> None:
    """Write every feature of ``layer`` into ``gpkg`` as ``layer_name`` (a GeoPackage snapshot)."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer_name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if gpkg.exists()
                                    else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
    result = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(gpkg), QgsCoordinateTransformContext(), options)
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise LayerPackError(tr("Cannot write a snapshot of {layer}: {error}").format(layer=layer.name(),
                                                                                    error=result[1]))


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
    """The table a file layer reads (a single-table GeoPackage needs no ``layername``)."""
    table = str(_decode(layer).get("layerName") or "")
    if not table and path.suffix.lower() == ".gpkg":
        tables = gpkg_tables(path.resolve())
        table = next(iter(tables)) if len(tables) == 1 else ""
    return table


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
            export_vector(layer, target, table)
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


def pack_snapshot(layer: QgsVectorLayer, data: DataFolder, package: Path, original: str) -> LayerEntry:
    """Write a remote or in-memory vector layer into ``data/snapshots.gpkg`` and point the layer there."""
    target = data.root / "snapshots.gpkg"
    data.names.add("snapshots.gpkg")
    name = "".join(ch if ch.isalnum() else "_" for ch in layer.name().lower()).strip("_") or "layer"
    used = {table for (source, table) in data.exported if source == "snapshot"}
    candidate, index = name, 1
    while candidate in used:
        index += 1
        candidate = "{}_{}".format(name, index)
    export_vector(layer, target, candidate)
    data.exported[("snapshot", candidate)] = target
    layer.setCustomProperty("slimstad/snapshot_of", original)
    _repoint(layer, {"layerName": candidate}, target, "ogr")
    return _entry(layer, "snapshot", "{}|layername={}".format(_relative(target, package), candidate),
                  tr("GeoPackage snapshot of {source}").format(source=layer.customProperty("slimstad/snapshot_of")))


def remote_entry(layer: QgsMapLayer, original: str, credentials_removed: List[str]) -> Tuple[LayerEntry, str]:
    """A layer that stays a link to its service; returns the entry and what the receiver must configure."""
    note = ""
    if credentials_removed:
        note = tr("Layer {layer}: credentials were removed; configure a QGIS authentication configuration for "
                  "{endpoint} and set it on the layer.").format(layer=layer.name(),
                                                                endpoint=describe_endpoint(original) or "?")
    return _entry(layer, "remote", scrub_uri(original).text, note), note
