"""Translation helpers with fixed contexts, the plugin's QTranslator, and per-output language scopes.

``tr = translator("Context")`` translates into the language QGIS runs in (the installed QTranslator), except
inside :func:`language_scope`: a planning map is made in *its* language (a choice of the export), whatever the
language of the QGIS window. The scope is per thread, so a background task in another thread keeps speaking the
user's language while a map is being built.
"""

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Dict, Iterator, Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ... import I18N_DIR, RESOURCES_DIR

SUPPORTED_LANGUAGES = ("nl", "fr", "en")

_SCOPE = threading.local()
_LOADED: Dict[str, Optional[QTranslator]] = {}
_LOCK = threading.Lock()


def translate(context: str, text: str) -> str:
    """Translate ``text`` in the fixed ``context`` (fill placeholders afterwards)."""
    language = getattr(_SCOPE, "language", None)
    if language is None:
        return QCoreApplication.translate(context, text)
    return translate_to(language, context, text)


def translator(context: str) -> Callable[[str], str]:
    """Return a ``tr(text)`` bound to one fixed context; scripts/update_ts.py reads these."""

    def tr(text: str) -> str:
        return translate(context, text)

    return tr


def plural(n: int, one: str, other: str, **values: object) -> str:
    """``one`` or ``other`` (both already translated: ``tr("{n} entry")``, ``tr("{n} entries")``) for the count
    ``n`` by the plural rule of the language in effect, with ``{n}`` filled in: English and Dutch use the singular
    only for 1, French for 0 and 1 ("0 entrée vérifiée"). Other placeholders are filled from ``values``."""
    singular = n in (0, 1) if current_language() == "fr" else n == 1
    return (one if singular else other).format(n=n, **values)


def qgis_language() -> str:
    """Two-letter language QGIS runs in (its override setting first, then the system locale)."""
    settings = QgsSettings()
    locale = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str) or ""
    if not locale:
        locale = settings.value("locale/userLocale", "", type=str) or QLocale.system().name()
    return (locale or "en")[:2].lower()


def output_language(language: Optional[str] = None) -> str:
    """The language of an output (map, report): ``language`` when given, else QGIS's; ``en`` when unsupported.

    Raises ValueError for an explicitly requested language SlimStad does not speak.
    """
    if language:
        code = str(language).strip().lower().replace("-", "_")[:2]
        if code not in SUPPORTED_LANGUAGES:
            raise ValueError(language)
        return code
    code = qgis_language()
    return code if code in SUPPORTED_LANGUAGES else "en"


def current_language() -> str:
    """The language of the innermost :func:`language_scope`, else QGIS's (``en`` when SlimStad does not speak
    it)."""
    return getattr(_SCOPE, "language", None) or output_language(None)


def _qm_translator(language: str) -> Optional[QTranslator]:
    """The loaded ``i18n/slimstad_<language>.qm`` (None for English or when it was not built)."""
    with _LOCK:
        if language not in _LOADED:
            qm_path = I18N_DIR / "slimstad_{}.qm".format(language)
            loaded: Optional[QTranslator] = None
            if language != "en" and qm_path.exists():
                loaded = QTranslator()
                if not loaded.load(str(qm_path)):
                    loaded = None
            _LOADED[language] = loaded
        return _LOADED[language]


def translate_to(language: str, context: str, text: str) -> str:
    """``text`` of ``context`` in ``language`` (English source text when there is no translation)."""
    qt_translator = _qm_translator(language)
    if qt_translator is None:
        return text
    try:
        return qt_translator.translate(context, text) or text
    except UnicodeEncodeError:  # PyQt5 passes ``const char*`` as ASCII: "Checking…", "Δ scenario" go as UTF-8
        return qt_translator.translate(context.encode("utf-8"), text.encode("utf-8")) or text


@contextmanager
def language_scope(language: Optional[str]) -> Iterator[str]:
    """Within the block, ``tr()`` and :func:`pick_language_text` of this thread speak ``language``.

    ``None`` keeps QGIS's language. Yields the language in effect. Scopes nest.
    """
    previous = getattr(_SCOPE, "language", None)
    code = output_language(language) if language else None
    _SCOPE.language = code or previous
    try:
        yield current_language()
    finally:
        _SCOPE.language = previous


