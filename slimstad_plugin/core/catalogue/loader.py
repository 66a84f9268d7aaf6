"""Load catalogues from a local path, a shared drive or an http(s) URL, and merge several into one list."""

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union
from urllib.parse import unquote, urlsplit

from ..base import readers
from ..base.answers import ServiceReportedError, content_type, looks_like_html, server_message
from ..base.errors import SlimStadError
from ..base.files import FileWriteError, write_text_atomic
from ..base.i18n import translator
from ..base.network import NetworkError, http_get, redact_url
from ..base.secrets import scrub_json
from .model import Catalogue, CatalogueEntry
from .schema import SchemaIssue, validate, with_titles
from .validation_cache import already_valid, remember_valid, text_key

tr = translator("SlimStadCatalogue")
LOG = logging.getLogger(__name__)
MAX_LISTED_ISSUES = 10


class CatalogueError(SlimStadError):
    """A catalogue cannot be used; the message names the file and the position, entry or field."""

    def __init__(self, message: str, issues: Optional[List[SchemaIssue]] = None) -> None:
        super().__init__(message)
        self.issues = issues or []


@dataclass
class MergeResult:
    """Entries of several catalogues, first occurrence of an id wins."""

    entries: List[CatalogueEntry] = field(default_factory=list)
    by_id: Dict[str, CatalogueEntry] = field(default_factory=dict)
    duplicates: List[Tuple[str, str, str]] = field(default_factory=list)  # (id, kept origin, dropped origin)


def is_remote(location: Union[str, Path]) -> bool:
    """True for http(s) URLs."""
    return isinstance(location, str) and urlsplit(location).scheme.lower() in ("http", "https")


def load_catalogue(location: Union[str, Path], timeout_s: float = 10, data_dir: Optional[Union[str, Path]] = None,
                   strict: bool = True, authcfg: str = "") -> Catalogue:
    """Read, validate and return one catalogue.

    ``strict`` raises on any invalid entry; otherwise invalid entries are skipped and listed in
    ``Catalogue.problems`` (the dock shows them, the rest of the catalogue stays usable).
    """
    remote = is_remote(location)
    if remote:
        url = str(location)
        name = redact_url(url)
        try:
            response = http_get(url, timeout_s=timeout_s, authcfg=authcfg, headers={"Accept": "application/json"},
                                max_bytes=readers.CATALOGUE.max_bytes)
            content = catalogue_answer(response.content, name, response.headers)
        except NetworkError as error:
            raise CatalogueError(tr("Cannot load catalogue {name}: {error}").format(name=name, error=error)) from error
        base_dir = ""
    else:
        path = _local_path(location)
        name = str(path)
        if not path.exists():
            raise CatalogueError(tr("Catalogue file {name} does not exist").format(name=name))
        try:
            content = readers.read_text(path, name, readers.CATALOGUE.max_bytes)
        except readers.ReadError as error:
            raise CatalogueError(str(error)) from None
        base_dir = str(path.parent)
    return parse_catalogue(content, name, base_dir=base_dir, data_dir=data_dir, remote=remote, strict=strict)


def catalogue_answer(data: bytes, name: str, headers: dict) -> bytes:
    """The body of a catalogue fetched over HTTP, refused when it is a web page (a portal or login page served
    with HTTP 200) or an error report (with the server's message). Its text is decoded like a file's, by the one
    reader (parse_catalogue)."""
    media, _charset = content_type(headers)
    if looks_like_html(data, media) or data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        message = server_message(data, headers)
        raise ServiceReportedError(tr("the address answered a web page or an error, not a catalogue: {message}")
                                   .format(message=message or media), name, message)
    return data


def parse_catalogue(text: Union[str, bytes], name: str, base_dir: str = "",
                    data_dir: Optional[Union[str, Path]] = None, remote: bool = False,
                    strict: bool = True) -> Catalogue:
    """Parse and validate catalogue JSON (text, or bytes as read from disk or HTTP: decoded by the one reader);
    ``name`` is used in messages and as the entries' origin. Raises CatalogueError naming ``name`` and the place."""
    if not isinstance(text, str):
        try:
            text = readers.decode_text(bytes(text), name)
        except readers.ReadError as error:
            raise CatalogueError(str(error)) from None
    try:
        data = readers.parse_json(text, name, readers.CATALOGUE)
    except readers.ReadError as error:
        raise CatalogueError(str(error)) from None
    key = text_key(text)
    full_schema = not already_valid(key)  # jsonschema once per catalogue version; structure always
    issues = validate(data, use_jsonschema=full_schema)
    if full_schema and not issues:
        remember_valid(key)
    if remote and isinstance(data, dict) and isinstance(data.get("entries"), list):
        issues.extend(with_titles(_local_reference_issues(data["entries"], has_data_dir=bool(data_dir)), data))
    header_issues = [issue for issue in issues if issue.entry_index < 0]
    if header_issues or (issues and strict):
        listed = "; ".join(str(issue) for issue in issues[:MAX_LISTED_ISSUES])
        more = len(issues) - MAX_LISTED_ISSUES
        if more > 0:
            listed += " " + tr("(and {n} more)").format(n=more)
        raise CatalogueError(tr("Catalogue {name} is invalid: {issues}").format(name=name, issues=listed), issues)
    bad = {issue.entry_index for issue in issues}
    if data.get("data_dir") and not remote:
        declared = Path(str(data["data_dir"])).expanduser()
        catalogue_data_dir = str(declared if declared.is_absolute() else Path(base_dir) / declared)
    else:
        catalogue_data_dir = ""
    resolved_data_dir = str(data_dir) if data_dir else catalogue_data_dir
    entries = []
    for index, raw in enumerate(data["entries"]):
        if index in bad:
            continue
        entry = CatalogueEntry.from_dict(raw, origin=name)
        entry.base_dir = base_dir
        entry.data_dir = resolved_data_dir
        if remote and not resolved_data_dir:
            entry.style = None  # nothing local to resolve it against (and never the working directory)
        entries.append(entry)
    catalogue = Catalogue(id=str(data["id"]), title=dict(data["title"]), version=int(data["version"]),
                          entries=entries, origin=name, base_dir=base_dir, data_dir=resolved_data_dir,
                          problems=[str(issue) for issue in issues])
    for problem in catalogue.problems:
        LOG.warning("%s", problem)
    return catalogue


