"""The cases of issue 16 (../shared/cases R01 R03 R05 R07 A09), each asserting its README's right value.

Inputs are generated here (small); the CLI runs in-process (tests/bad_input_support.run_cli), like the case
scripts run ``python -m slimstad_plugin``.
"""

import json
import zipfile
from pathlib import Path

import pytest
from bad_input_support import error_lines, make_city, replace_member, result_layers, run_cli, tree_hashes
from osgeo import ogr, osr

from slimstad_plugin import RESOURCES_DIR

GOOD_CATALOGUE = {"format": "slimstad-catalogue", "version": 1, "id": "goed", "title": {"nl": "goed"},
                  "entries": [{"id": "goed.punten", "title": {"nl": "Punten"}, "sector": "bevolking", "owner": "test",
                               "licence": {"type": "open"},
                               "source": {"type": "gpkg", "path": "goed.gpkg", "layer": "punten"}}]}


@pytest.fixture(scope="module")
def city(qgis_app, sample_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sample-city project (read-only here: tests copy what they change)."""
    return make_city(tmp_path_factory.mktemp("stad"), sample_gpkg)


def _points_gpkg(path: Path) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("punten", srs, ogr.wkbPoint)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT(150000 180000)"))
    layer.CreateFeature(feature)
    source = None


# --- R01: catalogues json.loads cannot take --------------------------------------------------------------------

def test_r01_unreadable_catalogues_are_one_line_each_and_the_others_are_checked(qgis_app, tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    header = dict(GOOD_CATALOGUE, extra="PLACEHOLDER")
    (tmp_path / "deep_in_header.json").write_text(json.dumps(header).replace(
        '"PLACEHOLDER"', '{"a": ' * 5000 + "1" + "}" * 5000), encoding="utf-8")
    (tmp_path / "bignum.json").write_text(json.dumps(dict(GOOD_CATALOGUE, n=0)).replace(
        '"n": 0', '"n": ' + "7" * 5000), encoding="utf-8")
    _points_gpkg(tmp_path / "goed.gpkg")
    (tmp_path / "goed.json").write_text(json.dumps(GOOD_CATALOGUE), encoding="utf-8")
    for name, problem in (("deep.json", "is not valid JSON: nested deeper than 64 levels"),
                          ("deep_in_header.json", "nested deeper than 64 levels"),
                          ("bignum.json", "a number with 5000 digits is too long")):
        code, output = run_cli(["catalog", "check", tmp_path / name, "--no-quality"])
        assert code == 2 and "Traceback" not in output, output
        lines = error_lines(output)
        assert len(lines) == 1 and name in lines[0] and problem in lines[0], output
    code, output = run_cli(["catalog", "check", tmp_path / "deep.json", tmp_path / "bignum.json",
                            tmp_path / "goed.json", "--no-quality"])
    assert code == 2 and "Traceback" not in output
    assert [name for name in ("deep.json", "bignum.json") if any(name in line for line in error_lines(output))] == [
        "deep.json", "bignum.json"]
    assert "[OK] goed.punten" in output, "the valid catalogue beside the bad ones is still checked"


# --- R03: malformed manifest.json ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def package(city: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pakket") / "pakket.zip"
    code, output = run_cli(["pack", city, "--out", out])
    assert code == 0, output
    return out


@pytest.mark.parametrize("name, change, where", [
    ("fmtver-str", lambda m: m.update(format_version="een"), "/format_version"),
    ("fmtver-list", lambda m: m.update(format_version=[2]), "/format_version"),
    ("layers-str", lambda m: m.update(layers=["x"]), "/layers/0"),
    ("manifest-deep", lambda m: "[" * 100_000, "line 1, column 65"),
    ("manifest-bignum", lambda m: json.dumps(dict(m, n=0)).replace('"n": 0', '"n": ' + "1" * 5000), "/n"),
    # Same kind (R04): paths in the manifest that leave the package are refused before anything is moved.
    ("challenge-outside", lambda m: m.update(challenges=["../../../etc/passwd"]), "/challenges/0"),
    ("project-absolute", lambda m: m.update(project="/etc/passwd"), "/project"),
    ("file-outside", lambda m: m["files"][0].update(path="data/../../x.gpkg"), "/files/0/path"),
])
def test_r03_malformed_manifest_is_refused_and_nothing_is_left_behind(package: Path, tmp_path: Path, name: str,
                                                                      change, where: str) -> None:
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    changed = change(manifest)
    text = changed if isinstance(changed, str) else json.dumps(manifest)
    broken = replace_member(package, tmp_path / "{}.zip".format(name), "manifest.json", text.encode("utf-8"))
    code, output = run_cli(["unpack", broken, "--to", tmp_path / name])
    assert code == 2 and "Traceback" not in output, output
    lines = error_lines(output)
    assert len(lines) == 1 and "manifest.json is incomplete or cannot be read" in lines[0] and where in lines[0]
    assert not (tmp_path / name).exists(), "the --to folder was left behind"


# --- R05: a Latin-1 challenge file beside the project ------------------------------------------------------------

def _latin1_challenge(path: Path) -> bytes:
    text = (RESOURCES_DIR / "challenges" / "kinderopvang.slimstad.json").read_text(encoding="utf-8")
    data = text.replace("Kinderopvang", "Kinderopvang (crèche à Gent)", 1).encode("latin-1")
    path.write_bytes(data)
    return data


def test_r05_pack_leaves_out_an_unreadable_challenge_it_found_and_refuses_one_it_was_given(
        city: Path, tmp_path: Path) -> None:
    folder = tmp_path / "stad"
    make_city(folder, city.parent / "voorbeeldstad.gpkg")
    _latin1_challenge(folder / "oud.slimstad.json")
    before = tree_hashes(folder)
    code, output = run_cli(["pack", folder / "voorbeeldstad.qgz", "--out", tmp_path / "o.zip"])
    assert code == 0 and "Traceback" not in output, output
    warning = [line for line in output.splitlines() if "warning" in line.lower() and "oud.slimstad.json" in line]
    assert warning and "Latin-1" in warning[0] and "UTF-8" in warning[0], output
    with zipfile.ZipFile(tmp_path / "o.zip") as archive:
        assert not [name for name in archive.namelist() if name.endswith("oud.slimstad.json")]
    code, output = run_cli(["pack", folder / "voorbeeldstad.qgz", "--out", tmp_path / "p.zip",
                            "--challenge", folder / "oud.slimstad.json"])
    assert code == 2 and "Traceback" not in output
    assert "oud.slimstad.json" in error_lines(output)[0] and not (tmp_path / "p.zip").exists()
    assert tree_hashes(folder) == before, "pack changed the project folder"


# --- R07: a challenge file with a UTF-8 BOM ----------------------------------------------------------------------

def test_r07_challenge_with_bom_runs_like_without(city: Path, tmp_path: Path) -> None:
    body = (RESOURCES_DIR / "challenges" / "kinderopvang.slimstad.json").read_bytes()
    (tmp_path / "zonder_bom.slimstad.json").write_bytes(body)
    (tmp_path / "bom.slimstad.json").write_bytes(b"\xef\xbb\xbf" + body)
    code, output = run_cli(["run", tmp_path / "zonder_bom.slimstad.json", "--project", city,
                            "--out", tmp_path / "control.gpkg"])
    assert code == 0, output
    code, output = run_cli(["run", tmp_path / "bom.slimstad.json", "--project", city, "--out", tmp_path / "r.gpkg"])
    assert code == 0, output
    assert result_layers(tmp_path / "r.gpkg") == result_layers(tmp_path / "control.gpkg") == {
        "bereikbaarheid": 150, "plaatsen_per_100": 150}


# --- A09: an official Statbel CSV ------------------------------------------------------------------------------

STATBEL = ("\ufeffCD_REFNIS,CD_SECTOR,TOTAL,TX_DESCR_SECTOR_NL,TX_DESCR_NL\r\n"
           "44021,44021A00-,2310,GENT-CENTRUM,Gent\r\n44021,44021A01-,1875,KOUTER,Gent\r\n"
           "44021,44021A021,964,SINT-JACOBS,Gent\r\n24062,24062A00-,3127,LEUVEN-CENTRUM,Leuven\r\n"
           "24062,24062A19-,0,VAARTKOM,Leuven\r\n")


def _statbel_catalogue(folder: Path, csv_name: str) -> Path:
    catalogue = {"format": "slimstad-catalogue", "version": 1, "id": "test", "title": {"nl": "Test"},
                 "data_dir": "data",
                 "entries": [{"id": "test.bevolking_sector", "title": {"nl": "Bevolking per statistische sector"},
                              "sector": "bevolking", "owner": "Statbel",
                              "licence": {"type": "open", "name": "Statbel open data"},
                              "source": {"type": "file", "path": csv_name},
                              "fields": {"area_id": "CD_SECTOR", "municipality_id": "CD_REFNIS",
                                         "residents_total": "TOTAL"}}]}
    path = folder / "catalogue.json"
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    return path


def _check(catalogue: Path, out: Path) -> dict:
    code, output = run_cli(["catalog", "check", catalogue, "--json", out])
    assert code == 0 and "Traceback" not in output, output
    return json.loads(out.read_text(encoding="utf-8"))["entries"][0]


def test_a09_statbel_csv_is_a_table_with_numbers_and_text_codes(qgis_app, tmp_path: Path) -> None:
    from slimstad_plugin.core.catalogue.loader import load_catalogue
    from slimstad_plugin.core.catalogue.sources import provider_and_uri
    from slimstad_plugin.core.layers.tables import read_table

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "bevolking_sector.csv").write_bytes(STATBEL.encode("utf-8"))
    catalogue = _statbel_catalogue(tmp_path, "bevolking_sector.csv")
    before = tree_hashes(tmp_path / "data")
    entry = _check(catalogue, tmp_path / "check.json")
    assert entry["health"]["status"] == "ok" and entry["health"]["feature_count"] == 5, entry["health"]
    assert entry["quality"]["issues"] == []
    table = read_table(tmp_path / "data" / "bevolking_sector.csv", "t", ["CD_SECTOR", "CD_REFNIS"])
    kinds = {field.name(): field.type() for field in table.fields()}
    from qgis.PyQt.QtCore import QVariant
    assert kinds["TOTAL"] == QVariant.LongLong
    assert kinds["CD_SECTOR"] == kinds["CD_REFNIS"] == QVariant.String
    rows = [feature.attributes() for feature in table.getFeatures()]
    assert rows[0][:3] == ["44021", "44021A00-", 2310] and not table.isSpatial()
    # The project layer QGIS gets: a geometry-less delimited-text table with TOTAL as a number.
    _kind, provider, uri = provider_and_uri(load_catalogue(catalogue).entries[0])
    from qgis.core import QgsVectorLayer
    layer = QgsVectorLayer(uri, "t", provider)
    assert provider == "delimitedtext" and layer.isValid() and not layer.isSpatial() and layer.featureCount() == 5
    assert layer.fields().field("TOTAL").isNumeric() and layer.fields().field("CD_SECTOR").type() == QVariant.String
    assert tree_hashes(tmp_path / "data") == before, "no .csvt or anything else written beside the data"


def test_a09_semicolon_statbel_csv_with_decimal_comma_and_leading_zeros(qgis_app, tmp_path: Path) -> None:
    from qgis.PyQt.QtCore import QVariant

    from slimstad_plugin.core.layers.tables import read_table

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "s.csv").write_bytes(
        "\ufeffCD_REFNIS;CD_SECTOR;TOTAL;AANDEEL;CODE\r\n01234;01234A00-;2310;1,5;0042\r\n"
        "44021;44021A01-;1875;2,25;0100\r\n".encode("utf-8"))
    entry = _check(_statbel_catalogue(tmp_path, "s.csv"), tmp_path / "check.json")
    assert entry["health"]["status"] == "ok" and entry["quality"]["issues"] == []
    table = read_table(tmp_path / "data" / "s.csv", "s", ["CD_SECTOR", "CD_REFNIS"])
    rows = [feature.attributes() for feature in table.getFeatures()]
    assert rows[0] == ["01234", "01234A00-", 2310, 1.5, "0042"], "codes and leading zeros kept as text"
    assert table.fields().field("AANDEEL").type() == QVariant.Double


def test_a09_real_statbel_table_first_rows(qgis_app, shared_data: Path, tmp_path: Path) -> None:
    source = shared_data / "be_population_per_statsec_2023" / "statistical_sector_data.csv"
    lines = source.read_bytes().split(b"\n")[:21]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "statbel.csv").write_bytes(b"\n".join(lines) + b"\n")
    entry = _check(_statbel_catalogue(tmp_path, "statbel.csv"), tmp_path / "check.json")
    assert entry["health"]["status"] == "ok" and entry["health"]["feature_count"] == 20
    assert entry["quality"]["issues"] == [], entry["quality"]["issues"]


def test_a09_words_in_a_count_column_are_named(qgis_app, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    text = STATBEL.replace(",1875,", ",n.v.t.,").replace(",964,", ",onbekend,")
    (tmp_path / "data" / "b.csv").write_bytes(text.encode("utf-8"))
    entry = _check(_statbel_catalogue(tmp_path, "b.csv"), tmp_path / "check.json")
    issues = entry["quality"]["issues"]
    assert [issue["check"] for issue in issues] == ["not_numbers"]
    assert issues[0]["message"] == "2 values in field TOTAL are not numbers, e.g. 'n.v.t.', 'onbekend'"
