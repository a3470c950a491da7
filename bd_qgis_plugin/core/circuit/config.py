"""Circuitscape ``.ini`` jobs (raster data type): the options, the input files, and a job ready to run.

As Circuitscape.jl's ``config.jl`` and ``io.jl``: the .ini is read as flat options; every input grid (habitat,
focal nodes, short-circuit regions, mask, sources, grounds) must share the habitat's grid; point, source and
ground files may also be text lists ``value x y``.
"""

import configparser
import os
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError
from ..raster_io import Grid
from .focal import points_from_grid, sort_points
from .graph import conductance_from_conductance, conductance_from_resistance
from .modes import MODES, Options, advanced, one_to_all, pairwise
from .pairs import IncludedPairs
from .rasters import read_band

TRUE_WORDS = ("true", "1", "yes", "on")
#: Circuitscape's nodata, whatever a grid's header says.
CIRCUITSCAPE_NODATA = -9999


def _read_grid(path):
    """``(values, nodata mask, Grid)`` of a Circuitscape input grid."""
    values, valid, grid = read_band(path, nodata=CIRCUITSCAPE_NODATA)
    return values, ~valid, grid


def _cells_of(table, grid):
    """(rows, cols) of the points ``x = table[:, 1], y = table[:, 2]`` of a text list, Circuitscape's rule."""
    x0, cellsize, _, top, _, dy = grid.geotransform
    yll = top + dy * grid.height
    rows = np.ceil(grid.height - (table[:, 2] - yll) / cellsize).astype(np.int64) - 1
    cols = np.ceil((table[:, 1] - x0) / cellsize).astype(np.int64) - 1
    return rows, cols


def _read_points_file(path, grid):
    """Focal points from a grid (id per cell) or a text list ``id x y``."""
    if _is_text_list(path):
        table = np.loadtxt(path, ndmin=2, encoding="utf-8")
        ids = table[:, 0].astype(np.int64)
        rows, cols = _cells_of(table, grid)
        keep = ids >= 0
        return sort_points(rows[keep], cols[keep], ids[keep])
    data, mask, _ = _read_grid(path)
    data = np.where(mask, 0, data)
    return points_from_grid(data.astype(np.int64))


def _is_text_list(path):
    low = path.lower()
    if low.endswith((".tif", ".tiff", ".tif.gz", ".asc", ".asc.gz")):
        return False
    with open(path, encoding="utf-8") as f:
        head = f.readline().lower()
    return not head.startswith("ncols")


def _read_value_list_grid(path, grid):
    """A source/ground text list ``value x y`` as a grid (0 elsewhere)."""
    table = np.loadtxt(path, ndmin=2, encoding="utf-8")
    values = np.zeros(grid.shape)
    listed = np.zeros(values.shape, dtype=bool)
    rows, cols = _cells_of(table, grid)
    inside = (rows >= 0) & (cols >= 0) & (rows < grid.height) & (cols < grid.width)
    values[rows[inside], cols[inside]] = table[inside, 0]
    listed[rows[inside], cols[inside]] = True
    return values, listed


def read_ini(path):
    """Options of a Circuitscape .ini as a flat dict (keys lower case, values stripped)."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        with open(path, encoding="utf-8") as f:
            parser.read_file(f)
    except (OSError, configparser.Error) as exc:
        raise InputError("Cannot read the Circuitscape file '{path}': {reason}", path=path, reason=str(exc)) from exc
    cfg = {}
    for section in parser.sections():
        for key, value in parser.items(section):
            cfg[key.lower()] = value.strip()
    return cfg


def flag(cfg, key, default=False):
    """A yes/no option of an .ini (``True``, ``1``, ``yes``, ``on``); ``default`` when absent or empty."""
    value = cfg.get(key)
    if value is None or value == "":
        return default
    return value.lower() in TRUE_WORDS


def resolve_input(cfg_path, name):
    """A file named in an .ini: absolute, or relative to the .ini's folder or one of its parents."""
    if not name or name.lower() in ("none", "false") or name.startswith("("):
        return None
    if os.path.isabs(name):
        return name
    folder = os.path.dirname(os.path.abspath(cfg_path))
    for _ in range(6):
        candidate = os.path.join(folder, name)
        if os.path.exists(candidate):
            return candidate
        folder = os.path.dirname(folder)
    return os.path.join(os.path.dirname(os.path.abspath(cfg_path)), name)


@dataclass
class IniJob:
    """Everything a Circuitscape .ini asks for, read and ready to run."""

    mode: str
    conductance: np.ndarray
    grid: Grid
    opts: Options
    regions: np.ndarray = None
    points: tuple = None
    include: IncludedPairs = None
    strengths: dict = None
    source_map: np.ndarray = None
    ground_map: np.ndarray = None
    policy: str = "keepall"
    output_file: str = ""
    warnings: list = field(default_factory=list)

    def run(self, progress=None, is_cancelled=None):
        if self.mode == "pairwise":
            res = pairwise(self.conductance, self.points, self.regions, self.opts, self.include, progress,
                           is_cancelled)
        elif self.mode in ("one-to-all", "all-to-one"):
            res = one_to_all(self.conductance, self.points, self.regions, self.opts,
                             all_to_one=self.mode == "all-to-one", include=self.include,
                             strengths=self.strengths, progress=progress, is_cancelled=is_cancelled)
        else:
            res = advanced(self.conductance, self.source_map, self.ground_map, self.regions, self.opts, self.policy,
                           progress, is_cancelled)
        res.warnings = self.warnings + res.warnings
        return res


