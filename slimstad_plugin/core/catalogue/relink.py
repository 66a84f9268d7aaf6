"""Relink project layers to their catalogue entry's current source (URL or connection changed).

Every source kind is compared by what identifies its layer (:func:`source_identity`: WFS, OGC API Features,
WMS/WMTS/XYZ, PostGIS, files); old sources are never contacted, so dead old hosts cost nothing."""

import logging
import os
import re
import xml.etree.ElementTree as ET  # noqa: N817 - the usual name
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Tuple, Union

from qgis.core import QgsDataProvider, QgsMapLayer, QgsProject, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument, QDomElement

from ..base.crs import canonical_crs
from ..base.files import save_project
from ..base.i18n import plural, translator
from ..base.network import Deadline
from ..base.secrets import scrub_uri
from ..base.urls import normal_url
from ..layers.properties import CATALOG_ID_PROPERTY
from .capabilities import ensure_reachable
from .model import CatalogueEntry
from .snapshot import LIVE_PROVIDER, LIVE_SOURCE, MODE_PROPERTY
from .sources import LayerCreationError, provider_and_uri, source_from_uri

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)
RELINKED, UNCHANGED, FAILED, UNKNOWN_ENTRY = "relinked", "unchanged", "failed", "unknown_entry"
def redact_source(uri: str) -> str:
    """A data source string without credentials (for reports and logs)."""
    return scrub_uri(uri).text


@dataclass
class RelinkChange:
    """What happened to one layer."""

    layer_id: str
    layer_name: str
    entry_id: str
    status: str
    old_source: str = ""
    new_source: str = ""
    message: str = ""
    answers: bool = True  # False: relinked, but the new source did not open or answer when checked


@dataclass
class RelinkReport:
    """Every catalogue layer of the project and what was done to it."""

    changes: List[RelinkChange] = field(default_factory=list)

    def by_status(self, status: str) -> List[RelinkChange]:
        """Changes with one status."""
        return [change for change in self.changes if change.status == status]

    def problems(self) -> List[RelinkChange]:
        """Layers that failed, or were relinked to a source that did not open or answer when checked."""
        return [change for change in self.changes if change.status == FAILED or not change.answers]

    def summary(self) -> str:
        """One translated line."""
        return tr("{relinked}, {unchanged} unchanged, {failed} failed, {unknown} not in the catalogue").format(
            relinked=plural(len(self.by_status(RELINKED)), tr("{n} layer relinked"), tr("{n} layers relinked")),
            unchanged=len(self.by_status(UNCHANGED)), failed=len(self.by_status(FAILED)),
            unknown=len(self.by_status(UNKNOWN_ENTRY)))


def source_identity(provider: str, uri: str) -> Tuple:
    """What makes a data source *this* layer, per provider: service URL (spelling normalised) and layer name for
    WFS, OGC API Features and WMS/WMTS/XYZ; connection and table for PostGIS; file and layer for OGR. Parameter
    order, quoting, reader options (paging, version) and CRS spelling do not matter."""
    source = source_from_uri(provider, uri)
    if source is None:
        return (provider.lower(), uri)
    kind = source["type"]
    if kind in ("wfs", "oapif", "wms", "wmts", "xyz"):
        layer = str(source.get("layer") or source.get("collection") or "")
        return (kind, normal_url(str(source.get("url", ""))), layer,
                canonical_crs(source.get("crs")) if kind == "wfs" else "", str(source.get("authcfg", "")))
    if kind == "postgis":
        return (kind, str(source.get("service", "")), str(source.get("host", "")), str(source.get("port", "")),
                str(source.get("dbname", "")), str(source.get("schema", "")), str(source.get("table", "")),
                str(source.get("geometry_column", "")), str(source.get("authcfg", "")))
    path = str(source.get("path", ""))
    return (kind if kind != "gpkg" else "file", os.path.normcase(os.path.abspath(path)) if path else "",
            str(source.get("layer", "")))


def same_source(provider: str, first: str, second: str) -> bool:
    """True when both data sources are the same layer (see :func:`source_identity`)."""
    if first == second:
        return True
    try:
        return source_identity(provider, first) == source_identity(provider, second)
    except Exception:  # noqa: BLE001 - an undecodable URI is simply different
        return False


