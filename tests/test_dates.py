"""Dates as Chinese pages print them -> ISO 8601 in Beijing time (crawler.parse.dates)."""

from __future__ import annotations

import pytest

from crawler.parse.dates import date_from_url, find_dates, first_datetime, normalise_datetime


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # page headers, as the sites of sites.md print them
        ("2024年01月04日 19:18", "2024-01-04T19:18:00+08:00"),
        ("2019年06月15日08:18", "2019-06-15T08:18:00+08:00"),  # people.com.cn: no space before the time
        ("2023年12月20日", "2023-12-20"),
        ("2021-07-20 18:00", "2021-07-20T18:00:00+08:00"),
        ("2025-11-22 22:26:04", "2025-11-22T22:26:04+08:00"),
        ("发布时间:2019-03-06", "2019-03-06"),
        ("发布时间：2019-03-06 浏览量:243", "2019-03-06"),
        ("Release time:2023-05-01 10:00:00", "2023-05-01T10:00:00+08:00"),
        ("日期:2021年07月20日 18:00:05", "2021-07-20T18:00:05+08:00"),
        ("2021/07/20", "2021-07-20"),
        ("2021.7.2", "2021-07-02"),
        ("２０２１年７月２０日　１８：００", "2021-07-20T18:00:00+08:00"),  # full-width digits
        # front matter and machine formats, zones converted to Beijing time
        ("2022-01-07 20:33:27 +0800", "2022-01-07T20:33:27+08:00"),
        ("2021-07-20T10:00:00Z", "2021-07-20T18:00:00+08:00"),
        ("2021-07-20T05:00:00-05:00", "2021-07-20T18:00:00+08:00"),
        ("2021-07-20T18:00:00+08:00", "2021-07-20T18:00:00+08:00"),
        ("1609459200000", "2021-01-01T08:00:00+08:00"),  # epoch milliseconds (JSON APIs)
        ("Nov 22, 2025 10:00", "2025-11-22T10:00:00+08:00"),
        # Chinese numerals, as formal documents date themselves
        ("二〇二一年七月二十日", "2021-07-20"),
        ("二〇一九年十二月三十一日", "2019-12-31"),
        ("2020年3月5日下午3:30", "2020-03-05T15:30:00+08:00"),
    ],
)
def test_normalise_header_formats(raw: str, expected: str) -> None:
    assert normalise_datetime(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "浏览量:243", "2021-13-40", "第二届", "0000-00-00 00:00:00", "来源:新华网", "2021", "July 2021",
            "Vol. 2021 No 3", "2021年7月"],
)
def test_not_a_date_is_none(raw: str) -> None:
    assert normalise_datetime(raw) is None


def test_month_day_takes_year_from_reference() -> None:
    assert normalise_datetime("7月19日", reference="2021-07-20") == "2021-07-19"
    # A December event announced in January belongs to the previous year.
    assert normalise_datetime("12月30日", reference="2022-01-07T20:33:27+08:00") == "2021-12-30"
    assert normalise_datetime("12月30日", reference="2022-12-31") == "2022-12-30"
    assert normalise_datetime("12月30日") is None  # no year anywhere: do not guess


def _by_text(text: str, reference: str | None) -> dict[str, tuple[str, str | None, str | None]]:
    return {m.text: (m.value, m.kind, m.until) for m in find_dates(text, reference)}


def test_find_dates_in_launch_announcement() -> None:
    """Seed 000 (2021-07-20): event day with 下午, a deadline, a future month for the results."""
    text = (
        "2021年7月19日下午,第二届“上海城市治理最佳实践案例评选”启动仪式在上海交通大学徐汇校区举行。"
        "有意申报单位可于8月31日前通过网址下载报名表进行申报。"
        "评选揭晓和颁奖仪式将于2021年10月举行的全球城市论坛开幕式上举行。"
    )
    found = _by_text(text, "2021-07-20T18:00:00+08:00")
    assert found["2021年7月19日"] == ("2021-07-19", "event", None)
    assert found["8月31日"] == ("2021-08-31", "deadline", None)
    assert found["2021年10月"] == ("2021-10", "release", None)
    assert next(m for m in find_dates(text, "2021-07-20") if m.value == "2021-10").future


