"""Shared-data speed: catalogue loading, concurrent health checks, offline snapshots vs ogr2ogr.

All in this run, all on this machine (ratios against baselines measured here):

* ``load``: load + validate + merge a 5,000-entry catalogue (two files, the city's 1,000 first, 500 shared
  ids): the first new version in the process, another new version, and that version again (cached), against
  a bare ``json.loads`` of the same files;
* ``health``: 50 sources on a local HTTP server of which 10 never answer in time: total time as a ratio of
  the per-source timeout (1.0 would be "as slow as one timeout"; serial checking would be ~10);
* ``snapshot``: copy a ``SLIMSTAD_BENCH_SNAPSHOT_FEATURES`` (default 100,000)
  point layer served by a local ``qgis_mapserver`` through OGC API Features and WFS into a GeoPackage with
  :func:`snapshot_entry`, against ``ogr2ogr`` copying the same layer from the same server.
"""

import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Dict, List

REPO = Path(__file__).resolve().parent.parent
for extra in (REPO, REPO / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

HEALTH_TIMEOUT_S = float(os.environ.get("SLIMSTAD_BENCH_HEALTH_TIMEOUT", "2"))
# 100,000 features: about 80 s for both services and both tools on 2 shared cores.
SNAPSHOT_FEATURES = int(os.environ.get("SLIMSTAD_BENCH_SNAPSHOT_FEATURES", "100000"))
OAPIF_PAGE_SIZE = "1000"  # GDAL's default (10) would make ogr2ogr look absurdly slow
PARTS = os.environ.get("SLIMSTAD_BENCH_CATALOGUE_PARTS", "load,health,snapshot").split(",")


def _entries(prefix: str, start: int, count: int) -> List[dict]:
    return [{"id": "{}.{}".format(prefix, i), "title": {"nl": "Laag {}".format(i), "en": "Layer {}".format(i)},
             "sector": "andere", "owner": "Dienst {}".format(i % 17), "licence": {"type": "open", "name": "CC0"},
             "update_rhythm": "P1M", "keywords": ["kw{}".format(i % 50)],
             "source": {"type": "wfs", "url": "https://example.org/wfs", "layer": "ns:l{}".format(i)}}
            for i in range(start, start + count)]


def _write_catalogues(folder: Path, version: str) -> List[Path]:
    """The two catalogues, made a new catalogue version (never seen by the validation cache) by ``version``."""
    city = {"format": "slimstad-catalogue", "version": 1, "id": "stad", "title": {"nl": "Stad " + version},
            "entries": _entries("gedeeld", 0, 500) + _entries("stad", 0, 500)}
    region = {"format": "slimstad-catalogue", "version": 1, "id": "regio", "title": {"nl": "Regio " + version},
              "entries": _entries("gedeeld", 0, 500) + _entries("regio", 0, 3500)}
    paths = []
    for name, data in (("stad", city), ("regio", region)):
        path = folder / "{}_{}.json".format(name, version)
        path.write_text(json.dumps(data))
        paths.append(path)
    return paths


def bench_load(folder: Path) -> Dict[str, float]:
    """Goals: a new catalogue version < 300 ms, the same version again (cached) < 100 ms."""
    from slimstad_plugin.core.catalogue import load_catalogue, merge_catalogues

    def load(paths: List[Path]) -> float:
        gc.collect()  # the previous load's catalogues are garbage now: their collection is not this load's cost
        started = time.perf_counter()
        merged = merge_catalogues([load_catalogue(path) for path in paths])
        assert len(merged.entries) == 4500 and len(merged.duplicates) == 500
        return time.perf_counter() - started

    nonce = "{}-{}".format(os.getpid(), time.time_ns())  # new texts on every run: the cache lives in the profile
    first_paths = _write_catalogues(folder, nonce + "-a")
    gc.collect()
    started = time.perf_counter()
    for path in first_paths:
        json.loads(path.read_text())
    baseline = time.perf_counter() - started
    # The very first version in this process also imports and compiles the schema check
    # (core/catalogue/schema_fast.py); a later new version finds it compiled; the same text again is cached.
    first = load(first_paths)
    second_paths = _write_catalogues(folder, nonce + "-b")
    new_version = load(second_paths)
    cached = load(second_paths)
    return {"entries": 5000, "first_version_in_process_s": round(first, 3), "new_version_s": round(new_version, 3),
            "cached_version_s": round(cached, 3), "json_loads_s": round(baseline, 4),
            "new_version_vs_json_loads": round(new_version / baseline, 1),
            "cached_vs_json_loads": round(cached / baseline, 1),
            "first_version_vs_json_loads": round(first / baseline, 1)}


def bench_health() -> Dict[str, float]:
    from catalogue_support import LocalServer

    from slimstad_plugin.core.catalogue.health import run_health_checks
    from slimstad_plugin.core.catalogue.model import CatalogueEntry

    caps = ('<WFS_Capabilities version="1.1.0"><FeatureTypeList><FeatureType><Name>a</Name>'
            '<DefaultSRS>EPSG:31370</DefaultSRS></FeatureType></FeatureTypeList></WFS_Capabilities>')
    with LocalServer(slow_s=HEALTH_TIMEOUT_S * 3) as server:
        server.add("/wfs", caps, "text/xml")
        entries = [CatalogueEntry("s{}".format(i), {"nl": "s"}, source={
            "type": "wfs", "url": server.url + ("/slow" if i % 5 == 0 else "/wfs"), "layer": "a"})
            for i in range(50)]
        started = time.perf_counter()
        results = run_health_checks(entries, timeout_s=HEALTH_TIMEOUT_S, concurrency=16)
        elapsed = time.perf_counter() - started
    timed_out = sum(1 for r in results if "within" in r.message)
    return {"sources": 50, "timed_out": timed_out, "timeout_s": HEALTH_TIMEOUT_S, "elapsed_s": round(elapsed, 2),
            "ratio_vs_timeout": round(elapsed / HEALTH_TIMEOUT_S, 2)}


def _points_gpkg(path: Path, count: int) -> None:
    from osgeo import ogr, osr

    driver = ogr.GetDriverByName("GPKG")
    source = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(31370)
    layer = source.CreateLayer("punten", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("naam", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("waarde", ogr.OFTInteger))
    definition = layer.GetLayerDefn()
    layer.StartTransaction()
    for i in range(count):
        feature = ogr.Feature(definition)
        feature.SetField("naam", "punt {}".format(i))
        feature.SetField("waarde", i % 1000)
        x, y = 150000 + (i * 7919) % 14000, 177000 + (i * 104729) % 14000
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(x, y)))
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    source = None


