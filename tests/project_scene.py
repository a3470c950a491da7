"""A small constructed scene with every kind of output a project takes (``bd_qgis_plugin.maps.project``), shared
by the headless and the desktop project tests: a habitat map with the class style a classification writes beside
it, the resistance, corridors, least-cost paths and connectivity cores the plugin's algorithms compute on it, and
constructed rasters for the other kinds; two reserves. 80 × 60 cells of 20 m in UTM 48N (southern Vietnam)."""

import numpy as np
from helpers import write_raster
from osgeo import ogr, osr

X0, Y0, PIXEL = 500000.0, 1200000.0, 20.0
ROWS, COLS = 60, 80
EPSG = 32648
#: The reserves (name, x0, y0, x1, y1 in m): together they frame the project when it opens.
RESERVES = (("Khu bảo tồn A", X0 + 100, Y0 - 1000, X0 + 900, Y0 - 200),
            ("Khu B", X0 + 700, Y0 - 1100, X0 + 1400, Y0 - 500))

TITLE = {"vi": "Bản đồ hiện trạng sinh cảnh", "en": "Habitat map of the reserves"}
#: The layer tree of the project of this scene, top to bottom: (group, [(layer, shown)]).
EXPECTED = {
    "vi": [("Ranh giới", [("Ranh giới khu bảo tồn", True)]),
           ("Hành lang", [("Liên kết hành lang", True), ("Đường chi phí thấp nhất", False),
                          ("Vùng lõi kèm chỉ số", False), ("Vùng hành lang", False),
                          ("Hành lang chi phí thấp nhất chuẩn hóa (NLCC)", True), ("Dòng điện cộng dồn", False),
                          ("Lực cản", False)]),
           ("Rạn san hô và cỏ biển", [("Bản đồ sinh cảnh đáy", True), ("Độ tin cậy bản đồ sinh cảnh đáy", False),
                                      ("Mặt nạ nước", False), ("Chỉ số bất biến độ sâu", False)]),
           ("Sinh cảnh", [("Bản đồ sinh cảnh", True), ("Độ tin cậy bản đồ sinh cảnh", False)]),
           ("Ảnh viễn thám", [("Chỉ số phổ (20 m)", False), ("Ảnh đã hiệu chỉnh phản xạ mặt trời", False),
                              ("Ảnh vệ tinh (Sentinel-2 20 m)", False)])],
    "en": [("Boundaries", [("Reserve boundaries", True)]),
           ("Corridors", [("Corridor links", True), ("Least-cost paths", False), ("Cores with indices", False),
                          ("Corridor polygons", False), ("Normalized least-cost corridors (NLCC)", True),
                          ("Cumulative current", False), ("Resistance", False)]),
           ("Coral reef and seagrass", [("Benthic habitat map", True), ("Benthic map confidence", False),
                                        ("Water mask", False), ("Depth-invariant index", False)]),
           ("Habitat", [("Habitat map", True), ("Habitat map confidence", False)]),
           ("Imagery", [("Spectral indices (20 m)", False), ("Glint-corrected image", False),
                        ("Satellite image (Sentinel-2 20 m)", False)])],
}


def _habitat():
    classes = np.full((ROWS, COLS), 4, dtype="uint8")  # cropland
    classes[:, 60:] = 1  # water on the east
    classes[:, 56:60] = 5  # a beach
    classes[8:28, 6:26] = 3  # two forests, joined by cropland and a built-up block
    classes[32:54, 30:50] = 3
    classes[26:34, 24:30] = 6
    return classes


