"""Scientific names: canonical-name normalisation (offline), status lists and synonym matching.

A canonical name is the name without its authorship and with one spelling of the rank markers: "Taxus wallichiana
Zucc." → "Taxus wallichiana", "Abies delavayi ssp. fansipanensis (Q.P.Xiang et al.) Rushforth" → "Abies delavayi
subsp. fansipanensis". The rules are the ones name parsers (GBIF's name-parser, rgnparser) apply to well-formed
names: a capitalised genus, then lower-case epithets, each optionally after a rank marker; the first token that is
none of these (a capitalised author, a parenthesis, a year, "&", "ex") ends the name. They are hand-written here
because the one parser library that does this fully (gnparser) is a Go binary the plugin cannot ship.
"""

import csv
import functools
import os
import re
import unicodedata

from ...paths import DATA_DIR
from ..errors import InputError

#: Rank markers and the spelling kept (ICN / ICZN abbreviations).
RANK_MARKERS = {"subsp.": "subsp.", "subsp": "subsp.", "ssp.": "subsp.", "ssp": "subsp.", "var.": "var.",
                "var": "var.", "f.": "f.", "forma": "f.", "fo.": "f.", "subvar.": "subvar.", "cv.": "cv."}
_EPITHET = re.compile(r"^[a-z][a-z\-]+$")
_GENUS = re.compile(r"^[A-Z][a-z\-]+$")
_HYBRID = ("×", "x")
#: Lower-case words of authorships that are not epithets ("Lour. ex Gagnep.", "de Candolle").
_NOT_EPITHETS = ("ex", "et", "in", "and", "von", "van", "de", "du", "da", "emend", "sensu", "non", "nom")

BUILTIN_LIST = os.path.join(DATA_DIR, "decree_64_2019_priority_species.csv")
#: Headers of the scientific-name column of a status list, compared case- and accent-insensitively.
NAME_HEADERS = ("scientificname", "scientific_name", "tenkhoahoc", "ten_khoa_hoc", "species", "name")
SYNONYM_HEADERS = ("synonyms", "synonym", "tendongnghia", "ten_dong_nghia")
VERNACULAR_HEADERS = ("vernacularname", "vernacular_name", "tenvietnam", "ten_viet_nam", "tentiengviet",
                      "ten_tieng_viet", "ten_vn")


