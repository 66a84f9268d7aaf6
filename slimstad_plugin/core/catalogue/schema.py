"""Validate a parsed catalogue against resources/schemas/catalogue.schema.json.

Uses ``jsonschema`` when installed (the venv has it); a user's QGIS may not, so the same rules that matter
most are re-checked by hand. Every problem names the entry (id and position) and the field. A catalogue that
passes the compiled check of :mod:`schema_fast` needs no jsonschema run (~40x faster); one that does not
gets jsonschema's messages, as before.
"""

import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, List, Sequence

from ... import RESOURCES_DIR
from ..base.i18n import current_language, pick_language_text, translator
from ..base.json_values import number_problem, schema_problem
from ..base.readers import json_pointer
from ..base.sectors import SECTORS
from ..base.semantic_roles import SEMANTIC_ROLES
from . import schema_fast
from .model import LICENCE_TYPES, SOURCE_TYPES

tr = translator("SlimStadCatalogue")
SCHEMA_PATH = RESOURCES_DIR / "schemas" / "catalogue.schema.json"
DURATION_RE = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$")
REQUIRED_SOURCE_KEYS = {
    "wms": ("url", "layer"), "wmts": ("url", "layer"), "wfs": ("url", "layer"), "oapif": ("url", "collection"),
    "xyz": ("url",), "postgis": ("table",), "gpkg": ("path", "layer"), "file": (),
}
SECRET_KEYS = ("password", "user", "username")
REQUIRED_KEYS = ("id", "title", "sector", "owner", "licence", "source")
_REQUIRED_KEYS = frozenset(REQUIRED_KEYS)
HTTP_RE = re.compile(r"^https?://")
_SECTOR_SET, _ROLE_SET = frozenset(SECTORS), frozenset(SEMANTIC_ROLES)  # membership tests on every load
_LICENCE_SET, _SOURCE_SET = frozenset(LICENCE_TYPES), frozenset(SOURCE_TYPES)
_SECRET_SET = frozenset(SECRET_KEYS)


@dataclass
class SchemaIssue:
    """One violation: where (entry id/position, field path) and what."""

    entry_index: int   # -1 for the catalogue header
    entry_id: str
    field: str
    message: str
    entry_title: Any = None  # the entry's title ({"nl": …} or text) when it has one: named in the message language

    def pointer(self) -> str:
        """JSON pointer (RFC 6901) of the place: ``/entries/2/source/path``."""
        parts = ([] if self.entry_index < 0 else ["entries", self.entry_index]) + [
            part for part in self.field.split(".") if part]
        return json_pointer(parts) or "/"

    def __str__(self) -> str:
        if self.entry_index < 0:
            return tr("catalogue field '{field}': {message}").format(field=self.field or "/", message=self.message)
        title = pick_language_text(self.entry_title, current_language()) if self.entry_title else ""
        if title:
            return tr("entry “{title}” ({id}) at {pointer}: {message}").format(
                title=title, id=self.entry_id or "?", pointer=self.pointer(), message=self.message)
        return tr("entry '{id}' at {pointer}: {message}").format(
            id=self.entry_id or "?", pointer=self.pointer(), message=self.message)


def with_titles(issues: List[SchemaIssue], data: Any) -> List[SchemaIssue]:
    """``issues`` with each entry's title filled in from ``data`` (a parsed catalogue), for messages that name an
    entry as the user knows it."""
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return issues
    for issue in issues:
        if 0 <= issue.entry_index < len(entries) and isinstance(entries[issue.entry_index], dict):
            title = entries[issue.entry_index].get("title")
            if isinstance(title, (dict, str)) and title:
                issue.entry_title = title
    return issues


@lru_cache(maxsize=1)
def schema_text() -> str:
    """The shipped JSON Schema as text."""
    return SCHEMA_PATH.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def load_schema() -> Dict[str, Any]:
    """The shipped JSON Schema."""
    return json.loads(schema_text())


