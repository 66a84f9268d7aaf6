"""Run every benchmark module (or those named on the command line) and write out/bench.json."""

import importlib
import json
import os
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # shared helpers such as pg_cluster


def main(argv: list) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=True)
    names = argv or sorted(p.stem for p in (REPO / "benchmarks").glob("bench_*.py"))
    results, failed = {}, []
    for name in names:
        print("== {} ==".format(name), flush=True)
        started = time.perf_counter()
        try:
            results[name] = importlib.import_module("benchmarks.{}".format(name)).main()
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            traceback.print_exc()
            failed.append(name)
        print("({} took {:.1f} s)".format(name, time.perf_counter() - started), flush=True)
    out = REPO / "out"
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(results, indent=2, default=str))
    print("bench: results in out/bench.json; failed: {}".format(", ".join(failed) or "none"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
