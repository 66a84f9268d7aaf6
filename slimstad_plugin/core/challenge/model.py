"""A challenge: one urban planning question with its layers, indicators and scenarios, as versioned JSON.

Layers are referenced by catalogue id first and by project layer name/id as a fallback; every reference
also carries its city ``sector`` and the semantic role -> field mapping (see semantic_roles.py), so that
another city can re-bind the same challenge to its own data.
"""

import json
import logging
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Dict, List, Optional, Union

from ... import RESOURCES_DIR
from ..analysis.scenarios import Scenario
from ..base import json_values, readers
from ..base.errors import SlimStadError
from ..base.files import write_text_atomic
from ..base.i18n import current_language, pick_language_text, translator
from ..base.reasons import reason
from ..base.semantic_roles import SEMANTIC_ROLES

tr = translator("SlimStadChallenge")
LOGGER = logging.getLogger(__name__)

SCHEMA_VERSION = 1
SCHEMA_PATH = RESOURCES_DIR / "schemas" / "challenge.schema.json"
FILE_SUFFIX = ".slimstad.json"
INDICATOR_TYPES = ("count", "sum", "ratio", "share_within", "nearest_distance", "area_within", "overlay",
                   "catchment")
# Indicator types that need a positive distance, and those that divide by a demand.
DISTANCE_TYPES = ("share_within", "area_within", "catchment")
DEMAND_TYPES = ("ratio", "catchment")
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
MAX_DISTANCE_M = 1_000_000   # 1000 km: more is a unit mistake (degrees vs metres, mm), not a planning distance
MAX_PER = 1_000_000_000

Texts = Dict[str, str]


class ChallengeError(SlimStadError, ValueError):
    """A challenge definition cannot be read, validated or run; the message is meant for the user."""


@dataclass
class LayerRef:
    """Which layer: catalogue id first, then project layer id or name. ``roles`` maps role -> field."""

    catalog_id: str = ""
    layer_name: str = ""
    layer_id: str = ""
    sector: str = ""
    roles: Dict[str, str] = field(default_factory=dict)

    def field_for(self, role: str) -> str:
        """The field that fulfils ``role`` in this layer ("" when unknown)."""
        return self.roles.get(role, "")

    def label(self) -> str:
        """Short human description for messages."""
        return self.catalog_id or self.layer_name or self.layer_id or "?"


@dataclass
class AreaUnits:
    """The area units indicators are computed for (statistical sectors, wijken)."""

    layer: LayerRef
    id_field: str = ""
    name_field: str = ""


@dataclass
class DemandRole:
    """Who needs the service: a field or expression (e.g. residents 0-2) on a layer, per area unit."""

    id: str
    layer: LayerRef
    title: Texts = field(default_factory=dict)
    note: Texts = field(default_factory=dict)  # e.g. "estimated as residents / 2.3", shown in the report
    role: str = ""
    expression: str = ""
    field: str = ""  # last: it shadows dataclasses.field in the class body


@dataclass
class SupplyRole:
    """What offers the service: facilities with an optional capacity field and filter expression."""

    id: str
    layer: LayerRef
    title: Texts = field(default_factory=dict)
    role: str = "capacity"
    capacity_field: str = ""
    filter: str = ""


@dataclass
class Indicator:
    """One indicator per area unit; ``type`` is one of :data:`INDICATOR_TYPES`."""

    id: str
    type: str
    title: Texts = field(default_factory=dict)
    supply: str = ""
    demand: str = ""
    per: float = 1.0
    distance: float = 0.0
    method: str = "2sfca"
    sigma: Optional[float] = None
    unit: Texts = field(default_factory=dict)
    higher_is_better: bool = True


@dataclass
class StudyArea:
    """The area the challenge looks at: area units matching ``filter`` (all when empty)."""

    title: Texts = field(default_factory=dict)
    filter: str = ""


@dataclass
class OutputSettings:
    """Where and how results are written."""

    folder: str = "slimstad_resultaten"
    classes: int = 5
    language: str = "nl"
    map_indicator: str = ""