def bench_snapshot(folder: Path) -> Dict[str, object]:
    from fixtures_services import MapServer, write_service_project
    from qgis.core import QgsVectorLayer

    from slimstad_plugin.core.catalogue.model import CatalogueEntry
    from slimstad_plugin.core.catalogue.snapshot import snapshot_entry

    data = folder / "punten.gpkg"
    _points_gpkg(data, SNAPSHOT_FEATURES)
    write_service_project(folder / "svc.qgs", [("{}|layername=punten".format(data), "punten")])
    server = MapServer(folder / "svc.qgs").start()
    out: Dict[str, object] = {"features": SNAPSHOT_FEATURES}
    try:
        cases = {
            "oapif": (CatalogueEntry("b.oapif", {"nl": "p"}, source={"type": "oapif", "url": server.oapif_url,
                                                                     "collection": "punten"}),
                      ["OAPIF:" + server.oapif_url, "punten", "-oo", "PAGE_SIZE=" + OAPIF_PAGE_SIZE]),
            "wfs": (CatalogueEntry("b.wfs", {"nl": "p"}, source={"type": "wfs", "url": server.ows_url,
                                                                 "layer": "punten", "version": "1.1.0"}),
                    ["WFS:" + server.ows_url + "?SERVICE=WFS&VERSION=1.1.0", "punten"]),
        }
        for name, (entry, ogr_source) in cases.items():
            target = folder / "{}.gpkg".format(name)
            started = time.perf_counter()
            info = snapshot_entry(entry, target)
            slimstad_s = time.perf_counter() - started
            ogr_target = folder / "{}_ogr.gpkg".format(name)
            started = time.perf_counter()
            subprocess.run(["ogr2ogr", "-f", "GPKG", str(ogr_target)] + ogr_source, check=True, capture_output=True)
            ogr_s = time.perf_counter() - started
            ogr_count = QgsVectorLayer("{}|layername=punten".format(ogr_target), "o", "ogr").featureCount()
            out[name] = {"slimstad_s": round(slimstad_s, 2), "ogr2ogr_s": round(ogr_s, 2),
                         "ratio_vs_ogr2ogr": round(slimstad_s / ogr_s, 2),
                         "features_copied": info.feature_count, "ogr2ogr_features": ogr_count}
    finally:
        server.stop()
    return out


def main() -> Dict[str, object]:
    """Run the three measurements, print and return them."""
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=False)
    folder = Path(tempfile.mkdtemp(prefix="slimstad-bench-catalogue-"))
    results: Dict[str, object] = {}
    try:
        results["load"] = bench_load(folder)
        print("load+merge 5,000 entries:", results["load"], flush=True)
        if "health" in PARTS:
            results["health"] = bench_health()
            print("health 50 sources / 10 timeouts:", results["health"], flush=True)
        if "snapshot" in PARTS and shutil.which("qgis_mapserver") and shutil.which("ogr2ogr"):
            results["snapshot"] = bench_snapshot(folder)
            print("snapshot:", results["snapshot"], flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return results


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    main()
