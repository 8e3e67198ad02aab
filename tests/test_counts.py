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


# -- rules from the first real dev set (phrasings here are our own) ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a shortlist is not the winners: candidates, finalists, those moving on to a later round
        "从150个申报项目中评选出40个候选项目，进入下一轮网络投票。",
        "经初审，共有18个案例入围决赛。",
        "专家组层层把关，80个项目脱颖而出，入围复赛。",
        "评审委员会评选出二十个入围案例。",
        "最终选出12个项目进入终审答辩。",
        # a plan is not a result
        "活动最终将综合专家意见和公众投票，评选出最佳案例8个、优秀案例16个。",
        "组委会计划从申报项目中评出创新项目15个。",
    ],
)
def test_shortlists_and_plans_are_not_winners(text: str) -> None:
    counts = parse_counts(text)
    assert counts["selected"] is None
    assert counts["by_tier"] == {}


def test_the_pool_before_a_shortlist_is_still_the_entries() -> None:
    assert parse_counts("从150个申报项目中评选出40个候选项目。")["applications"] == 150


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # a result verb after the amount
        ("经过两轮评审，24个基层治理创新项目日前正式揭晓。", 24),
        ("本年度的36件优秀案例名单出炉。", 36),
        # 公布 / 推出 / 评议出, and an amount that closes a list of names after 等
        ("省民政厅公布了东湖社区、西河街道、南岭镇等45个优秀基层治理案例。", 45),
        ("评审组评议出城市更新类创新项目9个。", 9),
        # a quoted name right after the unit is what is counted, even when it opens with a place word
        ("大会发布了36个“市域社会治理创新典型案例”。", 36),
        # a designation names its winners, whatever they are
        ("决定命名城关司法所等80个司法所为全省“枫桥式司法所”。", 80),
        ("省委政法委授予朝阳街道等25个街道“平安街道”称号。", 25),
    ],
)
def test_more_ways_to_state_the_winners(text: str, selected: int) -> None:
    assert parse_counts(text)["selected"] == selected


def test_a_designation_counts_the_named_units_not_their_districts() -> None:
    assert parse_counts("命名3个区的20个社区为“全市示范社区”。")["selected"] == 20


@pytest.mark.parametrize(
    ("text", "applications", "qualifier"),
    [
        # the pool a winner stood out from: 在/从 … N件X中
        ("今年该县在全省三百余件参评专案中脱颖而出，获得两项大奖。", 300, "余"),
        ("本届作品从近千件投稿作品中评出。", 1000, "近"),
        # the organisations that entered, when the text counts no cases
        ("本次大赛共有近60所高校报名参赛。", 60, "近"),
        ("大赛吸引了全市85个社区报名参加。", 85, None),
        ("截至10月底，已收到市交通局、市档案馆等70余家单位的申报材料。", 70, "余"),
        # ... but a case count, when given, wins over the entrants
        ("共有45家单位报名，提交参赛案例132件。", 132, None),
    ],
)
def test_more_ways_to_state_the_entries(text: str, applications: int, qualifier: str | None) -> None:
    counts = parse_counts(text)
    assert counts["applications"] == applications
    assert counts["applications_qualifier"] == qualifier


@pytest.mark.parametrize(
    "text",
    [
        "全市120家媒体参与了活动报道。",
        "十年间，共有2000多个项目申报，150个项目获得优胜奖。",
        "奖项创办以来共收到申报项目3000余个。",
    ],
)
def test_still_not_this_editions_counts(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["selected"], counts["by_tier"]) == (None, None, {})


def test_awards_won_after_a_quoted_award_name() -> None:
    text = (
        "8个项目最终摘得“全省基层治理创新奖”金奖，15个项目获得了“全省基层治理创新奖”银奖，"
        "3个省直单位项目获得特别奖，1个案例荣获“长三角数字治理跨区域协同贡献奖”。"
    )
    counts = parse_counts(text)
    assert counts["by_tier"] == {"金奖": 8, "银奖": 15, "特别奖": 3, "长三角数字治理跨区域协同贡献奖": 1}
    assert counts["selected"] == 27


def test_a_count_of_entries_before_the_tiers_is_not_their_total() -> None:
    counts = parse_counts("经初评，共有300个项目参加终评，最终评出一等奖5项、二等奖10项。")
    assert counts["selected"] == 15


@pytest.mark.parametrize(
    ("text", "by_tier", "selected"),
    [
        ("经专家评审，评选出本届十佳社区治理案例。", {"十佳社区治理案例": 10}, 10),
        ("“十大基层治理创新项目”今天揭晓。", {"十大基层治理创新项目": 10}, 10),
        ("2024年度全省十佳志愿服务项目发布会在武汉举行。", {"十佳志愿服务项目": 10}, 10),
        # a tier listed with the ten, with its amount
        ("最终产生“十大治理项目”和30个提名项目。", {"十大治理项目": 10, "提名项目": 30}, 40),
        # a tier listed with the ten without its amount: the total is unknown
        ("评审会评出十佳案例和优秀案例若干。", {"十佳案例": 10}, None),
        # the ten named twice in two wordings is one ten
        ("十佳案例发布。大会评选出本届十佳创新案例。", {"十佳案例": 10}, 10),
    ],
)
def test_a_ten_named_without_its_amount(text: str, by_tier: dict[str, int], selected: int | None) -> None:
    counts = parse_counts(text)
    assert counts["by_tier"] == by_tier
    assert counts["selected"] == selected


@pytest.mark.parametrize(
    "text",
    [
        "“十大民生创新案例”评选活动正式启动。",
        "本次活动将从申报项目中评选出十大创新案例。",
        "第二届十佳案例征集即日开始。",
        "某区本周举办十大邻里服务创新项目决赛。",
    ],
)
def test_a_ten_in_a_name_or_a_plan_is_no_result(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (None, {})


def test_a_ten_with_its_amount_printed_is_not_counted_again() -> None:
    text = "评选出“全省十大城市治理案例”10个、“全省十大乡村治理案例”10个。将举办十大案例发布典礼。"
    counts = parse_counts(text)
    assert counts["selected"] == 20
    assert counts["by_tier"] == {"全省十大城市治理案例": 10, "全省十大乡村治理案例": 10}


@pytest.mark.parametrize(
    ("text", "applications", "selected"),
    [
        # a 在…中 that no result is drawn from is no pool of entries
        ("在这40个案例中，有12个来自农村地区。", None, None),
        # a result to come, stated after the amount
        ("30个入选案例的名单将于年底揭晓。", None, None),
        ("60件入选案例将在全市推广。", None, 60),
        # ten planned works of government are no tier of ten
        ("今年确定了十大民生实事项目。", None, None),
    ],
)
def test_limits_of_the_new_rules(text: str, applications: int | None, selected: int | None) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["selected"]) == (applications, selected)


def test_a_finalist_tier_listed_with_winners_is_a_tier_of_the_results() -> None:
    counts = parse_counts("终审会评出优秀项目6个、入围项目14个。")
    assert counts["by_tier"] == {"优秀项目": 6, "入围项目": 14}
    assert counts["selected"] == 20
    # alone, the same words name a shortlist
    assert parse_counts("终审会评出入围项目14个。")["selected"] is None


# -- rules from the second real dev set (own phrasings) ---------------------------------------------------------------


def test_best_and_excellent_tiers_are_summed() -> None:
    counts = parse_counts("经三轮评审，最终评选产生社区服务最佳案例15个和优秀案例45个。")
    assert counts["by_tier"] == {"最佳案例": 15, "优秀案例": 45}
    assert counts["selected"] == 60


@pytest.mark.parametrize(
    ("text", "applications", "qualifier"),
    [
        # the past year is this edition's own campaign, not a span of editions
        ("一年来，活动共征集申报项目近900个。", 900, "近"),
        # a running total since this campaign started
        ("征集启动后，累计收到各地申报材料300余份。", 300, "余"),
        ("本次活动累计收到参评案例214件。", 214, None),
    ],
)
def test_this_editions_period(text: str, applications: int, qualifier: str | None) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["applications_qualifier"]) == (applications, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "三年来，活动共征集申报项目近900个。",
        # launched in a bare year: the running total may cover several editions
        "该活动自2016年启动以来，累计收到申报案例3000余件。",
        "活动累计收到申报案例3000余件。",
    ],
)
def test_running_totals_over_editions_stay_out(text: str) -> None:
    assert parse_counts(text)["applications"] is None


def test_a_total_divided_by_its_tiers() -> None:
    counts = parse_counts("经评审，评选出“营商环境创新奖”60项，其中一等奖10项、二等奖20项、三等奖30项。")
    assert counts["selected"] == 60
    assert counts["by_tier"] == {"一等奖": 10, "二等奖": 20, "三等奖": 30}


