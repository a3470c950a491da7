"""The provincial biodiversity database: schema, migrations, push, review (PostGIS or GeoPackage).

All SQL of the plugin lives in this package; the GUI and the Processing algorithm call its functions.
"""

THEMES = ("habitat", "benthic", "corridor", "reserve", "other")
REVIEW_STATUSES = ("submitted", "accepted", "returned")
#: Map exports the database takes (the CHECK of the map exports table), as file name extensions.
MAP_EXPORT_FORMATS = ("pdf", "png")
#: Protected-area categories of the 2008 Biodiversity Law (Law 20/2008/QH12, art. 16).
PROTECTED_AREA_CATEGORIES = ("national_park", "nature_reserve", "species_habitat_area", "landscape_protection_area")

# The one marker of translatable templates lives with the message type; db modules import it from here too.
from ..core.errors import translatable  # noqa: E402,F401

#: How each theme reads (translated where shown: the panel's and bd:pushtodatabase's Theme); the database stores
#: the codes of THEMES.
THEME_LABELS = {"habitat": translatable("Habitat"), "benthic": translatable("Coral reef and seagrass"),
                "corridor": translatable("Corridors and connectivity"), "reserve": translatable("Protected areas"),
                "other": translatable("Other")}
