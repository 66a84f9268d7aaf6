"""Item model and filter proxy for the "Shared data" tree: groups (sector or owner) with entries below.

A custom two-level QAbstractItemModel instead of QStandardItemModel: building 5,000 rows creates no Qt items
(a QStandardItemModel took ~0.8 s), and the proxy filters on match flags computed in one pure-Python pass.
"""

from typing import Any, Dict, List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QAbstractItemModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QIcon

from ...core.base.i18n import qgis_language, translator
from ...core.catalogue.model import CatalogueEntry
from ...core.catalogue.view import (
    FRESH_OK,
    GROUP_BY_SECTOR,
    EntryStatus,
    StatusBook,
    freshness_label,
    group_entries,
    health_label,
    licence_label,
    query_tokens,
    search_text,
    text_matches,
)
from ..icons import own_icon

tr = translator("SlimStadCatalogueDock")

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_KEY_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMN_TITLE, COLUMN_HEALTH, COLUMN_FRESHNESS, COLUMN_LICENCE = range(4)
LICENCE_ICONS = ("open", "internal", "restricted")

def status_icon(name: str) -> QIcon:
    """One of the plain SVG icons in resources/icons (cached: thousands of rows share a handful)."""
    return own_icon(name)


def health_icon_name(status: EntryStatus) -> str:
    return "health_{}".format(status.health)


def freshness_icon_name(status: EntryStatus) -> str:
    return "fresh_ok" if status.freshness == FRESH_OK else "fresh_{}".format(status.freshness)


def licence_icon_name(entry: CatalogueEntry) -> str:
    # An unknown licence type is shown as the most cautious one.
    return "licence_{}".format(entry.licence.type if entry.licence.type in LICENCE_ICONS else "restricted")


class _Group:
    """One top-level row; entries keep a reference to it as their index's internal pointer."""

    __slots__ = ("row", "key", "label", "entries", "haystacks")

    def __init__(self, row: int, key: str, label: str, entries: List[CatalogueEntry]) -> None:
        self.row = row
        self.key = key
        self.label = label
        self.entries = entries
        self.haystacks = [search_text(entry) for entry in entries]


