"""Quality check of one vector layer against what its catalogue entry promises; CSV and HTML reports.

Checks: invalid and empty geometries, missing or unexpected CRS, duplicate ids (role ``area_id``), share
of nulls per key field, features outside the expected extent, key fields of the wrong type.
"""

import csv
import html
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Union

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ..base.crs import canonical_crs, same_crs
from ..base.files import replacing, write_text_atomic
from ..base.i18n import format_number, translator
from ..base.network import Deadline
from ..base.secrets import scrub_text
from ..base.semantic_roles import NUMERIC_ROLES as SEMANTIC_NUMERIC_ROLES
from ..base.settings import SlimStadSettings
from ..layers.crs_fit import layer_crs_problem
from ..layers.tables import code_columns, is_table_file, read_table
from ..layers.values import not_numbers, not_numbers_message
from .completeness import RemoteSource, bound_request
from .model import CatalogueEntry
from .sources import LayerCreationError, missing_data_problem, provider_and_uri

tr = translator("SlimStadCatalogue")
MAX_EXAMPLES = 5
NUMERIC_ROLES = set(SEMANTIC_NUMERIC_ROLES)
NUMERIC_TYPES = {QVariant.Int, QVariant.UInt, QVariant.LongLong, QVariant.ULongLong, QVariant.Double}
DATE_TYPES = {QVariant.Date, QVariant.DateTime, QVariant.String}
ERROR, WARNING, INFO = "error", "warning", "info"


@dataclass
class QualityIssue:
    """One finding: which check, how bad, how many features, a few feature ids to look at."""

    check: str
    severity: str
    message: str
    count: int = 0
    examples: List[object] = field(default_factory=list)


@dataclass
class QualityReport:
    """All findings for one layer."""

    entry_id: str
    layer_name: str
    feature_count: int = 0
    issues: List[QualityIssue] = field(default_factory=list)
    null_shares: Dict[str, float] = field(default_factory=dict)

    @property
    def has_errors(self) -> bool:
        """True when an error-level issue was found."""
        return any(issue.severity == ERROR for issue in self.issues)

    def to_dict(self) -> dict:
        """JSON form."""
        return {"entry_id": self.entry_id, "layer_name": self.layer_name, "feature_count": self.feature_count,
                "null_shares": self.null_shares,
                "issues": [{"check": i.check, "severity": i.severity, "message": i.message, "count": i.count,
                            "examples": [str(e) for e in i.examples]} for i in self.issues]}


def check_layer_quality(layer: QgsVectorLayer, entry: Optional[CatalogueEntry] = None,
                        is_canceled: Optional[Callable[[], bool]] = None,
                        feedback: Optional[QgsFeedback] = None) -> QualityReport:
    """Run every check in one pass over the features (``feedback`` stops the pass: a deadline or a cancel)."""
    entry_id = entry.id if entry else layer.id()
    report = QualityReport(entry_id, layer.name())
    roles = dict(entry.fields) if entry else {}
    fields = layer.fields()
    _check_crs(layer, entry, report)
    key_fields: Dict[str, int] = {}
    for role, name in roles.items():
        index = fields.indexOf(name)
        if index < 0:
            report.issues.append(QualityIssue("missing_field", ERROR, tr(
                "field '{field}' (role {role}) does not exist").format(field=name, role=role)))
            continue
        key_fields[name] = index
        _check_type(layer, role, name, fields.at(index).type(), report)
    extent = _expected_extent(layer, entry)
    id_field = roles.get("area_id") if roles.get("area_id") in key_fields else None
    invalid, empty, outside = [], [], []
    nulls: Counter = Counter()
    ids: Counter = Counter()
    first_fid_of: Dict[object, object] = {}
    total = 0
    request = QgsFeatureRequest()
    if not layer.isSpatial():
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    if feedback is not None:
        bound_request(request, feedback)
    for feature in layer.getFeatures(request):
        if total % 1000 == 0 and ((is_canceled is not None and is_canceled())
                                  or (feedback is not None and feedback.isCanceled())):
            break
        total += 1
        if feedback is not None and hasattr(feedback, "touch"):
            feedback.touch()  # a DeadlineFeedback tells a stalled server from a long read
        fid = feature.id()
        if layer.isSpatial():
            geometry = feature.geometry()
            if geometry is None or geometry.isNull() or geometry.isEmpty():
                empty.append(fid)
            else:
                if not geometry.isGeosValid():
                    invalid.append(fid)
                if extent is not None and not geometry.boundingBox().intersects(extent):
                    outside.append(fid)
        attributes = feature.attributes()
        for name, index in key_fields.items():
            value = attributes[index]
            if value is None or (isinstance(value, QVariant) and value.isNull()):
                nulls[name] += 1
        if id_field is not None:
            value = attributes[key_fields[id_field]]
            if value is not None and not (isinstance(value, QVariant) and value.isNull()):
                ids[value] += 1
                first_fid_of.setdefault(value, fid)
    report.feature_count = total
    if total == 0:
        report.issues.append(QualityIssue("empty_layer", WARNING, tr("the layer has no features")))
    _add(report, "invalid_geometry", ERROR, invalid, tr("{n} invalid geometries"))
    _add(report, "empty_geometry", ERROR, empty, tr("{n} empty or missing geometries"))
    _add(report, "outside_extent", WARNING, outside, tr("{n} features outside the expected extent"))
    duplicates = [value for value, count in ids.items() if count > 1]
    if duplicates:
        report.issues.append(QualityIssue("duplicate_id", ERROR, tr(
            "{n} values of id field '{field}' occur more than once").format(n=len(duplicates), field=id_field),
            len(duplicates), [str(value) for value in duplicates[:MAX_EXAMPLES]]))
    for name in key_fields:
        share = nulls[name] / total if total else 0.0
        report.null_shares[name] = round(share, 4)
        if share > 0:
            report.issues.append(QualityIssue("nulls", WARNING if share < 0.5 else ERROR, tr(
                "{pct}% of '{field}' is empty").format(pct=format_number(share * 100, 1), field=name), nulls[name]))
    return report


