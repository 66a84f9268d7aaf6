"""Scenarios against the baseline, cancel, and bad input: clear messages, nothing half-written."""

from pathlib import Path
from typing import Callable, Iterator, List, Optional

import numpy as np
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from slimstad_plugin.core.analysis.indicators import IndicatorError, compute
from slimstad_plugin.core.analysis.scenarios import Change, Scenario
from slimstad_plugin.core.base.errors import Canceled
from slimstad_plugin.core.challenge.inputs import strip_secrets
from slimstad_plugin.core.challenge.model import ChallengeError, Indicator
from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import load_styled_layer


def memory_copy(gpkg: Path, name: str, crs: str = "EPSG:31370",
                edit: Optional[Callable[[List[QgsFeature]], List[QgsFeature]]] = None) -> QgsVectorLayer:
    """A memory copy of a sample layer (optionally reprojected and edited), named like the original."""
    source = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    kind = {0: "Point", 1: "LineString", 2: "Polygon"}[int(source.geometryType())]
    layer = QgsVectorLayer("{}?crs={}".format(kind, crs), name, "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    transform = QgsCoordinateTransform(source.crs(), QgsCoordinateReferenceSystem(crs), QgsProject.instance())
    features = []
    for feature in source.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        copy = QgsFeature(layer.fields())
        copy.setGeometry(geometry)
        copy.setAttributes(feature.attributes())
        features.append(copy)
    layer.dataProvider().addFeatures(edit(features) if edit else features)
    return layer


@pytest.fixture()
def make_project(qgis_app, sample_gpkg: Path) -> Iterator[Callable[..., QgsProject]]:
    """Project with the sample sectors plus the given layers (sample layers by name, or layer objects)."""
    projects: List[QgsProject] = []

    def build(*layers: object) -> QgsProject:
        project = QgsProject()
        project.addMapLayer(load_styled_layer(sample_gpkg, "statistische_sectoren"))
        for layer in layers:
            project.addMapLayer(load_styled_layer(sample_gpkg, layer) if isinstance(layer, str) else layer)
        projects.append(project)
        return project

    yield build
    for project in projects:
        project.clear()


def _sector_of(result, unit_id: str) -> int:
    return result.unit_ids.index(unit_id)


def test_scenario_changes_against_baseline(make_project, sample_gpkg: Path, tmp_path: Path) -> None:
    project = make_project("kinderopvang")
    baseline = run_challenge(load_template("kinderopvang"), project, tmp_path / "basis.gpkg")
    places = baseline.indicators["plaatsen_per_100"]
    # A sector with children and no childcare yet: the new crèche goes in the middle of it.
    target = next(i for i, (s, d) in enumerate(zip(places.supply, places.demand)) if s == 0 and d > 20)
    sectors = QgsVectorLayer("{}|layername=statistische_sectoren".format(sample_gpkg), "s", "ogr")
    geometry = next(f.geometry() for f in sectors.getFeatures() if f["cd_sector"] == baseline.unit_ids[target])
    inside = shapely.from_wkb(bytes(geometry.asWkb())).point_on_surface()
    busiest = int(np.nanargmax(places.supply))
    childcare = QgsVectorLayer("{}|layername=kinderopvang".format(sample_gpkg), "k", "ogr")
    removed = next(f for f in childcare.getFeatures()
                   if shapely.from_wkb(bytes(sectors.getFeature(busiest + 1).geometry().asWkb())).covers(
                       shapely.from_wkb(bytes(f.geometry().asWkb()))))
    challenge = load_template("kinderopvang")
    challenge.scenarios = [
        Scenario("nieuwe_creche", {"nl": "Nieuwe crèche"}, [
            Change(kind="add_facility", supply="kinderopvang", x=inside.x, y=inside.y, capacity=37, name="Nieuw")]),
        Scenario("sluiting", {"nl": "Sluiting"}, [
            Change(kind="remove_facility", supply="kinderopvang", fid=removed.id())]),
        Scenario("nieuwbouw", {"nl": "Nieuwbouwproject"}, [
            Change(kind="add_demand", demand="kinderen_0_2", area_id=baseline.unit_ids[target], count=40)]),
    ]
    result = run_challenge(challenge, project, tmp_path / "scenario.gpkg")
    added = result.scenarios["nieuwe_creche"]["plaatsen_per_100"]
    children = places.demand[target]
    assert added.delta[target] == pytest.approx(37 / children * 100)  # exactly its capacity in its sector
    assert np.nansum(np.abs(np.delete(added.delta, target))) == 0
    assert added.changed_class[target]
    assert result.scenarios["nieuwe_creche"]["bereikbaarheid"].delta[target] > 0
    closed = result.scenarios["sluiting"]["plaatsen_per_100"]
    assert closed.delta[busiest] == pytest.approx(-removed["plaatsen"] / places.demand[busiest] * 100)
    grown = result.scenarios["nieuwbouw"]["bereikbaarheid"]
    assert grown.scenario[target] < grown.baseline[target]  # more children share the same places
    written = QgsVectorLayer("{}|layername=plaatsen_per_100__nieuwe_creche".format(result.output), "x", "ogr")
    changed = {f["area_id"]: (f["delta"], f["class_changed"]) for f in written.getFeatures()}
    assert changed[baseline.unit_ids[target]][1] == 1
    assert baseline.per_unit("plaatsen_per_100") == result.per_unit("plaatsen_per_100")  # baseline untouched


def test_scenario_errors_are_clear(make_project, tmp_path: Path) -> None:
    project = make_project("kinderopvang")
    challenge = load_template("kinderopvang")
    challenge.scenarios = [Scenario("fout", {}, [Change(kind="remove_facility", supply="kinderopvang", fid=99999)])]
    with pytest.raises(ChallengeError, match="no facility 99999"):
        run_challenge(challenge, project, tmp_path / "x.gpkg")
    challenge.scenarios = [Scenario("fout", {}, [Change(kind="add_facility", supply="kinderopvang", x=1.0, y=2.0,
                                                        capacity=-5)])]
    with pytest.raises(ChallengeError, match="capacity must be a number of 0 or more"):
        run_challenge(challenge, project, tmp_path / "x.gpkg")
    assert not list(tmp_path.iterdir())


def test_other_crs_outside_and_null_capacities(make_project, sample_gpkg: Path, tmp_path: Path) -> None:
    baseline = run_challenge(load_template("kinderopvang"), make_project("kinderopvang"), tmp_path / "a.gpkg")

    def edit(features: List[QgsFeature]) -> List[QgsFeature]:
        features[0].setAttribute("plaatsen", None)
        features[1].setAttribute("plaatsen", None)
        far = QgsFeature(features[0])
        far.setGeometry(QgsGeometry.fromWkt("Point (4.0 50.5)"))  # west of the city, in WGS 84
        far.setAttribute("plaatsen", 500)
        return features + [far]

    nulls = [f["plaatsen"] for f in list(QgsVectorLayer("{}|layername=kinderopvang".format(sample_gpkg), "k",
                                                        "ogr").getFeatures())[:2]]
    layer = memory_copy(sample_gpkg, "kinderopvang", crs="EPSG:4326", edit=edit)
    result = run_challenge(load_template("kinderopvang"), make_project(layer), tmp_path / "b.gpkg")
    text = "\n".join(result.messages)
    assert "reprojected from EPSG:4326 to EPSG:31370" in text
    assert "1 feature of kinderopvang lies outside the study area" in text
    assert "2 facilities of kinderopvang have no capacity (NULL)" in text
    before = baseline.indicators["plaatsen_per_100"].supply
    after = result.indicators["plaatsen_per_100"].supply
    assert after.sum() == pytest.approx(before.sum() - sum(nulls), abs=1e-6)


def test_invalid_geometries_are_repaired_and_counted(make_project, sample_gpkg: Path, tmp_path: Path) -> None:
    def edit(features: List[QgsFeature]) -> List[QgsFeature]:
        bowtie = QgsFeature(features[0])
        bowtie.setGeometry(QgsGeometry.fromWkt(
            "Polygon ((156000 183000, 156400 183400, 156400 183000, 156000 183400, 156000 183000))"))
        return features + [bowtie]

    result = run_challenge(load_template("groen"), make_project(memory_copy(sample_gpkg, "parken", edit=edit)),
                           tmp_path / "g.gpkg")
    assert sum(result.repaired.values()) == 1
    assert any("1 invalid geometries in parken were repaired" in m for m in result.messages)


@pytest.mark.parametrize("change, message", [
    (lambda c: setattr(c.supply[0], "capacity_field", "bestaat_niet"),
     r"Layer Kinderopvang has no field bestaat_niet .*Its fields: .*plaatsen"),
    (lambda c: setattr(c.supply[0], "capacity_field", "naam"), r"values in field naam of layer Kinderopvang are not "
                                                               r"numbers, e\.g\. '"),
    (lambda c: setattr(c.supply[0], "filter", "\"plaatsen\" > 100000"), r"no features to use .*filter"),
    (lambda c: setattr(c.supply[0], "filter", "\"plaatsen\" >>> 1"), r"expression .* is invalid"),
    (lambda c: setattr(c.supply[0].layer, "catalog_id", "elders.iets") or setattr(c.supply[0].layer, "layer_name",
                                                                                  "iets"),
     r"no layer for elders\.iets"),
    (lambda c: setattr(c.demand[0], "field", "tx_sector_descr_nl"), r"150 values in field tx_sector_descr_nl .* are "
                                                                     r"not numbers, e\.g\. 'Plein'"),
])
def test_bad_layers_and_fields(make_project, tmp_path: Path, change, message: str) -> None:
    challenge = load_template("kinderopvang")
    change(challenge)
    with pytest.raises(ChallengeError, match=message):
        run_challenge(challenge, make_project("kinderopvang"), tmp_path / "x.gpkg")
    assert not list(tmp_path.iterdir())


def test_empty_layer_and_distance(make_project, sample_gpkg: Path, tmp_path: Path) -> None:
    empty = memory_copy(sample_gpkg, "kinderopvang", edit=lambda features: [])
    with pytest.raises(ChallengeError, match="has no features"):
        run_challenge(load_template("kinderopvang"), make_project(empty), tmp_path / "x.gpkg")
    challenge = load_template("kinderopvang")
    challenge.indicators[1].distance = 0  # bypassing the file validation must still fail clearly
    with pytest.raises(ChallengeError, match="distance greater than 0"):
        run_challenge(challenge, make_project("kinderopvang"), tmp_path / "x.gpkg")
    with pytest.raises(IndicatorError, match="distance greater than 0"):
        compute(Indicator(id="x", type="share_within", supply="s", distance=-1), None, {"s": None}, {})


def test_output_never_overwrites_an_input(make_project, sample_gpkg: Path, tmp_path: Path) -> None:
    copy = tmp_path / "stad.gpkg"
    copy.write_bytes(sample_gpkg.read_bytes())
    project = QgsProject()
    for name in ("statistische_sectoren", "kinderopvang"):
        project.addMapLayer(load_styled_layer(copy, name))
    try:
        with pytest.raises(ChallengeError, match="is one of the inputs"):
            run_challenge(load_template("kinderopvang"), project, copy)
    finally:
        project.clear()
    assert copy.read_bytes() == sample_gpkg.read_bytes()


class CancelAt:
    """A feedback that cancels once progress reaches ``percent``."""

    def __init__(self, percent: float) -> None:
        self.percent, self.progress = percent, 0.0

    def setProgress(self, value: float) -> None:  # noqa: N802 - QgsFeedback API
        self.progress = value

    def isCanceled(self) -> bool:  # noqa: N802 - QgsFeedback API
        return self.progress >= self.percent


@pytest.mark.parametrize("percent", [0, 20, 75])
def test_cancel_leaves_nothing(make_project, tmp_path: Path, percent: float) -> None:
    out = tmp_path / "results" / "kinderopvang.gpkg"
    with pytest.raises(Canceled):
        run_challenge(load_template("kinderopvang"), make_project("kinderopvang"), out, feedback=CancelAt(percent))
    assert not out.exists()
    assert not out.parent.exists() or not list(out.parent.iterdir())


def test_no_credentials_in_provenance() -> None:
    uri = ("dbname='stad' host=db.stad.be port=5432 user='planner' password='geheim' authcfg=ab12cd3 "
           "sslmode=require table=\"public\".\"kinderopvang\" (geom)")
    clean = strip_secrets(uri)
    assert "geheim" not in clean and "planner" not in clean and "table=" in clean
    assert "authcfg=ab12cd3" in clean, "an authcfg id is a reference to the user's own auth database, not a secret"
    assert strip_secrets("https://jan:geheim@wfs.stad.be/wfs?session=1&SERVICE=WFS") == \
        "https://wfs.stad.be/wfs?session=SLIMSTAD-REMOVED&SERVICE=WFS"


def test_ratio_never_divides_by_zero_or_null() -> None:
    from slimstad_plugin.core.analysis.indicators import FLAG_NO_RESIDENTS, ratio

    units = [shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10), shapely.box(20, 0, 30, 10)]
    facilities = [shapely.Point(5, 5), shapely.Point(15, 5), shapely.Point(25, 5), shapely.Point(26, 5)]
    result = ratio(units, facilities, np.array([10.0, 20.0, 30.0, np.nan]), np.array([0.0, np.nan, 60.0]), 100)
    assert np.isnan(result.values[0]) and np.isnan(result.values[1])
    assert result.values[2] == pytest.approx(50.0)  # the NULL capacity counts as 0
    assert result.flags == [FLAG_NO_RESIDENTS, FLAG_NO_RESIDENTS, ""]
    assert list(result.supply) == [10.0, 20.0, 30.0]
