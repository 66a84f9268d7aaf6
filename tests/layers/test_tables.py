"""Tables are tables (issue 16, kind 3): how SlimStad reads the numbers of a CSV the way a Belgian spreadsheet or
Statbel writes them, and what it refuses to call a number (core/layers/tables.py)."""

import logging
from pathlib import Path
from typing import List

import pytest

from slimstad_plugin.core.layers.tables import INTEGER, REAL, TEXT, _value, read_table_file


def _read(tmp_path: Path, text: str, name: str = "tabel.csv") -> tuple:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    table = read_table_file(path)
    values = [[_value(raw, column.kind, table.decimal_comma) for raw, column in zip(row, table.columns)]
              for row in table.rows]
    return table, values


def test_thousands_separators_and_decimal_commas_give_the_numbers_meant(tmp_path: Path) -> None:
    table, values = _read(tmp_path, "CD_SECTOR;TOTAL;OPP\n11001A00-;1.234;12,5\n11002A01-;567;1.003,25\n"
                                    "11003A02-;2 345;3\n")
    kinds = [column.kind for column in table.columns]
    assert table.delimiter == ";" and table.decimal_comma and kinds == [TEXT, INTEGER, REAL]
    assert values == [["11001A00-", 1234, 12.5], ["11002A01-", 567, 1003.25], ["11003A02-", 2345, 3.0]]


@pytest.mark.parametrize("values,kind,bad", [
    (["1e400", "2"], TEXT, 1),           # infinity is no number a table can hold
    (["+5", "6"], INTEGER, 0),           # an explicit sign is still a number
    (["123456789012345678901234567890", "2"], TEXT, 0),  # beyond 64 bits: a code, never a rounded float
    (["n.v.t.", "12", "13"], TEXT, 1),   # a word in a count column is named, not taken as missing
    (["0123", "12"], TEXT, 0),           # a leading zero: a code
])
def test_what_is_a_number(tmp_path: Path, values: List[str], kind: str, bad: int) -> None:
    table, _ = _read(tmp_path, "id,val\n" + "".join("r{},{}\n".format(i, v) for i, v in enumerate(values)))
    assert (table.columns[1].kind, table.columns[1].not_numbers) == (kind, bad)


def test_a_windows_1252_table_is_read_with_a_warning_naming_it(tmp_path: Path, caplog) -> None:
    path = tmp_path / "gemeenten.csv"
    path.write_bytes("naam;TOTAL\nLiège;12\nSaint-Léger;3\n".encode("cp1252"))
    with caplog.at_level(logging.WARNING):
        table = read_table_file(path)
    assert table.encoding == "windows-1252" and table.rows[0][0] == "Liège"
    assert any("gemeenten.csv" in record.getMessage() and "UTF-8" in record.getMessage()
               for record in caplog.records)
