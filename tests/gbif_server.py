"""A stand-in for api.gbif.org on the loopback interface, answering with GBIF's own response bodies
(tests/data/gbif/, see its README) — run as its own process (QGIS' blocking requests hold the interpreter):

    python tests/gbif_server.py SCENARIO.json LOG.jsonl   → prints the port, serves until stopped (at most 10 min)

The scenario (JSON) says how many records the search finds (``count``), which search offsets answer 429 or 503
once first (``fail_once``: {"300": 429}), whether search bodies are malformed, and the download's polls.
Every request is logged (method, path, query, headers) for the tests to check.
"""

import copy
import io
import json
import os
import sys
import threading
import urllib.parse
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "gbif")
KEY = "0036159-260806074905277"
NAMES = [("Taxus wallichiana", "Taxus wallichiana Zucc.", "Plantae", "Taxaceae", 5284941),
         ("Hopea reticulata", "Hopea reticulata Tardieu", "Plantae", "Dipterocarpaceae", 7311287),
         ("Rhinopithecus avunculus", "Rhinopithecus avunculus (Dollman, 1912)", "Animalia", "Cercopithecidae", 2436584)]


def _load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as fh:
        return fh.read()


PAGE = json.loads(_load("occurrence_search_page.json"))
TEMPLATE = PAGE["results"][0]


def record(i, box):
    """Result number ``i``: the template with its own key, name and position inside ``box`` (lon0, lat0, lon1,
    lat1), on a 50 × 50 lattice."""
    result = copy.deepcopy(TEMPLATE)
    species, name, kingdom, family, key = NAMES[i % len(NAMES)]
    lon0, lat0, lon1, lat1 = box
    result.update(key=5938029520 + i, gbifID=str(5938029520 + i), occurrenceID=f"urn:bd:test:{i}",
                  species=species, scientificName=name, acceptedScientificName=name, kingdom=kingdom, family=family,
                  taxonKey=key, acceptedTaxonKey=key, speciesKey=key, year=2000 + i % 20,
                  eventDate=f"{2000 + i % 20}-03-02", decimalLongitude=lon0 + (lon1 - lon0) * ((i % 50) + 0.5) / 50,
                  decimalLatitude=lat0 + (lat1 - lat0) * (((i // 50) % 50) + 0.5) / 50)
    return result


def simple_csv_zip(rows, box):
    columns = _load("simple_csv_columns.txt").split()
    lines = ["\t".join(columns)]
    for i in range(rows):
        r = record(i, box)
        values = {c: r.get(c, "") for c in columns}
        values["gbifID"] = r["gbifID"]
        lines.append("\t".join("" if v is None else str(v) for v in values.values()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{KEY}.csv", "\n".join(lines) + "\n")
    return buffer.getvalue()


class Handler(BaseHTTPRequestHandler):
    scenario, log, lock, state = None, None, threading.Lock(), {"failed": set(), "polls": 0}

    def log_message(self, *args):
        pass

    def _send(self, status, body, content_type="application/json", headers=None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _record(self, body=b""):
        url = urllib.parse.urlsplit(self.path)
        entry = {"method": self.command, "path": url.path, "query": urllib.parse.parse_qs(url.query),
                 "authorization": self.headers.get("Authorization", ""), "body": body.decode("utf-8", "replace")}
        with self.lock:
            with open(self.log, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(entry) + "\n")
        return url, entry["query"]

    def do_GET(self):  # noqa: N802 - http.server API
        url, query = self._record()
        s = self.scenario
        box = s.get("box", [107.0, 11.0, 109.0, 12.5])
        if url.path == "/v1/occurrence/search":
            offset, limit = int(query.get("offset", ["0"])[0]), int(query.get("limit", ["20"])[0])
            failure = s.get("fail_once", {}).get(str(offset))
            key = (offset, limit)
            if failure and limit and key not in self.state["failed"]:
                self.state["failed"].add(key)
                return self._send(int(failure), '{"error":"try later"}', headers={"Retry-After": "0"})
            if s.get("malformed") and limit:
                return self._send(200, "<html><body>Service temporarily unavailable</body></html>", "text/html")
            count = s["count"]
            end = min(offset + limit, count, s.get("serve", count))
            page = dict(PAGE, offset=offset, limit=limit, count=count, endOfRecords=offset + limit >= count,
                        results=[record(i, box) for i in range(offset, end)])
            return self._send(200, json.dumps(page))
        if url.path == "/v2/species/match":
            name = query.get("scientificName", [""])[0]
            match = json.loads(_load("species_match_v2.json"))
            if name.startswith("Taxus wallichiana"):
                match["usage"].update(key="5284941", name="Taxus wallichiana Zucc.",
                                      canonicalName="Taxus wallichiana", authorship="Zucc.")
                return self._send(200, json.dumps(match))
            return self._send(200, _load("species_match_none.json"))
        if url.path == f"/v1/occurrence/download/{KEY}":
            self.state["polls"] += 1
            if self.state["polls"] <= s.get("polls", 2):
                meta = json.loads(_load("download_meta_preparing.json"))
                meta["status"] = "PREPARING" if self.state["polls"] == 1 else "RUNNING"
            else:
                meta = json.loads(_load("download_meta_succeeded.json"))
                meta.update(key=KEY, totalRecords=s["count"])
            meta["downloadLink"] = f"http://127.0.0.1:{self.server.server_address[1]}/v1/occurrence/download/" \
                                   f"request/{KEY}.zip"
            return self._send(200, json.dumps(meta))
        if url.path == f"/v1/occurrence/download/request/{KEY}.zip":
            return self._send(200, simple_csv_zip(s.get("download_rows", 40), box), "application/zip")
        return self._send(404, '{"error":"not found"}')

    def do_POST(self):  # noqa: N802 - http.server API
        body = self.rfile.read(int(self.headers.get("Content-Length", "0") or 0))
        url, _ = self._record(body)
        if url.path == "/v1/occurrence/download/request":
            if not self.headers.get("Authorization", "").startswith("Basic "):
                return self._send(401, "Unauthorized", "text/plain")
            return self._send(201, KEY, "application/json")
        return self._send(404, '{"error":"not found"}')


def main():
    with open(sys.argv[1], encoding="utf-8") as fh:
        Handler.scenario = json.load(fh)
    Handler.log = sys.argv[2]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    timer = threading.Timer(600, server.shutdown)  # bounded: stops by itself
    timer.daemon = True
    timer.start()
    server.serve_forever()


if __name__ == "__main__":
    main()
