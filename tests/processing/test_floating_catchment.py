"""``slimstad:floating_catchment`` through Processing on Voorbeeldstad, bad input, CRSs and networks."""

import shutil
from pathlib import Path
from typing import Dict, Tuple

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis_helpers import RecordingFeedback

from slimstad_plugin.core.analysis.accessibility import floating_catchment
from slimstad_plugin.core.layers.points import layer_points

LAMBERT = QgsCoordinateReferenceSystem("EPSG:31370")



def layer(gpkg: Path, name: str) -> QgsVectorLayer:
    result = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    assert result.isValid(), name
    return result


def run(params: Dict[str, object], feedback: QgsProcessingFeedback = None) -> dict:
    import processing

    base = {"METHOD": 0, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_SUPPLY": "TEMPORARY_OUTPUT"}
    base.update(params)
    return processing.run("slimstad:floating_catchment", base, feedback=feedback or QgsProcessingFeedback())


def sample_params(gpkg: Path, distance: float = 1000.0) -> Dict[str, object]:
    return {"DEMAND": layer(gpkg, "statistische_sectoren"), "DEMAND_FIELD": "inw_0_2",
            "SUPPLY": layer(gpkg, "kinderopvang"), "SUPPLY_FIELD": "plaatsen", "DISTANCE": distance}


def memory_copy(source: QgsVectorLayer, crs: str, name: str) -> QgsVectorLayer:
    """The features of ``source`` reprojected into a memory layer in ``crs``."""
    import processing

    return processing.run("native:reprojectlayer", {"INPUT": source, "TARGET_CRS": crs,
                                                    "OUTPUT": "memory:{}".format(name)})["OUTPUT"]


def values(output: QgsVectorLayer, field: str) -> np.ndarray:
    def number(value: object) -> float:
        empty = value is None or (hasattr(value, "isNull") and value.isNull()) or value != value
        return np.nan if empty else float(value)

    return np.array([number(f[field]) for f in output.getFeatures()], dtype=float)


@pytest.mark.parametrize("method", [0, 1, 2])
def test_outputs_match_core_function(sample_gpkg: Path, slimstad_processing: None, method: int) -> None:
    result = run(dict(sample_params(sample_gpkg, 1500.0), METHOD=method))
    output, output_supply = result["OUTPUT"], result["OUTPUT_SUPPLY"]
    sectors, childcare = layer(sample_gpkg, "statistische_sectoren"), layer(sample_gpkg, "kinderopvang")
    assert output.featureCount() == sectors.featureCount()
    assert output_supply.featureCount() == childcare.featureCount()
    assert [f.name() for f in output.fields()][-1] == "access"
    assert [f.name() for f in output_supply.fields()][-1] == "ratio"
    assert output.crs().authid() == "EPSG:31370" and output.wkbType() == sectors.wkbType()
    demand = layer_points(sectors, "inw_0_2", LAMBERT)
    supply = layer_points(childcare, "plaatsen", LAMBERT)
    core = floating_catchment(demand.xy, demand.values, supply.xy, supply.values, 1500.0, method)
    assert result["PAIRS"] == core.pairs > 0
    np.testing.assert_allclose(values(output, "access"), core.access, rtol=1e-12)
    np.testing.assert_allclose(values(output_supply, "ratio"), core.ratio, rtol=1e-12, equal_nan=True)
    assert np.count_nonzero(values(output, "access")) > 10


def test_sigma_changes_gaussian_result(sample_gpkg: Path, slimstad_processing: None) -> None:
    default = values(run(dict(sample_params(sample_gpkg), METHOD=1))["OUTPUT"], "access")
    explicit = values(run(dict(sample_params(sample_gpkg), METHOD=1, SIGMA=500.0))["OUTPUT"], "access")
    narrow = values(run(dict(sample_params(sample_gpkg), METHOD=1, SIGMA=100.0))["OUTPUT"], "access")
    np.testing.assert_allclose(default, explicit, rtol=1e-12)  # default sigma is DISTANCE / 2
    assert not np.allclose(default, narrow)


@pytest.mark.parametrize("change, fragment", [
    ({"DISTANCE": 0}, "greater than 0"),
    ({"DISTANCE": -100}, "greater than 0"),
    ({"DEMAND_FIELD": "no_such_field"}, "no field no_such_field"),
    ({"SUPPLY_FIELD": "naam"}, "not numeric"),
    ({"METHOD": 1, "SIGMA": -3}, "Sigma"),
])
def test_bad_input_gives_clear_processing_error(sample_gpkg: Path, slimstad_processing: None, change: dict,
                                                fragment: str) -> None:
    with pytest.raises(QgsProcessingException) as caught:
        run(dict(sample_params(sample_gpkg), **change))
    assert fragment in str(caught.value)


def test_empty_supply_layer_is_refused(sample_gpkg: Path, slimstad_processing: None) -> None:
    empty = QgsVectorLayer("Point?crs=EPSG:31370&field=plaatsen:integer", "leeg", "memory")
    with pytest.raises(QgsProcessingException, match="supply layer has no features"):
        run(dict(sample_params(sample_gpkg), SUPPLY=empty))


def test_null_capacities_count_as_zero_and_are_reported(sample_gpkg: Path, slimstad_processing: None,
                                                         tmp_path: Path) -> None:
    copy = tmp_path / "copy.gpkg"
    shutil.copy(sample_gpkg, copy)
    childcare = layer(copy, "kinderopvang")
    index = childcare.fields().lookupField("plaatsen")
    fids = [f.id() for f in childcare.getFeatures()][:3]
    assert childcare.dataProvider().changeAttributeValues({fid: {index: None} for fid in fids})
    childcare = layer(copy, "kinderopvang")
    feedback = RecordingFeedback()
    result = run(dict(sample_params(copy), SUPPLY=childcare), feedback)
    assert any("3 supply features have a NULL value" in line for line in feedback.lines), feedback.lines
    demand = layer_points(layer(copy, "statistische_sectoren"), "inw_0_2", LAMBERT)
    supply = layer_points(childcare, "plaatsen", LAMBERT)
    assert supply.null_values == 3 and (supply.values[[supply.feature_ids.index(f) for f in fids]] == 0).all()
    core = floating_catchment(demand.xy, demand.values, supply.xy, supply.values, 1000.0)
    np.testing.assert_allclose(values(result["OUTPUT"], "access"), core.access, rtol=1e-12)


def test_other_crs_gives_the_same_numbers(sample_gpkg: Path, slimstad_processing: None) -> None:
    reference = run(sample_params(sample_gpkg, 1200.0))
    wgs84_supply = memory_copy(layer(sample_gpkg, "kinderopvang"), "EPSG:4326", "opvang4326")
    mixed = run(dict(sample_params(sample_gpkg, 1200.0), SUPPLY=wgs84_supply))
    np.testing.assert_allclose(values(mixed["OUTPUT"], "access"), values(reference["OUTPUT"], "access"),
                               rtol=1e-6)
    assert mixed["OUTPUT_SUPPLY"].crs().authid() == "EPSG:31370"  # supply written in the demand CRS
    # A geographic demand layer: distances are measured in Lambert 72, output stays in EPSG:4326.
    wgs84_demand = memory_copy(layer(sample_gpkg, "statistische_sectoren"), "EPSG:4326", "sectoren4326")
    feedback = RecordingFeedback()
    geographic = run(dict(sample_params(sample_gpkg, 1200.0), DEMAND=wgs84_demand, SUPPLY=wgs84_supply), feedback)
    assert geographic["OUTPUT"].crs().authid() == "EPSG:4326"
    assert any("EPSG:31370" in line for line in feedback.lines)
    np.testing.assert_allclose(values(geographic["OUTPUT"], "access"), values(reference["OUTPUT"], "access"),
                               rtol=1e-6)
    assert geographic["PAIRS"] == reference["PAIRS"]


def test_invalid_geometry_is_repaired_and_reported(slimstad_processing: None) -> None:
    demand = QgsVectorLayer("Polygon?crs=EPSG:31370&field=inw:double", "demand", "memory")
    supply = QgsVectorLayer("Point?crs=EPSG:31370&field=cap:double", "supply", "memory")
    features = []
    for wkt, value in (("POLYGON((0 0, 100 100, 100 0, 0 100, 0 0))", 10.0),  # bow-tie: invalid
                       ("POLYGON((200 0, 300 0, 300 100, 200 100, 200 0))", 30.0)):
        feature = QgsFeature(demand.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([value])
        features.append(feature)
    assert demand.dataProvider().addFeatures(features)
    facility = QgsFeature(supply.fields())
    facility.setGeometry(QgsGeometry.fromWkt("POINT(150 50)"))
    facility.setAttributes([8.0])
    assert supply.dataProvider().addFeatures([facility])
    feedback = RecordingFeedback()
    result = run({"DEMAND": demand, "DEMAND_FIELD": "inw", "SUPPLY": supply, "SUPPLY_FIELD": "cap",
                  "DISTANCE": 500.0}, feedback)
    assert any("1 invalid demand geometries were repaired" in line for line in feedback.lines), feedback.lines
    np.testing.assert_allclose(values(result["OUTPUT"], "access"), [8.0 / 40.0, 8.0 / 40.0])
    np.testing.assert_allclose(values(result["OUTPUT_SUPPLY"], "ratio"), [8.0 / 40.0])


def test_network_must_be_lines(sample_gpkg: Path, slimstad_processing: None) -> None:
    with pytest.raises(QgsProcessingException):
        run(dict(sample_params(sample_gpkg), NETWORK=layer(sample_gpkg, "haltes")))


# --- Euclidean numbers unchanged: the whole algorithm against a brute-force distance matrix ------------------

def _brute_force(demand_xy: np.ndarray, demand: np.ndarray, supply_xy: np.ndarray, supply: np.ndarray,
                 distance: float, method: int) -> Tuple[np.ndarray, np.ndarray]:
    """2SFCA / E2SFCA written out on the full matrix, independently of core/accessibility.py."""
    d = np.hypot(demand_xy[:, None, 0] - supply_xy[None, :, 0], demand_xy[:, None, 1] - supply_xy[None, :, 1])
    if method == 0:
        w = (d <= distance).astype(float)
    elif method == 1:
        w = np.where(d <= distance, np.exp(-d ** 2 / (2 * (distance / 2) ** 2)), 0.0)
    else:
        w = np.where(d <= distance / 3, 1.0, np.where(d <= 2 * distance / 3, 0.68, np.where(d <= distance, 0.22, 0)))
    weighted = (w * demand[:, None]).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(weighted > 0, supply / weighted, np.nan)
    return (w * np.nan_to_num(ratio)[None, :]).sum(axis=1), ratio


@pytest.mark.parametrize("city, distance", [("sample", 1000.0), ("sample", 1500.0), ("gent", 2000.0),
                                            ("gent", 5000.0), ("leuven", 2000.0), ("leuven", 5000.0)])
@pytest.mark.parametrize("method", [0, 1, 2])
def test_euclidean_numbers_equal_brute_force(sample_gpkg: Path, testpack: Path, slimstad_processing: None,
                                             city: str, distance: float, method: int) -> None:
    if city == "sample":
        params = dict(sample_params(sample_gpkg, distance))
        value_fields = ("inw_0_2", "plaatsen")
    else:
        params = {"DEMAND": layer(testpack, "{}_statsec_pop2023".format(city)), "DEMAND_FIELD": "pop_2023",
                  "SUPPLY": layer(testpack, "be_railway_stations_irail"), "SUPPLY_FIELD": "avg_stop_times",
                  "DISTANCE": distance}
        value_fields = ("pop_2023", "avg_stop_times")
    result = run(dict(params, METHOD=method))
    demand = layer_points(params["DEMAND"], value_fields[0], LAMBERT)
    supply = layer_points(params["SUPPLY"], value_fields[1], LAMBERT)
    access, ratio = _brute_force(demand.xy, demand.values, supply.xy, supply.values, distance, method)
    assert np.count_nonzero(access) > 10
    np.testing.assert_allclose(values(result["OUTPUT"], "access"), access, rtol=1e-12, atol=0)
    np.testing.assert_allclose(values(result["OUTPUT_SUPPLY"], "ratio"), ratio, rtol=1e-12, atol=0, equal_nan=True)
