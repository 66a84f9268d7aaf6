"""Relink project layers to their catalogue entry's current source (URL or connection changed)."""

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Mapping, Optional, Union

from qgis.core import QgsDataProvider, QgsProject, QgsProviderRegistry

from ..base.i18n import translator
from ..base.secrets import scrub_uri
from ..layers.properties import CATALOG_ID_PROPERTY
from .model import CatalogueEntry
from .snapshot import LIVE_PROVIDER, LIVE_SOURCE, MODE_PROPERTY
from .sources import LayerCreationError, provider_and_uri

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


@dataclass
class RelinkReport:
    """Every catalogue layer of the project and what was done to it."""

    changes: List[RelinkChange] = field(default_factory=list)

    def by_status(self, status: str) -> List[RelinkChange]:
        """Changes with one status."""
        return [change for change in self.changes if change.status == status]

    def summary(self) -> str:
        """One translated line."""
        return tr("{relinked} layers relinked, {unchanged} unchanged, {failed} failed, {unknown} not in the catalogue"
                  ).format(relinked=len(self.by_status(RELINKED)), unchanged=len(self.by_status(UNCHANGED)),
                           failed=len(self.by_status(FAILED)), unknown=len(self.by_status(UNKNOWN_ENTRY)))


def same_source(provider: str, first: str, second: str) -> bool:
    """Equal after the provider decoded both (parameter order and quoting do not matter)."""
    if first == second:
        return True
    registry = QgsProviderRegistry.instance()
    try:
        return registry.decodeUri(provider, first) == registry.decodeUri(provider, second)
    except Exception:  # noqa: BLE001 - an undecodable URI is simply different
        return False


def relink_project(project: QgsProject, entries: Mapping[str, CatalogueEntry], dry_run: bool = False,
                   ) -> RelinkReport:
    """Point every layer carrying a catalogue id at its entry's current source."""
    report = RelinkReport()
    for layer in project.mapLayers().values():
        entry_id = str(layer.customProperty(CATALOG_ID_PROPERTY, "") or "")
        if not entry_id:
            continue
        entry = entries.get(entry_id)
        snapshot_mode = layer.customProperty(MODE_PROPERTY, "live") == "snapshot"
        old_provider = str(layer.customProperty(LIVE_PROVIDER, "")) if snapshot_mode else layer.providerType()
        old_source = str(layer.customProperty(LIVE_SOURCE, "")) if snapshot_mode else layer.source()
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
        if provider == old_provider and same_source(provider, old_source, uri):
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
        layer.setDataSource(uri, layer.name(), provider, QgsDataProvider.ProviderOptions())
        if not layer.isValid():
            change.status = FAILED
            change.message = tr("the new source could not be opened")
    return report


def relink_project_file(project_path: Union[str, Path], entries: Mapping[str, CatalogueEntry],
                        out_path: Optional[Union[str, Path]] = None, dry_run: bool = False) -> RelinkReport:
    """Open a saved project, relink it and save it (to ``out_path`` or in place)."""
    project = QgsProject()
    if not project.read(str(project_path)):
        raise OSError(tr("Cannot read project {path}: {error}").format(path=project_path, error=project.error()))
    report = relink_project(project, entries, dry_run=dry_run)
    if not dry_run and report.by_status(RELINKED):
        target = str(out_path or project_path)
        if not project.write(target):
            raise OSError(tr("Cannot write project {path}: {error}").format(path=target, error=project.error()))
    project.clear()
    return report


def entries_by_id(entries: List[CatalogueEntry]) -> Dict[str, CatalogueEntry]:
    """Index a list of entries."""
    return {entry.id: entry for entry in entries}
