"""Role binding for the challenge panel: which layer and field fills each role, and what blocks a run.

GUI-free: the dock shows these statuses and calls :func:`bind_role`; tests call the same functions.
"""

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
from qgis.core import QgsExpression, QgsProject, QgsVectorLayer

from ..base.i18n import format_number, pick_language_text, translator
from ..base.sectors import sector_labels
from ..catalogue.view import FRESH_UNKNOWN, HEALTH_UNKNOWN, freshness_label, health_label
from ..layers.properties import CATALOG_ID_PROPERTY
from .inputs import resolve_layer
from .model import Challenge, ChallengeError, LayerRef

tr = translator("SlimStadChallengePanel")

NUMERIC_TYPE_NAMES = ("int", "integer", "integer64", "double", "real", "float", "decimal", "numeric",
                      "int2", "int4", "int8", "float4", "float8")


@dataclass
class RoleStatus:
    """One role of a challenge as the panel shows it."""

    key: str            # "area_units", "demand:<id>", "supply:<id>", "context:<n>"
    kind: str           # area_units | demand | supply | context
    label: str
    ref: LayerRef
    field: str = ""
    filter: str = ""
    layer_id: str = ""
    problem: str = ""   # empty when the role is bound and usable
    role: str = ""      # the semantic role its field plays (area_id, residents_0_2, capacity, …)
    layer_name: str = ""  # name of the project layer it resolved to ("" when unresolved)

    @property
    def ok(self) -> bool:
        return not self.problem


def _roles(challenge: Challenge, language: Optional[str]) -> List[Tuple[str, str, str, LayerRef, str, str, str]]:
    """(key, kind, label, ref, field, filter, semantic role) for every role of the challenge."""
    labels = slot_labels(challenge, language)
    rows = [("area_units", "area_units", labels["area_units"], challenge.area_units.layer,
             challenge.area_units.id_field, challenge.study_area.filter, "area_id")]
    for role in challenge.demand:
        key = "demand:" + role.id
        rows.append((key, "demand", labels[key], role.layer, role.field or role.layer.field_for(role.role),
                     role.expression, role.role))
    for role in challenge.supply:
        key = "supply:" + role.id
        rows.append((key, "supply", labels[key], role.layer, role.capacity_field or role.layer.field_for(role.role),
                     role.filter, role.role))
    for index, ref in enumerate(challenge.context):
        key = "context:{}".format(index)
        rows.append((key, "context", labels[key], ref, "", "", ""))
    return rows


def slot_labels(challenge: Challenge, language: Optional[str] = None) -> Dict[str, str]:
    """Role key ("area_units", "demand:<id>", "supply:<id>", "context:<n>") -> a label a planner reads
    ("Supply: Childcare"), from the challenge's own texts in ``language`` (default: the QGIS language)."""
    labels = {"area_units": tr("Area units")}
    for role in challenge.demand:
        labels["demand:" + role.id] = tr("Demand: {name}").format(
            name=pick_language_text(role.title, language) or role.id)
    for role in challenge.supply:
        labels["supply:" + role.id] = tr("Supply: {name}").format(
            name=pick_language_text(role.title, language) or role.id)
    for index, ref in enumerate(challenge.context):
        name = ref.layer_name.replace("_", " ") if ref.layer_name else ref.label()
        labels["context:{}".format(index)] = tr("Context: {name}").format(name=name)
    return labels


def _field_problem(layer: QgsVectorLayer, field_name: str, kind: str, expression: str = "") -> str:
    if not field_name:
        # Area units need an id; demand needs a field unless an expression gives its value.
        needed = kind == "area_units" or (kind == "demand" and not expression)
        return tr("no field chosen") if needed else ""
    index = layer.fields().indexOf(field_name)
    if index < 0:
        return tr("field {field} is missing in layer {layer}").format(field=field_name, layer=layer.name())
    if kind in ("demand", "supply"):
        type_name = layer.fields().at(index).typeName().lower()
        if not (layer.fields().at(index).isNumeric() or type_name in NUMERIC_TYPE_NAMES):
            return tr("field {field} is not numeric ({type})").format(field=field_name, type=type_name)
    return ""


