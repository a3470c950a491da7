"""Darwin Core occurrence records: the terms kept, readers for Darwin Core Archives and survey CSV files, and the
checks every record goes through (coordinates, dates, duplicates).

The archive reader is the standard library's ``zipfile``, ``csv`` and ``xml.etree`` on the archive's ``meta.xml``
(Darwin Core text guide): the core data file is streamed from inside the zip, so a GBIF download of millions of
rows is read in constant memory and never unpacked to disk. python-dwca-reader extracts the whole archive to a
temporary folder, builds an index of every line's offset, and splits lines itself (a quoted field holding a line
break, which GBIF's verbatim files have, breaks a row); it would also be one more wheel to ship for every Python
ABI QGIS has. Only the core file is read: extensions (multimedia, measurements) are not occurrences.
"""

import csv
import datetime
import hashlib
import io
import math
import os
import re
import xml.etree.ElementTree as ET
import zipfile

from ..errors import InputError
from .names import canonical_name, plain

csv.field_size_limit(2**24)  # GBIF verbatim fields (remarks, dynamic properties) can be long

#: The Darwin Core (and GBIF) terms of the occurrence layers, with their field types, in layer order.
TERMS = (
    ("occurrenceID", "String"), ("gbifID", "String"), ("basisOfRecord", "String"), ("scientificName", "String"),
    ("acceptedScientificName", "String"), ("taxonKey", "String"), ("acceptedTaxonKey", "String"),
    ("kingdom", "String"), ("phylum", "String"), ("class", "String"), ("order", "String"), ("family", "String"),
    ("genus", "String"), ("species", "String"), ("taxonRank", "String"), ("vernacularName", "String"),
    ("decimalLatitude", "Double"), ("decimalLongitude", "Double"), ("geodeticDatum", "String"),
    ("coordinateUncertaintyInMeters", "Double"), ("eventDate", "String"), ("year", "Int"),
    ("recordedBy", "String"), ("individualCount", "Int"), ("occurrenceStatus", "String"),
    ("countryCode", "String"), ("stateProvince", "String"), ("locality", "String"), ("datasetKey", "String"),
    ("datasetName", "String"), ("license", "String"), ("institutionCode", "String"),
)
#: Fields the plugin adds: the checks' flags (comma-separated codes, see FLAGS), the row of the first record a
#: duplicate repeats, and where the record came from (file or "GBIF").
EXTRA_FIELDS = (("bd_flags", "String"), ("bd_duplicate_of", "Int"), ("bd_source", "String"))
TERM_NAMES = {plain(name): name for name, _ in TERMS + EXTRA_FIELDS}

#: Flag codes written in ``bd_flags`` (also the keys of the translated counts in the log).
NO_COORDINATES, BAD_COORDINATES, ZERO_COORDINATES = "no_coordinates", "bad_coordinates", "zero_coordinates"
OUTSIDE_COUNTRY, OUTSIDE_AREA, DUPLICATE, NO_NAME, BAD_DATE = ("outside_country", "outside_area", "duplicate",
                                                               "no_name", "bad_date")
FLAGS = (NO_COORDINATES, BAD_COORDINATES, ZERO_COORDINATES, OUTSIDE_COUNTRY, OUTSIDE_AREA, DUPLICATE, NO_NAME,
         BAD_DATE)

#: Column headers of field-survey sheets that mean a Darwin Core term (compared without accents, case, spaces).
ALIASES = {
    "tenkhoahoc": "scientificName", "ten_khoa_hoc": "scientificName", "scientific_name": "scientificName",
    "loai": "scientificName", "tenvietnam": "vernacularName", "ten_viet_nam": "vernacularName",
    "tentiengviet": "vernacularName", "ten_tieng_viet": "vernacularName", "ten_vn": "vernacularName",
    "tenthuonggoi": "vernacularName", "ten_thuong_goi": "vernacularName", "vi_do": "decimalLatitude",
    "vido": "decimalLatitude", "latitude": "decimalLatitude", "lat": "decimalLatitude",
    "kinh_do": "decimalLongitude", "kinhdo": "decimalLongitude", "longitude": "decimalLongitude",
    "lon": "decimalLongitude", "lng": "decimalLongitude", "long": "decimalLongitude", "ngay": "eventDate",
    "ngay_ghi_nhan": "eventDate", "ngay_quan_sat": "eventDate", "date": "eventDate", "nam": "year",
    "nguoi_ghi_nhan": "recordedBy", "nguoi_quan_sat": "recordedBy", "nguoighinhan": "recordedBy",
    "so_luong": "individualCount", "soluong": "individualCount", "so_ca_the": "individualCount",
    "ho": "family", "chi": "genus", "dia_diem": "locality", "diadiem": "locality", "tinh": "stateProvince",
    "he_toa_do": "geodeticDatum", "datum": "geodeticDatum", "gbifid": "gbifID", "key": "gbifID",
}

