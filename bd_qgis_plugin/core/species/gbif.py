"""The GBIF API (https://techdocs.gbif.org/en/openapi/): occurrence search with paging, the download API beyond
the search's 100,000-record window, backbone name matching, and a cache of results. No Qt, no QGIS: the HTTP
``transport`` is given by the caller (the Processing side passes one built on QGIS' network stack, with its proxy,
SSL and authentication settings).

Response shapes (learnt from the pygbif repository's recorded responses, test/vcr_cassettes, and the API
reference): search pages ``{offset, limit, endOfRecords, count, results: [...]}``; a download request answers 201
with the download key as text; its metadata ``{key, doi, status: PREPARING|RUNNING|SUCCEEDED|FAILED|KILLED|
CANCELLED, downloadLink, totalRecords, license}``; name matching (``/v2/species/match``) ``{usage: {key, name,
canonicalName, rank, status}, acceptedUsage: {...}, synonym, diagnostics: {matchType}}`` (v1: ``usageKey,
acceptedUsageKey, canonicalName, matchType``).
"""

import base64
import datetime
import hashlib
import json
import os
import time
import urllib.parse

from ..errors import Cancelled, InputError, translatable

#: The search API serves records up to offset + limit = 100,000; beyond, only the download API.
SEARCH_LIMIT = 100000
PAGE_SIZE = 300  # the largest page the search API serves
#: Answers retried after a wait (Retry-After when the server gives one, else 1, 2, 4 … 32 s).
RETRY_STATUS = (429, 500, 502, 503, 504)
DEFAULT_URL = "https://api.gbif.org/v1"
BASIS_OF_RECORD = ("HUMAN_OBSERVATION", "PRESERVED_SPECIMEN", "MACHINE_OBSERVATION", "MATERIAL_SAMPLE",
                   "OCCURRENCE", "LIVING_SPECIMEN", "FOSSIL_SPECIMEN", "MATERIAL_CITATION")


class TransportError(Exception):
    """The server could not be reached (DNS, refused, timeout, proxy, SSL): raised by a transport."""


class GbifError(InputError):
    """GBIF answered with an error, or not at all."""


UNREACHABLE = translatable("GBIF could not be reached at {url}: {error}. Check the network and the proxy "
                           "(Settings › Options › Network); a result fetched before can be reused with 'Use the "
                           "cached result when GBIF cannot be reached'.")


