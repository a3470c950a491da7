"""Block-wise raster reading and writing shared by every algorithm.

GDAL (``osgeo.gdal``) does the IO; this module only organises it so that

* windows are aligned to the source's internal blocks (tiles or strips), so each
  block is decoded once;
* nodata is carried through as a boolean mask;
* output is a tiled, compressed GeoTIFF with the grid's CRS, written to a
  temporary file beside the target and renamed into place only when complete,
  so a failure or a cancel never leaves a half-written raster;
* a file GDAL cannot decode (a download or copy cut short) is refused by name (:func:`damaged_raster`), never
  with a traceback;
* an output larger, uncompressed, than the free space of its folder is refused before it is created
  (:func:`check_output_space`);
* the temporary file is removed on an exception, on SIGTERM (in the main thread) and at interpreter exit;
* progress and cancel callbacks are called between windows;
* peak memory depends on the window size, never on the raster size (GDAL's
  block cache is capped while we work).

GDAL rather than rasterio: GDAL's Python bindings ship with every QGIS
installation (rasterio does not on Windows/macOS), and the plugin must run there.
"""

import atexit
import contextlib
import math
import os
import re
import shutil
import signal
import threading
import uuid
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, gdal_array, osr

from .errors import Cancelled, GridMismatchError, InputError, thousands, translatable
from .memory import MB

gdal.UseExceptions()

#: Target window edge in pixels; windows are the nearest multiple of the source block.
DEFAULT_WINDOW = 512
#: GDAL block cache while a block-wise job runs (bytes). Blocks are read once, so a
#: small cache costs nothing and keeps memory flat on large rasters.
BLOCK_CACHE_BYTES = 64 * 1024 * 1024

GTIFF_OPTIONS = (
    "TILED=YES",
    "BLOCKXSIZE=256",
    "BLOCKYSIZE=256",
    "COMPRESS=DEFLATE",
    "ZLEVEL=1",
    "BIGTIFF=IF_SAFER",
    "NUM_THREADS=ALL_CPUS",
)

_NUMPY_TO_GDAL = {
    np.dtype("uint8"): gdal.GDT_Byte,
    np.dtype("uint16"): gdal.GDT_UInt16,
    np.dtype("int16"): gdal.GDT_Int16,
    np.dtype("uint32"): gdal.GDT_UInt32,
    np.dtype("int32"): gdal.GDT_Int32,
    np.dtype("float32"): gdal.GDT_Float32,
    np.dtype("float64"): gdal.GDT_Float64,
}


@dataclass(frozen=True)
class Window:
    """A rectangle of pixels: column/row offset and size."""

    col_off: int
    row_off: int
    width: int
    height: int

    @property
    def slices(self):
        """(row slice, column slice) of this window within the full raster."""
        return (slice(self.row_off, self.row_off + self.height),
                slice(self.col_off, self.col_off + self.width))


@dataclass(frozen=True)
class Grid:
    """Size, geotransform and CRS of a raster: what must match for pixel-wise work (the plugin's one grid type)."""

    width: int
    height: int
    geotransform: tuple
    crs_wkt: str = ""

    @classmethod
    def from_dataset(cls, ds):
        return cls(ds.RasterXSize, ds.RasterYSize, tuple(ds.GetGeoTransform()), ds.GetProjection() or "")

    @property
    def resolution(self):
        return (self.geotransform[1], -self.geotransform[5])

    @property
    def origin(self):
        return (self.geotransform[0], self.geotransform[3])

    @property
    def cell_size(self):
        """(width, height) of a cell, both positive (north-up grids)."""
        return (abs(self.geotransform[1]), abs(self.geotransform[5]))

    @property
    def shape(self):
        """(rows, columns), as numpy arrays of the grid have it."""
        return (self.height, self.width)

    def centre(self, row, col):
        """Map coordinates of the centre of cell (``row``, ``col``) of a north-up grid."""
        gt = self.geotransform
        return (gt[0] + (col + 0.5) * gt[1], gt[3] + (row + 0.5) * gt[5])

    @property
    def pixel_area(self):
        """Area of one pixel in CRS units squared (m² for a projected CRS in metres)."""
        gt = self.geotransform
        return abs(gt[1] * gt[5] - gt[2] * gt[4])

    def crs_name(self):
        if not self.crs_wkt:
            return "no CRS"
        srs = osr.SpatialReference()
        srs.ImportFromWkt(self.crs_wkt)
        code = srs.GetAuthorityCode(None)
        name = srs.GetName() or "unnamed CRS"
        return f"EPSG:{code} ({name})" if code else name

    def same_crs(self, other):
        if not self.crs_wkt or not other.crs_wkt:
            return self.crs_wkt == other.crs_wkt
        a, b = osr.SpatialReference(), osr.SpatialReference()
        a.ImportFromWkt(self.crs_wkt)
        b.ImportFromWkt(other.crs_wkt)
        return bool(a.IsSame(b))