def test_an_award_of_any_name_joined_to_a_tier_list() -> None:
    counts = parse_counts("最终产生5个金奖项目、8个银奖项目和2个最具人气奖项目。")
    assert counts["by_tier"] == {"金奖": 5, "银奖": 8, "最具人气奖": 2}
    assert counts["selected"] == 15
    counts = parse_counts("共评出一等奖2项、二等奖4项及特色创意奖3项。")
    assert counts["by_tier"] == {"一等奖": 2, "二等奖": 4, "特色创意奖": 3}
    # an award to the units that organised the entries is no tier of the results
    counts = parse_counts("共评出一等奖2项、二等奖4项和优秀组织奖6个。")
    assert counts["by_tier"] == {"一等奖": 2, "二等奖": 4}


def test_one_of_a_list_is_not_this_lists_count() -> None:
    assert parse_counts("该街道的做法入选全省20个基层治理优秀案例之一。")["selected"] is None


def test_entered_cases_that_were_then_selected() -> None:
    counts = parse_counts("经专家评审，各区县推荐的60个案例入选为年度优秀案例。")
    assert (counts["applications"], counts["selected"]) == (None, 60)
    # the entry verb alone keeps them entries
    assert parse_counts("共收到各区县推荐的60个案例。")["applications"] == 60


def test_batches_of_a_call() -> None:
    assert parse_counts("择优推介了45个乡村治理典型案例。")["selected"] == 45
    # another batch of the same call is another edition
    assert parse_counts("2021年，两部门遴选推介了第一批30个典型案例。", 2)["selected"] is None
    assert parse_counts("两部门曾征集并推介首批30个典型案例。", 3)["selected"] is None
    assert parse_counts("两部门征集并推介第三批30个典型案例。", 3)["selected"] == 30


@pytest.mark.parametrize(
    "text",
    [
        # a slogan's numbers inside its quotes name a method; they count nothing
        "该县推行“三个一”调解机制的探索近日获评全省优秀案例。",
        "依托“两个十件”清单形成的做法入选了典型案例。",
    ],
)
def test_numbers_inside_a_quoted_name_are_no_count(text: str) -> None:
    assert parse_counts(text)["selected"] is None


def test_a_quoted_count_of_cases_is_still_a_count() -> None:
    assert parse_counts("主办方当天公布了“60个基层治理优秀案例”。")["selected"] == 60


def test_a_total_divided_into_named_parts() -> None:
    # parts whose sum is the winners' total are its tiers, whatever their names, and never entries (推荐 is a verb)
    counts = parse_counts("评审组最终遴选出16个案例，其中标杆案例4个、推荐案例12个。")
    assert (counts["applications"], counts["selected"]) == (None, 16)
    assert counts["by_tier"] == {"标杆案例": 4, "推荐案例": 12}
    counts = parse_counts("活动产生获奖项目21项（其中金奖项目7项、银奖项目14项）。")
    assert (counts["selected"], counts["by_tier"]) == (21, {"金奖": 7, "银奖": 14})


@pytest.mark.parametrize(
    ("text", "applications", "selected"),
    [
        # the entries' total divided: no tiers, and the parts are no counts of their own
        ("组委会共收到申报案例75个，其中市直部门案例30个、区县案例45个。", 75, None),
        # parts that do not add up to the total are a sample of it
        ("专家评出28个优秀案例，其中6个来自新区。", None, 28),
        # categories and levels divide the winners but are not ranks
        ("共确定40个案例，其中城市社区类案例25个、农村社区类案例15个。", None, 40),
    ],
)
def test_parts_that_are_no_tiers(text: str, applications: int | None, selected: int | None) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["selected"], counts["by_tier"]) == (applications, selected, {})


def test_entries_sent_up_by_lower_levels() -> None:
    counts = parse_counts("各地市共选送项目三百二十个，评审后确定优秀项目24个。")
    assert (counts["applications"], counts["selected"]) == (320, 24)


def test_the_case_noun_before_the_entry_verb() -> None:
    assert parse_counts("今年的征集共收到项目申报143项，较往年更多。")["applications"] == 143


def test_tiers_as_taiwanese_contests_name_them() -> None:
    counts = parse_counts("本年度提案竞赛共评出2件特优奖、5件优等奖以及8件佳作奖。")
    assert counts["by_tier"] == {"特优奖": 2, "优等奖": 5, "佳作奖": 8}
    assert counts["selected"] == 15
    # one such tier alone is a rank, read as the result
    assert parse_counts("今年评审结果为甲等奖3件。")["by_tier"] == {"甲等奖": 3}


def test_a_contests_top_ten() -> None:
    counts = parse_counts("经过现场路演，评委选出了本年度十强项目。")
    assert (counts["selected"], counts["by_tier"]) == (10, {"十强项目": 10})
    assert tier_code("十强项目") == "top10"
    # the ten in a final's name is no result
    assert parse_counts("十强项目决赛将在下月举行。")["selected"] is None


def test_a_confirmation_names_its_winners() -> None:
    text = "经复核，市委社会工作部确认“楼道议事会”等9个案例为全市社区治理示范案例。"
    assert parse_counts(text)["selected"] == 9
    # 经确认， is a step: what it is followed by says what is counted
    assert parse_counts("经确认，共有45个案例符合申报条件。")["selected"] is None


def test_a_compilation_sifted_from_recommendations() -> None:
    assert parse_counts("编委会从各街镇推荐中筛选汇编了志愿服务案例24篇。")["selected"] == 24
    assert parse_counts("经过筛选，共有60个项目符合条件。")["selected"] is None


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        ("二〇二三年度社区营造优秀案例名单\n（共18个）\n一、老旧小区类", 18),
        ("优秀项目名单（合计22项）：", 22),
        # a provisional or shortlisted list is not the results
        ("示范社区拟命名公示名单（共18个）", None),
        ("复评入围名单（共30个）", None),
    ],
)
def test_a_list_headed_by_its_total(text: str, selected: int | None) -> None:
    assert parse_counts(text)["selected"] == selected


def test_organisations_counted_as_entrants_and_winners() -> None:
    # an award for public bodies counts them, when no case is counted
    counts = parse_counts("本届评奖共计61个机关参奖。经三轮审查，评审会议产生了12家获奖单位。")
    assert (counts["applications"], counts["selected"]) == (61, 12)
    assert parse_counts("全市17个部门分别获得金、银、铜奖。")["selected"] == 17
    # an award to organisers, a plan and a count of cases that is given all stay as they are
    assert parse_counts("全区9个单位获得优秀组织奖。")["selected"] is None
    assert parse_counts("明年将选出20家获奖单位。")["selected"] is None
    assert parse_counts("共评出优秀案例35个。11个单位获得优秀组织奖。")["selected"] == 35


def test_a_total_of_items_that_won() -> None:
    assert parse_counts("评审委员会认定，今年共有9项便民举措获奖。")["selected"] == 9
    # places are counted by 个, never read so
    assert parse_counts("今年共有6个街道获奖。")["selected"] is None


# -- round four: how results and entries are phrased -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 数十 / 几十 print no number: "dozens" is not ten
        "赛事吸引了来自省内9所高校的数十支队伍报名参与。",
        "组委会共收到几十个案例的申报。",
    ],
)
def test_vague_numbers_are_no_count(text: str) -> None:
    assert parse_counts(text)["applications"] is None


def test_cases_counted_in_li() -> None:
    counts = parse_counts("本次评选共收到参评案例二百一十例，其中城市类90例、农村类120例。")
    assert (counts["applications"], counts["selected"]) == (210, None)


def test_entries_that_compete_for_the_award() -> None:
    assert parse_counts("共有来自12个省份的60个项目参与竞奖。")["applications"] == 60


def test_teams_attracted_to_take_part() -> None:
    # the teams within the universities are the entrants; the students are people
    assert parse_counts("本届赛事共吸引全国80所高校205支队伍、900余名学生参与。")["applications"] == 205


def test_items_that_won_a_named_award() -> None:
    assert parse_counts("终审后，共15个项目获得第五届“基层治理创新奖”。")["selected"] == 15
    # an organising award, prize money and the subject's own winners named one by one are no total
    assert parse_counts("另有12个项目获得优秀组织奖。")["selected"] is None
    assert parse_counts("甲区民政局、乙街道与丙社区两个项目荣获“治理创新奖”。")["selected"] is None


def test_winning_bodies_and_cities() -> None:
    assert parse_counts("评审后，计有18个机关(构)得奖。")["selected"] == 18
    assert parse_counts("大会上，北京、杭州等12个城市获得年度数字治理城市大奖。")["selected"] == 12
    # a city award must be named: 获奖 alone says only that cases from there won
    assert parse_counts("今年共有6个城市获奖。")["selected"] is None


def test_tiers_counting_their_winners_as_people() -> None:
    counts = parse_counts("复赛结束后，评委会决出特等奖1名、一等奖2名和三等奖5名。")
    assert counts["by_tier"] == {"特等奖": 1, "一等奖": 2, "三等奖": 5}
    assert counts["selected"] == 8


def test_a_list_of_quoted_names_with_their_own_punctuation() -> None:
    text = "经过专家评审，共遴选出“甲市乙区：推行‘三事分流’议事法”等32个典型案例。"
    assert parse_counts(text)["selected"] == 32


