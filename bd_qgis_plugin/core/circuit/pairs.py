"""Circuitscape's included-pairs file (include/exclude lists or a min/max matrix): which focal pairs to solve."""

import numpy as np


class IncludedPairs:
    """Circuitscape's included-pairs file: which focal pairs to solve."""

    def __init__(self, point_ids, matrix, mode="include"):
        self.point_ids = [int(p) for p in point_ids]
        self.matrix = np.asarray(matrix, dtype=np.int64)
        self.mode = mode
        self._pos = {p: k for k, p in enumerate(self.point_ids)}

    @classmethod
    def read(cls, path):
        """The pairs of a Circuitscape file: ``min``/``max`` and a matrix, or a list of pairs under a ``mode`` line."""
        with open(path, encoding="utf-8") as f:
            first = f.readline().split()
        if first and first[0].lower() == "min":
            with open(path, encoding="utf-8") as f:
                minval = float(f.readline().split()[1])
                maxval = float(f.readline().split()[1])
                table = [[float(x) for x in line.split()] for line in f if line.strip()]
            ids = [int(x) for x in table[0][1:]]
            body = np.array([row[1:len(ids) + 1] for row in table[1:len(ids) + 1]])
            body = np.where(body > maxval, 0, body)
            return cls(ids, (body >= minval).astype(np.int64), "include")
        mode = first[1].lower() if len(first) > 1 else "include"
        with open(path, encoding="utf-8") as f:
            f.readline()
            pairs = [[int(float(x)) for x in line.split()[:2]] for line in f if line.strip()]
        ids = sorted(set(p for pair in pairs for p in pair) - {0})
        mat = np.zeros((len(ids), len(ids)), dtype=np.int64)
        pos = {p: k for k, p in enumerate(ids)}
        for a, b in pairs:
            if a in pos and b in pos:
                mat[pos[a], pos[b]] = mat[pos[b], pos[a]] = 1
        return cls(ids, mat, mode)

    @property
    def _skip_value(self):
        return 0 if self.mode == "include" else 1

    def prune(self, points):
        rows, cols, ids = points
        keep = np.isin(ids, self.point_ids)
        return rows[keep], cols[keep], ids[keep]

    def excluded_index_pairs(self, ids_in_order):
        """Positions (a, b) in ``ids_in_order`` of pairs not to solve."""
        out = set()
        for a, pa in enumerate(ids_in_order):
            for b, pb in enumerate(ids_in_order):
                ka, kb = self._pos.get(int(pa)), self._pos.get(int(pb))
                if ka is None or kb is None:
                    continue
                if self.matrix[ka, kb] == self._skip_value and self.matrix[kb, ka] == self._skip_value:
                    out.add((a, b))
        return out

    def excluded_partners(self, pid, ids):
        ka = self._pos.get(int(pid))
        if ka is None:
            return []
        return [p for p in ids if p != pid and p in self._pos and self.matrix[ka, self._pos[p]] == self._skip_value]
