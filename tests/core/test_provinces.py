"""Provinces (2025 reorganisation) and their VN-2000 TM-3 CRSs, checked against the EPSG database."""

import pyproj
import pyproj.database
import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)

from bd_qgis_plugin.core.errors import InputError
from bd_qgis_plugin.core.provinces import (
    current_provinces,
    format_meridian,
    former_provinces,
    get_province,
    load_provinces,
    tm3_crs_name,
    tm3_proj_string,
)


def test_34_current_units_and_63_before_2025():
    provinces = load_provinces()
    current = current_provinces()
    assert len(current) == 34
    assert sum(p.kind == "city" for p in current) == 6  # Hà Nội, Huế, Hải Phòng, Đà Nẵng, TP.HCM, Cần Thơ
    unchanged = [p for p in current if not former_provinces(p.code)]
    former = [p for p in provinces if p.status == "former"]
    assert len(unchanged) == 11 and len(former) == 52
    assert len(unchanged) + len(former) == 63
    assert all(get_province(p.merged_into).status == "current" for p in former)


def test_known_provinces_and_mergers():
    binh_thuan = get_province("binh_thuan")
    assert binh_thuan.central_meridian == 108.5 and binh_thuan.status == "former"
    assert binh_thuan.merged_into == "lam_dong"
    assert [p.name_vi for p in former_provinces("lam_dong")] == ["Bình Thuận", "Đắk Nông", "Lâm Đồng"]
    assert get_province("Khánh Hòa").central_meridian == 108.25
    assert get_province("Lâm Đồng").central_meridian == 107.75 and get_province("Lâm Đồng").status == "current"
    binh_phuoc = get_province("Bình Phước")
    assert binh_phuoc.central_meridian == 106.25 and binh_phuoc.merged_into == "dong_nai"
    assert former_provinces("quang_ninh") == []


@pytest.mark.parametrize("text", ["binh thuan", "BÌNH THUẬN", "Binh Thuan", "Bình Thuận", "binh_thuan"])
def test_lookup_ignores_case_and_diacritics(text):
    assert get_province(text).code == "binh_thuan"


def test_lookup_of_cities_and_unknown_names():
    assert get_province("Ho Chi Minh City").code == "ho_chi_minh"
    assert get_province("TP. Hồ Chí Minh").code == "ho_chi_minh"
    assert get_province("da nang").code == "da_nang"
    with pytest.raises(InputError, match=r"Unknown province 'Lam Dogn'. Did you mean: Lâm Đồng\?"):
        get_province("Lam Dogn")


def test_vietnamese_alphabetical_order():
    names = [p.name_vi for p in current_provinces()]
    assert names[:5] == ["An Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Cần Thơ"]
    assert names.index("Đồng Tháp") < names.index("Gia Lai")  # đ after d, before g
    assert names.index("Hà Nội") < names.index("Hải Phòng")


def test_meridian_format_and_crs_name():
    assert format_meridian(108.5) == "108°30′" and format_meridian(107.75) == "107°45′"
    assert format_meridian(105.0) == "105°00′"
    assert tm3_crs_name("binh_thuan") == "VN-2000 / TM-3 108°30′ (Bình Thuận)"


def _epsg_central_meridian(code):
    params = pyproj.CRS.from_epsg(code).coordinate_operation.params
    return next(p.value for p in params if "central meridian" in p.name.lower()
                or "natural origin" in p.name.lower() and "longitude" in p.name.lower())


def test_epsg_codes_are_the_vn2000_tm3_zones_of_the_same_meridian():
    live = {int(info.code) for info in pyproj.database.query_crs_info(auth_name="EPSG", allow_deprecated=False)
            if info.name.startswith("VN-2000 / TM-3")}
    for code in sorted({p.epsg for p in load_provinces()}):
        assert code in live, code
        crs = pyproj.CRS.from_epsg(code)
        assert crs.name.startswith("VN-2000 / TM-3"), code
        for meridian in {p.central_meridian for p in load_provinces() if p.epsg == code}:
            assert meridian == pytest.approx(_epsg_central_meridian(code), abs=1e-9), code


def test_proj_definition_transforms_exactly_like_epsg():
    """Our PROJ string (the user-CRS fallback) = the EPSG zone through EPSG:6960, to the millimetre."""
    for province in load_provinces():
        lon, lat = province.central_meridian + 0.6, 12.0
        ours = pyproj.Transformer.from_crs("EPSG:4326", tm3_proj_string(province.central_meridian), always_xy=True)
        epsg = pyproj.Transformer.from_crs("EPSG:4326", f"EPSG:{province.epsg}", always_xy=True)
        (x1, y1), (x2, y2) = ours.transform(lon, lat), epsg.transform(lon, lat)
        assert abs(x1 - x2) < 1e-3 and abs(y1 - y2) < 1e-3, province.code
    # On the central meridian the easting is the false easting, shifted only by the datum (~200 m)
    x, _ = pyproj.Transformer.from_crs("EPSG:4326", tm3_proj_string(108.5), always_xy=True).transform(108.5, 11.0)
    assert 499700 < x < 499900


def test_qgis_crs_prefers_epsg(qgis_app):
    from bd_qgis_plugin.crs import province_crs, vn2000_geographic, vn2000_utm

    crs = province_crs("Bình Thuận")
    assert crs.authid() == "EPSG:9218" and crs.isValid()
    assert vn2000_geographic().authid() == "EPSG:4756" and vn2000_utm(48).authid() == "EPSG:3405"
    with pytest.raises(InputError):
        vn2000_utm(50)


def test_qgis_user_crs_registered_once_and_transforms_like_epsg(qgis_app):
    from bd_qgis_plugin.crs import province_crs

    registry = QgsApplication.coordinateReferenceSystemRegistry()
    before = len(registry.userCrsList())
    user = province_crs("binh_thuan", prefer_epsg=False)
    again = province_crs("Binh Thuan", prefer_epsg=False)
    assert user.authid().startswith("USER:") and again.authid() == user.authid()
    assert len(registry.userCrsList()) == before + 1
    assert "VN-2000 / TM-3 108°30′ (Bình Thuận)" in [d.name for d in registry.userCrsList()]
    reloaded = QgsCoordinateReferenceSystem(user.authid())
    assert reloaded.isValid()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    point = QgsPointXY(108.9, 11.2)
    a = QgsCoordinateTransform(wgs84, reloaded, QgsProject.instance()).transform(point)
    b = QgsCoordinateTransform(wgs84, QgsCoordinateReferenceSystem("EPSG:9218"), QgsProject.instance()).transform(point)
    assert abs(a.x() - b.x()) < 1e-3 and abs(a.y() - b.y()) < 1e-3