def plain(text):
    """``text`` without accents, lower case, only letters, digits and underscores (for comparing headers)."""
    text = unicodedata.normalize("NFKD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().strip()
    return re.sub(r"[^a-z0-9_]+", "", text.replace(" ", "_"))


def canonical_name(name):
    """The canonical form of a scientific name (see :func:`_canonical`); cached: records repeat their names."""
    if name is None:
        return ""
    return _canonical(name if isinstance(name, str) else str(name))


@functools.lru_cache(maxsize=1 << 16)
def _canonical(name):
    """The canonical form of a scientific name ("" when ``name`` holds none): genus, epithets and rank markers,
    without authorship, in one spelling. Names are Latin letters only (the codes allow no diacritics in names), so
    a word with diacritics ends the name: "Cây lạ" is no name, "Panthera tigris corbetti Mazák" ends before the
    author."""
    text = unicodedata.normalize("NFC", name)
    text = text.replace("\u00a0", " ").replace("_", " ").strip().strip("\"'")
    tokens = text.split()
    if not tokens:
        return ""
    genus = tokens[0]
    if genus.isupper() and len(genus) > 1:  # "TAXUS WALLICHIANA" from a spreadsheet
        genus = genus.capitalize()
        tokens = [genus] + [t.lower() for t in tokens[1:]]
    if not _GENUS.match(genus):
        return ""
    parts = [genus]
    rest = tokens[1:]
    i = 0
    while i < len(rest) and len(parts) < 6:
        token, low = rest[i], rest[i].lower()
        if low in _HYBRID and i + 1 < len(rest) and _EPITHET.match(rest[i + 1]):
            parts.append("×")
        elif low in RANK_MARKERS and len(parts) >= 2 and i + 1 < len(rest) and _EPITHET.match(rest[i + 1]):
            parts += [RANK_MARKERS[low], rest[i + 1]]
            i += 1
        elif _EPITHET.match(token) and token not in _NOT_EPITHETS:
            parts.append(token)  # a species epithet, or a zoological subspecies written without a marker
        else:
            break  # authorship, year, "sp.", "cf.", anything else ends the name
        i += 1
    return " ".join(parts)


@functools.lru_cache(maxsize=1 << 16)
def species_of(canonical):
    """The species (binomial) of a canonical name, "" for a genus alone."""
    words = [w for w in canonical.split() if w not in RANK_MARKERS.values() and w != "×"]
    return " ".join(words[:2]) if len(words) >= 2 else ""


class StatusList:
    """A list of names with status columns (e.g. Decree 64/2019, the Red Data Book, IUCN, endemic, invasive).

    ``entries``: {canonical name: {column: value}}; ``synonyms``: {canonical synonym: canonical accepted name};
    ``vernacular``: {canonical name: Vietnamese name}; ``columns``: the status columns in order.
    """

    def __init__(self, label, columns, entries, synonyms=None, vernacular=None, note=""):
        self.label, self.columns, self.entries = label, list(columns), entries
        self.synonyms, self.vernacular, self.note = synonyms or {}, vernacular or {}, note


def _header_index(header, names):
    plain_header = [plain(h) for h in header]
    return next((i for i, h in enumerate(plain_header) if h in names), None)


def read_status_list(path, label=None):
    """A :class:`StatusList` from a CSV file (UTF-8, comma, semicolon or tab separated; lines starting with '#'
    are comments): a scientific-name column (scientificName, ten_khoa_hoc…), optionally synonyms (separated by
    ';' or '|') and a Vietnamese name, and any number of status columns (their headers name the columns)."""
    label = label or os.path.splitext(os.path.basename(path))[0]
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    except UnicodeDecodeError as exc:
        raise InputError("The status list '{path}' is not UTF-8 text: save it as CSV UTF-8 and run again.",
                         path=path) from exc
    except OSError as exc:
        raise InputError("The status list '{path}' could not be read: {error}", path=path,
                         error=exc.strerror or str(exc)) from exc
    if not lines:
        raise InputError("The status list '{path}' is empty.", path=path)
    try:
        dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = list(csv.reader(lines, dialect))
    header = [h.strip() for h in rows[0]]
    name_at = _header_index(header, NAME_HEADERS)
    if name_at is None:
        raise InputError("The status list '{path}' has no scientificName column (its columns: {columns}).",
                         path=path, columns=", ".join(header))
    synonym_at = _header_index(header, SYNONYM_HEADERS)
    vernacular_at = _header_index(header, VERNACULAR_HEADERS)
    status_at = [i for i in range(len(header)) if i not in (name_at, synonym_at, vernacular_at) and header[i]]
    columns = [header[i] for i in status_at]
    entries, synonyms, vernacular, unreadable = {}, {}, {}, []
    for row in rows[1:]:
        row = row + [""] * (len(header) - len(row))
        name = canonical_name(row[name_at])
        if not name:
            if row[name_at].strip():
                unreadable.append(row[name_at].strip())
            continue
        entries.setdefault(name, {}).update({header[i]: row[i].strip() for i in status_at if row[i].strip()})
        if synonym_at is not None:
            for synonym in re.split(r"[;|]", row[synonym_at]):
                if canonical_name(synonym):
                    synonyms[canonical_name(synonym)] = name
        if vernacular_at is not None and row[vernacular_at].strip():
            vernacular[name] = row[vernacular_at].strip()
    if unreadable:
        raise InputError("The status list '{path}' has names that are not scientific names: {names}.", path=path,
                         names=", ".join(unreadable[:10]))
    return StatusList(label, columns, entries, synonyms, vernacular)


def builtin_priority_list():
    """The built-in list of Decree 64/2019/NĐ-CP (data/decree_64_2019_priority_species.csv; its header says which
    entries it holds and which are missing)."""
    status = read_status_list(BUILTIN_LIST, label="nd64_2019")
    with open(BUILTIN_LIST, encoding="utf-8") as fh:
        comments = [line[1:].strip() for line in fh if line.startswith("#")]
    start = next((i for i, line in enumerate(comments) if line.startswith("coverage:")), len(comments))
    status.note = " ".join(comments[start:])[len("coverage: "):]
    return status


class NameMatcher:
    """Matches record names to the accepted names and status entries of several :class:`StatusList`.

    A record's name is tried as given (canonical), then through the synonyms of every list, then as its species
    (binomial) when it is an infraspecific name. The accepted name of a record is the one GBIF gives
    (``acceptedScientificName`` / ``species``) when there is one, else its own canonical name mapped through the
    synonyms.
    """

    def __init__(self, lists):
        self.lists = list(lists)
        self.synonyms = {}
        self.vernacular = {}
        for status in self.lists:
            self.synonyms.update(status.synonyms)
            for name, text in status.vernacular.items():
                self.vernacular.setdefault(name, text)
        self._cache = {}

    def accepted(self, name):
        """The accepted canonical name of ``name`` (through the lists' synonyms)."""
        canonical = canonical_name(name)
        return self.synonyms.get(canonical, canonical)

    def status(self, names):
        """{column: (value, entry name)} of every list for the first of ``names`` (canonical names) that the list
        holds: as given, through a synonym of any list, or as the species of an infraspecific name (an entry for a
        subspecies is not given to its species as a whole). Columns are named by :func:`column_name`."""
        key = tuple(names)
        if key not in self._cache:
            found = {}
            for status in self.lists:
                entry = _entry(status, names, self.synonyms)
                if entry:
                    for column, value in status.entries[entry].items():
                        found.setdefault(column_name(status, column), (value, entry))
            self._cache[key] = found
        return self._cache[key]

    def columns(self):
        return [column_name(status, column) for status in self.lists for column in status.columns]


def _entry(status, names, synonyms):
    """The entry of ``status`` for the first of ``names``: itself, its accepted name (the synonyms of every list),
    or its species."""
    for name in names:
        if not name:
            continue
        species = species_of(name)
        for candidate in (name, synonyms.get(name), species, synonyms.get(species)):
            if candidate and candidate in status.entries:
                return candidate
    return None


def column_name(status, column):
    """The output column of a status list's column: its header, made a field name."""
    return plain(column) or plain(status.label)
