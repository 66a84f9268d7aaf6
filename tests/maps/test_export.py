"""Planning maps rendered by QGIS's layout engine, read back from the PDF text layer and PNG pixels."""

import subprocess
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import pytest
from pypdf import PdfReader
from qgis.core import QgsFeedback, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from slimstad_plugin import plugin_version
from slimstad_plugin.core.base.errors import Canceled
from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.layers.properties import SourceInfo, set_source_info
from slimstad_plugin.core.maps.atlas import AtlasOptions
from slimstad_plugin.core.maps.export import export_atlas, export_planning_map
from slimstad_plugin.core.maps.layout_builder import PlanningMapRequest, build_planning_layout
from slimstad_plugin.core.maps.sources_block import Provenance
from slimstad_plugin.core.maps.templates import ITEM_IDS, item_boxes, page_size

OWNERS = {
    "kinderopvang": ("Agentschap Opgroeien", "open", "CC BY 4.0", "2024-05-01T08:00:00"),
    "wijken": ("Dienst Data en Informatie", "open", "Modellicentie Gratis Hergebruik", "2024-01-15"),
    "statistische_sectoren": ("Statbel", "open", "Licence Ouverte Statbel", "2023-01-01"),
}


@pytest.fixture()
def city(qgis_app, sample_gpkg: Path, tmp_path: Path) -> Iterator[Tuple[QgsProject, Dict[str, QgsVectorLayer]]]:
    """The sample project with catalogue metadata on three layers (scholen stays without)."""
    project, layers = build_sample_project(sample_gpkg, tmp_path / "stad.qgz")
    for name, (owner, kind, licence, updated) in OWNERS.items():
        set_source_info(layers[name], SourceInfo(catalog_id=name, title=name, owner=owner, licence_type=kind,
                                                 licence_name=licence, last_update=updated))
    yield project, layers
    # Free layouts and layers while QGIS still runs (not at interpreter exit, which crashes).
    project.clear()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def request_for(layers: Dict[str, QgsVectorLayer], **kwargs: object) -> PlanningMapRequest:
    names = kwargs.pop("names", ("kinderopvang", "scholen", "wijken", "statistische_sectoren"))
    return PlanningMapRequest(title="Kinderopvang in Voorbeeldstad", subtitle="Waar ontbreekt opvang?",
                              layers=[layers[n] for n in names], author="Test Planner",
                              department="Dienst Ruimtelijke Planning", **kwargs)


def test_pdf_text_has_title_legend_every_owner_and_provenance(city, tmp_path: Path) -> None:
    project, layers = city
    provenance = Provenance("kinderopvang", "2sfca", {"distance": 800})
    result = export_planning_map(project, request_for(
        layers, provenance=provenance, indicator_layer=layers["statistische_sectoren"],
        indicator_field="inw_0_2", label_field="tx_sector_descr_nl", top_n=5), tmp_path / "map.pdf", dpi=96)
    assert result.paths == [tmp_path / "map.pdf"]
    assert len(PdfReader(str(tmp_path / "map.pdf")).pages) == 1
    text = pdf_text(tmp_path / "map.pdf")
    assert "Kinderopvang in Voorbeeldstad" in text and "Waar ontbreekt opvang?" in text
    for legend_entry in ("Kinderopvang", "Scholen", "Wijken", "Statistische sectoren"):
        assert legend_entry in text
    for owner, _kind, licence, _updated in OWNERS.values():
        assert owner in text and licence in text
    assert "Scholen: source unknown" in text, "a layer without catalogue metadata must be listed, not omitted"
    assert "updated 2024-05-01" in text
    assert "kinderopvang" in text and "2sfca" in text and "distance=800" in text and plugin_version() in text
    assert "Test Planner" in text and "Dienst Ruimtelijke Planning" in text
    # Not every licence is known (scholen), so the map must not claim to be public.
    assert not result.public
    assert "[%" not in text


def test_atlas_pdf_has_one_page_per_wijk(city, tmp_path: Path) -> None:
    project, layers = city
    wijken = layers["wijken"]
    sectors = layers["statistische_sectoren"]
    result = export_planning_map(project, request_for(layers, atlas=AtlasOptions(wijken, "wijk_naam"),
                                                      indicator_layer=sectors, indicator_field="inw_0_2",
                                                      label_field="cd_sector", top_n=6),
                                 tmp_path / "atlas.pdf", dpi=72)
    assert result.pages == wijken.featureCount() > 1
    reader = PdfReader(str(tmp_path / "atlas.pdf"))
    assert len(reader.pages) == wijken.featureCount()
    names = sorted(f["wijk_naam"] for f in wijken.getFeatures())
    first_page = reader.pages[0].extract_text()
    assert names[0] in first_page, "pages are sorted by name and the subtitle names the wijk"
    assert names[-1] in reader.pages[-1].extract_text()
    # The table on each page lists only sectors of that page's wijk.
    all_codes = {f["cd_sector"]: f["wijk_naam"] for f in sectors.getFeatures()}
    for page, name in ((0, names[0]), (len(names) - 1, names[-1])):
        text = subprocess.run(["pdftotext", "-f", str(page + 1), "-l", str(page + 1), "-layout",
                               str(tmp_path / "atlas.pdf"), "-"], check=True, capture_output=True, text=True).stdout
        printed = {token for token in text.split() if token in all_codes}
        assert printed and {all_codes[code] for code in printed} == {name}, (name, printed)


