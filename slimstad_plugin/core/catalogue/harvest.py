"""Harvest catalogue entries from a CSW 2.0.2 endpoint (ISO 19139) or a DCAT-AP file or URL, and merge them.

    result = harvest("https://metadata.vlaanderen.be/srv/dut/csw", query="kinderopvang")
    report = merge_entries(catalogue, result.entries)

One entry per dataset with a usable online resource (see ``standards/links.py``); every other record is
counted in ``result.skipped`` with its reason. Entry ids come from the record identifiers, so harvesting
again updates entries (``merge_entries`` keeps what the city added: sector, style, field roles, freshness
column, authcfg, and any text the source leaves empty). Mapping: docs/catalogue.md, "Harvest and publish".
"""

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Tuple, Union

from ..base.errors import Canceled
from ..base.i18n import translator
from ..base.network import Response, redact_url
from .model import Catalogue, CatalogueEntry
from .schema import validate
from .standards import record as records
from .standards.csw import harvest_csw, iter_iso
from .standards.dcat_read import ACCEPT_RDF, load_dcat
from .standards.errors import HarvestError
from .standards.fetch import fetch, is_html, local_name, parse_xml
from .standards.iso_read import read_record
from .standards.record import HarvestedRecord, RecordSkipped, to_entry

tr = translator("SlimStadHarvest")
CSW, DCAT = "csw", "dcat"
INVALID = "invalid"
# Fields the city owns: a harvest never overwrites them.
LOCAL_FIELDS = ("sector", "style", "fields")
# Mapped fields the source may leave empty: the city's value is then kept.
KEEP_WHEN_EMPTY = ("description", "steward", "update_rhythm", "keywords", "extent", "extent_crs")


@dataclass
class Skip:
    """A record that gave no entry."""

    label: str
    reason: str      # one of standards.record.SKIP_REASONS or INVALID
    detail: str = ""


@dataclass
class HarvestResult:
    """Entries harvested from one source and what was skipped."""

    source: str
    kind: str
    entries: List[CatalogueEntry] = field(default_factory=list)
    skipped: List[Skip] = field(default_factory=list)
    records: int = 0           # records read from the source
    matched: int = 0           # records the source announced (CSW numberOfRecordsMatched)
    notes: List[str] = field(default_factory=list)
    elapsed_s: float = 0.0

    def skip_counts(self) -> Dict[str, int]:
        """Skipped records per reason."""
        counts: Dict[str, int] = {}
        for skip in self.skipped:
            counts[skip.reason] = counts.get(skip.reason, 0) + 1
        return counts

    def summary(self) -> str:
        """One translated sentence: records read, entries, skipped per reason."""
        reasons = {records.NO_USABLE_LINK: tr("without a usable online resource"),
                   records.NOT_A_DATASET: tr("not a dataset"), records.DUPLICATE: tr("duplicate identifier"),
                   records.NO_IDENTIFIER: tr("without identifier"), records.UNREADABLE: tr("unreadable"),
                   INVALID: tr("invalid after mapping")}
        parts = ["{} {}".format(n, reasons.get(reason, reason)) for reason, n in sorted(self.skip_counts().items())]
        text = tr("{source}: {records} records read, {entries} entries, {skipped} skipped").format(
            source=self.source, records=self.records, entries=len(self.entries), skipped=len(self.skipped))
        return text + (" ({})".format(", ".join(parts)) if parts else "")


@dataclass
class MergeReport:
    """What merging harvested entries into a catalogue did (ids)."""

    added: List[str] = field(default_factory=list)
    updated: List[str] = field(default_factory=list)
    unchanged: List[str] = field(default_factory=list)


def is_url(location: str) -> bool:
    """True for http(s) addresses."""
    return location.strip().lower().startswith(("http://", "https://"))


def harvest(source: Union[str, Path], query: str = "", kind: str = "", page_size: int = 50,
            max_records: int = 5000, timeout_s: float = 30.0, deadline_s: float = 600.0, authcfg: str = "",
            progress: Optional[Callable[[float], None]] = None,
            is_canceled: Optional[Callable[[], bool]] = None) -> HarvestResult:
    """Entries from a CSW endpoint or a DCAT-AP file/URL (``kind`` "csw"/"dcat", guessed when empty).

    ``query`` is a free text: the CSW searches it (``csw:AnyText``); DCAT datasets are filtered on title,
    description and keywords. Raises HarvestError when the source cannot be harvested at all, ``Canceled``."""
    started = time.monotonic()
    location = str(source)
    name = redact_url(location) if is_url(location) else location
    response = None
    if not kind:
        kind, response = _guess_kind(location, timeout_s, authcfg)
    if kind == CSW:
        if not is_url(location):
            raise HarvestError(tr("A CSW is an http(s) address, not {source}").format(source=name))
        answer = harvest_csw(location, query, page_size, max_records, timeout_s, deadline_s, authcfg,
                             (lambda done: progress(0.9 * done)) if progress else None, is_canceled)
        result = HarvestResult(name, CSW, records=len(answer.records), matched=answer.matched, notes=answer.notes)
        read: List[Tuple[str, Optional[HarvestedRecord], str]] = []
        for position, element, other in iter_iso(answer.records):
            if is_canceled and position % 50 == 0 and is_canceled():
                raise Canceled()
            label = tr("record {n}").format(n=position)
            if element is None:
                read.append((label, None, tr("not an ISO 19139 record ({tag})").format(tag=other)))
                continue
            try:
                read.append((label, read_record(element), ""))
            except (ValueError, TypeError, AttributeError, IndexError) as error:
                read.append((label, None, str(error)))
    elif kind == DCAT:
        everything = load_dcat(location, timeout_s, authcfg, response)
        found = [r for r in everything if _matches(r, query)]
        if is_canceled and is_canceled():
            raise Canceled()
        result = HarvestResult(name, DCAT, records=len(found), matched=len(found))
        if not everything:
            result.notes.append(tr("{source} holds no dcat:Dataset: is it a DCAT-AP catalogue?").format(source=name))
        read = [(r.identifier or tr("dataset {n}").format(n=i), r, "") for i, r in enumerate(found, 1)]
    else:
        raise HarvestError(tr("Unknown kind of source '{kind}' (csw or dcat)").format(kind=kind))
    result.entries, result.skipped = entries_from_records(read)
    result.elapsed_s = time.monotonic() - started
    if progress:
        progress(1.0)
    return result


