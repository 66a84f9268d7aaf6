"""The roll-out example is usable as shipped: scenario, profile and INI parse and agree with the plugin."""

import json

import yaml
from paths import REPO
from qgis.PyQt.QtCore import QSettings

from slimstad_plugin.core.base.rollout import catalogue_urls_from_environment, effective_catalogue_urls
from slimstad_plugin.core.base.secrets import find_secrets
from slimstad_plugin.core.base.settings import _coerce

DEPLOYMENT = REPO / "resources" / "deployment"


def test_environment_urls_are_split_deduplicated_and_merged() -> None:
    env = {"SLIMSTAD_CATALOGUE_URLS": ' https://a.be/c.json ; "//server/gis/v.json"\nhttps://a.be/c.json;;'}
    assert catalogue_urls_from_environment(env) == ["https://a.be/c.json", "//server/gis/v.json"]
    assert catalogue_urls_from_environment({}) == []
    assert effective_catalogue_urls(["mine.json", "https://a.be/c.json"], env) == [
        "https://a.be/c.json", "//server/gis/v.json", "mine.json"]
    assert effective_catalogue_urls(["mine.json"], {**env, "SLIMSTAD_CATALOGUE_MODE": "replace"}) == [
        "https://a.be/c.json", "//server/gis/v.json"]
    assert effective_catalogue_urls(["mine.json"], {}) == ["mine.json"]


def test_qdt_scenario_and_profile_are_consistent() -> None:
    scenario = yaml.safe_load((DEPLOYMENT / "qdt_scenario.qdt.yml").read_text(encoding="utf-8"))
    assert scenario["metadata"]["id"] and scenario["steps"]
    jobs = {step["uses"]: step for step in scenario["steps"]}
    assert {"qprofiles-manager", "qplugins-downloader", "qplugins-synchronizer", "manage-env-vars"} <= set(jobs)
    variables = {item["name"]: item["value"] for item in jobs["manage-env-vars"]["with"]}
    assert len(catalogue_urls_from_environment(variables)) == 2
    profile = json.loads((DEPLOYMENT / "profiles" / "slimstad" / "profile.json").read_text(encoding="utf-8"))
    assert jobs["shortcuts-manager"]["with"]["include"][0]["profile"] == profile["name"]
    assert profile["plugins"][0]["folder_name"] == "slimstad"
    for path in (p for p in DEPLOYMENT.rglob("*") if p.is_file()):
        assert not find_secrets(path.read_bytes()), path


def test_profile_ini_gives_the_settings_the_plugin_expects() -> None:
    ini = QSettings(str(DEPLOYMENT / "profiles" / "slimstad" / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    urls = _coerce(ini.value("slimstad/catalogue_urls"), [])
    assert urls == ["https://gis.intranet.example.org/slimstad/catalogus.json",
                    "https://gis.intranet.example.org/slimstad/vlaanderen.json"]
    assert _coerce(ini.value("PythonPlugins/slimstad"), False) is True
