"""The settings of an Omniscape run and its inputs (:class:`Job`), checked before any work starts.

Names and meanings follow Omniscape.jl's options (``radius``, ``block_size``, ``buffer``, ``source_threshold``,
``source_from_resistance``, ``r_cutoff``, ``correct_artifacts``, conditional connectivity), so that an Omniscape
``.ini`` maps onto them one to one (:mod:`.ini`).
"""

import math
from dataclasses import dataclass, field

import numpy as np

from ..errors import InputError, Message, thousands
from .layers import Derived

#: Conditional comparisons: the source's condition within [lower, upper] of the target's (median of the target
#: block), or equal to it (the block's most frequent value). "equals" is Omniscape.jl's older spelling.
COMPARISONS = ("within", "equal")
_COMPARISON_ALIASES = {"within": "within", "equal": "equal", "equals": "equal"}


@dataclass
class Settings:
    """What an Omniscape run computes; cells and radii are counted in cells."""

    radius: int
    block_size: int = 1
    buffer: int = 0
    source_threshold: float = 0.0
    source_from_resistance: bool = False
    r_cutoff: float = math.inf
    resistance_is_conductance: bool = False
    correct_artifacts: bool = True
    four_neighbours: bool = False
    flow_potential: bool = False
    normalized_current: bool = False
    mask_nodata: bool = True
    #: (old value, new value) pairs applied to the resistance before anything else; new value NaN = nodata.
    reclass: list = None

    @property
    def block_radius(self):
        return (self.block_size - 1) // 2

    @property
    def window_radius(self):
        """The radius of the solved window: ``radius`` + ``buffer``."""
        return self.radius + self.buffer

    @property
    def needs_flow_potential(self):
        return self.flow_potential or self.normalized_current


@dataclass
class Condition:
    """One condition of conditional connectivity (``present`` and optional ``future`` layers)."""

    present: object
    comparison: str = "within"
    lower: float = 0.0
    upper: float = 0.0
    future: object = None


