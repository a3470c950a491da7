"""Hostile input: outputs that would destroy an input are refused before any work (issue: bad input gets a
clear error, and nothing is lost)."""

import numpy as np
import pytest
from helpers import cell_cores, read_raster, write_raster
from qgis.core import QgsProcessingException


@pytest.mark.hostile("OUTPUT = INPUT")
def test_an_output_that_is_the_input_is_refused_and_the_input_is_kept(bd_plugin, tmp_path):
    import processing

    data = np.full((4, 8, 8), 1000, dtype="uint16")
    data[3] = 3000
    src = write_raster(tmp_path / "s2.tif", data, descriptions=["B02", "B03", "B04", "B08"])
    before = (tmp_path / "s2.tif").read_bytes()
    with pytest.raises(QgsProcessingException, match="s2.tif"):
        processing.run("bd:spectralindices", {"INPUT": src, "SENSOR": 0, "INDICES": [0], "OUTPUT": src})
    assert (tmp_path / "s2.tif").read_bytes() == before
    assert np.array_equal(read_raster(src)[0], data)


def _strip(tmp_path):
    """3 × 7 resistance, 20 m cells in UTM 48N, and two cores at its ends."""
    data = np.full((3, 7), 3.0, dtype="float32")
    data[1] = 1.0
    raster = write_raster(tmp_path / "strip.tif", data, nodata=-9999.0, dtype="float32")
    return raster, cell_cores({"A": (1, 0), "B": (1, 6)})


@pytest.mark.hostile("an output in a folder that does not exist, the first output fine")
def test_corridors_with_a_links_output_in_a_missing_folder_write_nothing(bd_plugin, tmp_path):
    import processing

    raster, cores = _strip(tmp_path)
    with pytest.raises(QgsProcessingException, match="does not exist"):
        processing.run("bd:corridors", {
            "RESISTANCE": raster, "CORES": cores, "CORE_ID_FIELD": "id", "CUTOFF": 100.0,
            "OUTPUT": str(tmp_path / "nlcc.tif"), "OUTPUT_LINKS": str(tmp_path / "absent" / "links.gpkg"),
            "OUTPUT_POLYGONS": "memory:"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["strip.tif"]  # the raster was not written first


@pytest.mark.hostile("an output in a folder that cannot be written, even by root")
def test_an_output_in_a_read_only_folder_is_refused_before_any_work(bd_plugin, tmp_path):
    import os

    import processing

    read_only = "/proc/sys"  # no one, not even root, may create files there
    assert os.path.isdir(read_only) and not os.access(read_only, os.W_OK)
    raster, cores = _strip(tmp_path)
    with pytest.raises(QgsProcessingException, match="cannot be written"):
        processing.run("bd:costdistance", {"RESISTANCE": raster, "SOURCES": cores,
                                           "OUTPUT": os.path.join(read_only, "cost.tif")})


@pytest.mark.hostile("OUTPUT = INPUT, a vector output over its input layer's file")
def test_a_sink_over_its_own_source_file_is_refused(bd_plugin, tmp_path):
    import processing
    from osgeo import ogr, osr

    raster, _ = _strip(tmp_path)
    gpkg = str(tmp_path / "cores.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(gpkg)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32648)
    layer = ds.CreateLayer("cores", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("id", ogr.OFTString))
    for core_id, x0 in (("A", 500000.0), ("B", 500120.0)):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("id", core_id)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            f"POLYGON(({x0} 1199960,{x0 + 20} 1199960,{x0 + 20} 1199980,{x0} 1199980,{x0} 1199960))"))
        layer.CreateFeature(feature)
    ds = None
    with pytest.raises(QgsProcessingException, match="would overwrite the input"):
        processing.run("bd:leastcostpath", {"RESISTANCE": raster, "CORES": gpkg, "CORE_ID_FIELD": "id",
                                            "OUTPUT": gpkg})
    assert ogr.Open(gpkg).GetLayer(0).GetFeatureCount() == 2


@pytest.mark.hostile("a sink written to a database URI is not mistaken for a file in a missing folder")
def test_a_database_destination_is_left_to_its_provider(bd_plugin, tmp_path):
    from qgis.core import QgsProcessingContext

    from bd_qgis_plugin.processing_algorithms.provider import algorithm_classes

    lcp = next(cls for cls in algorithm_classes() if cls.ALGORITHM_ID == "leastcostpath")()
    lcp.initAlgorithm()
    raster, cores = _strip(tmp_path)
    context = QgsProcessingContext()
    parameters = {"RESISTANCE": raster, "CORES": cores,
                  "OUTPUT": "postgres://dbname='bd' host=localhost port=5432 table=\"bd_data\".\"links\""}
    lcp.check_outputs(parameters, context)  # no refusal: the folder test applies to files only
    parameters["OUTPUT"] = str(tmp_path / "missing" / "links.gpkg")
    with pytest.raises(Exception, match="does not exist"):
        lcp.check_outputs(parameters, context)
