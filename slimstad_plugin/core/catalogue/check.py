"""Health, freshness and quality for every entry of one or more catalogues (CLI and Processing share this)."""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Sequence, Union

from ..base.files import FileWriteError, refuse_input, write_text_atomic
from ..base.i18n import plural, translator
from ..base.readers import GENERIC, ReadError, read_json
from ..base.secrets import scrub_json
from .freshness import FreshnessResult, check_freshness
from .health import BROKEN, HealthCache, HealthResult, run_health_checks
from .loader import load_catalogues
from .model import VECTOR_SOURCE_TYPES, CatalogueEntry
from .quality import QualityReport, check_entry_quality

tr = translator("SlimStadCatalogue")


@dataclass
class EntryCheck:
    """Everything known about one entry after a check."""

    entry: CatalogueEntry
    health: HealthResult
    freshness: Optional[FreshnessResult] = None
    quality: Optional[QualityReport] = None

    @property
    def broken(self) -> bool:
        """Unreachable, missing or unreadable."""
        return self.health.status == BROKEN

    def to_dict(self) -> dict:
        """JSON form (no credentials: catalogues hold none, messages are redacted)."""
        return {"id": self.entry.id, "title": self.entry.display_title(), "origin": self.entry.origin,
                "source_type": self.entry.source_type, "health": self.health.to_dict(),
                "freshness": self.freshness.to_dict() if self.freshness else None,
                "quality": self.quality.to_dict() if self.quality else None}


@dataclass
class CatalogueCheck:
    """The result of checking a set of catalogues."""

    entries: List[EntryCheck] = field(default_factory=list)
    load_errors: List[str] = field(default_factory=list)
    duplicates: List[tuple] = field(default_factory=list)

    @property
    def broken(self) -> List[EntryCheck]:
        """Entries that do not work."""
        return [item for item in self.entries if item.broken]

    @property
    def ok(self) -> bool:
        """No broken entry and every catalogue loaded."""
        return not self.broken and not self.load_errors

    def to_dict(self) -> dict:
        """JSON form for ``--json``."""
        return {"ok": self.ok, "load_errors": self.load_errors,
                "duplicates": [list(item) for item in self.duplicates],
                "entries": [item.to_dict() for item in self.entries]}

    def write_json(self, path: Union[str, Path], inputs: Sequence[Union[str, Path]] = ()) -> Path:
        """Write :meth:`to_dict` as indented JSON, every string through the secrets rule (with the entries'
        public parameters), atomically; refuses to overwrite one of ``inputs`` (the catalogues checked)."""
        target = Path(path)
        local_inputs = [str(item) for item in inputs if "://" not in str(item)]
        refuse_input(target, local_inputs)  # first: "is one of the inputs" says most
        if target.is_file() and not _is_check_report(target):
            raise FileWriteError(tr("{path} exists and is not an earlier check report; it is not overwritten. "
                                    "Choose another file.").format(path=target))
        public = sorted({name for item in self.entries for name in item.entry.public_params})
        document, _removed = scrub_json(self.to_dict(), public)
        return write_text_atomic(target, json.dumps(document, indent=2, ensure_ascii=False), local_inputs)


def _is_check_report(path: Path) -> bool:
    """True for a file an earlier ``--json`` wrote (it may be replaced; anything else may be the user's)."""
    try:
        data = read_json(path, GENERIC)
    except ReadError:
        return False
    return isinstance(data, dict) and {"ok", "entries"} <= set(data)


STALL_FACTOR = 3  # a quality pass that gets no feature for 3 source timeouts has a stalled server


def check_entries(entries: Sequence[CatalogueEntry], timeout_s: float = 10.0, concurrency: int = 32,
                  quality: bool = True, is_canceled: Optional[Callable[[], bool]] = None,
                  log: Optional[Callable[[str], None]] = None, cache: Optional[HealthCache] = None,
                  download_timeout_s: Optional[float] = None) -> List[EntryCheck]:
    """Health for all (concurrently), then freshness and quality for the entries that work.

    ``timeout_s`` bounds each source's health check; ``download_timeout_s`` each quality pass, which reads every
    feature (default: the settings' download timeout) and stops when no feature arrives for
    :data:`STALL_FACTOR` times ``timeout_s`` (a trickling page does not hold the whole check)."""
    healths = {result.entry_id: result for result in run_health_checks(entries, timeout_s, concurrency,
                                                                       is_canceled=is_canceled)}
    if cache is not None:
        cache.update(list(healths.values()))
    results = []
    for entry in entries:
        if is_canceled is not None and is_canceled():
            break
        health = healths.get(entry.id) or HealthResult(entry.id, BROKEN, tr("not checked"))
        item = EntryCheck(entry, health)
        if not item.broken:
            item.freshness = check_freshness(entry, timeout_s)
            if quality and entry.source_type in VECTOR_SOURCE_TYPES:
                item.quality = check_entry_quality(entry, is_canceled, expected=health.feature_count,
                                                   timeout_s=download_timeout_s, idle_s=STALL_FACTOR * timeout_s)
        if log is not None:
            log(describe(item))
        results.append(item)
    return results


def check_catalogues(locations: Sequence[Union[str, Path]], timeout_s: float = 10.0, concurrency: int = 32,
                     quality: bool = True, data_dir: Optional[Union[str, Path]] = None,
                     is_canceled: Optional[Callable[[], bool]] = None,
                     log: Optional[Callable[[str], None]] = None) -> CatalogueCheck:
    """Load (leniently), merge and check catalogues."""
    merged, catalogues, errors = load_catalogues(locations, timeout_s=timeout_s, data_dir=data_dir)
    for catalogue in catalogues:
        errors.extend("{}: {}".format(catalogue.origin, problem) for problem in catalogue.problems)
    result = CatalogueCheck(load_errors=errors, duplicates=merged.duplicates)
    result.entries = check_entries(merged.entries, timeout_s, concurrency, quality, is_canceled, log)
    return result


def describe(item: EntryCheck) -> str:
    """One line for logs and the terminal."""
    parts = ["[{}] {}".format(item.health.status.upper(), item.entry.id)]
    if item.health.message:
        parts.append(item.health.message)
    if item.health.feature_count is not None:
        parts.append(plural(item.health.feature_count, tr("{n} feature"), tr("{n} features")))
    if item.freshness is not None:
        parts.append("{} ({})".format(item.freshness.text, item.freshness.status))
    if item.quality is not None and item.quality.issues:
        parts.append(tr("quality: {issues}").format(issues="; ".join(i.message for i in item.quality.issues[:3])))
    return " — ".join(parts)