@dataclass
class Challenge:
    """The whole definition; :func:`to_dict` / :func:`from_dict` give its JSON form."""

    id: str
    title: Texts
    area_units: AreaUnits
    description: Texts = field(default_factory=dict)
    question: Texts = field(default_factory=dict)
    study_area: StudyArea = field(default_factory=StudyArea)
    demand: List[DemandRole] = field(default_factory=list)
    supply: List[SupplyRole] = field(default_factory=list)
    context: List[LayerRef] = field(default_factory=list)
    indicators: List[Indicator] = field(default_factory=list)
    scenarios: List[Scenario] = field(default_factory=list)
    output: OutputSettings = field(default_factory=OutputSettings)

    def demand_role(self, role_id: str) -> DemandRole:
        """The demand role with ``role_id`` (ChallengeError when missing)."""
        for role in self.demand:
            if role.id == role_id:
                return role
        raise ChallengeError(tr("The challenge has no demand role {id}.").format(id=role_id))

    def supply_role(self, role_id: str) -> SupplyRole:
        """The supply role with ``role_id`` (ChallengeError when missing)."""
        for role in self.supply:
            if role.id == role_id:
                return role
        raise ChallengeError(tr("The challenge has no supply role {id}.").format(id=role_id))

    def display_title(self, language: Optional[str] = None) -> str:
        """Title in ``language`` (Dutch first as fallback)."""
        return pick_language_text(self.title, language or self.output.language)


def _build(cls: type, data: Dict[str, Any]) -> Any:
    """Dataclass from a dict, ignoring unknown keys (the schema reports them)."""
    names = {f.name for f in fields(cls)}
    return cls(**{key: value for key, value in data.items() if key in names})


def _layer(data: Dict[str, Any]) -> LayerRef:
    return _build(LayerRef, data or {})


def to_dict(challenge: Challenge) -> Dict[str, Any]:
    """The JSON-ready form, with ``schema_version``."""
    data = asdict(challenge)
    return {"schema_version": SCHEMA_VERSION, **data}


def from_dict(data: Dict[str, Any], source: str = "") -> Challenge:
    """Validate (migrating older versions) and build a :class:`Challenge`."""
    data = migrate(data, source)
    validate(data, source)
    try:
        units = data["area_units"]
        return Challenge(
            id=data["id"], title=data["title"],
            area_units=AreaUnits(layer=_layer(units["layer"]), id_field=units.get("id_field", ""),
                                 name_field=units.get("name_field", "")),
            description=data.get("description", {}), question=data.get("question", {}),
            study_area=_build(StudyArea, data.get("study_area", {})),
            demand=[_build(DemandRole, {**role, "layer": _layer(role.get("layer"))})
                    for role in data.get("demand", [])],
            supply=[_build(SupplyRole, {**role, "layer": _layer(role.get("layer"))})
                    for role in data.get("supply", [])],
            context=[_layer(ref) for ref in data.get("context", [])],
            indicators=[_build(Indicator, ind) for ind in data.get("indicators", [])],
            scenarios=[Scenario.from_dict(s) for s in data.get("scenarios", [])],
            output=_build(OutputSettings, data.get("output", {})),
        )
    except (KeyError, TypeError, ValueError) as error:
        # Python's own text ("'id'", "unexpected keyword argument") stays in the log; the user reads why in words.
        LOGGER.debug("incomplete challenge %s: %r", source, error)
        why = (tr("the required key {key} is missing").format(key=error.args[0]) if isinstance(error, KeyError)
               and error.args else tr("a value has the wrong type"))
        raise ChallengeError(tr("{source}: the challenge definition is incomplete ({error}).").format(
            source=source or tr("challenge"), error=why)) from error


def migrate(data: Dict[str, Any], source: str = "") -> Dict[str, Any]:
    """Bring an older definition up to :data:`SCHEMA_VERSION`; refuse a newer one."""
    if not isinstance(data, dict):
        raise ChallengeError(tr("{source}: a challenge must be a JSON object.").format(
            source=source or tr("challenge")))
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ChallengeError(tr("{source}: schema_version must be a whole number.").format(
            source=source or tr("challenge")))
    if version > SCHEMA_VERSION:
        raise ChallengeError(tr(
            "{source} was made with a newer SlimStad (challenge schema version {found}; this version reads up to "
            "{supported}). Update the SlimStad plugin to open it.").format(
            source=source or tr("The challenge"), found=version, supported=SCHEMA_VERSION))
    data = json.loads(json.dumps(data))  # deep copy: never change the caller's dict
    if version == 0:
        # Version 0 (SlimStad 0.0.x): plain-string title, "units" instead of "area_units", "version" key.
        if isinstance(data.get("title"), str):
            data["title"] = {"nl": data["title"]}
        if isinstance(data.get("description"), str):
            data["description"] = {"nl": data["description"]}
        if "units" in data and "area_units" not in data:
            data["area_units"] = data.pop("units")
        data.pop("version", None)
        for indicator in data.get("indicators", []):
            if isinstance(indicator.get("title"), str):
                indicator["title"] = {"nl": indicator["title"]}
        data["schema_version"] = 1
    return data


