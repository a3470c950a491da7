"""GeoPackage only: reviewers named by the caller, two clients on one file, the style found by OGR itself. What
both backends promise is in test_database_push.py."""

import threading

import pytest
from db_helpers import polygon_layer


def _database(path, user="tech"):
    from bd_qgis_plugin.db.geopackage import GeopackageDatabase

    database = GeopackageDatabase(str(path), user=user)
    database.ensure_schema()
    return database


def _request(title, **kw):
    from bd_qgis_plugin.db.model import PushRequest

    return PushRequest(title=title, theme=kw.pop("theme", "habitat"), province="Khánh Hòa", **kw)


def test_ogr_finds_the_stored_style_and_metadata(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    database = _database(tmp_path / "bd.gpkg")
    title = 'Rừng "ngập" mặn; DROP TABLE bd_layers; --'
    database.push(polygon_layer(n=6), _request(title))
    row = database.layers(title)
    # QGIS' OGR provider finds the stored style in layer_styles, without the plugin applying it
    plain = QgsVectorLayer(f"{database.path}|layername={row[0]['table_name']}", "plain", "ogr")
    listed = plain.listStylesInDatabase()
    assert listed[0] >= 1, listed
    assert title in database.stored_metadata(row[0])


def test_reviewer_cannot_decide_on_own_push(qgis_app, tmp_path):
    from bd_qgis_plugin.db.model import DatabaseError

    database = _database(tmp_path / "bd.gpkg", user="lan")
    result = database.push(polygon_layer(n=1), _request("Own"))
    with pytest.raises(DatabaseError, match="cannot be accepted"):
        database.review(result.layer_id, "accepted", "fine", reviewer="lan")
    database.review(result.layer_id, "returned", "CRS?", reviewer="minh")
    assert database.layers("Own")[0]["status"] == "returned"


def test_two_clients_push_at_once(qgis_app, tmp_path):
    path = tmp_path / "bd.gpkg"
    _database(path)
    results, errors = [], []

    def push(n):
        try:
            results.append(_database(path).push(polygon_layer(n=n), _request("Shared")))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(n,)) for n in (3, 4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(r.version for r in results) == [1, 2]
