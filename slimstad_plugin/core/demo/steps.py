"""The demo: what ``make demo`` produces in ``out/``, from shared data to planning map.

Steps, in the order of the data flow: the sample city GeoPackage, its styled project and an overview PNG; the
childcare challenge run on that project (results GeoPackage and a PNG of its main map); the planning map and its
atlas per wijk.
"""

import hashlib
import json
import logging
import sqlite3
from pathlib import Path
from typing import Dict, List

from ..base.files import FileWriteError, sqlite_uri, write_text_atomic
from ..base.i18n import translator
from ..base.readers import CACHE, ReadError, read_json
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
tr = translator("SlimStadDemo")

# What the demo writes into its folder, and the ledger of what it wrote last time (name -> sha256): a file with
# one of these names is replaced only when it is still exactly what an earlier demo run wrote.
DEMO_FILES = ("voorbeeldstad.gpkg", "voorbeeldstad.qgz", "voorbeeldstad.png", "kinderopvang.png", "kinderopvang.pdf",
              "kinderopvang_wijken.pdf", "slimstad_resultaten/kinderopvang.gpkg")
LEDGER = ".slimstad-demo.json"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _ledger(out_dir: Path) -> Dict[str, str]:
    if not (out_dir / LEDGER).is_file():
        return {}
    try:
        data = read_json(out_dir / LEDGER, CACHE)
    except ReadError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _earlier_demo(out_dir: Path) -> bool:
    """A folder an earlier demo (before the ledger existed) wrote: its GeoPackage is the sample city."""
    try:
        connection = sqlite3.connect(sqlite_uri(out_dir / DEMO_FILES[0]),
                                     uri=True)
        try:
            return connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = 'statistische_sectoren'"
                                      ).fetchone() is not None
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def refuse_foreign_files(out_dir: Path) -> None:
    """Raise :class:`FileWriteError` when the demo would replace a file it did not write (or that was changed)."""
    ledger = _ledger(out_dir)
    legacy = not ledger and _earlier_demo(out_dir)
    foreign = [name for name in dict.fromkeys(list(DEMO_FILES) + list(ledger))
               if (out_dir / name).exists() and not legacy
               and ((out_dir / name).is_dir() or ledger.get(name) != _sha256(out_dir / name))]
    if foreign:
        raise FileWriteError(tr("The demo would replace files it did not write (or that were changed since) in "
                                "{folder}: {names}; choose an empty folder.").format(
                                    folder=out_dir, names=", ".join(foreign)))


def run_demo_steps(out_dir: Path) -> List[Path]:
    """Run every demo step into ``out_dir``; return the files written, each once."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise FileWriteError(tr("{path} is not a folder.").format(path=out_dir))
    refuse_foreign_files(out_dir)
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
    produced = list(dict.fromkeys(Path(path) for path in produced))
    ledger = {path.resolve().relative_to(out_dir.resolve()).as_posix(): _sha256(path) for path in produced
              if path.is_file() and out_dir.resolve() in path.resolve().parents}
    write_text_atomic(out_dir / LEDGER, json.dumps(ledger, indent=1, sort_keys=True))
    return produced


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
