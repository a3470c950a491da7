"""Where the plugin's files are, the same in the checkout and in the installed plugin (no Qt, no QGIS).

In the checkout ``styles`` and ``processing_algorithms`` are links to the top-level folders of the same name;
``make build`` copies their contents into the installable plugin.
"""

import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
STYLES_DIR = os.path.join(PLUGIN_DIR, "styles")
ICONS_DIR = os.path.join(PLUGIN_DIR, "icons")
DATA_DIR = os.path.join(PLUGIN_DIR, "data")
I18N_DIR = os.path.join(PLUGIN_DIR, "i18n")
#: Pinned third-party wheels unpacked by ``make compile`` (git-ignored in the checkout).
EXT_LIBS_DIR = os.path.join(PLUGIN_DIR, "ext_libs")
ICON = os.path.join(ICONS_DIR, "icon.svg")