def test_a_long_list_of_names_closed_by_its_total() -> None:
    names = "、".join(f"第{n}街道“以{n}项清单推动居民自治见实效”" for n in "一二三四五六七八九十")
    assert len(names) > 200
    assert parse_counts(f"评审组评选出{names}等10个项目为年度示范项目。")["selected"] == 10


@pytest.mark.parametrize(
    ("text", "selected", "by_tier"),
    [
        # designations of several groups, each with its title: together they are the results
        (
            "经审核，认定甲县东镇等20个乡镇为首批全省乡村善治示范乡镇、乙县西村等150个村为首批全省乡村善治示范村。",
            170,
            {"首批全省乡村善治示范乡镇": 20, "首批全省乡村善治示范村": 150},
        ),
        (
            "评委会评选出甲区“楼组自治”、乙区“夜间议事厅”等5个项目为“十佳社区营造项目”，丙区“邻里积分”等12个项目为社区营造提名项目。",
            17,
            {"十佳社区营造项目": 5, "社区营造提名项目": 12},
        ),
        # groups listed after a verb that publishes results, or in a results list
        (
            "会上发布了40个全省法治示范乡镇(街道)、25个全省法治示范项目。",
            65,
            {"全省法治示范乡镇(街道)": 40, "全省法治示范项目": 25},
        ),
        ("名单包括18个示范县(市、区)和42个示范项目。", 60, {"示范县(市、区)": 18, "示范项目": 42}),
    ],
)
def test_groups_of_winners_without_tier_words(text: str, selected: int, by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, by_tier)


@pytest.mark.parametrize(
    "text",
    [
        # a provisional list, a plan, an organising award and a title that is none leave the groups unread
        "拟命名名单包括10个示范县和20个示范项目。",
        "明年将公布20个示范乡镇、30个示范村。",
        "将于年底认定甲镇等6个镇为示范镇、乙村等9个村为示范村。",
        "表彰了8个优秀组织单位和9个先进集体。",
        "认定甲镇等6个镇为联系点、乙村等9个村为观察点。",
    ],
)
def test_groups_that_are_not_results(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (None, {})


def test_a_single_designation_of_places_under_a_title() -> None:
    assert parse_counts("民政厅认定甲区等8个社区为全省社区治理示范社区。")["selected"] == 8


def test_one_ten_for_each_category() -> None:
    counts = parse_counts("评委会评出城市类十大案例、乡村类十大案例和20件案例优秀奖。")
    assert counts["by_tier"] == {"城市类十大案例": 10, "乡村类十大案例": 10, "优秀奖": 20}
    assert counts["selected"] == 40
    assert tier_code("城市类十大案例") == "top10"
    # one category alone is still the one ten
    assert parse_counts("评委会评出城市类十大案例。")["by_tier"] == {"十大案例": 10}


# -- rules from the fifth real dev set --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # an essay contest counts its entries as contributions
        ("征文活动共收到全国各地来稿356篇。", 356),
        # 参加评选 after the counted entries
        ("最终共有58篇作品参加评选。", 58),
        # the units that applied are not the count: the projects they applied with are
        ("全区共有12个单位申请了35个项目。", 35),
        # the pool of entrants a shortlist came out of, counted as units marked as entrants
        ("在展示会上，从36个参评社区脱颖而出的甲、乙、丙等6个社区进行了现场展示。", 36),
        # units put forward by others
        ("活动启动后短短一周，60个小区被居民推荐参选。", 60),
        # governments applying to be named model places
        ("经过动员，共有320个市、县政府自愿申报。", 320),
        # praised entries that compete are entries, not a tier of winners
        ("全国500个优秀项目参加角逐，最终评出金奖60个。", 500),
    ],
)
def test_applications_fifth_round(text: str, applications: int) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    "text",
    [
        # 上百 / 上千 print no number
        "各地基层从上百个项目中脱颖而出的作品参加展示。",
        "活动吸引了上千件作品参评。",
        # one kind of entry among several, no total printed
        "组委会共收到40名志愿者的事迹、25个项目以及60部短视频。",
        "各省共推荐了12个候选地区和30个候选项目。",
        # nominated for a title is a result, not an entry
        "活动中，25个小区被推荐为示范小区。",
    ],
)
def test_no_applications_fifth_round(text: str) -> None:
    assert parse_counts(text)["applications"] is None


def test_a_figure_after_shang_that_is_not_hundreds_is_read() -> None:
    assert parse_counts("线上30个案例参评。")["applications"] == 30


@pytest.mark.parametrize(
    ("text", "selected", "by_tier"),
    [
        # a book-quoted title with its own comma inside a designation list
        ("民政厅遴选确定甲县《一张网，管到底》等12个典型经验为第一批全省基层治理典型经验。", 12, {}),
        # those who came out on top, named after 脱颖而出的 (and a way of working counted as a case)
        ("在展示会上，从80份申报材料中脱颖而出的甲、乙、丙等6个治理模式进行了现场展示。", 6, {}),
        # tiers won by people, and a quoted ten that projects entered
        ("发布会上，8人荣获“十佳志愿者”，12个项目入选“十大公益项目”。", 20, {"十佳志愿者": 8, "十大公益项目": 12}),
        # a ten released with its span of years in brackets, at a place
        ("“全国十大创新案例”（2018-2023）在北京发布。", 10, {"十大创新案例": 10}),
        # designations in the passive, and 公布…为 a title
        ("今年共有120个单位被命名为第五批省级示范单位。", 120, {}),
        ("省委公布甲市、乙馆等66个单位为第三批示范单位。", 66, {}),
        (
            "经过考核，甲村、乙村等40个村被评为卫生优秀村，丙村等12个村被评为卫生示范村。",
            52,
            {"卫生优秀村": 40, "卫生示范村": 12},
        ),
    ],
)
def test_selected_fifth_round(text: str, selected: int, by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, by_tier)


@pytest.mark.parametrize(
    "text",
    [
        # a ten still to come, a title that is no rank, a plan
        "“十大创新案例”在本次征集中将产生。",
        "共有30个单位被评为候选单位。",
        "将于明年公布甲市等66个单位为第三批示范单位。",
    ],
)
def test_no_selected_fifth_round(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (None, {})


# -- sixth round: entrants as agencies, cities and communities; teams and communities that won; shares ------------


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # the pool of agencies entered for the award, without 中
        ("本市卫生局从二百零五个参奖机关脱颖而出，获颁大奖一项。", 205),
        # cities putting proposals to a cities' award
        ("本届共有来自亚洲、欧洲等地的52个城市提案，分为六大类。", 52),
        # 参加 closing its clause, in a sentence that names the contest
        ("全县年度村庄评比有35个村参加，历时三个月完成考评。", 35),
        # a relative 报送的 inside a list does not count its entries; an earlier 收到 of the clause still does
        ("评审组共收到各区报送的《甲》、《乙》等150个案例。", 150),
        # the entrants of the whole contest, not the school's own entries told after them
        ("大赛吸引了90所院校的412支队伍报名参赛。我校学院组建了4个团队报名参赛，提交案例4份。", 412),
    ],
)
def test_applications_sixth_round(text: str, applications: int) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's attendance, not a contest's entries
        "全国热线工作年会在京召开，来自90个城市130个单位参加，会上交流了经验。",
        # finalists in the final round
        "总决赛共有12支团队参加，百余名观众到场。",
        # a limit in the rules
        "每支队伍限3至5人，每支队伍仅可提交一个参赛案例。",
        "每个单位最多推荐3个项目参评。",
        # aspects the judges looked at, followed by a preposition and the entries
        "专家从创新性、可推广性等5个方面对参赛项目进行打分。",
        # a school's own entries
        "我校共组织6个团队报名参赛，提交案例6份。",
        # a school's own teams, named first in the sentence
        "某某大学管理学院共有9支队伍报名参赛，其中4支队伍获得优秀奖。",
        # a relative 报送的 in a results list: a subset of the winners, no entry count
        "按综合得分排序，甲公司报送的《乙》等18个企业案例位列前茅。",
    ],
)
def test_no_applications_sixth_round(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["selected"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "selected", "by_tier"),
    [
        # teams and agencies that won, counted with 支 / said to come out on top
        ("经过两轮比拼，共有9支队伍获奖。", 9, {}),
        ("今年共有210个机关参奖，经严格评审，仅31个机关脱颖而出。", 31, {}),
        # communities as a stated total that came out on top
        ("市政府为优良社区评选举行颁奖，共十八个社区脱颖而出。", 18, {}),
        # a group listed before two tiers is one more tier; the total is their sum
        (
            "评审会最终评选出2个突出贡献案例、8个示范案例和12个优秀案例。",
            22,
            {"突出贡献案例": 2, "示范案例": 8, "优秀案例": 12},
        ),
        # an award with its people before the tiers, and two awards sharing one amount through 各
        (
            "今年获奖名单包括卓越奖2名、优等奖及甲等奖各5名、创新奖4名。",
            16,
            {"卓越奖": 2, "优等奖": 5, "甲等奖": 5, "创新奖": 4},
        ),
        # the same ranks in two groups are two sets of winners
        (
            "拟确定示范案例一等奖2个，二等奖4个；示范项目一等奖3个，二等奖6个。",
            15,
            {"示范案例一等奖": 2, "示范案例二等奖": 4, "示范项目一等奖": 3, "示范项目二等奖": 6},
        ),
        # a ranked tier won by one quoted name, in a list of tiers with their amounts
        (
            "最终，“邻里帮”项目获评金奖，“甲”“乙”2个项目获评银奖，“丙”等4个项目获评铜奖。",
            7,
            {"金奖": 1, "银奖": 2, "铜奖": 4},
        ),
        # the cases a collection took in
        ("《治理案例选编》一书收录全国各地典型案例80个。", 80, {}),
    ],
)
def test_selected_sixth_round(text: str, selected: int, by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, by_tier)


