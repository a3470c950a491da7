"""Small layers for the database tests: polygons with hostile names, a tiny class raster."""

import secrets

import numpy as np
from helpers import write_raster
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

from bd_qgis_plugin.compat import field_type

X0, Y0 = 500000.0, 1200000.0


def polygon_layer(name="habitat", n=5, crs="EPSG:3405", fields=(("tên", "String"), ("select", "Int"),
                                                                    ("area_ha", "Double"))):
    """``n`` 100 m squares; attributes with diacritics and a reserved-word field name (types by QVariant name)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(field, field_type(kind)) for field, kind in fields])
    layer.updateFields()
    features = []
    for i in range(n):
        feature = QgsFeature(layer.fields())
        x = X0 + 200 * i
        feature.setGeometry(QgsGeometry.fromWkt(
            f"MULTIPOLYGON((({x} {Y0}, {x + 100} {Y0}, {x + 100} {Y0 + 100}, {x} {Y0 + 100}, {x} {Y0})))"))
        feature.setAttributes([f"Rừng ngập mặn 'số' {i}; DROP", i, 1.0 + i][:len(fields)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def cam_ranh_squares(name, count=3):
    """``count`` 200 m squares near Cam Ranh in VN-2000 / UTM 49N (EPSG:3405) with a text field ``tên``: the layer
    the desktop checks push through the panel."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3405", name, "memory")
    layer.dataProvider().addAttributes([QgsField("tên", field_type("String"))])
    layer.updateFields()
    features = []
    for i in range(count):
        feature = QgsFeature(layer.fields())
        x = 590000 + 300 * i
        feature.setGeometry(QgsGeometry.fromWkt(
            f"MULTIPOLYGON((({x} 1330000, {x + 200} 1330000, {x + 200} 1330200, {x} 1330200, {x} 1330000)))"))
        feature.setAttributes([f"Lô {i}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def class_raster(path, rows=300, cols=280):
    """A UInt8 class map larger than one 256² tile (edge tiles), nodata 0."""
    data = (np.arange(rows * cols).reshape(rows, cols) % 7).astype("uint8")
    data[0, :10] = 0
    return write_raster(path, data, origin=(X0, Y0), pixel=20.0, nodata=0, epsg=3405), data


def paletted_class_raster(path):
    """``class_raster`` as a QGIS layer styled with a paletted renderer (labels "lớp 1"…), and its array."""
    from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer
    from qgis.PyQt.QtGui import QColor

    path, data = class_raster(path)
    raster = QgsRasterLayer(path, "classes")
    classes = [QgsPalettedRasterRenderer.Class(value, QColor(10 * value, 100, 50), f"lớp {value}")
               for value in range(1, 7)]
    raster.setRenderer(QgsPalettedRasterRenderer(raster.dataProvider(), 1, classes))
    return raster, data


MASTER_PASSWORD = "bd-test-master"


def _authcfg(user, password):
    """A Basic authentication configuration in the test's QGIS home (master password set once)."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True)
    config = QgsAuthMethodConfig()
    config.setName(f"bd {user}")
    config.setMethod("Basic")
    config.setConfig("username", user)
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    assert stored[0] if isinstance(stored, tuple) else stored
    assert config.id()
    return config.id()


def _login(postgis_db, role):
    name, password = f"{role.split('_')[1]}_{secrets.token_hex(4)}", secrets.token_urlsafe(12)
    postgis_db.query(f"CREATE ROLE {name} LOGIN PASSWORD %s IN ROLE {role}", (password,))
    return name, password


def install_schema(postgis_db):
    """The plugin's schema installed by the administrator (superuser) into ``postgis_db``."""
    from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

    PostgisDatabase(PgParams(postgis_db.host, postgis_db.port, postgis_db.dbname, postgis_db.user,
                             postgis_db.password)).ensure_schema()
    return postgis_db


def print_layout(project, name, layer=None):
    """A real A4 print layout in ``project``: a map of ``layer`` (when given) and a title; added to the project's
    layout manager."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutItemMap, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(name)
    title = QgsLayoutItemLabel(layout)
    title.setText(name)
    title.attemptMove(QgsLayoutPoint(10, 8))
    title.attemptResize(QgsLayoutSize(200, 12))
    layout.addLayoutItem(title)
    if layer is not None:
        item = QgsLayoutItemMap(layout)
        item.attemptMove(QgsLayoutPoint(10, 25))
        item.attemptResize(QgsLayoutSize(270, 170))
        item.setLayers([layer])
        item.setExtent(layer.extent())
        layout.addLayoutItem(item)
    project.layoutManager().addLayout(layout)
    return layout


def map_export(path, name="Bản đồ sinh cảnh", layer=None):
    """A thematic-map-like PDF or PNG (by ``path``'s extension), exported from a real print layout by the plugin's
    own export (what the panel does with the project's layouts)."""
    from qgis.core import QgsProject

    from bd_qgis_plugin.maps.layout import export_layout

    project = QgsProject()
    layout = print_layout(project, name, layer)
    export_layout(layout, str(path), dpi=72)
    return str(path)
