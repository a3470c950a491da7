"""The habitat trend report: one chart per zone (matplotlib, optional) and an HTML page (no Qt).

Charts are drawn with matplotlib's object API on its Agg canvas (``matplotlib.figure.Figure`` +
``backends.backend_agg.FigureCanvasAgg``): no pyplot, so no GUI backend is chosen, nothing global changes inside
QGIS and it works from a Processing worker thread. matplotlib comes with QGIS (Debian's python3-qgis-common
depends on it, the Windows installers ship it) but is imported only here, on first use, through
``optional.import_optional``: without it the report is written without charts and says so.
"""

import html
import os

from .optional import import_optional
from .palettes import class_colour
from .report import write_text
from .trend import MIN_TREND_YEARS

#: The report's texts in English; the QGIS side passes them translated.
TREND_LABELS = {
    "title": "Habitat area over the years",
    "method": "Mapped areas from the class maps; error-adjusted areas and their 95 % confidence intervals from "
              "each year's accuracy assessment (Olofsson et al. 2014), weighted by the zone's own mapped areas. "
              "A change is flagged as exceeding map error only where it is larger than the 95 % confidence "
              "interval of the difference, ±1.96 √(SE₁² + SE₂²) (independent reference samples). Trend for "
              "four years or more: Theil–Sen slope with Sen's 95 % interval, and the Mann–Kendall test (Gilbert "
              "1987: S, VAR(S) with ties, Z with continuity correction; exact p for up to 10 years without ties).",
    "maps": "Class maps",
    "notes": "Notes",
    "zone": "Zone",
    "whole_map": "whole map",
    "class": "Class",
    "year": "Year",
    "area": "Area (ha)",
    "mapped": "Mapped (ha)",
    "adjusted": "Error-adjusted (ha)",
    "ci95": "± 95 % CI (ha)",
    "change": "Change since the previous year",
    "mapped_change": "Mapped change (ha)",
    "adjusted_change": "Error-adjusted change (ha)",
    "change_ci95": "± 95 % CI of the change (ha)",
    "exceeds": "Exceeds map error",
    "yes": "yes",
    "no": "no",
    "not_assessed": "not assessed",
    "trend": "Trend",
    "period": "Period",
    "basis": "Areas used",
    "basis_adjusted": "error-adjusted",
    "basis_mapped": "mapped",
    "slope": "Theil–Sen slope (ha/year)",
    "slope_ci": "95 % CI of the slope",
    "mk_s": "Mann–Kendall S",
    "mk_p": "p (two-sided)",
    "few_years": "Trend not computed: fewer than four years.",
    "chart_mapped": "mapped",
    "no_charts": "Charts were not drawn: matplotlib is not installed in this QGIS's Python.",
}


def _fmt(value, digits=2):
    if value is None:
        return "–"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:d}"
    return f"{value:,.{digits}f}".replace(",", "\u00a0")


def chart_library():
    """matplotlib's Figure and Agg canvas classes, or None when matplotlib is missing."""
    if import_optional("matplotlib") is None:
        return None
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        return None
    return Figure, FigureCanvasAgg


def zone_chart(series, zone, path, names, labels=None, library=None):
    """A PNG at ``path``: the area of every class of ``zone`` over the years (error-adjusted with its 95 % CI as
    error bars where a report is given, mapped as a dashed line). Returns ``path``, or None without matplotlib."""
    lab = dict(TREND_LABELS, **(labels or {}))
    library = library or chart_library()
    if library is None:
        return None
    figure_class, canvas_class = library
    figure = figure_class(figsize=(7.0, 3.6), dpi=100)
    canvas_class(figure)
    axes = figure.add_subplot(1, 1, 1)
    years = series.years
    for index, code in enumerate(series.classes[zone]):
        estimates = series.estimates[(zone, code)]
        name = names.get(code, str(code))
        colour = class_colour(name, index)
        label = f"{code} {name}" if name != str(code) else str(code)
        adjusted = [(y, e.adjusted, e.ci95 or 0.0) for y, e in zip(years, estimates) if e.adjusted is not None]
        if adjusted:
            axes.errorbar([a[0] for a in adjusted], [a[1] for a in adjusted], yerr=[a[2] for a in adjusted],
                          color=colour, marker="o", capsize=3, linewidth=1.6, label=label)
            axes.plot(years, [e.mapped for e in estimates], color=colour, linestyle="--", linewidth=0.9,
                      alpha=0.8, label=f"{label} ({lab['chart_mapped']})")
        else:
            axes.plot(years, [e.mapped for e in estimates], color=colour, marker="o", linewidth=1.6, label=label)
    axes.set_xticks(years)
    axes.set_xticklabels([str(y) for y in years], rotation=45 if len(years) > 8 else 0)
    axes.set_xlabel(lab["year"])
    axes.set_ylabel(lab["area"])
    axes.set_ylim(bottom=0)
    axes.grid(True, alpha=0.3)
    axes.set_title(str(zone) if zone is not None else lab["whole_map"])
    axes.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.01, 0.5))
    figure.tight_layout()
    figure.savefig(path, format="png", bbox_inches="tight")  # the legend beside the axes included
    return path


def zone_charts(series, stem, names, labels=None):
    """{zone: PNG path} for every zone of ``series`` (``<stem>_chart_<n>.png``); {} without matplotlib."""
    library = chart_library()
    if library is None:
        return {}
    return {zone: zone_chart(series, zone, f"{stem}_chart_{n}.png", names, labels, library)
            for n, zone in enumerate(series.zones, start=1)}


