"""Indicator report tables (Qt-free): ecosystem areas per zone with 95 % CI, change, corridors, connectivity.

Inputs are plain rows (dicts) read from the plugin's output tables:
- habitat area per zone (bd:habitatarea): zone, class_code, area_ha, pct_zone;
- accuracy assessment JSON (bd:accuracyassessment, Olofsson et al. 2014): per class mapped area and
  error-adjusted area estimate with its 95 % confidence interval, for the whole map;
- gains and losses per zone (bd:habitatchange BALANCE): zone, class_code, before_ha, after_ha, net_ha;
- corridor links (lcd, euclid, ratio, length in metres);
- any further table (connectivity indices, benthic coverage) shown as it is.

A zone's 95 % CI applies the map-wide relative CI of the class (CI_j / Â_j, Olofsson et al. 2014) to the
zone's mapped area: an approximation, stated in the report, since the reference sample is map-wide.
"""

import csv
import html
import io
import math

import numpy as np

from .palettes import BENTHIC_CLASSES, HABITAT_CLASSES, match_class
from .report import write_text
from .text import readable_name, vietnamese_sort_key

# Ecosystems the national programme reports on (Decision 2067/QĐ-TTg): terrestrial forest, wetlands,
# coral reefs and seagrass beds; palette keys in the order of the summary table.
KEY_ECOSYSTEMS = ("forest", "mangrove", "salt_marsh", "wetland", "seagrass", "coral_algae")

