"""bd_qgis_plugin: QGIS plugin for provincial biodiversity work in Vietnam."""


def classFactory(iface):  # noqa: N802 - name required by QGIS
    """Entry point called by QGIS when the plugin is loaded (desktop and qgis_process alike)."""
    from qgis.core import QgsApplication

    from .dependencies import activate_install_folder, install_folder
    from .plugin import BdPlugin

    # Packages that "Install missing packages" put into the profile are importable from now on.
    activate_install_folder(install_folder(QgsApplication.qgisSettingsDirPath()))

    return BdPlugin(iface)