def _polygons(path, layer_name, field, items, field_type=ogr.OFTString):
    """A GeoPackage of rectangles ``items`` = [(value, x0, y0, x1, y1)]."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer(layer_name, srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn(field, field_type))
    for value, x0, y0, x1, y1 in items:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField(field, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        layer.CreateFeature(feature)
    source = None
    return str(path)


def _cell_rect(core_id, rows, cols):
    return (core_id, X0 + cols[0] * PIXEL, Y0 - rows[1] * PIXEL, X0 + cols[1] * PIXEL, Y0 - rows[0] * PIXEL)


def output_scene(folder):
    """Write the scene into ``folder``; returns (outputs [(kind, path, detail)] for build_output_project, the
    reserves' GeoPackage). Needs the plugin's Processing provider (the ``bd_plugin`` fixture)."""
    import processing

    from bd_qgis_plugin.core.palettes import HABITAT_CLASSES
    from bd_qgis_plugin.maps.styles import write_class_style

    rng = np.random.default_rng(3)
    grid = {"origin": (X0, Y0), "pixel": PIXEL, "epsg": EPSG}
    classes = _habitat()
    habitat = write_raster(folder / "habitat_map.tif", classes, nodata=0, **grid)
    # the class style a classification writes beside its map: the model's class names ("1 Water")
    write_class_style(habitat, [(c.code, c.colour, f"{c.code} {c.name_en}") for c in HABITAT_CLASSES
                                if c.code in set(classes.ravel().tolist())])
    cores = _polygons(folder / "cores.gpkg", "cores", "core_id",
                      [_cell_rect(1, (12, 16), (10, 14)), _cell_rect(2, (46, 50), (42, 46))], ogr.OFTInteger)
    resistance = processing.run("bd:resistancesurface", {
        "INPUT": habitat, "OUTPUT": str(folder / "resistance.tif")})["OUTPUT"]
    corridors = processing.run("bd:corridors", {
        "RESISTANCE": resistance, "CORES": cores, "CORE_ID_FIELD": "core_id", "MAX_NEIGHBOURS": 1, "CUTOFF": 300,
        "OUTPUT": str(folder / "nlcc.tif"), "OUTPUT_LINKS": str(folder / "links.gpkg"),
        "OUTPUT_POLYGONS": str(folder / "corridor_polygons.gpkg")})
    paths = processing.run("bd:leastcostpath", {
        "RESISTANCE": resistance, "CORES": cores, "CORE_ID_FIELD": "core_id", "PAIRS": 1,
        "OUTPUT": str(folder / "least_cost_paths.gpkg")})["OUTPUT"]
    connectivity = processing.run("bd:connectivityindices", {
        "CORES": cores, "CORE_ID_FIELD": "core_id", "DISTANCES": 0, "DISPERSAL_DISTANCE": 500.0,
        "PROBABILITY": 0.5, "LANDSCAPE_AREA": ROWS * COLS * PIXEL * PIXEL / 10000.0,
        "OUTPUT": str(folder / "connectivity_cores.gpkg")})["OUTPUT"]
    current = write_raster(folder / "current.tif", rng.gamma(1.0, 0.2, (ROWS, COLS)).astype("float32"),
                           nodata=-9999.0, **grid)
    benthic_codes = np.zeros((ROWS, COLS), dtype="uint8")
    benthic_codes[10:50, 62:72] = 11  # sand, seagrass in the lagoon; no class style beside it
    benthic_codes[20:40, 64:70] = 14
    benthic = write_raster(folder / "benthic_map.tif", benthic_codes, nodata=0, **grid)
    mask = write_raster(folder / "water_mask.tif", np.where(classes == 1, 4, 1).astype("uint8"), nodata=0, **grid)
    confidence = [write_raster(folder / f"{name}_confidence.tif", rng.uniform(0.3, 1.0, (ROWS, COLS)).astype(
        "float32"), nodata=-9999.0, **grid) for name in ("habitat", "benthic")]
    dii = write_raster(folder / "dii.tif", rng.normal(0, 1, (ROWS, COLS)).astype("float32"), nodata=-9999.0, **grid)
    indices = write_raster(folder / "indices.tif", rng.uniform(-1, 1, (2, ROWS, COLS)).astype("float32"),
                           nodata=-9999.0, descriptions=["NDVI", "NDWI"], **grid)
    spectra = {1: (900, 700, 400, 200), 3: (300, 600, 300, 3500), 4: (700, 900, 800, 2500), 5: (2000, 2100, 2200, 2400),
               6: (1500, 1500, 1600, 1800)}
    image = np.zeros((4, ROWS, COLS), dtype="uint16")
    for code, spectrum in spectra.items():
        for band, value in enumerate(spectrum):
            image[band][classes == code] = value
    image_path = write_raster(folder / "image.tif", image, nodata=0, descriptions=["B02", "B03", "B04", "B08"], **grid)
    zones = _polygons(folder / "reserves.gpkg", "reserves", "name", RESERVES)
    outputs = [("image", image_path, "Sentinel-2 20 m"), ("spectral_indices", indices, "20 m"),
               ("habitat_map", habitat, ""), ("habitat_confidence", confidence[0], ""), ("resistance", resistance, ""),
               ("nlcc", corridors["OUTPUT"], ""), ("corridor_polygons", corridors["OUTPUT_POLYGONS"], ""),
               ("corridor_links", corridors["OUTPUT_LINKS"], ""), ("least_cost_paths", paths, ""),
               ("connectivity_cores", connectivity, ""), ("current", current, ""), ("water_mask", mask, ""),
               ("benthic_map", benthic, ""), ("benthic_confidence", confidence[1], ""), ("reef_dii", dii, ""),
               ("glint_corrected", image_path, "")]
    return outputs, zones


def write_project(scene, language, path):
    """The project of the scene (``output_scene``'s result), built as ``make demo`` builds demo.qgz, saved at
    ``path``."""
    from qgis.core import QgsProject

    from bd_qgis_plugin.maps.project import build_output_project

    outputs, zones = scene
    project = QgsProject()
    layout = build_output_project(project, outputs, language, TITLE[language], zones=zones, zone_field="name",
                                  author="Nguyễn Văn A", map_number="07", credits="Sentinel-2 (constructed scene)")
    assert layout is not None and project.write(str(path)), project.error()
    del layout  # before its project
    project.clear()
    return str(path)
