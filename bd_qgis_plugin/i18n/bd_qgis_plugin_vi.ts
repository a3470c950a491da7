<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="37"/>
        <source>Biodiversity (ĐDSH)</source>
        <translation>Đa dạng sinh học (ĐDSH)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="22"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="23"/>
        <source>Province (after the 2025 mergers)</source>
        <translation>Tỉnh, thành phố (sau sắp xếp năm 2025)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="24"/>
        <source>Former province (its own VN-2000 TM-3 zone)</source>
        <translation>Tỉnh cũ (múi chiếu VN-2000 TM-3 riêng)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="25"/>
        <source>Use this VN-2000 TM-3 CRS for the project</source>
        <translation>Dùng hệ tọa độ VN-2000 TM-3 này cho dự án</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="40"/>
        <source>— the province as a whole —</source>
        <translation>— toàn tỉnh —</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="57"/>
        <source>Project CRS set to {name}.</source>
        <translation>Đã đặt hệ tọa độ của dự án: {name}.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="44"/>
        <source>The Processing provider &apos;bd&apos; is already registered.</source>
        <translation>Nhà cung cấp Xử lý 'bd' đã được đăng ký.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="58"/>
        <source>Biodiversity panel</source>
        <translation>Bảng đa dạng sinh học</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="60"/>
        <source>Spectral indices…</source>
        <translation>Chỉ số phổ…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="62"/>
        <source>Biodiversity algorithms in the Processing Toolbox</source>
        <translation>Các công cụ đa dạng sinh học trong hộp công cụ Xử lý</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="34"/>
        <source>Imagery</source>
        <translation>Ảnh viễn thám</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="66"/>
        <source>Could not apply the style {path}: {message}</source>
        <translation>Không áp dụng được kiểu hiển thị {path}: {message}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="119"/>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="40"/>
        <source>Biodiversity (ĐDSH) — habitat, reef/seagrass and corridor mapping</source>
        <translation>Đa dạng sinh học (ĐDSH) — bản đồ sinh cảnh, rạn san hô/thảm cỏ biển và hành lang đa dạng sinh học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="29"/>
        <source>Sentinel-2 L1C/L2A, processing baseline before 04.00 (before 25 Jan 2022)</source>
        <translation>Sentinel-2 L1C/L2A, phiên bản xử lý trước 04.00 (trước 25/01/2022)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="30"/>
        <source>Sentinel-2 L1C/L2A, processing baseline 04.00 or later (offset −1000)</source>
        <translation>Sentinel-2 L1C/L2A, phiên bản xử lý 04.00 trở về sau (độ lệch −1000)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="31"/>
        <source>Landsat 8/9 Collection 2 Level-2 surface reflectance</source>
        <translation>Landsat 8/9 Collection 2 Level-2, phản xạ bề mặt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="32"/>
        <source>Reflectance already (0–1), bands chosen by number</source>
        <translation>Đã là phản xạ (0–1), chọn kênh theo số thứ tự</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="41"/>
        <source>Spectral indices (NDVI, NDWI, MNDWI, NDMI, SAVI, EVI)</source>
        <translation>Chỉ số phổ (NDVI, NDWI, MNDWI, NDMI, SAVI, EVI)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="45"/>
        <source>&lt;p&gt;Computes spectral indices from a multiband Sentinel-2 or Landsat raster, one output band per index (band descriptions name the index), processed block by block so a full Sentinel-2 tile fits in little memory.&lt;/p&gt;&lt;ul&gt;{formulas}&lt;/ul&gt;&lt;p&gt;Digital numbers are converted to reflectance first: Sentinel-2 (DN + offset)/10000 with offset −1000 from processing baseline 04.00; Landsat C2 L2 DN × 0.0000275 − 0.2. Pixels that are nodata in any band used, or where an index is undefined (zero denominator), are nodata (−9999) in the output.&lt;/p&gt;&lt;p&gt;References: Rouse et al. 1974 (NDVI); McFeeters 1996 (NDWI); Xu 2006 (MNDWI); Gao 1996 (NDMI); Huete 1988 (SAVI); Huete et al. 2002 (EVI).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tính các chỉ số phổ từ ảnh Sentinel-2 hoặc Landsat đa kênh, mỗi chỉ số một kênh đầu ra (mô tả kênh ghi tên chỉ số), xử lý theo từng khối nên cả một cảnh Sentinel-2 cũng chỉ cần ít bộ nhớ.&lt;/p&gt;&lt;ul&gt;{formulas}&lt;/ul&gt;&lt;p&gt;Giá trị số (DN) được đổi sang phản xạ trước: Sentinel-2 (DN + độ lệch)/10000, độ lệch −1000 từ phiên bản xử lý 04.00; Landsat C2 L2 DN × 0,0000275 − 0,2. Điểm ảnh không có dữ liệu ở bất kỳ kênh nào được dùng, hoặc có chỉ số không xác định (mẫu số bằng 0), là không có dữ liệu (−9999) ở đầu ra.&lt;/p&gt;&lt;p&gt;Tài liệu: Rouse và cs. 1974 (NDVI); McFeeters 1996 (NDWI); Xu 2006 (MNDWI); Gao 1996 (NDMI); Huete 1988 (SAVI); Huete và cs. 2002 (EVI).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="57"/>
        <source>Multiband image</source>
        <translation>Ảnh đa kênh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="57"/>
        <source>Sentinel-2 or Landsat image with the bands stacked in one raster (GeoTIFF or any raster GDAL reads). Bands are found from their descriptions (B02…B12, SR_B2…SR_B7) or, without descriptions, from the band count of the sensor's usual layouts.</source>
        <translation>Ảnh Sentinel-2 hoặc Landsat có các kênh gộp trong một tệp raster (GeoTIFF hoặc định dạng GDAL đọc được). Kênh được nhận theo mô tả kênh (B02…B12, SR_B2…SR_B7) hoặc, nếu không có mô tả, theo số kênh của các cách xếp kênh thông dụng của bộ cảm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="61"/>
        <source>Additional band files</source>
        <translation>Các tệp kênh bổ sung</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="61"/>
        <source>Other rasters on the same grid whose bands are appended after the image's bands, e.g. the separate band files of a Sentinel-2 product (…_B04_10m.jp2, …_B08_10m.jp2): the band name in a file name (B04, B8A, SR_B5) is used as its description. Files of different resolution or extent are refused: resample them first.</source>
        <translation>Các raster khác cùng lưới, có kênh được nối sau các kênh của ảnh, ví dụ các tệp kênh riêng của một sản phẩm Sentinel-2 (…_B04_10m.jp2, …_B08_10m.jp2): tên kênh trong tên tệp (B04, B8A, SR_B5) được dùng làm mô tả kênh. Tệp khác độ phân giải hoặc phạm vi sẽ bị từ chối: hãy lấy mẫu lại trước.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="67"/>
        <source>Sensor</source>
        <translation>Bộ cảm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="67"/>
        <source>Which sensor and product the image comes from: sets the band layout and the conversion of digital numbers to reflectance. For Sentinel-2 scenes acquired since 25 January 2022 choose &apos;processing baseline 04.00 or later&apos;.</source>
        <translation>Ảnh thuộc bộ cảm và sản phẩm nào: quyết định thứ tự kênh và cách đổi giá trị số sang phản xạ. Với ảnh Sentinel-2 chụp từ ngày 25/01/2022, chọn 'phiên bản xử lý 04.00 trở về sau'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="71"/>
        <source>Indices</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="71"/>
        <source>Indices to compute, one output band each, in this order: NDVI (vegetation), NDWI (open water), MNDWI (water, better in built areas), NDMI (moisture), SAVI (vegetation on bright soil), EVI (dense vegetation).</source>
        <translation>Các chỉ số cần tính, mỗi chỉ số một kênh đầu ra, theo thứ tự: NDVI (thực vật), NDWI (mặt nước), MNDWI (mặt nước, tốt hơn ở vùng đô thị), NDMI (độ ẩm), SAVI (thực vật trên nền đất sáng), EVI (thực vật dày).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="77"/>
        <source>{role} band (overrides the sensor preset)</source>
        <translation>Kênh {role} (thay cho mặc định của bộ cảm)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="77"/>
        <source>Band number of the {role} band, when the sensor preset and the band descriptions cannot tell (e.g. a custom stack). Leave empty to use the preset.</source>
        <translation>Số thứ tự của kênh {role} khi mặc định của bộ cảm và mô tả kênh không xác định được (ví dụ ảnh tự gộp). Để trống để dùng mặc định.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="82"/>
        <source>Index raster</source>
        <translation>Raster chỉ số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="82"/>
        <source>Output GeoTIFF (Float32, tiled, compressed), one band per index, nodata −9999.</source>
        <translation>Tệp GeoTIFF đầu ra (Float32, chia ô, nén), mỗi chỉ số một kênh, không có dữ liệu = −9999.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="97"/>
        <source>Stacked {count} rasters into {path}</source>
        <translation>Đã gộp {count} raster vào {path}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/spectral_indices.py" line="105"/>
        <source>Bands used: {bands}</source>
        <translation>Các kênh đã dùng: {bands}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="33"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Người dùng đã hủy; không có đầu ra nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="34"/>
        <source>Choose at least one index.</source>
        <translation>Hãy chọn ít nhất một chỉ số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="35"/>
        <source>Unknown index {names}; available: {available}.</source>
        <translation>Không có chỉ số {names}; các chỉ số có: {available}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="36"/>
        <source>Unknown province &apos;{name}&apos;.</source>
        <translation>Không có tỉnh '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="37"/>
        <source>{path}: duplicate province codes {codes}.</source>
        <translation>{path}: trùng mã tỉnh {codes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="38"/>
        <source>{path}: former provinces {codes} are not merged into a current province.</source>
        <translation>{path}: các tỉnh cũ {codes} không thuộc tỉnh hiện hành nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="39"/>
        <source>Unknown province &apos;{name}&apos;. Did you mean: {names}?</source>
        <translation>Không có tỉnh '{name}'. Có phải là: {names}?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="40"/>
        <source>{path}, line {line}: central meridian {cm} is outside Vietnam (102–110°E).</source>
        <translation>{path}, dòng {line}: kinh tuyến trục {cm} nằm ngoài Việt Nam (102–110°Đ).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="41"/>
        <source>{path}, line {line}: status must be &apos;current&apos; or &apos;former&apos;.</source>
        <translation>{path}, dòng {line}: trạng thái phải là 'current' hoặc 'former'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="42"/>
        <source>{path}, line {line}: the central meridian is not a number.</source>
        <translation>{path}, dòng {line}: kinh tuyến trục không phải là số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="43"/>
        <source>The rasters are not on the same grid (same CRS, pixel size, origin and size are needed).
{problems}
Align them first, e.g. with Raster &gt; Projections &gt; Warp (Reproject) or &apos;Align rasters&apos;, using one of them as the reference.</source>
        <translation>Các raster không cùng lưới (cần cùng hệ tọa độ, kích thước điểm ảnh, gốc và kích thước).
{problems}
Hãy căn chỉnh trước, ví dụ bằng Raster &gt; Phép chiếu &gt; Nắn (Chiếu lại) hoặc 'Căn chỉnh raster', lấy một raster làm chuẩn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="44"/>
        <source>Raster &apos;{path}&apos; does not exist.</source>
        <translation>Raster '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="45"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read.</source>
        <translation>'{path}' không phải raster GDAL đọc được.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="46"/>
        <source>Band {bands} does not exist in &apos;{name}&apos;, which has {count} band(s).</source>
        <translation>Kênh {bands} không có trong '{name}' (ảnh có {count} kênh).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="47"/>
        <source>Output folder &apos;{folder}&apos; does not exist.</source>
        <translation>Thư mục đầu ra '{folder}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="48"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read ({reason}).</source>
        <translation>'{path}' không phải raster GDAL đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="59"/>
        <source>Choose the {role} band number: the sensor &apos;{sensor}&apos; has no preset for it.</source>
        <translation>Hãy chọn số kênh {role}: bộ cảm '{sensor}' không có mặc định cho kênh này.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="60"/>
        <source>The {role} band was set to {number}, but the raster has {count} band(s).</source>
        <translation>Kênh {role} được đặt là {number}, nhưng raster chỉ có {count} kênh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="61"/>
        <source>Cannot tell which band is {role} ({name}): the raster has {count} band(s) and no band description names {name}. Set the band number for {role} explicitly, or choose the right sensor.</source>
        <translation>Không xác định được kênh {role} ({name}): raster có {count} kênh và không có mô tả kênh nào ghi {name}. Hãy đặt số kênh {role}, hoặc chọn đúng bộ cảm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="67"/>
        <source>VN-2000 / UTM exists for zones 48 and 49 only, not {zone}.</source>
        <translation>VN-2000 / UTM chỉ có múi 48 và 49, không có múi {zone}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="68"/>
        <source>QGIS could not build the CRS &apos;{proj}&apos;.</source>
        <translation>QGIS không tạo được hệ tọa độ '{proj}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="69"/>
        <source>QGIS could not save the user CRS &apos;{name}&apos;.</source>
        <translation>QGIS không lưu được hệ tọa độ người dùng '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="95"/>
        <source>The input image could not be opened as a raster layer.</source>
        <translation>Không mở được ảnh đầu vào dưới dạng lớp raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="96"/>
        <source>The input image must be a file raster (GDAL); &apos;{name}&apos; comes from &apos;{provider}&apos;.</source>
        <translation>Ảnh đầu vào phải là tệp raster (GDAL); '{name}' lấy từ '{provider}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="29"/>
        <source>Accuracy assessment and area estimate</source>
        <translation>Đánh giá độ chính xác và ước tính diện tích</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="30"/>
        <source>Stratified estimators of Olofsson et al. (2014); 95 % confidence intervals = ±1.96 SE.</source>
        <translation>Ước lượng phân tầng theo Olofsson và cs. (2014); khoảng tin cậy 95 % = ±1,96 SE.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="31"/>
        <source>Error matrix (sample counts)</source>
        <translation>Ma trận sai số (số điểm mẫu)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="32"/>
        <source>Error matrix (estimated area proportions)</source>
        <translation>Ma trận sai số (tỷ lệ diện tích ước tính)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="33"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="51"/>
        <source>Reference</source>
        <translation>Tham chiếu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="35"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="52"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="53"/>
        <source>User&apos;s accuracy</source>
        <translation>Độ chính xác người dùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="54"/>
        <source>Producer&apos;s accuracy</source>
        <translation>Độ chính xác người sản xuất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="39"/>
        <source>Mapped area (ha)</source>
        <translation>Diện tích trên bản đồ (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="40"/>
        <source>Estimated area (ha)</source>
        <translation>Diện tích ước tính (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="84"/>
        <source>Overall accuracy</source>
        <translation>Độ chính xác tổng thể</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="85"/>
        <source>Sample size</source>
        <translation>Cỡ mẫu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="43"/>
        <source>Kappa (for reference only; not recommended, Pontius &amp; Millones 2011)</source>
        <translation>Kappa (chỉ để tham khảo; không khuyến nghị, Pontius &amp; Millones 2011)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="52"/>
        <source>Accuracy assessment and area estimate (Olofsson)</source>
        <translation>Đánh giá độ chính xác và ước tính diện tích (Olofsson)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="55"/>
        <source>&lt;p&gt;Assesses a class map with reference points from a stratified random sample whose strata are the map classes (as drawn by the accuracy sampling algorithm), the way Olofsson et al. (2014) recommend: error matrix in sample counts and in estimated area proportions (rows = map, columns = reference), overall, user's and producer's accuracy with standard errors and 95 % confidence intervals, and the area of every class estimated from the reference data, in hectares, with its 95 % confidence interval. Kappa is reported only as an extra.&lt;/p&gt;&lt;p&gt;Reference: Olofsson, P. et al. 2014. Good practices for estimating area and assessing accuracy of land change. Remote Sensing of Environment 148: 42–57.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đánh giá bản đồ phân loại bằng các điểm tham chiếu của một mẫu ngẫu nhiên phân tầng có các tầng là các lớp trên bản đồ (như thuật toán lấy mẫu đánh giá độ chính xác tạo ra), theo khuyến nghị của Olofsson và cs. (2014): ma trận sai số theo số điểm mẫu và theo tỷ lệ diện tích ước tính (hàng = bản đồ, cột = tham chiếu), độ chính xác tổng thể, người dùng và người sản xuất kèm sai số chuẩn và khoảng tin cậy 95 %, và diện tích của từng lớp ước tính từ dữ liệu tham chiếu, tính bằng héc-ta, kèm khoảng tin cậy 95 %. Kappa chỉ được báo cáo thêm để tham khảo.&lt;/p&gt;&lt;p&gt;Tài liệu: Olofsson, P. và cs. 2014. Good practices for estimating area and assessing accuracy of land change. Remote Sensing of Environment 148: 42–57.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="33"/>
        <source>Class map</source>
        <translation>Bản đồ phân loại</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="66"/>
        <source>Classified raster with integer class codes, in a projected CRS (areas are computed in hectares). Its classes are the strata of the sample.</source>
        <translation>Raster phân loại có mã lớp là số nguyên, ở hệ tọa độ phẳng (diện tích tính bằng héc-ta). Các lớp của nó là các tầng của mẫu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="69"/>
        <source>Reference points</source>
        <translation>Điểm tham chiếu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="69"/>
        <source>Sample points with the class observed on the ground or on very high resolution imagery. Points in another CRS are reprojected to the class map&apos;s CRS.</source>
        <translation>Các điểm mẫu có lớp quan sát được ngoài thực địa hoặc trên ảnh độ phân giải rất cao. Điểm ở hệ tọa độ khác được chuyển sang hệ tọa độ của bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="73"/>
        <source>Reference class field</source>
        <translation>Trường lớp tham chiếu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="73"/>
        <source>Field of the reference points holding the reference class code (same codes as the map).</source>
        <translation>Trường của lớp điểm tham chiếu chứa mã lớp tham chiếu (cùng bộ mã với bản đồ).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="154"/>
        <source>Report (HTML)</source>
        <translation>Báo cáo (HTML)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="154"/>
        <source>HTML files (*.html)</source>
        <translation>Tệp HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="77"/>
        <source>Accuracy report: error matrices, accuracies and area estimates with 95 % confidence intervals.</source>
        <translation>Báo cáo độ chính xác: ma trận sai số, độ chính xác và diện tích ước tính kèm khoảng tin cậy 95 %.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="81"/>
        <source>Report (JSON)</source>
        <translation>Báo cáo (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="81"/>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="81"/>
        <source>The same figures as JSON, to be read by the area and indicator report algorithms.</source>
        <translation>Các số liệu trên ở dạng JSON, để các thuật toán tính diện tích và báo cáo chỉ tiêu đọc.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="98"/>
        <source>Counting the pixels of every class…</source>
        <translation>Đang đếm điểm ảnh của từng lớp…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="104"/>
        <source>Reference points reprojected from {a} to {b}.</source>
        <translation>Đã chuyển điểm tham chiếu từ {a} sang {b}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="122"/>
        <source>{n} reference point(s) without geometry or class were left out.</source>
        <translation>Đã bỏ qua {n} điểm tham chiếu không có hình học hoặc không có lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="129"/>
        <source>{n} reference point(s) fall on nodata in the class map and were left out.</source>
        <translation>Đã bỏ qua {n} điểm tham chiếu rơi vào vùng không có dữ liệu của bản đồ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_assessment.py" line="149"/>
        <source>Overall accuracy {oa:.3f} ± {ci:.3f} (95 % CI), {n} reference points.</source>
        <translation>Độ chính xác tổng thể {oa:.3f} ± {ci:.3f} (KTC 95 %), {n} điểm tham chiếu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="34"/>
        <source>Habitat mapping</source>
        <translation>Bản đồ sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="2"/>
        <source>The error matrix must be square with one mapped area per class.</source>
        <translation>Ma trận sai số phải vuông và mỗi lớp có một diện tích trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="3"/>
        <source>Sample counts and mapped areas cannot be negative.</source>
        <translation>Số điểm mẫu và diện tích trên bản đồ không được âm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="4"/>
        <source>Map class {classes} has no reference sample; every mapped class (stratum) needs sample points to estimate accuracy and area.</source>
        <translation>Lớp {classes} trên bản đồ không có điểm mẫu tham chiếu; mỗi lớp (tầng) trên bản đồ cần có điểm mẫu để ước tính độ chính xác và diện tích.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="5"/>
        <source>The map has no classified pixels.</source>
        <translation>Bản đồ không có điểm ảnh nào được phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="15"/>
        <source>The class map has no CRS: areas in hectares need a projected CRS in metres.</source>
        <translation>Bản đồ phân loại không có hệ tọa độ: tính diện tích héc-ta cần hệ tọa độ phẳng đơn vị mét.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="16"/>
        <source>The class map is in a geographic CRS ({crs}): areas cannot be computed in degrees. Reproject it to a projected CRS (e.g. the province&apos;s VN-2000 TM-3 zone or UTM) first.</source>
        <translation>Bản đồ phân loại ở hệ tọa độ địa lý ({crs}): không thể tính diện tích theo độ. Hãy chuyển sang hệ tọa độ phẳng (ví dụ múi VN-2000 TM-3 của tỉnh hoặc UTM) trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="17"/>
        <source>&apos;{name}&apos; holds decimal values: a class map must hold integer class codes.</source>
        <translation>'{name}' chứa giá trị thập phân: bản đồ phân loại phải chứa mã lớp là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="18"/>
        <source>Rotated rasters are not supported: &apos;{name}&apos;.</source>
        <translation>Không hỗ trợ raster bị xoay: '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="19"/>
        <source>{count} reference point(s) fall outside the class map (input order: {which}).</source>
        <translation>{count} điểm tham chiếu nằm ngoài bản đồ phân loại (thứ tự trong dữ liệu: {which}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="74"/>
        <source>The class map or the reference points could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp điểm tham chiếu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="75"/>
        <source>There are no reference points with a class.</source>
        <translation>Không có điểm tham chiếu nào có lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="76"/>
        <source>Reference feature {fid} is a multipoint: use single points.</source>
        <translation>Đối tượng tham chiếu {fid} là đa điểm: hãy dùng điểm đơn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_area.py" line="28"/>
        <source>Habitat area per zone</source>
        <translation>Diện tích sinh cảnh theo vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_area.py" line="31"/>
        <source>&lt;p&gt;Area of every class of a class map inside every zone (nature reserve, commune, management unit): pixels, hectares and percentage of the zone&apos;s classified area, one row per zone and class. Areas are computed on the class map&apos;s projected grid (never in degrees); a pixel counts for a zone when its centre lies inside the zone. Each zone is measured on its own, so overlapping or nested zones each get their full area. Features sharing a zone value are merged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diện tích của từng lớp trên bản đồ phân loại trong từng vùng (khu bảo tồn, xã, đơn vị quản lý): số điểm ảnh, héc-ta và tỷ lệ phần trăm diện tích đã phân loại của vùng, mỗi vùng và lớp một dòng. Diện tích được tính trên lưới phẳng của bản đồ phân loại (không bao giờ theo độ); một điểm ảnh thuộc một vùng khi tâm của nó nằm trong vùng. Mỗi vùng được đo riêng, nên các vùng chồng lấn hoặc lồng nhau đều được tính đủ diện tích. Các đối tượng cùng tên vùng được gộp lại.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="33"/>
        <source>Classified raster with integer class codes, in a projected CRS.</source>
        <translation>Raster phân loại có mã lớp là số nguyên, ở hệ tọa độ phẳng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="54"/>
        <source>Zones</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_area.py" line="41"/>
        <source>Polygons of the zones (e.g. nature reserves); reprojected to the class map&apos;s CRS when needed. Invalid geometries are repaired.</source>
        <translation>Các vùng dạng vùng (ví dụ khu bảo tồn); được chuyển sang hệ tọa độ của bản đồ phân loại khi cần. Hình học không hợp lệ được sửa.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="57"/>
        <source>Zone name field</source>
        <translation>Trường tên vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_area.py" line="44"/>
        <source>Field that names the zone in the output table.</source>
        <translation>Trường dùng làm tên vùng trong bảng kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_area.py" line="46"/>
        <source>Area per zone and class</source>
        <translation>Diện tích theo vùng và lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_area.py" line="46"/>
        <source>Table with one row per zone and class: zone, class code, pixels, area in hectares and percentage of the zone&apos;s classified area.</source>
        <translation>Bảng mỗi vùng và lớp một dòng: vùng, mã lớp, số điểm ảnh, diện tích (ha) và tỷ lệ phần trăm diện tích đã phân loại của vùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="154"/>
        <source>Zones reprojected from {a} to {b}.</source>
        <translation>Đã chuyển các vùng từ {a} sang {b}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="162"/>
        <source>Zone &apos;{zone}&apos; has an invalid geometry; it is repaired before measuring.</source>
        <translation>Vùng '{zone}' có hình học không hợp lệ; đã được sửa trước khi đo.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_area.py" line="64"/>
        <source>Zones without classified pixels (outside the map or on nodata): {zones}</source>
        <translation>Các vùng không có điểm ảnh được phân loại (nằm ngoài bản đồ hoặc vùng không có dữ liệu): {zones}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="86"/>
        <source>The class map or the zones could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp vùng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="80"/>
        <source>The zones layer has no features.</source>
        <translation>Lớp vùng không có đối tượng nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="81"/>
        <source>Zone feature {fid} has no geometry.</source>
        <translation>Đối tượng vùng {fid} không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="82"/>
        <source>Zone &apos;{zone}&apos; is not a polygon.</source>
        <translation>Vùng '{zone}' không phải là vùng (polygon).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="44"/>
        <source>Accuracy sampling design (stratified random)</source>
        <translation>Thiết kế mẫu đánh giá độ chính xác (ngẫu nhiên phân tầng)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="47"/>
        <source>&lt;p&gt;Draws a stratified random sample of reference points on a class map, the strata being the map classes, as Olofsson et al. (2014) recommend. The total sample size follows from the target standard error of overall accuracy and the expected user's accuracy of each class: n = (Σ W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(Ô))², S&lt;sub&gt;i&lt;/sub&gt; = √(U&lt;sub&gt;i&lt;/sub&gt;(1 − U&lt;sub&gt;i&lt;/sub&gt;)). It is allocated proportionally to the mapped areas with a minimum per class (so that rare classes get enough points for their user's accuracy), proportionally, or equally. Each point is the centre of a sampled pixel and carries its map class and an empty reference class field to fill in during interpretation; then run the accuracy assessment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lấy một mẫu ngẫu nhiên phân tầng các điểm tham chiếu trên bản đồ phân loại, các tầng là các lớp trên bản đồ, theo khuyến nghị của Olofsson và cs. (2014). Tổng cỡ mẫu được tính từ sai số chuẩn mục tiêu của độ chính xác tổng thể và độ chính xác người dùng dự kiến của từng lớp: n = (Σ W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(Ô))², S&lt;sub&gt;i&lt;/sub&gt; = √(U&lt;sub&gt;i&lt;/sub&gt;(1 − U&lt;sub&gt;i&lt;/sub&gt;)). Cỡ mẫu được phân bổ theo tỷ lệ diện tích trên bản đồ với số tối thiểu mỗi lớp (để lớp hiếm có đủ điểm đánh giá độ chính xác người dùng), theo tỷ lệ diện tích, hoặc đều nhau. Mỗi điểm là tâm của một điểm ảnh được chọn, mang lớp trên bản đồ và một trường lớp tham chiếu để trống cho người giải đoán điền; sau đó chạy thuật toán đánh giá độ chính xác.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="60"/>
        <source>Target standard error of overall accuracy</source>
        <translation>Sai số chuẩn mục tiêu của độ chính xác tổng thể</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="60"/>
        <source>The standard error of overall accuracy the sample should achieve; 0.01 is common.</source>
        <translation>Sai số chuẩn của độ chính xác tổng thể mà mẫu cần đạt; thường dùng 0,01.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="64"/>
        <source>Expected user&apos;s accuracy</source>
        <translation>Độ chính xác người dùng dự kiến</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="64"/>
        <source>Expected user&apos;s accuracy of every class, used for the sample size.</source>
        <translation>Độ chính xác người dùng dự kiến của mọi lớp, dùng để tính cỡ mẫu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="68"/>
        <source>Expected user&apos;s accuracy per class</source>
        <translation>Độ chính xác người dùng dự kiến theo lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="68"/>
        <source>Overrides for some classes, e.g. &apos;1=0.7; 2=0.6&apos; (class=value; other classes use the value above).</source>
        <translation>Giá trị riêng cho một số lớp, ví dụ '1=0.7; 2=0.6' (lớp=giá trị; các lớp khác dùng giá trị ở trên).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="68"/>
        <source>Allocation</source>
        <translation>Phân bổ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="72"/>
        <source>Proportional to area, with a minimum per class</source>
        <translation>Theo tỷ lệ diện tích, có số tối thiểu mỗi lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="72"/>
        <source>Proportional to area</source>
        <translation>Theo tỷ lệ diện tích</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="72"/>
        <source>Equal</source>
        <translation>Đều nhau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="72"/>
        <source>How the sample is shared among the map classes.</source>
        <translation>Cách chia mẫu cho các lớp trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="75"/>
        <source>Minimum points per class</source>
        <translation>Số điểm tối thiểu mỗi lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="75"/>
        <source>Smallest number of points in a class with the first allocation (Olofsson et al. suggest 50–100 for rare classes).</source>
        <translation>Số điểm nhỏ nhất của một lớp khi dùng cách phân bổ thứ nhất (Olofsson và cs. đề xuất 50–100 cho lớp hiếm).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="146"/>
        <source>Random seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="79"/>
        <source>Set a number to draw the same sample again; leave empty for a new random sample.</source>
        <translation>Đặt một số để lấy lại đúng mẫu cũ; để trống để lấy mẫu ngẫu nhiên mới.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="83"/>
        <source>Sample points</source>
        <translation>Điểm mẫu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="83"/>
        <source>Points at the centres of the sampled pixels, with fields map_class and ref_class (empty).</source>
        <translation>Các điểm tại tâm điểm ảnh được chọn, có trường map_class và ref_class (để trống).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="104"/>
        <source>Sample size {n} (target SE of overall accuracy); points per class: {alloc}</source>
        <translation>Cỡ mẫu {n} (theo sai số chuẩn mục tiêu của độ chính xác tổng thể); số điểm mỗi lớp: {alloc}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="55"/>
        <source>The target standard error of overall accuracy must be between 0 and 1 (e.g. 0.01).</source>
        <translation>Sai số chuẩn mục tiêu của độ chính xác tổng thể phải nằm giữa 0 và 1 (ví dụ 0,01).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="56"/>
        <source>Expected user&apos;s accuracies must be between 0 and 1 (exclusive).</source>
        <translation>Độ chính xác người dùng dự kiến phải lớn hơn 0 và nhỏ hơn 1.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="57"/>
        <source>Unknown allocation &apos;{name}&apos;.</source>
        <translation>Không có cách phân bổ '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="58"/>
        <source>Class {classes} does not occur in the map.</source>
        <translation>Lớp {classes} không có trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="77"/>
        <source>The class map could not be opened.</source>
        <translation>Không mở được bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="78"/>
        <source>Cannot read &apos;{item}&apos;: write expected user&apos;s accuracies as class=value, e.g. &apos;1=0.7; 2=0.6&apos;.</source>
        <translation>Không đọc được '{item}': hãy ghi độ chính xác người dùng dự kiến theo dạng lớp=giá trị, ví dụ '1=0.7; 2=0.6'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="34"/>
        <source>Habitat change between two dates</source>
        <translation>Biến động sinh cảnh giữa hai thời điểm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="37"/>
        <source>&lt;p&gt;Compares a class map of an earlier date with one of a later date, pixel by pixel: a change raster whose code reads &quot;before, then after&quot; (code = before × 100 + after for class codes below 100, e.g. 305 = class 3 became class 5), the transition matrix in pixels and hectares, and for every class its area before and after, gain, loss and net change — for the whole map and, if zones are given, for every zone. Both maps must be on the same grid; otherwise the algorithm stops with the differences, unless resampling is allowed (nearest neighbour onto the earlier map's grid).&lt;/p&gt;</source>
        <translation>&lt;p&gt;So sánh bản đồ phân loại thời điểm trước với bản đồ thời điểm sau, từng điểm ảnh: raster biến động có mã đọc là &quot;trước, rồi sau&quot; (mã = trước × 100 + sau với mã lớp dưới 100, ví dụ 305 = lớp 3 chuyển thành lớp 5), ma trận chuyển đổi theo số điểm ảnh và héc-ta, và với mỗi lớp: diện tích trước và sau, phần tăng, phần giảm và biến động thuần — cho toàn bản đồ và, nếu có lớp vùng, cho từng vùng. Hai bản đồ phải cùng lưới; nếu không, thuật toán dừng và liệt kê các khác biệt, trừ khi cho phép lấy mẫu lại (láng giềng gần nhất lên lưới của bản đồ thời điểm trước).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="46"/>
        <source>Class map, earlier date</source>
        <translation>Bản đồ phân loại, thời điểm trước</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="46"/>
        <source>Classified raster of the earlier date (integer class codes, projected CRS).</source>
        <translation>Raster phân loại của thời điểm trước (mã lớp số nguyên, hệ tọa độ phẳng).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="48"/>
        <source>Class map, later date</source>
        <translation>Bản đồ phân loại, thời điểm sau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="48"/>
        <source>Classified raster of the later date, with the same class codes.</source>
        <translation>Raster phân loại của thời điểm sau, cùng bộ mã lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="50"/>
        <source>Resample the later map onto the earlier map&apos;s grid when they differ</source>
        <translation>Lấy mẫu lại bản đồ thời điểm sau theo lưới của bản đồ thời điểm trước khi hai lưới khác nhau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="50"/>
        <source>Off: maps on different grids are refused with the differences listed. On: the later map is resampled (nearest neighbour) onto the earlier map&apos;s grid, and the log says so.</source>
        <translation>Tắt: bản đồ khác lưới bị từ chối, kèm danh sách khác biệt. Bật: bản đồ thời điểm sau được lấy mẫu lại (láng giềng gần nhất) theo lưới của bản đồ thời điểm trước, và nhật ký ghi rõ điều đó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="54"/>
        <source>Optional polygons (e.g. nature reserves) for per-zone tables; reprojected when needed.</source>
        <translation>Các vùng tùy chọn (ví dụ khu bảo tồn) để lập bảng theo vùng; được chuyển hệ tọa độ khi cần.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="57"/>
        <source>Field that names the zone in the output tables.</source>
        <translation>Trường dùng làm tên vùng trong các bảng kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="60"/>
        <source>Change raster</source>
        <translation>Raster biến động</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="60"/>
        <source>Change codes (before × 100 + after), nodata where either map has no data.</source>
        <translation>Mã biến động (trước × 100 + sau), không có dữ liệu ở nơi một trong hai bản đồ không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="62"/>
        <source>Transition matrix</source>
        <translation>Ma trận chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="62"/>
        <source>One row per zone and transition: from class, to class, pixels, hectares.</source>
        <translation>Mỗi vùng và mỗi chuyển đổi một dòng: từ lớp, sang lớp, số điểm ảnh, héc-ta.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="64"/>
        <source>Gains and losses</source>
        <translation>Tăng và giảm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="64"/>
        <source>One row per zone and class: area before and after, gain, loss and net change in hectares.</source>
        <translation>Mỗi vùng và lớp một dòng: diện tích trước và sau, phần tăng, phần giảm và biến động thuần (ha).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="81"/>
        <source>The later map was resampled (nearest neighbour) onto the earlier map&apos;s grid: {differences}</source>
        <translation>Bản đồ thời điểm sau đã được lấy mẫu lại (láng giềng gần nhất) theo lưới của bản đồ thời điểm trước: {differences}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_change.py" line="96"/>
        <source>whole map</source>
        <translation>toàn bản đồ</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="6"/>
        <source>&apos;{name}&apos; holds decimal values: class maps must hold integer class codes.</source>
        <translation>'{name}' chứa giá trị thập phân: bản đồ phân loại phải chứa mã lớp là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="87"/>
        <source>The class maps could not be opened.</source>
        <translation>Không mở được các bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="79"/>
        <source>Choose the zone name field.</source>
        <translation>Hãy chọn trường tên vùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="23"/>
        <source>Clean class map (minimum mapping unit, majority filter)</source>
        <translation>Làm sạch bản đồ phân loại (đơn vị bản đồ tối thiểu, lọc đa số)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="26"/>
        <source>&lt;p&gt;Removes the speckle of a pixel classification. With a minimum mapping unit, every patch smaller than that many hectares is merged into its largest neighbouring patch (GDAL sieve filter). With a majority filter, every pixel takes the most frequent class of its window (a tie keeps its own class). Both can be combined: the sieve runs first. Nodata stays nodata.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Loại bỏ nhiễu lốm đốm của bản đồ phân loại theo điểm ảnh. Với đơn vị bản đồ tối thiểu, mọi mảng nhỏ hơn số héc-ta đó được gộp vào mảng láng giềng lớn nhất (bộ lọc sàng của GDAL). Với bộ lọc đa số, mỗi điểm ảnh nhận lớp xuất hiện nhiều nhất trong cửa sổ (khi bằng nhau thì giữ lớp của chính nó). Có thể dùng cả hai: bộ lọc sàng chạy trước. Vùng không có dữ liệu vẫn giữ nguyên.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="35"/>
        <source>Minimum mapping unit (ha)</source>
        <translation>Đơn vị bản đồ tối thiểu (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="35"/>
        <source>Patches smaller than this area are merged into their neighbour; 0 turns the sieve off. 0.5 ha is 50 pixels of 10 m or about 13 pixels of 20 m.</source>
        <translation>Các mảng nhỏ hơn diện tích này được gộp vào mảng láng giềng; 0 là tắt bộ lọc sàng. 0,5 ha là 50 điểm ảnh 10 m hoặc khoảng 13 điểm ảnh 20 m.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="39"/>
        <source>Patch connectivity</source>
        <translation>Cách nối mảng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="39"/>
        <source>8 neighbours (diagonals join)</source>
        <translation>8 láng giềng (nối cả đường chéo)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="39"/>
        <source>4 neighbours</source>
        <translation>4 láng giềng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="39"/>
        <source>Whether pixels touching only at a corner belong to the same patch.</source>
        <translation>Các điểm ảnh chỉ chạm nhau ở góc có thuộc cùng một mảng hay không.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="43"/>
        <source>Majority filter</source>
        <translation>Bộ lọc đa số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="43"/>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="43"/>
        <source>Window of the majority filter applied after the sieve, or none.</source>
        <translation>Cửa sổ của bộ lọc đa số, chạy sau bộ lọc sàng, hoặc không dùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="46"/>
        <source>Cleaned class map</source>
        <translation>Bản đồ phân loại đã làm sạch</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="46"/>
        <source>The class map after the sieve and/or majority filter, same classes and grid.</source>
        <translation>Bản đồ phân loại sau bộ lọc sàng và/hoặc lọc đa số, cùng các lớp và cùng lưới.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sieve_classification.py" line="60"/>
        <source>Minimum mapping unit: {n} pixels.</source>
        <translation>Đơn vị bản đồ tối thiểu: {n} điểm ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="62"/>
        <source>The majority window must be an odd number of pixels, 3 or more (got {size}).</source>
        <translation>Cửa sổ lọc đa số phải là số lẻ điểm ảnh, từ 3 trở lên (nhận được {size}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="63"/>
        <source>Choose a minimum mapping unit above 0 ha, a majority window of 3 or more, or both.</source>
        <translation>Hãy chọn đơn vị bản đồ tối thiểu lớn hơn 0 ha, cửa sổ lọc đa số từ 3 trở lên, hoặc cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="64"/>
        <source>GDAL&apos;s sieve filter failed on &apos;{name}&apos;.</source>
        <translation>Bộ lọc sàng của GDAL bị lỗi với '{name}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="47"/>
        <source>Habitat classification report</source>
        <translation>Báo cáo phân loại sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="48"/>
        <source>Validation on polygons held out from training (never single pixels).</source>
        <translation>Kiểm định trên các vùng mẫu được giữ lại, không dùng để huấn luyện (không bao giờ theo từng điểm ảnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="49"/>
        <source>Confusion matrix (validation pixels)</source>
        <translation>Ma trận nhầm lẫn (điểm ảnh kiểm định)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="50"/>
        <source>Map (predicted)</source>
        <translation>Bản đồ (dự đoán)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="55"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="56"/>
        <source>Overall accuracy (validation pixels)</source>
        <translation>Độ chính xác tổng thể (điểm ảnh kiểm định)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="57"/>
        <source>Training samples</source>
        <translation>Mẫu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="58"/>
        <source>Training pixels</source>
        <translation>Điểm ảnh huấn luyện</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="127"/>
        <source>Training polygons</source>
        <translation>Vùng mẫu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="60"/>
        <source>Validation pixels</source>
        <translation>Điểm ảnh kiểm định</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="61"/>
        <source>Validation polygons</source>
        <translation>Vùng mẫu kiểm định</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="62"/>
        <source>Feature importance</source>
        <translation>Mức quan trọng của đặc trưng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="63"/>
        <source>Classes without validation (only one polygon)</source>
        <translation>Các lớp không được kiểm định (chỉ có một vùng mẫu)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="64"/>
        <source>Pixel-level validation on held-out polygons is a check of the classifier; map accuracy and areas for reporting come from the accuracy sampling design and assessment (Olofsson et al. 2014).</source>
        <translation>Kiểm định theo điểm ảnh trên các vùng mẫu giữ lại chỉ kiểm tra bộ phân loại; độ chính xác bản đồ và diện tích để báo cáo lấy từ thiết kế mẫu và đánh giá độ chính xác (Olofsson và cs. 2014).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="71"/>
        <source>None: use the values as they are</source>
        <translation>Không: dùng giá trị như hiện có</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="82"/>
        <source>Habitat map</source>
        <translation>Bản đồ sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="82"/>
        <source>Class raster (class codes of the training data, nodata 0) with a style naming the classes (a .qml beside it).</source>
        <translation>Raster lớp (mã lớp của dữ liệu huấn luyện, không có dữ liệu = 0) kèm kiểu hiển thị ghi tên các lớp (tệp .qml bên cạnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="85"/>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="85"/>
        <source>Probability of the chosen class (0–1), where the classifier hesitates.</source>
        <translation>Xác suất của lớp được chọn (0–1): cho biết nơi bộ phân loại phân vân.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="92"/>
        <source>Classifying the image block by block…</source>
        <translation>Đang phân loại ảnh theo từng khối…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="95"/>
        <source>Pixels per class: {counts}</source>
        <translation>Số điểm ảnh mỗi lớp: {counts}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="107"/>
        <source>Habitat classification (random forest / gradient boosting)</source>
        <translation>Phân loại sinh cảnh (rừng ngẫu nhiên / tăng cường gradient)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="110"/>
        <source>&lt;p&gt;Maps habitats from a Sentinel-2 or Landsat image with training polygons: every pixel whose centre lies in a polygon is a training sample of the polygon's class. A share of each class's polygons is held out — whole polygons, never single pixels, because pixels of one polygon are not independent — and the classifier trained on the rest is checked on them: confusion matrix (rows = map, columns = reference), overall accuracy, user's and producer's accuracy and F1 per class. The final model is trained on all polygons, saved to a file that can classify another date, and the image is classified block by block. Random forest: Breiman 2001; gradient boosting: scikit-learn's histogram gradient boosting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lập bản đồ sinh cảnh từ ảnh Sentinel-2 hoặc Landsat với các vùng mẫu huấn luyện: mỗi điểm ảnh có tâm nằm trong một vùng mẫu là một mẫu huấn luyện của lớp đó. Một phần các vùng mẫu của mỗi lớp được giữ lại — cả vùng, không bao giờ từng điểm ảnh, vì các điểm ảnh trong một vùng không độc lập — và bộ phân loại huấn luyện trên phần còn lại được kiểm tra trên chúng: ma trận nhầm lẫn (hàng = bản đồ, cột = tham chiếu), độ chính xác tổng thể, độ chính xác người dùng, người sản xuất và F1 của từng lớp. Mô hình cuối được huấn luyện trên tất cả các vùng mẫu, lưu vào tệp để phân loại ảnh thời điểm khác, và ảnh được phân loại theo từng khối. Rừng ngẫu nhiên: Breiman 2001; tăng cường gradient: histogram gradient boosting của scikit-learn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="235"/>
        <source>Image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="121"/>
        <source>Multiband Sentinel-2 or Landsat image (all its bands are used as features).</source>
        <translation>Ảnh Sentinel-2 hoặc Landsat đa kênh (mọi kênh đều được dùng làm đặc trưng).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="123"/>
        <source>Converts digital numbers to reflectance (Sentinel-2 with the processing-baseline 04.00 offset, Landsat C2 L2), so that a model trained on one date applies to another; &apos;None&apos; uses the values as they are.</source>
        <translation>Đổi giá trị số sang phản xạ (Sentinel-2 với độ lệch của phiên bản xử lý 04.00, Landsat C2 L2) để mô hình huấn luyện ở thời điểm này áp dụng được cho thời điểm khác; 'Không' dùng giá trị như hiện có.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="127"/>
        <source>Polygons drawn over homogeneous areas of each habitat; reprojected to the image&apos;s CRS if needed. Several polygons per class, spread over the image, give a better model and allow validation.</source>
        <translation>Các vùng mẫu vẽ trên khu vực đồng nhất của từng sinh cảnh; được chuyển sang hệ tọa độ của ảnh khi cần. Nhiều vùng mẫu mỗi lớp, rải khắp ảnh, cho mô hình tốt hơn và cho phép kiểm định.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="132"/>
        <source>Class code field</source>
        <translation>Trường mã lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="132"/>
        <source>Integer class code (1–254) of each training polygon.</source>
        <translation>Mã lớp số nguyên (1–254) của mỗi vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="135"/>
        <source>Class name field</source>
        <translation>Trường tên lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="135"/>
        <source>Optional class name (e.g. 'Rừng ngập mặn'); kept in the style, the report and the model.</source>
        <translation>Tên lớp tùy chọn (ví dụ 'Rừng ngập mặn'); được giữ trong kiểu hiển thị, báo cáo và mô hình.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="138"/>
        <source>Classifier</source>
        <translation>Bộ phân loại</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="138"/>
        <source>Random forest</source>
        <translation>Rừng ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="138"/>
        <source>Gradient boosting</source>
        <translation>Tăng cường gradient</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="138"/>
        <source>Random forest is robust with few, noisy samples; gradient boosting can be more accurate with many samples.</source>
        <translation>Rừng ngẫu nhiên ổn định với ít mẫu, mẫu nhiễu; tăng cường gradient có thể chính xác hơn khi có nhiều mẫu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="142"/>
        <source>Share of polygons held out for validation</source>
        <translation>Tỷ lệ vùng mẫu giữ lại để kiểm định</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="142"/>
        <source>Share of each class&apos;s polygons kept out of training to check the classifier (0 = no check). A class with a single polygon cannot be checked and is named in the report.</source>
        <translation>Tỷ lệ vùng mẫu của mỗi lớp không dùng để huấn luyện mà để kiểm tra bộ phân loại (0 = không kiểm tra). Lớp chỉ có một vùng mẫu không kiểm tra được và được nêu trong báo cáo.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="146"/>
        <source>Seed of the random choices (held-out polygons, sample subsets, the classifier): the same seed gives the same result.</source>
        <translation>Hạt giống của các lựa chọn ngẫu nhiên (vùng mẫu giữ lại, tập con mẫu, bộ phân loại): cùng hạt giống cho cùng kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="233"/>
        <source>Model file</source>
        <translation>Tệp mô hình</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="150"/>
        <source>Habitat model (*.bdmodel)</source>
        <translation>Mô hình sinh cảnh (*.bdmodel)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="150"/>
        <source>The trained model, to classify another image with the same bands (Apply habitat model). Open only model files you trust: they are Python pickles.</source>
        <translation>Mô hình đã huấn luyện, để phân loại ảnh khác có cùng các kênh (Áp dụng mô hình sinh cảnh). Chỉ mở tệp mô hình bạn tin cậy: đó là tệp pickle của Python.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="154"/>
        <source>Validation report (a JSON file with the same name is written beside it).</source>
        <translation>Báo cáo kiểm định (một tệp JSON cùng tên được ghi bên cạnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="166"/>
        <source>Training polygons reprojected from {a} to {b}.</source>
        <translation>Đã chuyển các vùng mẫu từ {a} sang {b}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="188"/>
        <source>{n} training polygon(s) without geometry or class code were left out.</source>
        <translation>Đã bỏ qua {n} vùng mẫu không có hình học hoặc mã lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="193"/>
        <source>Training and validating the classifier…</source>
        <translation>Đang huấn luyện và kiểm định bộ phân loại…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="199"/>
        <source>Validation on held-out polygons: overall accuracy {oa:.3f}</source>
        <translation>Kiểm định trên các vùng mẫu giữ lại: độ chính xác tổng thể {oa:.3f}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="202"/>
        <source>Classes with a single polygon could not be validated: {classes}</source>
        <translation>Các lớp chỉ có một vùng mẫu không kiểm định được: {classes}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="225"/>
        <source>Apply habitat model to another image</source>
        <translation>Áp dụng mô hình sinh cảnh cho ảnh khác</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="228"/>
        <source>&lt;p&gt;Classifies an image with a model saved by the habitat classification, e.g. another date of the same area. The image must have the same bands, in the same order, as the one the model was trained on; otherwise the algorithm stops and says which bands differ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phân loại một ảnh bằng mô hình đã lưu từ bước phân loại sinh cảnh, ví dụ ảnh thời điểm khác của cùng khu vực. Ảnh phải có cùng các kênh, cùng thứ tự, như ảnh dùng để huấn luyện; nếu không, thuật toán dừng và nêu các kênh khác nhau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="233"/>
        <source>A .bdmodel file written by the habitat classification (open only files you trust).</source>
        <translation>Tệp .bdmodel do bước phân loại sinh cảnh ghi ra (chỉ mở tệp bạn tin cậy).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat_classification.py" line="235"/>
        <source>Image with the same bands as the model&apos;s training image.</source>
        <translation>Ảnh có cùng các kênh với ảnh huấn luyện của mô hình.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="7"/>
        <source>Unknown classifier &apos;{name}&apos;.</source>
        <translation>Không có bộ phân loại '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="8"/>
        <source>Training polygon(s) {ids} lie outside the image. Check the CRS and extent of the training layer.</source>
        <translation>Các vùng mẫu {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="9"/>
        <source>Class {classes} has no image pixels under its training polygons (polygons smaller than a pixel, or on nodata).</source>
        <translation>Lớp {classes} không có điểm ảnh nào dưới các vùng mẫu của nó (vùng mẫu nhỏ hơn một điểm ảnh, hoặc nằm trên vùng không có dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="10"/>
        <source>Training needs at least two classes; the polygons have only class {classes}.</source>
        <translation>Huấn luyện cần ít nhất hai lớp; các vùng mẫu chỉ có lớp {classes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="11"/>
        <source>Model file &apos;{path}&apos; does not exist.</source>
        <translation>Tệp mô hình '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="12"/>
        <source>&apos;{path}&apos; is not a habitat model file of this plugin.</source>
        <translation>'{path}' không phải tệp mô hình sinh cảnh của công cụ này.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="13"/>
        <source>The model was trained on {expected} bands ({names}), but &apos;{image}&apos; has {count}. Use an image with the same bands in the same order.</source>
        <translation>Mô hình được huấn luyện trên {expected} kênh ({names}), nhưng '{image}' có {count} kênh. Hãy dùng ảnh có cùng các kênh, cùng thứ tự.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="14"/>
        <source>The image&apos;s bands ({given}) are not the model&apos;s ({expected}).</source>
        <translation>Các kênh của ảnh ({given}) không phải các kênh của mô hình ({expected}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="88"/>
        <source>The image or the training polygons could not be opened.</source>
        <translation>Không mở được ảnh hoặc lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="89"/>
        <source>There are no training polygons with a class code.</source>
        <translation>Không có vùng mẫu nào có mã lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="90"/>
        <source>The image could not be opened.</source>
        <translation>Không mở được ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="91"/>
        <source>Class code {code} (feature {fid}) is outside 1–254.</source>
        <translation>Mã lớp {code} (đối tượng {fid}) nằm ngoài khoảng 1–254.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="92"/>
        <source>Class code {code} has two names: &apos;{a}&apos; and &apos;{b}&apos;. Give each class one code and one name.</source>
        <translation>Mã lớp {code} có hai tên: '{a}' và '{b}'. Mỗi lớp chỉ có một mã và một tên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="65"/>
        <source>Polygon &apos;{name}&apos; has no geometry.</source>
        <translation>Vùng '{name}' không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="66"/>
        <source>Polygon &apos;{name}&apos; has an invalid geometry that could not be repaired.</source>
        <translation>Vùng '{name}' có hình học không hợp lệ và không sửa được.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="35"/>
        <source>Coral reef and seagrass</source>
        <translation>Rạn san hô và cỏ biển</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="35"/>
        <source>Corridors and connectivity</source>
        <translation>Hành lang và kết nối sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="36"/>
        <source>Provincial database</source>
        <translation>Cơ sở dữ liệu cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="36"/>
        <source>Maps and reports</source>
        <translation>Bản đồ và báo cáo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_corridor_common.py" line="28"/>
        <source>Neighbours</source>
        <translation>Số ô lân cận</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_corridor_common.py" line="28"/>
        <source>8 (queen&apos;s moves)</source>
        <translation>8 (nước đi của quân hậu)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_corridor_common.py" line="28"/>
        <source>16 (queen&apos;s and knight&apos;s moves)</source>
        <translation>16 (nước đi của quân hậu và quân mã)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_corridor_common.py" line="28"/>
        <source>Moves from a cell: to its 8 neighbours, or also the 8 knight's moves (smoother, less blocky paths, as GRASS r.cost -k; a knight's move costs the mean resistance of the four cells it crosses × √5).</source>
        <translation>Các bước đi từ một ô: tới 8 ô lân cận, hoặc thêm 8 nước đi của quân mã (đường đi mượt hơn, ít gãy khúc hơn, như GRASS r.cost -k; một nước đi của quân mã có chi phí bằng lực cản trung bình của bốn ô mà nó đi qua × √5).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_corridor_common.py" line="34"/>
        <source>Distance units</source>
        <translation>Đơn vị khoảng cách</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_corridor_common.py" line="34"/>
        <source>Map units (resistance × metres, as ArcGIS and Linkage Mapper)</source>
        <translation>Đơn vị bản đồ (lực cản × mét, như ArcGIS và Linkage Mapper)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_corridor_common.py" line="34"/>
        <source>Cells (resistance × cells, as GRASS r.cost)</source>
        <translation>Ô (lực cản × số ô, như GRASS r.cost)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_corridor_common.py" line="34"/>
        <source>How step lengths are counted: in map units (a step between 20 m cells of resistance 1 costs 20) or in cells (it costs 1). Cutoffs and maximum costs are in the same units.</source>
        <translation>Cách tính độ dài bước đi: theo đơn vị bản đồ (một bước giữa hai ô 20 m có lực cản 1 tốn 20) hoặc theo số ô (tốn 1). Ngưỡng cắt và chi phí tối đa dùng cùng đơn vị.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="40"/>
        <source>Least-cost corridors (Linkage Mapper)</source>
        <translation>Hành lang chi phí thấp nhất (Linkage Mapper)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="43"/>
        <source>&lt;p&gt;Maps least-cost corridors between core areas as Linkage Mapper does (McRae &amp;amp; Kavanagh 2011), inside QGIS. For each core the cost-weighted distance (CWD) over the resistance raster; each core is linked to its nearest cores by least-cost distance (LCD); a link whose least-cost path passes through another core is dropped (the cores are linked through that core). Each link's normalized least-cost corridor NLCC = CWD_A + CWD_B − LCD is 0 on the least-cost path and grows away from it; the corridors are mosaicked by minimum and truncated at the cutoff. Cores that nothing can reach are reported as disconnected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lập bản đồ hành lang chi phí thấp nhất giữa các vùng lõi như Linkage Mapper (McRae &amp;amp; Kavanagh 2011), ngay trong QGIS. Với mỗi vùng lõi, tính khoảng cách có trọng số chi phí (CWD) trên raster lực cản; mỗi vùng lõi được nối với các vùng lõi gần nhất theo khoảng cách chi phí thấp nhất (LCD); liên kết nào có đường chi phí thấp nhất đi qua một vùng lõi khác thì bị loại (hai vùng lõi được nối qua vùng lõi đó). Hành lang chi phí thấp nhất chuẩn hóa của mỗi liên kết NLCC = CWD_A + CWD_B − LCD bằng 0 trên đường chi phí thấp nhất và tăng dần khi ra xa; các hành lang được ghép theo giá trị nhỏ nhất và cắt tại ngưỡng. Các vùng lõi không thể tới được được báo là bị cô lập.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="47"/>
        <source>Resistance</source>
        <translation>Lực cản</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="86"/>
        <source>Resistance raster (above 0; nodata = barrier), in a projected CRS.</source>
        <translation>Raster lực cản (lớn hơn 0; nodata = vật cản), trong hệ tọa độ phẳng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="56"/>
        <source>Nearest cores to link</source>
        <translation>Số vùng lõi gần nhất để nối</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="56"/>
        <source>Each core is linked to this many of its nearest cores by least-cost distance.</source>
        <translation>Mỗi vùng lõi được nối với số vùng lõi gần nhất này theo khoảng cách chi phí thấp nhất.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="59"/>
        <source>Corridor width cutoff (cost units)</source>
        <translation>Ngưỡng cắt độ rộng hành lang (đơn vị chi phí)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="59"/>
        <source>Cells whose NLCC is above this are left out of the corridor raster and polygons (Linkage Mapper&apos;s truncation); in the units of the cost distance, e.g. 2000 = 2 km through habitat of resistance 1 in map units. 0 keeps the whole NLCC surface and writes no polygons.</source>
        <translation>Các ô có NLCC lớn hơn giá trị này bị loại khỏi raster và vùng hành lang (cách cắt của Linkage Mapper); tính theo đơn vị của khoảng cách chi phí, ví dụ 2000 = 2 km qua sinh cảnh có lực cản 1 theo đơn vị bản đồ. 0 giữ toàn bộ bề mặt NLCC và không ghi vùng hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="65"/>
        <source>Normalized least-cost corridors (NLCC)</source>
        <translation>Hành lang chi phí thấp nhất chuẩn hóa (NLCC)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="65"/>
        <source>Float32 NLCC mosaic (minimum over links), truncated at the cutoff.</source>
        <translation>Raster Float32 ghép NLCC (giá trị nhỏ nhất qua các liên kết), cắt tại ngưỡng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="67"/>
        <source>Corridor links</source>
        <translation>Liên kết hành lang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="67"/>
        <source>Least-cost path of every kept link, with LCD, LCP length, Euclidean distance and ratio.</source>
        <translation>Đường chi phí thấp nhất của mỗi liên kết được giữ, kèm LCD, chiều dài đường, khoảng cách Euclid và tỷ số.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="69"/>
        <source>Corridor polygons</source>
        <translation>Vùng hành lang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="69"/>
        <source>Corridors truncated at the cutoff as polygons, one per link.</source>
        <translation>Các hành lang cắt tại ngưỡng dưới dạng vùng, mỗi liên kết một vùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="109"/>
        <source>Cores smaller than a cell placed on their centroid&apos;s cell: {ids}.</source>
        <translation>Các vùng lõi nhỏ hơn một ô được đặt vào ô chứa tâm của chúng: {ids}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="89"/>
        <source>Link {a}–{b} dropped: its least-cost path crosses core(s) {cores}.</source>
        <translation>Liên kết {a}–{b} bị loại: đường chi phí thấp nhất của nó đi qua vùng lõi {cores}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="92"/>
        <source>Disconnected cores (no path to any other core): {ids}.</source>
        <translation>Các vùng lõi bị cô lập (không có đường tới vùng lõi nào khác): {ids}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="126"/>
        <source>No cutoff given: no corridor polygons are written.</source>
        <translation>Không có ngưỡng cắt: không ghi vùng hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors.py" line="129"/>
        <source>{n} link(s) kept; costs in {units}.</source>
        <translation>Giữ {n} liên kết; chi phí tính bằng {units}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="36"/>
        <source>Cost distance (accumulated cost, allocation, back-direction)</source>
        <translation>Khoảng cách chi phí (chi phí tích lũy, phân vùng, hướng quay về)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="39"/>
        <source>&lt;p&gt;Least accumulated cost of moving from the nearest source to every cell of a resistance raster (Dijkstra&apos;s algorithm). A step between two neighbouring cells costs the mean of their resistances times the step length, as in GRASS r.cost and ArcGIS Cost Distance. Nodata cells are barriers. Also writes the allocation (id of the source each cell is closest to, by cost) and the back-direction (degrees counterclockwise from east towards the previous cell on the way back to the source, as GRASS r.cost; 0 at sources). The units are written in the raster&apos;s metadata.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chi phí tích lũy thấp nhất để di chuyển từ nguồn gần nhất tới mọi ô của raster lực cản (thuật toán Dijkstra). Một bước giữa hai ô kề nhau có chi phí bằng trung bình lực cản của hai ô nhân với độ dài bước, như trong GRASS r.cost và ArcGIS Cost Distance. Các ô nodata là vật cản. Đồng thời ghi raster phân vùng (mã của nguồn gần nhất theo chi phí) và hướng quay về (độ, ngược chiều kim đồng hồ tính từ hướng đông, chỉ về ô trước đó trên đường quay về nguồn, như GRASS r.cost; 0 tại nguồn). Đơn vị được ghi trong siêu dữ liệu của raster.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="50"/>
        <source>Sources (vector)</source>
        <translation>Nguồn (vector)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="50"/>
        <source>Points, lines or polygons from which costs are measured. A polygon smaller than a cell gets the cell under its centroid.</source>
        <translation>Điểm, đường hoặc vùng làm gốc tính chi phí. Vùng nhỏ hơn một ô được gán ô chứa tâm của nó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="54"/>
        <source>Source id field</source>
        <translation>Trường mã nguồn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="54"/>
        <source>Integer field written in the allocation raster; features sharing an id are one source. Without it, sources are numbered 1, 2, … in layer order.</source>
        <translation>Trường số nguyên được ghi vào raster phân vùng; các đối tượng cùng mã là một nguồn. Nếu không chọn, các nguồn được đánh số 1, 2, … theo thứ tự trong lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="59"/>
        <source>Sources (raster)</source>
        <translation>Nguồn (raster)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="59"/>
        <source>Instead of vector sources: a raster on the resistance grid whose cells above 0 are sources (the value is the source id).</source>
        <translation>Thay cho nguồn vector: một raster trên cùng lưới với raster lực cản, các ô lớn hơn 0 là nguồn (giá trị là mã nguồn).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="63"/>
        <source>Maximum cost</source>
        <translation>Chi phí tối đa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="63"/>
        <source>Cells costing more than this are left as nodata; 0 = no limit.</source>
        <translation>Các ô có chi phí lớn hơn giá trị này để trống (nodata); 0 = không giới hạn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="66"/>
        <source>Accumulated cost</source>
        <translation>Chi phí tích lũy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="66"/>
        <source>Float32 accumulated cost from the nearest source.</source>
        <translation>Chi phí tích lũy Float32 tính từ nguồn gần nhất.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="68"/>
        <source>Int32 id of the source each cell is nearest to by cost (0 where unreachable).</source>
        <translation>Mã Int32 của nguồn gần nhất theo chi phí cho mỗi ô (0 nếu không tới được).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="70"/>
        <source>Back-direction</source>
        <translation>Hướng quay về</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="70"/>
        <source>Float32 direction to the previous cell on the least-cost path back to the source.</source>
        <translation>Hướng Float32 tới ô trước đó trên đường chi phí thấp nhất quay về nguồn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="84"/>
        <source>Sources smaller than a cell placed on their centroid&apos;s cell: {ids}.</source>
        <translation>Các nguồn nhỏ hơn một ô được đặt vào ô chứa tâm của chúng: {ids}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/cost_distance.py" line="121"/>
        <source>Units: {units}. Cells reached: {reached} of {total}; highest cost {peak:.6g}.</source>
        <translation>Đơn vị: {units}. Số ô tới được: {reached} trên {total}; chi phí cao nhất {peak:.6g}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="61"/>
        <source>Core areas</source>
        <translation>Vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="61"/>
        <source>Polygons of the core areas (reserves, habitat patches). A core smaller than a cell gets the cell under its centroid; cores outside the resistance raster or sharing cells are refused.</source>
        <translation>Vùng của các vùng lõi (khu bảo tồn, mảnh sinh cảnh). Vùng lõi nhỏ hơn một ô được gán ô chứa tâm của nó; vùng lõi nằm ngoài raster lực cản hoặc dùng chung ô bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="64"/>
        <source>Core id field</source>
        <translation>Trường mã vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="64"/>
        <source>Field naming each core; features sharing an id are one core. Without it cores are numbered 1, 2, …</source>
        <translation>Trường đặt tên cho mỗi vùng lõi; các đối tượng cùng mã là một vùng lõi. Nếu không chọn, các vùng lõi được đánh số 1, 2, …</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="74"/>
        <source>Least-cost paths between cores</source>
        <translation>Đường chi phí thấp nhất giữa các vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="77"/>
        <source>&lt;p&gt;The least-cost path between pairs of core areas on a resistance raster, as lines with the least-cost distance (cost), the path&apos;s length, the edge-to-edge Euclidean distance between the cores and the cost:Euclidean ratio (Linkage Mapper&apos;s link table). Pairs: all pairs, adjacent cores (whose cost allocation zones touch, Linkage Mapper&apos;s cost adjacency) or a list. Pairs that cannot reach each other are reported with status &apos;disconnected&apos; and empty cost; paths through a third core have status &apos;crosses core&apos;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đường chi phí thấp nhất giữa các cặp vùng lõi trên raster lực cản, dưới dạng đường kèm khoảng cách chi phí thấp nhất (cost), chiều dài đường, khoảng cách Euclid từ mép tới mép giữa hai vùng lõi và tỷ số chi phí:Euclid (bảng liên kết của Linkage Mapper). Các cặp: mọi cặp, các vùng lõi kề nhau (có vùng phân bổ chi phí tiếp giáp, như độ kề chi phí của Linkage Mapper) hoặc một danh sách. Các cặp không thể tới nhau được báo với trạng thái 'disconnected' và chi phí để trống; đường đi qua vùng lõi thứ ba có trạng thái 'crosses core'.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="89"/>
        <source>Pairs</source>
        <translation>Các cặp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="89"/>
        <source>All pairs</source>
        <translation>Mọi cặp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="89"/>
        <source>Adjacent cores</source>
        <translation>Các vùng lõi kề nhau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="93"/>
        <source>Listed pairs</source>
        <translation>Các cặp theo danh sách</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="89"/>
        <source>Which pairs of cores get a path.</source>
        <translation>Những cặp vùng lõi nào được tính đường đi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="93"/>
        <source>With &apos;Listed pairs&apos;: core ids as &apos;A-B; C-D&apos;.</source>
        <translation>Với 'Các cặp theo danh sách': mã vùng lõi dạng 'A-B; C-D'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="96"/>
        <source>Least-cost paths</source>
        <translation>Đường chi phí thấp nhất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="96"/>
        <source>One line per pair: core ids, status, cost, path length, Euclidean distance, ratio.</source>
        <translation>Mỗi cặp một đường: mã vùng lõi, trạng thái, chi phí, chiều dài đường, khoảng cách Euclid, tỷ số.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="116"/>
        <source>Cores {a} and {b} are disconnected: no path avoids the barriers.</source>
        <translation>Vùng lõi {a} và {b} bị cô lập với nhau: không có đường nào tránh được vật cản.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/least_cost_path.py" line="118"/>
        <source>{n} path(s); cost in {units}.</source>
        <translation>{n} đường; chi phí tính bằng {units}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="23"/>
        <source>Resistance surface from habitat classes</source>
        <translation>Bề mặt lực cản từ các lớp sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="27"/>
        <source>&lt;p&gt;Resistance to movement of every cell, from its habitat class and a lookup table (class code → resistance, 1 = easiest to cross). Without a table, a default for the plugin's habitat classes is used ({default}; meant for a forest-dwelling mammal — give your own table for your species). Zero or negative resistances and classes missing from the table are refused, naming them. The output is on the class map's grid, ready for cost distance, corridors and current flow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lực cản di chuyển của mỗi ô, từ lớp sinh cảnh của ô và một bảng tra (mã lớp → lực cản, 1 = dễ đi qua nhất). Nếu không có bảng, dùng bảng mặc định cho các lớp sinh cảnh của plugin ({default}; dành cho một loài thú sống trong rừng — hãy dùng bảng riêng cho loài bạn nghiên cứu). Lực cản bằng 0 hoặc âm và các lớp thiếu trong bảng bị từ chối, có nêu tên. Kết quả nằm trên lưới của bản đồ lớp, sẵn sàng cho khoảng cách chi phí, hành lang và dòng điện.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="35"/>
        <source>Habitat class map</source>
        <translation>Bản đồ lớp sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="35"/>
        <source>Raster of integer habitat class codes (e.g. from Habitat classification).</source>
        <translation>Raster mã lớp sinh cảnh dạng số nguyên (ví dụ từ Phân loại sinh cảnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="37"/>
        <source>Lookup table (CSV)</source>
        <translation>Bảng tra (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="37"/>
        <source>CSV with two columns, class code and resistance (header &apos;class,resistance&apos; optional). Leave empty to use the default table for the six habitat classes.</source>
        <translation>CSV hai cột, mã lớp và lực cản (dòng tiêu đề 'class,resistance' không bắt buộc). Để trống để dùng bảng mặc định cho sáu lớp sinh cảnh.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="40"/>
        <source>Nodata cells</source>
        <translation>Ô không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="40"/>
        <source>Barrier (impassable)</source>
        <translation>Vật cản (không đi qua được)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="40"/>
        <source>Resistance value below</source>
        <translation>Giá trị lực cản bên dưới</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="40"/>
        <source>Whether cells without a class (nodata) block movement or get the resistance below.</source>
        <translation>Các ô không có lớp (nodata) chặn di chuyển hay nhận lực cản bên dưới.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="44"/>
        <source>Resistance of nodata cells</source>
        <translation>Lực cản của ô không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="44"/>
        <source>Resistance given to nodata cells when they are not barriers (above 0).</source>
        <translation>Lực cản gán cho các ô nodata khi chúng không là vật cản (lớn hơn 0).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="47"/>
        <source>Float32 GeoTIFF of resistance per cell; nodata marks barriers.</source>
        <translation>GeoTIFF Float32 lực cản của mỗi ô; nodata đánh dấu vật cản.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="57"/>
        <source>Default resistance table: {table}.</source>
        <translation>Bảng lực cản mặc định: {table}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/resistance_surface.py" line="67"/>
        <source>Classes of the table absent from the map: {classes}.</source>
        <translation>Các lớp trong bảng không có trên bản đồ: {classes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="20"/>
        <source>The grid has {cells} cells; this analysis needs about {need} MB of memory but only {free} MB are available. Use a coarser resolution (e.g. Resample), clip the resistance raster to the study area, use 8 neighbours or fewer cores.</source>
        <translation>Lưới có {cells} ô; phân tích này cần khoảng {need} MB bộ nhớ nhưng chỉ còn {free} MB. Hãy dùng độ phân giải thô hơn (ví dụ Resample), cắt raster lực cản theo vùng nghiên cứu, dùng 8 ô lân cận hoặc ít vùng lõi hơn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="21"/>
        <source>The resistance raster has {count} cell(s) with zero or negative resistance, e.g. at {where}. Resistance must be above 0 (1 = easiest to cross); set those cells to a small positive value, or to nodata to make them barriers.</source>
        <translation>Raster lực cản có {count} ô có lực cản bằng 0 hoặc âm, ví dụ tại {where}. Lực cản phải lớn hơn 0 (1 = dễ đi qua nhất); hãy gán cho các ô đó một giá trị dương nhỏ, hoặc nodata để biến chúng thành vật cản.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="22"/>
        <source>The resistance raster has no valid cell (all nodata or barrier).</source>
        <translation>Raster lực cản không có ô hợp lệ nào (toàn bộ là nodata hoặc vật cản).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="23"/>
        <source>The sources ({a}) and the resistance raster ({b}) are not the same size.</source>
        <translation>Nguồn ({a}) và raster lực cản ({b}) không cùng kích thước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="24"/>
        <source>No source cell: the sources do not fall on the resistance raster.</source>
        <translation>Không có ô nguồn: các nguồn không nằm trên raster lực cản.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="25"/>
        <source>All {count} source cell(s) lie on nodata/barrier cells of the resistance raster, e.g. at {where}.</source>
        <translation>Tất cả {count} ô nguồn nằm trên ô nodata/vật cản của raster lực cản, ví dụ tại {where}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="30"/>
        <source>Neighbours must be 8 or 16, not {n}.</source>
        <translation>Số ô lân cận phải là 8 hoặc 16, không phải {n}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="31"/>
        <source>Units must be &apos;map&apos; or &apos;cells&apos;, not {units}.</source>
        <translation>Đơn vị phải là 'map' hoặc 'cells', không phải {units}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="26"/>
        <source>The cores layer has no features.</source>
        <translation>Lớp vùng lõi không có đối tượng nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="27"/>
        <source>Core(s) or source(s) {ids} lie outside the resistance raster. Clip or extend the rasters so every one is inside.</source>
        <translation>Vùng lõi hoặc nguồn {ids} nằm ngoài raster lực cản. Hãy cắt hoặc mở rộng các raster để mọi vùng lõi và nguồn đều nằm bên trong.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="28"/>
        <source>Cores or sources {pairs} share cells of the resistance raster: merge them or give them one id.</source>
        <translation>Các vùng lõi hoặc nguồn {pairs} dùng chung ô của raster lực cản: hãy gộp chúng hoặc gán cùng một mã.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="29"/>
        <source>Corridors need at least two cores; the cores layer has {n}.</source>
        <translation>Hành lang cần ít nhất hai vùng lõi; lớp vùng lõi có {n}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="32"/>
        <source>These pairs name cores that are not in the cores layer: {pairs}.</source>
        <translation>Các cặp này nêu vùng lõi không có trong lớp vùng lõi: {pairs}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="49"/>
        <source>The lookup table &apos;{path}&apos; is empty.</source>
        <translation>Bảng tra '{path}' trống.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="50"/>
        <source>The lookup table gives zero, negative or invalid resistance to class(es) {classes}. Resistance must be above 0 (1 = easiest to cross); leave a class out of the map (as nodata) to make it a barrier.</source>
        <translation>Bảng tra gán lực cản bằng 0, âm hoặc không hợp lệ cho lớp {classes}. Lực cản phải lớn hơn 0 (1 = dễ đi qua nhất); để một lớp thành vật cản, hãy bỏ nó khỏi bản đồ (thành nodata).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="51"/>
        <source>The resistance for nodata cells must be above 0, not {value}.</source>
        <translation>Lực cản cho các ô nodata phải lớn hơn 0, không phải {value}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="52"/>
        <source>The lookup table &apos;{path}&apos; cannot be read ({reason}).</source>
        <translation>Không đọc được bảng tra '{path}' ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="53"/>
        <source>Line {line} of the lookup table &apos;{path}&apos; is not &apos;class, resistance&apos;: {row}.</source>
        <translation>Dòng {line} của bảng tra '{path}' không có dạng 'lớp, lực cản': {row}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="54"/>
        <source>Class(es) {classes} of the class map are not in the lookup table. Add a resistance for each of them.</source>
        <translation>Lớp {classes} của bản đồ lớp không có trong bảng tra. Hãy thêm lực cản cho từng lớp đó.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="70"/>
        <source>The resistance raster could not be opened.</source>
        <translation>Không mở được raster lực cản.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="71"/>
        <source>The layer &apos;{name}&apos; has no features with a geometry.</source>
        <translation>Lớp '{name}' không có đối tượng nào có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="72"/>
        <source>Core &apos;{core}&apos; is not a polygon.</source>
        <translation>Vùng lõi '{core}' không phải là vùng (polygon).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="73"/>
        <source>The resistance raster &apos;{name}&apos; is not in a projected CRS ({crs}): distances in map units need metres. Reproject it (e.g. to UTM or VN-2000) or count in cells.</source>
        <translation>Raster lực cản '{name}' không ở hệ tọa độ phẳng ({crs}): khoảng cách theo đơn vị bản đồ cần tính bằng mét. Hãy chiếu lại (ví dụ sang UTM hoặc VN-2000) hoặc tính theo số ô.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="83"/>
        <source>Give the sources either as vector features or as a raster, not both.</source>
        <translation>Hãy cho nguồn dưới dạng đối tượng vector hoặc raster, không dùng cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="84"/>
        <source>Give the sources, as vector features or as a raster.</source>
        <translation>Hãy cho nguồn, dưới dạng đối tượng vector hoặc raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="85"/>
        <source>The source id field must hold whole numbers (the allocation raster stores them).</source>
        <translation>Trường mã nguồn phải chứa số nguyên (raster phân vùng lưu các mã này).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="93"/>
        <source>List the pairs of cores, e.g. &apos;1-2; 2-3&apos;.</source>
        <translation>Hãy liệt kê các cặp vùng lõi, ví dụ '1-2; 2-3'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="94"/>
        <source>&apos;{item}&apos; is not a pair of core ids: write pairs as &apos;A-B; C-D&apos;.</source>
        <translation>'{item}' không phải là một cặp mã vùng lõi: hãy viết các cặp dạng 'A-B; C-D'.</translation>
    </message>
</context>
<context>
    <name>BdDockWidgetBase</name>
    <message>
        <location filename="../gui/dock_widget.ui" line="6"/>
        <source>Biodiversity (ĐDSH)</source>
        <translation>Đa dạng sinh học (ĐDSH)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="13"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="17"/>
        <source>Province (after the 2025 mergers)</source>
        <translation>Tỉnh, thành phố (sau sắp xếp năm 2025)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="23"/>
        <source>Former province (its own VN-2000 TM-3 zone)</source>
        <translation>Tỉnh cũ (múi chiếu VN-2000 TM-3 riêng)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="35"/>
        <source>Use this VN-2000 TM-3 CRS for the project</source>
        <translation>Dùng hệ tọa độ VN-2000 TM-3 này cho dự án</translation>
    </message>
</context>
</TS>
