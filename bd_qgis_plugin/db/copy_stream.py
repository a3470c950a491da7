"""Reading what is pushed as PostgreSQL COPY text: vector features as rows with EWKB geometries, rasters as
PostGIS raster tiles (WKB).

Each reader feeds the layer's checksum (see :mod:`.checksums`) as it goes, so one pass over the data gives
both the rows and the checksum.
"""

import hashlib
import struct

import numpy as np
from osgeo import gdal
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProviderRegistry,
    QgsVectorLayerFeatureSource,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime, QVariant

from bd_qgis_plugin.compat import field_type

from ..core.errors import Cancelled
from .naming import stored_field_names

PG_TYPES = {field_type("Int"): "integer", field_type("UInt"): "bigint", field_type("LongLong"): "bigint",
            field_type("ULongLong"): "numeric", field_type("Double"): "double precision", field_type("String"): "text",
            field_type("Date"): "date", field_type("DateTime"): "timestamp", field_type("Time"): "time",
            field_type("Bool"): "boolean"}
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
TILE_SIZE = 256
#: numpy dtype → (PostGIS raster pixel type code, struct format of its nodata value)
PIXEL_TYPES = {np.dtype("uint8"): (4, "B"), np.dtype("int8"): (3, "b"), np.dtype("uint16"): (6, "H"),
               np.dtype("int16"): (5, "h"), np.dtype("uint32"): (8, "I"), np.dtype("int32"): (7, "i"),
               np.dtype("float32"): (10, "f"), np.dtype("float64"): (11, "d")}


def _step(done, total, progress, cancelled):
    """Between chunks of work: stop on a cancel, report the fraction done."""
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(min(done / total, 1.0))


def value_text(value):
    """An attribute value as PostgreSQL text input, or None for NULL."""
    if value is None or value == NULL or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, QDateTime):
        return value.toString(Qt.DateFormat.ISODateWithMs)
    if isinstance(value, (QDate, QTime)):
        return value.toString(Qt.DateFormat.ISODate)
    return str(value)


def value_texts(values):
    """``value_text`` of each value, with a fast path for the common plain types."""
    texts = []
    append = texts.append
    for value in values:
        kind = type(value)
        if kind is str:
            append(value)
        elif kind is int or kind is float:
            append(str(value))
        else:
            append(value_text(value))
    return texts


class VectorSource:
    """Features of a QgsVectorLayer, streamed once; ``checksum`` is ready after the stream ends."""

    def __init__(self, layer):
        self.layer = layer
        self.features = QgsVectorLayerFeatureSource(layer)  # iterable from another thread
        fields = [(field.name(), PG_TYPES.get(field.type(), "text")) for field in layer.fields()]
        # the column names (naming.stored_field_names: at most 63 bytes, collision-checked)
        columns = stored_field_names([name for name, _ in fields])
        self.fields = [(column, kind) for column, (_, kind) in zip(columns, fields)]
        self.has_geometry = layer.isSpatial()
        self.wkb_type = QgsWkbTypes.multiType(layer.wkbType()) if self.has_geometry else None
        self.count = max(layer.featureCount(), 0)
        self._hash = hashlib.sha256()
        self._hash.update(layer.crs().toWkt().encode())
        self._hash.update(repr(fields).encode())  # the layer's own names: the checksum of the data
        self.checksum = None
        self.feature_count = 0

    @property
    def geometry_type_name(self):
        """PostGIS typmod name: MultiPolygon, MultiLineStringZ…"""
        name = QgsWkbTypes.displayString(QgsWkbTypes.flatType(self.wkb_type))
        z_flag = "Z" if QgsWkbTypes.hasZ(self.wkb_type) else ""
        return name + z_flag + ("M" if QgsWkbTypes.hasM(self.wkb_type) else "")

    def records(self, progress=None, cancelled=None):
        """(fid, WKB bytes or None, attribute cells as COPY text) for every feature; feeds the checksum."""
        update = self._hash.update
        total = self.count or 1
        has_geometry, target = self.has_geometry, self.wkb_type
        escapes = _COPY_ESCAPES
        number = 0
        for number, feature in enumerate(self.features.getFeatures(QgsFeatureRequest()), 1):
            wkb = None
            if has_geometry and feature.hasGeometry():
                geometry = feature.geometry()
                if geometry.wkbType() != target:
                    geometry.convertToMultiType()
                wkb = bytes(geometry.asWkb())
                update(wkb)
            cells = "\t".join(["\\N" if text is None else text.translate(escapes)
                               for text in value_texts(feature.attributes())])
            update(cells.encode())
            yield feature.id(), wkb, cells
            if number % 2000 == 0:
                _step(number, total, progress, cancelled)
        self.feature_count = number
        self.checksum = self._hash.hexdigest()

    def copy_lines(self, srid, progress=None, cancelled=None, batch=1000):
        """PostgreSQL COPY text (bd_fid, attributes…, EWKB hex geometry), ``batch`` lines per string."""
        srid_bytes = struct.pack("<I", srid) if srid else b""
        fast = _ArrowGeopackage.open(self)
        if fast is not None:
            yield from fast.copy_lines(self, srid_bytes, progress, cancelled)
            return
        prefixes = {}  # WKB header (byte order + type) → EWKB header with the SRID
        has_geometry, has_fields, lines = self.has_geometry, bool(self.fields), []
        for fid, wkb, cells in self.records(progress, cancelled):
            parts = [str(fid)]
            if has_fields:
                parts.append(cells)
            if has_geometry:
                if wkb is None:
                    parts.append("\\N")
                else:
                    header = wkb[:5]
                    prefix = prefixes.get(header)
                    if prefix is None:
                        prefix = prefixes[header] = ewkb(header, srid_bytes)
                    parts.append((prefix + wkb[5:]).hex())
            lines.append("\t".join(parts))
            if len(lines) >= batch:
                yield "\n".join(lines) + "\n"
                lines = []
        if lines:
            yield "\n".join(lines) + "\n"

    def read_through(self, cancelled=None):
        """Read every feature once (through the fast path when it applies), for the checksum alone."""
        fast = _ArrowGeopackage.open(self)
        rows = fast.batches(self, None, cancelled) if fast is not None else self.records(cancelled=cancelled)
        for _ in rows:
            pass
        return self.checksum