def load_schema() -> Dict[str, Any]:
    """The shipped JSON Schema."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate(data: Dict[str, Any], source: str = "") -> None:
    """Check ``data`` with jsonschema when installed, and always with the structural checks below."""
    where = source or tr("challenge")
    _structural_checks(data, where)  # first: its messages are the clearest for the common mistakes
    try:
        import jsonschema  # lazy: jsonschema is loaded only when a challenge file is validated
    except ImportError:  # a user's QGIS has no jsonschema: the structural checks still run
        jsonschema = None
    if jsonschema is not None:
        validator = jsonschema.Draft7Validator(load_schema())
        errors = sorted(validator.iter_errors(data), key=lambda e: list(e.path))
        if errors:
            error = errors[0]
            path = readers.json_pointer(error.absolute_path) or "/"
            raise ChallengeError(tr("{source}: invalid challenge at {path}: {message}").format(
                source=where, path=path, message=json_values.schema_problem(error)))


def _structural_checks(data: Dict[str, Any], where: str) -> None:
    """Checks JSON Schema cannot express (cross references) plus the essentials when jsonschema is absent."""
    def fail(text: str, **values: Any) -> None:
        raise ChallengeError("{}: {}".format(where, text.format(**values)))

    for key in ("id", "title", "area_units"):
        if key not in data:
            fail(tr("the required field {key} is missing."), key=key)
    if not isinstance(data["id"], str) or not ID_PATTERN.match(data["id"]):
        fail(tr("the id {id} must use lower-case letters, digits, '_', '.' or '-'."), id=data["id"])
    if not isinstance(data["title"], dict) or not any(data["title"].values()):
        fail(tr("the title needs at least one language (nl, en or fr)."))
    units = data["area_units"]
    if not isinstance(units, dict) or not isinstance(units.get("layer"), dict):
        fail(tr("area_units needs a layer reference."))
    for kind in ("demand", "supply", "indicators"):
        items = data.get(kind, [])
        if not isinstance(items, list) or not all(isinstance(item, dict) and item.get("id") for item in items):
            fail(tr("every entry of {kind} needs an id."), kind=kind)
        ids = [item["id"] for item in items]
        if len(set(ids)) != len(ids):
            fail(tr("the ids in {kind} must be unique."), kind=kind)
    demand_ids = {role["id"] for role in data.get("demand", [])}
    supply_ids = {role["id"] for role in data.get("supply", [])}

    def at(path: List[Any], text: str, **values: Any) -> None:
        """Fail at the JSON pointer ``path``; ``{id}`` in ``text`` is the item's title (message language)."""
        raise ChallengeError(tr("{source}: invalid challenge at {path}: {message}").format(
            source=where, path=readers.json_pointer(path), message=text.format(**values)))

    for number, role in enumerate(data.get("demand", [])):
        label = _label(role)
        if not isinstance(role.get("layer"), dict):
            at(["demand", number, "layer"], tr("demand role {id} needs a layer reference."), id=label)
        if not (role.get("field") or role.get("expression") or role.get("role")):
            at(["demand", number], tr("demand role {id} needs a field, an expression or a semantic role."), id=label)
        if role.get("role") and role["role"] not in SEMANTIC_ROLES:
            at(["demand", number, "role"], tr("demand role {id} uses the unknown semantic role {role}."), id=label,
               role=role["role"])
    for number, role in enumerate(data.get("supply", [])):
        if not isinstance(role.get("layer"), dict):
            at(["supply", number, "layer"], tr("supply role {id} needs a layer reference."), id=_label(role))
    for number, indicator in enumerate(data.get("indicators", [])):
        label = _label(indicator)
        kind = indicator.get("type")
        if kind not in INDICATOR_TYPES:
            at(["indicators", number, "type"], tr("indicator {id} has the unknown type {type}; use one of {types}."),
               id=label, type=kind, types=", ".join(INDICATOR_TYPES))
        if indicator.get("supply", "") not in supply_ids:
            at(["indicators", number, "supply"], tr("indicator {id} refers to the unknown supply role {role}."),
               id=label, role=indicator.get("supply", ""))
        demand = indicator.get("demand", "")
        if (kind in DEMAND_TYPES or demand) and demand not in demand_ids:
            at(["indicators", number, "demand"], tr("indicator {id} refers to the unknown demand role {role}."),
               id=label, role=demand)
        distance = indicator.get("distance", 0)
        distance_problem = json_values.number_problem(distance, greater_than=0 if kind in DISTANCE_TYPES else None,
                                                  minimum=0, maximum=MAX_DISTANCE_M)
        if distance_problem:
            at(["indicators", number, "distance"],
               tr("indicator {id} needs a distance greater than 0 metres ({problem}).") if kind in DISTANCE_TYPES
               else tr("indicator {id}: the distance {value} is not a valid number of metres."),
               id=label, value=distance, problem=distance_problem)
        per_problem = json_values.number_problem(indicator.get("per", 1), greater_than=0, maximum=MAX_PER)
        if per_problem:
            at(["indicators", number, "per"], tr("indicator {id} needs 'per' greater than 0 ({problem})."), id=label,
               problem=per_problem)
        sigma = indicator.get("sigma")
        if sigma is not None and json_values.number_problem(sigma, greater_than=0, maximum=MAX_DISTANCE_M):
            at(["indicators", number, "sigma"],
               tr("indicator {id}: sigma must be a number of metres greater than 0 ({problem})."), id=label,
               problem=json_values.number_problem(sigma, greater_than=0, maximum=MAX_DISTANCE_M))
    output = data.get("output")
    folder = output.get("folder") if isinstance(output, dict) else None
    if isinstance(folder, str) and folder and not _inside_project(folder):
        # A challenge comes from anywhere (another city's package): its results stay beside the project.
        fail(tr("the output folder {folder} must be a folder inside the project's folder (no absolute path, "
                "no '..')."), folder=folder)
    _value_checks(data, where)