@pytest.mark.parametrize(
    "text",
    [
        # a government's own agencies among the winners
        "县政府在第五届“服务奖”共有3个机关获奖，其中交通局获得创新奖项肯定。",
        # communities without a stated total: maybe one district's share
        "3个社区脱颖而出。",
        # a school's own teams
        "甲大学公共管理学院6支队伍获得优秀奖。",
    ],
)
def test_no_selected_sixth_round(text: str) -> None:
    assert parse_counts(text)["selected"] is None


@pytest.mark.parametrize(
    ("text", "applications", "qualifier"),
    [
        # nominees counted as persons, when nothing else is counted
        ("本次“最美护士”评选共征集到36名推荐人选，经评审委员会投票产生结果。", 36, None),
        ("本期评选活动累计收到群众推荐报名400多人。", 400, "多"),
        # 已有 scoped to a day of this year (no year printed), not a total over the years
        ("自3月15日以来，全区已有17家社会组织申报了公益项目。", 17, None),
        # an entry verb whose 来自 phrase runs past a comma
        ("组委会共收到来自各县市区基层单位，覆盖养老、助残等六个领域的215个项目。", 215, None),
        # what those who took part put forward
        ("今年共有800多名大学生参与比赛，提出了超过150个创意方案。", 150, "超过"),
        # a plan entered for a contest
        ("大赛共收到42份参赛计划。", 42, None),
        # entries of two kinds listed, counted alike: their sum
        ("评选启动以来，共收到30个年度人物和75个公益项目报名。", 105, None),
    ],
)
def test_applications_seventh_round(text: str, applications: int, qualifier: str | None) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["applications_qualifier"]) == (applications, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        # attendance, a letter's writers, and 已有 over several years
        "来自各街道的150余人参加了启动仪式。",
        "信访办共收到60名群众的来信。",
        "自2016年3月启动以来，已有300个项目申报。",
        # a verb inside the 来自 phrase takes the amount
        "共收到来自全市的申报材料，评委经过评审选出其中表现突出的12个项目。",
        # a list with a place in it prints no total of entries
        "共收到8个街道和40个项目申报。",
    ],
)
def test_no_applications_seventh_round(text: str) -> None:
    assert parse_counts(text)["applications"] is None


@pytest.mark.parametrize(
    ("text", "selected", "by_tier"),
    [
        # persons honoured, when nothing else is counted
        ("颁奖仪式上，来自各行各业的14名普通群众荣获年度“好人好事”称号。", 14, {}),
        ("经过投票，最终9人获得本年度“爱心市民”荣誉。", 9, {}),
        ("全市表彰大会召开，15位社区书记受到表彰。", 15, {}),
        ("经过层层推荐，评选出王一、李二、赵三等12位年度“十佳调解员”。", 12, {}),
        # bodies a quoted title is conferred on
        ("会议授予8家物业公司“示范物业服务项目”荣誉称号。", 8, {}),
        # plaques handed to the winners
        ("区里为第二批6个“红色驿站”项目进行授牌。", 6, {}),
        # a total followed at once by 获奖
        ("包括年度人物、行动等奖项在内，共12个获奖名单揭晓。", 12, {}),
        # groups of named winners, each closed by 等 with its amount and title, quoted or not
        (
            "经过层层评审，推选出张某等5名“最美志愿者”，甲服务队、乙协会等7个“最佳志愿服务组织”，"
            "丙“暖心”行动等6个“最佳志愿服务项目”。",
            18,
            {"最美志愿者": 5, "最佳志愿服务组织": 7, "最佳志愿服务项目": 6},
        ),
        (
            "共评选出甲、乙等最美志愿者10位，丙、丁等最佳志愿服务组织15个，戊等最美志愿服务社区10个。",
            35,
            {"最美志愿者": 10, "最佳志愿服务组织": 15, "最美志愿服务社区": 10},
        ),
        # groups with persons among them, after 推选出 or the call's own 评选 right before the amounts
        (
            "每年推选出50名最美志愿者、50个最佳志愿服务组织和50个最美志愿服务社区。",
            150,
            {"最美志愿者": 50, "最佳志愿服务组织": 50, "最美志愿服务社区": 50},
        ),
        (
            "活动由多部门联合开展，在全省推荐评选20个最美志愿者、20个最佳志愿服务项目。",
            40,
            {"最美志愿者": 20, "最佳志愿服务项目": 20},
        ),
    ],
)
def test_selected_seventh_round(text: str, selected: int, by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, by_tier)


