"""Optically shallow water and its bottom: one module per method (no Qt).

* :mod:`.masks` — land/cloud, water and optically deep/shallow water as one coded mask (ACOLITE's SWIR
  threshold, Vanhellemont & Ruddick 2018; NDWI, McFeeters 1996);
* :mod:`.glint` — sun-glint correction (Hedley, Harborne & Mumby 2005);
* :mod:`.dii` — depth-invariant index (Lyzenga 1978, 1981);
* :mod:`.bathymetry` — log-ratio bathymetry (Stumpf, Holderied & Sinclair 2003);
* :mod:`.features` — the water-column index features of the benthic classifier;
* :mod:`.benthic` — the benthic habitat map, its coverage per zone and change between dates;
* :mod:`.prior_shift` — calibrated posteriors and EM prior re-estimation (measured by the benthic validation
  only);
* :mod:`.common` — what they share: the mask codes, sensor roles and reflectance, the mask reader and the
  sampling of pixels under polygons.

Everything runs window by window through :mod:`..raster_io` (memory flat in raster size; outputs written to a
temporary file and renamed when complete).
"""