def grid_differences(a, b):
    """List of human-readable differences between two grids (empty when aligned).

    Tolerance: 1/1000 of a pixel for origin and resolution, so float noise in
    geotransforms written by other software does not count as a mismatch.
    """
    diffs = []
    if not a.same_crs(b):
        diffs.append(f"CRS {a.crs_name()} vs {b.crs_name()}")
    ra, rb = a.resolution, b.resolution
    tol = 1e-3 * min(abs(ra[0]), abs(ra[1]))
    if abs(ra[0] - rb[0]) > tol or abs(ra[1] - rb[1]) > tol:
        diffs.append(f"pixel size {ra[0]:g}×{ra[1]:g} vs {rb[0]:g}×{rb[1]:g}")
    oa, ob = a.origin, b.origin
    if abs(oa[0] - ob[0]) > tol or abs(oa[1] - ob[1]) > tol:
        diffs.append(f"origin ({oa[0]:.3f}, {oa[1]:.3f}) vs ({ob[0]:.3f}, {ob[1]:.3f})")
    if (a.width, a.height) != (b.width, b.height):
        diffs.append(f"size {a.width}×{a.height} vs {b.width}×{b.height} pixels")
    return diffs


def check_aligned(grids):
    """Raise :class:`GridMismatchError` unless all named grids are the same.

    ``grids`` maps a name the user knows (a file name or parameter) to a :class:`Grid`.
    """
    items = list(grids.items())
    first_name, first = items[0]
    problems = []
    for name, grid in items[1:]:
        diffs = grid_differences(first, grid)
        if diffs:
            problems.append(f"'{first_name}' and '{name}' differ: " + "; ".join(diffs))
    if problems:
        raise GridMismatchError(
            "The rasters are not on the same grid (same CRS, pixel size, origin and size are needed).\n"
            "{problems}\nAlign them first, e.g. with Raster > Projections > Warp (Reproject) "
            "or 'Align rasters', using one of them as the reference.",
            problems="\n".join(problems),
        )


# Band names recognised in file names of single-band products (Sentinel-2 "T48PYU_..._B08.jp2",
# Landsat "..._SR_B5.TIF"), used as band descriptions when rasters are stacked.
_BAND_IN_NAME = re.compile(r"(?:^|[^A-Za-z0-9])(SR_B\d{1,2}|B\d{1,2}A?)(?:[^A-Za-z0-9]|$)", re.IGNORECASE)


def band_name_from_file(path):
    """'B08' from '.../T48PYU_20240101T031111_B08_10m.jp2', 'SR_B5' from '..._SR_B5.TIF', else ''."""
    match = _BAND_IN_NAME.findall(os.path.splitext(os.path.basename(str(path)))[0])
    return match[-1].upper() if match else ""


def stack_rasters(paths, vrt_path):
    """Stack all bands of ``paths`` (in order) into a virtual raster at ``vrt_path``; nothing is copied.

    The rasters must be on one grid (:class:`GridMismatchError` otherwise, naming the differences).
    Band descriptions are kept; a single-band file without one gets the band name in its file name.
    Returns ``vrt_path``.
    """
    readers = [RasterReader(p) for p in paths]
    labels = [r.label if [x.label for x in readers].count(r.label) == 1 else r.path for r in readers]
    check_aligned(dict(zip(labels, (r.grid for r in readers))))
    folder = os.path.dirname(os.path.abspath(vrt_path))
    singles, descriptions = [], []
    for n, reader in enumerate(readers):
        for b, description in enumerate(reader.descriptions, start=1):
            single = os.path.join(folder, f".{os.path.basename(vrt_path)}.{n}_{b}.vrt")
            gdal.Translate(single, reader.path, format="VRT", bandList=[b])
            singles.append(single)
            descriptions.append(description or (band_name_from_file(reader.path) if reader.count == 1 else ""))
        reader.close()
    vrt = gdal.BuildVRT(vrt_path, singles, separate=True)
    for i, description in enumerate(descriptions, start=1):
        if description:
            vrt.GetRasterBand(i).SetDescription(description)
    vrt = None
    return vrt_path


