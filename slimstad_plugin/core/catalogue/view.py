"""GUI-free logic behind the "Shared data" dock and locator: search text, matching, grouping, metadata HTML.

Everything a catalogue supplies is untrusted text: :func:`metadata_html` escapes all of it.
"""

import html
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from ..base.i18n import translator
from ..base.sectors import sector_labels
from .model import CatalogueEntry

tr = translator("SlimStadCatalogueView")

GROUP_BY_SECTOR = "sector"
GROUP_BY_OWNER = "owner"

HEALTH_UNKNOWN, HEALTH_OK, HEALTH_WARNING, HEALTH_ERROR, HEALTH_RUNNING = "unknown", "ok", "warning", "error", "running"
FRESH_UNKNOWN, FRESH_OK, FRESH_STALE = "unknown", "fresh", "stale"


@dataclass
class EntryStatus:
    """What the dock's status icons show for one entry; filled by health and freshness checks."""

    health: str = HEALTH_UNKNOWN
    health_message: str = ""
    freshness: str = FRESH_UNKNOWN
    freshness_text: str = ""
    last_update: str = ""
    feature_count: Optional[int] = None


@dataclass
class StatusBook:
    """Status per entry id (entries without one are "unknown")."""

    by_id: Dict[str, EntryStatus] = field(default_factory=dict)

    def get(self, entry_id: str) -> EntryStatus:
        """Status of ``entry_id``, created on first use."""
        status = self.by_id.get(entry_id)
        if status is None:
            status = self.by_id[entry_id] = EntryStatus()
        return status


def search_text(entry: CatalogueEntry) -> str:
    """Lower-case haystack for search-as-you-type: titles in every language, keywords, owner, id."""
    parts: List[str] = [entry.id, entry.owner]
    parts.extend(str(v) for v in (entry.title or {}).values())
    parts.extend(entry.keywords or ())
    return "\n".join(parts).casefold()


def query_tokens(query: str) -> Tuple[str, ...]:
    """Split what the user typed into lower-case words (each must occur somewhere)."""
    return tuple(word for word in query.casefold().split() if word)


def text_matches(haystack: str, tokens: Sequence[str]) -> bool:
    """True when every token occurs in ``haystack`` (an empty query matches everything)."""
    return all(token in haystack for token in tokens)


def filter_entries(entries: Iterable[CatalogueEntry], query: str) -> List[CatalogueEntry]:
    """Entries whose title, keywords or owner contain every word of ``query``."""
    tokens = query_tokens(query)
    return [entry for entry in entries if text_matches(search_text(entry), tokens)]


def group_key(entry: CatalogueEntry, mode: str) -> str:
    """The raw group an entry falls in: its sector id or its owner."""
    if mode == GROUP_BY_OWNER:
        return entry.owner.strip()
    return entry.sector or "andere"


def group_label(key: str, mode: str) -> str:
    """Readable group name: translated sector label, or the owner (with a placeholder when empty)."""
    if mode == GROUP_BY_OWNER:
        return key or tr("(owner unknown)")
    return sector_labels().get(key, key)


def group_entries(entries: Iterable[CatalogueEntry], mode: str,
                  language: Optional[str] = None) -> List[Tuple[str, str, List[CatalogueEntry]]]:
    """``[(key, label, entries)]`` sorted by label, entries sorted by display title."""
    groups: Dict[str, List[CatalogueEntry]] = {}
    for entry in entries:
        groups.setdefault(group_key(entry, mode), []).append(entry)
    out = []
    for key, members in groups.items():
        members.sort(key=lambda e: e.display_title(language).casefold())
        out.append((key, group_label(key, mode), members))
    out.sort(key=lambda item: item[1].casefold())
    return out


def licence_label(licence_type: str) -> str:
    """Translated licence type."""
    return {"open": tr("Open data"), "internal": tr("Internal (city only)"),
            "restricted": tr("Restricted")}.get(licence_type, licence_type or tr("Unknown"))


def health_label(health: str) -> str:
    """Translated health state."""
    return {HEALTH_OK: tr("Reachable"), HEALTH_WARNING: tr("Reachable, with warnings"),
            HEALTH_ERROR: tr("Not reachable"), HEALTH_RUNNING: tr("Checking…"),
            HEALTH_UNKNOWN: tr("Not checked")}.get(health, health)


def freshness_label(freshness: str) -> str:
    """Translated freshness state."""
    return {FRESH_OK: tr("Up to date"), FRESH_STALE: tr("Out of date"),
            FRESH_UNKNOWN: tr("Unknown")}.get(freshness, freshness)


def _row(label: str, value: str, link: bool = False) -> str:
    if not value:
        return ""
    text = html.escape(value)
    if link and value.lower().startswith(("http://", "https://")):
        text = '<a href="{0}">{0}</a>'.format(text)
    return "<tr><th align='left' valign='top'>{}</th><td>{}</td></tr>".format(html.escape(label), text)


def metadata_html(entry: CatalogueEntry, status: Optional[EntryStatus] = None,
                  language: Optional[str] = None) -> str:
    """The metadata pane's HTML; every value from the catalogue goes through ``html.escape``."""
    status = status or EntryStatus()
    steward = entry.steward or {}
    steward_text = ", ".join(str(steward[k]) for k in ("name", "email", "phone") if steward.get(k))
    licence = entry.licence
    licence_text = licence_label(licence.type)
    if licence.name:
        licence_text = "{} — {}".format(licence_text, licence.name)
    health_text = health_label(status.health)
    if status.health_message:
        health_text = "{} ({})".format(health_text, status.health_message)
    if status.feature_count is not None:
        health_text = "{} — {}".format(health_text, tr("{n} features").format(n=status.feature_count))
    freshness_text = freshness_label(status.freshness)
    if status.freshness_text:
        freshness_text = "{} — {}".format(freshness_text, status.freshness_text)
    elif status.last_update:
        freshness_text = "{} — {}".format(freshness_text, tr("last change {date}").format(date=status.last_update))
    rows = [
        _row(tr("Sector"), sector_labels().get(entry.sector, entry.sector)),
        _row(tr("Owner"), entry.owner),
        _row(tr("Steward"), steward_text),
        _row(tr("Licence"), licence_text),
        _row(tr("Licence URL"), licence.url, link=True),
        _row(tr("Update rhythm"), entry.update_rhythm),
        _row(tr("Source type"), entry.source_type),
        _row(tr("Keywords"), ", ".join(entry.keywords or ())),
        _row(tr("Health"), health_text),
        _row(tr("Freshness"), freshness_text),
        _row(tr("Catalogue id"), entry.id),
        _row(tr("Catalogue"), entry.origin),
    ]
    description = entry.display_description(language)
    return "<h3>{}</h3>{}<table cellspacing='2'>{}</table>".format(
        html.escape(entry.display_title(language)),
        "<p>{}</p>".format(html.escape(description).replace("\n", "<br/>")) if description else "",
        "".join(rows),
    )
