"""Semantic field roles shared by catalogues and challenges: they let a challenge re-bind to any city's data.

A catalogue entry maps role -> field name (e.g. ``{"residents_0_2": "inw_0_2"}``); a challenge asks for
roles, not field names.
"""

from typing import Dict

from .i18n import translator

tr = translator("SlimStadRoles")

AGE_BANDS = ("0_2", "3_5", "6_11", "12_17", "18_64", "65_79", "80p")

SEMANTIC_ROLES = (
    "area_id",          # unique id of an area unit (cd_sector, wijk code)
    "area_name",
    "municipality_id",  # NIS/REFNIS code
    "residents_total",
    *("residents_{}".format(band) for band in AGE_BANDS),
    "capacity",         # places, beds, pupils: what a facility offers
    "facility_name",
    "facility_type",
    "dwellings",
    "area_m2",
    "updated_at",       # timestamp column used for freshness
)

# Roles whose values are codes: kept as text when a table is read (leading zeros, letters: 44021A00-, 01234).
CODE_ROLES = ("area_id", "municipality_id")
# Roles whose values are numbers (counts, capacities, areas): words in them are reported, never read as 0.
NUMERIC_ROLES = ("residents_total", *("residents_{}".format(band) for band in AGE_BANDS), "capacity", "dwellings",
                 "area_m2")

# Roles a sample-city layer fulfils (layer name -> role -> field); the shipped catalogue repeats these.
SAMPLE_CITY_ROLES = {
    "statistische_sectoren": {
        "area_id": "cd_sector", "area_name": "tx_sector_descr_nl", "municipality_id": "cd_munty_refnis",
        "residents_total": "inw_totaal",
        **{"residents_{}".format(band): "inw_{}".format(band) for band in AGE_BANDS},
    },
    "wijken": {"area_id": "wijk_code", "area_name": "wijk_naam", "residents_total": "inw_totaal",
               "residents_0_2": "inw_0_2"},
    "kinderopvang": {"capacity": "plaatsen", "facility_name": "naam", "facility_type": "type"},
    "scholen": {"capacity": "capaciteit", "facility_name": "naam", "facility_type": "niveau"},
    "woonzorgcentra": {"capacity": "bedden", "facility_name": "naam"},
    "sociale_woningen": {"dwellings": "woningen", "facility_name": "naam"},
    "parken": {"area_m2": "oppervlakte_m2", "facility_name": "naam"},
    "haltes": {"facility_name": "naam", "facility_type": "type"},
    "straten": {},
}


def role_labels() -> Dict[str, str]:
    """Semantic role -> what it means, in the QGIS language (shown instead of ids such as ``capacity``)."""
    return {
        "area_id": tr("area code"),
        "area_name": tr("area name"),
        "municipality_id": tr("municipality code (NIS)"),
        "residents_total": tr("residents (total)"),
        "residents_0_2": tr("children aged 0-2"),
        "residents_3_5": tr("children aged 3-5"),
        "residents_6_11": tr("children aged 6-11"),
        "residents_12_17": tr("young people aged 12-17"),
        "residents_18_64": tr("residents aged 18-64"),
        "residents_65_79": tr("residents aged 65-79"),
        "residents_80p": tr("residents aged 80 and over"),
        "capacity": tr("capacity (places, beds, pupils)"),
        "facility_name": tr("facility name"),
        "facility_type": tr("facility type"),
        "dwellings": tr("number of dwellings"),
        "area_m2": tr("surface area (m²)"),
        "updated_at": tr("date of last change"),
    }


def role_label(role: str) -> str:
    """One role's label; an unknown role is shown as it is."""
    return role_labels().get(role, role)
