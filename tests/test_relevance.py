"""The relevance test keeps governance-case pages and drops general news, on the language announcements use."""

from __future__ import annotations

import pytest

from crawler.extract.relevance import competition_signals, is_relevant_article, is_relevant_link

KEPT = [
    # a launch, a results release, a district award, a case book, a commentary naming a competition
    ("第二届“上海城市治理最佳实践案例评选”启动仪式举行", "7月19日下午，评选活动在徐汇校区启动。"),
    ("书写人民城市新答卷 第六届上海社会治理创新实践案例发布", "精选出“十佳案例”10件、“优秀案例”20件。"),
    ("徐汇区第二届“社区治理创新奖”揭晓 12个项目获奖", "评选结果28日揭晓。"),
    ("《像绣花一样精细:城市治理的金山实践》新书首发", "最终精选出42个案例汇编入本书。"),
    ("人文与科技并重 深入推进上海城市精细化治理实践",
     "今年7-10月，研究院承办的“长三角城市治理最佳实践评选”活动，收到了上海四十余个案例的申报。"),
    # a title naming neither topic nor competition: the text must talk about the competition more than once
    ("2021全球城市论坛开幕", "开幕式上举行了第二届上海城市治理最佳实践案例评选颁奖仪式，30个案例获评，获奖名单见附件。"
                        "优秀案例将汇编成书。"),
]
DROPPED = [
    ("静安一社区开设“家门口”养老服务站", "服务站由社区居委会与社会组织共同运营，每天开放10小时。"),
    ("研究院举办第五届城市治理青年学者论坛", "40余位青年学者围绕超大城市治理宣读论文并开展讨论。"),
    ("第十届全国MBA培养院校企业管理案例大赛决赛举行", "来自40所院校的代表队参加决赛。"),
    ("法国全国大罢工再次严重影响交通", "罢工导致巴黎地铁多条线路停运。"),
    (None, None),
]


@pytest.mark.parametrize(("title", "text"), KEPT, ids=[t for t, _ in KEPT])
def test_case_competition_pages_are_kept(title, text) -> None:
    assert is_relevant_article(title, text)


@pytest.mark.parametrize(("title", "text"), DROPPED, ids=[str(t) for t, _ in DROPPED])
def test_general_news_is_dropped(title, text) -> None:
    assert not is_relevant_article(title, text)


def test_link_filter_follows_topic_and_textless_links_only() -> None:
    assert is_relevant_link("第七届中国(上海)社会治理创新实践案例征集活动启动")
    assert is_relevant_link("")  # a picture link: follow it and judge the page
    assert is_relevant_link(None)
    assert not is_relevant_link("2024年上海交通大学MPA招生简章")
    assert not is_relevant_link("国际与公共事务学院举行2022级研究生开学典礼")


def test_competition_signals_count_distinct_phrasings() -> None:
    assert competition_signals("征集案例") == 1
    assert competition_signals("第四届案例评选揭晓，十佳案例10件") >= 3
    assert competition_signals("天气晴") == 0
