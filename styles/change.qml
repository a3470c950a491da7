<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis maxScale="0" minScale="1e+08" version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <flags>
    <Identifiable>1</Identifiable>
    <Removable>1</Removable>
    <Searchable>1</Searchable>
    <Private>0</Private>
  </flags>
  <temporal mode="0" enabled="0" fetchMode="0">
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
    <rasterrenderer band="1" type="paletted" opacity="1" alphaBand="-1" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry color="#e0e0e0" value="101" label="Không đổi: Mặt nước / No change: water" alpha="255"/>
        <paletteEntry color="#66c2a5" value="102" label="Mặt nước → Đầm lầy mặn / Water → Salt marsh" alpha="255"/>
        <paletteEntry color="#00441b" value="103" label="Mặt nước → Rừng / Water → Forest" alpha="255"/>
        <paletteEntry color="#fdae61" value="104" label="Mặt nước → Đất nông nghiệp / Water → Cropland" alpha="255"/>
        <paletteEntry color="#f6e8c3" value="105" label="Mặt nước → Bãi cát / Water → Beach/sand" alpha="255"/>
        <paletteEntry color="#d73027" value="106" label="Mặt nước → Đất xây dựng / Water → Built" alpha="255"/>
        <paletteEntry color="#1b7837" value="107" label="Mặt nước → Rừng ngập mặn / Water → Mangrove" alpha="255"/>
        <paletteEntry color="#b8e186" value="108" label="Mặt nước → Đồng cỏ, cây bụi / Water → Grassland" alpha="255"/>
        <paletteEntry color="#41b6c4" value="109" label="Mặt nước → Đất ngập nước / Water → Wetland" alpha="255"/>
        <paletteEntry color="#2c7fb8" value="201" label="Đầm lầy mặn → Mặt nước / Salt marsh → Water" alpha="255"/>
        <paletteEntry color="#e0e0e0" value="202" label="Không đổi: Đầm lầy mặn / No change: salt marsh" alpha="255"/>
        <paletteEntry color="#00441b" value="203" label="Đầm lầy mặn → Rừng / Salt marsh → Forest" alpha="255"/>
        <paletteEntry color="#fdae61" value="204" label="Đầm lầy mặn → Đất nông nghiệp / Salt marsh → Cropland" alpha="255"/>
        <paletteEntry color="#f6e8c3" value="205" label="Đầm lầy mặn → Bãi cát / Salt marsh → Beach/sand" alpha="255"/>
        <paletteEntry color="#d73027" value="206" label="Đầm lầy mặn → Đất xây dựng / Salt marsh → Built" alpha="255"/>
        <paletteEntry color="#1b7837" value="207" label="Đầm lầy mặn → Rừng ngập mặn / Salt marsh → Mangrove" alpha="255"/>
        <paletteEntry color="#b8e186" value="208" label="Đầm lầy mặn → Đồng cỏ, cây bụi / Salt marsh → Grassland" alpha="255"/>
        <paletteEntry color="#41b6c4" value="209" label="Đầm lầy mặn → Đất ngập nước / Salt marsh → Wetland" alpha="255"/>
        <paletteEntry color="#2c7fb8" value="301" label="Rừng → Mặt nước / Forest → Water" alpha="255"/>
        <paletteEntry color="#66c2a5" value="302" label="Rừng → Đầm lầy mặn / Forest → Salt marsh" alpha="255"/>
        <paletteEntry color="#e0e0e0" value="303" label="Không đổi: Rừng / No change: forest" alpha="255"/>
        <paletteEntry color="#fdae61" value="304" label="Rừng → Đất nông nghiệp / Forest → Cropland" alpha="255"/>
        <paletteEntry color="#f6e8c3" value="305" label="Rừng → Bãi cát / Forest → Beach/sand" alpha="255"/>
        <paletteEntry color="#d73027" value="306" label="Rừng → Đất xây dựng / Forest → Built" alpha="255"/>
        <paletteEntry color="#1b7837" value="307" label="Rừng → Rừng ngập mặn / Forest → Mangrove" alpha="255"/>
        <paletteEntry color="#b8e186" value="308" label="Rừng → Đồng cỏ, cây bụi / Forest → Grassland" alpha="255"/>
        <paletteEntry color="#41b6c4" value="309" label="Rừng → Đất ngập nước / Forest → Wetland" alpha="255"/>
        <paletteEntry color="#2c7fb8" value="401" label="Đất nông nghiệp → Mặt nước / Cropland → Water" alpha="255"/>
        <paletteEntry color="#66c2a5" value="402" label="Đất nông nghiệp → Đầm lầy mặn / Cropland → Salt marsh" alpha="255"/>
        <paletteEntry color="#00441b" value="403" label="Đất nông nghiệp → Rừng / Cropland → Forest" alpha="255"/>
        <paletteEntry color="#e0e0e0" value="404" label="Không đổi: Đất nông nghiệp / No change: cropland" alpha="255"/>
        <paletteEntry color="#f6e8c3" value="405" label="Đất nông nghiệp → Bãi cát / Cropland → Beach/sand" alpha="255"/>
        <paletteEntry color="#d73027" value="406" label="Đất nông nghiệp → Đất xây dựng / Cropland → Built" alpha="255"/>
        <paletteEntry color="#1b7837" value="407" label="Đất nông nghiệp → Rừng ngập mặn / Cropland → Mangrove" alpha="255"/>
        <paletteEntry color="#b8e186" value="408" label="Đất nông nghiệp → Đồng cỏ, cây bụi / Cropland → Grassland" alpha="255"/>
        <paletteEntry color="#41b6c4" value="409" label="Đất nông nghiệp → Đất ngập nước / Cropland → Wetland" alpha="255"/>
        <paletteEntry color="#2c7fb8" value="501" label="Bãi cát → Mặt nước / Beach/sand → Water" alpha="255"/>
        <paletteEntry color="#66c2a5" value="502" label="Bãi cát → Đầm lầy mặn / Beach/sand → Salt marsh" alpha="255"/>
        <paletteEntry color="#00441b" value="503" label="Bãi cát → Rừng / Beach/sand → Forest" alpha="255"/>
        <paletteEntry color="#fdae61" value="504" label="Bãi cát → Đất nông nghiệp / Beach/sand → Cropland" alpha="255"/>
        <paletteEntry color="#e0e0e0" value="505" label="Không đổi: Bãi cát / No change: beach/sand" alpha="255"/>
        <paletteEntry color="#d73027" value="506" label="Bãi cát → Đất xây dựng / Beach/sand → Built" alpha="255"/>
        <paletteEntry color="#1b7837" value="507" label="Bãi cát → Rừng ngập mặn / Beach/sand → Mangrove" alpha="255"/>
        <paletteEntry color="#b8e186" value="508" label="Bãi cát → Đồng cỏ, cây bụi / Beach/sand → Grassland" alpha="255"/>
        <paletteEntry color="#41b6c4" value="509" label="Bãi cát → Đất ngập nước / Beach/sand → Wetland" alpha="255"/>
        <paletteEntry color="#2c7fb8" value="601" label="Đất xây dựng → Mặt nước / Built → Water" alpha="255"/>
        <paletteEntry color="#66c2a5" value="602" label="Đất xây dựng → Đầm lầy mặn / Built → Salt marsh" alpha="255"/>
        <paletteEntry color="#00441b" value="603" label="Đất xây dựng → Rừng / Built → Forest" alpha="255"/>
        <paletteEntry color="#fdae61" value="604" label="Đất xây dựng → Đất nông nghiệp / Built → Cropland" alpha="255"/>
        <paletteEntry color="#f6e8c3" value="605" label="Đất xây dựng → Bãi cát / Built → Beach/sand" alpha="255"/>
        <paletteEntry color="#e0e0e0" value="606" label="Không đổi: Đất xây dựng / No change: built" alpha="255"/>
        <paletteEntry color="#1b7837" value="607" label="Đất xây dựng → Rừng ngập mặn / Built → Mangrove" alpha="255"/>
        <paletteEntry color="#b8e186" value="608" label="Đất xây dựng → Đồng cỏ, cây bụi / Built → Grassland" alpha="255"/>
        <paletteEntry color="#41b6c4" value="609" label="Đất xây dựng → Đất ngập nước / Built → Wetland" alpha="255"/>
        <paletteEntry color="#2c7fb8" value="701" label="Rừng ngập mặn → Mặt nước / Mangrove → Water" alpha="255"/>
        <paletteEntry color="#66c2a5" value="702" label="Rừng ngập mặn → Đầm lầy mặn / Mangrove → Salt marsh" alpha="255"/>
        <paletteEntry color="#00441b" value="703" label="Rừng ngập mặn → Rừng / Mangrove → Forest" alpha="255"/>
        <paletteEntry color="#fdae61" value="704" label="Rừng ngập mặn → Đất nông nghiệp / Mangrove → Cropland" alpha="255"/>
        <paletteEntry color="#f6e8c3" value="705" label="Rừng ngập mặn → Bãi cát / Mangrove → Beach/sand" alpha="255"/>
        <paletteEntry color="#d73027" value="706" label="Rừng ngập mặn → Đất xây dựng / Mangrove → Built" alpha="255"/>
        <paletteEntry color="#e0e0e0" value="707" label="Không đổi: Rừng ngập mặn / No change: mangrove" alpha="255"/>
        <paletteEntry color="#b8e186" value="708" label="Rừng ngập mặn → Đồng cỏ, cây bụi / Mangrove → Grassland" alpha="255"/>
        <paletteEntry color="#41b6c4" value="709" label="Rừng ngập mặn → Đất ngập nước / Mangrove → Wetland" alpha="255"/>
        <paletteEntry color="#2c7fb8" value="801" label="Đồng cỏ, cây bụi → Mặt nước / Grassland → Water" alpha="255"/>
        <paletteEntry color="#66c2a5" value="802" label="Đồng cỏ, cây bụi → Đầm lầy mặn / Grassland → Salt marsh" alpha="255"/>
        <paletteEntry color="#00441b" value="803" label="Đồng cỏ, cây bụi → Rừng / Grassland → Forest" alpha="255"/>
        <paletteEntry color="#fdae61" value="804" label="Đồng cỏ, cây bụi → Đất nông nghiệp / Grassland → Cropland" alpha="255"/>
        <paletteEntry color="#f6e8c3" value="805" label="Đồng cỏ, cây bụi → Bãi cát / Grassland → Beach/sand" alpha="255"/>
        <paletteEntry color="#d73027" value="806" label="Đồng cỏ, cây bụi → Đất xây dựng / Grassland → Built" alpha="255"/>
        <paletteEntry color="#1b7837" value="807" label="Đồng cỏ, cây bụi → Rừng ngập mặn / Grassland → Mangrove" alpha="255"/>
        <paletteEntry color="#e0e0e0" value="808" label="Không đổi: Đồng cỏ, cây bụi / No change: grassland" alpha="255"/>
        <paletteEntry color="#41b6c4" value="809" label="Đồng cỏ, cây bụi → Đất ngập nước / Grassland → Wetland" alpha="255"/>
        <paletteEntry color="#2c7fb8" value="901" label="Đất ngập nước → Mặt nước / Wetland → Water" alpha="255"/>
        <paletteEntry color="#66c2a5" value="902" label="Đất ngập nước → Đầm lầy mặn / Wetland → Salt marsh" alpha="255"/>
        <paletteEntry color="#00441b" value="903" label="Đất ngập nước → Rừng / Wetland → Forest" alpha="255"/>
        <paletteEntry color="#fdae61" value="904" label="Đất ngập nước → Đất nông nghiệp / Wetland → Cropland" alpha="255"/>
        <paletteEntry color="#f6e8c3" value="905" label="Đất ngập nước → Bãi cát / Wetland → Beach/sand" alpha="255"/>
        <paletteEntry color="#d73027" value="906" label="Đất ngập nước → Đất xây dựng / Wetland → Built" alpha="255"/>
        <paletteEntry color="#1b7837" value="907" label="Đất ngập nước → Rừng ngập mặn / Wetland → Mangrove" alpha="255"/>
        <paletteEntry color="#b8e186" value="908" label="Đất ngập nước → Đồng cỏ, cây bụi / Wetland → Grassland" alpha="255"/>
        <paletteEntry color="#e0e0e0" value="909" label="Không đổi: Đất ngập nước / No change: wetland" alpha="255"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast gamma="1" contrast="0" brightness="0"/>
    <huesaturation invertColors="0" colorizeStrength="100" saturation="0" colorizeOn="0" grayscaleMode="0" colorizeRed="255" colorizeBlue="128" colorizeGreen="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
