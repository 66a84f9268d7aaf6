"""Kind 1 in Processing: an output that is one of the inputs is refused before any work (processing/base.py)."""

import hashlib
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer


def test_output_over_the_input_geopackage_is_refused(slimstad_processing, sample_gpkg: Path, tmp_path: Path) -> None:
    import processing  # lazy: the Processing framework is only importable once QGIS is initialised

    gpkg = tmp_path / "stad.gpkg"
    shutil.copyfile(sample_gpkg, gpkg)
    before = hashlib.sha256(gpkg.read_bytes()).hexdigest()
    layer = QgsVectorLayer("{}|layername=scholen".format(gpkg), "scholen", "ogr")
    with pytest.raises(QgsProcessingException, match="is one of the inputs"):
        processing.run("slimstad:snapshot_layer", {"INPUT": layer, "OUTPUT": str(tmp_path / "STAD.gpkg")})
    assert hashlib.sha256(gpkg.read_bytes()).hexdigest() == before
    result = processing.run("slimstad:snapshot_layer", {"INPUT": layer, "OUTPUT": str(tmp_path / "kopie.gpkg")})
    assert result["FEATURE_COUNT"] == layer.featureCount()


def test_a_layer_output_never_replaces_a_geopackage_holding_other_layers(slimstad_processing, sample_gpkg: Path,
                                                                         tmp_path: Path) -> None:
    """QGIS's file writer recreates a GeoPackage it is pointed at: the colleague's other layers would be gone."""
    import processing  # lazy: the Processing framework is only importable once QGIS is initialised

    shared = tmp_path / "gedeeld.gpkg"
    shutil.copyfile(sample_gpkg, shared)
    before = hashlib.sha256(shared.read_bytes()).hexdigest()
    layers = [QgsVectorLayer("{}|layername={}".format(sample_gpkg, name), name, "ogr")
              for name in ("scholen", "kinderopvang")]
    parameters = {"LAYERS": layers, "DISTANCE": 150.0, "MIN_SECTORS": 2, "GEOMETRY": 0}
    with pytest.raises(QgsProcessingException, match="holds other layers"):
        processing.run("slimstad:multi_use_sites", dict(parameters, OUTPUT=str(shared)))
    assert hashlib.sha256(shared.read_bytes()).hexdigest() == before
    own = tmp_path / "sites.gpkg"
    processing.run("slimstad:multi_use_sites", dict(parameters, OUTPUT=str(own)))
    processing.run("slimstad:multi_use_sites", dict(parameters, OUTPUT=str(own)))  # its own earlier result: fine
