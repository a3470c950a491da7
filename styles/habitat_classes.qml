<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" minScale="1e+08" hasScaleBasedVisibilityFlag="0" version="3.22.16-Białowieża" styleCategories="AllStyleCategories">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal enabled="0" fetchMode="0" mode="0">
    <fixedRange>
      <start></start>
      <end></end>
    </fixedRange>
  </temporal>
  <customproperties>
    <Option type="Map">
      <Option name="identify/format" type="QString" value="Value"/>
    </Option>
  </customproperties>
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option name="name" type="QString" value=""/>
      <Option name="properties"/>
      <Option name="type" type="QString" value="collection"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling enabled="false" zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour" maxOversampling="2"/>
    </provider>
    <rasterrenderer type="paletted" nodataColor="" alphaBand="-1" opacity="1" band="1">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry alpha="255" color="#2c7fb8" value="1" label="Mặt nước / Water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="2" label="Đầm lầy mặn / Salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="3" label="Rừng / Forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="4" label="Đất nông nghiệp / Cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="5" label="Bãi cát / Beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="6" label="Đất xây dựng / Built"/>
        <paletteEntry alpha="255" color="#1b7837" value="7" label="Rừng ngập mặn / Mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="8" label="Đồng cỏ, cây bụi / Grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="9" label="Đất ngập nước / Wetland"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast gamma="1" contrast="0" brightness="0"/>
    <huesaturation colorizeBlue="128" saturation="0" grayscaleMode="0" colorizeStrength="100" colorizeGreen="128" invertColors="0" colorizeOn="0" colorizeRed="255"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
