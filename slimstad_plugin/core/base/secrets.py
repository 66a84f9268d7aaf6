"""The one rule that decides what of an address, a data source or a text may leave SlimStad: an ALLOW-list.

Everything SlimStad writes (packages and their manifest, provenance, snapshot source records, catalogues it
builds or exports, check reports, logs) passes through :func:`scrub_text` (free text), :func:`scrub_uri` (one data
source or URL), :func:`scrub_xml` (a QGIS project or style) or :func:`scrub_json` (a JSON document). The final
scan of a package (:func:`find_secrets`, :func:`scan_files`) applies the same rule: whatever the rule would still
change is a leftover, and the package is refused.

The rule:

* URL user-info (``https://user:password@host``) is removed.
* Query parameters of http(s)/ftp URLs are kept only when known harmless: the OGC and OGC API request parameters
  (:data:`HTTP_PARAMS`) plus the ones a catalogue entry marks public (``source.public_params``). Every other value
  becomes :data:`PLACEHOLDER` (``…?sig=SLIMSTAD-REMOVED``): the receiver sees which parameter to fill in.
* Key/value pairs of QGIS data source URIs (``dbname='x' user='y'``, ``url=…&layers=…``, ``path|layername=…``)
  are kept only for the structural keys of the QGIS providers (:data:`URI_KEYS`); ``url=`` values follow the URL
  rule; ``http-header:NAME`` / ``referer`` are kept only for harmless headers (:data:`HTTP_HEADERS`); anything
  else (``password``, ``user``, ``x-api-key``, a key nobody has heard of) becomes the placeholder.
* QGIS ``authcfg`` ids stay: they name an entry of the receiver's own authentication database, not a secret.

Removed values are returned (never logged) so the final scan can prove none of them survived elsewhere.
"""

import html
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, List, Optional, Set, Tuple
from urllib.parse import quote, unquote

from .secret_vocabulary import ANCHORS as _ANCHORS
from .secret_vocabulary import HTTP_HEADERS, HTTP_PARAMS, OGR_OPTIONS, URI_KEYS  # noqa: F401 - the rule's public names

PLACEHOLDER = "SLIMSTAD-REMOVED"

