"""The dock's bridge to the catalogue core: loading, adding, health, snapshot and quality, each as core calls.

Kept apart from the widgets so the dock module stays small and the core API is used in one place.
"""

import logging
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Protocol, Sequence, Set, Tuple, Type

from qgis.core import Qgis, QgsApplication, QgsMapLayer, QgsProject, QgsTask, QgsVectorLayer
from qgis.PyQt import sip

from ...core.base.boundary import user_message
from ...core.base.i18n import plural, translator
from ...core.base.network import forget_dead_hosts
from ...core.base.settings import SlimStadSettings
from ...core.catalogue.check import STALL_FACTOR
from ...core.catalogue.freshness import check_freshness
from ...core.catalogue.health import HealthCache, run_health_checks
from ...core.catalogue.layers import (
    LayerCreationError,
    add_entry_to_project,
    layer_from_entry,
    layers_of_entry,
    sector_group,
)
from ...core.catalogue.loader import CatalogueError, MergeResult, load_catalogue, merge_catalogues
from ...core.catalogue.model import Catalogue, CatalogueEntry
from ...core.catalogue.quality import check_entry_quality
from ...core.catalogue.snapshot import SnapshotError, snapshot_entry
from ...core.catalogue.sources import provider_and_uri
from ...core.catalogue.view import (
    FRESH_OK,
    FRESH_STALE,
    FRESH_UNKNOWN,
    HEALTH_ERROR,
    HEALTH_OK,
    HEALTH_RUNNING,
    HEALTH_UNKNOWN,
    HEALTH_WARNING,
)
from ..task import BackgroundTask, TaskOutcome
from .quality import QualityReportDialog

tr = translator("SlimStadCatalogueDock")
LOG = logging.getLogger(__name__)

# Sources whose layer is opened from local disk (fast, added at once); the others are added by a task.
LOCAL_SOURCE_TYPES = ("gpkg", "file")
# Errors whose message is a translated sentence meant for the user.
USER_ERRORS: Tuple[Type[BaseException], ...] = (CatalogueError, LayerCreationError, OSError)


class CatalogueDock(Protocol):
    """What these actions use of the "Shared data" dock (gui/catalogue/dock.py implements it)."""

    statuses: Any
    entries: List[CatalogueEntry]
    health_cache: Any
    added_layer_ids: List[str]
    adding: Set[str]
    last_snapshot: List[Any]
    quality_dialog: Any

    def project(self) -> QgsProject: ...
    def status_changed(self, entry_id: str) -> None: ...
    def run_task(self, task: QgsTask) -> QgsTask: ...
    iface: Any

    def show_message(self, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info,
                     duration: int = 0, action: Optional[Tuple[str, Callable[[], None]]] = None) -> None: ...


def load(location: str, timeout_s: float = 10.0, data_dir: Optional[str] = None) -> Catalogue:
    """One catalogue, leniently: invalid entries are skipped and listed in ``problems``."""
    return load_catalogue(location, timeout_s=timeout_s, data_dir=data_dir or None, strict=False)


def merge(catalogues: Sequence[Catalogue]) -> MergeResult:
    return merge_catalogues(catalogues)


def add_to_project(entry: CatalogueEntry, project: QgsProject) -> QgsMapLayer:
    """Styled layer with metadata and ``slimstad/catalog_id``, in the sector's group."""
    _precheck_local_source(entry)
    return add_entry_to_project(entry, project, group_by_sector=True)


def add_entry(dock: CatalogueDock, entry: CatalogueEntry, confirmed: bool = False) -> Optional[QgsMapLayer]:
    """Add one entry to the project (group per sector, style, metadata) or report why not.

    Local sources are added at once and returned; network sources are built in a task (None returned, the layer
    appears when the server has answered). An entry already in the project (same catalogue id or same source) is
    not added again unless ``confirmed``: its layer is selected in the Layers panel and the message offers
    "Add another copy" (None returned)."""
    existing = [] if confirmed else layers_of_entry(dock.project(), entry)
    if existing:
        if dock.iface is not None and hasattr(dock.iface, "setActiveLayer"):
            dock.iface.setActiveLayer(existing[0])
        names = ", ".join("'{}'".format(layer.name()) for layer in existing[:3])
        dock.show_message(tr("{title} is already in the project (layer {names}); it is selected in the Layers "
                             "panel.").format(title=entry.display_title(), names=names), Qgis.MessageLevel.Info,
                          action=(tr("Add another copy"), lambda: add_entry(dock, entry, confirmed=True)))
        return None
    if entry.source_type not in LOCAL_SOURCE_TYPES:
        if entry.id in dock.adding:  # a second click while the server is still answering the first
            dock.show_message(tr("{title} is being added; it appears when the server has answered.").format(
                title=entry.display_title()), Qgis.MessageLevel.Info, duration=5)
            return None
        start_add_remote(dock, entry)
        return None
    try:
        layer = add_to_project(entry, dock.project())
    except USER_ERRORS as exc:
        dock.show_message(tr("{title} could not be added: {error}").format(
            title=entry.display_title(), error=str(exc)), Qgis.MessageLevel.Warning)
        return None
    dock.added_layer_ids.append(layer.id())
    dock.show_message(tr("{title} added to the project.").format(title=entry.display_title()),
                      Qgis.MessageLevel.Success, duration=3)
    return layer


