"""Write shapely geometries with attributes into GeoPackage layers through QGIS's writer."""

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Mapping, Sequence, Tuple

import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..base.errors import SlimStadError

FIELD_TYPES = {
    "str": QVariant.String,
    "int": QVariant.Int,
    "float": QVariant.Double,
}

GEOMETRY_TYPES = {
    "Point": QgsWkbTypes.Type.Point,
    "LineString": QgsWkbTypes.Type.LineString,
    "MultiLineString": QgsWkbTypes.Type.MultiLineString,
    "Polygon": QgsWkbTypes.Type.Polygon,
    "MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
}


class VectorWriteError(SlimStadError, RuntimeError):
    """Writing a layer failed; the message comes from QGIS's writer."""


@dataclass
class LayerSpec:
    """One layer to write: name, geometry type and ``(field, type)`` pairs."""

    name: str
    geometry_type: str
    fields: Sequence[Tuple[str, str]]


def make_fields(spec: Sequence[Tuple[str, str]]) -> QgsFields:
    """QgsFields from ``(name, "str"|"int"|"float")`` pairs."""
    result = QgsFields()
    for name, kind in spec:
        result.append(QgsField(name, FIELD_TYPES[kind]))
    return result


def write_gpkg_layer(
    path: Path,
    spec: LayerSpec,
    rows: Iterable[Tuple[shapely.Geometry, Mapping[str, object]]],
    epsg: int = 31370,
    new_file: bool = False,
) -> int:
    """Write one layer into ``path`` (creating the file when ``new_file``); return the feature count."""
    fields = make_fields(spec.fields)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = spec.name
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = (
        QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile
        if new_file
        else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    )
    writer = QgsVectorFileWriter.create(
        str(path),
        fields,
        GEOMETRY_TYPES[spec.geometry_type],
        QgsCoordinateReferenceSystem("EPSG:{}".format(epsg)),
        QgsCoordinateTransformContext(),
        options,
    )
    if writer.hasError() != QgsVectorFileWriter.WriterError.NoError:
        raise VectorWriteError(writer.errorMessage())
    features: List[QgsFeature] = []
    names = [name for name, _ in spec.fields]
    for geometry, attributes in rows:
        feature = QgsFeature(fields)
        qgs_geometry = QgsGeometry()
        qgs_geometry.fromWkb(shapely.to_wkb(geometry))
        feature.setGeometry(qgs_geometry)
        feature.setAttributes([attributes.get(name) for name in names])
        features.append(feature)
    if not writer.addFeatures(features):
        message = writer.errorMessage()
        del writer
        raise VectorWriteError(message)
    del writer  # flushes and closes the file
    return len(features)
