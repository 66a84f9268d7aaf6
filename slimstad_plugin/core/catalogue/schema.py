"""Validate a parsed catalogue against resources/schemas/catalogue.schema.json.

Uses ``jsonschema`` when installed (the venv has it); a user's QGIS may not, so the same rules that matter
most are re-checked by hand. Every problem names the entry (id and position) and the field.
"""

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, List, Sequence

from ... import RESOURCES_DIR
from ..base.i18n import translator
from ..base.sectors import SECTORS
from ..base.semantic_roles import SEMANTIC_ROLES
from .model import LICENCE_TYPES, SOURCE_TYPES

tr = translator("SlimStadCatalogue")
SCHEMA_PATH = RESOURCES_DIR / "schemas" / "catalogue.schema.json"
DURATION_RE = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")
REQUIRED_SOURCE_KEYS = {
    "wms": ("url", "layer"), "wmts": ("url", "layer"), "wfs": ("url", "layer"), "oapif": ("url", "collection"),
    "xyz": ("url",), "postgis": ("table",), "gpkg": ("path", "layer"), "file": ("path",),
}
SECRET_KEYS = ("password", "user", "username")


@dataclass
class SchemaIssue:
    """One violation: where (entry id/position, field path) and what."""

    entry_index: int   # -1 for the catalogue header
    entry_id: str
    field: str
    message: str

    def __str__(self) -> str:
        if self.entry_index < 0:
            return tr("catalogue field '{field}': {message}").format(field=self.field or "/", message=self.message)
        return tr("entry '{id}' (#{n}), field '{field}': {message}").format(
            id=self.entry_id or "?", n=self.entry_index + 1, field=self.field or "/", message=self.message)


