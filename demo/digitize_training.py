#!/usr/bin/env python3
"""Write demo/training_18SVG_20160112.gpkg (training polygons) and demo/zones_18SVG.gpkg (demo zones).

Digitised by this project on the sample scene (Sentinel-2 L1C tile 18SVG, 2016-01-12, the 20 m
10-band stack of `make sample-data`) by visual interpretation of a SWIR1/NIR/red false-colour
composite: boxes on the 20 m grid, given as (first column, first row, end column, end row) pixel
indices, so they can be checked against the image. January scene: cropland is either bare (pink in
false colour) or under winter cover crops (bright green); both are "cropland".
"""

import os

from osgeo import ogr, osr

ORIGIN_X, ORIGIN_Y, PIXEL = 435720.0, 4179460.0, 20.0  # grid of S2_L1C_18SVG_20160112_20m_10band.tif
CLASSES = {1: "Water", 2: "Salt marsh", 3: "Forest", 4: "Cropland", 5: "Beach/sand", 6: "Built"}
TRAINING = {
    1: [(820, 300, 860, 340), (850, 600, 890, 640), (700, 800, 740, 840), (620, 180, 650, 210),
        (330, 740, 360, 770), (640, 230, 660, 250), (610, 260, 625, 280)],  # ocean ×3, back-barrier bay ×3, lagoon
    2: [(450, 640, 480, 670), (470, 420, 500, 450), (560, 410, 580, 430), (300, 840, 330, 870)],
    3: [(200, 425, 225, 445), (10, 60, 40, 90), (20, 800, 60, 840)],
    4: [(115, 335, 140, 360), (250, 395, 280, 420), (280, 455, 300, 480), (5, 318, 25, 338),
        (565, 125, 588, 148)],  # bare ×2, winter cover ×2, a bright bare field (sand-like)
    5: [(665, 312, 673, 321), (653, 347, 658, 357), (611, 413, 616, 432), (500, 815, 504, 825),
        (495, 855, 499, 865), (478, 880, 486, 895)],  # beach strips (4–9 px wide); wet sand of the southern spit
    6: [(36, 342, 48, 352), (58, 358, 70, 372), (16, 405, 28, 414), (80, 318, 90, 328)],
}


# Demo zones standing in for protected areas (pixel boxes on the same grid), for area per zone.
ZONES = {"Barrier islands": (560, 280, 720, 940), "Lagoon marshes": (380, 380, 600, 780),
         "Mainland farms and forest": (0, 0, 360, 600)}


def box(col0, row0, col1, row1):
    x0, x1 = ORIGIN_X + col0 * PIXEL, ORIGIN_X + col1 * PIXEL
    y0, y1 = ORIGIN_Y - row0 * PIXEL, ORIGIN_Y - row1 * PIXEL
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


HERE = os.path.dirname(os.path.abspath(__file__))


def _create(path, name):
    if os.path.exists(path):
        os.remove(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32618)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    return ds, ds.CreateLayer(name, srs, ogr.wkbPolygon)


def write_zones(path=None):
    path = path or os.path.join(HERE, "zones_18SVG.gpkg")
    ds, layer = _create(path, "zones")
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, b in ZONES.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetGeometry(box(*b))
        layer.CreateFeature(feature)
    del layer, ds  # closes the GeoPackage
    return path


def main(path=None):
    path = path or os.path.join(HERE, "training_18SVG_20160112.gpkg")
    ds, layer = _create(path, "training")
    for name, kind in (("class_code", ogr.OFTInteger), ("class_name", ogr.OFTString), ("box", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for code, boxes in TRAINING.items():
        for b in boxes:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("class_code", code)
            feature.SetField("class_name", CLASSES[code])
            feature.SetField("box", f"cols {b[0]}-{b[2] - 1}, rows {b[1]}-{b[3] - 1}")
            feature.SetGeometry(box(*b))
            layer.CreateFeature(feature)
    del layer, ds  # closes the GeoPackage
    return path


if __name__ == "__main__":
    print(main())
    print(write_zones())
