"""What users install: metadata.txt valid for the QGIS plugin repository, the zip laid out for QGIS."""

import configparser
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLUGIN = ROOT / "build" / "plugins" / "bd_qgis_plugin"
REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository",
            "tracker", "homepage", "tags", "experimental", "icon", "hasProcessingProvider")


def _metadata():
    parser = configparser.ConfigParser()
    parser.read(PLUGIN / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_metadata_is_complete_for_the_plugin_repository():
    meta = _metadata()
    missing = [key for key in REQUIRED if not meta.get(key, "").strip()]
    assert missing == []
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["experimental"] in ("True", "False") and meta["hasProcessingProvider"] == "yes"
    assert all(meta[k].startswith("https://") for k in ("repository", "tracker", "homepage"))
    assert len(meta["about"]) > 100 and (PLUGIN / meta["icon"]).exists()
    version = meta["version"].split(".")
    assert len(version) == 3 and all(part.isdigit() for part in version)


def test_release_zip_has_one_top_folder_with_everything_the_plugin_needs():
    zip_path = ROOT / "dist" / f"bd_qgis_plugin-{_metadata()['version']}.zip"
    names = zipfile.ZipFile(zip_path).namelist()
    assert {n.split("/")[0] for n in names} == {"bd_qgis_plugin"}
    for needed in ("__init__.py", "metadata.txt", "LICENSE", "processing_algorithms/provider.py",
                   "styles/spectral_index.qml", "i18n/bd_qgis_plugin_vi.qm", "data/provinces.csv",
                   "gui/dock_widget.ui", "icons/icon.svg"):
        assert f"bd_qgis_plugin/{needed}" in names, needed
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", ".ts"))]
