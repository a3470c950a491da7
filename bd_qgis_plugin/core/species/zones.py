"""Which zones (reserve polygons) hold which points: a point-in-polygon index for streamed chunks of points.

Even-odd ray crossing (the rule GEOS and OGR apply to polygons with holes) vectorised with numpy over the edges
of each zone, which are bucketed into horizontal bands so that a point is tested only against the edges crossing
its band. Hand-written because the plugin may not rely on shapely 2 (Debian 12 has 1.8, without vectorised
predicates) and GDAL's Python bindings have no prepared geometries; a point on a boundary may fall either side.
"""

import numpy as np
from osgeo import ogr

from ..errors import InputError

ogr.UseExceptions()

#: Elements (points × edges) tested at once: bounds the temporary arrays (~8 bytes each, a few of them).
BLOCK = 1 << 21


def _rings(geometry):
    kind = ogr.GT_Flatten(geometry.GetGeometryType())
    if kind == ogr.wkbPolygon:
        for i in range(geometry.GetGeometryCount()):
            ring = geometry.GetGeometryRef(i)
            yield np.array(ring.GetPoints(), dtype="float64")[:, :2]
    elif kind in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
        for i in range(geometry.GetGeometryCount()):
            yield from _rings(geometry.GetGeometryRef(i))


class _Zone:
    def __init__(self, name, wkb):
        try:
            geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        except RuntimeError as exc:
            raise InputError("The geometry of zone '{zone}' could not be read.", zone=name) from exc
        rings = [r for r in _rings(geometry) if len(r) >= 3]
        if not rings:
            raise InputError("Zone '{zone}' is not a polygon.", zone=name)
        starts = np.concatenate([r[:-1] for r in rings]) if len(rings) > 1 else rings[0][:-1]
        ends = np.concatenate([r[1:] for r in rings]) if len(rings) > 1 else rings[0][1:]
        keep = starts[:, 1] != ends[:, 1]  # horizontal edges never cross a horizontal ray
        self.x1, self.y1 = starts[keep, 0], starts[keep, 1]
        self.x2, self.y2 = ends[keep, 0], ends[keep, 1]
        self.name = name
        points = np.concatenate(rings)
        self.bbox = (points[:, 0].min(), points[:, 1].min(), points[:, 0].max(), points[:, 1].max())
        count = len(self.x1)
        self.bands = int(min(256, max(1, count // 8)))
        y0, y1 = self.bbox[1], self.bbox[3]
        self.band_height = (y1 - y0) / self.bands if y1 > y0 else 1.0
        low, high = np.minimum(self.y1, self.y2), np.maximum(self.y1, self.y2)
        first = np.clip(((low - y0) / self.band_height).astype(int), 0, self.bands - 1)
        last = np.clip(((high - y0) / self.band_height).astype(int), 0, self.bands - 1)
        self.band_edges = [np.nonzero((first <= b) & (last >= b))[0] for b in range(self.bands)]

    def contains(self, x, y):
        """Boolean array: which of the points (x, y) lie inside (even-odd rule)."""
        inside = np.zeros(len(x), dtype=bool)
        x0, y0, x1, y1 = self.bbox
        candidates = np.nonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))[0]
        if not len(candidates):
            return inside
        band = np.clip(((y[candidates] - y0) / self.band_height).astype(int), 0, self.bands - 1)
        order = np.argsort(band, kind="stable")
        candidates, band = candidates[order], band[order]
        bounds = np.searchsorted(band, np.arange(self.bands + 1))
        for b in range(self.bands):
            points = candidates[bounds[b]:bounds[b + 1]]
            edges = self.band_edges[b]
            if not len(points) or not len(edges):
                continue
            ex1, ey1, ex2, ey2 = self.x1[edges], self.y1[edges], self.x2[edges], self.y2[edges]
            step = max(1, BLOCK // len(edges))
            for s in range(0, len(points), step):
                chunk = points[s:s + step]
                px, py = x[chunk, None], y[chunk, None]
                straddles = (ey1 > py) != (ey2 > py)
                with np.errstate(divide="ignore", invalid="ignore"):
                    cross_x = ex1 + (py - ey1) * (ex2 - ex1) / (ey2 - ey1)
                crossings = np.count_nonzero(straddles & (px < cross_x), axis=1)
                inside[chunk] = (crossings % 2) == 1
        return inside


class ZoneIndex:
    """Zones [(name, WKB polygon)] for point look-ups; zones may overlap (a point is in each that holds it)."""

    def __init__(self, zones):
        self.zones = [_Zone(name, wkb) for name, wkb in zones]
        self.names = [z.name for z in self.zones]

    def locate(self, x, y):
        """[(zone position, indices of the points (x, y) inside it)] for the zones holding any point."""
        x, y = np.asarray(x, dtype="float64"), np.asarray(y, dtype="float64")
        found = []
        for position, zone in enumerate(self.zones):
            inside = np.nonzero(zone.contains(x, y))[0]
            if len(inside):
                found.append((position, inside))
        return found
