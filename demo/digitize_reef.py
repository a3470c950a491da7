#!/usr/bin/env python3
"""Write demo/reef_18SVG_20160112.gpkg: samples and training polygons for the reef/seagrass demo.

Digitised by this project on the 10 m sample scene (Sentinel-2 L1C tile 18SVG, 2016-01-12,
S2_L1C_18SVG_20160112_10m_4band.tif, origin 435730 E / 4179460 N, 10 m pixels) by visual interpretation
of a water-stretched true-colour composite and the band values under each box; boxes are (first column,
first row, end column, end row) pixel indices of that grid, so they can be checked against the image.
There is no field survey behind them: the "Seagrass" boxes are dark, shallow bay bottom next to the
creek mouths, which may as well be deeper or muddier bottom — the demo reports that class as uncertain.

Layers:
* ``glint_sample``: open Atlantic east of the barrier islands, with wave glint (Hedley et al. 2005);
* ``deep_water``: centres of the darkest tidal creeks (5×5 px around the lagoon's darkest water: in this
  turbid January lagoon they are the only water where the bottom is not seen);
* ``sand_samples``: bright sand flats from very shallow (whitish) to deeper (cyan) water (Lyzenga DII);
* ``training``: benthic classes with Allen Coral Atlas codes (11 Sand, 14 Seagrass);
* ``zones``: two demo zones of the south lagoon for the coverage table.
"""

import os

from osgeo import ogr, osr

ORIGIN_X, ORIGIN_Y, PIXEL = 435730.0, 4179460.0, 10.0  # grid of S2_L1C_18SVG_20160112_10m_4band.tif
#: The south lagoon window the demo maps (cols 250–979, rows 1150–1946): no open ocean inside.
LAGOON_WINDOW = (250, 1150, 980, 1947)
GLINT = [(1750, 100, 1920, 500)]
DEEP = [(c - 2, r - 2, c + 3, r + 3) for r, c in ((1509, 419), (1529, 325), (1924, 272), (1659, 533), (1538, 397),
                                                   (1788, 655), (1801, 623), (1774, 561))]
SAND = [(770, 1500, 850, 1600), (680, 1300, 720, 1400), (810, 1610, 870, 1690), (300, 1860, 360, 1900)]
TRAINING = {11: ("Sand", SAND),
            14: ("Seagrass", [(500, 1590, 550, 1650), (640, 1600, 680, 1640), (270, 1890, 330, 1940)])}
ZONES = {"West creeks and bays": (250, 1150, 560, 1947), "Main lagoon": (560, 1150, 980, 1947)}
HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "reef_18SVG_20160112.gpkg")


def box(col0, row0, col1, row1):
    x0, x1 = ORIGIN_X + col0 * PIXEL, ORIGIN_X + col1 * PIXEL
    y0, y1 = ORIGIN_Y - row0 * PIXEL, ORIGIN_Y - row1 * PIXEL
    return ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def _layer(ds, name, fields, rows):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32618)
    layer = ds.CreateLayer(name, srs, ogr.wkbPolygon)
    for field, kind in fields:
        layer.CreateField(ogr.FieldDefn(field, kind))
    for values, b in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (field, _), value in zip(fields, values):
            feature.SetField(field, value)
        feature.SetField("box", f"cols {b[0]}-{b[2] - 1}, rows {b[1]}-{b[3] - 1}")
        feature.SetGeometry(box(*b))
        layer.CreateFeature(feature)


def main(path=PATH):
    if os.path.exists(path):
        os.remove(path)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    plain = [("box", ogr.OFTString)]
    _layer(ds, "glint_sample", plain, [((), b) for b in GLINT])
    _layer(ds, "deep_water", plain, [((), b) for b in DEEP])
    _layer(ds, "sand_samples", plain, [((), b) for b in SAND])
    _layer(ds, "training", [("class_code", ogr.OFTInteger), ("class_name", ogr.OFTString), *plain],
           [((code, name), b) for code, (name, boxes) in TRAINING.items() for b in boxes])
    _layer(ds, "zones", [("name", ogr.OFTString), *plain], [((name,), b) for name, b in ZONES.items()])
    del ds
    return path


if __name__ == "__main__":
    print(main())
