"""Turn a catalogue entry into a QGIS layer: provider URI, style, metadata and provenance properties.

Remote layers (WFS, OAPIF, WMS) fetch capabilities while being constructed: GUI callers build them in a
QgsTask (see gui/) or accept a short wait after the health check said the service is up.
"""

import logging
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsAbstractMetadataBase,
    QgsDataSourceUri,
    QgsLayerMetadata,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime, Qt

from ..base.i18n import translator
from ..base.sectors import sector_labels
from ..layers.properties import (
    SourceInfo,
    catalog_id,
    set_layer_roles,
    set_layer_titles,
    set_public_params,
    set_source_info,
)
from ..layers.render import translate_legend
from .capabilities import ensure_reachable
from .freshness import measure_last_change
from .model import CatalogueEntry
from .sources import LayerCreationError, missing_data_problem, provider_and_uri, public_source

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)

# Layer-tree group per sector, in Dutch as the planners read them (same labels as the sample project).
SECTOR_GROUP_LABELS = {
    "bevolking": "Bevolking", "onderwijs": "Onderwijs", "kinderopvang": "Kinderopvang",
    "welzijn/ouderenzorg": "Welzijn en ouderenzorg", "wonen": "Wonen", "mobiliteit": "Mobiliteit",
    "groen/omgeving": "Groen en omgeving", "economie": "Economie", "veiligheid": "Veiligheid", "andere": "Andere",
}
SECTOR_GROUP_PROPERTY = "slimstad/sector"



def layer_from_entry(entry: CatalogueEntry, last_update: Optional[str] = None) -> QgsMapLayer:
    """A valid, styled layer for the entry with metadata and provenance; raises LayerCreationError.

    A remote source is first probed within the SlimStad network deadline (capabilities.ensure_reachable): a QGIS
    provider would wait for QGIS's own timeout on a dead server."""
    missing = missing_data_problem(entry)
    if missing:
        raise LayerCreationError(tr("Entry '{id}': {problem}.").format(id=entry.id, problem=missing))
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

        raise LayerCreationError(tr("Entry '{id}': the source could not be opened ({detail})").format(
            id=entry.id, detail=public_source(entry)))
    style = entry.style_path()
    if style is not None:
        if style.exists():
            message, ok = layer.loadNamedStyle(str(style))
            if not ok:
                LOG.warning("style %s not applied to %s: %s", style, entry.id, message)
            elif isinstance(layer, QgsVectorLayer):
                translate_legend(layer)
        else:
            LOG.warning("style %s of %s does not exist", style, entry.id)
    if last_update is None and entry.source_type in ("gpkg", "file"):

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
    set_layer_titles(layer, entry.title)
    if entry.public_params:
        set_public_params(layer, entry.public_params)


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

            metadata.setDateTime(Qgis.MetadataDateType.Revised, stamp)
        metadata.setHistory([item for item in metadata.history() if not item.startswith("last update:")]
                            + ["last update: {}".format(last_update)])
    layer.setMetadata(metadata)


def sector_group(project: QgsProject, sector: str) -> QgsLayerTreeGroup:
    """The project's top-level group of a sector (labelled in the QGIS language), created when missing.

    A group that already carries the sector (or its Dutch label, as older projects named it) is reused."""
    label = sector_labels().get(sector, sector or sector_labels()["andere"])
    root = project.layerTreeRoot()
    for group in root.children():
        if isinstance(group, QgsLayerTreeGroup) and (
                group.customProperty(SECTOR_GROUP_PROPERTY) == sector
                or (not group.customProperty(SECTOR_GROUP_PROPERTY)
                    and group.name() in (label, SECTOR_GROUP_LABELS.get(sector, "")))):
            return group
    group = root.addGroup(label)
    group.setCustomProperty(SECTOR_GROUP_PROPERTY, sector)
    return group


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


def source_key(provider: str, uri: str) -> Tuple[str, ...]:
    """What makes two data sources the same data, whatever the URI's spelling: a file's resolved path and table
    (``a.gpkg|layername=b``), a database table, or a service URL with its layer; other sources by provider and URI.

    Returns a tuple to compare; no file or network access beyond resolving a path."""
    provider = (provider or "").lower()
    if provider in ("ogr", "gdal"):
        parts = QgsProviderRegistry.instance().decodeUri(provider, uri)
        path = str(parts.get("path") or uri.split("|", 1)[0])
        try:
            path = str(Path(path).resolve())
        except (OSError, RuntimeError):
            pass
        return ("file", path, str(parts.get("layerName") or "").lower())
    parsed = QgsDataSourceUri(uri)
    if provider in ("postgres", "spatialite"):
        return (provider, parsed.host(), parsed.port(), parsed.database(), parsed.service(), parsed.schema(),
                parsed.table())
    if provider in ("wfs", "oapif", "wms"):
        url = parsed.param("url").rstrip("/?&")
        return (provider, url, parsed.param("typename") or parsed.param("layers"))
    return (provider, uri)


def layers_of_entry(project: QgsProject, entry: CatalogueEntry) -> List[QgsMapLayer]:
    """The project's layers that show ``entry``'s data: added from the catalogue (same catalogue id) or opened
    by hand from the same source (same file and table, database table, or service layer)."""
    try:
        _kind, provider, uri = provider_and_uri(entry)
        wanted: Optional[Tuple[str, ...]] = source_key(provider, uri)
    except (LayerCreationError, KeyError, ValueError, OSError):
        wanted = None
    found = []
    for layer in project.mapLayers().values():
        if catalog_id(layer) == entry.id or (
                wanted is not None and source_key(layer.providerType(), layer.source()) == wanted):
            found.append(layer)
    return found