def _add(report: QualityReport, check: str, severity: str, fids: List[object], template: str) -> None:
    if fids:
        report.issues.append(QualityIssue(check, severity, template.format(n=len(fids)), len(fids),
                                          list(fids[:MAX_EXAMPLES])))


def _check_crs(layer: QgsVectorLayer, entry: Optional[CatalogueEntry], report: QualityReport) -> None:
    if not layer.isSpatial():
        return
    if not layer.crs().isValid():
        report.issues.append(QualityIssue("crs", ERROR, tr("the layer has no coordinate reference system")))
        return
    mismatch = layer_crs_problem(layer)
    if mismatch:
        report.issues.append(QualityIssue("crs_mismatch", ERROR, mismatch))
        return
    expected = canonical_crs((entry.source.get("crs") or entry.extent_crs) if entry else "")
    if expected and not same_crs(expected, layer.crs().authid()):
        report.issues.append(QualityIssue("crs", WARNING, tr("CRS is {found}, the catalogue expects {expected}")
                                          .format(found=layer.crs().authid(), expected=expected)))


def _check_type(layer: QgsVectorLayer, role: str, name: str, variant_type: int, report: QualityReport) -> None:
    if role in NUMERIC_ROLES:
        found = not_numbers(layer, name)
        if found.count:  # words in a count field: named, with examples (never silently 0 or "no residents")
            report.issues.append(QualityIssue("not_numbers", ERROR, not_numbers_message(found), found.count,
                                              list(found.examples)))
        elif variant_type not in NUMERIC_TYPES:
            report.issues.append(QualityIssue("field_type", ERROR, tr(
                "field '{field}' (role {role}) should be numeric").format(field=name, role=role)))
    elif role == "updated_at" and variant_type not in DATE_TYPES:
        report.issues.append(QualityIssue("field_type", WARNING, tr(
            "field '{field}' (role {role}) should be a date or time").format(field=name, role=role)))


def _expected_extent(layer: QgsVectorLayer, entry: Optional[CatalogueEntry]) -> Optional[QgsRectangle]:
    """The entry's extent in the layer's CRS (None when not declared or not transformable)."""
    if entry is None or not entry.extent:
        return None
    rect = QgsRectangle(*entry.extent)
    source_crs = QgsCoordinateReferenceSystem(entry.extent_crs or "EPSG:4326")
    if not layer.crs().isValid() or source_crs == layer.crs():
        return rect
    try:
        return QgsCoordinateTransform(source_crs, layer.crs(), QgsProject.instance()).transformBoundingBox(rect)
    except Exception:  # noqa: BLE001 - QgsCsException: an untransformable extent is simply not checked
        return None


