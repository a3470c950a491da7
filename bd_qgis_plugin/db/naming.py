"""Deterministic, collision-checked names: tables from user-given titles (any language, any characters), and the
column names a layer's fields get in the database (PostgreSQL's 63-byte identifiers, the key and geometry
columns the push adds)."""

import hashlib
import re
import unicodedata

#: Words reserved in PostgreSQL or SQLite (a name equal to one needs quoting everywhere; we avoid them).
RESERVED_WORDS = frozenset("""
abort action add all alter analyse analyze and any array as asc asymmetric attach authorization autoincrement
before begin between binary both by cascade case cast check collate column commit concurrently conflict constraint
create cross current current_catalog current_date current_role current_schema current_time current_timestamp
current_user database default deferrable deferred delete desc detach distinct do drop each else end escape
except exclusive exists explain fail false fetch filter for foreign freeze from full glob grant group having if
ignore ilike immediate in index indexed initially inner insert instead intersect into is isnull join key lateral
leading left like limit localtime localtimestamp match natural no not nothing notnull null of offset on only or
order outer over overlaps placing plan pragma primary query raise recursive references regexp reindex release
rename replace restrict returning right rollback row rows savepoint select session_user set similar some
symmetric table tablesample temp temporary then to trailing transaction trigger true union unique update user
using vacuum values variadic verbose view virtual when where window with without
""".split())

#: Table-name prefixes the databases keep for themselves: SQLite refuses ``sqlite_…``, the GeoPackage standard
#: reserves ``gpkg_…``, GDAL names its spatial indexes ``rtree_…``.
RESERVED_TABLE_PREFIXES = ("sqlite_", "gpkg_", "rtree_")
#: PostgreSQL identifiers are at most NAMEDATALEN - 1 = 63 bytes (longer ones are truncated without error)
MAX_IDENTIFIER_BYTES = 63
#: The columns a push adds to every vector table: its key and its geometry
KEY_COLUMN, GEOMETRY_COLUMN = "bd_fid", "geom"

MAX_SLUG_LENGTH = 48  # leaves room for "_v<version>" within PostgreSQL's 63-byte identifiers


def strip_diacritics(text):
    """ASCII letters for Vietnamese (and other) text: "Đồng Nai" → "Dong Nai"."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def has_diacritics(text):
    return strip_diacritics(text) != text


def is_reserved(name):
    return name.strip().lower() in RESERVED_WORDS


def slugify(title):
    """Lower-case ASCII, digits and underscores; never empty, never a reserved word, never starting with a digit."""
    slug = re.sub(r"[^a-z0-9]+", "_", strip_diacritics(title).lower()).strip("_")
    if not slug:
        slug = "layer"
    if slug[0].isdigit():
        slug = "l_" + slug
    if slug in RESERVED_WORDS:
        slug += "_layer"
    return slug[:MAX_SLUG_LENGTH].rstrip("_")


def unique_slug(title, taken):
    """``slugify(title)``, or with ``_2``, ``_3``… appended when another title already uses that slug.

    ``taken`` maps slugs in use to the title that owns them.
    """
    base = slugify(title)
    slug, number = base, 1
    while slug in taken and taken[slug] != title:
        number += 1
        suffix = f"_{number}"
        slug = base[:MAX_SLUG_LENGTH - len(suffix)] + suffix
    return slug


def version_table(slug, version):
    return f"{slug}_v{version}"


def reserved_table_prefix(slug):
    """The reserved prefix ``slug`` starts with (its tables would be refused), or None."""
    return next((prefix for prefix in RESERVED_TABLE_PREFIXES if slug.lower().startswith(prefix)), None)


def _cut_utf8(text, size):
    """The longest start of ``text`` that is at most ``size`` bytes in UTF-8 (never half a character)."""
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def short_identifier(name, limit=MAX_IDENTIFIER_BYTES):
    """``name`` if it fits in ``limit`` bytes, else its start + ``_`` + 8 hex digits of its SHA-1: the same
    name always gives the same short name, and two names with the same start give different ones."""
    if len(name.encode("utf-8")) <= limit:
        return name
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
    return _cut_utf8(name, limit - len(digest) - 1).rstrip("_") + "_" + digest


def stored_field_names(names, limit=MAX_IDENTIFIER_BYTES):
    """The column name of each field name (same order): unchanged when it fits, else :func:`short_identifier`;
    a short name that would clash (case-insensitively) with another column gets ``_2``, ``_3``… before its hash."""
    taken = {name.lower() for name in names if len(name.encode("utf-8")) <= limit}
    stored = []
    for name in names:
        if len(name.encode("utf-8")) <= limit:
            stored.append(name)
            continue
        candidate, number = short_identifier(name, limit), 1
        while candidate.lower() in taken:
            number += 1
            candidate = short_identifier(f"{name}_{number}", limit)
        taken.add(candidate.lower())
        stored.append(candidate)
    return stored


def renamed_fields(names):
    """{field name: column name} of the fields whose column name differs."""
    return {name: column for name, column in zip(names, stored_field_names(names)) if name != column}


def free_name(name, taken):
    """``name``, or ``name_2``, ``name_3``… the first not in ``taken`` (compared case-insensitively)."""
    taken = {item.lower() for item in taken}
    candidate, number = name, 1
    while candidate.lower() in taken:
        number += 1
        candidate = f"{name}_{number}"
    return candidate


def added_columns(field_names, has_geometry=True):
    """(key column, geometry column or None) a push adds next to ``field_names`` (their column names)."""
    columns = stored_field_names(list(field_names))
    key = free_name(KEY_COLUMN, columns)
    return key, (free_name(GEOMETRY_COLUMN, columns + [key]) if has_geometry else None)
