"""Resolve a challenge's layer references in a project and read them into shapely/numpy arrays.

Everything is reprojected to the area-unit layer's CRS; invalid geometries are repaired and counted;
missing or non-numeric fields, empty layers and bad filter expressions raise a clear ChallengeError.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import numpy as np
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..analysis.indicators import aggregate
from ..base.errors import Canceled
from ..base.i18n import format_number, pick_language_text, plural, translator
from ..base.secrets import scrub_uri
from ..layers.crs_fit import layer_crs_problem
from ..layers.points import metric_crs
from ..layers.properties import layers_with_catalog_id, source_info, source_table
from ..layers.values import as_number, not_numbers, not_numbers_message
from ..pushdown.connection import PushdownError
from ..pushdown.demand_sums import database_demand_sums
from .model import Challenge, ChallengeError, LayerRef

tr = translator("SlimStadChallenge")

def strip_secrets(uri: str) -> str:
    """A data source through the allow-list rule of core/base/secrets.py (for provenance and logs)."""
    return scrub_uri(uri).text



def _role_label(role: Any) -> str:
    """A role as the user knows it: its title in the message language, quoted; its id when it has none."""
    title = pick_language_text(role.title) if getattr(role, "title", None) else ""
    return "“{}”".format(title) if title else role.id

@dataclass
class InputReport:
    """What happened while reading the inputs; the messages are translated and shown to the user."""

    messages: List[str] = field(default_factory=list)
    repaired: Dict[str, int] = field(default_factory=dict)
    sources: List[Dict[str, Any]] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.messages:
            self.messages.append(text)

    def layer_read(self, layer: QgsVectorLayer, label: str, repaired: int, skipped: int) -> None:
        """What reading ``layer`` repaired and skipped (the same notes for the desktop and the database)."""
        if repaired:
            self.repaired[label] = self.repaired.get(label, 0) + repaired
            self.note(tr("{count} invalid geometries in {layer} were repaired.").format(
                count=repaired, layer=layer.name()))
        if skipped:
            self.note(tr("{count} features of {layer} without a usable geometry were skipped.").format(
                count=skipped, layer=layer.name()))

    def reprojected(self, layer: QgsVectorLayer, target: QgsCoordinateReferenceSystem) -> None:
        self.note(tr("Layer {layer} was reprojected from {source} to {target}.").format(
            layer=layer.name(), source=layer.crs().authid(), target=target.authid()))


@dataclass
class UnitData:
    """Area units in the study area: id, name, geometry and an inside point each."""

    ids: List[str]
    names: List[str]
    geoms: np.ndarray
    xy: np.ndarray
    crs: QgsCoordinateReferenceSystem
    layer: QgsVectorLayer


@dataclass
class SupplyData:
    """Facilities of one supply role. ``capacity`` is NaN where the source has NULL."""

    geoms: List[Any]
    capacity: np.ndarray
    fids: List[int]
    names: List[str]
    kind: str  # point | line | polygon

    @property
    def xy(self) -> np.ndarray:
        """One representative point per facility (for distance and catchment indicators)."""
        if not self.geoms:
            return np.zeros((0, 2))
        points = shapely.point_on_surface(np.array(self.geoms, dtype=object))
        return shapely.get_coordinates(points)

    def add(self, geometry: Any, capacity: float, name: str) -> None:
        self.geoms.append(geometry)
        self.capacity = np.append(self.capacity, capacity)
        self.fids.append(-len(self.fids) - 1)  # negative: not in the source layer
        self.names.append(name)

    def remove(self, index: int) -> None:
        del self.geoms[index], self.fids[index], self.names[index]
        self.capacity = np.delete(self.capacity, index)


def _layer_matches_name(layer: QgsMapLayer, name: str) -> bool:
    wanted = name.strip().lower()
    if layer.name().strip().lower() == wanted:
        return True
    return source_table(layer).strip().lower() == wanted


def resolve_layer(project: QgsProject, ref: LayerRef) -> QgsVectorLayer:
    """Catalogue id (custom property) first, then layer id, then layer name (or GeoPackage layer name)."""
    layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
    candidates: List[QgsVectorLayer] = []
    if ref.catalog_id:
        candidates = [lyr for lyr in layers_with_catalog_id(project, ref.catalog_id) if lyr in layers]
    if not candidates and ref.layer_id:
        candidates = [lyr for lyr in layers if lyr.id() == ref.layer_id]
    if not candidates and ref.layer_name:
        candidates = [lyr for lyr in layers if _layer_matches_name(lyr, ref.layer_name)]
    if not candidates:
        raise ChallengeError(tr(
            "The project has no layer for {ref} (catalogue id {catalog}, layer name {name}).").format(
            ref=ref.label(), catalog=ref.catalog_id or "-", name=ref.layer_name or "-"))
    layer = candidates[0]
    if not layer.isValid():
        raise ChallengeError(tr("The layer {name} cannot be opened; check its source.").format(name=layer.name()))
    problem = layer_crs_problem(layer)  # coordinates that cannot be in the declared CRS: stop before computing
    if problem:
        raise ChallengeError(problem)
    return layer


def _is_null(value: Any) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _number(value: Any, layer: QgsVectorLayer, what: str) -> float:
    """A float, NaN for NULL or empty text; non-numeric text (and NaN/infinity from an expression) is a clear error."""
    if _is_null(value) or (isinstance(value, str) and not value.strip()):
        return float("nan")
    number = as_number(value)
    if number is None:
        raise ChallengeError(tr("The value {value!r} of {what} in layer {layer} is not a number.").format(
            value=value, what=what, layer=layer.name())) from None
    return number


def _field_index(layer: QgsVectorLayer, name: str, purpose: str) -> int:
    index = layer.fields().lookupField(name) if name else -1
    if index < 0:
        raise ChallengeError(tr(
            "Layer {layer} has no field {field} (needed for {purpose}). Its fields: {fields}.").format(
            layer=layer.name(), field=name or "?", purpose=purpose, fields=", ".join(layer.fields().names())))
    return index


def _expression(text: str, layer: QgsVectorLayer, purpose: str) -> Tuple[QgsExpression, QgsExpressionContext]:
    expression = QgsExpression(text)
    if expression.hasParserError():
        raise ChallengeError(tr("The expression for {purpose} is invalid: {error}").format(
            purpose=purpose, error=expression.parserErrorString()))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expression.prepare(context)
    return expression, context


class _Reader:
    """Reads one layer's features as shapely geometries in the target CRS, repairing invalid ones."""

    def __init__(self, project: QgsProject, target: QgsCoordinateReferenceSystem, report: InputReport,
                 is_canceled: Callable[[], bool]) -> None:
        self.project, self.target, self.report, self.is_canceled = project, target, report, is_canceled

    def features(self, layer: QgsVectorLayer, label: str, filter_expression: str = "") -> List[Tuple[Any, Any]]:
        request = QgsFeatureRequest()
        if filter_expression:
            _expression(filter_expression, layer, label)
            request.setFilterExpression(filter_expression)
        transform = None
        if layer.crs() != self.target:
            transform = QgsCoordinateTransform(layer.crs(), self.target, self.project.transformContext())
            self.report.reprojected(layer, self.target)
        rows: List[Tuple[Any, Any]] = []
        repaired = skipped = 0
        for feature in layer.getFeatures(request):
            if self.is_canceled():
                raise Canceled(tr("The challenge run was canceled; nothing was written."))
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                skipped += 1
                continue
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
                repaired += 1
            if transform is not None:
                try:
                    geometry.transform(transform)
                except QgsCsException:
                    skipped += 1
                    continue
            shape = shapely.from_wkb(bytes(geometry.asWkb()))
            if shape.is_empty:
                skipped += 1
                continue
            rows.append((shape, feature))
        self.report.layer_read(layer, label, repaired, skipped)
        if not rows:
            raise ChallengeError(tr("Layer {layer} has no features to use for {purpose}{filter}.").format(
                layer=layer.name(), purpose=label,
                filter=tr(" (filter: {expression})").format(expression=filter_expression) if filter_expression else ""))
        return rows


