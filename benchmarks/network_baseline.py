"""The bare network 2SFCA that bench_network.py measures SlimStad against (same layers, same run).

Read the layers (WKB into shapely in one go), merge identical vertices, one symmetric scipy CSR, snap each
location to its nearest node with a KD-tree, scipy Dijkstra (``limit`` = the cutoff) from the side with
fewer distinct nodes, in batches that keep the dense result under ~160 MB, then the two 2SFCA sums.
No edge tying, no directions or speeds, no checks, no output layers: the least work that gives the numbers.
"""

from typing import Tuple

import numpy as np
import shapely

MAX_CELLS = 20_000_000


def _points(layer: object, field: str) -> Tuple[np.ndarray, np.ndarray]:
    from qgis.core import QgsFeatureRequest

    index = layer.fields().lookupField(field)
    wkbs, values = [], []
    for feature in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([index])):
        wkbs.append(feature.geometry().asWkb().data())
        value = feature.attribute(index)
        values.append(0.0 if value is None or (hasattr(value, "isNull") and value.isNull()) else float(value))
    xy = shapely.get_coordinates(shapely.centroid(shapely.from_wkb(wkbs)))
    return xy, np.asarray(values)


def bare_network_2sfca(network: object, demand: object, demand_field: str, supply: object, supply_field: str,
                       cutoff: float) -> Tuple[np.ndarray, np.ndarray, int]:
    """(access per demand location, ratio per facility, pairs)."""
    from qgis.core import QgsFeatureRequest
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra
    from scipy.spatial import cKDTree

    wkbs = [f.geometry().asWkb().data() for f in network.getFeatures(QgsFeatureRequest().setNoAttributes())]
    parts = shapely.get_parts(shapely.from_wkb(wkbs))
    counts = shapely.get_num_coordinates(parts)
    coords = shapely.get_coordinates(parts)
    unique, label = np.unique(coords[:, 0] + 1j * coords[:, 1], return_inverse=True)
    nodes = np.column_stack([unique.real, unique.imag])
    last = np.zeros(len(coords), dtype=bool)
    last[np.cumsum(counts) - 1] = True
    seg = np.flatnonzero(~last)
    u, v = label[seg], label[seg + 1]
    w = np.hypot(*(nodes[u] - nodes[v]).T)
    n = len(nodes)
    # Overlapping lines give parallel edges: keep the shortest (a COO -> CSR conversion would add them up).
    key, order = np.unique(np.concatenate([u * n + v, v * n + u]), return_inverse=True)
    shortest = np.full(len(key), np.inf)
    np.minimum.at(shortest, order, np.concatenate([w, w]))
    graph = coo_matrix((shortest, (key // n, key % n)), shape=(n, n)).tocsr()
    demand_xy, demand_values = _points(demand, demand_field)
    supply_xy, supply_values = _points(supply, supply_field)
    tree = cKDTree(nodes)
    d_snap, d_node = tree.query(demand_xy)
    s_snap, s_node = tree.query(supply_xy)
    from_demand = len(np.unique(d_node)) <= len(np.unique(s_node))
    src_node, src_snap, tgt_node, tgt_snap = (d_node, d_snap, s_node, s_snap) if from_demand else \
        (s_node, s_snap, d_node, d_snap)
    sources, row = np.unique(src_node, return_inverse=True)
    batch = max(1, MAX_CELLS // n)
    ii, jj = [], []
    for start in range(0, len(sources), batch):
        paths = dijkstra(graph, directed=True, indices=sources[start:start + batch], limit=cutoff)
        members = np.flatnonzero((row >= start) & (row < start + batch))
        total = paths[row[members] - start][:, tgt_node] + src_snap[members, None] + tgt_snap[None, :]
        a, b = np.nonzero(total <= cutoff)
        ii.append(members[a])
        jj.append(b)
    src, tgt = np.concatenate(ii), np.concatenate(jj)
    i, j = (src, tgt) if from_demand else (tgt, src)
    weighted = np.bincount(j, weights=demand_values[i], minlength=len(supply_xy))
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where(weighted > 0, supply_values / weighted, np.nan)
    access = np.bincount(i, weights=np.nan_to_num(ratio)[j], minlength=len(demand_xy))
    return access, ratio, len(i)
