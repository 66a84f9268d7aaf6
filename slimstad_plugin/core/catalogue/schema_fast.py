"""A fast yes/no check of a catalogue against the shipped JSON Schema (the messages still come from jsonschema).

jsonschema takes ~0.3 ms per entry, most of it interpreting the schema and the seven ``if``/``then`` rules of an
entry's source. Here the schema is compiled to Python with ``fastjsonschema``, once per process and per source
type: for a source whose ``type`` is known, exactly the ``then`` parts of the rules whose ``if`` holds for that
type apply, so each compiled schema is the entry schema with those parts merged in and no conditionals left
(~7 us per entry). The answer is the same as jsonschema's (tests/catalogue/test_schema_fast.py compares both on
mutated catalogues); when it is "not valid", or fastjsonschema is not installed, :func:`schema.validate` runs
jsonschema for the exact messages.
"""

import copy
import json
from functools import lru_cache
from typing import Any, Callable, Dict, Optional

# Keywords the compiled check understands exactly as JSON Schema 2020-12 does. A schema using any other keyword
# is not checked here (jsonschema decides), so a later schema edit cannot make this check silently lenient.
SUPPORTED_KEYWORDS = frozenset({
    "$schema", "$id", "$ref", "$defs", "$comment", "title", "description", "default", "examples", "type",
    "required", "properties", "additionalProperties", "items", "minItems", "maxItems", "uniqueItems", "enum",
    "const", "pattern", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf", "minProperties", "maxProperties", "propertyNames", "allOf", "anyOf", "oneOf", "not", "if",
    "then", "else",
})
_SCHEMA_KEYS = ("properties", "$defs")  # their values map names to schemas (the names are not keywords)


def _keywords_supported(node: Any) -> bool:
    if isinstance(node, list):
        return all(_keywords_supported(item) for item in node)
    if not isinstance(node, dict):
        return True
    for key, value in node.items():
        if key not in SUPPORTED_KEYWORDS:
            return False
        children = value.values() if key in _SCHEMA_KEYS and isinstance(value, dict) else [value]
        if not all(_keywords_supported(child) for child in children):
            return False
    return True


def _compiler() -> Optional[Callable[[Dict[str, Any]], Callable[[Any], Any]]]:
    try:
        import fastjsonschema  # lazy: optional (Debian's python3-fastjsonschema); ~30 ms, only for a new version
    except ImportError:
        return None
    return fastjsonschema.compile


@lru_cache(maxsize=None)
def _validators(schema_text: str) -> Optional[Dict[str, Any]]:
    """The header check and a factory of per-source-type entry checks; None when they cannot be made."""
    compile_schema = _compiler()
    schema = json.loads(schema_text)
    if compile_schema is None or not _keywords_supported(schema):
        return None
    defs = schema.get("$defs", {})
    header = {key: value for key, value in schema.items() if key not in ("$schema", "$id")}
    header["properties"] = dict(header["properties"], entries={"type": "array"})  # entries are checked one by one
    return {"header": compile_schema(header), "defs": defs, "compile": compile_schema, "entries": {}}


def _entry_validator(validators: Dict[str, Any], kind: str) -> Callable[[Any], Any]:
    """The entry schema for sources of type ``kind``: the source's ``if``/``then`` rules resolved."""
    found = validators["entries"].get(kind)
    if found is None:
        defs = copy.deepcopy(validators["defs"])
        source = defs["source"]
        rules = source.pop("allOf", [])
        then = []
        for rule in rules:
            condition = rule["if"]["properties"]["type"]
            if kind == condition.get("const") or kind in condition.get("enum", ()):
                then.append(rule["then"])
        if then:
            source["allOf"] = then
        found = validators["compile"](dict(defs["entry"], **{"$defs": defs}))
        validators["entries"][kind] = found
    return found


def _rules_are_by_type(defs: Dict[str, Any]) -> bool:
    """The source rules have the one shape resolved above: ``if`` a ``type`` const/enum, ``then`` a schema."""
    rules = defs.get("source", {}).get("allOf", [])
    for rule in rules:
        condition = rule.get("if", {})
        if set(rule) != {"if", "then"} or set(condition) != {"properties"} or \
                set(condition["properties"]) != {"type"} or \
                not set(condition["properties"]["type"]) <= {"const", "enum"}:
            return False
    return True


def passes(data: Dict[str, Any], schema_text: str, known_types: Any) -> Optional[bool]:
    """True when ``data`` (already structurally sound: every entry a dict with a source of a known type)
    satisfies the schema, False when it does not, None when this check is not available."""
    validators = _validators(schema_text)
    if validators is None or not _rules_are_by_type(validators["defs"]):
        return None
    import fastjsonschema  # lazy: present, _validators made sure; for its exception type

    try:
        validators["header"](data)
        for entry in data["entries"]:
            kind = entry["source"]["type"]
            if kind not in known_types:
                return None
            _entry_validator(validators, kind)(entry)
    except fastjsonschema.JsonSchemaException:
        return False
    return True
