"""Deterministic, collision-checked table names from user-given titles (any language, any characters)."""

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
