"""The one hardened way SlimStad reads text and JSON: from disk, from settings, from a project, from HTTP.

Every JSON document SlimStad reads (catalogue, challenge, package manifest, project-stored challenges,
settings values holding JSON, caches, network answers) goes through this module, so limits, encoding and
messages are identical everywhere. Format modules (catalogue loader, challenge model, manifest, …) call it,
then run their own schema and value checks with the pointer helpers below.

Stable API (also in /work/notes/i16-readers-api.md)::

    ReadError(SlimStadError, ValueError)   .source .where .problem, str() = translated one-line message
    EncodingError(ReadError)               .encoding ("UTF-16 LE", "Windows-1252 / Latin-1", …)
    JsonFormat(key, max_bytes, max_depth=64, max_int_digits=18)
    CATALOGUE, CHALLENGE, MANIFEST, PROJECT_DATA, SETTINGS, CACHE, NETWORK, GENERIC   (JsonFormat instances)

    decode_text(data: bytes, source: str) -> str          UTF-8 with or without BOM, else EncodingError
    read_text(path, source=None, max_bytes=…) -> str      file -> text (size limit, encoding as above)
    parse_json(text: str | bytes, source: str, fmt=GENERIC) -> Any
    read_json(path, fmt=GENERIC, source=None) -> Any
    decode_json(data: bytes, source: str, fmt=NETWORK) -> Any     an HTTP body, decoded like a file

    json_pointer(parts) -> str        ("entries", 3, "extent") -> "/entries/3/extent"

The checks of values once parsed (``fail``, ``expect_*``, ``number_problem``, ``schema_problem``) are in
:mod:`.json_values`.

Rules: sizes are checked before reading; nesting depth is measured by a bracket scan before ``json.loads``
(no recursion can blow up); integers longer than ``max_int_digits`` digits, ``NaN``, ``Infinity`` and
numbers that overflow to infinity are refused with the JSON pointer of the value; text must be UTF-8
(a UTF-8 byte-order mark is accepted and removed); UTF-16/32 and 8-bit encodings such as Windows-1252 are
refused naming the encoding found (RFC 8259 §8.1: JSON exchanged between systems is UTF-8).
"""

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Set, Tuple, Union

import numpy as np

from .errors import SlimStadError
from .i18n import translator
from .reasons import reason

tr = translator("SlimStadReaders")

MB = 1024 * 1024


class ReadError(SlimStadError, ValueError):
    """A file or value cannot be used. ``source`` names the file (or URL, setting); ``where`` the place in it:
    a JSON pointer such as ``/entries/3/extent/0`` or ``line 4, column 7`` ("" for the whole document)."""

    def __init__(self, source: str, where: str, problem: str, continues: bool = False) -> None:
        """``continues``: ``problem`` continues a sentence whose subject is the source ("… is not valid JSON: …")."""
        self.source, self.where, self.problem, self.continues = str(source), str(where), str(problem), continues
        if continues and self.where:
            message = tr("{source} {problem} (at {where})").format(source=self.source, problem=self.problem,
                                                                  where=self.where)
        elif continues:
            message = tr("{source} {problem}").format(source=self.source, problem=self.problem)
        elif self.where:
            message = tr("{source}: {problem} (at {where})").format(source=self.source, problem=self.problem,
                                                                   where=self.where)
        else:
            message = tr("{source}: {problem}").format(source=self.source, problem=self.problem)
        super().__init__(message)


class EncodingError(ReadError):
    """The bytes are not UTF-8; ``encoding`` is what they look like."""

    def __init__(self, source: str, where: str, problem: str, encoding: str) -> None:
        super().__init__(source, where, problem)
        self.encoding = encoding


@dataclass(frozen=True)
class JsonFormat:
    """Limits for one kind of JSON document. ``max_bytes`` is the encoded size; ``max_depth`` counts nested
    arrays/objects; integers may have at most ``max_int_digits`` digits (18: every value fits in 64 bits).
    ``unique_keys``: a key twice in one object is refused (files people write); services' answers are taken as
    Python takes them (the last one wins), since a refusal there would only hide a usable layer."""

    key: str
    max_bytes: int
    max_depth: int = 64
    max_int_digits: int = 18
    unique_keys: bool = True


CATALOGUE = JsonFormat("catalogue", 50 * MB)
CHALLENGE = JsonFormat("challenge", 10 * MB)
MANIFEST = JsonFormat("manifest", 50 * MB)
PROJECT_DATA = JsonFormat("project", 50 * MB)     # JSON kept inside a QGIS project (stored challenges)
SETTINGS = JsonFormat("settings", 1 * MB)         # JSON held in a QgsSettings value or a layer property
CACHE = JsonFormat("cache", 20 * MB)              # SlimStad's own caches in the QGIS profile
NETWORK = JsonFormat("network", 64 * MB, unique_keys=False)  # answers of services (downloads are limited too)
GENERIC = JsonFormat("json", 50 * MB)


