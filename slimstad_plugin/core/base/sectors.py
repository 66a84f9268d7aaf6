"""The controlled list of city sectors (catalogue entries, layer groups, challenge roles)."""

from typing import Dict

from .i18n import translator

tr = translator("SlimStadSectors")

SECTORS = (
    "bevolking", "onderwijs", "kinderopvang", "welzijn/ouderenzorg", "wonen",
    "mobiliteit", "groen/omgeving", "economie", "veiligheid", "andere",
)


def sector_labels() -> Dict[str, str]:
    """Sector id -> label in the user's language (the ids themselves are Dutch and stable)."""
    return {
        "bevolking": tr("Population"),
        "onderwijs": tr("Education"),
        "kinderopvang": tr("Childcare"),
        "welzijn/ouderenzorg": tr("Welfare and elderly care"),
        "wonen": tr("Housing"),
        "mobiliteit": tr("Mobility"),
        "groen/omgeving": tr("Green space and environment"),
        "economie": tr("Economy"),
        "veiligheid": tr("Safety"),
        "andere": tr("Other"),
    }
