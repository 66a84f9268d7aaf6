"""Numbers where they enter: text in a field that should hold numbers is counted and named, never read as 0/NULL.

Two ways a count field holds words (``n.v.t.``, ``onbekend``, ``12 plaatsen``):

* the field is text (a CSV, a spreadsheet export): every value is parsed as a number (decimal point or comma);
* the field is numeric in a GeoPackage/SQLite file, but SQLite stored text in it (it allows that): OGR then
  returns 0 or NULL, so the analysis would call the area "without residents". SQLite itself tells which
  values are text (``typeof(...) = 'text'``).

:func:`not_numbers` reports both as ``NotNumbers(count, examples)``; :func:`not_numbers_message` gives the one
translated sentence ("12 values in field X of layer Y are not numbers, e.g. 'n.v.t.'").
"""

import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, List, Optional

from qgis.core import QgsFeatureRequest, QgsProviderRegistry, QgsVectorLayer

from ..base.files import sqlite_uri
from ..base.i18n import translator

tr = translator("SlimStadValues")

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
MAX_EXAMPLES = 3
SQLITE_SUFFIXES = (".gpkg", ".sqlite", ".db")


@dataclass
class NotNumbers:
    """How many values of a field are not numbers, and a few of them."""

    field: str
    count: int = 0
    examples: List[str] = field(default_factory=list)


def as_number(value: Any) -> Optional[float]:
    """``value`` as a float: numbers as they are, text with a decimal point or comma; None for NULL, empty text
    or text that is not a number (NaN and infinity count as not a number)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
        return number if number == number and number not in (float("inf"), float("-inf")) else None
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if not text or not _NUMBER.match(text):
        return None
    return float(text.replace(",", "."))


def _is_blank(value: Any) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull()) or str(value).strip() == ""


def not_numbers(layer: QgsVectorLayer, field_name: str, limit: int = 0) -> NotNumbers:
    """Values of ``field_name`` that are not numbers (NULL and empty are missing values, not counted here).

    ``limit`` > 0 reads at most that many features of a text field."""
    result = NotNumbers(field_name)
    index = layer.fields().lookupField(field_name)
    if index < 0:
        return result
    if layer.fields().at(index).isNumeric():
        return _sqlite_text_in_numeric(layer, layer.fields().at(index).name(), result)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([index])
    if limit > 0:
        request.setLimit(limit)
    for feature in layer.getFeatures(request):
        value = feature.attributes()[index]
        if _is_blank(value) or as_number(value) is not None:
            continue
        result.count += 1
        text = str(value).strip()
        if len(result.examples) < MAX_EXAMPLES and text not in result.examples:
            result.examples.append(text)
    return result


def _sqlite_text_in_numeric(layer: QgsVectorLayer, column: str, result: NotNumbers) -> NotNumbers:
    """Text stored in a numeric column of a GeoPackage/SQLite layer (OGR shows it as 0 or NULL)."""
    if layer.providerType() != "ogr":
        return result
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = Path(str(parts.get("path") or ""))
    table = str(parts.get("layerName") or "")
    if path.suffix.lower() not in SQLITE_SUFFIXES or not path.is_file():
        return result
    try:
        connection = sqlite3.connect(sqlite_uri(path), uri=True, timeout=2)
    except sqlite3.Error:
        return result
    try:
        if not table:
            tables = [row[0] for row in connection.execute("SELECT table_name FROM gpkg_contents")]
            table = tables[0] if len(tables) == 1 else ""
        if not table:
            return result
        quoted_table, quoted_column = _quote(table), _quote(column)
        where = "typeof({c}) = 'text' AND trim({c}) <> ''".format(c=quoted_column)
        subset = layer.subsetString()
        if subset:
            where += " AND ({})".format(subset)
        result.count = int(connection.execute("SELECT count(*) FROM {} WHERE {}".format(
            quoted_table, where)).fetchone()[0])
        sql = "SELECT DISTINCT {} FROM {} WHERE {} LIMIT {}".format(quoted_column, quoted_table, where, MAX_EXAMPLES)
        result.examples = [str(row[0]) for row in connection.execute(sql)]
    except sqlite3.Error:
        return NotNumbers(result.field)
    finally:
        connection.close()
    return result


def _quote(name: str) -> str:
    return '"{}"'.format(name.replace('"', '""'))


def not_numbers_message(found: NotNumbers, layer_name: str = "") -> str:
    """"12 values in field X (of layer Y) are not numbers, e.g. 'n.v.t.'" — translated."""
    examples = ", ".join("'{}'".format(example[:40]) for example in found.examples)
    if layer_name:
        return tr("{count} values in field {field} of layer {layer} are not numbers, e.g. {examples}").format(
            count=found.count, field=found.field, layer=layer_name, examples=examples)
    return tr("{count} values in field {field} are not numbers, e.g. {examples}").format(
        count=found.count, field=found.field, examples=examples)
