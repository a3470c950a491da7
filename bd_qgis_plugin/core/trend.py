"""Habitat area over the years: a series per zone × class × year, its changes against map error, its trend.

* **Areas.** Each year's class map gives the mapped area of every class in every zone (``zonal.zone_class_pixels``,
  the same counts as ``bd:habitatarea``); with that year's accuracy report (``bd:accuracyassessment``), the
  error-adjusted area and its standard error (Olofsson et al. 2014, eq. 9–10, weighted by the zone's own mapped
  areas: ``accuracy.adjusted_zone_areas``).
* **Changes** (year to year, and first to last): the difference of the error-adjusted areas, with the 95 %
  confidence interval of a difference of two independent estimates, ±1.96 √(SE₁² + SE₂²) (each year's reference
  sample drawn on its own map). A change is flagged "exceeds map error" only when |Δ| is larger than that
  interval; without a report for both years it is not assessed (mapped change only, flag empty).
* **Trend** for series of ≥ 4 years: Theil–Sen slope (ha per year) with its 95 % confidence interval, from
  ``scipy.stats.theilslopes`` (Sen 1968, eq. 2.6: ranks of the ordered pairwise slopes, as Gilbert 1987 §16.5);
  the Mann–Kendall test as Gilbert (1987, §16.4) writes it: S, VAR(S) with the tie correction, Z with the
  continuity correction, two-sided p from the normal distribution — and, for n ≤ 10 without ties, the exact p
  of S (Gilbert's Table A18, Kendall 1975), computed here from the distribution of inversions of a permutation.
  Written here rather than taken from ``scipy.stats.kendalltau``: that returns tau-b and a p-value but neither S
  nor VAR(S), has no continuity correction and picks its exact or asymptotic p by its own rule, so its p could
  not be stated or checked the way the report gives it (S, VAR(S), Z, p).
  The trend runs on the error-adjusted areas when every year has a report, else on the mapped areas (never a
  mix). Sen's interval reflects the scatter of the series, not the map error of each year.
* **Per-pixel history**: for every pixel, the number of class changes over the years and the years since the
  last one, read block by block and year by year (the state kept is one window of three arrays: memory does
  not grow with the number of years). A year with nodata at a pixel is skipped there (compared with the last
  year that had a class).

Gilbert, R.O. (1987). Statistical Methods for Environmental Pollution Monitoring. Van Nostrand Reinhold.
Sen, P.K. (1968). Estimates of the regression coefficient based on Kendall's tau. JASA 63: 1379–1389.
Hirsch, R.M., Slack, J.R., Smith, R.A. (1982). Techniques of trend analysis for monthly water quality data.
Water Resources Research 18: 107–121.
"""

import math
import os
from dataclasses import dataclass, field

import numpy as np

from .accuracy import Z95, adjusted_zone_areas
from .classmap import class_pixel_counts, pixel_area_ha
from .errors import InputError, Message
from .indicators import table_number
from .optional import lazy_module
from .progress import raise_if_cancelled
from .raster_io import RasterReader, RasterWriter, run_blockwise
from .zonal import zone_class_pixels

stats = lazy_module("scipy.stats", "scipy")

#: Fewest years a trend (Theil–Sen, Mann–Kendall) is computed for.
MIN_TREND_YEARS = 4
#: Largest series whose Mann–Kendall p is exact (when it has no ties), as Gilbert's Table A18.
EXACT_MK_MAX_N = 10
#: Nodata of the per-pixel history raster (UInt16).
HISTORY_NODATA = 65535
#: Rounding of areas (ha) before ties are counted: float noise below 1e-6 ha (0.01 m²) is no difference.
TIE_DECIMALS = 6


# -- the series' years --------------------------------------------------------------------------------------------

def parse_years(text, count):
    """The years of ``text`` ("2019, 2020, 2021"), one per map (``count``), all different; refused otherwise."""
    parts = [p.strip() for p in str(text or "").replace(";", ",").split(",") if p.strip()]
    try:
        years = [int(p) for p in parts]
    except ValueError as exc:
        raise InputError("The years '{text}' are not whole numbers separated by commas (e.g. 2019, 2020, 2021).",
                         text=str(text)) from exc
    if len(years) != count:
        raise InputError("{years} year(s) are given for {maps} class map(s): give one year per map, in the order of "
                         "the maps.", years=len(years), maps=count)
    repeated = sorted({y for y in years if years.count(y) > 1})
    if repeated:
        raise InputError("The year {years} is given to more than one map: one map per year.",
                         years=", ".join(map(str, repeated)))
    return years


