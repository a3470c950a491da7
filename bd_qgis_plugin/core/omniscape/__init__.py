"""Omniscape: wall-to-wall connectivity by current flow in a moving window (McRae et al. 2016; Landau et al. 2021,
Omniscape.jl), on the plugin's circuit solver (:mod:`..circuit`).

Every target block (``block_size`` × ``block_size`` cells) is grounded in turn; the cells within ``radius`` of it
inject current in proportion to their source strength, together the block's total (its own sources, or those of
an optional target layer), and the current of the window (``radius`` + ``buffer``) is summed into the cumulative
current map. The flow potential is the same solve on a uniform (resistance 1) window; the normalized current is
their ratio (> 1: current channelled, < 1: impeded). Conditional connectivity keeps only the sources whose
condition (e.g. temperature, now or in the future) is within a range of, or equal to, the target's.

Split by concern:

* :mod:`.settings` — the run's settings, checked before any work;
* :mod:`.ini` — an Omniscape ``.ini`` as the whole input, as Omniscape.jl reads it;
* :mod:`.layers` — input rasters read strip by strip (or arrays);
* :mod:`.window` — one window: its sources, ground and conductance, solved with :mod:`..circuit`;
* :mod:`.engine` — strips of target rows, windows solved in threads, outputs written strip by strip.

No Qt/QGIS imports: numpy, scipy and GDAL only.
"""

from .engine import ArraySink, RasterSink, run
from .ini import load_ini, read_ini
from .layers import Layer
from .settings import COMPARISONS, Condition, Job, Settings

__all__ = ["COMPARISONS", "ArraySink", "Condition", "Job", "Layer", "RasterSink", "Settings", "load_ini", "read_ini",
           "run"]
