"""Freshness: the measured last change of an entry's data against its promised update rhythm.

Measured from GeoPackage ``gpkg_contents.last_change``, a timestamp column named in the catalogue
(``freshness.timestamp_column``, PostGIS or any vector source), OGC API collection metadata, the file's
modification time, or a ``freshness.last_update`` the owner wrote in the catalogue — in that order.
"""

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ..base.files import sqlite_uri
from ..base.i18n import translator
from ..base.network import Deadline
from .capabilities import ensure_reachable, read_collection
from .completeness import DeadlineFeedback, features_within
from .model import CatalogueEntry
from .sources import parse_datetime, parse_duration, provider_and_uri

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)
# Data counts as stale once it is older than the promised rhythm times this factor (a monthly layer
# updated 5 weeks ago is late but not yet stale).
STALE_FACTOR = 1.5


FRESH, STALE, UNKNOWN = "fresh", "stale", "unknown"


@dataclass
class FreshnessResult:
    """Verdict for one entry."""

    entry_id: str
    status: str                       # fresh | stale | unknown
    last_change: Optional[datetime]   # timezone-aware UTC
    rhythm: str                       # ISO 8601 duration promised by the catalogue
    method: str                       # how last_change was measured
    text: str                         # human sentence in the user's language

    def to_dict(self) -> dict:
        """JSON form for caches and reports."""
        return {"entry_id": self.entry_id, "status": self.status, "rhythm": self.rhythm, "method": self.method,
                "last_change": self.last_change.isoformat(timespec="seconds") if self.last_change else None,
                "text": self.text}


def rhythm_label(value: str) -> str:
    """"monthly", "every 3 months", … in the user's language."""
    named = {"P1D": tr("daily"), "P1W": tr("weekly"), "P7D": tr("weekly"), "P1M": tr("monthly"),
             "P3M": tr("quarterly"), "P6M": tr("every six months"), "P1Y": tr("yearly"), "P12M": tr("yearly")}
    if value in named:
        return named[value]
    delta = parse_duration(value)
    if delta is None:
        return tr("no rhythm promised")
    return tr("every {age}").format(age=age_text(delta))


