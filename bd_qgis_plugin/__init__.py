"""bd_qgis_plugin: QGIS plugin for provincial biodiversity work in Vietnam."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Entry point called by QGIS when the plugin is loaded."""
    from .plugin import BdPlugin

    return BdPlugin(iface)
