"""Every icon the plugin shows, in one place: QGIS theme icons that exist from QGIS 3.22 through 3.40, and the
plugin's own SVGs in ``resources/icons``.

A theme icon that a QGIS version does not have would leave an action as bare text (issue 18's "Quality report"
button): :func:`theme_icon` falls back to the plugin's own icon and logs the missing name; the tests check that
every name listed in ``THEME_ICONS`` resolves on the QGIS they run on.
"""

import logging
from typing import Dict

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QIcon

from .. import RESOURCES_DIR

LOG = logging.getLogger(__name__)

# Theme icon paths used by the plugin (checked against QgsApplication.getThemeIcon by tests/gui/test_icons.py).
ADD = "/mActionAdd.svg"
ADD_LAYER = "/mActionAddLayer.svg"
SAVE = "/mActionFileSave.svg"
GROUP_ITEMS = "/mActionGroupItems.svg"
HELP_CONTENTS = "/mActionHelpContents.svg"
NEW_LAYOUT = "/mActionNewLayout.svg"
REFRESH = "/mActionRefresh.svg"
CHECK_GEOMETRY = "/algorithms/mAlgorithmCheckGeometry.svg"
SUCCESS = "/mIconSuccess.svg"
WARNING = "/mIconWarning.svg"
INFO = "/mIconInfo.svg"
CRITICAL = "/mIconCritical.svg"
THEME_ICONS = (ADD, ADD_LAYER, SAVE, GROUP_ITEMS, HELP_CONTENTS, NEW_LAYOUT, REFRESH, CHECK_GEOMETRY, SUCCESS,
               WARNING, INFO, CRITICAL)

_CACHE: Dict[str, QIcon] = {}


def own_icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` (cached)."""
    icon = _CACHE.get(name)
    if icon is None:
        icon = _CACHE[name] = QIcon(str(RESOURCES_DIR / "icons" / "{}.svg".format(name)))
    return icon


def theme_icon(path: str, fallback: str = "slimstad") -> QIcon:
    """QGIS's theme icon ``path`` (one of ``THEME_ICONS``), or the plugin's ``fallback`` icon when this QGIS has
    no such icon (never a null icon: an action without one shows as bare text)."""
    icon = QgsApplication.getThemeIcon(path)
    if icon.isNull():
        LOG.warning("QGIS %s has no theme icon %s; using SlimStad's %s", QgsApplication.applicationVersion(),
                    path, fallback)
        return own_icon(fallback)
    return icon