@dataclass
class Job:
    """The inputs (layers) and settings of a run, and the warnings met while reading them."""

    settings: Settings
    resistance: object
    sources: object = None
    targets: object = None
    conditions: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    #: Omniscape's ``precision = single``: the maps are float32 (they always are in GeoTIFF outputs).
    single_precision: bool = False

    # -- checks ---------------------------------------------------------------------------------
    def check(self, scan=True):
        """Refuse bad settings and inputs with a clear message (:class:`InputError`), before any solve; with
        ``scan``, also read the resistance once, strip by strip, to refuse zero or negative values."""
        s = self.settings
        _check_whole(s.radius, "radius", 1)
        _check_whole(s.block_size, "block_size", 1)
        _check_whole(s.buffer, "buffer", 0)
        if s.block_size % 2 == 0:
            self.warnings.append(Message("The block size {size} is even but must be odd: {odd} is used (as "
                                         "Omniscape does).", size=s.block_size, odd=s.block_size + 1))
            s.block_size += 1
        if not math.isfinite(s.source_threshold):
            raise InputError("The source threshold must be a number.")
        if s.source_from_resistance and not s.r_cutoff > 0:
            raise InputError("The resistance cutoff for sources (r_cutoff) must be positive (found {value}).",
                             value=s.r_cutoff)
        if self.sources is None and not s.source_from_resistance:
            raise InputError("No source strength raster was given. Give one, or compute the sources from the "
                             "resistance (source_from_resistance = true, optionally with r_cutoff).")
        if len(self.conditions) > 2:
            raise InputError("Conditional connectivity takes one or two conditions, not {n}.", n=len(self.conditions))
        for k, condition in enumerate(self.conditions, start=1):
            comparison = _COMPARISON_ALIASES.get(str(condition.comparison).strip().lower())
            if comparison is None:
                raise InputError("Comparison {k} is '{value}'; it must be 'within' or 'equal'.", k=k,
                                 value=condition.comparison)
            condition.comparison = comparison
            if comparison == "within" and not condition.lower <= condition.upper:
                raise InputError("Condition {k}: the lower bound {lower} is above the upper bound {upper}.", k=k,
                                 lower=condition.lower, upper=condition.upper)
        self._check_shapes()
        if scan:
            self._scan_resistance()
            self._checked = True
        return self

    def _check_shapes(self):
        rows, cols = self.resistance.shape
        others = [(self.sources, "source"), (self.targets, "target")]
        for k, condition in enumerate(self.conditions, start=1):
            others += [(condition.present, f"condition {k}"), (condition.future, f"condition {k} (future)")]
        for layer, role in others:
            if layer is not None and tuple(layer.shape) != (rows, cols):
                raise InputError("The {role} raster '{name}' has {r} × {c} cells but the resistance raster has "
                                 "{rr} × {rc}: all inputs must share one grid.", role=role, name=layer.label,
                                 r=layer.shape[0], c=layer.shape[1], rr=rows, rc=cols)

    def _scan_resistance(self):
        bad, valid_cells, first = 0, 0, None
        for r0, values in self.resistance.strips():
            finite = np.isfinite(values)
            valid_cells += int(finite.sum())
            low = finite & (values <= 0)
            if low.any():
                if first is None:
                    rows, cols = np.nonzero(low)
                    first = (r0 + int(rows[0]), int(cols[0]))
                bad += int(low.sum())
        if bad:
            raise InputError("The resistance (or conductance) raster '{name}' has {count} cell(s) with 0 or a "
                             "negative value (first at row {row}, column {col}); Omniscape needs positive values. "
                             "Give those cells a small positive value, or set them to nodata (barriers).",
                             name=self.resistance.label, count=thousands(bad), row=first[0], col=first[1])
        if valid_cells == 0:
            raise InputError("The resistance raster '{name}' has no cell with a value.", name=self.resistance.label)

    # -- derived layers (cell by cell, strip by strip) ------------------------------------------
    def resistance_layer(self):
        """The resistance (or conductance) after the reclass table, NaN = nodata."""
        table = self.settings.reclass
        if not table:
            return self.resistance
        return Derived(self.resistance, lambda values: reclassify(values, table))

    def conductance_layer(self):
        is_conductance = self.settings.resistance_is_conductance

        def conductance(values):
            return values if is_conductance else 1.0 / values

        return Derived(self.resistance_layer(), conductance)

    def source_layer(self):
        """Source strength, 0 where there is none (nodata, below the threshold, above the resistance cutoff)."""
        s = self.settings
        if s.source_from_resistance:
            cutoff = 1.0 / s.r_cutoff

            def from_resistance(values):
                strength = values if s.resistance_is_conductance else 1.0 / values
                # Omniscape's rule: strength = 1 / resistance, kept where it is at least 1 / r_cutoff.
                return np.where(np.isfinite(strength) & (strength >= cutoff), strength, 0.0)

            return Derived(self.resistance_layer(), from_resistance)
        threshold = s.source_threshold

        def from_file(values):
            return np.where(np.isfinite(values) & (values >= threshold), values, 0.0)

        return Derived(self.sources, from_file)

    def target_layer(self):
        """The strength of each target block (summed over the block); the sources' unless a target layer is given."""
        if self.targets is None:
            return self.source_layer()

        def strength(values):
            return np.where(np.isfinite(values) & (values > 0), values, 0.0)

        return Derived(self.targets, strength)

    def close(self):
        layers = [self.resistance, self.sources, self.targets]
        for condition in self.conditions:
            layers += [condition.present, condition.future]
        for layer in layers:
            if layer is not None:
                layer.close()


def reclassify(values, table):
    """Each cell equal to an old value of ``table`` takes its new value (matched on the values before any change,
    as Omniscape does); NaN as new value makes the cell nodata."""
    out = values.copy()
    for old, new in table:
        out[values == old] = new
    return out


def _check_whole(value, name, minimum):
    if not isinstance(value, (int, np.integer)) or value < minimum:
        raise InputError("The setting {name} must be a whole number of at least {minimum} (found {value}).",
                         name=name, minimum=minimum, value=value)