def check_entry_quality(entry: CatalogueEntry, is_canceled: Optional[Callable[[], bool]] = None,
                        expected: Optional[int] = None, timeout_s: Optional[float] = None,
                        idle_s: Optional[float] = None) -> Optional[QualityReport]:
    """Open the entry's vector layer and check it; None for raster sources (nothing to check).

    Every feature the service reports is read (paging on with the server's real page size) within ``timeout_s``
    (default: the settings' download timeout); a pass that read fewer than ``expected`` (default: what the
    service reports) carries an "incomplete" error: "only 50 of 250 features read (server limit)". ``idle_s``:
    the longest wait for one feature (a stalled or trickling server; None: only the deadline)."""
    kind, provider, _uri = provider_and_uri(entry)
    if kind != "vector":
        return None
    if provider == "delimitedtext" and is_table_file(str(entry.source.get("path", ""))):
        try:  # a table: SlimStad's own typed reading (codes text, counts numbers), no CRS expected
            layer = read_table(entry.resolve_path(str(entry.source["path"]), data=True), entry.display_title(),
                               code_columns(entry.fields))
        except ValueError as error:  # ReadError
            report = QualityReport(entry.id, entry.display_title())
            report.issues.append(QualityIssue("open", ERROR, str(error)))
            return report
        return check_layer_quality(layer, entry, is_canceled)
    deadline = Deadline(timeout_s or SlimStadSettings.load().download_timeout_s)

    def consume(layer: QgsVectorLayer, feedback: QgsFeedback) -> tuple:
        report = check_layer_quality(layer, entry, is_canceled, feedback)
        return report, report.feature_count

    try:
        report, counted = RemoteSource.prepare(entry, deadline, expected, idle_s).read(consume, is_canceled)
    except LayerCreationError as error:
        report = QualityReport(entry.id, entry.display_title())
        report.issues.append(QualityIssue("open", ERROR, missing_data_problem(entry)
                                          or tr("the layer cannot be opened: {error}").format(error=error)))
        return report
    if not counted.complete:
        report.issues.insert(0, QualityIssue("incomplete", ERROR, counted.message(copied=False),
                                             int(counted.expected or 0) - counted.read))
    return report


CSV_COLUMNS = ("entry_id", "layer", "feature_count", "check", "severity", "count", "message", "examples")


def export_csv(reports: Sequence[QualityReport], path: Union[str, Path]) -> Path:
    """One row per issue (a row with check "ok" for a layer without issues)."""
    target = Path(path)
    with replacing(target) as temporary, temporary.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for report in reports:
            rows = report.issues or [QualityIssue("ok", INFO, tr("no problems found"))]
            for issue in rows:
                writer.writerow([report.entry_id, report.layer_name, report.feature_count, issue.check,
                                 issue.severity, issue.count, issue.message,
                                 " ".join(str(e) for e in issue.examples)])
    return target


def export_html(reports: Sequence[QualityReport], path: Union[str, Path], title: str = "") -> Path:
    """A standalone HTML page; every value from data or catalogue is escaped."""
    esc = html.escape
    parts = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{}</title>".format(
        esc(title or tr("Quality report"))),
        "<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #999;"
        "padding:2px 6px}.error{color:#b00}.warning{color:#a60}</style></head><body>",
        "<h1>{}</h1>".format(esc(title or tr("Quality report")))]
    for report in reports:
        parts.append("<h2>{} <small>({})</small></h2>".format(esc(report.layer_name), esc(report.entry_id)))
        parts.append("<p>{}</p>".format(esc(tr("{n} features").format(n=report.feature_count))))
        if not report.issues:
            parts.append("<p>{}</p>".format(esc(tr("no problems found"))))
            continue
        parts.append("<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
            esc(tr("Check")), esc(tr("Severity")), esc(tr("Finding")), esc(tr("Examples (feature ids)"))))
        for issue in report.issues:
            parts.append("<tr class=\"{sev}\"><td>{check}</td><td>{sev}</td><td>{msg}</td><td>{ex}</td></tr>".format(
                sev=esc(issue.severity), check=esc(issue.check), msg=esc(issue.message),
                ex=esc(", ".join(str(e) for e in issue.examples))))
        parts.append("</table>")
    parts.append("</body></html>")
    return write_text_atomic(Path(path), scrub_text("\n".join(parts)).text)
