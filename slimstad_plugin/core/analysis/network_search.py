"""The search behind :class:`TiedNetwork`: bounded Dijkstra from the smaller side, tie points as virtual nodes.

* Sources are the tie points of the side (demand or supply) with fewer distinct ones; from the supply side the
  search runs on the reversed graph, so one-way lines are still followed from demand to facility.
* The graph of the network is built once and never changed: a tie point on a segment is a virtual node. As a
  source it gets its own row, with edges to the segment's ends (as far as the direction allows); as a target
  its cost is the cheaper of its segment's two ends plus the rest of the segment, or the direct way along the
  segment from a source on the same segment. Equal to splitting the segment there (QGIS), without a rebuild.
* Sources are grouped in square cells as wide as the search radius. Each group searches only the nodes inside its
  bounding box widened by the radius (``cutoff`` metres, or ``cutoff`` minutes at the fastest speed): no path
  within the cutoff can leave that box, because a path is never shorter than the straight line. scipy's
  Dijkstra costs time in proportion to the graph it is given, so this keeps a search local on a large network.
* Only the tie points of the other side are read from each search, and only pairs within the cutoff are kept.
"""

import math
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Optional, Tuple

import numpy as np

from ..base.errors import Canceled
from ..base.i18n import translator
from .accessibility import AccessibilityInputError, Pairs

tr = translator("SlimStadAccessibility")

MAX_SEARCH_CELLS = 4_000_000  # sources x box nodes per Dijkstra call (~32 MB of float64)
CELL_FACTOR = 1.0  # sources are grouped in square cells this many times the search radius wide
FORWARD, BACKWARD, BOTH = 0, 1, 2  # QgsVectorLayerDirector.Direction, Processing DEFAULT_DIRECTION


@dataclass
class TieSide:
    """Per location of one side: ``node`` when tied to a network node, else ``segment`` and the tie ``point``
    with the cost from it to the segment's start (``to_u``) and end (``to_v``); both -1: not connected.
    ``connector`` is the connector's cost, ``distance`` its length in metres."""

    node: np.ndarray
    segment: np.ndarray
    point: np.ndarray
    to_u: np.ndarray
    to_v: np.ndarray
    connector: np.ndarray
    distance: np.ndarray

    def keys(self, node_count: int) -> Tuple[np.ndarray, np.ndarray]:
        """(search key per location: its node, or ``node_count`` + index of its distinct tie point, -1 when not
        connected; the location giving each distinct tie point)."""
        key = self.node.copy()
        on_segment = np.flatnonzero(self.segment >= 0)
        if len(on_segment) == 0:
            return key, np.empty(0, dtype=np.int64)
        table = np.column_stack([self.segment[on_segment], self.point[on_segment]])
        _, first, inverse = np.unique(table, axis=0, return_index=True, return_inverse=True)
        key[on_segment] = node_count + inverse.reshape(-1)
        return key, on_segment[first]


@dataclass
class _Side:
    """One side prepared for the search: locations grouped by key, and its virtual tie points."""

    key: np.ndarray  # per location
    keys: np.ndarray  # distinct keys in use
    min_connector: np.ndarray  # per distinct key
    start: np.ndarray
    count: np.ndarray
    order: np.ndarray  # locations grouped by key
    connector: np.ndarray  # per location
    virtual: np.ndarray  # location giving each virtual tie point
    position: np.ndarray  # per distinct key


class TiedNetwork:
    """The network's graph with demand and supply locations tied to it (see :meth:`StreetNetwork.connect`)."""

    def __init__(self, network: Any, demand: TieSide, supply: TieSide) -> None:
        self.network = network
        self.demand = demand
        self.supply = supply
        self.nodes = network.nodes
        self.metres_per_cost = network.metres_per_cost

    @property
    def unconnected_demand(self) -> np.ndarray:
        """Indices of demand locations farther than the maximum from the network."""
        return np.flatnonzero((self.demand.node < 0) & (self.demand.segment < 0))

    @property
    def unconnected_supply(self) -> np.ndarray:
        """Indices of facilities farther than the maximum from the network."""
        return np.flatnonzero((self.supply.node < 0) & (self.supply.segment < 0))

    def pairs(self, demand_xy: np.ndarray, supply_xy: np.ndarray, distance: float,
              is_canceled: Optional[Callable[[], bool]] = None) -> Iterator[Pairs]:
        """(demand index, supply index, cost) batches with cost ``<= distance`` (the interface of
        :func:`accessibility.floating_catchment`; the locations are those given to ``connect``)."""
        if len(demand_xy) != len(self.demand.node) or len(supply_xy) != len(self.supply.node):
            raise AccessibilityInputError(tr("The locations differ from those tied to the network."))
        return cost_pairs(self, float(distance), is_canceled or (lambda: False))

    def cost_matrix(self) -> np.ndarray:
        """Dense (demand, supply) costs, inf when unreachable (tests and small inputs only)."""
        full = np.full((len(self.demand.node), len(self.supply.node)), np.inf)
        for i, j, d in cost_pairs(self, math.inf, lambda: False):
            full[i, j] = d
        return full


