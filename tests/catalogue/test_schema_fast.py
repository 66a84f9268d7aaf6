"""The compiled schema check gives jsonschema's answer, and invalid catalogues still get jsonschema's messages."""

import copy
import json
import random
from typing import Any, Callable, Dict, List

import jsonschema
import pytest
from paths import REPO

from slimstad_plugin.core.catalogue import schema, schema_fast
from slimstad_plugin.core.catalogue.model import SOURCE_TYPES

SOURCES: Dict[str, Dict[str, Any]] = {
    "wms": {"type": "wms", "url": "https://geo.example.be/wms", "layer": "buurten", "format": "image/png"},
    "wmts": {"type": "wmts", "url": "https://geo.example.be/wmts", "layer": "orthofoto", "tile_matrix_set": "x"},
    "wfs": {"type": "wfs", "url": "https://geo.example.be/wfs", "layer": "ns:scholen", "version": "2.0.0"},
    "oapif": {"type": "oapif", "url": "https://geo.example.be/ogc", "collection": "parken"},
    "xyz": {"type": "xyz", "url": "https://tiles.example.be/{z}/{x}/{y}.png", "zmin": 0, "zmax": 19},
    "postgis": {"type": "postgis", "service": "stad", "schema": "public", "table": "woningen", "port": 5432},
    "gpkg": {"type": "gpkg", "path": "data.gpkg", "layer": "haltes"},
    "file": {"type": "file", "path": "wijken.geojson"},
}


def catalogue() -> Dict[str, Any]:
    shipped = json.loads((REPO / "resources" / "catalogues" / "voorbeeldstad.json").read_text(encoding="utf-8"))
    for index, (kind, source) in enumerate(SOURCES.items()):
        entry = copy.deepcopy(shipped["entries"][index % len(shipped["entries"])])
        entry["id"] = "extra.{}".format(kind)
        entry["source"] = copy.deepcopy(source)
        shipped["entries"].append(entry)
    return shipped


def _set(path: List[Any], value: Any) -> Callable[[Dict[str, Any]], None]:
    def change(data: Dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value
    return change


def _drop(path: List[Any]) -> Callable[[Dict[str, Any]], None]:
    def change(data: Dict[str, Any]) -> None:
        node = data
        for key in path[:-1]:
            node = node[key]
        node.pop(path[-1], None)
    return change


def mutations(entry: int, kind: str) -> List[Callable[[Dict[str, Any]], None]]:
    """Changes that keep the structural checks happy (so the compiled check is what decides), valid or not."""
    e = ["entries", entry]
    return [
        _set(e + ["id"], "has space"), _set(e + ["id"], "x" * 201), _set(e + ["id"], "ok.id-2:b"),
        _set(e + ["title"], {"nl": "t", "de": "t"}), _set(e + ["title", "en"], 5),
        _set(e + ["description"], {}), _set(e + ["description"], {"fr": "d"}),
        _set(e + ["steward"], {"name": "n", "email": "not an email"}), _set(e + ["steward"], {"name": "n", "x": 1}),
        _set(e + ["steward", "email"], ""), _set(e + ["licence", "url"], 7), _set(e + ["licence", "extra"], "x"),
        _set(e + ["update_rhythm"], "P1M"), _set(e + ["style"], None), _set(e + ["style"], "a.sld"),
        _set(e + ["style"], 3), _set(e + ["keywords"], "one"), _set(e + ["unknown_key"], True),
        _set(e + ["extent"], [1, 2, 3, 4.5]), _set(e + ["fields"], {"area_id": 5}),
        _set(e + ["source", "url"], "https://user@host/x"), _set(e + ["source", "url"], "https://ok.example/x y"),
        _set(e + ["source", "layer"], ""), _set(e + ["source", "collection"], ""), _set(e + ["source", "zmin"], "0"),
        _set(e + ["source", "zmin"], 1.0), _set(e + ["source", "port"], "5432"), _set(e + ["source", "port"], 5.5),
        _set(e + ["source", "authcfg"], "abc1234"), _set(e + ["source", "authcfg"], "abc"),
        _set(e + ["source", "table"], ""), _drop(e + ["source", "service"]), _set(e + ["source", "host"], "db"),
        _set(e + ["source", "dbname"], "gis"), _set(e + ["source", "tile_matrix_set"], 3),
        _set(e + ["source", "version"], 2), _set(e + ["source", "crs"], "EPSG:31370"),
        _set(e + ["source", "format"], None), _set(e + ["source", "path"], ""), _set(e + ["source", "layer"], 1),
        _set(["description"], {"nl": 1}), _set(["data_dir"], 5), _set(["data_dir"], "data"),
        _set(["extra"], 1), _set(["title"], {"nl": "x", "en": "y"}),
    ] + ([_set(e + ["source", "type"], other) for other in SOURCE_TYPES if other != kind])


def jsonschema_says(data: Dict[str, Any]) -> bool:
    return jsonschema.Draft202012Validator(schema.load_schema()).is_valid(data)


def test_compiled_check_agrees_with_jsonschema_on_mutated_catalogues() -> None:
    base = catalogue()
    assert schema_fast.passes(base, schema.schema_text(), SOURCE_TYPES) is True and jsonschema_says(base)
    rng = random.Random(20)
    outcomes = {True: 0, False: 0}
    for entry, kind in [(len(base["entries"]) - len(SOURCES) + i, k) for i, k in enumerate(SOURCES)] + [(0, "gpkg")]:
        changes = mutations(entry, kind)
        for round_ in range(len(changes) + 15):
            data = copy.deepcopy(base)
            for change in ([changes[round_]] if round_ < len(changes) else rng.sample(changes, 3)):
                change(data)
            if schema.structural_issues(data, check_types=False):  # as validate() runs them beside jsonschema
                continue  # decided before either schema check runs
            expected = jsonschema_says(data)
            assert schema_fast.passes(data, schema.schema_text(), SOURCE_TYPES) is expected, (kind, round_)
            outcomes[expected] += 1
    assert outcomes[True] > 50 and outcomes[False] > 200, outcomes


def test_invalid_catalogue_gets_the_same_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    data = catalogue()
    data["entries"][-4]["source"]["zmin"] = "0"  # the xyz source
    data["entries"][-3]["source"]["port"] = 5.5  # the postgis source
    data["entries"][0]["steward"]["email"] = "not an email"
    with_check = [str(issue) for issue in schema.validate(data)]
    monkeypatch.setattr(schema_fast, "passes", lambda *args: None)  # jsonschema alone, as before
    without = [str(issue) for issue in schema.validate(data)]
    assert with_check == without and len(with_check) == 3
    for field in ("steward/email", "source/zmin", "source/port"):
        assert any("/{}: ".format(field) in issue for issue in with_check), with_check


def test_unknown_keyword_leaves_the_decision_to_jsonschema() -> None:
    text = json.dumps(dict(schema.load_schema(), unevaluatedProperties=False))
    assert schema_fast.passes(catalogue(), text, SOURCE_TYPES) is None
    rules = schema.load_schema()
    rules = copy.deepcopy(rules)
    rules["$defs"]["source"]["allOf"][0]["if"]["properties"]["layer"] = {"const": "x"}
    assert schema_fast.passes(catalogue(), json.dumps(rules), SOURCE_TYPES) is None
