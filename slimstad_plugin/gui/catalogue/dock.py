"""Dock "Shared data" (Gedeelde data): browse, search and add catalogue layers; check health and quality.

Widgets only: loading, merging, adding layers, health, snapshots and quality reports are core calls; long or
network work runs as QgsTasks so the GUI never blocks.
"""

import logging
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Set, Tuple

from qgis.core import Qgis, QgsApplication, QgsMapLayer, QgsProject, QgsTask
from qgis.gui import QgsDockWidget, QgsFilterLineEdit
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QItemSelection, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ... import RESOURCES_DIR
from ...core.base.i18n import number_locale, translator
from ...core.base.settings import SlimStadSettings
from ...core.catalogue.model import Catalogue, CatalogueEntry
from ...core.catalogue.view import GROUP_BY_OWNER, GROUP_BY_SECTOR, StatusBook, metadata_html
from .. import icons
from ..help import help_button
from ..message_area import MessageArea, push_to_qgis
from ..task import BackgroundTask, TaskOutcome
from . import actions as catalogue_actions
from .data_folder import DataFolderBar
from .harvest_dialog import HarvestDialog
from .model import COLUMN_TITLE, CatalogueFilterProxy, CatalogueItemModel, status_icon
from .publish_dialog import PublishDialog

tr = translator("SlimStadCatalogueDock")
LOG = logging.getLogger(__name__)

SHIPPED_CATALOGUE = RESOURCES_DIR / "catalogues" / "voorbeeldstad.json"
DOCK_OBJECT_NAME = "slimstad_catalogue_dock"
DIRECT_LOAD_MAX_BYTES = 256 * 1024  # ~100 entries: validated in well under 100 ms


def is_remote(location: str) -> bool:
    """http(s) URLs always load in a QgsTask."""
    return location.lower().startswith(("http://", "https://"))


