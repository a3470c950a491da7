"""An Omniscape ``.ini`` file as the whole input of a run, read as Omniscape.jl reads it (``parse_cfg``,
``init_cfg``, ``run_omniscape(path)``), so that an Omniscape job runs here unchanged.

Omniscape's rules are kept: a line ``key = value`` (split at the first ``=``; section headers ignored; a later
key wins), only ``true``/``True``/``TRUE`` are true, whole-number settings are rounded, ``r_cutoff`` defaults to
infinity. Input files are found relative to the .ini's folder or one of its parents (Omniscape's test suite
names them relative to the folder above). Settings Omniscape does not know are reported, not refused. The plugin
adds one setting: ``target_file``, a target strength raster other than the sources.
"""

import math
import os

from ..circuit import resolve_input
from ..errors import InputError, Message
from ..raster_io import grid_differences
from .layers import Layer
from .settings import Condition, Job, Settings

TRUE_WORDS = ("true", "True", "TRUE")
SINGLE_WORDS = ("single", "Single", "SINGLE")
SOLVERS = ("cg+amg", "cholmod")
#: Every setting Omniscape.jl reads (``init_cfg`` and the ones read where they are used), and ``target_file``.
KNOWN_KEYS = frozenset((
    "resistance_file", "resistance_is_conductance", "source_file", "project_name", "parallelize",
    "parallel_batch_size", "block_size", "radius", "buffer", "source_threshold", "source_from_resistance",
    "r_cutoff", "precision", "connect_four_neighbors_only", "solver", "cs_solver", "calc_flow_potential",
    "calc_normalized_current", "correct_artifacts", "write_raw_currmap", "write_as_tif", "mask_nodata",
    "suppress_cs_messages", "conditional", "n_conditions", "compare_to_future", "condition1_file",
    "condition2_file", "condition1_future_file", "condition2_future_file", "comparison1", "comparison2",
    "condition1_lower", "condition2_lower", "condition1_upper", "condition2_upper", "reclassify_resistance",
    "reclass_table", "write_reclassified_resistance", "allow_different_projections",
    "resistance_file_is_conductance", "target_file"))
#: Settings without a default (Omniscape also requires ``project_name``, the output folder, which the plugin's
#: outputs replace).
REQUIRED = ("resistance_file", "radius")