HEADINGS = {  # key → (Vietnamese, English)
    "areas": ("Diện tích các hệ sinh thái theo khu", "Ecosystem area per zone"),
    "summary": ("Tổng hợp các hệ sinh thái chính (ha)", "Key ecosystems (ha)"),
    "accuracy": ("Diện tích hiệu chỉnh theo đánh giá độ chính xác (toàn bản đồ)",
                 "Error-adjusted area from the accuracy assessment (whole map)"),
    "change": ("Biến động so với kỳ trước", "Change since the previous date"),
    "corridors": ("Hành lang đa dạng sinh học", "Biodiversity corridors"),
    "weakest": ("Các liên kết có chi phí tương đối cao nhất", "Links with the highest relative cost"),
    "pinch_points": ("Điểm thắt chính (mật độ dòng điện cao nhất trong hành lang)",
                     "Key pinch points (highest current density in the corridors)"),
    "rank": ("Thứ tự", "Rank"),
    "x": ("Tọa độ X", "X"),
    "y": ("Tọa độ Y", "Y"),
    "current": ("Dòng điện (A)", "Current (A)"),
    "connectivity": ("Chỉ số kết nối", "Connectivity indices"),
    "benthic": ("Độ phủ rạn san hô và thảm cỏ biển", "Coral reef and seagrass coverage"),
    "maps": ("Bản đồ", "Maps"),
    "notes": ("Ghi chú phương pháp", "Method notes"),
    "zone": ("Khu", "Zone"),
    "ecosystem": ("Hệ sinh thái", "Ecosystem"),
    "area_ha": ("Diện tích (ha)", "Area (ha)"),
    "ci95_ha": ("± KTC 95 % (ha)", "± 95 % CI (ha)"),
    "pct_zone": ("% diện tích khu", "% of zone"),
    "mapped_ha": ("Diện tích trên bản đồ (ha)", "Mapped area (ha)"),
    "estimated_ha": ("Diện tích ước tính (ha)", "Estimated area (ha)"),
    "users": ("Độ chính xác người dùng", "User's accuracy"),
    "producers": ("Độ chính xác người sản xuất", "Producer's accuracy"),
    "before_ha": ("Kỳ trước (ha)", "Before (ha)"),
    "after_ha": ("Kỳ này (ha)", "After (ha)"),
    "net_ha": ("Thay đổi thuần (ha)", "Net change (ha)"),
    "net_pct": ("Thay đổi (%)", "Change (%)"),
    "links": ("Số liên kết", "Links"),
    "length_km": ("Tổng chiều dài (km)", "Total length (km)"),
    "mean_lcd": ("Chi phí tích lũy nhỏ nhất trung bình", "Mean least-cost distance"),
    "min_lcd": ("Chi phí nhỏ nhất", "Lowest least-cost distance"),
    "max_lcd": ("Chi phí lớn nhất", "Highest least-cost distance"),
    "mean_ratio": ("Tỷ số chi phí/khoảng cách trung bình", "Mean cost-to-distance ratio"),
    "link": ("Liên kết", "Link"),
    "lcd": ("Chi phí tích lũy nhỏ nhất", "Least-cost distance"),
    "euclid_km": ("Khoảng cách thẳng (km)", "Euclidean distance (km)"),
    "ratio": ("Tỷ số chi phí/khoảng cách", "Cost-to-distance ratio"),
    "value": ("Giá trị", "Value"),
    "indicator": ("Chỉ tiêu", "Indicator"),
    "sources": ("Dữ liệu đầu vào", "Input data"),
    "legend": ("Chú thích", "Legend"),
    # columns of the tables shown as they are (connectivity indices, benthic coverage)
    "core_id": ("Vùng lõi", "Core"),
    "patch": ("Mảnh sinh cảnh", "Patch"),
    "class_code": ("Mã lớp", "Class code"),
    "class": ("Mã lớp", "Class code"),
    "class_name": ("Tên lớp", "Class name"),
    "pixels": ("Số điểm ảnh", "Pixels"),
    "shallow_ha": ("Vùng nước nông (ha)", "Shallow water (ha)"),
    "pct_shallow": ("% vùng nước nông", "% of shallow water"),
    "dIIC": ("dIIC (%)", "dIIC (%)"),
    "dPC": ("dPC (%)", "dPC (%)"),
    "dPC_intra": ("dPC nội vùng (%)", "dPC intra (%)"),
    "dPC_flux": ("dPC thông lượng (%)", "dPC flux (%)"),
    "dPC_connector": ("dPC cầu nối (%)", "dPC connector (%)"),
    "trends": ("Xu hướng diện tích qua các năm", "Area trend over the years"),
    "period": ("Giai đoạn", "Period"),
    "change_text": ("Thay đổi ± KTC 95 % (ha)", "Change ± 95 % CI (ha)"),
    "exceeds": ("Vượt sai số bản đồ", "Exceeds map error"),
    "slope_text": ("Độ dốc Theil–Sen (KTC 95 %), ha/năm", "Theil–Sen slope (95 % CI), ha/year"),
    "mk_p": ("p Mann–Kendall", "Mann–Kendall p"),
}

#: What each input of the report is, for the list of input data on its first page.
SOURCE_ROLES = {
    "areas": ("Diện tích sinh cảnh theo khu", "Habitat area per zone"),
    "class_names": ("Báo cáo phân loại", "Classification report"),
    "accuracy": ("Đánh giá độ chính xác", "Accuracy assessment"),
    "change": ("Biến động sinh cảnh", "Habitat change"),
    "links": ("Liên kết hành lang", "Corridor links"),
    "pinch_points": ("Dòng điện điểm thắt", "Pinch-point current"),
    "connectivity": ("Chỉ số kết nối", "Connectivity indices"),
    "benthic": ("Độ phủ rạn san hô và thảm cỏ biển", "Coral reef and seagrass coverage"),
    "class_map": ("Bản đồ sinh cảnh", "Habitat map"),
    "zones": ("Khu bảo tồn và các khu", "Reserves and zones"),
    "trends": ("Xu hướng sinh cảnh qua các năm", "Habitat trends over the years"),
}