def entries_from_records(read: Iterable[Tuple[str, Optional[HarvestedRecord], str]],
                         ) -> Tuple[List[CatalogueEntry], List[Skip]]:
    """Entries for readable, usable records with a new id; a Skip for every other record."""
    entries: List[CatalogueEntry] = []
    skipped: List[Skip] = []
    first_of: Dict[str, str] = {}
    for label, record, problem in read:
        if record is None:
            skipped.append(Skip(label, records.UNREADABLE, problem))
            continue
        shown = record.label() if record.label() != "?" else label
        try:
            entry = to_entry(record)
        except RecordSkipped as skip:
            skipped.append(Skip(shown, skip.reason, skip.detail))
            continue
        if entry.id in first_of:
            skipped.append(Skip(shown, records.DUPLICATE, tr(
                "identifier {identifier} (id {id}) was already harvested from {first}").format(
                identifier=record.identifier, id=entry.id, first=first_of[entry.id])))
            continue
        first_of[entry.id] = shown
        entries.append(entry)
    return _valid_only(entries, skipped)


def _valid_only(entries: List[CatalogueEntry], skipped: List[Skip]) -> Tuple[List[CatalogueEntry], List[Skip]]:
    """Drop entries the catalogue schema refuses (each named with its problem)."""
    data = {"format": "slimstad-catalogue", "version": 1, "id": "harvest", "title": {"nl": "harvest"},
            "entries": [entry.to_dict() for entry in entries]}
    problems: Dict[int, List[str]] = {}
    for issue in validate(data):
        problems.setdefault(issue.entry_index, []).append(str(issue))
    kept = []
    for index, entry in enumerate(entries):
        if index in problems:
            skipped.append(Skip(entry.display_title("nl"), INVALID, "; ".join(problems[index])))
        else:
            kept.append(entry)
    return kept, skipped


def merge_entries(catalogue: Catalogue, entries: Sequence[CatalogueEntry]) -> MergeReport:
    """Add new entries to ``catalogue`` and update the ones with the same id (in place), keeping the city's
    own fields (LOCAL_FIELDS, freshness timestamp column, authcfg) and its values where the source has none."""
    report = MergeReport()
    index = {entry.id: position for position, entry in enumerate(catalogue.entries)}
    for entry in entries:
        position = index.get(entry.id)
        if position is None:
            index[entry.id] = len(catalogue.entries)
            catalogue.entries.append(entry)
            report.added.append(entry.id)
            continue
        old = catalogue.entries[position]
        merged = _merged(old.to_dict(), entry.to_dict())
        if merged == old.to_dict():
            report.unchanged.append(entry.id)
            continue
        updated = CatalogueEntry.from_dict(merged, origin=old.origin)
        updated.base_dir, updated.data_dir = old.base_dir, old.data_dir
        catalogue.entries[position] = updated
        report.updated.append(entry.id)
    return report


def _merged(old: dict, new: dict) -> dict:
    merged = dict(new)
    for key in LOCAL_FIELDS:
        if key in old:
            merged[key] = old[key]
    for key in KEEP_WHEN_EMPTY:
        if not merged.get(key) and old.get(key):
            merged[key] = old[key]
    freshness = dict(old.get("freshness") or {})
    freshness.update(new.get("freshness") or {})
    if freshness:
        merged["freshness"] = freshness
    if old.get("source", {}).get("authcfg") and old["source"].get("type") == new["source"].get("type"):
        merged["source"] = dict(new["source"], authcfg=old["source"]["authcfg"])
    return merged


def _matches(record: HarvestedRecord, query: str) -> bool:
    words = query.strip().lower()
    if not words:
        return True
    haystack = " ".join(list(record.title.values()) + list(record.description.values()) + record.keywords).lower()
    return words in haystack


def _guess_kind(location: str, timeout_s: float, authcfg: str) -> Tuple[str, Optional[Response]]:
    """(``csw`` or ``dcat``, the answer already fetched or None): decided by the address, then by the answer."""
    if not is_url(location):
        return DCAT, None
    lowered = location.lower()
    if "service=csw" in lowered or lowered.split("?")[0].rstrip("/").endswith("/csw"):
        return CSW, None
    response = fetch(location, timeout_s, authcfg, ACCEPT_RDF)
    content_type = response.headers.get("content-type", "").lower()
    if is_html(response.content, content_type):
        raise HarvestError(tr("{url} is a web page (HTML), not a CSW service or a DCAT file").format(
            url=redact_url(location)))
    head = response.content[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<") or "rdf" in content_type:
        return DCAT, response
    root = parse_xml(response.content, redact_url(location))
    return (DCAT, response) if local_name(root) == "RDF" else (CSW, None)