def start_add_remote(dock: CatalogueDock, entry: CatalogueEntry) -> BackgroundTask:
    """A WFS/WMS/OAPIF/PostGIS layer is built in a task (its constructor talks to the server), then added."""

    def work(_task: BackgroundTask) -> QgsMapLayer:
        layer = layer_from_entry(entry)
        # Built in the worker thread: hand it to the GUI thread before the project takes it.
        layer.moveToThread(QgsApplication.instance().thread())
        return layer

    def done(outcome: TaskOutcome) -> None:
        if not alive(dock):
            return
        dock.adding.discard(entry.id)
        if outcome.canceled:
            return
        layer = outcome.result
        if outcome.error or layer is None:
            dock.show_message(tr("{title} could not be added: {error}").format(
                title=entry.display_title(), error=outcome.error), Qgis.MessageLevel.Warning)
            return
        project = dock.project()
        project.addMapLayer(layer, False)
        sector_group(project, entry.sector).insertLayer(0, layer)
        dock.added_layer_ids.append(layer.id())
        dock.show_message(tr("{title} added to the project.").format(title=entry.display_title()),
                          Qgis.MessageLevel.Success, duration=3)

    dock.adding.add(entry.id)
    return dock.run_task(BackgroundTask(tr("Adding {title}").format(title=entry.display_title()), work, done))


def _precheck_local_source(entry: CatalogueEntry) -> None:
    """Refuse a local source that does not open, before the core builds its error text.

    Why: on QGIS 3.22 ``layer.error().summary()`` of an invalid OGR layer crashes QGIS (the core's
    layer_from_entry calls it); opening a local GeoPackage twice is cheap, remote sources are not pre-checked.
    """
    if entry.source_type not in ("gpkg", "file"):
        return
    kind, provider, uri = provider_and_uri(entry)
    if kind != "vector":
        return
    if not QgsVectorLayer(uri, entry.id, provider).isValid():
        raise LayerCreationError(tr("the source {source} could not be opened").format(source=uri))


# -- health ----------------------------------------------------------------------------------------------
def _freshness_state(status: str) -> str:
    return {"fresh": FRESH_OK, "stale": FRESH_STALE}.get(status, FRESH_UNKNOWN)


def alive(dock: CatalogueDock) -> bool:
    """False once the dock's C++ object is gone (unload while a task ran): late results are dropped."""
    return not sip.isdeleted(dock)


def apply_health(dock: CatalogueDock, result: Any) -> None:
    """One core HealthResult into the status book and the icons (GUI thread)."""
    status = dock.statuses.get(result.entry_id)
    status.health = {"ok": HEALTH_OK, "warning": HEALTH_WARNING}.get(result.status, HEALTH_ERROR)
    status.health_message = str(result.message or "")
    status.feature_count = result.feature_count
    dock.status_changed(result.entry_id)


def default_health_cache() -> HealthCache:
    """The core's health cache in the QGIS profile (last known state shown before a new check)."""
    return HealthCache()


def apply_cached_health(dock: CatalogueDock) -> None:
    """Show the last known health of entries not checked in this session."""
    if not dock.health_cache:  # None or False: no cache (benchmarks, tests)
        return
    cached = dock.health_cache.load()
    for entry in dock.entries:
        result = cached.get(entry.id)
        if result is not None and dock.statuses.get(entry.id).health == HEALTH_UNKNOWN:
            status = dock.statuses.get(entry.id)
            status.health = {"ok": HEALTH_OK, "warning": HEALTH_WARNING}.get(result.status, HEALTH_ERROR)
            status.health_message = str(result.message or "")
            status.feature_count = result.feature_count


def health_work(entries: Sequence[CatalogueEntry], timeout_s: float, concurrency: int,
                cache: Optional[HealthCache]) -> Any:
    """The work of a health check task: every entry checked (each result reported as it comes), then cached."""

    def work(task: BackgroundTask) -> List[Any]:
        done: Dict[str, int] = {"n": 0}

        def on_result(result: Any) -> None:
            done["n"] += 1
            task.setProgress(100.0 * done["n"] / max(1, len(entries)))
            task.report(result)

        results = run_health_checks(entries, timeout_s, concurrency, on_result, task.isCanceled)
        if cache is not None:
            try:
                cache.update(results)
            except OSError as error:
                LOG.warning("health cache not written: %s", error)
        return results

    return work


