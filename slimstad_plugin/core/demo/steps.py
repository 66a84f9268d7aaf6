"""The demo: what ``make demo`` produces in ``out/``, from shared data to planning map.

Steps, in the order of the data flow: the sample city GeoPackage, its styled project and an overview PNG; the
childcare challenge run on that project (results GeoPackage and a PNG of its main map); the planning map and its
atlas per wijk.
"""

import logging
from pathlib import Path
from typing import List

from ..challenge.model import ChallengeError
from ..challenge.results import indicator_layer, map_indicator_id, open_layer
from ..challenge.run import open_project, run_challenge
from ..challenge.store import save_challenge
from ..challenge.templates import load_template
from ..layers.properties import layers_with_catalog_id
from ..layers.render import render_png
from .maps import demo_planning_maps
from .sample_city import write_city
from .sample_project import SECTOR_GROUPS, build_sample_project, tag_sample_layers

LOGGER = logging.getLogger(__name__)


def run_demo_steps(out_dir: Path) -> List[Path]:
    """Run every demo step into ``out_dir``; return the files written, each once."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / "voorbeeldstad.gpkg"
    write_city(gpkg, force=True)
    project_path = out_dir / "voorbeeldstad.qgz"
    _project, layers = build_sample_project(gpkg, project_path)
    ordered = [layers[name] for _, names in SECTOR_GROUPS for name in names]
    png = render_png(ordered, layers["statistische_sectoren"].extent(), out_dir / "voorbeeldstad.png")
    LOGGER.info("demo: sample city, project and map written to %s", out_dir)
    challenge_files = childcare_step(out_dir, project_path)
    map_files = demo_planning_maps(out_dir, project_path)
    produced = [gpkg, project_path, png, *challenge_files, *map_files]
    # The planning-map step redraws kinderopvang.png: list each file once.
    return list(dict.fromkeys(Path(path) for path in produced))


def childcare_step(out_dir: Path, project_path: Path) -> List[Path]:
    """The childcare template run on the sample city project, plus a PNG of its main map.

    The challenge is stored in the project, which is saved: whoever opens the demo project finds it in the
    "Opgaven" dock, ready to run again or to map."""
    project = open_project(project_path)
    tag_sample_layers(project)
    challenge = load_template("kinderopvang")
    save_challenge(project, challenge)
    if not project.write():
        raise ChallengeError(project.error())
    result = run_challenge(challenge, project)
    name = indicator_layer(map_indicator_id(challenge)) if challenge.indicators else result.layers[0]
    indicator = open_layer(result.output, name)
    facilities = layers_with_catalog_id(project, "voorbeeldstad.kinderopvang")
    png = render_png(facilities + [indicator], indicator.extent(), Path(out_dir) / "kinderopvang.png")
    LOGGER.info("demo: childcare challenge written to %s and %s", result.output, png)
    return [result.output, png]
