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
    "trends": ("Xu hướng diện tích qua các năm", "Area trend over the years"),
    "period": ("Giai đoạn", "Period"),
    "change_text": ("Thay đổi ± KTC 95 % (ha)", "Change ± 95 % CI (ha)"),
    "exceeds": ("Vượt sai số bản đồ", "Exceeds map error"),
    "slope_text": ("Độ dốc Theil–Sen (KTC 95 %), ha/năm", "Theil–Sen slope (95 % CI), ha/year"),
    "mk_p": ("p Mann–Kendall", "Mann–Kendall p"),
}

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
)


def table_number(value):
    """A finite number from a table cell (text, None, NaN…), else None."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


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
    return [by_zone[z] for z in sorted(by_zone)], present


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
    """Rows zone, class_code, ecosystem_vi, ecosystem_en, area_ha, ci95_ha (or None), pct_zone."""
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
                     "pct_zone": _number(row.get("pct_zone"))})
    return sorted(rows, key=lambda r: (r["zone"], r["class_code"]))


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
    return sorted(rows, key=lambda r: (r["zone"], r["class_code"]))


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

def _heading(key, level=2):
    vi, en = HEADINGS[key]
    return f'<h{level}>{html.escape(vi)}<br/><span class="en">{html.escape(en)}</span></h{level}>'


def _cell(value, digits=1):
    if value is None:
        return "–"
    if isinstance(value, float):
        text = f"{value:,.{digits}f}"
        return text.replace(",", " ")
    return html.escape(str(value))


def _table(columns, rows, digits=None):
    """columns: [(key, heading key or (vi, en))]."""
    digits = digits or {}
    head = "".join(f'<th>{html.escape(h[0])}<br/><span class="en">{html.escape(h[1])}</span></th>'
                   for h in (HEADINGS[c] if c in HEADINGS else (c if isinstance(c, tuple) else (c, c))
                             for c in (hk for _, hk in columns)))
    body = "".join("<tr>" + "".join(f'<td align="{"left" if i == 0 else "right"}">{_cell(row.get(k), digits.get(k, 1))}'
                                    "</td>" for i, (k, _) in enumerate(columns)) + "</tr>" for row in rows)
    return f'<table border="1" cellspacing="0" cellpadding="3"><tr>{head}</tr>{body}</table>'


STYLE = ("body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt} h1{font-size:17pt} "
         "h2{font-size:13pt;margin-top:14pt} h3{font-size:11pt} .en{color:#555555;font-weight:normal;"
         "font-size:90%} table{border-collapse:collapse} th{background:#e8f0e8} ")


def _zone_tables(area_rows):
    parts = []
    for zone in dict.fromkeys(r["zone"] for r in area_rows):
        parts.append(f"<h3>{html.escape(str(zone))}</h3>")
        rows = [dict(r, ecosystem=f"{r['ecosystem_vi']} / {r['ecosystem_en']}") for r in area_rows if r["zone"] == zone]
        columns = [("ecosystem", "ecosystem"), ("area_ha", "area_ha")]
        if any(r.get("estimated_ha") is not None for r in rows):
            columns.append(("estimated_ha", "estimated_ha"))
        if any(r["ci95_ha"] is not None for r in rows):
            columns.append(("ci95_ha", "ci95_ha"))
        columns.append(("pct_zone", "pct_zone"))
        parts.append(_table(columns, rows))
    return parts


def report_html(title, subtitle, sources, areas=(), accuracy=(), change=(), corridors=None, weakest=(),
                tables=(), images=(), date_text="", summary=None, benthic_areas=(), pinch_points=(), trends=(),
                trend_charts=None):
    """The bilingual indicator report as one HTML document (images: [(src, caption)]; trends: rows of
    :func:`trend_report_rows`, trend_charts: {zone: image src})."""
    parts = [f'<html><head><meta charset="utf-8"/><title>{html.escape(title)}</title>'
             f"<style>{STYLE}</style></head><body>",
             f"<h1>{html.escape(title)}</h1>", f"<p>{html.escape(subtitle)}</p>" if subtitle else "",
             f"<p>{html.escape(date_text)}</p>" if date_text else ""]
    if sources:
        parts.append("<p>" + "<br/>".join(html.escape(s) for s in sources) + "</p>")
    if images:
        parts.append(_heading("maps"))
        for src, caption in images:
            parts.append(f'<p><img src="{html.escape(src)}" width="480"/><br/>{html.escape(caption)}</p>')
    if summary and summary[0] and summary[1]:
        rows, keys = summary
        names = {c.key: (c.name_vi, c.name_en) for c in HABITAT_CLASSES + BENTHIC_CLASSES}
        parts.append(_heading("summary"))
        parts.append(_table([("zone", "zone")] + [(k, names[k]) for k in keys], rows))
    for key, rows_of_zones in (("areas", areas), ("benthic", benthic_areas)):
        if rows_of_zones:
            parts.append(_heading(key))
            parts.extend(_zone_tables(rows_of_zones))
    if accuracy:
        parts.append(_heading("accuracy"))
        rows = [dict(r, ecosystem=f"{r['ecosystem_vi']} / {r['ecosystem_en']}") for r in accuracy]
        parts.append(_table([("ecosystem", "ecosystem"), ("mapped_ha", "mapped_ha"), ("estimated_ha", "estimated_ha"),
                             ("ci95_ha", "ci95_ha"), ("users", "users"), ("producers", "producers")], rows,
                            {"users": 3, "producers": 3}))
    if change:
        parts.append(_heading("change"))
        rows = [dict(r, ecosystem=f"{r['ecosystem_vi']} / {r['ecosystem_en']}") for r in change]
        parts.append(_table([("zone", "zone"), ("ecosystem", "ecosystem"), ("before_ha", "before_ha"),
                             ("after_ha", "after_ha"), ("net_ha", "net_ha"), ("net_pct", "net_pct")], rows))
    if corridors:
        parts.append(_heading("corridors"))
        rows = [{"indicator": f"{HEADINGS[k][0]} / {HEADINGS[k][1]}", "value": corridors.get(k)}
                for k in ("links", "length_km", "mean_lcd", "min_lcd", "max_lcd", "mean_ratio")]
        parts.append(_table([("indicator", "indicator"), ("value", "value")], rows, {"value": 2}))
        if weakest:
            parts.append(_heading("weakest", 3))
            parts.append(_table([("link", "link"), ("lcd", "lcd"), ("euclid_km", "euclid_km"), ("ratio", "ratio")],
                                weakest, {"ratio": 2, "euclid_km": 2}))
    if pinch_points:
        parts.append(_heading("pinch_points", 3))
        parts.append(_table([("rank", "rank"), ("zone", "zone"), ("x", "x"), ("y", "y"), ("current", "current")],
                            pinch_points, {"rank": 0, "x": 0, "y": 0, "current": 4}))
    if trends:
        parts.append(_heading("trends"))
        for zone in dict.fromkeys(r["zone"] for r in trends):
            parts.append(f"<h3>{html.escape(str(zone))}</h3>")
            if (trend_charts or {}).get(zone):
                parts.append(f'<p><img src="{html.escape(trend_charts[zone])}" width="480"/></p>')
            rows = [dict(r, ecosystem=f"{r['ecosystem_vi']} / {r['ecosystem_en']}") for r in trends
                    if r["zone"] == zone]
            parts.append(_table([("ecosystem", "ecosystem"), ("period", "period"), ("change_text", "change_text"),
                                 ("exceeds", "exceeds"), ("slope_text", "slope_text"), ("mk_p", "mk_p")], rows,
                                {"mk_p": 3}))
    for key, columns, rows in tables:
        parts.append(_heading(key))
        parts.append(_table([(c, c) for c in columns], rows, {c: 3 for c in columns}))
    parts.append(_heading("notes"))
    parts.append("<ul>" + "".join(f'<li>{html.escape(vi)}<br/><span class="en">{html.escape(en)}</span></li>'
                                  for vi, en in NOTES) + "</ul>")
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p)
