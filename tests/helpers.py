"""Small helpers to write test rasters with GDAL (no QGIS needed)."""

import os
import subprocess
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

gdal.UseExceptions()

UTM48N = 32648


def write_raster(path, data, epsg=UTM48N, origin=(500000.0, 1200000.0), pixel=20.0, nodata=None,
                 descriptions=None, dtype=None, options=("TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16")):
    """Write ``data`` (bands, rows, cols) as a GeoTIFF and return the path."""
    data = np.asarray(data)
    if data.ndim == 2:
        data = data[np.newaxis]
    dtype = np.dtype(dtype or data.dtype)
    gdt = {np.dtype("uint16"): gdal.GDT_UInt16, np.dtype("float32"): gdal.GDT_Float32,
           np.dtype("uint8"): gdal.GDT_Byte, np.dtype("int32"): gdal.GDT_Int32}[dtype]
    bands, rows, cols = data.shape
    opts = list(options) if rows >= 16 and cols >= 16 else []
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, bands, gdt, options=opts)
    ds.SetGeoTransform((origin[0], pixel, 0.0, origin[1], 0.0, -pixel))
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        ds.SetProjection(srs.ExportToWkt())
    for i in range(bands):
        band = ds.GetRasterBand(i + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        if descriptions:
            band.SetDescription(descriptions[i])
        band.WriteArray(data[i].astype(dtype))
    ds = None
    return str(path)


def read_raster(path):
    """(array (bands, rows, cols), dataset info dict)."""
    ds = gdal.Open(str(path))
    arr = ds.ReadAsArray()
    if arr.ndim == 2:
        arr = arr[np.newaxis]
    band = ds.GetRasterBand(1)
    info = {
        "nodata": band.GetNoDataValue(),
        "descriptions": [ds.GetRasterBand(i + 1).GetDescription() for i in range(ds.RasterCount)],
        "block": band.GetBlockSize(),
        "compression": ds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION"),
        "geotransform": ds.GetGeoTransform(),
        "wkt": ds.GetProjection(),
        "dtype": gdal.GetDataTypeName(band.DataType),
    }
    return arr, info


QGIS_PROCESS = Path(__file__).resolve().parents[1] / "scripts" / "qgis_process.sh"


def run_qgis_process(tmp_path, *args):
    """Run the real qgis_process (scripts/qgis_process.sh, the checkout as the plugin) in a throwaway profile."""
    env = dict(os.environ, HOME=str(tmp_path / "home"))
    (tmp_path / "home").mkdir(exist_ok=True)
    return subprocess.run([str(QGIS_PROCESS), *args], capture_output=True, text=True, env=env, timeout=120,
                          cwd=tmp_path)


def training_polygons(path, boxes, epsg=UTM48N, field="class"):
    """A GeoPackage of training polygons with an integer ``field`` (``class``), in UTM 48N (EPSG:32648) unless
    ``epsg`` is given; ``boxes``: ``(code, (x0, y0, x1, y1))``."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer("training", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn(field, ogr.OFTInteger))
    for code, (x0, y0, x1, y1) in boxes:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(field, code)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def log_feedback():
    """A Processing feedback that keeps every line of the log (info, warnings, errors) in ``.lines``."""
    from qgis.core import QgsProcessingFeedback

    class LogFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__(False)
            self.lines = []

        def pushInfo(self, info):  # noqa: N802 - Qt's name
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.lines.append(error)

        def text(self):
            return "\n".join(self.lines)

    return LogFeedback()


def cell_cores(cells, origin=(500000.0, 1200000.0), cell=20.0, crs="EPSG:32648"):
    """A memory polygon layer of cores one cell each, ``cells`` = {id: (row, col)}, with a text field ``id``."""
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from bd_qgis_plugin.compat import field_type

    cores = QgsVectorLayer(f"Polygon?crs={crs}", "cores", "memory")
    cores.dataProvider().addAttributes([QgsField("id", field_type("String"))])
    cores.updateFields()
    features = []
    for core_id, (row, col) in cells.items():
        x0, y1 = origin[0] + cell * col, origin[1] - cell * row
        feature = QgsFeature(cores.fields())
        feature.setGeometry(QgsGeometry.fromWkt(
            f"POLYGON(({x0} {y1 - cell},{x0 + cell} {y1 - cell},{x0 + cell} {y1},{x0} {y1},{x0} {y1 - cell}))"))
        feature["id"] = core_id
        features.append(feature)
    cores.dataProvider().addFeatures(features)
    return cores


def pdf_page_lines(path):
    """The text lines of each page of a PDF, top to bottom, as (text, height in pt), read with poppler's
    ``pdftotext -bbox`` (words with their boxes; a box is as tall as its font is large). Words whose boxes end
    on the same baseline (±2 pt) form a line; ligatures are read as their letters."""
    import html
    import re
    import unicodedata

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True, text=True).stdout
    pages = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", out, flags=re.S):
        words = [(float(y1), float(x), float(y1) - float(y0),
                  unicodedata.normalize("NFKC", html.unescape(w))) for x, y0, y1, w in
                 re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>',
                            page)]
        lines = []
        for y, x, height, word in sorted(words):
            if lines and abs(lines[-1][0] - y) <= 2.0:
                lines[-1][1].append((x, height, word))
            else:
                lines.append((y, [(x, height, word)]))
        pages.append([(" ".join(w for _, _, w in sorted(ws)), max(h for _, h, _ in ws)) for _, ws in lines])
    return pages


def pdf_lines(path):
    """The text lines of each page of a PDF, top to bottom: ``[[line text, …] per page]``."""
    return [[text for text, _ in lines] for lines in pdf_page_lines(path)]
