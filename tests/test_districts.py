"""Districts and other places named in announcements (crawler.parse.districts)."""

from __future__ import annotations

import pytest

from crawler.parse.districts import canonical_district, find_districts, find_places


@pytest.mark.parametrize(
    ("text", "districts"),
    [
        # seed phrasings: a campus and a college named after a district are not the district
        ("第二届“上海城市治理最佳实践案例评选”启动仪式在上海交通大学徐汇校区举行。", []),
        ("在活动现场，中国浦东干部学院、新华社中国经济信息社联合发布。", []),
        ("上海市金山区委副书记程鹏出席。座谈会由徐汇区人大常委会原主任主持。", ["金山区", "徐汇区"]),
        ("嘉定区嘉定镇街道实施“双报到”模式。浦东新区创新“街事会”模式。", ["嘉定区", "浦东新区"]),
        # variants
        ("静安区域化党建与普陀区的实践。", ["普陀区"]),
        ("原闸北区和崇明县的两个案例。", ["闸北区", "崇明区"]),
        (
            "浙江省舟山市普陀区与杭州市上城区、嘉兴市嘉善县的做法值得借鉴。",
            ["舟山市普陀区", "杭州市上城区", "嘉兴市嘉善县"],
        ),
        ("上海要面向未来，打造超大城市中心城区的治理样板，覆盖全市16个区。", []),
    ],
)
def test_find_districts(text: str, districts: list[str]) -> None:
    assert find_districts(text) == districts


def test_find_places_levels() -> None:
    text = (
        "伟德国际1946源于英国、上海市金山区廊下镇人民政府、浙江省平湖市广陈镇人民政府三方签署协议。"
        "静安区天目西路街道参与。"
    )
    places = find_places(text)
    assert {"name": "金山区", "level": "district"} in places
    assert {"name": "廊下镇", "level": "town"} in places
    assert {"name": "平湖市", "level": "city"} in places
    assert {"name": "广陈镇", "level": "town"} in places
    assert {"name": "天目西路街道", "level": "subdistrict"} in places
    assert find_places("") == []


@pytest.mark.parametrize(
    ("value", "district"),
    [
        ("浦东", "浦东新区"),
        ("上海市徐汇区", "徐汇区"),
        ("徐汇区枫林路街道", "徐汇区"),
        ("崇明县", "崇明区"),
        ("北京市", None),
        ("", None),
    ],
)
def test_canonical_district(value: str, district: str | None) -> None:
    assert canonical_district(value) == district


def test_a_district_tells_its_province_only_when_no_other_province_has_one_of_that_name():
    from crawler.parse.districts import province_of_district, urban_district_names
    assert province_of_district("新荣区") == "山西省"
    assert province_of_district("鼓楼区") is None and "鼓楼区" in urban_district_names()
    assert "金山区" in urban_district_names() and "山区" not in urban_district_names()
