"""The demo: what ``make demo`` produces in ``out/``. Later features append their steps here."""

import logging
from pathlib import Path
from typing import List

from .render import render_png
from .sample_city import write_city
from .sample_project import SECTOR_GROUPS, build_sample_project

LOGGER = logging.getLogger(__name__)


def run_demo_steps(out_dir: Path) -> List[Path]:
    """Generate the sample city, its styled project and an overview PNG; return the files written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg = out_dir / "voorbeeldstad.gpkg"
    write_city(gpkg, force=True)
    project_path = out_dir / "voorbeeldstad.qgz"
    _project, layers = build_sample_project(gpkg, project_path)
    ordered = [layers[name] for _, names in SECTOR_GROUPS for name in names]
    png = render_png(ordered, layers["statistische_sectoren"].extent(), out_dir / "voorbeeldstad.png")
    LOGGER.info("demo: sample city, project and map written to %s", out_dir)
    from .challenge_run import demo_childcare  # the childcare challenge on that project

    challenge_files = demo_childcare(out_dir, project_path)
    from .maps.demo_maps import demo_planning_maps  # planning map + atlas per wijk of that challenge

    map_files = demo_planning_maps(out_dir, project_path)
    produced = [gpkg, project_path, png, *challenge_files, *map_files]
    # The planning-map step redraws kinderopvang.png: list each file once.
    return list(dict.fromkeys(Path(path) for path in produced))
