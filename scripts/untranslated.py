"""Finds SlimStad's English source texts on a Dutch or French screen (a translation that exists but was not used:
a renamed source string whose .qm was not rebuilt, a text formatted before it was translated).

Reads i18n/slimstad_<lang>.ts: every source text whose translation differs from it; a screen text matches a
source when it equals it, with each ``{placeholder}`` standing for any text. Short single words are left out
(they are often the same in both languages or names)."""

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import List, Optional, Pattern, Tuple


class EnglishDetector:
    def __init__(self, ts_file: Path) -> None:
        self.patterns: List[Tuple[str, Pattern[str]]] = []
        root = ElementTree.parse(str(ts_file)).getroot()
        for message in root.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if not text or text == source or translation.get("type") == "unfinished":
                continue
            fixed = re.sub(r"\{[^}]*\}", "", source)
            if len(fixed.strip()) < 8 or " " not in fixed.strip():
                continue
            parts = re.split(r"\{[^}]*\}", source)
            regex = "^" + "(.+?)".join(re.escape(part) for part in parts) + "$"
            self.patterns.append((source, re.compile(regex, re.DOTALL)))

    def find(self, text: str) -> Optional[str]:
        """The English source ``text`` shows untranslated, or None."""
        text = text.strip()
        for source, pattern in self.patterns:
            if pattern.match(text):
                return source
        return None
