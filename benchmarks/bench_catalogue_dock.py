"""Benchmark: a 5,000-entry catalogue into the "Shared data" dock (target: load + show under 300 ms).

Measures, for one generated catalogue file, in the same run:
- baseline: plain ``json.load`` of the file;
- parse: ``load_catalogue`` (validation + dataclasses), when the core loader is present;
- model: building the grouped tree model (sector grouping) and the owner regrouping;
- filter: search-as-you-type over the proxy (a few queries, typed letter by letter).
Numbers are medians of several repeats, reported in ms and as ratios against the baseline.
"""

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

N_ENTRIES = 5000
REPEATS = 5
SECTORS = ("bevolking", "onderwijs", "kinderopvang", "welzijn/ouderenzorg", "wonen", "mobiliteit",
           "groen/omgeving", "economie", "veiligheid", "andere")
OWNERS = ("Stad Voorbeeldstad", "Dienst Mobiliteit", "Dienst Onderwijs", "OCMW", "Groendienst", "Statbel",
          "Agentschap Informatie Vlaanderen", "De Lijn", "Kind en Gezin", "Woonmaatschappij")
WORDS = ("park", "school", "halte", "woning", "opvang", "sector", "wijk", "straat", "fiets", "zorg", "bos",
         "plein", "markt", "water", "geluid", "lucht")


def generate_catalogue(n: int = N_ENTRIES) -> Dict[str, object]:
    """A deterministic catalogue of ``n`` gpkg entries spread over sectors, owners and keywords."""
    entries = []
    for i in range(n):
        word = WORDS[i % len(WORDS)]
        entries.append({
            "id": "bench-{:05d}".format(i),
            "title": {"nl": "{} laag {}".format(word.capitalize(), i), "fr": "Couche {} {}".format(word, i)},
            "description": {"nl": "Gegenereerde laag nummer {}".format(i)},
            "sector": SECTORS[i % len(SECTORS)],
            "owner": OWNERS[(i * 7) % len(OWNERS)],
            "licence": {"type": ("open", "internal", "restricted")[i % 3], "name": "CC-BY 4.0"},
            "update_rhythm": "P1M",
            "source": {"type": "gpkg", "path": "voorbeeldstad.gpkg", "layer": "parken"},
            "keywords": [word, WORDS[(i * 3) % len(WORDS)], "laag{}".format(i % 97)],
        })
    return {"format": "slimstad-catalogue", "version": 1, "id": "bench", "title": {"nl": "Benchmark"},
            "entries": entries}


def _median_ms(function: Callable[[], object], repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> Dict[str, float]:
    """Run the benchmark; print and return the numbers."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from slimstad_plugin.qgis_app import start_qgis

    start_qgis(with_processing=False)
    from slimstad_plugin.core.catalogue.model import CatalogueEntry
    from slimstad_plugin.core.catalogue.view import GROUP_BY_OWNER, GROUP_BY_SECTOR, StatusBook
    from slimstad_plugin.gui.catalogue.model import CatalogueFilterProxy, CatalogueItemModel

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench_catalogue.json"
        path.write_text(json.dumps(generate_catalogue()), encoding="utf-8")

        def baseline() -> object:
            with path.open(encoding="utf-8") as handle:
                return json.load(handle)

        results: Dict[str, float] = {"entries": float(N_ENTRIES)}
        results["json_load_ms"] = _median_ms(baseline)
        raw = baseline()
        entries: List[CatalogueEntry] = [CatalogueEntry.from_dict(item) for item in raw["entries"]]
        try:
            from slimstad_plugin.core.catalogue.loader import load_catalogue
        except ImportError:
            load_catalogue = None
        if load_catalogue is not None:
            results["load_catalogue_ms"] = _median_ms(lambda: load_catalogue(str(path)), repeats=3)
            entries = load_catalogue(str(path)).entries
        else:
            results["from_dict_ms"] = _median_ms(lambda: [CatalogueEntry.from_dict(d) for d in raw["entries"]])

        model = CatalogueItemModel()
        proxy = CatalogueFilterProxy()
        proxy.setSourceModel(model)
        statuses = StatusBook()
        results["model_build_ms"] = _median_ms(lambda: model.set_entries(entries, GROUP_BY_SECTOR, statuses))
        results["model_regroup_owner_ms"] = _median_ms(
            lambda: model.set_entries(entries, GROUP_BY_OWNER, statuses))

        def type_queries() -> None:
            # Letter by letter, like a user typing: "park", then clear, then "opvang stad".
            for query in ("p", "pa", "par", "park", "", "opvang", "opvang stad", ""):
                proxy.set_query(query)
                proxy.visible_entry_count()

        results["filter_8_keystrokes_ms"] = _median_ms(type_queries)

        # The whole dock: merge, model reset, tree expansion and header layout (what the user waits for).
        from slimstad_plugin.core.catalogue.model import Catalogue
        from slimstad_plugin.gui.catalogue.dock import CatalogueDock

        dock = CatalogueDock(None, locations=lambda: ["bench"], health_cache=False)
        dock.catalogues["bench"] = Catalogue(id="bench", title={"nl": "Benchmark"}, entries=list(entries))
        results["dock_rebuild_ms"] = _median_ms(dock.rebuild)
        results["dock_keystroke_ms"] = _median_ms(lambda: (dock.set_query("park"), dock.set_query("")), 3) / 2
        dock.deleteLater()
        proxy.set_query("park")
        results["park_matches"] = float(proxy.visible_entry_count())
        proxy.set_query("")
        results["filter_per_keystroke_ms"] = results["filter_8_keystrokes_ms"] / 8
        parse_ms = results.get("load_catalogue_ms", results.get("from_dict_ms", 0.0))
        results["load_and_show_ms"] = parse_ms + results["dock_rebuild_ms"]
        results["show_ms"] = results["dock_rebuild_ms"]
        base = max(results["json_load_ms"], 1e-6)
        results["ratio_model_build_vs_json_load"] = results["model_build_ms"] / base
        results["ratio_keystroke_vs_json_load"] = results["filter_per_keystroke_ms"] / base
        results["ratio_load_and_show_vs_json_load"] = results["load_and_show_ms"] / base
        results["ratio_dock_rebuild_vs_json_load"] = results["dock_rebuild_ms"] / base
    for key, value in results.items():
        print("{:38s} {:10.2f}".format(key, value))
    return results


if __name__ == "__main__":
    main()