def test_atlas_png_per_page_named_from_expression(city, tmp_path: Path) -> None:
    project, layers = city
    wijken = layers["wijken"]
    out = tmp_path / "pngs"
    out.mkdir()
    result = export_planning_map(project, request_for(layers, atlas=AtlasOptions(wijken, "wijk_naam"),
                                                      layout_name="wijkkaart"), out / "wijk.png", dpi=30)
    assert len(result.paths) == wijken.featureCount()
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.paths)
    # Named after the requested file (wijk.png): <stem>_<page number>_<clean page name>.png, no spaces.
    assert all(p.name.startswith("wijk_") and " " not in p.name for p in result.paths)
    centrum = [p for p in result.paths if "Centrum" in p.name]
    assert centrum, [p.name for p in result.paths]


@pytest.mark.parametrize("suffix", ["pdf", "png"])
def test_atlas_export_canceled_between_pages_writes_nothing(city, tmp_path: Path, suffix: str) -> None:
    """The dialog's cancel: progress reaches the feedback page by page; a cancel ends the export, nothing written."""
    project, layers = city
    built = build_planning_layout(project, request_for(layers, atlas=AtlasOptions(layers["wijken"], "wijk_naam")))
    feedback = QgsFeedback()
    seen: List[float] = []

    def progress(value: float) -> None:
        seen.append(value)
        if value > 0:
            feedback.cancel()  # after the first page

    feedback.progressChanged.connect(progress)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Canceled):
        export_atlas(built.layout, out / "wijk.{}".format(suffix), dpi=30, feedback=feedback)
    assert seen and max(seen) < 100
    assert list(out.iterdir()) == [], "a canceled export leaves no file, not even a staging folder"


def _non_white(image: QImage, box: Tuple[float, float, float, float], px_per_mm: float) -> int:
    x0, y0, w, h = (int(v * px_per_mm) for v in box)
    white = QColor(255, 255, 255).rgb()
    count = 0
    for y in range(y0, min(y0 + h, image.height()), 2):
        for x in range(x0, min(x0 + w, image.width()), 2):
            if image.pixel(x, y) != white:
                count += 1
    return count


def test_png_size_not_blank_and_legend_drawn(city, tmp_path: Path) -> None:
    project, layers = city
    dpi = 100
    export_planning_map(project, request_for(layers, template="A4-portrait"), tmp_path / "map.png", dpi=dpi)
    image = QImage(str(tmp_path / "map.png"))
    width_mm, height_mm = page_size("A4-portrait")
    assert abs(image.width() - width_mm / 25.4 * dpi) <= 1 and abs(image.height() - height_mm / 25.4 * dpi) <= 1
    boxes = item_boxes(width_mm, height_mm)
    px_per_mm = dpi / 25.4
    map_box = boxes["main_map"]
    inner = (map_box[0] + 5, map_box[1] + 20, map_box[2] - 10, map_box[3] - 25)
    assert _non_white(image, inner, px_per_mm) > 0.3 * (inner[2] * inner[3] * px_per_mm ** 2 / 4)
    assert _non_white(image, boxes["legend"], px_per_mm) > 200, "the legend area is empty"


def test_layout_stored_editable_and_replaced(city, tmp_path: Path) -> None:
    project, layers = city
    request = request_for(layers, layout_name="Planningskaart")
    export_planning_map(project, request, tmp_path / "a.pdf", dpi=72)
    request.title = "Tweede versie"
    export_planning_map(project, request, tmp_path / "b.pdf", dpi=72)
    layouts = [layout for layout in project.layoutManager().printLayouts() if layout.name() == "Planningskaart"]
    assert len(layouts) == 1
    assert layouts[0].itemById("title").text() == "Tweede versie"
    project.write(str(tmp_path / "with_layout.qgz"))
    reopened = QgsProject()
    assert reopened.read(str(tmp_path / "with_layout.qgz"))
    layout = reopened.layoutManager().layoutByName("Planningskaart")
    assert layout is not None
    for item_id in ITEM_IDS:
        if item_id not in ("indicator_table", "indicator_table_caption"):  # no indicator: no table
            assert layout.itemById(item_id) is not None, item_id


def test_svg_export_is_vector_with_text(city, tmp_path: Path) -> None:
    project, layers = city
    result = export_planning_map(project, request_for(layers, template="A3-landscape"), tmp_path / "map.svg", dpi=72)
    content = result.paths[0].read_text(encoding="utf-8")
    assert content.lstrip().startswith("<?xml") and "<svg" in content
    assert "Kinderopvang in Voorbeeldstad" in content and "<path" in content
