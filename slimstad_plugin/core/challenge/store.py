"""Challenges stored inside a QGIS project (scope ``slimstad``, key ``challenges``: a JSON list).

The definitions survive project save and reopen; planning maps find a challenge by id with
:func:`find_challenge`.
"""

import json
import logging
from typing import Dict, List, Optional, Tuple

from qgis.core import QgsProject

from ..base import readers
from ..base.i18n import pick_language_text, translator
from .model import Challenge, ChallengeError, from_dict, to_dict

tr = translator("SlimStadChallenge")
LOGGER = logging.getLogger(__name__)

SCOPE = "slimstad"
KEY = "challenges"


def _raw(project: QgsProject) -> List[dict]:
    text, found = project.readEntry(SCOPE, KEY, "")
    if not found or not text:
        return []
    try:
        data = readers.parse_json(str(text), tr("the challenges stored in project {project}").format(
            project=project.fileName() or "-"), readers.PROJECT_DATA)
    except readers.ReadError as error:
        raise ChallengeError(tr("The challenges stored in the project are damaged: {error}").format(
            error=error)) from None
    if not isinstance(data, list):
        raise ChallengeError(tr("The challenges stored in project {project} are damaged.").format(
            project=project.fileName() or "-"))
    return data


def _store(project: QgsProject, items: List[dict]) -> None:
    project.writeEntry(SCOPE, KEY, json.dumps(items, ensure_ascii=False))
    project.setDirty(True)


def project_challenges(project: QgsProject) -> Tuple[List[Challenge], List[str]]:
    """Every challenge in the project, plus a message per definition that could not be read."""
    challenges, problems = [], []
    for index, item in enumerate(_raw(project)):
        label = "{} #{}".format(project.fileName() or tr("project"), index + 1)
        try:
            challenges.append(from_dict(item, label))
        except ChallengeError as error:
            problems.append(str(error))
    return challenges, problems


def find_challenge(project: QgsProject, challenge_id: str) -> Optional[Challenge]:
    """The challenge with ``challenge_id`` in ``project`` (None when there is none)."""
    for item in _raw(project):
        if isinstance(item, dict) and item.get("id") == challenge_id:
            return from_dict(item, "{} ({})".format(project.fileName() or tr("project"), challenge_id))
    return None


def save_challenge(project: QgsProject, challenge: Challenge) -> None:
    """Add ``challenge`` or replace the one with the same id (kept in place); marks the project dirty.

    Unreadable entries of other ids are kept as they are, so nothing is lost.
    """
    items = _raw(project)
    data = to_dict(challenge)
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") == challenge.id:
            items[index] = data
            break
    else:
        items.append(data)
    _store(project, items)


def remove_challenge(project: QgsProject, challenge_id: str) -> bool:
    """Remove the challenge with ``challenge_id``; True when one was removed."""
    items = _raw(project)
    kept = [item for item in items if not (isinstance(item, dict) and item.get("id") == challenge_id)]
    if len(kept) == len(items):
        return False
    _store(project, kept)
    return True


def challenge_ids(project: QgsProject, language: Optional[str] = None) -> Dict[str, str]:
    """Id -> title of every stored challenge, without validating them; the title in ``language`` (default:
    Dutch, else the first one)."""
    result = {}
    for item in _raw(project):
        if isinstance(item, dict) and item.get("id"):
            title = item.get("title", {})
            result[str(item["id"])] = pick_language_text(title, language or "nl") if isinstance(
                title, dict) else str(title)
    return result
