"""Locator filter: typing in QGIS's search bar finds catalogue entries and adds the chosen one to the project.

``fetchResults`` runs in a worker thread: it only reads an immutable list of entries handed over by the dock
and never touches widgets. ``triggerResult`` runs on the GUI thread.
"""

from typing import Callable, List, Optional

from qgis.core import QgsFeedback, QgsLocatorContext, QgsLocatorFilter, QgsLocatorResult

from ...core.base.i18n import qgis_language, translator
from ...core.base.sectors import sector_labels
from ...core.catalogue.model import CatalogueEntry
from ...core.catalogue.view import query_tokens, search_text, text_matches

tr = translator("SlimStadCatalogueLocator")

MAX_RESULTS = 30


class CatalogueLocatorFilter(QgsLocatorFilter):
    """Prefix ``gdd`` (gedeelde data; QGIS ignores plugin prefixes shorter than 3 letters); also without prefix."""

    def __init__(self, entries: Callable[[], List[CatalogueEntry]],
                 add_entry: Callable[[CatalogueEntry], object], parent: Optional[object] = None) -> None:
        super().__init__(parent)
        self._entries = entries
        self._add_entry = add_entry
        self.setUseWithoutPrefix(True)

    def clone(self) -> "CatalogueLocatorFilter":
        return CatalogueLocatorFilter(self._entries, self._add_entry)

    def name(self) -> str:
        return "slimstad_catalogue"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("SlimStad shared data")

    def prefix(self) -> str:
        return "gdd"

    def priority(self) -> QgsLocatorFilter.Priority:
        return QgsLocatorFilter.Priority.Medium

    def find(self, query: str) -> List[CatalogueEntry]:
        """Entries matching every word of ``query`` (title, keywords, owner), best title matches first."""
        tokens = query_tokens(query)
        if not tokens or len("".join(tokens)) < 2:
            return []
        language = qgis_language()  # once: display_title() would read the settings per entry
        hits = [entry for entry in list(self._entries()) if text_matches(search_text(entry), tokens)]
        # Title hits before keyword/owner hits, then alphabetical.
        titles = {entry.id: entry.display_title(language).casefold() for entry in hits}
        hits.sort(key=lambda e: (not all(t in titles[e.id] for t in tokens), titles[e.id]))
        return hits[:MAX_RESULTS]

    def fetchResults(self, string: str, context: QgsLocatorContext, feedback: QgsFeedback) -> None:  # noqa: N802
        labels = sector_labels()
        for entry in self.find(string):
            if feedback is not None and feedback.isCanceled():
                return
            result = QgsLocatorResult()
            result.filter = self
            result.displayString = entry.display_title()
            result.description = " — ".join(part for part in (labels.get(entry.sector, entry.sector), entry.owner)
                                            if part)
            result.group = labels.get(entry.sector, entry.sector)
            result.userData = entry.id
            result.score = 1.0
            self.resultFetched.emit(result)

    def triggerResult(self, result: QgsLocatorResult) -> None:  # noqa: N802 - QGIS API
        entry_id = result.userData
        for entry in list(self._entries()):
            if entry.id == entry_id:
                self._add_entry(entry)
                return
