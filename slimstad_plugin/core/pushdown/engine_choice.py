"""Choose where a computation runs: in the shared PostGIS database (push-down) or on the desktop.

``auto`` pushes down when every input is a plain PostGIS table in one database and nothing needs the
desktop (a street network); otherwise it falls back to the desktop engine and says why. ``database``
forces the push-down and fails with that reason; ``desktop`` never connects.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Union

from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from ..base.errors import SlimStadError
from ..base.i18n import translator
from .connection import PgTable, table_from_layer

tr = translator("SlimStadPushdown")

ENGINES = ("auto", "desktop", "database")  # Processing ENGINE enum 0/1/2


class EngineChoiceError(SlimStadError, ValueError):
    """``database`` was forced but the inputs cannot be pushed down (translated reason)."""


@dataclass
class EngineChoice:
    """The engine chosen, why (translated, for the log and provenance) and the tables when pushed down."""

    engine: str
    reason: str
    tables: Dict[str, PgTable] = field(default_factory=dict)

    def provenance(self) -> Dict[str, str]:
        """What the result's provenance records about the choice."""
        return {"engine": self.engine, "engine_reason": self.reason}


def engine_name(engine: Union[str, int, None]) -> str:
    """Normalise a Processing enum index or name; ``None`` means ``auto``."""
    if engine is None:
        return "auto"
    if isinstance(engine, int) and not isinstance(engine, bool) and 0 <= engine < len(ENGINES):
        return ENGINES[engine]
    if isinstance(engine, str) and engine.strip().lower() in ENGINES:
        return engine.strip().lower()
    raise EngineChoiceError(tr("Unknown engine {engine}; use one of {names}.").format(
        engine=repr(engine), names=", ".join(ENGINES)))


def _blocker(layers: Mapping[str, Optional[QgsVectorLayer]], tables: Dict[str, PgTable],
             desktop_only: List[str]) -> str:
    if desktop_only:
        return tr("{what} is only available in the desktop engine").format(what=", ".join(desktop_only))
    for role, layer in layers.items():
        table, reason = table_from_layer(layer)
        if table is None:
            return reason
        tables[role] = table
    databases = {table.database for table in tables.values()}
    if len(databases) > 1:
        return tr("the inputs are in different databases ({names})").format(
            names=", ".join(sorted(db.describe() for db in databases)))
    for role, table in tables.items():
        crs = QgsCoordinateReferenceSystem("EPSG:{}".format(table.srid))
        if not crs.isValid():
            return tr("layer {role} has SRID {srid}, unknown to QGIS").format(role=role, srid=table.srid)
    return ""


def choose_engine(requested: Union[str, int, None], layers: Mapping[str, Optional[QgsVectorLayer]],
                  desktop_only: Optional[List[str]] = None) -> EngineChoice:
    """Decide the engine for ``layers`` (role -> layer, e.g. ``{"demand": …, "supply": …}``).

    ``desktop_only`` names the requested features the database engine lacks (e.g. a street network).
    """
    name = engine_name(requested)
    if name == "desktop":
        return EngineChoice("desktop", tr("the desktop engine was requested"))
    tables: Dict[str, PgTable] = {}
    blocker = _blocker(layers, tables, list(desktop_only or []))
    if blocker:
        if name == "database":
            raise EngineChoiceError(tr("The database engine cannot run: {reason}.").format(reason=blocker))
        return EngineChoice("desktop", tr("computed on the desktop: {reason}").format(reason=blocker))
    database = next(iter(tables.values())).database
    return EngineChoice("database", tr("computed in database {db}: every input is a table there").format(
        db=database.describe()), tables)
