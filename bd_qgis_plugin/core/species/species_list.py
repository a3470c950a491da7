"""Species lists per zone: one row per accepted species, tallied from streamed occurrence records.

Memory grows with zones × species, never with the number of records: each record updates its species' row
(records, first and last year, sources, the names it was recorded under) and is dropped.
"""

import html

from .names import canonical_name, species_of

RANKS = ("kingdom", "phylum", "class", "order", "family")
#: Names kept per row (the names a species was recorded under: synonyms, subspecies, spellings).
MAX_NAMES = 12
#: Sources listed per row (GBIF datasets, surveys); the count is always exact.
MAX_SOURCES = 8


def accepted_species(record, matcher):
    """(species, how) of a record: the accepted species its ``species`` or ``acceptedScientificName`` name (as GBIF
    gives them), else its ``scientificName`` through the status lists' synonyms, as a binomial; ("", reason) when
    it has none ("genus": identified to genus or above only, "name": not a scientific name)."""
    for term, how in (("species", "accepted"), ("acceptedScientificName", "accepted")):
        found = species_of(canonical_name(record.get(term)))
        if found:
            return matcher.accepted(found), how
    verbatim = canonical_name(record.get("scientificName"))
    if not verbatim:
        return "", "name"
    accepted = matcher.accepted(verbatim)
    found = species_of(accepted)
    if not found:
        return "", "genus"
    return matcher.accepted(found), ("synonym" if accepted != verbatim else "name")


class _Row:
    __slots__ = ("ranks", "vernacular", "records", "first", "last", "sources", "names")

    def __init__(self):
        self.ranks, self.vernacular, self.records = {}, "", 0
        self.first = self.last = None
        self.sources, self.names = {}, {}


class SpeciesTally:
    """Rows per (zone, accepted species) and the names that matched no species, from records added one by one."""

    def __init__(self, matcher):
        self.matcher = matcher
        self.rows = {}
        self.unmatched = {}  # verbatim name → [records, reason]
        self.records = 0

    def add(self, zone, record, source=""):
        """Count ``record`` (a {term: value} dict) in ``zone``; ``source`` names where it comes from when the record
        has no datasetName/datasetKey."""
        year = record.get("year")
        year = year if isinstance(year, int) else None
        label = record.get("datasetName") or record.get("datasetKey") or source or ""
        self.add_many(zone, record, 1, year, year, {label: 1} if label else {})

    def add_many(self, zone, record, count, first, last, sources):
        """Count ``count`` records of the same names as ``record`` in ``zone`` at once: their first and last year
        (None when unknown) and {source: records}."""
        self.records += count
        species, how = accepted_species(record, self.matcher)
        if not species:
            name = (record.get("scientificName") or "").strip() or "—"
            entry = self.unmatched.setdefault(name, [0, how])
            entry[0] += count
            return
        row = self.rows.get((zone, species))
        if row is None:
            row = self.rows[(zone, species)] = _Row()
        row.records += count
        for rank in RANKS:
            value = record.get(rank)
            if value and rank not in row.ranks:
                row.ranks[rank] = str(value)
        vernacular = record.get("vernacularName")
        if vernacular and not row.vernacular:
            row.vernacular = str(vernacular)
        if first is not None:
            row.first = first if row.first is None else min(row.first, first)
        if last is not None:
            row.last = last if row.last is None else max(row.last, last)
        for label, n in sources.items():
            row.sources[label] = row.sources.get(label, 0) + n
        name = canonical_name(record.get("scientificName")) or species
        if name not in row.names and len(row.names) < MAX_NAMES:
            row.names[name] = True

    def zones(self):
        return list(dict.fromkeys(zone for zone, _ in self.rows))

    def status_columns(self):
        return self.matcher.columns()

    def table(self):
        """Rows as dicts sorted by zone, kingdom, family and name: zone, the ranks, scientificName,
        vernacularName, records, first_year, last_year, sources, n_sources, names, and a column per status."""
        columns = self.status_columns()
        out = []
        for (zone, species), row in self.rows.items():
            names = [species, *[n for n in row.names if n != species]]
            status = self.matcher.status(names)
            # a list's Vietnamese name only for the species itself (a subspecies' name is not the species')
            vernacular = row.vernacular or self.matcher.vernacular.get(species, "")
            item = {"zone": zone, **{rank: row.ranks.get(rank, "") for rank in RANKS}, "scientificName": species,
                    "vernacularName": vernacular, "records": row.records, "first_year": row.first,
                    "last_year": row.last, "n_sources": len(row.sources),
                    "sources": "; ".join(sorted(row.sources, key=lambda s: (-row.sources[s], s))[:MAX_SOURCES]),
                    "names": "; ".join(n for n in names if n != species)}
            for column in columns:
                value, entry = status.get(column, ("", ""))
                item[column] = value if not entry or entry == species else f"{value} ({entry})"
            out.append(item)
        out.sort(key=lambda r: (str(r["zone"]), r["kingdom"], r["family"], r["scientificName"]))
        return out

    def unmatched_rows(self):
        """[(verbatim name, records, reason)], most records first; reason "genus" or "name"."""
        return sorted(((n, c, r) for n, (c, r) in self.unmatched.items()), key=lambda t: (-t[1], t[0]))