def start_health(dock: CatalogueDock, entries: List[CatalogueEntry]) -> List[QgsTask]:
    """Health (results per entry as they come, then cached) and freshness, both in the background."""
    forget_dead_hosts()  # the user asks again: servers remembered as dead are tried again
    settings = SlimStadSettings.load()
    timeout = settings.health_timeout_s
    for entry in entries:
        dock.statuses.get(entry.id).health = HEALTH_RUNNING
        dock.status_changed(entry.id)

    def health_done(_outcome: TaskOutcome) -> None:
        if not alive(dock):  # the plugin was unloaded while the check ran
            return
        for entry in entries:  # anything not reached (cancelled) goes back to "not checked"
            status = dock.statuses.get(entry.id)
            if status.health == HEALTH_RUNNING:
                status.health = HEALTH_UNKNOWN
                dock.status_changed(entry.id)
        bad = sum(1 for entry in entries if dock.statuses.get(entry.id).health == HEALTH_ERROR)
        level = Qgis.MessageLevel.Warning if bad else Qgis.MessageLevel.Success
        dock.show_message(tr("Health check done: {bad} of {n} layers not reachable.").format(
            bad=bad, n=len(entries)), level, duration=5)

    health_task = BackgroundTask(tr("Checking {n} data sources").format(n=len(entries)),
                                 health_work(entries, timeout, settings.health_concurrency, dock.health_cache or None),
                                 health_done, on_partial=lambda result: alive(dock) and apply_health(dock, result))

    def freshness_work(task: BackgroundTask) -> List[Any]:
        out = []
        for number, entry in enumerate(entries):
            if task.isCanceled():
                break
            out.append(check_freshness(entry, timeout_s=timeout))
            task.setProgress(100.0 * (number + 1) / len(entries))
        return out

    def freshness_done(outcome: TaskOutcome) -> None:
        if not alive(dock):
            return
        for result in outcome.result or []:
            status = dock.statuses.get(result.entry_id)
            status.freshness = _freshness_state(result.status)
            status.freshness_text = result.text
            status.last_update = result.last_change.isoformat(timespec="seconds") if result.last_change else ""
            dock.status_changed(result.entry_id)
        if outcome.error:
            dock.show_message(tr("Freshness check stopped: {error}").format(error=outcome.error),
                              Qgis.MessageLevel.Warning)

    freshness_task = BackgroundTask(plural(len(entries), tr("Checking freshness of {n} layer"),
                                           tr("Checking freshness of {n} layers")),
                                  freshness_work, freshness_done)
    return [dock.run_task(health_task), dock.run_task(freshness_task)]


# -- snapshot --------------------------------------------------------------------------------------------
def start_snapshot(dock: CatalogueDock, entries: List[CatalogueEntry], gpkg: Path) -> BackgroundTask:
    """Offline copy of ``entries`` into one GeoPackage (core ``snapshot_entry``) in a background task.

    One entry that cannot be copied (a WMS, a dead server) is reported; the others are still copied.
    """

    def work(task: BackgroundTask) -> Tuple[List[Any], List[str]]:
        infos, problems = [], []
        for number, entry in enumerate(entries):
            if task.isCanceled():
                break
            try:
                infos.append(snapshot_entry(entry, gpkg, feedback=task.feedback))
            except (SnapshotError, LayerCreationError, OSError) as error:
                problems.append(user_message(error) or str(error))
            task.setProgress(100.0 * (number + 1) / len(entries))
        return infos, problems

    def done(outcome: TaskOutcome) -> None:
        if not alive(dock) or outcome.canceled:
            return
        if outcome.error or outcome.result is None:
            dock.show_message(tr("Snapshot failed: {error}").format(error=outcome.error), Qgis.MessageLevel.Warning)
            return
        infos, problems = outcome.result
        for problem in problems:
            dock.show_message(problem, Qgis.MessageLevel.Warning)
        if infos:
            dock.show_message(plural(len(infos), tr("{n} layer copied offline into {path}"),
                                     tr("{n} layers copied offline into {path}"), path=gpkg),
                              Qgis.MessageLevel.Success)
        dock.last_snapshot = infos

    return dock.run_task(BackgroundTask(plural(len(entries), tr("Offline snapshot of {n} layer"),
                                                       tr("Offline snapshot of {n} layers")), work, done))


# -- quality ---------------------------------------------------------------------------------------------
def start_quality(dock: CatalogueDock, entries: List[CatalogueEntry]) -> BackgroundTask:
    """Quality reports of ``entries`` in a task, then shown in a non-modal dialog (``dock.quality_dialog``)."""

    # A server that stops sending features is given up after a few source timeouts, as `catalog check` does.
    idle_s = STALL_FACTOR * SlimStadSettings.load().health_timeout_s

    def work(task: BackgroundTask) -> List[Any]:
        reports = []
        for number, entry in enumerate(entries):
            if task.isCanceled():
                break
            report = check_entry_quality(entry, is_canceled=task.isCanceled, idle_s=idle_s)
            if report is not None:  # raster sources have nothing to check
                reports.append(report)
            task.setProgress(100.0 * (number + 1) / len(entries))
        return reports

    def done(outcome: TaskOutcome) -> None:
        if not alive(dock) or outcome.canceled:
            return
        if outcome.error:
            dock.show_message(tr("Quality report failed: {error}").format(error=outcome.error),
                              Qgis.MessageLevel.Warning)
            return
        dock.quality_dialog = QualityReportDialog(outcome.result or [], dock)
        dock.quality_dialog.show()  # non-modal: never exec() where tests reach

    return dock.run_task(BackgroundTask(plural(len(entries), tr("Quality report of {n} layer"),
                                                       tr("Quality report of {n} layers")), work, done))
