"""Input rasters of a run, read strip by strip (rows ``r0:r1``) as float64 with NaN on nodata.

A :class:`Layer` is a raster file (read through :class:`..raster_io.RasterReader`, one strip at a time, so memory
follows the strip, not the raster) or an array (tests, scripts). :class:`Derived` applies a cell-by-cell function
to another layer's strips (reclassification, source strength from resistance). Strips are read by the thread that
runs the job only (never by the solving threads).
"""

import numpy as np

from ..raster_io import RasterReader, Window


class Layer:
    """One band: ``rows(r0, r1)`` → float64 array of those rows (NaN = nodata)."""

    def __init__(self, path=None, array=None, label=""):
        if (path is None) == (array is None):
            raise ValueError("give a path or an array")
        self.path = None if path is None else str(path)
        self._array = None if array is None else np.asarray(array, dtype=np.float64)
        self._reader = None
        self.grid = None
        if self._array is not None:
            self.shape = self._array.shape
            self.label = label or "array"
        else:
            with RasterReader(self.path, label=label or None) as reader:
                self.shape = (reader.height, reader.width)
                self.grid = reader.grid
                self.label = reader.label

    def rows(self, r0, r1):
        if self._array is not None:
            return self._array[r0:r1].copy()
        if self._reader is None:
            self._reader = RasterReader(self.path, label=self.label)
        data, valid = self._reader.read(Window(0, r0, self.shape[1], r1 - r0), [1])
        values = data[0].astype(np.float64)
        values[~valid] = np.nan
        return values

    def strips(self, rows_per_strip=256):
        """``(r0, values)`` of consecutive strips covering the layer."""
        for r0 in range(0, self.shape[0], rows_per_strip):
            yield r0, self.rows(r0, min(r0 + rows_per_strip, self.shape[0]))

    def close(self):
        if self._reader is not None:
            self._reader.close()
            self._reader = None


class Derived:
    """``function(base.rows(r0, r1))``: a layer computed cell by cell from another."""

    def __init__(self, base, function):
        self.base, self.function = base, function
        self.shape, self.grid, self.label = base.shape, base.grid, base.label

    def rows(self, r0, r1):
        return self.function(self.base.rows(r0, r1))

    def strips(self, rows_per_strip=256):
        for r0 in range(0, self.shape[0], rows_per_strip):
            yield r0, self.rows(r0, min(r0 + rows_per_strip, self.shape[0]))

    def close(self):
        self.base.close()
