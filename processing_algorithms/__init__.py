"""Processing algorithms of bd_qgis_plugin (provider id ``bd``), one module per algorithm."""