def check_series_length(years):
    """Refuse a series of one year (or none) before any work, saying what to use instead."""
    if len(years) < 2:
        raise InputError("A series needs class maps of at least two years; {count} was given ({years}). For the "
                         "area of one map use 'Habitat area per zone'.", count=len(years),
                         years=", ".join(map(str, years)) or "–")


# -- statistics -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MannKendall:
    n: int
    s: int
    var_s: float
    z: float
    p: float  # two-sided
    exact: bool  # p from the exact distribution of S (n ≤ 10, no ties)


def _inversion_counts(n):
    """Number of permutations of n items with 0, 1, … n(n−1)/2 inversions (Mahonian numbers): the distribution
    of S = n(n−1)/2 − 2·inversions under H0 (no trend, no ties)."""
    counts = [1]
    for k in range(2, n + 1):  # the k-th item inserted adds 0 … k−1 inversions
        grown = [0] * (len(counts) + k - 1)
        for inversions, ways in enumerate(counts):
            for added in range(k):
                grown[inversions + added] += ways
        counts = grown
    return counts


def exact_p(n, s):
    """Two-sided exact p of the Mann–Kendall S for n values without ties: 2 P(S ≥ |s|), at most 1."""
    pairs = n * (n - 1) // 2
    counts = _inversion_counts(n)
    upper = sum(counts[: (pairs - abs(s)) // 2 + 1])  # S ≥ |s| ⇔ inversions ≤ (pairs − |s|) / 2
    return min(1.0, 2.0 * upper / math.factorial(n))


def mann_kendall(values):
    """The Mann–Kendall test of ``values`` in time order (Gilbert 1987, eq. 16.3–16.5)."""
    x = np.round(np.asarray(values, dtype="float64"), TIE_DECIMALS)
    n = len(x)
    if n < 2:
        raise InputError("The Mann–Kendall test needs at least two values.")
    upper = np.triu_indices(n, 1)
    s = int(np.sign(x[None, :] - x[:, None])[upper].sum())
    _, tied = np.unique(x, return_counts=True)
    var_s = (n * (n - 1) * (2 * n + 5) - sum(int(t) * (t - 1) * (2 * t + 5) for t in tied if t > 1)) / 18.0
    z = 0.0 if s == 0 or var_s <= 0 else (s - math.copysign(1, s)) / math.sqrt(var_s)
    exact = n <= EXACT_MK_MAX_N and bool((tied == 1).all())
    p = exact_p(n, s) if exact else math.erfc(abs(z) / math.sqrt(2.0))
    return MannKendall(n, s, float(var_s), float(z), float(p), exact)


@dataclass(frozen=True)
class TheilSen:
    slope: float
    low: float
    high: float
    intercept: float


def theil_sen(times, values, confidence=0.95):
    """Theil–Sen slope of ``values`` over ``times`` with Sen's (1968) confidence interval (scipy)."""
    result = stats.theilslopes(np.asarray(values, dtype="float64"), np.asarray(times, dtype="float64"), confidence)
    return TheilSen(*(float(v) for v in (result[0], result[2], result[3], result[1])))


def change_ci(se_before, se_after):
    """95 % half-width of the difference of two independent estimates with these standard errors."""
    return Z95 * math.hypot(se_before, se_after)


def exceeds_error(change, ci):
    """True/False: |change| beyond its confidence interval; None when the interval is unknown."""
    if change is None or ci is None or not math.isfinite(ci):
        return None
    return abs(change) > ci


# -- areas per zone, class and year ----------------------------------------------------------------------------

@dataclass
class Estimate:
    mapped: float  # ha
    adjusted: float = None  # ha (error-adjusted), None without a report
    se: float = None  # ha

    @property
    def ci95(self):
        return None if self.se is None or not math.isfinite(self.se) else Z95 * self.se


@dataclass
class Series:
    years: list
    zones: list  # zone ids in input order (None: the whole map)
    classes: dict  # zone → class codes in the series
    estimates: dict  # (zone, class) → [Estimate per year]
    with_report: list  # per year: True when that year has an accuracy report
    notes: list = field(default_factory=list)  # Messages for the log and the report


def zone_pixels_by_year(paths, zones, progress=None, is_cancelled=None):
    """[{zone: {class: pixels}} per map]: ``zones`` = [(id, WKB)] (``zone_class_pixels``), or the whole map as
    the zone None when ``zones`` is empty (``class_pixel_counts``)."""
    result = []
    for i, path in enumerate(paths):
        raise_if_cancelled(is_cancelled)

        def part(fraction, i=i):
            if progress is not None:
                progress((i + fraction) / len(paths))

        if zones:
            result.append(zone_class_pixels(path, zones, progress=part, is_cancelled=is_cancelled))
        else:
            result.append({None: class_pixel_counts(path, progress=part, is_cancelled=is_cancelled)})
    return result


def area_series(years, pixels, hectares, reports=None):
    """The :class:`Series` of ``pixels`` ([{zone: {class: pixels}} per year]) with ``reports`` (one accuracy report
    dict or None per year). A class absent from a year (appearing later, disappearing) has 0 ha there; a class
    the map never shows in a zone but the reference sample says is there has its error-adjusted area."""
    reports = list(reports or [None] * len(years))
    adjusted = [adjusted_zone_areas(report, counts, hectares) if report else None
                for report, counts in zip(reports, pixels)]
    zones = list(pixels[0])
    classes, estimates = {}, {}
    for zone in zones:
        codes = set()
        for counts, adj in zip(pixels, adjusted):
            codes |= {c for c, n in counts.get(zone, {}).items() if n}
            if adj is not None:
                codes |= {c for c, (area, _) in adj.get(zone, {}).items() if area > 0}
        classes[zone] = sorted(codes)
        for code in classes[zone]:
            row = []
            for counts, adj in zip(pixels, adjusted):
                estimate = Estimate(counts.get(zone, {}).get(code, 0) * hectares)
                if adj is not None:
                    estimate.adjusted, estimate.se = adj.get(zone, {}).get(code, (0.0, 0.0))
                row.append(estimate)
            estimates[(zone, code)] = row
    return Series(list(years), zones, classes, estimates, [r is not None for r in reports])


@dataclass(frozen=True)
class Change:
    mapped: float  # ha
    adjusted: float  # ha, None unless both years have a report
    ci95: float  # ha, None likewise
    exceeds: bool  # None when not assessed


def change_between(before, after):
    """The :class:`Change` from one :class:`Estimate` to another."""
    mapped = after.mapped - before.mapped
    if before.adjusted is None or after.adjusted is None:
        return Change(mapped, None, None, None)
    adjusted = after.adjusted - before.adjusted
    ci = change_ci(before.se, after.se) if before.se is not None and after.se is not None else None
    if ci is not None and not math.isfinite(ci):
        ci = None
    return Change(mapped, adjusted, ci, exceeds_error(adjusted, ci))


def series_rows(series):
    """One row per zone × class × year: areas, and the change since the previous year of the series."""
    rows = []
    for zone in series.zones:
        for code in series.classes[zone]:
            estimates = series.estimates[(zone, code)]
            for i, (year, estimate) in enumerate(zip(series.years, estimates)):
                change = change_between(estimates[i - 1], estimate) if i else None
                rows.append({"zone": zone, "class": code, "year": year, "mapped_ha": estimate.mapped,
                             "adjusted_ha": estimate.adjusted, "ci95_ha": estimate.ci95,
                             "change_mapped_ha": change.mapped if change else None,
                             "change_adjusted_ha": change.adjusted if change else None,
                             "change_ci95_ha": change.ci95 if change else None,
                             "exceeds_error": change.exceeds if change else None})
    return rows


def trend_rows(series):
    """One row per zone × class: first-to-last change (flagged against map error) and, for ≥ 4 years, the
    Theil–Sen slope with its CI and the Mann–Kendall test."""
    adjusted_basis = all(series.with_report)
    rows = []
    for zone in series.zones:
        for code in series.classes[zone]:
            estimates = series.estimates[(zone, code)]
            change = change_between(estimates[0], estimates[-1])
            values = [e.adjusted if adjusted_basis else e.mapped for e in estimates]
            row = {"zone": zone, "class": code, "first_year": series.years[0], "last_year": series.years[-1],
                   "years": len(series.years), "basis": "adjusted" if adjusted_basis else "mapped",
                   "first_ha": values[0], "last_ha": values[-1], "change_mapped_ha": change.mapped,
                   "change_adjusted_ha": change.adjusted, "change_ci95_ha": change.ci95,
                   "exceeds_error": change.exceeds, "slope_ha_per_year": None, "slope_low": None,
                   "slope_high": None, "mk_s": None, "mk_var_s": None, "mk_z": None, "mk_p": None, "mk_exact": None}
            if len(series.years) >= MIN_TREND_YEARS:
                sen = theil_sen(series.years, values)
                test = mann_kendall(values)
                row.update(slope_ha_per_year=sen.slope, slope_low=sen.low, slope_high=sen.high, mk_s=test.s,
                           mk_var_s=test.var_s, mk_z=test.z, mk_p=test.p, mk_exact=test.exact)
            rows.append(row)
    return rows


# -- the maps of a series ---------------------------------------------------------------------------------------

def series_order(years):
    """Indices of the maps in year order."""
    return sorted(range(len(years)), key=years.__getitem__)


def check_class_maps(paths, labels):
    """Refuse maps of decimal values (class maps hold integer codes); the pixel area in ha (of the first map,
    a projected CRS needed: ``pixel_area_ha``)."""
    hectares = None
    for path, label in zip(paths, labels):
        with RasterReader(path, label) as reader:
            if reader.dtype.kind == "f":
                raise InputError("'{name}' holds decimal values: class maps must hold integer class codes.",
                                 name=label)
            if hectares is None:
                hectares = pixel_area_ha(reader.grid)
    return hectares


def match_reports(map_paths, reports):
    """One accuracy report (or None) per map, from ``reports`` = [(path, report dict)].

    As many reports as maps: in the order of the maps. Fewer: each is matched to the map it names
    (``source.class_map`` of a ``bd:accuracyassessment`` report, by file name); a report naming none of the
    maps is refused, and so is a map given two reports. Returns (per map, [Message] notes).
    """
    if not reports:
        return [None] * len(map_paths), []
    notes = []
    if len(reports) == len(map_paths):
        for (path, report), map_path in zip(reports, map_paths):
            named = _report_map(report)
            if named and os.path.basename(named) != os.path.basename(map_path):
                notes.append(Message("The accuracy report '{report}' was made for '{named}' but is used for "
                                     "'{map}' (reports are taken in the order of the maps).",
                                     report=os.path.basename(path), named=os.path.basename(named),
                                     map=os.path.basename(map_path)))
        return [report for _, report in reports], notes
    if len(reports) > len(map_paths):
        raise InputError("{reports} accuracy reports are given for {maps} class maps: give at most one per map.",
                         reports=len(reports), maps=len(map_paths))
    names = [os.path.basename(p) for p in map_paths]
    matched = [None] * len(map_paths)
    for path, report in reports:
        named = os.path.basename(_report_map(report) or "")
        if named not in names:
            raise InputError("The accuracy report '{report}' does not name one of the class maps ({named}): with "
                             "fewer reports than maps, each report is matched to the map it was made for. Give one "
                             "report per map, in the order of the maps, instead.", report=os.path.basename(path),
                             named=named or "–")
        index = names.index(named)
        if matched[index] is not None:
            raise InputError("Two accuracy reports are given for the class map '{map}'.", map=named)
        matched[index] = report
    return matched, notes


def _report_map(report):
    source = report.get("source") if isinstance(report, dict) else None
    return source.get("class_map") if isinstance(source, dict) else None


def map_provenance(path):
    """(sensor, classifier) written into a class map by the plugin (``bd_sensor``, ``bd_classifier``: GDAL reads a
    ':' in a metadata key as the end of the key), '' where not known."""
    with RasterReader(path) as reader:
        metadata = reader.ds.GetMetadata() or {}
    return metadata.get("bd_sensor", ""), metadata.get("bd_classifier", "")


def mixed_sources_note(paths, years):
    """A :class:`Message` when the maps come from different sensors or classifiers (as far as they say), else None:
    part of a change between them may come from the method rather than the ground."""
    provenance = [map_provenance(p) for p in paths]
    sensors = {s for s, _ in provenance if s}
    classifiers = {c for _, c in provenance if c}
    if len(sensors) < 2 and len(classifiers) < 2:
        return None
    described = "; ".join(f"{year}: {s or '?'} / {c or '?'}" for year, (s, c) in zip(years, provenance))
    return Message("The maps mix sensors or classifiers ({maps}): part of a change between such years may come "
                   "from the method rather than from the ground. Compare those changes with their confidence "
                   "intervals, and prefer maps of one sensor and classifier.", maps=described)


# -- per-pixel history ------------------------------------------------------------------------------------------

HISTORY_BANDS = ("years since the last class change (since the first year with a class where none)",
                 "number of class changes")


def change_history(paths, years, output_path, progress=None, is_cancelled=None):
    """Write the two-band history raster of the aligned class maps ``paths`` (in year order): band 1 the years
    from the last change to the last year (where the class never changed, from the first year with a class:
    stable at least that long), band 2 the number of changes; nodata where no year has a class. Returns
    {number of changes: pixels}."""
    readers = [RasterReader(p) for p in paths]
    counts = {}
    try:
        last = years[-1]
        with RasterWriter(output_path, readers[0].grid, 2, "uint16", HISTORY_NODATA, list(HISTORY_BANDS)) as writer:
            writer.set_metadata({"bd_algorithm": "bd:habitattrend", "bd_years": ",".join(map(str, years))})

            def process(window):
                shape = (window.height, window.width)
                previous = np.zeros(shape, dtype="int64")
                seen = np.zeros(shape, dtype=bool)
                changes = np.zeros(shape, dtype="uint16")
                last_change = np.full(shape, last, dtype="int32")
                for reader, year in zip(readers, years):  # one year at a time: flat in the number of years
                    data, valid = reader.read(window, [1])
                    classes = data[0].astype("int64")
                    changed = valid & seen & (classes != previous)
                    changes += changed
                    last_change[changed | (valid & ~seen)] = year  # a change, or the first year with a class
                    previous = np.where(valid, classes, previous)
                    seen |= valid
                since = (last - last_change).astype("uint16")
                writer.write(window, np.stack([since, changes]), seen)
                values, number = np.unique(changes[seen], return_counts=True)
                for v, c in zip(values.tolist(), number.tolist()):
                    counts[v] = counts.get(v, 0) + c

            run_blockwise(readers[0].windows(), process, progress, is_cancelled)
    finally:
        for reader in readers:
            reader.close()
    return dict(sorted(counts.items()))


# -- what the report says about the series ----------------------------------------------------------------------

def class_names(paths, reports=()):
    """{code: name} from the maps' own class names (``class_<code>`` metadata of the plugin's class maps), else
    from the accuracy reports' classes; codes without a name are left out."""
    names = {}
    for report in reports:
        for entry in (report or {}).get("classes", []) if isinstance(report, dict) else []:
            code, name = entry.get("code"), entry.get("name")
            if code is not None and name and str(name) != str(code):
                names.setdefault(int(code), str(name))
    for path in reversed(list(paths)):  # the earliest map's names win
        with RasterReader(path) as reader:
            metadata = reader.ds.GetMetadata() or {}
        for key, name in metadata.items():
            if key.startswith("class_") and key[6:].isdigit() and name and name != key[6:]:
                names[int(key[6:])] = name
    return dict(sorted(names.items()))


def presence_notes(series):
    """A :class:`Message` per class mapped in some years only (appearing or disappearing in the series)."""
    notes = []
    codes = sorted({c for zone in series.zones for c in series.classes[zone]})
    for code in codes:
        present = [year for i, year in enumerate(series.years)
                   if any(series.estimates[(zone, code)][i].mapped > 0 for zone in series.zones
                          if (zone, code) in series.estimates)]
        if present and len(present) < len(series.years):
            absent = [y for y in series.years if y not in present]
            notes.append(Message("Class {code} is mapped in {present} but not in {absent}: its area is 0 ha in the "
                                 "years it is absent.", code=code, present=", ".join(map(str, present)),
                                 absent=", ".join(map(str, absent))))
    return notes


def series_from_rows(rows):
    """A :class:`Series` back from the rows of ``bd:habitattrend``'s area table (zone, class_code, year, mapped_ha,
    adjusted_ha, ci95_ha, as a layer or CSV gives them: numbers may be text, empty cells None), e.g. to draw its
    charts in another report. Refuses a table without those columns."""
    number = table_number
    needed = ("zone", "class_code", "year", "mapped_ha")
    rows = list(rows)
    if not rows or any(k not in rows[0] for k in needed):
        raise InputError("The habitat trend table needs the columns {columns} (the area table of the habitat trend "
                         "algorithm).", columns=", ".join(needed))
    years = sorted({int(number(r["year"])) for r in rows})
    zones = list(dict.fromkeys(str(r["zone"]) for r in rows))
    estimates = {}
    for r in rows:
        key = (str(r["zone"]), int(number(r["class_code"])))
        row = estimates.setdefault(key, [Estimate(0.0) for _ in years])
        ci = number(r.get("ci95_ha"))
        row[years.index(int(number(r["year"])))] = Estimate(number(r["mapped_ha"]) or 0.0,
                                                             number(r.get("adjusted_ha")),
                                                             None if ci is None else ci / Z95)
    classes = {zone: sorted(c for z, c in estimates if z == zone) for zone in zones}
    with_report = [all(estimates[k][i].adjusted is not None for k in estimates) for i in range(len(years))]
    return Series(years, zones, classes, estimates, with_report)
