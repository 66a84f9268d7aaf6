"""Fill a planning-map request from a challenge: its title and question, its result layer and provenance.

The challenge is read from the project (challenge_store); a shipped challenge template with the same id is
the fallback. The styled result layer comes from the GeoPackage that challenge_run wrote. Every text is taken in the
map's language; texts the challenge has only in other languages are named in a warning.
"""

import datetime
from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ..base.i18n import current_language, has_language_text, language_scope, pick_language_text, translate, translator
from ..challenge.inputs import resolve_layer
from ..challenge.model import Challenge, ChallengeError
from ..challenge.output import class_labels, is_null_class
from ..challenge.results import AREA_NAME, default_output, indicator_layer, layer_uri, map_indicator_id, open_layer
from ..challenge.store import challenge_ids, find_challenge
from ..challenge.templates import TEMPLATE_IDS, load_template
from ..layers.properties import SourceInfo, set_layer_titles, set_source_info, source_info
from .errors import MapError
from .layout_builder import PlanningMapRequest
from .sources_block import Provenance, indicator_type_text

tr = translator("SlimStadMaps")
RESULTS_GROUP = "SlimStad"


def _challenge(project: QgsProject, challenge_id: str) -> Challenge:
    try:
        found = find_challenge(project, challenge_id)
        if found is None and challenge_id in TEMPLATE_IDS:
            found = load_template(challenge_id)
    except ChallengeError as error:
        raise MapError(str(error)) from error
    if found is None:
        known = ", ".join(sorted(challenge_ids(project))) or "-"
        raise MapError(tr("The project has no challenge {id} (challenges: {known}).").format(
            id=challenge_id, known=known))
    return found


def _map_indicator(challenge: Challenge) -> object:
    return next((s for s in challenge.indicators if s.id == map_indicator_id(challenge)), None)


def _result_layer(project: QgsProject, challenge: Challenge, language: str, add: bool = True) -> QgsVectorLayer:
    gpkg = default_output(challenge, project)
    spec = _map_indicator(challenge)
    if spec is None or not Path(gpkg).is_file():
        raise MapError(tr("No results of challenge {id} in {path}: run the challenge first.").format(
            id=challenge.id, path=gpkg))
    name = indicator_layer(spec.id)
    title = pick_language_text(spec.title, language) or spec.id
    uri = layer_uri(gpkg, name)
    # A re-export reuses the layer already added (its texts are refreshed in this map's language).
    layer = next((lyr for lyr in project.mapLayers().values() if lyr.source() == uri), None)
    added = layer is None
    if added:
        layer = open_layer(gpkg, name, title)
        if not layer.isValid():
            raise MapError(tr("The result layer {name} cannot be read from {path}.").format(name=name, path=gpkg))
    set_layer_titles(layer, spec.title)
    # Derived data is as open as its inputs: open only when every input layer is known and open.
    inputs = _input_layers(project, challenge, with_units=True)
    licence = "open" if inputs and all(source_info(lyr).licence_type == "open" for lyr in inputs) else ""
    updated = datetime.date.fromtimestamp(Path(gpkg).stat().st_mtime).isoformat()
    challenge_title = pick_language_text(challenge.title, language) or challenge.id
    set_source_info(layer, SourceInfo(title=title, owner=tr("SlimStad challenge {id}").format(id=challenge_title),
                                      licence_type=licence, licence_name=tr("derived from the listed sources"),
                                      last_update=updated, source_type="gpkg"))
    if added and add:
        project.addMapLayer(layer, False)
        group = project.layerTreeRoot().findGroup(RESULTS_GROUP) or \
            project.layerTreeRoot().insertGroup(0, RESULTS_GROUP)
        group.addLayer(layer)
    return layer


def _input_layers(project: QgsProject, challenge: Challenge, with_units: bool = False) -> List[QgsMapLayer]:
    layers: List[QgsMapLayer] = []
    refs = [role.layer for role in challenge.supply] + list(challenge.context)
    if with_units:
        refs += [challenge.area_units.layer] + [role.layer for role in challenge.demand]
    for ref in refs:
        try:
            layer = resolve_layer(project, ref)
        except ChallengeError:
            continue  # a missing context layer leaves the map without it; the run reported it already
        if layer not in layers:
            layers.append(layer)
    return layers


