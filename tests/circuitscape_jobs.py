"""A one-row Circuitscape pairwise job written as Circuitscape writes them (.asc grids and an .ini), shared by the
circuit core and bd:currentflow tests."""


def write_pairwise_job(folder, habitat_row, points_row, extra=""):
    """``res.asc`` (resistances ``habitat_row``), ``pts.asc`` (focal ids ``points_row``, -9999 = none) and
    ``job.ini`` in ``folder``, 4 neighbours; ``extra`` is appended to the .ini. Returns the .ini's path."""
    header = f"ncols {len(habitat_row.split())}\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\nNODATA_value -9999\n"
    (folder / "res.asc").write_text(header + habitat_row + "\n", encoding="ascii")
    (folder / "pts.asc").write_text(header + points_row + "\n", encoding="ascii")
    (folder / "job.ini").write_text(
        "[Circuitscape mode]\ndata_type = raster\nscenario = pairwise\n"
        "[Habitat raster or graph]\nhabitat_file = res.asc\nhabitat_map_is_resistances = True\n"
        "[Options for pairwise and one-to-all and all-to-one modes]\npoint_file = pts.asc\n"
        "[Connection scheme for raster habitat data]\nconnect_four_neighbors_only = True\n" + extra,
        encoding="ascii")
    return str(folder / "job.ini")