def _local_path(location: Union[str, Path]) -> Path:
    if isinstance(location, str) and location.lower().startswith("file://"):
        return Path(unquote(urlsplit(location).path))
    return Path(location).expanduser()


def _local_reference_issues(entries: Sequence[object], has_data_dir: bool = False) -> List[SchemaIssue]:
    """A catalogue fetched over the network must not make QGIS open files on this computer.

    Relative data paths are allowed only inside a data folder the user configured."""
    issues = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            continue
        entry_id = str(entry.get("id", ""))
        source = entry.get("source") if isinstance(entry.get("source"), dict) else {}
        candidates = [("source.path", source.get("path")), ("source.url", source.get("url")),
                      ("style", entry.get("style"))]
        for field_name, value in candidates:
            if isinstance(value, str) and _points_at_local_file(value):
                issues.append(SchemaIssue(index, entry_id, field_name, tr(
                    "a remote catalogue may not point at local files ({value})").format(value=value)))
            elif field_name == "source.path" and isinstance(value, str) and value and not has_data_dir:
                issues.append(SchemaIssue(index, entry_id, field_name, tr(
                    "a remote catalogue may not point at local files ({value})").format(value=value)))
    return issues


def _points_at_local_file(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered.startswith("file:") or lowered.startswith("\\\\") or lowered.startswith("/"):
        return True
    if len(lowered) > 1 and lowered[1] == ":":  # C:\ or C:/
        return True
    return ".." in Path(value).parts or lowered.startswith("~")


def merge_catalogues(catalogues: Sequence[Catalogue]) -> MergeResult:
    """One list of entries; when two catalogues share an id the earlier catalogue (the city's own) wins."""
    result = MergeResult()
    for catalogue in catalogues:
        for entry in catalogue.entries:
            kept = result.by_id.get(entry.id)
            if kept is not None:
                result.duplicates.append((entry.id, kept.origin, entry.origin))
                continue
            result.by_id[entry.id] = entry
            result.entries.append(entry)
    return result


def load_catalogues(locations: Sequence[Union[str, Path]], timeout_s: float = 10,
                    data_dir: Optional[Union[str, Path]] = None) -> Tuple[MergeResult, List[Catalogue], List[str]]:
    """Load several leniently (a broken one is reported, not fatal) and merge them in the given order."""
    catalogues, errors = [], []
    for location in locations:
        try:
            catalogues.append(load_catalogue(location, timeout_s=timeout_s, data_dir=data_dir, strict=False))
        except CatalogueError as error:
            errors.append(str(error))
    return merge_catalogues(catalogues), catalogues, errors


def clean_catalogue_dict(data: Dict) -> Dict:
    """A catalogue's JSON form with every string through the secrets rule (core/secrets.py), each entry with
    its own ``public_params``: what SlimStad builds or exports never carries a credential."""
    cleaned, _ = scrub_json({key: value for key, value in data.items() if key != "entries"})
    entries = []
    for entry in data.get("entries", []):
        public = (entry.get("source") or {}).get("public_params") or []
        entries.append(scrub_json(entry, public)[0])
    cleaned["entries"] = entries
    return cleaned


def save_catalogue(catalogue: Catalogue, path: Union[str, Path], inputs: Sequence[Union[str, Path]] = ()) -> Path:
    """Write a catalogue as indented JSON (validated first: never write what cannot be read back), cleaned by
    the secrets rule, atomically; refuses to overwrite one of ``inputs`` (the sources it was built from)."""
    data = clean_catalogue_dict(catalogue.to_dict())
    issues = validate(data)
    if issues:
        raise CatalogueError(tr("Catalogue {name} is invalid: {issues}").format(
            name=path, issues="; ".join(str(issue) for issue in issues[:MAX_LISTED_ISSUES])), issues)
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        return write_text_atomic(target, json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                 [str(item) for item in inputs if "://" not in str(item)])
    except FileWriteError as error:
        raise CatalogueError(str(error)) from error
