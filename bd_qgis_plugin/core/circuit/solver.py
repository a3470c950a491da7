"""Solving ``L v = i`` per connected component: SuperLU, or CG preconditioned by algebraic multigrid (pyamg).

One factorisation per connected component (SuperLU) for small and medium grids; conjugate gradients
preconditioned by smoothed-aggregation algebraic multigrid (pyamg, installed or bundled by ``make build`` in the
plugin's ext_libs/) for large ones, as Circuitscape.jl's ``cg+amg`` solver.
"""

import math
import sys

import numpy as np

from ..errors import InputError, Message, thousands, translatable
from ..memory import check_memory
from ..optional import import_optional, lazy_module

sp = lazy_module("scipy.sparse")
linalg = lazy_module("scipy.sparse.linalg", "scipy")

#: Components with more nodes than this use AMG-preconditioned CG (when pyamg is installed).
DIRECT_SOLVER_MAX_NODES = 250_000
#: Above this many nodes, a solve with few right-hand sides uses AMG too.
AMG_MIN_NODES = 50_000
#: Bytes per node assumed by the memory estimate (graph, Laplacian, solver, maps), measured on
#: 8-neighbour grids (AMG: 0.9 GB at 1 M nodes).
BYTES_PER_NODE_ITERATIVE = 900
BYTES_PER_NODE_DIRECT = 400
#: Bytes per cell a circuit run holds for the whole grid whatever its cells are (the band as float64 and its
#: mask, conductance, node map, the graph over every cell, the current map): measured 205 (current flow) and 267
#: (pinch points) on 1000 × 1000 cells of which 1 % were valid; this floor refuses no grid that would fit.
GRID_BYTES_PER_CELL = 150
#: Relative residual of the CG solves (as Circuitscape.jl: 1e-6 for a 1 A source).
CG_TOLERANCE = 1e-6

#: Where ``make build`` bundles pyamg (Debian 12 has no package for it, so QGIS' own Python lacks it).
def _pyamg():
    """pyamg: an installed copy first, else the one bundled in the plugin's ext_libs/ for this Python and
    platform (core.optional); None when neither imports."""
    return import_optional("pyamg")


def amg_missing_note():
    """None when pyamg loads; else a :class:`~..errors.Message` saying which solver runs instead and its cost."""
    if _pyamg() is not None:
        return None
    from ..optional import abi_tag, bundled_versions, platform_tag

    return Message("pyamg is not available for this Python ({python}, {platform}); the plugin bundles it for "
                   "{bundled}. Grids above {nodes} nodes are solved with the direct solver (SuperLU) instead: "
                   "one pair on 1000 × 1000 cells then takes about 52 s and 2.2 GB instead of about 4 s and "
                   "0.9 GB. Install pyamg into QGIS' Python to get the fast solver.",
                   python=abi_tag(), platform=platform_tag() or sys.platform,
                   bundled=", ".join(sorted(bundled_versions())) or "-", nodes=thousands(AMG_MIN_NODES))


def estimate_memory(n_nodes, n_solution_vectors=2):
    """Rough peak memory (bytes) of one solve on ``n_nodes`` nodes."""
    iterative = n_nodes > DIRECT_SOLVER_MAX_NODES and _pyamg() is not None
    if iterative:
        per_node = BYTES_PER_NODE_ITERATIVE
    else:  # the factor's fill grows like n log n (measured: 0.55 GB at 250 k, 2.15 GB at 1 M nodes)
        per_node = BYTES_PER_NODE_DIRECT + 100 * math.log2(max(n_nodes, 2))
    return int(n_nodes * (per_node + 8 * n_solution_vectors))


def check_solve_memory(n_nodes, n_solution_vectors=2, limit_bytes=None):
    """Refuse early a grid whose estimated memory (:func:`estimate_memory`) exceeds what is available."""
    return check_memory(estimate_memory(n_nodes, n_solution_vectors),
                        translatable("The grid has {nodes} nodes; the current-flow solve would need about {need} MB of "
                                     "memory but only {free} MB are available. Coarsen the resistance raster (larger "
                                     "cells) or clip it to the study area."),
                        limit=limit_bytes, nodes=thousands(n_nodes))


def check_grid_memory(cells, limit_bytes=None, name=""):
    """Refuse, from its size alone and before it is read, a raster of ``cells`` cells that a circuit run could not
    hold (:data:`GRID_BYTES_PER_CELL`, whatever is nodata); the solve is checked again once the nodes are known."""
    return check_memory(cells * GRID_BYTES_PER_CELL,
                        translatable("The raster '{name}' has {cells} cells; a circuit analysis (current flow, pinch "
                                     "points) holds at least {per_cell} bytes per cell, nodata or not, so it would "
                                     "need at least {need} MB of memory but only {free} MB are available. Coarsen "
                                     "the raster (larger cells, e.g. Resample) or clip it to the study area."),
                        limit=limit_bytes, name=name, cells=thousands(cells), per_cell=GRID_BYTES_PER_CELL)


class ComponentSolver:
    """Solve ``M x = b`` for one symmetric positive definite matrix, factorised once."""

    def __init__(self, matrix, method="auto", n_rhs=1, presorted=False):
        """``presorted``: the rows and columns are already in a fill-reducing order (e.g. the nested dissection
        of a grid window, :func:`.graph.nested_dissection`), so the direct solver factorises them as they are
        instead of computing SuperLU's own minimum-degree ordering (about half of a factorisation's time on
        windows of some 10 000 cells)."""
        if not sp.isspmatrix_csc(matrix):  # SuperLU takes CSC: a CSC matrix is used as it is
            matrix = sp.csr_matrix(matrix)
        n = matrix.shape[0]
        pyamg = _pyamg()
        if method == "amg" and pyamg is None:
            raise InputError("The AMG solver needs the Python package pyamg, which is not installed; "
                             "install it (pip install pyamg) or choose the direct solver.")
        # A factorisation pays off when it serves many right-hand sides; AMG setup is cheaper than a
        # factorisation above some 50 k nodes (measured 1-2 s vs 3-5 s at 235 k nodes).
        large = n > DIRECT_SOLVER_MAX_NODES or (n > AMG_MIN_NODES and n_rhs <= 3)
        use_amg = method == "amg" or (method == "auto" and large and pyamg is not None)
        self.matrix = matrix
        if use_amg:
            self.method = "amg"
            # Local (Gershgorin) Jacobi weighting avoids an eigenvalue estimate per level; one forward and
            # one backward Gauss-Seidel sweep keep the V-cycle symmetric for CG.
            self._ml = pyamg.smoothed_aggregation_solver(
                sp.csr_matrix(matrix), symmetry="symmetric", smooth=("jacobi", {"weighting": "local"}),
                improve_candidates=None,
                presmoother=("gauss_seidel", {"sweep": "forward"}),
                postsmoother=("gauss_seidel", {"sweep": "backward"}), max_coarse=500)
        else:
            self.method = "direct"
            self._lu = linalg.splu(matrix.tocsc(), permc_spec="NATURAL" if presorted else "MMD_AT_PLUS_A",
                            options={"SymmetricMode": True}, diag_pivot_thresh=0.0)

    def solve(self, b):
        b = np.asarray(b, dtype=np.float64)
        if self.method == "direct":
            return self._lu.solve(b)
        if b.ndim == 1:
            return self._ml.solve(b, tol=CG_TOLERANCE, accel="cg", maxiter=2000)
        return np.column_stack([self._ml.solve(b[:, k], tol=CG_TOLERANCE, accel="cg", maxiter=2000)
                                for k in range(b.shape[1])])