def _label(item: Dict[str, Any]) -> str:
    """An item of a challenge (role, indicator) as the user knows it: its title in the message language, quoted;
    its id only when it has no title."""
    title = pick_language_text(item.get("title"), current_language()) if item.get("title") else ""
    return "“{}”".format(title) if title else str(item.get("id", ""))


def _inside_project(folder: str) -> bool:
    """True for a relative folder that stays inside the project's folder, on any system."""
    clean = folder.replace("\\", "/")
    parts = [part for part in clean.split("/") if part not in ("", ".")]
    return not (clean.startswith("/") or ":" in clean or "\x00" in clean or ".." in parts) and bool(parts)


def _value_checks(data: Dict[str, Any], where: str) -> None:
    """Numbers that must be finite and in range even without jsonschema (NaN passes its range checks)."""
    def check(value: Any, path: List[Any], **limits: Any) -> None:
        problem = json_values.number_problem(value, **limits)
        if problem:
            raise ChallengeError(tr("{source}: invalid challenge at {path}: {message}").format(
                source=where, path=readers.json_pointer(path), message=problem))

    output = data.get("output", {})
    if isinstance(output, dict) and "classes" in output:
        check(output["classes"], ["output", "classes"], minimum=2, maximum=9, integer=True)
    scenarios = data.get("scenarios", [])
    for number, scenario in enumerate(scenarios if isinstance(scenarios, list) else []):
        changes = scenario.get("changes", []) if isinstance(scenario, dict) else []
        for index, change in enumerate(changes if isinstance(changes, list) else []):
            if not isinstance(change, dict):
                continue
            for key, minimum in (("x", None), ("y", None), ("capacity", 0), ("count", None)):
                if change.get(key) is not None:
                    check(change[key], ["scenarios", number, "changes", index, key], minimum=minimum)


def loads(text: Union[str, bytes], source: str = "") -> Challenge:
    """Parse challenge JSON (text, or bytes decoded by the one reader: UTF-8 with or without BOM) and validate it.

    Any problem is a ChallengeError naming ``source`` and the line/column or JSON pointer."""
    try:
        data = readers.parse_json(text, source or tr("The challenge"), readers.CHALLENGE)
    except readers.ReadError as error:
        raise ChallengeError(str(error)) from None
    return from_dict(data, source)


def dumps(challenge: Challenge) -> str:
    """Pretty JSON text of ``challenge``."""
    return json.dumps(to_dict(challenge), ensure_ascii=False, indent=2)


def load_file(path: Path) -> Challenge:
    """Read ``NAME.slimstad.json``."""
    path = Path(path)
    try:
        text = readers.read_text(path, str(path), readers.CHALLENGE.max_bytes)
    except readers.ReadError as error:
        raise ChallengeError(str(error)) from None
    return loads(text, str(path))


def save_file(challenge: Challenge, path: Path) -> Path:
    """Write ``challenge`` to ``path`` (``.slimstad.json`` added when missing), atomically."""
    path = Path(path)
    if not path.name.endswith(FILE_SUFFIX):
        path = path.with_name(path.name.rsplit(".json", 1)[0] + FILE_SUFFIX)
    try:
        write_text_atomic(path, dumps(challenge) + "\n")
    except OSError as error:  # FileWriteError included: its message already names the file
        message = str(error) if isinstance(error, SlimStadError) else tr(
            "Cannot write the challenge file {path}: {error}").format(path=path, error=reason(error))
        raise ChallengeError(message) from None
    return path
