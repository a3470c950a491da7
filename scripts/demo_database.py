"""Demo step: push the demo outputs into the embedded GeoPackage database (output/bd_database.gpkg),
then list what the database holds: registry rows with versions, review status, map exports."""

import os

ORDER = 90  # last: after the maps

LINEAGE = [
    {"algorithm": "bd:habitatclassification",
     "parameters": {"TRAINING": "demo/training_18SVG_20160112.gpkg", "CLASSIFIER": 0, "VALIDATION_FRACTION": 0.34,
                    "SEED": 0}},
    {"algorithm": "bd:sieveclassification", "parameters": {"MMU_HA": 0.2, "MAJORITY": 0}},
]


def _paths(value):
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def run(ctx):
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    from bd_qgis_plugin.db.geopackage import GeopackageDatabase
    from bd_qgis_plugin.db.model import PushRequest
    from bd_qgis_plugin.db.push import push_layers
    from bd_qgis_plugin.db.queue import PushQueue

    path = os.path.join(ctx.output, "bd_database.gpkg")
    if os.path.exists(path):
        os.remove(path)  # a fresh database each run: the demo pushes the same data every time
    database = GeopackageDatabase(path, user="demo")
    database.ensure_schema()
    print(f"[demo] database push — into the embedded GeoPackage database {path}")
    jobs = []
    habitat = ctx.outputs.get("habitat_map")
    if habitat and os.path.exists(habitat):
        layer = QgsRasterLayer(habitat, "Habitat map")
        qml = os.path.splitext(habitat)[0] + ".qml"
        if os.path.exists(qml):
            layer.loadNamedStyle(qml)
        jobs.append((layer, PushRequest(title="Bản đồ sinh cảnh 18SVG 2016", theme="habitat",
                                        province="Khánh Hòa", lineage=LINEAGE)))
    areas = ctx.outputs.get("habitat_area_csv")
    if areas and os.path.exists(areas):
        table = QgsVectorLayer(areas, "Habitat area per zone", "ogr")
        jobs.append((table, PushRequest(title="Diện tích sinh cảnh theo vùng", theme="habitat",
                                        province="Khánh Hòa",
                                        lineage=LINEAGE + [{"algorithm": "bd:habitatarea",
                                                            "parameters": {"ZONES": "demo/zones_18SVG.gpkg"}}])))
    queue = PushQueue(os.path.join(ctx.output, "bd_push_queue.json"))
    for name, result, error in push_layers(database, jobs, queue):
        if error:
            print(f"    {name}: NOT pushed: {error}")
        else:
            print(f"    {name}: table {result.table_name} (version {result.version}, {result.feature_count} "
                  f"{'tiles' if result.kind == 'raster' else 'rows'}, checksum {result.checksum[:12]}…)")
    again = push_layers(database, jobs[:1], queue)[0] if jobs else None
    if again:
        print(f"    pushed again unchanged → refused: {again[2]}")
    for pdf in _paths(ctx.outputs.get("thematic_map_pdf")):
        if os.path.exists(pdf):
            database.add_map_export(pdf, ctx.outputs.get("thematic_map_layout", os.path.basename(pdf)),
                                    os.path.splitext(os.path.basename(pdf))[0], "Khánh Hòa")
    print("    registry (bd_layers):")
    for row in database.layers():
        print(f"      {row['title']:34s} v{row['version']}  {row['kind']:6s} {row['table_name']:38s} "
              f"{row['status']:9s} by {row['pushed_by']} at {row['pushed_at']}")
    for export in database.map_exports():
        print(f"      map export: {export['title']} ({export['format']}, {export['size']} bytes, layout "
              f"{export['layout_name']})")
    ctx.written.append(path)
    ctx.outputs["database_gpkg"] = path
