"""QGIS-side map making: styles, print layouts, thematic maps and the indicator report (needs QGIS)."""