# --- text -------------------------------------------------------------------------------------------------------

_BOMS: Tuple[Tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "UTF-32 BE"), (b"\xff\xfe\x00\x00", "UTF-32 LE"),
    (b"\xfe\xff", "UTF-16 BE"), (b"\xff\xfe", "UTF-16 LE"),
)
_SIGNATURES: Tuple[Tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "ZIP"), (b"SQLite format 3\x00", "SQLite/GeoPackage"), (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"), (b"\x1f\x8b", "gzip"),
)
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _line_column(data: Union[bytes, str], offset: int) -> Tuple[int, int]:
    newline = b"\n" if isinstance(data, bytes) else "\n"
    line = data.count(newline, 0, offset) + 1
    start = data.rfind(newline, 0, offset) + 1
    return line, offset - start + 1


def _where_line(data: Union[bytes, str], offset: int) -> str:
    line, column = _line_column(data, offset)
    return tr("line {line}, column {column}").format(line=line, column=column)


def _refuse_encoding(source: str, where: str, encoding: str) -> EncodingError:
    return EncodingError(source, where, tr(
        "the text is not UTF-8 but looks like {encoding}; save it as UTF-8 and try again").format(
        encoding=encoding), encoding)


def decode_text(data: bytes, source: str) -> str:
    """``data`` as text: UTF-8, with or without a byte-order mark (removed). Raises :class:`EncodingError`
    naming ``source`` and the encoding found (UTF-16/32 with or without BOM, Windows-1252/Latin-1, binary)."""
    data = bytes(data)
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise _refuse_encoding(source, "", name)
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            raise ReadError(source, "", tr("this is not a text file but {kind} data").format(kind=name))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    head = data[:4]
    if len(head) == 4 and b"\x00" in head:
        if head[1:] == b"\x00\x00\x00":
            raise _refuse_encoding(source, "", "UTF-32 LE")
        if head[:3] == b"\x00\x00\x00":
            raise _refuse_encoding(source, "", "UTF-32 BE")
        if head[1] == 0 and head[3] == 0:
            raise _refuse_encoding(source, "", "UTF-16 LE")
        if head[0] == 0 and head[2] == 0:
            raise _refuse_encoding(source, "", "UTF-16 BE")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        where = _where_line(data, error.start)
        bad = data[error.start]
        if bad == 0 or b"\x00" in data[:4096]:
            raise ReadError(source, where, tr("this is not a text file (it holds binary data)")) from None
        high = {byte for byte in data if byte >= 0x80}
        if high and not (high & _CP1252_UNDEFINED):
            encoding = "Windows-1252 / Latin-1" if high & set(range(0x80, 0xA0)) else "Latin-1 (ISO-8859-1)"
        else:
            encoding = tr("an unknown 8-bit encoding")
        raise _refuse_encoding(source, where, encoding) from None
    if "\x00" in text:
        raise ReadError(source, _where_line(text, text.index("\x00")),
                        tr("this is not a text file (it holds binary data)"))
    return text


def _read_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise ReadError(source, "", tr("this is a folder, not a file"))
        if path.exists() and not path.is_file():  # a pipe would block, a device never end
            raise ReadError(source, "", tr("this is not a regular file (a pipe, socket or device)"))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(source, "", tr("the file does not exist")) from None
    except PermissionError:
        raise ReadError(source, "", tr("the file cannot be read (no permission)")) from None
    except OSError as error:
        raise ReadError(source, "", tr("the file cannot be read: {reason}").format(
            reason=reason(error))) from None
    if len(data) > max_bytes:
        raise ReadError(source, "", tr("the file is larger than {limit} MB, the limit for this kind of file").format(
            limit=_megabytes(max_bytes)))
    return data


def _megabytes(size: int) -> str:
    value = size / MB
    return "{:g}".format(round(value, 2))


def read_text(path: Union[str, Path], source: Optional[str] = None, max_bytes: int = GENERIC.max_bytes) -> str:
    """A text file (UTF-8 with or without BOM) of at most ``max_bytes``; ``source`` names it in messages
    (default: the path). Raises :class:`ReadError` (missing, a folder, unreadable, too large, not UTF-8)."""
    path = Path(path)
    name = source or str(path)
    return decode_text(_read_bytes(path, name, max_bytes), name)


# --- JSON -------------------------------------------------------------------------------------------------------

class _Refused:
    """Placeholder the parser hooks put where a value is refused; the walk after parsing finds its pointer."""

    __slots__ = ("problem",)

    def __init__(self, problem: str) -> None:
        self.problem = problem