def role_statuses(challenge: Challenge, project: QgsProject, language: Optional[str] = None) -> List[RoleStatus]:
    """Resolve every role in ``project`` and say what, if anything, is wrong with it.

    ``language``: of the labels (default: the QGIS language); a context layer is labelled with the name of
    the project layer it resolved to."""
    statuses = []
    for key, kind, label, ref, field_name, filter_text, semantic in _roles(challenge, language):
        status = RoleStatus(key, kind, label, ref, field_name, filter_text, role=semantic)
        try:
            layer = resolve_layer(project, ref)
        except ChallengeError as error:
            status.problem = str(error)
            statuses.append(status)
            continue
        status.layer_id = layer.id()
        status.layer_name = layer.name()
        if kind == "context":
            status.label = tr("Context: {name}").format(name=layer.name())
        status.problem = _field_problem(layer, field_name, kind, filter_text)
        if not status.problem and filter_text:
            expression = QgsExpression(filter_text)
            if expression.hasParserError():
                status.problem = tr("the filter is not a valid expression: {error}").format(
                    error=expression.parserErrorString())
        if not status.problem and layer.featureCount() == 0:
            status.problem = tr("layer {layer} has no features").format(layer=layer.name())
        statuses.append(status)
    return statuses


def run_blockers(statuses: List[RoleStatus]) -> List[str]:
    """Why the Run button is disabled (empty list: it is enabled)."""
    return ["{}: {}".format(status.label, status.problem) for status in statuses if status.problem]


def bind_role(challenge: Challenge, key: str, layer: QgsVectorLayer, field_name: str = "",
              filter_text: str = "") -> None:
    """Point role ``key`` at ``layer`` (by catalogue id when it has one, and by id and name) and ``field_name``."""
    ref = LayerRef(catalog_id=str(layer.customProperty(CATALOG_ID_PROPERTY, "") or ""),
                   layer_name=layer.name(), layer_id=layer.id())
    kind, _, role_id = key.partition(":")
    if kind == "area_units":
        ref.sector, ref.roles = challenge.area_units.layer.sector, dict(challenge.area_units.layer.roles)
        challenge.area_units.layer = ref
        challenge.area_units.id_field = field_name or challenge.area_units.id_field
        challenge.study_area.filter = filter_text
        return
    if kind == "demand":
        role = challenge.demand_role(role_id)
        ref.sector, ref.roles = role.layer.sector, dict(role.layer.roles)
        role.layer, role.field, role.expression = ref, field_name or role.field, filter_text or role.expression
        return
    if kind == "supply":
        role = challenge.supply_role(role_id)
        ref.sector, ref.roles = role.layer.sector, dict(role.layer.roles)
        role.layer, role.capacity_field, role.filter = ref, field_name or role.capacity_field, filter_text
        return
    if kind == "context":
        index = int(role_id)
        ref.sector, ref.roles = challenge.context[index].sector, dict(challenge.context[index].roles)
        challenge.context[index] = ref
        return
    raise ChallengeError(tr("Unknown role {key}.").format(key=key))


def city_reference(values: np.ndarray, supply: Optional[np.ndarray], demand: Optional[np.ndarray],
                   per: float) -> float:
    """The city-wide value an area unit is compared with: total supply per total demand, else the median."""
    if supply is not None and demand is not None:
        total_demand = np.nansum(demand)
        if total_demand > 0:
            return float(np.nansum(supply) / total_demand * per)
    finite = values[np.isfinite(values)]
    return float(np.median(finite)) if len(finite) else float("nan")