#: Viet Nam's extent in WGS 84, its islands included (Hoàng Sa, Trường Sa): a record stating countryCode VN outside
#: this box is flagged. A box, not the border: records near the border are not checked against it.
VIETNAM_EXTENT = (102.1, 6.0, 117.9, 23.5)
#: Datum names meaning VN-2000 (EPSG:4756) rather than WGS 84.
VN2000_DATUMS = ("vn2000", "vn_2000", "epsg4756", "4756")


def term_of(header):
    """The Darwin Core term a column header means, or None: a term's name or URI (any case), or a survey alias."""
    name = str(header).strip()
    if "/" in name:  # http://rs.tdwg.org/dwc/terms/decimalLatitude
        name = name.rstrip("/").rsplit("/", 1)[-1]
    key = plain(name)
    return TERM_NAMES.get(key) or ALIASES.get(key) or TERM_NAMES.get(key.replace("_", ""))


# -- reading ------------------------------------------------------------------------------------------------------

_DWC_TEXT = "{http://rs.tdwg.org/dwc/text/}"


def _unescape(text, default):
    if text is None:
        return default
    return text.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r")


def read_meta(text):
    """The core file of a ``meta.xml``: {location, encoding, delimiter, quote, header_lines, fields: [(index,
    term)], defaults: {term: value}, row_type}."""
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise InputError("The archive's meta.xml is not valid XML: {error}", error=str(exc)) from exc
    core = root.find(f"{_DWC_TEXT}core")
    if core is None:
        core = root.find("core")
    ns = _DWC_TEXT if core is not None and core.tag.startswith(_DWC_TEXT) else ""
    if core is None:
        raise InputError("The archive's meta.xml has no <core> file.")
    location = core.find(f"{ns}files/{ns}location")
    if location is None or not (location.text or "").strip():
        raise InputError("The archive's meta.xml names no core data file.")
    fields, defaults = [], {}
    for field in core.findall(f"{ns}field"):
        term = term_of(field.get("term", ""))
        if term is None:
            continue
        if field.get("index") is not None:
            fields.append((int(field.get("index")), term))
        elif field.get("default") is not None:
            defaults[term] = field.get("default")
    quote = _unescape(core.get("fieldsEnclosedBy"), '"')
    return {"location": location.text.strip(), "encoding": core.get("encoding", "UTF-8"),
            "delimiter": _unescape(core.get("fieldsTerminatedBy"), ","), "quote": quote,
            "header_lines": int(core.get("ignoreHeaderLines", "0") or 0), "fields": fields, "defaults": defaults,
            "row_type": core.get("rowType", "")}


def _citation(archive):
    """The citation text of an archive: GBIF's citations.txt, else the EML's citation or title."""
    names = set(archive.namelist())
    if "citations.txt" in names:
        return archive.read("citations.txt").decode("utf-8", "replace").strip()
    for name in ("eml.xml", "EML.xml"):
        if name in names:
            try:
                root = ET.fromstring(archive.read(name))
            except ET.ParseError:
                return ""
            for tag in ("citation", "title"):
                element = next((e for e in root.iter() if e.tag.split("}")[-1] == tag and (e.text or "").strip()),
                               None)
                if element is not None:
                    return " ".join(element.text.split())
    return ""


