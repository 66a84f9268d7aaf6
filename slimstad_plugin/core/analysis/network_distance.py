"""Shortest-path distances over a line network (streets), bounded by the catchment distance.

The graph: nodes are the line vertices (endpoints and inner vertices), vertices closer than ``tolerance``
merged into one node; edges are the segments between consecutive vertices, weighted by their length
between the merged node positions. Lines only connect where they share a vertex: crossings that are not
noded (bridges, or an unnoded source layer) stay unconnected, as in QGIS's own network analysis.

A point reaches the network at its nearest node (straight snap distance added), so the network distance
between two points is ``snap_a + shortest_path(node_a, node_b) + snap_b`` which, by the triangle
inequality, is never shorter than their straight-line distance.
"""

from dataclasses import dataclass
from typing import Callable, Iterator, Optional, Sequence, Tuple

import numpy as np

from ..base.errors import Canceled
from ..base.i18n import translator
from .accessibility import AccessibilityInputError, Pairs

tr = translator("SlimStadAccessibility")

SNAP_TOLERANCE = 0.01  # metres: vertices this close are the same node
MAX_DIJKSTRA_CELLS = 20_000_000  # ~160 MB of float64 per Dijkstra batch (sources x nodes)


def _scipy() -> Tuple[object, object, object]:
    try:
        from scipy.sparse import coo_matrix  # lazy: scipy is optional in QGIS installs; only networks need it
        from scipy.sparse.csgraph import (  # lazy: scipy is optional in QGIS installs; only networks need it
            connected_components,
            dijkstra,
        )
    except ImportError:  # pragma: no cover - scipy ships with QGIS
        raise AccessibilityInputError(tr("Network distances need the Python package scipy, which is missing.")) \
            from None
    return coo_matrix, connected_components, dijkstra


@dataclass
class NetworkDistances:
    """An undirected street graph: node coordinates and a sparse matrix of edge lengths."""

    nodes: np.ndarray  # (n, 2) node coordinates
    graph: object  # scipy.sparse.csr_matrix, one direction per edge (searched undirected)
    edge_count: int

    @classmethod
    def from_lines(cls, lines: Sequence[np.ndarray], tolerance: float = SNAP_TOLERANCE) -> "NetworkDistances":
        """Build the graph from line parts given as (k, 2) vertex arrays (k >= 2)."""
        from scipy.spatial import cKDTree  # lazy: scipy is optional in QGIS installs; only networks need it

        coo_matrix, connected_components, _ = _scipy()
        parts = [np.asarray(line, dtype=float)[:, :2] for line in lines if len(line) >= 2]
        if not parts:
            raise AccessibilityInputError(tr("The network layer has no lines."))
        vertices = np.concatenate(parts)
        if not np.isfinite(vertices).all():
            raise AccessibilityInputError(tr("The network layer has empty or infinite coordinates."))
        starts = np.cumsum([0] + [len(part) for part in parts[:-1]])
        seg_a = np.concatenate([start + np.arange(len(part) - 1) for start, part in zip(starts, parts)])
        # Merge vertices within the tolerance (transitively) into one node.
        close = cKDTree(vertices).query_pairs(tolerance, output_type="ndarray")
        n = len(vertices)
        links = coo_matrix((np.ones(len(close)), (close[:, 0], close[:, 1])), shape=(n, n)) if len(close) else \
            coo_matrix((n, n))
        _, labels = connected_components(links, directed=False)
        _, first = np.unique(labels, return_index=True)
        nodes = vertices[first]  # label k sits at the first vertex with that label
        u, v = labels[seg_a], labels[seg_a + 1]
        keep = u != v
        u, v = np.minimum(u[keep], v[keep]), np.maximum(u[keep], v[keep])
        length = np.hypot(nodes[u, 0] - nodes[v, 0], nodes[u, 1] - nodes[v, 1])
        # Parallel duplicates: keep the shortest (a sparse matrix would add them up).
        order = np.lexsort((length, v, u))
        u, v, length = u[order], v[order], length[order]
        unique = np.ones(len(u), dtype=bool)
        unique[1:] = (u[1:] != u[:-1]) | (v[1:] != v[:-1])
        u, v, length = u[unique], v[unique], length[unique]
        graph = coo_matrix((length, (u, v)), shape=(len(nodes), len(nodes))).tocsr()
        return cls(nodes=nodes, graph=graph, edge_count=int(len(u)))

    def snap(self, xy: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """Nearest node of each point and the straight distance to it."""
        from scipy.spatial import cKDTree  # lazy: scipy is optional in QGIS installs; only networks need it

        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if len(xy) == 0:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=float)
        snap_distance, node = cKDTree(self.nodes).query(xy)
        return node.astype(np.int64), snap_distance

    def pairs(self, demand_xy: np.ndarray, supply_xy: np.ndarray, distance: float,
              is_canceled: Optional[Callable[[], bool]] = None) -> Iterator[Pairs]:
        """Yield (demand index, supply index, network distance) batches with distance ``<= distance``."""
        _, _, dijkstra = _scipy()
        canceled = is_canceled or (lambda: False)
        demand_node, demand_snap = self.snap(demand_xy)
        supply_node, supply_snap = self.snap(supply_xy)
        reachable = np.flatnonzero(supply_snap <= distance)
        if len(demand_node) == 0 or len(reachable) == 0:
            return
        widest = max(len(self.nodes), len(demand_node), 1)
        batch = max(1, min(256, MAX_DIJKSTRA_CELLS // widest))
        reachable = reachable[np.argsort(supply_node[reachable], kind="stable")]
        for start in range(0, len(reachable), batch):
            if canceled():
                raise Canceled(tr("The accessibility calculation was canceled."))
            supplies = reachable[start:start + batch]
            sources, row = np.unique(supply_node[supplies], return_inverse=True)
            paths = dijkstra(self.graph, directed=False, indices=sources, limit=distance)
            # total[k, i]: supply supplies[k] to demand i, snaps included.
            total = paths[:, demand_node][row] + demand_snap[None, :] + supply_snap[supplies][:, None]
            k, i = np.nonzero(total <= distance)
            yield i.astype(np.int64), supplies[k].astype(np.int64), total[k, i]

    def distance_matrix(self, a_xy: np.ndarray, b_xy: np.ndarray) -> np.ndarray:
        """Full (len(a), len(b)) network distances, inf when unconnected (for tests and small inputs)."""
        _, _, dijkstra = _scipy()
        a_node, a_snap = self.snap(a_xy)
        b_node, b_snap = self.snap(b_xy)
        paths = dijkstra(self.graph, directed=False, indices=a_node)
        return paths[:, b_node] + a_snap[:, None] + b_snap[None, :]