#: Short legend of the connectivity indices (Saura & Rubio 2010), shown under their table for the columns present.
INDICATOR_LEGEND = {
    "dIIC": ("dIIC: mức giảm (%) của chỉ số tích hợp kết nối IIC khi mất vùng lõi này.",
             "dIIC: the decrease (%) in the integral index of connectivity (IIC) when this core is lost."),
    "dPC": ("dPC: mức giảm (%) của xác suất kết nối PC khi mất vùng lõi này (Saura & Rubio 2010); "
            "dPC = nội vùng + thông lượng + cầu nối.",
            "dPC: the decrease (%) in the probability of connectivity (PC) when this core is lost (Saura & Rubio "
            "2010); dPC = intra + flux + connector."),
    "dPC_intra": ("Nội vùng: phần do diện tích của chính vùng lõi.", "Intra: the part due to the core's own area."),
    "dPC_flux": ("Thông lượng: phần do phát tán giữa vùng lõi này và các vùng lõi khác.",
                 "Flux: the part due to dispersal between this core and the other cores."),
    "dPC_connector": ("Cầu nối: phần do vùng lõi là bước đệm trên đường đi giữa các vùng lõi khác.",
                      "Connector: the part due to the core as a stepping stone between other cores."),
}

#: Cells without a value of their own.
ZONE_UNNAMED = ("(khu không tên)", "(unnamed zone)")
OUTSIDE_ZONES = ("ngoài các khu", "outside the zones")
NO_VALUE = "—"  # an em dash, explained in the notes

#: Footer of every page of the PDF.
PAGE_LABELS = {"vi": "Trang {page} / {pages}", "en": "Page {page} / {pages}",
               "both": "Trang {page} / {pages} · Page {page} / {pages}"}
#: Languages of the report: bilingual (Vietnamese first, English second), Vietnamese, English.
LANGUAGES = ("both", "vi", "en")
DEFAULT_TITLE = ("Báo cáo chỉ tiêu đa dạng sinh học", "Biodiversity indicator report")
MAP_CAPTION = ("Bản đồ hiện trạng và các khu", "Habitat map and zones")

NOTES = (
    ("Diện tích tính trên lưới chiếu của bản đồ (ha); một điểm ảnh thuộc khu khi tâm nằm trong khu.",
     "Areas are computed on the map's projected grid (ha); a pixel belongs to a zone when its centre lies inside."),
    ("Khoảng tin cậy 95 % theo Olofsson và cs. (2014) từ mẫu đánh giá toàn bản đồ. Khi bảng diện tích có diện "
     "tích hiệu chỉnh của từng khu (thuật toán diện tích sinh cảnh với báo cáo độ chính xác), diện tích ước tính "
     "và KTC của khu dùng trọng số là diện tích bản đồ của chính khu đó; nếu không, KTC của khu được ước lượng gần "
     "đúng bằng KTC tương đối của lớp trên toàn bản đồ.",
     "95 % confidence intervals follow Olofsson et al. (2014) from the map-wide reference sample. When the area "
     "table carries each zone's error-adjusted areas (habitat area with the accuracy report), a zone's estimate "
     "and CI are weighted by the zone's own mapped areas; otherwise a zone's CI is approximated with the class's "
     "map-wide relative CI."),
    ("Điểm thắt: các ô có dòng điện lớn nhất trên bản đồ điểm thắt (dòng điện giới hạn trong hành lang, McRae "
     "2006), cách nhau ít nhất 10 ô.",
     "Pinch points: the cells with the highest current on the pinch-point map (current restricted to the "
     "corridors, McRae 2006), at least 10 cells apart."),
    ("Hành lang theo phương pháp chi phí nhỏ nhất (Linkage Mapper, McRae & Kavanagh); tỷ số chi phí/khoảng "
     "cách cao cho thấy liên kết khó đi.",
     "Corridors follow the least-cost method (Linkage Mapper, McRae & Kavanagh); a high cost-to-distance ratio "
     "marks a hard link."),
    (f"{NO_VALUE}: không có giá trị (hệ sinh thái không có trong khu, hoặc không được đánh giá).",
     f"{NO_VALUE}: no value (the ecosystem is absent from the zone, or was not assessed)."),
)