def block_windows(width, height, block_w, block_h, target=DEFAULT_WINDOW):
    """Windows covering a ``width``×``height`` raster, aligned to its ``block_w``×``block_h`` blocks.

    Each window spans a whole number of source blocks and is about ``target``
    pixels on a side; for strip layouts (a block as wide as the raster) the
    window is a band of full rows about ``target`` rows high.
    """
    block_w = max(1, min(block_w, width))
    block_h = max(1, min(block_h, height))
    win_w = block_w * max(1, target // block_w)
    win_h = block_h * max(1, target // block_h)
    for row in range(0, height, win_h):
        for col in range(0, width, win_w):
            yield Window(col, row, min(win_w, width - col), min(win_h, height - row))


DAMAGED = translatable(
    "The raster '{path}' is damaged: GDAL cannot read part of its pixels ({reason}). A download or copy cut short "
    "leaves a file like this. Re-download or re-export it (and check that the copy is complete), then run again.")


def damaged_raster(path, exc):
    """The :class:`InputError` for a raster whose pixels GDAL fails to read (``exc``: GDAL's RuntimeError, e.g.
    ``TIFFReadEncodedTile() failed`` on a truncated GeoTIFF or COG): names the file and says what to do."""
    reason = str(exc).strip().replace(f"{path}, ", "")  # GDAL's message starts with the path, named already
    return InputError(DAMAGED, path=str(path), reason=reason or type(exc).__name__)


class RasterReader:
    """Read a raster window by window, with its nodata mask; a read GDAL fails raises :func:`damaged_raster`."""

    def __init__(self, path, label=None):
        self.path = str(path)
        self.label = label or os.path.basename(self.path)
        if not os.path.exists(self.path) and not self.path.startswith("/vsi"):
            raise InputError("Raster '{path}' does not exist.", path=self.path)
        try:
            self.ds = gdal.OpenEx(self.path, gdal.OF_RASTER | gdal.OF_READONLY)
        except RuntimeError as exc:
            raise InputError("'{path}' is not a raster GDAL can read ({reason}). If it should be one, it is "
                             "damaged: re-download or re-export it.", path=self.path, reason=str(exc)) from exc
        if self.ds is None or self.ds.RasterCount == 0:
            raise InputError("'{path}' is not a raster GDAL can read.", path=self.path)
        band = self.ds.GetRasterBand(1)
        self.block_size = tuple(band.GetBlockSize())
        self.grid = Grid.from_dataset(self.ds)

    @property
    def count(self):
        return self.ds.RasterCount

    @property
    def width(self):
        return self.ds.RasterXSize

    @property
    def height(self):
        return self.ds.RasterYSize

    @property
    def nodata(self):
        """Nodata value per band (None where unset)."""
        return [self.ds.GetRasterBand(i).GetNoDataValue() for i in range(1, self.count + 1)]

    @property
    def descriptions(self):
        return [self.ds.GetRasterBand(i).GetDescription() or "" for i in range(1, self.count + 1)]

    @property
    def dtype(self):
        """numpy type that holds every band without loss (bands may differ in type)."""
        return np.result_type(*[gdal_array.GDALTypeCodeToNumericTypeCode(self.ds.GetRasterBand(i).DataType)
                                for i in range(1, self.count + 1)])

    def check_bands(self, bands):
        bad = [b for b in bands if not 1 <= int(b) <= self.count]
        if bad:
            raise InputError("Band {bands} does not exist in '{name}', which has {count} band(s).",
                             bands=", ".join(str(b) for b in bad), name=self.label, count=self.count)

    def windows(self, target=DEFAULT_WINDOW):
        return list(block_windows(self.width, self.height, *self.block_size, target=target))

    def read(self, window, bands=None, nodata_override=None):
        """Return ``(data, valid)`` for ``window``.

        ``data`` has shape (n_bands, rows, cols) in the file's type; ``valid`` is a
        (rows, cols) boolean array, False where any requested band is nodata (or
        NaN). ``nodata_override`` applies where a band has no nodata of its own.
        """
        bands = list(bands or range(1, self.count + 1))
        # Band by band: GDAL 3.6.2 crashes (SIGSEGV) reading several bands of a GeoTIFF at once with
        # Dataset.ReadAsArray when GDAL_NUM_THREADS > 1; per-band reads are safe and as fast.
        data = np.empty((len(bands), window.height, window.width), dtype=self.dtype)
        try:
            for i, b in enumerate(bands):
                self.ds.GetRasterBand(b).ReadAsArray(window.col_off, window.row_off, window.width, window.height,
                                                     buf_obj=data[i])
        except RuntimeError as exc:
            raise damaged_raster(self.path, exc) from exc
        valid = np.ones((window.height, window.width), dtype=bool)
        all_nodata = self.nodata
        for i, b in enumerate(bands):
            nd = all_nodata[b - 1]
            if nd is None:
                nd = nodata_override
            if nd is not None and not (isinstance(nd, float) and math.isnan(nd)):
                valid &= data[i] != nd
            if data.dtype.kind == "f":
                valid &= ~np.isnan(data[i])
        return data, valid

    def close(self):
        self.ds = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def output_space(path, grid, count=1, dtype="float32"):
    """``(bytes, free)``: the size of the raster ``path`` would have uncompressed (cells × bands × bytes of
    ``dtype``) and the bytes free in its folder now (None where the system does not tell)."""
    need = int(grid.width) * int(grid.height) * int(count) * np.dtype(dtype).itemsize
    folder = os.path.dirname(os.path.abspath(str(path)))
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    return need, free


def check_output_space(path, grid, count=1, dtype="float32"):
    """Refuse (:class:`InputError`, both figures) an output whose uncompressed size exceeds the free space of its
    folder; returns :func:`output_space`.

    The rule: how well DEFLATE will compress is known only once the file is written (a resistance surface of
    real data often shrinks only 2-3 times), so a raster that could not be held uncompressed is refused before
    any work, rather than failing on a full disk after most of it (and filling the disk that others use too).
    """
    need, free = output_space(path, grid, count, dtype)
    if free is not None and need > free:
        raise InputError("The output '{path}' would take up to {need} MB ({cells} cells of {size} byte(s), before "
                         "compression) but its folder '{folder}' has only {free} MB free. How much compression saves "
                         "is known only once the file is written, so the work is not started. Clip the input to "
                         "the study area, resample it to larger cells, or write the output to a disk with more "
                         "free space.", path=str(path), need=thousands(need / MB), free=thousands(free / MB),
                         cells=thousands(grid.width * grid.height * count), size=np.dtype(dtype).itemsize,
                         folder=os.path.dirname(os.path.abspath(str(path))))
    return need, free


class _PendingParts:
    """Temporary files of the writers now open, removed on SIGTERM and at interpreter exit (an exception, a
    cancel and SIGINT's KeyboardInterrupt remove them through the writer's ``__exit__``).

    The SIGTERM handler is installed only from the main thread (Python allows no other; QGIS desktop runs
    algorithms in worker threads, where the ``finally`` and ``atexit`` paths remain), only while a file is
    pending, and only over the default or a Python handler: it removes the files, puts the previous handler
    back and lets it act (the default one ends the process by the signal, as without the clean-up).
    """

    def __init__(self):
        self.paths = set()
        self.lock = threading.Lock()
        self.previous = None  # the handler ours replaced, while ours is installed
        atexit.register(self.remove_all)

    def add(self, path):
        with self.lock:
            self.paths.add(path)
        self._install()

    def discard(self, path):
        with self.lock:
            self.paths.discard(path)
            empty = not self.paths
        if empty:
            self._uninstall()

    def remove_all(self):
        with self.lock:
            paths, self.paths = list(self.paths), set()
        for path in paths:
            with contextlib.suppress(OSError):
                os.remove(path)

    def _install(self):
        if self.previous is not None or threading.current_thread() is not threading.main_thread():
            return
        with contextlib.suppress(ValueError, OSError, AttributeError):  # no SIGTERM (some platforms)
            current = signal.getsignal(signal.SIGTERM)
            if current is signal.SIG_DFL or (callable(current) and current != self._on_sigterm):
                signal.signal(signal.SIGTERM, self._on_sigterm)
                self.previous = current

    def _uninstall(self):
        if self.previous is None or threading.current_thread() is not threading.main_thread():
            return
        with contextlib.suppress(ValueError, OSError):
            if signal.getsignal(signal.SIGTERM) == self._on_sigterm:
                signal.signal(signal.SIGTERM, self.previous)
        self.previous = None

    def _on_sigterm(self, signum, frame):
        self.remove_all()
        previous, self.previous = self.previous, None
        signal.signal(signum, previous)
        if previous is signal.SIG_DFL:
            os.kill(os.getpid(), signum)  # the default action: the process ends by SIGTERM
        elif callable(previous):
            previous(signum, frame)


_PENDING = _PendingParts()


class RasterWriter:
    """Write a tiled, compressed GeoTIFF window by window; rename into place on commit.

    Use as a context manager: the file appears at ``path`` only if the block
    exits without an exception; otherwise the partial file is removed (on SIGTERM and at exit too:
    :class:`_PendingParts`). An output that could not be held uncompressed in the free space of its folder is
    refused before the file is created (:func:`check_output_space`).
    """

    def __init__(self, path, grid, count, dtype="float32", nodata=None, descriptions=None,
                 options=GTIFF_OPTIONS):
        self.path = str(path)
        self.dtype = np.dtype(dtype)
        self.nodata = nodata
        folder = os.path.dirname(os.path.abspath(self.path))
        if not os.path.isdir(folder):
            raise InputError("Output folder '{folder}' does not exist.", folder=folder)
        check_output_space(self.path, grid, count, self.dtype)
        self.tmp_path = os.path.join(folder, f".{os.path.basename(self.path)}.{uuid.uuid4().hex[:8]}.part.tif")
        _PENDING.add(self.tmp_path)
        opts = list(options)
        if self.dtype.kind == "f":
            opts.append("PREDICTOR=3")
        elif self.dtype.itemsize > 1:
            opts.append("PREDICTOR=2")
        driver = gdal.GetDriverByName("GTiff")
        try:
            self.ds = driver.Create(self.tmp_path, grid.width, grid.height, count, _NUMPY_TO_GDAL[self.dtype],
                                    options=opts)
        except RuntimeError:
            self.abort()
            raise
        self.ds.SetGeoTransform(grid.geotransform)
        if grid.crs_wkt:
            self.ds.SetProjection(grid.crs_wkt)
        for i in range(1, count + 1):
            band = self.ds.GetRasterBand(i)
            if nodata is not None:
                band.SetNoDataValue(float(nodata))
            if descriptions:
                band.SetDescription(str(descriptions[i - 1]))
        self.count = count

    def write(self, window, data, valid=None):
        """Write ``data`` (bands, rows, cols) or (rows, cols); nodata where ``valid`` is False."""
        data = np.asarray(data)
        if data.ndim == 2:
            data = data[np.newaxis]
        for i in range(self.count):
            block = data[i].astype(self.dtype, copy=False)
            if valid is not None and self.nodata is not None:
                block = np.where(valid, block, self.dtype.type(self.nodata))
            self.ds.GetRasterBand(i + 1).WriteArray(block, window.col_off, window.row_off)

    def write_grid(self, array, strip_rows=256):
        """Write a whole (rows, cols) array to band 1 in strips of rows, NaN/±inf as nodata, converting one
        strip at a time (never a full-size copy of the array)."""
        for top in range(0, array.shape[0], strip_rows):
            part = array[top:top + strip_rows]
            if part.dtype.kind == "f" and self.nodata is not None:
                missing = ~np.isfinite(part)
                if self.dtype.kind == "f":
                    part = part.astype(self.dtype)
                    part[missing] = self.nodata
                else:
                    part = np.where(missing, self.nodata, part)
            self.write(Window(0, top, part.shape[1], part.shape[0]), part)
            self.ds.FlushCache()  # to disk now: GDAL's cache would otherwise hold the whole grid until commit

    def set_metadata(self, items, band=None):
        target = self.ds if band is None else self.ds.GetRasterBand(band)
        target.SetMetadata({str(k): str(v) for k, v in items.items()})

    def commit(self):
        try:
            self.ds.FlushCache()
            self.ds = None
            os.replace(self.tmp_path, self.path)
        except BaseException:
            self.abort()
            raise
        _PENDING.discard(self.tmp_path)
        for ext in (".aux.xml",):
            stale = self.path + ext
            if os.path.exists(stale):  # statistics of an older file of the same name
                os.remove(stale)

    def abort(self):
        with contextlib.suppress(RuntimeError):  # closing a file on a full disk may fail: remove it all the same
            self.ds = None
        self.ds = None
        with contextlib.suppress(FileNotFoundError):
            os.remove(self.tmp_path)
        _PENDING.discard(self.tmp_path)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.abort()
        return False


@contextlib.contextmanager
def limited_block_cache(max_bytes=BLOCK_CACHE_BYTES):
    """Cap GDAL's block cache for the duration of a block-wise job, then restore it."""
    previous = gdal.GetCacheMax()
    gdal.SetCacheMax(min(previous, max_bytes))
    try:
        yield
    finally:
        gdal.SetCacheMax(previous)


def run_blockwise(windows, process, progress=None, is_cancelled=None):
    """Call ``process(window)`` for every window, reporting progress and honouring cancel.

    ``progress(fraction)`` receives 0..1; ``is_cancelled()`` is polled before
    each window and raises :class:`Cancelled` when it returns True.
    """
    windows = list(windows)
    total = sum(w.width * w.height for w in windows) or 1
    done = 0
    with limited_block_cache():
        for window in windows:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled()
            process(window)
            done += window.width * window.height
            if progress is not None:
                progress(done / total)
