"""Speed of running a whole challenge (childcare template) against QGIS's own point-in-polygon sum.

For Voorbeeldstad at two sizes (the sample's 150 sectors and SLIMSTAD_BENCH_CHALLENGE_SECTORS, default
1500) it times, in this run: reading the inputs, computing the indicators (ratio + 2SFCA), the whole
``run_challenge`` (styled GeoPackage and provenance included), and as baseline ``native:countpointsinpolygon``
with the capacity as weight (just the per-sector sum of places, written to memory). It reports seconds
and ratios against that baseline.
"""

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

BIG = int(os.environ.get("SLIMSTAD_BENCH_CHALLENGE_SECTORS", "1500"))
REPEATS = int(os.environ.get("SLIMSTAD_BENCH_REPEATS", "3"))


def _best(function: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def _city(folder: Path, sectors: int) -> Path:
    from slimstad_plugin.core.demo.sample_city import generate_city
    from slimstad_plugin.core.layers.vector_io import write_gpkg_layer

    path = folder / "stad_{}.gpkg".format(sectors)
    city = generate_city(sector_count=sectors)
    for number, (_geometry, attrs) in enumerate(city.rows("statistische_sectoren")):
        attrs["cd_sector"] = "12099X{:05d}".format(number)  # the generator's codes repeat beyond 100 per wijk
    for index, (spec, rows) in enumerate(city.layers.values()):
        write_gpkg_layer(path, spec, rows, new_file=index == 0)
    return path


def _measure(folder: Path, sectors: int) -> Dict[str, float]:
    import processing
    from qgis.core import QgsProcessingFeedback

    from slimstad_plugin.core.analysis.indicators import compute
    from slimstad_plugin.core.challenge.inputs import read_inputs
    from slimstad_plugin.core.challenge.run import run_challenge
    from slimstad_plugin.core.challenge.templates import load_template
    from slimstad_plugin.core.demo.sample_project import build_sample_project

    gpkg = _city(folder, sectors)
    project, layers = build_sample_project(gpkg, folder / "stad_{}.qgz".format(sectors))
    challenge = load_template("kinderopvang")
    inputs = read_inputs(challenge, project)

    def indicators() -> None:
        for spec in challenge.indicators:
            compute(spec, inputs.units, inputs.supplies, inputs.demands)

    def baseline() -> None:
        processing.run("native:countpointsinpolygon", {
            "POLYGONS": layers["statistische_sectoren"], "POINTS": layers["kinderopvang"], "WEIGHT": "plaatsen",
            "FIELD": "plaatsen", "OUTPUT": "memory:"}, feedback=QgsProcessingFeedback())

    result = {
        "units": float(len(inputs.units.ids)),
        "baseline_s": _best(baseline),
        "read_s": _best(lambda: read_inputs(challenge, project)),
        "indicators_s": _best(indicators),
        "run_s": _best(lambda: run_challenge(challenge, project, folder / "out_{}.gpkg".format(sectors))),
    }
    project.clear()  # the layers die before QGIS exits
    for key in ("read_s", "indicators_s", "run_s"):
        result[key.replace("_s", "_vs_baseline")] = result[key] / result["baseline_s"]
    return result


def main() -> Dict[str, float]:
    """Print and return the numbers (keys prefixed with the sector count asked for)."""
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=True)
    numbers: Dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for sectors in (150, BIG):
            for key, value in _measure(Path(folder), sectors).items():
                numbers["s{}_{}".format(sectors, key)] = value
    numbers["run_scaling_big_vs_small"] = numbers["s{}_run_s".format(BIG)] / numbers["s150_run_s"]
    for key, value in numbers.items():
        print("challenge {:<32} {:10.4f}".format(key, value))
    return numbers


if __name__ == "__main__":
    main()