class GbifClient:
    """Requests to GBIF through ``transport(method, url, headers, body) -> (status, headers, body bytes)``, at most
    one every ``min_interval`` seconds, retried on 429/5xx (``retries`` times) and on an unreachable server
    (``unreachable_retries`` times: a network that is down does not come back in seconds)."""

    def __init__(self, transport, base_url=DEFAULT_URL, min_interval=0.2, retries=5, sleep=time.sleep,
                 clock=time.monotonic, is_cancelled=None, max_wait=32.0, unreachable_retries=2):
        self.transport, self.base_url = transport, base_url.rstrip("/")
        self.min_interval, self.retries, self.max_wait = min_interval, retries, max_wait
        self.unreachable_retries = unreachable_retries
        self.sleep, self.clock, self.is_cancelled = sleep, clock, is_cancelled
        self._last = None
        self.requests = 0
        self.retried = []  # (status or "unreachable", url) of every retried answer, for the log

    @property
    def root(self):
        """The API root without its version (for /v2/species/match)."""
        return self.base_url[:-3] if self.base_url.endswith("/v1") else self.base_url

    def _wait(self, seconds):
        end = self.clock() + seconds
        while True:
            if self.is_cancelled is not None and self.is_cancelled():
                raise Cancelled()
            left = end - self.clock()
            if left <= 0:
                return
            self.sleep(min(left, 0.25))

    def request(self, method, url, headers=None, body=None):
        """(status, headers, body) of a request, rate-limited and retried; raises GbifError when it cannot."""
        headers = dict(headers or {})
        unreachable = 0
        for attempt in range(self.retries + 1):
            if self._last is not None:
                self._wait(self.min_interval - (self.clock() - self._last))
            if self.is_cancelled is not None and self.is_cancelled():
                raise Cancelled()
            self._last = self.clock()
            self.requests += 1
            try:
                status, reply_headers, content = self.transport(method, url, headers, body)
            except TransportError as exc:
                if unreachable >= self.unreachable_retries or attempt == self.retries:
                    raise GbifError(UNREACHABLE, url=url.split("?")[0], error=str(exc)) from exc
                self.retried.append(("unreachable", url))
                self._wait(min(2.0 ** unreachable, self.max_wait))
                unreachable += 1
                continue
            if status in RETRY_STATUS and attempt < self.retries:
                self.retried.append((status, url))
                self._wait(_retry_after(reply_headers, attempt, self.max_wait))
                continue
            return status, reply_headers, content
        raise GbifError("GBIF kept answering {status} at {url}.", status=status, url=url.split("?")[0])

    def get_json(self, url, what):
        status, _, content = self.request("GET", url)
        _check_status(status, content, url)
        try:
            return json.loads(content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise GbifError("GBIF's answer to the {what} request is not JSON (it begins with: {start}). The service "
                            "may be down or a proxy may have answered instead.", what=what,
                            start=content[:120].decode("utf-8", "replace")) from exc

    # -- names ------------------------------------------------------------------------------------------------
    def match_name(self, name):
        """The backbone match of a scientific name: {key, name, canonical, rank, status, accepted_key,
        accepted_name, match_type}; None when GBIF finds no match."""
        url = f"{self.root}/v2/species/match?" + urllib.parse.urlencode({"scientificName": name})
        return parse_match(self.get_json(url, "name match"))

    # -- search -----------------------------------------------------------------------------------------------
    def count(self, params):
        page = self.get_json(self.search_url(params, 0, 0), "occurrence search")
        return _page_number(page, "count")

    def search_url(self, params, offset, limit):
        return f"{self.base_url}/occurrence/search?" + urllib.parse.urlencode(
            list(params) + [("offset", offset), ("limit", limit)])

    def search(self, params, progress=None, total=None):
        """Every result of a search (dicts as GBIF gives them), page by page; at most SEARCH_LIMIT."""
        offset, seen = 0, 0
        while offset < SEARCH_LIMIT:
            limit = min(PAGE_SIZE, SEARCH_LIMIT - offset)
            page = self.get_json(self.search_url(params, offset, limit), "occurrence search")
            results = page.get("results")
            if not isinstance(results, list):
                raise GbifError("GBIF's occurrence search answered without results (keys: {keys}).",
                                keys=", ".join(sorted(page)) if isinstance(page, dict) else type(page).__name__)
            yield from results
            seen += len(results)
            if progress is not None and total:
                progress(min(1.0, seen / total))
            if page.get("endOfRecords", True) or not results:
                return
            offset += len(results)

    # -- downloads --------------------------------------------------------------------------------------------
    def request_download(self, predicate, user, password, data_format="SIMPLE_CSV"):
        """The key of a new download (POST /occurrence/download/request, Basic authentication)."""
        body = json.dumps({"creator": user, "sendNotification": False, "format": data_format,
                           "predicate": predicate}).encode("utf-8")
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        status, _, content = self.request("POST", f"{self.base_url}/occurrence/download/request",
                                          {"Content-Type": "application/json", "Authorization": f"Basic {token}"},
                                          body)
        if status in (401, 403):
            raise GbifError("GBIF refused the download request ({status}): check the GBIF user name and password "
                            "of the authentication configuration.", status=status)
        _check_status(status, content, "occurrence/download/request")
        key = content.decode("utf-8", "replace").strip().strip('"')
        if not key or " " in key or len(key) > 64:
            raise GbifError("GBIF's answer to the download request is not a download key: {start}",
                            start=key[:120])
        return key

    def wait_download(self, key, progress=None, poll=10.0, timeout=6 * 3600.0):
        """The metadata of download ``key`` once it has SUCCEEDED (polled every ``poll`` seconds)."""
        start = self.clock()
        while True:
            meta = self.get_json(f"{self.base_url}/occurrence/download/{key}", "download status")
            status = str(meta.get("status", "")).upper()
            if status == "SUCCEEDED":
                return meta
            if status in ("FAILED", "KILLED", "CANCELLED", "SUSPENDED", "FILE_ERASED"):
                raise GbifError("The GBIF download {key} ended as {status}.", key=key, status=status)
            if progress is not None:
                progress(status, meta)
            if self.clock() - start > timeout:
                raise GbifError("The GBIF download {key} was not ready after {hours} hours ({status}): run again "
                                "later with its key.", key=key, hours=int(timeout / 3600), status=status)
            self._wait(poll)

    def fetch(self, url, path):
        """Save the file at ``url`` (a download's zip) to ``path``."""
        status, _, content = self.request("GET", url)
        _check_status(status, content, url)
        with open(path, "wb") as fh:
            fh.write(content)
        return path


def _retry_after(headers, attempt, max_wait):
    value = {k.lower(): v for k, v in (headers or {}).items()}.get("retry-after")
    try:
        return min(max(float(value), 0.0), max_wait)
    except (TypeError, ValueError):
        return min(2.0 ** attempt, max_wait)


def _check_status(status, content, url):
    if 200 <= status < 300:
        return
    text = content[:200].decode("utf-8", "replace").strip() if content else ""
    raise GbifError("GBIF answered {status} to {url}: {text}", status=status, url=url.split("?")[0], text=text)


def _page_number(page, key):
    if not isinstance(page, dict) or not isinstance(page.get(key), int):
        raise GbifError("GBIF's occurrence search answered without a record count.")
    return page[key]


def parse_match(answer):
    """The match fields of a v2 or v1 backbone match answer, None for no match."""
    if not isinstance(answer, dict):
        raise GbifError("GBIF's name match answer is not an object.")
    usage = answer.get("usage")
    if isinstance(usage, dict):  # v2
        accepted = answer.get("acceptedUsage") or usage
        match_type = (answer.get("diagnostics") or {}).get("matchType", "")
        if not usage.get("key") or match_type == "NONE":
            return None
        return {"key": str(usage["key"]), "name": usage.get("name", ""), "canonical": usage.get("canonicalName", ""),
                "rank": usage.get("rank", ""), "status": usage.get("status", ""),
                "accepted_key": str(accepted.get("key", usage["key"])),
                "accepted_name": accepted.get("canonicalName") or accepted.get("name", ""), "match_type": match_type}
    if answer.get("matchType") in (None, "NONE") or not answer.get("usageKey"):
        return None
    return {"key": str(answer["usageKey"]), "name": answer.get("scientificName", ""),
            "canonical": answer.get("canonicalName", ""), "rank": answer.get("rank", ""),
            "status": answer.get("status", ""),
            "accepted_key": str(answer.get("acceptedUsageKey") or answer["usageKey"]),
            "accepted_name": answer.get("species") or answer.get("canonicalName", ""),
            "match_type": answer.get("matchType", "")}


# -- queries ------------------------------------------------------------------------------------------------------

def ccw_polygon_wkt(ring):
    """WKT of a polygon from its ring [(lon, lat)…] with the counter-clockwise orientation GBIF requires."""
    points = list(ring)
    if points[0] != points[-1]:
        points.append(points[0])
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:]))
    if area < 0:
        points.reverse()
    return "POLYGON((" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in points) + "))"


