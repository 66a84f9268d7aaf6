"""Challenge definitions: JSON round trip, storage in a QGIS project, schema versions and validation."""

import json
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProject

from slimstad_plugin.core.analysis.scenarios import Change, Scenario
from slimstad_plugin.core.base.i18n import language_scope
from slimstad_plugin.core.base.sectors import SECTORS
from slimstad_plugin.core.base.semantic_roles import SEMANTIC_ROLES
from slimstad_plugin.core.challenge.model import (
    SCHEMA_VERSION,
    ChallengeError,
    from_dict,
    load_file,
    loads,
    save_file,
    to_dict,
    validate,
)
from slimstad_plugin.core.challenge.store import (
    challenge_ids,
    find_challenge,
    project_challenges,
    remove_challenge,
    save_challenge,
)
from slimstad_plugin.core.challenge.templates import (
    TEMPLATE_IDS,
    load_template,
    template_ids,
    template_path,
    template_titles,
)


def test_every_template_is_shipped_valid_and_trilingual() -> None:
    assert template_ids() == list(TEMPLATE_IDS)
    for template_id in TEMPLATE_IDS:
        challenge = load_template(template_id)
        assert challenge.id == template_id
        for texts in [challenge.title, challenge.description, challenge.question] + [i.title for i in
                                                                                     challenge.indicators]:
            assert set(texts) == {"nl", "en", "fr"} and all(texts.values()), texts
        refs = [challenge.area_units.layer] + [r.layer for r in challenge.demand + challenge.supply]
        for ref in refs + challenge.context:
            assert ref.catalog_id.startswith("voorbeeldstad.") and ref.layer_name
            assert ref.sector in SECTORS
            assert set(ref.roles) <= set(SEMANTIC_ROLES)
        assert challenge.indicators


