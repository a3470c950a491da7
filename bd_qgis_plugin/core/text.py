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
    the tones (ma < mà < mả < mã < má < mạ). A space sorts first, numbers by their value and before the letters
    (Khu 2 < Khu 10 < Khu A), other characters after the letters. Case is ignored."""
    letters, tones = _letters_and_tones(str(text))
    ranks, number = [], None
    for char in letters:
        if char.isdigit() and char.isascii():
            number = (number or 0) * 10 + int(char)
            continue
        if number is not None:
            ranks.append((1, number))
            number = None
        ranks.append((0, 0) if char.isspace() else (2, _RANK[char]) if char in _RANK else (3, ord(char)))
    if number is not None:
        ranks.append((1, number))
    return ranks, [t for c, t in zip(letters, tones) if not (c.isdigit() and c.isascii())]


_FILE_EXTENSION = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")


def readable_name(name, is_file=False):
    """A name for people from a file or field name: 'habitat_area_per_zone.csv' → 'Habitat area per zone',
    'zones_18SVG' → 'Zones 18SVG'.

    A name already written for people (with a space, or one word with capitals: 'Areas', 'dIIC') is kept as it
    is; ``is_file`` also drops the folder and the extension."""
    text = str(name or "").strip()
    if is_file:
        text = _FILE_EXTENSION.sub("", re.split(r"[\\/]", text)[-1])
    words = re.sub(r"[_\-]+", " ", text).split()
    if " " in text or not words or (len(words) == 1 and text != text.lower()):
        return text
    if words[0] == words[0].lower():
        words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words)
