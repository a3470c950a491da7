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
        <location filename="../../build/i18n/error_messages.py" line="49"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Người dùng đã hủy; không có đầu ra nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="50"/>
        <source>Choose at least one index.</source>
        <translation>Hãy chọn ít nhất một chỉ số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="51"/>
        <source>Unknown index {names}; available: {available}.</source>
        <translation>Không có chỉ số {names}; các chỉ số có: {available}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="57"/>
        <source>Unknown province &apos;{name}&apos;.</source>
        <translation>Không có tỉnh '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="58"/>
        <source>{path}: duplicate province codes {codes}.</source>
        <translation>{path}: trùng mã tỉnh {codes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="59"/>
        <source>{path}: former provinces {codes} are not merged into a current province.</source>
        <translation>{path}: các tỉnh cũ {codes} không thuộc tỉnh hiện hành nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="60"/>
        <source>Unknown province &apos;{name}&apos;. Did you mean: {names}?</source>
        <translation>Không có tỉnh '{name}'. Có phải là: {names}?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="61"/>
        <source>{path}, line {line}: central meridian {cm} is outside Vietnam (102–110°E).</source>
        <translation>{path}, dòng {line}: kinh tuyến trục {cm} nằm ngoài Việt Nam (102–110°Đ).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="62"/>
        <source>{path}, line {line}: status must be &apos;current&apos; or &apos;former&apos;.</source>
        <translation>{path}, dòng {line}: trạng thái phải là 'current' hoặc 'former'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="63"/>
        <source>{path}, line {line}: the central meridian is not a number.</source>
        <translation>{path}, dòng {line}: kinh tuyến trục không phải là số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="64"/>
        <source>The rasters are not on the same grid (same CRS, pixel size, origin and size are needed).
{problems}
Align them first, e.g. with Raster &gt; Projections &gt; Warp (Reproject) or &apos;Align rasters&apos;, using one of them as the reference.</source>
        <translation>Các raster không cùng lưới (cần cùng hệ tọa độ, kích thước điểm ảnh, gốc và kích thước).
{problems}
Hãy căn chỉnh trước, ví dụ bằng Raster &gt; Phép chiếu &gt; Nắn (Chiếu lại) hoặc 'Căn chỉnh raster', lấy một raster làm chuẩn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="14"/>
        <source>Raster &apos;{path}&apos; does not exist.</source>
        <translation>Raster '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="65"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read.</source>
        <translation>'{path}' không phải raster GDAL đọc được.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="66"/>
        <source>Band {bands} does not exist in &apos;{name}&apos;, which has {count} band(s).</source>
        <translation>Kênh {bands} không có trong '{name}' (ảnh có {count} kênh).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="67"/>
        <source>Output folder &apos;{folder}&apos; does not exist.</source>
        <translation>Thư mục đầu ra '{folder}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="21"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read ({reason}).</source>
        <translation>'{path}' không phải raster GDAL đọc được ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="72"/>
        <source>Choose the {role} band number: the sensor &apos;{sensor}&apos; has no preset for it.</source>
        <translation>Hãy chọn số kênh {role}: bộ cảm '{sensor}' không có mặc định cho kênh này.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="73"/>
        <source>The {role} band was set to {number}, but the raster has {count} band(s).</source>
        <translation>Kênh {role} được đặt là {number}, nhưng raster chỉ có {count} kênh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="74"/>
        <source>Cannot tell which band is {role} ({name}): the raster has {count} band(s) and no band description names {name}. Set the band number for {role} explicitly, or choose the right sensor.</source>
        <translation>Không xác định được kênh {role} ({name}): raster có {count} kênh và không có mô tả kênh nào ghi {name}. Hãy đặt số kênh {role}, hoặc chọn đúng bộ cảm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="80"/>
        <source>VN-2000 / UTM exists for zones 48 and 49 only, not {zone}.</source>
        <translation>VN-2000 / UTM chỉ có múi 48 và 49, không có múi {zone}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="81"/>
        <source>QGIS could not build the CRS &apos;{proj}&apos;.</source>
        <translation>QGIS không tạo được hệ tọa độ '{proj}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="82"/>
        <source>QGIS could not save the user CRS &apos;{name}&apos;.</source>
        <translation>QGIS không lưu được hệ tọa độ người dùng '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="114"/>
        <source>The input image could not be opened as a raster layer.</source>
        <translation>Không mở được ảnh đầu vào dưới dạng lớp raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="115"/>
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
        <location filename="../../build/i18n/error_messages.py" line="37"/>
        <source>The class map has no CRS: areas in hectares need a projected CRS in metres.</source>
        <translation>Bản đồ phân loại không có hệ tọa độ: tính diện tích héc-ta cần hệ tọa độ phẳng đơn vị mét.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="38"/>
        <source>The class map is in a geographic CRS ({crs}): areas cannot be computed in degrees. Reproject it to a projected CRS (e.g. the province&apos;s VN-2000 TM-3 zone or UTM) first.</source>
        <translation>Bản đồ phân loại ở hệ tọa độ địa lý ({crs}): không thể tính diện tích theo độ. Hãy chuyển sang hệ tọa độ phẳng (ví dụ múi VN-2000 TM-3 của tỉnh hoặc UTM) trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="39"/>
        <source>&apos;{name}&apos; holds decimal values: a class map must hold integer class codes.</source>
        <translation>'{name}' chứa giá trị thập phân: bản đồ phân loại phải chứa mã lớp là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="40"/>
        <source>Rotated rasters are not supported: &apos;{name}&apos;.</source>
        <translation>Không hỗ trợ raster bị xoay: '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="41"/>
        <source>{count} reference point(s) fall outside the class map (input order: {which}).</source>
        <translation>{count} điểm tham chiếu nằm ngoài bản đồ phân loại (thứ tự trong dữ liệu: {which}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="83"/>
        <source>The class map or the reference points could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp điểm tham chiếu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="84"/>
        <source>There are no reference points with a class.</source>
        <translation>Không có điểm tham chiếu nào có lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="85"/>
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
        <location filename="../../build/i18n/error_messages.py" line="102"/>
        <source>The class map or the zones could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp vùng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="89"/>
        <source>The zones layer has no features.</source>
        <translation>Lớp vùng không có đối tượng nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="90"/>
        <source>Zone feature {fid} has no geometry.</source>
        <translation>Đối tượng vùng {fid} không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="91"/>
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
        <location filename="../../build/i18n/error_messages.py" line="68"/>
        <source>The target standard error of overall accuracy must be between 0 and 1 (e.g. 0.01).</source>
        <translation>Sai số chuẩn mục tiêu của độ chính xác tổng thể phải nằm giữa 0 và 1 (ví dụ 0,01).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="69"/>
        <source>Expected user&apos;s accuracies must be between 0 and 1 (exclusive).</source>
        <translation>Độ chính xác người dùng dự kiến phải lớn hơn 0 và nhỏ hơn 1.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="70"/>
        <source>Unknown allocation &apos;{name}&apos;.</source>
        <translation>Không có cách phân bổ '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="71"/>
        <source>Class {classes} does not occur in the map.</source>
        <translation>Lớp {classes} không có trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="86"/>
        <source>The class map could not be opened.</source>
        <translation>Không mở được bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="87"/>
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
        <location filename="../../build/i18n/error_messages.py" line="103"/>
        <source>The class maps could not be opened.</source>
        <translation>Không mở được các bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="88"/>
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
        <location filename="../../build/i18n/error_messages.py" line="75"/>
        <source>The majority window must be an odd number of pixels, 3 or more (got {size}).</source>
        <translation>Cửa sổ lọc đa số phải là số lẻ điểm ảnh, từ 3 trở lên (nhận được {size}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="76"/>
        <source>Choose a minimum mapping unit above 0 ha, a majority window of 3 or more, or both.</source>
        <translation>Hãy chọn đơn vị bản đồ tối thiểu lớn hơn 0 ha, cửa sổ lọc đa số từ 3 trở lên, hoặc cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="77"/>
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
        <location filename="../../build/i18n/error_messages.py" line="29"/>
        <source>Unknown classifier &apos;{name}&apos;.</source>
        <translation>Không có bộ phân loại '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="30"/>
        <source>Training polygon(s) {ids} lie outside the image. Check the CRS and extent of the training layer.</source>
        <translation>Các vùng mẫu {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="31"/>
        <source>Class {classes} has no image pixels under its training polygons (polygons smaller than a pixel, or on nodata).</source>
        <translation>Lớp {classes} không có điểm ảnh nào dưới các vùng mẫu của nó (vùng mẫu nhỏ hơn một điểm ảnh, hoặc nằm trên vùng không có dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="32"/>
        <source>Training needs at least two classes; the polygons have only class {classes}.</source>
        <translation>Huấn luyện cần ít nhất hai lớp; các vùng mẫu chỉ có lớp {classes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="33"/>
        <source>Model file &apos;{path}&apos; does not exist.</source>
        <translation>Tệp mô hình '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="34"/>
        <source>&apos;{path}&apos; is not a habitat model file of this plugin.</source>
        <translation>'{path}' không phải tệp mô hình sinh cảnh của công cụ này.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="35"/>
        <source>The model was trained on {expected} bands ({names}), but &apos;{image}&apos; has {count}. Use an image with the same bands in the same order.</source>
        <translation>Mô hình được huấn luyện trên {expected} kênh ({names}), nhưng '{image}' có {count} kênh. Hãy dùng ảnh có cùng các kênh, cùng thứ tự.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="36"/>
        <source>The image&apos;s bands ({given}) are not the model&apos;s ({expected}).</source>
        <translation>Các kênh của ảnh ({given}) không phải các kênh của mô hình ({expected}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="104"/>
        <source>The image or the training polygons could not be opened.</source>
        <translation>Không mở được ảnh hoặc lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="105"/>
        <source>There are no training polygons with a class code.</source>
        <translation>Không có vùng mẫu nào có mã lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="106"/>
        <source>The image could not be opened.</source>
        <translation>Không mở được ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="107"/>
        <source>Class code {code} (feature {fid}) is outside 1–254.</source>
        <translation>Mã lớp {code} (đối tượng {fid}) nằm ngoài khoảng 1–254.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="108"/>
        <source>Class code {code} has two names: &apos;{a}&apos; and &apos;{b}&apos;. Give each class one code and one name.</source>
        <translation>Mã lớp {code} có hai tên: '{a}' và '{b}'. Mỗi lớp chỉ có một mã và một tên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="78"/>
        <source>Polygon &apos;{name}&apos; has no geometry.</source>
        <translation>Vùng '{name}' không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="79"/>
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
        <location filename="../../processing_algorithms/current_flow.py" line="70"/>
        <source>{count} focal features read.</source>
        <translation>Đã đọc {count} đối tượng tiêu điểm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="79"/>
        <source>Current flow (Circuitscape)</source>
        <translation>Dòng điện liên kết (Circuitscape)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="82"/>
        <source>&lt;p&gt;Circuit-theory connectivity (McRae 2006; McRae et al. 2008), compatible with Circuitscape: every cell with a resistance is a node joined to its 4 or 8 neighbours; current is passed between focal nodes (points) or focal regions (polygons, short-circuited). Modes: pairwise (every pair, 1 A), one-to-all, all-to-one and advanced (source and ground rasters). Outputs the cumulative current map (GeoTIFF with the CRS of the resistance raster; current in amperes per 1 A injected), the effective resistance between focal nodes (CSV; -1 = not connected) and, on request, voltage maps. A Circuitscape .ini file can replace all inputs, so a Circuitscape job runs here unchanged; the results match Circuitscape&apos;s own test suite. Large grids are solved with algebraic multigrid (pyamg) when it is installed; a grid too large for the memory is refused before solving.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tính kết nối theo lý thuyết mạch điện (McRae 2006; McRae và cộng sự 2008), tương thích với Circuitscape: mỗi ô có giá trị trở kháng là một nút, nối với 4 hoặc 8 ô lân cận; dòng điện chạy giữa các nút tiêu điểm (điểm) hoặc vùng tiêu điểm (đa giác, được nối tắt). Các chế độ: từng cặp (mọi cặp, 1 A), một-tới-tất-cả, tất-cả-tới-một và nâng cao (raster nguồn và raster tiếp đất). Kết quả gồm bản đồ dòng điện cộng dồn (GeoTIFF cùng hệ tọa độ với raster trở kháng; dòng điện tính bằng ampe cho mỗi 1 A bơm vào), điện trở hiệu dụng giữa các nút tiêu điểm (CSV; -1 = không liên thông) và, nếu yêu cầu, các bản đồ điện thế. Có thể dùng một tệp .ini của Circuitscape thay cho mọi đầu vào, nên một tác vụ Circuitscape chạy ở đây không cần sửa; kết quả khớp với bộ kiểm thử của chính Circuitscape. Lưới lớn được giải bằng đa lưới đại số (pyamg) khi đã cài đặt; lưới quá lớn so với bộ nhớ bị từ chối trước khi giải.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="94"/>
        <source>Circuitscape .ini file (replaces the inputs below)</source>
        <translation>Tệp .ini của Circuitscape (thay cho các đầu vào bên dưới)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="94"/>
        <source>A Circuitscape job file (raster data type). When given, the resistance, focal, mode and connection options below are ignored and taken from the file.</source>
        <translation>Tệp tác vụ Circuitscape (kiểu dữ liệu raster). Khi có tệp này, các tùy chọn trở kháng, tiêu điểm, chế độ và cách nối bên dưới bị bỏ qua và được lấy từ tệp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="46"/>
        <source>Resistance raster</source>
        <translation>Raster trở kháng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="98"/>
        <source>Resistance per cell (positive; nodata and negative cells are barriers; 0 is refused).</source>
        <translation>Trở kháng của mỗi ô (số dương; ô không có dữ liệu và ô âm là vật cản; giá trị 0 bị từ chối).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="100"/>
        <source>Raster holds conductances</source>
        <translation>Raster chứa độ dẫn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="100"/>
        <source>Tick when the raster holds conductance (1/resistance) instead of resistance.</source>
        <translation>Đánh dấu khi raster chứa độ dẫn (1/trở kháng) thay vì trở kháng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="102"/>
        <source>Focal points or regions</source>
        <translation>Điểm hoặc vùng tiêu điểm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="102"/>
        <source>Points (focal nodes) or polygons (focal regions, e.g. forest cores). A polygon covers the cells whose centre lies inside it; a polygon smaller than a cell takes the cell of its centroid.</source>
        <translation>Điểm (nút tiêu điểm) hoặc đa giác (vùng tiêu điểm, ví dụ các vùng lõi rừng). Một đa giác phủ các ô có tâm nằm trong nó; đa giác nhỏ hơn một ô lấy ô chứa trọng tâm của nó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="108"/>
        <source>Focal id field</source>
        <translation>Trường mã tiêu điểm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="108"/>
        <source>Positive whole-number id of each focal node or region; features sharing an id form one region. Without it the features are numbered 1, 2, 3 …</source>
        <translation>Mã số nguyên dương của mỗi nút hoặc vùng tiêu điểm; các đối tượng cùng mã tạo thành một vùng. Nếu không chọn, các đối tượng được đánh số 1, 2, 3 …</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="180"/>
        <source>Focal raster</source>
        <translation>Raster tiêu điểm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="112"/>
        <source>Alternative to the focal layer: a raster on the resistance grid with focal ids (0 or nodata = none).</source>
        <translation>Thay cho lớp tiêu điểm: một raster trên cùng lưới với raster trở kháng, chứa mã tiêu điểm (0 hoặc không có dữ liệu = không có).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="115"/>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="115"/>
        <source>Pairwise</source>
        <translation>Từng cặp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="115"/>
        <source>One to all</source>
        <translation>Một tới tất cả</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="115"/>
        <source>All to one</source>
        <translation>Tất cả tới một</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="115"/>
        <source>Advanced (sources and grounds)</source>
        <translation>Nâng cao (nguồn và tiếp đất)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="115"/>
        <source>Pairwise: 1 A between every pair of focal nodes. One to all: 1 A into each focal node in turn, all others grounded. All to one: 1 A into every other node, one grounded. Advanced: current sources and grounds from rasters.</source>
        <translation>Từng cặp: 1 A giữa mọi cặp nút tiêu điểm. Một tới tất cả: lần lượt bơm 1 A vào từng nút tiêu điểm, mọi nút khác được tiếp đất. Tất cả tới một: bơm 1 A vào mọi nút khác, một nút được tiếp đất. Nâng cao: nguồn dòng và điểm tiếp đất lấy từ raster.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="70"/>
        <source>Neighbours</source>
        <translation>Số ô lân cận</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="120"/>
        <source>Connect each cell to its 4 or 8 neighbours (diagonal resistors are sqrt(2) longer).</source>
        <translation>Nối mỗi ô với 4 hoặc 8 ô lân cận (điện trở theo đường chéo dài hơn sqrt(2) lần).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="122"/>
        <source>Resistance between two cells</source>
        <translation>Trở kháng giữa hai ô</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="122"/>
        <source>Resistances in series: (Ra + Rb) / 2</source>
        <translation>Trở kháng nối tiếp: (Ra + Rb) / 2</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="122"/>
        <source>Mean conductance: (Ga + Gb) / 2</source>
        <translation>Độ dẫn trung bình: (Ga + Gb) / 2</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="122"/>
        <source>How two neighbouring cells combine; Circuitscape&apos;s default is resistances in series, the same rule as cost distance.</source>
        <translation>Cách kết hợp hai ô lân cận; mặc định của Circuitscape là trở kháng nối tiếp, cùng quy tắc với khoảng cách chi phí.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="127"/>
        <source>Current sources (advanced)</source>
        <translation>Nguồn dòng (nâng cao)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="127"/>
        <source>Advanced mode: current injected per cell in amperes (0 or nodata = none).</source>
        <translation>Chế độ nâng cao: dòng điện bơm vào mỗi ô, tính bằng ampe (0 hoặc không có dữ liệu = không có).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="129"/>
        <source>Grounds (advanced)</source>
        <translation>Tiếp đất (nâng cao)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="129"/>
        <source>Advanced mode: resistance (or conductance) to ground per cell; 0 resistance = direct ground.</source>
        <translation>Chế độ nâng cao: trở kháng (hoặc độ dẫn) nối đất của mỗi ô; trở kháng 0 = tiếp đất trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="132"/>
        <source>Ground raster holds resistances</source>
        <translation>Raster tiếp đất chứa trở kháng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="132"/>
        <source>Advanced mode: untick when the ground raster holds conductances.</source>
        <translation>Chế độ nâng cao: bỏ đánh dấu khi raster tiếp đất chứa độ dẫn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="134"/>
        <source>Connect grounds directly</source>
        <translation>Tiếp đất trực tiếp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="134"/>
        <source>Advanced mode: every ground cell is tied to ground with zero resistance.</source>
        <translation>Chế độ nâng cao: mọi ô tiếp đất được nối đất với trở kháng bằng 0.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="175"/>
        <source>Short-circuit regions</source>
        <translation>Vùng nối tắt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="136"/>
        <source>Optional raster of region ids (0 or nodata = none); the cells of a region are joined with zero resistance (e.g. lakes, reserves).</source>
        <translation>Raster mã vùng, không bắt buộc (0 hoặc không có dữ liệu = không có); các ô của một vùng được nối với nhau bằng trở kháng 0 (ví dụ hồ, khu bảo tồn).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="139"/>
        <source>Cumulative current</source>
        <translation>Dòng điện cộng dồn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="139"/>
        <source>Cumulative current map (sum over all pairs or focal nodes), GeoTIFF with the CRS of the resistance raster; nodata on barrier cells.</source>
        <translation>Bản đồ dòng điện cộng dồn (tổng trên mọi cặp hoặc mọi nút tiêu điểm), GeoTIFF cùng hệ tọa độ với raster trở kháng; ô vật cản không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="142"/>
        <source>Effective resistances</source>
        <translation>Điện trở hiệu dụng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="142"/>
        <source>CSV of effective resistances: a matrix of focal ids (pairwise) or one row per focal node; -1 marks pairs that are not connected.</source>
        <translation>CSV điện trở hiệu dụng: ma trận theo mã tiêu điểm (chế độ từng cặp) hoặc mỗi nút tiêu điểm một dòng; -1 đánh dấu các cặp không liên thông.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="146"/>
        <source>Voltage maps folder</source>
        <translation>Thư mục bản đồ điện thế</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="146"/>
        <source>When given, one voltage GeoTIFF per pair or focal node is written into this folder.</source>
        <translation>Khi được chỉ định, mỗi cặp hoặc mỗi nút tiêu điểm có một GeoTIFF điện thế được ghi vào thư mục này.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="189"/>
        <source>Current sources</source>
        <translation>Nguồn dòng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="190"/>
        <source>Grounds</source>
        <translation>Tiếp đất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="212"/>
        <source>Running the Circuitscape job {path}</source>
        <translation>Đang chạy tác vụ Circuitscape {path}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="223"/>
        <source>{nodes} cells with a resistance; mode {mode}.</source>
        <translation>{nodes} ô có trở kháng; chế độ {mode}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="108"/>
        <source>Warning: {message}</source>
        <translation>Cảnh báo: {message}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="241"/>
        <source>{count} value(s) of the resistance table are -1: those focal nodes are not connected (barriers or nodata between them).</source>
        <translation>{count} giá trị trong bảng điện trở bằng -1: các nút tiêu điểm đó không liên thông (có vật cản hoặc ô không có dữ liệu ở giữa).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="245"/>
        <source>No current flowed anywhere: the focal nodes are not connected to each other (check barriers, nodata and the focal locations).</source>
        <translation>Không có dòng điện ở bất kỳ đâu: các nút tiêu điểm không liên thông với nhau (hãy kiểm tra vật cản, ô không có dữ liệu và vị trí tiêu điểm).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="7"/>
        <source>The resistance raster has {count} cell(s) with resistance 0 (first at row {row}, column {col}). Circuit theory needs a positive resistance: give those cells a small positive value, or mark them as a short-circuit region.</source>
        <translation>Raster trở kháng có {count} ô với trở kháng 0 (ô đầu tiên ở hàng {row}, cột {col}). Lý thuyết mạch cần trở kháng dương: hãy gán cho các ô đó một giá trị dương nhỏ, hoặc đánh dấu chúng là vùng nối tắt.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="8"/>
        <source>The grid has {nodes} nodes; the current-flow solve would need about {need} MB of memory but only {avail} MB are available. Coarsen the resistance raster (larger cells) or clip it to the study area.</source>
        <translation>Lưới có {nodes} nút; việc giải dòng điện cần khoảng {need} MB bộ nhớ nhưng chỉ còn {avail} MB. Hãy làm thô raster trở kháng (ô lớn hơn) hoặc cắt theo vùng nghiên cứu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="9"/>
        <source>No focal node found: give at least two focal points or regions with positive ids.</source>
        <translation>Không tìm thấy nút tiêu điểm: hãy cho ít nhất hai điểm hoặc vùng tiêu điểm có mã dương.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="10"/>
        <source>{count} focal node(s) fall outside the resistance raster (first: id {id}). Move them inside the raster or extend the raster.</source>
        <translation>{count} nút tiêu điểm nằm ngoài raster trở kháng (đầu tiên: mã {id}). Hãy dời chúng vào trong raster hoặc mở rộng raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="11"/>
        <source>Fewer than two distinct focal nodes: current flow needs at least two.</source>
        <translation>Ít hơn hai nút tiêu điểm khác nhau: tính dòng điện cần ít nhất hai nút.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="12"/>
        <source>No current source lies on a cell with a resistance value.</source>
        <translation>Không có nguồn dòng nào nằm trên ô có giá trị trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="13"/>
        <source>No ground lies on a cell with a resistance value.</source>
        <translation>Không có điểm tiếp đất nào nằm trên ô có giá trị trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="15"/>
        <source>&apos;{path}&apos; is a Circuitscape network (graph) job; only raster jobs are supported.</source>
        <translation>'{path}' là tác vụ Circuitscape dạng mạng (đồ thị); chỉ hỗ trợ tác vụ raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="16"/>
        <source>Unknown Circuitscape scenario &apos;{scenario}&apos; in &apos;{path}&apos;.</source>
        <translation>Chế độ Circuitscape '{scenario}' trong '{path}' không được nhận dạng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="17"/>
        <source>The Circuitscape file &apos;{path}&apos; names no habitat_file.</source>
        <translation>Tệp Circuitscape '{path}' không chỉ định habitat_file.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="18"/>
        <source>The Circuitscape file &apos;{path}&apos; names no source or ground file.</source>
        <translation>Tệp Circuitscape '{path}' không chỉ định tệp nguồn hoặc tệp tiếp đất.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="19"/>
        <source>The AMG solver needs the Python package pyamg, which is not installed; install it (pip install pyamg) or choose the direct solver.</source>
        <translation>Bộ giải AMG cần gói Python pyamg nhưng gói này chưa được cài; hãy cài đặt (pip install pyamg) hoặc chọn bộ giải trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="22"/>
        <source>Cannot read the Circuitscape file &apos;{path}&apos;: {reason}</source>
        <translation>Không đọc được tệp Circuitscape '{path}': {reason}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="23"/>
        <source>&apos;{name}&apos; has {rows} x {cols} cells but the habitat raster has {hr} x {hc}; all Circuitscape input grids must share one grid.</source>
        <translation>'{name}' có {rows} x {cols} ô nhưng raster sinh cảnh có {hr} x {hc}; mọi lưới đầu vào của Circuitscape phải dùng chung một lưới.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="24"/>
        <source>The mask file &apos;{path}&apos; removes every cell.</source>
        <translation>Tệp mặt nạ '{path}' loại bỏ mọi ô.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="25"/>
        <source>The Circuitscape file &apos;{path}&apos; names no point_file.</source>
        <translation>Tệp Circuitscape '{path}' không chỉ định point_file.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="26"/>
        <source>Focal feature {id} has no geometry.</source>
        <translation>Đối tượng tiêu điểm {id} không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="28"/>
        <source>Focal feature {id} lies outside the resistance raster. Move it inside the raster or extend the raster.</source>
        <translation>Đối tượng tiêu điểm {id} nằm ngoài raster trở kháng. Hãy dời nó vào trong raster hoặc mở rộng raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="96"/>
        <source>The focal layer has no features.</source>
        <translation>Lớp tiêu điểm không có đối tượng nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="97"/>
        <source>Give a resistance raster, or a Circuitscape .ini file.</source>
        <translation>Hãy cung cấp raster trở kháng hoặc một tệp .ini của Circuitscape.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="98"/>
        <source>Focal ids must be positive whole numbers (found {value}).</source>
        <translation>Mã tiêu điểm phải là số nguyên dương (gặp {value}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="99"/>
        <source>Give focal points, focal regions or a focal raster.</source>
        <translation>Hãy cung cấp điểm tiêu điểm, vùng tiêu điểm hoặc raster tiêu điểm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="100"/>
        <source>Advanced mode needs a current source raster and a ground raster.</source>
        <translation>Chế độ nâng cao cần một raster nguồn dòng và một raster tiếp đất.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="101"/>
        <source>Focal id &apos;{value}&apos; is not a whole number.</source>
        <translation>Mã tiêu điểm '{value}' không phải số nguyên.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="46"/>
        <source>Connectivity indices (IIC, PC, dPC)</source>
        <translation>Chỉ số kết nối (IIC, PC, dPC)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="49"/>
        <source>&lt;p&gt;Graph-based connectivity of habitat cores: the Integral Index of Connectivity (IIC; Pascual-Hortal &amp; Saura 2006) and the Probability of Connectivity (PC; Saura &amp; Pascual-Hortal 2007) of the landscape, and the importance of every core, dIIC and dPC = 100 (I − I without the core) / I, with dPC split into intra, flux and connector fractions (Saura &amp; Rubio 2010). Distances are Euclidean edge-to-edge between the core polygons, or taken from a link table (e.g. least-cost distances of a corridor analysis). The dispersal probability decays as p = exp(−k d), with k set so that p equals the given probability at the dispersal distance; p* is the best (maximum-product) path. IIC links the cores closer than the dispersal distance. The equivalent connected area EC(PC) = √(PC · A_L²) is given too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kết nối của các vùng lõi sinh cảnh dựa trên đồ thị: Chỉ số kết nối tích hợp (IIC; Pascual-Hortal &amp; Saura 2006) và Xác suất kết nối (PC; Saura &amp; Pascual-Hortal 2007) của cảnh quan, cùng tầm quan trọng của từng vùng lõi, dIIC và dPC = 100 (I − I khi bỏ vùng lõi) / I, trong đó dPC được tách thành các phần nội vùng (intra), dòng trao đổi (flux) và cầu nối (connector) (Saura &amp; Rubio 2010). Khoảng cách là khoảng cách Euclid từ mép tới mép giữa các đa giác vùng lõi, hoặc lấy từ một bảng liên kết (ví dụ khoảng cách chi phí thấp nhất của một phân tích hành lang). Xác suất phát tán giảm theo p = exp(−k d), với k được chọn để p bằng xác suất đã cho tại khoảng cách phát tán; p* là đường đi tốt nhất (tích xác suất lớn nhất). IIC nối các vùng lõi gần nhau hơn khoảng cách phát tán. Diện tích kết nối tương đương EC(PC) = √(PC · A_L²) cũng được tính.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="61"/>
        <source>Habitat cores</source>
        <translation>Vùng lõi sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="61"/>
        <source>Polygons of the habitat patches (cores), in a projected CRS (areas in hectares, distances in metres).</source>
        <translation>Đa giác các mảnh sinh cảnh (vùng lõi), trong hệ tọa độ phẳng (diện tích tính bằng héc-ta, khoảng cách bằng mét).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="50"/>
        <source>Core id field</source>
        <translation>Trường mã vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="64"/>
        <source>Field naming each core; features sharing a value form one core. Without it the features are numbered 1, 2, 3 …</source>
        <translation>Trường đặt tên cho mỗi vùng lõi; các đối tượng cùng giá trị tạo thành một vùng lõi. Nếu không chọn, các đối tượng được đánh số 1, 2, 3 …</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="68"/>
        <source>Distances</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="68"/>
        <source>Euclidean, edge to edge (computed here)</source>
        <translation>Euclid, từ mép tới mép (tính tại đây)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="68"/>
        <source>From a link table</source>
        <translation>Lấy từ bảng liên kết</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="68"/>
        <source>Edge-to-edge straight-line distance between the core polygons, or the distances of a link table (then only the listed links exist).</source>
        <translation>Khoảng cách đường thẳng từ mép tới mép giữa các đa giác vùng lõi, hoặc khoảng cách trong một bảng liên kết (khi đó chỉ các liên kết có trong bảng tồn tại).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="73"/>
        <source>Link table</source>
        <translation>Bảng liên kết</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="73"/>
        <source>Table or layer with one row per link: the two core ids and a distance (e.g. the least-cost distance from a corridor analysis). A missing or negative distance means no link.</source>
        <translation>Bảng hoặc lớp có mỗi liên kết một dòng: mã hai vùng lõi và một khoảng cách (ví dụ khoảng cách chi phí thấp nhất từ một phân tích hành lang). Khoảng cách trống hoặc âm nghĩa là không có liên kết.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="57"/>
        <source>Link: first core field</source>
        <translation>Liên kết: trường vùng lõi thứ nhất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="57"/>
        <source>Field of the link table with the id of one core.</source>
        <translation>Trường của bảng liên kết chứa mã của một vùng lõi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="60"/>
        <source>Link: second core field</source>
        <translation>Liên kết: trường vùng lõi thứ hai</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="60"/>
        <source>Field of the link table with the id of the other core.</source>
        <translation>Trường của bảng liên kết chứa mã của vùng lõi còn lại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="83"/>
        <source>Link: distance field</source>
        <translation>Liên kết: trường khoảng cách</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="83"/>
        <source>Field of the link table with the distance, in the same units as the dispersal distance.</source>
        <translation>Trường của bảng liên kết chứa khoảng cách, cùng đơn vị với khoảng cách phát tán.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="87"/>
        <source>Dispersal distance</source>
        <translation>Khoảng cách phát tán</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="87"/>
        <source>Distance (metres, or link-table units) at which the dispersal probability below holds; also the largest link distance for IIC.</source>
        <translation>Khoảng cách (mét, hoặc đơn vị của bảng liên kết) tại đó xác suất phát tán bên dưới được áp dụng; cũng là khoảng cách liên kết lớn nhất cho IIC.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="91"/>
        <source>Dispersal probability at that distance</source>
        <translation>Xác suất phát tán tại khoảng cách đó</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="91"/>
        <source>Probability of dispersal between two cores at the dispersal distance (between 0 and 1; 0.5 is the usual median dispersal distance).</source>
        <translation>Xác suất phát tán giữa hai vùng lõi tại khoảng cách phát tán (từ 0 đến 1; 0,5 ứng với khoảng cách phát tán trung vị thường dùng).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="95"/>
        <source>Landscape area (ha)</source>
        <translation>Diện tích cảnh quan (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="95"/>
        <source>Area A_L of the study landscape in hectares; 0 uses the bounding box of the cores.</source>
        <translation>Diện tích A_L của cảnh quan nghiên cứu, tính bằng héc-ta; 0 dùng hình chữ nhật bao các vùng lõi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="98"/>
        <source>Cores with indices</source>
        <translation>Vùng lõi kèm chỉ số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="98"/>
        <source>The cores (one feature per core id) with area_ha, dIIC, dPC and its intra, flux and connector fractions (per cent).</source>
        <translation>Các vùng lõi (mỗi mã vùng lõi một đối tượng) với area_ha, dIIC, dPC và các phần nội vùng, dòng trao đổi, cầu nối của dPC (phần trăm).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="101"/>
        <source>Indices table (CSV)</source>
        <translation>Bảng chỉ số (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="101"/>
        <source>The same per-core table as CSV.</source>
        <translation>Cùng bảng theo từng vùng lõi, dạng CSV.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="104"/>
        <source>IIC</source>
        <translation>IIC</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="104"/>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="104"/>
        <source>EC(PC), ha</source>
        <translation>EC(PC), ha</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="135"/>
        <source>Landscape area A_L = bounding box of the cores: {area:.2f} ha.</source>
        <translation>Diện tích cảnh quan A_L = hình chữ nhật bao các vùng lõi: {area:.2f} ha.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="150"/>
        <source>IIC = {iic:.6g}; PC = {pc:.6g}; EC(PC) = {ec:.2f} ha; {comp} group(s) of cores linked within the dispersal distance.</source>
        <translation>IIC = {iic:.6g}; PC = {pc:.6g}; EC(PC) = {ec:.2f} ha; {comp} nhóm vùng lõi liên kết trong phạm vi khoảng cách phát tán.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/connectivity_indices.py" line="191"/>
        <source>Link table ids not found among the cores (ignored): {ids}</source>
        <translation>Mã trong bảng liên kết không có trong các vùng lõi (bị bỏ qua): {ids}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="42"/>
        <source>The dispersal distance must be positive (got {value}).</source>
        <translation>Khoảng cách phát tán phải dương (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="43"/>
        <source>The dispersal probability must be between 0 and 1, exclusive (got {value}).</source>
        <translation>Xác suất phát tán phải nằm giữa 0 và 1, không kể hai đầu (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="44"/>
        <source>No habitat patch (core) to compute connectivity for.</source>
        <translation>Không có mảnh sinh cảnh (vùng lõi) nào để tính kết nối.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="45"/>
        <source>The distance table does not match the patches ({n} patches).</source>
        <translation>Bảng khoảng cách không khớp với các mảnh sinh cảnh ({n} mảnh).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="46"/>
        <source>Every patch needs a positive area.</source>
        <translation>Mỗi mảnh sinh cảnh cần có diện tích dương.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="47"/>
        <source>The landscape area must be positive.</source>
        <translation>Diện tích cảnh quan phải dương.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="48"/>
        <source>Distances between patches cannot be negative.</source>
        <translation>Khoảng cách giữa các mảnh không thể âm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="92"/>
        <source>The cores layer could not be opened.</source>
        <translation>Không mở được lớp vùng lõi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="93"/>
        <source>The cores layer is in a geographic CRS ({crs}); reproject it to a projected CRS (e.g. VN-2000 / UTM) so areas and distances are in metres.</source>
        <translation>Lớp vùng lõi đang ở hệ tọa độ địa lý ({crs}); hãy chuyển sang hệ tọa độ phẳng (ví dụ VN-2000 / UTM) để diện tích và khoảng cách tính bằng mét.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="94"/>
        <source>Connectivity needs at least two cores (found {count}).</source>
        <translation>Tính kết nối cần ít nhất hai vùng lõi (tìm thấy {count}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="95"/>
        <source>Distances from a link table need the link table and its two core-id fields and its distance field.</source>
        <translation>Khoảng cách từ bảng liên kết cần có bảng liên kết, hai trường mã vùng lõi và trường khoảng cách của nó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="33"/>
        <source>Pinch points in corridors</source>
        <translation>Điểm thắt trong hành lang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="36"/>
        <source>&lt;p&gt;Pinch points of least-cost corridors (McRae 2012, Linkage Mapper Pinchpoint Mapper): for every link between two cores, current flows (Circuitscape pairwise, 1 A, cores short-circuited) only inside the corridor of that link, i.e. where the normalized least-cost corridor NLCC = CWD_A + CWD_B − LCD is at most the cutoff (computed here with the project's cost rule: mean resistance × step length × cell size), or where a given corridor raster is at most the cutoff. Narrow places where current concentrates are pinch points. The per-link current maps are mosaicked by maximum (cores set to nodata); a table gives each link's effective resistance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Điểm thắt của các hành lang chi phí thấp nhất (McRae 2012, Pinchpoint Mapper của Linkage Mapper): với mỗi liên kết giữa hai vùng lõi, dòng điện (Circuitscape từng cặp, 1 A, vùng lõi được nối tắt) chỉ chạy bên trong hành lang của liên kết đó, tức là nơi hành lang chi phí thấp nhất chuẩn hóa NLCC = CWD_A + CWD_B − LCD không vượt quá ngưỡng cắt (tính tại đây theo quy tắc chi phí của dự án: trở kháng trung bình × độ dài bước × kích thước ô), hoặc nơi một raster hành lang cho trước không vượt quá ngưỡng. Những chỗ hẹp nơi dòng điện dồn lại là điểm thắt. Bản đồ dòng điện của từng liên kết được ghép theo giá trị lớn nhất (vùng lõi đặt là không có dữ liệu); một bảng cho biết điện trở hiệu dụng của từng liên kết.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="46"/>
        <source>Resistance per cell (positive; nodata cells are barriers), in a projected CRS.</source>
        <translation>Trở kháng của mỗi ô (số dương; ô không có dữ liệu là vật cản), trong hệ tọa độ phẳng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="48"/>
        <source>Cores</source>
        <translation>Vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="48"/>
        <source>Polygons of the habitat cores linked by the corridors.</source>
        <translation>Đa giác các vùng lõi sinh cảnh được các hành lang nối với nhau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="50"/>
        <source>Positive whole-number id of each core (the ids of the link table). Without it the cores are numbered 1, 2, 3 …</source>
        <translation>Mã số nguyên dương của mỗi vùng lõi (các mã trong bảng liên kết). Nếu không chọn, các vùng lõi được đánh số 1, 2, 3 …</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="54"/>
        <source>Links</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="54"/>
        <source>Table of the links to map (e.g. the link table of a corridor analysis). Without it every pair of cores is a link.</source>
        <translation>Bảng các liên kết cần lập bản đồ (ví dụ bảng liên kết của một phân tích hành lang). Nếu không có, mọi cặp vùng lõi đều là một liên kết.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="63"/>
        <source>Corridor raster (NLCC)</source>
        <translation>Raster hành lang (NLCC)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="63"/>
        <source>Optional normalized least-cost corridor raster on the resistance grid (e.g. from bd:corridors). Without it, each link&apos;s own corridor is computed here.</source>
        <translation>Raster hành lang chi phí thấp nhất chuẩn hóa, không bắt buộc, trên cùng lưới với raster trở kháng (ví dụ từ bd:corridors). Nếu không có, hành lang riêng của từng liên kết được tính tại đây.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="66"/>
        <source>Corridor cutoff (cost units)</source>
        <translation>Ngưỡng cắt hành lang (đơn vị chi phí)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="66"/>
        <source>Width of the corridor: cells whose NLCC is at most this value (resistance × map units, as Linkage Mapper) belong to it.</source>
        <translation>Độ rộng hành lang: các ô có NLCC không vượt quá giá trị này (trở kháng × đơn vị bản đồ, như Linkage Mapper) thuộc hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="70"/>
        <source>Connect each cell to its 4 or 8 neighbours in the circuit.</source>
        <translation>Nối mỗi ô với 4 hoặc 8 ô lân cận trong mạch điện.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="72"/>
        <source>Pinch-point current</source>
        <translation>Dòng điện điểm thắt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="72"/>
        <source>Current per cell (maximum over links), GeoTIFF with the CRS of the resistance raster; nodata on cores and barriers.</source>
        <translation>Dòng điện mỗi ô (lớn nhất trên các liên kết), GeoTIFF cùng hệ tọa độ với raster trở kháng; vùng lõi và vật cản không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="75"/>
        <source>Links with effective resistance</source>
        <translation>Liên kết kèm điện trở hiệu dụng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="75"/>
        <source>One row per link: the two core ids, the effective resistance (-1 = not connected within the cutoff), the least-cost distance (when computed here) and the number of corridor cells.</source>
        <translation>Mỗi liên kết một dòng: mã hai vùng lõi, điện trở hiệu dụng (-1 = không liên thông trong phạm vi ngưỡng cắt), khoảng cách chi phí thấp nhất (khi được tính tại đây) và số ô hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/pinch_points.py" line="102"/>
        <source>{count} link(s) to map.</source>
        <translation>{count} liên kết cần lập bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="52"/>
        <source>The corridor cutoff must be positive (cost units).</source>
        <translation>Ngưỡng cắt hành lang phải dương (đơn vị chi phí).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="53"/>
        <source>Link(s) name core id(s) {ids} that are not in the cores layer or lie outside the resistance raster.</source>
        <translation>Liên kết nêu mã vùng lõi {ids} không có trong lớp vùng lõi hoặc nằm ngoài raster trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="56"/>
        <source>Core {id} lies entirely on nodata cells of the resistance raster.</source>
        <translation>Vùng lõi {id} nằm hoàn toàn trên các ô không có dữ liệu của raster trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="109"/>
        <source>The resistance raster could not be opened.</source>
        <translation>Không mở được raster trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="110"/>
        <source>The resistance raster is in a geographic CRS; reproject it to a projected CRS so cost distances are in metres.</source>
        <translation>Raster trở kháng đang ở hệ tọa độ địa lý; hãy chuyển sang hệ tọa độ phẳng để khoảng cách chi phí tính bằng mét.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="111"/>
        <source>Choose the two core-id fields of the link table.</source>
        <translation>Hãy chọn hai trường mã vùng lõi của bảng liên kết.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="112"/>
        <source>The link table has no links.</source>
        <translation>Bảng liên kết không có liên kết nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="113"/>
        <source>Link table core ids must be whole numbers.</source>
        <translation>Mã vùng lõi trong bảng liên kết phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="20"/>
        <source>No connected part of the grid holds both a source and a ground; nothing was solved.</source>
        <translation>Không có phần liên thông nào của lưới chứa cả nguồn dòng và điểm tiếp đất; không có gì được giải.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="27"/>
        <source>Focal node(s) {ids} lie on nodata or barrier cells (no resistance value); their results are -1.</source>
        <translation>Nút tiêu điểm {ids} nằm trên ô không có dữ liệu hoặc ô vật cản (không có giá trị trở kháng); kết quả của chúng là -1.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="54"/>
        <source>Cores {a} and {b} are not connected within the corridor cutoff.</source>
        <translation>Vùng lõi {a} và {b} không liên thông trong phạm vi ngưỡng cắt hành lang.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="55"/>
        <source>Cores {a} and {b} are not connected.</source>
        <translation>Vùng lõi {a} và {b} không liên thông.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/current_flow.py" line="159"/>
        <source>{count} cell(s) of the raster are negative: they are treated as barriers (no node), as Circuitscape does.</source>
        <translation>{count} ô của raster có giá trị âm: chúng được xem là vật cản (không phải nút), như Circuitscape.</translation>
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
