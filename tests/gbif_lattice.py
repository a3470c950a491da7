"""The lattice of the stand-in GBIF server's records, and which of them lie in the test reserve (by hand)."""


def lattice(i, box):
    lon0, lat0, lon1, lat1 = box
    return lon0 + (lon1 - lon0) * ((i % 50) + 0.5) / 50, lat0 + (lat1 - lat0) * (((i // 50) % 50) + 0.5) / 50


def inside_reserve(count, box):
    """Numbers of the records in POLYGON((107 11, 108 11, 108 12.5, 107 12.5, 107.5 11.75, 107 11)): west of 108°
    and east of the notch's two edges (from (107, 11) to (107.5, 11.75) and on to (107, 12.5))."""
    found = []
    for i in range(count):
        lon, lat = lattice(i, box)
        notch = 107 + 0.5 * (lat - 11) / 0.75 if lat <= 11.75 else 107 + 0.5 * (12.5 - lat) / 0.75
        if lon < 108 and lon > notch:
            found.append(i)
    return found