def read_ini(path):
    """The settings of an Omniscape .ini as a dict, as Omniscape's ``parse_cfg`` reads them."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            lines = f.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("Cannot read the Omniscape file '{path}': {reason}", path=path, reason=str(exc)) from exc
    cfg = {}
    for line in lines:
        if not line.strip() or line.lstrip().startswith("[") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        cfg[key.strip()] = value.strip()
    return cfg


def _flag(cfg, key, default=False):
    value = cfg.get(key)
    return default if value is None else value in TRUE_WORDS


def _number(cfg, path, key, default=None, whole=False):
    text = cfg.get(key)
    if text is None or text == "":
        return default
    try:
        value = float(text)
    except ValueError:
        raise InputError("The setting {key} = '{value}' in '{path}' is not a number.", key=key, value=text,
                         path=path) from None
    if whole:
        if not math.isfinite(value):
            raise InputError("The setting {key} = '{value}' in '{path}' must be a whole number.", key=key,
                             value=text, path=path)
        return int(round(value))
    return value


def _layer(cfg, path, key):
    name = cfg.get(key, "")
    file_path = resolve_input(path, name)
    if file_path is None:
        return None
    if not os.path.exists(file_path):
        raise InputError("The file '{name}' named by {key} in '{path}' does not exist.", name=name, key=key, path=path)
    return Layer(file_path, label=os.path.basename(file_path))


def read_reclass_table(path):
    """(old, new) pairs of a reclass table: two columns per line; ``missing`` (or NaN) as new value = nodata."""
    pairs = []
    try:
        with open(path, encoding="utf-8-sig") as f:
            for number, line in enumerate(f, start=1):
                parts = line.split()
                if not parts:
                    continue
                if len(parts) != 2:
                    raise InputError("Line {line} of the reclass table '{path}' has {n} values; it needs two: the "
                                     "old value and the new one.", line=number, path=path, n=len(parts))
                old, new = (p.strip().strip('"').strip("'") for p in parts)
                try:
                    pairs.append((float(old), math.nan if new.lower() in ("missing", "nan") else float(new)))
                except ValueError:
                    raise InputError("Line {line} of the reclass table '{path}' is not two numbers ('missing' may "
                                     "stand for nodata).", line=number, path=path) from None
    except OSError as exc:
        raise InputError("Cannot read the reclass table '{path}': {reason}", path=path, reason=str(exc)) from exc
    return pairs


def load_ini(path):
    """A :class:`Job` from an Omniscape .ini (not yet checked: :meth:`Job.check` does that before the run)."""
    cfg = read_ini(path)
    missing = [key for key in REQUIRED if not cfg.get(key)]
    if missing:
        raise InputError("The Omniscape file '{path}' does not give {keys}, which have no default.", path=path,
                         keys=", ".join(missing))
    warnings = []
    unknown = sorted(k for k in cfg if k not in KNOWN_KEYS)
    if unknown:
        warnings.append(Message("Settings that Omniscape does not know were ignored: {keys}.", keys=", ".join(unknown)))
    solver = cfg.get("solver", cfg.get("cs_solver"))
    if solver and solver not in SOLVERS:
        warnings.append(Message("The solver '{solver}' is unknown to Omniscape; windows are solved with the "
                                "plugin's direct solver in any case.", solver=solver))
    settings = Settings(
        radius=_number(cfg, path, "radius", whole=True),
        block_size=_number(cfg, path, "block_size", 1, whole=True),
        buffer=_number(cfg, path, "buffer", 0, whole=True),
        source_threshold=_number(cfg, path, "source_threshold", 0.0),
        source_from_resistance=_flag(cfg, "source_from_resistance"),
        r_cutoff=_number(cfg, path, "r_cutoff", math.inf),
        resistance_is_conductance=(_flag(cfg, "resistance_is_conductance")
                                   or _flag(cfg, "resistance_file_is_conductance")),
        correct_artifacts=_flag(cfg, "correct_artifacts", True),
        four_neighbours=_flag(cfg, "connect_four_neighbors_only"),
        flow_potential=_flag(cfg, "calc_flow_potential"),
        normalized_current=_flag(cfg, "calc_normalized_current"),
        mask_nodata=_flag(cfg, "mask_nodata", True),
    )
    resistance = _layer(cfg, path, "resistance_file")
    if resistance is None:
        raise InputError("The Omniscape file '{path}' does not give {keys}, which have no default.", path=path,
                         keys="resistance_file")
    if _flag(cfg, "reclassify_resistance"):
        table_path = resolve_input(path, cfg.get("reclass_table", ""))
        if table_path is None or not os.path.exists(table_path):
            raise InputError("reclassify_resistance is true in '{path}' but its reclass_table '{name}' does not "
                             "exist.", path=path, name=cfg.get("reclass_table", ""))
        settings.reclass = read_reclass_table(table_path)
    sources = None if settings.source_from_resistance else _layer(cfg, path, "source_file")
    job = Job(settings, resistance, sources=sources, targets=_layer(cfg, path, "target_file"), warnings=warnings,
              single_precision=cfg.get("precision", "double") in SINGLE_WORDS)
    if _flag(cfg, "conditional"):
        job.conditions = _conditions(cfg, path)
    _check_projections(job, _flag(cfg, "allow_different_projections"))
    return job


def _conditions(cfg, path):
    n = _number(cfg, path, "n_conditions", 1, whole=True)
    if n not in (1, 2):
        raise InputError("n_conditions = {n} in '{path}': Omniscape's conditional connectivity takes 1 or 2 "
                         "conditions.", n=cfg.get("n_conditions"), path=path)
    future = cfg.get("compare_to_future", "none").lower()
    if future not in ("none", "1", "2", "both"):
        raise InputError("compare_to_future = '{value}' in '{path}': it must be none, 1, 2 or both.",
                         value=cfg.get("compare_to_future"), path=path)
    if future == "2" and n < 2:
        raise InputError("compare_to_future = 2 in '{path}' needs n_conditions = 2.", path=path)
    conditions = []
    for k in range(1, n + 1):
        present = _layer(cfg, path, f"condition{k}_file")
        if present is None:
            raise InputError("Conditional connectivity is on in '{path}' but condition{k}_file is not given.",
                             path=path, k=k)
        comparison = cfg.get(f"comparison{k}", "within")
        if comparison.lower() not in ("within", "equal", "equals"):
            raise InputError("comparison{k} = '{value}' in '{path}': it must be within or equal.", k=k,
                             value=comparison, path=path)
        later = None
        if future in (str(k), "both"):
            later = _layer(cfg, path, f"condition{k}_future_file")
            if later is None:
                raise InputError("compare_to_future = {future} in '{path}' but condition{k}_future_file is not "
                                 "given.", future=future, path=path, k=k)
        conditions.append(Condition(present, comparison, _number(cfg, path, f"condition{k}_lower", 0.0),
                                    _number(cfg, path, f"condition{k}_upper", 0.0), later))
    return conditions


def _check_projections(job, allowed):
    """Omniscape warns (and goes on) when an input's projection or geotransform differs from the resistance's."""
    if allowed or job.resistance.grid is None:
        return
    others = [job.sources, job.targets] + [c.present for c in job.conditions] + [c.future for c in job.conditions]
    for layer in others:
        if layer is None or layer.grid is None or tuple(layer.shape) != tuple(job.resistance.shape):
            continue
        differences = [d for d in grid_differences(job.resistance.grid, layer.grid) if not d.startswith("size")]
        if differences:
            job.warnings.append(Message("'{name}' and the resistance raster '{resistance}' differ ({what}): they may "
                                        "not be aligned.", name=layer.label, resistance=job.resistance.label,
                                        what="; ".join(differences)))


__all__ = ["KNOWN_KEYS", "load_ini", "read_ini", "read_reclass_table"]
