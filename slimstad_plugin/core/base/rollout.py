"""City-wide roll-out: catalogue URLs and defaults pre-configured through environment variables.

IT departments set these once (a QGIS Deployment Toolbelt ``manage-env-vars`` step, a GPO, ``/etc/profile.d``)
and every QGIS of the administration sees the same catalogues; see docs/rollout.md. Values are never
secrets: catalogues that need a login use an authcfg configured in the QGIS auth database.

* ``SLIMSTAD_CATALOGUE_URLS``: catalogue URLs or paths, separated by ``;`` or new lines.
* ``SLIMSTAD_CATALOGUE_MODE``: ``prepend`` (default: the city's catalogues first, the user's own after them)
  or ``replace`` (only the city's catalogues).
"""

import os
from typing import List, Mapping, Optional, Sequence

URLS_VARIABLE = "SLIMSTAD_CATALOGUE_URLS"
MODE_VARIABLE = "SLIMSTAD_CATALOGUE_MODE"


def catalogue_urls_from_environment(environ: Optional[Mapping[str, str]] = None) -> List[str]:
    """The catalogue locations in ``SLIMSTAD_CATALOGUE_URLS`` (empty list when unset), duplicates removed."""
    raw = (os.environ if environ is None else environ).get(URLS_VARIABLE, "")
    result: List[str] = []
    for part in raw.replace("\r", "\n").replace(";", "\n").split("\n"):
        value = part.strip().strip('"').strip()
        if value and value not in result:
            result.append(value)
    return result


def effective_catalogue_urls(user_urls: Sequence[str], environ: Optional[Mapping[str, str]] = None) -> List[str]:
    """What the catalogue dock should load: the city's URLs from the environment merged with the user's.

    core/settings.py calls this when loading ``catalogue_urls``.
    """
    environ = os.environ if environ is None else environ
    city = catalogue_urls_from_environment(environ)
    if not city:
        return list(user_urls)
    if environ.get(MODE_VARIABLE, "prepend").strip().lower() == "replace":
        return city
    return city + [url for url in user_urls if url not in city]
