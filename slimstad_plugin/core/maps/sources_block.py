"""The printed sources block: owner, licence and last update per layer, plus one provenance line.

Layers without catalogue metadata are listed as "source unknown" instead of being left out, and the
licence of every source decides whether the map may be marked public.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from qgis.core import QgsMapLayer

from ... import plugin_version
from ..base.i18n import current_language, pick_language_text, translator
from ..base.secrets import scrub_text
from ..layers.properties import SourceInfo, layer_titles, source_info

tr = translator("SlimStadMaps")

RESTRICTED_LICENCES = ("internal", "restricted")
def layer_title(layer: QgsMapLayer, language: Optional[str] = None) -> str:
    """The layer's name in the map's language (``layers.properties.layer_titles``, e.g. its catalogue entry's
    titles), else its name in the project."""
    titles = layer_titles(layer)
    return titles.get(language or current_language()) or layer.name()


@dataclass
class Provenance:
    """What produced the map: the challenge, its method and parameters (no secrets)."""

    challenge_id: str = ""
    method: str = ""
    parameters: Dict[str, object] = field(default_factory=dict)
    challenge_title: str = ""   # in the map's language; printed instead of the id when given


@dataclass
class SourceEntry:
    """One line of the sources block."""

    layer_name: str
    info: SourceInfo

    @property
    def restricted(self) -> bool:
        return self.info.licence_type.lower() in RESTRICTED_LICENCES


def collect_sources(layers: Sequence[QgsMapLayer], background: Optional[QgsMapLayer] = None) -> List[SourceEntry]:
    """One entry per distinct layer, in map order; the ``background`` (drawn pale, not in the legend) last and
    named as the background ("Stratennet (background)")."""
    seen = set()
    entries: List[SourceEntry] = []
    for layer in layers:
        if layer.id() in seen:
            continue
        seen.add(layer.id())
        entries.append(SourceEntry(layer_title(layer), source_info(layer)))
    if background is not None and background.id() not in seen:
        entries.append(SourceEntry(tr("{layer} (background, not in the legend)").format(layer=layer_title(background)),
                                   source_info(background)))
    return entries


def restricted_entries(entries: Sequence[SourceEntry]) -> List[SourceEntry]:
    """Entries whose licence is internal or restricted (they need an explicit choice to print)."""
    return [entry for entry in entries if entry.restricted]


def licence_text(info: SourceInfo) -> str:
    """"CC BY 4.0 (open)"-style text; an unknown licence is said so."""
    kind = {"open": tr("open"), "internal": tr("internal"), "restricted": tr("restricted")}.get(
        info.licence_type.lower(), "")
    name = info.licence_name or tr("licence unknown")
    return "{} ({})".format(name, kind) if kind else name


def _date_part(value: str) -> str:
    """The date of an ISO 8601 timestamp (maps print days, not seconds)."""
    return value.split("T", 1)[0] if value else ""


def source_line(entry: SourceEntry) -> str:
    """``Layer — owner · licence · updated 2024-05-01`` or ``Layer — source unknown``."""
    if not entry.info.known:
        return tr("{layer}: source unknown").format(layer=entry.layer_name)
    parts = [entry.info.owner or tr("owner unknown"), licence_text(entry.info)]
    updated = _date_part(entry.info.last_update)
    parts.append(tr("updated {date}").format(date=updated) if updated else tr("update date unknown"))
    return "{}: {}".format(entry.layer_name, " · ".join(parts))


def text_in_language(texts: object, language: Optional[str] = None) -> str:
    """A ``{"nl": …}`` text in the map's language (with the usual fallbacks)."""
    return pick_language_text(texts, language or current_language()) if isinstance(texts, dict) else str(texts or "")


def _parameter_text(key: str, value: object) -> str:
    """One method parameter in the map's language (``distance_m=1000`` reads "within 1000 m")."""
    if key == "distance_m":
        return tr("within {distance} m").format(distance="{:g}".format(float(value)))
    if key == "per":
        return tr("per {count}").format(count="{:g}".format(float(value)))
    if key == "type":
        return indicator_type_text(str(value))
    return "{}={}".format(key, value)


def indicator_type_text(kind: str) -> str:
    """The name of an indicator type in the map's language."""
    names = {"count": tr("count"), "sum": tr("sum"), "ratio": tr("ratio"), "share_within": tr("share within reach"),
             "nearest_distance": tr("distance to the nearest"), "area_within": tr("area within reach"),
             "overlay": tr("overlay"), "catchment": tr("accessibility (catchment)")}
    return names.get(kind, kind)


def provenance_line(provenance: Optional[Provenance]) -> str:
    """Challenge id, method, parameters and plugin version, on one line (in the map's language)."""
    version = tr("SlimStad {version}").format(version=plugin_version())
    if provenance is None or not (provenance.challenge_id or provenance.method):
        return tr("Made with {tool}.").format(tool=version)
    params = ", ".join(_parameter_text(key, value) for key, value in sorted(provenance.parameters.items()))
    text = tr("Challenge {challenge}, method {method}").format(
        challenge=provenance.challenge_title or provenance.challenge_id or "-", method=provenance.method or "-")
    if params:
        text += " ({})".format(params)
    return "{}; {}.".format(text, version)


def sources_text(entries: Sequence[SourceEntry], provenance: Optional[Provenance],
                 notes: Sequence[str] = ()) -> str:
    """The whole block as printed: a heading, one line per layer, notes, then provenance."""
    lines = [tr("Sources")]
    lines.extend(source_line(entry) for entry in entries)
    lines.extend(notes)
    lines.append(provenance_line(provenance))
    return scrub_text("\n".join(lines)).text  # printed on shared maps: the allow-list rule


def publication_status(entries: Sequence[SourceEntry], restricted_allowed: bool) -> str:
    """The marking printed on the map: public only when every source is known and open."""
    if restricted_entries(entries):
        return tr("INTERNAL - not for publication") if restricted_allowed else ""
    if all(entry.info.known and entry.info.licence_type.lower() == "open" for entry in entries):
        return tr("Public")
    return tr("Not all licences known - check before publishing")
