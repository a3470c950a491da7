"""Constructed scenes shared by the habitat core and algorithm tests: a 3-class image with training polygons,
and small class maps."""

import numpy as np
from helpers import write_raster
from osgeo import ogr

from bd_qgis_plugin.compat import field_type

X0, Y0, PIXEL = 500000.0, 1200000.0, 20.0
# three "habitats" with distinct 4-band spectra (water, forest, sand), in vertical stripes of 20 columns
SPECTRA = {1: (900, 700, 400, 200), 2: (400, 700, 450, 3300), 3: (2200, 2400, 2600, 3000)}


def _scene(tmp_path, bands=4, seed=0):
    rng = np.random.default_rng(seed)
    truth = np.repeat(np.array([1, 2, 3]), 20)[None, :].repeat(40, axis=0)  # 40 rows × 60 cols
    data = np.zeros((bands, 40, 60), dtype="uint16")
    for code, spectrum in SPECTRA.items():
        for b in range(bands):
            data[b][truth == code] = spectrum[b % 4] + rng.normal(0, 40, (truth == code).sum()).astype(int)
    path = write_raster(tmp_path / "scene.tif", data, origin=(X0, Y0), pixel=PIXEL, nodata=0,
                        descriptions=["B02", "B03", "B04", "B08"][:bands] if bands <= 4 else None)
    return path, truth


def _box(col0, row0, col1, row1):
    wkt = (f"POLYGON(({X0 + PIXEL * col0} {Y0 - PIXEL * row0}, {X0 + PIXEL * col1} {Y0 - PIXEL * row0}, "
           f"{X0 + PIXEL * col1} {Y0 - PIXEL * row1}, {X0 + PIXEL * col0} {Y0 - PIXEL * row1}, "
           f"{X0 + PIXEL * col0} {Y0 - PIXEL * row0}))")
    return ogr.CreateGeometryFromWkt(wkt).ExportToWkb()


def _polygons():
    polys = []
    for code, first_col in ((1, 0), (2, 20), (3, 40)):
        for k, row in enumerate((2, 14, 26)):  # three 5×5-pixel polygons per class
            polys.append((f"{code}-{k}", code, _box(first_col + 5, row, first_col + 10, row + 5)))
    return polys


def _training_layer(polygons, names=True, crs="EPSG:32648"):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"Polygon?crs={crs}", "training", "memory")
    layer.dataProvider().addAttributes([QgsField("code", field_type("Int")), QgsField("name", field_type("String"))])
    layer.updateFields()
    labels = {1: "Nước", 2: "Rừng", 3: "Cát"}
    features = []
    for _, code, wkb in polygons:
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        feature.setGeometry(geometry)
        feature.setAttributes([code, labels[code] if names is True else names(code)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _map(tmp_path):
    """The class map of the sampling tests (class 3 is rare, the first row is nodata)."""
    data = np.ones((60, 50), dtype="uint8")
    data[:, 30:] = 2
    data[50:, :10] = 3  # 100 pixels of the rare class
    data[0, :] = 0  # nodata row
    return write_raster(tmp_path / "map.tif", data, pixel=10.0, nodata=0,
                        options=("TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"))


def _sieve_map(tmp_path, data, name="map.tif"):
    """A class map of 20 m pixels (0.04 ha) from ``data``."""
    return write_raster(tmp_path / name, np.array(data, "uint8"), pixel=20.0, nodata=0)
