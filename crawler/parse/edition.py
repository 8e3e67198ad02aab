"""Which edition an announcement is about (第四届 -> 4, 首届 -> 1, 第二批, 系列丛书的第二本) and the year it ran.

The year is the competition's year, not the publication's: a January article reporting a December release,
or a January release of an edition launched the September before, belongs to the earlier year.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crawler.parse.dates import DateMention
from crawler.parse.districts import province_names
from crawler.parse.numbers import NUMERAL, to_int
from crawler.parse.series import ORDINAL, SeriesMention, ordinal_value, series_key, series_mentions

_BOOK_NUMBER = re.compile(
    rf"(?:丛书|系列)[^。；]{{0,6}}?第\s*({NUMERAL})\s*(?:本|册|卷|辑)|[（(]?第\s*({NUMERAL})\s*(?:辑|卷|册)")
_NAME_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度")
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*(?:年度?)?\s*[“\"「]?$")
_YEAR_OPENS_NAME = re.compile(r"((?:19|20)\d{2})(?!\d)")
# A headline-less text that opens with its year: 2025年,某实验室面向各地征集….
_OPENING_YEAR = re.compile(r"^((?:19|20)\d{2})年[,，]")
# The edition stated apart from the name, of "this" competition: 今年是第七届。 / 这已是该评选举办的第四届。
_THIS_EDITION = re.compile(rf"(?:今年|本届|本次|此次|这|该(?:评选|奖项|奖|活动|大赛)"
                           # …评选活动开展至今已经是第五届: the competition counts its own editions
                           rf"|(?:评选|活动|大赛|奖)(?:开展|举办)至今)(?:已经|已)?是[^，。；“”]{{0,12}}?"
                           rf"第\s*({NUMERAL})\s*届(?=$|[，。；！？,.;!?\s])")
# 这是某报第一次对…进行评选, 是…以来的首次优秀案例征集表彰活动: the first time a competition is held.
_FIRST_TIME = re.compile(r"(?:这|此|本次|此次)?是[^，。；“”]{0,24}?(?:首次|第一次)[^，。；“”]{0,16}?"
                         r"(?:评选|征集|评比|大赛|遴选|推选)")
# “某某奖”第二届得奖名单: the ordinal written after the quoted name numbers it.
_QUOTED_THEN_ORDINAL = re.compile(rf"[“「『]([^“”「」『』]{{2,40}})[”」』]\s*({ORDINAL})")
_ORDINAL_RANGE = re.compile(rf"{ORDINAL}\s*[（(](?:19|20)\d{{2}}\s*[-—–~至]\s*((?:19|20)\d{{2}})\s*年度?[）)]")


def find_edition(title: str | None, text: str | None, series: SeriesMention | None, *,
                 book: bool = False) -> int | None:
    """The edition number, or ``None`` when the text does not number it.

    A number is taken only from the ordinal printed with the competition's name (or, for a book, from the
    book's place in its series): a 首届 elsewhere in the text (首届进博会) is another event's.
    """
    if book:
        for source in (title or "", text or ""):
            match = _BOOK_NUMBER.search(source)
            if match:
                return to_int(match.group(1) or match.group(2))
        return None
    if series is None:
        return None
    if series.ordinal:
        return _later_edition_reported(series, text or "") or ordinal_value(series.ordinal)
    # The title names the competition without its ordinal; the text may write both (第三届“…”).
    key = series_key(series.name)
    source = f"{title or ''}\n{text or ''}"
    for mention in series_mentions(source):
        # (湖南省…典型案例 in full, 组织开展了第一批…典型案例 in the story: the place is left out before the ordinal.)
        # (推选20个项目参加第七届某省…大赛: the higher round the winners go on to is another contest's edition.)
        if (mention.ordinal and _same_series(key, series_key(mention.name))
                and not _GOING_ON_TO.search(source[max(0, mention.start - 12):mention.start])):
            return ordinal_value(mention.ordinal)
    for quoted in _QUOTED_THEN_ORDINAL.finditer(f"{title or ''}\n{text or ''}"):
        if series_key(quoted.group(1)) == key:
            return ordinal_value(quoted.group(2))
    stated = _THIS_EDITION.search(text or "")
    if stated:
        return to_int(stated.group(1))
    return 1 if _FIRST_TIME.search(text or "") else None


_GOING_ON_TO = re.compile(r"(?:参加|参与|参赛|参评|角逐|晋级|推荐到|报送)[^，,。；;]{0,6}$")


def _same_series(key: str, other: str) -> bool:
    """Whether two folded names are one series, one of them written without the place that opens the other."""
    shorter, longer = sorted((key, other), key=len)
    extra = longer[:len(longer) - len(shorter)]
    # (江夏经济开发区普安社区: a place may hold a smaller one, a street, town, village or community.)
    place = extra in province_names() or bool(re.fullmatch(r"[\u4e00-\u9fff]{1,8}[省市区县州]"
                                                           r"(?:[\u4e00-\u9fff]{1,6}(?:社区|街道|镇|乡|村))?", extra))
    return key == other or (len(shorter) >= 6 and longer.endswith(shorter) and place)


# What a story reports of an edition it names: 第二届…大赛于5月28日启动, …评选结果昨日揭晓.
# (Not one it plans: 第三届将于明年举行.)
_EDITION_EVENT = re.compile(r"^(?:(?!将|拟|计划|预计|明年|下一届)[^，,。；;！？]){0,16}?"
                            r"(?:启动|揭晓|举行|开幕|开赛|颁奖|落幕|发布|公布)")


def _later_edition_reported(series: SeriesMention, text: str) -> int | None:
    """A later edition of the same competition that the story reports as an event, when the opening names an
    earlier one in passing (首届…大赛结出的硕果……第二届…大赛于5月28日启动 is the second edition's launch)."""
    key, first = series_key(series.name), ordinal_value(series.ordinal or "") or 0
    reported = {ordinal_value(mention.ordinal) for mention in series_mentions(text[:3000])
                if mention.ordinal and (ordinal_value(mention.ordinal) or 0) > first
                and (key.endswith(series_key(mention.name)) or series_key(mention.name).endswith(key))
                and _EDITION_EVENT.match(text[mention.end:mention.end + 40])}
    return reported.pop() if len(reported) == 1 else None


def _history(day: str, published: str) -> bool:
    """A date more than a year before publication is background (2017年3月…习近平总书记…), not this edition's."""
    def months(value: str) -> int | None:
        if not value[:4].isdigit():
            return None
        month = value[5:7]
        return int(value[:4]) * 12 + (int(month) if month.isdigit() else 12)

    then, now = months(day), months(published)
    return then is not None and now is not None and now - then > 12


def edition_year(series: SeriesMention | None, dates: Sequence[DateMention], published_at: str | None,
                 title: str | None = None, text: str | None = None, stage: str | None = None) -> int | None:
    """The year the edition ran.

    In order: a year printed in the competition's name (2023年度…优秀案例), a 年度 in the title, or a range of
    years written with the ordinal (第七届（2013—2014年度）: the later year); the month the edition was launched
    (本届征集自2023年9月启动以来); else the first past date the article reports (12月30日…发布, resolved against the
    publication date) or, failing that, the publication date — and results released in January close the
    previous year's edition (第五届…1月5日对外发布 is the 2022 edition).
    """
    if series:
        match = _NAME_YEAR.search(series.printed) or _YEAR_OPENS_NAME.match(series.printed)
        at = (title or "").find(series.printed)
        # 2022“城市之星”…大赛: a bare year written just before the name in the headline is the name's.
        before = _YEAR_BEFORE.search(title[:at]) if at > 0 else None
        if match or before:
            return int((match or before).group(1))
    years = (_TITLE_YEAR.findall(title or "") or _ORDINAL_RANGE.findall((text or "")[:2000])
             or _OPENING_YEAR.findall(title or ""))
    if years:
        return int(years[-1])
    # The publication day printed again in the text (a dateline) says nothing about the edition's year.
    dateline = (published_at or "")[:10]
    past = [d for d in dates if not d.future and d.kind != "deadline" and d.value != dateline
            and not _history(d.value, dateline)]
    for mention in past:
        if mention.kind == "launch":
            return int(mention.value[:4])
    day = past[0].value if past else (published_at or "")
    if not day[:4].isdigit():
        return None
    year = int(day[:4])
    if stage in ("results", "ceremony") and day[5:7] == "01":
        year -= 1
    return year
