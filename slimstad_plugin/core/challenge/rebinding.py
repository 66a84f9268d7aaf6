"""Re-bind a challenge to another city's data: by catalogue id, else by sector plus semantic roles.

A challenge asks for roles ("residents_0_2 on a bevolking layer", "capacity on a kinderopvang layer"), not
for field names. :func:`bind_challenge` finds, for every layer reference, the other city's layer that fulfils
those roles and returns a copy of the challenge pointing at it, plus a report of what matched, how, and
what is missing. When :attr:`BindingReport.complete` is true the bound challenge runs without editing.
"""

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from qgis.core import QgsProject, QgsVectorLayer

from ..base.i18n import translator
from ..base.sectors import sector_labels
from ..base.semantic_roles import role_label
from ..layers.properties import CATALOG_ID_PROPERTY, layer_roles, source_info, source_table
from .binding import bind_role, role_statuses, slot_labels
from .model import Challenge, LayerRef, load_file
from .store import save_challenge

tr = translator("SlimStadRebinding")


BY_CATALOG_ID = "catalog_id"
BY_SECTOR_ROLES = "sector_roles"
BY_LAYER_NAME = "layer_name"
BY_USER = "user"          # chosen by hand in the import dialog
MISSING = "missing"


@dataclass
class Candidate:
    """A layer (or catalogue entry) of the receiving city that a reference may bind to."""

    catalog_id: str = ""
    sector: str = ""
    roles: Dict[str, str] = field(default_factory=dict)
    layer_name: str = ""
    layer_id: str = ""
    title: str = ""
    table: str = ""  # GeoPackage/file layer name from the source (``|layername=``)
    fields: List[str] = field(default_factory=list)  # known field names (empty: unknown, e.g. an entry)

    def assumed_roles(self, ref: LayerRef) -> Dict[str, str]:
        """The reference's own role map, kept only for fields this layer really has."""
        return {role: name for role, name in ref.roles.items() if not self.fields or name in self.fields}

    def label(self) -> str:
        return self.catalog_id or self.title or self.layer_name or self.layer_id


@dataclass
class RoleBinding:
    """One layer reference of the challenge and what it became."""

    slot: str                 # area_units, demand:<id>, supply:<id>, context:<n>
    wanted: str               # the original reference
    sector: str
    required_roles: List[str]
    method: str = MISSING     # catalog_id | sector_roles | layer_name | missing
    target: str = ""
    roles: Dict[str, str] = field(default_factory=dict)
    missing_roles: List[str] = field(default_factory=list)
    required: bool = True
    label: str = ""           # the slot as a planner reads it ("Supply: Childcare")
    target_label: str = ""    # the layer (or catalogue entry) it bound to, by its title

    @property
    def slot_label(self) -> str:
        return self.label or self.slot

    @property
    def ok(self) -> bool:
        return self.method != MISSING and not self.missing_roles

    def describe(self) -> str:
        """One translated line for the report and the dialog, in words (role and sector labels, layer titles)."""
        if self.method == MISSING and not self.missing_roles:
            return tr("{slot}: no layer found for {wanted}").format(slot=self.slot_label, wanted=self.wanted)
        if self.method == MISSING:
            return tr("{slot}: no layer of the sector {sector} has a field for {roles}").format(
                slot=self.slot_label, sector=self._sector(), roles=self._roles())
        return tr("{slot}: {state}").format(slot=self.slot_label, state=self.state())

    def state(self) -> str:
        """What became of the slot, without its name ("bound to Parks (chosen by you)")."""
        if self.method == MISSING:
            if self.missing_roles:
                return tr("no layer of the sector {sector} has a field for {roles}").format(
                    sector=self._sector(), roles=self._roles())
            return tr("no layer found for {wanted}").format(wanted=self.wanted)
        how = {BY_CATALOG_ID: tr("same catalogue id"), BY_SECTOR_ROLES: tr("same sector and roles"),
               BY_LAYER_NAME: tr("same layer name"), BY_USER: tr("chosen by you")}[self.method]
        target = self.target_label or self.target
        if self.target and self.target != target:
            target = "{} [{}]".format(target, self.target)  # the catalogue id, for whoever maintains catalogues
        text = tr("bound to {target} ({how})").format(target=target, how=how)
        if self.missing_roles:
            text += " " + tr("no field for: {roles}").format(roles=self._roles())
        return text

    def _sector(self) -> str:
        return sector_labels().get(self.sector, self.sector) if self.sector else "?"

    def _roles(self) -> str:
        return ", ".join(role_label(role) for role in self.missing_roles)


