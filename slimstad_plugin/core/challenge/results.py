"""The one owner of a challenge run's results: where the GeoPackage lives, what its layers are called, their fields.

A run writes ``<project folder>/slimstad_resultaten/<challenge id>.gpkg`` (or a path the user chose) holding:

- one layer per indicator, named :func:`indicator_layer`, with :data:`INDICATOR_FIELDS`;
- one layer per (indicator, scenario), named :func:`scenario_layer`, with :data:`SCENARIO_FIELDS`;
- optionally the priority map :data:`PRIORITY_LAYER` with :data:`PRIORITY_FIELDS`;
- the ``slimstad_provenance`` table (see :mod:`.output`).

Every layer is keyed by :data:`AREA_ID` (the area unit's id, text) and labelled by :data:`AREA_NAME`. The GUI, the
planning maps, comparisons and tests read results through these names only.
"""

import os
import re
from pathlib import Path
from typing import List, Tuple, Union

from qgis.core import QgsProject, QgsVectorLayer

from .model import Challenge

RESULTS_FOLDER = "slimstad_resultaten"
AREA_ID = "area_id"
AREA_NAME = "area_name"
PRIORITY_LAYER = "prioriteit"
SCENARIO_SEPARATOR = "__"

Fields = List[Tuple[str, str]]
INDICATOR_FIELDS: Fields = [(AREA_ID, "str"), (AREA_NAME, "str"), ("value", "float"), ("flag", "str"),
                            ("class", "int"), ("supply", "float"), ("demand", "float")]
SCENARIO_FIELDS: Fields = [(AREA_ID, "str"), (AREA_NAME, "str"), ("baseline", "float"), ("scenario", "float"),
                           ("delta", "float"), ("baseline_class", "int"), ("scenario_class", "int"),
                           ("class_changed", "int")]
PRIORITY_FIELDS: Fields = [(AREA_ID, "str"), (AREA_NAME, "str"), ("score", "float"), ("class", "int"),
                           ("sens_changes", "int")]


def safe_layer_name(text: str) -> str:
    """A GeoPackage table name from an id: lower case ``[a-z0-9_]``, never empty."""
    return re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_") or "indicator"


def indicator_layer(indicator_id: str) -> str:
    """Layer name of an indicator's baseline values."""
    return safe_layer_name(indicator_id)


def scenario_layer(indicator_id: str, scenario_id: str) -> str:
    """Layer name of an indicator's scenario-minus-baseline comparison."""
    return safe_layer_name("{}{}{}".format(indicator_id, SCENARIO_SEPARATOR, scenario_id))


def is_scenario_layer(name: str) -> bool:
    """True for the comparison layers of a scenario."""
    return SCENARIO_SEPARATOR in name


def map_indicator_id(challenge: Challenge) -> str:
    """The indicator a planning map shows: the challenge's ``output.map_indicator``, else its first one ("")."""
    ids = [spec.id for spec in challenge.indicators]
    wanted = challenge.output.map_indicator
    return wanted if wanted in ids else (ids[0] if ids else "")


def default_output(challenge: Challenge, project: QgsProject) -> Path:
    """``<project dir>/<output folder>/<challenge id>.gpkg`` (the working folder for an unsaved project)."""
    home = project.absolutePath() or os.getcwd()
    return Path(home) / (challenge.output.folder or RESULTS_FOLDER) / "{}.gpkg".format(challenge.id)


def layer_uri(gpkg: Union[str, Path], name: str) -> str:
    """OGR data source of one results layer."""
    return "{}|layername={}".format(gpkg, name)


def open_layer(gpkg: Union[str, Path], name: str, title: str = "") -> QgsVectorLayer:
    """One results layer (check ``isValid()``), named ``title`` or its table name."""
    return QgsVectorLayer(layer_uri(gpkg, name), title or name, "ogr")