def table_number(value):
    """A finite number from a table cell (text, None, NaN…), else None."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _zone_order(zone):
    """Zones in the order Vietnamese readers expect (Khu 2 before Khu 10, Đảo after Dải, not after Vườn)."""
    return vietnamese_sort_key("" if zone is None else zone)


_number = table_number


def class_labels(names=None):
    """{code: (Vietnamese, English)} from class names (e.g. a classification report), else the fixed palette."""
    labels = {c.code: (c.name_vi, c.name_en) for c in HABITAT_CLASSES}
    for code, name in (names or {}).items():
        found = match_class(name)
        labels[int(code)] = (found.name_vi, found.name_en) if found else (name, name)
    return labels


def benthic_labels():
    """{code: (Vietnamese, English)} of the benthic classes (Allen Coral Atlas codes)."""
    return {c.code: (c.name_vi, c.name_en) for c in BENTHIC_CLASSES}


def key_ecosystem_rows(*area_tables):
    """One row per zone with the hectares of each key ecosystem, from zone area rows (habitat and benthic).

    Returns (rows, keys present)."""
    by_zone = {}
    for rows in area_tables:
        for row in rows:
            found = match_class(row["ecosystem_en"])
            if found is None or found.key not in KEY_ECOSYSTEMS:
                continue
            zone = by_zone.setdefault(row["zone"], {"zone": row["zone"]})
            zone[found.key] = zone.get(found.key, 0.0) + (row["area_ha"] or 0.0)
    present = [k for k in KEY_ECOSYSTEMS if any(k in z for z in by_zone.values())]
    return [by_zone[z] for z in sorted(by_zone, key=_zone_order)], present


def accuracy_by_class(report):
    """{code: {mapped, estimated, ci95, users, producers}} from a bd:accuracyassessment JSON report."""
    if not report:
        return {}
    result = {}
    for entry in report.get("classes", []):
        key = str(entry["code"])
        estimate = report.get("estimated_area", {}).get(key, {})
        result[int(entry["code"])] = {
            "mapped": _number(report.get("mapped_area", {}).get(key)),
            "estimated": _number(estimate.get("value")), "ci95": _number(estimate.get("ci95")),
            "users": _number(report.get("users_accuracy", {}).get(key, {}).get("value")),
            "producers": _number(report.get("producers_accuracy", {}).get(key, {}).get("value"))}
    return result


def zone_area_rows(area_rows, labels, accuracy=None):
    """Rows zone, class_code, ecosystem_vi, ecosystem_en, area_ha, ci95_ha (or None), pct_zone, pct_shallow
    (share of the zone's shallow water, in bd:benthichabitat's coverage table)."""
    accuracy = accuracy or {}
    rows = []
    for row in area_rows:
        code = int(float(row["class_code"]))
        area = _number(row.get("area_ha")) or 0.0
        ci = estimated = None
        stats = accuracy.get(code)
        if _number(row.get("area_adj_ci95_ha")) is not None:  # the zone's own Olofsson estimate
            estimated, ci = _number(row.get("area_adj_ha")), _number(row.get("area_adj_ci95_ha"))
        elif stats and stats["estimated"] and stats["ci95"] is not None:
            ci = area * stats["ci95"] / stats["estimated"]
        vi, en = labels.get(code, (str(code), str(code)))
        rows.append({"zone": row["zone"], "class_code": code, "ecosystem_vi": vi, "ecosystem_en": en,
                     "area_ha": area, "estimated_ha": estimated, "ci95_ha": ci,
                     "pct_zone": _number(row.get("pct_zone")), "pct_shallow": _number(row.get("pct_shallow"))})
    return sorted(rows, key=lambda r: (_zone_order(r["zone"]), r["class_code"]))


def accuracy_rows(accuracy, labels):
    return [{"class_code": code, "ecosystem_vi": labels.get(code, (str(code),) * 2)[0],
             "ecosystem_en": labels.get(code, (str(code),) * 2)[1], "mapped_ha": s["mapped"],
             "estimated_ha": s["estimated"], "ci95_ha": s["ci95"], "users": s["users"], "producers": s["producers"]}
            for code, s in sorted(accuracy.items())]


def change_rows(balance_rows, labels):
    """Rows zone, class, before_ha, after_ha, net_ha, net_pct (net change in % of the earlier area)."""
    rows = []
    for row in balance_rows:
        code = int(float(row["class_code"]))
        before, after = _number(row.get("before_ha")) or 0.0, _number(row.get("after_ha")) or 0.0
        net = _number(row.get("net_ha"))
        net = after - before if net is None else net
        vi, en = labels.get(code, (str(code), str(code)))
        rows.append({"zone": row["zone"], "class_code": code, "ecosystem_vi": vi, "ecosystem_en": en,
                     "before_ha": before, "after_ha": after, "net_ha": net,
                     "net_pct": 100.0 * net / before if before else None})
    return sorted(rows, key=lambda r: (_zone_order(r["zone"]), r["class_code"]))


def trend_report_rows(trend_rows, labels):
    """Rows of the trends section from bd:habitattrend's trend table (zone, class_code, first_year, last_year,
    change_mapped_ha, change_adjusted_ha, change_ci95_ha, exceeds_error, slope_ha_per_year, slope_low,
    slope_high, mk_p): the change is the error-adjusted one where given, else the mapped one."""
    rows = []
    for row in trend_rows:
        code = int(float(row["class_code"]))
        vi, en = labels.get(code, (str(code), str(code)))
        adjusted = _number(row.get("change_adjusted_ha"))
        exceeds = _number(row.get("exceeds_error"))
        change = adjusted if adjusted is not None else _number(row.get("change_mapped_ha"))
        ci = _number(row.get("change_ci95_ha"))
        slope, low, high = (_number(row.get(k)) for k in ("slope_ha_per_year", "slope_low", "slope_high"))
        rows.append({"zone": row["zone"], "class_code": code, "ecosystem_vi": vi, "ecosystem_en": en,
                     "period": f"{int(float(row['first_year']))}–{int(float(row['last_year']))}",
                     "change_ha": change, "change_ci95_ha": ci,
                     "exceeds": None if exceeds is None else ("có / yes" if exceeds else "không / no"),
                     "exceeds_pair": None if exceeds is None else (("có", "yes") if exceeds else ("không", "no")),
                     "slope": slope, "slope_low": low, "slope_high": high, "mk_p": _number(row.get("mk_p")),
                     "change_text": None if change is None else _cell(change, 2) + (
                         "" if ci is None else " ± " + _cell(ci, 2)),
                     "slope_text": None if slope is None else f"{_cell(slope, 2)} ({_cell(low, 2)} … "
                                                              f"{_cell(high, 2)})"})
    return sorted(rows, key=lambda r: (r["zone"], r["class_code"]))


def links_summary(links, weakest=5):
    """Summary of corridor links (dicts with lcd, euclid, ratio, length_m, name) and the weakest links."""
    lcds = [v for v in (_number(link.get("lcd")) for link in links) if v is not None]
    ratios = [v for v in (_number(link.get("ratio")) for link in links) if v is not None]
    lengths = [v for v in (_number(link.get("length_m")) for link in links) if v is not None]
    summary = {"links": len(links), "length_km": sum(lengths) / 1000.0 if lengths else None,
               "mean_lcd": sum(lcds) / len(lcds) if lcds else None, "min_lcd": min(lcds) if lcds else None,
               "max_lcd": max(lcds) if lcds else None, "mean_ratio": sum(ratios) / len(ratios) if ratios else None}
    ranked = sorted((link for link in links if _number(link.get("ratio")) is not None),
                    key=lambda link: -_number(link["ratio"]))[:weakest]
    weakest_rows = [{"link": link.get("name", ""), "lcd": _number(link.get("lcd")),
                     "euclid_km": (_number(link.get("euclid")) or 0.0) / 1000.0, "ratio": _number(link["ratio"])}
                    for link in ranked]
    return summary, weakest_rows


def pinch_point_rows(raster_path, count=5, separation_cells=10, progress=None, is_cancelled=None):
    """The ``count`` strongest pinch points of a pinch-point (or current) raster, strongest first: cells of
    highest current at least ``separation_cells`` apart (greedy non-maximum suppression), read block by block.
    Rows: rank, x, y (cell centre, map units), current, row, col."""
    from .raster_io import RasterReader, run_blockwise

    keep = max(count * 50, 200)  # candidates kept per block: enough to survive the suppression
    candidates = []
    with RasterReader(raster_path) as reader:
        geotransform = reader.grid.geotransform

        def collect(window):
            data, valid = reader.read(window, bands=[1])
            values = np.where(valid, data[0].astype("float64"), -np.inf)
            flat = values.ravel()
            top = np.argpartition(flat, -min(keep, flat.size))[-min(keep, flat.size):]
            for index in top:
                if np.isfinite(flat[index]) and flat[index] > 0:
                    r, c = divmod(int(index), window.width)
                    candidates.append((float(flat[index]), window.row_off + r, window.col_off + c))

        run_blockwise(reader.windows(), collect, progress, is_cancelled)
    chosen = []
    for value, r, c in sorted(candidates, reverse=True):
        if all(max(abs(r - r2), abs(c - c2)) >= separation_cells for _, r2, c2 in chosen):
            chosen.append((value, r, c))
            if len(chosen) == count:
                break
    return [{"rank": n + 1, "x": geotransform[0] + (c + 0.5) * geotransform[1],
             "y": geotransform[3] + (r + 0.5) * geotransform[5], "current": value, "row": r, "col": c}
            for n, (value, r, c) in enumerate(chosen)]


def write_csv(path, rows, columns):
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    return write_text(path, text.getvalue(), newline="")


# -- HTML -----------------------------------------------------------------------------------------
# The report's own language (LANGUAGES), not the interface's: a pair (Vietnamese, English) is written as both
# (Vietnamese first, English below it in grey), or as one of them.

def words(pair, language):
    """Plain text of a (Vietnamese, English) pair on one line: "Rừng / Forest", "Rừng" or "Forest"."""
    vi, en = (str(t) for t in pair)
    if language == "vi" or vi == en:
        return vi
    return en if language == "en" else f"{vi} / {en}"


def _text(pair, language, inline=False):
    """HTML of a pair: on one line, or (bilingual) the English under the Vietnamese, in grey."""
    if inline or language != "both" or pair[0] == pair[1]:
        return html.escape(words(pair, language))
    return f'{html.escape(str(pair[0]))}<br/><span class="en">{html.escape(str(pair[1]))}</span>'


def _heading(key, language, level=2):
    return f"<h{level}>{_text(HEADINGS[key], language)}</h{level}>"


def _cell(value, digits=1):
    if value is None or value == "":
        return NO_VALUE
    if isinstance(value, float):
        text = f"{value:,.{digits}f}"
        return text.replace(",", " ")
    return html.escape(str(value))


def column_heading(column):
    """(Vietnamese, English) heading of a table column: the report's own, else the column name made readable."""
    if isinstance(column, tuple):
        return column
    if column in HEADINGS:
        return HEADINGS[column]
    return (readable_name(column),) * 2


