"""HTML reports (plain HTML, no Qt): the QGIS side passes translated labels."""

import html

import numpy as np

from .accuracy import Z95
from .errors import InputError

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


def write_text(path, text, newline=None):
    """Write a report or table (UTF-8) to ``path``; a file that cannot be written is refused by name."""
    try:
        with open(path, "w", encoding="utf-8", newline=newline) as fh:
            fh.write(text)
    except OSError as exc:
        raise InputError("The file '{path}' could not be written ({error}). Check that its folder exists and can "
                         "be written.", path=path, error=exc.strerror or str(exc)) from exc
    return path


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


CLASSIFICATION_LABELS = {
    "title": "Habitat classification report",
    "validation": "Validation on polygons held out from training (never single pixels).",
    "matrix": "Confusion matrix (validation pixels)",
    "map": "Map (predicted)",
    "reference": "Reference",
    "class": "Class",
    "users": "User's accuracy",
    "producers": "Producer's accuracy",
    "f1": "F1",
    "overall": "Overall accuracy (validation pixels)",
    "samples": "Training samples",
    "train_pixels": "Training pixels",
    "train_polygons": "Training polygons",
    "valid_pixels": "Validation pixels",
    "valid_polygons": "Validation polygons",
    "importance": "Feature importance",
    "no_validation": "Classes without validation (only one polygon)",
    "notes": "Left out of training, and other notes",
    "note": "Pixel-level validation on held-out polygons is a check of the classifier; map accuracy and areas "
            "for reporting come from the accuracy sampling design and assessment (Olofsson et al. 2014).",
}


def classification_html(report, labels=None, source=""):
    """An HTML page for the report dict of :func:`~.classify.train`."""
    lab = dict(CLASSIFICATION_LABELS, **(labels or {}))
    esc = html.escape
    classes = report["classes"]
    heads = [esc(f"{c['code']} {c['name']}") for c in classes]
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(lab['title'])}</title><style>"
             "body{font-family:sans-serif;margin:2em} table{border-collapse:collapse;margin:1em 0}"
             "td,th{border:1px solid #999;padding:4px 8px;text-align:right} th{background:#eef5ee}</style></head>"
             f"<body><h1>{esc(lab['title'])}</h1><p>{esc(source)}</p><p>{esc(lab['validation'])}</p>"]
    if report.get("notes"):
        items = "".join(f"<li>{esc(note)}</li>" for note in report["notes"])
        parts.append(f"<h2>{esc(lab['notes'])}</h2><ul class='notes'>{items}</ul>")
    if "confusion_matrix" in report:
        values = report["confusion_matrix"]["values"]
        rows = "".join(f"<tr><th>{h}</th>{''.join(f'<td>{v}</td>' for v in row)}</tr>" for h, row in zip(heads, values))
        parts.append(f"<p><b>{esc(lab['overall'])}:</b> {report['overall_accuracy']:.3f}</p>"
                     f"<h2>{esc(lab['matrix'])}</h2><table><tr><th>{esc(lab['map'])} \\ {esc(lab['reference'])}"
                     f"</th>{''.join(f'<th>{h}</th>' for h in heads)}</tr>{rows}</table>")

    def fmt(value):
        return "—" if value is None else f"{value:.3f}"

    per_class = "".join(
        f"<tr><th>{h}</th><td>{fmt(report.get('users_accuracy', {}).get(str(c['code'])))}</td>"
        f"<td>{fmt(report.get('producers_accuracy', {}).get(str(c['code'])))}</td>"
        f"<td>{fmt(report.get('f1', {}).get(str(c['code'])))}</td>"
        f"<td>{report['training_pixels'][str(c['code'])]}</td><td>{report['training_polygons'][str(c['code'])]}</td>"
        f"<td>{report['validation_pixels'][str(c['code'])]}</td><td>{report['validation_polygons'][str(c['code'])]}"
        "</td></tr>" for h, c in zip(heads, classes))
    parts.append(f"<table><tr><th>{esc(lab['class'])}</th><th>{esc(lab['users'])}</th><th>{esc(lab['producers'])}"
                 f"</th><th>{esc(lab['f1'])}</th><th>{esc(lab['train_pixels'])}</th><th>{esc(lab['train_polygons'])}"
                 f"</th><th>{esc(lab['valid_pixels'])}</th><th>{esc(lab['valid_polygons'])}</th></tr>{per_class}"
                 "</table>")
    if report.get("classes_without_validation"):
        parts.append(f"<p>{esc(lab['no_validation'])}: {', '.join(map(str, report['classes_without_validation']))}"
                     "</p>")
    if report.get("feature_importance"):
        rows = "".join(f"<tr><th>{esc(k)}</th><td>{v:.3f}</td></tr>" for k, v in
                       sorted(report["feature_importance"].items(), key=lambda kv: -kv[1]))
        parts.append(f"<h2>{esc(lab['importance'])}</h2><table>{rows}</table>")
    parts.append(f"<p><i>{esc(lab['note'])}</i></p></body></html>\n")
    return "".join(parts)