def _provenance(layer: QgsVectorLayer, ref: LayerRef, role: str) -> Dict[str, Any]:
    info = source_info(layer)
    last_update = info.last_update
    path = Path(layer.source().split("|", 1)[0])
    if not last_update and path.is_file():
        last_update = datetime.datetime.fromtimestamp(path.stat().st_mtime, datetime.timezone.utc).isoformat(
            timespec="seconds")
    return {"role": role, "catalog_id": ref.catalog_id or info.catalog_id, "layer_name": layer.name(),
            "source": strip_secrets(layer.source()), "provider": layer.providerType(),
            "crs": layer.crs().authid(), "last_update": last_update}


@dataclass
class Inputs:
    """Everything a run needs, read from the project."""

    units: UnitData
    demands: Dict[str, np.ndarray]
    supplies: Dict[str, SupplyData]
    report: InputReport


def read_inputs(challenge: Challenge, project: QgsProject, is_canceled: Optional[Callable[[], bool]] = None,
                engine: Any = "auto") -> Inputs:
    """Resolve and read the area units, every demand and supply role.

    ``engine`` (auto / desktop / database, see :mod:`.pushdown.engine_choice`) decides where a demand layer
    is summed per area unit: in its PostGIS database when it and the units are tables there.
    """

    canceled = is_canceled or (lambda: False)
    report = InputReport()
    unit_ref = challenge.area_units.layer
    unit_layer = resolve_layer(project, unit_ref)
    if QgsWkbTypes.geometryType(unit_layer.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
        raise ChallengeError(tr("The area-unit layer {layer} must contain polygons.").format(layer=unit_layer.name()))
    crs = metric_crs(unit_layer.crs(), unit_layer.extent(), project.transformContext())
    if crs != unit_layer.crs():
        report.note(tr("Area units are not in a metric CRS: distances are computed in {crs}.").format(crs=crs.authid()))
    reader = _Reader(project, crs, report, canceled)
    report.sources.append(_provenance(unit_layer, unit_ref, "area_units"))
    id_field = challenge.area_units.id_field or unit_ref.field_for("area_id")
    id_index = _field_index(unit_layer, id_field, tr("the area-unit id"))
    name_field = challenge.area_units.name_field or unit_ref.field_for("area_name")
    name_index = unit_layer.fields().lookupField(name_field) if name_field else -1
    rows = reader.features(unit_layer, tr("area units"), challenge.study_area.filter)
    ids = [str(feature.attributes()[id_index]) for _, feature in rows]
    duplicates = sorted(value for value, count in Counter(ids).items() if count > 1)
    if duplicates:
        raise ChallengeError(tr("The area-unit id field {field} is not unique: {values}.").format(
            field=id_field, values=", ".join(duplicates[:5])))
    geoms = np.array([shape for shape, _ in rows], dtype=object)
    units = UnitData(ids=ids, names=[str(f.attributes()[name_index]) if name_index >= 0 else "" for _, f in rows],
                     geoms=geoms, xy=shapely.get_coordinates(shapely.point_on_surface(geoms)), crs=crs,
                     layer=unit_layer)
    study_area = shapely.union_all(geoms)

    demands: Dict[str, np.ndarray] = {}
    for role in challenge.demand:
        layer = resolve_layer(project, role.layer)
        purpose = tr("demand {id}").format(id=_role_label(role))
        values_of = _value_reader(layer, role.expression, role.field or role.layer.field_for(role.role), purpose)
        if layer.id() == unit_layer.id():
            by_id = {str(f.attributes()[id_index]): values_of(f) for _, f in rows}
            demands[role.id] = _not_negative(np.array([by_id[unit_id] for unit_id in ids], dtype=float), layer,
                                             purpose)
        else:
            report.sources.append(_provenance(layer, role.layer, role.id))
            pushed = _database_sums(engine, unit_layer, [f for _, f in rows], layer, role, crs, purpose, report,
                                    canceled)
            if pushed is not None:
                demands[role.id] = pushed
            else:
                demand_rows = reader.features(layer, purpose)
                values = _not_negative(np.array([values_of(f) for _, f in demand_rows], dtype=float), layer, purpose)
                demands[role.id] = aggregate(geoms, [s for s, _ in demand_rows], np.nan_to_num(values))
        if role.note:
            report.note(pick_language_text(role.note, challenge.output.language))

    supplies: Dict[str, SupplyData] = {}
    for role in challenge.supply:
        layer = resolve_layer(project, role.layer)
        report.sources.append(_provenance(layer, role.layer, role.id))
        purpose = tr("supply {id}").format(id=_role_label(role))
        capacity_field = role.capacity_field or (role.layer.field_for(role.role) if role.role else "")
        value_of = _value_reader(layer, "", capacity_field, purpose) if capacity_field else (lambda feature: 1.0)
        name_index = layer.fields().lookupField(role.layer.field_for("facility_name") or "naam")
        supply_rows = reader.features(layer, purpose, role.filter)
        capacity = _not_negative(np.array([value_of(f) for _, f in supply_rows], dtype=float), layer, purpose)
        nulls = int(np.isnan(capacity).sum())
        if nulls:
            report.note(tr("{count} facilities of {layer} have no capacity (NULL); they count as 0 places.").format(
                count=nulls, layer=layer.name()))
        kind = {QgsWkbTypes.GeometryType.PointGeometry: "point", QgsWkbTypes.GeometryType.LineGeometry: "line"}.get(
            QgsWkbTypes.geometryType(layer.wkbType()), "polygon")
        shapes = [shape for shape, _ in supply_rows]
        outside = int((~shapely.intersects(study_area, np.array(shapes, dtype=object))).sum())
        if outside:
            report.note(plural(outside, tr("{n} feature of {layer} lies outside the study area: it counts for no "
                                           "area unit, but still serves nearby units in distance-based indicators."),
                               tr("{n} features of {layer} lie outside the study area: they count for no area unit, "
                                  "but still serve nearby units in distance-based indicators."), layer=layer.name()))
        supplies[role.id] = SupplyData(
            geoms=shapes, capacity=capacity, fids=[int(f.id()) for _, f in supply_rows],
            names=[str(f.attributes()[name_index]) if name_index >= 0 else str(f.id()) for _, f in supply_rows],
            kind=kind)
    return Inputs(units=units, demands=demands, supplies=supplies, report=report)


def _not_negative(values: np.ndarray, layer: QgsVectorLayer, purpose: str) -> np.ndarray:
    """``values`` when none is below 0 (residents and capacities cannot be negative), else a ChallengeError."""
    negative = values[values < 0]
    if negative.size:
        raise ChallengeError(plural(
            int(negative.size), tr("{n} value for {purpose} in layer {layer} is negative ({value}); residents and "
                                   "capacities are 0 or more."),
            tr("{n} values for {purpose} in layer {layer} are negative (e.g. {value}); residents and capacities are "
               "0 or more."), purpose=purpose, layer=layer.name(), value=format_number(float(negative[0]))))
    return values


def _database_sums(engine: Any, unit_layer: QgsVectorLayer, unit_features: List[Any], layer: QgsVectorLayer,
                   role: Any, crs: QgsCoordinateReferenceSystem, purpose: str, report: InputReport,
                   canceled: Callable[[], bool]) -> Optional[np.ndarray]:
    """Demand summed per unit in the database (``None``: read it on the desktop), with the same notes."""

    try:
        pushed = database_demand_sums(engine, unit_layer, unit_features, layer,
                                      role.field or role.layer.field_for(role.role), role.expression,
                                      crs.postgisSrid(), canceled)
    except PushdownError as error:
        raise ChallengeError(str(error)) from None
    if pushed is None:
        return None
    if pushed.features == 0:
        raise ChallengeError(tr("Layer {layer} has no features to use for {purpose}{filter}.").format(
            layer=layer.name(), purpose=purpose, filter=""))
    if layer.crs() != crs:
        report.reprojected(layer, crs)
    report.layer_read(layer, purpose, pushed.repaired, pushed.skipped)
    report.note(tr("{count} features of {layer} were summed per area unit in database {db} ({seconds} s); "
                   "they were not read into QGIS.").format(
        count=pushed.features, layer=layer.name(), db=pushed.database, seconds=pushed.seconds))
    return pushed.sums


def _value_reader(layer: QgsVectorLayer, expression_text: str, field_name: str,
                  purpose: str) -> Callable[[Any], float]:
    """A function feature -> float (NaN for NULL) from an expression or a numeric field."""
    if expression_text:
        expression, context = _expression(expression_text, layer, purpose)

        def evaluate(feature: Any) -> float:
            context.setFeature(feature)
            value = expression.evaluate(context)
            if expression.hasEvalError():
                raise ChallengeError(tr("The expression for {purpose} fails: {error}").format(
                    purpose=purpose, error=expression.evalErrorString()))
            return _number(value, layer, purpose)
        return evaluate
    index = _field_index(layer, field_name, purpose)
    found = not_numbers(layer, layer.fields().at(index).name())
    if found.count:  # words in a count field are an error, never "no residents" (OGR reads them as 0 or NULL)
        raise ChallengeError(tr("{problem} (needed for {purpose}); correct them or choose another field.").format(
            problem=not_numbers_message(found, layer.name()), purpose=purpose))
    return lambda feature: _number(feature.attributes()[index], layer, "{} ({})".format(purpose, field_name))
