"""The one reader (core/base/readers.py): limits, encodings, places in messages, never a Python traceback."""

import json
import math
from pathlib import Path

import pytest

from slimstad_plugin.core.base import json_values, readers
from slimstad_plugin.core.base.errors import SlimStadError
from slimstad_plugin.core.base.readers import EncodingError, ReadError


@pytest.mark.parametrize("text, where, problem", [
    ("[" * 100_000, "line 1, column 65", "nested deeper than 64 levels"),
    ('{"a": [1, {"b": ' + "9" * 5000 + "}]}", "/a/1/b", "5000 digits is too long"),
    ('{"extent": [1, NaN, 3, 4]}', "/extent/1", "NaN is not a number JSON allows"),
    ('{"x": {"y~/z": -Infinity}}', "/x/y~0~1z", "-Infinity is not a number JSON allows"),
    ('{"per": 1e999}', "/per", "too large"),
    ('{"a": 1,\n "b": }', "line 2, column 7", "is not valid JSON: a value was expected"),
    ('{"a": 1} x', "line 1, column 10", "more text after the end"),
    ('{"a": "x\ny"}', "line 1, column 9", "control character"),
])
def test_refusals_name_the_place(text: str, where: str, problem: str) -> None:
    with pytest.raises(ReadError) as caught:
        readers.parse_json(text, "stad.json", readers.CATALOGUE)
    error = caught.value
    assert error.where == where and problem in error.problem
    assert str(error).startswith("stad.json") and where in str(error)
    assert isinstance(error, SlimStadError) and isinstance(error, ValueError)


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"a": "[" * 500 + "{" * 500, "b": "\\\"[[[[" * 100, "c": [[[1]]]})
    assert readers.parse_json(text, "x")["c"] == [[[1]]]
    assert readers._depth_offset(text, 64) == readers._depth_offset_slow(text, 64) == -1
    deep = '{"s": "]]]]\\"]]]", "d": ' + "[" * 70 + "]" * 70 + "}"
    assert readers._depth_offset(deep, 64) == readers._depth_offset_slow(deep, 64) > 0


def test_limits_per_format() -> None:
    assert readers.parse_json("[" * 64 + "]" * 64, "x", readers.CHALLENGE)
    assert readers.parse_json(str(10 ** 17), "x") == 10 ** 17
    with pytest.raises(ReadError, match="19 digits"):
        readers.parse_json(str(10 ** 18), "x")
    small = readers.JsonFormat("tiny", max_bytes=10)
    with pytest.raises(ReadError, match="larger than"):
        readers.parse_json('{"a": "0123456789"}', "x", small)
    with pytest.raises(ReadError, match="empty"):
        readers.parse_json(" \n ", "x")


@pytest.mark.parametrize("data, encoding", [
    ('{"a": "é"}'.encode("utf-16"), "UTF-16 LE"),
    ('{"a": "é"}'.encode("utf-16-be"), "UTF-16 BE"),
    ('{"a": "é"}'.encode("utf-32"), "UTF-32 LE"),
    (b"\x00\x00\xfe\xff" + '{"a": 1}'.encode("utf-32-be"), "UTF-32 BE"),
    ('{"a": "crèche à Gent"}'.encode("latin-1"), "Latin-1 (ISO-8859-1)"),
    ('{"a": "“opvang” – €"}'.encode("cp1252"), "Windows-1252 / Latin-1"),
])
def test_encodings_other_than_utf8_are_refused_naming_them(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "oud.slimstad.json"
    path.write_bytes(data)
    with pytest.raises(EncodingError) as caught:
        readers.read_json(path, readers.CHALLENGE)
    assert caught.value.encoding == encoding
    assert str(path) in str(caught.value) and encoding in str(caught.value) and "UTF-8" in str(caught.value)


def test_utf8_with_and_without_bom_read_the_same_from_disk_and_http(tmp_path: Path) -> None:
    body = '{"titel": "Kinderopvang – 0-2 jaar", "n": 3}'.encode("utf-8")
    (tmp_path / "a.json").write_bytes(body)
    (tmp_path / "b.json").write_bytes(b"\xef\xbb\xbf" + body)
    expected = {"titel": "Kinderopvang – 0-2 jaar", "n": 3}
    assert readers.read_json(tmp_path / "a.json") == readers.read_json(tmp_path / "b.json") == expected
    assert readers.decode_json(b"\xef\xbb\xbf" + body, "https://host/x") == expected
    assert readers.read_text(tmp_path / "b.json") == body.decode("utf-8")


@pytest.mark.parametrize("data, problem", [
    (b"PK\x03\x04\x14\x00", "ZIP"),
    (b"SQLite format 3\x00rest", "SQLite/GeoPackage"),
    (b'{"a":\x00\x01}', "binary"),
])
def test_binary_files_are_named_as_such(data: bytes, problem: str) -> None:
    with pytest.raises(ReadError, match=problem):
        readers.decode_json(data, "catalogus.json")


def test_file_problems(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="does not exist"):
        readers.read_json(tmp_path / "weg.json")
    with pytest.raises(ReadError, match="folder"):
        readers.read_json(tmp_path)


def test_value_helpers_name_the_pointer() -> None:
    with pytest.raises(ReadError, match=r"a whole number was expected, found 'een' \(at /format_version\)"):
        json_values.expect_int("een", "manifest.json", "/format_version")
    with pytest.raises(ReadError, match=r"at /files/0/size"):
        json_values.expect_int(-1, "manifest.json", ("files", 0, "size"), minimum=0)
    with pytest.raises(ReadError, match="a list"):
        json_values.expect_object([], "x", "/")
    assert json_values.expect_number(2, "x", "/per", greater_than=0) == 2.0
    assert json_values.number_problem(float("nan")) and json_values.number_problem(math.inf)
    assert json_values.number_problem(True) and json_values.number_problem("12")
    assert json_values.number_problem(0, greater_than=0) and json_values.number_problem(2.5, integer=True)
    assert json_values.number_problem(5, minimum=0, maximum=9, integer=True) is None


def test_a_key_twice_in_one_object_is_refused_at_its_pointer_but_services_may_send_it() -> None:
    with pytest.raises(ReadError, match='"id" appears twice') as caught:
        readers.parse_json('{"entries": [{"id": "a", "x": 1, "id": "b"}]}', "c.json", readers.CATALOGUE)
    assert "/entries/0/id" in str(caught.value) and "c.json" in str(caught.value)
    assert readers.parse_json('{"a": 1, "a": 2}', "https://h/x", readers.NETWORK) == {"a": 2}


@pytest.mark.parametrize("text,pointer", [('{"t": {"nl": "Goed \\ud800"}}', "/t/nl"),
                                          ('["ok", "\\udc00 low alone"]', "/1"),
                                          ('{"\\ud83d": 1}', "/\\ud83d")])
def test_unpaired_surrogates_are_refused_with_their_pointer(text: str, pointer: str) -> None:
    with pytest.raises(ReadError) as caught:
        readers.parse_json(text, "c.json")
    message = str(caught.value)
    assert pointer in message and "UTF-16" in message
    message.encode("utf-8")  # the message itself can be printed
    assert readers.parse_json('"\\ud83d\\ude00 paired"', "c.json") == "\U0001F600 paired"


def test_pipes_and_devices_are_refused_without_blocking(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "catalogus.json"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        with pytest.raises(ReadError, match="not a regular file"):
            readers.read_json(path, readers.CATALOGUE)
