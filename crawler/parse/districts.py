"""Which districts an announcement is about, and the other places it names.

In running text only a district's full name counts (``徐汇区``, ``浦东新区``): the short forms are everywhere in
names that are not districts (``徐汇校区`` is a campus, ``中国浦东干部学院`` a college, ``三个金山`` a slogan).
Where a field is known to hold a district (a case table's ``所属区`` column), :func:`canonical_district` also
accepts the short forms. Shanghai's districts are in ``crawler/data/districts.json``; districts elsewhere are
recognised when the text names their city with them (``杭州市上城区``).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_CJK = r"[\u4e00-\u9fff]"
# Both names are held to name characters and must start the word (after a province, punctuation or a conjunction):
# there are no spaces in Chinese, and 城市 / 社区 / 城区 are words, not places.
_NAME_CHAR = r"(?:(?![的和与及在了为是对将把等这该各全社园校景辖片小])[\u4e00-\u9fff])"
# A 区 that starts a longer word is not a district: 静安区域化党建.
_NOT_DISTRICT_AFTER = re.compile(r"^域")
# A Shanghai district's name right after another city is that city's district: 舟山市普陀区.
_OTHER_CITY_BEFORE = re.compile(rf"{_CJK}{{2,4}}市$")
# A district elsewhere, with its city: 杭州市上城区, 嘉兴市嘉善县. The city may follow its province.
_CITY_DISTRICT = re.compile(
    rf"(?:(?<=[省、，,。；;：:\s与和及])|^)(?!城市)(?P<city>{_NAME_CHAR}{{2,3}}市)(?P<district>{_NAME_CHAR}{{1,3}}(?:新区|区|县))(?!域)"
)
# Places below a district or county, written right after the unit that holds them (金山区廊下镇, 平湖市广陈镇).
_SUBDISTRICT = re.compile(rf"(?<=[省市区县])(?P<name>{_NAME_CHAR}{{2,6}}?街道)")
_TOWN = re.compile(rf"(?<=[省市区县])(?P<name>{_NAME_CHAR}{{2,4}}?[镇乡])(?!街道)")
_CITY = re.compile(rf"(?<=省)(?P<name>{_NAME_CHAR}{{2,3}}市)")


def word_starts_at(text: str, at: int, particles: str) -> bool:
    """Whether a word (a place's name) may start at ``at``: the text's start, after a mark, or after one of
    ``particles`` (there are no spaces in Chinese: 发布天津市…, not 市民政局发布 read as 局发布市)."""
    return at == 0 or not re.match(_CJK, text[at - 1]) or text[at - 1] in particles


def find_districts(text: str | None) -> list[str]:
    """The county-level districts ``text`` names, canonical names in order of first mention.

    Shanghai's districts by their full names (a former name such as ``崇明县`` maps to its current one; a merged
    district such as ``闸北区`` stays as printed, it was a district when the text was written); other cities'
    districts as ``城市+区`` (``杭州市上城区``) where the text names the city with them.
    """
    if not text:
        return []
    found: dict[str, int] = {}
    for name, (start, _) in _shanghai_mentions(text):
        found.setdefault(name, start)
    for match in _CITY_DISTRICT.finditer(text):
        if match.group("city") == "上海市":
            continue
        found.setdefault(match.group("city") + match.group("district"), match.start())
    return sorted(found, key=found.__getitem__)


def find_places(text: str | None) -> list[dict]:
    """Every place ``text`` names, as ``{"name", "level"}`` with level ``district``, ``subdistrict`` (街道),
    ``town`` (镇/乡) or ``city`` (a city named after its province), in order of first mention, without repeats.
    """
    if not text:
        return []
    places: dict[str, tuple[int, str]] = {}
    for name in find_districts(text):
        places.setdefault(name, (text.find(name.replace("上海市", "")), "district"))
    for pattern, level in ((_SUBDISTRICT, "subdistrict"), (_TOWN, "town"), (_CITY, "city")):
        for match in pattern.finditer(text):
            name = match.group("name")
            if any(name in other for other in places):
                continue
            places.setdefault(name, (match.start(), level))
    ordered = sorted(places.items(), key=lambda item: item[1][0])
    return [{"name": name, "level": level} for name, (_, level) in ordered]


def canonical_district(value: str | None) -> str | None:
    """The Shanghai district a field holds, short forms accepted (``浦东`` -> ``浦东新区``).

    ``上海市徐汇区`` and ``徐汇区枫林路街道`` give ``徐汇区``. For a field known to name a district, such as a
    table's ``所属区`` column or the start of a unit's name.
    """
    if not value:
        return None
    value = re.sub(r"\s+", "", value).removeprefix("上海市").removeprefix("上海")
    mentions = _shanghai_mentions(value)
    if mentions:
        return mentions[0][0]
    for short, name in _short_forms().items():
        if value.startswith(short):
            return name
    return None


def _shanghai_mentions(text: str) -> list[tuple[str, tuple[int, int]]]:
    mentions = []
    for match in _shanghai_pattern().finditer(text):
        if _NOT_DISTRICT_AFTER.match(text[match.end() :]):
            continue
        before = text[max(0, match.start() - 5) : match.start()]
        if _OTHER_CITY_BEFORE.search(before) and not before.endswith("上海市"):
            continue
        mentions.append((_full_names()[match.group()], match.span()))
    return mentions


@lru_cache(maxsize=1)
def province_names() -> tuple[str, ...]:
    """China's provincial-level divisions by their short names (浙江, 内蒙古, 上海), longest first."""
    return tuple(sorted(_data()["provinces"], key=len, reverse=True))


@lru_cache(maxsize=1)
def city_names() -> tuple[str, ...]:
    """Mainland China's prefecture- and county-level cities by their bare names (邢台, 昆山), longest first."""
    return tuple(sorted((name[:-1] for name in _data()["cities"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def urban_district_names() -> frozenset[str]:
    """Mainland China's county-level districts (区) by their full names (金山区, 中山区)."""
    return frozenset(_data()["urban_districts"])


def province_of_district(district: str) -> str | None:
    """The province a district is in, by its full name (新荣区 -> 山西省); ``None`` for a name that districts of
    several provinces share (鼓楼区) or no district has."""
    return _data()["urban_districts"].get(district)


def province_of_city(city: str) -> str | None:
    """The province (autonomous region, municipality) a city is in, by its full name (随州市 -> 湖北省)."""
    return _data()["city_provinces"].get(city)


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files("crawler").joinpath("data/districts.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _full_names() -> dict[str, str]:
    """Every full name a Shanghai district is written with -> the name to report."""
    names = {}
    for district in _data()["shanghai"]:
        names[district["name"]] = district["name"]
        for former in district.get("former_names", []):
            names[former] = district["name"]
    for former in _data()["shanghai_former"]:
        names[former["name"]] = former["name"]
    return names


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, str]:
    return {short: district["name"] for district in _data()["shanghai"] for short in district["short"]}


@lru_cache(maxsize=1)
def _shanghai_pattern() -> re.Pattern[str]:
    names = sorted(_full_names(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))
