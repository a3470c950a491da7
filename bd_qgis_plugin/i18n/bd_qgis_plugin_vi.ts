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
        <location filename="../../processing_algorithms/push_to_database.py" line="49"/>
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
        <location filename="../gui/dock_widget.py" line="43"/>
        <source>— the province as a whole —</source>
        <translation>— toàn tỉnh —</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="60"/>
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
        <location filename="../../build/i18n/error_messages.py" line="20"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Người dùng đã hủy; không có đầu ra nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="21"/>
        <source>Choose at least one index.</source>
        <translation>Hãy chọn ít nhất một chỉ số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="22"/>
        <source>Unknown index {names}; available: {available}.</source>
        <translation>Không có chỉ số {names}; các chỉ số có: {available}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="23"/>
        <source>Unknown province &apos;{name}&apos;.</source>
        <translation>Không có tỉnh '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="24"/>
        <source>{path}: duplicate province codes {codes}.</source>
        <translation>{path}: trùng mã tỉnh {codes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="25"/>
        <source>{path}: former provinces {codes} are not merged into a current province.</source>
        <translation>{path}: các tỉnh cũ {codes} không thuộc tỉnh hiện hành nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="26"/>
        <source>Unknown province &apos;{name}&apos;. Did you mean: {names}?</source>
        <translation>Không có tỉnh '{name}'. Có phải là: {names}?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="27"/>
        <source>{path}, line {line}: central meridian {cm} is outside Vietnam (102–110°E).</source>
        <translation>{path}, dòng {line}: kinh tuyến trục {cm} nằm ngoài Việt Nam (102–110°Đ).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="28"/>
        <source>{path}, line {line}: status must be &apos;current&apos; or &apos;former&apos;.</source>
        <translation>{path}, dòng {line}: trạng thái phải là 'current' hoặc 'former'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="29"/>
        <source>{path}, line {line}: the central meridian is not a number.</source>
        <translation>{path}, dòng {line}: kinh tuyến trục không phải là số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="30"/>
        <source>The rasters are not on the same grid (same CRS, pixel size, origin and size are needed).
{problems}
Align them first, e.g. with Raster &gt; Projections &gt; Warp (Reproject) or &apos;Align rasters&apos;, using one of them as the reference.</source>
        <translation>Các raster không cùng lưới (cần cùng hệ tọa độ, kích thước điểm ảnh, gốc và kích thước).
{problems}
Hãy căn chỉnh trước, ví dụ bằng Raster &gt; Phép chiếu &gt; Nắn (Chiếu lại) hoặc 'Căn chỉnh raster', lấy một raster làm chuẩn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="31"/>
        <source>Raster &apos;{path}&apos; does not exist.</source>
        <translation>Raster '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="32"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read.</source>
        <translation>'{path}' không phải raster GDAL đọc được.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="33"/>
        <source>Band {bands} does not exist in &apos;{name}&apos;, which has {count} band(s).</source>
        <translation>Kênh {bands} không có trong '{name}' (ảnh có {count} kênh).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="34"/>
        <source>Output folder &apos;{folder}&apos; does not exist.</source>
        <translation>Thư mục đầu ra '{folder}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="35"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read ({reason}).</source>
        <translation>'{path}' không phải raster GDAL đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="40"/>
        <source>Choose the {role} band number: the sensor &apos;{sensor}&apos; has no preset for it.</source>
        <translation>Hãy chọn số kênh {role}: bộ cảm '{sensor}' không có mặc định cho kênh này.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="41"/>
        <source>The {role} band was set to {number}, but the raster has {count} band(s).</source>
        <translation>Kênh {role} được đặt là {number}, nhưng raster chỉ có {count} kênh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="42"/>
        <source>Cannot tell which band is {role} ({name}): the raster has {count} band(s) and no band description names {name}. Set the band number for {role} explicitly, or choose the right sensor.</source>
        <translation>Không xác định được kênh {role} ({name}): raster có {count} kênh và không có mô tả kênh nào ghi {name}. Hãy đặt số kênh {role}, hoặc chọn đúng bộ cảm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="48"/>
        <source>VN-2000 / UTM exists for zones 48 and 49 only, not {zone}.</source>
        <translation>VN-2000 / UTM chỉ có múi 48 và 49, không có múi {zone}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="49"/>
        <source>QGIS could not build the CRS &apos;{proj}&apos;.</source>
        <translation>QGIS không tạo được hệ tọa độ '{proj}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="50"/>
        <source>QGIS could not save the user CRS &apos;{name}&apos;.</source>
        <translation>QGIS không lưu được hệ tọa độ người dùng '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="109"/>
        <source>The input image could not be opened as a raster layer.</source>
        <translation>Không mở được ảnh đầu vào dưới dạng lớp raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="110"/>
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
        <location filename="../../build/i18n/error_messages.py" line="90"/>
        <source>The class map or the reference points could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp điểm tham chiếu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="91"/>
        <source>There are no reference points with a class.</source>
        <translation>Không có điểm tham chiếu nào có lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="92"/>
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
        <location filename="../../build/i18n/error_messages.py" line="99"/>
        <source>The class map or the zones could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp vùng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="96"/>
        <source>The zones layer has no features.</source>
        <translation>Lớp vùng không có đối tượng nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="97"/>
        <source>Zone feature {fid} has no geometry.</source>
        <translation>Đối tượng vùng {fid} không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="98"/>
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
        <location filename="../../processing_algorithms/accuracy_sampling.py" line="72"/>
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
        <location filename="../../build/i18n/error_messages.py" line="36"/>
        <source>The target standard error of overall accuracy must be between 0 and 1 (e.g. 0.01).</source>
        <translation>Sai số chuẩn mục tiêu của độ chính xác tổng thể phải nằm giữa 0 và 1 (ví dụ 0,01).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="37"/>
        <source>Expected user&apos;s accuracies must be between 0 and 1 (exclusive).</source>
        <translation>Độ chính xác người dùng dự kiến phải lớn hơn 0 và nhỏ hơn 1.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="38"/>
        <source>Unknown allocation &apos;{name}&apos;.</source>
        <translation>Không có cách phân bổ '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="39"/>
        <source>Class {classes} does not occur in the map.</source>
        <translation>Lớp {classes} không có trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="93"/>
        <source>The class map could not be opened.</source>
        <translation>Không mở được bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="94"/>
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
        <location filename="../../build/i18n/error_messages.py" line="100"/>
        <source>The class maps could not be opened.</source>
        <translation>Không mở được các bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="95"/>
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
        <location filename="../../build/i18n/error_messages.py" line="43"/>
        <source>The majority window must be an odd number of pixels, 3 or more (got {size}).</source>
        <translation>Cửa sổ lọc đa số phải là số lẻ điểm ảnh, từ 3 trở lên (nhận được {size}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="44"/>
        <source>Choose a minimum mapping unit above 0 ha, a majority window of 3 or more, or both.</source>
        <translation>Hãy chọn đơn vị bản đồ tối thiểu lớn hơn 0 ha, cửa sổ lọc đa số từ 3 trở lên, hoặc cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="45"/>
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
        <location filename="../../build/i18n/error_messages.py" line="101"/>
        <source>The image or the training polygons could not be opened.</source>
        <translation>Không mở được ảnh hoặc lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="102"/>
        <source>There are no training polygons with a class code.</source>
        <translation>Không có vùng mẫu nào có mã lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="103"/>
        <source>The image could not be opened.</source>
        <translation>Không mở được ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="104"/>
        <source>Class code {code} (feature {fid}) is outside 1–254.</source>
        <translation>Mã lớp {code} (đối tượng {fid}) nằm ngoài khoảng 1–254.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="105"/>
        <source>Class code {code} has two names: &apos;{a}&apos; and &apos;{b}&apos;. Give each class one code and one name.</source>
        <translation>Mã lớp {code} có hai tên: '{a}' và '{b}'. Mỗi lớp chỉ có một mã và một tên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="46"/>
        <source>Polygon &apos;{name}&apos; has no geometry.</source>
        <translation>Vùng '{name}' không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="47"/>
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
        <location filename="../../processing_algorithms/push_to_database.py" line="56"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="83"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="80"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="120"/>
        <source>Review</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="83"/>
        <source>Pushed by</source>
        <translation>Người đẩy</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="80"/>
        <source>Pushed at</source>
        <translation>Thời điểm đẩy</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="80"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="85"/>
        <source>GeoPackage file of the database</source>
        <translation>Tệp GeoPackage của cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="86"/>
        <source>Comment for the technician</source>
        <translation>Nhận xét gửi kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Push</source>
        <translation>Đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="119"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="53"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Layers to push</source>
        <translation>Các lớp cần đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Metadata of the selected layer</source>
        <translation>Siêu dữ liệu của lớp đang chọn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Abstract</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="47"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="51"/>
        <source>Reserve</source>
        <translation>Khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>CRS</source>
        <translation>Hệ tọa độ</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Resume queued pushes</source>
        <translation>Tiếp tục các lượt đẩy trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Load selected version</source>
        <translation>Mở phiên bản đã chọn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Reviewer mode: national reserve boundaries and submissions</source>
        <translation>Chế độ thẩm định: ranh giới khu bảo tồn quốc gia và các hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Load reserve boundaries</source>
        <translation>Mở ranh giới khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Import boundaries…</source>
        <translation>Nhập ranh giới…</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Load beside boundaries</source>
        <translation>Mở cạnh ranh giới</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="121"/>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="144"/>
        <source>Embedded GeoPackage (default)</source>
        <translation>GeoPackage tích hợp (mặc định)</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="146"/>
        <source>PostgreSQL: {name}</source>
        <translation>PostgreSQL: {name}</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="147"/>
        <source>Another GeoPackage file…</source>
        <translation>Tệp GeoPackage khác…</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="166"/>
        <source>GeoPackage database</source>
        <translation>Cơ sở dữ liệu GeoPackage</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="245"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="290"/>
        <source>Tick the layers to push first.</source>
        <translation>Hãy đánh dấu các lớp cần đẩy lên trước.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="304"/>
        <source>Blocking</source>
        <translation>Chặn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="304"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="310"/>
        <source>{name}: ready to push</source>
        <translation>{name}: sẵn sàng đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="324"/>
        <source>Blocking problems: correct them (see the checks) before pushing.</source>
        <translation>Có lỗi chặn: hãy sửa (xem phần kiểm tra) trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="334"/>
        <source>Pushing to the provincial database</source>
        <translation>Đang đẩy lên cơ sở dữ liệu tỉnh</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="339"/>
        <source>Resuming queued pushes</source>
        <translation>Đang tiếp tục các lượt đẩy trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="371"/>
        <source>{name}: stored as {table} (version {version}, {count} rows/tiles)</source>
        <translation>{name}: đã lưu thành {table} (phiên bản {version}, {count} dòng/ô ảnh)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="108"/>
        <source>{name}: not pushed: {error}</source>
        <translation>{name}: chưa đẩy lên được: {error}</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="378"/>
        <source>Push finished with problems: see the report.</source>
        <translation>Đẩy lên xong nhưng có vấn đề: xem báo cáo.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="378"/>
        <source>Push finished.</source>
        <translation>Đã đẩy lên xong.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="390"/>
        <source>{count} push(es) waiting in the queue.</source>
        <translation>{count} lượt đẩy đang chờ trong hàng đợi.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="390"/>
        <source>The push queue is empty.</source>
        <translation>Hàng đợi đẩy lên đang trống.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="421"/>
        <source>The stored layer {table} could not be opened.</source>
        <translation>Không mở được lớp đã lưu {table}.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="484"/>
        <source>National reserve boundaries</source>
        <translation>Ranh giới khu bảo tồn quốc gia</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="433"/>
        <source>The protected areas table could not be opened.</source>
        <translation>Không mở được bảng khu bảo tồn.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="439"/>
        <source>Reserve boundaries</source>
        <translation>Ranh giới khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="439"/>
        <source>Vector files (*.gpkg *.shp *.geojson *.kml);;All files (*)</source>
        <translation>Tệp vector (*.gpkg *.shp *.geojson *.kml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="453"/>
        <source>The boundaries need a name field (name_vi, ten or name).</source>
        <translation>Lớp ranh giới cần có trường tên (name_vi, ten hoặc name).</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="466"/>
        <source>{count} protected area(s) imported.</source>
        <translation>Đã nhập {count} khu bảo tồn.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="491"/>
        <source>Select a submission first.</source>
        <translation>Hãy chọn một hồ sơ trước.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="501"/>
        <source>{title} version {version}: {status}.</source>
        <translation>{title} phiên bản {version}: {status}.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="501"/>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="501"/>
        <source>returned</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="31"/>
        <source>Push layers to the provincial database</source>
        <translation>Đẩy các lớp lên cơ sở dữ liệu tỉnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="34"/>
        <source>&lt;p&gt;Stores each layer as a new version in the provincial biodiversity database: PostGIS (a saved QGIS PostgreSQL connection that uses an authentication configuration) or a GeoPackage file (by default the embedded one in the QGIS profile). Each push is one transaction: the data table (&amp;lt;title&amp;gt;_v&amp;lt;n&amp;gt;), its registry entry (theme, province, reserve, checksum, lineage), metadata and style are stored together or not at all. A previous version is never overwritten. Layers with blocking problems (geographic CRS for area data, invalid geometries) are refused; data already stored with the same checksum is refused unless duplicates are allowed. A failed push stays in the push queue of the Biodiversity panel, to be resumed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lưu mỗi lớp thành một phiên bản mới trong cơ sở dữ liệu đa dạng sinh học của tỉnh: PostGIS (một kết nối PostgreSQL đã lưu trong QGIS, dùng cấu hình xác thực) hoặc một tệp GeoPackage (mặc định là tệp tích hợp trong hồ sơ QGIS). Mỗi lượt đẩy là một giao dịch: bảng dữ liệu (&amp;lt;tiêu đề&amp;gt;_v&amp;lt;n&amp;gt;), mục đăng ký (chủ đề, tỉnh, khu bảo tồn, mã kiểm tra, nguồn gốc xử lý), siêu dữ liệu và kiểu hiển thị được lưu cùng nhau hoặc không lưu gì cả. Phiên bản trước không bao giờ bị ghi đè. Lớp có lỗi chặn (hệ tọa độ địa lý cho dữ liệu diện tích, hình học không hợp lệ) bị từ chối; dữ liệu đã lưu với cùng mã kiểm tra bị từ chối trừ khi cho phép trùng lặp. Lượt đẩy thất bại được giữ trong hàng đợi của bảng Đa dạng sinh học để tiếp tục sau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="45"/>
        <source>Layers</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="45"/>
        <source>Vector layers and file-based rasters to push; each gets its own table.</source>
        <translation>Các lớp vector và raster dạng tệp cần đẩy lên; mỗi lớp có bảng riêng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="47"/>
        <source>habitat, benthic, corridor, reserve or other.</source>
        <translation>sinh cảnh (habitat), đáy biển (benthic), hành lang (corridor), khu bảo tồn (reserve) hoặc khác (other).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="49"/>
        <source>Province the layers cover (e.g. Khánh Hòa).</source>
        <translation>Tỉnh mà các lớp bao phủ (ví dụ Khánh Hòa).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="51"/>
        <source>Protected area the layers cover, if any.</source>
        <translation>Khu bảo tồn mà các lớp bao phủ, nếu có.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="53"/>
        <source>Name of a saved QGIS PostgreSQL connection (with an authentication configuration), or the path of a GeoPackage; empty: the embedded GeoPackage database.</source>
        <translation>Tên một kết nối PostgreSQL đã lưu trong QGIS (có cấu hình xác thực), hoặc đường dẫn một tệp GeoPackage; để trống: cơ sở dữ liệu GeoPackage tích hợp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="56"/>
        <source>Title of the layer in the database (one layer only); empty: the layer name.</source>
        <translation>Tiêu đề của lớp trong cơ sở dữ liệu (chỉ khi đẩy một lớp); để trống: tên lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="58"/>
        <source>Lineage (JSON)</source>
        <translation>Nguồn gốc xử lý (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="58"/>
        <source>Processing history as JSON: a list of {&quot;algorithm&quot;: id, &quot;parameters&quot;: {…}}.</source>
        <translation>Lịch sử xử lý dạng JSON: danh sách {&quot;algorithm&quot;: id, &quot;parameters&quot;: {…}}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="60"/>
        <source>Allow pushing identical data again</source>
        <translation>Cho phép đẩy lại dữ liệu giống hệt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="60"/>
        <source>Store a new version even when the same data (same checksum) is already in the database.</source>
        <translation>Lưu phiên bản mới ngay cả khi cùng dữ liệu (cùng mã kiểm tra) đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="65"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="64"/>
        <source>Layers pushed</source>
        <translation>Số lớp đã đẩy lên</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="65"/>
        <source>One line per layer: table and version, or why it was not pushed.</source>
        <translation>Mỗi lớp một dòng: bảng và phiên bản, hoặc lý do chưa đẩy lên được.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="80"/>
        <source>Database: {label}</source>
        <translation>Cơ sở dữ liệu: {label}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="103"/>
        <source>{name}: stored as {table} (version {version})</source>
        <translation>{name}: đã lưu thành {table} (phiên bản {version})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/push_to_database.py" line="112"/>
        <source>{count} layer(s) not pushed because of blocking problems.</source>
        <translation>{count} lớp chưa được đẩy lên vì có lỗi chặn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="51"/>
        <source>The layer has no title.</source>
        <translation>Lớp chưa có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="52"/>
        <source>The layer has no valid CRS: set its VN-2000 CRS first.</source>
        <translation>Lớp không có hệ tọa độ hợp lệ: hãy đặt hệ tọa độ VN-2000 trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="53"/>
        <source>The CRS {crs} is geographic (degrees): areas would be wrong. Reproject the layer to its VN-2000 TM-3 (or UTM) CRS first.</source>
        <translation>Hệ tọa độ {crs} là hệ địa lý (độ): diện tích sẽ sai. Hãy chuyển lớp sang hệ VN-2000 TM-3 (hoặc UTM) trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="54"/>
        <source>{count} feature(s) have invalid geometries: repair them (Vector &gt; Geometry Tools &gt; Fix Geometries) before pushing.</source>
        <translation>{count} đối tượng có hình học không hợp lệ: hãy sửa (Vector &gt; Geometry Tools &gt; Fix Geometries) trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="55"/>
        <source>The table will be named {slug}_v&lt;version&gt; (from the title &apos;{title}&apos;).</source>
        <translation>Bảng sẽ được đặt tên {slug}_v&lt;phiên bản&gt; (từ tiêu đề '{title}').</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="56"/>
        <source>Field names with diacritics or SQL reserved words are kept, quoted: {names}. Some tools outside QGIS may need them renamed.</source>
        <translation>Tên trường có dấu hoặc trùng từ khóa SQL được giữ nguyên (đặt trong dấu nháy): {names}. Một số công cụ ngoài QGIS có thể cần đổi tên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="57"/>
        <source>Metadata incomplete: {problems}. Fill it in the metadata form.</source>
        <translation>Siêu dữ liệu chưa đủ: {problems}. Hãy điền vào biểu mẫu siêu dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="58"/>
        <source>The same data is already in the database as &apos;{title}&apos; version {version}; it will not be stored twice unless you allow it.</source>
        <translation>Dữ liệu này đã có trong cơ sở dữ liệu với tên '{title}' phiên bản {version}; sẽ không lưu lần hai trừ khi bạn cho phép.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="59"/>
        <source>The authentication configuration &apos;{authcfg}&apos; cannot be read: check that it exists and that the QGIS master password is entered (Settings &gt; Options &gt; Authentication).</source>
        <translation>Không đọc được cấu hình xác thực '{authcfg}': hãy kiểm tra cấu hình này tồn tại và đã nhập mật khẩu chính của QGIS (Settings &gt; Options &gt; Authentication).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="60"/>
        <source>PostgreSQL service files are not supported here; give host, port and database.</source>
        <translation>Tệp dịch vụ PostgreSQL không được hỗ trợ ở đây; hãy nhập máy chủ, cổng và tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="61"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos;. Create it in the Browser (PostgreSQL &gt; New Connection), with an authentication configuration.</source>
        <translation>Không có kết nối PostgreSQL đã lưu tên '{name}'. Hãy tạo trong Browser (PostgreSQL &gt; New Connection), kèm cấu hình xác thực.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="62"/>
        <source>The connection &apos;{name}&apos; keeps its password in plain settings. Edit it and store the credentials in an authentication configuration instead.</source>
        <translation>Kết nối '{name}' lưu mật khẩu dạng văn bản thường trong thiết lập. Hãy sửa kết nối và lưu thông tin đăng nhập trong một cấu hình xác thực.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="63"/>
        <source>Only file-based rasters can be pushed; save &apos;{name}&apos; as a GeoTIFF first.</source>
        <translation>Chỉ đẩy được raster dạng tệp; hãy lưu '{name}' thành GeoTIFF trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="64"/>
        <source>Could not prepare the layer for the GeoPackage: {detail}</source>
        <translation>Không chuẩn bị được lớp cho GeoPackage: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="65"/>
        <source>Could not prepare the raster for the GeoPackage: {detail}</source>
        <translation>Không chuẩn bị được raster cho GeoPackage: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="66"/>
        <source>Unexpected staging table definition: {sql}</source>
        <translation>Định nghĩa bảng trung gian không như mong đợi: {sql}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="67"/>
        <source>Unknown review status &apos;{status}&apos;.</source>
        <translation>Trạng thái thẩm định không hợp lệ '{status}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="68"/>
        <source>Cannot create the GeoPackage {path}: check the folder is writable.</source>
        <translation>Không tạo được GeoPackage {path}: hãy kiểm tra quyền ghi của thư mục.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="69"/>
        <source>Cannot update the GeoPackage database {path}: {detail}</source>
        <translation>Không cập nhật được cơ sở dữ liệu GeoPackage {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="70"/>
        <source>A table {table} exists without a registry row; remove it first.</source>
        <translation>Bảng {table} đã tồn tại nhưng không có mục đăng ký; hãy xóa nó trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="71"/>
        <source>The database refused this: {detail}</source>
        <translation>Cơ sở dữ liệu từ chối thao tác này: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="72"/>
        <source>The same data was already pushed as &apos;{title}&apos; version {version} (same checksum); nothing new was stored.</source>
        <translation>Dữ liệu này đã được đẩy lên với tên '{title}' phiên bản {version} (cùng mã kiểm tra); không lưu thêm gì.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="73"/>
        <source>The GeoPackage refused the push: {detail}. Nothing was stored.</source>
        <translation>GeoPackage từ chối lượt đẩy: {detail}. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="74"/>
        <source>The same data was already pushed as &apos;{title}&apos; version {version}.</source>
        <translation>Dữ liệu này đã được đẩy lên với tên '{title}' phiên bản {version}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="75"/>
        <source>Give the layer a title before pushing it.</source>
        <translation>Hãy đặt tiêu đề cho lớp trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="76"/>
        <source>Unknown theme &apos;{theme}&apos;: use one of {themes}.</source>
        <translation>Chủ đề không hợp lệ '{theme}': hãy dùng một trong {themes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="77"/>
        <source>The layer has no valid CRS; set one (a VN-2000 CRS) before pushing.</source>
        <translation>Lớp không có hệ tọa độ hợp lệ; hãy đặt một hệ (VN-2000) trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="78"/>
        <source>A table {table} exists without a registry row; ask the administrator to remove it.</source>
        <translation>Bảng {table} đã tồn tại nhưng không có mục đăng ký; hãy nhờ quản trị viên xóa nó.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="79"/>
        <source>Cannot reach the database &apos;{db}&apos; on {host}:{port} ({detail}). Check that the server runs and the connection settings are right.</source>
        <translation>Không kết nối được cơ sở dữ liệu '{db}' tại {host}:{port} ({detail}). Hãy kiểm tra máy chủ đang chạy và thiết lập kết nối đúng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="80"/>
        <source>The database refused this for user &apos;{user}&apos;: {detail}</source>
        <translation>Cơ sở dữ liệu từ chối thao tác này của người dùng '{user}': {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="81"/>
        <source>The connection to the database was lost ({detail}); nothing was stored. A push stays in the queue: resume it when the server is back.</source>
        <translation>Mất kết nối tới cơ sở dữ liệu ({detail}); không có gì được lưu. Lượt đẩy được giữ trong hàng đợi: hãy tiếp tục khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="82"/>
        <source>The database refused the operation: {detail}. Nothing was stored.</source>
        <translation>Cơ sở dữ liệu từ chối thao tác: {detail}. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="83"/>
        <source>The database server refused the user &apos;{user}&apos;: wrong user name or password. Correct the authentication configuration &apos;{authcfg}&apos; (Settings &gt; Options &gt; Authentication) or the saved connection.</source>
        <translation>Máy chủ cơ sở dữ liệu từ chối người dùng '{user}': sai tên đăng nhập hoặc mật khẩu. Hãy sửa cấu hình xác thực '{authcfg}' (Settings &gt; Options &gt; Authentication) hoặc kết nối đã lưu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="84"/>
        <source>The database schema is at version {have}; this plugin needs {need}. Ask the database administrator to open it once with the plugin ({detail}).</source>
        <translation>Lược đồ cơ sở dữ liệu đang ở phiên bản {have}; plugin này cần {need}. Hãy nhờ quản trị viên cơ sở dữ liệu mở nó một lần bằng plugin ({detail}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="85"/>
        <source>The protected areas layer &apos;{name}&apos; must contain polygons.</source>
        <translation>Lớp khu bảo tồn '{name}' phải chứa vùng (polygon).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="86"/>
        <source>Unknown protected-area category &apos;{value}&apos; (feature {fid}): use national park, nature reserve, species and habitat conservation area or landscape protection area.</source>
        <translation>Phân hạng khu bảo tồn không hợp lệ '{value}' (đối tượng {fid}): hãy dùng vườn quốc gia, khu dự trữ thiên nhiên, khu bảo tồn loài - sinh cảnh hoặc khu bảo vệ cảnh quan.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="87"/>
        <source>Pushes can only be queued for connections that use an authentication configuration.</source>
        <translation>Chỉ đưa được lượt đẩy vào hàng đợi với kết nối dùng cấu hình xác thực.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="88"/>
        <source>The queued layer &apos;{name}&apos; cannot be opened any more ({source}).</source>
        <translation>Không còn mở được lớp '{name}' trong hàng đợi ({source}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="89"/>
        <source>Could not keep a copy of &apos;{name}&apos; for the queue: {detail}</source>
        <translation>Không giữ được bản sao của '{name}' cho hàng đợi: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="106"/>
        <source>Choose at least one layer to push.</source>
        <translation>Hãy chọn ít nhất một lớp để đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="107"/>
        <source>A title can only be given when pushing one layer.</source>
        <translation>Chỉ đặt được tiêu đề khi đẩy lên một lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="108"/>
        <source>The lineage is not valid JSON: {detail}</source>
        <translation>Nguồn gốc xử lý không phải JSON hợp lệ: {detail}</translation>
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
        <location filename="../gui/dock_widget.ui" line="74"/>
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
    <message>
        <location filename="../gui/dock_widget.ui" line="89"/>
        <source>Push</source>
        <translation>Đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="50"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="125"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="57"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="60"/>
        <source>Layers to push</source>
        <translation>Các lớp cần đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="63"/>
        <source>Metadata of the selected layer</source>
        <translation>Siêu dữ liệu của lớp đang chọn</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="66"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="68"/>
        <source>Abstract</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="70"/>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="72"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="76"/>
        <source>Reserve</source>
        <translation>Khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="78"/>
        <source>CRS</source>
        <translation>Hệ tọa độ</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="80"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="82"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="88"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="90"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="97"/>
        <source>Resume queued pushes</source>
        <translation>Tiếp tục các lượt đẩy trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="103"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="108"/>
        <source>Load selected version</source>
        <translation>Mở phiên bản đã chọn</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="114"/>
        <source>Review</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="116"/>
        <source>Reviewer mode: national reserve boundaries and submissions</source>
        <translation>Chế độ thẩm định: ranh giới khu bảo tồn quốc gia và các hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="119"/>
        <source>Load reserve boundaries</source>
        <translation>Mở ranh giới khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="120"/>
        <source>Import boundaries…</source>
        <translation>Nhập ranh giới…</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="126"/>
        <source>Load beside boundaries</source>
        <translation>Mở cạnh ranh giới</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="131"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="132"/>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="86"/>
        <source>Allow pushing identical data again</source>
        <translation>Cho phép đẩy lại dữ liệu giống hệt</translation>
    </message>
</context>
</TS>