def test_file_round_trip_keeps_everything(tmp_path: Path) -> None:
    challenge = load_template("kinderopvang")
    challenge.scenarios.append(Scenario("nieuwe_creche", {"nl": "Nieuwe crèche"},
                                        [Change(kind="add_facility", supply="kinderopvang", x=157000.0, y=184000.0,
                                                capacity=36, name="Nieuw")]))
    written = save_file(challenge, tmp_path / "mijn_opgave.json")
    assert written.name == "mijn_opgave.slimstad.json"
    again = load_file(written)
    assert again == challenge
    assert json.loads(written.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert not list(tmp_path.glob(".*tmp"))


def test_project_storage_survives_save_and_reopen(qgis_app, tmp_path: Path) -> None:
    project = QgsProject()
    first, second = load_template("kinderopvang"), load_template("groen")
    save_challenge(project, first)
    save_challenge(project, second)
    first.title["nl"] = "Kinderopvang (aangepast)"
    save_challenge(project, first)  # replaces, keeps the order
    path = tmp_path / "stad.qgz"
    assert project.write(str(path))

    reopened = QgsProject()
    assert reopened.read(str(path))
    challenges, problems = project_challenges(reopened)
    assert problems == []
    assert [c.id for c in challenges] == ["kinderopvang", "groen"]
    assert challenges[0] == first
    assert find_challenge(reopened, "groen") == second
    assert find_challenge(reopened, "bestaat_niet") is None
    assert challenge_ids(reopened)["kinderopvang"] == "Kinderopvang (aangepast)"
    assert remove_challenge(reopened, "groen") and not remove_challenge(reopened, "groen")
    assert list(challenge_ids(reopened)) == ["kinderopvang"]


def test_damaged_project_entry_is_reported_not_lost(qgis_app) -> None:
    project = QgsProject()
    good = to_dict(load_template("groen"))
    project.writeEntry("slimstad", "challenges", json.dumps([{"id": "kapot", "title": 5}, good]))
    challenges, problems = project_challenges(project)
    assert [c.id for c in challenges] == ["groen"] and len(problems) == 1
    save_challenge(project, load_template("kinderopvang"))
    text, _ = project.readEntry("slimstad", "challenges", "")
    assert [item["id"] for item in json.loads(text)] == ["kapot", "groen", "kinderopvang"]


def _version_zero() -> dict:
    data = to_dict(load_template("openbaar_vervoer"))
    data.pop("schema_version")
    data["version"] = "0.0.3"
    data["title"] = "Openbaar vervoer"
    data["description"] = "Oude beschrijving"
    data["units"] = data.pop("area_units")
    data["indicators"][0]["title"] = "Bij een halte"
    return data


def test_older_schema_version_is_migrated() -> None:
    challenge = from_dict(_version_zero(), "oud.slimstad.json")
    assert challenge.title == {"nl": "Openbaar vervoer"}
    assert challenge.description == {"nl": "Oude beschrijving"}
    assert challenge.area_units.id_field == "cd_sector"
    assert challenge.indicators[0].title == {"nl": "Bij een halte"}
    assert to_dict(challenge)["schema_version"] == SCHEMA_VERSION


def test_newer_schema_version_is_refused_clearly(tmp_path: Path) -> None:
    data = to_dict(load_template("groen"))
    data["schema_version"] = SCHEMA_VERSION + 1
    path = tmp_path / "nieuw.slimstad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ChallengeError, match=r"newer SlimStad.*version 2.*Update the SlimStad plugin") as info:
        load_file(path)
    assert str(path) in str(info.value)


def test_malformed_json_names_file_and_position(tmp_path: Path) -> None:
    path = tmp_path / "kapot.slimstad.json"
    path.write_text('{\n  "id": "x",\n  "title": {"nl": "X"},,\n}', encoding="utf-8")
    with pytest.raises(ChallengeError, match=r"kapot\.slimstad\.json is not valid JSON.*line 3, column 24"):
        load_file(path)
    with pytest.raises(ChallengeError, match="does not exist"):
        load_file(tmp_path / "bestaat_niet.slimstad.json")


@pytest.mark.parametrize("change, message", [
    (lambda d: d["indicators"][1].update(distance=0),
     r"at /indicators/1/distance: indicator “[^”]+” needs a distance greater than 0"),
    (lambda d: d["indicators"][1].update(distance=-50), r"greater than 0 metres \(-50 must be greater than 0\)"),
    (lambda d: d["indicators"][0].update(supply="scholen"), r"unknown supply role scholen"),
    (lambda d: d["indicators"][0].update(type="gemiddelde"), r"unknown type gemiddelde"),
    (lambda d: d["demand"][0].update(role="baby's"), r"unknown semantic role"),
    (lambda d: d.update(id="Kinder Opvang"), r"lower-case"),
    (lambda d: d.pop("area_units"), r"area_units is missing"),
    (lambda d: d["supply"].append(dict(d["supply"][0])), r"ids in supply must be unique"),
])
def test_invalid_definitions_get_clear_messages(change, message: str) -> None:
    data = to_dict(load_template("kinderopvang"))
    change(data)
    with pytest.raises(ChallengeError, match=message):
        from_dict(data, "test.slimstad.json")


@pytest.mark.parametrize("language, title, words", [
    ("nl", "Bereikbare plaatsen per 100 kinderen (1 km)", "indicator"),
    ("fr", "Places accessibles par 100 enfants (1 km)", "l'indicateur"),
    ("en", "Accessible places per 100 children (1 km)", "indicator"),
])
def test_messages_name_the_indicator_by_its_title_and_pointer(language: str, title: str, words: str) -> None:
    """Not the raw id "bereikbaarheid": the title in the message language plus the JSON pointer."""
    data = to_dict(load_template("kinderopvang"))
    data["indicators"][1]["distance"] = -500
    with language_scope(language), pytest.raises(ChallengeError) as raised:
        from_dict(data, "stad.slimstad.json")
    message = str(raised.value)
    assert "/indicators/1/distance" in message and "“{}”".format(title) in message and words in message
    assert "bereikbaarheid" not in message


@pytest.mark.parametrize("change, pointer", [
    (lambda d: d["demand"][0].update(role="baby's"), "/demand/0/role"),
    (lambda d: d["supply"][0].pop("layer"), "/supply/0/layer"),
    (lambda d: d["indicators"][0].update(supply="scholen"), "/indicators/0/supply"),
])
def test_role_and_indicator_messages_use_titles(change, pointer: str) -> None:
    data = to_dict(load_template("kinderopvang"))
    change(data)
    with language_scope("nl"), pytest.raises(ChallengeError) as raised:
        from_dict(data, "stad.slimstad.json")
    message = str(raised.value)
    assert pointer in message and "“" in message, message


def test_json_schema_catches_what_structure_checks_do_not() -> None:
    data = to_dict(load_template("kinderopvang"))
    data["output"]["classes"] = 40
    with pytest.raises(ChallengeError, match=r"output/classes"):
        validate(data, "x")
    data = to_dict(load_template("kinderopvang"))
    data["area_units"]["layer"] = {"sector": "bevolking"}  # no way to find the layer
    with pytest.raises(ChallengeError, match=r"area_units/layer"):
        validate(data, "x")


def test_validation_without_jsonschema_still_checks_structure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema", None)  # as in a user's QGIS
    data = to_dict(load_template("kinderopvang"))
    data["output"]["classes"] = 40
    with pytest.raises(ChallengeError, match=r"/output/classes"):  # values are checked without jsonschema too
        validate(data, "x")
    data["output"]["classes"] = 5
    data["indicators"][1]["distance"] = 0
    with pytest.raises(ChallengeError, match="distance greater than 0"):
        validate(data, "x")


def test_template_titles_per_language() -> None:
    assert template_titles("fr")["kinderopvang"] == "Accueil de la petite enfance"
    assert template_titles("en")["openbaar_vervoer"] == "Public transport"


def test_loads_and_template_paths() -> None:
    text = template_path("groen").read_text(encoding="utf-8")
    assert loads(text, "groen").id == "groen"
    with pytest.raises(ChallengeError, match="no challenge template"):
        load_template("bestaat_niet")


@pytest.mark.parametrize("folder", ["/tmp/elders", "../../elders", "C:\\Users\\x", "..\\up", "a/../../b"])
def test_a_challenge_cannot_send_its_results_outside_the_project_folder(folder: str) -> None:
    """A challenge comes from anywhere (another city's package): its output folder stays beside the project."""
    data = to_dict(load_template("kinderopvang"))
    data["output"]["folder"] = folder
    with pytest.raises(ChallengeError, match="inside the project's folder"):
        from_dict(data)
    data["output"]["folder"] = "resultaten/2024"
    assert from_dict(data).output.folder == "resultaten/2024"


def test_a_distance_given_as_text_is_named_as_such() -> None:
    data = to_dict(load_template("kinderopvang"))
    catchment = next(item for item in data["indicators"] if item.get("distance"))
    catchment["distance"] = "1000"
    with pytest.raises(ChallengeError, match="a number was expected"):
        from_dict(data)
