"""The shipped sample catalogue works from a fresh install (issue 18, point 1): the data folder comes from the
one settings module, "create sample city" puts the data exactly where the catalogue looks, nothing is
overwritten, and a missing file is named in words, not as a GDAL URI."""

import hashlib
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsSettings, QgsVectorLayer

from slimstad_plugin.core.base.settings import DATA_DIR_VARIABLE, SlimStadSettings, default_data_dir
from slimstad_plugin.core.catalogue.health import check_entry
from slimstad_plugin.core.catalogue.layers import layer_from_entry
from slimstad_plugin.core.catalogue.loader import load_catalogue
from slimstad_plugin.core.catalogue.sources import LayerCreationError, missing_data_problem
from slimstad_plugin.core.demo.sample_city import SampleCityError
from slimstad_plugin.core.demo.sample_project import SAMPLE_CATALOGUE, create_sample_city
from slimstad_plugin.core.layers.properties import CATALOG_ID_PROPERTY


@pytest.fixture()
def clean_settings(qgis_app, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    QgsSettings().remove("slimstad/data_dir")
    yield
    QgsSettings().remove("slimstad/data_dir")


def test_data_folder_setting_env_and_default(clean_settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = SlimStadSettings.load()
    assert settings.configured_data_dir() == ""
    # Nothing configured: a folder of the user's profile, never the plugin folder (replaced on update).
    assert settings.sample_data_dir() == default_data_dir()
    assert "plugins" not in default_data_dir().parts
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "rollout"))
    assert SlimStadSettings.load().sample_data_dir() == tmp_path / "rollout"
    settings = SlimStadSettings.load()
    settings.data_dir = str(tmp_path / "mine")
    settings.save()  # chosen once, remembered: it wins over the roll-out's variable
    assert SlimStadSettings.load().data_dir == str(tmp_path / "mine")
    assert SlimStadSettings.load().sample_data_dir() == tmp_path / "mine"


def test_fresh_install_catalogue_names_the_missing_file(qgis_app, tmp_path: Path) -> None:
    entry = load_catalogue(SAMPLE_CATALOGUE, data_dir=tmp_path / "empty").entries[0]
    problem = missing_data_problem(entry)
    assert "voorbeeldstad.gpkg" in problem and str(tmp_path / "empty") in problem
    with pytest.raises(LayerCreationError) as raised:
        layer_from_entry(entry)
    assert "layername=" not in str(raised.value) and "voorbeeldstad.gpkg" in str(raised.value)


def test_create_sample_city_where_the_catalogue_looks(qgis_app, tmp_path: Path) -> None:
    folder = tmp_path / "data folder"
    city = create_sample_city(folder)
    assert city.written == [folder / "voorbeeldstad.gpkg", folder / "voorbeeldstad.qgz"]
    catalogue = load_catalogue(SAMPLE_CATALOGUE, data_dir=folder)
    results = [check_entry(entry, timeout_s=5) for entry in catalogue.entries]
    broken = [(r.entry_id, r.message) for r in results if not r.ok]
    assert len(results) == 9 and broken == []  # "0 of 9 layers not reachable"
    project = QgsProject()
    assert project.read(str(city.project))
    layers = list(project.mapLayers().values())
    assert len(layers) == 9 and all(layer.isValid() and layer.featureCount() > 0 for layer in layers)
    assert {layer.customProperty(CATALOG_ID_PROPERTY) for layer in layers} == {e.id for e in catalogue.entries}
    assert project.crs().authid() == "EPSG:31370"
    # Relative paths: the folder can be moved or shared.
    assert "./voorbeeldstad.gpkg" in _project_xml(city.project)
    order = [group.name() for group in project.layerTreeRoot().children()]
    assert len(order) == 7  # one group per sector, childcare on top, population at the bottom
    assert project.layerTreeRoot().children()[-1].findLayers()[0].layer().customProperty(
        CATALOG_ID_PROPERTY) in ("voorbeeldstad.wijken", "voorbeeldstad.statistische_sectoren")
    project.clear()


def test_existing_files_are_kept_and_foreign_data_refused(qgis_app, tmp_path: Path) -> None:
    folder = tmp_path / "city"
    create_sample_city(folder)
    before = {path.name: _digest(path) for path in folder.iterdir()}
    again = create_sample_city(folder)
    assert again.written == []
    assert {path.name: _digest(path) for path in folder.iterdir()} == before
    other = tmp_path / "other"
    other.mkdir()
    foreign = other / "voorbeeldstad.gpkg"
    foreign.write_bytes(b"not a sample city")
    with pytest.raises(SampleCityError, match="not the sample city"):
        create_sample_city(other)
    assert foreign.read_bytes() == b"not a sample city"
    assert sorted(p.name for p in other.iterdir()) == ["voorbeeldstad.gpkg"]


def test_project_made_by_an_earlier_run_is_not_replaced(qgis_app, tmp_path: Path) -> None:
    folder = tmp_path / "city"
    folder.mkdir()
    project_file = folder / "voorbeeldstad.qgz"
    project_file.write_bytes(b"the user's own project")
    city = create_sample_city(folder)
    assert city.written == [folder / "voorbeeldstad.gpkg"]
    assert project_file.read_bytes() == b"the user's own project"
    assert QgsVectorLayer("{}|layername=kinderopvang".format(city.gpkg), "k", "ogr").featureCount() > 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _project_xml(path: Path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".qgs"))
        return archive.read(name).decode("utf-8")
