"""The shipped challenge templates (resources/challenges/*.slimstad.json), runnable on Voorbeeldstad."""

from pathlib import Path
from typing import Dict, List, Optional

from ... import RESOURCES_DIR
from ..base.i18n import qgis_language, translator
from .model import FILE_SUFFIX, Challenge, ChallengeError, load_file

tr = translator("SlimStadChallenge")

TEMPLATES_DIR = RESOURCES_DIR / "challenges"
TEMPLATE_IDS = ("kinderopvang", "basisonderwijs", "ouderenzorg", "groen", "sociale_huisvesting",
                "openbaar_vervoer")


def template_path(template_id: str) -> Path:
    """File of one template."""
    return TEMPLATES_DIR / "{}{}".format(template_id, FILE_SUFFIX)


def template_ids() -> List[str]:
    """Ids of every shipped template (the files present, known ones first)."""
    found = sorted(path.name[: -len(FILE_SUFFIX)] for path in TEMPLATES_DIR.glob("*" + FILE_SUFFIX))
    return [tid for tid in TEMPLATE_IDS if tid in found] + [tid for tid in found if tid not in TEMPLATE_IDS]


def load_template(template_id: str) -> Challenge:
    """A fresh copy of one template."""
    path = template_path(template_id)
    if not path.is_file():
        raise ChallengeError(tr("There is no challenge template {id}; available: {ids}.").format(
            id=template_id, ids=", ".join(template_ids())))
    return load_file(path)


def template_titles(language: Optional[str] = None) -> Dict[str, str]:
    """Template id -> title in ``language`` (default: the language QGIS runs in; the templates carry nl/fr/en)."""
    language = language or qgis_language()
    return {tid: load_template(tid).display_title(language) for tid in template_ids()}
