"""Species richness grids: records (sampling effort), species and threatened species per square or hexagonal cell.

Cells are numbered from the grid's origin: square cells (col, row) of ``size`` metres; hexagons pointy-top with
``size`` metres between opposite sides (area √3/2 · size²), in axial coordinates (q, r) with cube rounding (the
usual hexagonal-grid arithmetic, e.g. Red Blob Games' "Hexagonal Grids"). Memory grows with the cells and the
species in them, not with the records.
"""

import math

import numpy as np

from ..memory import check_memory

SQUARE, HEXAGON = "square", "hexagon"
#: Status values meaning threatened: IUCN / Vietnam Red Data Book categories CR, EN, VU (and EW), and any entry of
#: the Decree 64/2019 list.
THREATENED_CATEGORIES = ("CR", "EN", "VU", "EW")
PRIORITY_COLUMN = "nd64_2019"
#: Bytes per cell kept (its counters and a small set of species), for the early memory check.
BYTES_PER_CELL = 400


def is_threatened(status):
    """True for a status {column: (value, entry)} that lists the species in Decree 64/2019 or gives it a threatened
    category (CR, EN, VU, EW)."""
    for column, (value, _) in status.items():
        if column == PRIORITY_COLUMN and value:
            return True
        first = str(value).strip().split(" ")[0].upper().rstrip(".,;")
        if first in THREATENED_CATEGORIES:
            return True
    return False


class Grid:
    """A square or hexagonal grid of cells ``size`` metres wide anchored at ``origin`` (x0, y0)."""

    def __init__(self, kind, size, origin=(0.0, 0.0)):
        if size <= 0:
            from ..errors import InputError

            raise InputError("The cell size must be more than 0 m.")
        self.kind, self.size, self.x0, self.y0 = kind, float(size), float(origin[0]), float(origin[1])
        self.radius = self.size / math.sqrt(3.0)  # hexagon centre to corner

    def cells(self, x, y):
        """(a, b) integer arrays: the cell of each point."""
        x = np.asarray(x, dtype="float64") - self.x0
        y = np.asarray(y, dtype="float64") - self.y0
        if self.kind == SQUARE:
            return np.floor(x / self.size).astype("int64"), np.floor(y / self.size).astype("int64")
        q = (math.sqrt(3.0) / 3.0 * x - y / 3.0) / self.radius
        r = (2.0 / 3.0 * y) / self.radius
        return _cube_round(q, r)

    def centre(self, a, b):
        if self.kind == SQUARE:
            return self.x0 + (a + 0.5) * self.size, self.y0 + (b + 0.5) * self.size
        return (self.x0 + self.radius * math.sqrt(3.0) * (a + b / 2.0), self.y0 + self.radius * 1.5 * b)

    def ring(self, a, b):
        """The cell's outline [(x, y)…], closed."""
        if self.kind == SQUARE:
            x, y = self.x0 + a * self.size, self.y0 + b * self.size
            s = self.size
            return [(x, y), (x + s, y), (x + s, y + s), (x, y + s), (x, y)]
        cx, cy = self.centre(a, b)
        corners = [(cx + self.radius * math.cos(math.radians(30 + 60 * k)),
                    cy + self.radius * math.sin(math.radians(30 + 60 * k))) for k in range(6)]
        return corners + corners[:1]

    def cells_over(self, bbox):
        """Every cell whose centre may fall inside ``bbox`` (x0, y0, x1, y1), as (a, b, cx, cy) arrays."""
        xmin, ymin, xmax, ymax = bbox
        step_x, step_y = (self.size, self.size) if self.kind == SQUARE else (self.size / 2, self.radius * 1.5)
        count = (math.ceil((xmax - xmin) / step_x) + 2) * (math.ceil((ymax - ymin) / step_y) + 2)
        check_memory(count * BYTES_PER_CELL, "The grid would have too many cells for the memory available ({need} MB "
                     "needed, {free} MB free): choose larger cells.")
        xs = np.arange(xmin - step_x, xmax + step_x, step_x / 2 if self.kind == HEXAGON else step_x)
        ys = np.arange(ymin - step_y, ymax + step_y, step_y / 2 if self.kind == HEXAGON else step_y)
        gx, gy = np.meshgrid(xs + (0.5 * self.size if self.kind == SQUARE else 0), ys + (
            0.5 * self.size if self.kind == SQUARE else 0))
        a, b = self.cells(gx.ravel(), gy.ravel())
        unique = sorted(set(zip(a.tolist(), b.tolist())))
        a = np.array([u[0] for u in unique], dtype="int64")
        b = np.array([u[1] for u in unique], dtype="int64")
        centres = [self.centre(i, j) for i, j in unique]
        return a, b, np.array([c[0] for c in centres]), np.array([c[1] for c in centres])


def _cube_round(q, r):
    s = -q - r
    rq, rr, rs = np.round(q), np.round(r), np.round(s)
    dq, dr, ds = np.abs(rq - q), np.abs(rr - r), np.abs(rs - s)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    rq = np.where(fix_q, -rr - rs, rq)
    rr = np.where(fix_r, -rq - rs, rr)
    return rq.astype("int64"), rr.astype("int64")


class RichnessTally:
    """Per cell: records, species and threatened species, from chunks of points with their species."""

    def __init__(self, grid):
        self.grid = grid
        self.records, self.species, self.threatened = {}, {}, {}

    def add(self, x, y, species, threatened):
        """Points (x, y) with their species (a name, "" when not identified to species) and whether it is
        threatened (booleans)."""
        a, b = self.grid.cells(x, y)
        for i, j, name, flag in zip(a.tolist(), b.tolist(), species, threatened):
            cell = (i, j)
            self.records[cell] = self.records.get(cell, 0) + 1
            if name:
                self.species.setdefault(cell, set()).add(name)
                if flag:
                    self.threatened.setdefault(cell, set()).add(name)

    def row(self, cell):
        return {"records": self.records.get(cell, 0), "species": len(self.species.get(cell, ())),
                "threatened": len(self.threatened.get(cell, ()))}