@dataclass
class BindingReport:
    """Per reference: matched how, to what, and what is missing; ``challenge`` is the re-bound copy."""

    challenge: Challenge
    bindings: List[RoleBinding] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every required reference bound with every required role: the challenge can run as it is."""
        return all(binding.ok for binding in self.bindings if binding.required)

    @property
    def missing(self) -> List[RoleBinding]:
        return [binding for binding in self.bindings if binding.required and not binding.ok]

    def summary(self) -> str:
        bound = sum(1 for binding in self.bindings if binding.ok)
        if self.complete:
            return tr("all {count} layer references bound").format(count=len(self.bindings)) if bound == len(
                self.bindings) else tr("{bound} of {count} layer references bound (the rest are optional)").format(
                bound=bound, count=len(self.bindings))
        return tr("cannot run: {problems}").format(problems="; ".join(b.describe() for b in self.missing))

    def lines(self) -> List[str]:
        return [binding.describe() for binding in self.bindings]


def resolve_slot(report: BindingReport, slot: str, layer: QgsVectorLayer, field_name: str = "",
                 project: Optional[QgsProject] = None) -> str:
    """Bind one slot of the re-bound challenge to ``layer`` and ``field_name`` as the user chose them.

    The choice is checked like a run would check it (field present, numeric for demand and supply, layer not
    empty); returns "" when the slot is now usable, else the translated problem (the slot stays missing).
    ``layer`` must be in ``project`` (default: its own project)."""
    binding = next((b for b in report.bindings if b.slot == slot), None)
    if binding is None:
        raise KeyError(slot)
    project = project or layer.project() or QgsProject.instance()
    bind_role(report.challenge, slot, layer, field_name)
    status = next(s for s in role_statuses(report.challenge, project) if s.key == slot)
    binding.target = str(layer.customProperty(CATALOG_ID_PROPERTY, "") or "") or layer.id()
    binding.target_label = layer.name()
    if status.problem:
        binding.method = MISSING
        binding.missing_roles = list(binding.required_roles) or binding.missing_roles
        return status.problem
    binding.method = BY_USER
    binding.roles = {role: field_name for role in binding.required_roles if field_name}
    binding.missing_roles = []
    return ""


def candidates_from_entries(entries: Iterable[object]) -> List[Candidate]:
    """Candidates from catalogue entries (anything with id, sector, fields and display_title())."""
    result = []
    for entry in entries:
        title = entry.display_title() if hasattr(entry, "display_title") else str(getattr(entry, "id", ""))
        result.append(Candidate(catalog_id=str(entry.id), sector=str(entry.sector),
                                roles=dict(getattr(entry, "fields", {}) or {}), title=title))
    return result


def candidates_from_project(project: QgsProject, entries: Iterable[object] = ()) -> List[Candidate]:
    """Vector layers of ``project``; roles come from the matching catalogue entry or the layer's own map."""
    by_id = {candidate.catalog_id: candidate for candidate in candidates_from_entries(entries)}
    result = []
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        info = source_info(layer)
        roles = layer_roles(layer)
        entry = by_id.get(info.catalog_id)
        if entry is not None:
            roles = roles or dict(entry.roles)
        names = set(layer.fields().names())
        result.append(Candidate(catalog_id=info.catalog_id, sector=info.sector or (entry.sector if entry else ""),
                                roles={role: name for role, name in roles.items() if name in names},
                                layer_name=layer.name(), layer_id=layer.id(), title=layer.name(),
                                table=source_table(layer), fields=sorted(names)))
    return result


def _role_of(ref: LayerRef, field_name: str, default: str) -> str:
    """The role whose field is ``field_name`` in the original reference (``default`` when unnamed)."""
    for role, name in ref.roles.items():
        if name == field_name:
            return role
    return default


