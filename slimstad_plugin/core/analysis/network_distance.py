"""Costs over a line network (streets, bike routes), built and tied the way QGIS's network analysis does.

The graph (as ``QgsVectorLayerDirector`` builds it for ``native:shortestpathpointtopoint`` and
``native:serviceareafrompoint``): every line vertex is a node (vertices closer than ``tolerance`` in x and y
merged into one; 0 = identical coordinates only), every segment between consecutive vertices an edge. Lines
only connect where they share a vertex: crossings that are not noded (bridges, or an unnoded source layer)
stay unconnected. Edge direction per line part: forward (digitising direction), backward or both.

Cost: ``"distance"`` in metres (edge length in the metric CRS, a straight line between its two nodes) or
``"time"`` in minutes (edge length at the part's speed in km/h, else the default speed).

Tying (QGIS's method): a location attaches to the nearest point ON the nearest segment (the first segment in
layer order on an exact tie); that segment is split there, and the straight connector from the location to
the network is added to the cost (in ``"time"`` at the default speed). With ``tie="node"`` a location
attaches to the nearest network vertex instead. Locations farther than ``max_distance`` from the network are
not connected; :class:`TiedNetwork` lists them.

So the cost from demand location ``i`` to facility ``j`` is ``connector_i + path(i -> j) + connector_j``
(one-way edges followed in the travel direction, from the demand location to the facility), and in
``"distance"`` it is never shorter than the straight line between them: each search is therefore cut to the
sources' bounding box plus the cutoff, which is exact. QGIS measures edges on the WGS 84 ellipsoid; SlimStad
measures in the layer's metric CRS like its straight-line distances (in Flanders in Lambert 72 the two differ by
about 1 cm per km).
"""

import importlib.util
import math
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np

from ..base.i18n import translator
from .accessibility import AccessibilityInputError
from .network_search import BACKWARD, BOTH, FORWARD, TiedNetwork, TieSide

tr = translator("SlimStadAccessibility")

STRATEGIES = ("distance", "time")  # Processing STRATEGY 0/1, QGIS's "Shortest" / "Fastest"
MODE_SPEEDS_KMH = {"walking": 4.8, "cycling": 15.0, "driving": 50.0}  # Processing MODE 0/1/2
TIES = ("edge", "node")  # Processing TIE 0/1
QGIS_MIN_TOLERANCE = 1e-10  # QgsVectorLayerDirector merges points within max(tolerance, 1e-10)
TIE_CHUNK = 50_000  # locations tied per KD-tree query
TIE_MARGIN = 1000.0  # metres of network around the locations indexed for tying (beyond: a second, full search)


@dataclass
class NetworkLines:
    """Line parts as flat arrays: part ``k`` is ``coords[offsets[k]:offsets[k + 1]]`` in the metric CRS.

    ``direction`` per part: :data:`FORWARD`, :data:`BACKWARD` or :data:`BOTH`; ``speed_kmh`` per part, NaN
    where the default speed applies. Parts keep the layer's feature order (QGIS's tie-break order).
    """

    coords: np.ndarray  # (v, 2) float
    offsets: np.ndarray  # (p + 1,) int
    direction: np.ndarray  # (p,) int8
    speed_kmh: np.ndarray  # (p,) float

    @classmethod
    def from_parts(cls, parts: Sequence[np.ndarray], direction: Optional[Sequence[int]] = None,
                   speed_kmh: Optional[Sequence[float]] = None) -> "NetworkLines":
        """From a list of (k, 2) vertex arrays (tests and small inputs); all two-way without speeds by default."""
        arrays = [np.asarray(part, dtype=float).reshape(-1, 2) for part in parts]
        counts = np.array([len(part) for part in arrays], dtype=np.int64)
        coords = np.concatenate(arrays) if arrays else np.empty((0, 2))
        count = len(arrays)
        return cls(coords=coords, offsets=np.concatenate([[0], np.cumsum(counts)]).astype(np.int64),
                   direction=np.full(count, BOTH, np.int8) if direction is None else np.asarray(direction, np.int8),
                   speed_kmh=np.full(count, np.nan) if speed_kmh is None else np.asarray(speed_kmh, float))


