"""HTML reports (plain HTML, no Qt): the QGIS side passes translated labels."""

import html

import numpy as np

from .accuracy import Z95

ACCURACY_LABELS = {
    "title": "Accuracy assessment and area estimate",
    "method": "Stratified estimators of Olofsson et al. (2014); 95 % confidence intervals = ±1.96 SE.",
    "counts": "Error matrix (sample counts)",
    "proportions": "Error matrix (estimated area proportions)",
    "map": "Map",
    "reference": "Reference",
    "total": "Total",
    "class": "Class",
    "users": "User's accuracy",
    "producers": "Producer's accuracy",
    "mapped": "Mapped area (ha)",
    "estimated": "Estimated area (ha)",
    "overall": "Overall accuracy",
    "samples": "Sample size",
    "kappa": "Kappa (for reference only; not recommended, Pontius & Millones 2011)",
}


def _pm(value, se, digits=3):
    if value is None or np.isnan(value):
        return "—"
    if se is None or np.isnan(se):
        return f"{value:.{digits}f}"
    return f"{value:.{digits}f} ± {Z95 * se:.{digits}f}"


def accuracy_html(result, names=None, labels=None, source=""):
    """An HTML page for an :class:`~.accuracy.AccuracyAssessment`."""
    lab = dict(ACCURACY_LABELS, **(labels or {}))
    names = names or {}
    esc = html.escape
    heads = [esc(f"{c} {names.get(c, '')}".strip()) for c in result.classes]

    def matrix(values, fmt):
        rows = [f"<tr><th rowspan='{len(heads) + 1}'>{esc(lab['map'])}</th></tr>"]
        for i, head in enumerate(heads):
            cells = "".join(f"<td>{fmt(v)}</td>" for v in values[i])
            rows.append(f"<tr><th>{head}</th>{cells}<td><b>{fmt(values[i].sum())}</b></td></tr>")
        totals = "".join(f"<td><b>{fmt(v)}</b></td>" for v in values.sum(axis=0))
        return (f"<table><tr><th></th><th></th><th colspan='{len(heads)}'>{esc(lab['reference'])}</th>"
                f"<th></th></tr><tr><th></th><th></th>{''.join(f'<th>{h}</th>' for h in heads)}"
                f"<th>{esc(lab['total'])}</th></tr>{''.join(rows)}<tr><th></th><th>{esc(lab['total'])}</th>"
                f"{totals}<td><b>{fmt(values.sum())}</b></td></tr></table>")

    per_class = "".join(
        f"<tr><th>{head}</th><td>{_pm(result.users[i], result.users_se[i])}</td>"
        f"<td>{_pm(result.producers[i], result.producers_se[i])}</td>"
        f"<td>{result.mapped_area[i]:,.1f}</td><td>{_pm(result.area[i], result.area_se[i], 1)}</td></tr>"
        for i, head in enumerate(heads))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(lab['title'])}</title>
<style>body{{font-family:sans-serif;margin:2em}} table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #999;padding:4px 8px;text-align:right}} th{{background:#eef5ee}}</style></head>
<body><h1>{esc(lab['title'])}</h1><p>{esc(source)}</p><p>{esc(lab['method'])}</p>
<p><b>{esc(lab['overall'])}:</b> {_pm(result.overall, result.overall_se)} &nbsp;
<b>{esc(lab['samples'])}:</b> {int(result.counts.sum())}</p>
<h2>{esc(lab['counts'])}</h2>{matrix(result.counts, lambda v: f'{int(v)}')}
<h2>{esc(lab['proportions'])}</h2>{matrix(result.proportions, lambda v: f'{v:.4f}')}
<table><tr><th>{esc(lab['class'])}</th><th>{esc(lab['users'])}</th><th>{esc(lab['producers'])}</th>
<th>{esc(lab['mapped'])}</th><th>{esc(lab['estimated'])}</th></tr>{per_class}</table>
<p>{esc(lab['kappa'])}: {result.kappa:.3f}</p></body></html>
"""
