"""Edition numbers and the year an edition ran."""

import pytest

from crawler.parse.dates import find_dates
from crawler.parse.edition import edition_year, find_edition, ordinal_value
from crawler.parse.series import find_series, in_full


@pytest.mark.parametrize("ordinal, value", [("第四届", 4), ("首届", 1), ("第10届", 10), ("第二批", 2),
                                            ("第十二届", 12), ("第３届", 3)])
def test_ordinals(ordinal, value):
    assert ordinal_value(ordinal) == value


def test_edition_comes_from_the_competitions_own_ordinal():
    title = "人文与科技并重 深入推进城市精细化治理"
    text = "首届中国国际进口博览会期间，专家谈到了城市治理。"
    assert find_edition(title, text, find_series(title, "")) is None


def test_book_number():
    assert find_edition("《社区治理案例选编（第三辑）》出版", "", None, book=True) == 3
    assert find_edition("新书发布", "该书是城市治理系列丛书的第五本。", None, book=True) == 5


def test_a_january_article_on_a_december_release_belongs_to_the_year_before():
    text = "12月30日，第四届某某案例正式发布。本届活动自7月启动以来，共申报案例逾300件。"
    series = find_series("第四届某某案例发布", "")
    assert edition_year(series, find_dates(text, "2022-01-07"), "2022-01-07") == 2021


def test_launch_year_beats_release_year():
    text = "4日，第六届某某案例对外发布。本届征集自2023年9月启动以来，共征集到案例481件。"
    assert edition_year(None, find_dates(text, "2024-01-04"), "2024-01-04") == 2023


def test_year_in_the_name_wins():
    series = find_series("徐汇区“2023年度社区治理优秀案例”名单揭晓", "")
    assert edition_year(series, find_dates("1月15日，名单揭晓。", "2024-01-16"), "2024-01-16") == 2023


def test_edition_from_the_text_when_the_title_omits_the_ordinal():
    title = "“某市社区治理创新案例”评选结果揭晓"
    text = "近日，第三届“某市社区治理创新案例”评选结果揭晓。"
    assert find_edition(title, text, find_series(title, "")) == 3


def test_the_dateline_is_not_the_editions_date():
    text = "发布时间：2022-01-05\n12月30日，第四届某某案例正式发布。"
    series = find_series("第四届某某案例发布", "")
    assert edition_year(series, find_dates(text, "2022-01-05"), "2022-01-05") == 2021


def test_results_released_in_january_close_the_previous_years_edition():
    text = "中新网上海1月5日电 第五届某某案例5日对外发布，50件案例脱颖而出。"
    series = find_series("第五届某某案例发布", "")
    dates = find_dates(text, "2023-01-05")
    assert edition_year(series, dates, "2023-01-05", stage="results") == 2022
    assert edition_year(series, dates, "2023-01-05", stage="launch") == 2023


def test_a_range_of_years_with_the_ordinal_gives_the_later_year():
    text = "1月16日，第七届（2013—2014年度）“某某创新奖”评选结果揭晓。"
    assert edition_year(None, find_dates(text, "2014-01-18"), "2014-01-18", text=text, stage="results") == 2014


@pytest.mark.parametrize(("text", "edition"), [
    ("湖南省社区治理创新奖评选日前启动。该奖项每年评选一次，本届是第九届。", 9),
    ("湖南省社区治理创新奖评选结果公布，这已经是该奖项设立以来的第十一届。", 11),
    ("湖南省社区治理创新奖评选日前启动。今年是第七届进博会举办之年。", None),
])
def test_an_edition_stated_apart_from_the_name(text, edition):
    series = find_series("湖南省社区治理创新奖评选启动", None)
    assert find_edition("湖南省社区治理创新奖评选启动", text, series) == edition


def test_a_bare_year_before_the_name_or_opening_the_text():
    series = find_series("2021“某某杯”社区治理创新大赛总决赛举行", None)
    assert edition_year(series, [], None, "2021“某某杯”社区治理创新大赛总决赛举行") == 2021
    opening = "2024年,某研究院面向全国征集基层治理优秀案例"
    assert edition_year(find_series(opening, None), [], None, opening) == 2024


