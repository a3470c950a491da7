"""Whole raster bands as the solver takes them, read through :class:`raster_io.RasterReader` (GDAL).

Circuitscape's inputs (ASCII grids, GeoTIFFs, optionally gzipped) and the resistance rasters of the
Processing algorithms are read the same way: float64 values, a validity mask and the :class:`raster_io.Grid`.
"""

import os

import numpy as np

from ..errors import InputError
from ..raster_io import RasterReader, Window
from .solver import check_grid_memory


def read_band(path, nodata=None, memory_limit_bytes=None):
    """``(values float64, valid, Grid)`` of band 1 of ``path``, whole.

    ``valid`` is False on the band's nodata, NaN, ±inf and, when given, ``nodata`` too (Circuitscape's inputs
    mark -9999 as nodata whatever their header says). A ``.gz`` file is read through GDAL's ``/vsigzip/``.
    A raster too large for a circuit run is refused from its size before any pixel is read
    (:func:`solver.check_grid_memory`).
    """
    path = str(path)
    if path.endswith(".gz"):
        if not os.path.exists(path):
            raise InputError("Raster '{path}' does not exist.", path=path)
        path = "/vsigzip/" + os.path.abspath(path)
    with RasterReader(path) as reader:
        check_grid_memory(reader.width * reader.height, memory_limit_bytes, reader.label)
        data, valid = reader.read(Window(0, 0, reader.width, reader.height), [1])
        grid = reader.grid
    values = data[0].astype(np.float64)
    valid &= np.isfinite(values)
    if nodata is not None:
        valid &= values != nodata
    return values, valid, grid
