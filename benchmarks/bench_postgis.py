"""Push-down vs desktop floating catchment on a synthetic Belgium in a throwaway PostGIS cluster.

Belgium scale (the default, SLIMSTAD_BENCH_POSTGIS_SCALE=1): 20,000 area units, 1,000,000 address
points, 20,000 facilities over ~30,600 km², catchments of 1 km and 5 km; about two and a half minutes.
A smaller scale (e.g. 0.1) is for quick checks. Both engines read the same tables over the same
connection; memory is this process's RSS growth (peak, sampled) while each engine runs.
"""

import os
import sys
import threading
import time
from functools import partial
from pathlib import Path
from typing import Callable, Dict, Tuple

import numpy as np
import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # the test fixture's cluster helper

from pg_cluster import PgCluster  # noqa: E402
from qgis.core import QgsDataSourceUri, QgsVectorLayer  # noqa: E402

from slimstad_plugin.core.analysis.accessibility import floating_catchment  # noqa: E402
from slimstad_plugin.core.layers.points import layer_points  # noqa: E402
from slimstad_plugin.core.pushdown.connection import table_from_layer  # noqa: E402
from slimstad_plugin.core.pushdown.sql_catchment import sql_floating_catchment  # noqa: E402
from slimstad_plugin.qgis_app import start_qgis  # noqa: E402

EXTENT = (22_000.0, 20_000.0, 192_000.0, 200_000.0)  # 170 km x 180 km: about Belgium's 30,600 km²


def generate(cluster: PgCluster, scale: float) -> Dict[str, int]:
    """Area units (grid), address points with residents, facilities with places; deterministic (setseed)."""
    areas = max(100, int(20_000 * scale))
    addresses = max(1_000, int(1_000_000 * scale))
    facilities = max(100, int(20_000 * scale))
    side = int(np.ceil(np.sqrt(areas)))
    xmin, ymin, xmax, ymax = EXTENT
    cluster.psql(
        "CREATE SCHEMA bench; SELECT setseed(0.2024);"
        "CREATE TABLE bench.areas AS SELECT i AS id, (100 + random() * 2000)::int AS residents, "
        "ST_MakeEnvelope({x0} + (i % {side}) * {w}, {y0} + (i / {side}) * {h}, "
        "{x0} + (i % {side} + 1) * {w}, {y0} + (i / {side} + 1) * {h}, 31370)::geometry(Polygon, 31370) AS geom "
        "FROM generate_series(0, {areas} - 1) AS i;"
        "CREATE TABLE bench.addresses AS SELECT i AS id, (1 + floor(random() * 5))::int AS residents, "
        "ST_SetSRID(ST_MakePoint({x0} + random() * {dx}, {y0} + random() * {dy}), 31370)::geometry(Point, 31370) "
        "AS geom FROM generate_series(1, {addresses}) AS i;"
        "CREATE TABLE bench.facilities AS SELECT i AS id, (10 + floor(random() * 90))::int AS places, "
        "ST_SetSRID(ST_MakePoint({x0} + random() * {dx}, {y0} + random() * {dy}), 31370)::geometry(Point, 31370) "
        "AS geom FROM generate_series(1, {facilities}) AS i;"
        "ALTER TABLE bench.areas ADD PRIMARY KEY (id); ALTER TABLE bench.addresses ADD PRIMARY KEY (id);"
        "ALTER TABLE bench.facilities ADD PRIMARY KEY (id);"
        "CREATE INDEX ON bench.areas USING gist (geom); CREATE INDEX ON bench.addresses USING gist (geom);"
        "CREATE INDEX ON bench.facilities USING gist (geom); ANALYZE".format(
            x0=xmin, y0=ymin, dx=xmax - xmin, dy=ymax - ymin, side=side, w=(xmax - xmin) / side,
            h=(ymax - ymin) / side, areas=areas, addresses=addresses, facilities=facilities))
    return {"areas": areas, "addresses": addresses, "facilities": facilities}


def layer(cluster: PgCluster, table: str) -> QgsVectorLayer:
    uri = QgsDataSourceUri(cluster.conninfo())  # throwaway cluster: its test password stays in memory
    uri.setDataSource("bench", table, "geom", "", "id")
    result = QgsVectorLayer(uri.uri(False), table, "postgres")
    assert result.isValid(), table
    return result


def measured(work: Callable[[], object]) -> Tuple[object, float, float]:
    """(result, seconds, peak RSS growth in MB) of ``work()``."""
    process = psutil.Process()
    base = process.memory_info().rss
    peak = [base]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], process.memory_info().rss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    try:
        result = work()
    finally:
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    peak[0] = max(peak[0], process.memory_info().rss)
    return result, seconds, (peak[0] - base) / 2 ** 20


