"""Analysis core of bd_qgis_plugin.

Pure Python + numpy + GDAL (osgeo, which ships with every QGIS install): no Qt and
no QGIS imports, so that it can be tested and benchmarked on its own. Processing
algorithms are thin wrappers around it.
"""