def canceled_error() -> Canceled:
    """The one cancel error of the network search."""
    return Canceled(tr("The accessibility calculation was canceled."))


def search_from_demand(demand_keys: int, supply_keys: int) -> bool:
    """Search from the demand side when it has no more distinct tie points than the supply side."""
    return demand_keys <= supply_keys


def _prepare(side: TieSide, nodes: np.ndarray, cutoff: float) -> _Side:
    key, virtual = side.keys(len(nodes))
    usable = np.flatnonzero((key >= 0) & (side.connector <= cutoff))
    order = usable[np.lexsort((side.connector[usable], key[usable]))]
    keys, start, count = np.unique(key[order], return_index=True, return_counts=True)
    is_node = keys < len(nodes)
    position = np.empty((len(keys), 2))
    position[is_node] = nodes[keys[is_node]]
    position[~is_node] = side.point[virtual[keys[~is_node] - len(nodes)]]
    return _Side(key=key, keys=keys, min_connector=side.connector[order][start], start=start, count=count,
                 order=order, connector=side.connector, virtual=virtual, position=position)


def cost_pairs(tied: TiedNetwork, cutoff: float, canceled: Callable[[], bool]) -> Iterator[Pairs]:
    """Yield (demand index, supply index, cost) batches with cost ``<= cutoff``."""
    nodes = tied.nodes
    demand, supply = _prepare(tied.demand, nodes, cutoff), _prepare(tied.supply, nodes, cutoff)
    if len(demand.keys) == 0 or len(supply.keys) == 0:
        return
    from_demand = search_from_demand(len(demand.keys), len(supply.keys))
    src, tgt = (demand, supply) if from_demand else (supply, demand)
    src_ties, tgt_ties = (tied.demand, tied.supply) if from_demand else (tied.supply, tied.demand)
    network = tied.network
    graph = network.forward if from_demand or network.backward is None else network.backward
    # Moving along a segment in its digitising direction needs a forward or two-way line ("with"), against it
    # a backward or two-way one. Searching forward, a source leaves towards u against it and towards v with it,
    # and a target is reached from u with it and from v against it; searching the reversed graph, the opposite.
    direction = network.seg_direction
    with_ok, against_ok = direction != BACKWARD, direction != FORWARD
    src_u_ok, src_v_ok = (against_ok, with_ok) if from_demand else (with_ok, against_ok)
    tgt_u_ok, tgt_v_ok = (with_ok, against_ok) if from_demand else (against_ok, with_ok)
    slack = cutoff - float(tgt.min_connector.min())
    radius = slack * tied.metres_per_cost
    n = len(nodes)
    if math.isfinite(radius):
        by_x = np.argsort(nodes[:, 0], kind="stable")
        xs = nodes[by_x, 0]
        cell = max(radius * CELL_FACTOR, 1e-9)
        key = np.floor((src.position - src.position.min(axis=0)) / cell).astype(np.int64)
        order = np.lexsort((key[:, 1], key[:, 0]))
        groups = np.split(order, np.flatnonzero((np.diff(key[order], axis=0) != 0).any(axis=1)) + 1)
    else:
        groups = [np.arange(len(src.keys))]
    targets = _Targets(tgt, tgt_ties, network, n, tgt_u_ok, tgt_v_ok)
    local = np.full(n, -1, dtype=np.int64)
    for group in groups:
        if canceled():
            raise canceled_error()
        limit = slack - float(src.min_connector[group].min())
        if limit < 0:  # the connectors alone exceed the cutoff
            continue
        if math.isfinite(radius):
            margin = limit * tied.metres_per_cost
            low, high = src.position[group].min(axis=0) - margin, src.position[group].max(axis=0) + margin
            candidates = by_x[np.searchsorted(xs, low[0], "left"):np.searchsorted(xs, high[0], "right")]
            y = nodes[candidates, 1]
            box = candidates[(y >= low[1]) & (y <= high[1])]
        else:
            low, high = np.full(2, -np.inf), np.full(2, np.inf)
            box = np.arange(n)
        local[box] = np.arange(len(box))
        try:
            in_box = targets.in_box(local, low, high)
            step = max(1, MAX_SEARCH_CELLS // max(len(box), 1))
            for first in range(0, len(group), step):
                if canceled():
                    raise canceled_error()
                batch = group[first:first + step]
                sub, rows = _search_graph(graph, box, local, src, src_ties, batch, n, network, src_u_ok, src_v_ok)
                paths = targets.costs(_dijkstra(sub, rows, limit), local, in_box, src, src_ties, batch, from_demand,
                                      with_ok, against_ok)
                bound = paths + src.min_connector[batch][:, None] + tgt.min_connector[in_box][None, :]
                b, t = np.nonzero(np.isfinite(paths) & (bound <= cutoff))
                if len(b):
                    yield _expand(batch[b], in_box[t], paths[b, t], src, tgt, cutoff, from_demand)
        finally:
            local[box] = -1


def _dijkstra(graph: object, rows: np.ndarray, limit: float) -> np.ndarray:
    from scipy.sparse.csgraph import dijkstra  # lazy: scipy takes ~0.1 s to import; only networks need it

    return dijkstra(graph, directed=True, indices=rows, limit=limit)


def _search_graph(graph: object, box: np.ndarray, local: np.ndarray, src: _Side, ties: TieSide, batch: np.ndarray,
                  n: int, network: Any, u_ok: np.ndarray, v_ok: np.ndarray) -> Tuple[object, np.ndarray]:
    """The graph restricted to ``box`` (renumbered by ``local``) plus one row per virtual source of the batch,
    with edges to its segment's ends inside the box; and the row of every source of the batch."""
    from scipy.sparse import csr_matrix  # lazy: scipy takes ~0.1 s to import; only networks need it

    m = len(box)
    indptr, indices, data = graph.indptr, graph.indices, graph.data
    starts, counts = indptr[box].astype(np.int64), (indptr[box + 1] - indptr[box]).astype(np.int64)
    position = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(int(counts.sum()))
    columns = local[indices[position]]
    keep = columns >= 0
    row_counts = np.bincount(np.repeat(np.arange(m), counts)[keep], minlength=m)
    columns, data = columns[keep], data[position][keep]
    keys = src.keys[batch]
    virtual = keys >= n
    rows = np.where(virtual, 0, local[np.minimum(keys, n - 1)])
    if virtual.any():
        location = src.virtual[keys[virtual] - n]
        segment = ties.segment[location]
        ends = []
        for end, cost, ok in ((network.seg_u, ties.to_u, u_ok), (network.seg_v, ties.to_v, v_ok)):
            column = local[end[segment]]
            ends.append((np.where(ok[segment] & (column >= 0), column, -1), cost[location]))
        column = np.column_stack([ends[0][0], ends[1][0]])
        cost = np.column_stack([ends[0][1], ends[1][1]])
        present = column >= 0
        row_counts = np.concatenate([row_counts, present.sum(axis=1)])
        columns = np.concatenate([columns, column[present]])
        data = np.concatenate([data, cost[present]])
        rows[virtual] = m + np.arange(int(virtual.sum()))
    size = len(row_counts)
    sub_indptr = np.concatenate([[0], np.cumsum(row_counts)]).astype(np.int32)
    return csr_matrix((data, columns.astype(np.int32), sub_indptr), shape=(size, size)), rows


class _Targets:
    """The other side's tie points: which are inside a box, and their costs from a search's results."""

    def __init__(self, tgt: _Side, ties: TieSide, network: Any, n: int, u_ok: np.ndarray, v_ok: np.ndarray) -> None:
        self.keys, self.n, self.ties, self.network = tgt.keys, n, ties, network
        self.position = tgt.position
        virtual = self.keys >= n
        self.is_virtual = virtual
        location = np.zeros(len(self.keys), dtype=np.int64)
        location[virtual] = tgt.virtual[self.keys[virtual] - n]
        self.location = location
        segment = np.where(virtual, ties.segment[location], -1)
        self.segment = segment
        s = np.maximum(segment, 0)
        # Cost from the segment's start / end to the tie point (inf where the direction forbids it).
        self.via_u = np.where(virtual & u_ok[s], ties.to_u[location], np.inf)
        self.via_v = np.where(virtual & v_ok[s], ties.to_v[location], np.inf)

    def in_box(self, local: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
        """Targets a search of this box can reach: node targets inside it, tie points inside it."""
        node_in = ~self.is_virtual & (local[np.minimum(self.keys, self.n - 1)] >= 0)
        point_in = self.is_virtual & (self.position >= low).all(axis=1) & (self.position <= high).all(axis=1)
        return np.flatnonzero(node_in | point_in)

    def costs(self, found: np.ndarray, local: np.ndarray, in_box: np.ndarray, src: _Side, src_ties: TieSide,
              batch: np.ndarray, from_demand: bool, with_ok: np.ndarray, against_ok: np.ndarray) -> np.ndarray:
        """(batch, in_box) path costs between tie points, inf when out of reach."""
        keys = self.keys[in_box]
        virtual = self.is_virtual[in_box]
        columns = np.where(virtual, 0, local[np.minimum(keys, self.n - 1)])
        paths = found[:, columns]
        if virtual.any():
            seg = self.segment[in_box][virtual]
            via = []
            for end, cost in ((self.network.seg_u, self.via_u), (self.network.seg_v, self.via_v)):
                column = local[end[seg]]
                reached = np.where(column >= 0, found[:, np.maximum(column, 0)], np.inf)
                via.append(reached + cost[in_box][virtual][None, :])
            paths[:, virtual] = np.minimum(via[0], via[1])
            self._same_segment(paths, in_box, virtual, src, src_ties, batch, from_demand, with_ok, against_ok)
        return paths

    def _same_segment(self, paths: np.ndarray, in_box: np.ndarray, virtual: np.ndarray, src: _Side,
                      src_ties: TieSide, batch: np.ndarray, from_demand: bool, with_ok: np.ndarray,
                      against_ok: np.ndarray) -> None:
        """The direct way along one segment between a source and a target tied to it."""
        source_keys = src.keys[batch]
        source_virtual = np.flatnonzero(source_keys >= self.n)
        if len(source_virtual) == 0:
            return
        source_location = src.virtual[source_keys[source_virtual] - self.n]
        source_segment = src_ties.segment[source_location]
        columns = np.flatnonzero(virtual)
        target_segment = self.segment[in_box][columns]
        order = np.argsort(target_segment, kind="stable")
        low = np.searchsorted(target_segment[order], source_segment, "left")
        high = np.searchsorted(target_segment[order], source_segment, "right")
        count = high - low
        if count.sum() == 0:
            return
        row = np.repeat(source_virtual, count)
        column = columns[order[np.repeat(low - (np.cumsum(count) - count), count) + np.arange(int(count.sum()))]]
        segment = np.repeat(source_segment, count)
        source_point = src_ties.point[np.repeat(source_location, count)]
        target_point = self.ties.point[self.location[in_box][column]]
        origin, destination = (source_point, target_point) if from_demand else (target_point, source_point)
        start = self.network.nodes[self.network.seg_u[segment]]
        ahead = np.hypot(*(destination - start).T) - np.hypot(*(origin - start).T)
        ok = np.where(ahead > 0, with_ok[segment], np.where(ahead < 0, against_ok[segment], True))
        direct = np.where(ok, np.hypot(*(destination - origin).T) * self.network.seg_factor[segment], np.inf)
        np.minimum.at(paths, (row, column), direct)


def _expand(src_group: np.ndarray, tgt_group: np.ndarray, path: np.ndarray, src: _Side, tgt: _Side, cutoff: float,
            from_demand: bool) -> Pairs:
    """Key pairs to location pairs: every location of the source key with every one of the target key."""
    sc, tc = src.count[src_group], tgt.count[tgt_group]
    if (sc == 1).all() and (tc == 1).all():  # the usual case: one location per tie point
        s, t, d = src.order[src.start[src_group]], tgt.order[tgt.start[tgt_group]], path
    else:
        n = sc * tc
        pair = np.repeat(np.arange(len(n)), n)
        within = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
        s = src.order[src.start[src_group][pair] + within // tc[pair]]
        t = tgt.order[tgt.start[tgt_group][pair] + within % tc[pair]]
        d = path[pair]
    i, j = (s, t) if from_demand else (t, s)
    demand_conn, supply_conn = (src.connector, tgt.connector) if from_demand else (tgt.connector, src.connector)
    total = demand_conn[i] + d + supply_conn[j]  # one order of addition, whichever side was searched
    keep = total <= cutoff
    return i[keep].astype(np.int64), j[keep].astype(np.int64), total[keep]
