"""bd:specieslist reads a point GeoPackage through GDAL's Arrow stream and tallies it in bulk: the same rows as
feature by feature (the memory layer of the hand-checked case, written to a file)."""

from qgis.core import QgsVectorFileWriter, QgsVectorLayer
from test_species_list import RECORDS, ZONES, _status_list, occurrences, reserves

from bd_qgis_plugin.core.species import fast_read


def _rows(layer):
    return sorted(tuple(f.attributes()) for f in layer.getFeatures())


def test_streamed_file_gives_the_rows_of_the_feature_reader(bd_plugin, tmp_path):
    import processing

    memory = occurrences([r for r in RECORDS if r[1] is not None])  # the file layer: points only (no empty one)
    path = str(tmp_path / "occ.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(memory, path, memory.transformContext(), options)
    assert fast_read.can_stream(path)
    params = {"ZONES": reserves(ZONES), "ZONE_FIELD": "ten", "STATUS_LISTS": _status_list(tmp_path),
              "OUTPUT": "memory:"}
    from qgis.core import QgsProcessingFeedback

    class Log(QgsProcessingFeedback):
        infos = []

        def pushInfo(self, info):  # noqa: N802 - QGIS API name
            self.infos.append(info)

    log = Log()
    streamed = processing.run("bd:specieslist", dict(params, INPUT=path), feedback=log)["OUTPUT"]
    assert any("GDAL's Arrow stream" in info for info in log.infos)
    features = processing.run("bd:specieslist", dict(params, INPUT=memory))["OUTPUT"]
    assert _rows(streamed) == _rows(features) and len(_rows(streamed)) == 4
    taxus = next(f for f in streamed.getFeatures() if f["zone"] == "Tà Kóu" and f["scientificName"] ==
                 "Taxus wallichiana")
    assert (taxus["records"], taxus["first_year"], taxus["last_year"], taxus["n_sources"]) == (2, 2001, 2015, 2)


def test_file_with_three_dimensional_points_falls_back_to_the_feature_reader(bd_plugin, tmp_path):
    import processing

    layer = QgsVectorLayer("PointZ?crs=EPSG:4326&field=scientificName:string&field=year:integer", "z", "memory")
    from qgis.core import QgsFeature, QgsGeometry
    from test_species_list import _lonlat

    feature = QgsFeature(layer.fields())
    lon, lat = _lonlat(802000, 1192000)
    feature.setGeometry(QgsGeometry.fromWkt(f"POINT Z ({lon} {lat} 120)"))
    feature.setAttributes(["Hopea reticulata", 2011])
    layer.dataProvider().addFeatures([feature])
    path = str(tmp_path / "z.gpkg")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    QgsVectorFileWriter.writeAsVectorFormatV2(layer, path, layer.transformContext(), options)
    result = processing.run("bd:specieslist", {"INPUT": path, "ZONES": reserves(ZONES), "ZONE_FIELD": "ten",
                                               "OUTPUT": "memory:"})["OUTPUT"]
    assert [(f["zone"], f["scientificName"], f["records"]) for f in result.getFeatures()] == [
        ("Tà Kóu", "Hopea reticulata", 1)]
