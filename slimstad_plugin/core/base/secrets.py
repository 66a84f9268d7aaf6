"""The one place that removes credentials from data source URIs, URLs and project XML, and scans files.

Provenance, logs, catalogues, snapshots and packages all call :func:`scrub_uri`. Packages leave the
administration, so anything that can authenticate (authcfg ids, user names,
passwords, tokens, API keys, in plain, XML-escaped or URL-encoded form) is cut out and replaced by a
note in the manifest telling the receiver what to configure.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, List, Tuple

# Keys whose values authenticate. ``key=`` alone is NOT here: in PostGIS URIs it names the primary key.
SECRET_KEYS = (
    "authcfg", "password", "passwd", "pwd", "user", "username", "token", "access_token", "apikey",
    "api_key", "api-key", "secret", "client_secret",
)
_KEYS = "|".join(re.escape(key) for key in sorted(SECRET_KEYS, key=len, reverse=True))
# key, separator (=, URL-encoded = or XML attribute), value (quoted, or up to a delimiter).
_PAIR = re.compile(
    r"(?<![\w-])(?P<key>" + _KEYS + r")(?P<sep>\s*=|%3[dD])"
    r"(?P<value>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|&quot;.*?&quot;|&apos;.*?&apos;|(?:(?!%26)[^\s&'\"<>|;,])*)",
    re.IGNORECASE,
)
# What the final scan refuses: a secret key followed by a non-empty value.
_LEFTOVER = re.compile(
    rb"(?<![\w-])(" + _KEYS.encode() + rb")(\s*=|%3[dD])(?:'[^']|\"[^\"]|&quot;(?!&quot;)|[^\s&'\"<>|;,])",
    re.IGNORECASE,
)
_AUTHCFG_ELEMENT = re.compile(r"<(authcfg|authConfigId)>([^<]+)</\1>", re.IGNORECASE)
_AUTHCFG_ATTRIBUTE = re.compile(r"\b(authcfg|authConfigId)=\"([^\"]+)\"", re.IGNORECASE)
_URL_USERINFO = re.compile(r"(?<=://)([^/@\s'\"]+)@")  # https://user:password@host
_HOST = re.compile(r"(?<![\w-])host\s*=\s*'?([^\s'&]+)")
_URL_HOST = re.compile(r"https?://([^/?&'\"\s]+)")


@dataclass
class ScrubResult:
    """Cleaned text and which kinds of credentials were removed (never their values)."""

    text: str
    removed_keys: List[str] = field(default_factory=list)
    # Removed secret values, kept in memory only so the final scan can prove they are gone.
    values: List[str] = field(default_factory=list, repr=False)

    @property
    def changed(self) -> bool:
        return bool(self.removed_keys)


def scrub_text(text: str) -> ScrubResult:
    """Drop every ``secret_key=value`` pair (URI, XML-escaped or URL-encoded) from ``text``."""
    removed: List[str] = []
    values: List[str] = []

    def drop(match: "re.Match[str]") -> str:
        key = match.group("key").lower()
        removed.append(key)
        value = match.group("value").strip("'\"")
        if key not in ("user", "username") and len(value) >= 6:
            values.append(value)
        return ""

    cleaned = _PAIR.sub(drop, text)
    for match in _URL_USERINFO.finditer(cleaned):
        removed.append("url_credentials")
        values.extend(part for part in match.group(1).split(":")[1:] if len(part) >= 6)
    cleaned = _URL_USERINFO.sub("", cleaned)
    for pattern in (_AUTHCFG_ELEMENT, _AUTHCFG_ATTRIBUTE):
        for match in pattern.finditer(cleaned):
            removed.append("authcfg")
            values.append(match.group(2))
    cleaned = _AUTHCFG_ELEMENT.sub(r"<\1></\1>", cleaned)
    cleaned = _AUTHCFG_ATTRIBUTE.sub(r'\1=""', cleaned)
    # Tidy separators left behind by removed pairs (``a=1&&b=2``, ``?&b=2``, double spaces).
    cleaned = re.sub(r"&(amp;)?(?=&)", "", cleaned)
    cleaned = re.sub(r"\?&(amp;)?", "?", cleaned)
    return ScrubResult(cleaned, sorted(set(removed)), values)


def scrub_uri(uri: str) -> ScrubResult:
    """:func:`scrub_text` for one data source URI."""
    result = scrub_text(uri)
    result.text = re.sub(r"(?<=\S)  +(?=\S)", " ", result.text).strip()
    return result


def describe_endpoint(uri: str) -> str:
    """Host (database or web service) a receiver must configure credentials for, or ''."""
    match = _HOST.search(uri) or _URL_HOST.search(uri)
    return match.group(1) if match else ""


def find_secrets(data: bytes) -> List[str]:
    """Credential keys with a non-empty value found in ``data`` (used as the final fail-closed check)."""
    found = {match.group(1).decode("ascii", "replace").lower() for match in _LEFTOVER.finditer(data)}
    for pattern in (rb"<authcfg>[^<]+</authcfg>", rb"<authConfigId>[^<]+</authConfigId>", rb"authcfg=\"[^\"]+\""):
        if re.search(pattern, data, re.IGNORECASE):
            found.add("authcfg")
    return sorted(found)


def scan_files(paths: Iterable[Path], extra_needles: Iterable[str] = ()) -> List[Tuple[Path, str]]:
    """(file, what) for every file containing a credential pattern or one of ``extra_needles``."""
    needles = [needle.encode() for needle in extra_needles if needle]
    hits: List[Tuple[Path, str]] = []
    for path in paths:
        data = Path(path).read_bytes()
        hits.extend((Path(path), key) for key in find_secrets(data))
        hits.extend((Path(path), needle.decode()) for needle in needles if needle in data)
    return hits
