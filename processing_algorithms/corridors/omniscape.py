"""bd:omniscape — wall-to-wall connectivity by current flow in a moving window (Omniscape; Landau et al. 2021)."""

from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from bd_qgis_plugin.core import omniscape
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.raster_io import check_aligned
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.corridors.common import NEIGHBOURS, RESISTANCE, SOURCES, warn_if_no_amg

COMPARISON_KEYS = ("within", "equal")


class OmniscapeAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "omniscape"
    group_key = "corridors"
    REQUIRES = ("scipy",)
    OUTPUT_STYLES = {"OUTPUT_CURRENT": "current_density", "OUTPUT_FLOW_POTENTIAL": "current_density",
                     "OUTPUT_NORMALIZED": "normalized_current"}
    INI = "INI"
    IS_CONDUCTANCE = "IS_CONDUCTANCE"
    SOURCE_FROM_RESISTANCE = "SOURCE_FROM_RESISTANCE"
    R_CUTOFF = "R_CUTOFF"
    SOURCE_THRESHOLD = "SOURCE_THRESHOLD"
    TARGETS = "TARGETS"
    RADIUS = "RADIUS"
    BLOCK_SIZE = "BLOCK_SIZE"
    BUFFER = "BUFFER"
    CORRECT_ARTIFACTS = "CORRECT_ARTIFACTS"
    CONDITION1 = "CONDITION1"
    CONDITION1_FUTURE = "CONDITION1_FUTURE"
    COMPARISON1 = "COMPARISON1"
    CONDITION1_LOWER = "CONDITION1_LOWER"
    CONDITION1_UPPER = "CONDITION1_UPPER"
    CONDITION2 = "CONDITION2"
    CONDITION2_FUTURE = "CONDITION2_FUTURE"
    COMPARISON2 = "COMPARISON2"
    CONDITION2_LOWER = "CONDITION2_LOWER"
    CONDITION2_UPPER = "CONDITION2_UPPER"
    THREADS = "THREADS"
    OUTPUT_CURRENT = "OUTPUT_CURRENT"
    OUTPUT_FLOW_POTENTIAL = "OUTPUT_FLOW_POTENTIAL"
    OUTPUT_NORMALIZED = "OUTPUT_NORMALIZED"

    TAGS = ("omniscape", "circuitscape", "moving window", "omnidirectional", "wall-to-wall", "connectivity")

    def display_name(self):
        return tr("Omnidirectional connectivity")

    def short_description(self):
        return tr("Omniscape's moving-window current flow (Landau et al. 2021): cumulative current, flow potential "
                  "and normalized current, without cores.")

    def help_text(self):
        return tr(
            "<p>Wall-to-wall connectivity without cores (Omniscape: McRae et al. 2016; Landau et al. 2021): every "
            "block of cells is grounded in turn and the cells within the radius inject current in proportion to "
            "their source strength (habitat quality), together the block's own strength; the current of every "
            "window is summed. Outputs: the cumulative current, the flow potential (the same on a landscape of "
            "uniform resistance) and the normalized current (current / flow potential: above 1 channelled, "
            "below 1 impeded), GeoTIFFs with the CRS of the resistance raster. Conditional connectivity keeps "
            "only the sources whose condition (e.g. temperature now or in the future) is within a range of, or "
            "equal to, the target's. An optional target raster gives the blocks' strengths apart from the "
            "sources. An Omniscape .ini file can replace all inputs, so an Omniscape job runs here unchanged; the "
            "results match Omniscape.jl's own test suite. Windows are solved in parallel threads; memory depends "
            "on the window size and the raster's width, not on its area.</p>")

    def define(self):
        self.add(QgsProcessingParameterFile(self.INI, tr("Omniscape .ini file (replaces the inputs below)"),
                                            extension="ini", optional=True),
                 tr("An Omniscape job file. When given, the inputs and options below are taken from it (the "
                    "outputs and the number of threads stay those chosen here)."))
        self.add(QgsProcessingParameterRasterLayer(RESISTANCE, tr("Resistance raster"), optional=True),
                 tr("Resistance per cell (positive; nodata cells are barriers; 0 and negative values are refused)."))
        self.add(QgsProcessingParameterBoolean(self.IS_CONDUCTANCE, tr("Raster holds conductances"), False),
                 tr("Tick when the raster holds conductance (1/resistance) instead of resistance."))
        self.add(QgsProcessingParameterNumber(self.RADIUS, tr("Radius (cells)"),
                                              QgsProcessingParameterNumber.Type.Integer, 50, minValue=1),
                 tr("Moving-window radius in cells: how far current is sent to each target (the species' "
                    "dispersal distance divided by the cell size)."))
        self.add(QgsProcessingParameterNumber(self.BLOCK_SIZE, tr("Block size (cells)"),
                                              QgsProcessingParameterNumber.Type.Integer, 1, minValue=1),
                 tr("Targets are the centres of blocks of this many cells a side (odd; an even size is raised by "
                    "one): 1 solves every cell; 3, 5, 9 solve 9, 25, 81 times fewer windows with little change "
                    "(corrected for block artefacts)."))
        self.add(QgsProcessingParameterRasterLayer(SOURCES, tr("Source strength raster"), optional=True),
                 tr("Source strength per cell, e.g. habitat quality (0 or nodata = no source). Not needed when the "
                    "sources come from the resistance."))
        self.add(QgsProcessingParameterBoolean(self.SOURCE_FROM_RESISTANCE, tr("Sources from the resistance"),
                                               False),
                 tr("Source strength = 1 / resistance (every cell a source, weighted by its conductance), "
                    "optionally only where the resistance is at most the cutoff."))
        self.add(QgsProcessingParameterNumber(self.R_CUTOFF, tr("Resistance cutoff for sources"),
                                              QgsProcessingParameterNumber.Type.Double, optional=True, minValue=0.0),
                 tr("With sources from the resistance: cells of higher resistance are no source (empty = no "
                    "cutoff)."))
        self.add(QgsProcessingParameterNumber(self.SOURCE_THRESHOLD, tr("Source threshold"),
                                              QgsProcessingParameterNumber.Type.Double, 0.0),
                 tr("Source strengths below this value are set to 0 (source raster only)."), advanced=True)
        self.add(QgsProcessingParameterRasterLayer(self.TARGETS, tr("Target strength raster"), optional=True),
                 tr("Optional: the strength of the target blocks (summed over each block) from another raster "
                    "than the sources, e.g. reserves as targets and all habitat as sources. Blocks of strength 0 "
                    "are not solved."), advanced=True)
        self.add(QgsProcessingParameterNumber(self.BUFFER, tr("Buffer (cells)"),
                                              QgsProcessingParameterNumber.Type.Integer, 0, minValue=0),
                 tr("The window reaches this many cells beyond the radius (without sources), so that current "
                    "can go around obstacles near the window's edge."), advanced=True)
        self.add(QgsProcessingParameterEnum(NEIGHBOURS, tr("Neighbours"), ["4", "8"], defaultValue=1),
                 tr("Connect each cell to its 4 or 8 neighbours (diagonal resistors are sqrt(2) longer)."),
                 advanced=True)
        self.add(QgsProcessingParameterBoolean(self.CORRECT_ARTIFACTS, tr("Correct block artefacts"), True),
                 tr("With a block size above 1, correct the currents for the blocky pattern blocks leave "
                    "(Omniscape's correct_artifacts)."), advanced=True)
        for k, (cond, future, comparison, lower, upper) in enumerate(
                ((self.CONDITION1, self.CONDITION1_FUTURE, self.COMPARISON1, self.CONDITION1_LOWER,
                  self.CONDITION1_UPPER),
                 (self.CONDITION2, self.CONDITION2_FUTURE, self.COMPARISON2, self.CONDITION2_LOWER,
                  self.CONDITION2_UPPER)), start=1):
            self.add(QgsProcessingParameterRasterLayer(cond, tr("Condition {k} raster").format(k=k), optional=True),
                     tr("Conditional connectivity: a source only sends current to a target whose condition "
                        "(e.g. temperature, land cover) matches its own."), advanced=True)
            self.add(QgsProcessingParameterRasterLayer(future, tr("Condition {k}, future raster").format(k=k),
                                                       optional=True),
                     tr("Optional: the target's condition is read here (e.g. the temperature of 2050), so that "
                        "sources connect to places with their present condition in the future."), advanced=True)
            self.add(QgsProcessingParameterEnum(comparison, tr("Condition {k} comparison").format(k=k),
                                                [tr("Within a range of the target's value"),
                                                 tr("Equal to the target's value")], defaultValue=0),
                     tr("Within: source value − target value between the lower and upper bounds (the target's "
                        "value is the median of its block). Equal: the same value as the block's most frequent."),
                     advanced=True)
            self.add(QgsProcessingParameterNumber(lower, tr("Condition {k} lower bound").format(k=k),
                                                  QgsProcessingParameterNumber.Type.Double, 0.0),
                     tr("Within: the least source value − target value that still connects."), advanced=True)
            self.add(QgsProcessingParameterNumber(upper, tr("Condition {k} upper bound").format(k=k),
                                                  QgsProcessingParameterNumber.Type.Double, 0.0),
                     tr("Within: the largest source value − target value that still connects."), advanced=True)
        self.add(QgsProcessingParameterNumber(self.THREADS, tr("Threads"), QgsProcessingParameterNumber.Type.Integer,
                                              0, minValue=0),
                 tr("Windows solved at once (0 = one per processor core, at most 8)."), advanced=True)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT_CURRENT, tr("Cumulative current")),
                 tr("Cumulative current of all windows (amperes), GeoTIFF; nodata on nodata cells."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT_FLOW_POTENTIAL, tr("Flow potential"),
                                                         optional=True, createByDefault=False),
                 tr("The current the same sources would give on a landscape of uniform resistance."))
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT_NORMALIZED, tr("Normalized current"),
                                                         optional=True, createByDefault=False),
                 tr("Cumulative current / flow potential: above 1 the landscape channels movement, below 1 it "
                    "impedes it."))

    # -- inputs -----------------------------------------------------------------------------------------
    def _layer(self, parameters, name, context):
        layer = self.parameterAsRasterLayer(parameters, name, context)
        return None if layer is None else (layer, omniscape.Layer(layer.source(), label=layer.name()))

    def _job(self, parameters, context):
        resistance = self._layer(parameters, RESISTANCE, context)
        if resistance is None:
            raise InputError("Give a resistance raster, or an Omniscape .ini file.")
        cutoff = parameters.get(self.R_CUTOFF)
        settings = omniscape.Settings(
            radius=self.parameterAsInt(parameters, self.RADIUS, context),
            block_size=self.parameterAsInt(parameters, self.BLOCK_SIZE, context),
            buffer=self.parameterAsInt(parameters, self.BUFFER, context),
            source_threshold=self.parameterAsDouble(parameters, self.SOURCE_THRESHOLD, context),
            source_from_resistance=self.parameterAsBool(parameters, self.SOURCE_FROM_RESISTANCE, context),
            r_cutoff=float("inf") if cutoff in (None, "") else self.parameterAsDouble(parameters, self.R_CUTOFF,
                                                                                        context),
            resistance_is_conductance=self.parameterAsBool(parameters, self.IS_CONDUCTANCE, context),
            correct_artifacts=self.parameterAsBool(parameters, self.CORRECT_ARTIFACTS, context),
            four_neighbours=self.parameterAsEnum(parameters, NEIGHBOURS, context) == 0)
        named = {resistance[0].name(): resistance[1]}
        sources = self._layer(parameters, SOURCES, context)
        targets = self._layer(parameters, self.TARGETS, context)
        conditions = []
        for cond, future, comparison, lower, upper in (
                (self.CONDITION1, self.CONDITION1_FUTURE, self.COMPARISON1, self.CONDITION1_LOWER,
                 self.CONDITION1_UPPER),
                (self.CONDITION2, self.CONDITION2_FUTURE, self.COMPARISON2, self.CONDITION2_LOWER,
                 self.CONDITION2_UPPER)):
            present = self._layer(parameters, cond, context)
            later = self._layer(parameters, future, context)
            if present is None:
                if later is not None:
                    raise InputError("A future condition raster was given without its present condition raster.")
                continue
            conditions.append(omniscape.Condition(
                present[1], COMPARISON_KEYS[self.parameterAsEnum(parameters, comparison, context)],
                self.parameterAsDouble(parameters, lower, context), self.parameterAsDouble(parameters, upper, context),
                None if later is None else later[1]))
            named.update({present[0].name(): present[1]})
            if later is not None:
                named[later[0].name()] = later[1]
        for extra in (sources, targets):
            if extra is not None:
                named[extra[0].name()] = extra[1]
        check_aligned({name: layer.grid for name, layer in named.items()})
        if settings.source_from_resistance:
            sources = None
        return omniscape.Job(settings, resistance[1], sources=None if sources is None else sources[1],
                             targets=None if targets is None else targets[1], conditions=conditions)

    # -- run --------------------------------------------------------------------------------------------
    def compute(self, parameters, context, feedback):
        ini = self.parameterAsFile(parameters, self.INI, context)
        if ini:
            feedback.pushInfo(tr("Running the Omniscape job {path}").format(path=ini))
            job = omniscape.load_ini(ini)
        else:
            job = self._job(parameters, context)
        paths = {"current": self.parameterAsOutputLayer(parameters, self.OUTPUT_CURRENT, context),
                 "flow_potential": self.parameterAsOutputLayer(parameters, self.OUTPUT_FLOW_POTENTIAL, context),
                 "normalized": self.parameterAsOutputLayer(parameters, self.OUTPUT_NORMALIZED, context)}
        job.settings.flow_potential = bool(paths["flow_potential"])
        job.settings.normalized_current = bool(paths["normalized"])
        job.check()
        for warning in job.warnings:
            feedback.pushWarning(tr("Warning: {message}").format(message=warning.translated(tr)))
        warn_if_no_amg(feedback)
        s = job.settings
        feedback.pushInfo(tr("Radius {radius} cells, block size {block}, buffer {buffer}; {conditions} "
                             "condition(s).").format(radius=s.radius, block=s.block_size, buffer=s.buffer,
                                                     conditions=len(job.conditions)))
        grid = job.resistance.grid
        sink = omniscape.RasterSink(paths, grid, descriptions={"current": "cumulative current",
                                                               "flow_potential": "flow potential",
                                                               "normalized": "normalized current"})
        threads = self.parameterAsInt(parameters, self.THREADS, context) or None
        progress, is_cancelled = self.progress_callbacks(feedback)
        stats = omniscape.run(job, sink, progress, is_cancelled, threads)
        feedback.pushInfo(tr("{targets} windows solved of {lattice} blocks, {threads} thread(s).").format(**stats))
        if stats["targets"] == 0:
            feedback.reportError(tr("No block has any strength: no window was solved and the maps are 0. Check the "
                                    "source (or target) raster and the source threshold."))
        outputs = {self.OUTPUT_CURRENT: paths["current"]}
        if paths["flow_potential"]:
            outputs[self.OUTPUT_FLOW_POTENTIAL] = paths["flow_potential"]
        if paths["normalized"]:
            outputs[self.OUTPUT_NORMALIZED] = paths["normalized"]
        return outputs
