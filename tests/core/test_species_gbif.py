"""The GBIF client without a network: a transport function answering from the recorded bodies of tests/data/gbif,
a fake clock (no real waiting), the rate limit, Retry-After and back-off, and the answers' shapes."""

import json
from pathlib import Path

import pytest

from bd_qgis_plugin.core.errors import Cancelled
from bd_qgis_plugin.core.species import gbif

DATA = Path(__file__).resolve().parents[1] / "data" / "gbif"


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def _client(answers, **options):
    clock, calls = Clock(), []

    def transport(method, url, headers, body):
        calls.append((clock.now, method, url))
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    client = gbif.GbifClient(transport, "http://gbif.test/v1", sleep=clock.sleep, clock=clock, **options)
    return client, calls


def test_requests_are_spaced_and_retried_after_429_and_503():
    page = (DATA / "occurrence_search_page.json").read_bytes()
    client, calls = _client([(429, {"Retry-After": "3"}, b""), (503, {}, b"busy"), (200, {}, page)],
                            min_interval=0.5)
    answer = client.get_json("http://gbif.test/v1/occurrence/search?limit=1", "occurrence search")
    assert answer["results"][0]["key"] == 5938029520
    times = [t for t, _, _ in calls]
    assert times == [0.0, 3.0, 5.0]  # Retry-After 3 s, then the back-off of the 2nd attempt (2 s)
    assert client.retried == [(429, calls[0][2]), (503, calls[1][2])]


def test_unreachable_is_retried_twice_then_said_clearly():
    client, calls = _client([gbif.TransportError("Connection refused")] * 3)
    with pytest.raises(gbif.GbifError) as error:
        client.get_json("http://gbif.test/v1/occurrence/search?x=1", "occurrence search")
    assert len(calls) == 3 and "GBIF could not be reached at http://gbif.test/v1/occurrence/search" in str(error.value)
    assert "Connection refused" in str(error.value)


def test_cancel_during_a_wait():
    client, _ = _client([(429, {"Retry-After": "30"}, b"")], is_cancelled=lambda: client.clock() > 1)
    with pytest.raises(Cancelled):
        client.get_json("http://gbif.test/v1/occurrence/search", "occurrence search")


def test_name_match_v2_and_no_match():
    client, calls = _client([(200, {}, (DATA / "species_match_v2.json").read_bytes()),
                             (200, {}, (DATA / "species_match_none.json").read_bytes())])
    match = client.match_name("Calopteryx splendens")
    assert calls[0][2] == "http://gbif.test/v2/species/match?scientificName=Calopteryx+splendens"
    assert (match["key"], match["canonical"], match["match_type"], match["accepted_key"]) == (
        "Q2M4", "Calopteryx splendens", "EXACT", "Q2M4")
    assert client.match_name("Nothing here") is None


def test_search_pages_until_end_of_records():
    page = json.loads((DATA / "occurrence_search_page.json").read_text(encoding="utf-8"))
    first = dict(page, offset=0, limit=300, count=2, endOfRecords=False)
    last = dict(page, offset=1, limit=300, count=2, endOfRecords=True)
    client, calls = _client([(200, {}, json.dumps(first).encode()), (200, {}, json.dumps(last).encode())])
    results = list(client.search([("geometry", "POLYGON((0 0,1 0,1 1,0 0))")]))
    assert len(results) == 2 and "offset=1&limit=300" in calls[1][2]
    record = gbif.occurrence_record(results[0])
    assert record["gbifID"] == "5938029520" and record["decimalLatitude"] == "11.95"
    assert record["stateProvince"] == "Lâm Đồng" and record["class"] == "Pinopsida"


def test_download_status_and_citation():
    preparing = (DATA / "download_meta_preparing.json").read_bytes()
    done = (DATA / "download_meta_succeeded.json").read_bytes()
    client, calls = _client([(201, {}, b"0036159-260806074905277"), (200, {}, preparing), (200, {}, done)])
    key = client.request_download({"type": "and", "predicates": []}, "user", "pw")
    seen = []
    meta = client.wait_download(key, lambda status, meta: seen.append(status), poll=10)
    assert key == "0036159-260806074905277" and seen == ["PREPARING"]
    assert calls[2][0] - calls[1][0] == 10  # polled every 10 s
    assert gbif.download_citation(meta) == "GBIF.org (11 November 2020) GBIF Occurrence Download " \
                                           "https://doi.org/10.15468/dl.hx3uzz"


def test_ccw_polygon_and_predicate():
    assert gbif.ccw_polygon_wkt([(0, 0), (0, 1), (1, 1), (1, 0)]) == \
        "POLYGON((0.000000 0.000000, 1.000000 0.000000, 1.000000 1.000000, 0.000000 1.000000, 0.000000 0.000000))"
    predicate = gbif.download_predicate("POLYGON((0 0,1 0,1 1,0 0))", ["7"], [2000, 2010], ["PRESERVED_SPECIMEN"], 500)
    keys = [p.get("key") for p in predicate["predicates"]]
    assert keys == [None, "HAS_COORDINATE", "HAS_GEOSPATIAL_ISSUE", "TAXON_KEY", "YEAR", "YEAR", "BASIS_OF_RECORD",
                    "COORDINATE_UNCERTAINTY_IN_METERS"]
