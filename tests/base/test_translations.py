"""Translations: the committed .ts files match the code, and Dutch is complete for the menus."""

import subprocess
import sys
import xml.etree.ElementTree as ElementTree

from paths import REPO


def test_committed_ts_files_are_current() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "update_ts.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def untranslated(language: str) -> list:
    root = ElementTree.parse(REPO / "i18n" / "slimstad_{}.ts".format(language)).getroot()
    missing = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.append("{}: {}".format(context.findtext("name"), message.findtext("source")))
    return missing


def test_every_string_has_dutch_and_french() -> None:
    assert untranslated("nl") == []
    assert untranslated("fr") == []


def test_placeholders_survive_translation() -> None:
    import re

    for language in ("nl", "fr"):
        root = ElementTree.parse(REPO / "i18n" / "slimstad_{}.ts".format(language)).getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            text = message.findtext("translation") or ""
            if text:
                assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", text)), source