@pytest.mark.parametrize(
    "text",
    [
        # a shortlist of persons, a place's share, a plan
        "通过初步筛选，共30人进入网络投票环节。",
        "本省有4人获得全国“最美职工”称号。",
        "活动最终将评选出10名“最美教师”称号获得者。",
        # a list running into the name of the activity it describes
        "近日联合下发通知，开展推选20个最美志愿者、20个最佳志愿服务项目、20个最美社区等志愿服务活动。",
        # lists of an award's winners, counted as lists
        "评审会还产生了三个专项奖名单，分别是“甲项目创意奖”“乙项目传播奖”“丙项目人气奖”。",
    ],
)
def test_no_selected_seventh_round(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (None, {})


@pytest.mark.parametrize(
    ("text", "applications", "qualifier", "selected", "by_tier"),
    [
        # a tally of entries named as a number (…数 / 数量), the amount right after it
        ("今年的总提案数达2150件，比往年更多。", 2150, None, None, {}),
        ("本届申报数量为四百二十项。", 420, None, None, {}),
        # a total of items entered, where they came from standing between the total and the amount
        ("本次比赛共有来自各地的86件团体和个人参赛。", 86, None, None, {}),
        ("本届共有来自两岸三地约九十件团体或个人参赛。", 90, "约", None, {}),
        # a batch a results story has just named, counted as a whole
        ("省里日前公布了第三批示范案例，这批案例共有27个，分为5个部分。", None, None, 27, {}),
        # … but a batch of entries counts the entries
        ("这批申报案例共有55个，正在初审。", 55, None, None, {}),
        # persons (or teams, in brackets) who won, counted as a total with no title named
        ("经两轮评审，三类奖项共9位(组)获选，每位获得奖金。", None, None, 9, {}),
        # the amount of persons right after the verb, their quoted title right after it
        ("经投票和评审，最终评选出了15名“最美网格员”及6名提名人选。", None, None, 15, {}),
        # an award handed to the persons counted
        ("典礼上，主任向来宾致辞，并颁发服务嘉许奖予二十三名职员。", None, None, 23, {}),
        # groups closed by 等 with the amount first and an unquoted title, one of them counting bodies (家)
        (
            "经公示，推选确定甲某等36位最美河湖卫士，乙社区等8个十佳护河案例，丙公司等5家示范开放单位。",
            None,
            None,
            49,
            {"最美河湖卫士": 36, "十佳护河案例": 8, "示范开放单位": 5},
        ),
    ],
)
def test_counts_eighth_round(text: str, applications: int | None, qualifier: str | None, selected: int | None,
                             by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["applications_qualifier"], counts["selected"], counts["by_tier"]) == (
        applications, qualifier, selected, by_tier)


@pytest.mark.parametrize(
    "text",
    [
        # several batches summed are earlier editions, not this one
        "2018年以来，本区已发布四批共63个优秀做法，今年继续开展评选。",
        # a batch's parts are no cases
        "这批案例共有6个部分。",
        # teams who worked on the projects they entered: the amount counts the teams
        "9个志愿团队围绕申报的项目进行了现场展示。",
        # a tally that grew: a difference, not a count
        "申报数量较去年增加40件。",
        # an award still to be handed out
        "下月将颁发奖项给12名志愿者。",
    ],
)
def test_no_counts_eighth_round(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["selected"], counts["by_tier"]) == (None, None, {})


@pytest.mark.parametrize(
    ("text", "applications", "qualifier", "selected", "by_tier"),
    [
        # entries said to take part in the contest itself
        ("本届大赛自春季启动，共有36个项目参加比赛。", 36, None, None, {}),
        # a call for residents' proposals and ideas counts them as its entries
        ("经过几轮辅导，大赛征集到共计58个提案。", 58, None, None, {}),
        ("活动期间收到金点子24个，经评审全部采纳。", 24, None, None, {}),
        # ideas counted in 条, and the ideas chosen from them
        ("征集期间共收到“金点子”300余条，最终评选出八项“金点子”。", 300, "余", 8, {}),
        # recommending out of a pool just named picks the winners; the pool is the entries, not a tier
        (
            "经过网上展示和专家评审，从全省各地超600个典型案例中，推荐出最佳案例和优秀案例共60个，"
            "其中最佳案例20个、优秀案例40个。",
            600,
            "超",
            60,
            {"最佳案例": 20, "优秀案例": 40},
        ),
        # without a pool, counties recommending cases still put entries in
        ("各县推荐出120个案例参加省级评审。", 120, None, None, {}),
        # 确认…为“…”: a designation, whatever the units are called
        ("评审会最后确认其中8篇公约为第二届“十佳”乡规民约。", None, None, 8, {}),
        # a passive designation with a quoted name, no rank word in it
        ("全省共有95个村被命名为第四批“美丽乡村”。", None, None, 95, {}),
        # a city choosing its own winners is no share
        ("我市共评选出15个优秀案例。", None, None, 15, {}),
        # what came out on top of a pool of candidates won, whatever it is called
        ("经多轮评审，6项来自基层单位的创新举措从90个候选者中脱颖而出。", None, None, 6, {}),
        # party branches that each put a case in
        ("征集期间，共有1500多个基层党组织提交了案例。", 1500, "多", None, {}),
        # groups that each entered a quoted title, the verb their own
        (
            "张某等5名同志入选2021年“最美社工”，甲项目等12个案例入选2021年“优秀服务案例”。",
            None,
            None,
            17,
            {"最美社工": 5, "优秀服务案例": 12},
        ),
        # two titles conferred in one commendation, on bodies and on persons
        (
            "民政部授予150个组织“全国先进社会组织”称号，授予300人“全国优秀社会工作者”称号。",
            None,
            None,
            450,
            {"全国先进社会组织": 150, "全国优秀社会工作者": 300},
        ),
        # a comma inside the quoted name does not part the ten from the verb that chose it
        (
            "经评审，选出“绿色家园,人人有责”主题活动十佳公众参与案例，现予以公示。",
            None,
            None,
            10,
            {"十佳公众参与案例": 10},
        ),
    ],
)
def test_counts_ninth_round(text: str, applications: int | None, qualifier: str | None, selected: int | None,
                            by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["applications_qualifier"], counts["selected"], counts["by_tier"]) == (
        applications, qualifier, selected, by_tier)


@pytest.mark.parametrize(
    "text",
    [
        # 条 counts articles of rules or messages unless ideas are named
        "会议通过了新的评选办法共20条。",
        "热线共收到群众留言500余条。",
        # the story's own county or city: its share of someone else's list
        "我县12个村被命名为第四批“美丽乡村”。",
        "在全国民政理论研究评比中，我市共有9篇论文获奖。",
        "我区甲、乙等3个案例入选全国优秀案例。",
        "我市李某等2名同志入选“最美社工”、乙项目等3个案例入选“优秀服务案例”。",
        # one group still to be named leaves the list no result
        "甲社区、乙社区等4个社区入选“示范社区”，丙村等6个村将入选“示范村”。",
        # one division of a contest counts its own share
        "高校组比赛吸引了40所高校报名，最终提交了52份案例报告。",
        # a reward handed out is no award of ten
        "会上对十佳志愿者进行表彰奖励。",
        # one title shared by two listed groups: the last group is only a part, the total is not printed
        "经评审，认定甲镇等9个乡镇、乙村等40个村为全省治理示范村镇。",
    ],
)
def test_no_counts_ninth_round(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["selected"], counts["by_tier"]) == (None, None, {})


@pytest.mark.parametrize(
    ("text", "applications", "qualifier", "selected", "by_tier"),
    [
        # honoured groups at the end of a 对…予以表彰 phrase: titled groups are tiers, one group is the winners
        ("大会对过去一年涌现出的15个先进集体和8名先进个人予以表彰。", None, None, 23, {"先进集体": 15, "先进个人": 8}),
        ("会议对甲街道等9个单位进行了表彰。", None, None, 9, {}),
        # cases a panel judges are the entries
        ("专家组对来自各社区的7个创投项目进行评审。", 7, None, None, {}),
        # persons designated as well as bodies; the title quoted after its place and edition
        (
            "共评选出张三等8人为本市第二届“最美社工”，乙协会等6个组织为本市第二届“优秀社工机构”。",
            None,
            None,
            14,
            {"最美社工": 8, "优秀社工机构": 6},
        ),
        # groups parted by commas, the list closed by 和
        (
            "经评议，评选出2名最美调解员，6名最美网格员和5名最美楼长。",
            None,
            None,
            13,
            {"最美调解员": 2, "最美网格员": 6, "最美楼长": 5},
        ),
        # the awards handed out in total
        ("晚会共颁发120个奖项，包括金奖、银奖等。", None, None, 120, {}),
        # a notice sending out the cases it selected; a list the projects are put on
        ("现将15个社区治理典型案例印发给你们，请参照学习。", None, None, 15, {}),
        ("甲项目、乙项目等4个项目列入重点扶持项目名单。", None, None, 4, {}),
        # picked out of a pool
        ("在全省320个案例中选取45个优秀案例。", 320, None, 45, {}),
        # entrants named before their total; government accounts entering a ranking
        ("截至昨日，报名参评的政务网站共有150多家。", 150, "多", None, {}),
        ("共有210个政务新媒体账号报名参与本次评选。", 210, None, None, {}),
        # a count each edition makes is this edition's too
        ("该活动已连续举办6届，每届推选出50个优秀项目。", None, None, 50, {}),
        # each group named and given its quoted award by 授予
        (
            "组委会决定，授予甲公司“乐享”平台等4个项目“首届公益创业赛金奖”，授予乙中心等9个项目“首届公益创业赛银奖”。",
            None,
            None,
            13,
            {"首届公益创业赛金奖": 4, "首届公益创业赛银奖": 9},
        ),
    ],
)
def test_counts_tenth_round(text: str, applications: int | None, qualifier: str | None, selected: int | None,
                            by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["applications_qualifier"], counts["selected"], counts["by_tier"]) == (
        applications, qualifier, selected, by_tier)


@pytest.mark.parametrize(
    "text",
    [
        # those competing in a final are finalists
        "下午举办创业大赛总决赛，共有24个项目同台角逐。",
        # the parts of a shortlist after 其中
        "共有20个项目进入复赛，其中，12个项目角逐一等奖，8个项目参评创意奖。",
        # tiers summed over the editions held so far
        "本赛事已成功举办四届，共评出12个金奖、30个银奖。",
        # one tier's winners, the story's own share, a plan: not the winners honoured
        "会上将对获得一等奖的3个项目进行表彰。",
        "会上对我区4个单位进行表彰。",
        # a final's judging
        "专家组对进入决赛的7个项目进行评审。",
        # award categories set up, not handed out
        "大赛设立5个奖项。",
        # 选取 without a pool picks nothing won
        "各县选取10个项目推荐至市里。",
    ],
)
def test_no_counts_tenth_round(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["applications"], counts["selected"], counts["by_tier"]) == (None, None, {})


def test_a_finals_pool_is_not_the_entries() -> None:
    counts = parse_counts("昨日决赛在市体育馆举行，评委从38个项目中评选出6个项目获一等奖。")
    assert (counts["applications"], counts["selected"]) == (None, 6)
    # the same pool outside a final is the entries
    assert parse_counts("评委从38个项目中评选出6个项目获一等奖。")["applications"] == 38


@pytest.mark.parametrize(
    ("text", "selected", "by_tier"),
    [
        # households are the winners of an honour for families, quoted or not
        ("县妇联日前揭晓了35户“文明家庭”。", 35, {}),
        ("不同类型的28户“书香家庭”入选。", 28, {}),
        ("省妇联表彰312户第五届全省和睦家庭。", 312, {}),
        # a headline's short passive, and a body's polite one
        ("开幕式上，23位优秀志愿者受表彰", 23, {}),
        ("协会对六十二名义工作出嘉许。", 62, {}),
        # one group honoured under its quoted title
        ("区民政局对15名“暖心社工”进行了表彰。", 15, {}),
        # titles graded by medal are tiers, listed name first and parted by commas
        ("经评审，评选出金牌调解员3名，银牌调解员6名，铜牌调解员12名。", 21,
         {"金牌调解员": 3, "银牌调解员": 6, "铜牌调解员": 12}),
        # groups of persons praised (表扬) with their titles
        ("市里表扬8名最佳楼长、40名优秀楼长", 48, {"最佳楼长": 8, "优秀楼长": 40}),
        # quoted titles of persons (…之星) next to projects
        ("今年共推介15名“社区学习之星”和9个“特色学习项目”。", 24, {"社区学习之星": 15, "特色学习项目": 9}),
        # designation to quoted titles that hold no rank word
        ("区委决定，命名张某等5人为“金点子能手”，李某等20人为“服务先锋”。", 25, {"金点子能手": 5, "服务先锋": 20}),
        # a total closing its clause counts the cases the sentence already named
        ("本年度的建言提案评审工作已经结束，共评选出45件。", 45, {}),
        ("发布的典型做法分为城市案例11个、乡村案例9个，共20个入选。", 20, {}),
        # one amount for each award listed after 分别
        ("决赛结束，分别有3个项目获得创意金奖、公益金奖，分别有6个项目获得创意银奖、公益银奖。", 18,
         {"创意金奖": 3, "公益金奖": 3, "创意银奖": 6, "公益银奖": 6}),
        # the recipients of each award; units after 其中 are a part of them, not the winners
        ("部长颁奖给12个服务奖获奖单位及8位贡献奖获奖人员，其中，甲局、乙局等2个单位分别获得两个奖项。", 20,
         {"服务奖": 12, "贡献奖": 8}),
        # units a selection produced, named by the title then conferred on them
        ("经过打分，最终评选出6个整洁院落，并授予“整洁院落”奖牌。", 6, {}),
        # the honoured counted by category right after the honour is named
        ("本次表彰的“好邻居”，分别是2个互助之家、3个热心之家和1个和美之家。", 6, {}),
    ],
)
def test_selected_eleventh_round(text: str, selected: int | None, by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, by_tier)


@pytest.mark.parametrize(
    "text",
    [
        # those honoured who attended, described by the verb (受表扬的), are no total
        "今天，60位受表扬的志愿者代表来到现场。",
        # households counted in work done, not an honour
        "工作人员每天走访3000余户。",
        # a plain headcount honoured, no title
        "大会表彰了100名同志。",
        # a total with no case named before it
        "活动很成功，共评选出40件。",
        # 分别 with a plan
        "明年将分别有5个项目获得甲奖、乙奖。",
    ],
)
def test_no_selected_eleventh_round(text: str) -> None:
    assert parse_counts(text)["selected"] is None


@pytest.mark.parametrize(
    ("text", "selected", "by_tier"),
    [
        # ranks written once before a shared 等奖, each with the amount after 各
        ("专家打分后，本次活动决出一、二、三等奖各2名。", 6, {"一等奖": 2, "二等奖": 2, "三等奖": 2}),
        ("评审组评出特、一和二等奖各1个。", 3, {"特等奖": 1, "一等奖": 1, "二等奖": 1}),
        # tiers given to quoted names, with their units and nouns around them, one tier counted with its amount
        ("比赛结束，东湖镇“邻里帮”项目荣获一等奖，西岭村“银龄课堂”项目和县文化馆“书香满城”阅读项目荣获二等奖，"
         "南山街道“夜校”等5个项目获得优秀奖。", 8, {"一等奖": 1, "二等奖": 2, "优秀奖": 5}),
        # one unquoted project won the top tier, the others counted
        ("最终某县助残服务项目荣获金奖，乙市“康复驿站”项目等2个项目荣获银奖，丙区“微心愿”项目等4个项目荣获铜奖。", 7,
         {"金奖": 1, "银奖": 2, "铜奖": 4}),
        # entries counted as those that entered the first round
        ("全省共有88个志愿服务项目参加初赛，30个项目进入决赛。", None, {}),
        # a larger list the counted ones entered: the list is the results, the amount before it a share
        ("三个工作法入选全国100优秀社区工作法\n近日，全国100个优秀社区工作法公布。", 100, {}),
        # a year in the larger list's name is no count
        ("共有40个案例获评“2024甲省基层治理优秀案例”。", 40, {}),
        # the passive of 评选为 / 推选为 designates the winners, whatever they are
        ("经过验收，全市65个小区被评选为2024年度“和美家园”示范小区。", 65, {}),
        # a notice approving units as a title is the selection
        ("经评审和公示，同意甲县等30个单位为第二批省级乡村治理示范单位，现予公布。", 30, {}),
    ],
)
def test_selected_twelfth_round(text: str, selected: int | None, by_tier: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, by_tier)


def test_entries_of_a_first_round_twelfth_round() -> None:
    assert parse_counts("全省共有88个志愿服务项目参加初赛，30个项目进入决赛。")["applications"] == 88


@pytest.mark.parametrize(
    "text",
    [
        # a share of a larger list, the list's own count not printed as a count of its own
        "我县两个项目入选全省100强榜单。",
        "本市三个工作法入选全国100优秀社区工作法。",
        # an approval that confers no title
        "会议同意甲县等5个单位为项目实施单位。",
        # one tier given to one named project, beside one counted tier: may be a story's own, no list
        "“甲”项目荣获一等奖。",
    ],
)
def test_no_selected_twelfth_round(text: str) -> None:
    assert parse_counts(text)["selected"] is None


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # the title the counted cases were given, named after the verb
        ("经现场答辩，“老街新说”等8个案例获得本届“最美基层治理案例”荣誉称号。", 8),
        # a selection naming what its winners become (评选出…为“…”), places though they are
        ("评委会综合打分，最终评选出城东街道甲社区等12个社区为本年度某市“文明示范社区”。", 12),
        # the units 将 makes the object of a designation whose verb follows them
        ("近日，某部将全国36个县区确认为全国乡村治理实验区。", 36),
        ("省民政厅把18个村命名为“善治示范村”。", 18),
        # communities that came out on top, where between the total and the verb
        ("全县共有15个社区在多轮比拼中脱颖而出。", 15),
        # units counted without a measure word
        ("本年度评选共收到210件提案、33单位获奖。", 33),
        # a verb with 的 right before the next amount is that amount's, not the one before
        ("交流会对入围本届“暖心计划”的30个项目和获评的9个金牌项目进行推介。", 9),
        # an award set up earlier whose results are now out: its tiers are results
        ("今年新设立的服务创新奖评选结果揭晓，一等奖2个、二等奖4个。", 6),
    ],
)
def test_selected_thirteenth_round(text: str, selected: int) -> None:
    assert parse_counts(text)["selected"] == selected


