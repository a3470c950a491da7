<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="19"/>
        <source>Biodiversity (ĐDSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="22"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="23"/>
        <source>Province (after the 2025 mergers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="24"/>
        <source>Former province (its own VN-2000 TM-3 zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="25"/>
        <source>Use this VN-2000 TM-3 CRS for the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="40"/>
        <source>— the province as a whole —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="57"/>
        <source>Project CRS set to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="53"/>
        <source>Biodiversity panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="55"/>
        <source>Spectral indices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="57"/>
        <source>Biodiversity algorithms in the Processing Toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="28"/>
        <source>Imagery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="50"/>
        <source>Could not apply the style {path}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="22"/>
        <source>Biodiversity (ĐDSH) — habitat, reef/seagrass and corridor mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="22"/>
        <source>Sentinel-2 L1C/L2A, processing baseline before 04.00 (before 25 Jan 2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="23"/>
        <source>Sentinel-2 L1C/L2A, processing baseline 04.00 or later (offset −1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="24"/>
        <source>Landsat 8/9 Collection 2 Level-2 surface reflectance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="25"/>
        <source>Reflectance already (0–1), bands chosen by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="34"/>
        <source>Spectral indices (NDVI, NDWI, MNDWI, NDMI, SAVI, EVI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="38"/>
        <source>&lt;p&gt;Computes spectral indices from a multiband Sentinel-2 or Landsat raster, one output band per index (band descriptions name the index), processed block by block so a full Sentinel-2 tile fits in little memory.&lt;/p&gt;&lt;ul&gt;{formulas}&lt;/ul&gt;&lt;p&gt;Digital numbers are converted to reflectance first: Sentinel-2 (DN + offset)/10000 with offset −1000 from processing baseline 04.00; Landsat C2 L2 DN × 0.0000275 − 0.2. Pixels that are nodata in any band used, or where an index is undefined (zero denominator), are nodata (−9999) in the output.&lt;/p&gt;&lt;p&gt;References: Rouse et al. 1974 (NDVI); McFeeters 1996 (NDWI); Xu 2006 (MNDWI); Gao 1996 (NDMI); Huete 1988 (SAVI); Huete et al. 2002 (EVI).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="50"/>
        <source>Multiband image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="50"/>
        <source>Sentinel-2 or Landsat image with the bands stacked in one raster (GeoTIFF or any raster GDAL reads). Bands are found from their descriptions (B02…B12, SR_B2…SR_B7) or, without descriptions, from the band count of the sensor's usual layouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="54"/>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="54"/>
        <source>Which sensor and product the image comes from: sets the band layout and the conversion of digital numbers to reflectance. For Sentinel-2 scenes acquired since 25 January 2022 choose &apos;processing baseline 04.00 or later&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="69"/>
        <source>Indices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="58"/>
        <source>Indices to compute, one output band each, in this order: NDVI (vegetation), NDWI (open water), MNDWI (water, better in built areas), NDMI (moisture), SAVI (vegetation on bright soil), EVI (dense vegetation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="64"/>
        <source>{role} band (overrides the sensor preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="64"/>
        <source>Band number of the {role} band, when the sensor preset and the band descriptions cannot tell (e.g. a custom stack). Leave empty to use the preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="69"/>
        <source>Output GeoTIFF (Float32, tiled, compressed), one band per index, nodata −9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="86"/>
        <source>Bands used: {bands}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BdDockWidgetBase</name>
    <message>
        <location filename="../gui/dock_widget.ui" line="6"/>
        <source>Biodiversity (ĐDSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="13"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="17"/>
        <source>Province (after the 2025 mergers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="23"/>
        <source>Former province (its own VN-2000 TM-3 zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="35"/>
        <source>Use this VN-2000 TM-3 CRS for the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
