"""Multi-use sites: clusters of facilities from different sectors close enough to share a building.

Single-linkage clustering: two facilities within ``distance`` of each other belong to the same cluster,
and so do chains of them (STRtree ``dwithin`` pairs joined with union-find). A cluster's score is the
number of distinct sectors it combines; clusters with fewer than ``min_sectors`` sectors are dropped.
"""

from dataclasses import dataclass, field
from typing import Dict, List, Sequence

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from ..base.errors import SlimStadError
from ..base.i18n import translator

tr = translator("SlimStadMultiUse")


class MultiUseError(SlimStadError, ValueError):
    """Bad input for multi-use sites; the message is translated and meant for the user."""


@dataclass
class Cluster:
    """One candidate multi-use site."""

    cluster_id: int
    members: List[int]          # indices into the input points
    sectors: List[str]          # distinct sectors, sorted
    score: float
    centroid: BaseGeometry
    hull: BaseGeometry          # convex hull of the members buffered by half the distance

    @property
    def n_facilities(self) -> int:
        return len(self.members)

    @property
    def n_sectors(self) -> int:
        return len(self.sectors)


@dataclass
class MultiUseResult:
    clusters: List[Cluster]
    labels: np.ndarray          # connected-component label of every input point
    warnings: List[str] = field(default_factory=list)


def _find(parent: np.ndarray, i: int) -> int:
    root = i
    while parent[root] != root:
        root = parent[root]
    while parent[i] != root:  # path compression keeps later look-ups short
        parent[i], i = root, parent[i]
    return root


def single_linkage(xy: np.ndarray, distance: float) -> np.ndarray:
    """Component label per point (0..k-1, in order of first appearance) for links shorter than ``distance``."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    parent = np.arange(len(xy))
    if len(xy):
        points = shapely.points(xy)
        left, right = shapely.STRtree(points).query(points, predicate="dwithin", distance=distance)
        for a, b in zip(left[left < right].tolist(), right[left < right].tolist()):
            root_a, root_b = _find(parent, a), _find(parent, b)
            if root_a != root_b:
                parent[max(root_a, root_b)] = min(root_a, root_b)
    roots = np.array([_find(parent, i) for i in range(len(xy))], dtype=int)
    _, labels = np.unique(roots, return_inverse=True)
    return labels.astype(int)


def parse_sector_mapping(text: str) -> Dict[str, str]:
    """``"scholen=onderwijs; kinderopvang=kinderopvang"`` -> dict (separators ``;`` or ``,``)."""
    mapping: Dict[str, str] = {}
    for part in (text or "").replace(";", ",").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise MultiUseError(tr("Write the sector mapping as layer=sector pairs: '{p}'").format(p=part.strip()))
        layer, sector = (piece.strip() for piece in part.split("=", 1))
        if not layer or not sector:
            raise MultiUseError(tr("Write the sector mapping as layer=sector pairs: '{p}'").format(p=part.strip()))
        mapping[layer] = sector
    return mapping


def find_multi_use_sites(xy: np.ndarray, sectors: Sequence[str], distance: float,
                         min_sectors: int = 2) -> MultiUseResult:
    """Clusters of ``xy`` points (one sector each) combining at least ``min_sectors`` sectors.

    Clusters are numbered 1.. by descending score, then size, then x/y of the centroid (stable output).
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    if not distance > 0:
        raise MultiUseError(tr("The distance must be larger than 0"))
    if min_sectors < 1:
        raise MultiUseError(tr("The minimum number of sectors must be at least 1"))
    if len(sectors) != len(xy):
        raise MultiUseError(tr("Give one sector per facility"))
    if len(xy) == 0:
        raise MultiUseError(tr("The facility layers have no features"))
    if not np.all(np.isfinite(xy)):
        raise MultiUseError(tr("Some facilities have no valid location"))
    component = single_linkage(xy, distance)
    warnings: List[str] = []
    if len(set(sectors)) < min_sectors:
        warnings.append(tr("Only {n} sector(s) in the input: no cluster can combine {m}")
                        .format(n=len(set(sectors)), m=min_sectors))
    drafts = []
    for label in range(int(component.max()) + 1 if len(component) else 0):
        members = np.flatnonzero(component == label).tolist()
        distinct = sorted({sectors[i] for i in members})
        if len(distinct) < min_sectors:
            continue
        points = shapely.multipoints(xy[members])
        drafts.append((members, distinct, points))
    drafts.sort(key=lambda d: (-len(d[1]), -len(d[0]), d[2].centroid.x, d[2].centroid.y))
    clusters = [
        Cluster(i + 1, members, distinct, float(len(distinct)), points.centroid,
                points.convex_hull.buffer(distance / 2, quad_segs=8))
        for i, (members, distinct, points) in enumerate(drafts)
    ]
    return MultiUseResult(clusters, component, warnings)