def _table(head, rows):
    """An HTML table; a cell is a text or (text, css class)."""
    def cell(value):
        text, css = value if isinstance(value, tuple) else (value, "")
        return f"<td class='{css}'>{html.escape(text)}</td>" if css else f"<td>{html.escape(text)}</td>"

    head_html = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head_html}</tr>{body}</table>"


def _flag(value, lab):
    if value is None:
        return lab["not_assessed"]
    return (lab["yes"], "yes") if value else lab["no"]


def trend_html(series, rows, trends, names, charts=None, sources=(), notes=(), labels=None, zone_names=None):
    """The HTML report: per zone its chart, the areas per class and year, the changes and the trend.

    ``rows``/``trends``: :func:`~.trend.series_rows` / :func:`~.trend.trend_rows`; ``charts``: {zone: PNG path}
    (shown by file name, beside the HTML); ``notes``: texts (translated) shown at the top."""
    lab = dict(TREND_LABELS, **(labels or {}))
    zone_names = zone_names or {}
    charts = charts or {}
    esc = html.escape

    def zone_label(zone):
        return zone_names.get(zone, lab["whole_map"] if zone is None else str(zone))

    def class_label(code):
        name = names.get(code, "")
        return f"{code} {name}".strip()

    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(lab['title'])}</title><style>"
             "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;font-size:10pt} table{border-collapse:"
             "collapse;margin:0.6em 0} td,th{border:1px solid #999;padding:3px 7px;text-align:right} "
             "th{background:#eef5ee} td.yes{background:#fde0dd;font-weight:bold} td.left{text-align:left}"
             "</style></head>", f"<body><h1>{esc(lab['title'])}</h1>", f"<p>{esc(lab['method'])}</p>"]
    if sources:
        parts.append(f"<h3>{esc(lab['maps'])}</h3><ul>" + "".join(f"<li>{esc(s)}</li>" for s in sources) + "</ul>")
    if notes:
        parts.append(f"<h3>{esc(lab['notes'])}</h3><ul class='notes'>" +
                     "".join(f"<li>{esc(n)}</li>" for n in notes) + "</ul>")
    years = series.years
    for zone in series.zones:
        parts.append(f"<h2>{esc(lab['zone'])}: {esc(zone_label(zone))}</h2>")
        if charts.get(zone):
            parts.append(f"<p><img src='{esc(os.path.basename(charts[zone]))}' alt='{esc(zone_label(zone))}'/></p>")
        zone_rows = [r for r in rows if r["zone"] == zone]
        table = []
        for code in series.classes[zone]:
            cells = [class_label(code)]
            for year in years:
                r = next(x for x in zone_rows if x["class"] == code and x["year"] == year)
                if r["adjusted_ha"] is not None:
                    cells.append(f"{_fmt(r['adjusted_ha'])} ± {_fmt(r['ci95_ha'])} ({_fmt(r['mapped_ha'])})")
                else:
                    cells.append(_fmt(r["mapped_ha"]))
            table.append([(cells[0], "left"), *cells[1:]])
        parts.append(f"<h3>{esc(lab['area'])}</h3><p>{esc(lab['adjusted'])} ± {esc(lab['ci95'])} "
                     f"({esc(lab['mapped'])})</p>")
        parts.append(_table([lab["class"], *map(str, years)], table))
        changes = [r for r in zone_rows if r["change_mapped_ha"] is not None]
        parts.append(f"<h3>{esc(lab['change'])}</h3>")
        parts.append(_table(
            [lab["class"], lab["year"], lab["mapped_change"], lab["adjusted_change"], lab["change_ci95"],
             lab["exceeds"]],
            [[(class_label(r["class"]), "left"), str(r["year"]), _fmt(r["change_mapped_ha"]),
              _fmt(r["change_adjusted_ha"]), _fmt(r["change_ci95_ha"]), _flag(r["exceeds_error"], lab)]
             for r in changes]))
        zone_trends = [t for t in trends if t["zone"] == zone]
        parts.append(f"<h3>{esc(lab['trend'])}</h3>")
        if len(years) < MIN_TREND_YEARS:
            parts.append(f"<p>{esc(lab['few_years'])}</p>")
        trend_table = []
        for t in zone_trends:
            ci = "–" if t["slope_low"] is None else f"{_fmt(t['slope_low'])} … {_fmt(t['slope_high'])}"
            trend_table.append([(class_label(t["class"]), "left"), f"{t['first_year']}–{t['last_year']}",
                                lab["basis_adjusted"] if t["basis"] == "adjusted" else lab["basis_mapped"],
                                _fmt(t["change_mapped_ha"]), _fmt(t["change_adjusted_ha"]), _fmt(t["change_ci95_ha"]),
                                _flag(t["exceeds_error"], lab), _fmt(t["slope_ha_per_year"]), ci,
                                _fmt(t["mk_s"]), _fmt(t["mk_p"], 3)])
        parts.append(_table([lab["class"], lab["period"], lab["basis"], lab["mapped_change"], lab["adjusted_change"],
                             lab["change_ci95"], lab["exceeds"], lab["slope"], lab["slope_ci"], lab["mk_s"],
                             lab["mk_p"]], trend_table))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_trend_html(path, *args, **kwargs):
    return write_text(path, trend_html(*args, **kwargs))
