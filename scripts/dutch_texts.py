"""Find Dutch text on a French or English screen: the desktop check's "nothing untranslated" rule.

The Dutch side of every text SlimStad ships is known: the nl translations in i18n/translations/*.json, the nl
texts of the shipped templates and catalogues, and the Dutch names of the sample city's layers and groups. A
screen text in fr/en that is (or contains, for phrases of two words or more) such a Dutch text — one that
differs from its English and French versions — was not translated. Placeholders ({title}) match anything.
Runs with the standard library only (inside QGIS and in tests).
"""

import json
import re
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Pattern, Set, Tuple

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = {"nl", "fr", "en"}
# Dutch names the sample city gives its layers and groups (core/sample_city.py, core/catalogue/layers.py).
SAMPLE_NAMES = ("Statistische sectoren", "Wijken", "Kinderopvang", "Scholen", "Woonzorgcentra",
                "Sociale woonprojecten", "Parken", "Haltes openbaar vervoer", "Stratennet", "Bevolking",
                "Onderwijs", "Welzijn en ouderenzorg", "Wonen", "Mobiliteit", "Groen en omgeving",
                "Kaartscenario")
# Dutch words that also hide inside English and French texts ("Challenges (Opgaven)", "Opgave: …").
DUTCH_WORDS = ("Opgave", "Opgaven", "Kaartscenario", "Voorbeeldstad maken")
# Words that are the same in Dutch and English or French and so prove nothing (names, acronyms, units).
NEUTRAL = {"voorbeeldstad", "ok", "pdf", "png", "svg", "csv", "html", "id", "dpi", "crs", "wms", "wfs", "gpkg",
           "2sfca", "e2sfca", "slimstad", "a4", "a3", "grb", "vrbg", "de lijn", "nis", "status", "scenario",
           "sector", "type", "atlas", "filter", "code", "parameters", "normalisation"}


def _language_dicts(node: object) -> Iterator[Dict[str, str]]:
    if isinstance(node, dict):
        if node and set(node) <= LANGUAGES:
            yield {k: str(v) for k, v in node.items()}
            return
        for value in node.values():
            yield from _language_dicts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _language_dicts(value)


def dutch_texts(repo: Path = REPO) -> Set[str]:
    """Every Dutch text SlimStad may show that differs from its English and French versions."""
    found: Set[str] = set()
    for path in sorted((repo / "i18n" / "translations").glob("*.json")):
        for context in json.loads(path.read_text(encoding="utf-8")).values():
            for source, texts in context.items():
                nl = str(texts.get("nl", ""))
                if nl and nl != source and nl != texts.get("fr"):
                    found.add(nl)
    for folder in ("challenges", "catalogues"):
        for path in sorted((repo / "resources" / folder).glob("*.json")):
            for texts in _language_dicts(json.loads(path.read_text(encoding="utf-8"))):
                nl = texts.get("nl", "")
                if nl and nl != texts.get("en") and nl != texts.get("fr"):
                    found.add(nl)
    found.update(SAMPLE_NAMES)
    found.update(DUTCH_WORDS)
    return {text.strip() for text in found if text.strip().lower() not in NEUTRAL and len(text.strip()) > 3}


def _pattern(text: str, whole: bool) -> Pattern[str]:
    parts = re.split(r"\{[^{}]*\}", text)
    body = r".+?".join(re.escape(part) for part in parts)
    return re.compile(r"^{}$".format(body) if whole else r"(?<!\w){}(?!\w)".format(body))


class DutchDetector:
    """``find(text)`` returns the Dutch text that ``text`` shows (or None)."""

    def __init__(self, texts: Optional[Iterable[str]] = None) -> None:
        texts = sorted(set(texts if texts is not None else dutch_texts()), key=len, reverse=True)
        self.whole: List[Tuple[str, Pattern[str]]] = []
        self.inside: List[Tuple[str, Pattern[str]]] = []
        for text in texts:
            self.whole.append((text, _pattern(text, whole=True)))
            plain = re.sub(r"\{[^{}]*\}", "", text).strip()
            if (len(plain.split()) >= 2 and len(plain) >= 10) or text in DUTCH_WORDS:  # found inside longer texts
                self.inside.append((text, _pattern(text, whole=False)))

    def find(self, text: str) -> Optional[str]:
        text = " ".join(str(text).split())
        if not text or text.lower() in NEUTRAL:
            return None
        for dutch, pattern in self.whole:
            if pattern.match(text):
                return dutch
        for dutch, pattern in self.inside:
            if pattern.search(text):
                return dutch
        return None