class _ArrowGeopackage:
    """Fast path for an unedited GeoPackage layer without NULLs: GDAL's columnar (Arrow) reader gives whole
    batches of WKB and attribute arrays, so the COPY text is built without a QGIS feature per row. It yields
    exactly the text and checksum of :meth:`VectorSource.records` (same WKB, same value texts, fid order)."""

    SIMPLE = {field_type("Int"), field_type("LongLong"), field_type("Double"), field_type("String")}

    def __init__(self, dataset, ogr_layer, names):
        self.dataset, self.ogr_layer, self.names = dataset, ogr_layer, names

    @classmethod
    def open(cls, source):
        layer = source.layer
        if (layer.providerType() != "ogr" or layer.isEditable() or layer.subsetString() or not source.has_geometry
                or QgsWkbTypes.hasZ(source.wkb_type) or QgsWkbTypes.hasM(source.wkb_type)
                or any(field.type() not in cls.SIMPLE for field in layer.fields())):
            return None
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path, layer_name = parts.get("path", ""), parts.get("layerName")
        if not path.lower().endswith(".gpkg") or not layer_name:
            return None
        from osgeo import ogr

        dataset = ogr.Open(path)
        ogr_layer = dataset.GetLayerByName(layer_name) if dataset is not None else None
        if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
            return None
        names = layer.fields().names()
        available = {ogr_layer.GetFIDColumn()} | {ogr_layer.GetLayerDefn().GetFieldDefn(i).GetName()
                                                   for i in range(ogr_layer.GetLayerDefn().GetFieldCount())}
        if not set(names) <= available:
            return None
        if QgsWkbTypes.flatType(source.wkb_type) != {
                ogr.wkbMultiPolygon: QgsWkbTypes.Type.MultiPolygon,
                                                     ogr.wkbMultiLineString: QgsWkbTypes.Type.MultiLineString,
                ogr.wkbMultiPoint: QgsWkbTypes.Type.MultiPoint}.get(ogr.GT_Flatten(ogr_layer.GetGeomType())):
            return None  # single-part storage: QGIS converts each geometry, the fast path would not
        quoted = ", ".join('"' + name.replace('"', '""') + '"' for name in [ogr_layer.GetGeometryColumn(), *names])
        table = '"' + layer_name.replace('"', '""') + '"'
        nulls = " OR ".join(f"{column} IS NULL" for column in quoted.split(", "))
        result = dataset.ExecuteSQL(f"SELECT count(*) FROM {table} WHERE {nulls}")  # quoted identifiers
        try:
            has_nulls = result.GetNextFeature().GetField(0) > 0
        finally:
            dataset.ReleaseResultSet(result)
        if has_nulls:
            return None
        return cls(dataset, ogr_layer, names)

    def batches(self, source, progress, cancelled):
        """[(fid text, attribute cells as COPY text, WKB)] per batch, in fid order; feeds the checksum."""
        escapes = _COPY_ESCAPES
        update = source._hash.update
        geometry_column = self.ogr_layer.GetGeometryColumn()
        fid_column = self.ogr_layer.GetFIDColumn()
        done, total = 0, source.count or 1
        for batch in self.ogr_layer.GetArrowStreamAsNumPy(options=["MAX_FEATURES_IN_BATCH=2000"]):
            columns = []
            for name in self.names:
                values = batch[name].tolist()
                if values and isinstance(values[0], bytes):
                    columns.append([value.decode("utf-8").translate(escapes) for value in values])
                else:
                    columns.append([str(value) for value in values])
            fids = [str(fid) for fid in batch[fid_column].tolist()]
            wkbs = [bytes(wkb) for wkb in batch[geometry_column]]
            rows = list(zip(fids, ["\t".join(row) for row in zip(*columns)], wkbs))
            for _, cells, wkb in rows:
                update(wkb)
                update(cells.encode())
            yield rows
            done += len(rows)
            _step(done, total, progress, cancelled)
        source.feature_count = done
        source.checksum = source._hash.hexdigest()

    def copy_lines(self, source, srid_bytes, progress, cancelled):
        prefixes = {}
        for rows in self.batches(source, progress, cancelled):
            lines = []
            for fid, cells, wkb in rows:
                header = wkb[:5]
                prefix = prefixes.get(header)
                if prefix is None:
                    prefix = prefixes[header] = ewkb(header, srid_bytes)
                lines.append(f"{fid}\t{cells}\t{(prefix + wkb[5:]).hex()}")
            yield "\n".join(lines) + "\n"