def summary_text(values: np.ndarray, reference: float, unit: str, higher_is_better: bool = True,
                 language: Optional[str] = None) -> str:
    """One sentence with numbers, e.g. "12 van 150 gebieden hebben minder dan 30,0 plaatsen … (stadsgemiddelde)".

    ``unit`` comes in the caller's language; ``language`` sets the decimal sign (default: QGIS's language)."""
    finite = np.isfinite(values)
    total = len(values)
    empty = int(total - finite.sum())
    if not np.isfinite(reference):
        return tr("No area unit has a value.")
    worse = int(np.sum(values[finite] < reference)) if higher_is_better else int(np.sum(values[finite] > reference))
    template = (tr("{count} of {total} area units have less than {value} {unit} (the city-wide value).")
                if higher_is_better else
                tr("{count} of {total} area units have more than {value} {unit} (the city-wide value)."))
    value = format_number(float(reference), 1, language)
    text = template.format(count=worse, total=total, value=value, unit=unit)
    if empty:
        text += " " + tr("{count} area units have no residents and no value.").format(count=empty)
    return text


def top_units(values: np.ndarray, count: int, higher_is_better: bool = True) -> List[int]:
    """Indexes of the ``count`` units that most need attention (lowest values when higher is better)."""
    finite = np.flatnonzero(np.isfinite(values))
    order = finite[np.argsort(values[finite], kind="stable")]
    if not higher_is_better:
        order = order[::-1]
    return [int(i) for i in order[:count]]


def layer_specs(project: QgsProject) -> List[Dict[str, Any]]:
    """What a background task needs to reopen the project's vector layers in its own thread."""
    specs = []
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.isValid():
            specs.append({"id": layer.id(), "name": layer.name(), "source": layer.source(),
                          "provider": layer.providerType(),
                          "properties": {key: layer.customProperty(key) for key in layer.customPropertyKeys()}})
    return specs


def project_from_specs(specs: List[Dict[str, Any]], home_path: str) -> QgsProject:
    """A private QgsProject with fresh layers from :func:`layer_specs` (never shared across threads)."""
    project = QgsProject()
    project.setPresetHomePath(home_path)
    for spec in specs:
        if spec["provider"] == "memory":
            continue  # scratch layers cannot be reopened; the roles using them report it
        layer = QgsVectorLayer(spec["source"], spec["name"], spec["provider"])
        for key, value in spec["properties"].items():
            layer.setCustomProperty(key, value)
        project.addMapLayer(layer)
    return project


def catalogue_choices(entries: List[Any], status: RoleStatus, statuses_by_id: Dict[str, Any]) -> List[Tuple[str, Any]]:
    """Catalogue entries offered for a role: same sector first, then the rest, each grouped by sector, with
    owner and the latest health and freshness check in the label, in the user's language
    ("Parks (Green department; Reachable; Up to date)"); ``statuses_by_id`` maps entry ids to
    core.catalogue.view.EntryStatus (missing: not checked)."""

    labels = sector_labels()

    def label(entry: Any) -> str:
        state = statuses_by_id.get(entry.id)
        health = str(getattr(state, "health", HEALTH_UNKNOWN) or HEALTH_UNKNOWN)
        freshness = str(getattr(state, "freshness", FRESH_UNKNOWN) or FRESH_UNKNOWN)
        checks = [health_label(health)]
        if health != HEALTH_UNKNOWN or freshness != FRESH_UNKNOWN:  # never checked: "Not checked" says it all
            checks.append(freshness_label(freshness))
        return tr("{sector} — {title} ({owner}; {checks})").format(
            sector=labels.get(entry.sector, entry.sector), title=entry.display_title(), owner=entry.owner or "?",
            checks="; ".join(checks))

    wanted = status.ref.sector
    ordered = sorted(entries, key=lambda e: (e.sector != wanted, labels.get(e.sector, e.sector),
                                             e.display_title()))
    return [(label(entry), entry) for entry in ordered]