def _table(columns, rows, language, digits=None):
    """columns: [(row key, heading key or (vi, en))]; the header row is a <thead> (repeated on each page)."""
    digits = digits or {}
    head = "".join(f"<th>{_text(column_heading(h), language)}</th>" for _, h in columns)
    body = "".join("<tr>" + "".join(f'<td align="{"left" if i == 0 else "right"}">{_cell(row.get(k), digits.get(k, 1))}'
                                    "</td>" for i, (k, _) in enumerate(columns)) + "</tr>" for row in rows)
    return (f'<table border="1" cellspacing="0" cellpadding="3" width="100%"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>")


# QTextDocument (the PDF) reads the fonts, sizes and colours; the page-break rules are for a browser printing the
# HTML file (QTextDocument ignores them: maps/report.py keeps headings with their text and rows whole itself).
STYLE = ("body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt} h1{font-size:17pt} "
         "h2{font-size:13pt;margin-top:14pt} h3{font-size:11pt} .en{color:#555555;font-weight:normal;"
         "font-size:90%} table{border-collapse:collapse} th{background:#e8f0e8} .legend{font-size:8.5pt} "
         "h1,h2,h3{page-break-after:avoid;break-after:avoid} tr,li,img{page-break-inside:avoid;"
         "break-inside:avoid} thead{display:table-header-group} ")


def _zone_name(zone, language):
    """A zone's name (plain text); a zone without one says so."""
    return str(zone) if zone not in (None, "") else words(ZONE_UNNAMED, language)


def _with_ecosystem(rows, language):
    return [dict(r, ecosystem=words((r["ecosystem_vi"], r["ecosystem_en"]), language)) for r in rows]


def _zone_tables(area_rows, language):
    parts = []
    for zone in dict.fromkeys(r["zone"] for r in area_rows):
        parts.append(f"<h3>{html.escape(_zone_name(zone, language))}</h3>")
        rows = _with_ecosystem([r for r in area_rows if r["zone"] == zone], language)
        columns = [("ecosystem", "ecosystem"), ("area_ha", "area_ha")]
        for key in ("estimated_ha", "ci95_ha", "pct_zone", "pct_shallow"):
            if any(r.get(key) is not None for r in rows):  # a column nobody has is left out, not shown empty
                columns.append((key, key))
        parts.append(_table(columns, rows, language))
    return parts


def _legend(columns, language):
    entries = [INDICATOR_LEGEND[c] for c in columns if c in INDICATOR_LEGEND]
    if not entries:
        return ""
    return '<p class="legend">' + "<br/>".join(_text(e, language) for e in entries) + "</p>"


def page_label(language):
    """Template of the page footer ("Trang {page} / {pages}") in the report's language."""
    return PAGE_LABELS[language]


def report_title(title, language):
    """The title as given; the default (Vietnamese) title in English for an English report."""
    title = (title or "").strip()
    if not title or (language == "en" and title == DEFAULT_TITLE[0]):
        return DEFAULT_TITLE[1] if language == "en" else DEFAULT_TITLE[0]
    return title


def report_html(title, subtitle, sources, areas=(), accuracy=(), change=(), corridors=None, weakest=(),
                tables=(), images=(), date_text="", summary=None, benthic_areas=(), pinch_points=(),
                trends=(), trend_charts=None, language="both"):
    """The indicator report as one HTML document in ``language`` (LANGUAGES).

    sources: [(role, title)], role a key of SOURCE_ROLES and title the readable name of the input;
    images: [(src, caption (vi, en))]; tables: [(heading key, columns, rows)] shown as they are; trends: rows of
    :func:`trend_report_rows`, trend_charts: {zone: image src}."""
    title = report_title(title, language)
    parts = [f'<html><head><meta charset="utf-8"/><title>{html.escape(title)}</title>'
             f"<style>{STYLE}</style></head><body>",
             f"<h1>{html.escape(title)}</h1>", f"<p>{html.escape(subtitle)}</p>" if subtitle else "",
             f"<p>{html.escape(date_text)}</p>" if date_text else ""]
    if sources:
        parts.append(_heading("sources", language, 3))
        parts.append("<p>" + "<br/>".join(f"{_text(SOURCE_ROLES[role], language, inline=True)}: "
                                         f"<b>{html.escape(str(name))}</b>" for role, name in sources) + "</p>")
    if images:
        parts.append(_heading("maps", language))
        for src, caption in images:
            parts.append(f'<p><img src="{html.escape(src)}" width="480"/><br/>{_text(caption, language, True)}</p>')
    if summary and summary[0] and summary[1]:
        rows, keys = summary
        names = {c.key: (c.name_vi, c.name_en) for c in HABITAT_CLASSES + BENTHIC_CLASSES}
        parts.append(_heading("summary", language))
        rows = [dict(r, zone=_zone_name(r["zone"], language)) for r in rows]
        parts.append(_table([("zone", "zone")] + [(k, names[k]) for k in keys], rows, language))
    for key, rows_of_zones in (("areas", areas), ("benthic", benthic_areas)):
        if rows_of_zones:
            parts.append(_heading(key, language))
            parts.extend(_zone_tables(rows_of_zones, language))
    if accuracy:
        parts.append(_heading("accuracy", language))
        parts.append(_table([("ecosystem", "ecosystem"), ("mapped_ha", "mapped_ha"), ("estimated_ha", "estimated_ha"),
                             ("ci95_ha", "ci95_ha"), ("users", "users"), ("producers", "producers")],
                            _with_ecosystem(accuracy, language), language, {"users": 3, "producers": 3}))
    if change:
        parts.append(_heading("change", language))
        rows = [dict(r, zone=_zone_name(r["zone"], language)) for r in _with_ecosystem(change, language)]
        parts.append(_table([("zone", "zone"), ("ecosystem", "ecosystem"), ("before_ha", "before_ha"),
                             ("after_ha", "after_ha"), ("net_ha", "net_ha"), ("net_pct", "net_pct")], rows, language))
    if corridors:
        parts.append(_heading("corridors", language))
        rows = [{"indicator": words(HEADINGS[k], language), "value": corridors.get(k)}
                for k in ("links", "length_km", "mean_lcd", "min_lcd", "max_lcd", "mean_ratio")]
        parts.append(_table([("indicator", "indicator"), ("value", "value")], rows, language, {"value": 2}))
        if weakest:
            parts.append(_heading("weakest", language, 3))
            parts.append(_table([("link", "link"), ("lcd", "lcd"), ("euclid_km", "euclid_km"), ("ratio", "ratio")],
                                weakest, language, {"ratio": 2, "euclid_km": 2}))
    if pinch_points:
        parts.append(_heading("pinch_points", language, 3))
        columns = [("rank", "rank"), ("x", "x"), ("y", "y"), ("current", "current")]
        rows = pinch_points
        if any(r.get("zone") is not None for r in rows):  # zones were given: a point outside them says so
            columns.insert(1, ("zone", "zone"))
            rows = [dict(r, zone=r["zone"] or words(OUTSIDE_ZONES, language)) for r in rows]
        parts.append(_table(columns, rows, language, {"rank": 0, "x": 0, "y": 0, "current": 4}))
    if trends:
        parts.append(_heading("trends", language))
        for zone in dict.fromkeys(r["zone"] for r in trends):
            parts.append(f"<h3>{html.escape(_zone_name(zone, language))}</h3>")
            if (trend_charts or {}).get(zone):
                parts.append(f'<p><img src="{html.escape(trend_charts[zone])}" width="480"/></p>')
            rows = [dict(r, ecosystem=words((r["ecosystem_vi"], r["ecosystem_en"]), language),
                         exceeds=None if r["exceeds_pair"] is None else words(r["exceeds_pair"], language))
                    for r in trends if r["zone"] == zone]
            parts.append(_table([("ecosystem", "ecosystem"), ("period", "period"), ("change_text", "change_text"),
                                 ("exceeds", "exceeds"), ("slope_text", "slope_text"), ("mk_p", "mk_p")], rows,
                                language, {"mk_p": 3}))
    for key, columns, rows in tables:
        parts.append(_heading(key, language))
        parts.append(_table([(c, c) for c in columns], rows, language, {c: 3 for c in columns}))
        parts.append(_legend(columns, language))
    parts.append(_heading("notes", language))
    parts.append("<ul>" + "".join(f"<li>{_text(note, language)}</li>" for note in NOTES) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p)