def require_scipy() -> None:
    """Network costs need scipy (it ships with QGIS on Debian, OSGeo4W and macOS); say so if it is missing."""
    if importlib.util.find_spec("scipy") is None:
        raise AccessibilityInputError(tr("Network distances need the Python package scipy, which is missing."))


def strategy_name(strategy: object) -> str:
    """``"distance"`` or ``"time"`` from a Processing index (0/1) or a name."""
    if isinstance(strategy, (int, np.integer)) and not isinstance(strategy, bool) and 0 <= strategy < 2:
        return STRATEGIES[int(strategy)]
    if isinstance(strategy, str) and strategy.strip().lower() in STRATEGIES:
        return strategy.strip().lower()
    raise AccessibilityInputError(tr("Unknown cost {value}; use distance or time.").format(value=repr(strategy)))


def _merge_vertices(coords: np.ndarray, tolerance: float) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Merge identical (or within ``tolerance``) vertices into nodes.

    Returns (node coordinates, node of every vertex, the vertices ordered by node, where each node's vertices
    start in that order): the last two are a node -> vertices index that costs no extra sort.
    """
    if tolerance <= QGIS_MIN_TOLERANCE:
        # One sort on (x, y): complex numbers sort by real then imaginary part, and -0.0 equals 0.0.
        keys = coords[:, 0] + 1j * coords[:, 1]
        order = np.argsort(keys)
        ordered = keys[order]
        new = np.empty(len(keys), dtype=bool)
        new[:1] = True
        np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
        labels = np.empty(len(keys), dtype=np.int64)
        labels[order] = np.cumsum(new) - 1
        unique = ordered[new]
        starts = np.append(np.flatnonzero(new), len(keys))
        return np.column_stack([unique.real, unique.imag]), labels, order, starts
    # lazy: scipy takes ~0.1 s to import and only network runs need it (not the Euclidean first call)
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components  # lazy: as above
    from scipy.spatial import cKDTree  # lazy: as above

    close = cKDTree(coords).query_pairs(tolerance, p=np.inf, output_type="ndarray")
    n = len(coords)
    links = coo_matrix((np.ones(len(close)), (close[:, 0], close[:, 1])), shape=(n, n))
    _, labels = connected_components(links, directed=False)
    labels = labels.astype(np.int64)
    order = np.argsort(labels, kind="stable")  # a merged node sits at its first vertex in layer order
    starts = np.append(np.flatnonzero(np.diff(labels[order], prepend=-1)), n)
    return coords[order[starts[:-1]]], labels, order, starts


class StreetNetwork:
    """A line network as a graph, built once; :meth:`connect` ties demand and supply locations to it."""

    def __init__(self, lines: NetworkLines, strategy: object = "distance", default_speed_kmh: float = 4.8,
                 tolerance: float = 0.0) -> None:
        require_scipy()
        self.strategy = strategy_name(strategy)
        if not (math.isfinite(default_speed_kmh) and default_speed_kmh > 0):
            raise AccessibilityInputError(tr("The speed must be greater than 0 km/h (got {value}).").format(
                value=default_speed_kmh))
        if not (math.isfinite(tolerance) and tolerance >= 0):
            raise AccessibilityInputError(tr("The topology tolerance must be 0 or more (got {value}).").format(
                value=tolerance))
        self.default_speed_kmh = float(default_speed_kmh)
        self.tolerance = float(tolerance)
        coords = np.asarray(lines.coords, dtype=float).reshape(-1, 2)
        offsets = np.asarray(lines.offsets, dtype=np.int64)
        counts = np.diff(offsets)
        if not (counts >= 2).any():
            raise AccessibilityInputError(tr("The network layer has no lines."))
        if not np.isfinite(coords).all():
            raise AccessibilityInputError(tr("The network layer has empty or infinite coordinates."))
        self.nodes, labels, self._vertex_order, self._node_start = _merge_vertices(coords, self.tolerance)
        # Segment k runs from vertex seg[k] to seg[k] + 1 inside one part (parts with one vertex have none).
        is_last = np.zeros(len(coords), dtype=bool)
        is_last[offsets[1:][counts > 0] - 1] = True
        seg = np.flatnonzero(~is_last)
        part = np.repeat(np.arange(len(counts)), counts)[seg]
        self.seg_u, self.seg_v = labels[seg], labels[seg + 1]
        self._seg_start = seg  # first vertex of every segment, ascending
        self.seg_direction = np.asarray(lines.direction, dtype=np.int8)[part]
        if self.strategy == "time":
            speed = np.asarray(lines.speed_kmh, dtype=float)[part]
            speed = np.where(np.isfinite(speed) & (speed > 0), speed, self.default_speed_kmh)
            self.max_speed_kmh = float(max(speed.max(initial=0.0), self.default_speed_kmh))
            self.seg_factor = 60.0 / (1000.0 * speed)  # minutes per metre
        else:
            self.max_speed_kmh = self.default_speed_kmh
            self.seg_factor = np.ones(len(seg))
        self.directed = bool((self.seg_direction != BOTH).any())
        a, b = self.nodes[self.seg_u], self.nodes[self.seg_v]
        self.seg_length = np.hypot(b[:, 0] - a[:, 0], b[:, 1] - a[:, 1])
        # The graph, built once: searched forward from demand, on the reversed graph from facilities.
        self.forward = self._graph(reverse=False)
        self.backward = self._graph(reverse=True) if self.directed else None
        self._tie_index: Optional[Tuple[np.ndarray, np.ndarray, float]] = None
        self._node_tree: Optional[object] = None

    def _graph(self, reverse: bool) -> object:
        """CSR matrix of edge costs: each segment of non-zero length one edge per allowed direction (reversed:
        the opposite trips), of parallel edges (overlapping lines) the cheapest."""
        useful = self.seg_u != self.seg_v
        along = useful & (self.seg_direction != BACKWARD)
        back = useful & (self.seg_direction != FORWARD)
        cost = self.seg_length * self.seg_factor
        src = np.concatenate([self.seg_u[along], self.seg_v[back]])
        dst = np.concatenate([self.seg_v[along], self.seg_u[back]])
        weight = np.concatenate([cost[along], cost[back]])
        return _csr(dst, src, weight, len(self.nodes)) if reverse else _csr(src, dst, weight, len(self.nodes))

    @property
    def edge_count(self) -> int:
        """Segments of non-zero length (each one edge, one- or two-way)."""
        return int(np.count_nonzero(self.seg_u != self.seg_v))

    @property
    def connector_factor(self) -> float:
        """Cost per metre of the straight connector: 1 (metres) or minutes per metre at the default speed."""
        return 1.0 if self.strategy == "distance" else 60.0 / (1000.0 * self.default_speed_kmh)

    @property
    def metres_per_cost(self) -> float:
        """Largest straight-line distance one unit of cost can cover (the search's bounding-box margin)."""
        return 1.0 if self.strategy == "distance" else self.max_speed_kmh * 1000.0 / 60.0

    # --- tying ----------------------------------------------------------------------------------------

    def tie(self, xy: np.ndarray, tie: str = "edge") -> "Ties":
        """Where each location meets the network: segment, position along it, point and connector length (m)."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if tie not in TIES:
            raise AccessibilityInputError(tr("Unknown tie method {value}; use edge or node.").format(value=repr(tie)))
        if tie == "node":
            if self._node_tree is None:
                from scipy.spatial import cKDTree  # lazy: scipy takes ~0.1 s to import; only networks need it

                self._node_tree = cKDTree(self.nodes)
            distance, node = self._node_tree.query(xy) if len(xy) else (np.empty(0), np.empty(0, np.int64))
            node = np.asarray(node, dtype=np.int64)
            return Ties(segment=np.full(len(xy), -1, np.int64), position=np.zeros(len(xy)), node=node,
                        point=self.nodes[node] if len(xy) else np.empty((0, 2)), connector=np.asarray(distance))
        segment = self._nearest_segment(xy)
        position, point, d2 = _project(xy, self.nodes[self.seg_u[segment]], self.nodes[self.seg_v[segment]])
        return Ties(segment=segment, position=position, node=np.full(len(xy), -1, np.int64), point=point,
                    connector=np.sqrt(d2))

    def _tie_samples(self) -> Tuple[np.ndarray, np.ndarray, float]:
        """Every node plus points every ``step`` metres along longer segments (made once): (points, segment of
        each point after the nodes, step).

        Any segment passes within ``step / 2`` of one of its samples, so the segments nearest to a location
        are among the samples within ``nearest sample + step / 2`` of it: exact, whatever the edge lengths.
        """
        if self._tie_index is None:
            a, b = self.nodes[self.seg_u], self.nodes[self.seg_v]
            length = self.seg_length
            positive = length[length > 0]
            step = max(4.0 * float(np.median(positive)), 1e-6) if len(positive) else 1.0
            pieces = np.maximum(np.ceil(length / step).astype(np.int64), 1)
            long_seg = np.repeat(np.arange(len(length)), pieces - 1)
            k = np.arange(len(long_seg)) - np.repeat(np.cumsum(pieces - 1) - (pieces - 1), pieces - 1) + 1
            f = (k / pieces[long_seg])[:, None]
            samples = np.concatenate([self.nodes, a[long_seg] + f * (b[long_seg] - a[long_seg])])
            self._tie_index = (samples, long_seg, step)
        return self._tie_index

    @staticmethod
    def _tree(points: np.ndarray) -> object:
        from scipy.spatial import cKDTree  # lazy: scipy takes ~0.1 s to import; only networks need it

        return cKDTree(points, balanced_tree=False, compact_nodes=False)  # twice as fast to build

    @staticmethod
    def _near(tree: object, xy: np.ndarray, step: float) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, sample) for every sample within ``nearest sample + step / 2`` of each location, and that reach."""
        k = min(16, tree.n)
        rows = np.arange(len(xy))
        reach = np.empty(len(xy))
        found_rows, found_samples = [], []
        while len(rows):
            dist, sample = tree.query(xy[rows], k=k)
            dist, sample = dist.reshape(len(rows), -1), sample.reshape(len(rows), -1)
            radius = dist[:, 0] + 0.5 * step
            more = (dist[:, -1] <= radius) & (k < tree.n)  # there may be more samples inside the radius
            r, c = np.nonzero((dist <= radius[:, None]) & ~more[:, None])
            found_rows.append(rows[r])
            found_samples.append(sample[r, c])
            reach[rows[~more]] = radius[~more]
            rows, k = rows[more], min(4 * k, tree.n)
        return np.concatenate(found_rows), np.concatenate(found_samples), reach

    def _touching(self, node: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        """(index into ``node``, segment) for every segment that starts or ends at each of the nodes."""
        count = self._node_start[node + 1] - self._node_start[node]
        owner = np.repeat(np.arange(len(node)), count)
        vertex = self._vertex_order[np.repeat(self._node_start[node] - (np.cumsum(count) - count), count) +
                                    np.arange(int(count.sum()))]
        starts = self._seg_start
        found = []
        for first_vertex in (vertex, vertex - 1):  # the segment that starts at the vertex, the one that ends there
            index = np.minimum(np.searchsorted(starts, first_vertex), len(starts) - 1)
            found.append(np.where(starts[index] == first_vertex, index, -1))
        owner, segment = np.concatenate([owner, owner]), np.concatenate(found)
        return owner[segment >= 0], segment[segment >= 0]

    def _nearest_segment(self, xy: np.ndarray) -> np.ndarray:
        """The nearest segment of each location (the first in layer order on an exact tie)."""
        samples, long_seg, step = self._tie_samples()
        if len(xy) == 0:
            return np.empty(0, dtype=np.int64)
        # A KD-tree over the samples around the locations only (a city's sectors on a region's network); a
        # location whose search reaches beyond that area is searched again over all samples.
        low = xy.min(axis=0) - max(10.0 * step, TIE_MARGIN)
        high = xy.max(axis=0) + max(10.0 * step, TIE_MARGIN)
        near = np.flatnonzero(((samples >= low) & (samples <= high)).all(axis=1))
        whole = len(near) == 0 or len(near) > 0.6 * len(samples)
        tree = self._tree(samples if whole else samples[near])
        full: List[object] = [tree] if whole else []
        result = np.empty(len(xy), dtype=np.int64)
        for start in range(0, len(xy), TIE_CHUNK):
            chunk = xy[start:start + TIE_CHUNK]
            point_of, sample, reach = self._near(tree, chunk, step)
            if not whole:
                sample = near[sample]
                inside = ((chunk - reach[:, None] >= low) & (chunk + reach[:, None] <= high)).all(axis=1)
                if not inside.all():
                    full = full or [self._tree(samples)]
                    again = np.flatnonzero(~inside)
                    keep = inside[point_of]
                    rows, more, _ = self._near(full[0], chunk[again], step)
                    point_of = np.concatenate([point_of[keep], again[rows]])
                    sample = np.concatenate([sample[keep], more])
            result[start:start + TIE_CHUNK] = self._closest(chunk, point_of, sample, long_seg)
        return result

    def _closest(self, xy: np.ndarray, point_of: np.ndarray, sample: np.ndarray, long_seg: np.ndarray) -> np.ndarray:
        """Of the candidate segments (through the samples found), the nearest per location."""
        n_nodes = len(self.nodes)
        is_node = sample < n_nodes
        owner, touching = self._touching(sample[is_node])
        cand_point = np.concatenate([point_of[is_node][owner], point_of[~is_node]])
        cand_seg = np.concatenate([touching, long_seg[sample[~is_node] - n_nodes]])
        _, _, d2 = _project(xy[cand_point], self.nodes[self.seg_u[cand_seg]], self.nodes[self.seg_v[cand_seg]])
        order = np.lexsort((cand_seg, d2, cand_point))  # per location: smallest distance, then first segment
        first = np.ones(len(order), dtype=bool)
        first[1:] = cand_point[order][1:] != cand_point[order][:-1]
        result = np.empty(len(xy), dtype=np.int64)
        result[cand_point[order][first]] = cand_seg[order][first]
        return result

    # --- connecting locations --------------------------------------------------------------------------

    def connect(self, demand_xy: np.ndarray, supply_xy: np.ndarray, tie: str = "edge",
                max_distance: float = math.inf) -> TiedNetwork:
        """Tie demand and supply locations to the network; farther than ``max_distance`` metres: unconnected.

        A tie point on a segment is a node of its own for the search (the segment split there, as in QGIS);
        one within the topology tolerance of the segment's end is that end's node."""
        demand_xy = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
        supply_xy = np.asarray(supply_xy, dtype=float).reshape(-1, 2)
        ties = self.tie(np.concatenate([demand_xy, supply_xy]), tie)
        connected = ties.connector <= max_distance
        node, segment = ties.node.copy(), ties.segment.copy()
        to_u, to_v = np.zeros(len(node)), np.zeros(len(node))
        if tie == "edge":
            a, b = self.nodes[self.seg_u[segment]], self.nodes[self.seg_v[segment]]
            box = max(self.tolerance, QGIS_MIN_TOLERANCE)
            at_a = (np.abs(ties.point - a) <= box).all(axis=1)
            at_b = (np.abs(ties.point - b) <= box).all(axis=1) & ~at_a
            node = np.where(at_a, self.seg_u[segment], np.where(at_b, self.seg_v[segment], -1))
            segment[at_a | at_b] = -1
            factor = self.seg_factor[np.maximum(segment, 0)]
            to_u = np.hypot(*(ties.point - a).T) * factor  # cost from the tie point to the segment's start
            to_v = np.hypot(*(b - ties.point).T) * factor  # and to its end
        node[~connected] = -1
        segment[~connected] = -1
        connector = ties.connector * self.connector_factor
        sides = []
        for part in (slice(0, len(demand_xy)), slice(len(demand_xy), None)):
            sides.append(TieSide(node=node[part], segment=segment[part], point=ties.point[part], to_u=to_u[part],
                                 to_v=to_v[part], connector=connector[part], distance=ties.connector[part]))
        return TiedNetwork(self, sides[0], sides[1])


@dataclass
class Ties:
    """Per location: tied segment (-1 for node ties), position 0..1 along it, node (-1 for edge ties),
    point on the network and straight connector length in metres."""

    segment: np.ndarray
    position: np.ndarray
    node: np.ndarray
    point: np.ndarray
    connector: np.ndarray


def _project(xy: np.ndarray, a: np.ndarray, b: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Nearest point on segments a-b, as ``QgsPointXY::sqrDistToSegment`` computes it: (t, point, squared dist)."""
    nx, ny = b[:, 1] - a[:, 1], -(b[:, 0] - a[:, 0])
    denominator = (b[:, 0] - a[:, 0]) * ny - (b[:, 1] - a[:, 1]) * nx
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (xy[:, 0] * ny - xy[:, 1] * nx - a[:, 0] * ny + a[:, 1] * nx) / denominator
    degenerate = denominator == 0  # zero-length segment: its one point
    t = np.where(degenerate, 0.0, t)
    point = np.where((t < 0.0)[:, None], a, np.where((t > 1.0)[:, None], b, a + t[:, None] * (b - a)))
    d2 = (xy[:, 0] - point[:, 0]) ** 2 + (xy[:, 1] - point[:, 1]) ** 2
    exact = d2 == 0.0  # a location on the segment is its own tie point
    point[exact] = xy[exact]
    return np.clip(t, 0.0, 1.0), point, d2


def _csr(src: np.ndarray, dst: np.ndarray, weight: np.ndarray, n: int) -> object:
    """CSR matrix of edge costs; of parallel edges (overlapping lines) the cheapest.

    scipy's COO -> CSR conversion is a linear-time counting sort but adds duplicates up. When it found none the
    result stands; otherwise the costs travel again as ``cost + 1j``: the imaginary part then counts the edges of
    each entry, and only those entries are redone with the minimum.
    """
    from scipy.sparse import coo_matrix, csr_matrix  # lazy: scipy takes ~0.1 s to import; only networks need it

    plain = coo_matrix((weight, (src, dst)), shape=(n, n)).tocsr()
    if plain.nnz == len(weight):  # no parallel edges
        return plain
    summed = coo_matrix((weight + 1j, (src, dst)), shape=(n, n)).tocsr()
    data = summed.data.real.copy()
    repeated = np.flatnonzero(summed.data.imag > 1.5)
    rows = np.repeat(np.arange(n), np.diff(summed.indptr))[repeated]
    entry = rows.astype(np.int64) * n + summed.indices[repeated]
    involved = np.zeros(n, dtype=bool)
    involved[rows] = True
    edges = np.flatnonzero(involved[src])
    key = src[edges].astype(np.int64) * n + dst[edges]
    order = np.lexsort((weight[edges], key))
    first = np.ones(len(order), dtype=bool)
    first[1:] = key[order][1:] != key[order][:-1]
    keys, cheapest = key[order][first], weight[edges][order][first]
    data[repeated] = cheapest[np.searchsorted(keys, entry)]
    return csr_matrix((data, summed.indices, summed.indptr), shape=(n, n))
