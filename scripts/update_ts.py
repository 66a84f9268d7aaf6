"""Regenerate i18n/slimstad_<lang>.ts from the code and i18n/translations/*.json.

Source strings: every ``tr("...")`` call in a module that binds ``tr = translator("Context")`` and every
``translate("Context", "...")`` call. Translations: ``{"Context": {"source": {"nl": …, "fr": …}}}``.
Strings without a translation are written as ``type="unfinished"`` so Qt falls back to English.
"""

import ast
import json
import sys
from pathlib import Path
from typing import Dict, List, Tuple
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parent.parent
LANGUAGES = ("nl", "fr")


def module_strings(path: Path) -> List[Tuple[str, str, int]]:
    """(context, source, line) for every translatable call in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    contexts: Dict[str, str] = {}
    for node in ast.walk(tree):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "translator" and node.value.args
                and isinstance(node.value.args[0], ast.Constant)):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    contexts[target.id] = node.value.args[0].value
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        args = node.args
        if name in contexts and len(args) == 1 and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            found.append((contexts[name], args[0].value, node.lineno))
        elif (name == "translate" and len(args) == 2 and all(isinstance(a, ast.Constant) for a in args)
              and all(isinstance(a.value, str) for a in args)):
            found.append((args[0].value, args[1].value, node.lineno))
    # Class attributes DISPLAY_NAME/GROUP/HELP of algorithms are translated in processing/base.py.
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in ("DISPLAY_NAME", "GROUP", "HELP") and isinstance(node.value, ast.Constant):
                if isinstance(node.value.value, str) and node.value.value:
                    found.append(("SlimStadAlgorithm", node.value.value, node.lineno))
    return found


def collect_sources() -> Dict[str, Dict[str, List[str]]]:
    """context -> source -> locations."""
    result: Dict[str, Dict[str, List[str]]] = {}
    for path in sorted((REPO / "slimstad_plugin").rglob("*.py")):
        for context, source, line in module_strings(path):
            location = "{}:{}".format(path.relative_to(REPO), line)
            result.setdefault(context, {}).setdefault(source, []).append(location)
    return result


def collect_translations() -> Dict[str, Dict[str, Dict[str, str]]]:
    merged: Dict[str, Dict[str, Dict[str, str]]] = {}
    for path in sorted((REPO / "i18n" / "translations").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for context, messages in data.items():
            for source, texts in messages.items():
                merged.setdefault(context, {}).setdefault(source, {}).update(texts)
    return merged


def render_ts(language: str, sources: Dict[str, Dict[str, List[str]]],
              translations: Dict[str, Dict[str, Dict[str, str]]]) -> Tuple[str, int, int]:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="{}">'.format(language)]
    total = done = 0
    for context in sorted(sources):
        lines.append("<context>")
        lines.append("    <name>{}</name>".format(escape(context)))
        for source in sorted(sources[context]):
            total += 1
            # File names only: line numbers would make every code edit a .ts change.
            file_name = sources[context][source][0].rsplit(":", 1)[0]
            lines.append('    <message>\n        <location filename="../{}"/>'.format(file_name))
            lines.append("        <source>{}</source>".format(escape(source)))
            text = translations.get(context, {}).get(source, {}).get(language)
            if text:
                done += 1
                lines.append("        <translation>{}</translation>".format(escape(text)))
            else:
                lines.append('        <translation type="unfinished"></translation>')
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n", total, done


def ts_path(language: str) -> Path:
    return REPO / "i18n" / "slimstad_{}.ts".format(language)


def main(argv: List[str]) -> int:
    """Write the .ts files; with ``--check`` only report whether the committed ones are current."""
    check = "--check" in argv
    sources = collect_sources()
    translations = collect_translations()
    stale = []
    for language in LANGUAGES:
        text, total, done = render_ts(language, sources, translations)
        path = ts_path(language)
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
        print("{}: {} of {} strings translated".format(language, done, total))
    if stale:
        print("out of date (run `make ts`): {}".format(", ".join(stale)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
