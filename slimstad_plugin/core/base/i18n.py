"""Translation helpers with fixed contexts, and the plugin's QTranslator."""

from typing import Callable, Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ... import I18N_DIR

SUPPORTED_LANGUAGES = ("nl", "fr", "en")


def translate(context: str, text: str) -> str:
    """Translate ``text`` in the fixed ``context`` (fill placeholders afterwards)."""
    return QCoreApplication.translate(context, text)


def translator(context: str) -> Callable[[str], str]:
    """Return a ``tr(text)`` bound to one fixed context; scripts/update_ts.py reads these."""

    def tr(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return tr


def qgis_language() -> str:
    """Two-letter language QGIS runs in (its override setting first, then the system locale)."""
    settings = QgsSettings()
    locale = ""
    if settings.value("locale/overrideFlag", False, type=bool):
        locale = settings.value("locale/userLocale", "", type=str) or ""
    if not locale:
        locale = settings.value("locale/userLocale", "", type=str) or QLocale.system().name()
    return (locale or "en")[:2].lower()


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


def pick_language_text(texts: dict, language: Optional[str] = None) -> str:
    """Pick nl/en/fr text from a ``{"nl": …, "en": …}`` dict, falling back to Dutch, then any."""
    if not isinstance(texts, dict):
        return str(texts or "")
    language = language or qgis_language()
    for key in (language, "nl", "en", "fr"):
        if texts.get(key):
            return str(texts[key])
    return next((str(v) for v in texts.values() if v), "")