class _Binder:
    """Binds references one by one, giving the same original layer the same target every time."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        # Copies: binding fills in missing role maps and must not change the caller's candidates.
        self.candidates = [copy.deepcopy(candidate) for candidate in candidates]
        self.memo: Dict[str, Tuple[Optional[Candidate], str]] = {}

    def find(self, ref: LayerRef, required: Sequence[str]) -> Tuple[Optional[Candidate], str, List[str]]:
        key = ref.catalog_id or ref.layer_name or ref.layer_id
        if key in self.memo and self.memo[key][0] is not None:
            candidate, method = self.memo[key]
            return candidate, method, [role for role in required if role not in self.roles_of(candidate, ref)]
        candidate, method, missing = self._search(ref, required)
        if candidate is not None:
            self.memo[key] = (candidate, method)
        return candidate, method, missing

    @staticmethod
    def roles_of(candidate: Candidate, ref: LayerRef) -> Dict[str, str]:
        return candidate.roles

    def _search(self, ref: LayerRef, required: Sequence[str]) -> Tuple[Optional[Candidate], str, List[str]]:
        if ref.catalog_id:
            for candidate in self.candidates:
                if candidate.catalog_id == ref.catalog_id:
                    if not candidate.roles:  # the same dataset: its fields are the ones the challenge names
                        candidate.roles = candidate.assumed_roles(ref)
                    return candidate, BY_CATALOG_ID, [r for r in required if r not in candidate.roles]
        same_sector = [c for c in self.candidates if ref.sector and c.sector == ref.sector]
        wanted = set(ref.roles) | set(required)
        full = [c for c in same_sector if all(role in c.roles for role in required)]
        if full:
            best = max(full, key=lambda c: len(wanted & set(c.roles)))  # max() keeps the first on ties
            return best, BY_SECTOR_ROLES, []
        if ref.layer_name:
            for candidate in self.candidates:
                wanted_name = ref.layer_name.strip().lower()
                if wanted_name in (candidate.layer_name.strip().lower(), candidate.table.lower()):
                    candidate.roles = candidate.roles or candidate.assumed_roles(ref)
                    return candidate, BY_LAYER_NAME, [r for r in required if r not in candidate.roles]
        closest = max(same_sector, key=lambda c: len(set(required) & set(c.roles)), default=None)
        missing = [r for r in required if closest is None or r not in closest.roles]
        return None, MISSING, missing


def _rebind_ref(ref: LayerRef, candidate: Candidate, method: str) -> None:
    """Point ``ref`` at ``candidate``; a catalogue id is kept portable (no project-specific layer id)."""
    ref.roles = dict(candidate.roles) or ref.roles
    ref.sector = candidate.sector or ref.sector
    if method == BY_CATALOG_ID:
        return
    ref.catalog_id = candidate.catalog_id
    ref.layer_name = candidate.layer_name
    ref.layer_id = "" if candidate.catalog_id else candidate.layer_id


def _rewrite_expression(expression: str, old: Dict[str, str], new: Dict[str, str]) -> str:
    """Replace quoted field names role by role ("inw_0_2" -> "kinderen_0_2")."""
    for role, old_name in old.items():
        if role in new and new[role] != old_name:
            expression = re.sub(r'"{}"'.format(re.escape(old_name)), '"{}"'.format(new[role].replace('"', '""')),
                                expression)
    return expression


def bind_challenge(challenge: Challenge, candidates: Sequence[Candidate],
                   language: Optional[str] = None) -> BindingReport:
    """A re-bound copy of ``challenge`` and the report; the original challenge is not changed.

    Slots use the keys of challenge_binding (``context:<n>`` counts from 0) so a role can be bound by hand
    afterwards with :func:`challenge_binding.bind_role`; labels are in ``language`` (default: QGIS's)."""
    bound = copy.deepcopy(challenge)
    report = BindingReport(challenge=bound)
    binder = _Binder(candidates)
    labels = slot_labels(challenge, language)

    def bind(slot: str, ref: LayerRef, required: List[str], is_required: bool = True) -> Optional[Candidate]:
        candidate, method, missing = binder.find(ref, required)
        binding = RoleBinding(slot=slot, wanted=ref.label(), sector=ref.sector, required_roles=list(required),
                              method=method, missing_roles=missing, required=is_required,
                              label=labels.get(slot, slot))
        if candidate is not None:
            binding.target = candidate.label()
            binding.target_label = candidate.title or candidate.layer_name or candidate.label()
            binding.roles = {role: candidate.roles[role] for role in required if role in candidate.roles}
            _rebind_ref(ref, candidate, method)
        report.bindings.append(binding)
        return candidate

    units = bound.area_units
    original_units = copy.deepcopy(units.layer)
    id_role = _role_of(original_units, units.id_field, "area_id")
    name_role = _role_of(original_units, units.name_field, "area_name") if units.name_field else ""
    if bind("area_units", units.layer, [id_role]):
        units.id_field = units.layer.roles.get(id_role, "")
        units.name_field = units.layer.roles.get(name_role, "") if name_role else units.layer.roles.get("area_name", "")
    for role in bound.demand:
        original = copy.deepcopy(role.layer)
        needed = [] if role.expression else [role.role or _role_of(original, role.field, "")]
        needed = [name for name in needed if name]
        if bind("demand:{}".format(role.id), role.layer, needed):
            if role.field:
                role.field = role.layer.roles.get(role.role or _role_of(original, role.field, ""), "")
            if role.expression:
                role.expression = _rewrite_expression(role.expression, original.roles, role.layer.roles)
    for role in bound.supply:
        original = copy.deepcopy(role.layer)
        capacity_role = role.role or (
            _role_of(original, role.capacity_field, "capacity") if role.capacity_field else "")
        if bind("supply:{}".format(role.id), role.layer, [capacity_role] if capacity_role else []):
            if role.capacity_field or capacity_role:
                role.capacity_field = role.layer.roles.get(capacity_role, "")
    for index, ref in enumerate(bound.context):
        bind("context:{}".format(index), ref, [], is_required=False)
    return report


def import_challenge(path: Path, project: QgsProject, entries: Iterable[object] = (),
                     save: bool = True, language: Optional[str] = None) -> BindingReport:
    """Read a ``.slimstad.json`` from another city, bind it to ``project`` and store it there when complete.

    Raises ChallengeError for an unreadable file; an incomplete binding is reported, never stored.
    """

    report = bind_challenge(load_file(Path(path)), candidates_from_project(project, entries), language)
    if save and report.complete:
        save_challenge(project, report.challenge)
    return report
