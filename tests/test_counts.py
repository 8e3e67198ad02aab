"""Entry and winner counts from the ways announcements state them (crawler.parse.counts)."""

from __future__ import annotations

import pytest

from crawler.parse.counts import parse_counts, tier_code


@pytest.mark.parametrize(
    ("text", "applications", "qualifier"),
    [
        # seed sentences
        ("本届活动自7月启动以来，全市各单位各部门踊跃参与，共申报案例逾330件，数量较上届增加超过50%。", 330, "逾"),
        (
            "本届征集自2023年9月启动以来,上海各区、委办局以及企事业单位踊跃报名,共征集到相关案例481件,数量较上届增长33%。",
            481,
            None,
        ),
        ("今年7-10月,研究院承办的“长三角城市治理最佳实践评选”活动,收到了上海四十余个案例的申报。", 40, "余"),
        # variants: other verbs, numerals and qualifiers
        ("大赛共收到来自全省11个设区市的参赛项目三百五十八个。", 358, None),
        ("活动共收到全国各地报送的案例近千件。", 1000, "近"),
        ("本次评选共有来自全国的300余个项目报名参赛。", 300, "余"),
        ("截止报名日期，组委会共接收申报材料1200多份。", 1200, "多"),
        ("全市共报送基层治理创新案例超过200件，经初审后进入复评。", 200, "超过"),
        ("今年的征集活动共收到投稿作品1.2万件。", 12000, None),
        ("共有２５６个案例参评。", 256, None),
        ("本届大赛申报项目数达到86项，创历史新高。", 86, None),
        ("共有来自全国的二百一十个创新项目提出申请。", 210, None),
        ("各市（州）共推荐候选案例96个，经专家评审后公示。", 96, None),
        # a count of places before the count of cases, in one clause: the noun belongs to the later amount
        ("共收到全省13个设区市报送的申报案例241件。", 241, None),
        # the launch month of this edition, written 去年, does not make the count another edition's
        ("活动于去年10月启动，9个县区共申报案例七十八个。", 78, None),
        ("本届征集自去年底启动以来，共收到参评项目逾五百个。", 500, "逾"),
    ],
)
def test_applications(text: str, applications: int, qualifier: str | None) -> None:
    counts = parse_counts(text)
    assert counts["applications"] == applications
    assert counts["applications_qualifier"] == qualifier


@pytest.mark.parametrize(
    "text",
    [
        # totals over all editions, growth figures and counts of places are not this edition's entries
        "截至目前,中国(上海)社会治理创新实践案例征集活动已有近2000个典型案例。",
        "五年来，评选活动累计收到申报案例1500余件。",
        "上海市大数据中心统筹建设的基层治理数字化平台已覆盖全市6581个居村委会,累计共享5292万条数据。",
        "本届案例申报在内容上具有三个鲜明特征。",
        "全市16个区、50多个委办局参与申报。",
        "申报数量较上届增长了120件。",
        "研究院在过去五年中，凝聚了交大10多个学院的170多位专家学者。",
        "有意申报单位可于8月31日前下载报名表进行申报。",
        "去年共收到申报案例320件，今年的征集仍在进行中。",
    ],
)
def test_numbers_that_are_not_entries(text: str) -> None:
    counts = parse_counts(text)
    assert counts["applications"] is None
    assert counts["selected"] is None


def test_quoted_tiers_and_their_sum() -> None:
    text = "经专家评审并报主管部门审定，精选出“十佳案例”10件、“优秀案例”20件、“提名案例”20件。"
    counts = parse_counts(text)
    assert counts["by_tier"] == {"十佳案例": 10, "优秀案例": 20, "提名案例": 20}
    assert counts["selected"] == 50


def test_stated_total_wins_over_sum() -> None:
    text = (
        "4日,第六届案例对外发布,60件既有基层“烟火气”“泥土味”又有国际大都市“科技范”“时尚感”的案例脱颖而出。"
        "经专家评审等环节,精选出“十佳案例”10件、“优秀案例”20件、“提名案例”30件。"
    )
    counts = parse_counts(text)
    assert counts["selected"] == 60
    assert counts["by_tier"] == {"十佳案例": 10, "优秀案例": 20, "提名案例": 30}


