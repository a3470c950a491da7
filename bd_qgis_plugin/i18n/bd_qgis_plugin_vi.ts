<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="45"/>
        <source>Biodiversity (ĐDSH)</source>
        <translation>Đa dạng sinh học (ĐDSH)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="97"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="27"/>
        <source>Province (after the 2025 mergers)</source>
        <translation>Tỉnh, thành phố (sau sắp xếp năm 2025)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="28"/>
        <source>Former province (its own VN-2000 TM-3 zone)</source>
        <translation>Tỉnh cũ (múi chiếu VN-2000 TM-3 riêng)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="71"/>
        <source>— the province as a whole —</source>
        <translation>— toàn tỉnh —</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="98"/>
        <source>Project CRS set to {name}.</source>
        <translation>Đã đặt hệ tọa độ của dự án: {name}.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="45"/>
        <source>The Processing provider &apos;bd&apos; is already registered.</source>
        <translation>Nhà cung cấp Xử lý 'bd' đã được đăng ký.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="59"/>
        <source>Biodiversity panel</source>
        <translation>Bảng đa dạng sinh học</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="61"/>
        <source>Spectral indices…</source>
        <translation>Chỉ số phổ…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="63"/>
        <source>Biodiversity algorithms in the Processing Toolbox</source>
        <translation>Các công cụ đa dạng sinh học trong hộp công cụ Xử lý</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="49"/>
        <source>Imagery</source>
        <translation>Ảnh viễn thám</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="141"/>
        <source>Could not apply the style {path}: {message}</source>
        <translation>Không áp dụng được kiểu hiển thị {path}: {message}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="229"/>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/provider.py" line="48"/>
        <source>Biodiversity (ĐDSH) — habitat, reef/seagrass and corridor mapping</source>
        <translation>Đa dạng sinh học (ĐDSH) — bản đồ sinh cảnh, rạn san hô/thảm cỏ biển và hành lang đa dạng sinh học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="144"/>
        <source>Sentinel-2 L1C/L2A, processing baseline before 04.00 (before 25 Jan 2022)</source>
        <translation>Sentinel-2 L1C/L2A, phiên bản xử lý trước 04.00 (trước 25/01/2022)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="145"/>
        <source>Sentinel-2 L1C/L2A, processing baseline 04.00 or later (offset −1000)</source>
        <translation>Sentinel-2 L1C/L2A, phiên bản xử lý 04.00 trở về sau (độ lệch −1000)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="146"/>
        <source>Landsat 8/9 Collection 2 Level-2 surface reflectance</source>
        <translation>Landsat 8/9 Collection 2 Level-2, phản xạ bề mặt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="147"/>
        <source>Reflectance already (0–1), bands chosen by number</source>
        <translation>Đã là phản xạ (0–1), chọn kênh theo số thứ tự</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="38"/>
        <source>&lt;p&gt;Computes spectral indices from a multiband Sentinel-2 or Landsat raster, one output band per index (band descriptions name the index), processed block by block so a full Sentinel-2 tile fits in little memory.&lt;/p&gt;&lt;ul&gt;{formulas}&lt;/ul&gt;&lt;p&gt;Digital numbers are converted to reflectance first: Sentinel-2 (DN + offset)/10000 with offset −1000 from processing baseline 04.00; Landsat C2 L2 DN × 0.0000275 − 0.2. Pixels that are nodata in any band used, or where an index is undefined (zero denominator), are nodata (−9999) in the output.&lt;/p&gt;&lt;p&gt;References: Rouse et al. 1974 (NDVI); McFeeters 1996 (NDWI); Xu 2006 (MNDWI); Gao 1996 (NDMI); Huete 1988 (SAVI); Huete et al. 2002 (EVI).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tính các chỉ số phổ từ ảnh Sentinel-2 hoặc Landsat đa kênh, mỗi chỉ số một kênh đầu ra (mô tả kênh ghi tên chỉ số), xử lý theo từng khối nên cả một cảnh Sentinel-2 cũng chỉ cần ít bộ nhớ.&lt;/p&gt;&lt;ul&gt;{formulas}&lt;/ul&gt;&lt;p&gt;Giá trị số (DN) được đổi sang phản xạ trước: Sentinel-2 (DN + độ lệch)/10000, độ lệch −1000 từ phiên bản xử lý 04.00; Landsat C2 L2 DN × 0,0000275 − 0,2. Điểm ảnh không có dữ liệu ở bất kỳ kênh nào được dùng, hoặc có chỉ số không xác định (mẫu số bằng 0), là không có dữ liệu (−9999) ở đầu ra.&lt;/p&gt;&lt;p&gt;Tài liệu: Rouse và cs. 1974 (NDVI); McFeeters 1996 (NDWI); Xu 2006 (MNDWI); Gao 1996 (NDMI); Huete 1988 (SAVI); Huete và cs. 2002 (EVI).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="50"/>
        <source>Multiband image</source>
        <translation>Ảnh đa kênh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="50"/>
        <source>Sentinel-2 or Landsat image with the bands stacked in one raster (GeoTIFF or any raster GDAL reads). Bands are found from their descriptions (B02…B12, SR_B2…SR_B7) or, without descriptions, from the band count of the sensor's usual layouts.</source>
        <translation>Ảnh Sentinel-2 hoặc Landsat có các kênh gộp trong một tệp raster (GeoTIFF hoặc định dạng GDAL đọc được). Kênh được nhận theo mô tả kênh (B02…B12, SR_B2…SR_B7) hoặc, nếu không có mô tả, theo số kênh của các cách xếp kênh thông dụng của bộ cảm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="54"/>
        <source>Additional band files</source>
        <translation>Các tệp kênh bổ sung</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="54"/>
        <source>Other rasters on the same grid whose bands are appended after the image's bands, e.g. the separate band files of a Sentinel-2 product (…_B04_10m.jp2, …_B08_10m.jp2): the band name in a file name (B04, B8A, SR_B5) is used as its description. Files of different resolution or extent are refused: resample them first.</source>
        <translation>Các raster khác cùng lưới, có kênh được nối sau các kênh của ảnh, ví dụ các tệp kênh riêng của một sản phẩm Sentinel-2 (…_B04_10m.jp2, …_B08_10m.jp2): tên kênh trong tên tệp (B04, B8A, SR_B5) được dùng làm mô tả kênh. Tệp khác độ phân giải hoặc phạm vi sẽ bị từ chối: hãy lấy mẫu lại trước.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="37"/>
        <source>Sensor</source>
        <translation>Bộ cảm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="60"/>
        <source>Which sensor and product the image comes from: sets the band layout and the conversion of digital numbers to reflectance. For Sentinel-2 scenes acquired since 25 January 2022 choose &apos;processing baseline 04.00 or later&apos;.</source>
        <translation>Ảnh thuộc bộ cảm và sản phẩm nào: quyết định thứ tự kênh và cách đổi giá trị số sang phản xạ. Với ảnh Sentinel-2 chụp từ ngày 25/01/2022, chọn 'phiên bản xử lý 04.00 trở về sau'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="64"/>
        <source>Indices</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="64"/>
        <source>Indices to compute, one output band each, in this order: NDVI (vegetation), NDWI (open water), MNDWI (water, better in built areas), NDMI (moisture), SAVI (vegetation on bright soil), EVI (dense vegetation).</source>
        <translation>Các chỉ số cần tính, mỗi chỉ số một kênh đầu ra, theo thứ tự: NDVI (thực vật), NDWI (mặt nước), MNDWI (mặt nước, tốt hơn ở vùng đô thị), NDMI (độ ẩm), SAVI (thực vật trên nền đất sáng), EVI (thực vật dày).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="154"/>
        <source>{role} band (overrides the sensor preset)</source>
        <translation>Kênh {role} (thay cho mặc định của bộ cảm)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="154"/>
        <source>Band number of the {role} band, when the sensor preset and the band descriptions cannot tell (e.g. a custom stack). Leave empty to use the preset.</source>
        <translation>Số thứ tự của kênh {role} khi mặc định của bộ cảm và mô tả kênh không xác định được (ví dụ ảnh tự gộp). Để trống để dùng mặc định.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="70"/>
        <source>Index raster</source>
        <translation>Raster chỉ số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="70"/>
        <source>Output GeoTIFF (Float32, tiled, compressed), one band per index, nodata −9999.</source>
        <translation>Tệp GeoTIFF đầu ra (Float32, chia ô, nén), mỗi chỉ số một kênh, không có dữ liệu = −9999.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="77"/>
        <source>Stacked {count} rasters into {path}</source>
        <translation>Đã gộp {count} raster vào {path}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="85"/>
        <source>Bands used: {bands}</source>
        <translation>Các kênh đã dùng: {bands}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="72"/>
        <source>Cancelled by the user; no output was written.</source>
        <translation>Người dùng đã hủy; không có đầu ra nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="73"/>
        <source>Choose at least one index.</source>
        <translation>Hãy chọn ít nhất một chỉ số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="74"/>
        <source>Unknown index {names}; available: {available}.</source>
        <translation>Không có chỉ số {names}; các chỉ số có: {available}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="109"/>
        <source>Unknown province &apos;{name}&apos;.</source>
        <translation>Không có tỉnh '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="110"/>
        <source>{path}: duplicate province codes {codes}.</source>
        <translation>{path}: trùng mã tỉnh {codes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="111"/>
        <source>{path}: former provinces {codes} are not merged into a current province.</source>
        <translation>{path}: các tỉnh cũ {codes} không thuộc tỉnh hiện hành nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="112"/>
        <source>Unknown province &apos;{name}&apos;. Did you mean: {names}?</source>
        <translation>Không có tỉnh '{name}'. Có phải là: {names}?</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="113"/>
        <source>{path}, line {line}: central meridian {cm} is outside Vietnam (102–110°E).</source>
        <translation>{path}, dòng {line}: kinh tuyến trục {cm} nằm ngoài Việt Nam (102–110°Đ).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="114"/>
        <source>{path}, line {line}: status must be &apos;current&apos; or &apos;former&apos;.</source>
        <translation>{path}, dòng {line}: trạng thái phải là 'current' hoặc 'former'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="115"/>
        <source>{path}, line {line}: the central meridian is not a number.</source>
        <translation>{path}, dòng {line}: kinh tuyến trục không phải là số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="117"/>
        <source>The rasters are not on the same grid (same CRS, pixel size, origin and size are needed).
{problems}
Align them first, e.g. with Raster &gt; Projections &gt; Warp (Reproject) or &apos;Align rasters&apos;, using one of them as the reference.</source>
        <translation>Các raster không cùng lưới (cần cùng hệ tọa độ, kích thước điểm ảnh, gốc và kích thước).
{problems}
Hãy căn chỉnh trước, ví dụ bằng Raster &gt; Phép chiếu &gt; Nắn (Chiếu lại) hoặc 'Căn chỉnh raster', lấy một raster làm chuẩn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="26"/>
        <source>Raster &apos;{path}&apos; does not exist.</source>
        <translation>Raster '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="119"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read.</source>
        <translation>'{path}' không phải raster GDAL đọc được.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="120"/>
        <source>Band {bands} does not exist in &apos;{name}&apos;, which has {count} band(s).</source>
        <translation>Kênh {bands} không có trong '{name}' (ảnh có {count} kênh).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="121"/>
        <source>Output folder &apos;{folder}&apos; does not exist.</source>
        <translation>Thư mục đầu ra '{folder}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="164"/>
        <source>Choose the {role} band number: the sensor &apos;{sensor}&apos; has no preset for it.</source>
        <translation>Hãy chọn số kênh {role}: bộ cảm '{sensor}' không có mặc định cho kênh này.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="165"/>
        <source>The {role} band was set to {number}, but the raster has {count} band(s).</source>
        <translation>Kênh {role} được đặt là {number}, nhưng raster chỉ có {count} kênh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="166"/>
        <source>Cannot tell which band is {role} ({name}): the raster has {count} band(s) and no band description names {name}. Set the band number for {role} explicitly, or choose the right sensor.</source>
        <translation>Không xác định được kênh {role} ({name}): raster có {count} kênh và không có mô tả kênh nào ghi {name}. Hãy đặt số kênh {role}, hoặc chọn đúng bộ cảm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="213"/>
        <source>VN-2000 / UTM exists for zones 48 and 49 only, not {zone}.</source>
        <translation>VN-2000 / UTM chỉ có múi 48 và 49, không có múi {zone}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="214"/>
        <source>QGIS could not build the CRS &apos;{proj}&apos;.</source>
        <translation>QGIS không tạo được hệ tọa độ '{proj}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="215"/>
        <source>QGIS could not save the user CRS &apos;{name}&apos;.</source>
        <translation>QGIS không lưu được hệ tọa độ người dùng '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="367"/>
        <source>The input image could not be opened as a raster layer.</source>
        <translation>Không mở được ảnh đầu vào dưới dạng lớp raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="368"/>
        <source>The input image must be a file raster (GDAL); &apos;{name}&apos; comes from &apos;{provider}&apos;.</source>
        <translation>Ảnh đầu vào phải là tệp raster (GDAL); '{name}' lấy từ '{provider}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="59"/>
        <source>Accuracy assessment and area estimate</source>
        <translation>Đánh giá độ chính xác và ước tính diện tích</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="30"/>
        <source>Stratified estimators of Olofsson et al. (2014); 95 % confidence intervals = ±1.96 SE.</source>
        <translation>Ước lượng phân tầng theo Olofsson và cs. (2014); khoảng tin cậy 95 % = ±1,96 SE.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="31"/>
        <source>Error matrix (sample counts)</source>
        <translation>Ma trận sai số (số điểm mẫu)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="32"/>
        <source>Error matrix (estimated area proportions)</source>
        <translation>Ma trận sai số (tỷ lệ diện tích ước tính)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="33"/>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="23"/>
        <source>Reference</source>
        <translation>Tham chiếu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="35"/>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="311"/>
        <source>Class</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="25"/>
        <source>User&apos;s accuracy</source>
        <translation>Độ chính xác người dùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="26"/>
        <source>Producer&apos;s accuracy</source>
        <translation>Độ chính xác người sản xuất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="39"/>
        <source>Mapped area (ha)</source>
        <translation>Diện tích trên bản đồ (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="40"/>
        <source>Estimated area (ha)</source>
        <translation>Diện tích ước tính (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="98"/>
        <source>Overall accuracy</source>
        <translation>Độ chính xác tổng thể</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="99"/>
        <source>Sample size</source>
        <translation>Cỡ mẫu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="43"/>
        <source>Kappa (for reference only; not recommended, Pontius &amp; Millones 2011)</source>
        <translation>Kappa (chỉ để tham khảo; không khuyến nghị, Pontius &amp; Millones 2011)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="66"/>
        <source>&lt;p&gt;Assesses a class map with reference points from a stratified random sample whose strata are the map classes (as drawn by the accuracy sampling algorithm), the way Olofsson et al. (2014) recommend: error matrix in sample counts and in estimated area proportions (rows = map, columns = reference), overall, user's and producer's accuracy with standard errors and 95 % confidence intervals, and the area of every class estimated from the reference data, in hectares, with its 95 % confidence interval. Kappa is reported only as an extra.&lt;/p&gt;&lt;p&gt;Reference: Olofsson, P. et al. 2014. Good practices for estimating area and assessing accuracy of land change. Remote Sensing of Environment 148: 42–57.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đánh giá bản đồ phân loại bằng các điểm tham chiếu của một mẫu ngẫu nhiên phân tầng có các tầng là các lớp trên bản đồ (như thuật toán lấy mẫu đánh giá độ chính xác tạo ra), theo khuyến nghị của Olofsson và cs. (2014): ma trận sai số theo số điểm mẫu và theo tỷ lệ diện tích ước tính (hàng = bản đồ, cột = tham chiếu), độ chính xác tổng thể, người dùng và người sản xuất kèm sai số chuẩn và khoảng tin cậy 95 %, và diện tích của từng lớp ước tính từ dữ liệu tham chiếu, tính bằng héc-ta, kèm khoảng tin cậy 95 %. Kappa chỉ được báo cáo thêm để tham khảo.&lt;/p&gt;&lt;p&gt;Tài liệu: Olofsson, P. và cs. 2014. Good practices for estimating area and assessing accuracy of land change. Remote Sensing of Environment 148: 42–57.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="46"/>
        <source>Class map</source>
        <translation>Bản đồ phân loại</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="77"/>
        <source>Classified raster with integer class codes, in a projected CRS (areas are computed in hectares). Its classes are the strata of the sample.</source>
        <translation>Raster phân loại có mã lớp là số nguyên, ở hệ tọa độ phẳng (diện tích tính bằng héc-ta). Các lớp của nó là các tầng của mẫu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="118"/>
        <source>Reference points</source>
        <translation>Điểm tham chiếu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="80"/>
        <source>Sample points with the class observed on the ground or on very high resolution imagery. Points in another CRS are reprojected to the class map&apos;s CRS.</source>
        <translation>Các điểm mẫu có lớp quan sát được ngoài thực địa hoặc trên ảnh độ phân giải rất cao. Điểm ở hệ tọa độ khác được chuyển sang hệ tọa độ của bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="84"/>
        <source>Reference class field</source>
        <translation>Trường lớp tham chiếu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="62"/>
        <source>Report (HTML)</source>
        <translation>Báo cáo (HTML)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="62"/>
        <source>HTML files (*.html)</source>
        <translation>Tệp HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="91"/>
        <source>Accuracy report: error matrices, accuracies and area estimates with 95 % confidence intervals.</source>
        <translation>Báo cáo độ chính xác: ma trận sai số, độ chính xác và diện tích ước tính kèm khoảng tin cậy 95 %.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="95"/>
        <source>Report (JSON)</source>
        <translation>Báo cáo (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="95"/>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="95"/>
        <source>The same figures as JSON, to be read by the area and indicator report algorithms.</source>
        <translation>Các số liệu trên ở dạng JSON, để các thuật toán tính diện tích và báo cáo chỉ tiêu đọc.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="113"/>
        <source>Counting the pixels of every class…</source>
        <translation>Đang đếm điểm ảnh của từng lớp…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="134"/>
        <source>{n} reference point(s) without geometry or class were left out.</source>
        <translation>Đã bỏ qua {n} điểm tham chiếu không có hình học hoặc không có lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="141"/>
        <source>{n} reference point(s) fall on nodata in the class map and were left out.</source>
        <translation>Đã bỏ qua {n} điểm tham chiếu rơi vào vùng không có dữ liệu của bản đồ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="159"/>
        <source>Overall accuracy {oa:.3f} ± {ci:.3f} (95 % CI), {n} reference points.</source>
        <translation>Độ chính xác tổng thể {oa:.3f} ± {ci:.3f} (KTC 95 %), {n} điểm tham chiếu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="49"/>
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
        <location filename="../../build/i18n/error_messages.py" line="49"/>
        <source>The class map has no CRS: areas in hectares need a projected CRS in metres.</source>
        <translation>Bản đồ phân loại không có hệ tọa độ: tính diện tích héc-ta cần hệ tọa độ phẳng đơn vị mét.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="50"/>
        <source>The class map is in a geographic CRS ({crs}): areas cannot be computed in degrees. Reproject it to a projected CRS (e.g. the province&apos;s VN-2000 TM-3 zone or UTM) first.</source>
        <translation>Bản đồ phân loại ở hệ tọa độ địa lý ({crs}): không thể tính diện tích theo độ. Hãy chuyển sang hệ tọa độ phẳng (ví dụ múi VN-2000 TM-3 của tỉnh hoặc UTM) trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="51"/>
        <source>&apos;{name}&apos; holds decimal values: a class map must hold integer class codes.</source>
        <translation>'{name}' chứa giá trị thập phân: bản đồ phân loại phải chứa mã lớp là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="52"/>
        <source>Rotated rasters are not supported: &apos;{name}&apos;.</source>
        <translation>Không hỗ trợ raster bị xoay: '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="53"/>
        <source>{count} reference point(s) fall outside the class map (input order: {which}).</source>
        <translation>{count} điểm tham chiếu nằm ngoài bản đồ phân loại (thứ tự trong dữ liệu: {which}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="354"/>
        <source>The class map or the reference points could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp điểm tham chiếu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="355"/>
        <source>There are no reference points with a class.</source>
        <translation>Không có điểm tham chiếu nào có lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="356"/>
        <source>Reference feature {fid} is a multipoint: use single points.</source>
        <translation>Đối tượng tham chiếu {fid} là đa điểm: hãy dùng điểm đơn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="154"/>
        <source>Habitat area per zone</source>
        <translation>Diện tích sinh cảnh theo vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="46"/>
        <source>Classified raster with integer class codes, in a projected CRS.</source>
        <translation>Raster phân loại có mã lớp là số nguyên, ở hệ tọa độ phẳng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="103"/>
        <source>Zones</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="53"/>
        <source>Polygons of the zones (e.g. nature reserves); reprojected to the class map&apos;s CRS when needed. Invalid geometries are repaired.</source>
        <translation>Các vùng dạng vùng (ví dụ khu bảo tồn); được chuyển sang hệ tọa độ của bản đồ phân loại khi cần. Hình học không hợp lệ được sửa.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="146"/>
        <source>Zone name field</source>
        <translation>Trường tên vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="53"/>
        <source>Field that names the zone in the output table.</source>
        <translation>Trường dùng làm tên vùng trong bảng kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="60"/>
        <source>Area per zone and class</source>
        <translation>Diện tích theo vùng và lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="198"/>
        <source>Zones without classified pixels (outside the map or on nodata): {zones}</source>
        <translation>Các vùng không có điểm ảnh được phân loại (nằm ngoài bản đồ hoặc vùng không có dữ liệu): {zones}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="358"/>
        <source>The class map or the zones could not be opened.</source>
        <translation>Không mở được bản đồ phân loại hoặc lớp vùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="60"/>
        <source>&lt;p&gt;Draws a stratified random sample of reference points on a class map, the strata being the map classes, as Olofsson et al. (2014) recommend. The total sample size follows from the target standard error of overall accuracy and the expected user's accuracy of each class: n = (Σ W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(Ô))², S&lt;sub&gt;i&lt;/sub&gt; = √(U&lt;sub&gt;i&lt;/sub&gt;(1 − U&lt;sub&gt;i&lt;/sub&gt;)). It is allocated proportionally to the mapped areas with a minimum per class (so that rare classes get enough points for their user's accuracy), proportionally, or equally. Each point is the centre of a sampled pixel and carries its map class and an empty reference class field to fill in during interpretation; then run the accuracy assessment.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lấy một mẫu ngẫu nhiên phân tầng các điểm tham chiếu trên bản đồ phân loại, các tầng là các lớp trên bản đồ, theo khuyến nghị của Olofsson và cs. (2014). Tổng cỡ mẫu được tính từ sai số chuẩn mục tiêu của độ chính xác tổng thể và độ chính xác người dùng dự kiến của từng lớp: n = (Σ W&lt;sub&gt;i&lt;/sub&gt; S&lt;sub&gt;i&lt;/sub&gt; / S(Ô))², S&lt;sub&gt;i&lt;/sub&gt; = √(U&lt;sub&gt;i&lt;/sub&gt;(1 − U&lt;sub&gt;i&lt;/sub&gt;)). Cỡ mẫu được phân bổ theo tỷ lệ diện tích trên bản đồ với số tối thiểu mỗi lớp (để lớp hiếm có đủ điểm đánh giá độ chính xác người dùng), theo tỷ lệ diện tích, hoặc đều nhau. Mỗi điểm là tâm của một điểm ảnh được chọn, mang lớp trên bản đồ và một trường lớp tham chiếu để trống cho người giải đoán điền; sau đó chạy thuật toán đánh giá độ chính xác.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="73"/>
        <source>Target standard error of overall accuracy</source>
        <translation>Sai số chuẩn mục tiêu của độ chính xác tổng thể</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="73"/>
        <source>The standard error of overall accuracy the sample should achieve; 0.01 is common.</source>
        <translation>Sai số chuẩn của độ chính xác tổng thể mà mẫu cần đạt; thường dùng 0,01.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="77"/>
        <source>Expected user&apos;s accuracy</source>
        <translation>Độ chính xác người dùng dự kiến</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="77"/>
        <source>Expected user&apos;s accuracy of every class, used for the sample size.</source>
        <translation>Độ chính xác người dùng dự kiến của mọi lớp, dùng để tính cỡ mẫu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="81"/>
        <source>Expected user&apos;s accuracy per class</source>
        <translation>Độ chính xác người dùng dự kiến theo lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="81"/>
        <source>Overrides for some classes, e.g. &apos;1=0.7; 2=0.6&apos; (class=value; other classes use the value above).</source>
        <translation>Giá trị riêng cho một số lớp, ví dụ '1=0.7; 2=0.6' (lớp=giá trị; các lớp khác dùng giá trị ở trên).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="85"/>
        <source>Allocation</source>
        <translation>Phân bổ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="85"/>
        <source>Proportional to area, with a minimum per class</source>
        <translation>Theo tỷ lệ diện tích, có số tối thiểu mỗi lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="85"/>
        <source>Proportional to area</source>
        <translation>Theo tỷ lệ diện tích</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="85"/>
        <source>Equal</source>
        <translation>Đều nhau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="85"/>
        <source>How the sample is shared among the map classes.</source>
        <translation>Cách chia mẫu cho các lớp trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="88"/>
        <source>Minimum points per class</source>
        <translation>Số điểm tối thiểu mỗi lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="88"/>
        <source>Smallest number of points in a class with the first allocation (Olofsson et al. suggest 50–100 for rare classes).</source>
        <translation>Số điểm nhỏ nhất của một lớp khi dùng cách phân bổ thứ nhất (Olofsson và cs. đề xuất 50–100 cho lớp hiếm).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="138"/>
        <source>Random seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="92"/>
        <source>Set a number to draw the same sample again; leave empty for a new random sample.</source>
        <translation>Đặt một số để lấy lại đúng mẫu cũ; để trống để lấy mẫu ngẫu nhiên mới.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="96"/>
        <source>Sample points</source>
        <translation>Điểm mẫu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="96"/>
        <source>Points at the centres of the sampled pixels, with fields map_class and ref_class (empty).</source>
        <translation>Các điểm tại tâm điểm ảnh được chọn, có trường map_class và ref_class (để trống).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="118"/>
        <source>Sample size {n} (target SE of overall accuracy); points per class: {alloc}</source>
        <translation>Cỡ mẫu {n} (theo sai số chuẩn mục tiêu của độ chính xác tổng thể); số điểm mỗi lớp: {alloc}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="160"/>
        <source>The target standard error of overall accuracy must be between 0 and 1 (e.g. 0.01).</source>
        <translation>Sai số chuẩn mục tiêu của độ chính xác tổng thể phải nằm giữa 0 và 1 (ví dụ 0,01).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="161"/>
        <source>Expected user&apos;s accuracies must be between 0 and 1 (exclusive).</source>
        <translation>Độ chính xác người dùng dự kiến phải lớn hơn 0 và nhỏ hơn 1.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="162"/>
        <source>Unknown allocation &apos;{name}&apos;.</source>
        <translation>Không có cách phân bổ '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="163"/>
        <source>Class {classes} does not occur in the map.</source>
        <translation>Lớp {classes} không có trên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="348"/>
        <source>The class map could not be opened.</source>
        <translation>Không mở được bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="357"/>
        <source>Cannot read &apos;{item}&apos;: write expected user&apos;s accuracies as class=value, e.g. &apos;1=0.7; 2=0.6&apos;.</source>
        <translation>Không đọc được '{item}': hãy ghi độ chính xác người dùng dự kiến theo dạng lớp=giá trị, ví dụ '1=0.7; 2=0.6'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="37"/>
        <source>Habitat change between two dates</source>
        <translation>Biến động sinh cảnh giữa hai thời điểm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="43"/>
        <source>&lt;p&gt;Compares a class map of an earlier date with one of a later date, pixel by pixel: a change raster whose code reads &quot;before, then after&quot; (code = before × 100 + after for class codes below 100, e.g. 305 = class 3 became class 5), the transition matrix in pixels and hectares, and for every class its area before and after, gain, loss and net change — for the whole map and, if zones are given, for every zone. Both maps must be on the same grid; otherwise the algorithm stops with the differences, unless resampling is allowed (nearest neighbour onto the earlier map's grid).&lt;/p&gt;</source>
        <translation>&lt;p&gt;So sánh bản đồ phân loại thời điểm trước với bản đồ thời điểm sau, từng điểm ảnh: raster biến động có mã đọc là &quot;trước, rồi sau&quot; (mã = trước × 100 + sau với mã lớp dưới 100, ví dụ 305 = lớp 3 chuyển thành lớp 5), ma trận chuyển đổi theo số điểm ảnh và héc-ta, và với mỗi lớp: diện tích trước và sau, phần tăng, phần giảm và biến động thuần — cho toàn bản đồ và, nếu có lớp vùng, cho từng vùng. Hai bản đồ phải cùng lưới; nếu không, thuật toán dừng và liệt kê các khác biệt, trừ khi cho phép lấy mẫu lại (láng giềng gần nhất lên lưới của bản đồ thời điểm trước).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="52"/>
        <source>Class map, earlier date</source>
        <translation>Bản đồ phân loại, thời điểm trước</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="52"/>
        <source>Classified raster of the earlier date (integer class codes, projected CRS).</source>
        <translation>Raster phân loại của thời điểm trước (mã lớp số nguyên, hệ tọa độ phẳng).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="54"/>
        <source>Class map, later date</source>
        <translation>Bản đồ phân loại, thời điểm sau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="54"/>
        <source>Classified raster of the later date, with the same class codes.</source>
        <translation>Raster phân loại của thời điểm sau, cùng bộ mã lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="56"/>
        <source>Resample the later map onto the earlier map&apos;s grid when they differ</source>
        <translation>Lấy mẫu lại bản đồ thời điểm sau theo lưới của bản đồ thời điểm trước khi hai lưới khác nhau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="56"/>
        <source>Off: maps on different grids are refused with the differences listed. On: the later map is resampled (nearest neighbour) onto the earlier map&apos;s grid, and the log says so.</source>
        <translation>Tắt: bản đồ khác lưới bị từ chối, kèm danh sách khác biệt. Bật: bản đồ thời điểm sau được lấy mẫu lại (láng giềng gần nhất) theo lưới của bản đồ thời điểm trước, và nhật ký ghi rõ điều đó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="60"/>
        <source>Optional polygons (e.g. nature reserves) for per-zone tables; reprojected when needed.</source>
        <translation>Các vùng tùy chọn (ví dụ khu bảo tồn) để lập bảng theo vùng; được chuyển hệ tọa độ khi cần.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="135"/>
        <source>Field that names the zone in the output tables.</source>
        <translation>Trường dùng làm tên vùng trong các bảng kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="63"/>
        <source>Change raster</source>
        <translation>Raster biến động</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="63"/>
        <source>Change codes (before × 100 + after), nodata where either map has no data.</source>
        <translation>Mã biến động (trước × 100 + sau), không có dữ liệu ở nơi một trong hai bản đồ không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="65"/>
        <source>Transition matrix</source>
        <translation>Ma trận chuyển đổi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="65"/>
        <source>One row per zone and transition: from class, to class, pixels, hectares.</source>
        <translation>Mỗi vùng và mỗi chuyển đổi một dòng: từ lớp, sang lớp, số điểm ảnh, héc-ta.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="165"/>
        <source>Gains and losses</source>
        <translation>Tăng và giảm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="68"/>
        <source>One row per zone and class: area before and after, gain, loss and net change in hectares.</source>
        <translation>Mỗi vùng và lớp một dòng: diện tích trước và sau, phần tăng, phần giảm và biến động thuần (ha).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="86"/>
        <source>The later map was resampled (nearest neighbour) onto the earlier map&apos;s grid: {differences}</source>
        <translation>Bản đồ thời điểm sau đã được lấy mẫu lại (láng giềng gần nhất) theo lưới của bản đồ thời điểm trước: {differences}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="214"/>
        <source>whole map</source>
        <translation>toàn bản đồ</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="9"/>
        <source>&apos;{name}&apos; holds decimal values: class maps must hold integer class codes.</source>
        <translation>'{name}' chứa giá trị thập phân: bản đồ phân loại phải chứa mã lớp là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="359"/>
        <source>The class maps could not be opened.</source>
        <translation>Không mở được các bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="39"/>
        <source>&lt;p&gt;Removes the speckle of a pixel classification. With a minimum mapping unit, every patch smaller than that many hectares is merged into its largest neighbouring patch (GDAL sieve filter). With a majority filter, every pixel takes the most frequent class of its window (a tie keeps its own class). Both can be combined: the sieve runs first. Nodata stays nodata.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Loại bỏ nhiễu lốm đốm của bản đồ phân loại theo điểm ảnh. Với đơn vị bản đồ tối thiểu, mọi mảng nhỏ hơn số héc-ta đó được gộp vào mảng láng giềng lớn nhất (bộ lọc sàng của GDAL). Với bộ lọc đa số, mỗi điểm ảnh nhận lớp xuất hiện nhiều nhất trong cửa sổ (khi bằng nhau thì giữ lớp của chính nó). Có thể dùng cả hai: bộ lọc sàng chạy trước. Vùng không có dữ liệu vẫn giữ nguyên.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="48"/>
        <source>Minimum mapping unit (ha)</source>
        <translation>Đơn vị bản đồ tối thiểu (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="48"/>
        <source>Patches smaller than this area are merged into their neighbour; 0 turns the sieve off. 0.5 ha is 50 pixels of 10 m or about 13 pixels of 20 m.</source>
        <translation>Các mảng nhỏ hơn diện tích này được gộp vào mảng láng giềng; 0 là tắt bộ lọc sàng. 0,5 ha là 50 điểm ảnh 10 m hoặc khoảng 13 điểm ảnh 20 m.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="52"/>
        <source>Patch connectivity</source>
        <translation>Cách nối mảng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="52"/>
        <source>8 neighbours (diagonals join)</source>
        <translation>8 láng giềng (nối cả đường chéo)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="52"/>
        <source>4 neighbours</source>
        <translation>4 láng giềng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="52"/>
        <source>Whether pixels touching only at a corner belong to the same patch.</source>
        <translation>Các điểm ảnh chỉ chạm nhau ở góc có thuộc cùng một mảng hay không.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="56"/>
        <source>Majority filter</source>
        <translation>Bộ lọc đa số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="56"/>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="56"/>
        <source>Window of the majority filter applied after the sieve, or none.</source>
        <translation>Cửa sổ của bộ lọc đa số, chạy sau bộ lọc sàng, hoặc không dùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="59"/>
        <source>Cleaned class map</source>
        <translation>Bản đồ phân loại đã làm sạch</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="59"/>
        <source>The class map after the sieve and/or majority filter, same classes and grid.</source>
        <translation>Bản đồ phân loại sau bộ lọc sàng và/hoặc lọc đa số, cùng các lớp và cùng lưới.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="75"/>
        <source>Minimum mapping unit: {n} pixels.</source>
        <translation>Đơn vị bản đồ tối thiểu: {n} điểm ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="167"/>
        <source>The majority window must be an odd number of pixels, 3 or more (got {size}).</source>
        <translation>Cửa sổ lọc đa số phải là số lẻ điểm ảnh, từ 3 trở lên (nhận được {size}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="168"/>
        <source>Choose a minimum mapping unit above 0 ha, a majority window of 3 or more, or both.</source>
        <translation>Hãy chọn đơn vị bản đồ tối thiểu lớn hơn 0 ha, cửa sổ lọc đa số từ 3 trở lên, hoặc cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="169"/>
        <source>GDAL&apos;s sieve filter failed on &apos;{name}&apos;.</source>
        <translation>Bộ lọc sàng của GDAL bị lỗi với '{name}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="19"/>
        <source>Habitat classification report</source>
        <translation>Báo cáo phân loại sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="20"/>
        <source>Validation on polygons held out from training (never single pixels).</source>
        <translation>Kiểm định trên các vùng mẫu được giữ lại, không dùng để huấn luyện (không bao giờ theo từng điểm ảnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="21"/>
        <source>Confusion matrix (validation pixels)</source>
        <translation>Ma trận nhầm lẫn (điểm ảnh kiểm định)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="22"/>
        <source>Map (predicted)</source>
        <translation>Bản đồ (dự đoán)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="27"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="28"/>
        <source>Overall accuracy (validation pixels)</source>
        <translation>Độ chính xác tổng thể (điểm ảnh kiểm định)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="29"/>
        <source>Training samples</source>
        <translation>Mẫu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="30"/>
        <source>Training pixels</source>
        <translation>Điểm ảnh huấn luyện</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="183"/>
        <source>Training polygons</source>
        <translation>Vùng mẫu huấn luyện</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="32"/>
        <source>Validation pixels</source>
        <translation>Điểm ảnh kiểm định</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="33"/>
        <source>Validation polygons</source>
        <translation>Vùng mẫu kiểm định</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="34"/>
        <source>Feature importance</source>
        <translation>Mức quan trọng của đặc trưng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="35"/>
        <source>Classes without validation (only one polygon)</source>
        <translation>Các lớp không được kiểm định (chỉ có một vùng mẫu)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="37"/>
        <source>Pixel-level validation on held-out polygons is a check of the classifier; map accuracy and areas for reporting come from the accuracy sampling design and assessment (Olofsson et al. 2014).</source>
        <translation>Kiểm định theo điểm ảnh trên các vùng mẫu giữ lại chỉ kiểm tra bộ phân loại; độ chính xác bản đồ và diện tích để báo cáo lấy từ thiết kế mẫu và đánh giá độ chính xác (Olofsson và cs. 2014).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="162"/>
        <source>None: use the values as they are</source>
        <translation>Không: dùng giá trị như hiện có</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="81"/>
        <source>Habitat map</source>
        <translation>Bản đồ sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="81"/>
        <source>Class raster (class codes of the training data, nodata 0) with a style naming the classes (a .qml beside it).</source>
        <translation>Raster lớp (mã lớp của dữ liệu huấn luyện, không có dữ liệu = 0) kèm kiểu hiển thị ghi tên các lớp (tệp .qml bên cạnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="157"/>
        <source>Confidence</source>
        <translation>Độ tin cậy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="84"/>
        <source>Probability of the chosen class (0–1), where the classifier hesitates.</source>
        <translation>Xác suất của lớp được chọn (0–1): cho biết nơi bộ phân loại phân vân.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="91"/>
        <source>Classifying the image block by block…</source>
        <translation>Đang phân loại ảnh theo từng khối…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="264"/>
        <source>Pixels per class: {counts}</source>
        <translation>Số điểm ảnh mỗi lớp: {counts}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="120"/>
        <source>&lt;p&gt;Maps habitats from a Sentinel-2 or Landsat image with training polygons: every pixel whose centre lies in a polygon is a training sample of the polygon's class. A share of each class's polygons is held out — whole polygons, never single pixels, because pixels of one polygon are not independent — and the classifier trained on the rest is checked on them: confusion matrix (rows = map, columns = reference), overall accuracy, user's and producer's accuracy and F1 per class. The final model is trained on all polygons, saved to a file that can classify another date, and the image is classified block by block. Random forest: Breiman 2001; gradient boosting: scikit-learn's histogram gradient boosting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lập bản đồ sinh cảnh từ ảnh Sentinel-2 hoặc Landsat với các vùng mẫu huấn luyện: mỗi điểm ảnh có tâm nằm trong một vùng mẫu là một mẫu huấn luyện của lớp đó. Một phần các vùng mẫu của mỗi lớp được giữ lại — cả vùng, không bao giờ từng điểm ảnh, vì các điểm ảnh trong một vùng không độc lập — và bộ phân loại huấn luyện trên phần còn lại được kiểm tra trên chúng: ma trận nhầm lẫn (hàng = bản đồ, cột = tham chiếu), độ chính xác tổng thể, độ chính xác người dùng, người sản xuất và F1 của từng lớp. Mô hình cuối được huấn luyện trên tất cả các vùng mẫu, lưu vào tệp để phân loại ảnh thời điểm khác, và ảnh được phân loại theo từng khối. Rừng ngẫu nhiên: Breiman 2001; tăng cường gradient: histogram gradient boosting của scikit-learn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="43"/>
        <source>Image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="131"/>
        <source>Multiband Sentinel-2 or Landsat image (all its bands are used as features).</source>
        <translation>Ảnh Sentinel-2 hoặc Landsat đa kênh (mọi kênh đều được dùng làm đặc trưng).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="134"/>
        <source>Converts digital numbers to reflectance (Sentinel-2 with the processing-baseline 04.00 offset, Landsat C2 L2), so that a model trained on one date applies to another; &apos;None&apos; uses the values as they are.</source>
        <translation>Đổi giá trị số sang phản xạ (Sentinel-2 với độ lệch của phiên bản xử lý 04.00, Landsat C2 L2) để mô hình huấn luyện ở thời điểm này áp dụng được cho thời điểm khác; 'Không' dùng giá trị như hiện có.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="138"/>
        <source>Polygons drawn over homogeneous areas of each habitat; reprojected to the image&apos;s CRS if needed. Several polygons per class, spread over the image, give a better model and allow validation.</source>
        <translation>Các vùng mẫu vẽ trên khu vực đồng nhất của từng sinh cảnh; được chuyển sang hệ tọa độ của ảnh khi cần. Nhiều vùng mẫu mỗi lớp, rải khắp ảnh, cho mô hình tốt hơn và cho phép kiểm định.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="120"/>
        <source>Class code field</source>
        <translation>Trường mã lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="128"/>
        <source>Class name field</source>
        <translation>Trường tên lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="151"/>
        <source>Optional class name (e.g. 'Rừng ngập mặn'); kept in the style, the report and the model.</source>
        <translation>Tên lớp tùy chọn (ví dụ 'Rừng ngập mặn'); được giữ trong kiểu hiển thị, báo cáo và mô hình.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="154"/>
        <source>Classifier</source>
        <translation>Bộ phân loại</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="154"/>
        <source>Random forest</source>
        <translation>Rừng ngẫu nhiên</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="154"/>
        <source>Gradient boosting</source>
        <translation>Tăng cường gradient</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="154"/>
        <source>Random forest is robust with few, noisy samples; gradient boosting can be more accurate with many samples.</source>
        <translation>Rừng ngẫu nhiên ổn định với ít mẫu, mẫu nhiễu; tăng cường gradient có thể chính xác hơn khi có nhiều mẫu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="133"/>
        <source>Share of polygons held out for validation</source>
        <translation>Tỷ lệ vùng mẫu giữ lại để kiểm định</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="158"/>
        <source>Share of each class&apos;s polygons kept out of training to check the classifier (0 = no check). A class with a single polygon cannot be checked and is named in the report.</source>
        <translation>Tỷ lệ vùng mẫu của mỗi lớp không dùng để huấn luyện mà để kiểm tra bộ phân loại (0 = không kiểm tra). Lớp chỉ có một vùng mẫu không kiểm tra được và được nêu trong báo cáo.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="163"/>
        <source>Seed of the random choices (held-out polygons, sample subsets, the classifier): the same seed gives the same result.</source>
        <translation>Hạt giống của các lựa chọn ngẫu nhiên (vùng mẫu giữ lại, tập con mẫu, bộ phân loại): cùng hạt giống cho cùng kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="160"/>
        <source>Model file</source>
        <translation>Tệp mô hình</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="160"/>
        <source>Habitat model (*.bdmodel)</source>
        <translation>Mô hình sinh cảnh (*.bdmodel)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="167"/>
        <source>The trained model, to classify another image with the same bands (Apply habitat model). Open only model files you trust: they are Python pickles.</source>
        <translation>Mô hình đã huấn luyện, để phân loại ảnh khác có cùng các kênh (Áp dụng mô hình sinh cảnh). Chỉ mở tệp mô hình bạn tin cậy: đó là tệp pickle của Python.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="171"/>
        <source>Validation report (a JSON file with the same name is written beside it).</source>
        <translation>Báo cáo kiểm định (một tệp JSON cùng tên được ghi bên cạnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="213"/>
        <source>{n} training polygon(s) without geometry or class code were left out.</source>
        <translation>Đã bỏ qua {n} vùng mẫu không có hình học hoặc mã lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="218"/>
        <source>Training and validating the classifier…</source>
        <translation>Đang huấn luyện và kiểm định bộ phân loại…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="267"/>
        <source>Validation on held-out polygons: overall accuracy {oa:.3f}</source>
        <translation>Kiểm định trên các vùng mẫu giữ lại: độ chính xác tổng thể {oa:.3f}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="232"/>
        <source>Classes with a single polygon could not be validated: {classes}</source>
        <translation>Các lớp chỉ có một vùng mẫu không kiểm định được: {classes}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="256"/>
        <source>Apply habitat model to another image</source>
        <translation>Áp dụng mô hình sinh cảnh cho ảnh khác</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="262"/>
        <source>&lt;p&gt;Classifies an image with a model saved by the habitat classification, e.g. another date of the same area. The image must have the same bands, in the same order, as the one the model was trained on; otherwise the algorithm stops and says which bands differ.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Phân loại một ảnh bằng mô hình đã lưu từ bước phân loại sinh cảnh, ví dụ ảnh thời điểm khác của cùng khu vực. Ảnh phải có cùng các kênh, cùng thứ tự, như ảnh dùng để huấn luyện; nếu không, thuật toán dừng và nêu các kênh khác nhau.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="267"/>
        <source>A .bdmodel file written by the habitat classification (open only files you trust).</source>
        <translation>Tệp .bdmodel do bước phân loại sinh cảnh ghi ra (chỉ mở tệp bạn tin cậy).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="269"/>
        <source>Image with the same bands as the model&apos;s training image.</source>
        <translation>Ảnh có cùng các kênh với ảnh huấn luyện của mô hình.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="31"/>
        <source>Unknown classifier &apos;{name}&apos;.</source>
        <translation>Không có bộ phân loại '{name}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="35"/>
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
        <location filename="../../build/i18n/error_messages.py" line="361"/>
        <source>The image or the training polygons could not be opened.</source>
        <translation>Không mở được ảnh hoặc lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="362"/>
        <source>There are no training polygons with a class code.</source>
        <translation>Không có vùng mẫu nào có mã lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="360"/>
        <source>The image could not be opened.</source>
        <translation>Không mở được ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="42"/>
        <source>Class code {code} (feature {fid}) is outside 1–254.</source>
        <translation>Mã lớp {code} (đối tượng {fid}) nằm ngoài khoảng 1–254.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="363"/>
        <source>Class code {code} has two names: &apos;{a}&apos; and &apos;{b}&apos;. Give each class one code and one name.</source>
        <translation>Mã lớp {code} có hai tên: '{a}' và '{b}'. Mỗi lớp chỉ có một mã và một tên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="211"/>
        <source>Polygon &apos;{name}&apos; has no geometry.</source>
        <translation>Vùng '{name}' không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="212"/>
        <source>Polygon &apos;{name}&apos; has an invalid geometry that could not be repaired.</source>
        <translation>Vùng '{name}' có hình học không hợp lệ và không sửa được.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="217"/>
        <source>Coral reef and seagrass</source>
        <translation>Rạn san hô và cỏ biển</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="218"/>
        <source>Corridors and connectivity</source>
        <translation>Hành lang và kết nối sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="52"/>
        <source>Provincial database</source>
        <translation>Cơ sở dữ liệu cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="52"/>
        <source>Maps and reports</source>
        <translation>Bản đồ và báo cáo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="39"/>
        <source>&lt;p&gt;Area of every class of a class map inside every zone (nature reserve, commune, management unit): pixels, hectares and percentage of the zone's classified area, one row per zone and class. Areas are computed on the class map's projected grid (never in degrees); a pixel counts for a zone when its centre lies inside the zone. Each zone is measured on its own, so overlapping or nested zones each get their full area. Features sharing a zone value are merged.&lt;/p&gt;&lt;p&gt;With the JSON report of the accuracy assessment algorithm, every row also gets the error-adjusted area of the class in the zone with its 95 % confidence interval (Olofsson et al. 2014, eq. 9–10, weighted by the zone's own mapped areas), assuming each map class is as accurate inside the zone as on the whole map.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diện tích của từng lớp trên bản đồ phân loại trong từng vùng (khu bảo tồn, xã, đơn vị quản lý): số điểm ảnh, héc-ta và tỷ lệ phần trăm diện tích đã phân loại của vùng, mỗi vùng và lớp một dòng. Diện tích được tính trên lưới phẳng của bản đồ phân loại (không bao giờ theo độ); một điểm ảnh thuộc một vùng khi tâm của nó nằm trong vùng. Mỗi vùng được đo riêng, nên các vùng chồng lấn hoặc lồng nhau đều được tính đủ diện tích. Các đối tượng cùng tên vùng được gộp lại.&lt;/p&gt;&lt;p&gt;Khi có báo cáo JSON của thuật toán đánh giá độ chính xác, mỗi dòng có thêm diện tích đã hiệu chỉnh sai số của lớp trong vùng cùng khoảng tin cậy 95 % (Olofsson và cs. 2014, pt. 9–10, trọng số theo diện tích bản đồ của chính vùng), với giả định mỗi lớp bản đồ trong vùng có độ chính xác như trên toàn bản đồ.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="56"/>
        <source>Accuracy report (JSON, optional)</source>
        <translation>Báo cáo độ chính xác (JSON, tùy chọn)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="56"/>
        <source>JSON report of the accuracy assessment of this class map (Olofsson et al. 2014). When given, the table adds the error-adjusted area and its 95 % confidence interval for every class.</source>
        <translation>Báo cáo JSON đánh giá độ chính xác của bản đồ phân loại này (Olofsson và cs. 2014). Khi có, bảng được bổ sung diện tích đã hiệu chỉnh sai số và khoảng tin cậy 95 % của từng lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="60"/>
        <source>Table with one row per zone and class: zone, class code, pixels, area in hectares and percentage of the zone&apos;s classified area; with an accuracy report also the error-adjusted area (area_adj_ha) and its 95 % confidence half-width (area_adj_ci95_ha).</source>
        <translation>Bảng mỗi vùng và lớp một dòng: vùng, mã lớp, số điểm ảnh, diện tích (ha) và tỷ lệ phần trăm diện tích đã phân loại của vùng; khi có báo cáo độ chính xác thì thêm diện tích đã hiệu chỉnh sai số (area_adj_ha) và nửa khoảng tin cậy 95 % (area_adj_ci95_ha).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="94"/>
        <source>Error-adjusted areas from {path} (Olofsson et al. 2014).</source>
        <translation>Diện tích đã hiệu chỉnh sai số theo {path} (Olofsson và cs. 2014).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="6"/>
        <source>The accuracy report is not a JSON report of the accuracy assessment algorithm.</source>
        <translation>Tệp báo cáo độ chính xác không phải là báo cáo JSON của thuật toán đánh giá độ chính xác.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="7"/>
        <source>Map class {classes} is not in the accuracy report&apos;s error matrix: the report belongs to another map.</source>
        <translation>Lớp bản đồ {classes} không có trong ma trận sai số của báo cáo độ chính xác: báo cáo này thuộc về một bản đồ khác.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="8"/>
        <source>The accuracy report &apos;{path}&apos; could not be read: {error}</source>
        <translation>Không đọc được báo cáo độ chính xác '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="62"/>
        <source>Additional rasters (stacked)</source>
        <translation>Các raster bổ sung (xếp chồng)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="62"/>
        <source>Other rasters on the image&apos;s grid whose bands are added as features after the image&apos;s bands, e.g. spectral indices, a second date or a terrain model. They are used as they are (the sensor conversion applies to the image&apos;s own bands only). Rasters of another resolution or extent are refused: resample them first.</source>
        <translation>Các raster khác trên cùng lưới của ảnh, có các kênh được thêm làm đặc trưng sau các kênh của ảnh, ví dụ chỉ số phổ, ảnh ngày thứ hai hoặc mô hình địa hình. Chúng được dùng nguyên giá trị (phép chuyển đổi theo bộ cảm chỉ áp dụng cho các kênh của chính ảnh). Raster có độ phân giải hoặc phạm vi khác sẽ bị từ chối: hãy lấy mẫu lại trước.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="77"/>
        <source>Stacked the image and {count} raster(s) into {path}</source>
        <translation>Đã xếp chồng ảnh và {count} raster vào {path}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="83"/>
        <source>Neighbours</source>
        <translation>Số ô lân cận</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="49"/>
        <source>8 (queen&apos;s moves)</source>
        <translation>8 (nước đi của quân hậu)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="49"/>
        <source>16 (queen&apos;s and knight&apos;s moves)</source>
        <translation>16 (nước đi của quân hậu và quân mã)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="49"/>
        <source>Moves from a cell: to its 8 neighbours, or also the 8 knight's moves (smoother, less blocky paths, as GRASS r.cost -k; a knight's move costs the mean resistance of the four cells it crosses × √5).</source>
        <translation>Các bước đi từ một ô: tới 8 ô lân cận, hoặc thêm 8 nước đi của quân mã (đường đi mượt hơn, ít gãy khúc hơn, như GRASS r.cost -k; một nước đi của quân mã có chi phí bằng lực cản trung bình của bốn ô mà nó đi qua × √5).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="55"/>
        <source>Distance units</source>
        <translation>Đơn vị khoảng cách</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="55"/>
        <source>Map units (resistance × metres, as ArcGIS and Linkage Mapper)</source>
        <translation>Đơn vị bản đồ (lực cản × mét, như ArcGIS và Linkage Mapper)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="55"/>
        <source>Cells (resistance × cells, as GRASS r.cost)</source>
        <translation>Ô (lực cản × số ô, như GRASS r.cost)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="55"/>
        <source>How step lengths are counted: in map units (a step between 20 m cells of resistance 1 costs 20) or in cells (it costs 1). Cutoffs and maximum costs are in the same units.</source>
        <translation>Cách tính độ dài bước đi: theo đơn vị bản đồ (một bước giữa hai ô 20 m có lực cản 1 tốn 20) hoặc theo số ô (tốn 1). Ngưỡng cắt và chi phí tối đa dùng cùng đơn vị.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="61"/>
        <source>Resistance</source>
        <translation>Lực cản</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="74"/>
        <source>Resistance raster (above 0; nodata = barrier), in a projected CRS.</source>
        <translation>Raster lực cản (lớn hơn 0; nodata = vật cản), trong hệ tọa độ phẳng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="71"/>
        <source>Nearest cores to link</source>
        <translation>Số vùng lõi gần nhất để nối</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="71"/>
        <source>Each core is linked to this many of its nearest cores by least-cost distance.</source>
        <translation>Mỗi vùng lõi được nối với số vùng lõi gần nhất này theo khoảng cách chi phí thấp nhất.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="74"/>
        <source>Corridor width cutoff (cost units)</source>
        <translation>Ngưỡng cắt độ rộng hành lang (đơn vị chi phí)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="80"/>
        <source>Normalized least-cost corridors (NLCC)</source>
        <translation>Hành lang chi phí thấp nhất chuẩn hóa (NLCC)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="80"/>
        <source>Float32 NLCC mosaic (minimum over links), truncated at the cutoff.</source>
        <translation>Raster Float32 ghép NLCC (giá trị nhỏ nhất qua các liên kết), cắt tại ngưỡng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="169"/>
        <source>Corridor links</source>
        <translation>Liên kết hành lang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="82"/>
        <source>Least-cost path of every kept link, with LCD, LCP length, Euclidean distance and ratio.</source>
        <translation>Đường chi phí thấp nhất của mỗi liên kết được giữ, kèm LCD, chiều dài đường, khoảng cách Euclid và tỷ số.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="85"/>
        <source>Corridor polygons</source>
        <translation>Vùng hành lang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="85"/>
        <source>Corridors truncated at the cutoff as polygons, one per link.</source>
        <translation>Các hành lang cắt tại ngưỡng dưới dạng vùng, mỗi liên kết một vùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="195"/>
        <source>Cores smaller than a cell placed on their centroid&apos;s cell: {ids}.</source>
        <translation>Các vùng lõi nhỏ hơn một ô được đặt vào ô chứa tâm của chúng: {ids}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="103"/>
        <source>Link {a}–{b} dropped: its least-cost path crosses core(s) {cores}.</source>
        <translation>Liên kết {a}–{b} bị loại: đường chi phí thấp nhất của nó đi qua vùng lõi {cores}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="106"/>
        <source>Disconnected cores (no path to any other core): {ids}.</source>
        <translation>Các vùng lõi bị cô lập (không có đường tới vùng lõi nào khác): {ids}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="136"/>
        <source>No cutoff given: no corridor polygons are written.</source>
        <translation>Không có ngưỡng cắt: không ghi vùng hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="143"/>
        <source>{n} link(s) kept; costs in {units}.</source>
        <translation>Giữ {n} liên kết; chi phí tính bằng {units}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="55"/>
        <source>&lt;p&gt;Least accumulated cost of moving from the nearest source to every cell of a resistance raster (Dijkstra&apos;s algorithm). A step between two neighbouring cells costs the mean of their resistances times the step length, as in GRASS r.cost and ArcGIS Cost Distance. Nodata cells are barriers. Also writes the allocation (id of the source each cell is closest to, by cost) and the back-direction (degrees counterclockwise from east towards the previous cell on the way back to the source, as GRASS r.cost; 0 at sources). The units are written in the raster&apos;s metadata.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chi phí tích lũy thấp nhất để di chuyển từ nguồn gần nhất tới mọi ô của raster lực cản (thuật toán Dijkstra). Một bước giữa hai ô kề nhau có chi phí bằng trung bình lực cản của hai ô nhân với độ dài bước, như trong GRASS r.cost và ArcGIS Cost Distance. Các ô nodata là vật cản. Đồng thời ghi raster phân vùng (mã của nguồn gần nhất theo chi phí) và hướng quay về (độ, ngược chiều kim đồng hồ tính từ hướng đông, chỉ về ô trước đó trên đường quay về nguồn, như GRASS r.cost; 0 tại nguồn). Đơn vị được ghi trong siêu dữ liệu của raster.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="93"/>
        <source>Sources (vector)</source>
        <translation>Nguồn (vector)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="66"/>
        <source>Points, lines or polygons from which costs are measured. A polygon smaller than a cell gets the cell under its centroid.</source>
        <translation>Điểm, đường hoặc vùng làm gốc tính chi phí. Vùng nhỏ hơn một ô được gán ô chứa tâm của nó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="70"/>
        <source>Source id field</source>
        <translation>Trường mã nguồn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="70"/>
        <source>Integer field written in the allocation raster; features sharing an id are one source. Without it, sources are numbered 1, 2, … in layer order.</source>
        <translation>Trường số nguyên được ghi vào raster phân vùng; các đối tượng cùng mã là một nguồn. Nếu không chọn, các nguồn được đánh số 1, 2, … theo thứ tự trong lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="75"/>
        <source>Sources (raster)</source>
        <translation>Nguồn (raster)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="75"/>
        <source>Instead of vector sources: a raster on the resistance grid whose cells above 0 are sources (the value is the source id).</source>
        <translation>Thay cho nguồn vector: một raster trên cùng lưới với raster lực cản, các ô lớn hơn 0 là nguồn (giá trị là mã nguồn).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="79"/>
        <source>Maximum cost</source>
        <translation>Chi phí tối đa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="79"/>
        <source>Cells costing more than this are left as nodata; 0 = no limit.</source>
        <translation>Các ô có chi phí lớn hơn giá trị này để trống (nodata); 0 = không giới hạn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="83"/>
        <source>Accumulated cost</source>
        <translation>Chi phí tích lũy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="83"/>
        <source>Float32 accumulated cost from the nearest source.</source>
        <translation>Chi phí tích lũy Float32 tính từ nguồn gần nhất.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="85"/>
        <source>Int32 id of the source each cell is nearest to by cost (0 where unreachable).</source>
        <translation>Mã Int32 của nguồn gần nhất theo chi phí cho mỗi ô (0 nếu không tới được).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="87"/>
        <source>Back-direction</source>
        <translation>Hướng quay về</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="87"/>
        <source>Float32 direction to the previous cell on the least-cost path back to the source.</source>
        <translation>Hướng Float32 tới ô trước đó trên đường chi phí thấp nhất quay về nguồn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="195"/>
        <source>Sources smaller than a cell placed on their centroid&apos;s cell: {ids}.</source>
        <translation>Các nguồn nhỏ hơn một ô được đặt vào ô chứa tâm của chúng: {ids}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="138"/>
        <source>Units: {units}. Cells reached: {reached} of {total}; highest cost {peak:.6g}.</source>
        <translation>Đơn vị: {units}. Số ô tới được: {reached} trên {total}; chi phí cao nhất {peak:.6g}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="92"/>
        <source>Core areas</source>
        <translation>Vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="213"/>
        <source>Polygons of the core areas (reserves, habitat patches). A core smaller than a cell gets the cell under its centroid; cores outside the resistance raster or sharing cells are refused.</source>
        <translation>Vùng của các vùng lõi (khu bảo tồn, mảnh sinh cảnh). Vùng lõi nhỏ hơn một ô được gán ô chứa tâm của nó; vùng lõi nằm ngoài raster lực cản hoặc dùng chung ô bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="219"/>
        <source>Core id field</source>
        <translation>Trường mã vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="219"/>
        <source>Field naming each core; features sharing an id are one core. Without it cores are numbered 1, 2, …</source>
        <translation>Trường đặt tên cho mỗi vùng lõi; các đối tượng cùng mã là một vùng lõi. Nếu không chọn, các vùng lõi được đánh số 1, 2, …</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="58"/>
        <source>Least-cost paths between cores</source>
        <translation>Đường chi phí thấp nhất giữa các vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="77"/>
        <source>Pairs</source>
        <translation>Các cặp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="77"/>
        <source>All pairs</source>
        <translation>Mọi cặp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="77"/>
        <source>Adjacent cores</source>
        <translation>Các vùng lõi kề nhau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="81"/>
        <source>Listed pairs</source>
        <translation>Các cặp theo danh sách</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="77"/>
        <source>Which pairs of cores get a path.</source>
        <translation>Những cặp vùng lõi nào được tính đường đi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="81"/>
        <source>With &apos;Listed pairs&apos;: core ids as &apos;A-B; C-D&apos;.</source>
        <translation>Với 'Các cặp theo danh sách': mã vùng lõi dạng 'A-B; C-D'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="84"/>
        <source>Least-cost paths</source>
        <translation>Đường chi phí thấp nhất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="84"/>
        <source>One line per pair: core ids, status, cost, path length, Euclidean distance, ratio.</source>
        <translation>Mỗi cặp một đường: mã vùng lõi, trạng thái, chi phí, chiều dài đường, khoảng cách Euclid, tỷ số.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="103"/>
        <source>Cores {a} and {b} are disconnected: no path avoids the barriers.</source>
        <translation>Vùng lõi {a} và {b} bị cô lập với nhau: không có đường nào tránh được vật cản.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="106"/>
        <source>{n} path(s); cost in {units}.</source>
        <translation>{n} đường; chi phí tính bằng {units}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="30"/>
        <source>Resistance surface from habitat classes</source>
        <translation>Bề mặt lực cản từ các lớp sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="49"/>
        <source>Habitat class map</source>
        <translation>Bản đồ lớp sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="49"/>
        <source>Raster of integer habitat class codes (e.g. from Habitat classification).</source>
        <translation>Raster mã lớp sinh cảnh dạng số nguyên (ví dụ từ Phân loại sinh cảnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="51"/>
        <source>Lookup table (CSV)</source>
        <translation>Bảng tra (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="51"/>
        <source>CSV with two columns, class code and resistance (header &apos;class,resistance&apos; optional). Leave empty to use the default table for the six habitat classes.</source>
        <translation>CSV hai cột, mã lớp và lực cản (dòng tiêu đề 'class,resistance' không bắt buộc). Để trống để dùng bảng mặc định cho sáu lớp sinh cảnh.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="54"/>
        <source>Nodata cells</source>
        <translation>Ô không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="54"/>
        <source>Barrier (impassable)</source>
        <translation>Vật cản (không đi qua được)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="54"/>
        <source>Resistance value below</source>
        <translation>Giá trị lực cản bên dưới</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="54"/>
        <source>Whether cells without a class (nodata) block movement or get the resistance below.</source>
        <translation>Các ô không có lớp (nodata) chặn di chuyển hay nhận lực cản bên dưới.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="58"/>
        <source>Resistance of nodata cells</source>
        <translation>Lực cản của ô không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="58"/>
        <source>Resistance given to nodata cells when they are not barriers (above 0).</source>
        <translation>Lực cản gán cho các ô nodata khi chúng không là vật cản (lớn hơn 0).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="61"/>
        <source>Float32 GeoTIFF of resistance per cell; nodata marks barriers.</source>
        <translation>GeoTIFF Float32 lực cản của mỗi ô; nodata đánh dấu vật cản.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="71"/>
        <source>Default resistance table: {table}.</source>
        <translation>Bảng lực cản mặc định: {table}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="88"/>
        <source>Classes of the table absent from the map: {classes}.</source>
        <translation>Các lớp trong bảng không có trên bản đồ: {classes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="62"/>
        <source>The resistance raster has {count} cell(s) with zero or negative resistance, e.g. at {where}. Resistance must be above 0 (1 = easiest to cross); set those cells to a small positive value, or to nodata to make them barriers.</source>
        <translation>Raster lực cản có {count} ô có lực cản bằng 0 hoặc âm, ví dụ tại {where}. Lực cản phải lớn hơn 0 (1 = dễ đi qua nhất); hãy gán cho các ô đó một giá trị dương nhỏ, hoặc nodata để biến chúng thành vật cản.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="63"/>
        <source>The resistance raster has no valid cell (all nodata or barrier).</source>
        <translation>Raster lực cản không có ô hợp lệ nào (toàn bộ là nodata hoặc vật cản).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="64"/>
        <source>The sources ({a}) and the resistance raster ({b}) are not the same size.</source>
        <translation>Nguồn ({a}) và raster lực cản ({b}) không cùng kích thước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="65"/>
        <source>No source cell: the sources do not fall on the resistance raster.</source>
        <translation>Không có ô nguồn: các nguồn không nằm trên raster lực cản.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="66"/>
        <source>All {count} source cell(s) lie on nodata/barrier cells of the resistance raster, e.g. at {where}.</source>
        <translation>Tất cả {count} ô nguồn nằm trên ô nodata/vật cản của raster lực cản, ví dụ tại {where}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="69"/>
        <source>Neighbours must be 8 or 16, not {n}.</source>
        <translation>Số ô lân cận phải là 8 hoặc 16, không phải {n}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="70"/>
        <source>Units must be &apos;map&apos; or &apos;cells&apos;, not {units}.</source>
        <translation>Đơn vị phải là 'map' hoặc 'cells', không phải {units}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="123"/>
        <source>The cores layer has no features.</source>
        <translation>Lớp vùng lõi không có đối tượng nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="124"/>
        <source>Core(s) or source(s) {ids} lie outside the resistance raster. Clip or extend the rasters so every one is inside.</source>
        <translation>Vùng lõi hoặc nguồn {ids} nằm ngoài raster lực cản. Hãy cắt hoặc mở rộng các raster để mọi vùng lõi và nguồn đều nằm bên trong.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="125"/>
        <source>Cores or sources {pairs} share cells of the resistance raster: merge them or give them one id.</source>
        <translation>Các vùng lõi hoặc nguồn {pairs} dùng chung ô của raster lực cản: hãy gộp chúng hoặc gán cùng một mã.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="67"/>
        <source>Corridors need at least two cores; the cores layer has {n}.</source>
        <translation>Hành lang cần ít nhất hai vùng lõi; lớp vùng lõi có {n}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="71"/>
        <source>These pairs name cores that are not in the cores layer: {pairs}.</source>
        <translation>Các cặp này nêu vùng lõi không có trong lớp vùng lõi: {pairs}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="154"/>
        <source>The lookup table &apos;{path}&apos; is empty.</source>
        <translation>Bảng tra '{path}' trống.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="155"/>
        <source>The lookup table gives zero, negative or invalid resistance to class(es) {classes}. Resistance must be above 0 (1 = easiest to cross); leave a class out of the map (as nodata) to make it a barrier.</source>
        <translation>Bảng tra gán lực cản bằng 0, âm hoặc không hợp lệ cho lớp {classes}. Lực cản phải lớn hơn 0 (1 = dễ đi qua nhất); để một lớp thành vật cản, hãy bỏ nó khỏi bản đồ (thành nodata).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="156"/>
        <source>The resistance for nodata cells must be above 0, not {value}.</source>
        <translation>Lực cản cho các ô nodata phải lớn hơn 0, không phải {value}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="157"/>
        <source>The lookup table &apos;{path}&apos; cannot be read ({reason}).</source>
        <translation>Không đọc được bảng tra '{path}' ({reason}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="158"/>
        <source>Line {line} of the lookup table &apos;{path}&apos; is not &apos;class, resistance&apos;: {row}.</source>
        <translation>Dòng {line} của bảng tra '{path}' không có dạng 'lớp, lực cản': {row}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="159"/>
        <source>Class(es) {classes} of the class map are not in the lookup table. Add a resistance for each of them.</source>
        <translation>Lớp {classes} của bản đồ lớp không có trong bảng tra. Hãy thêm lực cản cho từng lớp đó.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="326"/>
        <source>The resistance raster could not be opened.</source>
        <translation>Không mở được raster lực cản.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="328"/>
        <source>The resistance raster &apos;{name}&apos; is not in a projected CRS ({crs}): distances in map units need metres. Reproject it (e.g. to UTM or VN-2000) or count in cells.</source>
        <translation>Raster lực cản '{name}' không ở hệ tọa độ phẳng ({crs}): khoảng cách theo đơn vị bản đồ cần tính bằng mét. Hãy chiếu lại (ví dụ sang UTM hoặc VN-2000) hoặc tính theo số ô.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="334"/>
        <source>Give the sources either as vector features or as a raster, not both.</source>
        <translation>Hãy cho nguồn dưới dạng đối tượng vector hoặc raster, không dùng cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="335"/>
        <source>Give the sources, as vector features or as a raster.</source>
        <translation>Hãy cho nguồn, dưới dạng đối tượng vector hoặc raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="336"/>
        <source>The source id field must hold whole numbers (the allocation raster stores them).</source>
        <translation>Trường mã nguồn phải chứa số nguyên (raster phân vùng lưu các mã này).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="340"/>
        <source>List the pairs of cores, e.g. &apos;1-2; 2-3&apos;.</source>
        <translation>Hãy liệt kê các cặp vùng lõi, ví dụ '1-2; 2-3'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="341"/>
        <source>&apos;{item}&apos; is not a pair of core ids: write pairs as &apos;A-B; C-D&apos;.</source>
        <translation>'{item}' không phải là một cặp mã vùng lõi: hãy viết các cặp dạng 'A-B; C-D'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="89"/>
        <source>&lt;p&gt;Graph-based connectivity of habitat cores: the Integral Index of Connectivity (IIC; Pascual-Hortal &amp; Saura 2006) and the Probability of Connectivity (PC; Saura &amp; Pascual-Hortal 2007) of the landscape, and the importance of every core, dIIC and dPC = 100 (I − I without the core) / I, with dPC split into intra, flux and connector fractions (Saura &amp; Rubio 2010). Distances are Euclidean edge-to-edge between the core polygons, or taken from a link table (e.g. least-cost distances of a corridor analysis). The dispersal probability decays as p = exp(−k d), with k set so that p equals the given probability at the dispersal distance; p* is the best (maximum-product) path. IIC links the cores closer than the dispersal distance. The equivalent connected area EC(PC) = √(PC · A_L²) is given too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kết nối của các vùng lõi sinh cảnh dựa trên đồ thị: Chỉ số kết nối tích hợp (IIC; Pascual-Hortal &amp; Saura 2006) và Xác suất kết nối (PC; Saura &amp; Pascual-Hortal 2007) của cảnh quan, cùng tầm quan trọng của từng vùng lõi, dIIC và dPC = 100 (I − I khi bỏ vùng lõi) / I, trong đó dPC được tách thành các phần nội vùng (intra), dòng trao đổi (flux) và cầu nối (connector) (Saura &amp; Rubio 2010). Khoảng cách là khoảng cách Euclid từ mép tới mép giữa các đa giác vùng lõi, hoặc lấy từ một bảng liên kết (ví dụ khoảng cách chi phí thấp nhất của một phân tích hành lang). Xác suất phát tán giảm theo p = exp(−k d), với k được chọn để p bằng xác suất đã cho tại khoảng cách phát tán; p* là đường đi tốt nhất (tích xác suất lớn nhất). IIC nối các vùng lõi gần nhau hơn khoảng cách phát tán. Diện tích kết nối tương đương EC(PC) = √(PC · A_L²) cũng được tính.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="101"/>
        <source>Habitat cores</source>
        <translation>Vùng lõi sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="101"/>
        <source>Polygons of the habitat patches (cores), in a projected CRS (areas in hectares, distances in metres).</source>
        <translation>Đa giác các mảnh sinh cảnh (vùng lõi), trong hệ tọa độ phẳng (diện tích tính bằng héc-ta, khoảng cách bằng mét).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="101"/>
        <source>Field naming each core; features sharing a value form one core. Without it the features are numbered 1, 2, 3 …</source>
        <translation>Trường đặt tên cho mỗi vùng lõi; các đối tượng cùng giá trị tạo thành một vùng lõi. Nếu không chọn, các đối tượng được đánh số 1, 2, 3 …</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="106"/>
        <source>Distances</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="106"/>
        <source>Euclidean, edge to edge (computed here)</source>
        <translation>Euclid, từ mép tới mép (tính tại đây)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="106"/>
        <source>From a link table</source>
        <translation>Lấy từ bảng liên kết</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="106"/>
        <source>Edge-to-edge straight-line distance between the core polygons, or the distances of a link table (then only the listed links exist).</source>
        <translation>Khoảng cách đường thẳng từ mép tới mép giữa các đa giác vùng lõi, hoặc khoảng cách trong một bảng liên kết (khi đó chỉ các liên kết có trong bảng tồn tại).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="111"/>
        <source>Link table</source>
        <translation>Bảng liên kết</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="111"/>
        <source>Table or layer with one row per link: the two core ids and a distance (e.g. the least-cost distance from a corridor analysis). A missing or negative distance means no link.</source>
        <translation>Bảng hoặc lớp có mỗi liên kết một dòng: mã hai vùng lõi và một khoảng cách (ví dụ khoảng cách chi phí thấp nhất từ một phân tích hành lang). Khoảng cách trống hoặc âm nghĩa là không có liên kết.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="229"/>
        <source>Link: first core field</source>
        <translation>Liên kết: trường vùng lõi thứ nhất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="229"/>
        <source>Field of the link table with the id of one core.</source>
        <translation>Trường của bảng liên kết chứa mã của một vùng lõi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="232"/>
        <source>Link: second core field</source>
        <translation>Liên kết: trường vùng lõi thứ hai</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="232"/>
        <source>Field of the link table with the id of the other core.</source>
        <translation>Trường của bảng liên kết chứa mã của vùng lõi còn lại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="115"/>
        <source>Link: distance field</source>
        <translation>Liên kết: trường khoảng cách</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="115"/>
        <source>Field of the link table with the distance, in the same units as the dispersal distance.</source>
        <translation>Trường của bảng liên kết chứa khoảng cách, cùng đơn vị với khoảng cách phát tán.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="119"/>
        <source>Dispersal distance</source>
        <translation>Khoảng cách phát tán</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="119"/>
        <source>Distance (metres, or link-table units) at which the dispersal probability below holds; also the largest link distance for IIC.</source>
        <translation>Khoảng cách (mét, hoặc đơn vị của bảng liên kết) tại đó xác suất phát tán bên dưới được áp dụng; cũng là khoảng cách liên kết lớn nhất cho IIC.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="123"/>
        <source>Dispersal probability at that distance</source>
        <translation>Xác suất phát tán tại khoảng cách đó</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="123"/>
        <source>Probability of dispersal between two cores at the dispersal distance (between 0 and 1; 0.5 is the usual median dispersal distance).</source>
        <translation>Xác suất phát tán giữa hai vùng lõi tại khoảng cách phát tán (từ 0 đến 1; 0,5 ứng với khoảng cách phát tán trung vị thường dùng).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="128"/>
        <source>Landscape area (ha)</source>
        <translation>Diện tích cảnh quan (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="128"/>
        <source>Area A_L of the study landscape in hectares; 0 uses the bounding box of the cores.</source>
        <translation>Diện tích A_L của cảnh quan nghiên cứu, tính bằng héc-ta; 0 dùng hình chữ nhật bao các vùng lõi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="131"/>
        <source>Cores with indices</source>
        <translation>Vùng lõi kèm chỉ số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="131"/>
        <source>The cores (one feature per core id) with area_ha, dIIC, dPC and its intra, flux and connector fractions (per cent).</source>
        <translation>Các vùng lõi (mỗi mã vùng lõi một đối tượng) với area_ha, dIIC, dPC và các phần nội vùng, dòng trao đổi, cầu nối của dPC (phần trăm).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="135"/>
        <source>Indices table (CSV)</source>
        <translation>Bảng chỉ số (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="135"/>
        <source>The same per-core table as CSV.</source>
        <translation>Cùng bảng theo từng vùng lõi, dạng CSV.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="138"/>
        <source>IIC</source>
        <translation>IIC</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="138"/>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="138"/>
        <source>EC(PC), ha</source>
        <translation>EC(PC), ha</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="161"/>
        <source>Landscape area A_L = bounding box of the cores: {area:.2f} ha.</source>
        <translation>Diện tích cảnh quan A_L = hình chữ nhật bao các vùng lõi: {area:.2f} ha.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="176"/>
        <source>IIC = {iic:.6g}; PC = {pc:.6g}; EC(PC) = {ec:.2f} ha; {comp} group(s) of cores linked within the dispersal distance.</source>
        <translation>IIC = {iic:.6g}; PC = {pc:.6g}; EC(PC) = {ec:.2f} ha; {comp} nhóm vùng lõi liên kết trong phạm vi khoảng cách phát tán.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="218"/>
        <source>Link table ids not found among the cores (ignored): {ids}</source>
        <translation>Mã trong bảng liên kết không có trong các vùng lõi (bị bỏ qua): {ids}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="134"/>
        <source>{count} focal features read.</source>
        <translation>Đã đọc {count} đối tượng tiêu điểm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="69"/>
        <source>Resistance raster</source>
        <translation>Raster trở kháng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="83"/>
        <source>Raster holds conductances</source>
        <translation>Raster chứa độ dẫn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="83"/>
        <source>Tick when the raster holds conductance (1/resistance) instead of resistance.</source>
        <translation>Đánh dấu khi raster chứa độ dẫn (1/trở kháng) thay vì trở kháng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="208"/>
        <source>Focal points or regions</source>
        <translation>Điểm hoặc vùng tiêu điểm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="108"/>
        <source>Focal id field</source>
        <translation>Trường mã tiêu điểm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="108"/>
        <source>Positive whole-number id of each focal node or region; features sharing an id form one region. Without it the features are numbered 1, 2, 3 …</source>
        <translation>Mã số nguyên dương của mỗi nút hoặc vùng tiêu điểm; các đối tượng cùng mã tạo thành một vùng. Nếu không chọn, các đối tượng được đánh số 1, 2, 3 …</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="204"/>
        <source>Focal raster</source>
        <translation>Raster tiêu điểm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="113"/>
        <source>Alternative to the focal layer: a raster on the resistance grid with focal ids (0 or nodata = none).</source>
        <translation>Thay cho lớp tiêu điểm: một raster trên cùng lưới với raster trở kháng, chứa mã tiêu điểm (0 hoặc không có dữ liệu = không có).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="116"/>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="116"/>
        <source>Pairwise</source>
        <translation>Từng cặp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="116"/>
        <source>One to all</source>
        <translation>Một tới tất cả</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="116"/>
        <source>All to one</source>
        <translation>Tất cả tới một</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="116"/>
        <source>Advanced (sources and grounds)</source>
        <translation>Nâng cao (nguồn và tiếp đất)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="116"/>
        <source>Pairwise: 1 A between every pair of focal nodes. One to all: 1 A into each focal node in turn, all others grounded. All to one: 1 A into every other node, one grounded. Advanced: current sources and grounds from rasters.</source>
        <translation>Từng cặp: 1 A giữa mọi cặp nút tiêu điểm. Một tới tất cả: lần lượt bơm 1 A vào từng nút tiêu điểm, mọi nút khác được tiếp đất. Tất cả tới một: bơm 1 A vào mọi nút khác, một nút được tiếp đất. Nâng cao: nguồn dòng và điểm tiếp đất lấy từ raster.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="116"/>
        <source>Connect each cell to its 4 or 8 neighbours (diagonal resistors are sqrt(2) longer).</source>
        <translation>Nối mỗi ô với 4 hoặc 8 ô lân cận (điện trở theo đường chéo dài hơn sqrt(2) lần).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="123"/>
        <source>Resistance between two cells</source>
        <translation>Trở kháng giữa hai ô</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="123"/>
        <source>Resistances in series: (Ra + Rb) / 2</source>
        <translation>Trở kháng nối tiếp: (Ra + Rb) / 2</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="123"/>
        <source>Mean conductance: (Ga + Gb) / 2</source>
        <translation>Độ dẫn trung bình: (Ga + Gb) / 2</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="123"/>
        <source>How two neighbouring cells combine; Circuitscape&apos;s default is resistances in series, the same rule as cost distance.</source>
        <translation>Cách kết hợp hai ô lân cận; mặc định của Circuitscape là trở kháng nối tiếp, cùng quy tắc với khoảng cách chi phí.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="128"/>
        <source>Current sources (advanced)</source>
        <translation>Nguồn dòng (nâng cao)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="128"/>
        <source>Advanced mode: current injected per cell in amperes (0 or nodata = none).</source>
        <translation>Chế độ nâng cao: dòng điện bơm vào mỗi ô, tính bằng ampe (0 hoặc không có dữ liệu = không có).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="130"/>
        <source>Grounds (advanced)</source>
        <translation>Tiếp đất (nâng cao)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="130"/>
        <source>Advanced mode: resistance (or conductance) to ground per cell; 0 resistance = direct ground.</source>
        <translation>Chế độ nâng cao: trở kháng (hoặc độ dẫn) nối đất của mỗi ô; trở kháng 0 = tiếp đất trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="133"/>
        <source>Ground raster holds resistances</source>
        <translation>Raster tiếp đất chứa trở kháng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="133"/>
        <source>Advanced mode: untick when the ground raster holds conductances.</source>
        <translation>Chế độ nâng cao: bỏ đánh dấu khi raster tiếp đất chứa độ dẫn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="135"/>
        <source>Connect grounds directly</source>
        <translation>Tiếp đất trực tiếp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="135"/>
        <source>Advanced mode: every ground cell is tied to ground with zero resistance.</source>
        <translation>Chế độ nâng cao: mọi ô tiếp đất được nối đất với trở kháng bằng 0.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="199"/>
        <source>Short-circuit regions</source>
        <translation>Vùng nối tắt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="137"/>
        <source>Optional raster of region ids (0 or nodata = none); the cells of a region are joined with zero resistance (e.g. lakes, reserves).</source>
        <translation>Raster mã vùng, không bắt buộc (0 hoặc không có dữ liệu = không có); các ô của một vùng được nối với nhau bằng trở kháng 0 (ví dụ hồ, khu bảo tồn).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="149"/>
        <source>Cumulative current</source>
        <translation>Dòng điện cộng dồn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="145"/>
        <source>Cumulative current map (sum over all pairs or focal nodes), GeoTIFF with the CRS of the resistance raster; nodata on barrier cells.</source>
        <translation>Bản đồ dòng điện cộng dồn (tổng trên mọi cặp hoặc mọi nút tiêu điểm), GeoTIFF cùng hệ tọa độ với raster trở kháng; ô vật cản không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="148"/>
        <source>Effective resistances</source>
        <translation>Điện trở hiệu dụng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="148"/>
        <source>CSV of effective resistances: a matrix of focal ids (pairwise) or one row per focal node; -1 marks pairs that are not connected.</source>
        <translation>CSV điện trở hiệu dụng: ma trận theo mã tiêu điểm (chế độ từng cặp) hoặc mỗi nút tiêu điểm một dòng; -1 đánh dấu các cặp không liên thông.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="152"/>
        <source>Voltage maps folder</source>
        <translation>Thư mục bản đồ điện thế</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="152"/>
        <source>When given, one voltage GeoTIFF per pair or focal node is written into this folder.</source>
        <translation>Khi được chỉ định, mỗi cặp hoặc mỗi nút tiêu điểm có một GeoTIFF điện thế được ghi vào thư mục này.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="214"/>
        <source>Current sources</source>
        <translation>Nguồn dòng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="215"/>
        <source>Grounds</source>
        <translation>Tiếp đất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="238"/>
        <source>Running the Circuitscape job {path}</source>
        <translation>Đang chạy tác vụ Circuitscape {path}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="249"/>
        <source>{nodes} cells with a resistance; mode {mode}.</source>
        <translation>{nodes} ô có trở kháng; chế độ {mode}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="121"/>
        <source>Warning: {message}</source>
        <translation>Cảnh báo: {message}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="267"/>
        <source>{count} value(s) of the resistance table are -1: those focal nodes are not connected (barriers or nodata between them).</source>
        <translation>{count} giá trị trong bảng điện trở bằng -1: các nút tiêu điểm đó không liên thông (có vật cản hoặc ô không có dữ liệu ở giữa).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="271"/>
        <source>No current flowed anywhere: the focal nodes are not connected to each other (check barriers, nodata and the focal locations).</source>
        <translation>Không có dòng điện ở bất kỳ đâu: các nút tiêu điểm không liên thông với nhau (hãy kiểm tra vật cản, ô không có dữ liệu và vị trí tiêu điểm).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="51"/>
        <source>Pinch points in corridors</source>
        <translation>Điểm thắt trong hành lang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="69"/>
        <source>Resistance per cell (positive; nodata cells are barriers), in a projected CRS.</source>
        <translation>Trở kháng của mỗi ô (số dương; ô không có dữ liệu là vật cản), trong hệ tọa độ phẳng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="102"/>
        <source>Cores</source>
        <translation>Vùng lõi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="71"/>
        <source>Polygons of the habitat cores linked by the corridors.</source>
        <translation>Đa giác các vùng lõi sinh cảnh được các hành lang nối với nhau.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="71"/>
        <source>Positive whole-number id of each core (the ids of the link table). Without it the cores are numbered 1, 2, 3 …</source>
        <translation>Mã số nguyên dương của mỗi vùng lõi (các mã trong bảng liên kết). Nếu không chọn, các vùng lõi được đánh số 1, 2, 3 …</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="74"/>
        <source>Links</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="74"/>
        <source>Table of the links to map (e.g. the link table of a corridor analysis). Without it every pair of cores is a link.</source>
        <translation>Bảng các liên kết cần lập bản đồ (ví dụ bảng liên kết của một phân tích hành lang). Nếu không có, mọi cặp vùng lõi đều là một liên kết.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="76"/>
        <source>Corridor raster (NLCC)</source>
        <translation>Raster hành lang (NLCC)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="76"/>
        <source>Optional normalized least-cost corridor raster on the resistance grid (e.g. from bd:corridors). Without it, each link&apos;s own corridor is computed here.</source>
        <translation>Raster hành lang chi phí thấp nhất chuẩn hóa, không bắt buộc, trên cùng lưới với raster trở kháng (ví dụ từ bd:corridors). Nếu không có, hành lang riêng của từng liên kết được tính tại đây.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="79"/>
        <source>Corridor cutoff (cost units)</source>
        <translation>Ngưỡng cắt hành lang (đơn vị chi phí)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="79"/>
        <source>Width of the corridor: cells whose NLCC is at most this value (resistance × map units, as Linkage Mapper) belong to it.</source>
        <translation>Độ rộng hành lang: các ô có NLCC không vượt quá giá trị này (trở kháng × đơn vị bản đồ, như Linkage Mapper) thuộc hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="83"/>
        <source>Connect each cell to its 4 or 8 neighbours in the circuit.</source>
        <translation>Nối mỗi ô với 4 hoặc 8 ô lân cận trong mạch điện.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="172"/>
        <source>Pinch-point current</source>
        <translation>Dòng điện điểm thắt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="85"/>
        <source>Current per cell (maximum over links), GeoTIFF with the CRS of the resistance raster; nodata on cores and barriers.</source>
        <translation>Dòng điện mỗi ô (lớn nhất trên các liên kết), GeoTIFF cùng hệ tọa độ với raster trở kháng; vùng lõi và vật cản không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="88"/>
        <source>Links with effective resistance</source>
        <translation>Liên kết kèm điện trở hiệu dụng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="88"/>
        <source>One row per link: the two core ids, the effective resistance (-1 = not connected within the cutoff), the least-cost distance (when computed here) and the number of corridor cells.</source>
        <translation>Mỗi liên kết một dòng: mã hai vùng lõi, điện trở hiệu dụng (-1 = không liên thông trong phạm vi ngưỡng cắt), khoảng cách chi phí thấp nhất (khi được tính tại đây) và số ô hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="115"/>
        <source>{count} link(s) to map.</source>
        <translation>{count} liên kết cần lập bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="22"/>
        <source>The resistance raster has {count} cell(s) with resistance 0 (first at row {row}, column {col}). Circuit theory needs a positive resistance: give those cells a small positive value, or mark them as a short-circuit region.</source>
        <translation>Raster trở kháng có {count} ô với trở kháng 0 (ô đầu tiên ở hàng {row}, cột {col}). Lý thuyết mạch cần trở kháng dương: hãy gán cho các ô đó một giá trị dương nhỏ, hoặc đánh dấu chúng là vùng nối tắt.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="18"/>
        <source>No focal node found: give at least two focal points or regions with positive ids.</source>
        <translation>Không tìm thấy nút tiêu điểm: hãy cho ít nhất hai điểm hoặc vùng tiêu điểm có mã dương.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="19"/>
        <source>{count} focal node(s) fall outside the resistance raster (first: id {id}). Move them inside the raster or extend the raster.</source>
        <translation>{count} nút tiêu điểm nằm ngoài raster trở kháng (đầu tiên: mã {id}). Hãy dời chúng vào trong raster hoặc mở rộng raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="20"/>
        <source>Fewer than two distinct focal nodes: current flow needs at least two.</source>
        <translation>Ít hơn hai nút tiêu điểm khác nhau: tính dòng điện cần ít nhất hai nút.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="23"/>
        <source>No current source lies on a cell with a resistance value.</source>
        <translation>Không có nguồn dòng nào nằm trên ô có giá trị trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="24"/>
        <source>No ground lies on a cell with a resistance value.</source>
        <translation>Không có điểm tiếp đất nào nằm trên ô có giá trị trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="10"/>
        <source>&apos;{path}&apos; is a Circuitscape network (graph) job; only raster jobs are supported.</source>
        <translation>'{path}' là tác vụ Circuitscape dạng mạng (đồ thị); chỉ hỗ trợ tác vụ raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="11"/>
        <source>Unknown Circuitscape scenario &apos;{scenario}&apos; in &apos;{path}&apos;.</source>
        <translation>Chế độ Circuitscape '{scenario}' trong '{path}' không được nhận dạng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="12"/>
        <source>The Circuitscape file &apos;{path}&apos; names no habitat_file.</source>
        <translation>Tệp Circuitscape '{path}' không chỉ định habitat_file.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="13"/>
        <source>The Circuitscape file &apos;{path}&apos; names no source or ground file.</source>
        <translation>Tệp Circuitscape '{path}' không chỉ định tệp nguồn hoặc tệp tiếp đất.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="30"/>
        <source>The AMG solver needs the Python package pyamg, which is not installed; install it (pip install pyamg) or choose the direct solver.</source>
        <translation>Bộ giải AMG cần gói Python pyamg nhưng gói này chưa được cài; hãy cài đặt (pip install pyamg) hoặc chọn bộ giải trực tiếp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="14"/>
        <source>Cannot read the Circuitscape file &apos;{path}&apos;: {reason}</source>
        <translation>Không đọc được tệp Circuitscape '{path}': {reason}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="15"/>
        <source>&apos;{name}&apos; has {rows} x {cols} cells but the habitat raster has {hr} x {hc}; all Circuitscape input grids must share one grid.</source>
        <translation>'{name}' có {rows} x {cols} ô nhưng raster sinh cảnh có {hr} x {hc}; mọi lưới đầu vào của Circuitscape phải dùng chung một lưới.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="16"/>
        <source>The mask file &apos;{path}&apos; removes every cell.</source>
        <translation>Tệp mặt nạ '{path}' loại bỏ mọi ô.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="17"/>
        <source>The Circuitscape file &apos;{path}&apos; names no point_file.</source>
        <translation>Tệp Circuitscape '{path}' không chỉ định point_file.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="126"/>
        <source>Focal feature {id} has no geometry.</source>
        <translation>Đối tượng tiêu điểm {id} không có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="127"/>
        <source>Focal feature {id} lies outside the resistance raster. Move it inside the raster or extend the raster.</source>
        <translation>Đối tượng tiêu điểm {id} nằm ngoài raster trở kháng. Hãy dời nó vào trong raster hoặc mở rộng raster.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="54"/>
        <source>The dispersal distance must be positive (got {value}).</source>
        <translation>Khoảng cách phát tán phải dương (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="55"/>
        <source>The dispersal probability must be between 0 and 1, exclusive (got {value}).</source>
        <translation>Xác suất phát tán phải nằm giữa 0 và 1, không kể hai đầu (nhận được {value}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="56"/>
        <source>No habitat patch (core) to compute connectivity for.</source>
        <translation>Không có mảnh sinh cảnh (vùng lõi) nào để tính kết nối.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="57"/>
        <source>The distance table does not match the patches ({n} patches).</source>
        <translation>Bảng khoảng cách không khớp với các mảnh sinh cảnh ({n} mảnh).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="58"/>
        <source>Every patch needs a positive area.</source>
        <translation>Mỗi mảnh sinh cảnh cần có diện tích dương.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="59"/>
        <source>The landscape area must be positive.</source>
        <translation>Diện tích cảnh quan phải dương.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="60"/>
        <source>Distances between patches cannot be negative.</source>
        <translation>Khoảng cách giữa các mảnh không thể âm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="104"/>
        <source>The corridor cutoff must be positive (cost units).</source>
        <translation>Ngưỡng cắt hành lang phải dương (đơn vị chi phí).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="105"/>
        <source>Link(s) name core id(s) {ids} that are not in the cores layer or lie outside the resistance raster.</source>
        <translation>Liên kết nêu mã vùng lõi {ids} không có trong lớp vùng lõi hoặc nằm ngoài raster trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="108"/>
        <source>Core {id} lies entirely on nodata cells of the resistance raster.</source>
        <translation>Vùng lõi {id} nằm hoàn toàn trên các ô không có dữ liệu của raster trở kháng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="330"/>
        <source>The cores layer could not be opened.</source>
        <translation>Không mở được lớp vùng lõi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="331"/>
        <source>The cores layer is in a geographic CRS ({crs}); reproject it to a projected CRS (e.g. VN-2000 / UTM) so areas and distances are in metres.</source>
        <translation>Lớp vùng lõi đang ở hệ tọa độ địa lý ({crs}); hãy chuyển sang hệ tọa độ phẳng (ví dụ VN-2000 / UTM) để diện tích và khoảng cách tính bằng mét.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="332"/>
        <source>Connectivity needs at least two cores (found {count}).</source>
        <translation>Tính kết nối cần ít nhất hai vùng lõi (tìm thấy {count}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="333"/>
        <source>Distances from a link table need the link table and its two core-id fields and its distance field.</source>
        <translation>Khoảng cách từ bảng liên kết cần có bảng liên kết, hai trường mã vùng lõi và trường khoảng cách của nó.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="337"/>
        <source>Give a resistance raster, or a Circuitscape .ini file.</source>
        <translation>Hãy cung cấp raster trở kháng hoặc một tệp .ini của Circuitscape.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="327"/>
        <source>Focal ids must be positive whole numbers (found {value}).</source>
        <translation>Mã tiêu điểm phải là số nguyên dương (gặp {value}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="338"/>
        <source>Give focal points, focal regions or a focal raster.</source>
        <translation>Hãy cung cấp điểm tiêu điểm, vùng tiêu điểm hoặc raster tiêu điểm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="339"/>
        <source>Advanced mode needs a current source raster and a ground raster.</source>
        <translation>Chế độ nâng cao cần một raster nguồn dòng và một raster tiếp đất.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="329"/>
        <source>Focal id &apos;{value}&apos; is not a whole number.</source>
        <translation>Mã tiêu điểm '{value}' không phải số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="344"/>
        <source>The resistance raster is in a geographic CRS; reproject it to a projected CRS so cost distances are in metres.</source>
        <translation>Raster trở kháng đang ở hệ tọa độ địa lý; hãy chuyển sang hệ tọa độ phẳng để khoảng cách chi phí tính bằng mét.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="345"/>
        <source>Choose the two core-id fields of the link table.</source>
        <translation>Hãy chọn hai trường mã vùng lõi của bảng liên kết.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="346"/>
        <source>The link table has no links.</source>
        <translation>Bảng liên kết không có liên kết nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="347"/>
        <source>Link table core ids must be whole numbers.</source>
        <translation>Mã vùng lõi trong bảng liên kết phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="37"/>
        <source>Converts digital numbers to reflectance (Sentinel-2 before/after processing baseline 04.00, Landsat C2 L2). Choose &apos;Reflectance already&apos; for outputs of the glint correction.</source>
        <translation>Chuyển giá trị số (DN) sang phản xạ (Sentinel-2 trước/sau phiên bản xử lý 04.00, Landsat C2 L2). Chọn 'Đã là phản xạ' cho kết quả của bước hiệu chỉnh phản xạ mặt trời.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="99"/>
        <source>Water mask</source>
        <translation>Mặt nạ nước</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="45"/>
        <source>Mask raster of &apos;Water mask (land, deep and shallow water)&apos; on the same grid: samples and outputs are kept to the water classes it marks.</source>
        <translation>Raster mặt nạ của 'Mặt nạ nước (đất liền, nước sâu và nước nông)' trên cùng lưới: mẫu và kết quả chỉ giữ trong các lớp nước mà nó đánh dấu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="62"/>
        <source>Report of the fitted coefficients and sample statistics (a JSON file with the same name is written beside it).</source>
        <translation>Báo cáo các hệ số đã ước lượng và thống kê mẫu (một tệp JSON cùng tên được ghi bên cạnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="86"/>
        <source>{what} reprojected from {a} to {b}.</source>
        <translation>{what} đã được chuyển hệ tọa độ từ {a} sang {b}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="132"/>
        <source>Land or cloud (bright NIR/SWIR)</source>
        <translation>Đất liền hoặc mây (NIR/SWIR sáng)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="133"/>
        <source>Optically deep water</source>
        <translation>Nước sâu quang học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="133"/>
        <source>Optically shallow water</source>
        <translation>Nước nông quang học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="36"/>
        <source>&lt;p&gt;Satellite-derived depth with the log-ratio method of Stumpf, Holderied &amp;amp; Sinclair (2003): Z = m1 · ln(n R&lt;sub&gt;blue&lt;/sub&gt;) / ln(n R&lt;sub&gt;green&lt;/sub&gt;) − m0, with n = 1000 by default and m0, m1 fitted by least squares on points of known depth (soundings, echo-sounder tracks). The report gives m0, m1, r² and the RMSE of the fit. Depths are clipped to 0 … maximum depth; tide at the image date is not corrected: use soundings reduced to the same water level.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Độ sâu từ ảnh vệ tinh theo phương pháp tỷ số logarit của Stumpf, Holderied &amp;amp; Sinclair (2003): Z = m1 · ln(n R&lt;sub&gt;lam&lt;/sub&gt;) / ln(n R&lt;sub&gt;lục&lt;/sub&gt;) − m0, mặc định n = 1000, m0 và m1 ước lượng bằng bình phương tối thiểu trên các điểm đã biết độ sâu (điểm đo sâu, tuyến máy hồi âm). Báo cáo cho m0, m1, r² và RMSE của phép khớp. Độ sâu được giới hạn trong 0 … độ sâu tối đa; thủy triều tại ngày chụp ảnh không được hiệu chỉnh: hãy dùng số liệu đo sâu đã quy về cùng mực nước.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="44"/>
        <source>Glint-corrected image (or Sentinel-2 image) with blue and green.</source>
        <translation>Ảnh đã hiệu chỉnh phản xạ mặt trời (hoặc ảnh Sentinel-2) có kênh lam và lục.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="68"/>
        <source>Depth points</source>
        <translation>Điểm độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="46"/>
        <source>Points of known depth over optically shallow water (at least 5, spread over the depth range).</source>
        <translation>Các điểm đã biết độ sâu trên vùng nước nông quang học (ít nhất 5 điểm, trải đều theo dải độ sâu).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="49"/>
        <source>Depth field</source>
        <translation>Trường độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="49"/>
        <source>Depth in metres, positive downwards (negative elevations are turned into depths).</source>
        <translation>Độ sâu tính bằng mét, dương hướng xuống (cao độ âm được đổi thành độ sâu).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="53"/>
        <source>Constant n</source>
        <translation>Hằng số n</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="53"/>
        <source>The constant n of the ratio (Stumpf et al. 2003 use 1000–10000), keeping both logarithms positive.</source>
        <translation>Hằng số n của tỷ số (Stumpf và cộng sự 2003 dùng 1000–10000), giữ cho cả hai logarit dương.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="51"/>
        <source>Maximum depth (m)</source>
        <translation>Độ sâu tối đa (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="58"/>
        <source>Depths are clipped to this value (the ratio saturates beyond the depth the bottom is seen).</source>
        <translation>Độ sâu được giới hạn ở giá trị này (tỷ số bão hòa khi quá độ sâu còn nhìn thấy đáy).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="62"/>
        <source>Depth</source>
        <translation>Độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="62"/>
        <source>Depth in metres (Float32, nodata −9999; with a water mask, only water).</source>
        <translation>Độ sâu tính bằng mét (Float32, nodata −9999; khi có mặt nạ nước, chỉ trên nước).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="81"/>
        <source>All depth values are ≤ 0: read as elevations and turned into depths.</source>
        <translation>Mọi giá trị độ sâu đều ≤ 0: được hiểu là cao độ và đổi thành độ sâu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="84"/>
        <source>Z = {m1:.3f} · ratio − {m0:.3f}; r² {r2:.3f}, RMSE {rmse:.2f} m ({n} points)</source>
        <translation>Z = {m1:.3f} · tỷ số − {m0:.3f}; r² {r2:.3f}, RMSE {rmse:.2f} m ({n} điểm)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="92"/>
        <source>Points used</source>
        <translation>Số điểm đã dùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="92"/>
        <source>Points on unusable pixels</source>
        <translation>Số điểm rơi vào điểm ảnh không dùng được</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="94"/>
        <source>Bathymetry</source>
        <translation>Độ sâu đáy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="99"/>
        <source>Method</source>
        <translation>Phương pháp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="94"/>
        <source>Calibration</source>
        <translation>Hiệu chuẩn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="82"/>
        <source>&lt;p&gt;Maps the bottom of optically shallow water (class 4 of the water mask) with a random forest trained on polygons of each bottom type, on glint-corrected reflectance and/or the depth-invariant index (Lyzenga 1981). Classes and colours follow the Allen Coral Atlas: {classes}; coral and macroalgae are not separable at 10 m, hence &apos;Coral/Algae&apos;. The habitat classification machinery is reused: training pixels per polygon, validation on whole held-out polygons, model file, block-wise prediction with confidence. Land, cloud and deep water are never trained on nor mapped.&lt;/p&gt;&lt;p&gt;Coverage per zone: hectares of each class and its share of the zone&apos;s shallow water. With the map of an earlier date (and its report), the change of each class per zone is flagged only where it exceeds the combined misclassification of both maps. A model from another scene or site can be applied; the report then warns that its accuracy may not hold there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lập bản đồ đáy vùng nước nông quang học (lớp 4 của mặt nạ nước) bằng rừng ngẫu nhiên huấn luyện trên các đa giác của từng loại đáy, dựa trên phản xạ đã hiệu chỉnh phản xạ mặt trời và/hoặc chỉ số bất biến độ sâu (Lyzenga 1981). Các lớp và màu theo Allen Coral Atlas: {classes}; ở độ phân giải 10 m không tách được san hô và tảo lớn, nên dùng lớp 'San hô/Tảo'. Dùng lại bộ máy phân loại sinh cảnh: điểm ảnh huấn luyện theo đa giác, kiểm định trên các đa giác được giữ lại nguyên vẹn, tệp mô hình, dự đoán theo khối kèm độ tin cậy. Đất liền, mây và nước sâu không bao giờ được dùng để huấn luyện hay lập bản đồ.&lt;/p&gt;&lt;p&gt;Độ phủ theo vùng: số hecta của từng lớp và tỷ lệ của nó trong diện tích nước nông của vùng. Khi có bản đồ của một ngày trước đó (kèm báo cáo), biến động của từng lớp theo vùng chỉ được ghi nhận khi vượt quá sai số phân loại kết hợp của cả hai bản đồ. Có thể áp dụng mô hình từ cảnh ảnh hoặc địa điểm khác; khi đó báo cáo cảnh báo rằng độ chính xác có thể không còn đúng ở đây.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="41"/>
        <source>Glint-corrected image</source>
        <translation>Ảnh đã hiệu chỉnh phản xạ mặt trời</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="96"/>
        <source>Reflectance image on the mask&apos;s grid, preferably the output of the sun-glint correction.</source>
        <translation>Ảnh phản xạ trên cùng lưới với mặt nạ, tốt nhất là kết quả của bước hiệu chỉnh phản xạ mặt trời.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="98"/>
        <source>Converts digital numbers to reflectance; &apos;Reflectance already&apos; for the glint correction&apos;s output.</source>
        <translation>Chuyển giá trị số (DN) sang phản xạ; chọn 'Đã là phản xạ' cho kết quả của bước hiệu chỉnh phản xạ mặt trời.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="101"/>
        <source>Use the image bands as features</source>
        <translation>Dùng các kênh ảnh làm đặc trưng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="101"/>
        <source>Use the image&apos;s reflectance bands as features (together with the depth-invariant index when given).</source>
        <translation>Dùng các kênh phản xạ của ảnh làm đặc trưng (cùng với chỉ số bất biến độ sâu nếu có).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="90"/>
        <source>Depth-invariant index</source>
        <translation>Chỉ số bất biến độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="111"/>
        <source>Output of &apos;Depth-invariant index (Lyzenga)&apos; on the same grid, used as extra features.</source>
        <translation>Kết quả của 'Chỉ số bất biến độ sâu (Lyzenga)' trên cùng lưới, dùng làm đặc trưng bổ sung.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="113"/>
        <source>Mask of &apos;Water mask (land, deep and shallow water)&apos;: only optically shallow water (class 4) is classified.</source>
        <translation>Mặt nạ của 'Mặt nạ nước (đất liền, nước sâu và nước nông)': chỉ phân loại vùng nước nông quang học (lớp 4).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="116"/>
        <source>Polygons over homogeneous patches of each bottom type in shallow water, several per class (needed unless a model file is given).</source>
        <translation>Các đa giác trên những mảng đồng nhất của từng loại đáy ở vùng nước nông, nhiều đa giác cho mỗi lớp (bắt buộc nếu không có tệp mô hình).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="128"/>
        <source>Optional class name; without it the Allen Coral Atlas name of the code is used.</source>
        <translation>Tên lớp (không bắt buộc); nếu không có, dùng tên theo Allen Coral Atlas của mã.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="131"/>
        <source>Benthic model file</source>
        <translation>Tệp mô hình sinh cảnh đáy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="131"/>
        <source>Apply a model saved by an earlier run instead of training (open only files you trust).</source>
        <translation>Áp dụng mô hình đã lưu từ lần chạy trước thay vì huấn luyện (chỉ mở tệp bạn tin cậy).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="133"/>
        <source>Share of each class&apos;s polygons kept out of training to check the map (whole polygons).</source>
        <translation>Tỷ lệ đa giác của mỗi lớp được giữ lại ngoài huấn luyện để kiểm tra bản đồ (nguyên cả đa giác).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="138"/>
        <source>Seed of the random choices: the same seed gives the same result.</source>
        <translation>Hạt giống của các lựa chọn ngẫu nhiên: cùng hạt giống cho cùng kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="141"/>
        <source>Zones (marine protected area, its core zone…) for the coverage table; without zones, the whole map.</source>
        <translation>Các vùng (khu bảo tồn biển, vùng lõi…) cho bảng độ phủ; nếu không có, tính cho toàn bản đồ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="146"/>
        <source>Field that names the zone in the coverage table.</source>
        <translation>Trường ghi tên vùng trong bảng độ phủ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="149"/>
        <source>Benthic map of an earlier date</source>
        <translation>Bản đồ sinh cảnh đáy của ngày trước đó</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="149"/>
        <source>Class map of this algorithm for an earlier date, on the same grid, for the change table.</source>
        <translation>Bản đồ lớp do thuật toán này tạo cho một ngày trước đó, trên cùng lưới, dùng cho bảng biến động.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="151"/>
        <source>Report (JSON) of the earlier map</source>
        <translation>Báo cáo (JSON) của bản đồ trước đó</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="151"/>
        <source>The .json report written beside the earlier map&apos;s HTML report: its held-out accuracy sets the earlier map&apos;s error.</source>
        <translation>Tệp báo cáo .json được ghi cạnh báo cáo HTML của bản đồ trước đó: độ chính xác trên các đa giác giữ lại xác định sai số của bản đồ đó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="155"/>
        <source>Benthic habitat map</source>
        <translation>Bản đồ sinh cảnh đáy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="155"/>
        <source>Class raster (nodata 0 outside optically shallow water) with the Allen Coral Atlas palette.</source>
        <translation>Raster lớp (nodata 0 ngoài vùng nước nông quang học) với bảng màu Allen Coral Atlas.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="157"/>
        <source>Probability of the chosen class (0–1).</source>
        <translation>Xác suất của lớp được chọn (0–1).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="160"/>
        <source>The trained model, to map another date (open only model files you trust).</source>
        <translation>Mô hình đã huấn luyện, để lập bản đồ cho ngày khác (chỉ mở tệp mô hình bạn tin cậy).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="164"/>
        <source>Accuracy on held-out polygons, coverage, change and warnings (a JSON twin is written beside).</source>
        <translation>Độ chính xác trên các đa giác giữ lại, độ phủ, biến động và cảnh báo (một tệp JSON tương ứng được ghi bên cạnh).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="167"/>
        <source>Coverage table (CSV)</source>
        <translation>Bảng độ phủ (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="170"/>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="167"/>
        <source>One row per zone and class: pixels, hectares, hectares of shallow water, % of shallow water.</source>
        <translation>Mỗi dòng một vùng và một lớp: số điểm ảnh, hecta, hecta nước nông, % diện tích nước nông.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="170"/>
        <source>Change table (CSV)</source>
        <translation>Bảng biến động (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="170"/>
        <source>With an earlier map: area before and after, change, error margin and whether the change exceeds it, per zone and class.</source>
        <translation>Khi có bản đồ trước đó: diện tích trước và sau, biến động, biên sai số và biến động có vượt biên đó hay không, theo vùng và lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="229"/>
        <source>Building the features inside optically shallow water…</source>
        <translation>Đang tạo các đặc trưng trong vùng nước nông quang học…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="234"/>
        <source>Features: {names}</source>
        <translation>Đặc trưng: {names}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="246"/>
        <source>Training and validating the classifier on held-out polygons…</source>
        <translation>Đang huấn luyện và kiểm định bộ phân loại trên các đa giác giữ lại…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="256"/>
        <source>Classifying optically shallow water block by block…</source>
        <translation>Đang phân loại vùng nước nông quang học theo từng khối…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="271"/>
        <source>Uncertain classes (held-out F1 below 0.7 or not validated): {classes}</source>
        <translation>Các lớp chưa chắc chắn (F1 trên đa giác giữ lại dưới 0,7 hoặc chưa được kiểm định): {classes}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="302"/>
        <source>Benthic habitat report</source>
        <translation>Báo cáo sinh cảnh đáy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="42"/>
        <source>Zone</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="63"/>
        <source>Pixels</source>
        <translation>Số điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="305"/>
        <source>Area (ha)</source>
        <translation>Diện tích (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="305"/>
        <source>Shallow water (ha)</source>
        <translation>Nước nông (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="305"/>
        <source>% of shallow water</source>
        <translation>% diện tích nước nông</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="311"/>
        <source>Before (ha)</source>
        <translation>Trước (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="311"/>
        <source>After (ha)</source>
        <translation>Sau (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="311"/>
        <source>Change (ha)</source>
        <translation>Biến động (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="311"/>
        <source>Error margin (ha)</source>
        <translation>Biên sai số (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="311"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="316"/>
        <source>Margin = √((e_before·A_before)² + (e_after·A_after)²), e = the class's misclassification rate (max of 1 − user's and 1 − producer's accuracy) on held-out polygons.</source>
        <translation>Biên sai số = √((e_trước·A_trước)² + (e_sau·A_sau)²), e = tỷ lệ phân loại sai của lớp (giá trị lớn hơn giữa 1 − độ chính xác người dùng và 1 − độ chính xác người sản xuất) trên các đa giác giữ lại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="33"/>
        <source>&lt;p&gt;Water-column correction of Lyzenga (1978, 1981). With L&lt;sub&gt;deep&lt;/sub&gt; the mean signal of optically deep water, X&lt;sub&gt;i&lt;/sub&gt; = ln(L&lt;sub&gt;i&lt;/sub&gt; − L&lt;sub&gt;deep,i&lt;/sub&gt;) (differences ≤ 0 are clamped to 0.0001). Over one bottom type (sand) at varying depth the pairs (X&lt;sub&gt;i&lt;/sub&gt;, X&lt;sub&gt;j&lt;/sub&gt;) lie on a line whose slope is the ratio of attenuation coefficients: a = (σ&lt;sub&gt;ii&lt;/sub&gt; − σ&lt;sub&gt;jj&lt;/sub&gt;)/(2σ&lt;sub&gt;ij&lt;/sub&gt;), k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt; = a + √(a² + 1), and DII&lt;sub&gt;ij&lt;/sub&gt; = X&lt;sub&gt;i&lt;/sub&gt; − (k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt;) X&lt;sub&gt;j&lt;/sub&gt; no longer depends on depth. The coefficients are per scene. Pairs with red work only in a few metres of water. The report gives k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt;, the variances, covariance and correlation over the sand sample (a correlation near 1 means the sand polygons span a good range of depths).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hiệu chỉnh cột nước của Lyzenga (1978, 1981). Với L&lt;sub&gt;sâu&lt;/sub&gt; là tín hiệu trung bình của nước sâu quang học, X&lt;sub&gt;i&lt;/sub&gt; = ln(L&lt;sub&gt;i&lt;/sub&gt; − L&lt;sub&gt;sâu,i&lt;/sub&gt;) (hiệu ≤ 0 được chặn ở 0,0001). Trên một loại đáy (cát) ở các độ sâu khác nhau, các cặp (X&lt;sub&gt;i&lt;/sub&gt;, X&lt;sub&gt;j&lt;/sub&gt;) nằm trên một đường thẳng có hệ số góc là tỷ số hệ số suy giảm: a = (σ&lt;sub&gt;ii&lt;/sub&gt; − σ&lt;sub&gt;jj&lt;/sub&gt;)/(2σ&lt;sub&gt;ij&lt;/sub&gt;), k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt; = a + √(a² + 1), và DII&lt;sub&gt;ij&lt;/sub&gt; = X&lt;sub&gt;i&lt;/sub&gt; − (k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt;) X&lt;sub&gt;j&lt;/sub&gt; không còn phụ thuộc độ sâu. Các hệ số là riêng cho từng cảnh ảnh. Các cặp có kênh đỏ chỉ dùng được ở vài mét nước. Báo cáo cho k&lt;sub&gt;i&lt;/sub&gt;/k&lt;sub&gt;j&lt;/sub&gt;, phương sai, hiệp phương sai và hệ số tương quan trên mẫu cát (tương quan gần 1 nghĩa là các đa giác cát trải qua dải độ sâu tốt).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="45"/>
        <source>Image with blue, green and red reflectance, preferably the output of the sun-glint correction.</source>
        <translation>Ảnh có phản xạ kênh lam, lục và đỏ, tốt nhất là kết quả của bước hiệu chỉnh phản xạ mặt trời.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="45"/>
        <source>Deep-water sample polygons</source>
        <translation>Đa giác mẫu nước sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="48"/>
        <source>Polygons over clear water too deep to see the bottom: their mean is the deep-water signal L_deep.</source>
        <translation>Các đa giác trên vùng nước trong nhưng quá sâu để thấy đáy: giá trị trung bình của chúng là tín hiệu nước sâu L_deep.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="51"/>
        <source>Sand sample polygons</source>
        <translation>Đa giác mẫu cát</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="51"/>
        <source>Polygons over one bottom type (bright sand) from shallow to deeper water; at least 30 pixels in optically shallow water.</source>
        <translation>Các đa giác trên một loại đáy (cát sáng) từ nước nông đến nước sâu hơn; ít nhất 30 điểm ảnh trong vùng nước nông quang học.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="55"/>
        <source>Band pairs</source>
        <translation>Cặp kênh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="55"/>
        <source>Band pairs to compute, one output band each; B02/B03 is the main pair.</source>
        <translation>Các cặp kênh cần tính, mỗi cặp một kênh kết quả; B02/B03 là cặp chính.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="58"/>
        <source>One Float32 band per pair (nodata −9999; with a water mask, only optically shallow water).</source>
        <translation>Mỗi cặp một kênh Float32 (nodata −9999; khi có mặt nạ nước, chỉ vùng nước nông quang học).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="77"/>
        <source>Deep-water polygons</source>
        <translation>Đa giác nước sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="70"/>
        <source>Sand polygons</source>
        <translation>Đa giác cát</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="74"/>
        <source>{pair}: ki/kj {ratio:.4f} (a {a:.4f}, correlation over sand {r:.3f})</source>
        <translation>{pair}: ki/kj {ratio:.4f} (a {a:.4f}, tương quan trên cát {r:.3f})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="77"/>
        <source>{pair}: weak correlation over the sand sample; the sand polygons may not span enough depth, or hold more than one bottom type.</source>
        <translation>{pair}: tương quan yếu trên mẫu cát; các đa giác cát có thể không trải đủ dải độ sâu, hoặc chứa nhiều hơn một loại đáy.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="81"/>
        <source>{n} sand pixels were not brighter than deep water and were clamped.</source>
        <translation>{n} điểm ảnh cát không sáng hơn nước sâu và đã bị chặn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="87"/>
        <source>Deep-water pixels</source>
        <translation>Số điểm ảnh nước sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="87"/>
        <source>Sand pixels</source>
        <translation>Số điểm ảnh cát</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="88"/>
        <source>Sand pixels clamped</source>
        <translation>Số điểm ảnh cát bị chặn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="90"/>
        <source>Coefficients</source>
        <translation>Hệ số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="90"/>
        <source>Pair</source>
        <translation>Cặp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="63"/>
        <source>Sample</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="25"/>
        <source>&lt;p&gt;Removes sun glint from the visible bands with the method of Hedley, Harborne &amp;amp; Mumby (2005): over glinted, optically deep water, the glint in each visible band is proportional to the NIR signal, so R′&lt;sub&gt;i&lt;/sub&gt; = R&lt;sub&gt;i&lt;/sub&gt; − b&lt;sub&gt;i&lt;/sub&gt; (R&lt;sub&gt;NIR&lt;/sub&gt; − min R&lt;sub&gt;NIR&lt;/sub&gt;), where b&lt;sub&gt;i&lt;/sub&gt; is the least-squares slope of band i against NIR over the glint sample pixels and min R&lt;sub&gt;NIR&lt;/sub&gt; the sample's minimum NIR (the minimum, not the mean). The report gives each band's slope and r²: a low r² means the sample holds little glint or is not deep water. Output: glint-corrected blue, green and red reflectance, then NIR unchanged (Float32, nodata −9999), block by block.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Loại bỏ phản xạ mặt trời (sun glint) khỏi các kênh khả kiến theo phương pháp của Hedley, Harborne &amp;amp; Mumby (2005): trên vùng nước sâu quang học có phản xạ mặt trời, phần phản xạ ở mỗi kênh khả kiến tỷ lệ với tín hiệu NIR, nên R′&lt;sub&gt;i&lt;/sub&gt; = R&lt;sub&gt;i&lt;/sub&gt; − b&lt;sub&gt;i&lt;/sub&gt; (R&lt;sub&gt;NIR&lt;/sub&gt; − min R&lt;sub&gt;NIR&lt;/sub&gt;), trong đó b&lt;sub&gt;i&lt;/sub&gt; là hệ số góc bình phương tối thiểu của kênh i theo NIR trên các điểm ảnh mẫu và min R&lt;sub&gt;NIR&lt;/sub&gt; là NIR nhỏ nhất của mẫu (giá trị nhỏ nhất, không phải trung bình). Báo cáo cho hệ số góc và r² của từng kênh: r² thấp nghĩa là mẫu có ít phản xạ mặt trời hoặc không phải nước sâu. Kết quả: phản xạ lam, lục, đỏ đã hiệu chỉnh, sau đó là NIR giữ nguyên (Float32, nodata −9999), xử lý theo từng khối.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="36"/>
        <source>Sentinel-2 image with blue, green, red and NIR bands.</source>
        <translation>Ảnh Sentinel-2 có các kênh lam, lục, đỏ và NIR.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="48"/>
        <source>Glint sample polygons</source>
        <translation>Đa giác mẫu phản xạ mặt trời</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="37"/>
        <source>One or more polygons over optically deep water showing a range of glint (bright wave facets), e.g. 1–5 km² of open water.</source>
        <translation>Một hoặc nhiều đa giác trên vùng nước sâu quang học có mức phản xạ mặt trời thay đổi (mặt sóng sáng lóa), ví dụ 1–5 km² vùng nước mở.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="41"/>
        <source>Glint-corrected reflectance of blue, green and red, then NIR (Float32, nodata −9999; with a water mask, nodata outside water).</source>
        <translation>Phản xạ lam, lục, đỏ đã hiệu chỉnh, sau đó là NIR (Float32, nodata −9999; khi có mặt nạ nước, nodata ngoài vùng nước).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="52"/>
        <source>{band}: slope {slope:.4f}, r² {r2:.3f}</source>
        <translation>{band}: hệ số góc {slope:.4f}, r² {r2:.3f}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="55"/>
        <source>Low r² for {band}: the glint sample may hold little glint or shallow water.</source>
        <translation>r² thấp cho {band}: mẫu có thể có ít phản xạ mặt trời hoặc chứa nước nông.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="57"/>
        <source>Minimum NIR of the sample: {value:.4f} ({n} pixels)</source>
        <translation>NIR nhỏ nhất của mẫu: {value:.4f} ({n} điểm ảnh)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="63"/>
        <source>Sun-glint correction</source>
        <translation>Hiệu chỉnh phản xạ mặt trời</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="63"/>
        <source>Slopes against NIR</source>
        <translation>Hệ số góc theo NIR</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="63"/>
        <source>Band</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="63"/>
        <source>Slope b</source>
        <translation>Hệ số góc b</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="63"/>
        <source>Intercept</source>
        <translation>Hệ số chặn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="63"/>
        <source>Minimum NIR</source>
        <translation>NIR nhỏ nhất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="43"/>
        <source>Sentinel-2 (or Landsat) image with blue, green and NIR bands (SWIR1 used when present).</source>
        <translation>Ảnh Sentinel-2 (hoặc Landsat) có các kênh lam, lục và NIR (dùng SWIR1 nếu có).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="45"/>
        <source>Polygons over clear water too deep to see the bottom (dark blue, no visible structure). Needed unless a depth raster is given.</source>
        <translation>Các đa giác trên vùng nước trong nhưng quá sâu để thấy đáy (xanh thẫm, không thấy cấu trúc). Bắt buộc nếu không có raster độ sâu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="48"/>
        <source>Depth raster</source>
        <translation>Raster độ sâu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="48"/>
        <source>Optional bathymetry on the same grid (metres, positive downwards): water deeper than the maximum depth is optically deep.</source>
        <translation>Độ sâu đáy (không bắt buộc) trên cùng lưới (mét, dương hướng xuống): nước sâu hơn độ sâu tối đa là nước sâu quang học.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="51"/>
        <source>Depth beyond which the bottom is not visible to Sentinel-2 (about 10–20 m in clear water).</source>
        <translation>Độ sâu mà quá đó Sentinel-2 không còn thấy đáy (khoảng 10–20 m ở nước trong).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="54"/>
        <source>NIR land/cloud threshold</source>
        <translation>Ngưỡng NIR cho đất liền/mây</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="54"/>
        <source>Pixels with NIR reflectance above this are land or cloud.</source>
        <translation>Điểm ảnh có phản xạ NIR lớn hơn ngưỡng này là đất liền hoặc mây.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="58"/>
        <source>SWIR1 land/cloud threshold</source>
        <translation>Ngưỡng SWIR1 cho đất liền/mây</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="58"/>
        <source>Pixels with SWIR1 (1600 nm) reflectance above this are land or cloud (ACOLITE default 0.0215); used only when the image has a SWIR1 band.</source>
        <translation>Điểm ảnh có phản xạ SWIR1 (1600 nm) lớn hơn ngưỡng này là đất liền hoặc mây (mặc định ACOLITE 0,0215); chỉ dùng khi ảnh có kênh SWIR1.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="63"/>
        <source>NDWI water threshold</source>
        <translation>Ngưỡng NDWI cho nước</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="63"/>
        <source>Water where NDWI = (green − NIR)/(green + NIR) is above this.</source>
        <translation>Là nước khi NDWI = (lục − NIR)/(lục + NIR) lớn hơn ngưỡng này.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="67"/>
        <source>Deep-water limit (standard deviations)</source>
        <translation>Giới hạn nước sâu (số độ lệch chuẩn)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="67"/>
        <source>A water pixel is optically deep when blue and green are below the deep-water sample&apos;s mean plus this many standard deviations.</source>
        <translation>Một điểm ảnh nước là sâu quang học khi kênh lam và lục nhỏ hơn trung bình của mẫu nước sâu cộng với số độ lệch chuẩn này.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="71"/>
        <source>Byte raster: 0 nodata, 1 land or cloud, 2 not water, 3 optically deep water, 4 optically shallow water.</source>
        <translation>Raster Byte: 0 nodata, 1 đất liền hoặc mây, 2 không phải nước, 3 nước sâu quang học, 4 nước nông quang học.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="92"/>
        <source>{name}: {n} pixels</source>
        <translation>{name}: {n} điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="94"/>
        <source>No optically shallow water: every water pixel is as dark as the deep-water sample.</source>
        <translation>Không có nước nông quang học: mọi điểm ảnh nước đều tối như mẫu nước sâu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="99"/>
        <source>Pixels per class</source>
        <translation>Số điểm ảnh mỗi lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="99"/>
        <source>Deep-water sample</source>
        <translation>Mẫu nước sâu</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="134"/>
        <source>Unknown sensor &apos;{name}&apos;.</source>
        <translation>Bộ cảm '{name}' không xác định.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="149"/>
        <source>Optically deep water needs deep-water sample polygons (DEEP_WATER) or a depth raster with a maximum depth. Draw a few polygons over clear water too deep to see the bottom.</source>
        <translation>Xác định nước sâu quang học cần đa giác mẫu nước sâu (DEEP_WATER) hoặc raster độ sâu kèm độ sâu tối đa. Hãy vẽ vài đa giác trên vùng nước trong nhưng quá sâu để thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="150"/>
        <source>A depth raster needs a maximum depth (m) beyond which the bottom is not visible.</source>
        <translation>Raster độ sâu cần một độ sâu tối đa (m) mà quá đó không còn thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="152"/>
        <source>Most pixels under the deep-water polygons are land or cloud ({share:.0f} %). Draw them over clear, deep water only.</source>
        <translation>Phần lớn điểm ảnh dưới các đa giác nước sâu là đất liền hoặc mây ({share:.0f} %). Chỉ vẽ chúng trên vùng nước trong và sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="147"/>
        <source>The glint sample has only {n} water pixels; at least {min} are needed. Draw larger polygons over deep water with visible glint.</source>
        <translation>Mẫu phản xạ mặt trời chỉ có {n} điểm ảnh nước; cần ít nhất {min}. Hãy vẽ đa giác lớn hơn trên vùng nước sâu có phản xạ mặt trời rõ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="148"/>
        <source>NIR does not vary over the glint sample, so no glint slope can be fitted: draw the polygons where glint (bright wave facets) varies, over deep water.</source>
        <translation>NIR không thay đổi trên mẫu phản xạ mặt trời nên không ước lượng được hệ số góc: hãy vẽ đa giác ở nơi phản xạ mặt trời (mặt sóng sáng lóa) thay đổi, trên vùng nước sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="144"/>
        <source>Only {n} sand pixels in optically shallow water; the depth-invariant index needs at least {min} (one bottom type, sand, over a range of depths). Draw more or larger sand polygons.</source>
        <translation>Chỉ có {n} điểm ảnh cát trong vùng nước nông quang học; chỉ số bất biến độ sâu cần ít nhất {min} (một loại đáy là cát, trên một dải độ sâu). Hãy vẽ thêm hoặc vẽ lớn hơn các đa giác cát.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="145"/>
        <source>Most sand pixels are not brighter than deep water, so the bottom is not seen there: draw the sand polygons over bright sand in shallow water, and the deep-water polygons over water too deep to see the bottom.</source>
        <translation>Phần lớn điểm ảnh cát không sáng hơn nước sâu, nghĩa là không thấy đáy ở đó: hãy vẽ đa giác cát trên cát sáng ở vùng nước nông, và đa giác nước sâu trên vùng nước quá sâu để thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="128"/>
        <source>Only {n} depth points fall on usable water pixels (reflectance above 1/n in blue and green); at least {min} are needed to calibrate the bathymetry.</source>
        <translation>Chỉ có {n} điểm độ sâu rơi vào điểm ảnh nước dùng được (phản xạ lam và lục lớn hơn 1/n); cần ít nhất {min} điểm để hiệu chuẩn độ sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="129"/>
        <source>The blue/green log ratio is the same at every depth point: the points need different depths over visible bottom.</source>
        <translation>Tỷ số logarit lam/lục như nhau tại mọi điểm độ sâu: các điểm cần có độ sâu khác nhau trên vùng còn thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="146"/>
        <source>Over the sand sample, {a} and {b} do not vary together (covariance {cov:.2g}): the sand polygons need a range of depths (shallow to deeper sand) for the depth-invariant index.</source>
        <translation>Trên mẫu cát, {a} và {b} không biến thiên cùng nhau (hiệp phương sai {cov:.2g}): các đa giác cát cần trải một dải độ sâu (từ cát nông đến cát sâu hơn) để tính chỉ số bất biến độ sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="130"/>
        <source>{count} depth point(s) fall outside the image (input order: {which}).</source>
        <translation>{count} điểm độ sâu nằm ngoài ảnh (thứ tự nhập: {which}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="153"/>
        <source>No water pixel in the image: it is all land, cloud or nodata with these thresholds (NIR &gt; {nir}, NDWI ≤ {ndwi}). Choose a clearer scene or check the sensor/band settings; nothing was written.</source>
        <translation>Ảnh không có điểm ảnh nước nào: toàn bộ là đất liền, mây hoặc nodata với các ngưỡng này (NIR &gt; {nir}, NDWI ≤ {ndwi}). Hãy chọn cảnh ảnh quang đãng hơn hoặc kiểm tra thiết lập bộ cảm/kênh; không có gì được ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="132"/>
        <source>Training polygon(s) {ids} hold no optically shallow water (they lie on land, cloud or deep water in the water mask). Move them onto the bottom type they name, or fix the mask.</source>
        <translation>Đa giác huấn luyện {ids} không chứa nước nông quang học (chúng nằm trên đất liền, mây hoặc nước sâu trong mặt nạ nước). Hãy dời chúng lên đúng loại đáy mà chúng đại diện, hoặc sửa mặt nạ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="133"/>
        <source>The water mask has no optically shallow water with valid image values: there is nothing to classify.</source>
        <translation>Mặt nạ nước không có vùng nước nông quang học nào có giá trị ảnh hợp lệ: không có gì để phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="382"/>
        <source>The depth points could not be opened.</source>
        <translation>Không mở được lớp điểm độ sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="383"/>
        <source>The image or the water mask could not be opened.</source>
        <translation>Không mở được ảnh hoặc mặt nạ nước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="384"/>
        <source>Give training polygons (with their class code field) or a benthic model file.</source>
        <translation>Hãy cung cấp đa giác huấn luyện (kèm trường mã lớp) hoặc tệp mô hình sinh cảnh đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="385"/>
        <source>The earlier map needs its report (JSON): its held-out accuracy sets the map error that a change must exceed.</source>
        <translation>Bản đồ trước đó cần kèm báo cáo (JSON) của nó: độ chính xác trên các đa giác giữ lại xác định sai số bản đồ mà biến động phải vượt qua.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="386"/>
        <source>Choose at least one band pair.</source>
        <translation>Hãy chọn ít nhất một cặp kênh.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="120"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="135"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="129"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="182"/>
        <source>Review</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="135"/>
        <source>Pushed by</source>
        <translation>Người đẩy</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="129"/>
        <source>Pushed at</source>
        <translation>Thời điểm đẩy</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="129"/>
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="137"/>
        <source>GeoPackage file of the database</source>
        <translation>Tệp GeoPackage của cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="138"/>
        <source>Comment for the technician</source>
        <translation>Nhận xét gửi kỹ thuật viên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Push</source>
        <translation>Đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="181"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="104"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Abstract</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="93"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="102"/>
        <source>Reserve</source>
        <translation>Khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>CRS</source>
        <translation>Hệ tọa độ</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Resume queued pushes</source>
        <translation>Tiếp tục các lượt đẩy trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Load selected version</source>
        <translation>Mở phiên bản đã chọn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Reviewer mode: national reserve boundaries and submissions</source>
        <translation>Chế độ thẩm định: ranh giới khu bảo tồn quốc gia và các hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Load reserve boundaries</source>
        <translation>Mở ranh giới khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Import boundaries…</source>
        <translation>Nhập ranh giới…</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Load beside boundaries</source>
        <translation>Mở cạnh ranh giới</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="349"/>
        <source>Embedded GeoPackage (default)</source>
        <translation>GeoPackage tích hợp (mặc định)</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="212"/>
        <source>PostgreSQL: {name}</source>
        <translation>PostgreSQL: {name}</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="213"/>
        <source>Another GeoPackage file…</source>
        <translation>Tệp GeoPackage khác…</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="232"/>
        <source>GeoPackage database</source>
        <translation>Cơ sở dữ liệu GeoPackage</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="233"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="562"/>
        <source>Blocking</source>
        <translation>Chặn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="562"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="568"/>
        <source>{name}: ready to push</source>
        <translation>{name}: sẵn sàng đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="583"/>
        <source>Blocking problems: correct them (see the checks) before pushing.</source>
        <translation>Có lỗi chặn: hãy sửa (xem phần kiểm tra) trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="599"/>
        <source>Pushing to the provincial database</source>
        <translation>Đang đẩy lên cơ sở dữ liệu tỉnh</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="605"/>
        <source>Resuming queued pushes</source>
        <translation>Đang tiếp tục các lượt đẩy trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="303"/>
        <source>{name}: not pushed: {error}</source>
        <translation>{name}: chưa đẩy lên được: {error}</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="654"/>
        <source>{count} push(es) waiting in the queue.</source>
        <translation>{count} lượt đẩy đang chờ trong hàng đợi.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="654"/>
        <source>The push queue is empty.</source>
        <translation>Hàng đợi đẩy lên đang trống.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="861"/>
        <source>The stored layer {table} could not be opened.</source>
        <translation>Không mở được lớp đã lưu {table}.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="771"/>
        <source>National reserve boundaries</source>
        <translation>Ranh giới khu bảo tồn quốc gia</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="775"/>
        <source>The protected areas table could not be opened.</source>
        <translation>Không mở được bảng khu bảo tồn.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="791"/>
        <source>Reserve boundaries</source>
        <translation>Ranh giới khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="791"/>
        <source>Vector files (*.gpkg *.shp *.geojson *.kml);;All files (*)</source>
        <translation>Tệp vector (*.gpkg *.shp *.geojson *.kml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="823"/>
        <source>{count} protected area(s) imported.</source>
        <translation>Đã nhập {count} khu bảo tồn.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="891"/>
        <source>Select a submission first.</source>
        <translation>Hãy chọn một hồ sơ trước.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="901"/>
        <source>{title} version {version}: {status}.</source>
        <translation>{title} phiên bản {version}: {status}.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="910"/>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="910"/>
        <source>returned</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="92"/>
        <source>Layers</source>
        <translation>Các lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="83"/>
        <source>Vector layers and file-based rasters to push; each gets its own table.</source>
        <translation>Các lớp vector và raster dạng tệp cần đẩy lên; mỗi lớp có bảng riêng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="102"/>
        <source>Protected area the layers cover, if any.</source>
        <translation>Khu bảo tồn mà các lớp bao phủ, nếu có.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="112"/>
        <source>Lineage (JSON)</source>
        <translation>Nguồn gốc xử lý (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="117"/>
        <source>Allow pushing identical data again</source>
        <translation>Cho phép đẩy lại dữ liệu giống hệt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="117"/>
        <source>Store a new version even when the same data (same checksum) is already in the database.</source>
        <translation>Lưu phiên bản mới ngay cả khi cùng dữ liệu (cùng mã kiểm tra) đã có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="122"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="156"/>
        <source>Database: {label}</source>
        <translation>Cơ sở dữ liệu: {label}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="229"/>
        <source>The layer has no title.</source>
        <translation>Lớp chưa có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="230"/>
        <source>The layer has no valid CRS: set its VN-2000 CRS first.</source>
        <translation>Lớp không có hệ tọa độ hợp lệ: hãy đặt hệ tọa độ VN-2000 trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="231"/>
        <source>The CRS {crs} is geographic (degrees): areas would be wrong. Reproject the layer to its VN-2000 TM-3 (or UTM) CRS first.</source>
        <translation>Hệ tọa độ {crs} là hệ địa lý (độ): diện tích sẽ sai. Hãy chuyển lớp sang hệ VN-2000 TM-3 (hoặc UTM) trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="232"/>
        <source>{count} feature(s) have invalid geometries: repair them (Vector &gt; Geometry Tools &gt; Fix Geometries) before pushing.</source>
        <translation>{count} đối tượng có hình học không hợp lệ: hãy sửa (Vector &gt; Geometry Tools &gt; Fix Geometries) trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="237"/>
        <source>The table will be named {slug}_v&lt;version&gt; (from the title &apos;{title}&apos;).</source>
        <translation>Bảng sẽ được đặt tên {slug}_v&lt;phiên bản&gt; (từ tiêu đề '{title}').</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="238"/>
        <source>Field names with diacritics or SQL reserved words are kept, quoted: {names}. Some tools outside QGIS may need them renamed.</source>
        <translation>Tên trường có dấu hoặc trùng từ khóa SQL được giữ nguyên (đặt trong dấu nháy): {names}. Một số công cụ ngoài QGIS có thể cần đổi tên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="243"/>
        <source>The same data is already in the database as &apos;{title}&apos; version {version}; it will not be stored twice unless you allow it.</source>
        <translation>Dữ liệu này đã có trong cơ sở dữ liệu với tên '{title}' phiên bản {version}; sẽ không lưu lần hai trừ khi bạn cho phép.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="261"/>
        <source>The authentication configuration &apos;{authcfg}&apos; cannot be read: check that it exists and that the QGIS master password is entered (Settings &gt; Options &gt; Authentication).</source>
        <translation>Không đọc được cấu hình xác thực '{authcfg}': hãy kiểm tra cấu hình này tồn tại và đã nhập mật khẩu chính của QGIS (Settings &gt; Options &gt; Authentication).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="262"/>
        <source>PostgreSQL service files are not supported here; give host, port and database.</source>
        <translation>Tệp dịch vụ PostgreSQL không được hỗ trợ ở đây; hãy nhập máy chủ, cổng và tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="263"/>
        <source>There is no saved PostgreSQL connection named &apos;{name}&apos;. Create it in the Browser (PostgreSQL &gt; New Connection), with an authentication configuration.</source>
        <translation>Không có kết nối PostgreSQL đã lưu tên '{name}'. Hãy tạo trong Browser (PostgreSQL &gt; New Connection), kèm cấu hình xác thực.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="264"/>
        <source>The connection &apos;{name}&apos; keeps its password in plain settings. Edit it and store the credentials in an authentication configuration instead.</source>
        <translation>Kết nối '{name}' lưu mật khẩu dạng văn bản thường trong thiết lập. Hãy sửa kết nối và lưu thông tin đăng nhập trong một cấu hình xác thực.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="223"/>
        <source>Only file-based rasters can be pushed; save &apos;{name}&apos; as a GeoTIFF first.</source>
        <translation>Chỉ đẩy được raster dạng tệp; hãy lưu '{name}' thành GeoTIFF trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="275"/>
        <source>Could not prepare the layer for the GeoPackage: {detail}</source>
        <translation>Không chuẩn bị được lớp cho GeoPackage: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="276"/>
        <source>Could not prepare the raster for the GeoPackage: {detail}</source>
        <translation>Không chuẩn bị được raster cho GeoPackage: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="277"/>
        <source>Unexpected staging table definition: {sql}</source>
        <translation>Định nghĩa bảng trung gian không như mong đợi: {sql}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="226"/>
        <source>Unknown review status &apos;{status}&apos;.</source>
        <translation>Trạng thái thẩm định không hợp lệ '{status}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="273"/>
        <source>A table {table} exists without a registry row; remove it first.</source>
        <translation>Bảng {table} đã tồn tại nhưng không có mục đăng ký; hãy xóa nó trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="224"/>
        <source>The same data was already pushed as &apos;{title}&apos; version {version} (same checksum); nothing new was stored.</source>
        <translation>Dữ liệu này đã được đẩy lên với tên '{title}' phiên bản {version} (cùng mã kiểm tra); không lưu thêm gì.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="272"/>
        <source>The GeoPackage refused the push: {detail}. Nothing was stored.</source>
        <translation>GeoPackage từ chối lượt đẩy: {detail}. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="225"/>
        <source>The same data was already pushed as &apos;{title}&apos; version {version}.</source>
        <translation>Dữ liệu này đã được đẩy lên với tên '{title}' phiên bản {version}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="278"/>
        <source>Give the layer a title before pushing it.</source>
        <translation>Hãy đặt tiêu đề cho lớp trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="279"/>
        <source>Unknown theme &apos;{theme}&apos;: use one of {themes}.</source>
        <translation>Chủ đề không hợp lệ '{theme}': hãy dùng một trong {themes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="288"/>
        <source>The layer has no valid CRS; set one (a VN-2000 CRS) before pushing.</source>
        <translation>Lớp không có hệ tọa độ hợp lệ; hãy đặt một hệ (VN-2000) trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="285"/>
        <source>A table {table} exists without a registry row; ask the administrator to remove it.</source>
        <translation>Bảng {table} đã tồn tại nhưng không có mục đăng ký; hãy nhờ quản trị viên xóa nó.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="289"/>
        <source>Cannot reach the database &apos;{db}&apos; on {host}:{port} ({detail}). Check that the server runs and the connection settings are right.</source>
        <translation>Không kết nối được cơ sở dữ liệu '{db}' tại {host}:{port} ({detail}). Hãy kiểm tra máy chủ đang chạy và thiết lập kết nối đúng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="290"/>
        <source>The database refused this for user &apos;{user}&apos;: {detail}</source>
        <translation>Cơ sở dữ liệu từ chối thao tác này của người dùng '{user}': {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="291"/>
        <source>The connection to the database was lost ({detail}); nothing was stored. A push stays in the queue: resume it when the server is back.</source>
        <translation>Mất kết nối tới cơ sở dữ liệu ({detail}); không có gì được lưu. Lượt đẩy được giữ trong hàng đợi: hãy tiếp tục khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="292"/>
        <source>The database refused the operation: {detail}. Nothing was stored.</source>
        <translation>Cơ sở dữ liệu từ chối thao tác: {detail}. Không có gì được lưu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="293"/>
        <source>The database server refused the user &apos;{user}&apos;: wrong user name or password. Correct the authentication configuration &apos;{authcfg}&apos; (Settings &gt; Options &gt; Authentication) or the saved connection.</source>
        <translation>Máy chủ cơ sở dữ liệu từ chối người dùng '{user}': sai tên đăng nhập hoặc mật khẩu. Hãy sửa cấu hình xác thực '{authcfg}' (Settings &gt; Options &gt; Authentication) hoặc kết nối đã lưu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="294"/>
        <source>The database schema is at version {have}; this plugin needs {need}. Ask the database administrator to open it once with the plugin ({detail}).</source>
        <translation>Lược đồ cơ sở dữ liệu đang ở phiên bản {have}; plugin này cần {need}. Hãy nhờ quản trị viên cơ sở dữ liệu mở nó một lần bằng plugin ({detail}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="295"/>
        <source>The protected areas layer &apos;{name}&apos; must contain polygons.</source>
        <translation>Lớp khu bảo tồn '{name}' phải chứa vùng (polygon).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="298"/>
        <source>Unknown protected-area category &apos;{value}&apos; (feature {fid}): use national park, nature reserve, species and habitat conservation area or landscape protection area.</source>
        <translation>Phân hạng khu bảo tồn không hợp lệ '{value}' (đối tượng {fid}): hãy dùng vườn quốc gia, khu dự trữ thiên nhiên, khu bảo tồn loài - sinh cảnh hoặc khu bảo vệ cảnh quan.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="305"/>
        <source>Pushes can only be queued for connections that use an authentication configuration.</source>
        <translation>Chỉ đưa được lượt đẩy vào hàng đợi với kết nối dùng cấu hình xác thực.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="306"/>
        <source>The queued layer &apos;{name}&apos; cannot be opened any more ({source}).</source>
        <translation>Không còn mở được lớp '{name}' trong hàng đợi ({source}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="307"/>
        <source>Could not keep a copy of &apos;{name}&apos; for the queue: {detail}</source>
        <translation>Không giữ được bản sao của '{name}' cho hàng đợi: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="353"/>
        <source>The lineage is not valid JSON: {detail}</source>
        <translation>Nguồn gốc xử lý không phải JSON hợp lệ: {detail}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="138"/>
        <source>Biodiversity indicator report</source>
        <translation>Báo cáo chỉ tiêu đa dạng sinh học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="154"/>
        <source>Table of bd:habitatarea (zone, class_code, area_ha, pct_zone), e.g. its CSV.</source>
        <translation>Bảng kết quả của bd:habitatarea (zone, class_code, area_ha, pct_zone), ví dụ tệp CSV của nó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="157"/>
        <source>Classification report (JSON)</source>
        <translation>Báo cáo phân loại (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="157"/>
        <source>JSON report of bd:habitatclassification, for the class names; without it the plugin&apos;s fixed habitat codes are used.</source>
        <translation>Báo cáo JSON của bd:habitatclassification, để lấy tên các lớp; nếu không có sẽ dùng bảng mã sinh cảnh cố định của plugin.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="161"/>
        <source>Accuracy assessment (JSON)</source>
        <translation>Đánh giá độ chính xác (JSON)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="161"/>
        <source>JSON report of bd:accuracyassessment: adds error-adjusted areas with 95 % confidence intervals.</source>
        <translation>Báo cáo JSON của bd:accuracyassessment: bổ sung diện tích hiệu chỉnh sai số kèm khoảng tin cậy 95 %.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="165"/>
        <source>Gains and losses table of bd:habitatchange (zone, class_code, before_ha, after_ha, net_ha).</source>
        <translation>Bảng tăng giảm của bd:habitatchange (zone, class_code, before_ha, after_ha, net_ha).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="169"/>
        <source>Corridor link lines with fields lcd, euclid and ratio (least-cost corridors).</source>
        <translation>Các đường liên kết hành lang có trường lcd, euclid và ratio (hành lang chi phí nhỏ nhất).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="175"/>
        <source>Connectivity indices (CSV)</source>
        <translation>Chỉ số kết nối (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="175"/>
        <source>Table of connectivity indices (e.g. IIC, PC, dPC per patch), shown as it is.</source>
        <translation>Bảng chỉ số kết nối (ví dụ IIC, PC, dPC theo mảnh), trình bày nguyên trạng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="178"/>
        <source>Coral reef and seagrass coverage (CSV)</source>
        <translation>Độ phủ rạn san hô và cỏ biển (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="178"/>
        <source>Coverage table of the benthic classification, shown as it is.</source>
        <translation>Bảng độ phủ của phân loại nền đáy, trình bày nguyên trạng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="190"/>
        <source>Class map for the report map</source>
        <translation>Bản đồ phân loại cho bản đồ trong báo cáo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="190"/>
        <source>Habitat map drawn in the report with the zones and corridor links.</source>
        <translation>Bản đồ sinh cảnh được vẽ trong báo cáo cùng các khu và liên kết hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="200"/>
        <source>Reserves / zones</source>
        <translation>Khu bảo tồn / phân vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="192"/>
        <source>Polygons of the reserves or zones drawn on the report map.</source>
        <translation>Vùng (polygon) của các khu bảo tồn hoặc phân vùng vẽ trên bản đồ của báo cáo.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="192"/>
        <source>Field naming the reserve or zone.</source>
        <translation>Trường chứa tên khu bảo tồn hoặc phân vùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="122"/>
        <source>Subtitle</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="197"/>
        <source>E.g. the province, the reporting year and the office.</source>
        <translation>Ví dụ tỉnh, năm báo cáo và cơ quan thực hiện.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="202"/>
        <source>The report as HTML; the map image and the CSV tables are written beside it.</source>
        <translation>Báo cáo dạng HTML; ảnh bản đồ và các bảng CSV được ghi bên cạnh.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="205"/>
        <source>Report (PDF)</source>
        <translation>Báo cáo (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="137"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="205"/>
        <source>The report as PDF (A4).</source>
        <translation>Báo cáo dạng PDF (A4).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="229"/>
        <source>habitat area table</source>
        <translation>bảng diện tích sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="249"/>
        <source>gains and losses table</source>
        <translation>bảng tăng giảm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="298"/>
        <source>Rendering the report map…</source>
        <translation>Đang vẽ bản đồ của báo cáo…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="42"/>
        <source>A4 landscape</source>
        <translation>A4 ngang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="42"/>
        <source>A4 portrait</source>
        <translation>A4 dọc</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="42"/>
        <source>A3 landscape</source>
        <translation>A3 ngang</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="42"/>
        <source>A3 portrait</source>
        <translation>A3 dọc</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="83"/>
        <source>&lt;p&gt;Prints a finished thematic map from layers (or a QGIS project) with a print template of the plugin (A4/A3, landscape/portrait): title and subtitle, legend, scale bar, north arrow, coordinate grid with labels in the province&apos;s VN-2000 TM-3 CRS, locator inset, data source and credits, author, date and map number. The map frames an extent, one reserve of a zones layer, or all layers. Class labels of the plugin&apos;s styles are shown in the map&apos;s language. Layers keep their own style; outputs of the plugin get theirs when loaded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In bản đồ chuyên đề hoàn chỉnh từ các lớp (hoặc một dự án QGIS) theo mẫu trình bày của plugin (A4/A3, ngang/dọc): tiêu đề và phụ đề, chú giải, thước tỷ lệ, mũi tên chỉ hướng bắc, lưới tọa độ có ghi chú theo hệ VN-2000 TM-3 của tỉnh, sơ đồ vị trí, nguồn dữ liệu và ghi công, người lập, ngày lập và số hiệu bản đồ. Bản đồ bao một phạm vi, một khu bảo tồn của lớp phân vùng, hoặc toàn bộ các lớp. Tên lớp phủ trong các kiểu hiển thị của plugin được in theo ngôn ngữ của bản đồ. Các lớp giữ kiểu hiển thị của mình; kết quả của plugin được gán kiểu khi nạp.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="92"/>
        <source>Layers to show, listed top to bottom as in the legend. Leave empty to use a QGIS project.</source>
        <translation>Các lớp cần hiển thị, xếp từ trên xuống như trong chú giải. Để trống để dùng một dự án QGIS.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="95"/>
        <source>QGIS project</source>
        <translation>Dự án QGIS</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="95"/>
        <source>A .qgz/.qgs project whose visible layers are shown (used when no layers are given).</source>
        <translation>Dự án .qgz/.qgs; các lớp đang bật của dự án được hiển thị (dùng khi không chọn lớp nào).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="97"/>
        <source>Template</source>
        <translation>Mẫu trình bày</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="97"/>
        <source>Page size and orientation of the plugin&apos;s print templates.</source>
        <translation>Khổ giấy và hướng trang của các mẫu trình bày của plugin.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="99"/>
        <source>Own template (.qpt)</source>
        <translation>Mẫu riêng (.qpt)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="99"/>
        <source>A layout template edited in QGIS from one of the plugin's templates (keep the item ids map, locator, legend, title…); replaces the template chosen above.</source>
        <translation>Mẫu trình bày đã chỉnh sửa trong QGIS từ một mẫu của plugin (giữ nguyên mã các phần tử map, locator, legend, title…); thay cho mẫu đã chọn ở trên.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="90"/>
        <source>Extent</source>
        <translation>Phạm vi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="103"/>
        <source>Area to show. Leave empty to frame the reserve chosen below, or all layers.</source>
        <translation>Vùng cần hiển thị. Để trống để bao khu bảo tồn chọn bên dưới, hoặc toàn bộ các lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="105"/>
        <source>Polygons of the reserves or zones, drawn as labelled outlines on top.</source>
        <translation>Vùng (polygon) của các khu bảo tồn hoặc phân vùng, vẽ đường ranh giới có ghi tên ở lớp trên cùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="105"/>
        <source>Field naming the reserve or zone (labels, and the reserve to frame).</source>
        <translation>Trường chứa tên khu bảo tồn hoặc phân vùng (để ghi nhãn và chọn khu cần bao).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="108"/>
        <source>Reserve to frame</source>
        <translation>Khu bảo tồn cần bao</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="113"/>
        <source>Province (VN-2000 TM-3 CRS)</source>
        <translation>Tỉnh (hệ tọa độ VN-2000 TM-3)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="113"/>
        <source>(CRS of the first layer)</source>
        <translation>(hệ tọa độ của lớp đầu tiên)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="113"/>
        <source>The map and its grid are drawn in this province&apos;s VN-2000 TM-3 zone (EPSG code when EPSG defines it). Provinces marked * are pre-2025 provinces.</source>
        <translation>Bản đồ và lưới tọa độ được vẽ theo múi VN-2000 TM-3 của tỉnh này (dùng mã EPSG khi EPSG có định nghĩa). Các tỉnh đánh dấu * là tỉnh trước năm 2025.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="120"/>
        <source>Map title, e.g. 'Bản đồ hiện trạng sinh cảnh'.</source>
        <translation>Tiêu đề bản đồ, ví dụ 'Bản đồ hiện trạng sinh cảnh'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="122"/>
        <source>Second line under the title; empty gives the province and CRS.</source>
        <translation>Dòng thứ hai dưới tiêu đề; để trống sẽ ghi tỉnh và hệ tọa độ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="124"/>
        <source>Map language</source>
        <translation>Ngôn ngữ bản đồ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="124"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="124"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="124"/>
        <source>Language of the texts printed on the map (legend title, class names, margin texts).</source>
        <translation>Ngôn ngữ của chữ in trên bản đồ (tiêu đề chú giải, tên lớp phủ, ghi chú ngoài khung).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="127"/>
        <source>Author</source>
        <translation>Người lập</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="127"/>
        <source>Person or office that made the map.</source>
        <translation>Người hoặc cơ quan lập bản đồ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="129"/>
        <source>Map number</source>
        <translation>Số hiệu bản đồ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="129"/>
        <source>Number of the map in a series or report.</source>
        <translation>Số hiệu của bản đồ trong bộ bản đồ hoặc báo cáo.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="131"/>
        <source>Data source and credits</source>
        <translation>Nguồn dữ liệu và ghi công</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="131"/>
        <source>E.g. 'Copernicus Sentinel-2 2024; Sở Nông nghiệp và Môi trường'. Empty lists the layers.</source>
        <translation>Ví dụ 'Copernicus Sentinel-2 2024; Sở Nông nghiệp và Môi trường'. Để trống sẽ liệt kê tên các lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="133"/>
        <source>Resolution (dpi)</source>
        <translation>Độ phân giải (dpi)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="133"/>
        <source>Resolution of the PNG and of raster layers in the PDF.</source>
        <translation>Độ phân giải của ảnh PNG và của các lớp raster trong PDF.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="137"/>
        <source>Map (PDF)</source>
        <translation>Bản đồ (PDF)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="137"/>
        <source>The map as PDF (vector text, searchable).</source>
        <translation>Bản đồ dạng PDF (chữ dạng vector, tìm kiếm được).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="139"/>
        <source>Map (PNG)</source>
        <translation>Bản đồ (PNG)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="139"/>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="139"/>
        <source>The map as PNG image.</source>
        <translation>Bản đồ dạng ảnh PNG.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="186"/>
        <source>Map in {crs}, template {template}.</source>
        <translation>Bản đồ theo hệ tọa độ {crs}, mẫu {template}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="321"/>
        <source>No zone is named &apos;{zone}&apos;. Zones in the layer: {names}.</source>
        <translation>Không có phân vùng nào tên '{zone}'. Các phân vùng trong lớp: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="320"/>
        <source>Give at least one layer (or a QGIS project) to put on the map.</source>
        <translation>Hãy chọn ít nhất một lớp (hoặc một dự án QGIS) để đưa lên bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="322"/>
        <source>The map extent is empty: check that the layers have features or pixels and a CRS.</source>
        <translation>Phạm vi bản đồ rỗng: kiểm tra các lớp có đối tượng hoặc điểm ảnh và có hệ tọa độ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="375"/>
        <source>The {table} has no column(s) {columns}; it has {fields}.</source>
        <translation>Trong {table} thiếu cột {columns}; các cột hiện có: {fields}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="377"/>
        <source>The {what} &apos;{path}&apos; could not be read as JSON: {error}</source>
        <translation>Không đọc được {what} '{path}' dạng JSON: {error}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="378"/>
        <source>The habitat area table has no rows.</source>
        <translation>Bảng diện tích sinh cảnh không có dòng nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="379"/>
        <source>The QGIS project &apos;{path}&apos; could not be read.</source>
        <translation>Không đọc được dự án QGIS '{path}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="380"/>
        <source>Choose the zone name field to frame the reserve &apos;{zone}&apos;.</source>
        <translation>Hãy chọn trường tên phân vùng để bao khu bảo tồn '{zone}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="381"/>
        <source>The template &apos;{path}&apos; does not exist.</source>
        <translation>Mẫu trình bày '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="74"/>
        <source>Cells whose NLCC is above this are left out of the corridor raster and polygons (Linkage Mapper&apos;s truncation); in the units of the cost distance, e.g. 2000 = 2 km through habitat of resistance 1 in map units. 0 keeps the whole NLCC surface and writes no polygons.</source>
        <translation>Các ô có NLCC lớn hơn giá trị này bị loại khỏi raster và vùng hành lang (cách cắt của Linkage Mapper); tính theo đơn vị của khoảng cách chi phí, ví dụ 2000 = 2 km qua sinh cảnh có lực cản 1 theo đơn vị bản đồ. 0 giữ toàn bộ bề mặt NLCC và không ghi vùng hành lang.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="184"/>
        <source>{count} cell(s) of the raster are negative: they are treated as barriers (no node), as Circuitscape does.</source>
        <translation>{count} ô của raster có giá trị âm: chúng được xem là vật cản (không phải nút), như Circuitscape.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="25"/>
        <source>No connected part of the grid holds both a source and a ground; nothing was solved.</source>
        <translation>Không có phần liên thông nào của lưới chứa cả nguồn dòng và điểm tiếp đất; không có gì được giải.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="21"/>
        <source>Focal node(s) {ids} lie on nodata or barrier cells (no resistance value); their results are -1.</source>
        <translation>Nút tiêu điểm {ids} nằm trên ô không có dữ liệu hoặc ô vật cản (không có giá trị trở kháng); kết quả của chúng là -1.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="106"/>
        <source>Cores {a} and {b} are not connected within the corridor cutoff.</source>
        <translation>Vùng lõi {a} và {b} không liên thông trong phạm vi ngưỡng cắt hành lang.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="107"/>
        <source>Cores {a} and {b} are not connected.</source>
        <translation>Vùng lõi {a} và {b} không liên thông.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="172"/>
        <source>Current raster of bd:pinchpoints (or bd:currentflow): the report lists the five cells of highest current, at least 10 cells apart, with their coordinates and zone.</source>
        <translation>Raster dòng điện của bd:pinchpoints (hoặc bd:currentflow): báo cáo liệt kê năm ô có dòng điện lớn nhất, cách nhau ít nhất 10 ô, kèm tọa độ và khu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/common.py" line="132"/>
        <source>Not water (NDWI at or below the threshold)</source>
        <translation>Không phải nước (NDWI không vượt ngưỡng)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="32"/>
        <source>&lt;p&gt;One mask raster with coded classes: 1 land or cloud (NIR or SWIR1 reflectance above a threshold; ACOLITE's default for SWIR 1600 nm is 0.0215, Vanhellemont &amp;amp; Ruddick 2018; 10 m stacks without SWIR use NIR only), 2 not water (NDWI at or below the threshold, default 0; McFeeters 1996), 3 optically deep water, 4 optically shallow water, 0 nodata. A water pixel is optically deep when its blue and green reflectance are both below the mean + 3σ of the deep-water sample polygons (the bottom adds no signal), or when a depth raster says it is deeper than the maximum depth. Only class 4 is used for benthic mapping. Processed block by block; an image without any water stops with a message and writes nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Một raster mặt nạ với các lớp mã hóa: 1 đất liền hoặc mây (phản xạ NIR hoặc SWIR1 vượt ngưỡng; mặc định của ACOLITE cho SWIR 1600 nm là 0,0215, Vanhellemont &amp;amp; Ruddick 2018; chồng kênh 10 m không có SWIR chỉ dùng NIR), 2 không phải nước (NDWI không vượt ngưỡng, mặc định 0; McFeeters 1996), 3 nước sâu quang học, 4 nước nông quang học, 0 nodata. Một điểm ảnh nước là sâu quang học khi phản xạ lam và lục đều nhỏ hơn trung bình + 3σ của các đa giác mẫu nước sâu (đáy không đóng góp tín hiệu), hoặc khi raster độ sâu cho biết nó sâu hơn độ sâu tối đa. Chỉ lớp 4 được dùng để lập bản đồ đáy. Xử lý theo từng khối; ảnh không có nước sẽ dừng với thông báo và không ghi gì.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="135"/>
        <source>No deep-water polygons were given. Draw a few over clear water too deep to see the bottom.</source>
        <translation>Chưa có đa giác nước sâu nào. Hãy vẽ vài đa giác trên vùng nước trong nhưng quá sâu để thấy đáy.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="136"/>
        <source>No glint sample polygons were given. Draw them over deep water with visible glint.</source>
        <translation>Chưa có đa giác mẫu phản xạ mặt trời nào. Hãy vẽ chúng trên vùng nước sâu có phản xạ mặt trời rõ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="137"/>
        <source>No sand polygons were given. Draw them over bright sand from shallow to deeper water.</source>
        <translation>Chưa có đa giác cát nào. Hãy vẽ chúng trên cát sáng từ vùng nước nông đến sâu hơn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="138"/>
        <source>Deep-water polygon(s) {ids} lie outside the image. Check the CRS and extent of the layer.</source>
        <translation>Đa giác nước sâu {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="139"/>
        <source>Glint sample polygon(s) {ids} lie outside the image. Check the CRS and extent of the layer.</source>
        <translation>Đa giác mẫu phản xạ mặt trời {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="140"/>
        <source>Sand polygon(s) {ids} lie outside the image. Check the CRS and extent of the layer.</source>
        <translation>Đa giác cát {ids} nằm ngoài ảnh. Hãy kiểm tra hệ tọa độ và phạm vi của lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="141"/>
        <source>The deep-water polygons hold no usable pixel: they lie on land, cloud or nodata, or outside the water of the mask. Draw them over clear, deep water.</source>
        <translation>Các đa giác nước sâu không chứa điểm ảnh dùng được: chúng nằm trên đất liền, mây hoặc nodata, hoặc ngoài vùng nước của mặt nạ. Hãy vẽ chúng trên vùng nước trong và sâu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="142"/>
        <source>The glint sample polygons hold no usable pixel: they lie on land, cloud or nodata, or outside the water of the mask. Draw them over deep water with visible glint.</source>
        <translation>Các đa giác mẫu phản xạ mặt trời không chứa điểm ảnh dùng được: chúng nằm trên đất liền, mây hoặc nodata, hoặc ngoài vùng nước của mặt nạ. Hãy vẽ chúng trên vùng nước sâu có phản xạ mặt trời rõ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="143"/>
        <source>The sand polygons hold no usable pixel: they lie on land, cloud, nodata or deep water in the mask. Draw them over sand in optically shallow water.</source>
        <translation>Các đa giác cát không chứa điểm ảnh dùng được: chúng nằm trên đất liền, mây, nodata hoặc nước sâu trong mặt nạ. Hãy vẽ chúng trên cát ở vùng nước nông quang học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="151"/>
        <source>The deep-water polygons lie on land or cloud (no pixel under them is water: NIR &gt; {nir} or NDWI ≤ {ndwi}). Draw them over clear, deep water.</source>
        <translation>Các đa giác nước sâu nằm trên đất liền hoặc mây (không điểm ảnh nào bên dưới là nước: NIR &gt; {nir} hoặc NDWI ≤ {ndwi}). Hãy vẽ chúng trên vùng nước trong và sâu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="69"/>
        <source>The compiled cost search is not available on this system ({reason}); the slower library search is used instead (same results).</source>
        <translation>Bộ tìm kiếm chi phí đã biên dịch không có trên hệ thống này ({reason}); dùng bộ tìm kiếm thư viện chậm hơn thay thế (kết quả như nhau).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="104"/>
        <source>Use water-column indices as features</source>
        <translation>Dùng các chỉ số cột nước làm đặc trưng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="104"/>
        <source>Add six features computed from the blue, green, red and NIR reflectance: the Stumpf et al. (2003) log ratios ln(1000·B)/ln(1000·G) and ln(1000·G)/ln(1000·R), NDWI, and the ratios B/G, G/R, B/R. They depend less on depth and brightness than the bands; the peer validation uses them. With a model file, the model's own choice applies.</source>
        <translation>Thêm sáu đặc trưng tính từ phản xạ các kênh lam, lục, đỏ và cận hồng ngoại: tỉ số logarit của Stumpf và cộng sự (2003) ln(1000·B)/ln(1000·G) và ln(1000·G)/ln(1000·R), NDWI, và các tỉ số B/G, G/R, B/R. Chúng ít phụ thuộc vào độ sâu và độ sáng hơn các kênh; phần kiểm định đối chứng dùng chúng. Khi có tệp mô hình, lựa chọn của chính mô hình được áp dụng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="131"/>
        <source>Choose the features: the image bands, the water-column indices, the depth-invariant index raster, or several.</source>
        <translation>Hãy chọn các đặc trưng: các kênh ảnh, các chỉ số cột nước, raster chỉ số bất biến độ sâu, hoặc nhiều loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="68"/>
        <source>The resistance raster has {count} cell(s) above {limit:g}, e.g. at {where}: rescale the resistances (only their ratios matter for corridors).</source>
        <translation>Raster điện trở có {count} ô lớn hơn {limit:g}, ví dụ tại {where}: hãy co giãn lại các giá trị điện trở (với hành lang chỉ tỉ lệ giữa chúng là quan trọng).</translation>
    </message>
    <message>
        <location filename="../gui/install_packages.py" line="22"/>
        <source>Installing Python packages for Biodiversity (ĐDSH)</source>
        <translation>Đang cài đặt các gói Python cho Đa dạng sinh học (ĐDSH)</translation>
    </message>
    <message>
        <location filename="../gui/install_packages.py" line="42"/>
        <source>Cancelled by the user.</source>
        <translation>Người dùng đã hủy.</translation>
    </message>
    <message>
        <location filename="../gui/install_packages.py" line="58"/>
        <source>All optional Python packages are already installed.</source>
        <translation>Tất cả các gói Python tùy chọn đều đã được cài đặt.</translation>
    </message>
    <message>
        <location filename="../gui/install_packages.py" line="66"/>
        <source>Installed {names} for {python} into {folder}. Restart QGIS if an algorithm still reports them missing.</source>
        <translation>Đã cài đặt {names} cho {python} vào {folder}. Nếu thuật toán vẫn báo thiếu các gói này, hãy khởi động lại QGIS.</translation>
    </message>
    <message>
        <location filename="../gui/install_packages.py" line="71"/>
        <source>Could not install {names}: {error}</source>
        <translation>Không cài đặt được {names}: {error}</translation>
    </message>
    <message>
        <location filename="../gui/install_packages.py" line="71"/>
        <source>unknown error</source>
        <translation>lỗi không xác định</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="65"/>
        <source>Install missing packages…</source>
        <translation>Cài đặt các gói còn thiếu…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="38"/>
        <source>no CRS</source>
        <translation>(không có hệ tọa độ)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="107"/>
        <source>{count} feature(s) of &apos;{what}&apos; have no geometry and are left out.</source>
        <translation>{count} đối tượng của '{what}' không có hình học và đã bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="110"/>
        <source>Invalid geometries of &apos;{what}&apos; repaired before use: {ids}.</source>
        <translation>Đã sửa các hình học không hợp lệ của '{what}' trước khi dùng: {ids}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="27"/>
        <source>pyamg is not available for this Python ({python}, {platform}); the plugin bundles it for {bundled}. Grids above {nodes} nodes are solved with the direct solver (SuperLU) instead: one pair on 1000 × 1000 cells then takes about 52 s and 2.2 GB instead of about 4 s and 0.9 GB. Install pyamg into QGIS' Python to get the fast solver.</source>
        <translation>Không có pyamg cho bản Python này ({python}, {platform}); plugin chỉ kèm sẵn pyamg cho {bundled}. Vì vậy, lưới trên {nodes} nút được giải bằng bộ giải trực tiếp (SuperLU): khi đó một cặp trên lưới 1000 × 1000 ô mất khoảng 52 giây và 2,2 GB bộ nhớ, thay vì khoảng 4 giây và 0,9 GB. Hãy cài pyamg vào Python của QGIS để dùng bộ giải nhanh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="33"/>
        <source>The model was saved with scikit-learn {saved}; this QGIS has {current}. It was refitted from the {count} training pixels the file keeps, with the same settings (seed {seed}); the map may differ from the original in a few pixels. Save it again to keep the refitted model.</source>
        <translation>Mô hình được lưu bằng scikit-learn {saved}, còn QGIS này dùng scikit-learn {current}. Mô hình đã được huấn luyện lại từ {count} điểm ảnh huấn luyện lưu trong tệp, với cùng thiết lập (hạt giống {seed}); bản đồ có thể khác bản gốc ở một vài điểm ảnh. Hãy lưu lại mô hình để giữ bản đã huấn luyện lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="47"/>
        <source>The file &apos;{path}&apos; could not be written ({error}). Check that its folder exists and can be written.</source>
        <translation>Không ghi được tệp '{path}' ({error}). Hãy kiểm tra thư mục chứa tệp có tồn tại và có quyền ghi không.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="48"/>
        <source>&apos;{path}&apos; could not be read as a habitat model file of this plugin. A model saved by a plugin version before 0.3 with another scikit-learn cannot be read: train it again.</source>
        <translation>Không đọc được '{path}' dưới dạng tệp mô hình sinh cảnh của plugin này. Mô hình do phiên bản plugin trước 0.3 lưu bằng một phiên bản scikit-learn khác thì không đọc được: hãy huấn luyện lại mô hình.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="271"/>
        <source>The GeoPackage database {path} refused the operation: {detail}</source>
        <translation>Cơ sở dữ liệu GeoPackage {path} từ chối thao tác: {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="308"/>
        <source>This needs the Python package(s) {names}, which QGIS' Python does not have. Install them with the plugin menu Biodiversity (ĐDSH) › Install missing packages, or in a terminal: {command}. Then restart QGIS.</source>
        <translation>Chức năng này cần gói Python {names}, nhưng Python của QGIS chưa có. Hãy cài đặt bằng menu của plugin Đa dạng sinh học (ĐDSH) › Cài đặt các gói còn thiếu, hoặc chạy lệnh sau trong cửa sổ dòng lệnh (terminal): {command}. Sau đó khởi động lại QGIS.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="309"/>
        <source>This needs the Python package(s) {names}, which QGIS' Python does not have. Install them with the plugin menu Biodiversity (ĐDSH) › Install missing packages, or in the OSGeo4W Shell: {command}. Then restart QGIS.</source>
        <translation>Chức năng này cần gói Python {names}, nhưng Python của QGIS chưa có. Hãy cài đặt bằng menu của plugin Đa dạng sinh học (ĐDSH) › Cài đặt các gói còn thiếu, hoặc chạy lệnh sau trong OSGeo4W Shell: {command}. Sau đó khởi động lại QGIS.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="311"/>
        <source>The file '{path}' is not a QGIS print layout template (.qpt). Save one from QGIS' layout designer (Layout ▸ Save as Template…), starting from a template of the plugin.</source>
        <translation>Tệp '{path}' không phải mẫu trình bày bản in của QGIS (.qpt). Hãy lưu một mẫu từ cửa sổ trình bày bản in của QGIS (Trình bày ▸ Lưu thành Mẫu tạm…, tiếng Anh: Layout ▸ Save as Template…), bắt đầu từ một mẫu trình bày của plugin.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="312"/>
        <source>The print template '{path}' has no map item with the id 'map'. Keep the item ids of the plugin's templates (map, locator, legend, title…) when editing a copy.</source>
        <translation>Mẫu trình bày '{path}' không có phần tử bản đồ mang mã 'map'. Khi chỉnh sửa bản sao, hãy giữ nguyên mã các phần tử của mẫu trình bày của plugin (map, locator, legend, title…).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="313"/>
        <source>The map could not be written to &apos;{path}&apos; ({error}). Check that its folder exists and can be written.</source>
        <translation>Không ghi được bản đồ vào '{path}' ({error}). Hãy kiểm tra thư mục chứa tệp có tồn tại và có quyền ghi không.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="314"/>
        <source>The print template &apos;{path}&apos; could not be written. Check that its folder exists and can be written.</source>
        <translation>Không ghi được mẫu trình bày '{path}'. Hãy kiểm tra thư mục chứa tệp có tồn tại và có quyền ghi không.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="315"/>
        <source>The print template &apos;{path}&apos; does not exist. Choose a .qpt layout template.</source>
        <translation>Mẫu trình bày '{path}' không tồn tại. Hãy chọn một tệp mẫu trình bày .qpt.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="316"/>
        <source>The print template &apos;{path}&apos; could not be read ({error}). Choose a .qpt layout template saved from QGIS.</source>
        <translation>Không đọc được mẫu trình bày '{path}' ({error}). Hãy chọn một tệp mẫu trình bày .qpt được lưu từ QGIS.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="365"/>
        <source>The layer &apos;{what}&apos; has no field {fields}.</source>
        <translation>Lớp '{what}' không có trường {fields}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="366"/>
        <source>The layer &apos;{what}&apos; has no features with a geometry.</source>
        <translation>Lớp '{what}' không có đối tượng nào có hình học.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="371"/>
        <source>Choose the field that names each feature of &apos;{what}&apos;.</source>
        <translation>Hãy chọn trường đặt tên cho từng đối tượng của '{what}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="376"/>
        <source>The table &apos;{path}&apos; could not be read as CSV: {error}</source>
        <translation>Không đọc được bảng '{path}' dạng CSV: {error}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="28"/>
        <source>The grid has {nodes} nodes; the current-flow solve would need about {need} MB of memory but only {free} MB are available. Coarsen the resistance raster (larger cells) or clip it to the study area.</source>
        <translation>Lưới có {nodes} nút; việc giải dòng điện cần khoảng {need} MB bộ nhớ nhưng chỉ còn {free} MB. Hãy làm thô raster trở kháng (ô lớn hơn) hoặc cắt theo vùng nghiên cứu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="61"/>
        <source>The grid has {cells} cells; this analysis needs about {need} MB of memory but only {free} MB are available. Use a coarser resolution (e.g. Resample), clip the resistance raster to the study area, use 8 neighbours or fewer cores.</source>
        <translation>Lưới có {cells} ô; phân tích này cần khoảng {need} MB bộ nhớ nhưng chỉ còn {free} MB. Hãy dùng độ phân giải thô hơn (ví dụ Resample), cắt raster lực cản theo vùng nghiên cứu, dùng 8 ô lân cận hoặc ít vùng lõi hơn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="372"/>
        <source>Feature &apos;{id}&apos; of &apos;{what}&apos; is not a polygon.</source>
        <translation>Đối tượng '{id}' của '{what}' không phải là đa giác.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="374"/>
        <source>Feature &apos;{id}&apos; of &apos;{what}&apos; is not a point.</source>
        <translation>Đối tượng '{id}' của '{what}' không phải là điểm.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="233"/>
        <source>The title &apos;{title}&apos; would give the table name {slug}_v&lt;version&gt;, but names starting with {prefix} are reserved by the database ({prefixes}): choose another title.</source>
        <translation>Tiêu đề '{title}' sẽ cho tên bảng {slug}_v&lt;phiên bản&gt;, nhưng tên bắt đầu bằng {prefix} được cơ sở dữ liệu dành riêng ({prefixes}): hãy chọn tiêu đề khác.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="234"/>
        <source>The title contains a NUL character (\u0000), which databases cannot store: remove it.</source>
        <translation>Tiêu đề chứa ký tự NUL (\u0000), mà cơ sở dữ liệu không lưu được: hãy xóa ký tự đó.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="235"/>
        <source>Field names longer than 63 bytes (PostgreSQL&apos;s limit) are shortened, the same way on every push: {renames}. The original names are kept in the lineage.</source>
        <translation>Tên trường dài hơn 63 byte (giới hạn của PostgreSQL) được rút ngắn, giống nhau ở mọi lần đẩy: {renames}. Tên gốc được giữ trong lịch sử xử lý.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="236"/>
        <source>The layer has fields named {names}: they are kept, and the key and geometry columns the database adds are named {key} and {geometry} instead.</source>
        <translation>Lớp có trường tên {names}: các trường này được giữ nguyên, còn cột khóa và cột hình học do cơ sở dữ liệu thêm vào được đặt tên {key} và {geometry}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="265"/>
        <source>The file {path} is not a GeoPackage database (or it is encrypted). Choose a GeoPackage made by the plugin, or a new file name.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu GeoPackage (hoặc đã bị mã hóa). Hãy chọn một GeoPackage do plugin tạo, hoặc một tên tệp mới.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="266"/>
        <source>The GeoPackage database {path} is damaged (truncated or corrupted): restore it from a backup. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu GeoPackage {path} bị hỏng (bị cắt cụt hoặc hư dữ liệu): hãy khôi phục từ bản sao lưu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="267"/>
        <source>The GeoPackage database {path} is in use by another program (locked for more than {seconds} s). Close the other program, or end its editing session, and try again.</source>
        <translation>Cơ sở dữ liệu GeoPackage {path} đang được một chương trình khác sử dụng (bị khóa quá {seconds} giây). Hãy đóng chương trình đó, hoặc kết thúc phiên chỉnh sửa của nó, rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="268"/>
        <source>The disk of the GeoPackage database {path} is full; nothing was stored. Free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu GeoPackage {path} đã đầy; không có gì được lưu. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="269"/>
        <source>The GeoPackage database {path} cannot be created or written there: check that its folder exists and can be written ({detail}).</source>
        <translation>Không thể tạo hoặc ghi cơ sở dữ liệu GeoPackage {path} ở đó: hãy kiểm tra thư mục của nó tồn tại và ghi được ({detail}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="270"/>
        <source>The GeoPackage database {path} cannot be created: {parent} is a file, not a folder.</source>
        <translation>Không thể tạo cơ sở dữ liệu GeoPackage {path}: {parent} là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="280"/>
        <source>The title, province or reserve contains a NUL character (\u0000), which databases cannot store; remove it and push again.</source>
        <translation>Tiêu đề, tỉnh hoặc khu bảo tồn chứa ký tự NUL (\u0000), mà cơ sở dữ liệu không lưu được; hãy xóa ký tự đó rồi đẩy lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="281"/>
        <source>The lineage contains a NUL character (\u0000) at {where}, which databases cannot store; remove it from the lineage and push again. Nothing was queued.</source>
        <translation>Lịch sử xử lý chứa ký tự NUL (\u0000) tại {where}, mà cơ sở dữ liệu không lưu được; hãy xóa ký tự đó khỏi lịch sử xử lý rồi đẩy lại. Không có gì được đưa vào hàng đợi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="282"/>
        <source>The title '{title}' would give the table name {slug}_v…, but names starting with {prefix} are reserved by the database ({prefixes}); choose another title.</source>
        <translation>Tiêu đề '{title}' sẽ cho tên bảng {slug}_v…, nhưng tên bắt đầu bằng {prefix} được cơ sở dữ liệu dành riêng ({prefixes}); hãy chọn tiêu đề khác.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="323"/>
        <source>The output &apos;{output}&apos; would overwrite the input file &apos;{path}&apos;: choose another file name, so that the input is kept.</source>
        <translation>Đầu ra '{output}' sẽ ghi đè lên tệp đầu vào '{path}': hãy chọn tên tệp khác để giữ lại đầu vào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="324"/>
        <source>The folder &apos;{folder}&apos; of the output &apos;{output}&apos; does not exist: create it or choose another folder.</source>
        <translation>Thư mục '{folder}' của đầu ra '{output}' không tồn tại: hãy tạo thư mục đó hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="325"/>
        <source>The folder &apos;{folder}&apos; of the output &apos;{output}&apos; cannot be written: choose a folder you can write to.</source>
        <translation>Thư mục '{folder}' của đầu ra '{output}' không ghi được: hãy chọn một thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="352"/>
        <source>Nothing was pushed to the database: {reasons}</source>
        <translation>Không có gì được đẩy vào cơ sở dữ liệu: {reasons}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/common.py" line="185"/>
        <source>The cores fall into {n} groups that no path joins (barriers between them): {groups}. No link or corridor joins two groups; the links&apos; &apos;group&apos; field gives each link&apos;s group.</source>
        <translation>Các vùng lõi chia thành {n} nhóm mà không đường nào nối được với nhau (có vật cản giữa chúng): {groups}. Không có liên kết hay hành lang nào nối hai nhóm; trường 'group' của các liên kết cho biết nhóm của từng liên kết.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="57"/>
        <source>&lt;p&gt;Maps least-cost corridors between core areas as Linkage Mapper does (McRae &amp;amp; Kavanagh 2011), inside QGIS. For each core the cost-weighted distance (CWD) over the resistance raster; each core is linked to its nearest cores by least-cost distance (LCD); a link whose least-cost path passes through another core is dropped (the cores are linked through that core). Each link's normalized least-cost corridor NLCC = CWD_A + CWD_B − LCD is 0 on the least-cost path and grows away from it; the corridors are mosaicked by minimum and truncated at the cutoff. Cores that nothing can reach are reported as disconnected; cores that barriers split into groups no path joins are named by group in the log and the links' 'group' field (no link joins two groups).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lập bản đồ hành lang chi phí thấp nhất giữa các vùng lõi như Linkage Mapper (McRae &amp;amp; Kavanagh 2011), ngay trong QGIS. Với mỗi vùng lõi, tính khoảng cách có trọng số chi phí (CWD) trên raster lực cản; mỗi vùng lõi được nối với các vùng lõi gần nhất theo khoảng cách chi phí thấp nhất (LCD); liên kết nào có đường chi phí thấp nhất đi qua một vùng lõi khác thì bị loại (hai vùng lõi được nối qua vùng lõi đó). Hành lang chi phí thấp nhất chuẩn hóa của mỗi liên kết NLCC = CWD_A + CWD_B − LCD bằng 0 trên đường chi phí thấp nhất và tăng dần khi ra xa; các hành lang được ghép theo giá trị nhỏ nhất và cắt tại ngưỡng. Các vùng lõi không thể tới được được báo là bị cô lập; các vùng lõi bị vật cản chia thành những nhóm không có đường nối với nhau được nêu theo nhóm trong nhật ký và trong trường 'group' của các liên kết (không liên kết nào nối hai nhóm).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="140"/>
        <source>{n} link(s) kept, within {groups} groups of cores that no path joins; costs in {units}.</source>
        <translation>Giữ {n} liên kết, trong {groups} nhóm vùng lõi không có đường nối với nhau; chi phí tính bằng {units}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="64"/>
        <source>&lt;p&gt;The least-cost path between pairs of core areas on a resistance raster, as lines with the least-cost distance (cost), the path&apos;s length, the edge-to-edge Euclidean distance between the cores and the cost:Euclidean ratio (Linkage Mapper&apos;s link table). Pairs: all pairs, adjacent cores (whose cost allocation zones touch, Linkage Mapper&apos;s cost adjacency) or a list. Pairs that cannot reach each other are reported with status &apos;disconnected&apos; and empty cost; paths through a third core have status &apos;crosses core&apos;. Cores that barriers split into groups no path joins are named by group in the log and the &apos;group&apos; field (empty for a pair between two groups).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đường chi phí thấp nhất giữa các cặp vùng lõi trên raster lực cản, dưới dạng đường kèm khoảng cách chi phí thấp nhất (cost), chiều dài đường, khoảng cách Euclid từ mép tới mép giữa hai vùng lõi và tỷ số chi phí:Euclid (bảng liên kết của Linkage Mapper). Các cặp: mọi cặp, các vùng lõi kề nhau (có vùng phân bổ chi phí tiếp giáp, như độ kề chi phí của Linkage Mapper) hoặc một danh sách. Các cặp không thể tới nhau được báo với trạng thái 'disconnected' và chi phí để trống; đường đi qua vùng lõi thứ ba có trạng thái 'crosses core'. Các vùng lõi bị vật cản chia thành những nhóm không có đường nối với nhau được nêu theo nhóm trong nhật ký và trong trường 'group' (để trống với một cặp thuộc hai nhóm khác nhau).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="57"/>
        <source>&lt;p&gt;Pinch points of least-cost corridors (McRae 2012, Linkage Mapper Pinchpoint Mapper): for every link between two cores, current flows (Circuitscape pairwise, 1 A, cores short-circuited) only inside the corridor of that link, i.e. where the normalized least-cost corridor NLCC = CWD_A + CWD_B − LCD is at most the cutoff (computed here with the project's cost rule: mean resistance × step length × cell size), or where a given corridor raster is at most the cutoff. Narrow places where current concentrates are pinch points. The per-link current maps are mosaicked by maximum (cores set to nodata); a table gives each link's effective resistance. A resistance raster too large for the memory is refused from its size before it is read (at least 150 bytes per cell, nodata or not), with the estimate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Điểm thắt của các hành lang chi phí thấp nhất (McRae 2012, Pinchpoint Mapper của Linkage Mapper): với mỗi liên kết giữa hai vùng lõi, dòng điện (Circuitscape từng cặp, 1 A, vùng lõi được nối tắt) chỉ chạy bên trong hành lang của liên kết đó, tức là nơi hành lang chi phí thấp nhất chuẩn hóa NLCC = CWD_A + CWD_B − LCD không vượt quá ngưỡng cắt (tính tại đây theo quy tắc chi phí của dự án: trở kháng trung bình × độ dài bước × kích thước ô), hoặc nơi một raster hành lang cho trước không vượt quá ngưỡng. Những chỗ hẹp nơi dòng điện dồn lại là điểm thắt. Bản đồ dòng điện của từng liên kết được ghép theo giá trị lớn nhất (vùng lõi đặt là không có dữ liệu); một bảng cho biết điện trở hiệu dụng của từng liên kết. Raster trở kháng quá lớn so với bộ nhớ bị từ chối theo kích thước trước khi đọc (ít nhất 150 byte mỗi ô, dù có dữ liệu hay không), kèm ước tính.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="37"/>
        <source>&lt;p&gt;Resistance to movement of every cell, from its habitat class and a lookup table (class code → resistance, 1 = easiest to cross). Without a table, a default for the plugin's habitat classes is used ({default}; meant for a forest-dwelling mammal — give your own table for your species). Zero or negative resistances and classes missing from the table are refused, naming them. The output is on the class map's grid, ready for cost distance, corridors and current flow.&lt;/p&gt;&lt;p&gt;Before any work, the run says how large the output can be (4 bytes per cell before compression) and how much space its folder has; when the folder could not hold it uncompressed, the run is refused, since how much compression saves is known only once the file is written. Clip the class map to the study area or resample it to larger cells, or write to a disk with more free space.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lực cản di chuyển của mỗi ô, từ lớp sinh cảnh của ô và một bảng tra (mã lớp → lực cản, 1 = dễ đi qua nhất). Nếu không có bảng, dùng bảng mặc định cho các lớp sinh cảnh của plugin ({default}; dành cho một loài thú sống trong rừng — hãy dùng bảng riêng cho loài bạn nghiên cứu). Lực cản bằng 0 hoặc âm và các lớp thiếu trong bảng bị từ chối, có nêu tên. Kết quả nằm trên lưới của bản đồ lớp, sẵn sàng cho khoảng cách chi phí, hành lang và dòng điện.&lt;/p&gt;&lt;p&gt;Trước khi làm, lần chạy cho biết kết quả có thể lớn đến đâu (4 byte mỗi ô trước khi nén) và thư mục của nó còn bao nhiêu chỗ trống; khi thư mục không chứa nổi kết quả chưa nén, lần chạy bị từ chối, vì chỉ khi tệp đã được ghi mới biết nén tiết kiệm được bao nhiêu. Hãy cắt bản đồ lớp theo vùng nghiên cứu hoặc lấy mẫu lại với ô lớn hơn, hoặc ghi vào ổ đĩa còn nhiều chỗ trống hơn.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="80"/>
        <source>Output: {cells} cells, up to {need} MB before compression; {free} MB free in its folder.</source>
        <translation>Kết quả: {cells} ô, tới {need} MB trước khi nén; thư mục của nó còn trống {free} MB.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/common.py" line="36"/>
        <source>Left out of training, and other notes</source>
        <translation>Phần bị loại khỏi huấn luyện và các ghi chú khác</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="47"/>
        <source>an unnamed CRS ({definition})</source>
        <translation>một hệ tọa độ không tên ({definition})</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="29"/>
        <source>The raster &apos;{name}&apos; has {cells} cells; a circuit analysis (current flow, pinch points) holds at least {per_cell} bytes per cell, nodata or not, so it would need at least {need} MB of memory but only {free} MB are available. Coarsen the raster (larger cells, e.g. Resample) or clip it to the study area.</source>
        <translation>Raster '{name}' có {cells} ô; một phân tích mạch điện (dòng điện, điểm thắt) giữ ít nhất {per_cell} byte cho mỗi ô, dù ô có dữ liệu hay không, nên sẽ cần ít nhất {need} MB bộ nhớ nhưng chỉ còn {free} MB. Hãy làm thô raster (ô lớn hơn, ví dụ Resample) hoặc cắt theo vùng nghiên cứu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="32"/>
        <source>The class field &apos;{field}&apos; holds text such as &apos;{example}&apos;, not integer codes: its {count} names were numbered in alphabetical order as the class codes ({numbering}) and are kept as the class names. To choose the codes yourself, give an integer code field, and this field as the class name field.</source>
        <translation>Trường lớp '{field}' chứa văn bản như '{example}', không phải mã số nguyên: {count} tên của trường được đánh số theo thứ tự chữ cái làm mã lớp ({numbering}) và được giữ làm tên lớp. Để tự chọn mã, hãy chọn một trường mã số nguyên và dùng trường này làm trường tên lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="34"/>
        <source>The class field '{field}' holds values that are not whole numbers: {values}. Class codes must be integers (1–254), one per class: choose an integer code field (or a field of class names, which the plugin numbers), or round the codes first.</source>
        <translation>Trường lớp '{field}' chứa giá trị không phải số nguyên: {values}. Mã lớp phải là số nguyên (1–254), mỗi lớp một mã: hãy chọn một trường mã số nguyên (hoặc một trường tên lớp, plugin sẽ tự đánh số), hoặc làm tròn các mã trước.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="36"/>
        <source>Training needs at least two classes with image pixels, but none is left. Classes left out: {left}. Training polygons outside the image: {outside}. Training polygons on nodata or smaller than a pixel: {without}. Check the CRS and extent of the training layer and the image&apos;s nodata.</source>
        <translation>Huấn luyện cần ít nhất hai lớp có điểm ảnh, nhưng không còn lớp nào. Các lớp bị loại: {left}. Vùng mẫu nằm ngoài ảnh: {outside}. Vùng mẫu nằm trên nodata hoặc nhỏ hơn một điểm ảnh: {without}. Hãy kiểm tra hệ tọa độ và phạm vi của lớp vùng mẫu, và giá trị nodata của ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="41"/>
        <source>The class field &apos;{field}&apos; holds {count} different texts; a classification takes at most 254 classes. Choose a field of class codes or class names.</source>
        <translation>Trường lớp '{field}' chứa {count} giá trị văn bản khác nhau; một phân loại chỉ có tối đa 254 lớp. Hãy chọn một trường mã lớp hoặc tên lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="43"/>
        <source>Training polygon(s) {ids} lie outside the image and were left out. Check the CRS and extent of the training layer.</source>
        <translation>Vùng mẫu {ids} nằm ngoài ảnh và đã bị loại. Hãy kiểm tra hệ tọa độ và phạm vi của lớp vùng mẫu.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="44"/>
        <source>Training polygon(s) {ids} cover no image pixel (they lie on nodata or are smaller than a pixel) and were left out.</source>
        <translation>Vùng mẫu {ids} không chứa điểm ảnh nào (nằm trên nodata hoặc nhỏ hơn một điểm ảnh) và đã bị loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="45"/>
        <source>Class {label} has no image pixels under its training polygons ({ids}); it is left out of the model and the map.</source>
        <translation>Lớp {label} không có điểm ảnh nào dưới các vùng mẫu của nó ({ids}); lớp này bị loại khỏi mô hình và bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="46"/>
        <source>Training needs at least two classes with image pixels, but only class {kept} is left. Classes left out: {left}. Training polygons outside the image: {outside}. Training polygons on nodata or smaller than a pixel: {without}. Check the CRS and extent of the training layer and the image&apos;s nodata.</source>
        <translation>Huấn luyện cần ít nhất hai lớp có điểm ảnh, nhưng chỉ còn lớp {kept}. Các lớp bị loại: {left}. Vùng mẫu nằm ngoài ảnh: {outside}. Vùng mẫu nằm trên nodata hoặc nhỏ hơn một điểm ảnh: {without}. Hãy kiểm tra hệ tọa độ và phạm vi của lớp vùng mẫu, và giá trị nodata của ảnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="116"/>
        <source>The raster &apos;{path}&apos; is damaged: GDAL cannot read part of its pixels ({reason}). A download or copy cut short leaves a file like this. Re-download or re-export it (and check that the copy is complete), then run again.</source>
        <translation>Raster '{path}' bị hỏng: GDAL không đọc được một phần điểm ảnh của nó ({reason}). Một lần tải xuống hoặc sao chép bị ngắt giữa chừng để lại tệp như vậy. Hãy tải xuống lại hoặc xuất lại tệp (và kiểm tra bản sao đã đầy đủ), rồi chạy lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="118"/>
        <source>The output &apos;{path}&apos; would take up to {need} MB ({cells} cells of {size} byte(s), before compression) but its folder &apos;{folder}&apos; has only {free} MB free. How much compression saves is known only once the file is written, so the work is not started. Clip the input to the study area, resample it to larger cells, or write the output to a disk with more free space.</source>
        <translation>Kết quả '{path}' có thể chiếm tới {need} MB ({cells} ô, mỗi ô {size} byte, trước khi nén) nhưng thư mục '{folder}' của nó chỉ còn trống {free} MB. Chỉ khi tệp đã được ghi mới biết nén tiết kiệm được bao nhiêu, nên công việc không được bắt đầu. Hãy cắt đầu vào theo vùng nghiên cứu, lấy mẫu lại với ô lớn hơn, hoặc ghi kết quả vào ổ đĩa còn nhiều chỗ trống hơn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="122"/>
        <source>&apos;{path}&apos; is not a raster GDAL can read ({reason}). If it should be one, it is damaged: re-download or re-export it.</source>
        <translation>'{path}' không phải raster GDAL đọc được ({reason}). Nếu đó đúng là một raster thì tệp đã bị hỏng: hãy tải xuống lại hoặc xuất lại.</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="31"/>
        <source>— choose the province —</source>
        <translation>— chọn tỉnh —</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="88"/>
        <source>Choose the province: its VN-2000 TM-3 zone is shown here.</source>
        <translation>Hãy chọn tỉnh: múi chiếu VN-2000 TM-3 của tỉnh được hiển thị tại đây.</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="94"/>
        <source>Choose the province first.</source>
        <translation>Hãy chọn tỉnh trước.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="84"/>
        <source>Field of the reference points holding the reference class code (same codes as the map); when the layer has no field 'ref_class', the likely one (an integer field named class, code, reference…), never the feature id 'fid'.</source>
        <translation>Trường của lớp điểm tham chiếu chứa mã lớp tham chiếu (cùng bộ mã với bản đồ); khi lớp không có trường 'ref_class', dùng trường có khả năng nhất (trường số nguyên tên class, code, reference…), không bao giờ dùng mã định danh đối tượng 'fid'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="143"/>
        <source>Integer class code (1–254) of each training polygon; when the layer has no field 'class', the likely one (an integer field named code, class_id, ma_lop, loai, id…) is used, never the feature id 'fid'. A field of class names (text such as 'forest') is accepted too: its names are numbered 1, 2, … in alphabetical order and kept as the class names, and the log and the report say which code each name got. Codes that are not whole numbers (1.5) are refused.</source>
        <translation>Mã lớp số nguyên (1–254) của từng vùng mẫu; khi lớp không có trường 'class', dùng trường có khả năng nhất (trường số nguyên tên code, class_id, ma_lop, loai, id…), không bao giờ dùng mã định danh đối tượng 'fid'. Trường tên lớp (văn bản như 'rừng') cũng được chấp nhận: các tên được đánh số 1, 2, … theo thứ tự chữ cái và giữ làm tên lớp; nhật ký và báo cáo cho biết mỗi tên nhận mã nào. Mã không phải số nguyên (1,5) bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/inputs.py" line="215"/>
        <source>Class code field: &apos;{field}&apos; (chosen by its name; choose another one if it is not the class codes).</source>
        <translation>Trường mã lớp: '{field}' (chọn theo tên trường; hãy chọn trường khác nếu đây không phải mã lớp).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="120"/>
        <source>Integer class code 1–254 (when the layer has no field 'class', the likely one: an integer field named code, class_id, ma_lop, loai, id…, never the feature id 'fid'); the Allen Coral Atlas codes are {classes}.</source>
        <translation>Mã lớp số nguyên 1–254 (khi lớp không có trường 'class', dùng trường có khả năng nhất: trường số nguyên tên code, class_id, ma_lop, loai, id…, không bao giờ dùng mã định danh đối tượng 'fid'); các mã theo Allen Coral Atlas là {classes}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="240"/>
        <source>No province chosen: choose the province the layer covers (Province tab, or the Province field of the form).</source>
        <translation>Chưa chọn tỉnh: hãy chọn tỉnh mà lớp bao phủ (thẻ Tỉnh, hoặc ô Tỉnh của biểu mẫu).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="241"/>
        <source>&apos;{name}&apos; is not a province of the list: choose the province from the Province tab.</source>
        <translation>'{name}' không phải là một tỉnh trong danh sách: hãy chọn tỉnh ở thẻ Tỉnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="242"/>
        <source>The layer&apos;s CRS {crs} is not the VN-2000 TM-3 zone of {province} ({zones}): check the province, or reproject the layer to its zone.</source>
        <translation>Hệ tọa độ {crs} của lớp không phải múi chiếu VN-2000 TM-3 của {province} ({zones}): hãy kiểm tra lại tỉnh, hoặc chuyển lớp sang múi chiếu của tỉnh.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="369"/>
        <source>The field &apos;{field}&apos; is the feature id, not a class code: a map of it would have one class per polygon. Choose the field that holds the class codes.</source>
        <translation>Trường '{field}' là mã định danh đối tượng, không phải mã lớp: bản đồ theo trường này sẽ có mỗi đa giác một lớp. Hãy chọn trường chứa mã lớp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="370"/>
        <source>Choose the class code field: no field of the layer looks like class codes (an integer field named class, code, class_id, ma_lop, loai…).</source>
        <translation>Hãy chọn trường mã lớp: không có trường nào của lớp giống mã lớp (trường số nguyên tên class, code, class_id, ma_lop, loai…).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="373"/>
        <source>The field &apos;{field}&apos; is the feature id, not a class code: a map of it would have one class per polygon. Choose the class code field (&apos;{likely}&apos; looks like one).</source>
        <translation>Trường '{field}' là mã định danh đối tượng, không phải mã lớp: bản đồ theo trường này sẽ có mỗi đa giác một lớp. Hãy chọn trường mã lớp ('{likely}' có vẻ là trường đó).</translation>
    </message>
    <message>
        <location filename="../gui/processing_widgets.py" line="33"/>
        <source>(none: the map frames the extent or all layers)</source>
        <translation>(không chọn: bản đồ bao phạm vi đã cho hoặc mọi lớp)</translation>
    </message>
    <message>
        <location filename="../gui/processing_widgets.py" line="34"/>
        <source>The names of the zone name field of the zones layer chosen above.</source>
        <translation>Các tên trong trường tên phân vùng của lớp phân vùng đã chọn ở trên.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="82"/>
        <source>Connectivity indices</source>
        <translation>Chỉ số kết nối</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/connectivity_indices.py" line="85"/>
        <source>IIC, PC and the importance dPC (intra, flux, connector) of each habitat core (Saura and Rubio 2010).</source>
        <translation>IIC, PC và mức quan trọng dPC (nội vùng, thông lượng, cầu nối) của từng vùng lõi sinh cảnh (Saura và Rubio 2010).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="50"/>
        <source>Least-cost corridors</source>
        <translation>Hành lang chi phí thấp nhất</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/corridors.py" line="53"/>
        <source>Normalised least-cost corridors between core areas, as Linkage Mapper maps them (McRae and Kavanagh 2011).</source>
        <translation>Hành lang chi phí thấp nhất chuẩn hóa giữa các vùng lõi, theo cách của Linkage Mapper (McRae và Kavanagh 2011).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="48"/>
        <source>Cost distance</source>
        <translation>Khoảng cách chi phí</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/cost_distance.py" line="51"/>
        <source>Accumulated cost from the nearest source over a resistance raster, with allocation and back-direction.</source>
        <translation>Chi phí tích lũy từ nguồn gần nhất trên raster lực cản, kèm phân vùng theo nguồn và hướng quay về.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="75"/>
        <source>Current flow</source>
        <translation>Dòng điện liên kết</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="78"/>
        <source>Circuit theory as in Circuitscape (McRae 2006): pairwise, one-to-all, all-to-one or advanced.</source>
        <translation>Lý thuyết mạch điện như Circuitscape (McRae 2006): từng cặp, một-tới-tất-cả, tất-cả-tới-một hoặc nâng cao.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="81"/>
        <source>&lt;p&gt;Circuit-theory connectivity (McRae 2006; McRae et al. 2008), compatible with Circuitscape: every cell with a resistance is a node joined to its 4 or 8 neighbours; current is passed between focal nodes (points) or focal regions (polygons, short-circuited). Modes: pairwise (every pair, 1 A), one-to-all, all-to-one and advanced (source and ground rasters). Outputs the cumulative current map (GeoTIFF with the CRS of the resistance raster; current in amperes per 1 A injected), the effective resistance between focal nodes (CSV; -1 = not connected) and, on request, voltage maps.&lt;/p&gt;&lt;p&gt;Needed: the resistance raster and focal points, regions or a focal raster (in advanced mode, a current source raster and a ground raster instead of the focal nodes). Or, instead of all of them, a Circuitscape .ini file (last of the advanced parameters), so that a Circuitscape job runs here unchanged; the results match Circuitscape&apos;s own test suite.&lt;/p&gt;&lt;p&gt;Large grids are solved with algebraic multigrid (pyamg) when it is installed; a grid too large for the memory is refused from its size before it is read (at least 150 bytes per cell, nodata or not), and again before solving, with the estimate.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tính kết nối theo lý thuyết mạch điện (McRae 2006; McRae và cộng sự 2008), tương thích với Circuitscape: mỗi ô có giá trị trở kháng là một nút, nối với 4 hoặc 8 ô lân cận; dòng điện chạy giữa các nút tiêu điểm (điểm) hoặc vùng tiêu điểm (đa giác, được nối tắt). Các chế độ: từng cặp (mọi cặp, 1 A), một-tới-tất-cả, tất-cả-tới-một và nâng cao (raster nguồn và raster tiếp đất). Kết quả gồm bản đồ dòng điện cộng dồn (GeoTIFF cùng hệ tọa độ với raster trở kháng; dòng điện tính bằng ampe cho mỗi 1 A bơm vào), điện trở hiệu dụng giữa các nút tiêu điểm (CSV; -1 = không liên thông) và, nếu yêu cầu, các bản đồ điện thế.&lt;/p&gt;&lt;p&gt;Cần có: raster trở kháng và điểm, vùng hoặc raster tiêu điểm (ở chế độ nâng cao thì thay các nút tiêu điểm bằng một raster nguồn dòng và một raster tiếp đất). Hoặc, thay cho tất cả các đầu vào đó, một tệp .ini của Circuitscape (tham số cuối cùng trong phần tham số nâng cao), nên một tác vụ Circuitscape chạy ở đây không cần sửa; kết quả khớp với bộ kiểm thử của chính Circuitscape.&lt;/p&gt;&lt;p&gt;Lưới lớn được giải bằng đa lưới đại số (pyamg) khi đã cài đặt; lưới quá lớn so với bộ nhớ bị từ chối theo kích thước trước khi đọc (ít nhất 150 byte mỗi ô, dù có dữ liệu hay không), và lần nữa trước khi giải, kèm ước tính.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="97"/>
        <source>Resistance per cell (positive; nodata and negative cells are barriers; 0 is refused). Needed unless a Circuitscape .ini file is given (advanced parameters).</source>
        <translation>Trở kháng của mỗi ô (số dương; ô không có dữ liệu và ô âm là vật cản; giá trị 0 bị từ chối). Bắt buộc, trừ khi đã cho một tệp .ini của Circuitscape (trong phần tham số nâng cao).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="102"/>
        <source>Points (focal nodes) or polygons (focal regions, e.g. forest cores); this or a focal raster is needed in every mode but the advanced one. A polygon covers the cells whose centre lies inside it; a polygon smaller than a cell takes the cell of its centroid.</source>
        <translation>Điểm (nút tiêu điểm) hoặc đa giác (vùng tiêu điểm, ví dụ các vùng lõi rừng); cần lớp này hoặc một raster tiêu điểm ở mọi chế độ trừ chế độ nâng cao. Một đa giác phủ các ô có tâm nằm trong nó; đa giác nhỏ hơn một ô lấy ô chứa trọng tâm của nó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="140"/>
        <source>Circuitscape .ini file (instead of the inputs above)</source>
        <translation>Tệp .ini của Circuitscape (thay cho các đầu vào ở trên)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="140"/>
        <source>A Circuitscape job file (raster data type), to run an existing Circuitscape job unchanged: when given, the resistance raster, focal nodes, mode and connection options are taken from the file and those above are ignored.</source>
        <translation>Tệp tác vụ Circuitscape (kiểu dữ liệu raster), để chạy nguyên một tác vụ Circuitscape có sẵn: khi có tệp này, raster trở kháng, các nút tiêu điểm, chế độ và cách nối được lấy từ tệp, các tùy chọn ở trên bị bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="163"/>
        <source>Give a resistance raster, or a Circuitscape .ini file (the last of the advanced parameters).</source>
        <translation>Hãy cung cấp raster trở kháng hoặc một tệp .ini của Circuitscape (tham số cuối cùng trong phần tham số nâng cao).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="168"/>
        <source>The advanced mode needs a current source raster and a ground raster (advanced parameters).</source>
        <translation>Chế độ nâng cao cần một raster nguồn dòng và một raster tiếp đất (trong phần tham số nâng cao).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/current_flow.py" line="172"/>
        <source>Give focal points or regions, or a focal raster.</source>
        <translation>Hãy cung cấp điểm hoặc vùng tiêu điểm, hoặc một raster tiêu điểm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/least_cost_path.py" line="61"/>
        <source>Least-cost paths between pairs of core areas with their cost, length and cost:Euclidean ratio.</source>
        <translation>Đường chi phí thấp nhất giữa các cặp vùng lõi, kèm chi phí, chiều dài và tỷ số chi phí/khoảng cách thẳng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/pinch_points.py" line="54"/>
        <source>Where current concentrates inside each least-cost corridor (McRae 2012, Pinchpoint Mapper).</source>
        <translation>Nơi dòng điện tập trung trong từng hành lang chi phí thấp nhất (McRae 2012, Pinchpoint Mapper).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/resistance_surface.py" line="33"/>
        <source>Resistance to movement of every cell from its habitat class and a lookup table.</source>
        <translation>Lực cản di chuyển của mỗi ô, theo lớp sinh cảnh của ô và một bảng tra.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="65"/>
        <source>Each layer as a new version in the provincial database (PostGIS or GeoPackage), with its metadata and style.</source>
        <translation>Mỗi lớp thành một phiên bản mới trong cơ sở dữ liệu tỉnh (PostGIS hoặc GeoPackage), kèm siêu dữ liệu và kiểu hiển thị.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_assessment.py" line="62"/>
        <source>Error matrix, accuracies and error-adjusted areas with 95 % confidence intervals (Olofsson et al. 2014).</source>
        <translation>Ma trận sai số, độ chính xác và diện tích hiệu chỉnh sai số kèm khoảng tin cậy 95 % (Olofsson và cs. 2014).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="53"/>
        <source>Accuracy sampling design</source>
        <translation>Thiết kế mẫu đánh giá độ chính xác</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/accuracy_sampling.py" line="56"/>
        <source>A stratified random sample of reference points, the strata being the map classes (Olofsson et al. 2014).</source>
        <translation>Mẫu điểm tham chiếu ngẫu nhiên phân tầng, mỗi tầng là một lớp của bản đồ (Olofsson và cs. 2014).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_area.py" line="35"/>
        <source>Pixels, hectares and share of every class of a class map inside every zone, with error-adjusted areas when an accuracy report is given.</source>
        <translation>Số điểm ảnh, số hecta và tỷ lệ của từng lớp của bản đồ phân loại trong từng phân vùng, kèm diện tích hiệu chỉnh sai số khi có báo cáo độ chính xác.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_change.py" line="40"/>
        <source>Change raster, transition matrix, gains and losses per class and zone between two class maps.</source>
        <translation>Raster biến động, ma trận chuyển đổi, diện tích tăng và giảm theo lớp và phân vùng giữa hai bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="113"/>
        <source>Habitat classification</source>
        <translation>Phân loại sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="116"/>
        <source>Random forest or gradient boosting (scikit-learn) trained on polygons, validated on held-out polygons.</source>
        <translation>Rừng ngẫu nhiên hoặc tăng cường gradient (scikit-learn) huấn luyện trên các đa giác, kiểm định trên các đa giác để riêng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_classification.py" line="259"/>
        <source>Classifies another image (e.g. another date of the same area) with a saved habitat model.</source>
        <translation>Phân loại một ảnh khác (ví dụ một thời điểm khác của cùng khu vực) bằng một mô hình sinh cảnh đã lưu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="33"/>
        <source>Clean class map</source>
        <translation>Làm sạch bản đồ phân loại</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/sieve_classification.py" line="36"/>
        <source>Minimum mapping unit (GDAL sieve) and majority filter against the speckle of a classification.</source>
        <translation>Đơn vị bản đồ tối thiểu (bộ lọc sàng của GDAL) và lọc đa số để loại bỏ nhiễu lốm đốm của bản đồ phân loại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="31"/>
        <source>Spectral indices</source>
        <translation>Chỉ số phổ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/imagery/spectral_indices.py" line="34"/>
        <source>NDVI, NDWI, MNDWI, NDMI, SAVI and EVI from the bands of a Sentinel-2 or Landsat image.</source>
        <translation>NDVI, NDWI, MNDWI, NDMI, SAVI và EVI từ các kênh của ảnh Sentinel-2 hoặc Landsat.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="141"/>
        <source>The yearly report per reserve or zone: areas with confidence intervals, change, corridors and connectivity (HTML, PDF, CSV).</source>
        <translation>Báo cáo hằng năm theo từng khu bảo tồn hoặc phân vùng: diện tích kèm khoảng tin cậy, biến động, hành lang và kết nối (HTML, PDF, CSV).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="194"/>
        <source>Title printed at the top of the report (HTML and PDF); the default title is printed in English in an English report.</source>
        <translation>Tiêu đề in ở đầu báo cáo (HTML và PDF); tiêu đề mặc định được in bằng tiếng Anh trong báo cáo tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="199"/>
        <source>Report language</source>
        <translation>Ngôn ngữ báo cáo</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="199"/>
        <source>Language of the headings, table columns, notes and page numbers of the report: Vietnamese with English below it, Vietnamese only or English only.</source>
        <translation>Ngôn ngữ của các tiêu đề, cột bảng, ghi chú và số trang của báo cáo: tiếng Việt kèm tiếng Anh bên dưới, chỉ tiếng Việt hoặc chỉ tiếng Anh.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="396"/>
        <source>Vietnamese and English</source>
        <translation>Tiếng Việt và tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="77"/>
        <source>Thematic map</source>
        <translation>Bản đồ chuyên đề</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="80"/>
        <source>A finished map as PDF and PNG from the plugin&apos;s A4/A3 print templates.</source>
        <translation>Một bản đồ hoàn chỉnh dạng PDF và PNG từ các mẫu in A4/A3 của plugin.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/thematic_map.py" line="110"/>
        <source>Name of the reserve or zone the map frames: in the dialog, one of the names of the zone name field of the zones layer (or typed); in a script, the name itself.</source>
        <translation>Tên khu bảo tồn hoặc phân vùng mà bản đồ bao quanh: trong hộp thoại, chọn một trong các tên của trường tên phân vùng thuộc lớp phân vùng (hoặc gõ vào); trong script, ghi chính tên đó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/bathymetry.py" line="33"/>
        <source>Satellite-derived depth with the log-ratio method of Stumpf et al. (2003).</source>
        <translation>Độ sâu suy ra từ ảnh vệ tinh bằng phương pháp tỷ số logarit của Stumpf và cs. (2003).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/benthic_habitat.py" line="78"/>
        <source>Coral/algae, seagrass, sand, rubble and rock mapped in optically shallow water (Allen Coral Atlas classes).</source>
        <translation>San hô/tảo, cỏ biển, cát, san hô vụn và đá được lập bản đồ trong vùng nước nông quang học (các lớp của Allen Coral Atlas).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="30"/>
        <source>Lyzenga&apos;s water-column correction: depth-invariant indices of band pairs (Lyzenga 1978, 1981).</source>
        <translation>Hiệu chỉnh cột nước của Lyzenga: chỉ số bất biến độ sâu của các cặp kênh (Lyzenga 1978, 1981).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/sun_glint_correction.py" line="22"/>
        <source>Glint removed from the visible bands with the NIR band over deep water (Hedley et al. 2005).</source>
        <translation>Loại bỏ phản xạ mặt trời khỏi các kênh khả kiến nhờ kênh NIR trên vùng nước sâu (Hedley và cs. 2005).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/water_mask.py" line="29"/>
        <source>Land or cloud, optically deep water and optically shallow water from the NIR, SWIR and blue bands.</source>
        <translation>Đất liền hoặc mây, nước sâu quang học và nước nông quang học từ các kênh NIR, SWIR và lam.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="219"/>
        <source>Protected areas</source>
        <translation>Khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="220"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="145"/>
        <source>&lt;p&gt;The yearly indicator report per reserve or zone, in Vietnamese with English below it, or in one of the two: ecosystem areas (with 95 % confidence intervals when an accuracy assessment is given, Olofsson et al. 2014), change since the previous date, corridor summary (links, length, cost and the links with the highest relative cost) and connectivity indices, with a short legend. Writes HTML and PDF (A4, numbered pages; a heading never ends a page and a table row is never cut) with the map embedded, and the tables as CSV beside the HTML file.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Báo cáo chỉ tiêu hằng năm theo từng khu bảo tồn hoặc phân vùng, bằng tiếng Việt kèm tiếng Anh bên dưới, hoặc chỉ một trong hai thứ tiếng: diện tích các hệ sinh thái (kèm khoảng tin cậy 95 % khi có đánh giá độ chính xác, Olofsson và cs. 2014), biến động so với kỳ trước, tóm tắt hành lang (số liên kết, chiều dài, chi phí và các liên kết có chi phí tương đối cao nhất) và các chỉ số kết nối, kèm chú thích ngắn. Xuất HTML và PDF (khổ A4, có đánh số trang; tiêu đề không bao giờ nằm trơ trọi ở cuối trang và dòng của bảng không bị cắt đôi) có kèm bản đồ, cùng các bảng CSV bên cạnh tệp HTML.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="14"/>
        <source>B02/B03 (blue/green)</source>
        <translation>B02/B03 (lam/lục)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="14"/>
        <source>B02/B04 (blue/red)</source>
        <translation>B02/B04 (lam/đỏ)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/reef/depth_invariant_index.py" line="14"/>
        <source>B03/B04 (green/red)</source>
        <translation>B03/B04 (lục/đỏ)</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="26"/>
        <source>National park</source>
        <translation>Vườn quốc gia</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="26"/>
        <source>Nature reserve</source>
        <translation>Khu dự trữ thiên nhiên</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="27"/>
        <source>Species and habitat conservation area</source>
        <translation>Khu bảo tồn loài – sinh cảnh</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="28"/>
        <source>Landscape protection area</source>
        <translation>Khu bảo vệ cảnh quan</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="49"/>
        <source>Import reserve boundaries</source>
        <translation>Nhập ranh giới khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="52"/>
        <source>{count} area(s) in &apos;{name}&apos;. Choose the field that holds the reserves&apos; names in Vietnamese, and where their category comes from.</source>
        <translation>{count} khu trong '{name}'. Hãy chọn trường chứa tên tiếng Việt của các khu bảo tồn, và nơi lấy phân hạng của chúng.</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="58"/>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="60"/>
        <source>— none: one category for every area —</source>
        <translation>— không có: một phân hạng cho mọi khu —</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="63"/>
        <source>— choose the category —</source>
        <translation>— chọn phân hạng —</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="68"/>
        <source>Name (Vietnamese)</source>
        <translation>Tên (tiếng Việt)</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="69"/>
        <source>Name in English</source>
        <translation>Tên tiếng Anh</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="70"/>
        <source>Designation decision</source>
        <translation>Quyết định thành lập</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="71"/>
        <source>Category field</source>
        <translation>Trường phân hạng</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="72"/>
        <source>Category of every area</source>
        <translation>Phân hạng của mọi khu</translation>
    </message>
    <message>
        <location filename="../gui/boundaries_dialog.py" line="74"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="72"/>
        <source>vector layer</source>
        <translation>lớp vector</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="72"/>
        <source>raster</source>
        <translation>raster</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="72"/>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="72"/>
        <source>map (PDF)</source>
        <translation>bản đồ (PDF)</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="73"/>
        <source>map (PNG)</source>
        <translation>bản đồ (PNG)</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="129"/>
        <source>Comment</source>
        <translation>Nhận xét</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="129"/>
        <source>Reviewed by</source>
        <translation>Người thẩm định</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="139"/>
        <source>unknown: the file name is stored</source>
        <translation>không rõ: lưu tên tệp</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Layers and maps to push</source>
        <translation>Lớp và bản đồ cần đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Metadata of the selected layer or map</source>
        <translation>Siêu dữ liệu của lớp hoặc bản đồ đang chọn</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Add a map…</source>
        <translation>Thêm bản đồ…</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Remove the map</source>
        <translation>Bỏ bản đồ</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Print layout</source>
        <translation>Bố cục in</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Checks</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="183"/>
        <source>Result of the last push</source>
        <translation>Kết quả lần đẩy gần nhất</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="249"/>
        <source>Choose the GeoPackage file of the database first (the … button).</source>
        <translation>Hãy chọn tệp GeoPackage của cơ sở dữ liệu trước (nút …).</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="375"/>
        <source>exported as PDF from the print layout at each check and push</source>
        <translation>xuất ra PDF từ bố cục in mỗi lần kiểm tra và đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="423"/>
        <source>PDF or PNG file…</source>
        <translation>Tệp PDF hoặc PNG…</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="425"/>
        <source>Print layouts of the project (exported as PDF)</source>
        <translation>Bố cục in của dự án (xuất ra PDF)</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="430"/>
        <source>The project has no print layout</source>
        <translation>Dự án chưa có bố cục in nào</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="433"/>
        <source>Map exports</source>
        <translation>Bản đồ đã xuất</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="433"/>
        <source>Maps (*.pdf *.png);;All files (*)</source>
        <translation>Bản đồ (*.pdf *.png);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="461"/>
        <source>Select a map in the list first.</source>
        <translation>Hãy chọn một bản đồ trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="473"/>
        <source>Map: {name}</source>
        <translation>Bản đồ: {name}</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="531"/>
        <source>Tick the layers or maps to push first.</source>
        <translation>Hãy đánh dấu các lớp hoặc bản đồ cần đẩy lên trước.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="639"/>
        <source>{saved} of {count} saved.</source>
        <translation>đã lưu {saved}/{count}.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="641"/>
        <source>Push finished: {counts}</source>
        <translation>Đẩy lên xong: {counts}</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="644"/>
        <source>Push finished with problems: {counts} See the result below.</source>
        <translation>Đẩy lên xong nhưng có vấn đề: {counts} Xem kết quả bên dưới.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="693"/>
        <source>Returned by {reviewer}: {comment}</source>
        <translation>{reviewer} đã trả lại: {comment}</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="708"/>
        <source>no comment</source>
        <translation>không có nhận xét</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="708"/>
        <source>Returned to you by the reviewer — correct them and push a new version:</source>
        <translation>Người thẩm định đã trả lại cho bạn — hãy sửa rồi đẩy lên phiên bản mới:</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="708"/>
        <source>{title} version {version}: “{comment}” ({reviewer})</source>
        <translation>{title} phiên bản {version}: “{comment}” ({reviewer})</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="738"/>
        <source>A map export is stored as a file, not as a layer: select a layer version to load.</source>
        <translation>Bản đồ được lưu dưới dạng tệp, không phải lớp: hãy chọn một phiên bản lớp để mở.</translation>
    </message>
    <message>
        <location filename="../gui/database_panel.py" line="910"/>
        <source>submitted</source>
        <translation>đã nộp</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.py" line="29"/>
        <source>Use this CRS for the project</source>
        <translation>Dùng hệ tọa độ này cho dự án</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>The Processing Toolbox is not there: enable the Processing plugin (Plugins ▸ Manage and Install Plugins…).</source>
        <translation>Không có hộp công cụ Xử lý: hãy bật phần mở rộng Processing (Các phần mở rộng ▸ Quản lý và Cài đặt Phần mở rộng...).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="69"/>
        <source>&lt;p&gt;Stores each layer as a new version in the provincial biodiversity database: PostGIS (a saved QGIS PostgreSQL connection that uses an authentication configuration) or a GeoPackage file (by default the embedded one in the QGIS profile). Each push is one transaction: the data table (&amp;lt;title&amp;gt;_v&amp;lt;n&amp;gt;), its registry entry (theme, province, reserve, checksum, lineage), metadata and style are stored together or not at all. A previous version is never overwritten. Layers with blocking problems (geographic CRS for area data, invalid geometries) are refused; data already stored with the same checksum is refused unless duplicates are allowed. A push that failed because the database could not be reached (or was locked) stays in the push queue of the Biodiversity panel, to be resumed; a refusal does not. Thematic maps exported as PDF or PNG (from a print layout, or by Thematic map) are stored as files with their title, layout and province; the same file is refused twice unless duplicates are allowed. When nothing was stored, the algorithm fails and says why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lưu mỗi lớp thành một phiên bản mới trong cơ sở dữ liệu đa dạng sinh học cấp tỉnh: PostGIS (một kết nối PostgreSQL đã lưu trong QGIS có dùng cấu hình xác thực) hoặc một tệp GeoPackage (mặc định là tệp tích hợp trong hồ sơ QGIS). Mỗi lần đẩy lên là một giao dịch: bảng dữ liệu (&amp;lt;tiêu đề&amp;gt;_v&amp;lt;n&amp;gt;), mục đăng ký (chủ đề, tỉnh, khu bảo tồn, mã kiểm tra, nguồn gốc), siêu dữ liệu và kiểu hiển thị được lưu cùng nhau hoặc không lưu gì. Phiên bản trước không bao giờ bị ghi đè. Lớp có vấn đề chặn (hệ tọa độ địa lý cho dữ liệu diện tích, hình học không hợp lệ) bị từ chối; dữ liệu đã lưu với cùng mã kiểm tra bị từ chối trừ khi cho phép trùng lặp. Lần đẩy thất bại vì không kết nối được cơ sở dữ liệu (hoặc cơ sở dữ liệu đang bị khóa) được giữ trong hàng đợi của bảng điều khiển Đa dạng sinh học để tiếp tục sau; lần bị từ chối thì không. Bản đồ chuyên đề xuất ra PDF hoặc PNG (từ bố cục in, hoặc bằng công cụ Bản đồ chuyên đề) được lưu thành tệp cùng tiêu đề, bố cục và tỉnh; cùng một tệp bị từ chối lần thứ hai trừ khi cho phép trùng lặp. Khi không lưu được gì, thuật toán báo lỗi và nói rõ lý do.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="86"/>
        <source>Map exports (PDF or PNG)</source>
        <translation>Bản đồ đã xuất (PDF hoặc PNG)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="86"/>
        <source>Thematic maps exported from a print layout as PDF or PNG files; each is stored as a file, titled by its file name (or the title below when it is the only item).</source>
        <translation>Bản đồ chuyên đề xuất từ bố cục in thành tệp PDF hoặc PNG; mỗi bản đồ được lưu thành một tệp, tiêu đề là tên tệp (hoặc tiêu đề bên dưới khi chỉ có một mục).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="90"/>
        <source>Print layout of the maps</source>
        <translation>Bố cục in của bản đồ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="90"/>
        <source>Name of the print layout the maps were exported from (e.g. &quot;A3 ngang — sinh cảnh&quot;); empty: the file name is stored.</source>
        <translation>Tên bố cục in đã dùng để xuất bản đồ (ví dụ &quot;A3 ngang — sinh cảnh&quot;); để trống: lưu tên tệp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="93"/>
        <source>What the layers show: habitats, coral reef and seagrass, corridors, protected areas or other (stored as habitat, benthic, corridor, reserve, other).</source>
        <translation>Nội dung của các lớp: sinh cảnh, rạn san hô và cỏ biển, hành lang, khu bảo tồn hoặc khác (lưu là habitat, benthic, corridor, reserve, other).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="97"/>
        <source>Province the layers and maps cover, as in the Province tab of the panel: required (no default), and a warning when a layer's CRS is not its VN-2000 TM-3 zone. From Python or qgis_process: its name (&quot;Khánh Hòa&quot;).</source>
        <translation>Tỉnh mà các lớp và bản đồ thuộc về, như ở thẻ Tỉnh của bảng điều khiển: bắt buộc (không có giá trị mặc định), và có cảnh báo khi hệ tọa độ của lớp không phải múi VN-2000 TM-3 của tỉnh. Từ Python hoặc qgis_process: tên tỉnh (&quot;Khánh Hòa&quot;).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="104"/>
        <source>The embedded GeoPackage database (in the QGIS profile), a saved QGIS PostgreSQL connection (with an authentication configuration) or a saved GeoPackage file (Browser &gt; GeoPackage). From Python or qgis_process: a connection name or the path of a GeoPackage; empty: the embedded one.</source>
        <translation>Cơ sở dữ liệu GeoPackage tích hợp (trong hồ sơ QGIS), một kết nối PostgreSQL đã lưu trong QGIS (có cấu hình xác thực) hoặc một tệp GeoPackage đã lưu (Trình duyệt &gt; GeoPackage). Từ Python hoặc qgis_process: tên kết nối hoặc đường dẫn tệp GeoPackage; để trống: GeoPackage tích hợp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="109"/>
        <source>Title in the database when one layer or one map is pushed; empty: the layer name (a map: its file name).</source>
        <translation>Tiêu đề trong cơ sở dữ liệu khi đẩy lên một lớp hoặc một bản đồ; để trống: tên lớp (bản đồ: tên tệp).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="112"/>
        <source>How the layers were made, recorded with each version: a JSON list of steps, each {&quot;algorithm&quot;: &quot;bd:…&quot;, &quot;parameters&quot;: {…}}, e.g. [{&quot;algorithm&quot;: &quot;bd:habitatclassification&quot;, &quot;parameters&quot;: {&quot;TREES&quot;: 100}}]. Empty: only the push is recorded. Not stored with map exports.</source>
        <translation>Quá trình tạo ra các lớp, được ghi cùng mỗi phiên bản: một danh sách JSON các bước, mỗi bước {&quot;algorithm&quot;: &quot;bd:…&quot;, &quot;parameters&quot;: {…}}, ví dụ [{&quot;algorithm&quot;: &quot;bd:habitatclassification&quot;, &quot;parameters&quot;: {&quot;TREES&quot;: 100}}]. Để trống: chỉ ghi lần đẩy lên. Không lưu cùng bản đồ đã xuất.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="121"/>
        <source>Layers and maps pushed</source>
        <translation>Số lớp và bản đồ đã đẩy lên</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="122"/>
        <source>One line per layer or map: how it was stored, or why it was not.</source>
        <translation>Mỗi lớp hoặc bản đồ một dòng: đã lưu thế nào, hoặc vì sao chưa lưu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="129"/>
        <source>No province chosen: choose the province the layers and maps cover.</source>
        <translation>Chưa chọn tỉnh: hãy chọn tỉnh mà các lớp và bản đồ thuộc về.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="187"/>
        <source>{count} layer(s) or map(s) not pushed because of blocking problems.</source>
        <translation>{count} lớp hoặc bản đồ chưa được đẩy lên vì có vấn đề chặn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="221"/>
        <source>No submission is waiting for review.</source>
        <translation>Không có hồ sơ nào đang chờ thẩm định.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="222"/>
        <source>{count} submission(s) pushed by {user} (you) are not listed: the person who pushed a layer cannot accept or return it; another reviewer decides on them.</source>
        <translation>{count} hồ sơ do {user} (bạn) đẩy lên không được liệt kê: người đẩy một lớp không thể chấp nhận hay trả lại lớp đó; một người thẩm định khác sẽ quyết định.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="227"/>
        <source>The same map file was already pushed as &apos;{title}&apos;; nothing new was stored.</source>
        <translation>Tệp bản đồ này đã được đẩy lên với tên '{title}'; không lưu thêm gì.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="228"/>
        <source>The same map file was already pushed as &apos;{title}&apos;.</source>
        <translation>Tệp bản đồ này đã được đẩy lên với tên '{title}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="239"/>
        <source>The metadata lack {missing}: fill them in the form (links and extent: in the layer's Properties ▸ Metadata).</source>
        <translation>Siêu dữ liệu còn thiếu {missing}: hãy điền vào biểu mẫu (liên kết và phạm vi: trong Thuộc tính của lớp ▸ Siêu dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="244"/>
        <source>The map has no title.</source>
        <translation>Bản đồ chưa có tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="245"/>
        <source>The same map file is already in the database as &apos;{title}&apos;; it will not be stored twice unless you allow it.</source>
        <translation>Tệp bản đồ này đã có trong cơ sở dữ liệu với tên '{title}'; sẽ không lưu hai lần trừ khi bạn cho phép.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="246"/>
        <source>an identifier</source>
        <translation>mã định danh</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="247"/>
        <source>a language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="248"/>
        <source>a resource type</source>
        <translation>loại tài nguyên</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="249"/>
        <source>a title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="250"/>
        <source>an abstract (what the layer shows, from which data, when)</source>
        <translation>tóm tắt (lớp thể hiện gì, từ dữ liệu nào, thời điểm nào)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="251"/>
        <source>keywords</source>
        <translation>từ khóa</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="252"/>
        <source>a contact (who answers questions on the layer)</source>
        <translation>người liên hệ (ai trả lời các câu hỏi về lớp)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="253"/>
        <source>a link</source>
        <translation>liên kết</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="254"/>
        <source>a licence (who may use the layer, how)</source>
        <translation>giấy phép (ai được dùng lớp, dùng thế nào)</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="255"/>
        <source>a CRS</source>
        <translation>hệ tọa độ</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="256"/>
        <source>an extent</source>
        <translation>phạm vi</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="257"/>
        <source>&apos;{path}&apos; is not a PDF or PNG map: only maps exported from a print layout as PDF or PNG can be pushed.</source>
        <translation>'{path}' không phải bản đồ PDF hoặc PNG: chỉ đẩy lên được bản đồ xuất từ bố cục in thành PDF hoặc PNG.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="258"/>
        <source>The map file &apos;{path}&apos; does not exist (any more): export the map again, or add the file again.</source>
        <translation>Tệp bản đồ '{path}' không (còn) tồn tại: hãy xuất lại bản đồ, hoặc thêm lại tệp.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="259"/>
        <source>&apos;{path}&apos; is not a {format} file (damaged, or only half written): export the map again.</source>
        <translation>'{path}' không phải tệp {format} (bị hỏng, hoặc mới ghi được một phần): hãy xuất lại bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="260"/>
        <source>The map file &apos;{path}&apos; cannot be read: {detail}</source>
        <translation>Không đọc được tệp bản đồ '{path}': {detail}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="274"/>
        <source>The {count} submission(s) waiting were pushed by {user}, the computer login you work under: the person who pushed a layer cannot accept or return it. A GeoPackage database knows people only by their computer login, so another person reviews them from their own login: put the database file ({path}) in a folder you can both open (the embedded database is inside your own QGIS profile), and the reviewer chooses it with “Another GeoPackage file…” under Database. For several technicians and reviewers, a PostgreSQL database with reviewer roles is the better choice.</source>
        <translation>{count} hồ sơ đang chờ đều do {user} đẩy lên — chính tài khoản máy tính bạn đang dùng: người đẩy một lớp không thể chấp nhận hay trả lại lớp đó. Cơ sở dữ liệu GeoPackage chỉ phân biệt người dùng theo tài khoản đăng nhập máy tính, nên một người khác phải thẩm định từ tài khoản của chính họ: hãy đặt tệp cơ sở dữ liệu ({path}) vào một thư mục cả hai cùng mở được (cơ sở dữ liệu nhúng nằm trong hồ sơ QGIS riêng của bạn), rồi người thẩm định chọn tệp đó bằng “Tệp GeoPackage khác…” ở mục Cơ sở dữ liệu. Khi có nhiều kỹ thuật viên và người thẩm định, nên dùng cơ sở dữ liệu PostgreSQL có vai trò thẩm định.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="283"/>
        <source>Give the map a title before pushing it.</source>
        <translation>Hãy đặt tiêu đề cho bản đồ trước khi đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="284"/>
        <source>The title, layout or province of the map contains a NUL character (\u0000), which databases cannot store; remove it and push again.</source>
        <translation>Tiêu đề, bố cục hoặc tỉnh của bản đồ chứa ký tự NUL (\u0000) mà cơ sở dữ liệu không lưu được; hãy xóa ký tự đó rồi đẩy lên lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="286"/>
        <source>The {count} submission(s) waiting were pushed by {user}, the login of this connection: the person who pushed a layer cannot accept or return it. Another reviewer reviews them through a connection with their own login (a member of bd_reviewer).</source>
        <translation>{count} hồ sơ đang chờ đều do {user} — tài khoản của kết nối này — đẩy lên: người đẩy một lớp không thể chấp nhận hay trả lại lớp đó. Một người thẩm định khác sẽ thẩm định qua kết nối bằng tài khoản của chính họ (thành viên của bd_reviewer).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="287"/>
        <source>{count} submission(s) are waiting, but {user}, the login of this connection, is not a reviewer (role bd_reviewer): nothing can be accepted or returned here. Review through a connection with a reviewer&apos;s login, or ask the database administrator to grant {user} the role bd_reviewer.</source>
        <translation>Có {count} hồ sơ đang chờ, nhưng {user} — tài khoản của kết nối này — không phải người thẩm định (vai trò bd_reviewer): ở đây không thể chấp nhận hay trả lại hồ sơ nào. Hãy thẩm định qua kết nối bằng tài khoản của người thẩm định, hoặc đề nghị quản trị viên cơ sở dữ liệu cấp cho {user} vai trò bd_reviewer.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="296"/>
        <source>The boundaries file &apos;{name}&apos; cannot be opened as a vector layer.</source>
        <translation>Không mở được tệp ranh giới '{name}' thành lớp vectơ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="297"/>
        <source>The boundaries layer &apos;{name}&apos; has no text field to take the reserve names from; add one (with the names in Vietnamese) and import again.</source>
        <translation>Lớp ranh giới '{name}' không có trường văn bản nào để lấy tên khu bảo tồn; hãy thêm một trường (chứa tên tiếng Việt) rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="299"/>
        <source>The feature {fid} of &apos;{layer}&apos; has no name in the field {field}: fill it in, or choose the field that holds the names.</source>
        <translation>Đối tượng {fid} của '{layer}' không có tên trong trường {field}: hãy điền tên, hoặc chọn trường chứa tên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="300"/>
        <source>{name}: saved as version {version} ({count} features, table {table}).</source>
        <translation>{name}: đã lưu thành phiên bản {version} ({count} đối tượng, bảng {table}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="301"/>
        <source>{name}: saved as version {version} ({count} rows, table {table}).</source>
        <translation>{name}: đã lưu thành phiên bản {version} ({count} dòng, bảng {table}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="302"/>
        <source>{name}: saved as version {version} (a raster, table {table}).</source>
        <translation>{name}: đã lưu thành phiên bản {version} (ảnh raster, bảng {table}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="304"/>
        <source>{name}: map saved in the database ({format}, {size} kB).</source>
        <translation>{name}: đã lưu bản đồ vào cơ sở dữ liệu ({format}, {size} kB).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="310"/>
        <source>The print layout &apos;{name}&apos; is not in the project any more: remove the map from the list, or add the layout again.</source>
        <translation>Bố cục in '{name}' không còn trong dự án: hãy bỏ bản đồ khỏi danh sách, hoặc thêm lại bố cục.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="317"/>
        <source>&apos;{kind}&apos; is not a kind of output a project takes. Kinds: {kinds}.</source>
        <translation>'{kind}' không phải là loại kết quả mà dự án nhận. Các loại: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="318"/>
        <source>The output &apos;{path}&apos; could not be opened as a layer. Check that the file exists and is a raster or vector file.</source>
        <translation>Không mở được kết quả '{path}' thành lớp bản đồ. Hãy kiểm tra tệp có tồn tại và là tệp raster hoặc vector.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="319"/>
        <source>The project language must be one of {languages}.</source>
        <translation>Ngôn ngữ của dự án phải là một trong {languages}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="350"/>
        <source>Choose at least one layer or map export to push.</source>
        <translation>Hãy chọn ít nhất một lớp hoặc một bản đồ đã xuất để đẩy lên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="351"/>
        <source>A title can only be given when pushing one layer or one map.</source>
        <translation>Chỉ đặt được tiêu đề khi đẩy lên một lớp hoặc một bản đồ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/database/push_to_database.py" line="62"/>
        <source>Push to the provincial database</source>
        <translation>Đẩy lên cơ sở dữ liệu cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="216"/>
        <source>Habitat</source>
        <translation>Sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="58"/>
        <source>Habitat area over the years</source>
        <translation>Diện tích sinh cảnh qua các năm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="59"/>
        <source>Mapped areas from the class maps; error-adjusted areas and their 95 % confidence intervals from each year's accuracy assessment (Olofsson et al. 2014), weighted by the zone's own mapped areas. A change is flagged as exceeding map error only where it is larger than the 95 % confidence interval of the difference, ±1.96 √(SE₁² + SE₂²) (independent reference samples). Trend for four years or more: Theil–Sen slope with Sen's 95 % interval, and the Mann–Kendall test (Gilbert 1987: S, VAR(S) with ties, Z with continuity correction; exact p for up to 10 years without ties).</source>
        <translation>Diện tích trên bản đồ lấy từ các bản đồ phân loại; diện tích đã hiệu chỉnh sai số và khoảng tin cậy 95 % lấy từ đánh giá độ chính xác của từng năm (Olofsson và cs. 2014), trọng số theo diện tích bản đồ của chính vùng. Một thay đổi chỉ được đánh dấu là vượt sai số bản đồ khi nó lớn hơn khoảng tin cậy 95 % của hiệu số, ±1,96 √(SE₁² + SE₂²) (các mẫu tham chiếu độc lập). Xu hướng cho chuỗi từ bốn năm trở lên: độ dốc Theil–Sen với khoảng tin cậy 95 % của Sen, và kiểm định Mann–Kendall (Gilbert 1987: S, VAR(S) có hiệu chỉnh giá trị trùng, Z có hiệu chỉnh liên tục; p chính xác cho chuỗi đến 10 năm không có giá trị trùng).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="66"/>
        <source>Class maps</source>
        <translation>Bản đồ phân loại</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="66"/>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="67"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="67"/>
        <source>Mapped (ha)</source>
        <translation>Trên bản đồ (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="68"/>
        <source>Error-adjusted (ha)</source>
        <translation>Đã hiệu chỉnh sai số (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="68"/>
        <source>± 95 % CI (ha)</source>
        <translation>± KTC 95 % (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="69"/>
        <source>Change since the previous year</source>
        <translation>Thay đổi so với năm trước</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="69"/>
        <source>Mapped change (ha)</source>
        <translation>Thay đổi trên bản đồ (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="70"/>
        <source>Error-adjusted change (ha)</source>
        <translation>Thay đổi đã hiệu chỉnh sai số (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="70"/>
        <source>± 95 % CI of the change (ha)</source>
        <translation>± KTC 95 % của thay đổi (ha)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="71"/>
        <source>Exceeds map error</source>
        <translation>Vượt sai số bản đồ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="233"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="71"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="71"/>
        <source>not assessed</source>
        <translation>không đánh giá</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="72"/>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="72"/>
        <source>Period</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="72"/>
        <source>Areas used</source>
        <translation>Diện tích sử dụng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="73"/>
        <source>error-adjusted</source>
        <translation>đã hiệu chỉnh sai số</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="76"/>
        <source>mapped</source>
        <translation>trên bản đồ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="74"/>
        <source>Theil–Sen slope (ha/year)</source>
        <translation>Độ dốc Theil–Sen (ha/năm)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="74"/>
        <source>95 % CI of the slope</source>
        <translation>KTC 95 % của độ dốc</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="75"/>
        <source>Mann–Kendall S</source>
        <translation>S Mann–Kendall</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="75"/>
        <source>p (two-sided)</source>
        <translation>p (hai phía)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="209"/>
        <source>Trend not computed: fewer than four years.</source>
        <translation>Không tính xu hướng: chuỗi có ít hơn bốn năm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="337"/>
        <source>Charts were not drawn: matplotlib is not installed in this QGIS&apos;s Python.</source>
        <translation>Không vẽ biểu đồ: Python của QGIS này chưa cài matplotlib.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="100"/>
        <source>Habitat trend over the years</source>
        <translation>Xu hướng sinh cảnh qua các năm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="107"/>
        <source>&lt;p&gt;The area of every habitat class in every zone (reserve) for every year of a series of class maps of the same area and legend: mapped area and, with that year's accuracy report, the error-adjusted area and its 95 % confidence interval (Olofsson et al. 2014). Year-to-year and first-to-last changes are flagged as exceeding map error only when they are larger than the combined 95 % confidence interval, ±1.96 √(SE₁² + SE₂²). For four years or more: the Theil–Sen slope in ha per year with its 95 % confidence interval and the Mann–Kendall test (Gilbert 1987). Maps of different sensors or classifiers are noted. Outputs: a table per zone, class and year, a trend table per zone and class, an HTML report with a chart per zone, and on request a raster of the years since the last change and the number of changes of every pixel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diện tích của từng lớp sinh cảnh trong từng vùng (khu bảo tồn) cho từng năm của một chuỗi bản đồ phân loại cùng khu vực và cùng chú giải: diện tích trên bản đồ và, khi có báo cáo độ chính xác của năm đó, diện tích đã hiệu chỉnh sai số cùng khoảng tin cậy 95 % (Olofsson và cs. 2014). Thay đổi giữa hai năm liên tiếp và giữa năm đầu với năm cuối chỉ được đánh dấu là vượt sai số bản đồ khi lớn hơn khoảng tin cậy 95 % kết hợp, ±1,96 √(SE₁² + SE₂²). Với chuỗi từ bốn năm trở lên: độ dốc Theil–Sen (ha mỗi năm) cùng khoảng tin cậy 95 % và kiểm định Mann–Kendall (Gilbert 1987). Các bản đồ từ cảm biến hoặc bộ phân loại khác nhau được ghi chú. Kết quả: bảng theo vùng, lớp và năm, bảng xu hướng theo vùng và lớp, báo cáo HTML có một biểu đồ cho mỗi vùng, và khi được yêu cầu, một raster cho biết số năm kể từ lần thay đổi cuối và số lần thay đổi của từng điểm ảnh.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="119"/>
        <source>Class maps (one per year)</source>
        <translation>Bản đồ phân loại (mỗi năm một bản đồ)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="119"/>
        <source>Class maps of the same area and legend (integer class codes, projected CRS), one per year, on one grid (or resampled, see below).</source>
        <translation>Các bản đồ phân loại cùng khu vực và cùng chú giải (mã lớp là số nguyên, hệ tọa độ phẳng), mỗi năm một bản đồ, trên cùng một lưới (hoặc được lấy mẫu lại, xem bên dưới).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="123"/>
        <source>Years (comma-separated, in the order of the maps)</source>
        <translation>Các năm (cách nhau bằng dấu phẩy, theo thứ tự các bản đồ)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="123"/>
        <source>The year of each class map, e.g. 2019, 2020, 2021, 2022; the maps are sorted by year.</source>
        <translation>Năm của từng bản đồ phân loại, ví dụ 2019, 2020, 2021, 2022; các bản đồ được sắp xếp theo năm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="125"/>
        <source>Accuracy reports (JSON, optional)</source>
        <translation>Các báo cáo độ chính xác (JSON, tùy chọn)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="125"/>
        <source>JSON reports of the accuracy assessment algorithm: one per map in the order of the maps, or fewer, each matched to the map it was made for. Years with a report get error-adjusted areas with 95 % confidence intervals; a change is assessed against map error where both years have one.</source>
        <translation>Các báo cáo JSON của thuật toán đánh giá độ chính xác: mỗi bản đồ một báo cáo theo thứ tự các bản đồ, hoặc ít hơn, mỗi báo cáo được ghép với bản đồ mà nó được lập cho. Các năm có báo cáo có diện tích đã hiệu chỉnh sai số cùng khoảng tin cậy 95 %; một thay đổi được đánh giá so với sai số bản đồ khi cả hai năm đều có báo cáo.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="131"/>
        <source>Resample maps onto the first year&apos;s grid when they differ</source>
        <translation>Lấy mẫu lại các bản đồ về lưới của năm đầu tiên khi lưới khác nhau</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="131"/>
        <source>Off: maps on another grid than the first year&apos;s are refused with the differences listed. On: they are resampled (nearest neighbour) onto it, and the log and the report say so.</source>
        <translation>Tắt: các bản đồ có lưới khác với năm đầu tiên bị từ chối, kèm danh sách các điểm khác nhau. Bật: chúng được lấy mẫu lại (láng giềng gần nhất) về lưới đó, và nhật ký cùng báo cáo ghi rõ điều này.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="135"/>
        <source>Optional polygons (e.g. nature reserves); without them the whole map is one zone. Reprojected when needed.</source>
        <translation>Các vùng đa giác tùy chọn (ví dụ các khu bảo tồn thiên nhiên); nếu không có, toàn bản đồ là một vùng. Được chuyển hệ tọa độ khi cần.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="138"/>
        <source>Area per zone, class and year</source>
        <translation>Diện tích theo vùng, lớp và năm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="138"/>
        <source>One row per zone, class and year: mapped area, error-adjusted area and its 95 % CI (ha), the change since the previous year (mapped, error-adjusted, its 95 % CI) and exceeds_error (1 beyond map error, 0 within it, empty when not assessed). Save it as CSV or a layer.</source>
        <translation>Mỗi vùng, lớp và năm một dòng: diện tích trên bản đồ, diện tích đã hiệu chỉnh sai số và KTC 95 % (ha), thay đổi so với năm trước (trên bản đồ, đã hiệu chỉnh sai số, KTC 95 %) và exceeds_error (1 là vượt sai số bản đồ, 0 là nằm trong sai số, để trống khi không đánh giá). Lưu thành CSV hoặc một lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="143"/>
        <source>Trend per zone and class</source>
        <translation>Xu hướng theo vùng và lớp</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="143"/>
        <source>One row per zone and class: first-to-last change with its 95 % CI and exceeds_error; for four years or more the Theil–Sen slope (ha/year) with its 95 % CI and the Mann–Kendall S, VAR(S), Z and p (mk_exact 1 where p is exact).</source>
        <translation>Mỗi vùng và lớp một dòng: thay đổi từ năm đầu đến năm cuối cùng KTC 95 % và exceeds_error; với chuỗi từ bốn năm trở lên có độ dốc Theil–Sen (ha/năm) cùng KTC 95 % và S, VAR(S), Z, p của Mann–Kendall (mk_exact bằng 1 khi p là chính xác).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="148"/>
        <source>The series, changes and trends per zone, with a chart per zone (PNG files beside the HTML).</source>
        <translation>Chuỗi diện tích, các thay đổi và xu hướng theo vùng, mỗi vùng một biểu đồ (các tệp PNG đặt cạnh tệp HTML).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="151"/>
        <source>Change history raster</source>
        <translation>Raster lịch sử thay đổi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="151"/>
        <source>Two bands: years from the last class change to the last year (since the first year with a class where it never changed) and the number of class changes; nodata where no year has a class.</source>
        <translation>Hai kênh: số năm từ lần đổi lớp cuối cùng đến năm cuối (tính từ năm đầu tiên có lớp nếu chưa từng thay đổi) và số lần đổi lớp; không có dữ liệu (nodata) ở nơi không năm nào có lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="170"/>
        <source>The maps are taken in year order: {years}.</source>
        <translation>Các bản đồ được xử lý theo thứ tự năm: {years}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="183"/>
        <source>{map} was resampled (nearest neighbour) onto the grid of {first}: {differences}.</source>
        <translation>{map} đã được lấy mẫu lại (láng giềng gần nhất) về lưới của {first}: {differences}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="193"/>
        <source>Counting the pixels of every class in every zone, year by year…</source>
        <translation>Đang đếm điểm ảnh của từng lớp trong từng vùng, từng năm…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="203"/>
        <source>Writing the change history raster…</source>
        <translation>Đang ghi raster lịch sử thay đổi…</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="206"/>
        <source>{changed} of {total} pixels changed class at least once.</source>
        <translation>{changed} trong {total} điểm ảnh đã đổi lớp ít nhất một lần.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="233"/>
        <source>{year}: {map} (accuracy report: {report})</source>
        <translation>{year}: {map} (báo cáo độ chính xác: {report})</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="181"/>
        <source>Habitat trends</source>
        <translation>Xu hướng sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="181"/>
        <source>Trend table of bd:habitattrend (per zone and class: change over the years with its 95 % CI and whether it exceeds map error, Theil–Sen slope, Mann–Kendall p): the report gets a trends section per reserve.</source>
        <translation>Bảng xu hướng của bd:habitattrend (theo vùng và lớp: thay đổi qua các năm cùng KTC 95 % và có vượt sai số bản đồ hay không, độ dốc Theil–Sen, p Mann–Kendall): báo cáo có thêm phần xu hướng cho từng khu bảo tồn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="186"/>
        <source>Habitat area per year</source>
        <translation>Diện tích sinh cảnh theo năm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="186"/>
        <source>Area table of bd:habitattrend (per zone, class and year): draws the trends section&apos;s chart of each reserve.</source>
        <translation>Bảng diện tích của bd:habitattrend (theo vùng, lớp và năm): dùng để vẽ biểu đồ của phần xu hướng cho từng khu bảo tồn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="326"/>
        <source>habitat trend table</source>
        <translation>bảng xu hướng sinh cảnh</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/maps/indicator_report.py" line="339"/>
        <source>habitat area per year table</source>
        <translation>bảng diện tích sinh cảnh theo năm</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="199"/>
        <source>The maps mix sensors or classifiers ({maps}): part of a change between such years may come from the method rather than from the ground. Compare those changes with their confidence intervals, and prefer maps of one sensor and classifier.</source>
        <translation>Các bản đồ dùng lẫn nhiều cảm biến hoặc bộ phân loại ({maps}): một phần thay đổi giữa các năm đó có thể do phương pháp chứ không phải do thực địa. Hãy so sánh các thay đổi đó với khoảng tin cậy của chúng, và nên dùng bản đồ của cùng một cảm biến và bộ phân loại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="200"/>
        <source>{years} year(s) are given for {maps} class map(s): give one year per map, in the order of the maps.</source>
        <translation>Có {years} năm được nhập cho {maps} bản đồ phân loại: hãy nhập mỗi bản đồ một năm, theo thứ tự các bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="201"/>
        <source>The year {years} is given to more than one map: one map per year.</source>
        <translation>Năm {years} được gán cho nhiều hơn một bản đồ: mỗi năm chỉ một bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="202"/>
        <source>A series needs class maps of at least two years; {count} was given ({years}). For the area of one map use &apos;Habitat area per zone&apos;.</source>
        <translation>Một chuỗi cần bản đồ phân loại của ít nhất hai năm; chỉ có {count} ({years}). Để tính diện tích của một bản đồ, hãy dùng 'Diện tích sinh cảnh theo vùng'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="203"/>
        <source>The Mann–Kendall test needs at least two values.</source>
        <translation>Kiểm định Mann–Kendall cần ít nhất hai giá trị.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="204"/>
        <source>{reports} accuracy reports are given for {maps} class maps: give at most one per map.</source>
        <translation>Có {reports} báo cáo độ chính xác cho {maps} bản đồ phân loại: mỗi bản đồ nhiều nhất một báo cáo.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="205"/>
        <source>The habitat trend table needs the columns {columns} (the area table of the habitat trend algorithm).</source>
        <translation>Bảng xu hướng sinh cảnh cần các cột {columns} (bảng diện tích của thuật toán xu hướng sinh cảnh).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="206"/>
        <source>The years &apos;{text}&apos; are not whole numbers separated by commas (e.g. 2019, 2020, 2021).</source>
        <translation>Các năm '{text}' không phải là số nguyên cách nhau bằng dấu phẩy (ví dụ 2019, 2020, 2021).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="207"/>
        <source>The accuracy report &apos;{report}&apos; does not name one of the class maps ({named}): with fewer reports than maps, each report is matched to the map it was made for. Give one report per map, in the order of the maps, instead.</source>
        <translation>Báo cáo độ chính xác '{report}' không ghi tên bản đồ nào trong các bản đồ phân loại ({named}): khi số báo cáo ít hơn số bản đồ, mỗi báo cáo được ghép với bản đồ mà nó được lập cho. Thay vào đó, hãy nhập mỗi bản đồ một báo cáo, theo thứ tự các bản đồ.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="208"/>
        <source>Two accuracy reports are given for the class map &apos;{map}&apos;.</source>
        <translation>Có hai báo cáo độ chính xác cho bản đồ phân loại '{map}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="209"/>
        <source>Class {code} is mapped in {present} but not in {absent}: its area is 0 ha in the years it is absent.</source>
        <translation>Lớp {code} có trên bản đồ năm {present} nhưng không có năm {absent}: diện tích của lớp là 0 ha trong những năm vắng mặt.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="210"/>
        <source>The accuracy report &apos;{report}&apos; was made for &apos;{named}&apos; but is used for &apos;{map}&apos; (reports are taken in the order of the maps).</source>
        <translation>Báo cáo độ chính xác '{report}' được lập cho '{named}' nhưng được dùng cho '{map}' (các báo cáo được lấy theo thứ tự các bản đồ).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="364"/>
        <source>The class map &apos;{name}&apos; must be a file raster (GDAL); it comes from &apos;{provider}&apos;.</source>
        <translation>Bản đồ phân loại '{name}' phải là raster dạng tệp (GDAL); lớp này đến từ '{provider}'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/habitat/habitat_trend.py" line="103"/>
        <source>Area per zone, class and year with error-adjusted 95 % CI, changes beyond map error, Theil–Sen slope and Mann–Kendall test.</source>
        <translation>Diện tích theo khu, lớp và năm với khoảng tin cậy 95 % đã hiệu chỉnh sai số, các thay đổi vượt sai số bản đồ, độ dốc Theil–Sen và kiểm định Mann–Kendall.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="63"/>
        <source>&lt;p&gt;Wall-to-wall connectivity without cores (Omniscape: McRae et al. 2016; Landau et al. 2021): every block of cells is grounded in turn and the cells within the radius inject current in proportion to their source strength (habitat quality), together the block&apos;s own strength; the current of every window is summed. Outputs: the cumulative current, the flow potential (the same on a landscape of uniform resistance) and the normalized current (current / flow potential: above 1 channelled, below 1 impeded), GeoTIFFs with the CRS of the resistance raster. Conditional connectivity keeps only the sources whose condition (e.g. temperature now or in the future) is within a range of, or equal to, the target&apos;s. An optional target raster gives the blocks&apos; strengths apart from the sources. An Omniscape .ini file can replace all inputs, so an Omniscape job runs here unchanged; the results match Omniscape.jl&apos;s own test suite. Windows are solved in parallel threads; memory depends on the window size and the raster&apos;s width, not on its area.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kết nối liên tục trên toàn vùng, không cần vùng lõi (Omniscape: McRae và cs. 2016; Landau và cs. 2021): lần lượt từng khối ô được nối đất, các ô trong bán kính phát dòng điện theo tỷ lệ cường độ nguồn của chúng (chất lượng sinh cảnh), tổng cộng bằng cường độ của chính khối đó; dòng điện của mọi cửa sổ được cộng dồn. Đầu ra: dòng điện tích lũy, tiềm năng dòng chảy (cũng tính như vậy trên một cảnh quan có điện trở đồng nhất) và dòng điện chuẩn hóa (dòng điện / tiềm năng dòng chảy: trên 1 là dòng bị dồn kênh, dưới 1 là bị cản trở), dạng GeoTIFF theo hệ tọa độ của raster điện trở. Kết nối có điều kiện chỉ giữ các nguồn có điều kiện (ví dụ nhiệt độ hiện tại hay trong tương lai) nằm trong một khoảng quanh, hoặc bằng, giá trị của đích. Một raster đích tùy chọn cho cường độ của các khối tách riêng khỏi nguồn. Một tệp .ini của Omniscape có thể thay cho mọi đầu vào, nên một công việc Omniscape chạy được ở đây mà không cần sửa; kết quả khớp với bộ kiểm thử của chính Omniscape.jl. Các cửa sổ được giải song song trên nhiều luồng; bộ nhớ phụ thuộc vào kích thước cửa sổ và chiều rộng raster, không phụ thuộc vào diện tích của nó.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="77"/>
        <source>Omniscape .ini file (replaces the inputs below)</source>
        <translation>Tệp .ini của Omniscape (thay cho các đầu vào bên dưới)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="77"/>
        <source>An Omniscape job file. When given, the inputs and options below are taken from it (the outputs and the number of threads stay those chosen here).</source>
        <translation>Tệp công việc của Omniscape. Khi có tệp này, các đầu vào và tùy chọn bên dưới được lấy từ tệp (đầu ra và số luồng vẫn là những gì chọn ở đây).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="81"/>
        <source>Resistance per cell (positive; nodata cells are barriers; 0 and negative values are refused).</source>
        <translation>Điện trở của từng ô (dương; ô không có dữ liệu là vật cản; giá trị 0 và âm bị từ chối).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="85"/>
        <source>Radius (cells)</source>
        <translation>Bán kính (ô)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="85"/>
        <source>Moving-window radius in cells: how far current is sent to each target (the species&apos; dispersal distance divided by the cell size).</source>
        <translation>Bán kính cửa sổ trượt tính bằng ô: dòng điện được gửi tới mỗi đích từ xa bao nhiêu (khoảng cách phát tán của loài chia cho kích thước ô).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="89"/>
        <source>Block size (cells)</source>
        <translation>Kích thước khối (ô)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="89"/>
        <source>Targets are the centres of blocks of this many cells a side (odd; an even size is raised by one): 1 solves every cell; 3, 5, 9 solve 9, 25, 81 times fewer windows with little change (corrected for block artefacts).</source>
        <translation>Đích là tâm của các khối có cạnh bằng chừng này ô (số lẻ; số chẵn được cộng thêm một): 1 giải cho mọi ô; 3, 5, 9 giải ít hơn 9, 25, 81 lần số cửa sổ mà kết quả thay đổi ít (có hiệu chỉnh vết khối).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="94"/>
        <source>Source strength raster</source>
        <translation>Raster cường độ nguồn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="94"/>
        <source>Source strength per cell, e.g. habitat quality (0 or nodata = no source). Not needed when the sources come from the resistance.</source>
        <translation>Cường độ nguồn của từng ô, ví dụ chất lượng sinh cảnh (0 hoặc không có dữ liệu = không phải nguồn). Không cần khi nguồn được tính từ điện trở.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="97"/>
        <source>Sources from the resistance</source>
        <translation>Tính nguồn từ điện trở</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="97"/>
        <source>Source strength = 1 / resistance (every cell a source, weighted by its conductance), optionally only where the resistance is at most the cutoff.</source>
        <translation>Cường độ nguồn = 1 / điện trở (mọi ô là nguồn, theo trọng số độ dẫn của ô), có thể chỉ giữ nơi điện trở không vượt ngưỡng cắt.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="101"/>
        <source>Resistance cutoff for sources</source>
        <translation>Ngưỡng cắt điện trở của nguồn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="101"/>
        <source>With sources from the resistance: cells of higher resistance are no source (empty = no cutoff).</source>
        <translation>Khi tính nguồn từ điện trở: ô có điện trở cao hơn ngưỡng này không là nguồn (để trống = không cắt).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="105"/>
        <source>Source threshold</source>
        <translation>Ngưỡng nguồn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="105"/>
        <source>Source strengths below this value are set to 0 (source raster only).</source>
        <translation>Cường độ nguồn nhỏ hơn giá trị này được đặt bằng 0 (chỉ với raster nguồn).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="108"/>
        <source>Target strength raster</source>
        <translation>Raster cường độ đích</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="108"/>
        <source>Optional: the strength of the target blocks (summed over each block) from another raster than the sources, e.g. reserves as targets and all habitat as sources. Blocks of strength 0 are not solved.</source>
        <translation>Tùy chọn: cường độ của các khối đích (cộng trên mỗi khối) lấy từ một raster khác với nguồn, ví dụ khu bảo tồn làm đích và toàn bộ sinh cảnh làm nguồn. Khối có cường độ 0 không được giải.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="112"/>
        <source>Buffer (cells)</source>
        <translation>Vùng đệm (ô)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="112"/>
        <source>The window reaches this many cells beyond the radius (without sources), so that current can go around obstacles near the window&apos;s edge.</source>
        <translation>Cửa sổ mở rộng thêm chừng này ô ngoài bán kính (không có nguồn), để dòng điện có thể vòng qua vật cản gần mép cửa sổ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="119"/>
        <source>Correct block artefacts</source>
        <translation>Hiệu chỉnh vết khối</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="119"/>
        <source>With a block size above 1, correct the currents for the blocky pattern blocks leave (Omniscape&apos;s correct_artifacts).</source>
        <translation>Khi kích thước khối lớn hơn 1, hiệu chỉnh dòng điện để xóa vết ô khối mà các khối để lại (correct_artifacts của Omniscape).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="127"/>
        <source>Condition {k} raster</source>
        <translation>Raster điều kiện {k}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="127"/>
        <source>Conditional connectivity: a source only sends current to a target whose condition (e.g. temperature, land cover) matches its own.</source>
        <translation>Kết nối có điều kiện: một nguồn chỉ gửi dòng điện tới đích có điều kiện (ví dụ nhiệt độ, lớp phủ) phù hợp với điều kiện của nguồn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="130"/>
        <source>Condition {k}, future raster</source>
        <translation>Raster điều kiện {k} trong tương lai</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="130"/>
        <source>Optional: the target&apos;s condition is read here (e.g. the temperature of 2050), so that sources connect to places with their present condition in the future.</source>
        <translation>Tùy chọn: điều kiện của đích được đọc ở đây (ví dụ nhiệt độ năm 2050), để nguồn kết nối tới những nơi trong tương lai có điều kiện như nguồn hiện nay.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="134"/>
        <source>Condition {k} comparison</source>
        <translation>Phép so sánh điều kiện {k}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="134"/>
        <source>Within a range of the target&apos;s value</source>
        <translation>Nằm trong một khoảng quanh giá trị của đích</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="134"/>
        <source>Equal to the target&apos;s value</source>
        <translation>Bằng giá trị của đích</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="134"/>
        <source>Within: source value − target value between the lower and upper bounds (the target's value is the median of its block). Equal: the same value as the block's most frequent.</source>
        <translation>Trong khoảng: giá trị nguồn − giá trị đích nằm giữa cận dưới và cận trên (giá trị của đích là trung vị của khối). Bằng: cùng giá trị với giá trị hay gặp nhất của khối.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="140"/>
        <source>Condition {k} lower bound</source>
        <translation>Cận dưới của điều kiện {k}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="140"/>
        <source>Within: the least source value − target value that still connects.</source>
        <translation>Trong khoảng: hiệu giá trị nguồn − giá trị đích nhỏ nhất còn được kết nối.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="143"/>
        <source>Condition {k} upper bound</source>
        <translation>Cận trên của điều kiện {k}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="143"/>
        <source>Within: the largest source value − target value that still connects.</source>
        <translation>Trong khoảng: hiệu giá trị nguồn − giá trị đích lớn nhất còn được kết nối.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="146"/>
        <source>Threads</source>
        <translation>Số luồng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="146"/>
        <source>Windows solved at once (0 = one per processor core, at most 8).</source>
        <translation>Số cửa sổ được giải cùng lúc (0 = mỗi lõi bộ xử lý một cửa sổ, tối đa 8).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="149"/>
        <source>Cumulative current of all windows (amperes), GeoTIFF; nodata on nodata cells.</source>
        <translation>Dòng điện tích lũy của mọi cửa sổ (ampe), GeoTIFF; không có dữ liệu ở các ô không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="151"/>
        <source>Flow potential</source>
        <translation>Tiềm năng dòng chảy</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="151"/>
        <source>The current the same sources would give on a landscape of uniform resistance.</source>
        <translation>Dòng điện mà chính các nguồn đó tạo ra trên một cảnh quan có điện trở đồng nhất.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="154"/>
        <source>Normalized current</source>
        <translation>Dòng điện chuẩn hóa</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="154"/>
        <source>Cumulative current / flow potential: above 1 the landscape channels movement, below 1 it impedes it.</source>
        <translation>Dòng điện tích lũy / tiềm năng dòng chảy: trên 1 là cảnh quan dồn kênh sự di chuyển, dưới 1 là cảnh quan cản trở nó.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="215"/>
        <source>Running the Omniscape job {path}</source>
        <translation>Đang chạy công việc Omniscape {path}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="229"/>
        <source>Radius {radius} cells, block size {block}, buffer {buffer}; {conditions} condition(s).</source>
        <translation>Bán kính {radius} ô, kích thước khối {block}, vùng đệm {buffer}; {conditions} điều kiện.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="239"/>
        <source>{targets} windows solved of {lattice} blocks, {threads} thread(s).</source>
        <translation>Đã giải {targets} cửa sổ trên {lattice} khối, {threads} luồng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="241"/>
        <source>No block has any strength: no window was solved and the maps are 0. Check the source (or target) raster and the source threshold.</source>
        <translation>Không khối nào có cường độ: không cửa sổ nào được giải và các bản đồ bằng 0. Hãy kiểm tra raster nguồn (hoặc đích) và ngưỡng nguồn.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="75"/>
        <source>The file &apos;{name}&apos; named by {key} in &apos;{path}&apos; does not exist.</source>
        <translation>Tệp '{name}' khai báo ở {key} trong '{path}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="76"/>
        <source>The Omniscape file &apos;{path}&apos; does not give {keys}, which have no default.</source>
        <translation>Tệp Omniscape '{path}' không khai báo {keys}, là thiết lập không có giá trị mặc định.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="77"/>
        <source>n_conditions = {n} in &apos;{path}&apos;: Omniscape&apos;s conditional connectivity takes 1 or 2 conditions.</source>
        <translation>n_conditions = {n} trong '{path}': kết nối có điều kiện của Omniscape nhận 1 hoặc 2 điều kiện.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="78"/>
        <source>compare_to_future = &apos;{value}&apos; in &apos;{path}&apos;: it must be none, 1, 2 or both.</source>
        <translation>compare_to_future = '{value}' trong '{path}': giá trị phải là none, 1, 2 hoặc both.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="79"/>
        <source>compare_to_future = 2 in &apos;{path}&apos; needs n_conditions = 2.</source>
        <translation>compare_to_future = 2 trong '{path}' cần n_conditions = 2.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="80"/>
        <source>Cannot read the Omniscape file &apos;{path}&apos;: {reason}</source>
        <translation>Không đọc được tệp Omniscape '{path}': {reason}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="81"/>
        <source>The setting {key} = &apos;{value}&apos; in &apos;{path}&apos; is not a number.</source>
        <translation>Thiết lập {key} = '{value}' trong '{path}' không phải là số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="82"/>
        <source>The setting {key} = &apos;{value}&apos; in &apos;{path}&apos; must be a whole number.</source>
        <translation>Thiết lập {key} = '{value}' trong '{path}' phải là số nguyên.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="83"/>
        <source>Cannot read the reclass table &apos;{path}&apos;: {reason}</source>
        <translation>Không đọc được bảng phân loại lại '{path}': {reason}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="84"/>
        <source>Settings that Omniscape does not know were ignored: {keys}.</source>
        <translation>Đã bỏ qua các thiết lập mà Omniscape không có: {keys}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="85"/>
        <source>The solver &apos;{solver}&apos; is unknown to Omniscape; windows are solved with the plugin&apos;s direct solver in any case.</source>
        <translation>Omniscape không có bộ giải '{solver}'; dù sao các cửa sổ vẫn được giải bằng bộ giải trực tiếp của plugin.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="86"/>
        <source>reclassify_resistance is true in &apos;{path}&apos; but its reclass_table &apos;{name}&apos; does not exist.</source>
        <translation>reclassify_resistance là true trong '{path}' nhưng bảng reclass_table '{name}' không tồn tại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="87"/>
        <source>Conditional connectivity is on in &apos;{path}&apos; but condition{k}_file is not given.</source>
        <translation>Kết nối có điều kiện được bật trong '{path}' nhưng không có condition{k}_file.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="88"/>
        <source>comparison{k} = &apos;{value}&apos; in &apos;{path}&apos;: it must be within or equal.</source>
        <translation>comparison{k} = '{value}' trong '{path}': giá trị phải là within hoặc equal.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="89"/>
        <source>compare_to_future = {future} in &apos;{path}&apos; but condition{k}_future_file is not given.</source>
        <translation>compare_to_future = {future} trong '{path}' nhưng không có condition{k}_future_file.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="90"/>
        <source>&apos;{name}&apos; and the resistance raster &apos;{resistance}&apos; differ ({what}): they may not be aligned.</source>
        <translation>'{name}' và raster điện trở '{resistance}' khác nhau ({what}): có thể chúng không khớp lưới.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="91"/>
        <source>Line {line} of the reclass table &apos;{path}&apos; has {n} values; it needs two: the old value and the new one.</source>
        <translation>Dòng {line} của bảng phân loại lại '{path}' có {n} giá trị; cần đúng hai: giá trị cũ và giá trị mới.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="92"/>
        <source>Line {line} of the reclass table &apos;{path}&apos; is not two numbers (&apos;missing&apos; may stand for nodata).</source>
        <translation>Dòng {line} của bảng phân loại lại '{path}' không phải hai số ('missing' có thể dùng cho không có dữ liệu).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="93"/>
        <source>The setting {name} must be a whole number of at least {minimum} (found {value}).</source>
        <translation>Thiết lập {name} phải là số nguyên không nhỏ hơn {minimum} (đang là {value}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="94"/>
        <source>The source threshold must be a number.</source>
        <translation>Ngưỡng nguồn phải là số.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="95"/>
        <source>The resistance cutoff for sources (r_cutoff) must be positive (found {value}).</source>
        <translation>Ngưỡng cắt điện trở của nguồn (r_cutoff) phải dương (đang là {value}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="96"/>
        <source>No source strength raster was given. Give one, or compute the sources from the resistance (source_from_resistance = true, optionally with r_cutoff).</source>
        <translation>Chưa có raster cường độ nguồn. Hãy chọn một raster, hoặc tính nguồn từ điện trở (source_from_resistance = true, có thể kèm r_cutoff).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="97"/>
        <source>Conditional connectivity takes one or two conditions, not {n}.</source>
        <translation>Kết nối có điều kiện nhận một hoặc hai điều kiện, không phải {n}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="98"/>
        <source>The resistance (or conductance) raster &apos;{name}&apos; has {count} cell(s) with 0 or a negative value (first at row {row}, column {col}); Omniscape needs positive values. Give those cells a small positive value, or set them to nodata (barriers).</source>
        <translation>Raster điện trở (hoặc độ dẫn) '{name}' có {count} ô bằng 0 hoặc âm (ô đầu tiên ở hàng {row}, cột {col}); Omniscape cần giá trị dương. Hãy gán cho các ô đó một giá trị dương nhỏ, hoặc đặt chúng là không có dữ liệu (vật cản).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="99"/>
        <source>The resistance raster &apos;{name}&apos; has no cell with a value.</source>
        <translation>Raster điện trở '{name}' không có ô nào có giá trị.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="100"/>
        <source>The block size {size} is even but must be odd: {odd} is used (as Omniscape does).</source>
        <translation>Kích thước khối {size} là số chẵn nhưng phải là số lẻ: dùng {odd} (như Omniscape).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="101"/>
        <source>Comparison {k} is &apos;{value}&apos;; it must be &apos;within&apos; or &apos;equal&apos;.</source>
        <translation>Phép so sánh {k} là '{value}'; phải là 'within' hoặc 'equal'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="102"/>
        <source>Condition {k}: the lower bound {lower} is above the upper bound {upper}.</source>
        <translation>Điều kiện {k}: cận dưới {lower} lớn hơn cận trên {upper}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="103"/>
        <source>The {role} raster '{name}' has {r} × {c} cells but the resistance raster has {rr} × {rc}: all inputs must share one grid.</source>
        <translation>Raster {role} '{name}' có {r} × {c} ô nhưng raster điện trở có {rr} × {rc}: mọi đầu vào phải cùng một lưới.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="342"/>
        <source>Give a resistance raster, or an Omniscape .ini file.</source>
        <translation>Hãy chọn một raster điện trở, hoặc một tệp .ini của Omniscape.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="343"/>
        <source>A future condition raster was given without its present condition raster.</source>
        <translation>Đã chọn raster điều kiện tương lai mà không có raster điều kiện hiện tại tương ứng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="56"/>
        <source>Omnidirectional connectivity</source>
        <translation>Kết nối đa hướng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/corridors/omniscape.py" line="59"/>
        <source>Omniscape&apos;s moving-window current flow (Landau et al. 2021): cumulative current, flow potential and normalized current, without cores.</source>
        <translation>Dòng điện trong cửa sổ trượt của Omniscape (Landau và cs. 2021): dòng điện cộng dồn, tiềm năng dòng chảy và dòng điện chuẩn hóa, không cần vùng lõi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/base.py" line="51"/>
        <source>Species</source>
        <translation>Loài</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="142"/>
        <source>Occurrences</source>
        <translation>Bản ghi phân bố loài</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="65"/>
        <source>Occurrence points with a scientificName field (the output of Import occurrences or GBIF occurrences, or any points layer with Darwin Core fields).</source>
        <translation>Điểm ghi nhận loài có trường scientificName (kết quả của Nhập bản ghi phân bố hoặc Bản ghi phân bố GBIF, hoặc bất kỳ lớp điểm nào có các trường Darwin Core).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="99"/>
        <source>Count duplicates and (0, 0) records</source>
        <translation>Tính cả bản ghi trùng lặp và bản ghi tại (0, 0)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="99"/>
        <source>By default records flagged duplicate or zero_coordinates in bd_flags are not counted.</source>
        <translation>Mặc định, các bản ghi được đánh dấu duplicate hoặc zero_coordinates trong bd_flags không được tính.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="124"/>
        <source>without coordinates (kept without a point)</source>
        <translation>không có tọa độ (vẫn giữ, không có điểm)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="125"/>
        <source>with impossible coordinates (kept without a point)</source>
        <translation>có tọa độ không thể có (vẫn giữ, không có điểm)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="126"/>
        <source>at (0, 0)</source>
        <translation>tại (0, 0)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="127"/>
        <source>outside Viet Nam although their countryCode is VN</source>
        <translation>nằm ngoài Việt Nam dù countryCode là VN</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="128"/>
        <source>outside the area (province) given</source>
        <translation>nằm ngoài vùng (tỉnh) đã cho</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="129"/>
        <source>repeating an earlier record (same taxon, date and coordinates)</source>
        <translation>lặp lại một bản ghi trước đó (cùng taxon, ngày và tọa độ)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="130"/>
        <source>without a scientific name</source>
        <translation>không có tên khoa học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="131"/>
        <source>with a date that cannot be read</source>
        <translation>có ngày không đọc được</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="136"/>
        <source>{count} record(s) read.</source>
        <translation>Đã đọc {count} bản ghi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="139"/>
        <source>{count} record(s) {what}: flagged in bd_flags.</source>
        <translation>{count} bản ghi {what}: đã đánh dấu trong bd_flags.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="159"/>
        <source>Status lists (CSV)</source>
        <translation>Danh lục tình trạng bảo tồn (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="159"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Tệp CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="159"/>
        <source>Your own status list, as CSV (UTF-8): a scientificName column (or ten_khoa_hoc), optionally 'synonyms' (separated by ;) and a Vietnamese name (ten_viet_nam), then any status columns, e.g. the Vietnam Red Data Book 2007 category, the IUCN category, endemic, invasive. Each column becomes a column of the output. The built-in list of Decree 64/2019/NĐ-CP is always used.</source>
        <translation>Danh lục tình trạng của bạn, dạng CSV (UTF-8): một cột scientificName (hoặc ten_khoa_hoc), có thể thêm 'synonyms' (tên đồng nghĩa, cách nhau bởi ;) và tên Việt Nam (ten_viet_nam), rồi các cột tình trạng tùy ý, ví dụ hạng Sách Đỏ Việt Nam 2007, hạng IUCN, đặc hữu, xâm hại. Mỗi cột trở thành một cột của kết quả. Danh mục tích hợp sẵn của Nghị định 64/2019/NĐ-CP luôn được dùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="171"/>
        <source>Built-in Decree 64/2019/NĐ-CP list: {count} entries of the decree's 127 (28 plants, 99 animals); see {path} for the entries still missing. A species not marked in nd64_2019 may still be listed.</source>
        <translation>Danh mục Nghị định 64/2019/NĐ-CP tích hợp sẵn: {count} trong 127 loài của nghị định (28 thực vật, 99 động vật); xem {path} để biết các loài còn thiếu. Một loài không được đánh dấu ở nd64_2019 vẫn có thể thuộc danh mục.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/common.py" line="179"/>
        <source>Status list {path}: {count} names, columns {columns}.</source>
        <translation>Danh lục {path}: {count} tên, các cột {columns}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="245"/>
        <source>GBIF occurrences</source>
        <translation>Bản ghi phân bố GBIF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="73"/>
        <source>&lt;p&gt;Occurrences from GBIF (Cơ sở thông tin ĐDSH toàn cầu) inside a reserve polygon or an extent, with their Darwin Core fields, checked like imported records (bd_flags). Filters: taxon (a scientific name matched on the GBIF backbone, or taxon keys), years, basis of record, the largest coordinate uncertainty, and no geospatial issues (on by default).&lt;/p&gt;&lt;p&gt;Up to 100,000 records come from the search API page by page (progress, cancel). Above that GBIF only serves them through its download API: give an authentication configuration (Basic: your GBIF user name and password); the algorithm asks for the download, waits for it and reads it. HTTP goes through QGIS' network settings (proxy, SSL); requests are spaced and retried when GBIF is busy (429, 503). The citation (and the download's DOI) go into the layer's metadata and the CITATION output: cite them when you use the data. With 'use the cached result', a query run before is reused when GBIF cannot be reached.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bản ghi phân bố từ GBIF (Cơ sở thông tin ĐDSH toàn cầu) trong một vùng khu bảo tồn hoặc một phạm vi, với các trường Darwin Core, được kiểm tra như các bản ghi nhập (bd_flags). Bộ lọc: taxon (tên khoa học đối chiếu với danh lục nền của GBIF, hoặc mã taxon), năm, loại bản ghi (basis of record), sai số tọa độ lớn nhất, và không có vấn đề không gian (mặc định bật).&lt;/p&gt;&lt;p&gt;Tối đa 100.000 bản ghi được lấy từ API tìm kiếm theo từng trang (có tiến trình, có thể hủy). Nhiều hơn thế GBIF chỉ cung cấp qua API tải xuống: hãy chọn một cấu hình xác thực (Basic: tên người dùng và mật khẩu GBIF của bạn); thuật toán gửi yêu cầu tải, chờ và đọc kết quả. HTTP đi qua thiết lập mạng của QGIS (proxy, SSL); các yêu cầu được giãn cách và gửi lại khi GBIF bận (429, 503). Trích dẫn (và DOI của bản tải) được ghi vào siêu dữ liệu của lớp và đầu ra CITATION: hãy trích dẫn khi sử dụng dữ liệu. Với 'dùng kết quả đã lưu', một truy vấn đã chạy trước đây được dùng lại khi không kết nối được GBIF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="133"/>
        <source>Reserve (area)</source>
        <translation>Khu bảo tồn (vùng)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="86"/>
        <source>Polygons of the reserve: records inside them are fetched (GBIF is asked for their convex hull, the records are then kept inside the polygons themselves).</source>
        <translation>Các vùng của khu bảo tồn: lấy các bản ghi bên trong (GBIF được hỏi theo bao lồi của chúng, sau đó chỉ giữ các bản ghi nằm trong chính các vùng).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="90"/>
        <source>An extent instead of a reserve.</source>
        <translation>Một phạm vi thay cho khu bảo tồn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="92"/>
        <source>Taxon</source>
        <translation>Đơn vị phân loại (taxon)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="92"/>
        <source>A scientific name (matched on the GBIF backbone, e.g. &apos;Taxus wallichiana&apos; or &apos;Dipterocarpaceae&apos;) or GBIF taxon keys separated by commas. Empty: every taxon.</source>
        <translation>Một tên khoa học (đối chiếu với danh lục nền GBIF, ví dụ 'Taxus wallichiana' hoặc 'Dipterocarpaceae') hoặc các mã taxon GBIF cách nhau bởi dấu phẩy. Để trống: mọi taxon.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="95"/>
        <source>From year</source>
        <translation>Từ năm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="95"/>
        <source>First year of the records (included).</source>
        <translation>Năm đầu của các bản ghi (tính cả năm này).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="97"/>
        <source>To year</source>
        <translation>Đến năm</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="97"/>
        <source>Last year of the records (included).</source>
        <translation>Năm cuối của các bản ghi (tính cả năm này).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="99"/>
        <source>Basis of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="99"/>
        <source>Only records of these kinds (observations, specimens…). Empty: all.</source>
        <translation>Chỉ các bản ghi thuộc các loại này (quan sát, mẫu vật…). Để trống: tất cả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="102"/>
        <source>Largest coordinate uncertainty (m)</source>
        <translation>Sai số tọa độ lớn nhất (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="102"/>
        <source>Only records whose coordinateUncertaintyInMeters is at most this.</source>
        <translation>Chỉ các bản ghi có coordinateUncertaintyInMeters không vượt quá giá trị này.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="105"/>
        <source>Only records without geospatial issues</source>
        <translation>Chỉ các bản ghi không có vấn đề không gian</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="105"/>
        <source>GBIF&apos;s hasGeospatialIssue=false: leaves out records whose coordinates GBIF found suspect.</source>
        <translation>hasGeospatialIssue=false của GBIF: loại bỏ các bản ghi mà GBIF thấy tọa độ đáng ngờ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="108"/>
        <source>GBIF account (for more than 100,000 records)</source>
        <translation>Tài khoản GBIF (cho hơn 100.000 bản ghi)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="108"/>
        <source>An authentication configuration of the Basic method holding your GBIF user name and password; needed only when the query finds more than 100,000 records (GBIF&apos;s download API).</source>
        <translation>Một cấu hình xác thực kiểu Basic chứa tên người dùng và mật khẩu GBIF của bạn; chỉ cần khi truy vấn tìm thấy hơn 100.000 bản ghi (API tải xuống của GBIF).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="112"/>
        <source>Use the cached result when GBIF cannot be reached</source>
        <translation>Dùng kết quả đã lưu khi không kết nối được GBIF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="112"/>
        <source>Every query&apos;s records are kept in the QGIS profile; when GBIF cannot be reached the last result of the same query is used (the log says so, with its date).</source>
        <translation>Bản ghi của mỗi truy vấn được lưu trong hồ sơ QGIS; khi không kết nối được GBIF, kết quả gần nhất của cùng truy vấn được dùng (nhật ký ghi rõ điều này, kèm ngày).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="116"/>
        <source>GBIF API address</source>
        <translation>Địa chỉ API GBIF</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="116"/>
        <source>The GBIF API (change only for a mirror or a test server).</source>
        <translation>API của GBIF (chỉ đổi khi dùng máy chủ sao chép hoặc máy chủ thử nghiệm).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="118"/>
        <source>Seconds between download status checks</source>
        <translation>Số giây giữa các lần kiểm tra trạng thái tải</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="118"/>
        <source>How often the download&apos;s status is asked.</source>
        <translation>Tần suất hỏi trạng thái của bản tải xuống.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="122"/>
        <source>Points in WGS 84 with the Darwin Core fields, bd_flags and bd_source = GBIF.</source>
        <translation>Điểm theo WGS 84 với các trường Darwin Core, bd_flags và bd_source = GBIF.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="78"/>
        <source>Citation</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="125"/>
        <source>Download DOI</source>
        <translation>DOI của bản tải</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="43"/>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="165"/>
        <source>Taxon &apos;{name}&apos;: GBIF backbone {match} ({type}), key {key}.</source>
        <translation>Taxon '{name}': danh lục nền GBIF {match} ({type}), mã {key}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="199"/>
        <source>GBIF finds {count} record(s) for the query.</source>
        <translation>GBIF tìm thấy {count} bản ghi cho truy vấn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="213"/>
        <source>GBIF could not be reached ({error}): the result cached on {date} is used.</source>
        <translation>Không kết nối được GBIF ({error}): dùng kết quả đã lưu ngày {date}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="227"/>
        <source>GBIF answered {status} to {url}: retried.</source>
        <translation>GBIF trả lời {status} cho {url}: đã gửi lại.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="232"/>
        <source>{count} record(s) in the reserve&apos;s convex hull but outside the reserve are left out.</source>
        <translation>{count} bản ghi nằm trong bao lồi nhưng ngoài khu bảo tồn đã được loại bỏ.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="235"/>
        <source>GBIF has no records for this query: the output layer is empty.</source>
        <translation>GBIF không có bản ghi nào cho truy vấn này: lớp kết quả rỗng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="141"/>
        <source>Citation: {citation}</source>
        <translation>Trích dẫn: {citation}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="260"/>
        <source>GBIF download {key} requested; waiting for GBIF to prepare it.</source>
        <translation>Đã yêu cầu bản tải GBIF {key}; đang chờ GBIF chuẩn bị.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="263"/>
        <source>Download {key}: {status}.</source>
        <translation>Bản tải {key}: {status}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="269"/>
        <source>Download {key} ready: {records} records, DOI {doi}.</source>
        <translation>Bản tải {key} đã sẵn sàng: {records} bản ghi, DOI {doi}.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="49"/>
        <source>&lt;p&gt;Brings species occurrences to one points layer in WGS 84 with the Darwin Core fields: a Darwin Core Archive (a zip with meta.xml, e.g. a GBIF download in DwC-A format), a CSV file of a field survey, or a layer with Darwin Core columns. Survey columns may also be named in Vietnamese (ten_khoa_hoc, ten_viet_nam, vi_do, kinh_do, ngay, nguoi_ghi_nhan, so_luong). Coordinates may be decimal degrees (with a decimal point or comma) or degrees, minutes and seconds; records whose geodeticDatum is VN-2000 are moved to WGS 84.&lt;/p&gt;&lt;p&gt;Every record is kept; what is wrong with it is written in the field bd_flags: no_coordinates and bad_coordinates (kept without a point), zero_coordinates (at 0, 0), outside_country (countryCode VN but outside Viet Nam&apos;s extent), outside_area (outside the area polygon given, e.g. the province), duplicate (the same taxon, date and coordinates as an earlier record, whose row is in bd_duplicate_of), no_name, bad_date. The archive&apos;s citation goes into the layer&apos;s metadata.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Đưa các bản ghi phân bố loài về một lớp điểm theo WGS 84 với các trường Darwin Core: một Darwin Core Archive (tệp zip có meta.xml, ví dụ bản tải GBIF định dạng DwC-A), một tệp CSV điều tra thực địa, hoặc một lớp có các cột Darwin Core. Các cột điều tra cũng có thể đặt tên tiếng Việt (ten_khoa_hoc, ten_viet_nam, vi_do, kinh_do, ngay, nguoi_ghi_nhan, so_luong). Tọa độ có thể là độ thập phân (dấu chấm hoặc dấu phẩy thập phân) hoặc độ, phút, giây; các bản ghi có geodeticDatum là VN-2000 được chuyển sang WGS 84.&lt;/p&gt;&lt;p&gt;Mọi bản ghi đều được giữ lại; lỗi của bản ghi được ghi vào trường bd_flags: no_coordinates và bad_coordinates (giữ lại nhưng không có điểm), zero_coordinates (tại 0, 0), outside_country (countryCode VN nhưng nằm ngoài phạm vi Việt Nam), outside_area (ngoài vùng đã cho, ví dụ ranh giới tỉnh), duplicate (cùng taxon, ngày và tọa độ với một bản ghi trước đó, số dòng của bản ghi đó ở bd_duplicate_of), no_name, bad_date. Trích dẫn của bộ dữ liệu được ghi vào siêu dữ liệu của lớp.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="63"/>
        <source>Darwin Core Archive or CSV file</source>
        <translation>Tệp Darwin Core Archive hoặc CSV</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="63"/>
        <source>Darwin Core Archive or CSV (*.zip *.csv *.txt *.tsv)</source>
        <translation>Darwin Core Archive hoặc CSV (*.zip *.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="63"/>
        <source>A Darwin Core Archive (zip with meta.xml) or a CSV/TSV file (UTF-8) with a header row naming Darwin Core terms. Give this or a layer.</source>
        <translation>Một Darwin Core Archive (zip có meta.xml) hoặc một tệp CSV/TSV (UTF-8) có dòng tiêu đề ghi các thuật ngữ Darwin Core. Cho tệp này hoặc một lớp.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="67"/>
        <source>Occurrence layer</source>
        <translation>Lớp bản ghi phân bố</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="67"/>
        <source>A layer with Darwin Core columns (a table with decimalLatitude/decimalLongitude, or points: their position is used).</source>
        <translation>Một lớp có các cột Darwin Core (bảng có decimalLatitude/decimalLongitude, hoặc lớp điểm: dùng vị trí của điểm).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="71"/>
        <source>Area (province boundary)</source>
        <translation>Vùng (ranh giới tỉnh)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="71"/>
        <source>Records outside these polygons are flagged outside_area.</source>
        <translation>Các bản ghi nằm ngoài các vùng này được đánh dấu outside_area.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="74"/>
        <source>Points in WGS 84 (EPSG:4326) with the Darwin Core fields and bd_flags, bd_duplicate_of, bd_source; records without usable coordinates are kept without a point.</source>
        <translation>Điểm theo WGS 84 (EPSG:4326) với các trường Darwin Core và bd_flags, bd_duplicate_of, bd_source; các bản ghi không có tọa độ dùng được vẫn được giữ, không có điểm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="127"/>
        <source>Area</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="134"/>
        <source>The input holds no records: the output layer is empty.</source>
        <translation>Dữ liệu đầu vào không có bản ghi nào: lớp kết quả rỗng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="61"/>
        <source>Species list per zone</source>
        <translation>Danh lục loài theo vùng</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="42"/>
        <source>Scientific name</source>
        <translation>Tên khoa học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="43"/>
        <source>Vietnamese name</source>
        <translation>Tên Việt Nam</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="43"/>
        <source>First year</source>
        <translation>Năm đầu</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="44"/>
        <source>Last year</source>
        <translation>Năm cuối</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="44"/>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="44"/>
        <source>Family</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="44"/>
        <source>Kingdom</source>
        <translation>Giới</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="45"/>
        <source>Names not matched to a species</source>
        <translation>Các tên không đối chiếu được với loài nào</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="46"/>
        <source>These records are in the zones but are not counted in any species: identified to genus or above only, or not a scientific name.</source>
        <translation>Các bản ghi này nằm trong các vùng nhưng không được tính vào loài nào: chỉ được định danh đến chi hoặc bậc cao hơn, hoặc không phải tên khoa học.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="48"/>
        <source>identified to genus or above only</source>
        <translation>chỉ định danh đến chi hoặc bậc cao hơn</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="48"/>
        <source>not a scientific name</source>
        <translation>không phải tên khoa học</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="49"/>
        <source>{species} species, {listed} of them on a status list.</source>
        <translation>{species} loài, trong đó {listed} loài có trong danh lục tình trạng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="221"/>
        <source>No records in any zone: the species list is empty.</source>
        <translation>Không có bản ghi nào trong các vùng: danh lục loài rỗng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="67"/>
        <source>&lt;p&gt;One row per accepted species in every zone (nature reserve): kingdom, phylum, class, order, family, scientific name, Vietnamese name where known, number of records, first and last year, and the sources (GBIF datasets, surveys). Status columns come from the list of endangered, precious and rare species prioritised for protection of Decree 64/2019/NĐ-CP (built in, nd64_2019 = the entry's number; the built-in file does not yet hold every entry of the decree: the log says how many) and from your own lists (CSV).&lt;/p&gt;&lt;p&gt;The accepted species of a record is the one GBIF gives (species, acceptedScientificName) when there is one, else its scientificName without authorship (canonical name) through the synonyms of the lists. Records identified only to genus, or whose name is not a scientific name, are listed apart in the report, never dropped silently. A record counts in every zone that holds it (zones may overlap). The records are read one by one: memory does not grow with their number.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mỗi loài được chấp nhận trong mỗi vùng (khu bảo tồn) là một dòng: giới, ngành, lớp, bộ, họ, tên khoa học, tên Việt Nam nếu có, số bản ghi, năm đầu và năm cuối, và các nguồn (bộ dữ liệu GBIF, điều tra). Các cột tình trạng lấy từ Danh mục loài nguy cấp, quý, hiếm được ưu tiên bảo vệ của Nghị định 64/2019/NĐ-CP (tích hợp sẵn, nd64_2019 = số thứ tự của loài trong danh mục; tệp tích hợp chưa có đủ mọi loài của nghị định: nhật ký ghi rõ số lượng) và từ các danh lục của bạn (CSV).&lt;/p&gt;&lt;p&gt;Loài được chấp nhận của một bản ghi là loài do GBIF cho (species, acceptedScientificName) nếu có, nếu không là scientificName bỏ tên tác giả (tên chuẩn) qua các tên đồng nghĩa của danh lục. Các bản ghi chỉ định danh đến chi, hoặc có tên không phải tên khoa học, được liệt kê riêng trong báo cáo, không bao giờ bị bỏ qua âm thầm. Một bản ghi được tính trong mọi vùng chứa nó (các vùng có thể chồng lấn). Các bản ghi được đọc lần lượt: bộ nhớ không tăng theo số bản ghi.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="82"/>
        <source>Zones (reserves)</source>
        <translation>Vùng (khu bảo tồn)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="82"/>
        <source>Polygons of the zones, e.g. the province&apos;s nature reserves; the points are reprojected to their CRS.</source>
        <translation>Các vùng, ví dụ các khu bảo tồn của tỉnh; các điểm được chuyển sang hệ tọa độ của chúng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="82"/>
        <source>Field that names the zone in the output.</source>
        <translation>Trường ghi tên vùng trong kết quả.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="87"/>
        <source>Species list</source>
        <translation>Danh lục loài</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="87"/>
        <source>Table with one row per zone and species.</source>
        <translation>Bảng với mỗi dòng là một vùng và một loài.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="90"/>
        <source>Species list (CSV)</source>
        <translation>Danh lục loài (CSV)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="90"/>
        <source>The same table as CSV (UTF-8).</source>
        <translation>Cùng bảng đó dạng CSV (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="93"/>
        <source>Species list (HTML)</source>
        <translation>Danh lục loài (HTML)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="93"/>
        <source>A report: one table per zone, listed species highlighted, and the names matched to no species.</source>
        <translation>Một báo cáo: mỗi vùng một bảng, các loài có trong danh lục được tô nổi, và các tên không đối chiếu được với loài nào.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="116"/>
        <source>The points were read in bulk from {path} (GDAL&apos;s Arrow stream).</source>
        <translation>Các điểm được đọc hàng loạt từ {path} (luồng Arrow của GDAL).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="138"/>
        <source>Status list: {name}</source>
        <translation>Danh lục tình trạng: {name}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="205"/>
        <source>{count} record(s) read, {species} species rows in {zones} zone(s).</source>
        <translation>Đã đọc {count} bản ghi, {species} dòng loài trong {zones} vùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="208"/>
        <source>{count} record(s) without a point are not in any zone.</source>
        <translation>{count} bản ghi không có điểm nên không thuộc vùng nào.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="210"/>
        <source>{count} record(s) lie outside every zone.</source>
        <translation>{count} bản ghi nằm ngoài mọi vùng.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="212"/>
        <source>{count} record(s) flagged duplicate or at (0, 0) are not counted.</source>
        <translation>{count} bản ghi được đánh dấu trùng lặp hoặc tại (0, 0) không được tính.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="216"/>
        <source>{count} record(s) under {names} name(s) match no species (identified to genus only, or not scientific names): {list}</source>
        <translation>{count} bản ghi với {names} tên không đối chiếu được với loài nào (chỉ định danh đến chi, hoặc không phải tên khoa học): {list}</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="52"/>
        <source>Species richness grid</source>
        <translation>Lưới độ phong phú loài</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="58"/>
        <source>&lt;p&gt;A grid of square or hexagonal cells with, in each cell, the number of species, of threatened species and of records. The records are the sampling effort: a cell with few records and few species has not been surveyed much, which is not the same as a cell without species. With an area (the province, a reserve), every cell whose centre lies in it is written, also those without any record (records = 0), so that the gaps in effort show on the map.&lt;/p&gt;&lt;p&gt;Threatened species: listed in Decree 64/2019/NĐ-CP (built-in list) or given CR, EN, VU or EW in one of your status lists (the Vietnam Red Data Book, IUCN). Species as in the species list (accepted names, synonyms); records identified to genus only count as records, not species. Cells are in metres: the grid's CRS must be projected (VN-2000 TM-3 of the province, UTM).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lưới ô vuông hoặc lục giác, mỗi ô có số loài, số loài bị đe dọa và số bản ghi. Số bản ghi là nỗ lực điều tra: một ô ít bản ghi và ít loài là ô chưa được điều tra nhiều, khác với một ô không có loài. Khi có vùng (tỉnh, khu bảo tồn), mọi ô có tâm nằm trong vùng đều được ghi, kể cả ô không có bản ghi nào (records = 0), để khoảng trống điều tra hiện lên bản đồ.&lt;/p&gt;&lt;p&gt;Loài bị đe dọa: có trong Nghị định 64/2019/NĐ-CP (danh mục tích hợp sẵn) hoặc có hạng CR, EN, VU hay EW trong một danh lục của bạn (Sách Đỏ Việt Nam, IUCN). Loài được xác định như trong danh lục loài (tên được chấp nhận, tên đồng nghĩa); bản ghi chỉ định danh đến chi được tính là bản ghi, không tính là loài. Kích thước ô tính bằng mét: hệ tọa độ của lưới phải là hệ phẳng (VN-2000 TM-3 của tỉnh, UTM).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="71"/>
        <source>Cell size (m)</source>
        <translation>Kích thước ô (m)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="71"/>
        <source>Width of a cell in metres (for hexagons: the distance between opposite sides).</source>
        <translation>Bề rộng một ô tính bằng mét (với lục giác: khoảng cách giữa hai cạnh đối diện).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="75"/>
        <source>Cell shape</source>
        <translation>Hình dạng ô</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="75"/>
        <source>Squares</source>
        <translation>Ô vuông</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="75"/>
        <source>Hexagons</source>
        <translation>Lục giác</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="75"/>
        <source>Square or hexagonal cells.</source>
        <translation>Ô vuông hoặc ô lục giác.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="77"/>
        <source>Area (province, reserve)</source>
        <translation>Vùng (tỉnh, khu bảo tồn)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="77"/>
        <source>Write every cell whose centre lies in these polygons, with or without records.</source>
        <translation>Ghi mọi ô có tâm nằm trong các vùng này, dù có hay không có bản ghi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="80"/>
        <source>Grid CRS (projected)</source>
        <translation>Hệ tọa độ của lưới (hệ phẳng)</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="80"/>
        <source>The CRS of the grid, in metres. Empty: the area&apos;s CRS, else the occurrences&apos; CRS.</source>
        <translation>Hệ tọa độ của lưới, đơn vị mét. Để trống: hệ tọa độ của vùng, nếu không thì của các bản ghi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="84"/>
        <source>Species richness</source>
        <translation>Độ phong phú loài</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="84"/>
        <source>Cells with cell_id, species, threatened and records.</source>
        <translation>Các ô với cell_id, species (số loài), threatened (số loài bị đe dọa) và records (số bản ghi).</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="123"/>
        <source>{count} record(s) without a point are not in any cell.</source>
        <translation>{count} bản ghi không có điểm nên không thuộc ô nào.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="134"/>
        <source>No records: every cell has 0 records.</source>
        <translation>Không có bản ghi: mọi ô đều có 0 bản ghi.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="146"/>
        <source>{cells} cell(s), {occupied} with records; {species} species in all.</source>
        <translation>{cells} ô, {occupied} ô có bản ghi; tổng cộng {species} loài.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="170"/>
        <source>The archive&apos;s meta.xml has no &lt;core&gt; file.</source>
        <translation>Tệp meta.xml của bộ dữ liệu không có tệp &lt;core&gt;.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="171"/>
        <source>The archive&apos;s meta.xml names no core data file.</source>
        <translation>Tệp meta.xml của bộ dữ liệu không nêu tệp dữ liệu chính nào.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="172"/>
        <source>The archive&apos;s meta.xml is not valid XML: {error}</source>
        <translation>Tệp meta.xml của bộ dữ liệu không phải XML hợp lệ: {error}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="173"/>
        <source>The zip &apos;{path}&apos; is not a Darwin Core Archive: it has no meta.xml.</source>
        <translation>Tệp zip '{path}' không phải Darwin Core Archive: không có meta.xml.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="174"/>
        <source>The archive &apos;{path}&apos; holds {row_type} records as its core, not occurrences: use an occurrence archive (a GBIF download in Darwin Core Archive format is one).</source>
        <translation>Bộ dữ liệu '{path}' có bản ghi chính loại {row_type}, không phải bản ghi phân bố: hãy dùng bộ dữ liệu phân bố (bản tải GBIF định dạng Darwin Core Archive là một ví dụ).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="175"/>
        <source>The archive &apos;{path}&apos; lacks its core file &apos;{name}&apos; named in meta.xml.</source>
        <translation>Bộ dữ liệu '{path}' thiếu tệp chính '{name}' được nêu trong meta.xml.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="176"/>
        <source>The archive &apos;{path}&apos; could not be opened: {error}</source>
        <translation>Không mở được bộ dữ liệu '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="177"/>
        <source>The file &apos;{path}&apos; could not be read: {error}</source>
        <translation>Không đọc được tệp '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="178"/>
        <source>The file &apos;{path}&apos; has no scientificName column (nor ten_khoa_hoc); its columns: {columns}.</source>
        <translation>Tệp '{path}' không có cột scientificName (hay ten_khoa_hoc); các cột của tệp: {columns}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="179"/>
        <source>The file &apos;{path}&apos; is not UTF-8 text (Excel: save as &apos;CSV UTF-8&apos;); Vietnamese names would be garbled.</source>
        <translation>Tệp '{path}' không phải văn bản UTF-8 (Excel: lưu dạng 'CSV UTF-8'); tên tiếng Việt sẽ bị lỗi font.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="180"/>
        <source>GBIF could not be reached at {url}: {error}. Check the network and the proxy (Settings › Options › Network); a result fetched before can be reused with 'Use the cached result when GBIF cannot be reached'.</source>
        <translation>Không kết nối được GBIF tại {url}: {error}. Hãy kiểm tra mạng và proxy (Thiết lập › Tùy chọn › Mạng); kết quả đã lấy trước đây có thể dùng lại với 'Dùng kết quả đã lưu khi không kết nối được GBIF'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="181"/>
        <source>GBIF answered {status} to {url}: {text}</source>
        <translation>GBIF trả lời {status} cho {url}: {text}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="182"/>
        <source>GBIF kept answering {status} at {url}.</source>
        <translation>GBIF liên tục trả lời {status} tại {url}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="183"/>
        <source>GBIF&apos;s occurrence search answered without a record count.</source>
        <translation>Tìm kiếm bản ghi của GBIF trả lời mà không có số bản ghi.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="184"/>
        <source>GBIF&apos;s name match answer is not an object.</source>
        <translation>Câu trả lời đối chiếu tên của GBIF không phải một đối tượng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="185"/>
        <source>GBIF refused the download request ({status}): check the GBIF user name and password of the authentication configuration.</source>
        <translation>GBIF từ chối yêu cầu tải ({status}): hãy kiểm tra tên người dùng và mật khẩu GBIF trong cấu hình xác thực.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="186"/>
        <source>GBIF&apos;s answer to the download request is not a download key: {start}</source>
        <translation>Câu trả lời của GBIF cho yêu cầu tải không phải mã bản tải: {start}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="187"/>
        <source>GBIF&apos;s answer to the {what} request is not JSON (it begins with: {start}). The service may be down or a proxy may have answered instead.</source>
        <translation>Câu trả lời của GBIF cho yêu cầu {what} không phải JSON (bắt đầu bằng: {start}). Dịch vụ có thể đang ngừng hoặc một proxy đã trả lời thay.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="188"/>
        <source>GBIF&apos;s occurrence search answered without results (keys: {keys}).</source>
        <translation>Tìm kiếm bản ghi của GBIF trả lời mà không có results (các khóa: {keys}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="189"/>
        <source>The GBIF download {key} ended as {status}.</source>
        <translation>Bản tải GBIF {key} kết thúc với trạng thái {status}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="190"/>
        <source>The GBIF download {key} was not ready after {hours} hours ({status}): run again later with its key.</source>
        <translation>Bản tải GBIF {key} chưa sẵn sàng sau {hours} giờ ({status}): hãy chạy lại sau.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="191"/>
        <source>The status list &apos;{path}&apos; is empty.</source>
        <translation>Danh lục '{path}' rỗng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="192"/>
        <source>The status list &apos;{path}&apos; has no scientificName column (its columns: {columns}).</source>
        <translation>Danh lục '{path}' không có cột scientificName (các cột: {columns}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="193"/>
        <source>The status list &apos;{path}&apos; has names that are not scientific names: {names}.</source>
        <translation>Danh lục '{path}' có các tên không phải tên khoa học: {names}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="194"/>
        <source>The status list &apos;{path}&apos; is not UTF-8 text: save it as CSV UTF-8 and run again.</source>
        <translation>Danh lục '{path}' không phải văn bản UTF-8: hãy lưu dạng CSV UTF-8 rồi chạy lại.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="195"/>
        <source>The status list &apos;{path}&apos; could not be read: {error}</source>
        <translation>Không đọc được danh lục '{path}': {error}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="196"/>
        <source>The cell size must be more than 0 m.</source>
        <translation>Kích thước ô phải lớn hơn 0 m.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="197"/>
        <source>Zone &apos;{zone}&apos; is not a polygon.</source>
        <translation>Vùng '{zone}' không phải đa giác.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="198"/>
        <source>The geometry of zone &apos;{zone}&apos; could not be read.</source>
        <translation>Không đọc được hình học của vùng '{zone}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="387"/>
        <source>The occurrences could not be opened.</source>
        <translation>Không mở được các bản ghi phân bố.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="388"/>
        <source>The occurrences have no scientificName field (nor ten_khoa_hoc); their fields: {fields}.</source>
        <translation>Các bản ghi phân bố không có trường scientificName (hay ten_khoa_hoc); các trường: {fields}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="389"/>
        <source>The output &apos;{output}&apos; could not be written: {error}</source>
        <translation>Không ghi được kết quả '{output}': {error}</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="390"/>
        <source>The output &apos;{output}&apos; could not be created.</source>
        <translation>Không tạo được kết quả '{output}'.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="391"/>
        <source>Give a reserve polygon or an extent: GBIF is asked only for the records inside it.</source>
        <translation>Hãy cho một vùng khu bảo tồn hoặc một phạm vi: GBIF chỉ được hỏi các bản ghi bên trong.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="392"/>
        <source>The first year ({first}) is after the last ({last}).</source>
        <translation>Năm đầu ({first}) sau năm cuối ({last}).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="393"/>
        <source>GBIF finds {count} records: more than the 100,000 its search serves. Give a GBIF account (an authentication configuration of the Basic method) to use its download API, or narrow the query (taxon, years, a smaller area).</source>
        <translation>GBIF tìm thấy {count} bản ghi: nhiều hơn 100.000 bản ghi mà API tìm kiếm cung cấp. Hãy cho một tài khoản GBIF (cấu hình xác thực kiểu Basic) để dùng API tải xuống, hoặc thu hẹp truy vấn (taxon, năm, vùng nhỏ hơn).</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="394"/>
        <source>The taxon name &apos;{name}&apos; has no match on the GBIF backbone: check its spelling, or give its GBIF taxon key.</source>
        <translation>Tên taxon '{name}' không có trong danh lục nền GBIF: hãy kiểm tra chính tả, hoặc cho mã taxon GBIF.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="395"/>
        <source>The layer has no scientificName field (nor ten_khoa_hoc); its fields: {fields}.</source>
        <translation>Lớp không có trường scientificName (hay ten_khoa_hoc); các trường: {fields}.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="396"/>
        <source>Give a Darwin Core Archive or CSV file, or an occurrence layer.</source>
        <translation>Hãy cho một tệp Darwin Core Archive hoặc CSV, hoặc một lớp bản ghi phân bố.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="397"/>
        <source>Give either a file or a layer of occurrences, not both.</source>
        <translation>Chỉ cho tệp hoặc lớp bản ghi phân bố, không cho cả hai.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="398"/>
        <source>The zones could not be opened.</source>
        <translation>Không mở được các vùng.</translation>
    </message>
    <message>
        <location filename="../../build/i18n/error_messages.py" line="399"/>
        <source>The cell size is in metres but the grid&apos;s CRS {crs} is in degrees: choose a projected CRS (the province&apos;s VN-2000 TM-3 zone, or UTM 48N/49N) in &apos;Grid CRS&apos;.</source>
        <translation>Kích thước ô tính bằng mét nhưng hệ tọa độ của lưới {crs} tính bằng độ: hãy chọn một hệ tọa độ phẳng (múi VN-2000 TM-3 của tỉnh, hoặc UTM 48N/49N) ở 'Hệ tọa độ của lưới'.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/gbif_occurrences.py" line="70"/>
        <source>Occurrences inside a reserve or an extent from the GBIF API, paged, retried, with citation and DOI.</source>
        <translation>Bản ghi phân bố trong một khu bảo tồn hoặc một phạm vi từ API của GBIF, theo từng trang, có thử lại, kèm trích dẫn và DOI.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="42"/>
        <source>Import occurrences</source>
        <translation>Nhập bản ghi phân bố</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/import_occurrences.py" line="45"/>
        <source>Darwin Core Archive, GBIF download or survey CSV to points, with coordinates, duplicates and places checked.</source>
        <translation>Từ gói Darwin Core, tệp tải về của GBIF hoặc CSV điều tra thành lớp điểm, có kiểm tra tọa độ, bản ghi trùng và địa điểm.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_list.py" line="64"/>
        <source>One row per zone and accepted species, with protection status from Decree 64/2019 and your lists.</source>
        <translation>Mỗi khu và mỗi loài được chấp nhận một dòng, kèm tình trạng bảo vệ theo Nghị định 64/2019 và danh sách của bạn.</translation>
    </message>
    <message>
        <location filename="../../processing_algorithms/species/species_richness.py" line="55"/>
        <source>Square or hexagonal grid of species, threatened species and records (sampling effort).</source>
        <translation>Lưới ô vuông hoặc lục giác về số loài, số loài bị đe dọa và số bản ghi (nỗ lực điều tra).</translation>
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
        <location filename="../gui/dock_widget.ui" line="107"/>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="32"/>
        <source>Province (after the 2025 mergers)</source>
        <translation>Tỉnh, thành phố (sau sắp xếp năm 2025)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="39"/>
        <source>Former province (its own VN-2000 TM-3 zone)</source>
        <translation>Tỉnh cũ (múi chiếu VN-2000 TM-3 riêng)</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="164"/>
        <source>Push</source>
        <translation>Đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="83"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="223"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="90"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="105"/>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="117"/>
        <source>Abstract</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="119"/>
        <source>Keywords</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="121"/>
        <source>Theme</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="123"/>
        <source>Reserve</source>
        <translation>Khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="125"/>
        <source>CRS</source>
        <translation>Hệ tọa độ</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="127"/>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="129"/>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="163"/>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="165"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="153"/>
        <source>Resume queued pushes</source>
        <translation>Tiếp tục các lượt đẩy trong hàng đợi</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="175"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="191"/>
        <source>Load selected version</source>
        <translation>Mở phiên bản đã chọn</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="201"/>
        <source>Review</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="214"/>
        <source>Reviewer mode: national reserve boundaries and submissions</source>
        <translation>Chế độ thẩm định: ranh giới khu bảo tồn quốc gia và các hồ sơ đã nộp</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="217"/>
        <source>Load reserve boundaries</source>
        <translation>Mở ranh giới khu bảo tồn</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="218"/>
        <source>Import boundaries…</source>
        <translation>Nhập ranh giới…</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="224"/>
        <source>Load beside boundaries</source>
        <translation>Mở cạnh ranh giới</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="229"/>
        <source>Accept</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="230"/>
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="145"/>
        <source>Allow pushing identical data again</source>
        <translation>Cho phép đẩy lại dữ liệu giống hệt</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="52"/>
        <source>Use this CRS for the project</source>
        <translation>Dùng hệ tọa độ này cho dự án</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="93"/>
        <source>Layers and maps to push</source>
        <translation>Lớp và bản đồ cần đẩy lên</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="97"/>
        <source>Add a map…</source>
        <translation>Thêm bản đồ…</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="98"/>
        <source>Remove the map</source>
        <translation>Bỏ bản đồ</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="100"/>
        <source>Metadata of the selected item</source>
        <translation>Siêu dữ liệu của mục đang chọn</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="139"/>
        <source>Print layout</source>
        <translation>Bố cục in</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="141"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="146"/>
        <source>Checks</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../gui/dock_widget.ui" line="148"/>
        <source>Result of the last push</source>
        <translation>Kết quả lần đẩy gần nhất</translation>
    </message>
</context>
</TS>