def relink_project(project: QgsProject, entries: Mapping[str, CatalogueEntry], dry_run: bool = False,
                   timeout_s: Optional[float] = None) -> RelinkReport:
    """Point every layer carrying a catalogue id at its entry's current source.

    No old source is ever contacted. A layer that QGIS has open is switched with setDataSource when the new
    source answers within ``timeout_s``; otherwise (and for a project read without resolving its layers) the new
    source is written into the layer's definition without opening it, and the report says whether it answers."""
    report = RelinkReport()
    for layer in project.mapLayers().values():
        properties = layer_properties(layer)
        entry_id = properties.get(CATALOG_ID_PROPERTY, "")
        if not entry_id:
            continue
        entry = entries.get(entry_id)
        snapshot_mode = properties.get(MODE_PROPERTY, "live") == "snapshot"
        old_provider = properties.get(LIVE_PROVIDER, "") if snapshot_mode else layer.providerType()
        old_source = properties.get(LIVE_SOURCE, "") if snapshot_mode else layer.source()
        change = RelinkChange(layer.id(), layer.name(), entry_id, UNCHANGED, redact_source(old_source))
        report.changes.append(change)
        if entry is None:
            change.status = UNKNOWN_ENTRY
            change.message = tr("no catalogue entry '{id}'").format(id=entry_id)
            continue
        try:
            _kind, provider, uri = provider_and_uri(entry)
        except (LayerCreationError, KeyError) as error:
            change.status, change.message = FAILED, str(error)
            continue
        change.new_source = redact_source(uri)
        if provider.lower() == old_provider.lower() and same_source(provider, old_source, uri):
            continue
        change.status = RELINKED
        if dry_run:
            continue
        if snapshot_mode:
            # The layer shows an offline copy: only its remembered live source changes.
            layer.setCustomProperty(LIVE_SOURCE, uri)
            layer.setCustomProperty(LIVE_PROVIDER, provider)
            change.message = tr("snapshot in use: the live source was updated")
            continue
        problem = _new_source_problem(entry, timeout_s)
        if layer.isValid() and not problem:
            layer.setDataSource(uri, layer.name(), provider, QgsDataProvider.ProviderOptions())
            if not layer.isValid():
                change.status = FAILED
                change.message = tr("the new source could not be opened")
            continue
        set_source_unopened(project, layer, uri, provider)
        if problem:
            change.answers = False
            change.message = tr("the new source does not answer now: {error}").format(error=problem)
    return report


def layer_properties(layer: QgsMapLayer) -> Dict[str, str]:
    """The layer's SlimStad custom properties. A raster layer read without opening it (a project read with
    FlagDontResolveLayers) has not loaded them in QGIS 3.22: they are read from its stored definition."""
    keys = (CATALOG_ID_PROPERTY, MODE_PROPERTY, LIVE_PROVIDER, LIVE_SOURCE)
    found = {key: str(layer.customProperty(key, "") or "") for key in keys}
    if found[CATALOG_ID_PROPERTY] or not layer.originalXmlProperties():
        return {key: value for key, value in found.items() if value}
    document = QDomDocument()
    if not document.setContent(layer.originalXmlProperties())[0]:
        return {}
    options = document.documentElement().firstChildElement("customproperties").elementsByTagName("Option")
    stored = {}
    for index in range(options.count()):
        option = options.at(index).toElement()
        if option.attribute("name") in keys:
            stored[option.attribute("name")] = option.attribute("value")
    old_style = document.documentElement().firstChildElement("customproperties").elementsByTagName("property")
    for index in range(old_style.count()):  # projects saved by QGIS before 3.20
        item = old_style.at(index).toElement()
        if item.attribute("key") in keys:
            stored[item.attribute("key")] = item.attribute("value")
    return stored


def _new_source_problem(entry: CatalogueEntry, timeout_s: Optional[float]) -> str:
    """Why the entry's (new) source cannot be used right now, found within the deadline; "" when it answers."""
    if entry.source_type in ("gpkg", "file"):
        path = entry.resolve_path(str(entry.source.get("path", "")), data=True)
        return "" if path.exists() else tr("file {path} does not exist").format(path=path)
    try:
        ensure_reachable(entry, Deadline(timeout_s) if timeout_s else None)
    except LayerCreationError as error:
        return str(error)
    return ""


