"""Class palettes of the plugin: the one source of truth for class codes, names and colours.

``styles/habitat_classes.qml`` and ``styles/benthic_classes.qml`` are generated from these tables
(``scripts/make_styles.py``) and the class styles written beside classified rasters use
:func:`class_colour`, so a class looks the same everywhere. ``tests/test_styles.py`` checks that the
QML files agree with these tables.

Habitat classes (fixed codes 1–9; codes 1–6 are those of the demo training data):
1 water, 2 salt marsh, 3 forest, 4 cropland, 5 beach/sand, 6 built, 7 mangrove, 8 grassland, 9 wetland.

Benthic classes use the codes and colours of the Allen Coral Atlas benthic map (Allen Coral Atlas 2020,
Earth Engine ``ACA/reef_habitat`` band ``benthic``): 11 sand, 12 rubble, 13 rock, 14 seagrass,
15 coral/algae, 18 microalgal mats; the plugin adds 9 land and 10 optically deep or turbid water
(masked, not mapped).
"""

from collections import namedtuple

PaletteClass = namedtuple("PaletteClass", "code key name_vi name_en colour keywords")

HABITAT_CLASSES = (
    PaletteClass(1, "water", "Mặt nước", "Water", "#2c7fb8",
                 ("water", "nước", "lagoon", "đầm phá", "sea", "biển", "river", "sông")),
    PaletteClass(2, "salt_marsh", "Đầm lầy mặn", "Salt marsh", "#66c2a5", ("salt marsh", "marsh", "đầm lầy")),
    PaletteClass(3, "forest", "Rừng", "Forest", "#00441b", ("forest", "rừng")),
    PaletteClass(4, "cropland", "Đất nông nghiệp", "Cropland", "#fdae61",
                 ("crop", "agricultur", "nông nghiệp", "lúa", "rice", "farm")),
    PaletteClass(5, "beach_sand", "Bãi cát", "Beach/sand", "#f6e8c3", ("sand", "beach", "cát", "bãi")),
    PaletteClass(6, "built", "Đất xây dựng", "Built", "#d73027",
                 ("built", "urban", "xây dựng", "đô thị", "settlement", "dân cư")),
    PaletteClass(7, "mangrove", "Rừng ngập mặn", "Mangrove", "#1b7837", ("mangrove", "rừng ngập mặn")),
    PaletteClass(8, "grassland", "Đồng cỏ, cây bụi", "Grassland", "#b8e186",
                 ("grass", "cỏ", "shrub", "cây bụi", "savanna")),
    PaletteClass(9, "wetland", "Đất ngập nước", "Wetland", "#41b6c4", ("wetland", "đất ngập nước", "swamp")),
)

BENTHIC_CLASSES = (
    PaletteClass(9, "land", "Đất liền", "Land", "#d9d9d9", ("land", "đất liền")),
    PaletteClass(10, "deep_water", "Nước sâu hoặc đục (không lập bản đồ)", "Deep or turbid water (not mapped)",
                 "#08519c", ("deep", "turbid", "sâu", "đục")),
    PaletteClass(11, "sand", "Cát", "Sand", "#ffffbe", ("sand", "cát")),
    PaletteClass(12, "rubble", "Đá vụn", "Rubble", "#e0d05e", ("rubble", "đá vụn", "vụn")),
    PaletteClass(13, "rock", "Đá", "Rock", "#b19c3a", ("rock", "đá")),
    PaletteClass(14, "seagrass", "Cỏ biển", "Seagrass", "#668438", ("seagrass", "cỏ biển")),
    PaletteClass(15, "coral_algae", "San hô/tảo", "Coral/Algae", "#ff6161", ("coral", "san hô", "algae", "tảo")),
    PaletteClass(18, "microalgal_mats", "Thảm vi tảo", "Microalgal mats", "#9bcc4f", ("microalgal", "vi tảo")),
)

# Classes that may appear in a user's habitat map without a fixed code.
EXTRA_CLASSES = (
    PaletteClass(0, "bare", "Đất trống", "Bare land", "#bababa", ("bare", "đất trống", "rock", "đá")),
    PaletteClass(0, "cloud", "Mây, bóng mây", "Cloud/shadow", "#ffffff", ("cloud", "mây", "shadow", "bóng")),
)

# Keyword matching order for class names (first match wins): specific names before the words they contain
# ("rừng ngập mặn" before "rừng", "cỏ biển"/"seagrass" before "biển"/"sea", "đất ngập nước" before "nước").
_MATCH_ORDER = ("mangrove", "salt_marsh", "wetland", "seagrass", "coral_algae", "microalgal_mats", "forest",
                "water", "grassland", "cropland", "beach_sand", "built", "bare", "cloud")
_BY_KEY = {c.key: c for c in HABITAT_CLASSES + BENTHIC_CLASSES + EXTRA_CLASSES}
FALLBACK = ("#8c510a", "#762a83", "#35978f", "#e08214", "#542788", "#c51b7d", "#7fbc41", "#4393c3")
LABEL_SEPARATOR = " / "  # class labels in the QML styles read "Vietnamese / English"


def match_class(name):
    """The palette class a class name (Vietnamese or English) refers to, or None."""
    lowered = (name or "").lower()
    for key in _MATCH_ORDER:
        if any(k in lowered for k in _BY_KEY[key].keywords):
            return _BY_KEY[key]
    return None


def class_colour(name, index=0):
    """Colour of a habitat class from its name; a fallback colour (by position) for unknown names."""
    found = match_class(name)
    return found.colour if found else FALLBACK[index % len(FALLBACK)]


def bilingual_label(palette_class):
    return f"{palette_class.name_vi}{LABEL_SEPARATOR}{palette_class.name_en}"


def pick_language(label, language):
    """The Vietnamese ("vi") or English part of a "Vietnamese / English" label (the label if not bilingual)."""
    if LABEL_SEPARATOR not in label:
        return label
    vi, en = label.split(LABEL_SEPARATOR, 1)
    return vi if language == "vi" else en


def class_names(classes, language="en"):
    """{code: name} of a palette table in one language."""
    return {c.code: (c.name_vi if language == "vi" else c.name_en) for c in classes}
