"""The sample city generator: determinism, realism, and refusing to overwrite."""

import subprocess
import sys
from pathlib import Path

import pytest
from paths import REPO
from qgis.core import QgsVectorLayer

from slimstad_plugin.core.demo.sample_city import AGE_BANDS, SampleCityError, generate_city, write_city


def open_layer(gpkg: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("{}|layername={}".format(gpkg, name), name, "ogr")
    assert layer.isValid(), name
    return layer


def test_every_layer_written_in_lambert72(sample_gpkg: Path) -> None:
    expected = {"statistische_sectoren", "wijken", "kinderopvang", "scholen", "woonzorgcentra",
                "sociale_woningen", "parken", "haltes", "straten"}
    for name in expected:
        layer = open_layer(sample_gpkg, name)
        assert layer.crs().authid() == "EPSG:31370"
        assert layer.featureCount() > 0, name


def test_sectors_statbel_fields_and_age_bands_sum(sample_gpkg: Path) -> None:
    sectors = open_layer(sample_gpkg, "statistische_sectoren")
    assert 130 <= sectors.featureCount() <= 170
    codes = set()
    for feature in sectors.getFeatures():
        codes.add(feature["cd_sector"])
        assert feature["cd_munty_refnis"] == "12099"
        assert feature["tx_sector_descr_nl"]
        bands = sum(feature["inw_{}".format(band)] for band in AGE_BANDS)
        assert bands == feature["inw_totaal"]
        assert feature.geometry().isGeosValid()
    assert len(codes) == sectors.featureCount(), "cd_sector must be unique"
    wijken = open_layer(sample_gpkg, "wijken")
    assert 8 <= wijken.featureCount() <= 12


def test_inside_flanders_and_dense_centre() -> None:
    city = generate_city()
    minx, miny, maxx, maxy = city.outline.bounds
    # Lambert 72 box of Flanders (roughly 22 km to 260 km east, 150 km to 245 km north).
    assert 22_000 < minx < maxx < 260_000 and 150_000 < miny < maxy < 245_000
    rows = city.rows("statistische_sectoren")
    densities = sorted(((geom.centroid.distance(city.outline.centroid), attrs["inw_totaal"] / geom.area * 1e4)
                        for geom, attrs in rows), key=lambda pair: pair[0])
    centre = [d for _, d in densities[:20]]
    edge = [d for _, d in densities[-20:]]
    assert sum(centre) / 20 > 3 * sum(edge) / 20


def test_childcare_magnitude_and_gaps() -> None:
    city = generate_city()
    children = sum(attrs["inw_0_2"] for _, attrs in city.rows("statistische_sectoren"))
    places = sum(attrs["plaatsen"] for _, attrs in city.rows("kinderopvang"))
    assert 0.2 < places / children < 0.4  # about 3 places per 10 children 0-2
    # Uneven: some wijken have far fewer places per child than the city average.
    per_wijk = {}
    for geom, attrs in city.rows("wijken"):
        inside = sum(a["plaatsen"] for p, a in city.rows("kinderopvang") if geom.contains(p))
        per_wijk[attrs["wijk_code"]] = inside / max(attrs["inw_0_2"], 1)
    assert min(per_wijk.values()) < 0.5 * (places / children)


def test_street_network_is_connected() -> None:
    import shapely

    city = generate_city()
    streets = [geom for geom, _ in city.rows("straten")]
    merged = shapely.union_all(streets)
    # One connected component: polygonize-free check through a buffer of the network.
    assert shapely.get_num_geometries(shapely.union_all([s.buffer(0.01) for s in streets])) == 1
    assert merged.length > 100_000


def test_same_seed_same_city_other_seed_other_city() -> None:
    first = generate_city(seed=7).rows("statistische_sectoren")
    second = generate_city(seed=7).rows("statistische_sectoren")
    other = generate_city(seed=8).rows("statistische_sectoren")
    assert [a for _, a in first] == [a for _, a in second]
    assert [g.wkb for g, _ in first] == [g.wkb for g, _ in second]
    assert [a["inw_totaal"] for _, a in first] != [a["inw_totaal"] for _, a in other]


def test_existing_file_not_overwritten_without_force(tmp_path: Path, qgis_app) -> None:
    target = tmp_path / "stad.gpkg"
    target.write_bytes(b"precious")
    with pytest.raises(SampleCityError, match=r"already exists; choose another name, or give --force \(Processing"):
        write_city(target)
    assert target.read_bytes() == b"precious"
    with pytest.raises(SampleCityError, match="not a GeoPackage"):
        write_city(target, force=True)  # --force replaces sample layers, never a file that is something else
    assert target.read_bytes() == b"precious"
    target.unlink()
    write_city(target)
    import sqlite3

    with sqlite3.connect(str(target)) as conn:
        conn.execute("UPDATE gpkg_contents SET description = 'mine' WHERE table_name = 'scholen'")
        conn.execute("CREATE TABLE eigen (x)")
    inode = target.stat().st_ino
    write_city(target, seed=7, force=True)  # in place: same file, own table kept, sample layers replaced
    assert target.stat().st_ino == inode and open_layer(target, "wijken").featureCount() > 0
    with sqlite3.connect(str(target)) as conn:
        assert conn.execute("SELECT count(*) FROM eigen").fetchone() == (0,)
        assert conn.execute("SELECT description FROM gpkg_contents WHERE table_name = 'scholen'").fetchone() != (
            "mine",)


def test_cli_unwritable_path_clear_message(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "slimstad_plugin", "sample-city", str(tmp_path / "missing" / "x.gpkg")],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr
