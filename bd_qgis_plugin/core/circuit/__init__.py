"""Circuit theory on raster grids, compatible with Circuitscape (McRae 2006; McRae et al. 2008;
Anantharaman et al. 2020, Circuitscape.jl).

Split by concern as Circuitscape.jl is:

* :mod:`.graph` — conductance grid, node map, resistors and Laplacian ``L v = i``;
* :mod:`.solver` — SuperLU or AMG-preconditioned CG per connected component, the memory estimate;
* :mod:`.currents` — Circuitscape's cell current and the result of a run;
* :mod:`.focal` — focal nodes, in Circuitscape's order;
* :mod:`.modes` — pairwise, one-to-all, all-to-one and advanced;
* :mod:`.pairs` — the included-pairs file;
* :mod:`.config` — Circuitscape ``.ini`` jobs;
* :mod:`.rasters` — whole raster bands through :mod:`raster_io`.

The names below are the public API: ``from bd_qgis_plugin.core import circuit; circuit.pairwise(...)``.
No Qt/QGIS imports: numpy, scipy and GDAL only.
"""

from .config import TRUE_WORDS, IniJob, flag, load_ini, read_ini, resolve_input
from .currents import CircuitResult, MapAccumulator, node_currents
from .focal import check_points, focal_warnings, points_from_grid, sort_points
from .graph import (
    build_adjacency,
    build_graph,
    build_node_map,
    conductance_from_conductance,
    conductance_from_resistance,
    grid_adjacency,
    grounded_matrix,
    laplacian,
    nested_dissection,
    node_values_to_map,
)
from .modes import (
    MODES,
    Options,
    advanced,
    combine_regions_with_points,
    merge_focal_regions_for_pair,
    one_to_all,
    pairwise,
    resolve_conflicts,
)
from .pairs import IncludedPairs
from .rasters import read_band
from .solver import (
    AMG_MIN_NODES,
    BYTES_PER_NODE_DIRECT,
    BYTES_PER_NODE_ITERATIVE,
    CG_TOLERANCE,
    DIRECT_SOLVER_MAX_NODES,
    GRID_BYTES_PER_CELL,
    ComponentSolver,
    amg_missing_note,
    check_grid_memory,
    check_solve_memory,
    estimate_memory,
)

__all__ = [
    "AMG_MIN_NODES", "BYTES_PER_NODE_DIRECT", "BYTES_PER_NODE_ITERATIVE", "CG_TOLERANCE", "DIRECT_SOLVER_MAX_NODES",
    "GRID_BYTES_PER_CELL", "MODES", "TRUE_WORDS", "CircuitResult", "ComponentSolver", "IncludedPairs", "IniJob",
    "MapAccumulator", "Options", "advanced", "amg_missing_note",
    "build_adjacency", "build_graph", "build_node_map", "check_points",
    "check_grid_memory", "check_solve_memory", "combine_regions_with_points", "conductance_from_conductance",
    "conductance_from_resistance", "estimate_memory", "flag", "focal_warnings", "grid_adjacency",
    "grounded_matrix", "laplacian", "load_ini", "nested_dissection", "merge_focal_regions_for_pair", "node_currents",
    "node_values_to_map", "one_to_all", "pairwise", "points_from_grid", "read_band", "read_ini",
    "resolve_conflicts", "resolve_input", "sort_points",
]
