"""Harvest speed: 500 generated ISO 19139 records from a real pycsw, against OWSLib alone, in the same run.

* baseline: what QGIS's MetaSearch does with OWSLib — ``CatalogueServiceWeb(url)`` (GetCapabilities) and paged
  ``getrecords2`` (full ISO records, ``PAGE_SIZE`` per request) until ``nextRecord`` says done; OWSLib parses
  every record into ``MD_Metadata``;
* SlimStad: :func:`harvest` of the same endpoint with the same page size — the same requests through the
  network layer, OWSLib's ISO parser, the mapping to entries, schema validation of every entry.

Each is run ``ROUNDS`` times, alternating; the medians are compared. Target: ratio <= 1.5.
"""

import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict

REPO = Path(__file__).resolve().parent.parent
for extra in (REPO, REPO / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

RECORDS = 500
PAGE_SIZE = 50
ROUNDS = 3
TARGET_RATIO = 1.5
TEMPLATES = ("kinderopvang.xml", "scholen.xml", "wijken.xml", "haltes.xml")


def write_records(folder: Path, count: int) -> Path:
    """``count`` records made from the test records, each with its own identifier and title."""
    folder.mkdir(parents=True, exist_ok=True)
    data = REPO / "tests" / "data" / "csw"
    templates = [(data / name).read_text(encoding="utf-8").replace("${MAPSERVER}", "http://127.0.0.1:9")
                 for name in TEMPLATES]
    for number in range(count):
        text = templates[number % len(templates)]
        text = re.sub(r"(<gmd:fileIdentifier><gco:CharacterString>)[^<]*",
                      r"\g<1>bench-{:05d}".format(number), text, count=1)
        text = re.sub(r"(<gmd:title[^>]*>\s*<gco:CharacterString>)([^<]*)",
                      r"\g<1>\g<2> {}".format(number), text, count=1)
        (folder / "record_{:05d}.xml".format(number)).write_text(text, encoding="utf-8")
    return folder


def owslib_harvest(url: str) -> int:
    """Records read by OWSLib alone (MetaSearch's way)."""
    from owslib.csw import CatalogueServiceWeb

    csw = CatalogueServiceWeb(url, timeout=60)
    start, total = 1, 0
    while True:
        csw.getrecords2(typenames="gmd:MD_Metadata", esn="full", outputschema="http://www.isotc211.org/2005/gmd",
                        startposition=start, maxrecords=PAGE_SIZE)
        total += len(csw.records)
        next_record, matched = csw.results["nextrecord"], csw.results["matches"]
        if not next_record or next_record > matched or not csw.records:
            return total
        start = next_record


def slimstad_harvest(url: str) -> int:
    """Entries SlimStad harvests from the same endpoint."""
    from slimstad_plugin.core.catalogue.harvest import harvest

    result = harvest(url, kind="csw", page_size=PAGE_SIZE, max_records=RECORDS * 2)
    return len(result.entries)


def main() -> Dict[str, object]:
    import warnings

    from fixtures_pycsw import PycswServer

    folder = Path(tempfile.mkdtemp(prefix="slimstad-bench-harvest-"))
    server = PycswServer(write_records(folder / "records", RECORDS), folder / "home", max_records=PAGE_SIZE)
    try:
        server.start(timeout_s=600)
        assert server.loaded == RECORDS, server.loaded
        baseline, ours = [], []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for _round in range(ROUNDS):
                started = time.perf_counter()
                assert owslib_harvest(server.url) == RECORDS
                baseline.append(time.perf_counter() - started)
                started = time.perf_counter()
                assert slimstad_harvest(server.url) == RECORDS
                ours.append(time.perf_counter() - started)
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    owslib_s, harvest_s = statistics.median(baseline), statistics.median(ours)
    ratio = harvest_s / owslib_s
    print("harvest of {} records: OWSLib alone {:.2f} s, SlimStad {:.2f} s, ratio {:.2f} (target <= {})".format(
        RECORDS, owslib_s, harvest_s, ratio, TARGET_RATIO))
    return {"records": RECORDS, "page_size": PAGE_SIZE, "rounds": ROUNDS, "owslib_s": round(owslib_s, 3),
            "harvest_s": round(harvest_s, 3), "ratio_vs_owslib": round(ratio, 2), "target_ratio": TARGET_RATIO,
            "within_target": ratio <= TARGET_RATIO, "owslib_runs_s": [round(v, 3) for v in baseline],
            "harvest_runs_s": [round(v, 3) for v in ours]}