class CatalogueDock(QgsDockWidget):
    """The tree (sector/owner), search box, metadata pane, message area and action toolbar."""

    def __init__(self, iface: object, parent: Optional[QWidget] = None,
                 locations: Optional[Callable[[], List[str]]] = None,
                 project: Optional[QgsProject] = None, data_dir: Optional[str] = None,
                 health_cache: Optional[object] = None) -> None:
        """``health_cache``: the core HealthCache (default: in the QGIS profile); False for none.
        ``data_dir``: where relative data paths resolve for every catalogue (default: the settings' data folder,
        see :meth:`data_dir_for`)."""
        super().__init__(tr("Shared data"), parent)
        self.setLocale(number_locale())  # spin boxes write numbers like the texts: "500,00 m" in nl/fr
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self._project = project
        # Folder where relative GeoPackage paths of local catalogues resolve, when fixed by the caller.
        self.data_dir = data_dir or None
        self.quality_dialog: Optional[QWidget] = None
        self.harvest_dialog: Optional[HarvestDialog] = None
        self.publish_dialog: Optional[PublishDialog] = None
        self.last_snapshot: List[object] = []
        self.added_layer_ids: List[str] = []  # this session's additions (ids: layers may be removed later)
        self.adding: Set[str] = set()  # entries whose (network) layer is being built: never started twice
        self.health_cache = health_cache if health_cache is not None else catalogue_actions.default_health_cache()
        self._locations = locations or default_locations
        self.catalogues: Dict[str, Catalogue] = {}
        self.load_errors: Dict[str, str] = {}
        self.entries: List[CatalogueEntry] = []
        self.statuses = StatusBook()
        self.tasks: List[QgsTask] = []  # Python must hold running tasks or they are collected
        self.listeners: List[Callable[[List[CatalogueEntry]], None]] = []  # called with the entries on rebuild
        self.status_listeners: List[Callable[[], None]] = []  # called after health/freshness results (coalesced)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(150)
        self._status_timer.timeout.connect(self._notify_status_listeners)
        self.mode = GROUP_BY_SECTOR
        self._build_widgets()

    # -- widgets ---------------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.toolbar = QToolBar(body)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.action_add = self._tool(tr("Add to project"), icons.ADD_LAYER, self.add_selected_to_project,
                                     tip=tr("Add the selected layers to the project, styled and with their "
                                            "metadata (or double-click an entry)"))
        self.action_health = self._tool(tr("Check health"), "", self.check_health, "health_ok",
                                        tip=tr("Open every selected layer (or all) in the background and show "
                                               "whether it is reachable"))
        self.action_snapshot = self._tool(tr("Make offline snapshot…"), icons.SAVE, self.ask_snapshot,
                                          tip=tr("Copy the selected layers into a GeoPackage to work without "
                                                 "network"))
        self.action_quality = self._tool(tr("Quality report"), icons.CHECK_GEOMETRY,
                                         self.show_quality_report,
                                         tip=tr("Count empty geometries, duplicates and missing values of the "
                                                "selected layers"))
        self.toolbar.addSeparator()
        self.action_by_owner = self._tool(tr("Group by owner"), icons.GROUP_ITEMS, self.toggle_grouping,
                                          tip=tr("Group the catalogue by owning department instead of by sector"))
        self.action_by_owner.setCheckable(True)
        self.action_reload = self._tool(tr("Reload catalogues"), icons.REFRESH, self.reload,
                                        tip=tr("Read every catalogue again"))
        self.add_menu = QMenu(body)
        self.action_add_file = self.add_menu.addAction(tr("Add catalogue file…"), self.ask_catalogue_file)
        self.action_add_url = self.add_menu.addAction(tr("Add catalogue URL…"), self.ask_catalogue_url)
        self.add_menu.addSeparator()
        self.action_harvest = self.add_menu.addAction(tr("Harvest from a metadata catalogue…"),
                                                      self.open_harvest_dialog)
        self.action_publish = self.add_menu.addAction(tr("Publish as DCAT-AP / ISO…"), self.open_publish_dialog)
        add_button = QToolButton(self.toolbar)
        add_button.setIcon(icons.theme_icon(icons.ADD))
        add_button.setToolTip(tr("Add a catalogue file or address; SlimStad remembers it"))
        add_button.setMenu(self.add_menu)
        add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(add_button)
        self.toolbar.addWidget(help_button("catalogue", self.toolbar))
        layout.addWidget(self.toolbar)
        self.data_folder = DataFolderBar(self.iface, self.reload, body)
        layout.addWidget(self.data_folder)

        self.search = QgsFilterLineEdit(body)
        self.search.setShowSearchIcon(True)
        self.search.setPlaceholderText(tr("Search title, keyword or owner…"))
        self.search.setToolTip(tr("Filter the catalogue as you type: title, keyword, owner or sector"))
        self.search.textChanged.connect(self.set_query)
        layout.addWidget(self.search)

        self.message_bar = MessageArea(body)
        layout.addWidget(self.message_bar)

        self.model = CatalogueItemModel(self)
        self.proxy = CatalogueFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(body)
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)  # keeps 5,000 rows cheap to lay out
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.doubleClicked.connect(lambda _index: self.add_selected_to_project())
        self.tree.setToolTip(tr("The shared layers; double-click one to add it to the project"))
        self.tree.setMinimumHeight(90)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self._configure_header()
        self.metadata = QTextBrowser(body)
        self.metadata.setOpenExternalLinks(True)
        self.metadata.setOpenLinks(True)
        self.metadata.setToolTip(tr("Metadata of the selected layer"))
        self.metadata.setMinimumHeight(40)
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.metadata)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)
        scroll = QScrollArea(self)  # the dock can shrink on a laptop screen; its content then scrolls
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._update_actions()

    def _tool(self, text: str, theme_icon: str, slot: Callable[[], None], own_icon: str = "",
              tip: str = "") -> QAction:
        icon = status_icon(own_icon) if own_icon else icons.theme_icon(theme_icon)
        action = QAction(icon, text, self)
        action.setToolTip(tip or text)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    def _configure_header(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 22)

    # -- catalogues ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """(Re)load every catalogue source: local files now, URLs in background tasks."""
        self.catalogues.clear()
        self.load_errors.clear()
        self.message_bar.clearWidgets()
        for location in self._locations():
            self.load_location(location)
        self.rebuild()

    def load_location(self, location: str) -> None:
        """Load one source; a failure is reported and the other catalogues stay.

        URLs and big files load in a QgsTask (validating 5,000 entries takes seconds); a small local file
        is read at once so the dock is filled when it opens.
        """
        if is_remote(location) or _file_size(location) > DIRECT_LOAD_MAX_BYTES:
            timeout = SlimStadSettings.load().health_timeout_s
            data_dir = self.data_dir_for(location)
            task = BackgroundTask(tr("Loading catalogue {url}").format(url=location),
                                  lambda _task: catalogue_actions.load(location, timeout, data_dir),
                                  lambda outcome: self._catalogue_loaded(location, outcome))
            self.run_task(task)
            return
        try:
            catalogue = catalogue_actions.load(location, data_dir=self.data_dir_for(location))
        except catalogue_actions.USER_ERRORS as exc:
            self._catalogue_failed(location, str(exc))
            return
        self._accept_catalogue(location, catalogue)

    def data_dir_for(self, location: str) -> Optional[str]:
        """Where relative data paths of ``location`` resolve: the caller's folder, else the data folder chosen in
        the settings (or by the roll-out) for every catalogue, else — for the shipped sample catalogue only —
        the default folder in the profile where "Create sample city" writes."""
        if self.data_dir:
            return self.data_dir
        return SlimStadSettings.load().catalogue_data_dir(location) or None

    def _catalogue_loaded(self, location: str, outcome: TaskOutcome) -> None:
        if not catalogue_actions.alive(self) or outcome.canceled:
            return
        if outcome.error or outcome.result is None:
            self._catalogue_failed(location, outcome.error or tr("Empty answer"))
            return
        self._accept_catalogue(location, outcome.result)
        self.rebuild()

    def _accept_catalogue(self, location: str, catalogue: Catalogue) -> None:
        self.catalogues[location] = catalogue
        problems = list(getattr(catalogue, "problems", []) or [])
        if problems:
            self.show_message(tr("{n} invalid entries skipped in {location}: {problems}").format(
                n=len(problems), location=location, problems="; ".join(problems[:3])), Qgis.MessageLevel.Warning)

    def _catalogue_failed(self, location: str, message: str) -> None:
        self.load_errors[location] = message
        self.show_message(tr("Catalogue {location} could not be loaded: {error}").format(
            location=location, error=message), Qgis.MessageLevel.Warning)

    def rebuild(self) -> None:
        """Merge the loaded catalogues (first one wins on duplicate ids) and rebuild the tree."""
        order = {location: number for number, location in enumerate(self._locations())}
        # The configured order decides which catalogue wins a duplicate id, not which one loaded first.
        ordered = sorted(self.catalogues.items(), key=lambda item: order.get(item[0], len(order)))
        merged = catalogue_actions.merge([catalogue for _location, catalogue in ordered])
        self.entries = merged.entries
        catalogue_actions.apply_cached_health(self)
        if merged.duplicates:
            ids = sorted({duplicate[0] for duplicate in merged.duplicates})
            self.show_message(tr("{n} duplicate entry ids ignored (the first catalogue wins): {ids}").format(
                n=len(merged.duplicates), ids=", ".join(ids[:5])), Qgis.MessageLevel.Info)
        self.model.set_entries(self.entries, self.mode, self.statuses)
        self._configure_header()
        self.expand_groups()
        self.metadata.clear()
        self._update_actions()
        for listener in list(self.listeners):
            listener(self.entries)

    def add_catalogue_location(self, location: str) -> bool:
        """Remember a catalogue file or URL in the settings and load it; False when already present."""
        location = location.strip()
        if not location:
            return False
        settings = SlimStadSettings.load()
        if location in settings.catalogue_urls or location == str(SHIPPED_CATALOGUE):
            self.show_message(tr("This catalogue is already in the list."), Qgis.MessageLevel.Info)
            return False
        settings.catalogue_urls.append(location)
        settings.save()
        self.load_location(location)
        self.rebuild()
        return True

    def ask_catalogue_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Add catalogue file"), "",
                                                    tr("SlimStad catalogue (*.json)"))
        if path:
            self.add_catalogue_location(path)

    def ask_catalogue_url(self) -> None:
        url, ok = QInputDialog.getText(self, tr("Add catalogue URL"), tr("Address of the catalogue (https://…):"))
        if ok and url:
            self.add_catalogue_location(url)

    def open_harvest_dialog(self) -> HarvestDialog:
        """Non-modal "Harvest from a metadata catalogue…" (CSW or DCAT-AP into one of the city's catalogues)."""
        if self.harvest_dialog is None or sip.isdeleted(self.harvest_dialog):
            self.harvest_dialog = HarvestDialog(self, self)
        self.harvest_dialog.refresh_targets()
        self.harvest_dialog.show()
        self.harvest_dialog.raise_()
        return self.harvest_dialog

    def open_publish_dialog(self) -> PublishDialog:
        """Non-modal "Publish as DCAT-AP / ISO…" of one of the loaded catalogues."""
        if self.publish_dialog is not None and not sip.isdeleted(self.publish_dialog):
            self.publish_dialog.close()
        self.publish_dialog = PublishDialog(self, self)
        self.publish_dialog.show()
        return self.publish_dialog

    # -- tree ------------------------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Search-as-you-type."""
        self.proxy.set_query(text)
        if text:
            self.expand_groups()

    def expand_groups(self) -> None:
        """Open every group (not expandAll: that visits all 5,000 entry rows to look for grandchildren)."""
        for row in range(self.proxy.rowCount()):
            self.tree.expand(self.proxy.index(row, 0))

    def set_grouping(self, mode: str) -> None:
        """Group the tree by sector or by owner."""
        if mode not in (GROUP_BY_SECTOR, GROUP_BY_OWNER) or mode == self.mode:
            return
        self.mode = mode
        self.action_by_owner.setChecked(mode == GROUP_BY_OWNER)
        self.rebuild()

    def toggle_grouping(self) -> None:
        self.set_grouping(GROUP_BY_OWNER if self.action_by_owner.isChecked() else GROUP_BY_SECTOR)

    def selected_entries(self) -> List[CatalogueEntry]:
        """Entries of the selected rows, in tree order."""
        seen: Dict[str, CatalogueEntry] = {}
        for proxy_index in self.tree.selectionModel().selectedRows(COLUMN_TITLE):
            entry = self.model.entry_at(self.proxy.mapToSource(proxy_index))
            if entry is not None:
                seen.setdefault(entry.id, entry)
        return list(seen.values())

    def select_entry(self, entry_id: str) -> bool:
        """Select the row of ``entry_id`` (if the filter shows it)."""
        for group_row in range(self.proxy.rowCount()):
            group = self.proxy.index(group_row, 0)
            for row in range(self.proxy.rowCount(group)):
                index = self.proxy.index(row, COLUMN_TITLE, group)
                entry = self.model.entry_at(self.proxy.mapToSource(index))
                if entry is not None and entry.id == entry_id:
                    self.tree.setCurrentIndex(index)
                    return True
        return False

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.show_metadata()
        self._update_actions()

    def show_metadata(self) -> None:
        """Metadata of the first selected entry (all catalogue text escaped)."""
        entries = self.selected_entries()
        if not entries:
            self.metadata.clear()
            return
        entry = entries[0]
        self.metadata.setHtml(metadata_html(entry, self.statuses.get(entry.id)))

    def _update_actions(self) -> None:
        has_selection = bool(self.selected_entries())
        self.action_add.setEnabled(has_selection)
        self.action_snapshot.setEnabled(has_selection)
        self.action_health.setEnabled(bool(self.entries))
        self.action_quality.setEnabled(has_selection)

    # -- actions ---------------------------------------------------------------------------------------
    def project(self) -> QgsProject:
        return self._project or QgsProject.instance()

    def add_selected_to_project(self) -> List[QgsMapLayer]:
        """Add every selected entry; one failure is reported without stopping the others."""
        return [layer for layer in (self.add_entry(entry) for entry in self.selected_entries()) if layer]

    def add_entry(self, entry: CatalogueEntry, confirmed: bool = False) -> Optional[QgsMapLayer]:
        """Add one entry to the project (group per sector, style, metadata) or report why not; an entry already
        in the project is only selected unless ``confirmed`` (see catalogue_actions.add_entry)."""
        return catalogue_actions.add_entry(self, entry, confirmed)

    def check_health(self, entries: Optional[Sequence[CatalogueEntry]] = None) -> List[QgsTask]:
        """Start health and freshness checks (given, selected, or all entries); icons update as results come."""
        entries = list(entries or self.selected_entries() or self.entries)
        if not entries:
            return []
        return catalogue_actions.start_health(self, entries)

    def status_changed(self, entry_id: str) -> None:
        """A health/freshness result arrived: refresh the icons and, if shown, the metadata."""
        self.model.update_status(entry_id)
        shown = self.selected_entries()
        if shown and shown[0].id == entry_id:
            self.show_metadata()
        self._status_timer.start()  # nine results in a burst: one notification

    def _notify_status_listeners(self) -> None:
        for listener in list(self.status_listeners):
            listener()

    def ask_snapshot(self) -> None:
        entries = self.selected_entries()
        if not entries:
            return
        start = Path(SlimStadSettings.load().snapshot_dir or Path.home()) / "slimstad_snapshot.gpkg"
        path, _filter = QFileDialog.getSaveFileName(self, tr("GeoPackage for the offline snapshot"), str(start),
                                                    tr("GeoPackage (*.gpkg)"))
        if path:
            self.make_snapshot(entries, Path(path))

    def make_snapshot(self, entries: Sequence[CatalogueEntry], gpkg: Path) -> QgsTask:
        """Copy the entries into an offline GeoPackage in a background task."""
        return catalogue_actions.start_snapshot(self, list(entries), gpkg)

    def show_quality_report(self, entries: Optional[Sequence[CatalogueEntry]] = None) -> Optional[QgsTask]:
        """Quality report of the selected entries, computed in a task, shown in a non-modal dialog."""
        entries = list(entries or self.selected_entries())
        if not entries:
            return None
        return catalogue_actions.start_quality(self, entries)

    # -- tasks and messages ----------------------------------------------------------------------------
    def run_task(self, task: QgsTask) -> QgsTask:
        """Hand a task to QGIS's task manager and keep it alive until it is done."""
        self.tasks.append(task)
        task.taskCompleted.connect(lambda: self._forget(task))
        task.taskTerminated.connect(lambda: self._forget(task))
        QgsApplication.taskManager().addTask(task)
        return task

    def _forget(self, task: object) -> None:
        if task in self.tasks:
            self.tasks.remove(task)

    def show_message(self, text: str, level: Qgis.MessageLevel = Qgis.MessageLevel.Info,
                     duration: int = 0, action: Optional[Tuple[str, Callable[[], None]]] = None) -> None:
        """Into the dock's message area (``action``: a button's text and what it does), and warnings also into
        QGIS's message bar."""
        self.message_bar.pushMessage(tr("Shared data"), text, level, duration, action=action)
        if level in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical):
            push_to_qgis(self.iface.messageBar(), tr("Shared data"), text, level, 8)

    def cancel_tasks(self) -> None:
        """On unload: stop what is still running (their callbacks then find no dock)."""
        for task in list(self.tasks):
            task.cancel()


def _file_size(location: str) -> int:
    try:
        return Path(location).stat().st_size
    except OSError:
        return 0  # missing file: loading it directly gives the clear "does not exist" message


def default_locations() -> List[str]:
    """The shipped sample catalogue first, then the user's files and URLs from the settings."""
    return [str(SHIPPED_CATALOGUE)] + [loc for loc in SlimStadSettings.load().effective_catalogue_urls() if loc]
