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
        <location filename="../../build/i18n/error_messages.py" line="46"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Người dùng đã hủy; không có đầu ra nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="47"/>
        <source>Choose at least one index.</source>
        <translation>Hãy chọn ít nhất một chỉ số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="48"/>
        <source>Unknown index {names}; available: {available}.</source>
        <translation>Không có chỉ số {names}; các chỉ số có: {available}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="49"/>
        <source>Unknown province &apos;{name}&apos;.</source>
        <translation>Không có tỉnh '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="50"/>
        <source>{path}: duplicate province codes {codes}.</source>
        <translation>{path}: trùng mã tỉnh {codes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="51"/>
        <source>{path}: former provinces {codes} are not merged into a current province.</source>
        <translation>{path}: các tỉnh cũ {codes} không thuộc tỉnh hiện hành nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="52"/>
        <source>Unknown province &apos;{name}&apos;. Did you mean: {names}?</source>
        <translation>Không có tỉnh '{name}'. Có phải là: {names}?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="53"/>
        <source>{path}, line {line}: central meridian {cm} is outside Vietnam (102–110°E).</source>
        <translation>{path}, dòng {line}: kinh tuyến trục {cm} nằm ngoài Việt Nam (102–110°Đ).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="54"/>
        <source>{path}, line {line}: status must be &apos;current&apos; or &apos;former&apos;.</source>
        <translation>{path}, dòng {line}: trạng thái phải là 'current' hoặc 'former'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="55"/>
        <source>{path}, line {line}: the central meridian is not a number.</source>
        <translation>{path}, dòng {line}: kinh tuyến trục không phải là số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="56"/>
        <source>The rasters are not on the same grid (same CRS, pixel size, origin and size are needed).
{problems}
Align them first, e.g. with Raster &gt; Projections &gt; Warp (Reproject) or &apos;Align rasters&apos;, using one of them as the reference.</source>
        <translation>Các raster không cùng lưới (cần cùng hệ tọa độ, kích thước điểm ảnh, gốc và kích thước).
{problems}
Hãy căn chỉnh trước, ví dụ bằng Raster &gt; Phép chiếu &gt; Nắn (Chiếu lại) hoặc 'Căn chỉnh raster', lấy một raster làm chuẩn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="57"/>
        <source>Raster &apos;{path}&apos; does not exist.</source>
        <translation>Raster '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="58"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read.</source>
        <translation>'{path}' không phải raster GDAL đọc được.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="59"/>
        <source>Band {bands} does not exist in &apos;{name}&apos;, which has {count} band(s).</source>
        <translation>Kênh {bands} không có trong '{name}' (ảnh có {count} kênh).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="60"/>
        <source>Output folder &apos;{folder}&apos; does not exist.</source>
        <translation>Thư mục đầu ra '{folder}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="61"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read ({reason}).</source>
        <translation>'{path}' không phải raster GDAL đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="66"/>
        <source>Choose the {role} band number: the sensor &apos;{sensor}&apos; has no preset for it.</source>
        <translation>Hãy chọn số kênh {role}: bộ cảm '{sensor}' không có mặc định cho kênh này.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="67"/>
        <source>The {role} band was set to {number}, but the raster has {count} band(s).</source>
        <translation>Kênh {role} được đặt là {number}, nhưng raster chỉ có {count} kênh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="68"/>
        <source>Cannot tell which band is {role} ({name}): the raster has {count} band(s) and no band description names {name}. Set the band number for {role} explicitly, or choose the right sensor.</source>
        <translation>Không xác định được kênh {role} ({name}): raster có {count} kênh và không có mô tả kênh nào ghi {name}. Hãy đặt số kênh {role}, hoặc chọn đúng bộ cảm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="74"/>
        <source>VN-2000 / UTM exists for zones 48 and 49 only, not {zone}.</source>
        <translation>VN-2000 / UTM chỉ có múi 48 và 49, không có múi {zone}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="75"/>
        <source>QGIS could not build the CRS &apos;{proj}&apos;.</source>
        <translation>QGIS không tạo được hệ tọa độ '{proj}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="76"/>
        <source>QGIS could not save the user CRS &apos;{name}&apos;.</source>
        <translation>QGIS không lưu được hệ tọa độ người dùng '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="77"/>
        <source>The input image could not be opened as a raster layer.</source>
        <translation>Không mở được ảnh đầu vào dưới dạng lớp raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="78"/>
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
        <location filename="../../build/i18n/error_messages.py" line="41"/>
        <source>The class map has no CRS: areas in hectares need a projected CRS in metres.</source>
        <translation>Bản đồ phân loại không có hệ tọa độ: tính diện tích héc-ta cần hệ tọa độ phẳng đơn vị mét.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="42"/>
        <source>The class map is in a geographic CRS ({crs}): areas cannot be computed in degrees. Reproject it to a projected CRS (e.g. the province&apos;s VN-2000 TM-3 zone or UTM) first.</source>
        <translation>Bản đồ phân loại ở hệ tọa độ địa lý ({crs}): không thể tính diện tích theo độ. Hãy chuyển sang hệ tọa độ phẳng (ví dụ múi VN-2000 TM-3 của tỉnh hoặc UTM) trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="43"/>
        <source>&apos;{name}&apos; holds decimal values: a class map must hold integer class codes.</source>
        <translation>'{name}' chứa giá trị thập phân: bản đồ phân loại phải chứa mã lớp là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="44"/>
        <source>Rotated rasters are not supported: &apos;{name}&apos;.</source>
        <translation>Không hỗ trợ raster bị xoay: '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="45"/>
        <source>{count} reference point(s) fall outside the class map (input order: {which}).</source>
        <translation>{count} điểm tham chiếu nằm ngoài bản đồ phân loại (thứ tự trong dữ liệu: {which}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="79"/>
        <source>The class map or the reference points could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp điểm tham chiếu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="80"/>
        <source>There are no reference points with a class.</source>
        <translation>Không có điểm tham chiếu nào có lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="81"/>
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
        <location filename="../../build/i18n/error_messages.py" line="96"/>
        <source>The class map or the zones could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp vùng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="85"/>
        <source>The zones layer has no features.</source>
        <translation>Lớp vùng không có đối tượng nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="86"/>
        <source>Zone feature {fid} has no geometry.</source>
        <translation>Đối tượng vùng {fid} không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="87"/>
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
        <location filename="../../build/i18n/error_messages.py" line="62"/>
        <source>The target standard error of overall accuracy must be between 0 and 1 (e.g. 0.01).</source>
        <translation>Sai số chuẩn mục tiêu của độ chính xác tổng thể phải nằm giữa 0 và 1 (ví dụ 0,01).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="63"/>
        <source>Expected user&apos;s accuracies must be between 0 and 1 (exclusive).</source>
        <translation>Độ chính xác người dùng dự kiến phải lớn hơn 0 và nhỏ hơn 1.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="64"/>
        <source>Unknown allocation &apos;{name}&apos;.</source>
        <translation>Không có cách phân bổ '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="65"/>
        <source>Class {classes} does not occur in the map.</source>
        <translation>Lớp {classes} không có trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="82"/>
        <source>The class map could not be opened.</source>
        <translation>Không mở được bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="83"/>
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
        <location filename="../../build/i18n/error_messages.py" line="32"/>
        <source>&apos;{name}&apos; holds decimal values: class maps must hold integer class codes.</source>
        <translation>'{name}' chứa giá trị thập phân: bản đồ phân loại phải chứa mã lớp là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="97"/>
        <source>The class maps could not be opened.</source>
        <translation>Không mở được các bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="84"/>
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
        <location filename="../../build/i18n/error_messages.py" line="69"/>
        <source>The majority window must be an odd number of pixels, 3 or more (got {size}).</source>
        <translation>Cửa sổ lọc đa số phải là số lẻ điểm ảnh, từ 3 trở lên (nhận được {size}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="70"/>
        <source>Choose a minimum mapping unit above 0 ha, a majority window of 3 or more, or both.</source>
        <translation>Hãy chọn đơn vị bản đồ tối thiểu lớn hơn 0 ha, cửa sổ lọc đa số từ 3 trở lên, hoặc cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="71"/>
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
        <location filename="../../processing_algorithms/water_mask.py" line="34"/>
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
        <location filename="../../build/i18n/error_messages.py" line="33"/>
        <source>Unknown classifier &apos;{name}&apos;.</source>
        <translation>Không có bộ phân loại '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="34"/>
        <source>Training polygon(s) {ids} lie outside the image. Check the CRS and extent of the training layer.</source>
        <translation>Các vùng mẫu {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="35"/>
        <source>Class {classes} has no image pixels under its training polygons (polygons smaller than a pixel, or on nodata).</source>
        <translation>Lớp {classes} không có điểm ảnh nào dưới các vùng mẫu của nó (vùng mẫu nhỏ hơn một điểm ảnh, hoặc nằm trên vùng không có dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="36"/>
        <source>Training needs at least two classes; the polygons have only class {classes}.</source>
        <translation>Huấn luyện cần ít nhất hai lớp; các vùng mẫu chỉ có lớp {classes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="37"/>
        <source>Model file &apos;{path}&apos; does not exist.</source>
        <translation>Tệp mô hình '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="38"/>
        <source>&apos;{path}&apos; is not a habitat model file of this plugin.</source>
        <translation>'{path}' không phải tệp mô hình sinh cảnh của công cụ này.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="39"/>
        <source>The model was trained on {expected} bands ({names}), but &apos;{image}&apos; has {count}. Use an image with the same bands in the same order.</source>
        <translation>Mô hình được huấn luyện trên {expected} kênh ({names}), nhưng '{image}' có {count} kênh. Hãy dùng ảnh có cùng các kênh, cùng thứ tự.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="40"/>
        <source>The image&apos;s bands ({given}) are not the model&apos;s ({expected}).</source>
        <translation>Các kênh của ảnh ({given}) không phải các kênh của mô hình ({expected}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="98"/>
        <source>The image or the training polygons could not be opened.</source>
        <translation>Không mở được ảnh hoặc lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="90"/>
        <source>There are no training polygons with a class code.</source>
        <translation>Không có vùng mẫu nào có mã lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="99"/>
        <source>The image could not be opened.</source>
        <translation>Không mở được ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="92"/>
        <source>Class code {code} (feature {fid}) is outside 1–254.</source>
        <translation>Mã lớp {code} (đối tượng {fid}) nằm ngoài khoảng 1–254.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="100"/>
        <source>Class code {code} has two names: &apos;{a}&apos; and &apos;{b}&apos;. Give each class one code and one name.</source>
        <translation>Mã lớp {code} có hai tên: '{a}' và '{b}'. Mỗi lớp chỉ có một mã và một tên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="72"/>
        <source>Polygon &apos;{name}&apos; has no geometry.</source>
        <translation>Vùng '{name}' không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="73"/>
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
        <location filename="../../processing_algorithms/_reef.py" line="36"/>
        <source>Converts digital numbers to reflectance (Sentinel-2 before/after processing baseline 04.00, Landsat C2 L2). Choose &apos;Reflectance already&apos; for outputs of the glint correction.</source>
        <translation>Chuyển giá trị số (DN) sang phản xạ (Sentinel-2 trước/sau phiên bản xử lý 04.00, Landsat C2 L2). Chọn 'Đã là phản xạ' cho kết quả của bước hiệu chỉnh phản xạ mặt trời.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="90"/>
        <source>Water mask</source>
        <translation>Mặt nạ nước</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_reef.py" line="48"/>
        <source>Mask raster of &apos;Water mask (land, deep and shallow water)&apos; on the same grid: samples and outputs are kept to the water classes it marks.</source>
        <translation>Raster mặt nạ của 'Mặt nạ nước (đất liền, nước sâu và nước nông)' trên cùng lưới: mẫu và kết quả chỉ giữ trong các lớp nước mà nó đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_reef.py" line="59"/>
        <source>Report of the fitted coefficients and sample statistics (a JSON file with the same name is written beside it).</source>
        <translation>Báo cáo các hệ số đã ước lượng và thống kê mẫu (một tệp JSON cùng tên được ghi bên cạnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_reef.py" line="100"/>
        <source>{what} reprojected from {a} to {b}.</source>
        <translation>{what} đã được chuyển hệ tọa độ từ {a} sang {b}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_reef.py" line="161"/>
        <source>Land or cloud (bright NIR/SWIR)</source>
        <translation>Đất liền hoặc mây (NIR/SWIR sáng)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_reef.py" line="162"/>
        <source>Optically deep water</source>
        <translation>Nước sâu quang học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_reef.py" line="162"/>
        <source>Optically shallow water</source>
        <translation>Nước nông quang học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="24"/>
        <source>Bathymetry (Stumpf log ratio)</source>
        <translation>Độ sâu đáy (tỷ số logarit Stumpf)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="27"/>
        <source>&lt;p&gt;Satellite-derived depth with the log-ratio method of Stumpf, Holderied &amp;amp; Sinclair (2003): Z = m1 · ln(n R&lt;sub&gt;blue&lt;/sub&gt;) / ln(n R&lt;sub&gt;green&lt;/sub&gt;) − m0, with n = 1000 by default and m0, m1 fitted by least squares on points of known depth (soundings, echo-sounder tracks). The report gives m0, m1, r² and the RMSE of the fit. Depths are clipped to 0 … maximum depth; tide at the image date is not corrected: use soundings reduced to the same water level.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Độ sâu từ ảnh vệ tinh theo phương pháp tỷ số logarit của Stumpf, Holderied &amp;amp; Sinclair (2003): Z = m1 · ln(n R&lt;sub&gt;lam&lt;/sub&gt;) / ln(n R&lt;sub&gt;lục&lt;/sub&gt;) − m0, mặc định n = 1000, m0 và m1 ước lượng bằng bình phương tối thiểu trên các điểm đã biết độ sâu (điểm đo sâu, tuyến máy hồi âm). Báo cáo cho m0, m1, r² và RMSE của phép khớp. Độ sâu được giới hạn trong 0 … độ sâu tối đa; thủy triều tại ngày chụp ảnh không được hiệu chỉnh: hãy dùng số liệu đo sâu đã quy về cùng mực nước.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="35"/>
        <source>Glint-corrected image (or Sentinel-2 image) with blue and green.</source>
        <translation>Ảnh đã hiệu chỉnh phản xạ mặt trời (hoặc ảnh Sentinel-2) có kênh lam và lục.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="37"/>
        <source>Depth points</source>
        <translation>Điểm độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="37"/>
        <source>Points of known depth over optically shallow water (at least 5, spread over the depth range).</source>
        <translation>Các điểm đã biết độ sâu trên vùng nước nông quang học (ít nhất 5 điểm, trải đều theo dải độ sâu).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="40"/>
        <source>Depth field</source>
        <translation>Trường độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="40"/>
        <source>Depth in metres, positive downwards (negative elevations are turned into depths).</source>
        <translation>Độ sâu tính bằng mét, dương hướng xuống (cao độ âm được đổi thành độ sâu).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="43"/>
        <source>Constant n</source>
        <translation>Hằng số n</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="43"/>
        <source>The constant n of the ratio (Stumpf et al. 2003 use 1000–10000), keeping both logarithms positive.</source>
        <translation>Hằng số n của tỷ số (Stumpf và cộng sự 2003 dùng 1000–10000), giữ cho cả hai logarit dương.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="42"/>
        <source>Maximum depth (m)</source>
        <translation>Độ sâu tối đa (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="47"/>
        <source>Depths are clipped to this value (the ratio saturates beyond the depth the bottom is seen).</source>
        <translation>Độ sâu được giới hạn ở giá trị này (tỷ số bão hòa khi quá độ sâu còn nhìn thấy đáy).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="51"/>
        <source>Depth</source>
        <translation>Độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="51"/>
        <source>Depth in metres (Float32, nodata −9999; with a water mask, only water).</source>
        <translation>Độ sâu tính bằng mét (Float32, nodata −9999; khi có mặt nạ nước, chỉ trên nước).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="73"/>
        <source>All depth values are ≤ 0: read as elevations and turned into depths.</source>
        <translation>Mọi giá trị độ sâu đều ≤ 0: được hiểu là cao độ và đổi thành độ sâu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="76"/>
        <source>Z = {m1:.3f} · ratio − {m0:.3f}; r² {r2:.3f}, RMSE {rmse:.2f} m ({n} points)</source>
        <translation>Z = {m1:.3f} · tỷ số − {m0:.3f}; r² {r2:.3f}, RMSE {rmse:.2f} m ({n} điểm)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="84"/>
        <source>Points used</source>
        <translation>Số điểm đã dùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="84"/>
        <source>Points on unusable pixels</source>
        <translation>Số điểm rơi vào điểm ảnh không dùng được</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="86"/>
        <source>Bathymetry</source>
        <translation>Độ sâu đáy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="90"/>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/bathymetry.py" line="86"/>
        <source>Calibration</source>
        <translation>Hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="55"/>
        <source>Benthic habitat map (coral/algae, seagrass, sand, rubble, rock)</source>
        <translation>Bản đồ sinh cảnh đáy (san hô/tảo, cỏ biển, cát, san hô vụn, đá)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="58"/>
        <source>&lt;p&gt;Maps the bottom of optically shallow water (class 4 of the water mask) with a random forest trained on polygons of each bottom type, on glint-corrected reflectance and/or the depth-invariant index (Lyzenga 1981). Classes and colours follow the Allen Coral Atlas: {classes}; coral and macroalgae are not separable at 10 m, hence &apos;Coral/Algae&apos;. The habitat classification machinery is reused: training pixels per polygon, validation on whole held-out polygons, model file, block-wise prediction with confidence. Land, cloud and deep water are never trained on nor mapped.&lt;/p&gt;&lt;p&gt;Coverage per zone: hectares of each class and its share of the zone&apos;s shallow water. With the map of an earlier date (and its report), the change of each class per zone is flagged only where it exceeds the combined misclassification of both maps. A model from another scene or site can be applied; the report then warns that its accuracy may not hold there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lập bản đồ đáy vùng nước nông quang học (lớp 4 của mặt nạ nước) bằng rừng ngẫu nhiên huấn luyện trên các đa giác của từng loại đáy, dựa trên phản xạ đã hiệu chỉnh phản xạ mặt trời và/hoặc chỉ số bất biến độ sâu (Lyzenga 1981). Các lớp và màu theo Allen Coral Atlas: {classes}; ở độ phân giải 10 m không tách được san hô và tảo lớn, nên dùng lớp 'San hô/Tảo'. Dùng lại bộ máy phân loại sinh cảnh: điểm ảnh huấn luyện theo đa giác, kiểm định trên các đa giác được giữ lại nguyên vẹn, tệp mô hình, dự đoán theo khối kèm độ tin cậy. Đất liền, mây và nước sâu không bao giờ được dùng để huấn luyện hay lập bản đồ.&lt;/p&gt;&lt;p&gt;Độ phủ theo vùng: số hecta của từng lớp và tỷ lệ của nó trong diện tích nước nông của vùng. Khi có bản đồ của một ngày trước đó (kèm báo cáo), biến động của từng lớp theo vùng chỉ được ghi nhận khi vượt quá sai số phân loại kết hợp của cả hai bản đồ. Có thể áp dụng mô hình từ cảnh ảnh hoặc địa điểm khác; khi đó báo cáo cảnh báo rằng độ chính xác có thể không còn đúng ở đây.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="35"/>
        <source>Glint-corrected image</source>
        <translation>Ảnh đã hiệu chỉnh phản xạ mặt trời</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="72"/>
        <source>Reflectance image on the mask&apos;s grid, preferably the output of the sun-glint correction.</source>
        <translation>Ảnh phản xạ trên cùng lưới với mặt nạ, tốt nhất là kết quả của bước hiệu chỉnh phản xạ mặt trời.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="74"/>
        <source>Converts digital numbers to reflectance; &apos;Reflectance already&apos; for the glint correction&apos;s output.</source>
        <translation>Chuyển giá trị số (DN) sang phản xạ; chọn 'Đã là phản xạ' cho kết quả của bước hiệu chỉnh phản xạ mặt trời.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="77"/>
        <source>Use the image bands as features</source>
        <translation>Dùng các kênh ảnh làm đặc trưng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="77"/>
        <source>Use the image&apos;s reflectance bands as features (together with the depth-invariant index when given).</source>
        <translation>Dùng các kênh phản xạ của ảnh làm đặc trưng (cùng với chỉ số bất biến độ sâu nếu có).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="80"/>
        <source>Depth-invariant index</source>
        <translation>Chỉ số bất biến độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="80"/>
        <source>Output of &apos;Depth-invariant index (Lyzenga)&apos; on the same grid, used as extra features.</source>
        <translation>Kết quả của 'Chỉ số bất biến độ sâu (Lyzenga)' trên cùng lưới, dùng làm đặc trưng bổ sung.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="82"/>
        <source>Mask of &apos;Water mask (land, deep and shallow water)&apos;: only optically shallow water (class 4) is classified.</source>
        <translation>Mặt nạ của 'Mặt nạ nước (đất liền, nước sâu và nước nông)': chỉ phân loại vùng nước nông quang học (lớp 4).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="85"/>
        <source>Polygons over homogeneous patches of each bottom type in shallow water, several per class (needed unless a model file is given).</source>
        <translation>Các đa giác trên những mảng đồng nhất của từng loại đáy ở vùng nước nông, nhiều đa giác cho mỗi lớp (bắt buộc nếu không có tệp mô hình).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="89"/>
        <source>Integer class code 1–254; the Allen Coral Atlas codes are {classes}.</source>
        <translation>Mã lớp số nguyên 1–254; các mã theo Allen Coral Atlas là {classes}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="93"/>
        <source>Optional class name; without it the Allen Coral Atlas name of the code is used.</source>
        <translation>Tên lớp (không bắt buộc); nếu không có, dùng tên theo Allen Coral Atlas của mã.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="96"/>
        <source>Benthic model file</source>
        <translation>Tệp mô hình sinh cảnh đáy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="96"/>
        <source>Apply a model saved by an earlier run instead of training (open only files you trust).</source>
        <translation>Áp dụng mô hình đã lưu từ lần chạy trước thay vì huấn luyện (chỉ mở tệp bạn tin cậy).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="98"/>
        <source>Share of each class&apos;s polygons kept out of training to check the map (whole polygons).</source>
        <translation>Tỷ lệ đa giác của mỗi lớp được giữ lại ngoài huấn luyện để kiểm tra bản đồ (nguyên cả đa giác).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="101"/>
        <source>Seed of the random choices: the same seed gives the same result.</source>
        <translation>Hạt giống của các lựa chọn ngẫu nhiên: cùng hạt giống cho cùng kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="103"/>
        <source>Zones (marine protected area, its core zone…) for the coverage table; without zones, the whole map.</source>
        <translation>Các vùng (khu bảo tồn biển, vùng lõi…) cho bảng độ phủ; nếu không có, tính cho toàn bản đồ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="107"/>
        <source>Field that names the zone in the coverage table.</source>
        <translation>Trường ghi tên vùng trong bảng độ phủ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="110"/>
        <source>Benthic map of an earlier date</source>
        <translation>Bản đồ sinh cảnh đáy của ngày trước đó</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="110"/>
        <source>Class map of this algorithm for an earlier date, on the same grid, for the change table.</source>
        <translation>Bản đồ lớp do thuật toán này tạo cho một ngày trước đó, trên cùng lưới, dùng cho bảng biến động.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="112"/>
        <source>Report (JSON) of the earlier map</source>
        <translation>Báo cáo (JSON) của bản đồ trước đó</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="112"/>
        <source>The .json report written beside the earlier map&apos;s HTML report: its held-out accuracy sets the earlier map&apos;s error.</source>
        <translation>Tệp báo cáo .json được ghi cạnh báo cáo HTML của bản đồ trước đó: độ chính xác trên các đa giác giữ lại xác định sai số của bản đồ đó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="116"/>
        <source>Benthic habitat map</source>
        <translation>Bản đồ sinh cảnh đáy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="116"/>
        <source>Class raster (nodata 0 outside optically shallow water) with the Allen Coral Atlas palette.</source>
        <translation>Raster lớp (nodata 0 ngoài vùng nước nông quang học) với bảng màu Allen Coral Atlas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="118"/>
        <source>Probability of the chosen class (0–1).</source>
        <translation>Xác suất của lớp được chọn (0–1).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="121"/>
        <source>The trained model, to map another date (open only model files you trust).</source>
        <translation>Mô hình đã huấn luyện, để lập bản đồ cho ngày khác (chỉ mở tệp mô hình bạn tin cậy).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="125"/>
        <source>Accuracy on held-out polygons, coverage, change and warnings (a JSON twin is written beside).</source>
        <translation>Độ chính xác trên các đa giác giữ lại, độ phủ, biến động và cảnh báo (một tệp JSON tương ứng được ghi bên cạnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="127"/>
        <source>Coverage table (CSV)</source>
        <translation>Bảng độ phủ (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="130"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="127"/>
        <source>One row per zone and class: pixels, hectares, hectares of shallow water, % of shallow water.</source>
        <translation>Mỗi dòng một vùng và một lớp: số điểm ảnh, hecta, hecta nước nông, % diện tích nước nông.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="130"/>
        <source>Change table (CSV)</source>
        <translation>Bảng biến động (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="130"/>
        <source>With an earlier map: area before and after, change, error margin and whether the change exceeds it, per zone and class.</source>
        <translation>Khi có bản đồ trước đó: diện tích trước và sau, biến động, biên sai số và biến động có vượt biên đó hay không, theo vùng và lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="171"/>
        <source>Building the features inside optically shallow water…</source>
        <translation>Đang tạo các đặc trưng trong vùng nước nông quang học…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="175"/>
        <source>Features: {names}</source>
        <translation>Đặc trưng: {names}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="189"/>
        <source>Training and validating the classifier on held-out polygons…</source>
        <translation>Đang huấn luyện và kiểm định bộ phân loại trên các đa giác giữ lại…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="199"/>
        <source>Classifying optically shallow water block by block…</source>
        <translation>Đang phân loại vùng nước nông quang học theo từng khối…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="214"/>
        <source>Uncertain classes (held-out F1 below 0.7 or not validated): {classes}</source>
        <translation>Các lớp chưa chắc chắn (F1 trên đa giác giữ lại dưới 0,7 hoặc chưa được kiểm định): {classes}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="244"/>
        <source>Benthic habitat report</source>
        <translation>Báo cáo sinh cảnh đáy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="253"/>
        <source>Zone</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="59"/>
        <source>Pixels</source>
        <translation>Số điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="247"/>
        <source>Area (ha)</source>
        <translation>Diện tích (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="247"/>
        <source>Shallow water (ha)</source>
        <translation>Nước nông (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="247"/>
        <source>% of shallow water</source>
        <translation>% diện tích nước nông</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="253"/>
        <source>Before (ha)</source>
        <translation>Trước (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="253"/>
        <source>After (ha)</source>
        <translation>Sau (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="253"/>
        <source>Change (ha)</source>
        <translation>Biến động (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="253"/>
        <source>Error margin (ha)</source>
        <translation>Biên sai số (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="253"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/benthic_habitat.py" line="258"/>
        <source>Margin = √((e_before·A_before)² + (e_after·A_after)²), e = the class's misclassification rate (max of 1 − user's and 1 − producer's accuracy) on held-out polygons.</source>
        <translation>Biên sai số = √((e_trước·A_trước)² + (e_sau·A_sau)²), e = tỷ lệ phân loại sai của lớp (giá trị lớn hơn giữa 1 − độ chính xác người dùng và 1 − độ chính xác người sản xuất) trên các đa giác giữ lại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="19"/>
        <source>Depth-invariant index (Lyzenga)</source>
        <translation>Chỉ số bất biến độ sâu (Lyzenga)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="22"/>
        <source>&lt;p&gt;Water-column correction of Lyzenga (1978, 1981). With L&lt;sub&gt;deep&lt;/sub&gt; the mean signal of optically deep water, X&lt;sub&gt;i&lt;/sub&gt; = ln(L&lt;sub&gt;i&lt;/sub&gt; − L&lt;sub&gt;deep,i&lt;/sub&gt;) (differences ≤ 0 are clamped to 0.0001). Over one bottom type (sand) at varying depth the pairs (X&lt;sub&gt;i&lt;/sub&gt;, X&lt;sub&gt;j&lt;/sub&gt;) lie on a line whose slope is the ratio of attenuation coefficients: a = (σ&lt;sub&gt;ii&lt;/sub&gt; − σ&lt;sub&gt;jj&lt;/sub&gt;)/(2σ&lt;sub&gt;ij&lt;/sub&gt;), k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt; = a + √(a² + 1), and DII&lt;sub&gt;ij&lt;/sub&gt; = X&lt;sub&gt;i&lt;/sub&gt; − (k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt;) X&lt;sub&gt;j&lt;/sub&gt; no longer depends on depth. The coefficients are per scene. Pairs with red work only in a few metres of water. The report gives k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt;, the variances, covariance and correlation over the sand sample (a correlation near 1 means the sand polygons span a good range of depths).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hiệu chỉnh cột nước của Lyzenga (1978, 1981). Với L&lt;sub&gt;sâu&lt;/sub&gt; là tín hiệu trung bình của nước sâu quang học, X&lt;sub&gt;i&lt;/sub&gt; = ln(L&lt;sub&gt;i&lt;/sub&gt; − L&lt;sub&gt;sâu,i&lt;/sub&gt;) (hiệu ≤ 0 được chặn ở 0,0001). Trên một loại đáy (cát) ở các độ sâu khác nhau, các cặp (X&lt;sub&gt;i&lt;/sub&gt;, X&lt;sub&gt;j&lt;/sub&gt;) nằm trên một đường thẳng có hệ số góc là tỷ số hệ số suy giảm: a = (σ&lt;sub&gt;ii&lt;/sub&gt; − σ&lt;sub&gt;jj&lt;/sub&gt;)/(2σ&lt;sub&gt;ij&lt;/sub&gt;), k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt; = a + √(a² + 1), và DII&lt;sub&gt;ij&lt;/sub&gt; = X&lt;sub&gt;i&lt;/sub&gt; − (k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt;) X&lt;sub&gt;j&lt;/sub&gt; không còn phụ thuộc độ sâu. Các hệ số là riêng cho từng cảnh ảnh. Các cặp có kênh đỏ chỉ dùng được ở vài mét nước. Báo cáo cho k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt;, phương sai, hiệp phương sai và hệ số tương quan trên mẫu cát (tương quan gần 1 nghĩa là các đa giác cát trải qua dải độ sâu tốt).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="34"/>
        <source>Image with blue, green and red reflectance, preferably the output of the sun-glint correction.</source>
        <translation>Ảnh có phản xạ kênh lam, lục và đỏ, tốt nhất là kết quả của bước hiệu chỉnh phản xạ mặt trời.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="36"/>
        <source>Deep-water sample polygons</source>
        <translation>Đa giác mẫu nước sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="37"/>
        <source>Polygons over clear water too deep to see the bottom: their mean is the deep-water signal L_deep.</source>
        <translation>Các đa giác trên vùng nước trong nhưng quá sâu để thấy đáy: giá trị trung bình của chúng là tín hiệu nước sâu L_deep.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="40"/>
        <source>Sand sample polygons</source>
        <translation>Đa giác mẫu cát</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="40"/>
        <source>Polygons over one bottom type (bright sand) from shallow to deeper water; at least 30 pixels in optically shallow water.</source>
        <translation>Các đa giác trên một loại đáy (cát sáng) từ nước nông đến nước sâu hơn; ít nhất 30 điểm ảnh trong vùng nước nông quang học.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="44"/>
        <source>Band pairs</source>
        <translation>Cặp kênh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="44"/>
        <source>Band pairs to compute, one output band each; B02/B03 is the main pair.</source>
        <translation>Các cặp kênh cần tính, mỗi cặp một kênh kết quả; B02/B03 là cặp chính.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="47"/>
        <source>One Float32 band per pair (nodata −9999; with a water mask, only optically shallow water).</source>
        <translation>Mỗi cặp một kênh Float32 (nodata −9999; khi có mặt nạ nước, chỉ vùng nước nông quang học).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="67"/>
        <source>Deep-water polygons</source>
        <translation>Đa giác nước sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="60"/>
        <source>Sand polygons</source>
        <translation>Đa giác cát</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="64"/>
        <source>{pair}: ki/kj {ratio:.4f} (a {a:.4f}, correlation over sand {r:.3f})</source>
        <translation>{pair}: ki/kj {ratio:.4f} (a {a:.4f}, tương quan trên cát {r:.3f})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="67"/>
        <source>{pair}: weak correlation over the sand sample; the sand polygons may not span enough depth, or hold more than one bottom type.</source>
        <translation>{pair}: tương quan yếu trên mẫu cát; các đa giác cát có thể không trải đủ dải độ sâu, hoặc chứa nhiều hơn một loại đáy.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="71"/>
        <source>{n} sand pixels were not brighter than deep water and were clamped.</source>
        <translation>{n} điểm ảnh cát không sáng hơn nước sâu và đã bị chặn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="77"/>
        <source>Deep-water pixels</source>
        <translation>Số điểm ảnh nước sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="77"/>
        <source>Sand pixels</source>
        <translation>Số điểm ảnh cát</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="78"/>
        <source>Sand pixels clamped</source>
        <translation>Số điểm ảnh cát bị chặn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="80"/>
        <source>Coefficients</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/depth_invariant_index.py" line="80"/>
        <source>Pair</source>
        <translation>Cặp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="59"/>
        <source>Sample</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="16"/>
        <source>Sun-glint correction (Hedley et al. 2005)</source>
        <translation>Hiệu chỉnh phản xạ mặt trời (Hedley và cộng sự 2005)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="19"/>
        <source>&lt;p&gt;Removes sun glint from the visible bands with the method of Hedley, Harborne &amp;amp; Mumby (2005): over glinted, optically deep water, the glint in each visible band is proportional to the NIR signal, so R′&lt;sub&gt;i&lt;/sub&gt; = R&lt;sub&gt;i&lt;/sub&gt; − b&lt;sub&gt;i&lt;/sub&gt; (R&lt;sub&gt;NIR&lt;/sub&gt; − min R&lt;sub&gt;NIR&lt;/sub&gt;), where b&lt;sub&gt;i&lt;/sub&gt; is the least-squares slope of band i against NIR over the glint sample pixels and min R&lt;sub&gt;NIR&lt;/sub&gt; the sample's minimum NIR (the minimum, not the mean). The report gives each band's slope and r²: a low r² means the sample holds little glint or is not deep water. Output: glint-corrected blue, green and red reflectance, then NIR unchanged (Float32, nodata −9999), block by block.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Loại bỏ phản xạ mặt trời (sun glint) khỏi các kênh khả kiến theo phương pháp của Hedley, Harborne &amp;amp; Mumby (2005): trên vùng nước sâu quang học có phản xạ mặt trời, phần phản xạ ở mỗi kênh khả kiến tỷ lệ với tín hiệu NIR, nên R′&lt;sub&gt;i&lt;/sub&gt; = R&lt;sub&gt;i&lt;/sub&gt; − b&lt;sub&gt;i&lt;/sub&gt; (R&lt;sub&gt;NIR&lt;/sub&gt; − min R&lt;sub&gt;NIR&lt;/sub&gt;), trong đó b&lt;sub&gt;i&lt;/sub&gt; là hệ số góc bình phương tối thiểu của kênh i theo NIR trên các điểm ảnh mẫu và min R&lt;sub&gt;NIR&lt;/sub&gt; là NIR nhỏ nhất của mẫu (giá trị nhỏ nhất, không phải trung bình). Báo cáo cho hệ số góc và r² của từng kênh: r² thấp nghĩa là mẫu có ít phản xạ mặt trời hoặc không phải nước sâu. Kết quả: phản xạ lam, lục, đỏ đã hiệu chỉnh, sau đó là NIR giữ nguyên (Float32, nodata −9999), xử lý theo từng khối.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="30"/>
        <source>Sentinel-2 image with blue, green, red and NIR bands.</source>
        <translation>Ảnh Sentinel-2 có các kênh lam, lục, đỏ và NIR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="44"/>
        <source>Glint sample polygons</source>
        <translation>Đa giác mẫu phản xạ mặt trời</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="31"/>
        <source>One or more polygons over optically deep water showing a range of glint (bright wave facets), e.g. 1–5 km² of open water.</source>
        <translation>Một hoặc nhiều đa giác trên vùng nước sâu quang học có mức phản xạ mặt trời thay đổi (mặt sóng sáng lóa), ví dụ 1–5 km² vùng nước mở.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="35"/>
        <source>Glint-corrected reflectance of blue, green and red, then NIR (Float32, nodata −9999; with a water mask, nodata outside water).</source>
        <translation>Phản xạ lam, lục, đỏ đã hiệu chỉnh, sau đó là NIR (Float32, nodata −9999; khi có mặt nạ nước, nodata ngoài vùng nước).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="48"/>
        <source>{band}: slope {slope:.4f}, r² {r2:.3f}</source>
        <translation>{band}: hệ số góc {slope:.4f}, r² {r2:.3f}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="51"/>
        <source>Low r² for {band}: the glint sample may hold little glint or shallow water.</source>
        <translation>r² thấp cho {band}: mẫu có thể có ít phản xạ mặt trời hoặc chứa nước nông.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="53"/>
        <source>Minimum NIR of the sample: {value:.4f} ({n} pixels)</source>
        <translation>NIR nhỏ nhất của mẫu: {value:.4f} ({n} điểm ảnh)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="59"/>
        <source>Sun-glint correction</source>
        <translation>Hiệu chỉnh phản xạ mặt trời</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="59"/>
        <source>Slopes against NIR</source>
        <translation>Hệ số góc theo NIR</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="59"/>
        <source>Band</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="59"/>
        <source>Slope b</source>
        <translation>Hệ số góc b</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="59"/>
        <source>Intercept</source>
        <translation>Hệ số chặn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/sun_glint_correction.py" line="59"/>
        <source>Minimum NIR</source>
        <translation>NIR nhỏ nhất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="20"/>
        <source>Water mask (land, deep and shallow water)</source>
        <translation>Mặt nạ nước (đất liền, nước sâu và nước nông)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="34"/>
        <source>Sentinel-2 (or Landsat) image with blue, green and NIR bands (SWIR1 used when present).</source>
        <translation>Ảnh Sentinel-2 (hoặc Landsat) có các kênh lam, lục và NIR (dùng SWIR1 nếu có).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="36"/>
        <source>Polygons over clear water too deep to see the bottom (dark blue, no visible structure). Needed unless a depth raster is given.</source>
        <translation>Các đa giác trên vùng nước trong nhưng quá sâu để thấy đáy (xanh thẫm, không thấy cấu trúc). Bắt buộc nếu không có raster độ sâu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="39"/>
        <source>Depth raster</source>
        <translation>Raster độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="39"/>
        <source>Optional bathymetry on the same grid (metres, positive downwards): water deeper than the maximum depth is optically deep.</source>
        <translation>Độ sâu đáy (không bắt buộc) trên cùng lưới (mét, dương hướng xuống): nước sâu hơn độ sâu tối đa là nước sâu quang học.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="42"/>
        <source>Depth beyond which the bottom is not visible to Sentinel-2 (about 10–20 m in clear water).</source>
        <translation>Độ sâu mà quá đó Sentinel-2 không còn thấy đáy (khoảng 10–20 m ở nước trong).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="45"/>
        <source>NIR land/cloud threshold</source>
        <translation>Ngưỡng NIR cho đất liền/mây</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="45"/>
        <source>Pixels with NIR reflectance above this are land or cloud.</source>
        <translation>Điểm ảnh có phản xạ NIR lớn hơn ngưỡng này là đất liền hoặc mây.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="48"/>
        <source>SWIR1 land/cloud threshold</source>
        <translation>Ngưỡng SWIR1 cho đất liền/mây</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="48"/>
        <source>Pixels with SWIR1 (1600 nm) reflectance above this are land or cloud (ACOLITE default 0.0215); used only when the image has a SWIR1 band.</source>
        <translation>Điểm ảnh có phản xạ SWIR1 (1600 nm) lớn hơn ngưỡng này là đất liền hoặc mây (mặc định ACOLITE 0,0215); chỉ dùng khi ảnh có kênh SWIR1.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="52"/>
        <source>NDWI water threshold</source>
        <translation>Ngưỡng NDWI cho nước</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="52"/>
        <source>Water where NDWI = (green − NIR)/(green + NIR) is above this.</source>
        <translation>Là nước khi NDWI = (lục − NIR)/(lục + NIR) lớn hơn ngưỡng này.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="55"/>
        <source>Deep-water limit (standard deviations)</source>
        <translation>Giới hạn nước sâu (số độ lệch chuẩn)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="55"/>
        <source>A water pixel is optically deep when blue and green are below the deep-water sample&apos;s mean plus this many standard deviations.</source>
        <translation>Một điểm ảnh nước là sâu quang học khi kênh lam và lục nhỏ hơn trung bình của mẫu nước sâu cộng với số độ lệch chuẩn này.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="59"/>
        <source>Byte raster: 0 nodata, 1 land or cloud, 2 not water, 3 optically deep water, 4 optically shallow water.</source>
        <translation>Raster Byte: 0 nodata, 1 đất liền hoặc mây, 2 không phải nước, 3 nước sâu quang học, 4 nước nông quang học.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="82"/>
        <source>{name}: {n} pixels</source>
        <translation>{name}: {n} điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="84"/>
        <source>No optically shallow water: every water pixel is as dark as the deep-water sample.</source>
        <translation>Không có nước nông quang học: mọi điểm ảnh nước đều tối như mẫu nước sâu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="90"/>
        <source>Pixels per class</source>
        <translation>Số điểm ảnh mỗi lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="90"/>
        <source>Deep-water sample</source>
        <translation>Mẫu nước sâu</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="6"/>
        <source>Unknown sensor &apos;{name}&apos;.</source>
        <translation>Bộ cảm '{name}' không xác định.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="16"/>
        <source>Optically deep water needs deep-water sample polygons (DEEP_WATER) or a depth raster with a maximum depth. Draw a few polygons over clear water too deep to see the bottom.</source>
        <translation>Xác định nước sâu quang học cần đa giác mẫu nước sâu (DEEP_WATER) hoặc raster độ sâu kèm độ sâu tối đa. Hãy vẽ vài đa giác trên vùng nước trong nhưng quá sâu để thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="17"/>
        <source>A depth raster needs a maximum depth (m) beyond which the bottom is not visible.</source>
        <translation>Raster độ sâu cần một độ sâu tối đa (m) mà quá đó không còn thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="19"/>
        <source>Most pixels under the deep-water polygons are land or cloud ({share:.0f} %). Draw them over clear, deep water only.</source>
        <translation>Phần lớn điểm ảnh dưới các đa giác nước sâu là đất liền hoặc mây ({share:.0f} %). Chỉ vẽ chúng trên vùng nước trong và sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="20"/>
        <source>The glint sample has only {n} water pixels; at least {min} are needed. Draw larger polygons over deep water with visible glint.</source>
        <translation>Mẫu phản xạ mặt trời chỉ có {n} điểm ảnh nước; cần ít nhất {min}. Hãy vẽ đa giác lớn hơn trên vùng nước sâu có phản xạ mặt trời rõ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="21"/>
        <source>NIR does not vary over the glint sample, so no glint slope can be fitted: draw the polygons where glint (bright wave facets) varies, over deep water.</source>
        <translation>NIR không thay đổi trên mẫu phản xạ mặt trời nên không ước lượng được hệ số góc: hãy vẽ đa giác ở nơi phản xạ mặt trời (mặt sóng sáng lóa) thay đổi, trên vùng nước sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="22"/>
        <source>Only {n} sand pixels in optically shallow water; the depth-invariant index needs at least {min} (one bottom type, sand, over a range of depths). Draw more or larger sand polygons.</source>
        <translation>Chỉ có {n} điểm ảnh cát trong vùng nước nông quang học; chỉ số bất biến độ sâu cần ít nhất {min} (một loại đáy là cát, trên một dải độ sâu). Hãy vẽ thêm hoặc vẽ lớn hơn các đa giác cát.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="23"/>
        <source>Most sand pixels are not brighter than deep water, so the bottom is not seen there: draw the sand polygons over bright sand in shallow water, and the deep-water polygons over water too deep to see the bottom.</source>
        <translation>Phần lớn điểm ảnh cát không sáng hơn nước sâu, nghĩa là không thấy đáy ở đó: hãy vẽ đa giác cát trên cát sáng ở vùng nước nông, và đa giác nước sâu trên vùng nước quá sâu để thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="24"/>
        <source>Only {n} depth points fall on usable water pixels (reflectance above 1/n in blue and green); at least {min} are needed to calibrate the bathymetry.</source>
        <translation>Chỉ có {n} điểm độ sâu rơi vào điểm ảnh nước dùng được (phản xạ lam và lục lớn hơn 1/n); cần ít nhất {min} điểm để hiệu chuẩn độ sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="25"/>
        <source>The blue/green log ratio is the same at every depth point: the points need different depths over visible bottom.</source>
        <translation>Tỷ số logarit lam/lục như nhau tại mọi điểm độ sâu: các điểm cần có độ sâu khác nhau trên vùng còn thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="26"/>
        <source>Over the sand sample, {a} and {b} do not vary together (covariance {cov:.2g}): the sand polygons need a range of depths (shallow to deeper sand) for the depth-invariant index.</source>
        <translation>Trên mẫu cát, {a} và {b} không biến thiên cùng nhau (hiệp phương sai {cov:.2g}): các đa giác cát cần trải một dải độ sâu (từ cát nông đến cát sâu hơn) để tính chỉ số bất biến độ sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="27"/>
        <source>{count} depth point(s) fall outside the image (input order: {which}).</source>
        <translation>{count} điểm độ sâu nằm ngoài ảnh (thứ tự nhập: {which}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="28"/>
        <source>No water pixel in the image: it is all land, cloud or nodata with these thresholds (NIR &gt; {nir}, NDWI ≤ {ndwi}). Choose a clearer scene or check the sensor/band settings; nothing was written.</source>
        <translation>Ảnh không có điểm ảnh nước nào: toàn bộ là đất liền, mây hoặc nodata với các ngưỡng này (NIR &gt; {nir}, NDWI ≤ {ndwi}). Hãy chọn cảnh ảnh quang đãng hơn hoặc kiểm tra thiết lập bộ cảm/kênh; không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="29"/>
        <source>Choose the features: the image bands, the depth-invariant index raster, or both.</source>
        <translation>Hãy chọn đặc trưng: các kênh ảnh, raster chỉ số bất biến độ sâu, hoặc cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="30"/>
        <source>Training polygon(s) {ids} hold no optically shallow water (they lie on land, cloud or deep water in the water mask). Move them onto the bottom type they name, or fix the mask.</source>
        <translation>Đa giác huấn luyện {ids} không chứa nước nông quang học (chúng nằm trên đất liền, mây hoặc nước sâu trong mặt nạ nước). Hãy dời chúng lên đúng loại đáy mà chúng đại diện, hoặc sửa mặt nạ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="31"/>
        <source>The water mask has no optically shallow water with valid image values: there is nothing to classify.</source>
        <translation>Mặt nạ nước không có vùng nước nông quang học nào có giá trị ảnh hợp lệ: không có gì để phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="88"/>
        <source>The depth points could not be opened.</source>
        <translation>Không mở được lớp điểm độ sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="89"/>
        <source>Choose the class code field of the training polygons.</source>
        <translation>Hãy chọn trường mã lớp của các đa giác huấn luyện.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="91"/>
        <source>The image or the water mask could not be opened.</source>
        <translation>Không mở được ảnh hoặc mặt nạ nước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="93"/>
        <source>Give training polygons (with their class code field) or a benthic model file.</source>
        <translation>Hãy cung cấp đa giác huấn luyện (kèm trường mã lớp) hoặc tệp mô hình sinh cảnh đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="94"/>
        <source>The earlier map needs its report (JSON): its held-out accuracy sets the map error that a change must exceed.</source>
        <translation>Bản đồ trước đó cần kèm báo cáo (JSON) của nó: độ chính xác trên các đa giác giữ lại xác định sai số bản đồ mà biến động phải vượt qua.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="95"/>
        <source>Choose at least one band pair.</source>
        <translation>Hãy chọn ít nhất một cặp kênh.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/_reef.py" line="161"/>
        <source>Not water (NDWI at or below the threshold)</source>
        <translation>Không phải nước (NDWI không vượt ngưỡng)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/water_mask.py" line="23"/>
        <source>&lt;p&gt;One mask raster with coded classes: 1 land or cloud (NIR or SWIR1 reflectance above a threshold; ACOLITE's default for SWIR 1600 nm is 0.0215, Vanhellemont &amp;amp; Ruddick 2018; 10 m stacks without SWIR use NIR only), 2 not water (NDWI at or below the threshold, default 0; McFeeters 1996), 3 optically deep water, 4 optically shallow water, 0 nodata. A water pixel is optically deep when its blue and green reflectance are both below the mean + 3σ of the deep-water sample polygons (the bottom adds no signal), or when a depth raster says it is deeper than the maximum depth. Only class 4 is used for benthic mapping. Processed block by block; an image without any water stops with a message and writes nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Một raster mặt nạ với các lớp mã hóa: 1 đất liền hoặc mây (phản xạ NIR hoặc SWIR1 vượt ngưỡng; mặc định của ACOLITE cho SWIR 1600 nm là 0,0215, Vanhellemont &amp;amp; Ruddick 2018; chồng kênh 10 m không có SWIR chỉ dùng NIR), 2 không phải nước (NDWI không vượt ngưỡng, mặc định 0; McFeeters 1996), 3 nước sâu quang học, 4 nước nông quang học, 0 nodata. Một điểm ảnh nước là sâu quang học khi phản xạ lam và lục đều nhỏ hơn trung bình + 3σ của các đa giác mẫu nước sâu (đáy không đóng góp tín hiệu), hoặc khi raster độ sâu cho biết nó sâu hơn độ sâu tối đa. Chỉ lớp 4 được dùng để lập bản đồ đáy. Xử lý theo từng khối; ảnh không có nước sẽ dừng với thông báo và không ghi gì.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="18"/>
        <source>The deep-water polygons lie on land or cloud (no pixel under them is water: NIR &gt; {nir} or NDWI ≤ {ndwi}). Draw them over clear, deep water.</source>
        <translation>Các đa giác nước sâu nằm trên đất liền hoặc mây (không điểm ảnh nào bên dưới là nước: NIR &gt; {nir} hoặc NDWI ≤ {ndwi}). Hãy vẽ chúng trên vùng nước trong và sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="7"/>
        <source>No deep-water polygons were given. Draw a few over clear water too deep to see the bottom.</source>
        <translation>Chưa có đa giác nước sâu nào. Hãy vẽ vài đa giác trên vùng nước trong nhưng quá sâu để thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="8"/>
        <source>No glint sample polygons were given. Draw them over deep water with visible glint.</source>
        <translation>Chưa có đa giác mẫu phản xạ mặt trời nào. Hãy vẽ chúng trên vùng nước sâu có phản xạ mặt trời rõ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="9"/>
        <source>No sand polygons were given. Draw them over bright sand from shallow to deeper water.</source>
        <translation>Chưa có đa giác cát nào. Hãy vẽ chúng trên cát sáng từ vùng nước nông đến sâu hơn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="10"/>
        <source>Deep-water polygon(s) {ids} lie outside the image. Check the CRS and extent of the layer.</source>
        <translation>Đa giác nước sâu {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="11"/>
        <source>Glint sample polygon(s) {ids} lie outside the image. Check the CRS and extent of the layer.</source>
        <translation>Đa giác mẫu phản xạ mặt trời {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="12"/>
        <source>Sand polygon(s) {ids} lie outside the image. Check the CRS and extent of the layer.</source>
        <translation>Đa giác cát {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="13"/>
        <source>The deep-water polygons hold no usable pixel: they lie on land, cloud or nodata, or outside the water of the mask. Draw them over clear, deep water.</source>
        <translation>Các đa giác nước sâu không chứa điểm ảnh dùng được: chúng nằm trên đất liền, mây hoặc nodata, hoặc ngoài vùng nước của mặt nạ. Hãy vẽ chúng trên vùng nước trong và sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="14"/>
        <source>The glint sample polygons hold no usable pixel: they lie on land, cloud or nodata, or outside the water of the mask. Draw them over deep water with visible glint.</source>
        <translation>Các đa giác mẫu phản xạ mặt trời không chứa điểm ảnh dùng được: chúng nằm trên đất liền, mây hoặc nodata, hoặc ngoài vùng nước của mặt nạ. Hãy vẽ chúng trên vùng nước sâu có phản xạ mặt trời rõ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="15"/>
        <source>The sand polygons hold no usable pixel: they lie on land, cloud, nodata or deep water in the mask. Draw them over sand in optically shallow water.</source>
        <translation>Các đa giác cát không chứa điểm ảnh dùng được: chúng nằm trên đất liền, mây, nodata hoặc nước sâu trong mặt nạ. Hãy vẽ chúng trên cát ở vùng nước nông quang học.</translation>
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
