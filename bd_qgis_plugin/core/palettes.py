"""Class colours for habitat maps, chosen from the class name (documented palette, issue 6 extends it)."""

HABITAT_COLOURS = (  # (keyword in the class name, vi or en → colour); first match wins
    (("mangrove", "rừng ngập mặn"), "#1b7837"),
    (("salt marsh", "marsh", "đầm lầy", "wetland", "đất ngập nước"), "#66c2a5"),
    (("forest", "rừng"), "#00441b"),
    (("water", "nước", "lagoon", "đầm phá", "sea", "biển"), "#2c7fb8"),
    (("seagrass", "cỏ biển"), "#4dac26"),
    (("coral", "san hô"), "#f768a1"),
    (("grass", "cỏ", "shrub", "cây bụi"), "#b8e186"),
    (("crop", "agricultur", "nông nghiệp", "lúa", "rice"), "#fdae61"),
    (("sand", "beach", "cát", "bãi"), "#f6e8c3"),
    (("built", "urban", "xây dựng", "đô thị", "settlement"), "#d73027"),
    (("bare", "đất trống", "rock", "đá"), "#bababa"),
    (("cloud", "mây", "shadow", "bóng"), "#ffffff"),
)
FALLBACK = ("#8c510a", "#762a83", "#35978f", "#e08214", "#542788", "#c51b7d", "#7fbc41", "#4393c3")


def class_colour(name, index=0):
    lowered = (name or "").lower()
    for keywords, colour in HABITAT_COLOURS:
        if any(k in lowered for k in keywords):
            return colour
    return FALLBACK[index % len(FALLBACK)]