def validate(data: Any, use_jsonschema: bool = True) -> List[SchemaIssue]:
    """All problems of a parsed catalogue (empty list when valid), each naming its entry's title and JSON pointer.

    ``use_jsonschema=False`` is for a text that passed the full schema before (validation_cache): the structural
    checks still run. The type checks of :func:`_type_issues` run when jsonschema cannot (not installed). A
    structurally sound catalogue that passes the compiled check (schema_fast.py) needs no jsonschema run."""
    has_jsonschema = importlib.util.find_spec("jsonschema") is not None  # imported only when there is wording to do
    issues = structural_issues(data, check_types=use_jsonschema and not has_jsonschema)
    if not use_jsonschema or not has_jsonschema or not isinstance(data, dict):
        return with_titles(issues, data)
    if not issues and schema_fast.passes(data, schema_text(), SOURCE_TYPES):
        return with_titles(issues, data)
    import jsonschema  # lazy: optional (a user's QGIS may not have it) and slow to import; only to word problems

    validator = jsonschema.Draft202012Validator(load_schema())
    reported = {issue.entry_index for issue in issues}  # one clear message per entry: structural ones first
    for error in sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path)):
        issue = _issue_from_path(data, list(error.absolute_path), schema_problem(error))
        if issue.entry_index not in reported:
            issues.append(issue)
    return with_titles(_unique(issues), data)


def _issue_from_path(data: Dict[str, Any], path: Sequence[Any], message: str) -> SchemaIssue:
    if len(path) >= 2 and path[0] == "entries" and isinstance(path[1], int):
        entry = data["entries"][path[1]]
        entry_id = str(entry.get("id", "")) if isinstance(entry, dict) else ""
        return SchemaIssue(path[1], entry_id, ".".join(str(p) for p in path[2:]), message)
    return SchemaIssue(-1, "", ".".join(str(p) for p in path), message)


def structural_issues(data: Any, check_types: bool = True) -> List[SchemaIssue]:
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
        issues.extend(entry_issues(index, entry, check_types))
    return issues


def _known(value: Any, allowed: frozenset) -> bool:
    """``value`` is one of ``allowed`` (texts); False for anything else, lists and objects included."""
    return isinstance(value, str) and value in allowed


def entry_issues(index: int, entry: Any, check_types: bool = True) -> List[SchemaIssue]:
    """Structural problems of one entry (runs on every load: each key is looked up once)."""
    if not isinstance(entry, dict):
        return [SchemaIssue(index, "", "", tr("an entry is a JSON object"))]
    get = entry.get
    raw_id = get("id")
    entry_id = raw_id if isinstance(raw_id, str) else ""
    issues: List[SchemaIssue] = []

    def add(field: str, message: str) -> None:
        issues.append(SchemaIssue(index, entry_id, field, message))

    if not _REQUIRED_KEYS.issubset(entry):
        for key in REQUIRED_KEYS:
            if key not in entry:
                add(key, tr("is required"))
    if "id" in entry and not entry_id:
        add("id", tr("must be a non-empty text"))
    title = get("title")
    if "title" in entry and not (isinstance(title, dict) and any(isinstance(v, str) and v for v in title.values())):
        add("title", tr("needs a text in nl, en or fr"))
    sector = get("sector")
    if "sector" in entry and not _known(sector, _SECTOR_SET):
        add("sector", tr("unknown sector '{value}' (one of: {allowed})").format(
            value=sector, allowed=", ".join(SECTORS)))
    if "owner" in entry and not isinstance(get("owner"), str):
        add("owner", tr("must be a text"))
    licence = get("licence")
    if "licence" in entry:
        if not isinstance(licence, dict) or not _known(licence.get("type"), _LICENCE_SET):
            add("licence.type", tr("must be one of: {allowed}").format(allowed=", ".join(LICENCE_TYPES)))
    rhythm = get("update_rhythm")
    if rhythm is not None and not (isinstance(rhythm, str) and DURATION_RE.match(rhythm)):
        add("update_rhythm", tr("'{value}' is not an ISO 8601 duration such as P1M").format(value=rhythm))
    fields = get("fields")
    if fields is not None:
        if not isinstance(fields, dict):
            add("fields", tr("must map semantic roles to field names"))
        else:
            for role, name in fields.items():
                if role not in _ROLE_SET:
                    add("fields.{}".format(role), tr("unknown semantic role '{role}'").format(role=role))
                elif not isinstance(name, str) or not name:
                    add("fields.{}".format(role), tr("must be a field name (a text)"))
    if check_types:
        _type_issues(entry, add)
    extent = get("extent")
    if extent is not None:
        problem = extent_problem(extent, get("extent_crs"))
        if problem:
            add("extent", problem)
    if "source" in entry:
        issues.extend(source_issues(index, entry_id, get("source")))
    return issues


GEOGRAPHIC_CRS = ("", "EPSG:4326", "OGC:CRS84", "CRS:84", "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:EPSG::4326")


