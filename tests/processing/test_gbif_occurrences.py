"""bd:gbifoccurrences against a local stand-in for api.gbif.org (tests/gbif_server.py, loopback only) answering
with GBIF's own response bodies (tests/data/gbif): paging, the 100,000 limit and the download API with an authcfg,
429 and 503 retried, a malformed body, an unknown taxon, the server unreachable and the cache."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from db_helpers import _authcfg
from gbif_lattice import inside_reserve
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

HERE = Path(__file__).resolve().parents[1]
BOX = [107.0, 11.0, 109.0, 12.5]  # the records' lattice (lon, lat)


class Server:
    def __init__(self, tmp_path, **scenario):
        self.log = tmp_path / f"requests_{len(list(tmp_path.glob('requests_*')))}.jsonl"
        path = tmp_path / "scenario.json"
        path.write_text(json.dumps(dict(scenario, box=BOX)), encoding="utf-8")
        self.process = subprocess.Popen([sys.executable, str(HERE / "gbif_server.py"), str(path), str(self.log)],
                                        stdout=subprocess.PIPE, text=True)
        self.url = f"http://127.0.0.1:{int(self.process.stdout.readline())}/v1"

    def requests(self):
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]

    def stop(self):
        self.process.terminate()
        self.process.wait(10)


@pytest.fixture
def server(tmp_path):
    started = []

    def start(**scenario):
        started.append(Server(tmp_path, **scenario))
        return started[-1]
    yield start
    for s in started:
        s.stop()


def _reserve():
    """A reserve covering the western half of the lattice (lon 107–108), with a notch: not its convex hull."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "kbt", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((107 11, 108 11, 108 12.5, 107 12.5, 107.5 11.75, 107 11))"))
    layer.dataProvider().addFeatures([feature])
    return layer


def _run(params, feedback=None):
    import processing

    return processing.run("bd:gbifoccurrences", dict({"OUTPUT": "memory:", "POLL_SECONDS": 0.0}, **params),
                          feedback=feedback)


def test_the_lattice_helper():
    assert inside_reserve(50, BOX) == list(range(25))  # the first row (lat 11.015): the notch is at lon 107.01


def test_paging_with_429_and_503_retried_inside_the_reserve(bd_plugin, server):
    gbif = server(count=700, fail_once={"300": 429, "600": 503})
    result = _run({"API_URL": gbif.url, "AREA": _reserve(), "TAXON": "Taxus wallichiana", "YEAR_FROM": 2000,
                   "YEAR_TO": 2020, "BASIS": [0]})
    searches = [r for r in gbif.requests() if r["path"] == "/v1/occurrence/search"]
    pages = [(r["query"]["offset"][0], r["query"]["limit"][0]) for r in searches]
    assert pages == [("0", "0"), ("0", "300"), ("300", "300"), ("300", "300"), ("600", "300"), ("600", "300")]
    query = searches[1]["query"]
    assert query["taxonKey"] == ["5284941"] and query["year"] == ["2000,2020"]
    assert query["basisOfRecord"] == ["HUMAN_OBSERVATION"] and query["hasGeospatialIssue"] == ["false"]
    assert query["geometry"][0].startswith("POLYGON((107.000000 11.000000, 108.000000 11.000000")  # CCW hull
    layer = result["OUTPUT"]
    features = list(layer.getFeatures())
    # the lattice's points with lon < 108 and outside the notch: counted independently of the algorithm
    expected = inside_reserve(700, BOX)
    assert len(features) == len(expected) == int(result["RECORDS"])
    assert sorted(int(f["gbifID"]) - 5938029520 for f in features) == expected
    first = next(f for f in features if f["gbifID"] == "5938029520")
    assert (first["species"], first["recordedBy"], first["datasetKey"]) == (
        "Taxus wallichiana", "Nguyễn Văn Ánh", "50c9509d-22c7-4a22-a47d-8c48425ef4a7")
    assert result["CITATION"].startswith("GBIF.org (") and "occurrence/search?" in result["CITATION"]
    assert result["DOI"] == ""


