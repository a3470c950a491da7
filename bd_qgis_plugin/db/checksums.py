"""Checksums of what is pushed, to recognise the same data pushed again.

The checksum of a layer (SHA-256) covers its CRS, its fields and every feature's geometry (WKB) and
attribute values (as COPY text), or a raster's grid, CRS and every pixel: the same data gives the same
checksum whatever file or format it came from. The readers of :mod:`.copy_stream` compute it as they read.
"""

import hashlib

from .copy_stream import RasterSource, VectorSource


def vector_checksum(layer, cancelled=None):
    return VectorSource(layer).read_through(cancelled)


def raster_checksum(path, cancelled=None):
    source = RasterSource(path)
    for _ in source.tiles(cancelled=cancelled):
        pass
    return source.checksum


def layer_checksum(layer, cancelled=None):
    """Checksum of a vector or raster QGIS layer (see the module docstring)."""
    if layer.type() == layer.VectorLayer:
        return vector_checksum(layer, cancelled)
    return raster_checksum(layer.source(), cancelled)


def file_checksum(path):
    """SHA-256 of a file's bytes (a map export: the same PDF or PNG pushed again)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
