"""Numbers and texts in the user's language (issue 18 trial: "1.00" on Dutch screens, Dutch content on a German
QGIS, and a crash translating "Checking…" into French for an output in another language)."""

import pytest

from slimstad_plugin.core.base.i18n import format_number, language_scope, pick_language_text, translate_to


@pytest.mark.parametrize(("language", "value", "decimals", "expected"), [
    ("nl", 30, 1, "30,0"), ("fr", 30, 1, "30,0"), ("en", 30, 1, "30.0"),
    ("nl", 1234.5, 2, "1.234,50"), ("fr", 1234.5, 2, "1\u202f234,50"), ("en", 1234.5, 2, "1,234.50"),
    ("nl", 12.5, None, "12,5"), ("en", 40.0, None, "40"), ("nl", -0.0004, 2, "0,00"),
    ("de", 12.5, 1, "12.5"),  # a language SlimStad does not speak writes numbers like its English texts
])
def test_format_number(qgis_app, language: str, value: float, decimals: object, expected: str) -> None:
    assert format_number(value, decimals, language) == expected


def test_format_number_follows_the_language_scope_and_leaves_no_value_empty(qgis_app) -> None:
    with language_scope("fr"):
        assert format_number(0.5, 2) == "0,50"
    with language_scope("en"):
        assert format_number(0.5, 2) == "0.50"
    assert format_number(float("nan"), 2, "nl") == ""
    assert format_number(float("inf"), 2, "nl") == ""


def test_unsupported_language_reads_english_content_not_dutch() -> None:
    texts = {"nl": "Kinderopvang", "en": "Childcare", "fr": "Accueil de la petite enfance"}
    assert pick_language_text(texts, "de") == "Childcare"
    assert pick_language_text({"nl": "Kinderopvang", "fr": "Accueil"}, "de") == "Kinderopvang"  # no English
    assert pick_language_text(texts, "fr") == "Accueil de la petite enfance"
    assert pick_language_text({"nl": "Kinderopvang"}, "en") == "Kinderopvang"
    assert pick_language_text(texts, "c") == "Kinderopvang"  # no language chosen (POSIX locale): Dutch default


def test_non_ascii_source_texts_translate_in_another_language(qgis_app) -> None:
    assert translate_to("fr", "SlimStadCatalogueView", "Checking…") == "Vérification…"
    assert translate_to("fr", "SlimStadChallengePanel", "Δ scenario") == "Δ scénario"
