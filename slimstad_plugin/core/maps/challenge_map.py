"""Fill a planning-map request from a challenge: its title and question, its result layer and provenance.

The challenge is read from the project (challenge_store); a shipped challenge template with the same id is
the fallback. The styled result layer comes from the GeoPackage that challenge_run wrote.
"""

import datetime
from pathlib import Path
from typing import List, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsVectorLayer

from ..base.i18n import pick_language_text, qgis_language, translator
from ..challenge.inputs import resolve_layer
from ..challenge.model import Challenge, ChallengeError
from ..challenge.results import AREA_NAME, default_output, indicator_layer, layer_uri, map_indicator_id, open_layer
from ..challenge.store import challenge_ids, find_challenge
from ..challenge.templates import TEMPLATE_IDS, load_template
from ..layers.properties import SourceInfo, set_source_info, source_info
from .errors import MapError
from .layout_builder import PlanningMapRequest
from .sources_block import Provenance

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


def _result_layer(project: QgsProject, challenge: Challenge, language: str) -> QgsVectorLayer:
    gpkg = default_output(challenge, project)
    spec = next((s for s in challenge.indicators if s.id == map_indicator_id(challenge)), None)
    if spec is None or not Path(gpkg).is_file():
        raise MapError(tr("No results of challenge {id} in {path}: run the challenge first.").format(
            id=challenge.id, path=gpkg))
    name = indicator_layer(spec.id)
    title = pick_language_text(spec.title, language) or spec.id
    uri = layer_uri(gpkg, name)
    for layer in project.mapLayers().values():  # re-export reuses the layer already added
        if layer.source() == uri:
            return layer
    layer = open_layer(gpkg, name, title)
    if not layer.isValid():
        raise MapError(tr("The result layer {name} cannot be read from {path}.").format(name=name, path=gpkg))
    # Derived data is as open as its inputs: open only when every input layer is known and open.
    inputs = _input_layers(project, challenge, with_units=True)
    licence = "open" if inputs and all(source_info(lyr).licence_type == "open" for lyr in inputs) else ""
    updated = datetime.date.fromtimestamp(Path(gpkg).stat().st_mtime).isoformat()
    set_source_info(layer, SourceInfo(title=title, owner=tr("SlimStad challenge {id}").format(id=challenge.id),
                                      licence_type=licence, licence_name=tr("derived from the listed sources"),
                                      last_update=updated, source_type="gpkg"))
    project.addMapLayer(layer, False)
    group = project.layerTreeRoot().findGroup(RESULTS_GROUP) or project.layerTreeRoot().insertGroup(0, RESULTS_GROUP)
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


def apply_challenge(project: QgsProject, challenge_id: str, request: PlanningMapRequest,
                    language: Optional[str] = None) -> None:
    """Set title, question, layers, the top-N table and provenance of ``request`` from the challenge."""
    language = language or qgis_language()
    challenge = _challenge(project, challenge_id)
    result = _result_layer(project, challenge, language)
    request.title = request.title or pick_language_text(challenge.title, language)
    request.subtitle = request.subtitle or pick_language_text(challenge.question, language) or \
        pick_language_text(challenge.description, language)
    if request.layers is None:
        request.layers = _input_layers(project, challenge) + [result]
    spec = next(s for s in challenge.indicators if s.id == map_indicator_id(challenge))
    request.indicator_layer = result
    request.indicator_field = "value"
    request.label_field = AREA_NAME
    # The units that need attention first: the lowest values when higher is better; NULLs (no residents) out.
    request.sort_descending = not spec.higher_is_better
    request.table_filter = "\"value\" IS NOT NULL"
    title = pick_language_text(spec.title, language) or spec.id
    request.indicator_heading = title
    request.label_heading = tr("Area")
    parameters = {"type": spec.type}
    if spec.distance:
        parameters["distance_m"] = spec.distance
    if spec.per and spec.per != 1:
        parameters["per"] = spec.per
    method = spec.method if spec.type == "catchment" else spec.type
    request.provenance = Provenance(challenge.id, method, parameters)
    request.layout_name = request.layout_name or "{} - {}".format(request.title, challenge.id)
