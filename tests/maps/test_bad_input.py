"""Planning maps with bad input: broken templates, unwritable outputs, empty atlases, restricted sources."""

import subprocess
from pathlib import Path
from typing import Dict, Iterator, Tuple

import pytest
from qgis.core import QgsLayoutUtils, QgsLegendRenderer, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.layers.properties import SourceInfo, set_source_info
from slimstad_plugin.core.maps.atlas import AtlasError, AtlasOptions
from slimstad_plugin.core.maps.errors import MapError
from slimstad_plugin.core.maps.export import export_planning_map
from slimstad_plugin.core.maps.layout_builder import PlanningMapRequest, RestrictedSourcesError
from slimstad_plugin.core.maps.request_check import InvalidOptionError


@pytest.fixture()
def city(qgis_app, sample_gpkg: Path, tmp_path: Path) -> Iterator[Tuple[QgsProject, Dict[str, QgsVectorLayer]]]:
    project, layers = build_sample_project(sample_gpkg, tmp_path / "stad.qgz")
    yield project, layers
    project.clear()


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def simple(layers: Dict[str, QgsVectorLayer], **kwargs: object) -> PlanningMapRequest:
    return PlanningMapRequest(title="Testkaart", layers=[layers["kinderopvang"], layers["wijken"]], **kwargs)


def test_broken_template_falls_back_and_says_so(city, tmp_path: Path) -> None:
    project, layers = city
    broken = tmp_path / "broken.qpt"
    broken.write_text("<Layout><not closed", encoding="utf-8")
    result = export_planning_map(project, simple(layers, template_path=broken), tmp_path / "m.pdf", dpi=72)
    assert any("broken.qpt" in w and "built-in" in w for w in result.warnings)
    assert "Testkaart" in text_of(tmp_path / "m.pdf")
    # An unknown template name or a template file that is not there is refused (fresh-eyes trial: a silent A4).
    with pytest.raises(InvalidOptionError, match="A4-landscape, A4-portrait, A3-landscape, A3-portrait"):
        export_planning_map(project, simple(layers, template="A5-nonsense"), tmp_path / "n.pdf", dpi=72)
    with pytest.raises(InvalidOptionError, match="geen.qpt"):
        export_planning_map(project, simple(layers, template_path=tmp_path / "geen.qpt"), tmp_path / "n.pdf", dpi=72)
    for dpi in (-5, 0, 29, 1201):
        with pytest.raises(InvalidOptionError, match="--dpi"):
            export_planning_map(project, simple(layers), tmp_path / "n.pdf", dpi=dpi)
    assert not (tmp_path / "n.pdf").exists()


def test_unwritable_output_is_a_clear_error_and_leaves_nothing(city, tmp_path: Path) -> None:
    project, layers = city
    with pytest.raises(MapError, match="does not exist"):
        export_planning_map(project, simple(layers), tmp_path / "no" / "such" / "m.pdf")
    blocker = tmp_path / "taken.pdf"
    blocker.mkdir()  # a folder where the PDF should go: the final move fails
    with pytest.raises(MapError, match="Cannot write"):
        export_planning_map(project, simple(layers), blocker, dpi=72)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stad.qgz", "taken.pdf"], "no temporary files left"
    with pytest.raises(MapError, match=r"\.pdf, \.png or \.svg"):
        export_planning_map(project, simple(layers), tmp_path / "m.docx")


def test_empty_atlas_coverage_is_refused(city, tmp_path: Path) -> None:
    project, layers = city
    empty = QgsVectorLayer("MultiPolygon?crs=EPSG:31370&field=naam:string", "Lege wijken", "memory")
    project.addMapLayer(empty)
    with pytest.raises(AtlasError, match="empty"):
        export_planning_map(project, simple(layers, atlas=AtlasOptions(empty)), tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()
    with pytest.raises(AtlasError, match="no areas"):
        export_planning_map(project, simple(layers, atlas=AtlasOptions(layers["kinderopvang"])), tmp_path / "a.pdf")


def test_restricted_source_needs_explicit_choice_and_marks_internal(city, tmp_path: Path) -> None:
    project, layers = city
    set_source_info(layers["kinderopvang"], SourceInfo(catalog_id="ko", owner="Kind en Gezin intern",
                                                       licence_type="internal", licence_name="Intern gebruik"))
    with pytest.raises(RestrictedSourcesError, match="Kinderopvang") as caught:
        export_planning_map(project, simple(layers), tmp_path / "m.pdf")
    assert [e.layer_name for e in caught.value.entries] == ["Kinderopvang"]
    assert not (tmp_path / "m.pdf").exists()
    result = export_planning_map(project, simple(layers, allow_restricted=True), tmp_path / "m.pdf", dpi=72)
    assert not result.public
    text = text_of(tmp_path / "m.pdf")
    assert "INTERNAL" in text and "Intern gebruik" in text and "Kind en Gezin intern" in text


def test_open_sources_only_is_marked_public(city, tmp_path: Path) -> None:
    project, layers = city
    for name in ("kinderopvang", "wijken"):
        set_source_info(layers[name], SourceInfo(catalog_id=name, owner="Stad", licence_type="open",
                                                 licence_name="CC0"))
    result = export_planning_map(project, simple(layers), tmp_path / "m.pdf", dpi=72)
    assert result.public and "Public" in text_of(tmp_path / "m.pdf")


def test_long_title_and_long_legend_do_not_crash(city, tmp_path: Path) -> None:
    project, layers = city
    many = []
    for index in range(28):
        clone = layers["parken"].clone()
        clone.setName("Zeer lange laagnaam voor een groene ruimte in de stad nummer {}".format(index))
        project.addMapLayer(clone)
        many.append(clone)
    title = "Een heel lange titel " * 15
    result = export_planning_map(project, PlanningMapRequest(title=title, layers=many + [layers["wijken"]]),
                                 tmp_path / "m.png", dpi=40)
    image = QImage(str(result.paths[0]))
    assert not image.isNull() and image.width() > 400
    layout = project.layoutManager().layoutByName(title)
    assert layout.itemById("title").font().pointSizeF() < 20, "a long title is set smaller"
    legend = layout.itemById("legend")
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    needed = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    assert needed.height() <= legend.rect().height() + 0.5 and needed.width() <= legend.rect().width() + 0.5
    assert not any("left out" in warning for warning in result.warnings), "every entry is printed somewhere"


def test_layer_that_cannot_be_read_is_noted_and_map_still_made(city, tmp_path: Path) -> None:
    project, layers = city
    gone = QgsVectorLayer(str(tmp_path / "weg.gpkg") + "|layername=x", "Verdwenen laag", "ogr")
    result = export_planning_map(project, PlanningMapRequest(title="Kaart", layers=[gone, layers["wijken"]]),
                                 tmp_path / "m.pdf", dpi=72)
    assert any("Verdwenen laag" in w for w in result.warnings)
    text = text_of(tmp_path / "m.pdf")
    assert "Verdwenen laag" in text and "could not be read" in text
    with pytest.raises(MapError, match="no layer"):
        export_planning_map(project, PlanningMapRequest(title="Kaart", layers=[gone]), tmp_path / "n.pdf")
