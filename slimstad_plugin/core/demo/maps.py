"""``make demo`` step: the childcare challenge's planning map and its atlas per wijk."""

import logging
from pathlib import Path
from typing import List

from qgis.core import QgsProject

from ..maps.atlas import AtlasOptions
from ..maps.background import project_background, set_project_background
from ..maps.challenge_map import apply_challenge
from ..maps.errors import MapError
from ..maps.export import export_planning_map
from ..maps.layout_builder import PlanningMapRequest
from .sample_project import tag_sample_layers

LOGGER = logging.getLogger(__name__)


def demo_planning_maps(out_dir: Path, project_path: Path) -> List[Path]:
    """Write ``kinderopvang.pdf``/``.png`` and ``kinderopvang_wijken.pdf`` into ``out_dir``.

    Uses the childcare challenge results when the run step produced them; otherwise maps the sample city
    layers so the demo still ends with a planning map and an atlas.
    """
    out_dir = Path(out_dir)
    project = QgsProject()
    if not project.read(str(project_path)):
        raise MapError("Cannot read {}".format(project_path))
    try:
        tag_sample_layers(project)
        if project.mapLayersByName("Stratennet") and project_background(project) is None:
            set_project_background(project, "Stratennet")
        wijken = project.mapLayersByName("Wijken")
        produced: List[Path] = []
        for atlas, outputs in ((False, [out_dir / "kinderopvang.pdf", out_dir / "kinderopvang.png"]),
                               (True, [out_dir / "kinderopvang_wijken.pdf"])):
            request = _request(project, wijken[0] if atlas and wijken else None)
            result = export_planning_map(project, request, outputs[0], dpi=150, extra_outputs=outputs[1:],
                                         replace=True)
            produced.extend(result.paths)
        project.write()
        LOGGER.info("demo: planning maps written to %s", out_dir)
        return produced
    finally:
        project.clear()


def _request(project: QgsProject, atlas_layer: object) -> PlanningMapRequest:

    # The demo map is Dutch, whatever language QGIS runs in. The background (the sample city's streets, for
    # orientation) is the project's own choice (set in demo_planning_maps), so ``export`` of it draws the same.
    request = PlanningMapRequest(layout_name="Kinderopvang - atlas per wijk" if atlas_layer else "", language="nl")
    try:
        apply_challenge(project, "kinderopvang", request, "nl")
    except MapError as error:  # no challenge results: map the sample city itself
        LOGGER.warning("demo: %s; mapping the sample city layers instead", error)
        names = ("Kinderopvang", "Wijken", "Statistische sectoren")
        request.title = "Kinderopvang in Voorbeeldstad"
        request.layers = [project.mapLayersByName(name)[0] for name in names if project.mapLayersByName(name)]
    if atlas_layer is not None:
        request.atlas = AtlasOptions(atlas_layer, "wijk_naam")
    return request