def desktop_run(demand: QgsVectorLayer, demand_field: str, supply: QgsVectorLayer,
                distance: float) -> Tuple[np.ndarray, object]:
    """The desktop engine as the Processing algorithm runs it: read features over the connection, compute."""
    d = layer_points(demand, demand_field, demand.crs())
    s = layer_points(supply, "places", demand.crs())
    return np.asarray(d.feature_ids), floating_catchment(d.xy, d.values, s.xy, s.values, distance,
                                                         "e2sfca_gaussian")


def challenge_inputs(cluster: PgCluster, engine: str) -> object:
    """read_inputs of the childcare challenge bound to the synthetic Belgium: 1,000,000 address points summed
    into 20,000 area units (desktop: read and aggregated in QGIS; database: summed in PostGIS)."""
    import dataclasses

    from qgis.core import QgsProject

    from slimstad_plugin.core.challenge.inputs import read_inputs
    from slimstad_plugin.core.challenge.model import LayerRef
    from slimstad_plugin.core.challenge.templates import load_template

    project = QgsProject()
    for name in ("areas", "addresses", "facilities"):
        project.addMapLayer(layer(cluster, name))
    challenge = load_template("kinderopvang")
    challenge.area_units = dataclasses.replace(challenge.area_units, layer=LayerRef(layer_name="areas"),
                                               id_field="id", name_field="")
    challenge.demand = [dataclasses.replace(challenge.demand[0], layer=LayerRef(layer_name="addresses"),
                                            field="residents")]
    challenge.supply = [dataclasses.replace(challenge.supply[0], layer=LayerRef(layer_name="facilities"),
                                            capacity_field="places", filter="")]
    return read_inputs(challenge, project, engine=engine).demands["kinderen_0_2"]


def main() -> Dict[str, object]:
    """Run the benchmark; print and return the numbers."""
    scale = float(os.environ.get("SLIMSTAD_BENCH_POSTGIS_SCALE", "1"))
    start_qgis(with_processing=False)
    cluster = PgCluster().start()
    try:
        sizes = generate(cluster, scale)
        supply = layer(cluster, "facilities")
        out: Dict[str, object] = {"scale": scale, **sizes}
        for demand_name, field in (("addresses", "residents"), ("areas", "residents")):
            demand = layer(cluster, demand_name)
            demand_table, _ = table_from_layer(demand)
            supply_table, _ = table_from_layer(supply)
            for distance in (1000.0, 5000.0):
                key = "{}_{}km".format(demand_name, int(distance / 1000))
                pushed, push_s, push_mb = measured(partial(
                    sql_floating_catchment, demand_table, field, supply_table, "places", distance, "e2sfca_gaussian"))
                (ids, local), desk_s, desk_mb = measured(partial(desktop_run, demand, field, supply, distance))
                same = bool(np.allclose(pushed.access[np.argsort(pushed.demand_keys)], local.access[np.argsort(ids)],
                                        rtol=1e-9, atol=0)) and pushed.pairs == local.pairs
                out[key] = {"pairs": pushed.pairs, "pushdown_s": round(push_s, 2), "desktop_s": round(desk_s, 2),
                            "speedup": round(desk_s / push_s, 2), "pushdown_rss_mb": round(push_mb, 1),
                            "desktop_rss_mb": round(desk_mb, 1), "same_numbers": same,
                            "connections": pushed.provenance["connections"], "cpus": os.cpu_count()}
                print(key, out[key], flush=True)
                if demand_name == "addresses" and distance == 5000.0:
                    # The same run on one connection: what the bands buy (they scale with the server's cores).
                    _, one_s, _ = measured(partial(sql_floating_catchment, demand_table, field, supply_table,
                                                   "places", distance, "e2sfca_gaussian", connections=1))
                    out[key]["one_band_s"] = round(one_s, 2)
                    out[key]["bands_speedup"] = round(one_s / push_s, 2)
                    print(key, "one band", out[key]["one_band_s"], "s", flush=True)
        pushed, push_s, push_mb = measured(partial(challenge_inputs, cluster, "database"))
        local, desk_s, desk_mb = measured(partial(challenge_inputs, cluster, "desktop"))
        out["challenge_demand_sums"] = {
            "pushdown_s": round(push_s, 2), "desktop_s": round(desk_s, 2), "speedup": round(desk_s / push_s, 2),
            "pushdown_rss_mb": round(push_mb, 1), "desktop_rss_mb": round(desk_mb, 1),
            "same_numbers": bool(np.allclose(pushed, local, rtol=1e-9, atol=1e-9))}
        print("challenge_demand_sums", out["challenge_demand_sums"], flush=True)
        return out
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