#: The columns of a species-list row before its status columns, with their field types.
COLUMNS = (("zone", "String"), *((rank, "String") for rank in RANKS), ("scientificName", "String"),
           ("vernacularName", "String"), ("records", "Int"), ("first_year", "Int"), ("last_year", "Int"),
           ("n_sources", "Int"), ("sources", "String"), ("names", "String"))


def listed(row, columns):
    """True when ``row`` has a value in any of the status ``columns``."""
    return any(row.get(c) for c in columns)


def species_list_html(rows, status_columns, unmatched, labels, notes=()):
    """An HTML page: one table per zone, the unmatched names, and ``notes`` (sources, coverage of the lists).
    ``labels``: translated texts (title, zone, species, vernacular, records, first, last, sources, family,
    kingdom, listed, unmatched, unmatched_help, genus, name, count, none)."""
    esc = html.escape
    parts = [f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(labels["title"])}</title>'
             "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:2em} table{border-"
             "collapse:collapse;margin:0.5em 0 1.5em} td,th{border:1px solid #999;padding:3px 6px;text-align:left} "
             "th{background:#e8f0e8;font-size:9pt} td.n{text-align:right} i{font-style:italic} "
             "tr.listed td{background:#fff3e0}"
             "</style></head><body>", f"<h1>{esc(labels['title'])}</h1>"]
    parts += [f"<p>{esc(note)}</p>" for note in notes if note]
    zones = list(dict.fromkeys(r["zone"] for r in rows))
    if not zones:
        parts.append(f"<p><b>{esc(labels['none'])}</b></p>")
    heads = [labels["kingdom"], labels["family"], labels["species"], labels["vernacular"], labels["records"],
             labels["first"], labels["last"], labels["sources"], *status_columns]
    for zone in zones:
        zone_rows = [r for r in rows if r["zone"] == zone]
        listed_count = sum(listed(r, status_columns) for r in zone_rows)
        count = labels["count"].format(species=len(zone_rows), listed=listed_count)
        parts.append(f"<h2>{esc(str(zone))}</h2><p>{esc(count)}</p><table width='100%'><tr>"
                     + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr>")
        for r in zone_rows:
            years = ["" if r[k] is None else r[k] for k in ("first_year", "last_year")]
            cells = [esc(r["kingdom"]), esc(r["family"]), f"<i>{esc(r['scientificName'])}</i>",
                     esc(r["vernacularName"]), f'<td class="n">{r["records"]}', f'<td class="n">{years[0]}',
                     f'<td class="n">{years[1]}', esc(r["sources"]),
                     *[esc(str(r.get(c) or "")) for c in status_columns]]
            css = ' class="listed"' if listed(r, status_columns) else ""
            parts.append(f"<tr{css}>" + "".join(c if c.startswith("<td") else f"<td>{c}" for c in cells) + "</tr>")
        parts.append("</table>")
    if unmatched:
        parts.append(f"<h2>{esc(labels['unmatched'])}</h2><p>{esc(labels['unmatched_help'])}</p><table><tr>"
                     f"<th>{esc(labels['species'])}</th><th>{esc(labels['records'])}</th><th></th></tr>")
        for name, count, reason in unmatched:
            parts.append(f"<tr><td>{esc(name)}</td><td class='n'>{count}</td><td>{esc(labels[reason])}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