def missing_language_texts(challenge: Challenge, language: str) -> List[str]:
    """Names of the challenge's texts that have no version in ``language`` (they print in another one)."""
    spec = _map_indicator(challenge)
    texts = [(tr("title"), challenge.title), (tr("question"), challenge.question or challenge.description)]
    if spec is not None:
        texts += [(tr("indicator title"), spec.title)]
    return [name for name, value in texts if value and not has_language_text(value, language)]


def class_labeller() -> Callable[[QgsVectorLayer], Optional[List[str]]]:
    """Legend labels of a result layer's classes in the map's language: non-overlapping ranges and the no-value
    class. The unit is left out: the legend prints the indicator's title (which names it) right above."""

    def labels(layer: QgsVectorLayer) -> Optional[List[str]]:
        renderer = layer.renderer()
        ranges = list(renderer.ranges()) if hasattr(renderer, "ranges") else []
        if not ranges or not is_null_class(ranges[0].lowerValue(), ranges[0].upperValue()):
            return None  # not a SlimStad result style: its labels are the user's
        bounds = [(r.lowerValue(), r.upperValue()) for r in ranges[1:]]
        null_label = translate("SlimStadChallenge", "no residents (no value)")
        return [null_label] + class_labels(bounds, "")

    return labels


def apply_challenge(project: QgsProject, challenge_id: str, request: PlanningMapRequest,
                    language: Optional[str] = None, add_to_project: bool = True) -> List[str]:
    """Set title, question, layers, the top-N table and provenance of ``request`` from the challenge.

    Texts are taken in ``language`` (default: the request's, else the current one). Returns warnings naming the
    challenge texts that exist only in other languages (they are printed in a fallback language).
    ``add_to_project=False`` (the dialog) leaves a result layer the project does not hold yet outside it.
    """
    language = language or request.language or current_language()
    with language_scope(language):
        return _apply(project, challenge_id, request, language, add_to_project)


def _apply(project: QgsProject, challenge_id: str, request: PlanningMapRequest, language: str,
           add_to_project: bool = True) -> List[str]:
    challenge = _challenge(project, challenge_id)
    result = _result_layer(project, challenge, language, add_to_project)
    request.title = request.title or pick_language_text(challenge.title, language)
    request.subtitle = request.subtitle or pick_language_text(challenge.question, language) or \
        pick_language_text(challenge.description, language)
    if request.layers is None:
        request.layers = _input_layers(project, challenge) + [result]
    spec = _map_indicator(challenge)
    request.indicator_layer = result
    request.indicator_field = "value"
    request.label_field = AREA_NAME
    # The units that need attention first: the lowest values when higher is better; NULLs (no residents) out.
    request.sort_descending = not spec.higher_is_better
    request.table_filter = "\"value\" IS NOT NULL"
    # Ties (e.g. 30 sectors with 0 places) go to the largest need first: the demand behind the value.
    request.need_field = "demand"
    request.need_heading = next((pick_language_text(role.title, language) or role.id
                                 for role in challenge.demand), "")
    request.indicator_heading = pick_language_text(spec.title, language) or spec.id
    request.label_heading = tr("Area")
    request.class_labels = class_labeller()
    parameters: dict = {}
    if spec.distance:
        parameters["distance_m"] = spec.distance
    if spec.per and spec.per != 1:
        parameters["per"] = spec.per
    if spec.type == "catchment":
        method = "{} ({})".format(indicator_type_text(spec.type), spec.method.upper())
    else:
        method = indicator_type_text(spec.type)
    request.provenance = Provenance(challenge.id, method, parameters,
                                    pick_language_text(challenge.title, language) or challenge.id)
    request.layout_name = request.layout_name or request.title  # a title, never the challenge's id
    missing = missing_language_texts(challenge, language)
    if not missing:
        return []
    return [tr("Challenge {id} has no {language} text for: {texts}; another language is printed there.").format(
        id=challenge.id, language=language, texts=", ".join(missing))]
