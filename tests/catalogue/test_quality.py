"""Quality check of real GeoPackage layers with planted problems; CSV and HTML reports."""

import csv
from pathlib import Path

from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorFileWriter, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from slimstad_plugin.core.catalogue.model import CatalogueEntry
from slimstad_plugin.core.catalogue.quality import check_entry_quality, export_csv, export_html

SQUARE = "POLYGON(({x} 184000, {x2} 184000, {x2} 184100, {x} 184100, {x} 184000))"
BOWTIE = "POLYGON((157000 184000, 157100 184100, 157100 184000, 157000 184100, 157000 184000))"


def write_layer(path: Path, rows: list, crs: str = "EPSG:31370") -> None:
    """rows: (wkt or None, code, inwoners as given)."""
    memory = QgsVectorLayer("Polygon?crs={}".format(crs), "wijken", "memory")
    provider = memory.dataProvider()
    provider.addAttributes([QgsField("code", QVariant.String), QgsField("inwoners", QVariant.String)])
    memory.updateFields()
    features = []
    for wkt, code, residents in rows:
        feature = QgsFeature(memory.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes([code, residents])
        features.append(feature)
    provider.addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "wijken"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), memory.transformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError


def test_planted_problems_are_found(qgis_app, tmp_path: Path) -> None:
    gpkg = tmp_path / "slecht.gpkg"
    write_layer(gpkg, [
        (SQUARE.format(x=157000, x2=157100), "W1", "100"),
        (BOWTIE, "W2", "200"),                                  # self-intersecting
        (None, "W3", "300"),                                    # no geometry
        (SQUARE.format(x=157200, x2=157300), "W1", None),       # duplicate id, empty count
        (SQUARE.format(x=900000, x2=900100), "W5", "500"),      # far outside the city
    ])
    entry = CatalogueEntry("test.wijken", {"nl": "Wijken"}, source={"type": "gpkg", "path": str(gpkg),
                                                                     "layer": "wijken"},
                           fields={"area_id": "code", "residents_total": "inwoners", "area_name": "naam"},
                           extent=[150000, 177000, 164000, 191000], extent_crs="EPSG:31370")
    report = check_entry_quality(entry)
    issues = {issue.check: issue for issue in report.issues}
    assert report.feature_count == 5
    assert issues["invalid_geometry"].count == 1 and issues["invalid_geometry"].examples == [2]
    assert issues["empty_geometry"].count == 1 and issues["empty_geometry"].examples == [3]
    assert issues["duplicate_id"].count == 1 and issues["duplicate_id"].examples == ["W1"]
    assert issues["outside_extent"].examples == [5]
    assert issues["field_type"].severity == "error" and "inwoners" in issues["field_type"].message
    assert issues["missing_field"].message.startswith("field 'naam'")
    assert report.null_shares["inwoners"] == 0.2 and report.null_shares["code"] == 0.0
    assert report.has_errors


def test_clean_sample_layer_has_no_errors(qgis_app, sample_gpkg: Path) -> None:
    from slimstad_plugin.core.base.semantic_roles import SAMPLE_CITY_ROLES

    entry = CatalogueEntry("v.sectoren", {"nl": "Sectoren"}, source={
        "type": "gpkg", "path": str(sample_gpkg), "layer": "statistische_sectoren"},
        fields=SAMPLE_CITY_ROLES["statistische_sectoren"], extent=[150000, 177000, 164000, 191000],
        extent_crs="EPSG:31370")
    report = check_entry_quality(entry)
    assert report.feature_count == 150 and report.issues == []


def test_unexpected_crs(qgis_app, tmp_path: Path) -> None:
    gpkg = tmp_path / "wgs.gpkg"
    write_layer(gpkg, [("POLYGON((4.4 51.0, 4.5 51.0, 4.5 51.1, 4.4 51.0))", "A", "1")], crs="EPSG:4326")
    entry = CatalogueEntry("x", {"nl": "x"}, source={"type": "gpkg", "path": str(gpkg), "layer": "wijken"},
                           extent=[150000, 177000, 164000, 191000], extent_crs="EPSG:31370")
    report = check_entry_quality(entry)
    # Reprojected, the extent still holds the feature (it lies near Mechelen): only the CRS is reported.
    assert [issue.check for issue in report.issues] == ["crs"]


def test_reports_export_escaped(qgis_app, tmp_path: Path) -> None:
    gpkg = tmp_path / "x.gpkg"
    write_layer(gpkg, [(BOWTIE, "<script>alert(1)</script>", "1"), (BOWTIE, "<script>alert(1)</script>", "2")])
    entry = CatalogueEntry("x<b>", {"nl": "Wijken <i>"}, source={"type": "gpkg", "path": str(gpkg),
                                                                  "layer": "wijken"}, fields={"area_id": "code"})
    report = check_entry_quality(entry)
    html_path = export_html([report], tmp_path / "rapport.html")
    text = html_path.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text and "x&lt;b&gt;" in text
    rows = list(csv.DictReader((tmp_path / "r.csv").open() if export_csv([report], tmp_path / "r.csv") else []))
    assert {row["check"] for row in rows} == {"invalid_geometry", "duplicate_id"}
    assert rows[0]["entry_id"] == "x<b>"
