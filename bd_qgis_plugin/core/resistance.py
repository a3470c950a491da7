"""Resistance surfaces from habitat class maps: a class → resistance lookup, applied block by block.

Resistance is the cost of crossing one cell for the species (1 = easiest); it comes from expert
opinion or literature per habitat class (Zeller, McGarigal & Whiteley 2012 review how such tables are
made). Zero and negative resistances are refused, as are classes missing from the table.
"""

import csv

import numpy as np

from .errors import InputError
from .raster_io import RasterReader, RasterWriter, run_blockwise

#: Default resistances for the plugin's six habitat classes, for a forest-dwelling mammal (illustrative:
#: supply your own table for the species you study).
DEFAULT_RESISTANCE = {1: 200.0, 2: 30.0, 3: 1.0, 4: 20.0, 5: 50.0, 6: 500.0}
DEFAULT_NAMES = {1: "water", 2: "salt marsh", 3: "forest", 4: "cropland", 5: "beach/sand", 6: "built"}
NODATA = -9999.0


def read_lookup_csv(path):
    """{class code: resistance} from a CSV of two columns (class, resistance); a header row is optional.

    Columns named ``class``/``code`` and ``resistance``/``cost`` are used when present, else the first two.
    """
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            sample = fh.read(4096)
            fh.seek(0)
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
            rows = [row for row in csv.reader(fh, dialect) if any(cell.strip() for cell in row)]
    except OSError as exc:
        raise InputError("The lookup table '{path}' cannot be read ({reason}).", path=path, reason=str(exc)) from exc
    if not rows:
        raise InputError("The lookup table '{path}' is empty.", path=path)
    header = [cell.strip().lower() for cell in rows[0]]
    class_col, value_col = 0, 1
    if not _is_number(rows[0][0]):
        class_col = next((i for i, h in enumerate(header) if h in ("class", "code", "class_code", "value")), 0)
        value_col = next((i for i, h in enumerate(header) if h in ("resistance", "cost")), 1)
        rows = rows[1:]
    table = {}
    for number, row in enumerate(rows, start=2):
        try:
            table[int(float(row[class_col]))] = float(row[value_col])
        except (ValueError, IndexError) as exc:
            raise InputError("Line {line} of the lookup table '{path}' is not 'class, resistance': {row}.",
                             line=number, path=path, row=", ".join(row)) from exc
    return table


def _is_number(text):
    try:
        float(text)
    except ValueError:
        return False
    return True


def check_table(table):
    """Refuse zero, negative or non-numeric resistances, naming the classes."""
    bad = [code for code, value in sorted(table.items()) if not value > 0 or not np.isfinite(value)]
    if bad:
        raise InputError("The lookup table gives zero, negative or invalid resistance to class(es) {classes}. "
                         "Resistance must be above 0 (1 = easiest to cross); leave a class out of the map (as "
                         "nodata) to make it a barrier.", classes=", ".join(str(c) for c in bad))
    return table


def resistance_surface(class_path, output_path, table, nodata_value=None, progress=None, is_cancelled=None):
    """Write a float32 resistance GeoTIFF from a class map and ``table`` {class: resistance}.

    Class-map nodata becomes a barrier (nodata) unless ``nodata_value`` is given. Classes of the map that
    the table lacks are refused, naming them (nothing is written). Returns the set of classes found.
    """
    check_table(table)
    if nodata_value is not None and not nodata_value > 0:
        raise InputError("The resistance for nodata cells must be above 0, not {value}.", value=nodata_value)
    codes = np.array(sorted(table), dtype="int64")
    values = np.array([table[c] for c in codes], dtype="float32")
    found, missing = set(), set()
    with RasterReader(class_path) as reader:
        if reader.dtype.kind == "f":
            raise InputError("'{name}' holds decimal values: a class map must hold integer class codes.",
                             name=reader.label)
        with RasterWriter(output_path, reader.grid, 1, "float32", nodata=NODATA,
                          descriptions=["resistance"]) as writer:
            def process(window):
                data, valid = reader.read(window, [1])
                classes = data[0].astype("int64")
                present = np.unique(classes[valid])
                found.update(present.tolist())
                missing.update(set(present.tolist()) - set(codes.tolist()))
                position = np.clip(np.searchsorted(codes, classes), 0, len(codes) - 1)
                known = codes[position] == classes
                keep = known & valid
                out = np.where(keep, values[position], np.float32(NODATA))
                if nodata_value is not None:
                    out = np.where(valid, out, np.float32(nodata_value))
                    keep |= ~valid
                writer.write(window, out, keep)

            run_blockwise(reader.windows(), process, progress, is_cancelled)
            if missing:
                raise InputError("Class(es) {classes} of the class map are not in the lookup table. Add a "
                                 "resistance for each of them.", classes=", ".join(str(c) for c in sorted(missing)))
            writer.set_metadata({"units": "resistance per cell (1 = easiest)",
                                 "lookup": "; ".join(f"{c}={table[c]:g}" for c in sorted(table))})
    return found
