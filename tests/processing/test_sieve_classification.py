"""bd:sieveclassification through Processing (minimum mapping unit on a 20 m class map)."""

import numpy as np
from habitat_scenes import _sieve_map as _map
from helpers import read_raster


def test_sieve_algorithm_through_processing(bd_plugin, tmp_path):
    import processing

    data = np.ones((10, 10), "uint8")
    data[1, 1:3] = 2
    data[5:7, 5:8] = 3
    result = processing.run("bd:sieveclassification", {"INPUT": _map(tmp_path, data), "MMU_HA": 0.16,
                                                        "MAJORITY": 0, "OUTPUT": str(tmp_path / "out.tif")})
    values = read_raster(result["OUTPUT"])[0][0]
    assert (values == 2).sum() == 0 and (values == 3).sum() == 6
