"""The offline help shipped with the plugin: every page in nl, fr and en, every link inside it resolves, and the
page the help buttons open follows the QGIS language (issue 18: help button per dock, works offline)."""

import re

import pytest
from paths import REPO

from slimstad_plugin import RESOURCES_DIR
from slimstad_plugin.core.base.i18n import HELP_PAGES, help_page

LINK = re.compile(r'href="([^"#]+)"')


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_page_exists_and_links_resolve(language: str) -> None:
    for page in HELP_PAGES:
        path = help_page(page, language)
        assert path == RESOURCES_DIR / "help" / language / "{}.html".format(page)
        text = path.read_text(encoding="utf-8")
        assert '<html lang="{}">'.format(language) in text
        for link in LINK.findall(text):
            assert not link.startswith(("http:", "https:")), "help must work offline: {}".format(link)
            assert (path.parent / link).resolve().is_file(), "{} links to missing {}".format(path, link)


def test_unknown_language_falls_back_to_english_and_unknown_page_is_refused() -> None:
    assert help_page("challenges", "de") == RESOURCES_DIR / "help" / "en" / "challenges.html"
    with pytest.raises(KeyError):
        help_page("nothing", "nl")


def test_help_is_packaged() -> None:
    import sys

    sys.path.insert(0, str(REPO / "scripts"))
    from package import plugin_files

    files = {path.as_posix() for path in plugin_files()}
    for language in ("nl", "fr", "en"):
        for page in HELP_PAGES:
            assert "resources/help/{}/{}.html".format(language, page) in files


def test_help_names_the_buttons_as_the_screen_shows_them() -> None:
    """Every control the help names in italics (<i>…</i>) carries exactly that text in the plugin's translations
    of that language (menu paths: their SlimStad part; "Challenge: …" stands for the result group)."""
    import json

    texts = {"nl": set(), "fr": set(), "en": set()}
    for path in (REPO / "i18n" / "translations").glob("*.json"):
        for context in json.loads(path.read_text(encoding="utf-8")).values():
            for source, translated in context.items():
                texts["en"].add(source)
                texts["nl"].add(translated["nl"])
                texts["fr"].add(translated["fr"])
    unknown = []
    for language in ("nl", "fr", "en"):
        for page in HELP_PAGES:
            for named in re.findall(r"<i>(.*?)</i>", help_page(page, language).read_text(encoding="utf-8")):
                named = named.replace("&nbsp;", " ").replace("&quot;", '"')
                if "›" in named:
                    parts = [part.strip() for part in named.split("›")]
                    if parts[0] != "SlimStad":
                        continue  # QGIS's own menus
                    named = parts[-1]
                pattern = named.replace("…", "{title}") if named.endswith(": …") or named.endswith(" : …") else None
                if named not in texts[language] and pattern not in texts[language]:
                    unknown.append((language, page, named))
    assert unknown == []