class OccurrenceSource:
    """Records of one file, streamed: ``records()`` yields {term: text} dicts; ``citation``, ``total_bytes`` and
    ``bytes_read()`` (for progress) describe it."""

    def __init__(self, path):
        self.path, self.citation, self.label = path, "", os.path.basename(path)
        self._raw, self._archive = None, None
        if zipfile.is_zipfile(path):
            self._open_archive()
        else:
            self._open_csv()

    def _open_archive(self):
        try:
            archive = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError("The archive '{path}' could not be opened: {error}", path=self.path,
                             error=str(exc)) from exc
        self._archive = archive
        names = archive.namelist()
        meta_name = next((n for n in names if n.lower().rsplit("/", 1)[-1] == "meta.xml"), None)
        tables = [n for n in names if n.lower().endswith((".csv", ".txt", ".tsv"))]
        if meta_name is None and len(tables) == 1:  # a GBIF SIMPLE_CSV download: one tab-separated table
            info = archive.getinfo(tables[0])
            self.total_bytes = max(info.compress_size, 1)
            self._raw = archive.open(tables[0])
            first = self._raw.peek(4096)[:4096].decode("utf-8", "ignore").splitlines()[0:1]
            delimiter = max(("\t", ";", ","), key=first[0].count) if first else "\t"
            # GBIF's simple CSV encloses no field: a quote is text (a quote char would swallow whole rows)
            self._meta = {"encoding": "utf-8-sig", "delimiter": delimiter, "quote": "" if delimiter == "\t" else '"',
                          "header_lines": None, "fields": None, "defaults": {}}
            return
        if meta_name is None:
            raise InputError("The zip '{path}' is not a Darwin Core Archive: it has no meta.xml.", path=self.path)
        meta = read_meta(archive.read(meta_name))
        if meta["row_type"] and not meta["row_type"].endswith("/Occurrence"):
            raise InputError("The archive '{path}' holds {row_type} records as its core, not occurrences: use an "
                             "occurrence archive (a GBIF download in Darwin Core Archive format is one).",
                             path=self.path, row_type=meta["row_type"].rsplit("/", 1)[-1])
        prefix = meta_name[: -len("meta.xml")]
        location = prefix + meta["location"]
        if location not in names:
            raise InputError("The archive '{path}' lacks its core file '{name}' named in meta.xml.", path=self.path,
                             name=meta["location"])
        self.citation = _citation(archive)
        info = archive.getinfo(location)
        self.total_bytes = max(info.compress_size, 1)
        self._raw = archive.open(location)
        self._meta = meta

    def _open_csv(self):
        try:
            raw = open(self.path, "rb")
        except OSError as exc:
            raise InputError("The file '{path}' could not be read: {error}", path=self.path,
                             error=exc.strerror or str(exc)) from exc
        sample = raw.read(65536)
        raw.seek(0)
        encoding = "utf-8-sig"
        try:
            sample.decode("utf-8")
        except UnicodeDecodeError as exc:
            if exc.start < len(sample) - 4:  # not just a character cut at the end of the sample
                raw.close()
                raise InputError("The file '{path}' is not UTF-8 text (Excel: save as 'CSV UTF-8'); Vietnamese "
                                 "names would be garbled.", path=self.path) from exc
        text = sample.decode("utf-8", "ignore").lstrip("\ufeff")
        first = text.splitlines()[0] if text.splitlines() else ""
        delimiter = max(("\t", ";", ","), key=first.count) if first else ","
        self.total_bytes = max(os.path.getsize(self.path), 1)
        self._raw = raw
        self._meta = {"encoding": encoding, "delimiter": delimiter, "quote": '"', "header_lines": None,
                      "fields": None, "defaults": {}}

    def bytes_read(self):
        """Bytes of the file (compressed bytes of an archive's core file) read so far."""
        if self._archive is not None:  # ZipExtFile counts what is left to read; 0 read where it does not tell
            return self.total_bytes - getattr(self._raw, "_compress_left", self.total_bytes)
        return self._raw.tell()

    def records(self):
        meta = self._meta
        text = io.TextIOWrapper(self._raw, encoding=meta["encoding"], errors="replace", newline="")
        quoting = csv.QUOTE_MINIMAL if meta["quote"] else csv.QUOTE_NONE
        reader = csv.reader(text, delimiter=meta["delimiter"], quotechar=meta["quote"] or None, quoting=quoting,
                            strict=False)
        fields = meta["fields"]
        if fields is None:  # a CSV file: its header names the columns
            header = next(reader, None)
            if header is None:
                return
            fields = [(i, term_of(h)) for i, h in enumerate(header)]
            fields = [(i, t) for i, t in fields if t]
            if not any(t == "scientificName" for _, t in fields):
                raise InputError("The file '{path}' has no scientificName column (nor ten_khoa_hoc); its columns: "
                                 "{columns}.", path=self.path, columns=", ".join(header[:30]))
        else:
            for _ in range(meta["header_lines"]):
                next(reader, None)
        defaults = meta["defaults"]
        width = max((i for i, _ in fields), default=-1) + 1
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) < width:
                row = row + [""] * (width - len(row))
            record = dict(defaults)
            for i, term in fields:
                value = row[i].strip()
                if value or term not in record:
                    record[term] = value
            yield record

    def close(self):
        if self._raw is not None:
            self._raw.close()
        if self._archive is not None:
            self._archive.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# -- checking -----------------------------------------------------------------------------------------------------

_DMS = re.compile(r"^\s*(?P<sign>[-+])?\s*(?P<deg>\d+(?:[.,]\d+)?)\s*(?:°|º|d|\s)\s*(?:(?P<min>\d+(?:[.,]\d+)?)\s*"
                  r"(?:'|′|m|\s)\s*)?(?:(?P<sec>\d+(?:[.,]\d+)?)\s*(?:\"|″|''|s)?\s*)?(?P<hemi>[NSEW])?\s*$",
                  re.IGNORECASE)


