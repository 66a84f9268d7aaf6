"""Planning-map atlas speed: SlimStad's export vs a bare QgsLayoutExporter atlas export of the same layout.

A sample city with ``SLIMSTAD_BENCH_WIJKEN`` (default 30) wijken is generated; SlimStad builds the planning
layout with an atlas over the wijken. Timed in this run, alternating, best of ``SLIMSTAD_BENCH_REPEATS``
(CPU and wall time):

* ``bare``: ``QgsLayoutExporter.exportToPdf(atlas, …)`` on the already built layout (same PDF settings);
* ``export``: :func:`export_atlas` (writability checks, temporary file, atomic move) on that layout;
* ``full``: :func:`export_planning_map` (template load, filling, sources block, atlas set-up and export).

The target is ``full / bare <= 1.2``.
"""

import os
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List, Tuple

from qgis.core import QgsLayoutExporter, QgsProject

from slimstad_plugin.core.demo.sample_city import generate_city
from slimstad_plugin.core.demo.sample_project import load_styled_layer
from slimstad_plugin.core.layers.vector_io import write_gpkg_layer
from slimstad_plugin.core.maps.atlas import AtlasOptions
from slimstad_plugin.core.maps.export import _pdf_settings, export_atlas, export_planning_map
from slimstad_plugin.core.maps.layout_builder import PlanningMapRequest, build_planning_layout
from slimstad_plugin.qgis_app import start_qgis

DPI = 96
LAYERS = ("kinderopvang", "wijken", "statistische_sectoren")


def _timed(function: Callable[[], object]) -> Tuple[float, float]:
    """(CPU seconds of this process, wall seconds): CPU time is what other engineers' jobs disturb least."""
    cpu, wall = time.process_time(), time.perf_counter()
    function()
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> Dict[str, float]:
    """Print and return the timings (seconds) and the ratios against the bare export."""
    start_qgis(with_processing=False)
    wijk_count = int(os.environ.get("SLIMSTAD_BENCH_WIJKEN", "30"))
    repeats = int(os.environ.get("SLIMSTAD_BENCH_REPEATS", "5"))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        city = generate_city(seed=7, sector_count=240, wijk_count=wijk_count)
        gpkg = work / "stad.gpkg"
        for index, name in enumerate(LAYERS):
            spec, rows = city.layers[name]
            write_gpkg_layer(gpkg, spec, rows, new_file=index == 0)
        project = QgsProject()
        layers = [load_styled_layer(gpkg, name) for name in LAYERS]
        for layer in layers:
            project.addMapLayer(layer)
        wijken = layers[1]
        request = PlanningMapRequest(title="Benchmark", layers=layers, atlas=AtlasOptions(wijken, "wijk_naam"),
                                     indicator_layer=layers[2], indicator_field="inw_0_2",
                                     label_field="tx_sector_descr_nl", layout_name="bench")
        layout = build_planning_layout(project, request).layout
        pages = layout.atlas().count()

        def bare() -> None:
            result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), str(work / "bare.pdf"), _pdf_settings(DPI))
            assert result == QgsLayoutExporter.ExportResult.Success, error

        def ours_export() -> None:
            export_atlas(project.layoutManager().layoutByName("bench"), work / "ours.pdf", DPI)

        def ours_full() -> None:
            export_planning_map(project, request, work / "full.pdf", DPI)

        bare()  # warm caches (fonts, SVGs, GeoPackage pages) for every variant alike
        timings: Dict[str, List[Tuple[float, float]]] = {"bare": [], "export": [], "full": []}
        for _ in range(repeats):  # alternate so drift on a shared machine hits all three
            timings["bare"].append(_timed(bare))
            timings["full"].append(_timed(ours_full))
            layout = project.layoutManager().layoutByName("bench")
            timings["export"].append(_timed(ours_export))
        project.clear()
    numbers: Dict[str, float] = {"pages": float(pages), "target_ratio": 1.2}
    for kind, index in (("cpu", 0), ("wall", 1)):
        best = {key: min(t[index] for t in values) for key, values in timings.items()}
        for key, value in best.items():
            numbers["{}_{}_s".format(key, kind)] = round(value, 3)
        numbers["export_ratio_{}".format(kind)] = round(best["export"] / best["bare"], 3)
        numbers["full_ratio_{}".format(kind)] = round(best["full"] / best["bare"], 3)
    print("atlas of {pages:.0f} wijken at {dpi} dpi, best of {repeats}: bare {bare_cpu_s}s CPU / {bare_wall_s}s wall; "
          "export x{export_ratio_cpu} CPU / x{export_ratio_wall} wall; build+export x{full_ratio_cpu} CPU / "
          "x{full_ratio_wall} wall; target <= x{target_ratio}".format(dpi=DPI, repeats=repeats, **numbers))
    return numbers


if __name__ == "__main__":
    main()
