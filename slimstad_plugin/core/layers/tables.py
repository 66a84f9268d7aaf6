"""Tables are tables: CSV files read with type detection, codes kept as text, no CRS expected.

OGR and QGIS's delimited-text provider read every CSV column as text unless told otherwise, and when asked to
detect types they turn codes into numbers (``0123`` becomes 123; QGIS issues 14176, 21113, 55635). SlimStad
decides the types itself, once, for every reader:

* a column is ``integer`` when every non-empty value is a whole number without a leading zero, ``real`` when every
  value is a decimal number (decimal point, or decimal comma in a ``;``/tab separated file), else ``text``;
* columns that hold codes (the semantic roles in :data:`.semantic_roles.CODE_ROLES`, e.g. ``CD_SECTOR``,
  ``CD_REFNIS``) and columns with a leading zero anywhere stay ``text``;
* a ``.csvt`` beside the file (the GDAL/QGIS convention) wins over detection.

:func:`read_table` gives a typed, geometry-less memory layer (health, quality and analysis read this);
:func:`table_uri` the delimited-text URI for a project layer (QGIS >= 3.24 applies the ``field=name:type``
overrides; QGIS 3.22 detects types itself, so codes with leading zeros make SlimStad ask it for text only).
"""

import csv
import io
import logging
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple, Union

from qgis.core import Qgis, QgsFeature, QgsField, QgsVectorLayer
from qgis.PyQt.QtCore import QUrl, QUrlQuery, QVariant

from ..base.i18n import translator
from ..base.readers import EncodingError, ReadError, decode_text
from ..base.reasons import reason
from ..base.semantic_roles import CODE_ROLES

tr = translator("SlimStadTables")
LOG = logging.getLogger(__name__)