def ewkb(wkb, srid_bytes):
    """Extended WKB (SRID embedded) from ISO/OGC WKB, as PostGIS' typmod columns need."""
    little = wkb[0] == 1
    geometry_type = struct.unpack("<I" if little else ">I", wkb[1:5])[0]
    flags = 0x20000000
    if geometry_type >= 1000:  # ISO Z/M codes → EWKB flags
        base, dims = geometry_type % 1000, geometry_type // 1000
        geometry_type = base | (0x80000000 if dims in (1, 3) else 0) | (0x40000000 if dims in (2, 3) else 0)
    if not little:
        srid_bytes = srid_bytes[::-1]
    return wkb[:1] + struct.pack("<I" if little else ">I", geometry_type | flags) + srid_bytes + wkb[5:]


class RasterSource:
    """A GDAL raster read tile by tile; ``checksum`` is ready after ``tiles()`` ends."""

    def __init__(self, path):
        self.path = path
        self.dataset = gdal.Open(path)
        if self.dataset is None:
            raise OSError(path)
        self.width, self.height = self.dataset.RasterXSize, self.dataset.RasterYSize
        self.bands = [self.dataset.GetRasterBand(i + 1) for i in range(self.dataset.RasterCount)]
        self.nodata = [band.GetNoDataValue() for band in self.bands]
        self.geotransform = self.dataset.GetGeoTransform()
        self.crs = QgsCoordinateReferenceSystem(self.dataset.GetProjection())
        self._hash = hashlib.sha256()
        self._hash.update(repr(self.geotransform).encode() + self.crs.toWkt().encode() + repr(self.nodata).encode())
        self.checksum = None
        self.tile_count = ((self.width + TILE_SIZE - 1) // TILE_SIZE) * ((self.height + TILE_SIZE - 1) // TILE_SIZE)

    def tiles(self, progress=None, cancelled=None):
        """(x offset, y offset, [band arrays]) tiles of TILE_SIZE², row by row."""
        done = 0
        for yoff in range(0, self.height, TILE_SIZE):
            rows = min(TILE_SIZE, self.height - yoff)
            for xoff in range(0, self.width, TILE_SIZE):
                cols = min(TILE_SIZE, self.width - xoff)
                arrays = [band.ReadAsArray(xoff, yoff, cols, rows) for band in self.bands]
                for array in arrays:
                    self._hash.update(np.ascontiguousarray(array).tobytes())
                yield xoff, yoff, arrays
                done += 1
                _step(done, self.tile_count, progress, cancelled)
        self.checksum = self._hash.hexdigest()

    def copy_lines(self, srid, progress=None, cancelled=None):
        """COPY text lines of hex WKB rasters (what raster2pgsql writes), in-db."""
        x0, sx, kx, y0, ky, sy = self.geotransform
        for xoff, yoff, arrays in self.tiles(progress, cancelled):
            ulx = x0 + xoff * sx + yoff * kx
            uly = y0 + xoff * ky + yoff * sy
            yield raster_wkb(arrays, self.nodata, ulx, uly, sx, sy, kx, ky, srid).hex() + "\n"


def raster_wkb(arrays, nodata_values, ulx, uly, scale_x, scale_y, skew_x, skew_y, srid):
    """PostGIS raster WKB (version 0, little endian, in-db bands)."""
    rows, cols = arrays[0].shape
    parts = [struct.pack("<BHHddddddiHH", 1, 0, len(arrays), scale_x, scale_y, ulx, uly, skew_x, skew_y, srid,
                         cols, rows)]
    for array, nodata in zip(arrays, nodata_values):
        code, fmt = PIXEL_TYPES[array.dtype]
        flag = 0x40 if nodata is not None else 0
        value = 0 if nodata is None else (nodata if fmt in "fd" else int(nodata))
        parts.append(struct.pack("<B" + fmt, code | flag, value))
        parts.append(np.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<")).tobytes())
    return b"".join(parts)