def test_tiers_of_bodies_counted_without_a_measure_word() -> None:
    # Taiwanese style: 5公所 for 5个公所, and a bracketed remark on the list's order before the verb
    counts = parse_counts("本年度评鉴结果公布。甲乡、乙镇等5公所(按笔画排序)荣获「优等奖」。"
                          "丙市、丁乡等7个公所(按笔画排序)获「甲等奖」。")
    assert (counts["selected"], counts["by_tier"]) == (12, {"优等奖": 5, "甲等奖": 7})


@pytest.mark.parametrize(
    "text",
    [
        # a designation still to come
        "主管部门将于明年将20个单位命名为示范单位。",
        # a year is no count of units
        "2024单位获奖情况另行通知。",
        # awards a contest sets up are its plan, not its results
        "大赛设立了多层次的奖项，包括一等奖3名、二等奖6名以及优秀奖12名。",
        "本次大赛设一等奖2名、二等奖4名。",
    ],
)
def test_no_selected_thirteenth_round(text: str) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (None, {})


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # what may not be entered is no entry
        ("往年45个获奖项目不再纳入申报范围。", None),
        # the first amount counts those who sent what the second counts
        ("截止报名，大赛组委会共收到社会组织等共25个团队48份项目书。", 48),
        # the pool of a selection still to come may be a shortlist: no entries read from it
        ("专家评审会召开，将从34个项目中评选出10个资助项目。", None),
        # 参与 other work than the contest does not enter it
        ("活动吸引各类社会组织近90家参与社区营造。", None),
        # the story's own place's entrants are a share of a wider contest's
        ("我县6个社区参评省级文明社区。", None),
        # those who qualified for a final round are not the entrants
        ("今年全区共有9个小区取得省级参评资格。", None),
        # a received total closing a long description of its senders
        ("截至月底，组委会共收到愿意在本区开展为老服务的社会组织、志愿团队和高校师生代表共41份项目方案。", 41),
        # 共 before a later round's count is no received total
        ("大赛收到来自各地的申报材料，经初审共有30个项目进入复赛。", None),
        # the candidates each place put forward are the entrants; a jury's picks are not
        ("评选由各街道、镇推荐31个候选村，再经网络投票。", 31),
        ("评审组推荐12个候选社区进入网络投票。", None),
        # groups put forward for judging are the entries together; mixed persons and bodies print no total
        ("区里对各街道申报推荐的24个文明小区和16个文明楼院进行实地检查和评定。", 40),
        ("对各区推荐的12名个人和8个集体进行评审。", None),
        # a pool already graded is an earlier round's pick, not the entries; one put forward still is
        ("经过层层筛选，最终从80个优秀案例中择优选出15个调解故事。", None),
        ("评委会从各地推荐的120个案例中评选出15个。", 120),
        # a pool of entries the winners are reported from is still the entries
        ("在全国210个申报案例中，本省有5个入选。", 210),
    ],
)
def test_applications_thirteenth_round(text: str, applications: int | None) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # a figure glued to a Latin letter is a code, not an amount
        ("论坛发布了X7个案例编号。其中共征集到案例约500个。", 500),
        # a received total whose themes are described before it, no comma between
        ("截至六月，大赛共收到涵盖助老、托育、环保、文体等多个方向的27份社区提案，数量创新高。", 27),
        # several kinds of bodies drawn in, each with its amount, print no total of entrants
        ("活动吸引了4家公益机构、7家企业及9家小店热情参与，共话社区发展。", None),
        # one kind drawn in still counts the entrants
        ("本次大赛吸引了32家社会组织报名参赛。", 32),
        # the first round of a contest, with 了, is entered by all its entries
        ("全市各区共有58个项目参加了初赛，评委会选出20个项目进入决赛。", 58),
        # case files a review judges, dated right after their amount
        ("专家组对各镇报送参评的35份2022-2023年度调解卷宗进行了集中评比。", 35),
    ],
)
def test_applications_fourteenth_round(text: str, applications: int | None) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    ("text", "selected", "tiers"),
    [
        # projects that came out on top and move on to the next round are a shortlist
        ("经过现场展示，9个项目脱颖而出，顺利晋级，将参加下月的决赛。", None, {}),
        ("初赛结束后，共有12个案例晋级复赛。", None, {}),
        # tiers won with 夺得 / 分获
        ("决赛中，甲、乙两个项目夺得一等奖，另有4个项目被评为二等奖，9个项目分获三等奖。", 15,
         {"一等奖": 2, "二等奖": 4, "三等奖": 9}),
        # groups, each a list of names closed by 等, honoured together
        ("经研究，决定对甲镇申报的“乐龄食堂”等3个为老服务创新项目和乙协会“银发课堂”等6个老年文化项目进行表彰。", 9, {}),
        # an honour conferred with 命名 before 表彰
        ("县委决定对在抗洪中涌现出来的21个党组织进行命名表彰。", 21, {}),
        # named groups, each with its amount in brackets, listed after the verb that publishes them
        ("发布会上公布了2023年度社会治理创新案例(十二项)及2023年度社会治理创新提名案例(八项)。", 20,
         {"社会治理创新案例": 12, "社会治理创新提名案例": 8}),
        # one bracketed group alone is no list of tiers: its amount is the total
        ("会上公布了年度改革案例(十项)。", 10, {}),
    ],
)
def test_selected_fourteenth_round(text: str, selected: int | None, tiers: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert counts["selected"] == selected
    assert counts["by_tier"] == tiers


@pytest.mark.parametrize(
    ("text", "selected", "tiers"),
    [
        # bodies a body honours, counted right after the verb, are the winners when nothing else counts them
        ("市民政局今天表扬全市25个社区在为老服务中表现突出的志愿队伍。", 25, {}),
        # ... but not units that organised the entries, nor one group of a list
        ("表扬了6个优秀组织单位。", None, {}),
        # a quoted name with its amount listed beside a quoted tier after the selecting verb is one more tier
        ("评审会最终评选出“乡村振兴品牌”30个，“乡村振兴优秀案例”120个，名单随后公布。", 150,
         {"乡村振兴品牌": 30, "乡村振兴优秀案例": 120}),
        # a place's haul at a wider contest is a share of the results
        ("本届赛事中，甲省斩获3个金奖、9个银奖和11个铜奖。", None, {}),
        # a list the subject is one of
        ("该项目荣获金奖，是全省五项金奖项目之一。", None, {}),
        # projects described as having won a tier, praised in a speech, are not the tier's count
        ("市长在致辞中点名表扬了4个夺得金奖的项目。", None, {}),
        # 唯一一个 is "the only one", not eleven
        ("这是全省唯一一个入选全国优秀案例的县级项目。", None, {}),
    ],
)
def test_selected_fourteenth_round_wrong_values(text: str, selected: int | None, tiers: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, tiers)


def test_zeros_written_as_chinese_digits_still_count() -> None:
    assert parse_counts("今年共收到申报案例近二○○件。")["applications"] == 200


@pytest.mark.parametrize(
    ("text", "selected", "tiers"),
    [
        # places awarded one by one, several winners of one place parted by 、
        ("评审结束后，东湖社区获得第一名，西岭、南山社区获得第二名，北坡社区获得第三名。", 4,
         {"第一名": 1, "第二名": 2, "第三名": 1}),
        # a single place is a story's own winner; a tie or a gap in the places reads none
        ("我镇“邻里守望”项目获得第一名。", None, {}),
        ("甲村获得第一名，乙村获得第三名。", None, {}),
        ("甲村获得第一名，乙村、丙村并列获得第二名。", None, {}),
        # the units whose cases a designation names, one case each
        ("省厅公布甲市民政局等9家单位提交的成果为年度救助工作优秀案例。", 9, {}),
        # places counted bare, closing a list, that entered the list the text names
        ("经评审，甲市，乙县、丙区等6市、县、区入选，试点期两年。", 6, {}),
        # ... not when they entered a wider list named after the verb
        ("甲市、乙县等3市、县入选全国示范名单。", None, {}),
        # projects funded by a venture-philanthropy contest are its winners
        ("路演结束后，甲协会申报的“助残驿站”等11个项目获得了公益创投资金的支持。", 11, {}),
    ],
)
def test_selected_fourteenth_round_winners_by_other_words(text: str, selected: int | None,
                                                          tiers: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, tiers)


@pytest.mark.parametrize(
    ("text", "selected", "tiers"),
    [
        # one rank of a ladder counted, another named but never counted: the total is unknown
        ("300个项目进入决赛争夺金银奖。最终评出金奖40项。", None, {"金奖": 40}),
        ("甲项目荣获一等奖。另有4个项目获二等奖，6个项目获三等奖。", None, {"二等奖": 4, "三等奖": 6}),
        # every rank named is counted: the sum stands
        ("最终评出金奖5项、银奖10项、铜奖15项。", 30, {"金奖": 5, "银奖": 10, "铜奖": 15}),
        # a ranked tier alone, no other rank named, stands as the total
        ("大赛最终评出一等奖8项。", 8, {"一等奖": 8}),
    ],
)
def test_selected_with_ranks_left_uncounted(text: str, selected: int | None, tiers: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, tiers)


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # one category's winners counted, further categories after it: no total
        ("经评审，共遴选出城市类案例30个。同时评选出乡村类案例25个和最具人气案例8个。", None),
        ("评委会评出12个社区类项目，另有9个企业类项目获评优秀。", None),
        # a total stated before the categories stands
        ("活动共评选出优秀案例55个，包括城市类案例30个、乡村类案例25个。", 55),
    ],
)
def test_selected_one_category_is_no_total(text: str, selected: int | None) -> None:
    assert parse_counts(text)["selected"] == selected