class CatalogueItemModel(QAbstractItemModel):
    """Tree of groups and entries; status icons come from a shared :class:`StatusBook`."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.groups: List[_Group] = []
        self.entries_by_id: Dict[str, CatalogueEntry] = {}
        self._position: Dict[str, Tuple[int, int]] = {}
        self.statuses = StatusBook()
        self.mode = GROUP_BY_SECTOR
        self.language: Optional[str] = None
        self._headers = [tr("Layer"), "", "", ""]
        self._header_tips = ["", tr("Health"), tr("Freshness"), tr("Licence")]

    def set_entries(self, entries: Sequence[CatalogueEntry], mode: str, statuses: StatusBook,
                    language: Optional[str] = None) -> None:
        """Rebuild the tree grouped by ``mode`` (sector or owner)."""
        # Resolve the language once: display_title() would otherwise read QgsSettings for every row.
        language = language or qgis_language()
        self.beginResetModel()
        self.mode = mode
        self.statuses = statuses
        self.language = language
        self.groups = [_Group(row, key, label, members)
                       for row, (key, label, members) in enumerate(group_entries(entries, mode, language))]
        self.entries_by_id = {}
        self._position = {}
        for group in self.groups:
            for row, entry in enumerate(group.entries):
                self.entries_by_id[entry.id] = entry
                self._position[entry.id] = (group.row, row)
        self.endResetModel()

    # -- QAbstractItemModel --------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        # Hot path (called for every visible row): no helper calls.
        if column < 0 or column > 3 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, None) if row < len(self.groups) else QModelIndex()
        if parent.internalPointer() is not None:
            return QModelIndex()
        group = self.groups[parent.row()]
        return self.createIndex(row, column, group) if row < len(group.entries) else QModelIndex()

    def _group_of(self, index: QModelIndex) -> Optional[_Group]:
        """The group a top-level index stands for (None for entry indexes)."""
        if index.internalPointer() is None and 0 <= index.row() < len(self.groups):
            return self.groups[index.row()]
        return None

    def parent(self, index: QModelIndex = None) -> Any:  # PyQt: parent() without index is QObject.parent
        if index is None:
            return QObject.parent(self)
        group = index.internalPointer() if index.isValid() else None
        if group is None:
            return QModelIndex()
        return self.createIndex(group.row, 0, None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        if not parent.isValid():
            return len(self.groups)
        if parent.column() != 0:
            return 0
        group = self._group_of(parent)
        return len(group.entries) if group is not None else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 4

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalPointer() is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 4:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = index.internalPointer()
        column = index.column()
        if group is None:
            group = self.groups[index.row()]
            if column == COLUMN_TITLE:
                if role == Qt.ItemDataRole.DisplayRole:
                    return "{} ({})".format(group.label, len(group.entries))
                if role == GROUP_KEY_ROLE:
                    return group.key
            return None
        entry = group.entries[index.row()]
        if role == ENTRY_ID_ROLE:
            return entry.id
        if column == COLUMN_TITLE:
            if role == Qt.ItemDataRole.DisplayRole:
                return entry.display_title(self.language)
            if role == Qt.ItemDataRole.ToolTipRole:
                return entry.owner
            if role == SEARCH_ROLE:
                return group.haystacks[index.row()]
            return None
        if role not in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
            return None
        status = self.statuses.get(entry.id)
        decoration = role == Qt.ItemDataRole.DecorationRole
        if column == COLUMN_HEALTH:
            if decoration:
                return status_icon(health_icon_name(status))
            tip = health_label(status.health)
            return "{}: {}".format(tip, status.health_message) if status.health_message else tip
        if column == COLUMN_FRESHNESS:
            if decoration:
                return status_icon(freshness_icon_name(status))
            tip = freshness_label(status.freshness)
            return "{} ({})".format(tip, status.last_update) if status.last_update else tip
        if column == COLUMN_LICENCE:
            return status_icon(licence_icon_name(entry)) if decoration else licence_label(entry.licence.type)
        return None

    # -- helpers -------------------------------------------------------------------------------------
    def update_status(self, entry_id: str) -> None:
        """Repaint one entry's status icons (no rebuild: selection and expansion stay)."""
        position = self._position.get(entry_id)
        if position is None:
            return
        group = self.groups[position[0]]
        first = self.createIndex(position[1], COLUMN_HEALTH, group)
        last = self.createIndex(position[1], COLUMN_LICENCE, group)
        self.dataChanged.emit(first, last, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def entry_at(self, index: QModelIndex) -> Optional[CatalogueEntry]:
        """The entry of a source-model index in any column, or None for a group row."""
        if not index.isValid():
            return None
        group = index.internalPointer()
        return group.entries[index.row()] if group is not None else None

    def source_index(self, entry_id: str) -> QModelIndex:
        """Title-column index of an entry (invalid when unknown)."""
        position = self._position.get(entry_id)
        if position is None:
            return QModelIndex()
        return self.createIndex(position[1], COLUMN_TITLE, self.groups[position[0]])


class CatalogueFilterProxy(QSortFilterProxyModel):
    """Search-as-you-type: every typed word must occur in an entry's title, keywords or owner."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._tokens: Tuple[str, ...] = ()
        self._accepted: List[List[bool]] = []
        self._group_accepted: List[bool] = []
        self._computed_for: Optional[List[Any]] = None  # the source's group list the flags belong to
        self.setDynamicSortFilter(False)  # status repaints must not re-run the filter

    def set_query(self, text: str) -> None:
        """Filter on ``text`` (an empty text shows everything)."""
        tokens = query_tokens(text)
        if tokens == self._tokens:
            return
        self._tokens = tokens
        self._recompute()
        self.invalidateFilter()

    def _recompute(self) -> None:
        # One pure-Python pass; filterAcceptsRow then only looks flags up.
        model = self.sourceModel()
        tokens = self._tokens
        self._computed_for = model.groups
        self._accepted = [[text_matches(h, tokens) for h in group.haystacks] for group in model.groups]
        self._group_accepted = [any(flags) for flags in self._accepted]

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 - Qt API
        if not self._tokens:
            return True
        if self._computed_for is not self.sourceModel().groups:  # the source was rebuilt (regrouping)
            self._recompute()
        if not source_parent.isValid():
            return self._group_accepted[source_row]
        return self._accepted[source_parent.row()][source_row]

    def visible_entry_count(self) -> int:
        """Number of entry rows the filter lets through (what the tests and the status line count)."""
        return sum(self.rowCount(self.index(row, 0)) for row in range(self.rowCount()))