TABLE_SUFFIXES = (".csv", ".tsv", ".txt")
MAX_TABLE_BYTES = 512 * 1024 * 1024
DELIMITERS = (";", ",", "\t", "|")
INTEGER, REAL, TEXT = "integer", "real", "text"
_INTEGER = re.compile(r"^-?\d+$")
_REAL_POINT = re.compile(r"^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_REAL_COMMA = re.compile(r"^-?(\d+,?\d*|,\d+)$")
_LEADING_ZERO = re.compile(r"^-?0\d")
_CSVT = {"integer": INTEGER, "integer64": INTEGER, "real": REAL, "string": TEXT, "date": TEXT, "datetime": TEXT,
         "time": TEXT}
MAX_INT = 2 ** 63 - 1


@dataclass
class TableColumn:
    """One column: its name, its type (integer/real/text) and, for a text column whose values are mostly numbers,
    how many are not (``not_numbers``) with a few examples — a typo such as ``n.v.t.`` in a count column."""

    name: str
    kind: str = TEXT
    not_numbers: int = 0
    examples: List[str] = field(default_factory=list)


@dataclass
class Table:
    """A table file as SlimStad reads it."""

    path: Path
    delimiter: str
    decimal_comma: bool
    encoding: str
    columns: List[TableColumn]
    rows: List[List[str]]

    def column(self, name: str) -> Optional[TableColumn]:
        """The column called ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        return next((column for column in self.columns if column.name.lower() == wanted), None)


def is_table_file(path: Union[str, Path]) -> bool:
    """True for delimited text files (.csv, .tsv, .txt)."""
    return Path(str(path)).suffix.lower() in TABLE_SUFFIXES


def _decode(data: bytes, source: str) -> Tuple[str, str]:
    """UTF-8 (with or without BOM) as everywhere; a table saved by a spreadsheet in Windows-1252 is read as such
    (QGIS can be told the encoding), other encodings are refused by the one reader."""
    try:
        return decode_text(data, source), "UTF-8"
    except EncodingError as error:
        if "1252" in error.encoding or "8859" in error.encoding:
            LOG.warning(tr("{path} is not UTF-8: read as Windows-1252 (what spreadsheets save); check accented "
                           "names, or save it as UTF-8.").format(path=source))
            return data.decode("cp1252", errors="replace"), "windows-1252"
        raise


def _delimiter(header: str, lines: Sequence[str]) -> str:
    """The separator giving the same number of columns on the header and the first lines (most columns wins)."""
    best, best_score = ",", -1
    for candidate in DELIMITERS:
        count = header.count(candidate)
        if count == 0:
            continue
        consistent = sum(1 for line in lines if line.count(candidate) == count)
        score = consistent * 1000 + count
        if score > best_score:
            best, best_score = candidate, score
    return best


def _csvt_kinds(path: Path, count: int) -> Optional[List[str]]:
    sidecar = path.with_suffix(".csvt")
    if not sidecar.is_file():
        return None
    try:
        text = decode_text(sidecar.read_bytes()[:65536], str(sidecar))
    except (OSError, ReadError):
        return None
    names = [item.strip().strip('"').split("(")[0].lower() for item in text.strip().splitlines()[0].split(",")]
    if len(names) != count:
        return None
    return [_CSVT.get(name, TEXT) for name in names]


_GROUPED_DOT = re.compile(r"^[-+]?\d{1,3}(\.\d{3})+(,\d*)?$")   # 1.234.567,5 (decimal comma files)
_GROUPED_SPACE = re.compile(r"^[-+]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d*)?$")  # 1 234 567 (any file)
TOO_BIG = object()  # an integer beyond 64 bits: a code (an EAN, an identifier), not a quantity


def _number(value: str, decimal_comma: bool) -> object:
    """The number ``value`` spells (int or finite float), :data:`TOO_BIG`, or None when it is no number.

    Accepted: ``12``, ``+12``, ``-3.5``, ``1e3``; in a decimal-comma file ``12,5`` and ``1.234.567,5``; in any file
    thousands grouped by (narrow no-break) spaces, ``1 234``. Not: ``NaN``, ``inf``, ``1e400``, ``n.v.t.``."""
    value = value.strip()
    if _GROUPED_SPACE.match(value):
        value = re.sub(r"[ \u00a0\u202f]", "", value)
        if "," in value and (decimal_comma or "." not in value):
            value = value.replace(",", ".")
    elif decimal_comma and _GROUPED_DOT.match(value):
        value = value.replace(".", "").replace(",", ".")
    elif decimal_comma and _REAL_COMMA.match(value.lstrip("+")):
        value = value.replace(",", ".")
    body = value[1:] if value[:1] == "+" else value
    if _INTEGER.match(body):
        number = int(body)
        return number if abs(number) <= MAX_INT else TOO_BIG
    if _REAL_POINT.match(body):
        real = float(body)
        return real if math.isfinite(real) else None
    return None


def _kind(values: Iterable[str], decimal_comma: bool) -> Tuple[str, int, List[str]]:
    """(kind, not-numbers, examples) of one column's values."""
    kind = INTEGER
    numbers = bad = 0
    examples: List[str] = []
    for value in values:
        value = value.strip()
        if not value:
            continue
        if _LEADING_ZERO.match(value.lstrip("+")):
            return TEXT, 0, []
        number = _number(value, decimal_comma)
        if number is TOO_BIG:
            return TEXT, 0, []
        if isinstance(number, int):
            numbers += 1
        elif isinstance(number, float):
            numbers += 1
            kind = REAL
        else:
            bad += 1
            if len(examples) < 3 and value not in examples:
                examples.append(value)
    if bad:
        return TEXT, (bad if numbers >= bad else 0), (examples if numbers >= bad else [])
    return (kind if numbers else TEXT), 0, []


def read_table_file(path: Union[str, Path], text_columns: Sequence[str] = ()) -> Table:
    """Parse a delimited text file and decide its column types (see the module docstring).

    ``text_columns`` are kept as text whatever they hold (codes). Raises ReadError (missing, not text, empty).
    The last few results are kept while the file is unchanged (size and modification time)."""
    path = Path(path)
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, tuple(sorted(n.lower() for n in text_columns)))
    except OSError:
        key = None
    if key is not None and key in _CACHE:
        return _CACHE[key]
    table = _read_table_file(path, text_columns)
    if key is not None:
        _CACHE[key] = table
        while len(_CACHE) > 8:
            _CACHE.pop(next(iter(_CACHE)))
    return table


_CACHE: Dict[tuple, Table] = {}


def _read_table_file(path: Path, text_columns: Sequence[str]) -> Table:
    source = str(path)
    try:
        if path.stat().st_size > MAX_TABLE_BYTES:
            raise ReadError(source, "", tr("the table is larger than {limit} MB").format(limit=MAX_TABLE_BYTES >> 20))
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(source, "", tr("the file does not exist")) from None
    except OSError as error:
        raise ReadError(source, "", tr("the file cannot be read: {reason}").format(
            reason=reason(error))) from None
    text, encoding = _decode(data, source)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ReadError(source, tr("line {line}, column {column}").format(line=1, column=1),
                        tr("the table has no header line"))
    delimiter = "\t" if path.suffix.lower() == ".tsv" else _delimiter(lines[0], lines[1:21])
    rows = [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if any(cell.strip() for cell in row)]
    header = [name.strip() for name in rows[0]]
    body = [row + [""] * (len(header) - len(row)) for row in rows[1:]]
    forced = {name.lower() for name in text_columns}
    decimal_comma = delimiter != "," and _uses_decimal_comma(body)
    declared = _csvt_kinds(path, len(header))
    columns = []
    for index, name in enumerate(header):
        if declared is not None:
            columns.append(TableColumn(name, declared[index]))
            continue
        kind, bad, examples = _kind((row[index] for row in body), decimal_comma)
        columns.append(TableColumn(name, TEXT if name.lower() in forced else kind, bad, examples))
    return Table(path, delimiter, decimal_comma, encoding, columns, body)