def test_find_dates_results_announced_in_january() -> None:
    """Seed 003 (2022-01-07): 12月30日 is last year's; 自7月启动以来 is last July, not this one."""
    text = "12月30日，第四届中国(上海)社会治理创新实践案例正式发布。本届活动自7月启动以来，全市各单位踊跃参与。"
    found = _by_text(text, "2022-01-07")
    assert found["12月30日"] == ("2021-12-30", "release", None)
    assert found["7月"] == ("2021-07", "launch", None)


def test_find_dates_launch_month_with_year_and_dateline_day() -> None:
    """Seed 004 (2024-01-04): the dateline 1月4日电, a bare 4日 opening a sentence, 自2023年9月启动以来."""
    text = (
        "中新网上海新闻1月4日电(记者 李姝徵)……4日,第六届中国(上海)社会治理创新实践案例对外发布。"
        "本届征集自2023年9月启动以来"
    )
    found = _by_text(text, "2024-01-04T19:18:00+08:00")
    assert found["1月4日"][0] == "2024-01-04"
    assert found["4日"] == ("2024-01-04", "release", None)
    assert found["2023年9月"] == ("2023-09", "launch", None)


@pytest.mark.parametrize(
    ("text", "reference", "value", "until"),
    [
        ("今年7-10月，上海交通大学中国城市治理研究承办的评选活动", "2018-11-12", "2018-07", "2018-10"),
        ("11月6日至7日，习近平主席在出席首届中国国际进口博览会", "2018-11-12", "2018-11-06", "2018-11-07"),
        ("征集时间为2023年9月至12月", "2024-01-04", "2023-09", "2023-12"),
        ("活动于5月10日—6月30日开展", "2023-05-01", "2023-05-10", "2023-06-30"),
    ],
)
def test_find_dates_ranges(text: str, reference: str, value: str, until: str) -> None:
    (mention,) = find_dates(text, reference)
    assert (mention.value, mention.until, mention.kind) == (value, until, "range")


@pytest.mark.parametrize(
    "text",
    [
        "报名截止时间：2021年9月30日",
        "请于2021年9月30日之前提交材料",
        "申报截止日期为9月30日",
        "9月30日（含）前报送",
    ],
)
def test_find_dates_deadlines(text: str) -> None:
    (mention,) = find_dates(text, "2021-07-01")
    assert (mention.value, mention.kind) == ("2021-09-30", "deadline")


def test_find_dates_chinese_numerals_and_spans() -> None:
    text = "特此通知。\n二〇二一年七月二十日"
    (mention,) = find_dates(text, None)
    assert mention.value == "2021-07-20"
    assert text[mention.span[0]:mention.span[1]] == "二〇二一年七月二十日"


def test_find_dates_ignores_numbers_that_are_not_dates() -> None:
    text = "共征集到相关案例481件，数量较上届增长33%，覆盖全市16个区、201个街道，历时6个月。"
    assert find_dates(text, "2024-01-04") == []