@lru_cache(maxsize=1)
def load_schema() -> Dict[str, Any]:
    """The shipped JSON Schema."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(data: Any, use_jsonschema: bool = True) -> List[SchemaIssue]:
    """All problems of a parsed catalogue (empty list when valid)."""
    issues = structural_issues(data)
    if issues or not use_jsonschema:
        return issues
    try:
        import jsonschema  # lazy: jsonschema is loaded only for a catalogue version not validated before
    except ImportError:
        return issues
    validator = jsonschema.Draft202012Validator(load_schema())
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        issues.append(_issue_from_path(data, list(error.absolute_path), error.message))
    return _unique(issues)


def _issue_from_path(data: Dict[str, Any], path: Sequence[Any], message: str) -> SchemaIssue:
    if len(path) >= 2 and path[0] == "entries" and isinstance(path[1], int):
        entry = data["entries"][path[1]]
        entry_id = str(entry.get("id", "")) if isinstance(entry, dict) else ""
        return SchemaIssue(path[1], entry_id, ".".join(str(p) for p in path[2:]), message)
    return SchemaIssue(-1, "", ".".join(str(p) for p in path), message)


def structural_issues(data: Any) -> List[SchemaIssue]:
    """The checks that work without jsonschema (also run with it: their messages are translated)."""
    if not isinstance(data, dict):
        return [SchemaIssue(-1, "", "", tr("a catalogue is a JSON object"))]
    issues: List[SchemaIssue] = []
    if data.get("format") != "slimstad-catalogue":
        issues.append(SchemaIssue(-1, "", "format", tr("must be \"slimstad-catalogue\"")))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        issues.append(SchemaIssue(-1, "", "version", tr("must be a whole number")))
    elif version > 1:
        issues.append(SchemaIssue(-1, "", "version", tr(
            "version {version} is newer than this plugin understands (1): update SlimStad").format(version=version)))
    if not isinstance(data.get("id"), str) or not data.get("id"):
        issues.append(SchemaIssue(-1, "", "id", tr("is required")))
    entries = data.get("entries")
    if not isinstance(entries, list):
        issues.append(SchemaIssue(-1, "", "entries", tr("must be a list")))
        return issues
    for index, entry in enumerate(entries):
        issues.extend(entry_issues(index, entry))
    return issues


def entry_issues(index: int, entry: Any) -> List[SchemaIssue]:
    """Structural problems of one entry."""
    if not isinstance(entry, dict):
        return [SchemaIssue(index, "", "", tr("an entry is a JSON object"))]
    entry_id = entry.get("id") if isinstance(entry.get("id"), str) else ""
    issues: List[SchemaIssue] = []

    def add(field: str, message: str) -> None:
        issues.append(SchemaIssue(index, entry_id, field, message))

    for key in ("id", "title", "sector", "owner", "licence", "source"):
        if key not in entry:
            add(key, tr("is required"))
    if "id" in entry and not entry_id:
        add("id", tr("must be a non-empty text"))
    title = entry.get("title")
    if "title" in entry and not (isinstance(title, dict) and any(isinstance(v, str) and v for v in title.values())):
        add("title", tr("needs a text in nl, en or fr"))
    if "sector" in entry and entry.get("sector") not in SECTORS:
        add("sector", tr("unknown sector '{value}' (one of: {allowed})").format(
            value=entry.get("sector"), allowed=", ".join(SECTORS)))
    if "owner" in entry and not isinstance(entry.get("owner"), str):
        add("owner", tr("must be a text"))
    licence = entry.get("licence")
    if "licence" in entry:
        if not isinstance(licence, dict) or licence.get("type") not in LICENCE_TYPES:
            add("licence.type", tr("must be one of: {allowed}").format(allowed=", ".join(LICENCE_TYPES)))
    rhythm = entry.get("update_rhythm")
    if rhythm is not None and not (isinstance(rhythm, str) and DURATION_RE.match(rhythm)):
        add("update_rhythm", tr("'{value}' is not an ISO 8601 duration such as P1M").format(value=rhythm))
    fields = entry.get("fields")
    if fields is not None:
        if not isinstance(fields, dict):
            add("fields", tr("must map semantic roles to field names"))
        else:
            for role in fields:
                if role not in SEMANTIC_ROLES:
                    add("fields.{}".format(role), tr("unknown semantic role '{role}'").format(role=role))
    extent = entry.get("extent")
    if extent is not None and not (isinstance(extent, list) and len(extent) == 4
                                   and all(isinstance(v, (int, float)) for v in extent)):
        add("extent", tr("must be [xmin, ymin, xmax, ymax]"))
    if "source" in entry:
        issues.extend(source_issues(index, entry_id, entry.get("source")))
    return issues


def source_issues(index: int, entry_id: str, source: Any) -> List[SchemaIssue]:
    """Source type known, its required parameters present, no credentials inline."""
    if not isinstance(source, dict):
        return [SchemaIssue(index, entry_id, "source", tr("must be an object with a 'type'"))]
    kind = source.get("type")
    if kind not in SOURCE_TYPES:
        return [SchemaIssue(index, entry_id, "source.type", tr("unknown source type '{value}' (one of: {allowed})")
                            .format(value=kind, allowed=", ".join(SOURCE_TYPES)))]
    issues = [SchemaIssue(index, entry_id, "source.{}".format(key), tr("is required for a {kind} source")
                          .format(kind=kind)) for key in REQUIRED_SOURCE_KEYS[kind] if not source.get(key)]
    for key in SECRET_KEYS:
        if key in source:
            issues.append(SchemaIssue(index, entry_id, "source.{}".format(key), tr(
                "credentials never go in a catalogue: use an authcfg id")))
    url = source.get("url")
    if isinstance(url, str) and url:
        if not re.match(r"^https?://", url):
            issues.append(SchemaIssue(index, entry_id, "source.url", tr("must be an http(s) address")))
        elif "@" in url.split("/")[2]:
            issues.append(SchemaIssue(index, entry_id, "source.url", tr(
                "credentials never go in a catalogue: use an authcfg id")))
    if kind == "postgis" and not (source.get("service") or (source.get("host") and source.get("dbname"))):
        issues.append(SchemaIssue(index, entry_id, "source",
                                  tr("a postgis source needs 'service' or 'host' and 'dbname'")))
    return issues


def _unique(issues: List[SchemaIssue]) -> List[SchemaIssue]:
    seen = set()
    out = []
    for issue in issues:
        key = (issue.entry_index, issue.field)
        if key not in seen:
            seen.add(key)
            out.append(issue)
    return out
