"""bd:spectralindices — NDVI, NDWI, MNDWI, NDMI, SAVI, EVI from Sentinel-2/Landsat, block by block."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from bd_qgis_plugin.core.indices import INDEX_KEYS, INDICES, compute_indices
from bd_qgis_plugin.core.sensors import SENSOR_KEYS
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import add_band_overrides, image_source, sensor_labels, stacked_image

ROLE_PARAMETERS = (("blue", "BAND_BLUE"), ("green", "BAND_GREEN"), ("red", "BAND_RED"),
                   ("nir", "BAND_NIR"), ("swir1", "BAND_SWIR1"))


class SpectralIndicesAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "spectralindices"
    OUTPUT_STYLES = {"OUTPUT": "spectral_index"}
    group_key = "imagery"
    ADDITIONAL_BANDS = "ADDITIONAL_BANDS"
    INDICES = "INDICES"

    TAGS = ("NDVI", "NDWI", "MNDWI", "NDMI", "SAVI", "EVI", "Sentinel-2", "Landsat")

    def display_name(self):
        return tr("Spectral indices")

    def short_description(self):
        return tr("NDVI, NDWI, MNDWI, NDMI, SAVI and EVI from the bands of a Sentinel-2 or Landsat image.")

    def help_text(self):
        formulas = "".join(f"<li><b>{k}</b> = {INDICES[k].formula}</li>" for k in INDEX_KEYS)
        return tr(
            "<p>Computes spectral indices from a multiband Sentinel-2 or Landsat raster, one output band per "
            "index (band descriptions name the index), processed block by block so a full Sentinel-2 tile "
            "fits in little memory.</p><ul>{formulas}</ul>"
            "<p>Digital numbers are converted to reflectance first: Sentinel-2 (DN + offset)/10000 with offset "
            "−1000 from processing baseline 04.00; Landsat C2 L2 DN × 0.0000275 − 0.2. Pixels that are nodata in "
            "any band used, or where an index is undefined (zero denominator), are nodata (−9999) in the output."
            "</p><p>References: Rouse et al. 1974 (NDVI); McFeeters 1996 (NDWI); Xu 2006 (MNDWI); Gao 1996 "
            "(NDMI); Huete 1988 (SAVI); Huete et al. 2002 (EVI).</p>"
        ).format(formulas=formulas)

    def define(self):
        self.add(QgsProcessingParameterRasterLayer(self.INPUT, tr("Multiband image")),
                 tr("Sentinel-2 or Landsat image with the bands stacked in one raster (GeoTIFF or any raster GDAL "
                    "reads). Bands are found from their descriptions (B02…B12, SR_B2…SR_B7) or, without "
                    "descriptions, from the band count of the sensor's usual layouts."))
        self.add(QgsProcessingParameterMultipleLayers(self.ADDITIONAL_BANDS, tr("Additional band files"),
                                                      QgsProcessing.SourceType.TypeRaster, optional=True),
                 tr("Other rasters on the same grid whose bands are appended after the image's bands, e.g. the "
                    "separate band files of a Sentinel-2 product (…_B04_10m.jp2, …_B08_10m.jp2): the band name in "
                    "a file name (B04, B8A, SR_B5) is used as its description. Files of different resolution or "
                    "extent are refused: resample them first."))
        self.add(QgsProcessingParameterEnum(self.SENSOR, tr("Sensor"), options=sensor_labels(), defaultValue=0),
                 tr("Which sensor and product the image comes from: sets the band layout and the conversion of "
                    "digital numbers to reflectance. For Sentinel-2 scenes acquired since 25 January 2022 choose "
                    "'processing baseline 04.00 or later'."))
        self.add(QgsProcessingParameterEnum(self.INDICES, tr("Indices"), options=list(INDEX_KEYS), allowMultiple=True,
                                            defaultValue=[0, 1]),
                 tr("Indices to compute, one output band each, in this order: NDVI (vegetation), NDWI (open water), "
                    "MNDWI (water, better in built areas), NDMI (moisture), SAVI (vegetation on bright soil), "
                    "EVI (dense vegetation)."))
        add_band_overrides(self, ROLE_PARAMETERS)
        self.add(QgsProcessingParameterRasterDestination(self.OUTPUT, tr("Index raster")),
                 tr("Output GeoTIFF (Float32, tiled, compressed), one band per index, nodata −9999."))

    def compute(self, parameters, context, feedback):
        layer = image_source(self, parameters, context)
        source, extras = stacked_image(self, parameters, self.ADDITIONAL_BANDS, context, layer, "stack")
        if extras:
            feedback.pushInfo(tr("Stacked {count} rasters into {path}").format(count=extras + 1, path=source))
        sensor = SENSOR_KEYS[self.parameterAsEnum(parameters, self.SENSOR, context)]
        indices = [INDEX_KEYS[i] for i in self.parameterAsEnums(parameters, self.INDICES, context)]
        explicit = {role: self.parameterAsInt(parameters, name, context) for role, name in ROLE_PARAMETERS
                    if parameters.get(name) not in (None, "", 0)}
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        progress, is_cancelled = self.progress_callbacks(feedback)
        result = compute_indices(source, output, indices, sensor, explicit, progress, is_cancelled)
        feedback.pushInfo(tr("Bands used: {bands}").format(
            bands=", ".join(f"{role.upper()}={band}" for role, band in result["bands"].items())))
        self.style_output(context, output, "spectral_index")
        return {self.OUTPUT: output}