def test_find_dates_without_reference_keeps_only_dated_mentions() -> None:
    found = find_dates("12月30日发布。2021年10月举行。", None)
    assert [m.value for m in found] == ["2021-10"]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.sjtu.edu.cn/jdyw/20231220/193012.html", "2023-12-20"),
        ("https://www.chinanews.com.cn/gn/2025/11-22/10520000.shtml", "2025-11-22"),
        ("http://www.sh.chinanews.com.cn/kjjy/2024-01-04/120000.shtml", "2024-01-04"),
        ("http://sh.people.com.cn/n2/2019/0615/c134768-33045000.html", "2019-06-15"),
        ("http://www.xinhuanet.com/local/2020-02/19/c_1125597921.htm", "2020-02-19"),
        ("https://www.cnfin.com/dz-lb/detail/20220107/3500000_1.html", "2022-01-07"),
        ("https://china.chinadaily.com.cn/a/202311/17/WS65571297a310d5acd876f404.html", "2023-11-17"),
        # the Wayback timestamp is the capture, not the article's day
        ("https://web.archive.org/web/20120611024252/http://www.he.xinhuanet.com/news/2012-06/04/content_1.htm",
         "2012-06-04"),
        ("https://www.mbachina.com/html/mpa_sjtu/202107/334055.html", None),  # month only
        ("https://www.sipa.sjtu.edu.cn/show/12345", None),
        ("https://example.com/20211340/1.html", None),  # not a real day
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url) == expected


def test_first_datetime_in_header_lines() -> None:
    from crawler.parse.dates import first_datetime

    assert first_datetime("2024年01月04日 19:18   来源:中新网上海") == "2024-01-04T19:18:00+08:00"
    assert first_datetime("2023 11/17 20:52:15") == "2023-11-17T20:52:15+08:00"  # news.cn header split over spans
    assert first_datetime('showDate("2020/04/17 01:43:09")') == "2020-04-17T01:43:09+08:00"
    assert first_datetime("浏览量: 3301") is None


def test_find_dates_past_and_future_months_around_the_turn_of_the_year() -> None:
    text = "活动已于11月启动。颁奖仪式将于3月举行。"
    found = {m.text: m for m in find_dates(text, "2024-01-10")}
    assert found["11月"].value == "2023-11"  # looked back on: last November
    assert found["3月"].value == "2024-03" and found["3月"].future  # announced: this March


def test_header_date_skips_today_and_update_labels() -> None:
    """A government top bar prints the day the page was served (今天是); an 更新时间 sits beside the published one."""
    from crawler.parse.dates import first_datetime

    assert first_datetime("今天是：2024年05月06日 星期一") is None
    assert first_datetime("更新时间：2022-01-10 11:02 发布时间：2022-01-07 20:33") == "2022-01-07T20:33:00+08:00"
    assert first_datetime("更新时间：2022-01-10") == "2022-01-10"  # the only date there is


def test_a_schedule_that_writes_the_year_once() -> None:
    # published in March: without the year written before it, 6月至8月 would read as last year's
    text = "2022年3月15日至5月20日为申报阶段；6月至8月为评审阶段。"
    values = [(m.value, m.until) for m in find_dates(text, "2022-03-10")]
    assert ("2022-06", "2022-08") in values
    # a schedule crossing the year; and 今年 names its own year
    assert find_dates("2022年11月启动，次年1月发布结果。", "2022-11-01")[-1].value == "2023-01"
    assert find_dates("早在2015年8月开始试点，今年3月全面推开。", "2022-05-01")[-1].value == "2022-03"


def test_a_header_date_written_day_first_or_with_a_two_digit_year():
    assert first_datetime("14.07.2019  09:30") == "2019-07-14T09:30:00+08:00"
    assert first_datetime("19-11-02 16:45 来源:某某日报 编辑:某某") == "2019-11-02T16:45:00+08:00"
    # Not a date: a version number, a day or month of one digit, a month past 12, a short year without its time.
    assert first_datetime("第2.11.2019期") is None
    assert first_datetime("11.25.2019") is None
    assert first_datetime("编号 19-11-02") is None
    # A year-first date on the same line wins.
    assert first_datetime("2019-11-03 10:00 (转载于 02.11.2019)") == "2019-11-03T10:00:00+08:00"


def test_a_labelled_taiwan_year_in_a_header_date():
    assert first_datetime("發布單位:資管處發布日期:110-10-16 15:16") == "2021-10-16T15:16:00+08:00"
    assert first_datetime("日期:101-12-06") == "2012-12-06"
    # Unlabelled, three digits before a dash are no year.
    assert first_datetime("编号 101-12-06") is None
