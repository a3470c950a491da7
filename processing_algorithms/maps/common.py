"""Parameter names shared by the maps-and-reports algorithms (no algorithm here)."""

# The strings are public API (processing.run, qgis_process): never rename them.
LAYERS = "LAYERS"
TITLE = "TITLE"
SUBTITLE = "SUBTITLE"
OUTPUT_PDF = "OUTPUT_PDF"
LANGUAGE = "LANGUAGE"
