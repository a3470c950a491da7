"""bd:thematicmap — a finished thematic map (PDF and PNG) from layers or a QGIS project and a print template."""

import os

from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProject,
)

from bd_qgis_plugin.compat import parameter_as_strings
from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.provinces import format_meridian, load_provinces, province_sort_key
from bd_qgis_plugin.crs import province_crs
from bd_qgis_plugin.i18n import tr
from bd_qgis_plugin.maps.layout import TEMPLATE_NAMES, template_path
from bd_qgis_plugin.maps.styles import ensure_style
from bd_qgis_plugin.maps.thematic import MAP_TEXTS, make_thematic_map, map_texts, named_extent, with_margin
from bd_qgis_plugin.processing_algorithms.base import BdAlgorithm
from bd_qgis_plugin.processing_algorithms.inputs import add_zones, read_features
from bd_qgis_plugin.processing_algorithms.maps.common import LANGUAGE, LAYERS, OUTPUT_PDF, SUBTITLE, TITLE

LANGUAGES = ("vi", "en")
#: The dialog's widget for ZONE_NAME, resolved by Processing only when it builds a dialog.
ZONE_NAME_WIDGET = "bd_qgis_plugin.gui.processing_widgets.ZoneNameWidgetWrapper"


def province_choices():
    """The provinces of the PROVINCE choice: those in force, then the pre-2025 ones, each in Vietnamese order."""
    return sorted(load_provinces(), key=lambda p: (p.status != "current", province_sort_key(p)))


def template_labels():
    return [tr("A4 landscape"), tr("A4 portrait"), tr("A3 landscape"), tr("A3 portrait")]


def project_layers(path):
    """(project, visible layers top first) of a QGIS project file."""
    project = QgsProject()
    if not project.read(path):
        raise InputError("The QGIS project '{path}' could not be read.", path=path)
    root = project.layerTreeRoot()
    layers = [node.layer() for node in root.findLayers() if node.isVisible() and node.layer() is not None]
    return project, layers


