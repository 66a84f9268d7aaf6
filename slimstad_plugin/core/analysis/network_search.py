"""The search behind :class:`TiedNetwork`: bounded Dijkstra from the smaller side.

* Sources are the tied nodes of the side (demand or supply) with fewer distinct nodes; from the supply side the
  search runs on the transposed graph, so one-way edges are still followed from demand to facility.
* Sources are grouped in square cells of half the search radius. Each group searches only the nodes inside its
  bounding box widened by the radius (``cutoff`` metres, or ``cutoff`` minutes at the fastest speed): no path
  within the cutoff can leave that box, because a path is never shorter than the straight line. scipy's
  Dijkstra costs time in proportion to the graph it is given, so this keeps a search local on a large network.
* Only the tied nodes of the other side are read from each search, and only pairs within the cutoff are kept.
"""

import math
from dataclasses import dataclass
from typing import Callable, Iterator, Optional, Tuple

import numpy as np

from ..base.errors import Canceled
from ..base.i18n import translator
from .accessibility import AccessibilityInputError, Pairs

tr = translator("SlimStadAccessibility")

MAX_SEARCH_CELLS = 4_000_000  # sources x box nodes per Dijkstra call (~32 MB of float64)


def _groups(node: np.ndarray, connector: np.ndarray, usable: np.ndarray) -> Tuple[np.ndarray, ...]:
    """Usable locations grouped by node: (nodes, first connector, start, count, location order)."""
    points = np.flatnonzero(usable)
    order = points[np.lexsort((connector[points], node[points]))]
    nodes, start, count = np.unique(node[order], return_index=True, return_counts=True)
    return nodes, connector[order][start], start, count, order


def search_from_demand(demand_nodes: int, supply_nodes: int) -> bool:
    """Search from the demand side when it has no more distinct nodes than the supply side."""
    return demand_nodes <= supply_nodes


def cost_pairs(network: "TiedNetwork", cutoff: float, canceled: Callable[[], bool]) -> Iterator[Pairs]:
    """Yield (demand index, supply index, cost) batches with cost ``<= cutoff``."""
    from scipy.sparse.csgraph import dijkstra  # lazy: scipy takes ~0.1 s to import; only networks need it

    demand = _groups(network.demand_node, network.demand_connector,
                     (network.demand_node >= 0) & (network.demand_connector <= cutoff))
    supply = _groups(network.supply_node, network.supply_connector,
                     (network.supply_node >= 0) & (network.supply_connector <= cutoff))
    if len(demand[0]) == 0 or len(supply[0]) == 0:
        return
    from_demand = search_from_demand(len(demand[0]), len(supply[0]))
    sources, targets = (demand, supply) if from_demand else (supply, demand)
    graph = network.forward if from_demand or network.backward is None else network.backward
    src_nodes, src_min, src_start, src_count, src_order = sources
    tgt_nodes, tgt_min, tgt_start, tgt_count, tgt_order = targets
    src_conn = network.demand_connector if from_demand else network.supply_connector
    tgt_conn = network.supply_connector if from_demand else network.demand_connector
    slack = cutoff - float(tgt_min.min())
    nodes = network.nodes
    n = len(nodes)
    radius = slack * network.metres_per_cost
    if math.isfinite(radius):
        by_x = np.argsort(nodes[:, 0], kind="stable")
        xs = nodes[by_x, 0]
        cell = max(radius / 2.0, 1e-9)
        key = np.floor((nodes[src_nodes] - nodes[src_nodes].min(axis=0)) / cell).astype(np.int64)
        order = np.lexsort((key[:, 1], key[:, 0]))
        breaks = np.flatnonzero((np.diff(key[order], axis=0) != 0).any(axis=1)) + 1
        groups = np.split(order, breaks)
    else:
        groups = [np.arange(len(src_nodes))]
    local = np.full(n, -1, dtype=np.int64)
    for group in groups:
        if canceled():
            raise canceled_error()
        limit = slack - float(src_min[group].min())
        if limit < 0:  # the connectors alone exceed the cutoff
            continue
        if math.isfinite(radius):
            margin = limit * network.metres_per_cost
            low = nodes[src_nodes[group]].min(axis=0) - margin
            high = nodes[src_nodes[group]].max(axis=0) + margin
            candidates = by_x[np.searchsorted(xs, low[0], "left"):np.searchsorted(xs, high[0], "right")]
            y = nodes[candidates, 1]
            box = candidates[(y >= low[1]) & (y <= high[1])]
            sub = _subgraph(graph, box, local)
        else:
            box, sub = np.arange(n), graph
            local[:] = np.arange(n)
        in_box = np.flatnonzero(local[tgt_nodes] >= 0)
        columns = local[tgt_nodes[in_box]]
        step = max(1, MAX_SEARCH_CELLS // max(len(box), 1))
        for first in range(0, len(group), step):
            if canceled():
                local[box] = -1
                raise canceled_error()
            batch = group[first:first + step]
            paths = dijkstra(sub, directed=True, indices=local[src_nodes[batch]], limit=limit)[:, columns]
            bound = paths + src_min[batch][:, None] + tgt_min[in_box][None, :]  # cheapest locations of each node
            b, t = np.nonzero(np.isfinite(paths) & (bound <= cutoff))
            if len(b):
                yield _expand(batch[b], in_box[t], paths[b, t], (src_start, src_count, src_order, src_conn),
                              (tgt_start, tgt_count, tgt_order, tgt_conn), cutoff, from_demand)
        local[box] = -1


def _subgraph(graph: object, box: np.ndarray, local: np.ndarray) -> object:
    """The graph restricted to the nodes ``box`` (renumbered 0..len-1 in ``local``)."""
    from scipy.sparse import csr_matrix  # lazy: scipy takes ~0.1 s to import; only networks need it

    m = len(box)
    local[box] = np.arange(m)
    indptr, indices, data = graph.indptr, graph.indices, graph.data
    starts, counts = indptr[box].astype(np.int64), (indptr[box + 1] - indptr[box]).astype(np.int64)
    total = int(counts.sum())
    position = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(total)
    columns = local[indices[position]]
    keep = columns >= 0
    rows = np.repeat(np.arange(m), counts)[keep]
    sub_indptr = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=m))]).astype(np.int32)
    return csr_matrix((data[position][keep], columns[keep].astype(np.int32), sub_indptr), shape=(m, m))


