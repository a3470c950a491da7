"""The plugin's widgets in the real Processing dialog (processing.gui.AlgorithmDialog, as the toolbox opens it)."""

from qgis.core import QgsApplication, QgsFeature, QgsField, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer

from bd_qgis_plugin.compat import field_type


def _zones(names):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32648", "Khu bảo tồn", "memory")
    layer.dataProvider().addAttributes([QgsField("name", field_type("String")), QgsField("code", field_type("Int"))])
    layer.updateFields()
    for n, name in enumerate(names):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(n * 100, 0, n * 100 + 90, 90)))
        feature.setAttributes([name, n + 1])
        layer.dataProvider().addFeature(feature)
    return layer


def test_reserve_to_frame_lists_the_zones_of_the_chosen_layer(bd_plugin, iface):
    """bd:thematicmap's "Reserve to frame": the names of the chosen zones layer and field, in Vietnamese order,
    following the layer and field chosen; the chosen name is the parameter's value."""
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsProcessingContext

    layer = _zones(["Vườn quốc gia Núi Chúa", "Đảo Hòn Mun", "Bãi Cạn", "Vườn quốc gia Núi Chúa", None, "Cồn Cỏ"])
    other = _zones(["Khu B", "Khu A"])
    QgsProject.instance().addMapLayers([layer, other])
    dialog = AlgorithmDialog(QgsApplication.processingRegistry().createAlgorithmById("bd:thematicmap"), False,
                             iface.mainWindow())
    try:
        wrappers = dialog.mainWidget().wrappers
        zone_name = wrappers["ZONE_NAME"]
        combo = zone_name.widget

        def names():
            return [combo.itemText(i) for i in range(combo.count())]

        assert names() == []  # no zones layer chosen yet: the name can still be typed
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        wrappers["ZONES"].setParameterValue(layer.id(), context)
        wrappers["ZONE_FIELD"].setParameterValue("name", context)
        assert names() == ["Bãi Cạn", "Cồn Cỏ", "Đảo Hòn Mun", "Vườn quốc gia Núi Chúa"]  # Đ after D, once each
        combo.setCurrentIndex(2)
        assert zone_name.parameterValue() == "Đảo Hòn Mun"
        wrappers["ZONE_FIELD"].setParameterValue("code", context)  # another field: its values
        assert names() == ["1", "2", "3", "4", "5", "6"] and zone_name.parameterValue() == "Đảo Hòn Mun"
        wrappers["ZONES"].setParameterValue(other.id(), context)
        wrappers["ZONE_FIELD"].setParameterValue("name", context)
        assert names() == ["Khu A", "Khu B"]
        combo.setEditText("  ")
        assert zone_name.parameterValue() is None  # nothing to frame
    finally:
        dialog.deleteLater()
        QgsProject.instance().removeMapLayers([layer.id(), other.id()])
