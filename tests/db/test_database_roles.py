"""Roles, credentials and failures on the real server: authcfg logins, wrong password, a technician trying
to accept, a reviewer trying to push, the server killed mid-push (queue + resume), two clients at once."""

import threading

import pytest
from db_helpers import _authcfg, _login, install_schema, polygon_layer
from qgis.core import QgsProviderRegistry


@pytest.fixture
def bd_db(postgis_db):
    return install_schema(postgis_db)


def _open(conn, authcfg):
    from bd_qgis_plugin.db.connections import open_database

    return open_database({"host": conn.host, "port": conn.port, "dbname": conn.dbname, "authcfg": authcfg,
                          "sslmode": "disable"})


def _request(title):
    from bd_qgis_plugin.db.model import PushRequest

    return PushRequest(title=title, theme="habitat", province="Lâm Đồng")


def test_technician_pushes_reviewer_reviews_through_authcfg(qgis_app, bd_db):
    from bd_qgis_plugin.db.model import DatabaseError

    tech = _login(bd_db, "bd_technician")
    reviewer = _login(bd_db, "bd_reviewer")
    as_tech, as_reviewer = _open(bd_db, _authcfg(*tech)), _open(bd_db, _authcfg(*reviewer))
    assert as_tech.params.user == tech[0] and as_tech.params.password == tech[1]  # resolved by QgsAuthManager
    result = as_tech.push(polygon_layer(n=3), _request("Rừng Bidoup"))
    row = as_tech.layers("Rừng Bidoup")[0]
    assert row["pushed_by"] == tech[0] and row["status"] == "submitted"

    with pytest.raises(DatabaseError, match="cannot accept or return a layer they pushed themselves"):
        as_tech.review(result.layer_id, "accepted", "looks fine to me")  # refused by the database
    other_tech = _login(bd_db, "bd_technician")
    other = _open(bd_db, _authcfg(*other_tech))
    # neither technician is offered the submission: one pushed it, the other is no reviewer; both are told why
    assert as_tech.review_queue()[0] == [] and other.review_queue()[0] == []
    assert as_tech.review_queue()[1].template == as_tech.NOT_A_REVIEWER
    assert f"1 submission(s) are waiting, but {other_tech[0]}, the login of this connection, is not a reviewer" \
        in str(other.review_queue()[1])
    assert [row["id"] for row in as_reviewer.review_queue()[0]] == [result.layer_id]
    with pytest.raises(DatabaseError, match="is not a reviewer"):
        other.review(result.layer_id, "accepted", "a colleague's work")
    with pytest.raises(DatabaseError, match="permission denied"):
        as_reviewer.push(polygon_layer(n=2), _request("Reviewer's own"))
    assert bd_db.query("SELECT count(*) FROM bd.layers")[0][0] == 1

    as_reviewer.review(result.layer_id, "returned", "Thiếu siêu dữ liệu")
    assert as_tech.layers("Rừng Bidoup")[0]["status"] == "returned"
    assert as_tech.reviews(result.layer_id)[-1]["comment"] == "Thiếu siêu dữ liệu"
    returned = as_tech.layers("Rừng Bidoup")[0]  # what the technician's History shows
    assert (returned["reviewed_by"], returned["review_comment"]) == (reviewer[0], "Thiếu siêu dữ liệu")
    rows, note = as_reviewer.review_queue()
    assert rows == [] and str(note) == "No submission is waiting for review."
    # both read the stored layer through QGIS with the authcfg, no password in the layer source
    stored = as_reviewer.qgis_layer(row)
    assert stored.isValid() and stored.featureCount() == 3 and reviewer[1] not in stored.source()