@pytest.mark.parametrize(
    "text",
    [
        # a notice deciding to hold the edition: the figures it quotes are an earlier edition's
        "去年的全市创新案例大赛收到作品180件，评出一等奖6个。经研究，市文明办决定举办第三届全市创新案例大赛。",
        "为推广基层经验，省民政厅决定于今年5月开展社区治理优秀案例评选，往期共征集案例90个。",
    ],
)
def test_no_counts_in_a_notice_that_decides_to_hold_the_edition(text: str) -> None:
    assert parse_counts(text) == {"applications": None, "applications_qualifier": None, "selected": None,
                                  "by_tier": {}}


def test_deciding_to_hold_a_ceremony_keeps_the_results() -> None:
    counts = parse_counts("本届大赛共收到参赛作品320件，评出金奖12个。组委会决定举办颁奖典礼，表彰获奖的评选项目。")
    assert (counts["applications"], counts["selected"]) == (320, 12)


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # the same number as the finalists, counted again as taking part: not the entries
        ("共有260个项目入围全省决赛。一位选手说，能在参赛的260多个项目中拿奖很不容易。", None),
        # a different number stays the entries
        ("大赛共有1200个项目参赛，其中80个项目入围决赛。", 1200),
    ],
)
def test_entries_equal_to_the_shortlist_are_the_finalists(text: str, applications: int | None) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    ("text", "selected", "tiers"),
    [
        # the main ladder read first, then one side award's winners counted by its own name
        ("决赛评出一等奖3个、二等奖6个、三等奖9个。赛事另设创意之光奖，最终产生了12个创意之光奖获奖项目。", 18,
         {"一等奖": 3, "二等奖": 6, "三等奖": 9}),
        # no ladder read before: the amount of winners stands
        ("本次评选共产生了12个获奖项目。", 12, {}),
    ],
)
def test_side_award_after_the_main_tiers_is_no_total(text: str, selected: int | None, tiers: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, tiers)


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # a long list of place names closed by 等 before the units a designation names
        ("市农业局近日将东山区青石镇、北岭县白沙乡等9个乡镇确认为市级乡村振兴示范区。", 9),
        # 将于 is a plan, however long the list
        ("省厅将于年内将东山区青石镇、北岭县白沙乡等9个乡镇确认为省级示范区。", None),
    ],
)
def test_designation_after_a_long_list_closed_by_deng(text: str, selected: int | None) -> None:
    assert parse_counts(text)["selected"] == selected


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # words describing the winners between the honouring verb and the winning units
        ("颁奖会上表扬了在节能减排方面成效显著的15个得奖单位。", 15),
        # bodies counted by 家 that a selection produced
        ("经过初审、复审和公示，最终选树出35家星级养老机构。", 35),
        ("专家组选出8家优秀志愿服务组织。", 8),
        # a shortlist of bodies is not the winners
        ("专家组评选出20家入围企业。", None),
    ],
)
def test_winning_bodies_counted_by_jia(text: str, selected: int | None) -> None:
    assert parse_counts(text)["selected"] == selected


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # bodies taking part, closing the clause, in a contest the sentence names before
        ("“美丽庭院”评比自去年9月启动后，全县126个村踊跃参与，评出示范村20个。", 126),
        # bodies taking part in a contest named right after the verb
        ("本次共有来自各区的34个社区参加年度“文明社区”实地评比。", 34),
        # taking part in other work is no entry
        ("全县126个村积极参与垃圾分类工作。", None),
        # taking part in a meeting is no entry
        ("论坛期间，来自各地的40家单位参与，交流评选经验。", None),
    ],
)
def test_bodies_taking_part_in_a_named_contest(text: str, applications: int | None) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    ("text", "selected", "tiers"),
    [
        # bodies counted by 家 that won a named tier, listed tier by tier
        ("最终，东湖街道桂园社区等8家社区荣获“十佳和谐社区”称号，西岭镇石桥社区等15家社区荣获“优秀和谐社区”称号。", 23,
         {"十佳和谐社区": 8, "优秀和谐社区": 15}),
        ("评审结果揭晓，6家企业获得金奖，9家企业获得银奖。", 15, {"金奖": 6, "银奖": 9}),
        # bodies counted by 家 before a name with no verb of winning are no tier
        ("参展的12家企业“金牌”服务展示区人气很高。", None, {}),
    ],
)
def test_bodies_counted_by_jia_win_tiers(text: str, selected: int | None, tiers: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, tiers)


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # where the entries were put in may stand between the amount and its verb
        ("征集期间，全省共有418个服务项目在“益起来”小程序上成功报名。", 418),
        # a clause of its own after the entry verb, with a later step's verb, is that step's count
        ("两周内各社区踊跃报名，157个项目通过资格审查。", None),
        ("全区共有240个项目通过网上平台完成报名，96个项目通过资格审查。", 240),
    ],
)
def test_entries_put_in_somewhere_and_the_step_after(text: str, applications: int | None) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # a pool one entrant came out of into the final is the entries only when nothing else counts them
        ("该中心的助老项目从97个项目中脱颖而出，进入终极决赛。", 97),
        ("该中心的助老项目从97个项目中脱颖而出，进入终极决赛。大赛启动后，全市共收到申报项目215个。", 215),
    ],
)
def test_a_pool_into_a_later_round_gives_way_to_the_entries(text: str, applications: int | None) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # the contest's competitors called finalists: those taking part are the finalists
        ("本届大赛入围项目覆盖助老、助残等领域。来自各街道的15个项目参加比赛，每个项目路演8分钟。", None),
        # without that, those taking part in the contest are its entries
        ("本届大赛项目覆盖助老、助残等领域。来自各街道的15个项目参加比赛，每个项目路演8分钟。", 15),
    ],
)
def test_competitors_called_finalists_are_no_entries(text: str, applications: int | None) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    ("text", "applications"),
    [
        # one named place's entries to a contest the text names with another place: its share
        ("日前，襄阳市第四届社区公益创投大赛落幕。在本次大赛中，谷城县共推荐公益项目9个，其中3个获奖。", None),
        # the contest's own place counting its entries: the entries
        ("日前，襄阳市第四届社区公益创投大赛落幕。本届大赛中，襄阳市共申报公益项目126个。", 126),
        # a story's own 全市 is never a share
        ("日前，襄阳市第四届社区公益创投大赛落幕。本届大赛全市共申报公益项目126个。", 126),
    ],
)
def test_a_named_places_own_entries_are_a_share(text: str, applications: int | None) -> None:
    assert parse_counts(text)["applications"] == applications


