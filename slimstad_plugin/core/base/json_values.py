"""Checks of JSON values once parsed, naming the file and the place (a JSON pointer) of what is wrong.

The format modules (catalogue schema, challenge model, package manifest, settings) use these after
:func:`.readers.parse_json`; every failure is a :class:`.readers.ReadError` with a translated message::

    fail(source, where, problem)      raise ReadError naming source and place
    expect_object / expect_list / expect_text / expect_int / expect_number (value, source, where, …)
    number_problem(value, minimum=…, maximum=…, …) -> Optional[str]   a translated reason, for GUI/Processing inputs
    schema_problem(jsonschema_error) -> str     a translated text for a jsonschema ValidationError
"""

import json
import math
from typing import Any, Optional, Sequence, Union

from .i18n import translator
from .readers import ReadError, json_pointer

tr = translator("SlimStadReaders")  # the readers' context: one set of translations for both modules


def _where(where: Union[str, Sequence[Any]]) -> str:
    return where if isinstance(where, str) else json_pointer(where)


def fail(source: str, where: Union[str, Sequence[Any]], problem: str) -> None:
    """Raise :class:`ReadError` for ``source`` at ``where`` (a pointer string or a path of keys/indexes)."""
    raise ReadError(source, _where(where), problem)


def _type_name(value: Any) -> str:
    if value is None:
        return tr("null")
    if isinstance(value, bool):
        return tr("true/false")
    if isinstance(value, (int, float)):
        return tr("a number")
    if isinstance(value, str):
        return tr("a text")
    if isinstance(value, list):
        return tr("a list")
    if isinstance(value, dict):
        return tr("an object")
    return type(value).__name__


def expect_object(value: Any, source: str, where: Union[str, Sequence[Any]]) -> dict:
    """``value`` when it is a JSON object, else :class:`ReadError`."""
    if not isinstance(value, dict):
        fail(source, where, tr("an object {{…}} was expected, found {found}").format(found=_type_name(value)))
    return value


def expect_list(value: Any, source: str, where: Union[str, Sequence[Any]]) -> list:
    """``value`` when it is a JSON array, else :class:`ReadError`."""
    if not isinstance(value, list):
        fail(source, where, tr("a list […] was expected, found {found}").format(found=_type_name(value)))
    return value


def expect_text(value: Any, source: str, where: Union[str, Sequence[Any]], allow_empty: bool = True,
                max_length: int = 100_000) -> str:
    """``value`` when it is a JSON string (non-empty unless ``allow_empty``), else :class:`ReadError`."""
    if not isinstance(value, str):
        fail(source, where, tr("a text was expected, found {found}").format(found=_type_name(value)))
    if not allow_empty and not value.strip():
        fail(source, where, tr("the text may not be empty"))
    if len(value) > max_length:
        fail(source, where, tr("the text is longer than {limit} characters").format(limit=max_length))
    return value


def number_problem(value: Any, minimum: Optional[float] = None, maximum: Optional[float] = None,
                   greater_than: Optional[float] = None, integer: bool = False) -> Optional[str]:
    """Why ``value`` is not an acceptable number (translated), or None when it is: finite, a number (not
    true/false or text), whole when ``integer``, ``>= minimum``, ``<= maximum``, ``> greater_than``."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return tr("a number was expected, found {found}").format(found=_type_name(value))
    if isinstance(value, float) and not math.isfinite(value):
        return tr("{value} is not a finite number").format(value=value)
    if integer and not float(value).is_integer():
        return tr("{value} is not a whole number").format(value=value)
    if greater_than is not None and not value > greater_than:
        return tr("{value} must be greater than {limit}").format(value=value, limit=greater_than)
    if minimum is not None and value < minimum:
        return tr("{value} must be at least {limit}").format(value=value, limit=minimum)
    if maximum is not None and value > maximum:
        return tr("{value} must be at most {limit}").format(value=value, limit=maximum)
    return None


def expect_number(value: Any, source: str, where: Union[str, Sequence[Any]], minimum: Optional[float] = None,
                  maximum: Optional[float] = None, greater_than: Optional[float] = None) -> float:
    """``value`` as a float when :func:`number_problem` finds nothing, else :class:`ReadError`."""
    problem = number_problem(value, minimum, maximum, greater_than)
    if problem:
        fail(source, where, problem)
    return float(value)


def expect_int(value: Any, source: str, where: Union[str, Sequence[Any]], minimum: Optional[int] = None,
               maximum: Optional[int] = None) -> int:
    """``value`` as an int (a JSON whole number, not true/false, not 2.0) within bounds, else :class:`ReadError`."""
    if isinstance(value, bool) or not isinstance(value, int):
        fail(source, where, tr("a whole number was expected, found {found}").format(
            found=repr(value) if isinstance(value, (float, str)) and len(repr(value)) < 40 else _type_name(value)))
    problem = number_problem(value, minimum, maximum)
    if problem:
        fail(source, where, problem)
    return int(value)


def schema_problem(error: Any) -> str:
    """A translated text for one ``jsonschema.ValidationError`` (its own message is English and Python-ish)."""
    kind, expected, instance = getattr(error, "validator", ""), getattr(error, "validator_value", None), error.instance
    shown = _shown(instance)
    if kind == "type":
        names = expected if isinstance(expected, list) else [expected]
        wanted = ", ".join(str(name) for name in names)
        return tr("{found} was found where {expected} is expected").format(found=_type_name(instance),
                                                                          expected=wanted)
    if kind == "required" and isinstance(instance, dict):
        missing = [key for key in expected or () if key not in instance]
        return tr("the required key {key} is missing").format(key=", ".join(missing) or "?")
    if kind in ("enum", "const"):
        allowed = expected if isinstance(expected, list) else [expected]
        return tr("{value} is not allowed here; use one of: {allowed}").format(
            value=shown, allowed=", ".join(_shown(item) for item in allowed))
    if kind == "minimum":
        return tr("{value} must be at least {limit}").format(value=shown, limit=expected)
    if kind == "maximum":
        return tr("{value} must be at most {limit}").format(value=shown, limit=expected)
    if kind == "exclusiveMinimum":
        return tr("{value} must be greater than {limit}").format(value=shown, limit=expected)
    if kind == "exclusiveMaximum":
        return tr("{value} must be less than {limit}").format(value=shown, limit=expected)
    if kind == "pattern":
        return tr("{value} does not have the expected form ({pattern})").format(value=shown, pattern=expected)
    if kind in ("minLength", "minItems"):
        return tr("{value} is too short or empty").format(value=shown)
    if kind in ("maxLength", "maxItems"):
        return tr("{value} is too long").format(value=shown)
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = set((getattr(error, "schema", {}) or {}).get("properties", {}))
        extra = sorted(str(key) for key in instance if key not in known)
        return tr("unknown key(s): {keys}").format(keys=", ".join(extra) or "?")
    if kind in ("anyOf", "oneOf"):
        return tr("{value} matches none of the allowed forms").format(value=shown)
    return str(getattr(error, "message", error))


def _shown(value: Any) -> str:
    """A short form of a JSON value for messages."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"