class ThematicMapAlgorithm(BdAlgorithm):
    ALGORITHM_ID = "thematicmap"
    group_key = "maps"
    PROJECT = "PROJECT"
    TEMPLATE = "TEMPLATE"
    TEMPLATE_FILE = "TEMPLATE_FILE"
    EXTENT = "EXTENT"
    ZONE_NAME = "ZONE_NAME"
    PROVINCE = "PROVINCE"
    AUTHOR = "AUTHOR"
    MAP_NUMBER = "MAP_NUMBER"
    CREDITS = "CREDITS"
    DPI = "DPI"
    OUTPUT_PNG = "OUTPUT_PNG"

    def flags(self):
        # Layouts render fonts and pictures: run in the main thread.
        return super().flags() | QgsProcessingAlgorithm.Flag.FlagNoThreading

    TAGS = ("PDF", "PNG", "print layout", "map")

    def display_name(self):
        return tr("Thematic map")

    def short_description(self):
        return tr("A finished map as PDF and PNG from the plugin's A4/A3 print templates.")

    def help_text(self):
        return tr(
            "<p>Prints a finished thematic map from layers (or a QGIS project) with a print template of the "
            "plugin (A4/A3, landscape/portrait): title and subtitle, legend, scale bar, north arrow, coordinate "
            "grid with labels in the province's VN-2000 TM-3 CRS, locator inset, data source and credits, author, "
            "date and map number. The map frames an extent, one reserve of a zones layer, or all layers. Class "
            "labels of the plugin's styles are shown in the map's language. Layers keep their own style; "
            "outputs of the plugin get theirs when loaded.</p>")

    def define(self):
        self.add(QgsProcessingParameterMultipleLayers(LAYERS, tr("Layers"), QgsProcessing.SourceType.TypeMapLayer,
                                                      optional=True),
                 tr("Layers to show, listed top to bottom as in the legend. Leave empty to use a QGIS project."))
        self.add(QgsProcessingParameterFile(self.PROJECT, tr("QGIS project"), extension="qgz", optional=True),
                 tr("A .qgz/.qgs project whose visible layers are shown (used when no layers are given)."))
        self.add(QgsProcessingParameterEnum(self.TEMPLATE, tr("Template"), template_labels(), defaultValue=0),
                 tr("Page size and orientation of the plugin's print templates."))
        self.add(QgsProcessingParameterFile(self.TEMPLATE_FILE, tr("Own template (.qpt)"), extension="qpt",
                                            optional=True),
                 tr("A layout template edited in QGIS from one of the plugin's templates (keep the item ids "
                    "map, locator, legend, title…); replaces the template chosen above."), advanced=True)
        self.add(QgsProcessingParameterExtent(self.EXTENT, tr("Extent"), optional=True),
                 tr("Area to show. Leave empty to frame the reserve chosen below, or all layers."))
        add_zones(self, tr("Reserves / zones"),
                  tr("Polygons of the reserves or zones, drawn as labelled outlines on top."),
                  tr("Field naming the reserve or zone (labels, and the reserve to frame)."), optional=True)
        zone_name = QgsProcessingParameterString(self.ZONE_NAME, tr("Reserve to frame"), optional=True)
        zone_name.setMetadata({"widget_wrapper": {"class": ZONE_NAME_WIDGET}})  # a list of the zones in the dialog
        self.add(zone_name, tr("Name of the reserve or zone the map frames: in the dialog, one of the names of the "
                               "zone name field of the zones layer (or typed); in a script, the name itself."))
        provinces = province_choices()
        self.add(QgsProcessingParameterEnum(
            self.PROVINCE, tr("Province (VN-2000 TM-3 CRS)"),
            [tr("(CRS of the first layer)")] + [f"{p.name_vi} — TM-3 {format_meridian(p.central_meridian)}"
                                                + ("" if p.status == "current" else " *") for p in provinces],
            defaultValue=0),
                 tr("The map and its grid are drawn in this province's VN-2000 TM-3 zone (EPSG code when EPSG "
                    "defines it). Provinces marked * are pre-2025 provinces."))
        self.add(QgsProcessingParameterString(TITLE, tr("Title"), defaultValue=""),
                 tr("Map title, e.g. 'Bản đồ hiện trạng sinh cảnh'."))
        self.add(QgsProcessingParameterString(SUBTITLE, tr("Subtitle"), optional=True),
                 tr("Second line under the title; empty gives the province and CRS."))
        self.add(QgsProcessingParameterEnum(LANGUAGE, tr("Map language"), [tr("Vietnamese"), tr("English")],
                                            defaultValue=0),
                 tr("Language of the texts printed on the map (legend title, class names, margin texts)."))
        self.add(QgsProcessingParameterString(self.AUTHOR, tr("Author"), optional=True),
                 tr("Person or office that made the map."))
        self.add(QgsProcessingParameterString(self.MAP_NUMBER, tr("Map number"), optional=True),
                 tr("Number of the map in a series or report."))
        self.add(QgsProcessingParameterString(self.CREDITS, tr("Data source and credits"), optional=True),
                 tr("E.g. 'Copernicus Sentinel-2 2024; Sở Nông nghiệp và Môi trường'. Empty lists the layers."))
        self.add(QgsProcessingParameterNumber(self.DPI, tr("Resolution (dpi)"),
                                              QgsProcessingParameterNumber.Type.Integer,
                                              defaultValue=200, minValue=50, maxValue=600),
                 tr("Resolution of the PNG and of raster layers in the PDF."), advanced=True)
        self.add(QgsProcessingParameterFileDestination(OUTPUT_PDF, tr("Map (PDF)"), tr("PDF files (*.pdf)")),
                 tr("The map as PDF (vector text, searchable)."))
        self.add(QgsProcessingParameterFileDestination(self.OUTPUT_PNG, tr("Map (PNG)"), tr("PNG images (*.png)"),
                                                       optional=True),
                 tr("The map as PNG image."))

    def compute(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, LAYERS, context)
        project_path = self.parameterAsFile(parameters, self.PROJECT, context)
        keep_alive = None
        if not layers and project_path:
            keep_alive, layers = project_layers(project_path)
        layers = [layer.clone() for layer in layers]  # styled here without touching the user's layers
        for layer in layers:
            ensure_style(layer)
        zones = self.parameterAsVectorLayer(parameters, self.ZONES, context)
        zone_fields = parameter_as_strings(self, parameters, self.ZONE_FIELD, context)
        zone_field = zone_fields[0] if zone_fields else None
        zone_name = self.parameterAsString(parameters, self.ZONE_NAME, context).strip()
        if zones is not None and zone_name and not zone_field:
            raise InputError("Choose the zone name field to frame the reserve '{zone}'.", zone=zone_name)
        if not layers and zones is None:
            raise InputError("Give at least one layer (or a QGIS project) to put on the map.")
        language = LANGUAGES[self.parameterAsEnum(parameters, LANGUAGE, context)]
        province_index = self.parameterAsEnum(parameters, self.PROVINCE, context)
        province = province_choices()[province_index - 1] if province_index > 0 else None
        crs = province_crs(province) if province else (layers[0] if layers else zones).crs()
        extent = None
        if parameters.get(self.EXTENT):
            extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if (extent is None or extent.isEmpty()) and zones is not None and zone_name:
            extent = self.zone_extent(parameters, context, feedback, crs, zone_name)
        template = self.parameterAsFile(parameters, self.TEMPLATE_FILE, context) or template_path(
            TEMPLATE_NAMES[self.parameterAsEnum(parameters, self.TEMPLATE, context)])
        if not os.path.exists(template):
            raise InputError("The template '{path}' does not exist.", path=template)
        subtitle = self.parameterAsString(parameters, SUBTITLE, context)
        if not subtitle:
            words = MAP_TEXTS[language]
            place = ""
            if province:
                place = f"{words['province']} {province.name_vi if language == 'vi' else province.name_en} · "
            subtitle = place + crs.description()
        texts = map_texts(language, self.parameterAsString(parameters, TITLE, context), subtitle,
                          self.parameterAsString(parameters, self.AUTHOR, context),
                          self.parameterAsString(parameters, self.MAP_NUMBER, context),
                          self.parameterAsString(parameters, self.CREDITS, context), crs, layers)
        pdf = self.parameterAsFileOutput(parameters, OUTPUT_PDF, context)
        png = self.parameterAsFileOutput(parameters, self.OUTPUT_PNG, context) or None
        feedback.pushInfo(tr("Map in {crs}, template {template}.").format(crs=crs.description(),
                                                                          template=os.path.basename(template)))
        make_thematic_map(layers, template, crs, texts, language, pdf, png, extent=extent, zones=zones,
                          zone_field=zone_field, zone_name=zone_name or None,
                          dpi=self.parameterAsInt(parameters, self.DPI, context))
        del keep_alive
        results = {OUTPUT_PDF: pdf}
        if png:
            results[self.OUTPUT_PNG] = png
        return results

    def zone_extent(self, parameters, context, feedback, crs, zone_name):
        """The frame (in ``crs``, 5 % margin) of the zone(s) named ``zone_name``, read with the one reader."""
        boxes = []
        for name, wkb in read_features(self, parameters, self.ZONES, context, feedback, crs, tr("Reserves / zones"),
                                       id_field=self.ZONE_FIELD):
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            boxes.append((name, geometry.boundingBox()))
        return with_margin(named_extent(boxes, zone_name))
