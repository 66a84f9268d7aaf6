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