def age_text(delta: timedelta) -> str:
    """"14 months", "3 days", "1 year" in the user's language."""
    days = delta.total_seconds() / 86400
    if days < 1:
        hours = max(0, int(delta.total_seconds() // 3600))
        if hours == 0:
            return tr("less than an hour")
        return tr("1 hour") if hours == 1 else tr("{n} hours").format(n=hours)
    if days < 14:
        n = int(days)
        return tr("1 day") if n == 1 else tr("{n} days").format(n=n)
    if days < 61:
        n = int(days // 7)
        return tr("{n} weeks").format(n=n)
    if days < 730:
        n = int(round(days / 30.44))
        return tr("{n} months").format(n=n)
    n = int(days // 365.25)
    return tr("{n} years").format(n=n)


def assess(entry: CatalogueEntry, last_change: Optional[datetime], method: str = "",
           now: Optional[datetime] = None) -> FreshnessResult:
    """Compare a measured last change with the entry's rhythm."""
    now = now or datetime.now(timezone.utc)
    rhythm = parse_duration(entry.update_rhythm)
    promised = rhythm_label(entry.update_rhythm) if entry.update_rhythm else tr("no rhythm promised")
    if last_change is None:
        return FreshnessResult(entry.id, UNKNOWN, None, entry.update_rhythm, method,
                               tr("last update unknown, promised: {rhythm}").format(rhythm=promised))
    if last_change.tzinfo is None:
        last_change = last_change.replace(tzinfo=timezone.utc)
    age = max(timedelta(0), now - last_change)
    text = tr("last updated {age} ago, promised: {rhythm}").format(age=age_text(age), rhythm=promised)
    if rhythm is None:
        status = UNKNOWN
    else:
        status = STALE if age > rhythm * STALE_FACTOR else FRESH
    return FreshnessResult(entry.id, status, last_change, entry.update_rhythm, method, text)


def check_freshness(entry: CatalogueEntry, timeout_s: float = 10.0, now: Optional[datetime] = None,
                    ) -> FreshnessResult:
    """Measure and assess one entry (network only for OGC API metadata, with ``timeout_s``)."""
    try:
        last_change, method = measure_last_change_with_method(entry, timeout_s)
    except Exception as error:  # noqa: BLE001 - a broken source must give "unknown", not a crash
        LOG.info("freshness of %s not measured: %s", entry.id, error)
        last_change, method = None, ""
    return assess(entry, last_change, method, now)


def measure_last_change(entry: CatalogueEntry, timeout_s: float = 10.0) -> Optional[datetime]:
    """The data's last change (UTC) or None when it cannot be measured."""
    try:
        return measure_last_change_with_method(entry, timeout_s)[0]
    except Exception as error:  # noqa: BLE001
        LOG.info("last change of %s not measured: %s", entry.id, error)
        return None


def measure_last_change_with_method(entry: CatalogueEntry, timeout_s: float = 10.0,
                                    ) -> "tuple[Optional[datetime], str]":
    """(last change, method) — raises on unexpected errors (callers catch)."""
    freshness = entry.freshness or {}
    kind = entry.source_type
    column = freshness.get("timestamp_column") or entry.fields.get("updated_at")
    if column and kind in ("postgis", "gpkg", "file", "wfs", "oapif"):
        value = _column_maximum(entry, str(column), timeout_s)
        if value is not None:
            return value, "column:{}".format(column)
    if kind == "gpkg":
        value = gpkg_last_change(entry.resolve_path(str(entry.source["path"]), data=True), str(entry.source["layer"]))
        if value is not None:
            return value, "gpkg_contents"
    if kind == "file" and entry.source.get("path"):
        path = entry.resolve_path(str(entry.source["path"]), data=True)
        if path.exists():
            return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc), "mtime"
    if kind == "oapif":
        value = _oapif_updated(entry, timeout_s)
        if value is not None:
            return value, "service metadata"
    if freshness.get("last_update"):
        value = parse_datetime(str(freshness["last_update"]))
        if value is not None:
            return value, "catalogue"
    return None, ""


def gpkg_last_change(path: Path, layer: str) -> Optional[datetime]:
    """``gpkg_contents.last_change`` of one table, read-only (works while QGIS has the file open)."""
    if not Path(path).exists():
        return None
    uri = sqlite_uri(Path(path))
    with sqlite3.connect(uri, uri=True, timeout=2) as conn:
        row = conn.execute("SELECT last_change FROM gpkg_contents WHERE table_name = ?", (layer,)).fetchone()
    return parse_datetime(row[0]) if row and row[0] else None


def _column_maximum(entry: CatalogueEntry, column: str, timeout_s: float = 10.0) -> Optional[datetime]:
    """The largest value of a timestamp column. Remote layers are read within a deadline (a QGIS provider's own
    timeout restarts on every byte) after a bounded probe of the server; local ones have no deadline."""
    deadline = Deadline(timeout_s)
    if entry.source_type in ("wfs", "oapif"):
        ensure_reachable(entry, deadline)
    _kind, provider, uri = provider_and_uri(entry)
    layer = QgsVectorLayer(uri, entry.id, provider)
    if not layer.isValid():
        return None
    index = layer.fields().indexOf(column)
    if index < 0:
        return None
    if entry.source_type not in ("wfs", "oapif"):
        value = layer.maximumValue(index)
    else:
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
        feedback = DeadlineFeedback(deadline)
        try:
            values = [f.attribute(index) for f in features_within(layer, request, feedback)]
        finally:
            feedback.stop()
        if feedback.isCanceled():
            return None  # not read within the deadline: unknown rather than a wrong maximum
        values = [v for v in values if v is not None and not (hasattr(v, "isNull") and v.isNull())]
        value = max(values, key=_sortable) if values else None
    return _as_datetime(value)


def _sortable(value: object) -> str:
    for method in ("toPyDateTime", "toPyDate"):
        if hasattr(value, method):
            return getattr(value, method)().isoformat()
    return str(value)


def _as_datetime(value: object) -> Optional[datetime]:
    if value is None:
        return None
    if hasattr(value, "toPyDateTime"):
        if hasattr(value, "isNull") and value.isNull():
            return None
        converted = value.toPyDateTime()
        if converted is None:
            return None
        return converted if converted.tzinfo else converted.replace(tzinfo=timezone.utc)
    if hasattr(value, "toPyDate"):
        day = value.toPyDate()
        return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    return parse_datetime(str(value))


def _oapif_updated(entry: CatalogueEntry, timeout_s: float) -> Optional[datetime]:
    data = read_collection(str(entry.source["url"]), str(entry.source["collection"]), Deadline(timeout_s),
                           str(entry.source.get("authcfg", "")))
    for key in ("updated", "lastModified", "modified"):
        if isinstance(data.get(key), str):
            return parse_datetime(data[key])
    return None
