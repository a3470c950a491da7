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
        <paletteEntry alpha="255" color="#e0e0e0" value="101" label="Không đổi: Mặt nước / No change: water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="102" label="Mặt nước → Đầm lầy mặn / Water → Salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="103" label="Mặt nước → Rừng / Water → Forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="104" label="Mặt nước → Đất nông nghiệp / Water → Cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="105" label="Mặt nước → Bãi cát / Water → Beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="106" label="Mặt nước → Đất xây dựng / Water → Built"/>
        <paletteEntry alpha="255" color="#1b7837" value="107" label="Mặt nước → Rừng ngập mặn / Water → Mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="108" label="Mặt nước → Đồng cỏ, cây bụi / Water → Grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="109" label="Mặt nước → Đất ngập nước / Water → Wetland"/>
        <paletteEntry alpha="255" color="#2c7fb8" value="201" label="Đầm lầy mặn → Mặt nước / Salt marsh → Water"/>
        <paletteEntry alpha="255" color="#e0e0e0" value="202" label="Không đổi: Đầm lầy mặn / No change: salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="203" label="Đầm lầy mặn → Rừng / Salt marsh → Forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="204" label="Đầm lầy mặn → Đất nông nghiệp / Salt marsh → Cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="205" label="Đầm lầy mặn → Bãi cát / Salt marsh → Beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="206" label="Đầm lầy mặn → Đất xây dựng / Salt marsh → Built"/>
        <paletteEntry alpha="255" color="#1b7837" value="207" label="Đầm lầy mặn → Rừng ngập mặn / Salt marsh → Mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="208" label="Đầm lầy mặn → Đồng cỏ, cây bụi / Salt marsh → Grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="209" label="Đầm lầy mặn → Đất ngập nước / Salt marsh → Wetland"/>
        <paletteEntry alpha="255" color="#2c7fb8" value="301" label="Rừng → Mặt nước / Forest → Water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="302" label="Rừng → Đầm lầy mặn / Forest → Salt marsh"/>
        <paletteEntry alpha="255" color="#e0e0e0" value="303" label="Không đổi: Rừng / No change: forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="304" label="Rừng → Đất nông nghiệp / Forest → Cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="305" label="Rừng → Bãi cát / Forest → Beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="306" label="Rừng → Đất xây dựng / Forest → Built"/>
        <paletteEntry alpha="255" color="#1b7837" value="307" label="Rừng → Rừng ngập mặn / Forest → Mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="308" label="Rừng → Đồng cỏ, cây bụi / Forest → Grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="309" label="Rừng → Đất ngập nước / Forest → Wetland"/>
        <paletteEntry alpha="255" color="#2c7fb8" value="401" label="Đất nông nghiệp → Mặt nước / Cropland → Water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="402" label="Đất nông nghiệp → Đầm lầy mặn / Cropland → Salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="403" label="Đất nông nghiệp → Rừng / Cropland → Forest"/>
        <paletteEntry alpha="255" color="#e0e0e0" value="404" label="Không đổi: Đất nông nghiệp / No change: cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="405" label="Đất nông nghiệp → Bãi cát / Cropland → Beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="406" label="Đất nông nghiệp → Đất xây dựng / Cropland → Built"/>
        <paletteEntry alpha="255" color="#1b7837" value="407" label="Đất nông nghiệp → Rừng ngập mặn / Cropland → Mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="408" label="Đất nông nghiệp → Đồng cỏ, cây bụi / Cropland → Grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="409" label="Đất nông nghiệp → Đất ngập nước / Cropland → Wetland"/>
        <paletteEntry alpha="255" color="#2c7fb8" value="501" label="Bãi cát → Mặt nước / Beach/sand → Water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="502" label="Bãi cát → Đầm lầy mặn / Beach/sand → Salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="503" label="Bãi cát → Rừng / Beach/sand → Forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="504" label="Bãi cát → Đất nông nghiệp / Beach/sand → Cropland"/>
        <paletteEntry alpha="255" color="#e0e0e0" value="505" label="Không đổi: Bãi cát / No change: beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="506" label="Bãi cát → Đất xây dựng / Beach/sand → Built"/>
        <paletteEntry alpha="255" color="#1b7837" value="507" label="Bãi cát → Rừng ngập mặn / Beach/sand → Mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="508" label="Bãi cát → Đồng cỏ, cây bụi / Beach/sand → Grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="509" label="Bãi cát → Đất ngập nước / Beach/sand → Wetland"/>
        <paletteEntry alpha="255" color="#2c7fb8" value="601" label="Đất xây dựng → Mặt nước / Built → Water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="602" label="Đất xây dựng → Đầm lầy mặn / Built → Salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="603" label="Đất xây dựng → Rừng / Built → Forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="604" label="Đất xây dựng → Đất nông nghiệp / Built → Cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="605" label="Đất xây dựng → Bãi cát / Built → Beach/sand"/>
        <paletteEntry alpha="255" color="#e0e0e0" value="606" label="Không đổi: Đất xây dựng / No change: built"/>
        <paletteEntry alpha="255" color="#1b7837" value="607" label="Đất xây dựng → Rừng ngập mặn / Built → Mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="608" label="Đất xây dựng → Đồng cỏ, cây bụi / Built → Grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="609" label="Đất xây dựng → Đất ngập nước / Built → Wetland"/>
        <paletteEntry alpha="255" color="#2c7fb8" value="701" label="Rừng ngập mặn → Mặt nước / Mangrove → Water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="702" label="Rừng ngập mặn → Đầm lầy mặn / Mangrove → Salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="703" label="Rừng ngập mặn → Rừng / Mangrove → Forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="704" label="Rừng ngập mặn → Đất nông nghiệp / Mangrove → Cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="705" label="Rừng ngập mặn → Bãi cát / Mangrove → Beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="706" label="Rừng ngập mặn → Đất xây dựng / Mangrove → Built"/>
        <paletteEntry alpha="255" color="#e0e0e0" value="707" label="Không đổi: Rừng ngập mặn / No change: mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="708" label="Rừng ngập mặn → Đồng cỏ, cây bụi / Mangrove → Grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="709" label="Rừng ngập mặn → Đất ngập nước / Mangrove → Wetland"/>
        <paletteEntry alpha="255" color="#2c7fb8" value="801" label="Đồng cỏ, cây bụi → Mặt nước / Grassland → Water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="802" label="Đồng cỏ, cây bụi → Đầm lầy mặn / Grassland → Salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="803" label="Đồng cỏ, cây bụi → Rừng / Grassland → Forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="804" label="Đồng cỏ, cây bụi → Đất nông nghiệp / Grassland → Cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="805" label="Đồng cỏ, cây bụi → Bãi cát / Grassland → Beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="806" label="Đồng cỏ, cây bụi → Đất xây dựng / Grassland → Built"/>
        <paletteEntry alpha="255" color="#1b7837" value="807" label="Đồng cỏ, cây bụi → Rừng ngập mặn / Grassland → Mangrove"/>
        <paletteEntry alpha="255" color="#e0e0e0" value="808" label="Không đổi: Đồng cỏ, cây bụi / No change: grassland"/>
        <paletteEntry alpha="255" color="#41b6c4" value="809" label="Đồng cỏ, cây bụi → Đất ngập nước / Grassland → Wetland"/>
        <paletteEntry alpha="255" color="#2c7fb8" value="901" label="Đất ngập nước → Mặt nước / Wetland → Water"/>
        <paletteEntry alpha="255" color="#66c2a5" value="902" label="Đất ngập nước → Đầm lầy mặn / Wetland → Salt marsh"/>
        <paletteEntry alpha="255" color="#00441b" value="903" label="Đất ngập nước → Rừng / Wetland → Forest"/>
        <paletteEntry alpha="255" color="#fdae61" value="904" label="Đất ngập nước → Đất nông nghiệp / Wetland → Cropland"/>
        <paletteEntry alpha="255" color="#f6e8c3" value="905" label="Đất ngập nước → Bãi cát / Wetland → Beach/sand"/>
        <paletteEntry alpha="255" color="#d73027" value="906" label="Đất ngập nước → Đất xây dựng / Wetland → Built"/>
        <paletteEntry alpha="255" color="#1b7837" value="907" label="Đất ngập nước → Rừng ngập mặn / Wetland → Mangrove"/>
        <paletteEntry alpha="255" color="#b8e186" value="908" label="Đất ngập nước → Đồng cỏ, cây bụi / Wetland → Grassland"/>
        <paletteEntry alpha="255" color="#e0e0e0" value="909" label="Không đổi: Đất ngập nước / No change: wetland"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast gamma="1" contrast="0" brightness="0"/>
    <huesaturation colorizeBlue="128" saturation="0" grayscaleMode="0" colorizeStrength="100" colorizeGreen="128" invertColors="0" colorizeOn="0" colorizeRed="255"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