def test_nobody_accepts_their_own_push(qgis_app, bd_db):
    from bd_qgis_plugin.db.model import DatabaseError

    both, password = _login(bd_db, "bd_technician")
    bd_db.query(f"GRANT bd_reviewer TO {both}")
    database = _open(bd_db, _authcfg(both, password))
    result = database.push(polygon_layer(n=1), _request("Own work"))
    rows, note = database.review_queue()  # a reviewer, but the only submission is their own: not offered
    assert rows == [] and note.template == database.ONLY_OWN_SUBMISSIONS and note.params["user"] == both
    with pytest.raises(DatabaseError, match="cannot accept or return a layer they pushed themselves"):
        database.review(result.layer_id, "accepted")


def test_wrong_password_gives_a_clear_message(qgis_app, bd_db):
    from bd_qgis_plugin.db.model import DatabaseError

    user, _ = _login(bd_db, "bd_technician")
    with pytest.raises(DatabaseError, match=f"refused the user '{user}': wrong user name or password"):
        _open(bd_db, _authcfg(user, "not-the-password"))


def test_saved_qgis_connection_with_authcfg(qgis_app, bd_db):
    from bd_qgis_plugin.db.connections import open_database, saved_postgres_connections
    from bd_qgis_plugin.db.model import DatabaseError

    tech = _login(bd_db, "bd_technician")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = (f"dbname='{bd_db.dbname}' host={bd_db.host} port={bd_db.port} sslmode=disable "
           f"authcfg={_authcfg(*tech)}")
    metadata.saveConnection(metadata.createConnection(uri, {}), "Sở TN&MT Lâm Đồng")
    assert "Sở TN&MT Lâm Đồng" in saved_postgres_connections()
    database = open_database("Sở TN&MT Lâm Đồng")
    assert database.params.user == tech[0]
    plain = f"dbname='{bd_db.dbname}' host={bd_db.host} port={bd_db.port} user='x' password='y' sslmode=disable"
    metadata.saveConnection(metadata.createConnection(plain, {"saveUsername": True, "savePassword": True}),
                            "plain password")
    with pytest.raises(Exception, match="plain settings"):
        open_database("plain password")
    with pytest.raises(DatabaseError, match="cannot be read"):
        _open(bd_db, "nonexist")


def test_server_killed_mid_push_leaves_no_table_and_resume_succeeds(qgis_app, postgis_server, bd_db, tmp_path):
    from bd_qgis_plugin.db.push import push_layers, resume_queue
    from bd_qgis_plugin.db.queue import PushQueue

    tech = _login(bd_db, "bd_technician")
    database = _open(bd_db, _authcfg(*tech))
    queue = PushQueue(str(tmp_path / "queue.json"))
    layer = polygon_layer(n=2500)
    killed = []

    def kill_at_third(fraction):
        if fraction > 0.3 and not killed:
            killed.append(fraction)
            postgis_server.kill()

    try:
        report = push_layers(database, [(layer, _request("Thảm cỏ biển"))], queue, progress=kill_at_third)
    finally:
        postgis_server.restart()
    assert killed and report[0][1] is None and "lost" in report[0][2]
    items = queue.items()
    assert len(items) == 1 and items[0]["error"] and items[0]["attempts"] == 1
    assert "password" not in str(items[0]["target"])
    assert bd_db.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'bd_data'")[0][0] == 0
    assert bd_db.query("SELECT count(*) FROM bd.layers")[0][0] == 0

    report = resume_queue(queue)
    assert report[0][2] is None and report[0][1].feature_count == 2500 and report[0][1].version == 1
    assert queue.items() == []
    assert bd_db.query('SELECT count(*) FROM bd_data."tham_co_bien_v1"')[0][0] == 2500


def test_two_clients_push_at_once(qgis_app, bd_db):
    tech_a, tech_b = _login(bd_db, "bd_technician"), _login(bd_db, "bd_technician")
    clients = [_open(bd_db, _authcfg(*tech_a)), _open(bd_db, _authcfg(*tech_b))]
    results, errors = [], []

    def push(database, n):
        try:
            results.append(database.push(polygon_layer(n=n), _request("Cùng một lớp")))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=push, args=(c, n)) for c, n in zip(clients, (300, 400))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    assert sorted(r.version for r in results) == [1, 2] and len({r.layer_uid for r in results}) == 1