def search_params(geometry_wkt, taxon_keys=(), years=None, basis=(), max_uncertainty=None, no_issues=True):
    """The occurrence search parameters [(name, value)] of the filters."""
    params = [("geometry", geometry_wkt), ("hasCoordinate", "true")]
    if no_issues:
        params.append(("hasGeospatialIssue", "false"))
    params += [("taxonKey", key) for key in taxon_keys]
    if years:
        params.append(("year", f"{years[0]},{years[1]}"))
    params += [("basisOfRecord", b) for b in basis]
    if max_uncertainty is not None:
        params.append(("coordinateUncertaintyInMeters", f"0,{max_uncertainty:g}"))
    return params


def download_predicate(geometry_wkt, taxon_keys=(), years=None, basis=(), max_uncertainty=None, no_issues=True):
    """The download API predicate of the same filters as :func:`search_params`."""
    predicates = [{"type": "within", "geometry": geometry_wkt},
                  {"type": "equals", "key": "HAS_COORDINATE", "value": "true"}]
    if no_issues:
        predicates.append({"type": "equals", "key": "HAS_GEOSPATIAL_ISSUE", "value": "false"})
    if taxon_keys:
        predicates.append({"type": "in", "key": "TAXON_KEY", "values": [str(k) for k in taxon_keys]})
    if years:
        predicates += [{"type": "greaterThanOrEquals", "key": "YEAR", "value": str(years[0])},
                       {"type": "lessThanOrEquals", "key": "YEAR", "value": str(years[1])}]
    if basis:
        predicates.append({"type": "in", "key": "BASIS_OF_RECORD", "values": list(basis)})
    if max_uncertainty is not None:
        predicates.append({"type": "lessThanOrEquals", "key": "COORDINATE_UNCERTAINTY_IN_METERS",
                           "value": f"{max_uncertainty:g}"})
    return {"type": "and", "predicates": predicates}