_SCAN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{]|[\]}]', re.S)
_ESCAPED = re.compile(r"\\.", re.S)
_NOT_STRUCTURAL = bytes(b for b in range(256) if b not in (34, 91, 93, 123, 125))
_STEPS = np.array([0, 0, 1, -1], dtype=np.int32)  # by kind: other, quote, opening, closing
_KINDS = bytes(1 if b == 34 else 2 if b in (91, 123) else 3 if b in (93, 125) else 0 for b in range(256))


def _depth_offset(text: str, max_depth: int) -> int:
    """Offset of the bracket that nests deeper than ``max_depth`` (-1 when none); brackets in strings do not count.

    A document with at most ``max_depth`` opening brackets cannot nest deeper (no scan). Otherwise numpy scans
    the quotes and brackets of the UTF-8 bytes (escaped characters blanked first, so every remaining quote opens
    or closes a string); only when the limit is exceeded does :func:`_depth_offset_slow` (plain Python, the same
    result) find the place for the message."""
    if text.count("[") + text.count("{") <= max_depth:
        return -1
    if "\\" in text:
        text = _ESCAPED.sub("__", text)  # escaped quotes and brackets no longer count
    structural = text.encode("utf-8", "surrogatepass").translate(None, _NOT_STRUCTURAL)  # only " [ ] { } left
    kinds = np.frombuffer(structural.translate(_KINDS), dtype=np.uint8)
    if not kinds.size:
        return -1
    inside = (np.cumsum(kinds == 1, dtype=np.uint8) & 1).astype(bool)  # parity survives the uint8 wrap-around
    step = _STEPS[kinds]
    step[inside] = 0
    if int(np.cumsum(step, dtype=np.int32).max()) <= max_depth:
        return -1
    return _depth_offset_slow(text, max_depth)  # rare: find where, for the message


def _depth_offset_slow(text: str, max_depth: int) -> int:
    depth = 0
    for match in _SCAN.finditer(text):
        char = text[match.start()]
        if char == "[" or char == "{":
            depth += 1
            if depth > max_depth:
                return match.start()
        elif char == "]" or char == "}":
            depth -= 1
    return -1


def _decode_problem(message: str) -> str:
    """Python's English parser message as a translated one."""
    known = (
        ("Expecting value", tr("a value was expected")),
        ("Expecting ',' delimiter", tr("a comma was expected")),
        ("Expecting ':' delimiter", tr("a colon was expected")),
        ("Expecting property name enclosed in double quotes", tr("a key in double quotes was expected")),
        ("Extra data", tr("there is more text after the end of the document")),
        ("Unterminated string starting at", tr("a text value is not closed with a double quote")),
        ("Invalid control character at", tr("a text value holds a control character (such as a line break)")),
        ("Invalid \\uXXXX escape", tr("a text value holds an invalid \\u escape")),
        ("Invalid \\escape", tr("a text value holds an invalid escape (\\)")),
    )
    for prefix, problem in known:
        if message.startswith(prefix):
            return problem
    return tr("the JSON syntax is wrong")