def load_ini(path, keep_pair_maps=True):
    """Read a Circuitscape .ini and its input files (raster data type only)."""
    cfg = read_ini(path)
    if cfg.get("data_type", "raster").lower() != "raster":
        raise InputError("'{path}' is a Circuitscape network (graph) job; only raster jobs are supported.",
                         path=path)
    scenario = cfg.get("scenario", "pairwise").lower().replace("_", "-")
    if scenario not in MODES:
        raise InputError("Unknown Circuitscape scenario '{scenario}' in '{path}'.", scenario=scenario, path=path)
    habitat = resolve_input(path, cfg.get("habitat_file"))
    if habitat is None:
        raise InputError("The Circuitscape file '{path}' names no habitat_file.", path=path)
    values, mask, grid = _read_grid(habitat)
    if flag(cfg, "habitat_map_is_resistances", True):
        conductance = conductance_from_resistance(values, ~mask)
    else:
        conductance = conductance_from_conductance(values, ~mask)
    opts = Options(
        four_neighbours=flag(cfg, "connect_four_neighbors_only"),
        avg_resistances=flag(cfg, "connect_using_avg_resistances", True),
        write_current_maps=True,
        write_voltage_maps=flag(cfg, "write_volt_maps"),
        keep_pair_maps=keep_pair_maps,
        write_max_current=flag(cfg, "write_max_cur_maps"),
        circuitscape_quirks=True,
    )
    job = IniJob(scenario, conductance, grid, opts, output_file=cfg.get("output_file", ""))

    def same_shape(arr, name):
        if arr.shape != conductance.shape:
            raise InputError("'{name}' has {rows} x {cols} cells but the habitat raster has {hr} x {hc}; "
                             "all Circuitscape input grids must share one grid.", name=name,
                             rows=arr.shape[0], cols=arr.shape[1], hr=conductance.shape[0], hc=conductance.shape[1])
        return arr

    if flag(cfg, "use_polygons"):
        poly_path = resolve_input(path, cfg.get("polygon_file"))
        pv, pm, _ = _read_grid(poly_path)
        job.regions = same_shape(np.where(pm, 0, pv).astype(np.int64), poly_path)
    if flag(cfg, "use_mask"):
        mask_path = resolve_input(path, cfg.get("mask_file"))
        mv, mm, _ = _read_grid(mask_path)
        keep = same_shape(~mm & (mv > 0), mask_path)
        job.conductance = np.where(keep, conductance, 0.0)
        if not (job.conductance > 0).any():
            raise InputError("The mask file '{path}' removes every cell.", path=mask_path)
    if scenario != "advanced":
        point_path = resolve_input(path, cfg.get("point_file"))
        if point_path is None:
            raise InputError("The Circuitscape file '{path}' names no point_file.", path=path)
        job.points = _read_points_file(point_path, grid)
        if flag(cfg, "use_included_pairs"):
            job.include = IncludedPairs.read(resolve_input(path, cfg.get("included_pairs_file")))
        if scenario != "pairwise" and flag(cfg, "use_variable_source_strengths"):
            table = np.loadtxt(resolve_input(path, cfg.get("variable_source_file")), ndmin=2, encoding="utf-8")
            job.strengths = {int(r[0]): float(r[1]) for r in table}
    else:
        job.source_map, _ = _read_source_or_ground(path, cfg.get("source_file"), grid, same_shape)
        ground, is_ground = _read_source_or_ground(path, cfg.get("ground_file"), grid, same_shape)
        if flag(cfg, "ground_file_is_resistances", True):
            with np.errstate(divide="ignore"):
                ground = np.where(is_ground, 1.0 / ground, 0.0)
        else:
            ground = np.where(is_ground, ground, 0.0)
        if flag(cfg, "use_direct_grounds"):
            ground = np.where(ground != 0, np.inf, 0.0)
        if flag(cfg, "use_unit_currents"):
            job.source_map = np.where(job.source_map != 0, 1.0, 0.0)
        job.ground_map = ground
        job.policy = cfg.get("remove_src_or_gnd", "keepall").lower()
    return job


def _read_source_or_ground(cfg_path, name, grid, same_shape):
    file_path = resolve_input(cfg_path, name)
    if file_path is None:
        raise InputError("The Circuitscape file '{path}' names no source or ground file.", path=cfg_path)
    if _is_text_list(file_path):
        return _read_value_list_grid(file_path, grid)
    values, mask, _ = _read_grid(file_path)
    return same_shape(np.where(mask, 0.0, values), file_path), ~mask
