"""Custom layer properties that carry catalogue provenance into projects, maps and packages.

Whoever adds a catalogue layer to a project calls :func:`set_source_info`; planning maps, packages and
challenge provenance read it back with :func:`source_info`. Values are plain strings so they survive
project save/reopen and never contain secrets.
"""

import json
import logging
from dataclasses import asdict, dataclass
from typing import Dict, List, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsProviderRegistry

from ..base.readers import SETTINGS, ReadError, parse_json

LOG = logging.getLogger(__name__)
PREFIX = "slimstad/"
CATALOG_ID_PROPERTY = PREFIX + "catalog_id"
FIELDS_PROPERTY = PREFIX + "fields"  # JSON semantic role -> field map: lets a challenge re-bind without a catalogue
TITLES_PROPERTY = PREFIX + "titles"  # JSON {"nl": …, "fr": …, "en": …}: the layer's name per language (maps)
PUBLIC_PARAMS_PROPERTY = PREFIX + "public_params"  # JSON list: URL parameters the catalogue marks harmless


@dataclass
class SourceInfo:
    """What a map or package prints about a layer's origin."""

    catalog_id: str = ""
    title: str = ""
    sector: str = ""
    owner: str = ""
    licence_type: str = ""   # open | internal | restricted | "" (unknown)
    licence_name: str = ""
    licence_url: str = ""
    last_update: str = ""    # ISO 8601 date/time of the data's last measured change
    source_type: str = ""    # wms, wfs, oapif, postgis, gpkg, file, xyz, wmts

    @property
    def known(self) -> bool:
        """True when the layer came from a catalogue (otherwise maps print "bron onbekend")."""
        return bool(self.catalog_id or self.owner)


def set_source_info(layer: QgsMapLayer, info: SourceInfo) -> None:
    """Store every field as ``slimstad/<field>`` on the layer."""
    for key, value in asdict(info).items():
        layer.setCustomProperty(PREFIX + key, str(value or ""))


def source_info(layer: QgsMapLayer) -> SourceInfo:
    """Read what :func:`set_source_info` stored (empty strings when the layer has none)."""
    values = {key: str(layer.customProperty(PREFIX + key, "") or "") for key in SourceInfo.__dataclass_fields__}
    return SourceInfo(**values)


def set_layer_titles(layer: QgsMapLayer, titles: Dict[str, str]) -> None:
    """Store the layer's name per language (``{"nl": …, "fr": …}``), e.g. from its catalogue entry; a planning map
    prints the one in the map's language."""
    clean = {str(k): str(v) for k, v in dict(titles or {}).items() if v}
    layer.setCustomProperty(TITLES_PROPERTY, json.dumps(clean, ensure_ascii=False, sort_keys=True))


def layer_titles(layer: QgsMapLayer) -> Dict[str, str]:
    """What :func:`set_layer_titles` stored ({} when nothing or something unreadable is stored)."""
    raw = str(layer.customProperty(TITLES_PROPERTY, "") or "")
    try:
        values = parse_json(raw, TITLES_PROPERTY, SETTINGS) if raw else {}
    except ReadError:  # a project from elsewhere may hold anything here
        return {}
    return {str(k): str(v) for k, v in values.items()} if isinstance(values, dict) else {}


def set_layer_roles(layer: QgsMapLayer, roles: Dict[str, str]) -> None:
    """Store the layer's semantic role -> field map (saved with the project)."""
    layer.setCustomProperty(FIELDS_PROPERTY, json.dumps(dict(roles or {}), sort_keys=True))


def layer_roles(layer: QgsMapLayer) -> Dict[str, str]:
    """What :func:`set_layer_roles` stored ({} when nothing or something unreadable is stored)."""
    raw = str(layer.customProperty(FIELDS_PROPERTY, "") or "")
    if not raw:
        return {}
    try:
        data = parse_json(raw, "{} ({})".format(layer.name(), FIELDS_PROPERTY), SETTINGS)
    except ReadError as error:
        LOG.warning("%s", error)
        return {}
    if not isinstance(data, dict):
        LOG.warning("%s: the semantic roles of layer %s are not an object; ignored", FIELDS_PROPERTY, layer.name())
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def layers_with_catalog_id(project: QgsProject, entry_id: str) -> List[QgsMapLayer]:
    """The project's layers that came from catalogue entry ``entry_id``."""
    return [layer for layer in project.mapLayers().values() if catalog_id(layer) == entry_id]


def source_table(layer: QgsMapLayer) -> str:
    """The table a file layer reads (``a.gpkg|layername=b`` gives ``b``; "" when its source names none)."""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    return str(parts.get("layerName") or "")


def catalog_id(layer: QgsMapLayer) -> Optional[str]:
    """The catalogue id of a layer, or None."""
    value = layer.customProperty(CATALOG_ID_PROPERTY, "")
    return str(value) if value else None


def set_public_params(layer: QgsMapLayer, names: List[str]) -> None:
    """Store the URL parameter names the layer's catalogue entry marks harmless (``source.public_params``)."""
    layer.setCustomProperty(PUBLIC_PARAMS_PROPERTY, json.dumps(sorted({str(name) for name in names or []})))


def public_params(layer: QgsMapLayer) -> List[str]:
    """What :func:`set_public_params` stored ([] when nothing or something unreadable is stored)."""
    raw = str(layer.customProperty(PUBLIC_PARAMS_PROPERTY, "") or "")
    try:
        values = parse_json(raw, PUBLIC_PARAMS_PROPERTY, SETTINGS) if raw else []
    except ReadError:
        return []
    return [str(name) for name in values] if isinstance(values, list) else []