# Any scheme: ``postgresql://user:password@host/db``, ``mongodb+srv://…``, ``s3://key:secret@bucket`` too.
_SCHEME = r"(?:[A-Za-z][A-Za-z0-9+.-]{0,30})"
_URL = re.compile(r"(?i)(?<![\w+.-])" + _SCHEME + r"://[^\s'\"<>\\`]+")
_ENCODED_URL = re.compile(r"(?i)\b(?:https?|ftps?)%3A%2F%2F[^\s'\"<>&|]+")
_KEY = r"[A-Za-z_][\w.:-]*"
_PAIR = re.compile(r"(?P<key>" + _KEY + r")=(?P<value>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"(?:\.\"(?:[^\"\\]|\\.)*\")?"
                   r"(?:\s*\([^)]*\))?|[^\s'\"]*)")
_AMP_FORM = re.compile(r"^" + _KEY + r"(?:=[^&]*)?(?:&" + _KEY + r"(?:=[^&]*)?)+$|^(?:url|type)=[^&]*$",
                       re.IGNORECASE)
_PIPE_FORM = re.compile(r"^[^|]+(?:\|" + _KEY + r"=[^|]*)+$")
_TEMPLATE = re.compile(r"\[%|\{\{|\{\w*\}|\$\{|^@\w")
_XML_TEXT = re.compile(r">([^<]+)<")
_XML_ATTRIBUTE = re.compile(r"(\s" + _KEY + r"=)\"([^\"]*)\"")
# ``Authorization: Bearer …`` / ``X-Api-Key: …`` as printed in a message or log line, and QGIS's
# ``http-header:NAME=value`` anywhere: every header outside :data:`HTTP_HEADERS` loses its value.
_HEADER_LINE = re.compile(r"(?i)(?<![\w-])(?P<name>(?:proxy-)?authorization|(?:set-)?cookie|x-amz-[\w-]+|"
                          r"[\w-]{0,30}(?:api-?key|token|secret|auth(?!or|cfg)|signature|subscription-key|session|"
                          r"password)[\w-]{0,30})\s*:\s*(?P<value>(?:(?:bearer|basic|digest|token|negotiate|"
                          r"aws4-hmac-sha256)\s+)?[^\s,;'\"<>]+)")
_QGIS_HEADER = re.compile(r"(?i)(?P<key>(?<![\w-])http-header:[\w-]+)=(?P<value>(?:bearer|basic|digest|token)"
                          r"(?:\s|%20|\+)+[^\s&'\"<>|]+|[^\s&'\"<>|]*)")
# Names that say "credential" whatever their spelling (``PGPASSWORD``, ``client_secret``, ``X-Auth-Token``): in free
# text and JSON objects, where no URI grammar tells keys apart, a value under such a name is removed too.
_CREDENTIAL_KEY = re.compile(r"(?i)passw(?:or)?d|pwd|secret|token|api[-_]?key|access[-_]?key|private[-_]?key|"
                             r"auth(?!cfg|or)|signature|^sig$|credential|cookie|session|bearer")
_HOST = re.compile(r"(?<![\w-])(?:host|service)\s*=\s*'?([^\s'&]+)")
_URL_HOST = re.compile(r"(?i)\b(?:https?|ftps?)://(?:[^/@\s'\"]*@)?([^/?&#'\"\s:]+)")
LOG = logging.getLogger(__name__)


@dataclass
class ScrubResult:
    """Cleaned text and the names of what was removed (never their values)."""

    text: str
    removed_keys: List[str] = field(default_factory=list)
    # Removed values, kept in memory only so the final scan can prove they are gone.
    values: List[str] = field(default_factory=list, repr=False)

    @property
    def changed(self) -> bool:
        return bool(self.removed_keys)


class _Run:
    """What one cleaning pass removed; ``public`` are the extra parameter names a catalogue marked harmless."""

    def __init__(self, public: Iterable[str] = ()) -> None:
        self.public: Set[str] = {str(name).lower() for name in public or ()}
        self.removed: List[str] = []
        self.values: List[str] = []

    def drop(self, key: str, value: str) -> str:
        self.removed.append(key.lower())
        value = value.strip("'\"")
        if _worth_remembering(value) and key.lower() not in ("user", "username", "user-info"):
            self.values.append(value)
        return PLACEHOLDER

    def result(self, text: str) -> ScrubResult:
        return ScrubResult(text, sorted(set(self.removed)), list(dict.fromkeys(self.values)))


def _worth_remembering(value: str) -> bool:
    """Values long and odd enough that finding them elsewhere means a leak, not a coincidence."""
    return len(value) >= 12 or (len(value) >= 6 and bool(re.search(r"[A-Za-z]", value))
                                and bool(re.search(r"\d", value)))


def _harmless_value(value: str) -> bool:
    bare = value.strip("'\"")
    return bare in ("", PLACEHOLDER) or bool(_TEMPLATE.search(bare))


# ---- URLs ---------------------------------------------------------------------------------------------------

_SEMI_PAIR = re.compile(r";(?=[A-Za-z_][\w.-]*=)")


def _clean_query(query: str, run: _Run, allowed: Callable[[str], bool]) -> str:
    segments = []
    for segment in query.split("&"):
        if "=" in segment:
            key, value = segment.split("=", 1)
            name = unquote(key).lower()
            if allowed(name) and _SEMI_PAIR.search(value):  # ``SERVICE=WMS;token=…``: old-style separators
                head, *pairs = _SEMI_PAIR.split(value)
                value = ";".join([head] + [_clean_query(pair, run, allowed) for pair in pairs])
            if allowed(name) or _harmless_value(unquote(value)):
                decoded = unquote(value)
                if "://" in decoded:  # e.g. sld=https://… carries its own query
                    cleaned = _clean_urls(decoded, run)
                    if cleaned != decoded:
                        value = quote(cleaned, safe="/:@!$'()*+,;~")
                segments.append(key + "=" + value)
            else:
                segments.append(key + "=" + run.drop(name, unquote(value)))
        elif "%3d" in segment.lower():  # a whole query percent-encoded once more (QGIS url= values)
            nested = unquote(segment)
            cleaned = _clean_query(nested, run, allowed)
            segments.append(segment if cleaned == nested else quote(cleaned, safe="/:@!$'()*+,;~"))
        elif segment == "" or allowed(unquote(segment).lower()) or _harmless_value(segment):
            segments.append(segment)
        else:
            segments.append(run.drop("(unnamed)", unquote(segment)))
    return "&".join(segments)


def _clean_url(url: str, run: _Run) -> str:
    scheme, _, rest = url.partition("://")
    end = len(rest)
    for mark in "/?#":
        position = rest.find(mark)
        if position >= 0:
            end = min(end, position)
    authority, tail = rest[:end], rest[end:]
    if "@" in authority:
        userinfo, authority = authority.rsplit("@", 1)
        run.removed.append("user-info")
        for part in unquote(userinfo).split(":")[1:]:
            if part:
                run.values.append(part)
    if scheme.lower() == "file":
        allowed: Callable[[str], bool] = lambda name: name in URI_KEYS or name in run.public  # noqa: E731
    else:
        allowed = lambda name: name in HTTP_PARAMS or name in run.public  # noqa: E731
    path, mark, query = tail.partition("?")
    if _SEMI_PAIR.search(path.split("#", 1)[0]):  # matrix parameters: /path;jsessionid=…
        head, *pairs = _SEMI_PAIR.split(path)
        path = ";".join([head] + [_clean_query(pair, run, allowed) for pair in pairs])
    if mark:
        query, hash_mark, fragment = query.partition("#")
        query = _clean_query(query, run, allowed)
        if hash_mark:
            fragment = _clean_query(fragment, run, allowed) if "=" in fragment else fragment
        tail = path + "?" + query + (hash_mark + fragment if hash_mark else "")
    elif "#" in path and "=" in path.split("#", 1)[1]:  # OAuth implicit grant: #access_token=…
        path, fragment = path.split("#", 1)
        tail = path + "#" + _clean_query(fragment, run, allowed)
    return scheme + "://" + authority + tail


def _clean_urls(text: str, run: _Run) -> str:
    text = _URL.sub(lambda match: _clean_url(match.group(0), run), text)

    def encoded(match: "re.Match[str]") -> str:
        decoded = unquote(match.group(0))
        cleaned = _URL.sub(lambda inner: _clean_url(inner.group(0), run), decoded)
        return match.group(0) if cleaned == decoded else quote(cleaned, safe="")

    return _ENCODED_URL.sub(encoded, text)


# ---- QGIS data source URIs ----------------------------------------------------------------------------------

def _uri_key_allowed(key: str, run: _Run) -> bool:
    name = key.lower()
    if name.startswith("http-header:"):
        return name.split(":", 1)[1] in HTTP_HEADERS
    if name.startswith("option:"):
        return name.split(":", 1)[1] in OGR_OPTIONS
    return name in URI_KEYS or name == "referer" or name in run.public


def _clean_pair_value(key: str, value: str, run: _Run) -> str:
    """The value of one URI pair: allowed keys keep it (their URLs cleaned), others get the placeholder."""
    quote_char = value[0] if value[:1] in ("'", '"') and value[-1:] == value[:1] and len(value) > 1 else ""
    bare = value[1:-1] if quote_char else value
    if _uri_key_allowed(key, run):
        if key.lower() == "sql":
            return value
        cleaned = _clean_value(bare, run) if ("://" in bare or "=" in bare) else bare
        return quote_char + cleaned + quote_char if cleaned != bare else value
    if _harmless_value(bare):
        return value
    return quote_char + run.drop(key, bare) + quote_char


def _space_pairs(text: str) -> Optional[List[Tuple[int, int, str, str]]]:
    """(start, end, key, value) of every pair when ``text`` is a space-separated URI, else None."""
    pairs = []
    position, length = 0, len(text)
    while position < length:
        while position < length and text[position].isspace():
            position += 1
        if position >= length:
            break
        if text.startswith("sql=", position):
            pairs.append((position, length, "sql", text[position + 4:]))
            break
        match = _PAIR.match(text, position)
        if match is None or (match.end() < length and not text[match.end()].isspace()):
            return None
        pairs.append((match.start(), match.end(), match.group("key"), match.group("value")))
        position = match.end()
    return pairs if pairs else None


def _clean_space_form(text: str, pairs: List[Tuple[int, int, str, str]], run: _Run) -> str:
    out, last = [], 0
    for start, end, key, value in pairs:
        if key == "sql":
            out.append(text[last:])
            last = len(text)
            break
        out.append(text[last:start])
        out.append(key + "=" + _clean_pair_value(key, value, run))
        last = end
    out.append(text[last:])
    return "".join(out)


def _clean_amp_form(text: str, run: _Run, prefix: str = "") -> str:
    segments = []
    for segment in text.split("&"):
        key, _, raw = segment.partition("=")
        decoded = unquote(raw)
        if _uri_key_allowed(key, run):
            cleaned = _clean_value(decoded, run) if ("://" in decoded or "=" in decoded) and \
                key.lower() not in ("sql", "query", "subset", "filter") else decoded
            segments.append(segment if cleaned == decoded else key + "=" + quote(cleaned, safe="/:?@!$'()*+,;~"))
        elif _harmless_value(decoded):
            segments.append(segment)
        else:
            segments.append(key + "=" + run.drop(key, decoded))
    return prefix + "&".join(segments)


def _amp_keys_known(text: str) -> bool:
    """An ``a=b&c=d`` text whose values hold spaces is still a URI when every key is a URI key or a header."""
    if "&" not in text:
        return False
    keys = [segment.partition("=")[0].lower() for segment in text.split("&")]
    return all(key in URI_KEYS or key in _ANCHORS or key.startswith(("http-header:", "option:")) or key == "referer"
               for key in keys)


def _clean_headers(text: str, run: _Run) -> str:
    """Header values in free text (``Authorization: Bearer …``, ``http-header:X-Key=…``) outside the allow-list."""
    def qgis(match: "re.Match[str]") -> str:
        if _uri_key_allowed(match.group("key"), run) or _harmless_value(match.group("value")):
            return match.group(0)
        return match.group("key") + "=" + run.drop(match.group("key"), unquote(match.group("value")))

    def line(match: "re.Match[str]") -> str:
        name = match.group("name").lower()
        if name in HTTP_HEADERS or name in run.public or _harmless_value(match.group("value")):
            return match.group(0)
        return match.group(0)[:match.start("value") - match.start()] + run.drop(name, match.group("value"))

    return _HEADER_LINE.sub(line, _QGIS_HEADER.sub(qgis, text))


def _clean_pipe_form(text: str, run: _Run) -> str:
    head, *options = text.split("|")
    out = [_clean_value(head, run)]
    for option in options:
        key, _, value = option.partition("=")
        if _uri_key_allowed(key, run) or _harmless_value(value):
            out.append(option)
        else:
            out.append(key + "=" + run.drop(key, value))
    return "|".join(out)


def _is_uri(pairs: List[Tuple[int, int, str, str]]) -> bool:
    return any(key.lower() in URI_KEYS or key.lower() in _ANCHORS for _, _, key, _ in pairs)


def _clean_free_text(text: str, run: _Run) -> str:
    """URLs anywhere, and runs of ``key=value`` pairs that look like a data source (they name a host, table…)."""
    text = _clean_headers(_clean_urls(text, run), run)
    urls = [(match.start(), match.end()) for match in _URL.finditer(text)]  # already cleaned by the URL rule
    out, last = [], 0
    for run_match in re.finditer(r"(?:" + _PAIR.pattern + r")(?:\s+(?:" + _PAIR.pattern.replace("?P<key>", "?:")
                                 .replace("?P<value>", "?:") + r"))*", text):
        if any(start <= run_match.start() < end for start, end in urls):
            continue
        segment = run_match.group(0)
        pairs = _space_pairs(segment)
        if pairs and any(key.lower() in _ANCHORS or _CREDENTIAL_KEY.search(key) for _, _, key, _ in pairs):
            out.append(text[last:run_match.start()])
            out.append(_clean_space_form(segment, pairs, run))
            last = run_match.end()
    out.append(text[last:])
    return "".join(out)


def _clean_value(text: str, run: _Run) -> str:
    """One string of unknown kind: a data source URI in any QGIS form, a URL, or free text."""
    stripped = text.strip()
    if not stripped or "=" not in stripped and "@" not in stripped and not _HEADER_LINE.search(stripped):
        return text
    lowered = stripped.lower()
    if re.match(r"^" + _SCHEME + r"://\S*$", stripped, re.IGNORECASE):
        return _clean_urls(text, run)
    if lowered.startswith("pg:"):
        body = stripped[3:]
        if len(body) > 1 and body[0] == body[-1] == '"':
            body = body[1:-1]
        pairs = _space_pairs(body)
        return text if pairs is None else text.replace(body, _clean_space_form(body, pairs, run))
    for prefix in ("memory?", "?"):
        if lowered.startswith(prefix) and _AMP_FORM.match(stripped[len(prefix):]):
            return _clean_amp_form(stripped[len(prefix):], run, stripped[:len(prefix)])
    if _AMP_FORM.match(stripped) and (" " not in stripped or _amp_keys_known(stripped)):
        return _clean_amp_form(stripped, run)
    if "|" in stripped and _PIPE_FORM.match(stripped):
        return _clean_pipe_form(stripped, run)
    pairs = _space_pairs(stripped)
    if pairs and _is_uri(pairs):
        return _clean_space_form(stripped, pairs, run)
    return _clean_free_text(text, run)


# ---- public API ---------------------------------------------------------------------------------------------

def scrub_url(url: str, public: Iterable[str] = ()) -> ScrubResult:
    """One URL: user-info removed, query parameters outside the allow-list replaced by :data:`PLACEHOLDER`."""
    run = _Run(public)
    return run.result(_clean_urls(url, run))


def scrub_uri(uri: str, public: Iterable[str] = ()) -> ScrubResult:
    """One data source URI of any QGIS provider, or a URL (see the module docstring for the rule)."""
    run = _Run(public)
    return run.result(_clean_value(uri, run))


def scrub_text(text: str, public: Iterable[str] = ()) -> ScrubResult:
    """Free text (a log line, a message, a note): URLs and data source URIs inside it are cleaned."""
    run = _Run(public)
    return run.result(_clean_value(text, run))


# Project and layer variables (``@api_key``): names and values are two parallel lists in a .qgs.
_PROJECT_VARIABLES = re.compile(r"(<variableNames[^>]*>)(.*?)(</variableNames>\s*<variableValues[^>]*>)(.*?)"
                                r"(</variableValues>)", re.S)
_LAYER_VARIABLES = re.compile(r'(<Option\b(?=[^>]*\bname="variableNames")[^>]*>)(.*?)(</Option>\s*<Option\b'
                              r'(?=[^>]*\bname="variableValues")[^>]*>)(.*?)(</Option>)', re.S)
_PROJECT_ITEM = re.compile(r"(<value>)([^<]*)(</value>)")
_LAYER_ITEM = re.compile(r'(<Option\b[^>]*?\bvalue=")([^"]*)("[^>]*/>)')  # attributes in any order


def _clean_variables(text: str, run: _Run) -> str:
    """Values of variables whose name says "credential" (``api_key``, ``my_token``) become the placeholder."""
    def lists(item: "re.Pattern[str]") -> Callable[["re.Match[str]"], str]:
        def replace(match: "re.Match[str]") -> str:
            names = [html.unescape(found.group(2)) for found in item.finditer(match.group(2))]
            position = iter(range(10 ** 9))

            def value(found: "re.Match[str]") -> str:
                index = next(position)
                name = names[index] if index < len(names) else ""
                raw = html.unescape(found.group(2))
                if not _CREDENTIAL_KEY.search(name) or _harmless_value(raw) or name.lower() in run.public:
                    return found.group(0)
                return found.group(1) + run.drop(name, raw) + found.group(3)

            return (match.group(1) + match.group(2) + match.group(3) + item.sub(value, match.group(4))
                    + match.group(5))
        return replace

    text = _PROJECT_VARIABLES.sub(lists(_PROJECT_ITEM), text)
    return _LAYER_VARIABLES.sub(lists(_LAYER_ITEM), text)


def scrub_xml(text: str, public: Iterable[str] = ()) -> ScrubResult:
    """A QGIS project / style XML: every text node and attribute value is cleaned as one value; variables whose
    name says "credential" lose their value."""
    run = _Run(public)
    text = _clean_variables(text, run)

    def node(match: "re.Match[str]") -> str:
        raw = match.group(1)
        value = html.unescape(raw)
        cleaned = _clean_value(value, run)
        return match.group(0) if cleaned == value else ">" + html.escape(cleaned, quote=False) + "<"

    def attribute(match: "re.Match[str]") -> str:
        value = html.unescape(match.group(2))
        cleaned = _clean_value(value, run)
        return match.group(0) if cleaned == value else match.group(1) + '"' + html.escape(cleaned, quote=True) + '"'

    return run.result(_XML_ATTRIBUTE.sub(attribute, _XML_TEXT.sub(node, text)))


def scrub_json(value: Any, public: Iterable[str] = ()) -> Tuple[Any, ScrubResult]:
    """A JSON document (parsed): every string cleaned; returns the new document and what was removed."""
    run = _Run(public)

    def pair(key: str, item: Any, headers: bool) -> Any:
        """A member of an object: a credential-named key (or any header but the harmless ones) loses its value."""
        name = str(key).lower()
        if isinstance(item, (str, int, float)) and not isinstance(item, bool) and name not in URI_KEYS and \
                (_CREDENTIAL_KEY.search(name) or (headers and name not in HTTP_HEADERS)) and \
                not _harmless_value(str(item)) and name not in run.public:
            return run.drop(name, str(item))
        return walk(item, name in ("headers", "http_headers", "http-headers"))

    def walk(item: Any, headers: bool = False) -> Any:
        if isinstance(item, str):
            return _clean_value(item, run)
        if isinstance(item, list):
            return [walk(element) for element in item]
        if isinstance(item, dict):
            return {key: pair(key, element, headers) for key, element in item.items()}
        return item

    cleaned = walk(value)
    return cleaned, run.result("")


def scrub_document(text: str, kind: str, public: Iterable[str] = ()) -> ScrubResult:
    """A whole file's text by kind: ``xml`` (.qgs/.qml/.sld/.qmd), ``json`` or anything else as free text."""
    if kind == "xml":
        return scrub_xml(text, public)
    if kind == "json":
        try:
            document = json.loads(text)
            cleaned, result = scrub_json(document, public)
        except (ValueError, RecursionError):  # not JSON, or nested too deeply to walk: cleaned as text
            return scrub_text(text, public)
        result.text = text if not result.changed else json.dumps(cleaned, indent=2, ensure_ascii=False)
        return result
    return scrub_text(text, public)


def describe_endpoint(uri: str) -> str:
    """Host (database or web service) a receiver must configure credentials for, or ''."""
    match = _HOST.search(uri) or _URL_HOST.search(unquote(uri))
    return match.group(1) if match else ""


def document_kind(name: str, data: bytes) -> str:
    """``xml``, ``json`` or ``text`` for a file name and its first bytes."""
    lowered = name.lower()
    if lowered.endswith((".qgs", ".qml", ".sld", ".qmd", ".xml")) or data.lstrip()[:1] == b"<":
        return "xml"
    if lowered.endswith(".json") or data.lstrip()[:1] in (b"{", b"["):
        return "json"
    return "text"


def find_secrets(data: bytes, public: Iterable[str] = (), name: str = "") -> List[str]:
    """Keys that still hold a value the rule would remove (the final, fail-closed check); [] when clean."""
    text = data.decode("utf-8", "replace")
    return scrub_document(text, document_kind(name, data), public).removed_keys
