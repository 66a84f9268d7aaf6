"""Speed of packing, unpacking and comparing cities, against plain zip/unzip of the same folder.

Builds the Gent example city (real Statbel sectors, generated childcare) in a temporary folder and times, in
this run: ``pack_project`` (read project, copy data, scrub, checksums, zip), ``unpack_package`` (checks,
extraction, sha256 verification), and as baselines ``shutil.make_archive`` of the project folder and a plain
``ZipFile.extractall``. Also the whole two-city ``compare_cities`` (Gent + Leuven, with maps) once.
"""

import os
import shutil
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Callable, Dict

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

REPEATS = int(os.environ.get("SLIMSTAD_BENCH_REPEATS", "3"))
TESTPACK = Path(os.environ.get("SLIMSTAD_SHARED_DATA", REPO.parent / "shared" / "data")) / \
    "derived_testpack" / "flemish_cities_testpack_31370.gpkg"


def _best(function: Callable[[int], object]) -> float:
    times = []
    for round_number in range(REPEATS):
        start = time.perf_counter()
        function(round_number)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> Dict[str, float]:
    from slimstad_plugin.core.challenge.templates import template_path
    from slimstad_plugin.core.demo.example_cities import build_city_project
    from slimstad_plugin.core.sharing.compare import compare_cities
    from slimstad_plugin.core.sharing.pack import PackOptions, pack_project
    from slimstad_plugin.core.sharing.unpack import unpack_package
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=True)
    with tempfile.TemporaryDirectory(prefix="slimstad-bench-sharing-") as temp:
        root = Path(temp)
        gent, _ = build_city_project(TESTPACK, "gent", root / "gent")
        leuven, _ = build_city_project(TESTPACK, "leuven", root / "leuven")
        packed = root / "gent.zip"
        pack_s = _best(lambda n: pack_project(gent, packed, PackOptions(force=True)))
        baseline_zip_s = _best(lambda n: shutil.make_archive(str(root / "plain"), "zip", gent.parent))
        unpack_s = _best(lambda n: unpack_package(packed, root / "unpacked_{}".format(n)))

        def plain_unzip(n: int) -> None:
            with zipfile.ZipFile(packed) as archive:
                archive.extractall(root / "plain_{}".format(n))

        baseline_unzip_s = _best(plain_unzip)
        start = time.perf_counter()
        compare_cities(template_path("kinderopvang"), {"Gent": gent, "Leuven": leuven}, root / "compare")
        compare_s = time.perf_counter() - start
        size = packed.stat().st_size
    results = {
        "pack_s": round(pack_s, 4), "baseline_zip_s": round(baseline_zip_s, 4),
        "pack_vs_zip": round(pack_s / baseline_zip_s, 2),
        "unpack_s": round(unpack_s, 4), "baseline_unzip_s": round(baseline_unzip_s, 4),
        "unpack_vs_unzip": round(unpack_s / baseline_unzip_s, 2),
        "compare_two_cities_s": round(compare_s, 3), "package_bytes": size,
    }
    for key, value in results.items():
        print("{:<24} {}".format(key, value))
    return results


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