@pytest.mark.parametrize(
    ("text", "by_tier", "selected"),
    [
        ("共评选出一等奖3项、二等奖5项、三等奖十项。", {"一等奖": 3, "二等奖": 5, "三等奖": 10}, 18),
        ("大赛最终产生金奖2个，银奖4个，铜奖6个，另有优秀奖若干。", {"金奖": 2, "银奖": 4, "铜奖": 6}, 12),
        ("评审委员会评出10个“最佳实践案例”和20个“优秀实践案例”。", {"最佳实践案例": 10, "优秀实践案例": 20}, 30),
        ("本次共评选出十佳案例10个、优秀案例15个。", {"十佳案例": 10, "优秀案例": 15}, 25),
        ("最终有5个项目获得优胜奖，12个项目荣获入围奖。", {"优胜奖": 5, "入围奖": 12}, 17),
        ("经现场答辩，评出金奖项目3个、银奖项目6个。", {"金奖": 3, "银奖": 6}, 9),
        ("经专家评议，最终评出典型案例12个、优秀案例24个。", {"典型案例": 12, "优秀案例": 24}, 36),
    ],
)
def test_tier_lists(text: str, by_tier: dict[str, int], selected: int) -> None:
    counts = parse_counts(text)
    assert counts["by_tier"] == by_tier
    assert counts["selected"] == selected


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("经过专家评审，最终评选出30个城市治理最佳实践案例。", 30),
        ("从330件申报案例中遴选出五十件优秀案例。", 50),
        ("共有25个项目入选本年度创新案例。", 25),
        ("入选案例共计40件，涵盖党建引领、数字治理等领域。", 40),
        ("经评审，拟命名优秀治理项目18个。", 18),
    ],
)
def test_selected_total(text: str, selected: int) -> None:
    counts = parse_counts(text)
    assert counts["selected"] == selected
    assert counts["by_tier"] == {}


def test_entries_and_winners_in_one_sentence() -> None:
    counts = parse_counts("本届大赛共收到参赛项目412个，评选出一等奖5项、二等奖10项。")
    assert counts["applications"] == 412
    assert counts["by_tier"] == {"一等奖": 5, "二等奖": 10}
    assert counts["selected"] == 15


def test_nothing_said() -> None:
    assert parse_counts("第二届“上海城市治理最佳实践案例评选”启动仪式在上海交通大学徐汇校区举行。") == {
        "applications": None,
        "applications_qualifier": None,
        "selected": None,
        "by_tier": {},
    }
    assert parse_counts("")["by_tier"] == {}
    assert parse_counts(None)["applications"] is None


@pytest.mark.parametrize(
    ("tier", "code"),
    [
        ("十佳案例", "top10"),
        ("优秀案例", "excellent"),
        ("提名案例", "nominated"),
        ("一等奖", "first"),
        ("铜奖", "bronze"),
    ],
)
def test_tier_code(tier: str, code: str) -> None:
    assert tier_code(tier) == code


def test_counts_with_a_from_phrase_a_closing_total_and_an_award_name() -> None:
    counts = parse_counts("共收到来自12个地市（州）的申报案例九十六个。最终评选出创新项目8个、优秀案例12个，共20个。")
    assert (counts["applications"], counts["selected"]) == (96, 20)
    assert parse_counts("经专家评审，评出先锋奖12项。")["selected"] == 12


def test_a_thousands_separator_is_one_number():
    assert parse_counts("本届征集共收到申报案例2,315个。")["applications"] == 2315


def test_another_numbered_edition_keeps_its_counts():
    text = "首届大赛收到参赛项目近三百个。第二届征集现已开始。"
    assert parse_counts(text, edition=2)["applications"] is None
    assert parse_counts("第三届共收到项目210个，第二届收到项目180个。", edition=3)["applications"] == 210
    assert parse_counts("首届大赛共收到参赛项目近三百个。", edition=1)["applications"] == 300