def install_translator(language: Optional[str] = None) -> Optional[QTranslator]:
    """Load ``i18n/slimstad_<lang>.qm`` into the application; returns it to remove on unload."""
    language = (language or qgis_language())[:2]
    qm_path = I18N_DIR / "slimstad_{}.qm".format(language)
    if language == "en" or not qm_path.exists():
        return None
    qt_translator = QTranslator()
    if not qt_translator.load(str(qm_path)):
        return None
    QCoreApplication.installTranslator(qt_translator)
    return qt_translator


def remove_translator(qt_translator: Optional[QTranslator]) -> None:
    """Undo :func:`install_translator`."""
    if qt_translator is not None:
        QCoreApplication.removeTranslator(qt_translator)


def has_language_text(texts: object, language: str) -> bool:
    """True when a ``{"nl": …, "en": …}`` dict has a non-empty text in ``language`` (a plain string counts)."""
    if not isinstance(texts, dict):
        return bool(texts)
    return bool(texts.get(language))


def is_foreign_language(language: str) -> bool:
    """True for a real language SlimStad does not speak ("de"): it gets English content; False for nl/fr/en and
    for no language at all (the POSIX "C" locale keeps the Flemish default, Dutch)."""
    return len(language) == 2 and language.isalpha() and language.lower() not in SUPPORTED_LANGUAGES


def pick_language_text(texts: dict, language: Optional[str] = None) -> str:
    """Pick nl/en/fr text from a ``{"nl": …, "en": …}`` dict, falling back to Dutch, then any (English first for a
    language SlimStad does not speak)."""
    if not isinstance(texts, dict):
        return str(texts or "")
    language = language or getattr(_SCOPE, "language", None) or qgis_language()
    # A language SlimStad does not speak (German QGIS) reads English first, like SlimStad's own texts; no
    # language at all (the POSIX "C" locale) keeps the Flemish default, Dutch.
    order = (language, "en", "nl", "fr") if is_foreign_language(language) else (language, "nl", "en", "fr")
    for key in order:
        if texts.get(key):
            return str(texts[key])
    return next((str(v) for v in texts.values() if v), "")


NUMBER_LOCALES = {"nl": "nl_BE", "fr": "fr_BE", "en": "en_GB"}


def number_locale(language: Optional[str] = None) -> QLocale:
    """The QLocale whose numbers match SlimStad's texts in ``language`` (default: :func:`current_language`); set
    on SlimStad's docks and dialogs so their spin boxes write "500,00 m" on a Dutch or French screen too."""
    return QLocale(NUMBER_LOCALES.get((language or current_language())[:2].lower(), "en_GB"))


def format_number(value: float, decimals: Optional[int] = None, language: Optional[str] = None,
                  group: bool = True) -> str:
    """``value`` as the user reads numbers in ``language`` (default: :func:`current_language`): decimal comma in
    nl/fr ("30,0"), point in en ("30.0"), with thousands separators unless ``group`` is False.

    ``decimals``: fixed number of decimals; None gives the shortest text up to 6 decimals ("40", "12,5").
    NaN/inf give "" (no value). Sorting must use the number itself, never this text."""
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        return ""
    if decimals is None:
        fraction = "{:.6f}".format(abs(number)).split(".")[1].rstrip("0")
        decimals = len(fraction)
    locale = number_locale(language)
    if not group:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if round(number, int(decimals)) == 0:
        number = 0.0  # never "-0,0"
    return locale.toString(number, "f", int(decimals))


HELP_PAGES = ("index", "catalogue", "challenges", "scenarios", "planning_map", "import")


def help_page(page: str, language: Optional[str] = None) -> Path:
    """The offline help page shipped with the plugin: ``resources/help/<lang>/<page>.html`` in ``language``
    (default: QGIS's), English when that language has none; raises KeyError for an unknown page."""
    if page not in HELP_PAGES:
        raise KeyError(page)
    language = (language or qgis_language())[:2]
    path = RESOURCES_DIR / "help" / language / "{}.html".format(page)
    return path if path.is_file() else RESOURCES_DIR / "help" / "en" / "{}.html".format(page)