@pytest.mark.parametrize(
    ("text", "selected", "tiers"),
    [
        # the winner set apart (除…外) from the tiers counted after it is a tier of one
        ("除东风社区获得一等奖外，向阳社区、新华社区两个社区获得二等奖；五里社区等6个社区获得三等奖。", 9,
         {"一等奖": 1, "二等奖": 2, "三等奖": 6}),
        # a community's prize is no place's haul (社区 is not a 区)
        ("向阳社区获得二等奖3个、三等奖2个。", 5, {"二等奖": 3, "三等奖": 2}),
    ],
)
def test_a_winner_set_apart_is_a_tier_of_one(text: str, selected: int | None, tiers: dict[str, int]) -> None:
    counts = parse_counts(text)
    assert (counts["selected"], counts["by_tier"]) == (selected, tiers)


@pytest.mark.parametrize(
    ("text", "selected"),
    [
        # a total honoured as groups counted in different units: their sum, not the one group counted as cases
        ("本届“邻里之星”评选共表彰15名热心居民、22个邻里项目、6家共建单位和9名志愿者，颁奖仪式在区文化馆举行。", 52),
        # two groups alone may be a part of a total: the case count is read as before
        ("本届评选共表彰15名热心居民和22个邻里项目。", 22),
        # the total honoured nationwide, not the story's own place's share said after it
        ("我市在本届评选中表现突出。全国共表彰15名热心居民、22个邻里项目和6家共建单位，我市获表彰2个。", 43),
    ],
)
def test_a_total_honoured_in_groups(text: str, selected: int | None) -> None:
    assert parse_counts(text)["selected"] == selected


def test_a_pool_with_its_senders_named_and_a_judging_clause_before_the_pick_is_the_entries():
    text = ("今年,组委会从来自全国30多个省份、近300个县市的2000余个治理案例中,经过三轮专家评审,"
            "遴选确定了100个优秀案例。")
    counts = parse_counts(text, None)
    assert (counts["applications"], counts["applications_qualifier"]) == (2000, "余")
    assert counts["selected"] == 100


def test_a_pool_a_plan_will_pick_from_after_judging_rounds_is_not_yet_the_entries():
    text = "主办方计划经过两轮评审,于年底前从各地推荐的200多个项目中,评出获奖名单。"
    assert parse_counts(text, None)["applications"] is None


def test_cases_by_another_word_courtyards_lanes_brands_and_village_rules_are_entries():
    assert parse_counts("此次优秀事例征集共收到申报事例210件。", None)["applications"] == 210
    assert parse_counts("全区共申报院落小区41个,经过实地走访,最终12个院落获评。", None)["applications"] == 41
    assert parse_counts("共推荐96篇村规民约参加评选。", None)["applications"] == 96
    counts = parse_counts("8个品牌从全国近2000个党建品牌中脱颖而出。", None)
    assert (counts["applications"], counts["applications_qualifier"]) == (2000, "近")


def test_tiers_of_cases_called_shili_add_up():
    counts = parse_counts("最终确定最佳事例10件、优秀事例30件和提名事例15件。", None)
    assert counts["selected"] == 55 and counts["by_tier"]["优秀事例"] == 30


def test_units_counted_then_selected_as_a_title_are_the_winners():
    text = "经专家评审，将甲街道乙社区《邻里守望》等8个项目评选为“十佳”服务项目，并分别授予一、二、三等奖。"
    assert parse_counts(text)["selected"] == 8


def test_a_character_lost_in_decoding_inside_a_title_does_not_end_the_sentence():
    text = ("省中心从各市上报的120个初评案例中，评选出甲中心报送的《援助惠民生?“薪”暖农民工》等十大优秀典型案例"
            "及40个优秀典型案例。")
    counts = parse_counts(text)
    assert counts["applications"] == 120 and counts["selected"] == 50


def test_a_top_ten_of_projects_produced_counts_ten_but_a_plans_ten_projects_do_not():
    assert parse_counts("评委从六个维度综合考量，最终产生“社区自治十佳项目”。")["selected"] == 10
    assert parse_counts("今年将实施十大民生实事项目。")["selected"] is None


def test_the_entries_a_call_drew_and_those_going_into_the_first_round_are_the_entries():
    assert parse_counts("全省各地广泛开展初赛活动，吸引200余个志愿服务项目、近万名志愿者参与。")["applications"] == 200
    assert parse_counts("活动吸引了300余名市民参与。")["applications"] is None  # people drawn in, not entries
    counts = parse_counts("全省各地共521个项目进入初赛，经复赛评审，最终评出一等奖8个。")
    assert counts["applications"] == 521 and counts["selected"] == 8


def test_those_taking_part_after_a_shortlist_are_no_entries():
    assert parse_counts("入围的12个参赛项目负责人依次上台展示。")["applications"] is None
