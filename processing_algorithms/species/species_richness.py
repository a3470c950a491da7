"""bd:speciesrichness — a grid of species, threatened species and records (sampling effort) per cell."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from bd_qgis_plugin.core.errors import Cancelled, InputError
from bd_qgis_plugin.core.species.names import canonical_name
from bd_qgis_plugin.core.species.richness import HEXAGON, SQUARE, Grid, RichnessTally, is_threatened
from bd_qgis_plugin.core.species.species_list import accepted_species
from bd_qgis_plugin.core.species.zones import ZoneIndex
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.inputs import POLYGON, crs_label, read_features
from bd_qgis_plugin.processing_algorithms.species.common import (
    AREA,
    INCLUDE_FLAGGED,
    SPECIES_TERMS,
    add_include_flagged,
    add_occurrence_input,
    add_status_lists,
    iter_point_chunks,
    left_out_record,
    occurrence_source,
    status_matcher,
)

SHAPES = (SQUARE, HEXAGON)


class SpeciesRichnessAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "speciesrichness"
    group_key = "species"
    OUTPUT_STYLES = {"OUTPUT": "species_richness"}
    CELL_SIZE = "CELL_SIZE"
    SHAPE = "SHAPE"
    CRS = "CRS"

    TAGS = ('richness', 'grid', 'hexagon', 'sampling effort', 'species')

    def display_name(self):
        return tr("Species richness grid")

    def short_description(self):
        return tr("Square or hexagonal grid of species, threatened species and records (sampling effort).")

    def help_text(self):
        return tr(
            "<p>A grid of square or hexagonal cells with, in each cell, the number of species, of threatened "
            "species and of records. The records are the sampling effort: a cell with few records and few "
            "species has not been surveyed much, which is not the same as a cell without species. With an area "
            "(the province, a reserve), every cell whose centre lies in it is written, also those without any "
            "record (records = 0), so that the gaps in effort show on the map.</p><p>Threatened species: listed in "
            "Decree 64/2019/NĐ-CP (built-in list) or given CR, EN, VU or EW in one of your status lists (the "
            "Vietnam Red Data Book, IUCN). Species as in the species list (accepted names, synonyms); records "
            "identified to genus only count as records, not species. Cells are in metres: the grid's CRS must be "
            "projected (VN-2000 TM-3 of the province, UTM).</p>")

    def define(self):
        add_occurrence_input(self)
        self.add(QgsProcessingParameterNumber(self.CELL_SIZE, tr("Cell size (m)"),
                                              QgsProcessingParameterNumber.Type.Double, defaultValue=1000.0,
                                              minValue=1.0),
                 tr("Width of a cell in metres (for hexagons: the distance between opposite sides)."))
        self.add(QgsProcessingParameterEnum(self.SHAPE, tr("Cell shape"), options=[tr("Squares"), tr("Hexagons")],
                                            defaultValue=0), tr("Square or hexagonal cells."))
        self.add(QgsProcessingParameterFeatureSource(AREA, tr("Area (province, reserve)"),
                                                     [QgsProcessing.SourceType.TypeVectorPolygon], optional=True),
                 tr("Write every cell whose centre lies in these polygons, with or without records."))
        self.add(QgsProcessingParameterCrs(self.CRS, tr("Grid CRS (projected)"), optional=True),
                 tr("The CRS of the grid, in metres. Empty: the area's CRS, else the occurrences' CRS."))
        add_status_lists(self)
        add_include_flagged(self)
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Species richness"),
                                                   QgsProcessing.SourceType.TypeVectorPolygon),
                 tr("Cells with cell_id, species, threatened and records."))

    def compute(self, parameters, context, feedback):
        source = occurrence_source(self, parameters, context)
        area_source = self.parameterAsSource(parameters, AREA, context)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = area_source.sourceCrs() if area_source is not None else source.sourceCrs()
        if crs.isGeographic():
            raise InputError("The cell size is in metres but the grid's CRS {crs} is in degrees: choose a projected "
                             "CRS (the province's VN-2000 TM-3 zone, or UTM 48N/49N) in 'Grid CRS'.",
                             crs=crs_label(crs))
        size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        grid = Grid(SHAPES[self.parameterAsEnum(parameters, self.SHAPE, context)], size)
        matcher = status_matcher(self, parameters, context, feedback)
        tally = RichnessTally(grid)
        include_flagged = self.parameterAsBoolean(parameters, INCLUDE_FLAGGED, context)
        threatened_of = {}
        total, read = max(source.featureCount(), 1), 0
        for chunk, without in iter_point_chunks(source, crs, context, SPECIES_TERMS, feedback):
            if feedback.isCanceled():
                raise Cancelled()
            read += len(chunk)
            if not include_flagged:
                chunk = [item for item in chunk if not left_out_record(item[2])]
            names, flags = [], []
            for _, _, record in chunk:
                species, _ = accepted_species(record, matcher)
                if species and species not in threatened_of:
                    names_tried = [species, canonical_name(record.get("scientificName"))]
                    threatened_of[species] = is_threatened(matcher.status(names_tried))
                names.append(species)
                flags.append(threatened_of.get(species, False))
            if chunk:
                tally.add([c[0] for c in chunk], [c[1] for c in chunk], names, flags)
            feedback.setProgress(80.0 * min(1.0, (read + without) / total))
        if without:
            feedback.pushWarning(tr("{count} record(s) without a point are not in any cell.").format(count=without))

        cells = set(tally.records)
        if area_source is not None:
            area = read_features(self, parameters, AREA, context, feedback, crs, tr("Area"), kind=POLYGON)
            index = ZoneIndex(area)
            union_box = _bbox(index)
            a, b, cx, cy = grid.cells_over(union_box)
            for _, inside in index.locate(cx, cy):
                cells.update(zip(a[inside].tolist(), b[inside].tolist()))
        if not tally.records:
            feedback.pushWarning(tr("No records: every cell has 0 records."))
        fields = make_fields([("cell_id", "String"), ("species", "Int"), ("threatened", "Int"),
                              ("records", "LongLong")])
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.Polygon, crs)
        for n, cell in enumerate(sorted(cells)):
            if n % 10000 == 0 and feedback.isCanceled():
                raise Cancelled()
            row = tally.row(cell)
            feature = QgsFeature(fields)
            feature.setAttributes([f"{cell[0]}_{cell[1]}", row["species"], row["threatened"], row["records"]])
            feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in grid.ring(*cell)]]))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        feedback.pushInfo(tr("{cells} cell(s), {occupied} with records; {species} species in all.").format(
            cells=len(cells), occupied=len(tally.records), species=len(threatened_of)))
        return {self.OUTPUT: dest}


def _bbox(index):
    boxes = [zone.bbox for zone in index.zones]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
