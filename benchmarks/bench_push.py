"""push: a generated layer of polygons pushed to PostGIS, ours (``bd_qgis_plugin.db``: one transaction with
registry, metadata, style) vs ``ogr2ogr -f PostgreSQL`` (COPY, ``-gt unlimited``: one transaction too), on the
same GeoPackage, into a throwaway PostgreSQL + PostGIS server (tests/postgis_server.py).

The number of polygons is ``BD_BENCH_POLYGONS`` (default 100 000). Ours runs as its own process, QGIS start-up
included (what ``qgis_process run bd:pushtodatabase`` pays as well); the push alone is printed too.
Goal: ours ≤ 1.2 × ogr2ogr.
"""

import os
import sys

import numpy as np
from osgeo import ogr, osr

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLUGINS = ROOT  # the checkout is the plugin
sys.path.insert(0, os.path.join(ROOT, "tests"))


def generate_polygons(path, count, seed=0):
    """``count`` random 8-vertex polygons (VN-2000 / UTM 48N) with a name, a class code and an area field."""
    if os.path.exists(path):
        return path
    rng = np.random.default_rng(seed)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3405)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = ds.CreateLayer("habitat", srs, ogr.wkbMultiPolygon)
    for name, kind in (("ten", ogr.OFTString), ("class_code", ogr.OFTInteger), ("area_ha", ogr.OFTReal)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    angles = np.linspace(0, 2 * np.pi, 9)[:-1]
    ds.StartTransaction()
    for i in range(count):
        cx, cy = 500000 + rng.uniform(0, 100000), 1200000 + rng.uniform(0, 100000)
        radii = rng.uniform(20, 60, 8)
        ring = ", ".join(f"{cx + r * np.cos(a):.2f} {cy + r * np.sin(a):.2f}" for r, a in zip(radii, angles))
        first = f"{cx + radii[0]:.2f} {cy:.2f}"
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOLYGON((({ring}, {first})))"))
        feature.SetField("ten", f"Lô rừng số {i}")
        feature.SetField("class_code", int(i % 6) + 1)
        feature.SetField("area_ha", float(feature.GetGeometryRef().GetArea() / 1e4))
        layer.CreateFeature(feature)
    ds.CommitTransaction()
    ds = None
    return path


def ours_cmd(gpkg, conn, seconds_file):
    code = ("import os, sys, time; sys.path.insert(0, %r); sys.path.append('/usr/share/qgis/python/plugins')\n"
            "os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen')\n"
            "from qgis.core import QgsApplication, QgsVectorLayer\n"
            "app = QgsApplication([], False); app.initQgis()\n"
            "from bd_qgis_plugin.db.model import PushRequest\n"
            "from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase\n"
            "layer = QgsVectorLayer(%r + '|layername=habitat', 'habitat', 'ogr')\n"
            "database = PostgisDatabase(PgParams(%r, %d, %r, %r, os.environ['PGPASSWORD']))\n"
            "t = time.monotonic()\n"
            "result = database.push(layer, PushRequest(title='Bench habitat', theme='habitat'))\n"
            "open(%r, 'w').write('%%.3f' %% (time.monotonic() - t))\n"
            "os._exit(0)\n") % (PLUGINS, gpkg, conn.host, conn.port, conn.dbname, conn.user, seconds_file)
    import run  # the harness (imported late: it imports this module)

    return [run.PY, "-c", code]


def bench_push(args):
    import run
    from postgis_server import PostgisServer

    from bd_qgis_plugin.db.postgis import PgParams, PostgisDatabase

    count = int(os.environ.get("BD_BENCH_POLYGONS", "100000"))
    gpkg = generate_polygons(os.path.join(args.workdir, f"polygons_{count}.gpkg"), count)
    run.warm_page_cache(gpkg)
    with PostgisServer() as server:
        conn = server.connection()
        PostgisDatabase(PgParams(conn.host, conn.port, conn.dbname, conn.user, conn.password)).ensure_schema()
        env = dict(run.BENCH_ENV, PGPASSWORD=conn.password, QT_QPA_PLATFORM="offscreen")
        seconds_file = os.path.join(args.workdir, "push_seconds.txt")
        ours_command = ours_cmd(gpkg, conn, seconds_file)
        ours = run.measure(ours_command, env=env)
        anchor_command = ["ogr2ogr", "-f", "PostgreSQL",
                          f"PG:host={conn.host} port={conn.port} dbname={conn.dbname} user={conn.user}", gpkg,
                          "habitat", "-nln", "bd_data.ogr2ogr_habitat", "-gt", "unlimited", "-lco",
                          "GEOMETRY_NAME=geom", "-lco", "FID=bd_fid", "--config", "PG_USE_COPY", "YES"]
        anchor = run.measure(anchor_command, env=env)
        same = conn.query('SELECT (SELECT count(*) FROM bd_data.bench_habitat_v1), '
                          '(SELECT count(*) FROM bd_data.ogr2ogr_habitat), '
                          '(SELECT round(sum(ST_Area(geom))::numeric, 1) FROM bd_data.bench_habitat_v1), '
                          '(SELECT round(sum(ST_Area(geom))::numeric, 1) FROM bd_data.ogr2ogr_habitat)')[0]
    with open(seconds_file) as fh:
        push_alone = float(fh.read())
    ok = same[0] == same[1] == count and same[2] == same[3]
    check = (f"{'OK' if ok else 'MISMATCH'}: {same[0]} / {same[1]} rows, area {same[2]} / {same[3]} m²; "
             f"push alone (no QGIS start-up) {push_alone:.1f} s = {push_alone / anchor[0]:.2f}× ogr2ogr")
    print(f"[bench] push {count} polygons: ours {ours[0]:.1f} s / {ours[1]:.0f} MB, ogr2ogr {anchor[0]:.1f} s / "
          f"{anchor[1]:.0f} MB ({ours[0] / anchor[0]:.2f}×); {check}", flush=True)
    return [run.row("push", count, "bd (ours)", ours, ours_command, ("ogr2ogr", anchor), check),
            run.row("push", count, "ogr2ogr (anchor)", anchor, anchor_command)]