def _expand(src_group: np.ndarray, tgt_group: np.ndarray, path: np.ndarray, src: Tuple[np.ndarray, ...],
            tgt: Tuple[np.ndarray, ...], cutoff: float, from_demand: bool) -> Pairs:
    """Node pairs to location pairs: every location of the source node with every one of the target node."""
    src_start, src_count, src_order, src_conn = src
    tgt_start, tgt_count, tgt_order, tgt_conn = tgt
    sc, tc = src_count[src_group], tgt_count[tgt_group]
    if (sc == 1).all() and (tc == 1).all():  # the usual case: one location per tied node
        s, t, d = src_order[src_start[src_group]], tgt_order[tgt_start[tgt_group]], path
    else:
        n = sc * tc
        pair = np.repeat(np.arange(len(n)), n)
        within = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
        s = src_order[src_start[src_group][pair] + within // tc[pair]]
        t = tgt_order[tgt_start[tgt_group][pair] + within % tc[pair]]
        d = path[pair]
    i, j = (s, t) if from_demand else (t, s)
    demand_conn, supply_conn = (src_conn, tgt_conn) if from_demand else (tgt_conn, src_conn)
    total = demand_conn[i] + d + supply_conn[j]  # one order of addition, whichever side was searched
    keep = total <= cutoff
    return i[keep].astype(np.int64), j[keep].astype(np.int64), total[keep]


@dataclass
class TiedNetwork:
    """The searchable graph with the demand and supply locations tied to it (node -1: not connected)."""

    nodes: np.ndarray
    forward: object  # scipy.sparse.csr_matrix of edge costs
    backward: Optional[object]  # the transposed graph for one-way edges (None: the graph is symmetric)
    demand_node: np.ndarray
    demand_connector: np.ndarray  # connector cost (metres or minutes)
    supply_node: np.ndarray
    supply_connector: np.ndarray
    demand_distance: np.ndarray  # connector length in metres
    supply_distance: np.ndarray
    metres_per_cost: float

    @property
    def unconnected_demand(self) -> np.ndarray:
        """Indices of demand locations farther than the maximum from the network."""
        return np.flatnonzero(self.demand_node < 0)

    @property
    def unconnected_supply(self) -> np.ndarray:
        """Indices of facilities farther than the maximum from the network."""
        return np.flatnonzero(self.supply_node < 0)

    def pairs(self, demand_xy: np.ndarray, supply_xy: np.ndarray, distance: float,
              is_canceled: Optional[Callable[[], bool]] = None) -> Iterator[Pairs]:
        """(demand index, supply index, cost) batches with cost ``<= distance`` (the interface of
        :func:`accessibility.floating_catchment`; the locations are those given to :meth:`StreetNetwork.connect`)."""
        if len(demand_xy) != len(self.demand_node) or len(supply_xy) != len(self.supply_node):
            raise AccessibilityInputError(tr("The locations differ from those tied to the network."))
        return cost_pairs(self, float(distance), is_canceled or (lambda: False))

    def cost_matrix(self) -> np.ndarray:
        """Dense (demand, supply) costs, inf when unreachable (tests and small inputs only)."""
        full = np.full((len(self.demand_node), len(self.supply_node)), np.inf)
        for i, j, d in cost_pairs(self, math.inf, lambda: False):
            full[i, j] = d
        return full


def canceled_error() -> Canceled:
    """The one cancel error of the network search."""
    return Canceled(tr("The accessibility calculation was canceled."))