def test_above_the_search_limit_the_download_api_with_an_authcfg(bd_plugin, server, tmp_path):
    gbif = server(count=150000, download_rows=40, polls=2)
    feedback = QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException, match="more than the 100,000"):
        _run({"API_URL": gbif.url, "EXTENT": "107,109,11,12.5 [EPSG:4326]"}, feedback)
    out = tmp_path / "gbif.gpkg"
    result = _run({"API_URL": gbif.url, "EXTENT": "107,109,11,12.5 [EPSG:4326]",
                   "AUTHCFG": _authcfg("bd_gbif_user", "mật-khẩu"), "OUTPUT": str(out)})
    posts = [r for r in gbif.requests() if r["method"] == "POST"]
    assert len(posts) == 1
    import base64

    assert base64.b64decode(posts[0]["authorization"].split()[1]).decode() == "bd_gbif_user:mật-khẩu"
    body = json.loads(posts[0]["body"])
    assert body["creator"] == "bd_gbif_user" and body["format"] == "SIMPLE_CSV"
    kinds = {p["type"]: p for p in body["predicate"]["predicates"]}
    assert kinds["within"]["geometry"].startswith("POLYGON((107.000000 11.000000, 109.000000 11.000000")
    polls = [r for r in gbif.requests() if r["path"] == "/v1/occurrence/download/0036159-260806074905277"]
    assert len(polls) == 3  # PREPARING, RUNNING, SUCCEEDED
    assert result["DOI"] == "10.15468/dl.hx3uzz" and "https://doi.org/10.15468/dl.hx3uzz" in result["CITATION"]
    layer = QgsVectorLayer(str(out), "gbif", "ogr")
    assert layer.featureCount() == 40 == int(result["RECORDS"])
    assert "10.15468/dl.hx3uzz" in layer.metadata().abstract()
    species = {f["species"] for f in layer.getFeatures()}
    del layer  # not left for Python's shutdown, after QGIS' own (a crash at exit)
    assert species == {"Taxus wallichiana", "Hopea reticulata", "Rhinopithecus avunculus"}


def test_malformed_body_unknown_taxon_and_unreachable_server_say_so(bd_plugin, server):
    gbif = server(count=10, malformed=True)
    with pytest.raises(QgsProcessingException, match="not JSON .*Service temporarily unavailable"):
        _run({"API_URL": gbif.url, "EXTENT": "107,109,11,12.5 [EPSG:4326]"})
    with pytest.raises(QgsProcessingException, match="'Hopea khongco' has no match on the GBIF backbone"):
        _run({"API_URL": gbif.url, "EXTENT": "107,109,11,12.5 [EPSG:4326]", "TAXON": "Hopea khongco"})
    with pytest.raises(QgsProcessingException, match="Give a reserve polygon or an extent"):
        _run({"API_URL": gbif.url})


def test_unreachable_server_reuses_the_cached_result_when_asked(bd_plugin, server):
    gbif = server(count=25)
    query = {"API_URL": gbif.url, "EXTENT": "107,109,11,12.5 [EPSG:4326]", "USE_CACHE": True}
    first = _run(query)
    assert first["OUTPUT"].featureCount() == 25
    gbif.stop()
    feedback = QgsProcessingFeedback()
    again = _run(query, feedback)
    assert again["OUTPUT"].featureCount() == 25 and again["CITATION"] == first["CITATION"]
    with pytest.raises(QgsProcessingException, match="GBIF could not be reached"):
        _run(dict(query, USE_CACHE=False))


def test_cancel_writes_nothing(bd_plugin, server, tmp_path):
    gbif = server(count=900)
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 20 else None)
    out = tmp_path / "cancelled.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        _run({"API_URL": gbif.url, "EXTENT": "107,109,11,12.5 [EPSG:4326]", "OUTPUT": str(out)}, feedback)
    assert not out.exists()
