#!/usr/bin/env python3
"""Write demo/reference_points_18SVG.gpkg: an independent reference sample for the demo habitat map.

How it was made (2026-11-23), so that it can be judged and redone:

1. Sample design: ``bd:accuracysampling`` on the demo's cleaned habitat map (``output/habitat_map_mmu.tif``
   of ``make demo``: random forest, 0.2 ha minimum mapping unit), stratified random by map class,
   TARGET_SE = 0.04, EXPECTED_UA = 0.8, proportional allocation with at least 15 points per class,
   SEED = 2016 → 129 points at pixel centres. Strata (``map_class``) are the map classes at that time.
2. Reference labels (``ref_class``): blind photo-interpretation of the Sentinel-2 scene itself (no
   finer imagery is available offline): each point was shown, in a shuffled order and without its map
   class, as three 41 × 41-pixel chips (NIR-red-green, true colour, SWIR1-NIR-red; 2–98 % stretch) with
   the pixel marked, and given one of the six classes. Mixed pixels got the class covering the pixel
   centre. Same scene as the map: the labels are independent of the classifier, not of the image, and
   farmsteads vs. bare fields and marsh fringes vs. open water were the hard calls.

The points are stored as pixel indices (column, row) of the 20 m grid of
``S2_L1C_18SVG_20160112_20m_10band.tif`` with their stratum and reference class, so the file can be
rebuilt and checked against the image.
"""

import os

from osgeo import ogr, osr

ORIGIN_X, ORIGIN_Y, PIXEL = 435720.0, 4179460.0, 20.0
CLASSES = {1: "Water", 2: "Salt marsh", 3: "Forest", 4: "Cropland", 5: "Beach/sand", 6: "Built"}
#: (column, row, map_class when drawn, ref_class by interpretation)
POINTS = [
    (336, 314, 2, 2), (435, 6, 3, 4), (20, 66, 3, 3), (193, 185, 3, 3), (446, 211, 3, 3), (343, 214, 3, 3),
    (365, 268, 3, 3), (346, 270, 3, 3), (375, 283, 3, 3), (114, 287, 3, 6), (231, 315, 3, 4), (288, 431, 3, 3),
    (383, 434, 3, 3), (321, 455, 3, 2), (274, 31, 4, 4), (344, 117, 4, 6), (78, 213, 4, 3), (158, 214, 4, 6),
    (269, 216, 4, 6), (387, 271, 4, 4), (476, 304, 4, 4), (207, 362, 4, 4), (87, 399, 4, 4), (195, 410, 4, 6),
    (2, 411, 4, 6), (312, 424, 4, 4), (177, 453, 4, 4), (296, 230, 6, 6), (90, 329, 6, 6), (375, 381, 6, 4),
    (362, 400, 6, 6), (13, 437, 6, 6), (50, 478, 6, 3), (1, 492, 6, 6), (875, 48, 1, 1), (879, 67, 1, 1),
    (899, 75, 1, 1), (920, 78, 1, 1), (694, 110, 1, 1), (925, 155, 1, 1), (622, 173, 1, 1), (766, 180, 1, 1),
    (733, 242, 1, 1), (575, 245, 1, 1), (934, 303, 1, 1), (566, 328, 1, 1), (860, 349, 1, 1), (617, 352, 1, 1),
    (615, 371, 1, 1), (879, 383, 1, 1), (960, 399, 1, 1), (763, 402, 1, 1), (816, 442, 1, 1), (941, 447, 1, 1),
    (817, 452, 1, 1), (805, 466, 1, 1), (719, 28, 2, 2), (653, 330, 2, 2), (583, 479, 2, 1), (516, 25, 4, 4),
    (593, 179, 4, 2), (513, 202, 4, 4), (605, 165, 5, 2), (716, 179, 5, 5), (700, 212, 5, 5), (696, 214, 5, 5),
    (696, 249, 5, 5), (663, 326, 5, 5), (651, 366, 5, 5), (610, 466, 6, 5), (468, 578, 1, 1), (298, 729, 1, 1),
    (425, 762, 1, 1), (355, 771, 1, 1), (194, 886, 1, 1), (343, 540, 2, 2), (215, 729, 2, 1), (446, 731, 2, 2),
    (259, 766, 2, 2), (342, 835, 2, 2), (358, 874, 2, 2), (278, 536, 3, 3), (270, 538, 3, 3), (257, 752, 3, 2),
    (110, 784, 3, 3), (32, 841, 3, 3), (44, 862, 3, 3), (143, 864, 3, 6), (32, 534, 4, 4), (3, 718, 4, 4),
    (6, 719, 4, 4), (321, 777, 5, 2), (489, 797, 5, 2), (510, 798, 5, 5), (481, 854, 5, 1), (497, 871, 5, 5),
    (190, 659, 6, 6), (317, 665, 6, 2), (123, 836, 6, 6), (141, 861, 6, 6), (176, 868, 6, 6), (485, 922, 6, 5),
    (630, 532, 1, 1), (907, 549, 1, 1), (704, 574, 1, 1), (747, 583, 1, 1), (775, 610, 1, 1), (835, 619, 1, 1),
    (899, 642, 1, 1), (767, 681, 1, 1), (711, 687, 1, 1), (853, 756, 1, 1), (836, 768, 1, 1), (738, 771, 1, 1),
    (688, 852, 1, 1), (560, 877, 1, 1), (585, 889, 1, 1), (771, 891, 1, 1), (797, 922, 1, 1), (918, 940, 1, 1),
    (558, 532, 2, 2), (515, 590, 2, 2), (512, 611, 2, 2), (953, 866, 2, 1), (908, 963, 2, 1), (590, 566, 5, 5),
    (568, 640, 5, 5), (512, 791, 5, 5), (589, 590, 6, 5),
]


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reference_points_18SVG.gpkg")
    if os.path.exists(path):
        os.remove(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32618)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("reference_points", srs, ogr.wkbPoint)
    for name in ("map_class", "ref_class"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger))
    layer.CreateField(ogr.FieldDefn("ref_name", ogr.OFTString))
    for col, row, map_class, ref_class in POINTS:
        feature = ogr.Feature(layer.GetLayerDefn())
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(ORIGIN_X + (col + 0.5) * PIXEL, ORIGIN_Y - (row + 0.5) * PIXEL)
        feature.SetGeometry(point)
        feature.SetField("map_class", map_class)
        feature.SetField("ref_class", ref_class)
        feature.SetField("ref_name", CLASSES[ref_class])
        layer.CreateFeature(feature)
    ds = None
    print(f"wrote {path} ({len(POINTS)} points)")


if __name__ == "__main__":
    main()