TEXT_KEYS = ("owner", "update_rhythm", "extent_crs", "style")
TEXT_SOURCE_KEYS = frozenset(("url", "layer", "collection", "path", "table", "schema", "service", "dbname", "host",
                              "crs", "format", "style", "version", "tile_matrix_set", "geometry_column", "key",
                              "authcfg"))
NUMBER_SOURCE_KEYS = frozenset(("port", "zmin", "zmax"))


def _texts(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(text, str) for text in value.values())


def _type_issues(entry: Dict[str, Any], add: Any) -> None:
    """The types the code relies on, checked without jsonschema too (a user's QGIS may not have it)."""
    for key in TEXT_KEYS:
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            add(key, tr("must be a text"))
    if "title" in entry and not _texts(entry["title"]):
        add("title", tr("must map languages (nl, en, fr) to texts"))
    description = entry.get("description")
    if description is not None and not (isinstance(description, str) or _texts(description)):
        add("description", tr("must map languages (nl, en, fr) to texts"))
    for key in ("steward", "freshness"):
        if entry.get(key) is not None and not _texts(entry[key]):
            add(key, tr("must be an object of texts"))
    licence = entry.get("licence")
    if isinstance(licence, dict) and len(licence) > 1 and not _texts(licence):
        add("licence", tr("name and url must be texts"))
    keywords = entry.get("keywords")
    if keywords is not None and not (isinstance(keywords, list) and all(isinstance(k, str) for k in keywords)):
        add("keywords", tr("must be a list of texts"))
    source = entry.get("source")
    if isinstance(source, dict):
        for key, value in source.items():
            if key in TEXT_SOURCE_KEYS and not isinstance(value, str):
                add("source.{}".format(key), tr("must be a text"))
            elif key in NUMBER_SOURCE_KEYS and (isinstance(value, bool) or not isinstance(value, (int, str))):
                add("source.{}".format(key), tr("must be a whole number"))


def extent_problem(extent: Any, extent_crs: Any = "") -> str:
    """Why an entry's extent is unusable ("" when fine): four finite numbers, min <= max, degrees in range when
    the extent is in longitude/latitude (no ``extent_crs``, or EPSG:4326/CRS84)."""
    if not (isinstance(extent, list) and len(extent) == 4):
        return tr("must be [xmin, ymin, xmax, ymax]")
    for value in extent:
        problem = number_problem(value)
        if problem:
            return tr("must be [xmin, ymin, xmax, ymax]: {problem}").format(problem=problem)
    xmin, ymin, xmax, ymax = (float(value) for value in extent)
    if xmin > xmax or ymin > ymax:
        return tr("xmin must not be greater than xmax, nor ymin than ymax")
    if str(extent_crs or "").strip() in GEOGRAPHIC_CRS and not (
            -180 <= xmin <= xmax <= 180 and -90 <= ymin <= ymax <= 90):
        return tr("degrees must lie within -180..180 and -90..90 (are these metres? then set extent_crs, e.g. "
                  "EPSG:31370)")
    return ""


def source_issues(index: int, entry_id: str, source: Any) -> List[SchemaIssue]:
    """Source type known, its required parameters present, no credentials inline."""
    if not isinstance(source, dict):
        return [SchemaIssue(index, entry_id, "source", tr("must be an object with a 'type'"))]
    kind = source.get("type")
    if not _known(kind, _SOURCE_SET):
        return [SchemaIssue(index, entry_id, "source.type", tr("unknown source type '{value}' (one of: {allowed})")
                            .format(value=kind, allowed=", ".join(SOURCE_TYPES)))]
    get = source.get
    issues = [SchemaIssue(index, entry_id, "source.{}".format(key), tr("is required for a {kind} source")
                          .format(kind=kind)) for key in REQUIRED_SOURCE_KEYS[kind] if not get(key)]
    if not _SECRET_SET.isdisjoint(source):
        for key in SECRET_KEYS:
            if key in source:
                issues.append(SchemaIssue(index, entry_id, "source.{}".format(key), tr(
                    "credentials never go in a catalogue: use an authcfg id")))
    url = get("url")
    if isinstance(url, str) and url:
        if not HTTP_RE.match(url):
            issues.append(SchemaIssue(index, entry_id, "source.url", tr("must be an http(s) address")))
        elif "@" in url.split("/")[2]:
            issues.append(SchemaIssue(index, entry_id, "source.url", tr(
                "credentials never go in a catalogue: use an authcfg id")))
    if kind == "file" and not (source.get("path") or source.get("url")):
        issues.append(SchemaIssue(index, entry_id, "source", tr("a file source needs 'path' or an http(s) 'url'")))
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