def parse_coordinate(text):
    """A coordinate in decimal degrees from a text: "10.5", "10,5" (decimal comma), "10°30'00\"", "106 45 30 E";
    None when it is empty or unreadable. Hemisphere letters are read in English (N, S, E, W) only: a Vietnamese
    "N" (Nam, south) would be read as north, so sheets should give signed degrees."""
    if text is None:
        return None
    if isinstance(text, (int, float)):
        return None if isinstance(text, float) and math.isnan(text) else float(text)
    value = str(text).strip()
    if not value:
        return None
    if re.fullmatch(r"[-+]?\d+(?:[.,]\d+)?", value):
        return float(value.replace(",", "."))
    match = _DMS.match(value)
    if not match:
        return None
    number = float(match["deg"].replace(",", "."))
    if match["min"]:
        number += float(match["min"].replace(",", ".")) / 60.0
    if match["sec"]:
        number += float(match["sec"].replace(",", ".")) / 3600.0
    if match["sign"] == "-" or (match["hemi"] or "").upper() in ("S", "W"):
        number = -number
    return number


_DATE_FORMATS = ("%Y-%m-%d", "%Y-%m", "%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%m/%Y", "%Y/%m/%d")


def event_year(event_date, year=None):
    """(year, ok) of a record: its ``year`` term, else the year of ``eventDate`` (ISO 8601, ranges "2019-03/2019-04",
    or the day/month/year order Vietnamese sheets use); ok is False for a date that cannot be read."""
    if year not in (None, ""):
        try:
            return int(float(str(year).strip())), True
        except ValueError:
            return None, False
    text = str(event_date or "").strip()
    if not text:
        return None, True
    first = text.split("/")[0] if re.match(r"^\d{4}-", text) else text
    first = first.split("T")[0].strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(first, fmt).year, True
        except ValueError:
            continue
    match = re.match(r"^(\d{4})", first)
    return (int(match.group(1)), True) if match else (None, False)


def check_coordinates(lat, lon, country_code=None):
    """(lat, lon, flags): the coordinates as numbers (None when missing or impossible) and what is wrong with them."""
    flags = []
    if lat is None or lon is None:
        return None, None, [NO_COORDINATES]
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None, None, [BAD_COORDINATES]
    if lat == 0.0 and lon == 0.0:
        flags.append(ZERO_COORDINATES)
    if (country_code or "").strip().upper() in ("VN", "VNM"):
        x0, y0, x1, y1 = VIETNAM_EXTENT
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            flags.append(OUTSIDE_COUNTRY)
    return lat, lon, flags


def is_vn2000(datum):
    return plain(datum or "").replace("_", "") in {d.replace("_", "") for d in VN2000_DATUMS}


class Duplicates:
    """Flags records repeating an earlier one: the same taxon (canonical name), date and coordinates (to 1e-5°,
    about a metre). Keeps an 8-byte hash per distinct record (about 100 bytes with the dict's own), not the
    records: a million records take about 100 MB."""

    def __init__(self):
        self._seen = {}

    def first_of(self, row, name, event_date, lat, lon):
        """The row of the earlier record ``row`` repeats, or None (and remembers this one)."""
        if lat is None or lon is None or not name:
            return None
        key = f"{canonical_name(name)}|{str(event_date or '').strip()}|{lat:.5f}|{lon:.5f}"
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
        first = self._seen.get(digest)
        if first is None:
            self._seen[digest] = row
        return first


def clean_record(record, row, duplicates, source_label):
    """The record as the layer keeps it (typed values) with ``bd_flags``, ``bd_duplicate_of``, ``bd_source``, and
    (lat, lon, is VN-2000) of its position (None when it has none)."""
    lat, lon, flags = check_coordinates(parse_coordinate(record.get("decimalLatitude")),
                                        parse_coordinate(record.get("decimalLongitude")),
                                        record.get("countryCode"))
    year, date_ok = event_year(record.get("eventDate"), record.get("year"))
    if not date_ok:
        flags.append(BAD_DATE)
    name = record.get("scientificName") or record.get("acceptedScientificName") or ""
    if not canonical_name(name):
        flags.append(NO_NAME)
    first = duplicates.first_of(row, name, record.get("eventDate") or year, lat, lon)
    if first is not None:
        flags.append(DUPLICATE)
    values = {}
    for term, kind in TERMS:
        value = record.get(term)
        if kind == "Double":
            value = parse_coordinate(value) if value not in (None, "") else None
        elif kind == "Int":
            try:
                value = int(float(str(value).strip().replace(",", "."))) if value not in (None, "") else None
            except ValueError:
                value = None
        else:
            value = None if value in (None, "") else str(value)
        values[term] = value
    values["decimalLatitude"], values["decimalLongitude"] = lat, lon
    values["year"] = year
    values.update(bd_flags=",".join(flags), bd_duplicate_of=first, bd_source=source_label)
    return values, (None if lat is None else (lat, lon, is_vn2000(record.get("geodeticDatum"))))
