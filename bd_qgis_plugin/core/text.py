"""Text helpers for people (Qt-free): Vietnamese alphabetical order, readable names of files and fields."""

import re
import unicodedata

# Vietnamese alphabetical order: ă, â, đ, ê, ô, ơ, ư are letters of their own (a < ă < â < b … d < đ < e);
# the tone marks sort second, in dictionary order (CLDR "vi" collation, Hoàng Phê's dictionary): no mark,
# huyền, hỏi, ngã, sắc, nặng. Written by hand because no collation library (ICU) is guaranteed inside QGIS:
# Qt's QCollator is not available to the Qt-free core, and Python's locale.strxfrm depends on the locales the
# machine has installed (Windows installations of QGIS rarely have vi_VN).
ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng
_RANK = {letter: n for n, letter in enumerate(ALPHABET)}


def _letters_and_tones(text):
    """The base letters of ``text`` (lower case; ă, â, đ, ê, ô, ơ, ư kept whole) and the tone of each."""
    letters, tones = [], []
    for char in unicodedata.normalize("NFD", text.lower()):
        if char in _TONES and letters:
            tones[-1] = _TONES[char]
        elif unicodedata.combining(char) and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + char)
        else:
            letters.append(char)
            tones.append(0)
    return letters, tones


def vietnamese_sort_key(text):
    """Sort key following the Vietnamese alphabet: ``sorted(names, key=vietnamese_sort_key)``.

    Letters first (Cà Mau < Cao Bằng < Cần Thơ < Điện Biên < Gia Lai: "đ" after "d", not after "z"), then
    the tones (ma < mà < mả < mã < má < mạ); a space sorts before any letter, digits and other characters
    after the letters, by code point. Case is ignored."""
    letters, tones = _letters_and_tones(str(text))
    ranks = [-1 if c.isspace() else _RANK.get(c, 100 + ord(c)) for c in letters]
    return ranks, tones


_FILE_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")


def readable_name(name, is_file=False):
    """A name for people from a file or field name: 'habitat_area_per_zone.csv' → 'Habitat area per zone'.

    A name already written for people (with a space, or capitals) is kept as it is; ``is_file`` also drops
    the folder and the extension."""
    text = str(name or "").strip()
    if is_file:
        text = _FILE_EXTENSION.sub("", re.split(r"[\\/]", text)[-1])
    if " " in text or text != text.lower():
        return text
    words = re.sub(r"[_\-]+", " ", text).split()
    return " ".join(words)[:1].upper() + " ".join(words)[1:] if words else text
