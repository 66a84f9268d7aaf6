"""User content in the user's language (issue 18, point 4): shipped templates and catalogues carry nl, fr and en;
titles, role labels and binding reports are picked in the language asked for, never Dutch by default."""

import json
from pathlib import Path
from typing import Iterator, Tuple

import pytest

from slimstad_plugin import RESOURCES_DIR
from slimstad_plugin.core.base.semantic_roles import SEMANTIC_ROLES, role_labels
from slimstad_plugin.core.challenge.binding import slot_labels
from slimstad_plugin.core.challenge.rebinding import BY_SECTOR_ROLES, Candidate, bind_challenge
from slimstad_plugin.core.challenge.templates import load_template, template_ids, template_titles

LANGUAGES = {"nl", "fr", "en"}


def language_texts(node: object, where: str = "") -> Iterator[Tuple[str, dict]]:
    """Every ``{"nl": …, "en": …}`` dict in a JSON document, with its JSON path."""
    if isinstance(node, dict):
        if node and set(node) <= LANGUAGES:
            yield where, node
            return
        for key, value in node.items():
            yield from language_texts(value, "{}/{}".format(where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from language_texts(value, "{}/{}".format(where, index))


SHIPPED = sorted((RESOURCES_DIR / "challenges").glob("*.slimstad.json")) + sorted(
    (RESOURCES_DIR / "catalogues").glob("*.json"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_text_has_nl_fr_and_en(path: Path) -> None:
    texts = list(language_texts(json.loads(path.read_text(encoding="utf-8"))))
    assert texts
    incomplete = {where: sorted(LANGUAGES - {k for k, v in text.items() if str(v).strip()})
                  for where, text in texts if {k for k, v in text.items() if str(v).strip()} != LANGUAGES}
    assert incomplete == {}


def test_template_titles_follow_the_language(qgis_app) -> None:
    dutch = template_titles("nl")
    for language in ("fr", "en"):
        titles = template_titles(language)
        assert set(titles) == set(template_ids())
        assert all(titles[tid] != dutch[tid] for tid in titles), titles  # none stays Dutch
    assert template_titles("fr")["kinderopvang"] == load_template("kinderopvang").title["fr"]


def test_role_labels_are_words_in_the_language(qgis_app) -> None:
    challenge = load_template("kinderopvang")
    labels = slot_labels(challenge, "fr")
    assert labels["demand:kinderen_0_2"].endswith("Enfants de 0 à 2 ans")
    assert labels["supply:kinderopvang"].endswith(challenge.supply[0].title["fr"])
    assert "voorbeeldstad.wijken" not in labels["context:0"]  # a name, not the catalogue id
    assert set(role_labels()) == set(SEMANTIC_ROLES)
    assert all(label and label != role for role, label in role_labels().items())


def test_binding_report_reads_in_words(qgis_app) -> None:
    """The import report names roles by their titles and fields by what they mean."""
    challenge = load_template("kinderopvang")
    candidates = [
        Candidate(catalog_id="gent.sectoren", sector="bevolking", title="Statistische sectoren Gent",
                  roles={"area_id": "sector_code", "residents_0_2": "kinderen_0_2", "area_name": "naam"}),
        Candidate(catalog_id="gent.opvang", sector="kinderopvang", title="Opvanglocaties", roles={}),
    ]
    report = bind_challenge(challenge, candidates, language="en")
    assert not report.complete
    by_slot = {binding.slot: binding for binding in report.bindings}
    assert by_slot["area_units"].method == BY_SECTOR_ROLES
    assert "Statistische sectoren Gent" in by_slot["area_units"].describe()
    missing = by_slot["supply:kinderopvang"]
    assert missing.label == "Supply: Childcare"
    line = missing.describe()
    assert line.startswith("Supply: Childcare") and role_labels()["capacity"] in line
    assert "supply:" not in report.summary() and " capacity," not in report.summary()
    assert [b.slot for b in report.bindings if b.slot.startswith("context")] == ["context:0"]


def test_a_missing_role_is_resolved_by_hand_then_runs(qgis_app, sample_gpkg, tmp_path) -> None:
    """Another city's challenge asks for play places in the green sector; this city has only park surfaces.
    The planner picks the parks layer and its surface field for the role, and the challenge runs."""
    from qgis.core import QgsProject

    from slimstad_plugin.core.challenge.rebinding import BY_USER, candidates_from_project, resolve_slot
    from slimstad_plugin.core.challenge.run import run_challenge
    from slimstad_plugin.core.demo.sample_project import load_styled_layer, tag_sample_layers

    project = QgsProject()
    for name in ("statistische_sectoren", "parken"):
        project.addMapLayer(load_styled_layer(sample_gpkg, name))
    tag_sample_layers(project)
    challenge = load_template("kinderopvang")
    supply = challenge.supply[0]
    supply.title = {"nl": "Speelterreinen", "en": "Playgrounds", "fr": "Aires de jeux"}
    supply.layer.catalog_id, supply.layer.layer_name, supply.layer.sector = "gent.speelterreinen", "speel", \
        "groen/omgeving"
    supply.layer.roles = {"capacity": "speelplaatsen"}
    supply.capacity_field = "speelplaatsen"
    challenge.indicators = challenge.indicators[:1]
    challenge.context = []
    report = bind_challenge(challenge, candidates_from_project(project), language="en")
    assert [b.slot for b in report.missing] == ["supply:kinderopvang"]
    parks = project.mapLayersByName("Parken")[0]
    problem = resolve_slot(report, "supply:kinderopvang", parks, "naam", project)
    assert "not numeric" in problem and not report.complete  # a text field cannot be a capacity
    assert resolve_slot(report, "supply:kinderopvang", parks, "oppervlakte_m2", project) == ""
    chosen = next(b for b in report.bindings if b.slot == "supply:kinderopvang")
    assert report.complete and chosen.method == BY_USER
    assert "Parken" in chosen.describe() and "Playgrounds" in chosen.describe()
    result = run_challenge(report.challenge, project, tmp_path / "out.gpkg")
    assert len(result.unit_ids) == 150
    project.clear()


@pytest.mark.parametrize(("language", "null_label"), [
    ("nl", "geen inwoners (geen waarde)"), ("fr", "pas d'habitants (pas de valeur)"),
    ("en", "no residents (no value)"), ("de", "no residents (no value)")])
def test_results_written_in_a_language_speak_it_in_their_legends(qgis_app, sample_gpkg, tmp_path, language: str,
                                                                 null_label: str) -> None:
    """Issue 18 trial: the Dutch demo, built on an English machine, had English legend labels (numbers: see
    tests/maps/test_finishing.py). A language SlimStad does not speak gets English."""
    from qgis.core import QgsProject, QgsVectorLayer

    from slimstad_plugin.core.challenge.run import run_challenge
    from slimstad_plugin.core.demo.sample_project import load_styled_layer, tag_sample_layers

    project = QgsProject()
    for name in ("statistische_sectoren", "kinderopvang"):
        project.addMapLayer(load_styled_layer(sample_gpkg, name))
    tag_sample_layers(project)
    challenge = load_template("kinderopvang")
    challenge.indicators = challenge.indicators[:1]
    challenge.context = []
    result = run_challenge(challenge, project, tmp_path / "out.gpkg", language=language)
    layer = QgsVectorLayer("{}|layername={}".format(result.output, result.layers[0]), "x", "ogr")
    labels = [r.label() for r in layer.renderer().ranges()]
    assert null_label in labels, labels
    project.clear()


@pytest.mark.parametrize(("language", "expected"), [("de", "Primary school"), ("nl", "Lager onderwijs"),
                                                    ("c", "Lager onderwijs")])
def test_legends_of_the_sample_styles_fall_back_to_english_for_other_languages(
        qgis_app, sample_gpkg, language: str, expected: str) -> None:
    """Issue 18 walk on a German QGIS: the school and road legends stayed Dutch (only fr/en were relabelled)."""
    from qgis.core import QgsSettings

    from slimstad_plugin.core.demo.sample_project import load_styled_layer
    from slimstad_plugin.core.layers.render import translate_legend

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", language)
    try:
        layer = load_styled_layer(sample_gpkg, "scholen")
        translate_legend(layer)
        labels = [category.label() for category in layer.renderer().categories()]
        assert expected in labels, labels
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