def set_source_unopened(project: QgsProject, layer: QgsMapLayer, uri: str, provider: str) -> None:
    """Give ``layer`` a new data source without opening it (no server is contacted): the layer's definition is
    rewritten and QGIS opens the source when the project is next read."""
    document = QDomDocument()
    if not layer.originalXmlProperties() or not document.setContent(layer.originalXmlProperties())[0]:
        document = QDomDocument("qgis")
        document.appendChild(document.createElement("maplayer"))
        context = QgsReadWriteContext()
        context.setPathResolver(project.pathResolver())
        layer.writeLayerXml(document.documentElement(), document, context)
    element = document.documentElement()
    stored = uri
    if provider.lower() in ("ogr", "gdal"):  # file paths are stored the project's way (relative or absolute)
        path, bar, rest = uri.partition("|")
        stored = project.pathResolver().writePath(path) + bar + rest
    _set_child_text(document, element, "datasource", stored)
    _set_child_text(document, element, "provider", provider)
    context = QgsReadWriteContext()
    context.setPathResolver(project.pathResolver())
    layer.readLayerXml(element, context, QgsMapLayer.ReadFlags(QgsMapLayer.ReadFlag.FlagDontResolveLayers))
    layer.setOriginalXmlProperties(document.toString())


def _set_child_text(document: QDomDocument, parent: QDomElement, name: str, text: str) -> None:
    child = parent.firstChildElement(name)
    if child.isNull():
        child = document.createElement(name)
        parent.appendChild(child)
    while child.hasChildNodes():
        child.removeChild(child.firstChild())
    child.appendChild(document.createTextNode(text))


def relink_project_file(project_path: Union[str, Path], entries: Mapping[str, CatalogueEntry],
                        out_path: Optional[Union[str, Path]] = None, dry_run: bool = False,
                        timeout_s: Optional[float] = None) -> RelinkReport:
    """Read a saved project without opening its layers, relink it and save it (to ``out_path`` or in place)."""
    project = QgsProject()
    # Layers are not opened: a project whose old hosts are gone is read at once, not one timeout per layer.
    if not project.read(str(project_path), QgsProject.ReadFlags(QgsProject.ReadFlag.FlagDontResolveLayers)):
        raise OSError(tr("Cannot read project {path}: {error}").format(path=project_path, error=project.error()))
    report = relink_project(project, entries, dry_run=dry_run, timeout_s=timeout_s)
    seen = {change.layer_id for change in report.changes}
    for layer_id, name, entry_id, datasource in stored_catalogue_layers(project_path):
        if layer_id not in seen:  # QGIS dropped it while reading (e.g. its authcfg is not in this QGIS)
            authcfg = re.search(r"authcfg=([A-Za-z0-9]+)", datasource)
            message = (tr("QGIS could not read this layer from the project (authentication configuration '{id}' "
                          "is not in this QGIS?): not relinked").format(id=authcfg.group(1)) if authcfg
                       else tr("QGIS could not read this layer from the project: not relinked"))
            report.changes.append(RelinkChange(layer_id, name, entry_id, FAILED, redact_source(datasource),
                                               message=message))
    if not dry_run and report.by_status(RELINKED):
        # Never onto one of its layers' files (--out data.gpkg); in place only when no --out was given.
        inputs = [layer.source() for layer in project.mapLayers().values()]
        if out_path is not None:
            inputs.append(project_path)
        save_project(project, out_path or project_path, inputs)
    project.clear()
    return report


def stored_catalogue_layers(project_path: Union[str, Path]) -> List[Tuple[str, str, str, str]]:
    """(layer id, name, catalogue id, data source) of every layer the project file stores with a catalogue id, read
    from its XML (a .qgz is unzipped in memory): what QGIS itself may fail to read."""
    path = Path(project_path)
    try:
        if path.suffix.lower() == ".qgz":
            with zipfile.ZipFile(path) as archive:
                name = next(n for n in archive.namelist() if n.lower().endswith(".qgs"))
                root = ET.fromstring(archive.read(name))
        else:
            root = ET.parse(str(path)).getroot()
    except (OSError, StopIteration, zipfile.BadZipFile, ET.ParseError):
        return []
    found = []
    for layer in root.iter("maplayer"):
        entry_id = ""
        for option in layer.iter("Option"):
            if option.get("name") == CATALOG_ID_PROPERTY:
                entry_id = option.get("value", "")
        for item in layer.iter("property"):  # projects saved by QGIS before 3.20
            if item.get("key") == CATALOG_ID_PROPERTY:
                entry_id = entry_id or item.get("value", "") or (item.text or "")
        if entry_id:
            found.append((layer.findtext("id", ""), layer.findtext("layername", ""), entry_id,
                          layer.findtext("datasource", "")))
    return found


def entries_by_id(entries: List[CatalogueEntry]) -> Dict[str, CatalogueEntry]:
    """Index a list of entries."""
    return {entry.id: entry for entry in entries}
