"""Dates as Chinese announcement pages print them, normalised to ISO 8601 in Beijing time.

Three entry points:

* :func:`normalise_datetime` reads one date string taken from a page header, a ``<meta>`` tag, front matter or
  JSON (``2021年07月20日 18:00``, ``发布时间:2019-03-06``, ``2022-01-07 20:33:27 +0800``, ``二〇二一年七月二十日``,
  ``12月30日`` with the year from a reference date) and returns ``2021-07-20T18:00:00+08:00`` or, when the
  string gives no time, ``2021-07-20``.
* :func:`find_dates` finds every date mentioned in body text (``7月19日下午``, ``8月31日前``, ``7-10月``,
  ``自2023年9月启动以来``) with a hint of what the date is for, read from the words around it.
* :func:`date_from_url` reads the publication day that most Chinese CMSs put in article URLs.

All pages of interest are Chinese, so a time without a zone is Beijing time and a time with another zone is
converted to +08:00. Nothing here raises on bad input: what cannot be read is ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

import cn2an
from dateutil import parser as dateutil_parser

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")

# Years outside this window are misreadings (phone numbers, case counts), not publication dates.
MIN_YEAR, MAX_YEAR = 1949, 2100

# Full-width digits and colons are common in Chinese headers; mapping them one-to-one keeps every span valid.
_WIDTH = str.maketrans("０１２３４５６７８９：／－．", "0123456789:/-.")

_CN_DIGIT = "〇零○ＯO一二三四五六七八九"
_CN_NUM = "〇零一二两三四五六七八九十"
_CN_YEAR_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                   "七": 7, "八": 8, "九": 9}

# A number of a date: Arabic digits, or Chinese numerals (二〇二一 for a year, 二十 / 三十一 for a day).
_Y = rf"(?P<y>\d{{4}}|[{_CN_DIGIT}]{{4}})"
_M = rf"(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})"
_D = rf"(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})"

# Labels that precede a date in page headers: 发布时间：, 日期:, Release time:, Published: ...
_LABEL = re.compile(
    r"^\s*(?:[\[【(（]?\s*)?(?:发布|发表|更新|修改|上传|成文|印发|录入|创建)?\s*(?:时间|日期|于)\s*[:：]?\s*"
    r"|^\s*(?:release|publish(?:ed)?|post(?:ed)?|update(?:d)?|date|time)\s*(?:time|date|on|at)?\s*[:：]?\s*",
    re.IGNORECASE,
)

# A full date with optional time and zone: 2021年07月20日 18:00, 2021-07-20 18:00:00, 2021/7/20, 2021.07.20,
# 2021-07-20T18:00:00Z, 2022-01-07 20:33:27 +0800, 2019年06月15日08:18, 二〇二一年七月二十日, and news.cn's
# header split over spans (2023 11/17 20:52:15).
_FULL = re.compile(
    # (2024/06/21/ 11:05: some CMS templates close the day with a slash.)
    _Y + r"\s*(?P<sep>[年\-/.]|\s(?=\s*\d{1,2}\s*/\s*\d))\s*" + _M + r"\s*[月\-/.]\s*" + _D
    + r"\s*(?:[日号]|/(?=\s*\d{1,2}[:：]))?"
    r"(?:\s*(?:T|\s)?\s*(?P<ampm>上午|下午|晚上|凌晨|中午|早上)?\s*"
    r"(?P<H>\d{1,2})\s*[:：时点]\s*(?P<Mi>\d{2})(?:\s*[:：分]\s*(?P<S>\d{2})(?:\.\d+)?)?\s*[分秒]?"
    r"(?:\s*(?P<tz>Z|(?:UTC|GMT)?\s*[+-]\d{2}:?\d{2}|UTC|GMT|CST|北京时间))?)?"
)

# Month and day without a year: 12月30日, 7月19日下午.
_MONTH_DAY = re.compile(_M + r"\s*月\s*" + _D + r"\s*[日号]")

# Labels before a date in a header that make it not the publication date: the page's own "today" (often served
# in a government site's top bar) and an update time printed beside the published one.
_NOT_PUBLISHED = re.compile(
    r"(?:(?P<today>今天是|今日是|今天|今日|当前日期|当前时间|现在时间)|更新|修改|修订|最后更新)\s*(?:时间|日期|于)?\s*[:：]?\s*$"
)

_EPOCH = re.compile(r"^\s*(\d{10}|\d{13})\s*$")

# Header dates some templates print in other orders, read only where a header date is sought
# (:func:`first_datetime`) and only when no year-first date is there: the day first, each part two digits
# (30.03.2018 20:53, a European-style aggregator), and a two-digit year with its time (20-08-10 08:55 来源:…).
_DAY_FIRST = re.compile(r"(?<![\d.])(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.(?P<y>(?:19|20)\d{2})(?![\d.])"
                        r"(?:\s+(?P<H>[0-2]?\d):(?P<Mi>[0-5]\d))?")
# A Taiwan (ROC) year, counted from 1912, in a labelled header date (日期:101-12-06, 發布日期:110-10-16 15:16).
_ROC_DATE = re.compile(r"(?:日期|时间|時間)\s*[:：]\s*(?P<y>1[0-2]\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)"
                       r"(?![\d\-/.])(?:\s+(?P<H>[0-2]?\d):(?P<Mi>[0-5]\d))?")
_SHORT_YEAR = re.compile(r"(?<![\d\-/.])(?P<y>[0-3]\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
                         r"\s+(?P<H>[0-2]?\d):(?P<Mi>[0-5]\d)(?![\d\-])")

# Dates in article URLs: /20210720/, /2021/07-20/, /2021-07-20/, /2021/0720/, /2021-07/20/, /202107/20/.
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:/|_|\d*\.s?html?)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)/"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),
)


def normalise_datetime(s: str | None, reference: str | None = None) -> str | None:
    """Read one date string and return it as ISO 8601 in Beijing time, or ``None`` when it is not a date.

    ``reference`` (an ISO date, usually the article's publication date) supplies the year when ``s`` has only
    a month and a day; a late-in-the-year day mentioned early in the next year belongs to the previous year.
    """
    if not s or not isinstance(s, str):
        return None
    text = _LABEL.sub("", s.translate(_WIDTH).strip(), count=1).strip()
    if not text:
        return None
    if match := _EPOCH.match(text):
        return _from_epoch(int(match.group(1)))
    if match := _FULL.search(text):
        return _from_full_match(match)
    if match := _MONTH_DAY.search(text):
        day = _resolve_month_day(_num(match["m"]), _num(match["d"]), reference)
        return day.isoformat() if day else None
    return _from_dateutil(text)


def first_datetime(text: str | None) -> str | None:
    """The first complete date (with its year) in a stretch of page text, normalised; ``None`` when there is none.

    For page headers, where the date sits among other words (``2024年01月04日 19:18 来源:中新网上海``).
    """
    if not text:
        return None
    text = text.translate(_WIDTH)
    updated = None
    for match in _FULL.finditer(text):
        value = _from_full_match(match)
        label = _NOT_PUBLISHED.search(text[max(0, match.start() - 12):match.start()])
        if not value or (label and label["today"]):
            continue  # 今天是 2024年05月06日: the day the page was served, not the article's
        if label:
            updated = updated or value  # 更新时间: only when no other date is given
            continue
        return value
    return updated or _other_order_date(text)


def _other_order_date(text: str) -> str | None:
    """A header date written day first or with a two-digit year (see ``_DAY_FIRST``), with its time."""
    for pattern, century in ((_DAY_FIRST, 0), (_SHORT_YEAR, 2000), (_ROC_DATE, 1911)):
        match = pattern.search(text)
        day = match and _make_date(century + int(match["y"]), int(match["m"]), int(match["d"]))
        if not day:
            continue
        if match["H"] is None or int(match["H"]) > 23:
            return day.isoformat()
        return datetime(day.year, day.month, day.day, int(match["H"]), int(match["Mi"]), tzinfo=BEIJING).isoformat()
    return None


def with_time(chosen: str | None, other: str | None) -> str | None:
    """Upgrade a bare day to a full time when another source gives the same day with its time."""
    if chosen and other and len(chosen) == 10 and len(other) > 10 and other.startswith(chosen):
        return other
    return chosen


@dataclass(frozen=True)
class DateMention:
    """One date mentioned in body text.

    ``value`` is ISO 8601 at the precision the text gives: a month (``2021-10``), a day (``2021-07-19``), or a
    full time where the text prints one (``2021-07-20T18:00:00+08:00``).
    ``until`` is the end of a range (``7-10月`` -> value ``2018-07``, until ``2018-10``). ``kind`` is a hint read
    from the words around the date: ``deadline``, ``range``, ``event``, ``launch``, ``release`` or ``None``.
    ``future`` is true when the sentence announces it (将于, 拟于). ``span`` is the (start, end) of the match.
    """

    value: str
    kind: str | None
    span: tuple[int, int]
    text: str
    until: str | None = None
    future: bool = False


# A date in running text: optional year, month, optional day; then an optional range to a second date.
_MENTION = re.compile(
    rf"(?:(?P<y>\d{{4}}|[{_CN_DIGIT}]{{4}})\s*年\s*)?"
    rf"(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月"
    rf"(?:\s*(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[日号])?"
    r"(?:\s*(?:[-－—–~～]|至|到)\s*"
    rf"(?:(?P<y2>\d{{4}})\s*年\s*)?"
    rf"(?:(?P<m2>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月)?"
    rf"(?:\s*(?P<d2>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*[日号])?)?"
)
# 7-10月: a month range written with the first month bare.
_MONTH_RANGE = re.compile(
    rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*(?:[-－—–~～]|至|到)\s*"
    rf"(?P<m2>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*月(?!\s*\d{{1,2}}\s*[日号])"
)
# A bare day (4日) only where news prose uses it: opening a sentence or a dateline, before a comma or a time of day.
_BARE_DAY = re.compile(r"(?:(?<=^)|(?<=[\n。；！？\s电…”)）]))(?P<d>[0-3]?\d)日(?=\s*(?:[,，、]|上午|下午|晚|凌晨|电))")

_DEADLINE_AFTER = re.compile(r"^\s*(?:\(含\)|（含）)?\s*(?:之?前|以前|截止|止(?!于)|为止|截稿)")
_DEADLINE_BEFORE = re.compile(
    r"(?:截止|截稿|报名|申报|提交|征集)(?:日期|时间)?(?:为|是|至|到)?\s*[:：]?\s*$|(?:不晚于|最迟)\s*$"
)
_EVENT_AFTER = re.compile(r"^\s*(?:上午|下午|晚上|晚|凌晨|中午|早上|\d{1,2}[:：]\d{2}|\d{1,2}时)")
_FUTURE_BEFORE = re.compile(r"(?:将于|将在|拟于|拟在|计划于|预计于?|定于|将)\s*$")
_PAST_BEFORE = re.compile(r"(?:已于|已在|已经|曾于|此前|早在)\s*$")
_PAST_AFTER = re.compile(r"^[^，,。；]{0,12}(?:以来|至今|已经|以后|之后)")
# Words in the same sentence that tell what the date is for.
_PURPOSE_WORDS = (
    ("launch", re.compile(r"启动|开启|拉开帷幕|正式开始|开始征集|启幕")),
    ("release", re.compile(r"发布|揭晓|公布|出炉|揭榜|公示")),
)
_EVENT_WORDS = re.compile(r"举行|召开|举办|开幕|闭幕|颁奖|仪式|会议|论坛|峰会|座谈")
_SENTENCE_END = re.compile(r"[。！？；\n]")
_WINDOW = 40  # characters of the sentence on each side that may carry the hint


def find_dates(text: str | None, reference: str | None = None) -> list[DateMention]:
    """Every date mentioned in ``text``, in order, with its kind hint; years missing from the text come from
    ``reference`` (the article's publication date, ISO)."""
    if not text:
        return []
    flat = text.translate(_WIDTH)
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for finder in (_find_full_dates, _find_month_ranges, _find_mentions, _find_bare_days):
        for mention in finder(flat, reference):
            start, end = mention.span
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            taken.append(mention.span)
            mentions.append(mention)
    return sorted(mentions, key=lambda m: m.span)


def date_from_url(url: str | None) -> str | None:
    """The day an article URL carries (``/20210720/``, ``/2021/07-20/``, ``/2021-07-20/``, ``/2021/0720/``,
    ``/2021-07/20/``), as ``YYYY-MM-DD``; ``None`` when the URL has none or it is not a real day."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    # Wayback Machine addresses start with their own 14-digit timestamp: read the archived URL, not the capture.
    path = re.sub(r"^/web/\d{8,14}[a-z_]*/[a-z]+://[^/]+", "", path, flags=re.IGNORECASE)
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            day = _make_date(int(match["y"]), int(match["m"]), int(match["d"]))
            if day:
                return day.isoformat()
    return None


# -- reading one string ---------------------------------------------------------------------------------------


def _from_full_match(match: re.Match[str]) -> str | None:
    # A year, a dash and a month in Chinese numerals is not a date (二〇二一-七 never occurs); require 年.
    if not match["y"].isdigit() and match["sep"] != "年":
        return None
    day = _make_date(_year(match["y"]), _num(match["m"]), _num(match["d"]))
    if day is None:
        return None
    if match["H"] is None:
        return day.isoformat()
    hour, minute, second = int(match["H"]), int(match["Mi"]), int(match["S"] or 0)
    if match["ampm"] in ("下午", "晚上") and hour < 12:
        hour += 12
    if hour > 23 or minute > 59 or second > 59:
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=_zone(match["tz"]))
    return moment.astimezone(BEIJING).isoformat()


def _zone(tz: str | None) -> timezone:
    if not tz or tz in ("CST", "北京时间"):
        return BEIJING  # CST on Chinese pages is China Standard Time, not US Central
    if tz in ("Z", "UTC", "GMT"):
        return UTC
    offset = re.search(r"([+-])(\d{2}):?(\d{2})", tz)
    if not offset:
        return BEIJING
    sign = 1 if offset[1] == "+" else -1
    return timezone(sign * timedelta(hours=int(offset[2]), minutes=int(offset[3])))


def _from_epoch(value: int) -> str | None:
    seconds = value / 1000 if value > 10**11 else value
    moment = datetime.fromtimestamp(seconds, tz=BEIJING)
    return moment.isoformat() if MIN_YEAR <= moment.year <= MAX_YEAR else None


def _from_dateutil(text: str) -> str | None:
    """English and other formats (``Nov 22, 2025 10:00``): dateutil reads them; we insist on a year."""
    if not re.search(r"\b(?:19|20)\d{2}\b", text) or len(text) > 60:
        return None
    try:
        parsed, _tokens = dateutil_parser.parse(text, fuzzy_with_tokens=True, default=datetime(2000, 1, 1))
        # dateutil fills a missing month or day from its default: parse again with another one to catch that
        check, _tokens = dateutil_parser.parse(text, fuzzy_with_tokens=True, default=datetime(2000, 2, 2))
    except (ValueError, OverflowError):
        return None
    if (parsed.month, parsed.day) != (check.month, check.day):
        return None  # "July 2021", "Vol. 2021 No 3": no day given
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    if not has_time:
        return parsed.date().isoformat()
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=BEIJING)
    return parsed.astimezone(BEIJING).replace(microsecond=0).isoformat()


def _num(token: str | None) -> int | None:
    """A month or day number: ``07``, ``7``, ``七``, ``二十``, ``三十一``."""
    if token is None or token == "":
        return None
    if token.isdigit():
        return int(token)
    try:
        return int(cn2an.cn2an(token.replace("两", "二"), "normal"))
    except (ValueError, KeyError):
        return None


def _year(token: str) -> int | None:
    """A year: ``2021`` or digit by digit ``二〇二一`` (years are read out digit by digit, not as a number)."""
    if token.isdigit():
        return int(token)
    digits = [_CN_YEAR_DIGITS.get(ch) for ch in token]
    if None in digits:
        return None
    return int("".join(str(d) for d in digits))


def _make_date(year: int | None, month: int | None, day: int | None) -> date | None:
    if year is None or month is None or day is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _reference_day(reference: str | None) -> date | None:
    if not reference:
        return None
    match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", reference)
    if not match:
        return None
    return _make_date(int(match[1]), int(match[2]), int(match[3] or 1))


def _resolve_year(month: int, reference: str | None, tense: str | None = None) -> int | None:
    """The year of a month mentioned without one: the reference's year, or the year before when that would put
    the month well after the reference (a December event reported in January). How far after is too far
    depends on the sentence: an announced event (将于10月举行) may lie months ahead, a past one (自7月启动以来)
    cannot lie ahead at all."""
    ref = _reference_day(reference)
    if ref is None:
        return None
    ahead = month - ref.month
    limit = {"future": 6, "past": 0}.get(tense or "", 2)
    return ref.year - 1 if ahead > limit else ref.year


def _resolve_month_day(month: int | None, day: int | None, reference: str | None) -> date | None:
    if month is None or day is None or not 1 <= month <= 12:
        return None
    # A lone string has no sentence to judge by: allow up to half a year ahead of the reference.
    year = _resolve_year(month, reference, "future")
    return _make_date(year, month, day) if year else None


# -- dates in running text ------------------------------------------------------------------------------------


def _find_full_dates(text: str, reference: str | None) -> list[DateMention]:
    found = []
    for match in _FULL.finditer(text):
        if match["sep"] != "年" and not _isolated(text, match):
            continue  # 2021-07-20 inside a longer number or code is not a date
        value = _from_full_match(match)
        if value:
            found.append(_mention(text, match.span(), value, None))
    return found


def _isolated(text: str, match: re.Match[str]) -> bool:
    before = text[match.start() - 1] if match.start() else " "
    after = text[match.end()] if match.end() < len(text) else " "
    return not (before.isdigit() or after.isdigit() or before in "-/." or after in "-/")


def _find_month_ranges(text: str, reference: str | None) -> list[DateMention]:
    found = []
    for match in _MONTH_RANGE.finditer(text):
        first, last = _num(match["m"]), _num(match["m2"])
        if not first or not last or not (1 <= first <= 12 and 1 <= last <= 12) or first >= last:
            continue
        year = (int(match["y"]) if match["y"] else _year_written_before(text, match.start(), first)
                or _resolve_year(last, reference, _tense(text, *match.span())))
        if year is None:
            continue
        found.append(_mention(text, match.span(), f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}"))
    return found


def _find_mentions(text: str, reference: str | None) -> list[DateMention]:
    found = []
    for match in _MENTION.finditer(text):
        month = _num(match["m"])
        if not month or not 1 <= month <= 12 or _is_duration(text, match):
            continue
        year = (_year(match["y"]) if match["y"] else _year_written_before(text, match.start(), month)
                or _resolve_year(month, reference, _tense(text, *match.span())))
        if year is None or not MIN_YEAR <= year <= MAX_YEAR:
            continue
        start_value = _precise(year, month, _num(match["d"]) if match["d"] else None)
        if start_value is None:
            continue
        until = _range_end(match, year, month)
        span = match.span() if until else (match.start(), _first_part_end(match))
        found.append(_mention(text, span, start_value, until))
    return found


_YEAR_MONTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
_RELATIVE_YEAR = re.compile(r"(?:今年|去年|明年|前年|上年)\s*$")


def _year_written_before(text: str, position: int, month: int) -> int | None:
    """The year of a month written without one in a schedule that gave the year once, shortly before in the same
    paragraph (2021年3月1日至5月31日为申报阶段；6月至8月为评审阶段): that year, or the next when the month comes
    earlier than the one the year was written with. ``None`` when no such year is near or the month says its own
    year (今年3月)."""
    if _RELATIVE_YEAR.search(text[max(0, position - 3):position]):
        return None
    window = text[max(0, position - 60):position].rsplit("\n", 1)[-1]
    written = list(_YEAR_MONTH.finditer(window))
    if not written:
        return None
    year, anchor_month = int(written[-1][1]), int(written[-1][2])
    return year + 1 if month < anchor_month else year


def _is_duration(text: str, match: re.Match[str]) -> bool:
    """A bare month after a quantity word (近3月, 多2月) counts months; it does not name one."""
    if match["y"] or match["d"]:
        return False
    before = text[max(0, match.start() - 1):match.start()]
    return before in ("个", "几", "数", "近", "多")


def _first_part_end(match: re.Match[str]) -> int:
    return match.end("d") + 1 if match["d"] else match.end("m") + 1


def _range_end(match: re.Match[str], year: int, month: int) -> str | None:
    if not (match["m2"] or match["d2"]):
        return None
    end_year = int(match["y2"]) if match["y2"] else year
    end_month = _num(match["m2"]) if match["m2"] else month
    end_day = _num(match["d2"]) if match["d2"] else None
    if match["d"] and not end_day:
        return None  # 8月1日-9月: too loose to trust
    if not end_month or not 1 <= end_month <= 12:
        return None
    if match["m2"] is None and match["d2"] is None:
        return None
    end = _precise(end_year, end_month, end_day)
    start = _precise(year, month, _num(match["d"]) if match["d"] else None)
    return end if end and start and end > start else None


def _precise(year: int, month: int, day: int | None) -> str | None:
    if day is None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    made = _make_date(year, month, day)
    return made.isoformat() if made else None


def _find_bare_days(text: str, reference: str | None) -> list[DateMention]:
    ref = _reference_day(reference)
    if ref is None:
        return []
    found = []
    for match in _BARE_DAY.finditer(text):
        day_number = int(match["d"])
        day = _make_date(ref.year, ref.month, day_number)
        if day and day > ref + timedelta(days=1):  # a day after the reference: last month's
            previous = ref.replace(day=1) - timedelta(days=1)
            day = _make_date(previous.year, previous.month, day_number)
        if day:
            found.append(_mention(text, match.span(), day.isoformat(), None))
    return found


def _mention(text: str, span: tuple[int, int], value: str, until: str | None) -> DateMention:
    start, end = span
    while end > start and text[end - 1].isspace():
        end -= 1
    span = (start, end)
    before, after = _sentence_around(text, start, end)
    return DateMention(
        value=value, kind=_kind(before, after, until), span=span, text=text[start:end], until=until,
        future=bool(_FUTURE_BEFORE.search(before)),
    )


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    head = text[max(0, start - _WINDOW):start]
    head = _SENTENCE_END.split(head)[-1]
    tail = text[end:end + _WINDOW]
    tail = _SENTENCE_END.split(tail)[0]
    return head, tail


def _tense(text: str, start: int, end: int) -> str | None:
    """``future`` for an announced date (将于10月), ``past`` for a date looked back on (自7月启动以来)."""
    before, after = _sentence_around(text, start, end)
    if _FUTURE_BEFORE.search(before):
        return "future"
    if _PAST_BEFORE.search(before) or _PAST_AFTER.match(after):
        return "past"
    return None


def _kind(before: str, after: str, until: str | None) -> str | None:
    if _DEADLINE_AFTER.match(after):
        return "deadline"
    if until:
        return "range"  # 征集时间为9月至12月: a period, even where a deadline word leads into it
    if _DEADLINE_BEFORE.search(before):
        return "deadline"
    if _EVENT_AFTER.match(after):
        return "event"  # 7月19日下午: a day with a time of day is the day something took place
    # What the date is for: launch and release words after it (自2023年9月启动以来, 12月30日…正式发布), then
    # in the clause before it (评选揭晓…将于10月举行 is when results come), then generic event words.
    clause_before = re.split(r"[，,：:]", before)[-1]
    for text in (after, clause_before):
        for kind, words in _PURPOSE_WORDS:
            if words.search(text):
                return kind
    if _EVENT_WORDS.search(after) or _EVENT_WORDS.search(clause_before):
        return "event"
    return None
