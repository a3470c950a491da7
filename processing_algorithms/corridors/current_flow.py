"""bd:currentflow — Circuitscape-compatible current flow on a resistance raster (McRae 2006)."""

import csv
import os

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from bd_qgis_plugin.core import circuit
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import check_aligned
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.corridors.common import (
    NEIGHBOURS,
    RESISTANCE,
    SOURCES,
    read_focal_vector,
    warn_if_no_amg,
    write_raster,
)

MODE_KEYS = ("pairwise", "one-to-all", "all-to-one", "advanced")


def write_resistance_csv(path, result):
    """Effective resistances as CSV: a matrix (pairwise) or one row per focal node; -1 = not connected."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        if result.mode == "pairwise":
            writer.writerow(["focal_id"] + [str(i) for i in result.point_ids])
            for i, row in zip(result.point_ids, result.resistances):
                writer.writerow([str(i)] + [repr(float(v)) for v in row])
        else:
            writer.writerow(["focal_id", "resistance"])
            for i, v in zip(result.point_ids, result.resistances):
                writer.writerow([str(i), repr(float(v))])
    return path


class CurrentFlowAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "currentflow"
    OUTPUT_STYLES = {"OUTPUT_CURRENT": "current_density"}
    group_key = "corridors"
    REQUIRES = ("scipy",)
    INI = "INI"
    IS_CONDUCTANCE = "IS_CONDUCTANCE"
    FOCAL = "FOCAL"
    FOCAL_ID_FIELD = "FOCAL_ID_FIELD"
    FOCAL_RASTER = "FOCAL_RASTER"
    MODE = "MODE"
    AVERAGING = "AVERAGING"
    GROUNDS = "GROUNDS"
    GROUND_IS_RESISTANCE = "GROUND_IS_RESISTANCE"
    DIRECT_GROUNDS = "DIRECT_GROUNDS"
    SHORT_CIRCUIT = "SHORT_CIRCUIT"
    OUTPUT_CURRENT = "OUTPUT_CURRENT"
    OUTPUT_RESISTANCES = "OUTPUT_RESISTANCES"
    OUTPUT_VOLTAGES = "OUTPUT_VOLTAGES"

    TAGS = ("Circuitscape", "circuit theory", "McRae")

    def display_name(self):
        return tr("Current flow")

    def short_description(self):
        return tr("Circuit theory as in Circuitscape (McRae 2006): pairwise, one-to-all, all-to-one or advanced.")

    def help_text(self):
        return tr(
            "<p>Circuit-theory connectivity (McRae 2006; McRae et al. 2008), compatible with Circuitscape: every "
            "cell with a resistance is a node joined to its 4 or 8 neighbours; current is passed between focal "
            "nodes (points) or focal regions (polygons, short-circuited). Modes: pairwise (every pair, 1 A), "
            "one-to-all, all-to-one and advanced (source and ground rasters). Outputs the cumulative current map "
            "(GeoTIFF with the CRS of the resistance raster; current in amperes per 1 A injected), the effective "
            "resistance between focal nodes (CSV; -1 = not connected) and, on request, voltage maps.</p>"
            "<p>Needed: the resistance raster and focal points, regions or a focal raster (in advanced mode, a "
            "current source raster and a ground raster instead of the focal nodes). Or, instead of all of them, "
            "a Circuitscape .ini file (last of the advanced parameters), so that a Circuitscape job runs here "
            "unchanged; the results match Circuitscape's own test suite.</p><p>Large grids are solved with "
            "algebraic multigrid (pyamg) when it is installed; a grid too large for the memory is refused from its "
            "size before it is read (at least 150 bytes per cell, nodata or not), and again before solving, with "
            "the estimate.</p>")

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(RESISTANCE, tr("Resistance raster"), optional=True),
                 tr("Resistance per cell (positive; nodata and negative cells are barriers; 0 is refused). Needed "
                    "unless a Circuitscape .ini file is given (advanced parameters)."))
        self.add(QgsProcessingParameterBoolean(self.IS_CONDUCTANCE, tr("Raster holds conductances"), False),
                 tr("Tick when the raster holds conductance (1/resistance) instead of resistance."))
        self.add(QgsProcessingParameterFeatureSource(self.FOCAL, tr("Focal points or regions"),
                                                     [QgsProcessing.SourceType.TypeVectorPoint,
                                                      QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 tr("Points (focal nodes) or polygons (focal regions, e.g. forest cores); this or a focal raster "
                    "is needed in every mode but the advanced one. A polygon covers the cells whose centre lies "
                    "inside it; a polygon smaller than a cell takes the cell of its centroid."))
        self.add(QgsProcessingParameterField(self.FOCAL_ID_FIELD, tr("Focal id field"),
                                             parentLayerParameterName=self.FOCAL,
                                             type=QgsProcessingParameterField.DataType.Numeric, optional=True),
                 tr("Positive whole-number id of each focal node or region; features sharing an id form one "
                    "region. Without it the features are numbered 1, 2, 3 …"))
        self.add(QgsProcessingParameterRasterLayer(self.FOCAL_RASTER, tr("Focal raster"), optional=True),
                 tr("Alternative to the focal layer: a raster on the resistance grid with focal ids (0 or nodata = "
                    "none)."))
        self.add(QgsProcessingParameterEnum(self.MODE, tr("Mode"), [tr("Pairwise"), tr("One to all"), tr("All to one"),
                                                                 tr("Advanced (sources and grounds)")], defaultValue=0),
                 tr("Pairwise: 1 A between every pair of focal nodes. One to all: 1 A into each focal node in turn, "
                    "all others grounded. All to one: 1 A into every other node, one grounded. Advanced: current "
                    "sources and grounds from rasters."))
        self.add(QgsProcessingParameterEnum(NEIGHBOURS, tr("Neighbours"), ["4", "8"], defaultValue=1),
                 tr("Connect each cell to its 4 or 8 neighbours (diagonal resistors are sqrt(2) longer)."))
        self.add(QgsProcessingParameterEnum(self.AVERAGING, tr("Resistance between two cells"),
                                            [tr("Resistances in series: (Ra + Rb) / 2"),
                                             tr("Mean conductance: (Ga + Gb) / 2")], defaultValue=0),
                 tr("How two neighbouring cells combine; Circuitscape's default is resistances in series, the "
                    "same rule as cost distance."))
        self.add(QgsProcessingParameterRasterLayer(SOURCES, tr("Current sources (advanced)"), optional=True),
                 tr("Advanced mode: current injected per cell in amperes (0 or nodata = none)."), advanced=True)
        self.add(QgsProcessingParameterRasterLayer(self.GROUNDS, tr("Grounds (advanced)"), optional=True),
                 tr("Advanced mode: resistance (or conductance) to ground per cell; 0 resistance = direct ground."),
                 advanced=True)
        self.add(QgsProcessingParameterBoolean(self.GROUND_IS_RESISTANCE, tr("Ground raster holds resistances"), True),
                 tr("Advanced mode: untick when the ground raster holds conductances."), advanced=True)
        self.add(QgsProcessingParameterBoolean(self.DIRECT_GROUNDS, tr("Connect grounds directly"), False),
                 tr("Advanced mode: every ground cell is tied to ground with zero resistance."), advanced=True)
        self.add(QgsProcessingParameterRasterLayer(self.SHORT_CIRCUIT, tr("Short-circuit regions"), optional=True),
                 tr("Optional raster of region ids (0 or nodata = none); the cells of a region are joined with "
                    "zero resistance (e.g. lakes, reserves)."), advanced=True)
        self.add(QgsProcessingParameterFile(self.INI, tr("Circuitscape .ini file (instead of the inputs above)"),
                                            extension="ini", optional=True),
                 tr("A Circuitscape job file (raster data type), to run an existing Circuitscape job unchanged: "
                    "when given, the resistance raster, focal nodes, mode and connection options are taken from "
                    "the file and those above are ignored."), advanced=True)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT_CURRENT, tr("Cumulative current")),
                 tr("Cumulative current map (sum over all pairs or focal nodes), GeoTIFF with the CRS of the "
                    "resistance raster; nodata on barrier cells."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_RESISTANCES, tr("Effective resistances"),
                                                       "CSV (*.csv)", optional=True),
                 tr("CSV of effective resistances: a matrix of focal ids (pairwise) or one row per focal node; -1 "
                    "marks pairs that are not connected."))
        self.add(QgsProcessingParameterFolderDestination(self.OUTPUT_VOLTAGES, tr("Voltage maps folder"), optional=True,
                                                         createByDefault=False),
                 tr("When given, one voltage GeoTIFF per pair or focal node is written into this folder."))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API name
        """Every input is optional for Processing, which cannot say "a resistance raster or a .ini file": said
        here, before the run (the dialog shows it; processing.run and qgis_process stop with it)."""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok or self.parameterAsFile(parameters, self.INI, context):
            return ok, message
        if self.parameterAsRasterLayer(parameters, RESISTANCE, context) is None:
            return False, tr("Give a resistance raster, or a Circuitscape .ini file (the last of the advanced "
                             "parameters).")
        if MODE_KEYS[self.parameterAsEnum(parameters, self.MODE, context)] == "advanced":
            if self.parameterAsRasterLayer(parameters, SOURCES, context) is None or \
                    self.parameterAsRasterLayer(parameters, self.GROUNDS, context) is None:
                return False, tr("The advanced mode needs a current source raster and a ground raster (advanced "
                                 "parameters).")
        elif (self.parameterAsSource(parameters, self.FOCAL, context) is None
              and self.parameterAsRasterLayer(parameters, self.FOCAL_RASTER, context) is None):
            return False, tr("Give focal points or regions, or a focal raster.")
        return ok, message

    def _inputs(self, parameters, context, feedback):
        """(job-like tuple) from the parameters: conductance, grid, mode, options and inputs."""
        layer = self.parameterAsRasterLayer(parameters, RESISTANCE, context)
        if layer is None:
            raise InputError("Give a resistance raster, or a Circuitscape .ini file.")
        values, valid, grid = circuit.read_band(layer.source())
        is_conductance = self.parameterAsBool(parameters, self.IS_CONDUCTANCE, context)
        negative = int((valid & (values < 0)).sum())
        if negative:
            feedback.reportError(tr("{count} cell(s) of the raster are negative: they are treated as barriers "
                                    "(no node), as Circuitscape does.").format(count=negative))
        conductance = (circuit.conductance_from_conductance(values, valid) if is_conductance
                       else circuit.conductance_from_resistance(values, valid))
        mode = MODE_KEYS[self.parameterAsEnum(parameters, self.MODE, context)]

        def aligned_array(param, label):
            other = self.parameterAsRasterLayer(parameters, param, context)
            if other is None:
                return None, None
            data, ok, other_grid = circuit.read_band(other.source())
            check_aligned({layer.name(): grid, label: other_grid})
            return data, ok

        regions = None
        sc, sc_ok = aligned_array(self.SHORT_CIRCUIT, tr("Short-circuit regions"))
        if sc is not None:
            regions = np.where(sc_ok & (sc > 0), sc, 0).astype(np.int64)
        focal = None
        if mode != "advanced":
            fr, fr_ok = aligned_array(self.FOCAL_RASTER, tr("Focal raster"))
            if fr is not None:
                focal = np.where(fr_ok & (fr > 0), fr, 0).astype(np.int64)
            else:
                focal = read_focal_vector(self, parameters, context, feedback, layer.crs(), grid, self.FOCAL,
                                          self.FOCAL_ID_FIELD, tr("Focal points or regions"))
            if focal is None:
                raise InputError("Give focal points, focal regions or a focal raster.")
        sources = grounds = None
        if mode == "advanced":
            src, src_ok = aligned_array(SOURCES, tr("Current sources"))
            gnd, gnd_ok = aligned_array(self.GROUNDS, tr("Grounds"))
            if src is None or gnd is None:
                raise InputError("Advanced mode needs a current source raster and a ground raster.")
            sources = np.where(src_ok, src, 0.0)
            if self.parameterAsBool(parameters, self.GROUND_IS_RESISTANCE, context):
                with np.errstate(divide="ignore"):
                    grounds = np.where(gnd_ok, 1.0 / gnd, 0.0)
            else:
                grounds = np.where(gnd_ok, gnd, 0.0)
            if self.parameterAsBool(parameters, self.DIRECT_GROUNDS, context):
                grounds = np.where(grounds != 0, np.inf, 0.0)
        opts = circuit.Options(
            four_neighbours=self.parameterAsEnum(parameters, NEIGHBOURS, context) == 0,
            avg_resistances=self.parameterAsEnum(parameters, self.AVERAGING, context) == 0)
        return conductance, grid, mode, opts, regions, focal, sources, grounds

    def compute(self, parameters, context, feedback):
        ini = self.parameterAsFile(parameters, self.INI, context)
        voltage_folder = self.parameterAsString(parameters, self.OUTPUT_VOLTAGES, context)
        want_voltages = bool(voltage_folder)
        progress, is_cancelled = self.progress_callbacks(feedback)
        warn_if_no_amg(feedback)
        if ini:
            feedback.pushInfo(tr("Running the Circuitscape job {path}").format(path=ini))
            job = circuit.load_ini(ini, keep_pair_maps=want_voltages)
            job.opts.write_voltage_maps = want_voltages
            grid = job.grid
            conductance = job.conductance
            result = job.run(progress, is_cancelled)
        else:
            conductance, grid, mode, opts, regions, focal, sources, grounds = self._inputs(parameters, context,
                                                                                           feedback)
            opts.write_voltage_maps = want_voltages
            opts.keep_pair_maps = want_voltages
            feedback.pushInfo(tr("{nodes} cells with a resistance; mode {mode}.").format(
                nodes=int((conductance > 0).sum()), mode=mode))
            if mode == "advanced":
                result = circuit.advanced(conductance, sources, grounds, regions, opts, progress=progress,
                                          is_cancelled=is_cancelled)
            else:
                points = circuit.points_from_grid(focal)
                if mode == "pairwise":
                    result = circuit.pairwise(conductance, points, regions, opts, progress=progress,
                                              is_cancelled=is_cancelled)
                else:
                    result = circuit.one_to_all(conductance, points, regions, opts, all_to_one=mode == "all-to-one",
                                                progress=progress, is_cancelled=is_cancelled)
        for warning in result.warnings:
            feedback.reportError(tr("Warning: {message}").format(message=warning.translated(tr)))
        if result.mode != "advanced":
            unsolved = (np.asarray(result.resistances) == -1).sum()
            if unsolved:
                feedback.reportError(tr("{count} value(s) of the resistance table are -1: those focal nodes are not "
                                        "connected (barriers or nodata between them).").format(count=int(unsolved)))
        current = result.cum_current
        if not np.any(current > 0):
            feedback.reportError(tr("No current flowed anywhere: the focal nodes are not connected to each other "
                                    "(check barriers, nodata and the focal locations)."))
        outputs = {}
        out_current = self.parameterAsOutputLayer(parameters, self.OUTPUT_CURRENT, context)
        write_raster(out_current, grid, current, valid=conductance > 0)
        outputs[self.OUTPUT_CURRENT] = out_current
        self.style_output(context, out_current, "current_density")
        out_csv = self.parameterAsFileOutput(parameters, self.OUTPUT_RESISTANCES, context)
        if out_csv and result.mode != "advanced":
            outputs[self.OUTPUT_RESISTANCES] = write_resistance_csv(out_csv, result)
        if want_voltages:
            os.makedirs(voltage_folder, exist_ok=True)
            for name, vmap in result.voltage_maps.items():
                fname = f"voltmap_{name}.tif" if name else "voltmap.tif"
                write_raster(os.path.join(voltage_folder, fname), grid, vmap, valid=conductance > 0)
            outputs[self.OUTPUT_VOLTAGES] = voltage_folder
        return outputs