def parse_json(text: Union[str, bytes], source: str, fmt: JsonFormat = GENERIC) -> Any:
    """Parse one JSON document within ``fmt``'s limits. ``bytes`` are decoded with :func:`decode_text`.

    Raises :class:`ReadError` naming ``source`` and the line/column (syntax, nesting) or JSON pointer
    (refused numbers): never ``RecursionError``, ``JSONDecodeError`` or the int-digits ``ValueError``."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        if len(text) > fmt.max_bytes:
            raise ReadError(source, "", tr("the document is larger than {limit} MB, the limit for this kind of "
                                           "document").format(limit=_megabytes(fmt.max_bytes)))
        text = decode_text(bytes(text), source)
    elif len(text) > fmt.max_bytes:  # characters: at least as many bytes
        raise ReadError(source, "", tr("the document is larger than {limit} MB, the limit for this kind of "
                                       "document").format(limit=_megabytes(fmt.max_bytes)))
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ReadError(source, "", tr("the document is empty"))
    deep = _depth_offset(text, fmt.max_depth)
    if deep >= 0:
        raise ReadError(source, _where_line(text, deep), tr(
            "is not valid JSON: nested deeper than {limit} levels").format(limit=fmt.max_depth), continues=True)
    refused: List[_Refused] = []

    def refuse(problem: str) -> _Refused:
        marker = _Refused(problem)
        refused.append(marker)
        return marker

    def parse_int(literal: str) -> Any:
        digits = len(literal) - (1 if literal[0] == "-" else 0)
        if digits > fmt.max_int_digits:
            return refuse(tr("a number with {digits} digits is too long (at most {limit})").format(
                digits=digits, limit=fmt.max_int_digits))
        return int(literal)

    def parse_float(literal: str) -> Any:
        if len(literal) > 400:
            return refuse(tr("a number written with {n} characters is too long").format(n=len(literal)))
        value = float(literal)
        if math.isinf(value):
            return refuse(tr("the number {literal} is too large").format(literal=literal[:20] + "…"))
        return value

    def parse_constant(literal: str) -> Any:
        return refuse(tr("{literal} is not a number JSON allows (NaN and Infinity are refused)").format(
            literal=literal))

    def pairs(items: List[Tuple[str, Any]]) -> Dict[str, Any]:
        value = dict(items)
        if len(value) != len(items):  # a key twice: which one is meant? (RFC 8259: names SHOULD be unique)
            seen: Set[str] = set()
            for key, _ in items:
                if key in seen:
                    value[key] = refuse(tr('the key "{key}" appears twice in the same object').format(
                        key=key[:80].encode("utf-8", "backslashreplace").decode("utf-8")))
                    break
                seen.add(key)
        return value

    try:
        data = json.loads(text, parse_int=parse_int, parse_float=parse_float, parse_constant=parse_constant,
                          object_pairs_hook=pairs if fmt.unique_keys else None)
    except json.JSONDecodeError as error:
        raise ReadError(source, tr("line {line}, column {column}").format(line=error.lineno, column=error.colno),
                        tr("is not valid JSON: {problem}").format(problem=_decode_problem(error.msg)),
                        continues=True) from None
    except RecursionError:  # not reachable after the depth scan; kept so no traceback can ever escape
        raise ReadError(source, "", tr("is not valid JSON: nested deeper than {limit} levels").format(
            limit=fmt.max_depth), continues=True) from None
    except (ValueError, MemoryError) as error:
        raise ReadError(source, "", tr("is not valid JSON: {problem}").format(problem=error), continues=True) from None
    if refused:
        pointer, marker = _find_refused(data)
        raise ReadError(source, pointer, marker.problem if marker else refused[0].problem)
    if _SURROGATE_ESCAPE.search(text):
        pointer = _unpaired_surrogate(data)
        if pointer is not None:
            raise ReadError(source, pointer, tr("a text value holds half of a UTF-16 pair (an unpaired \\ud800–"
                                                "\\udfff escape), which is no character"))
    return data


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _unpaired_surrogate(data: Any) -> Optional[str]:
    """The JSON pointer of the first key or text holding a lone surrogate (it cannot be written as UTF-8)."""
    stack: List[Tuple[Tuple[Any, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return json_pointer(path)
        elif isinstance(value, dict):
            for key, child in value.items():
                try:
                    key.encode("utf-8")
                except UnicodeEncodeError:
                    return json_pointer(path + (key.encode("utf-8", "backslashreplace").decode("ascii"),))
                stack.append((path + (key,), child))
        elif isinstance(value, list):
            stack.extend((path + (index,), child) for index, child in enumerate(value))
    return None


def _find_refused(data: Any) -> Tuple[str, Optional[_Refused]]:
    """The JSON pointer of the first refused value (iterative: the depth is bounded but recursion is avoided)."""
    stack: List[Tuple[Tuple[Any, ...], Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _Refused):
            return json_pointer(path), value
        if isinstance(value, dict):
            items = list(value.items())
        elif isinstance(value, list):
            items = list(enumerate(value))
        else:
            continue
        if any(isinstance(key, _Refused) for key, _ in items):
            return json_pointer(path), next(k for k, _ in items if isinstance(k, _Refused))
        stack.extend((path + (key,), child) for key, child in reversed(items))
    return "", None


def read_json(path: Union[str, Path], fmt: JsonFormat = GENERIC, source: Optional[str] = None) -> Any:
    """A JSON file within ``fmt``'s limits (see :func:`parse_json`); ``source`` names it (default: the path)."""
    path = Path(path)
    name = source or str(path)
    return parse_json(decode_text(_read_bytes(path, name, fmt.max_bytes), name), name, fmt)


def decode_json(data: bytes, source: str, fmt: JsonFormat = NETWORK) -> Any:
    """An HTTP answer's body (or any bytes) as JSON, decoded exactly like a file; ``source`` is the
    (redacted) URL shown in messages."""
    return parse_json(bytes(data), source, fmt)


# --- places (value checks: json_values.py) ----------------------------------------------------------------------

def json_pointer(parts: Iterable[Any]) -> str:
    """RFC 6901 pointer of a path: ``("entries", 3, "a/b")`` -> ``/entries/3/a~1b``; ``()`` -> ``""``."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in parts)