def _uses_decimal_comma(body: Sequence[Sequence[str]]) -> bool:
    for row in body[:200]:
        for value in row:
            value = value.strip()
            if "," in value and (_REAL_COMMA.match(value) or _GROUPED_DOT.match(value)) and not _INTEGER.match(value):
                return True
    return False


_QTYPES = {INTEGER: (QVariant.LongLong, "integer64"), REAL: (QVariant.Double, "double"),
           TEXT: (QVariant.String, "string")}


def _value(raw: str, kind: str, decimal_comma: bool) -> object:
    raw = raw.strip()
    if raw == "":
        return None
    if kind in (INTEGER, REAL):
        number = _number(raw, decimal_comma)
        if number is None or number is TOO_BIG:
            return None
        return int(number) if kind == INTEGER and isinstance(number, int) else float(number)  # type: ignore
    return raw


def table_layer(table: Table, name: str) -> QgsVectorLayer:
    """A geometry-less memory layer holding ``table`` with SlimStad's types (the same in every QGIS version)."""
    layer = QgsVectorLayer("None", name, "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField(column.name, _QTYPES[column.kind][0], _QTYPES[column.kind][1])
                            for column in table.columns])
    layer.updateFields()
    features = []
    fields = layer.fields()
    for row in table.rows:
        feature = QgsFeature(fields)
        feature.setAttributes([_value(value, column.kind, table.decimal_comma)
                               for value, column in zip(row, table.columns)])
        features.append(feature)
    provider.addFeatures(features)
    return layer


def read_table(path: Union[str, Path], name: str = "", text_columns: Sequence[str] = ()) -> QgsVectorLayer:
    """:func:`read_table_file` as a typed memory layer (no geometry, so no CRS is expected)."""
    return table_layer(read_table_file(path, text_columns), name or Path(path).stem)


def table_uri(table: Table) -> str:
    """Delimited-text provider URI for a project layer: no geometry, SlimStad's types as overrides.

    QGIS >= 3.24 applies ``field=name:type``; 3.22 ignores it and detects types itself, which would turn a code
    with a leading zero into a number: then types are not detected at all (every column text, nothing lost)."""
    delimiter = "\\t" if table.delimiter == "\t" else table.delimiter  # the provider reads "\\t" as a tab
    params: List[Tuple[str, str]] = [("type", "csv"), ("delimiter", delimiter), ("geomType", "none"),
                                     ("encoding", table.encoding), ("trimFields", "yes")]
    if table.decimal_comma:
        params.append(("decimalPoint", ","))
    overrides_work = Qgis.QGIS_VERSION_INT >= 32400
    # QGIS 3.22 turns "0123" into 123 when it detects types: then it gets no detection at all (nothing is lost).
    loses_zeros = not overrides_work and any(_would_lose_zeros(table, index, column)
                                             for index, column in enumerate(table.columns))
    params.append(("detectTypes", "no" if loses_zeros else "yes"))
    if overrides_work:
        params.extend(("field", "{}:{}".format(column.name, column.kind)) for column in table.columns)
    url = QUrl.fromLocalFile(str(table.path))
    query = QUrlQuery()
    for key, value in params:
        query.addQueryItem(key, value)
    url.setQuery(query)
    return bytes(url.toEncoded()).decode("ascii")


def _would_lose_zeros(table: Table, index: int, column: TableColumn) -> bool:
    """A text column QGIS would detect as whole numbers, with a leading zero somewhere (``0123``)."""
    if column.kind != TEXT:
        return False
    values = [row[index].strip() for row in table.rows if row[index].strip()]
    return bool(values) and all(_INTEGER.match(value) for value in values) and any(
        _LEADING_ZERO.match(value) for value in values)


def column_kinds(table: Table) -> Dict[str, str]:
    """Column name -> integer / real / text."""
    return {column.name: column.kind for column in table.columns}


def code_columns(roles: Dict[str, str]) -> List[str]:
    """The fields of a role -> field map that hold codes (:data:`CODE_ROLES`): read as text whatever they hold."""
    return [name for role, name in (roles or {}).items() if role in CODE_ROLES and isinstance(name, str)]
