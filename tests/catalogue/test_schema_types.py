"""Catalogue values of the wrong type are found without jsonschema too (a user's QGIS may not have it)."""

import sys

import pytest

from slimstad_plugin.core.catalogue.schema import validate

ENTRY = {"id": "t.a", "title": {"nl": "A"}, "sector": "andere", "owner": "x", "licence": {"type": "open"},
         "source": {"type": "gpkg", "path": "a.gpkg", "layer": "a"}}


@pytest.mark.parametrize("with_jsonschema", [True, False])
@pytest.mark.parametrize("change, field", [
    (lambda e: e["fields"].update(capacity={"a": 1}), "fields.capacity"),
    (lambda e: e["source"].update(path=["a.gpkg"]), "source.path"),
    (lambda e: e.update(keywords="park"), "keywords"),
    (lambda e: e.update(title={"nl": 5}), "title"),
    (lambda e: e.update(owner=None), "owner"),
    (lambda e: e["licence"].update(name=3), "licence"),
])
def test_wrong_types_name_the_entry_and_field(monkeypatch: pytest.MonkeyPatch, with_jsonschema: bool, change,
                                              field: str) -> None:
    if not with_jsonschema:
        monkeypatch.setitem(sys.modules, "jsonschema", None)
    good = dict(ENTRY, id="t.b", fields={"capacity": "plaatsen"})
    bad = dict(ENTRY, fields={"capacity": "plaatsen"}, source=dict(ENTRY["source"]), licence=dict(ENTRY["licence"]))
    change(bad)
    catalogue = {"format": "slimstad-catalogue", "version": 1, "id": "t", "title": {"nl": "T"},
                 "entries": [good, bad]}
    issues = validate(catalogue)
    assert issues and {issue.entry_index for issue in issues} == {1}
    assert any(issue.field.startswith(field.split(".")[0]) for issue in issues), [str(i) for i in issues]
