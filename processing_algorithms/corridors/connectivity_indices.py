"""bd:connectivityindices — IIC, PC and dPC (intra, flux, connector) per habitat core."""

import csv

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from bd_qgis_plugin.compat import parameter_as_strings
from bd_qgis_plugin.core.connectivity import connectivity_indices, distance_matrix_from_links
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm, make_fields
from bd_qgis_plugin.processing_algorithms.corridors.common import (
    CORE_ID_FIELD,
    CORES,
    LINK_FROM_FIELD,
    LINK_TO_FIELD,
    LINKS,
    add_core_parameters,
    add_link_parameters,
)
from bd_qgis_plugin.processing_algorithms.inputs import crs_label, read_features

CORE_COLUMNS = ("core_id", "area_ha", "dIIC", "dPC", "dPC_intra", "dPC_flux", "dPC_connector")


def _id_order(core_id):
    """Sort key of a core id: numbers in numeric order first ("2" before "10"), then other ids by text."""
    try:
        return (0, float(core_id), "")
    except ValueError:
        return (1, 0.0, core_id)


def _geometry(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def write_indices_csv(path, ids, areas_ha, result):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(CORE_COLUMNS)
        for n, cid in enumerate(ids):
            writer.writerow([cid, round(areas_ha[n], 6), round(result.d_iic[n], 6), round(result.d_pc[n], 6),
                             round(result.d_pc_intra[n], 6), round(result.d_pc_flux[n], 6),
                             round(result.d_pc_connector[n], 6)])
    return path


class ConnectivityIndicesAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "connectivityindices"
    OUTPUT_STYLES = {"OUTPUT": "core_importance"}
    group_key = "corridors"
    REQUIRES = ("scipy",)
    DISTANCES = "DISTANCES"
    LINK_DISTANCE_FIELD = "LINK_DISTANCE_FIELD"
    DISPERSAL_DISTANCE = "DISPERSAL_DISTANCE"
    PROBABILITY = "PROBABILITY"
    LANDSCAPE_AREA = "LANDSCAPE_AREA"
    OUTPUT_CSV = "OUTPUT_CSV"
    IIC = "IIC"
    PC = "PC"
    EC_PC = "EC_PC"

    TAGS = ("IIC", "PC", "dPC", "Conefor", "Saura")

    def display_name(self):
        return tr("Connectivity indices")

    def short_description(self):
        return tr("IIC, PC and the importance dPC (intra, flux, connector) of each habitat core (Saura and Rubio "
                  "2010).")

    def help_text(self):
        return tr(
            "<p>Graph-based connectivity of habitat cores: the Integral Index of Connectivity (IIC; "
            "Pascual-Hortal & Saura 2006) and the Probability of Connectivity (PC; Saura & "
            "Pascual-Hortal 2007) of the landscape, and the importance of every core, dIIC and dPC = 100 (I − "
            "I without the core) / I, with dPC split into intra, flux and connector fractions (Saura & "
            "Rubio 2010). Distances are Euclidean edge-to-edge between the core polygons, or taken from a link "
            "table (e.g. least-cost distances of a corridor analysis). The dispersal probability decays as "
            "p = exp(−k d), with k set so that p equals the given probability at the dispersal distance; "
            "p* is the best (maximum-product) path. IIC links the cores closer than the dispersal distance. "
            "The equivalent connected area EC(PC) = √(PC · A_L²) is given too.</p>")

    def define(self):
        add_core_parameters(self, tr("Habitat cores"),
                            tr("Polygons of the habitat patches (cores), in a projected CRS (areas in hectares, "
                               "distances in metres)."),
                            tr("Field naming each core; features sharing a value form one core. Without it the "
                               "features are numbered 1, 2, 3 …"))
        self.add(QgsProcessingParameterEnum(self.DISTANCES, tr("Distances"),
                                            [tr("Euclidean, edge to edge (computed here)"),
                                             tr("From a link table")], defaultValue=0),
                 tr("Edge-to-edge straight-line distance between the core polygons, or the distances of a link "
                    "table (then only the listed links exist)."))
        add_link_parameters(self, tr("Link table"),
                            tr("Table or layer with one row per link: the two core ids and a distance (e.g. the "
                               "least-cost distance from a corridor analysis). A missing or negative distance means no "
                               "link."))
        self.add(QgsProcessingParameterField(self.LINK_DISTANCE_FIELD, tr("Link: distance field"),
                                             parentLayerParameterName=LINKS,
                                             type=QgsProcessingParameterField.DataType.Numeric, optional=True),
                 tr("Field of the link table with the distance, in the same units as the dispersal distance."))
        self.add(QgsProcessingParameterNumber(self.DISPERSAL_DISTANCE, tr("Dispersal distance"),
                                              QgsProcessingParameterNumber.Type.Double, 1000.0, minValue=0.0),
                 tr("Distance (metres, or link-table units) at which the dispersal probability below holds; "
                    "also the largest link distance for IIC."))
        self.add(QgsProcessingParameterNumber(self.PROBABILITY, tr("Dispersal probability at that distance"),
                                              QgsProcessingParameterNumber.Type.Double, 0.5, minValue=0.0,
                                              maxValue=1.0),
                 tr("Probability of dispersal between two cores at the dispersal distance (between 0 and 1; 0.5 "
                    "is the usual median dispersal distance)."))
        self.add(QgsProcessingParameterNumber(self.LANDSCAPE_AREA, tr("Landscape area (ha)"),
                                              QgsProcessingParameterNumber.Type.Double, 0.0, minValue=0.0),
                 tr("Area A_L of the study landscape in hectares; 0 uses the bounding box of the cores."))
        self.add(QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Cores with indices"),
                                                   QgsProcessing.SourceType.TypeVectorPolygon),
                 tr("The cores (one feature per core id) with area_ha, dIIC, dPC and its intra, flux and connector "
                    "fractions (per cent)."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_CSV, tr("Indices table (CSV)"), "CSV (*.csv)",
                                                       optional=True),
                 tr("The same per-core table as CSV."))
        for key, label in ((self.IIC, tr("IIC")), (self.PC, tr("PC")), (self.EC_PC, tr("EC(PC), ha"))):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, CORES, context)
        if source is None:
            raise InputError("The cores layer could not be opened.")
        crs = source.sourceCrs()
        if crs.isGeographic():
            raise InputError("The cores layer is in a geographic CRS ({crs}); reproject it to a projected CRS "
                             "(e.g. VN-2000 / UTM) so areas and distances are in metres.", crs=crs_label(crs))
        id_field = CORE_ID_FIELD if parameter_as_strings(self, parameters, CORE_ID_FIELD, context) else None
        cores = read_features(self, parameters, CORES, context, feedback, crs, tr("Core areas"), id_field=id_field)
        if len(cores) < 2:
            raise InputError("Connectivity needs at least two cores (found {count}).", count=len(cores))
        cores.sort(key=lambda core: _id_order(core[0]))  # numeric ids in numeric order, then the others
        ids = [core_id for core_id, _ in cores]
        geometries = [_geometry(wkb) for _, wkb in cores]
        areas_ha = np.array([g.area() / 10000.0 for g in geometries])
        landscape = self.parameterAsDouble(parameters, self.LANDSCAPE_AREA, context)
        if landscape <= 0:
            extent = source.sourceExtent()
            landscape = extent.width() * extent.height() / 10000.0
            feedback.pushInfo(tr("Landscape area A_L = bounding box of the cores: {area:.2f} ha.").format(
                area=landscape))
        if self.parameterAsEnum(parameters, self.DISTANCES, context) == 0:
            n = len(ids)
            distances = np.zeros((n, n))
            for i in range(n):
                for j in range(i + 1, n):
                    distances[i, j] = distances[j, i] = geometries[i].distance(geometries[j])
        else:
            distances = self._link_distances(parameters, context, feedback, ids)
        progress, is_cancelled = self.progress_callbacks(feedback)
        result = connectivity_indices(areas_ha, distances, landscape,
                                      self.parameterAsDouble(parameters, self.DISPERSAL_DISTANCE, context),
                                      self.parameterAsDouble(parameters, self.PROBABILITY, context),
                                      progress=progress, is_cancelled=is_cancelled)
        feedback.pushInfo(tr("IIC = {iic:.6g}; PC = {pc:.6g}; EC(PC) = {ec:.2f} ha; {comp} group(s) of cores "
                             "linked within the dispersal distance.").format(
            iic=result.iic, pc=result.pc, ec=result.equivalent_connected_area, comp=result.n_components))
        fields = make_fields((("core_id", "String"), ("area_ha", "Double"), ("dIIC", "Double"),
                              ("dPC", "Double"), ("dPC_intra", "Double"),
                              ("dPC_flux", "Double"), ("dPC_connector", "Double")))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Type.MultiPolygon, crs)
        for n, cid in enumerate(ids):
            feature = QgsFeature(fields)
            geometry = QgsGeometry(geometries[n])
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            feature.setAttributes([str(cid), float(areas_ha[n]), float(result.d_iic[n]), float(result.d_pc[n]),
                                   float(result.d_pc_intra[n]), float(result.d_pc_flux[n]),
                                   float(result.d_pc_connector[n])])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        outputs = {self.OUTPUT: dest, self.IIC: result.iic, self.PC: result.pc,
                   self.EC_PC: result.equivalent_connected_area}
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        if csv_path:
            outputs[self.OUTPUT_CSV] = write_indices_csv(csv_path, [str(i) for i in ids], areas_ha, result)
        return outputs

    def _link_distances(self, parameters, context, feedback, ids):
        links = self.parameterAsSource(parameters, LINKS, context)
        names = [parameter_as_strings(self, parameters, p, context) for p in
                 (LINK_FROM_FIELD, LINK_TO_FIELD, self.LINK_DISTANCE_FIELD)]
        if links is None or not all(names):
            raise InputError("Distances from a link table need the link table and its two core-id fields and its "
                             "distance field.")
        key = {str(i): i for i in ids}
        rows = []
        for feature in links.getFeatures():
            dist = feature[names[2][0]]
            try:
                dist = float(dist) if dist is not None else None
            except (TypeError, ValueError):
                dist = None
            rows.append((key.get(str(feature[names[0][0]]), str(feature[names[0][0]])),
                         key.get(str(feature[names[1][0]]), str(feature[names[1][0]])), dist))
        distances, unknown = distance_matrix_from_links(ids, rows)
        if unknown:
            feedback.reportError(tr("Link table ids not found among the cores (ignored): {ids}").format(
                ids=", ".join(str(u) for u in unknown)))
        return distances