def test_background_dates_years_before_publication_are_not_the_editions():
    text = "2016年3月,某领导视察时提出要求。5月20日上午,第二届某市治理案例评选正式启动。"
    dates = find_dates(text, "2021-05-20")
    assert edition_year(find_series("第二届某市治理案例评选启动", None), dates, "2021-05-20", "", text) == 2021


def test_the_ordinal_inside_a_quote_that_also_holds_the_event():
    # “第三届…案例评选结果发布会”: the quote runs on past the name; the ordinal still numbers the competition.
    title = "江西发布公共服务创新案例"
    text = "昨日,“第三届江西省公共服务创新案例评选结果发布会”在南昌举行。"
    series = in_full(find_series(title, None), title, text)
    assert find_edition(title, text, series) == 3


def test_a_later_edition_the_story_reports_beats_an_earlier_one_named_in_passing():
    text = ("这些项目都是首届某某“同心杯”公益创投大赛的成果。在首届的基础上,"
            "第二届“同心杯”公益创投大赛于2020年4月1日启动。")
    series = find_series(None, text)
    assert find_edition(None, text, series) == 2
    # a later edition only planned is not reported
    planned = "这些项目都是首届某某“同心杯”公益创投大赛的成果。第二届“同心杯”公益创投大赛将于明年启动。"
    assert find_edition(None, planned, find_series(None, planned)) == 1


def test_an_edition_counted_by_the_competition_itself_or_written_after_its_quoted_name():
    text = "有关负责人介绍,十佳社区卫士评选活动开展至今已经是第四届,已成为一个品牌。"
    mention = find_series("某区十佳社区卫士评选颁奖礼举行", None)
    assert mention is not None and find_edition(None, text, mention) == 4
    mention = find_series("某部公布某某营造奖得奖名单", None)
    assert mention is not None
    assert find_edition(None, "某部今日公布「某某营造奖」第三届得奖名单。", mention) == 3


def test_a_story_that_calls_it_the_first_time_gives_edition_one():
    mention = find_series("某报推出年度杰出公益案例榜单", None)
    assert mention is not None
    assert find_edition(None, "这是某报第一次对公益案例进行评选。", mention) == 1
    # Not a winner's first time.
    assert find_edition(None, "这是该社区首次入选。", mention) is None


def test_the_story_may_number_the_edition_without_the_place_that_opens_the_headline_name():
    mention = find_series("云溪市发布社区营造创新典型案例", None)
    assert mention is not None
    text = "云溪市民政局在全市范围内组织开展了第二批社区营造创新典型案例征集活动。"
    mention = in_full(mention, "云溪市发布社区营造创新典型案例", text)
    assert mention.name.startswith("云溪市")
    assert find_edition(None, text, mention) == 2
    # A brand before the name is no place: “某牌——首届…” numbers a selection the story may only look back on.
    branded = find_series("某牌——某省社区营造创新十佳案例评选回顾", None)
    assert branded is not None
    assert find_edition(None, "资料:首届某省社区营造创新十佳案例颁奖现场。", branded) is None


def test_the_higher_round_winners_go_on_to_is_another_contest_s_edition():
    title = "我市举办志愿服务项目大赛"
    text = ("7月1日，市团委举办全市志愿服务项目大赛。市级比赛评出一等奖1个。"
            "比赛结束后将推选20个优秀项目参加第七届某省志愿服务项目大赛区级评审。")
    series = find_series(title, None)
    assert series is not None and find_edition(title, text, series) is None


def test_a_place_holding_a_community_is_left_out_before_the_ordinal():
    title = "某某经济技术开发区幸福社区微公益创投大赛项目评审会"
    text = "5月3日，幸福社区第二届微公益创投大赛项目评审会在社区会议室举行。"
    assert find_edition(title, text, find_series(title, None)) == 2
