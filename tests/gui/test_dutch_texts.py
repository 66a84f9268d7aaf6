"""The desktop check's "no Dutch on a French or English screen" detector: it finds what issue 18 saw and does not
cry wolf on any English or French text SlimStad ships."""

import json
import sys

import pytest
from paths import REPO

sys.path.insert(0, str(REPO / "scripts"))

from dutch_texts import DutchDetector  # noqa: E402


@pytest.fixture(scope="module")
def detector() -> DutchDetector:
    return DutchDetector()


@pytest.mark.parametrize("text", [
    "Kinderopvang", "Capaciteit lager onderwijs", "Statistische sectoren",
    "109 zones sur 150 ont moins de 30.0 plaatsen per 100 kinderen (la valeur de la ville).",
    "Demand: Kinderen 0-2 jaar", "Opgave: Kinderopvang", "Challenges (Opgaven)",
    "Plaatsen per 100 kinderen (0-2 jaar) – Kaartscenario", "Gezondheidscontrole klaar: 9 van 9 lagen niet bereikbaar.",
])
def test_finds_the_dutch_the_issue_saw(detector: DutchDetector, text: str) -> None:
    assert detector.find(text)


def test_no_english_or_french_text_shipped_is_taken_for_dutch(detector: DutchDetector) -> None:
    false = {}
    for path in sorted((REPO / "i18n" / "translations").glob("*.json")):
        for context in json.loads(path.read_text(encoding="utf-8")).values():
            for source, texts in context.items():
                for text in (source, texts.get("fr", "")):
                    hit = detector.find(text)
                    if hit:
                        false[text] = hit
    for folder in ("challenges", "catalogues"):
        for path in sorted((REPO / "resources" / folder).glob("*.json")):
            raw = json.loads(path.read_text(encoding="utf-8"))
            stack = [raw]
            while stack:
                node = stack.pop()
                if isinstance(node, dict):
                    if node and set(node) <= {"nl", "fr", "en"}:
                        for language in ("en", "fr"):
                            hit = detector.find(node.get(language, ""))
                            if hit and node.get(language) != node.get("nl"):
                                false[node[language]] = hit
                    else:
                        stack.extend(node.values())
                elif isinstance(node, list):
                    stack.extend(node)
    assert false == {}