#: Darwin Core terms of a search result that have another name there.
_RESULT_NAMES = {"gbifID": "key"}


def occurrence_record(result):
    """A search result as {term: text} like a Darwin Core file row (values the checks then read)."""
    from .dwc import TERMS

    record = {}
    for term, _ in TERMS:
        value = result.get(term)
        if value is None and term in _RESULT_NAMES:
            value = result.get(_RESULT_NAMES[term])
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        record[term] = "" if value is None else str(value)
    return record


def search_citation(url, when=None):
    """GBIF's citation of a search API result (its query URL and the date)."""
    when = when or datetime.date.today()
    return f"GBIF.org ({when.day} {when.strftime('%B %Y')}) GBIF Occurrence Search {url}"


def download_citation(meta, when=None):
    doi = meta.get("doi") or ""
    created = str(meta.get("created", ""))[:10]
    try:
        when = datetime.date.fromisoformat(created)
    except ValueError:
        when = when or datetime.date.today()
    target = f"https://doi.org/{doi}" if doi else meta.get("downloadLink", "")
    return f"GBIF.org ({when.day} {when.strftime('%B %Y')}) GBIF Occurrence Download {target}"


# -- cache --------------------------------------------------------------------------------------------------------

class ResultCache:
    """Records of earlier queries, one JSON-lines file per query (its parameters hashed), kept in ``folder``."""

    def __init__(self, folder):
        self.folder = folder

    def path(self, params):
        key = hashlib.sha256(json.dumps(sorted(map(list, params))).encode("utf-8")).hexdigest()[:24]
        return os.path.join(self.folder, f"gbif_{key}.jsonl")

    def exists(self, params):
        return os.path.exists(self.path(params))

    def read(self, params):
        """(meta, records generator) of a cached query."""
        fh = open(self.path(params), encoding="utf-8")
        meta = json.loads(fh.readline())

        def records():
            with fh:
                for line in fh:
                    yield json.loads(line)
        return meta, records()

    def writer(self, params, meta):
        os.makedirs(self.folder, exist_ok=True)
        return _CacheWriter(self.path(params), meta)


class _CacheWriter:
    def __init__(self, path, meta):
        self.path, self.partial = path, path + ".part"
        self.fh = open(self.partial, "w", encoding="utf-8")
        self.fh.write(json.dumps(meta, ensure_ascii=False) + "\n")

    def add(self, record):
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def commit(self):
        self.fh.close()
        os.replace(self.partial, self.path)

    def discard(self):
        self.fh.close()
        if os.path.exists(self.partial):
            os.remove(self.partial)
