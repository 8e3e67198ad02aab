"""Series names from titles and text, and the folding that joins their variants."""

import pytest

from crawler.parse.announcement import parse_announcement
from crawler.parse.series import (
    SeriesMention,
    _place_at_end,
    canonical_series,
    event_series,
    find_series,
    honour_series,
    in_full,
    lead_series,
    names_a_prize,
    quoted_series,
    series_key,
)


@pytest.mark.parametrize("title, expected", [
    ("第二届“上海城市治理最佳实践案例评选”启动仪式举行", "上海城市治理最佳实践案例评选"),
    ("书写人民城市新答卷 第六届上海社会治理创新实践案例发布", "中国(上海)社会治理创新实践案例"),
    ("第九届“全国社区治理创新奖”评选结果揭晓", "全国社区治理创新奖"),
    ("杭州市第四届“基层治理金点子”大赛颁奖", "杭州市基层治理金点子大赛"),
    ("2024年江苏省“最美网格”优秀案例征集活动启动", "江苏省最美网格优秀案例征集活动"),
    ("民政部公布第三批全国基层治理典型案例", "全国基层治理典型案例"),
])
def test_names_competitions_it_has_never_seen(title, expected):
    assert find_series(title, "").name == expected


def test_a_title_that_names_no_competition_gives_none():
    assert find_series("我市开展防汛应急演练", "") is None
    assert find_series("以案例评选激活基层治理的“源头活水”", "") is None


@pytest.mark.parametrize("a, b", [
    ("中国（上海）社会治理创新实践案例", "上海社会治理创新实践案例征集活动"),
    ("南京市“十佳社区治理创新案例”评选", "南京市社区治理创新案例"),
    ("徐汇区2023年度社区治理优秀案例", "徐汇区2024年度社区治理优秀案例"),
    ("「长三角城市治理最佳实践案例」", "长三角城市治理最佳实践案例评选"),
])
def test_variants_fold_to_one_key(a, b):
    assert series_key(a) == series_key(b)


def test_alias_table_gives_the_canonical_name():
    assert canonical_series("长三角城市治理最佳实践评选") == "长三角城市治理最佳实践案例评选"


def test_book_series():
    text = "《像绣花一样精细:城市治理的金山实践》是研究院组织编写的城市精细化治理系列丛书的第二本。"
    found = find_series("《像绣花一样精细:城市治理的金山实践》新书首发", text, book=True)
    assert found.name == "像绣花一样精细(城市精细化治理系列丛书)"


def test_a_parenthesised_year_after_the_ordinal():
    found = find_series("第八届（2015—2016年度）“中国地方政府创新奖”入围项目公布", "")
    assert (found.name, found.ordinal) == ("中国地方政府创新奖", "第八届")


def test_a_count_of_cases_is_not_a_name():
    assert find_series("50件案例脱颖而出 彰显基层治理智慧", "") is None


def test_a_forum_is_not_a_competition():
    found = find_series("首届长三角基层治理论坛举行 发布长三角基层治理创新案例", "")
    assert (found.name, found.ordinal) == ("长三角基层治理创新案例", None)


@pytest.mark.parametrize("title, expected", [
    # a head noun a few words after the quote belongs to the name
    ("第三届“邻里守望”优秀案例名单公布", "邻里守望优秀案例"),
    # a bare year written before the words is not part of the name
    ("“2024粤港澳社会组织创新典型案例”揭晓", "粤港澳社会组织创新典型案例"),
    ("2022华东地区社区营造优秀案例征集启动", "华东地区社区营造优秀案例"),
    # 工作 inside a name does not end it; after the name it does
    ("第四届全国社会工作服务示范项目评选揭晓", "全国社会工作服务示范项目"),
    ("第五批全国乡村治理典型案例征集工作正式启动", "全国乡村治理典型案例"),
])
def test_names_with_words_after_a_quote_a_bare_year_or_gongzuo(title, expected):
    assert series_key(find_series(title, "").name) == series_key(expected)


@pytest.mark.parametrize(("title", "name", "edition"), [
    ("“金钥匙奖”第八届获奖名单公布", "金钥匙奖", "第八届"),
    ("2019年（第四届）浙江省基层治理优秀案例结果公布", "浙江省基层治理优秀案例", "第四届"),
])
def test_an_ordinal_after_a_quoted_name_or_in_brackets(title, name, edition):
    found = find_series(title, "")
    assert series_key(found.name) == series_key(name) and found.ordinal == edition


def test_lead_series_reads_the_opening_sentence_when_it_reports_an_event():
    mention = lead_series("6月2日，2025年江西省平安建设优秀案例征集活动在南昌正式启动，面向全省征集。")
    assert mention is not None and series_key(mention.name) == series_key("江西省平安建设优秀案例")
    organised = lead_series("记者获悉，由市社科联主办的宁波市城市治理创新案例评选结果近日揭晓。")
    assert organised is not None and series_key(organised.name) == series_key("宁波市城市治理创新案例评选")


def test_lead_series_ignores_a_competition_named_in_passing():
    assert lead_series("该社区的做法曾入选全省基层治理优秀案例，如今居民参与更积极。") is None


def test_lead_series_with_half_width_commas_and_an_event_noun():
    mention = lead_series("11月2日,某省第三届基层治理创新案例评选发布会在省城举行,发布十佳案例。")
    assert mention is not None and series_key(mention.name) == series_key("某省基层治理创新案例评选")
    final = lead_series("近日,由区民政局主办的2023年某区社区创新项目大赛决赛在区文化馆落幕。")
    assert final is not None and series_key(final.name) == series_key("某区社区创新项目大赛")


def test_a_challenge_or_arena_contest_keeps_its_head_noun():
    assert find_series("某大学举办第二届青年治理案例挑战赛", None).name == "青年治理案例挑战赛"
    assert find_series("第三届城市数字治理案例擂台赛总决赛落幕", None).name == "城市数字治理案例擂台赛"


def test_an_ordinal_inside_the_quote_and_activity_words_after_the_name():
    found = find_series(None, "上月,“第三届某市社会建设十大创新项目”评审进入终审。评委打分后,十个项目胜出。")
    assert (found.name, found.ordinal) == ("某市社会建设十大创新项目", "第三届")
    assert series_key("某省治理卓越奖选拔活动") == series_key("某省治理卓越奖")
    assert series_key("全国某某典型案例征集推介活动") == series_key("全国某某典型案例")


def test_a_title_conferred_in_batches_is_named_by_its_quote():
    found = find_series("某部命名第二批“全国社区治理示范街道”", None)
    assert (found.name, found.ordinal) == ("全国社区治理示范街道", "第二批")


def test_the_name_after_the_last_verb_before_its_head_noun():
    found = find_series("2024年,某大学治理研究中心面向全国各地征集基层数字治理优秀案例,共收到200份材料", None)
    assert found.name == "基层数字治理优秀案例"
    assert quoted_series("自3月1日启动“城市更新优秀案例征集”活动以来,共征集到案例80个") is not None
    assert quoted_series("居民说“有事好商量”,社区议事厅常年开放") is None


def test_an_ordinal_that_numbers_a_forum_joined_to_the_competition():
    text = "在“首届某报城市论坛暨‘2023城市更新优秀案例’发布”活动上,20个案例正式揭晓。"
    assert find_series(None, text) is None


def test_a_name_after_a_verb_of_collecting_founding_or_winning_and_a_source_label():
    assert find_series("某省社科院公开征集“2025年某省民生治理优秀案例”", None).name == "某省民生治理优秀案例"
    assert find_series("某市摘取全国社区治理创新成果奖", None).name == "全国社区治理创新成果奖"
    assert find_series("【某某网】某省法治政府奖申报启动", None).name == "某省法治政府奖"
    assert series_key(find_series("某部开展优秀社区工作法征集展示活动", None).name) == "优秀社区工作法"


def test_a_date_between_the_name_and_its_event_and_a_tier_inside_the_name():
    mention = lead_series("好消息!首届“某某城市创新奖”(第一届)6月3日在某大学揭晓,我区项目获优胜奖。")
    assert mention is not None and mention.name == "某某城市创新奖"
    assert series_key("某省市域治理创新实践十大精品案例") == series_key("某省市域治理创新实践案例")


def test_award_verbs_counts_symbols_and_a_forum_joined_in_quotes():
    assert find_series("某市长率城市治理卓越奖优选团队北上领奖", None).name == "城市治理卓越奖"
    assert find_series("某市2个案例入选全国基层治理典型案例", None) is None or "2个" not in \
        find_series("某市2个案例入选全国基层治理典型案例", None).name
    assert find_series("▲某市机关创新提案竞赛评选结果出炉", None).name == "某市机关创新提案竞赛评选"
    quoted = find_series(None, "12月1日,“首届某某发展论坛暨2024全国社区发展典型案例发布会”在北京召开。")
    assert quoted is None or series_key(quoted.name) == series_key("全国社区发展典型案例")
    assert series_key("某省基层治理典型案例征集遴选和推介展示活动") == series_key("某省基层治理典型案例")


def test_a_year_in_brackets_after_the_name_is_not_part_of_it():
    assert series_key("全国基层减负创新案例(2021)") == series_key("全国基层减负创新案例")
    assert series_key("某省政务服务案例（2019—2020）") == series_key("某省政务服务案例")


def test_a_quoted_name_keeps_its_inner_quotes_and_leaves_the_list_word_out():
    # “…‘某某杯’…案例”: single quotes inside double ones do not end the name.
    mention = event_series("去年底,“湘治——2021‘潇湘杯’乡村治理创新案例”及专项奖名单揭晓。")
    assert mention is not None and series_key(mention.name) == series_key("湘治——潇湘杯乡村治理创新案例")
    mention = event_series("日前,市委政法委公布“2023年度某市平安建设优秀案例名单”,共20个案例入选。")
    assert mention is not None and mention.name == "某市平安建设优秀案例"


def test_event_series_needs_an_event_of_the_competition_in_its_clause():
    assert event_series("研讨会上发布了“某省机关事务创新案例”入围奖名单,并进行交流。").name == "某省机关事务创新案例"
    # A name in passing: the clause says nothing happened to the competition.
    assert event_series("该社区曾入选“全国社区治理优秀案例”,居民满意度高。") is None


def test_a_headline_that_names_the_prize_won_points_to_the_competition_in_the_opening():
    title = "喜讯!某县荣获“社区治理创新奖”"
    mention = find_series(title, None)
    assert mention is not None and names_a_prize(title, mention)
    # A category of the awards (最佳组织奖) is no name at all.
    assert find_series("喜讯!某县荣获“最佳组织奖”", None) is None
    assert not names_a_prize("第三届某市社区治理创新奖揭晓", find_series("第三届某市社区治理创新奖揭晓", None))


@pytest.mark.parametrize("title, text, expected", [
    # the headline opens with the place that runs it
    ("江西发布基层减负创新案例", "", "江西基层减负创新案例"),
    ("某某市开展物业治理优秀案例征集活动", "", "某某市物业治理优秀案例"),
    # the story names it in full, after the ordinal
    ("", "省民政厅组织开展了首批乡村治理典型案例征集活动。入选山东省首批乡村治理典型案例的单位要珍惜荣誉。",
     "山东乡村治理典型案例"),
    # the quote that holds the full name opens with a word the headline left out
    ("东区治理创新提案竞赛评选出炉", "市研考会推动「甲东区治理创新提案竞赛」,结果出炉。", "甲东区治理创新提案竞赛"),
    # a quote that opens with the ordinal adds nothing
    ("第二届城乡治理创新项目揭晓", "“第二届城乡治理创新项目”评选揭晓。", "城乡治理创新项目"),
])
def test_the_place_that_runs_the_competition_joins_its_name(title, text, expected):
    mention = find_series(title or None, text or None)
    assert series_key(in_full(mention, title, text).name) == series_key(expected)


def test_a_province_with_or_without_its_suffix_is_one_series():
    assert series_key("浙江省公共管理创新案例") == series_key("浙江公共管理创新案例")
    assert series_key("上海市社区治理案例") == series_key("上海社区治理案例")


def test_a_quoted_name_in_the_opening_writes_the_headlines_short_form_out_in_full():
    title = "某区邀您推荐 物业治理案例"
    text = "即日起,区住建委与某报联合开展“2024年某区物业治理创新案例”征集活动,欢迎推荐。"
    mention = in_full(find_series(title, None), title, text)
    assert series_key(mention.name) == series_key("某区物业治理创新案例")
    # the quote must end as the short form does and keep its words in order
    assert in_full(find_series(title, None), title, "开展“物业治理优秀成果展”。").name == "物业治理案例"


def test_words_ending_in_district_or_city_are_no_place():
    title = "某某县举行十大社区治理创新项目决赛"
    mention = in_full(find_series(title, None), title, "2023年某某县十大社区治理创新项目大赛决赛落幕。")
    assert series_key(mention.name) == series_key("某某县社区治理创新项目大赛")


@pytest.mark.parametrize("text, expected", [
    # a count begins the sentence about the competition: the name ends before it
    ("第5届公共服务奖全省各部门共有80个单位参奖。", "公共服务奖"),
    # a list of prizes joined by 、 is not one name
    ("荣获“某县治理典范奖”、数据治理奖等两项奖", None),
    # a category of the prize after the dot
    ("第二届“全球宜居城市大奖·包容城市大奖”揭晓", "全球宜居城市大奖"),
    # a head noun that comes far after the quoted brand
    ("首届“青禾杯”高校学生基层社区治理项目创新大赛落幕", "青禾杯高校学生基层社区治理项目创新大赛"),
])
def test_name_boundaries(text, expected):
    mention = find_series(None, text) or event_series(text)
    if expected is None:
        assert mention is None or "、" not in mention.name
    else:
        assert mention is not None and series_key(mention.name) == series_key(expected)


def test_a_name_broken_by_a_mirrors_pinyin_is_no_name():
    assert find_series("某市启动“2021年?yíng)I商环境十佳案例”评选", None) is None


def test_a_headline_that_counts_an_event_names_no_competition():
    assert find_series("青年走进社区 一场创新大赛让高校与街巷相遇", None) is None


def test_a_forum_joined_with_a_prize_ceremony_leaves_the_competition():
    text = "在某地举行的“首届全国社区治理论坛暨社区发展创新案例颁奖仪式”上,某社区获奖。"
    mention = quoted_series(text)
    assert mention is not None and series_key(mention.name) == series_key("社区发展创新案例")


def test_an_ordinal_inside_a_quote_after_a_brand_is_no_part_of_the_series():
    assert series_key("“治理——首届某省社会治理创新案例”") == series_key("治理——某省社会治理创新案例")


def test_a_quoted_brand_in_the_headline_is_the_numbered_competition_the_story_names():
    title = "十年坚持 某大学“青年观察”大赛走向全国"
    text = "近日,第十届“青年观察·全国基层调研大赛”决赛在某大学举行。"
    mention = in_full(find_series(title, None), title, text)
    assert (series_key(mention.name), mention.ordinal) == (series_key("青年观察·全国基层调研大赛"), "第十届")


def test_ranked_experiences_and_units_that_became_one():
    mention = find_series("某区和某县成为某省社区治理十大创新经验单位", None)
    assert mention is not None and series_key(mention.name) == series_key("某省社区治理十大创新经验")
    assert find_series("我市推广基层治理经验", None) is None


def test_a_fuller_quote_with_a_prize_category_keeps_the_prize():
    title = "某市荣获世界宜居城市大奖"
    text = "“2022世界宜居城市大奖·包容城市大奖”决赛在某市举行。"
    assert series_key(in_full(find_series(title, None), title, text).name) == series_key("世界宜居城市大奖")


def test_a_designation_made_in_batches_is_named_by_its_list():
    mention = find_series("三部门公布第二批全国社区治理示范街道名单", None)
    assert mention is not None and (mention.name, mention.ordinal) == ("全国社区治理示范街道", "第二批")


def test_a_designation_built_in_batches_is_named_before_its_creation_work():
    text = "为推进乡村善治,三部门开展了第四批全国乡村治理示范村镇创建工作,认定一批示范乡镇。"
    mention = find_series(None, text)
    assert mention is not None and (mention.name, mention.ordinal) == ("全国乡村治理示范村镇", "第四批")


def test_a_place_before_an_ordinal_stands_on_its_own():
    # the place is the shortest one after a particle, not the end of the clause before it
    mention = find_series(None, "历经半年的某湖区首届社区营造案例评选昨日揭晓。")
    assert mention is not None and mention.name == "某湖区社区营造案例评选"
    mention = find_series(None, "由某委主办、某会承办的某江市首届青年公益项目大赛决赛举行。")
    assert mention is not None and mention.name == "某江市青年公益项目大赛"


def test_a_street_or_town_before_an_ordinal_belongs_to_the_name():
    assert find_series("某某路街道首届社区微创投大赛举行", None).name == "某某路街道社区微创投大赛"
    assert find_series("光明街首届邻里公益项目大赛落幕", None).name == "光明街邻里公益项目大赛"


def test_a_theme_quoted_before_a_name_that_opens_with_its_place_is_left_out():
    mention = find_series("第三届“携手同行·共建家园”某安市社会组织公益创投大赛启动", None)
    assert mention is not None and mention.name == "某安市社会组织公益创投大赛"
    # a brand quoted before generic words is the name's own
    mention = find_series("第二届“暖心杯”公益创投大赛启动", None)
    assert mention is not None and series_key(mention.name) == series_key("暖心杯公益创投大赛")


def test_a_phrase_that_refers_back_or_says_first_is_no_name():
    assert event_series("记者获悉,即日起启动该活动处于项目征集阶段。") is None
    assert find_series("某报发布首份年度公益创新案例榜单", None).name == "年度公益创新案例"


def test_a_story_that_opens_with_a_date_clause_names_the_subject_of_the_launch():
    text = ("某日下午,某区志愿服务项目评审会召开。\n"
            "自2019年9月1日某区最美志愿服务项目评选活动启动以来,共有30个单位参与。")
    mention = event_series(text)
    assert mention is not None and series_key(mention.name) == series_key("某区最美志愿服务项目")


def test_honours_and_generic_words_around_a_name():
    # 评选表彰 is the activity around the name, and 创新案例 alone names no competition
    assert series_key("某公益示范工程评选表彰活动") == series_key("某公益示范工程")
    assert find_series(None, "某厅接续开展创新案例征集评选工作。") is None
    notice = find_series("关于某省社会组织创新发展案例征集推选活动的通知", None)
    assert notice is not None and notice.name == "某省社会组织创新发展案例征集推选活动"


def test_a_slogan_before_a_dash_in_the_headline_is_passed_over():
    title = "【某站】春华秋实 硕果满枝——某区社工站服务案例评选会顺利召开"
    mention = find_series(title, None)
    assert mention is not None and series_key(mention.name) == series_key("某区社工站服务案例评选")


def test_a_title_conferred_in_batches_is_named_where_it_is_conferred():
    mention = find_series(None, "某委决定命名第九批全国社区建设示范单位,并为代表授牌。")
    assert mention is not None and (mention.name, mention.ordinal) == ("全国社区建设示范单位", "第九批")
    mention = find_series(None, "第七批全国和谐社区示范单位命名了。")
    assert mention is not None and (mention.name, mention.ordinal) == ("全国和谐社区示范单位", "第七批")
    # a batch named in passing confers nothing
    assert find_series(None, "该村曾是第七批全国和谐社区示范单位之一,今年游客增多。") is None


def test_an_opening_that_confers_a_ranked_title_names_the_competition():
    text = ("某网5月3日讯 记者从某部获悉,某部在各地推荐的基础上,遴选确定某县《为民服务,提升效能》等8个"
            "典型经验为第一批全国街道服务能力建设典型经验。")
    mention = lead_series(text)
    assert mention is not None and (mention.name, mention.ordinal) == ("全国街道服务能力建设典型经验", "第一批")


def test_a_list_of_honours_named_with_its_own_word_is_a_competition():
    mention = find_series(None, "当晚,首届某省公益爱心榜发布暨颁奖活动在某地举行。")
    assert mention is not None and (mention.name, mention.ordinal) == ("某省公益爱心榜", "首届")
    # being put on a list is not the list's name
    assert find_series("某村上榜", None) is None


def test_a_list_put_up_for_public_comment_is_named_without_its_notice_words():
    mention = find_series("我市进入第三批全国某某示范市公示名单", None)
    assert mention is not None and (mention.name, mention.ordinal) == ("全国某某示范市", "第三批")


def test_a_prize_got_in_the_headline_gives_way_to_the_competition_the_story_numbers():
    title = "某州“山区调解新路”项目获“全国法治创新奖”"
    mention = find_series(title, None)
    assert mention is not None and names_a_prize(title, mention)
    text = "11月2日,在某地举办的第五届“全国法治创新奖”评选暨颁奖典礼上,某州项目荣获该奖。"
    lead = lead_series(text) or find_series(None, text)
    assert lead is not None and (series_key(lead.name), lead.ordinal) == (series_key("全国法治创新奖"), "第五届")


def test_name_forms_of_batches_latin_words_and_taiwan_years():
    mention = find_series(None, "某厅组织开展了2021年度第二批次某省优秀社会工作案例征集活动。")
    assert mention is not None and mention.ordinal == "第二批次"
    assert series_key(mention.name) == series_key("某省优秀社会工作案例")
    mention = find_series("第三届“某某杯”高校 MPA 案例大赛决赛落幕", None)
    assert mention is not None and series_key(mention.name) == series_key("某某杯高校MPA案例大赛")
    assert series_key("一一三年度某市优良社区") == series_key("某市优良社区") == series_key("112年度某市优良社区")


def test_a_space_inside_a_quoted_theme_and_a_bare_city_word_before_it():
    mention = event_series("日前,2021年市“青春同行 志愿有我”公益项目大赛路演在某中心举行。")
    assert mention is not None and mention.name == "青春同行志愿有我公益项目大赛"


def test_a_short_numbered_headline_is_completed_by_the_same_edition_in_the_story():
    title = "第二届社区公益大赛落幕"
    text = "10月9日,甘肃省第二届社区公益项目大赛在兰州落幕。(以下简称大赛)"
    mention = in_full(find_series(title, None), title, text)
    assert series_key(mention.name) == series_key("甘肃省社区公益项目大赛") and mention.ordinal == "第二届"
    # a tier named after the competition is another thing, and an unclosed bracket ends no name
    other = "第二届社区公益大赛征集评选活动十佳案例揭晓。"
    assert series_key(in_full(find_series(title, None), title, other).name) == series_key("社区公益大赛")


def test_a_meeting_held_for_a_quoted_selection_names_it_with_the_words_before_the_quote():
    text = "一项改革即将满五年。近日,某市政府办公厅举行政务服务“快办好办”优秀案例评选交流会,会上推出十个获奖案例。"
    mention = event_series(text)
    assert mention is not None and series_key(mention.name) == series_key("政务服务快办好办优秀案例评选")
    # a 的 between them is a phrase, not the name
    held = "某地举行的“某某治理创新实践案例”交流会上,十个案例获奖。"
    mention = event_series(held)
    assert mention is not None and series_key(mention.name) == series_key("某某治理创新实践案例")


def test_an_opening_reports_a_contest_show_joined_with_a_theme_day():
    text = ("某网12月5日电 由某市文明办指导的某市某区首届文明实践志愿服务项目大赛展演暨“国际志愿者日”主题活动"
            "3日在某市举行。")
    mention = lead_series(text)
    assert mention is not None and mention.ordinal == "首届"
    assert series_key(mention.name) == series_key("某市某区文明实践志愿服务项目大赛")


def test_selections_and_reviews_named_as_such_and_a_ministry_before_the_quote():
    mention = event_series("某部「一一三年度金牌社区选拔」结果出炉,七个社区脱颖而出。")
    assert mention is not None and series_key(mention.name) == series_key("金牌社区选拔")
    mention = find_series("某部「优良社区选拔」结果出炉", None)
    assert mention is not None and series_key(mention.name) == series_key("优良社区选拔")


def test_results_named_with_an_ordinal_and_head_nouns_joined_after_a_quote():
    mention = find_series(None, "主题为“同心”的“第三届某某社会治理成果暨示范城市发布仪式”在京召开。")
    assert mention is not None and mention.ordinal == "第三届"
    assert series_key(mention.name) == series_key("某某社会治理成果")
    mention = quoted_series("现面向会员单位开展“下基层”成果和案例征集活动。")
    assert mention is not None and series_key(mention.name) == series_key("下基层成果和案例")


def test_a_city_and_its_district_before_an_ordinal_are_one_place():
    mention = find_series("克拉玛依市白碱滩区首届社区公益创投大赛启动", None)
    assert mention is not None and mention.name == "克拉玛依市白碱滩区社区公益创投大赛"
    mention = find_series(None, "12月1日,新疆克拉玛依市白碱滩区首届社区公益创投大赛启动。")
    assert mention is not None and mention.name.endswith("克拉玛依市白碱滩区社区公益创投大赛")


def test_the_national_contest_of_the_same_number_does_not_complete_a_provincial_headline():
    title = "某省举办第二届青年志愿服务项目大赛"
    text = "本次大赛的金奖项目将推荐参加第二届中国青年志愿服务项目大赛。"
    mention = in_full(find_series(title, None), title, text)
    assert series_key(mention.name) != series_key("中国青年志愿服务项目大赛")


def test_name_edges_a_trailing_year_our_city_and_verbs_before_the_name():
    assert series_key("某港义工奖2024") == series_key("某港义工奖")
    assert find_series("我市某某平安建设年度热心市民评选揭晓", None).name == "某某平安建设年度热心市民评选"
    mention = find_series("某区住建局召开2023年度“红心物业”评选表彰大会", None)
    assert mention is not None and series_key(mention.name) == series_key("红心物业")
    title = "甲乙二人齐揽“某某中国”年度致敬大奖"
    assert names_a_prize(title, find_series(title, None))


def test_who_ran_a_selection_together_is_not_its_name():
    assert find_series(None, "某报与百家媒体共同评选的十佳村镇在某地发布。") is None


def test_a_count_before_the_cases_a_headline_publishes_is_left_out():
    mention = find_series("某区发布12个乡村治理改革集成特色案例", None)
    assert mention is not None and series_key(mention.name) == series_key("乡村治理改革集成特色案例")
    assert find_series("某地10个典型经验入选", None) is None


def test_a_grand_award_named_with_dashang_is_a_competition():
    mention = find_series("「社区企业义工大赏」圆满结束", None) or event_series("「社区企业义工大赏」颁奖礼顺利举行。")
    assert mention is not None and series_key(mention.name) == series_key("社区企业义工大赏")


def test_a_purpose_stated_before_a_notice_names_no_competition():
    assert find_series("为鼓励社会组织参与治理,培育优秀公益项目,促进公益事业发展", None) is None


def test_a_count_in_a_batch_is_not_a_word_of_its_name():
    mention = find_series("某县为首批6个“幸福邻里”项目授牌", None)
    assert mention is not None and mention.name == "幸福邻里项目"
    # A number that is the name's own (三个一百) stays.
    assert "三个一百" in find_series("第二届三个一百优秀案例发布", None).name


def test_a_quoted_headline_about_a_winner_is_no_competition_name():
    assert quoted_series("详见“某镇喜获全省美丽乡村精品村奖”一文。") is None
    assert quoted_series("近日,“某镇获评十佳生态村镇”的消息传来。") is None


def test_the_word_for_a_year_does_not_open_a_name_completed_from_a_quote():
    title = "某市捧回“城市更新创新案例”"
    text = "近日,某部门公布了“2023年度城市更新创新案例”,某市的项目入选。"
    mention = in_full(find_series(title, None), title, text)
    assert not mention.name.startswith("度")


def test_a_clause_after_a_quoted_brand_is_not_the_rest_of_the_name():
    mention = quoted_series("今年的“寻找最美街巷”共设置了城市管理优秀案例等三个奖项。")
    assert mention is None or "设置" not in mention.name


def test_a_title_of_honour_conferred_in_the_opening_is_the_series():
    text = "某省民政厅消息:我省5个村委会被民政部评为“全国模范村民委员会”,3名干部获表彰。"
    mention = honour_series(text)
    assert mention is not None and mention.name == "全国模范村民委员会"
    text = "近日,某部公示了全国先进志愿服务组织、全国优秀志愿者拟表彰名单,我市2家单位在列。"
    mention = honour_series(text)
    assert mention is not None and mention.name == "全国先进志愿服务组织"


def test_a_title_whose_list_is_made_public_is_the_series():
    # The year and the count of holders stand before the title; 名单 and the verb of publishing after it.
    mention = honour_series("2021年60个全省乡村治理示范镇名单正式公布")
    assert mention is not None and mention.printed == "全省乡村治理示范镇"
    mention = honour_series("据悉,2020年度某省文明实践示范站点名单对外公示,我县3家在列。")
    assert mention is not None and mention.name == "某省文明实践示范站点"
    # A list with no title of honour (a count of organisations) names no designation.
    assert honour_series("30家社会组织名单公布") is None


def test_a_title_marked_by_the_word_for_a_title_is_the_series_whatever_its_words():
    # 称号 marks a title of honour: no 示范/先进 word is needed. Quoted, after who won it and the year.
    mention = honour_series("日前省住建厅公布名单,我区3个小区荣获“2024年度省级‘美好家园’小区”称号。")
    assert mention is not None and series_key(mention.name) == series_key("省级美好家园小区")
    mention = honour_series("表彰会上,我市12名网格员获评“某市金牌网格员”光荣称号。")
    assert mention is not None and mention.name == "某市金牌网格员"
    # Unquoted, right after the verb.
    mention = honour_series("近日,区图书馆等五家单位荣获全国文明单位称号。")
    assert mention is not None and mention.name == "全国文明单位"
    # Who received it and the title with nothing between them: no title can be told from the names.
    assert honour_series("大会授予张某等9人全国优秀调解员称号。") is None
    # An honour held before is no news of one.
    assert honour_series("该街道曾荣获“全国和谐社区”称号,今年又开展了邻里节。") is None


def test_a_headline_name_is_completed_by_the_numbered_mention_with_its_place_and_brand():
    # The same edition, 首届 in the headline and 第一届 in the story, with the district and the brand before it.
    result = parse_announcement("滨湖区:首届社区治理公益创投大赛举办",
                                "12月2日,滨湖区第一届“邻里同行”社区治理公益创投大赛决赛在区文化中心举行,18个项目参加路演。")
    wanted = series_key("滨湖区邻里同行社区治理公益创投大赛")
    assert result.announcement and series_key(result.announcement["series"]) == wanted
    assert result.announcement["edition"] == 1
    # A headline without an ordinal: the story's numbered mention with a quoted brand is the same contest.
    result = parse_announcement("溧水区:开展公益创投大赛培训会",
                                "日前,溧水区第二届“秦淮杯”公益创投大赛正式启动,区民政局为30余家社会组织讲解申报流程。")
    assert result.announcement and series_key(result.announcement["series"]) == series_key("溧水区秦淮杯公益创投大赛")
    # …but a place alone may be another level's contest (the region's, which the county's winners go on to).
    result = parse_announcement("某县志愿服务项目大赛举行",
                                "11月3日,某县志愿服务项目大赛举行,前三名将参加第七届宁夏志愿服务项目大赛。")
    assert result.announcement and "宁夏" not in result.announcement["series"]


def test_a_title_conferred_on_those_counted_before_it():
    # 命名…等N个社区为 [year] title: the title after 为, to the end of the clause (a note in brackets ends it).
    mention = honour_series("经逐级审核,现决定命名甲县乙街道丙社区等120个社区为2023年全国示范性健康社区(名单附后)。")
    assert mention is not None and mention.name == "全国示范性健康社区"
    # 决定…等N个社区为“…”: quoted.
    mention = honour_series("市政府决定,甲区乙街道丙社区等18个社区为“某市和谐示范社区”,现予公布。")
    assert mention is not None and mention.name == "某市和谐示范社区"
    # 评选出…等N个 title: right after the count; 全市 is no word of it (R6), its bracketed level is.
    mention = honour_series("经过逐级推荐,共评选出甲镇乙村等15个全市优秀“法治示范村(社区)”。")
    assert mention is not None and series_key(mention.name) == series_key("优秀法治示范村(社区)")
    # 授予…等N个单位 title 称号: the kind of receiver (单位) is no word of the title; persons counted (人) and a
    # title without a word of honour name no designation.
    mention = honour_series("授予甲等9人全国优秀调解员称号,授予乙等40个单位全国青年文明号称号。")
    assert mention is not None and mention.name == "全国青年文明号"
    assert honour_series("评选出张某等10名志愿者。") is None


def test_a_year_of_counting_is_no_part_of_a_place():
    # 2021 年度东莞市…: 度 closes the year (written with a space); the place is 东莞市.
    assert _place_at_end("组织开展了2021 年度东莞市") == "东莞市"


def test_an_honour_held_before_or_a_list_of_honours_is_no_designation_story():
    assert honour_series("某社区环境优美,曾被评为“全国文明社区”,居民自治活跃。") is None
    text = "今年,我局的项目被评为“优质服务品牌”,下属中心被评为“某市养老服务先进集体”。"
    assert honour_series(text) is None
    # A title that marks no honour (一个品牌) is not taken either.
    assert honour_series("某项目被评为“年度热门品牌”。") is None


def test_an_ordinal_counted_in_times_numbers_a_designation_campaign():
    mention = find_series(None, "在第三次全国绿色社区示范单位创建活动中,我省共有20个社区入选。")
    assert mention is not None and mention.ordinal == "第三次"
    assert series_key(mention.name) == series_key("全国绿色社区示范单位创建")


def test_a_year_read_out_digit_by_digit_and_a_bracketed_ordinal_leave_the_name():
    assert canonical_series("二〇一九年某某嘉许奖") == "某某嘉许奖"
    assert series_key("二零二零年度某某服务奖励计划") == series_key("某某服务奖励计划")
    assert canonical_series("2023(第三届)社区更新优秀案例调研") == "社区更新优秀案例调研"


def test_a_dash_joining_a_brand_to_its_name_is_folded_however_typed():
    names = ("善治某某——公益项目大赛", "善治某某---公益项目大赛", "善治某某一一公益项目大赛", "善治某某—公益项目大赛")
    keys = {series_key(name) for name in names}
    assert len(keys) == 1


def test_the_whole_province_and_a_verb_are_not_a_place_before_an_ordinal():
    mention = find_series(None, "日前,某省民政厅发出通知,决定于2022年开展全省第一届“某江慈善奖”评选表彰活动。")
    assert mention is not None and series_key(mention.name) == series_key("某江慈善奖")
    assert not mention.name.startswith(("开展", "全省"))


def test_a_name_ends_before_a_verb_and_its_quoted_object():
    mention = find_series("某某公益项目大赛播撒“创新种子”", None)
    assert mention is not None and mention.name == "某某公益项目大赛"


def test_the_place_before_a_quoted_name_completes_it():
    text = "近日,某区举行授牌仪式。本次某某区“绿色家园”创建评选活动,共评出10个项目。"
    title = "某区授予10个项目“绿色家园”称号"
    mention = in_full(quoted_series(text), title, text)
    assert mention is not None and series_key(mention.name) == series_key("某某区绿色家园创建")


def test_gathering_into_a_book_and_a_series_of_selections_are_activity_words():
    assert series_key("某某实践典型案例收集汇编") == series_key("某某实践典型案例")
    assert series_key("某市最美社工系列推选活动") == series_key("某市最美社工")


def test_a_title_of_honour_conferred_in_batches_is_named_after_its_ordinal():
    mention = find_series("某某新区第三批文明创建先进集体开始申报", None)
    assert mention is not None and mention.ordinal == "第三批"
    assert series_key(mention.name) == series_key("某某新区文明创建先进集体")
    mention = find_series(None, "近日,某省五部门印发了关于第二批全省乡村治理示范村镇的通知,认定10个镇为示范镇。")
    assert mention is not None and mention.name == "乡村治理示范村镇"
    # Not a title: a batch of works with no word of honour.
    assert find_series("某区第二批老旧小区改造开始申报", None) is None


def test_a_list_of_exemplary_models_published_names_its_selection():
    text = "日前,某某部办公厅公布了2023年某某领域学雷锋志愿服务先进典型名单,包括最美志愿者等四类。"
    mention = event_series(text)
    assert mention is not None and series_key(mention.name) == series_key("某某领域学雷锋志愿服务先进典型")


def test_a_category_or_tier_of_awards_is_not_the_competition():
    assert find_series("某市热线中心荣获最佳服务效率奖", None) is None
    assert quoted_series("会上,某区获“平安建设先进集体一等奖”。") is None
    assert quoted_series("甲获得“卓越组卓越奖”。") is None
    # A competition named 某某奖 is still one.
    mention = find_series("第五届某某社会治理创新奖揭晓", None)
    assert mention is not None and series_key(mention.name) == series_key("某某社会治理创新奖")


def test_a_ranked_title_given_at_a_ceremony_names_its_selection():
    text = "2月14日,某区举办2023年度“十佳社区卫士”颁奖礼,10名社区工作者获表彰。"
    mention = event_series(text)
    assert mention is not None and series_key(mention.name) == series_key("十佳社区卫士")


def test_a_search_for_the_best_and_a_ranking_assessment_are_selections():
    mention = event_series("近日,某区“寻找身边好网格员”活动颁奖仪式举行,20人获评。")
    assert mention is not None and series_key(mention.name) == series_key("寻找身边好网格员")
    mention = find_series("首届中国某某营商环境评估结果发布", None)
    assert mention is not None and series_key(mention.name) == series_key("中国某某营商环境评估")


def test_key_folds_the_years_word_a_tier_anywhere_the_winners_grade_and_a_public_vote():
    assert series_key("年度十大社区治理成果金牌案例") == series_key("社区治理成果十大金牌案例")
    graded = ("全国某某创新典型案例", "全国某某创新案例", "全国某某创新优秀案例征集")
    assert len({series_key(name) for name in graded}) == 1
    assert series_key("某省最美乡村公众推选活动") == series_key("某省最美乡村")


def test_the_source_of_the_news_and_the_institution_before_a_national_name_are_not_the_name():
    assert canonical_series("记者从某市政法领域改革最佳实践") == "某市政法领域改革最佳实践"
    assert canonical_series("某某大学中国公共政策案例大赛") == "中国公共政策案例大赛"


def test_a_title_conferred_on_many_or_written_without_quotes_is_the_series():
    text = "日前,某部授予150个组织“全国先进社区自治组织”称号,授予300人“全国优秀社区工作者”称号。"
    mention = honour_series(text)
    assert mention is not None and mention.name == "全国先进社区自治组织"
    text = "7月1日,某省农业农村厅公示复核结果,某县某镇等5个村镇拟被认定为全省乡村治理示范村镇。"
    mention = honour_series(text)
    assert mention is not None and series_key(mention.name) == series_key("乡村治理示范村镇")


def test_the_tier_of_a_prize_won_leaves_the_prize_as_the_competition():
    mention = find_series("某学院教师再获全国某某政策研究成果一等奖", None)
    assert mention is not None and series_key(mention.name) == series_key("全国某某政策研究成果奖")
    # A short tier alone is no competition at all.
    assert find_series("某某获一等奖", None) is None


def test_a_place_an_education_campaign_or_a_run_on_phrase_is_no_competition():
    assert find_series("某市某区评选“十佳公益组织”", None) is None
    assert find_series(None, "我县被确定为第二批党的群众路线教育实践活动单位。") is None
    assert quoted_series("对“某某单位等十佳政务微博进行表彰奖励”。") is None
    assert quoted_series("开展了“某县网络微摄影大赛”。") is not None
    # (举办了 is the verb whole: what follows it is the name, not 了成县…)
    assert event_series("举办了成县网络微摄影大赛颁奖").name == "成县网络微摄影大赛"


def test_a_city_after_a_verb_and_before_a_year_and_quote_completes_the_name():
    text = ("8日,某市举行大会暨表彰甲乙市2023 年“四好”志愿服务先进典型。甲乙市文明办介绍,甲乙市今年共评出"
            "先进典型100个。")
    mention = in_full(quoted_series(text), "甲乙表彰100个志愿服务先进典型", text)
    assert mention is not None and series_key(mention.name) == series_key("甲乙市四好志愿服务先进典型")


def test_an_award_given_at_a_forum_and_a_name_before_its_handing_out():
    assert quoted_series("会上颁发了“全球某某论坛·某州城市创新奖”。").name == "某州城市创新奖"
    assert find_series("某某义工嘉许礼颁三百个奖项", None) is None


def test_an_event_joined_to_a_selection_leaves_the_selection():
    mention = quoted_series("今天,“某平台上线发布暨2020某省网络公益项目征集活动揭晓仪式”在昆明举行。")
    assert mention is not None and series_key(mention.name) == series_key("某省网络公益项目征集")
    # A theme joined to a contest with no event is the contest's own name.
    mention = quoted_series("“营造幸福社区暨微公益提案大赛”启动。")
    assert mention is not None and series_key(mention.name) == series_key("营造幸福社区暨微公益提案大赛")


def test_a_title_of_honour_and_its_honouring_are_a_selection():
    mention = quoted_series("3月7日,某街道举办了“最美家庭”表彰活动,60余人参加。")
    assert mention is not None and series_key(mention.name) == series_key("最美家庭")
    assert series_key("寻找“最美家庭”活动") == series_key("最美家庭")
    mention = find_series(None, "5月15日,某妇联表彰第十三届全国五好家庭并揭晓年度最美家庭。")
    assert mention is not None and mention.ordinal == "第十三届"
    assert series_key(mention.name) == series_key("全国五好家庭")


def test_a_role_model_a_tier_won_and_a_university_before_its_contest_are_not_the_name():
    assert find_series("以某某优秀人民调解员为榜样", None) is None
    assert find_series("某某公益项目大赛金银奖揭晓", None).name == "某某公益项目大赛"
    assert canonical_series("某某师范大学公共管理案例大赛") == "公共管理案例大赛"


def test_a_survey_that_ranks_places_is_a_selection():
    mention = event_series("某报举办「2024县市幸福指数大调查」,12月2日公布结果,某县夺冠。")
    assert mention is not None and series_key(mention.name) == series_key("县市幸福指数大调查")
    assert series_key("98年度社区发展工作评鉴") == series_key("社区发展工作评鉴")


def test_a_bracketed_short_form_closes_the_name():
    mention = find_series(None, "第四届江城城市更新创新奖(简称“江城奖”)得主今晚揭晓。")
    assert mention is not None and mention.name == "江城城市更新创新奖" and mention.ordinal == "第四届"
    mention = find_series(None, "第二届某某社区营造案例征集(以下简称“征集活动”)正式启动。")
    assert mention is not None and mention.name == "某某社区营造案例征集"


def test_a_count_between_the_place_and_the_name_it_numbers_is_no_word_of_the_name():
    mention = lead_series("记者获悉,近日全国50个优秀网格工作法公布,我市两个社区入选。")
    assert mention is not None and mention.name == "全国优秀网格工作法"
    # A count of a place's own winners names no competition.
    assert lead_series("近日某市3个案例公布。") is None


def test_a_branded_title_conferred_with_its_year_before_and_its_noun_after_the_quote():
    mention = honour_series("经评审,86个小区被评选为2023年“幸福邻里”宜居示范小区,名单如下。")
    assert mention is not None and mention.name == "幸福邻里宜居示范小区"


def test_titles_conferred_on_those_named_between_the_verb_and_wei_or_listed_with_the_word_title():
    mention = honour_series("经专家评审,某研究院确定“邻里书屋”等10个项目为“2019年度某省社会组织十佳公益项目”。")
    assert mention is not None and mention.name == "某省社会组织十佳公益项目"
    mention = honour_series("日前,某部发布“2021年度全国平安示范社区”称号的公示名单,我区两个社区入选。")
    assert mention is not None and mention.name == "全国平安示范社区"
    # A title the story's subject held before is no conferral.
    assert honour_series("该社区曾被确定为“全国平安示范社区”。") is None


def test_an_event_held_for_a_numbered_competition_names_it():
    text = "“志愿之光,照亮一城。”\n6月2日,某县举行第四届新时代文明实践志愿服务项目大赛,16个镇的项目参赛。"
    mention = event_series(text)
    assert mention is not None and mention.name == "新时代文明实践志愿服务项目大赛"
    quoted = event_series("近期某社区开展“第二届文明楼栋评比”创建活动,评选出十个文明楼栋。")
    assert quoted is not None and quoted.name == "文明楼栋评比"


def test_a_winner_taking_a_prize_and_a_notice_stating_its_purpose_name_no_competition():
    # 由某社区拿下…奖: the prize a winner took, not the competition's name.
    assert find_series("某部今日举办表彰典礼,由某某社区拿下金星奖", None) is None
    # 选树典型案例: what a meeting is for, not a competition.
    assert find_series("某中心举办项目路演评议会,选树典型案例", None) is None


def test_the_winners_of_a_numbered_contest_made_known_report_it():
    lead = "5月20日,由某总会联合主办的首届全国某某志愿服务项目大赛获奖项目揭晓,我区一个项目荣获银奖。"
    mention = lead_series(lead)
    assert mention is not None and mention.name == "全国某某志愿服务项目大赛"


def test_a_winner_on_the_list_and_a_categorys_first_prize_are_no_competition():
    # 榜上有名: the winner is on the list; 榜 here is no competition's head noun.
    assert find_series("某奖公布初评结果,共有15个城市入围,浙江省杭州市榜上有名", None) is None
    # …类首奖: the first prize of one category.
    assert find_series("某某基金会幸福社区类首奖揭晓", None) is None


def test_a_pilot_zone_confirmed_and_a_notice_naming_holders_of_a_title_are_designations():
    mention = honour_series("近日,某部将全国30个单位确认为全国城市社区营造实验区,我区入选。")
    assert mention is not None and mention.name == "全国城市社区营造实验区"
    mention = honour_series("关于命名2023年全国示范性儿童友好型社区的通知")
    assert mention is not None and mention.name == "全国示范性儿童友好型社区"
    # A notice that names no title of honour is no designation.
    assert honour_series("关于命名某某路段的通知") is None


def test_a_final_that_raises_its_curtain_is_an_event_of_the_competition():
    mention = lead_series("摘要:某报讯 近日,某市某区首届公益慈善项目创投大赛决赛在文化中心拉开帷幕。")
    assert mention is not None and mention.name == "某市某区公益慈善项目创投大赛"


def test_a_taiwan_year_after_the_county_and_a_preposition_before_the_place_are_no_words_of_the_name():
    assert series_key("南投县112年社区发展工作评鉴") == series_key("南投县社区发展工作评鉴")
    assert canonical_series("在重庆市城乡社区市民学校评比") == "重庆市城乡社区市民学校评比"


def test_this_years_round_a_nominated_tier_and_a_long_run_of_words_before_a_city_are_no_part_of_the_name():
    # 今(115)年度评选活动: this year's round, referred to, names nothing.
    assert find_series("某部持续办理「全国性社区团体服务贡献奖评选」，今（115）年度评选活动已开放报名", None).name \
        == "全国性社区团体服务贡献奖评选"
    assert canonical_series("2024年度社区创新案例及社区创新提名案例") == "社区创新案例"
    # 践志决赛六安市第二届…: six characters before 市 are a clause's words, no place.
    mention = find_series(None, "传播新思想,践志决赛江安市第二届志愿服务项目大赛在某县举行。")
    assert mention is not None and not mention.name.startswith("践志")


def test_a_batch_of_pilot_zones_and_a_prize_seized_in_a_headline():
    mention = find_series(None, "省民政厅日前发文确认第二批全省社区营造创新实验区,某市等10地入选。")
    assert mention is not None and mention.name == "社区营造创新实验区" and mention.ordinal == "第二批"
    # 某社区夺「金星奖」: the prize a winner took, not the competition's name.
    assert find_series("某某社区夺「金星奖」 小人物大英雄", None) is None


def test_a_taiwan_year_opening_a_name_a_quoted_ceremony_and_a_bare_assessment():
    assert find_series("某署今（28）日举办「114年健康社区奖颁奖典礼」", None).name == "健康社区奖"
    assert series_key("101年国家社区永续奖") == series_key("国家社区永续奖")
    # 某市评估: a place and the word for an assessment name no competition.
    assert find_series("扬州评估去年度社区工作,满意度占20%", None) is None
    mention = find_series("江城市生活垃圾分类示范小区评选活动近日启动", None)
    assert mention is not None and "近日" not in mention.name


def test_a_columns_name_a_title_conferred_on_a_counted_group_and_a_contest_that_ends():
    mention = find_series("青年大赛丨2021年某某大学城市治理公共政策案例分析大赛", None)
    assert mention is not None and mention.name.endswith("城市治理公共政策案例分析大赛")
    mention = honour_series("近日,某省确定了16个县(区)为全省营商环境创新示范区。")
    assert mention is not None and mention.name == "营商环境创新示范区"
    mention = lead_series("10月25日,某市“慈善杯”社区社会组织公益创投大赛圆满结束,5个项目进入决赛。")
    assert mention is not None and mention.name == "某市慈善杯社区社会组织公益创投大赛"


@pytest.mark.parametrize(("title", "expected"), [
    ("徐汇区第二届“邻里微治理”方案设计比赛启动", "徐汇区邻里微治理方案设计比赛"),
    ("首届垃圾分类金点子大比拼举行", "垃圾分类金点子大比拼"),
])
def test_a_bisai_or_dabipin_is_a_contest(title, expected):
    # 比赛 and 大比拼 name a contest as 大赛 does.
    assert find_series(title, None).name == expected


def test_a_results_exhibition_is_the_contests_event_not_its_name():
    facts = parse_announcement("社区营造PK赛落幕 18个社区获奖",
                               "某县第五届社区营造PK赛成果展暨颁奖典礼10日在县府举行,18个社区获奖。").announcement
    assert facts["series"] == "某县社区营造PK赛" and facts["edition"] == 5


def test_a_taiwan_citys_short_form_is_written_out_with_its_tai():
    # Taiwan's news writes 北市 for 台北市 in a headline; the story names the city in full.
    facts = parse_announcement("北市社区防灾金安奖出炉 12个里获奖",
                               "(记者某某/台北报导)112年台北市社区防灾金安奖今日出炉,市长亲自颁奖,12个里获奖。").announcement
    assert facts["series"] == "台北市社区防灾金安奖"


def test_a_city_written_bare_before_an_ordinal_is_the_place_of_the_name():
    # 黄山 without 市: a known city, standing where a word starts, before 首届.
    found = find_series(None, "12日下午,各项目负责人登台领取证书,为黄山首届社区公益创投大赛画下句点。")
    assert found.name == "黄山社区公益创投大赛"


def test_a_de_inside_the_quotes_is_the_names_own():
    # “居民最满意的…”: the quoted name holds 的; a 的 outside the quotes still makes a phrase, not a name.
    assert find_series("我区“居民最满意的社区微更新”项目评选启动", None).name == "居民最满意的社区微更新项目评选"
    assert find_series("以案例评选激活基层治理的“源头活水”", None) is None


def test_past_a_dash_after_the_head_noun_is_one_category_of_the_award():
    assert canonical_series("智慧城市卓越贡献奖－智慧治理奖") == "智慧城市卓越贡献奖"
    # (A brand before the dash is the name's own.)
    assert canonical_series("善行八闽——慈善项目评选") == "善行八闽——慈善项目评选"


def test_a_grand_prize_contest_and_a_performance_contest_are_head_nouns():
    mention = find_series("关于举办江西省第二届社区服务创新案例大奖赛的通知", None)
    assert mention is not None and mention.name.endswith("社区服务创新案例大奖赛")
    mention = find_series(None, "某县首届志愿服务项目竞演在县文化中心落幕。")
    assert mention is not None and mention.name == "某县志愿服务项目竞演"


def test_a_round_of_the_contest_or_its_awarding_ends_the_name():
    # 初赛 is a round, like 决赛; 评出 says what the contest did; a venue may take a long name after 在.
    mention = find_series(None, "某区第三届社区治理微项目路演活动初赛在区志愿服务项目孵化基地举行。")
    assert mention is not None and "初赛" not in mention.name and "中心" not in mention.name
    assert find_series("社区微治理创意赛评出一二三等奖", None) is None


def test_a_verb_or_a_count_of_winners_before_the_papers_own_place_opens_no_name():
    mention = find_series("我县三个项目市社区公益服务项目大赛中获奖", None)
    assert mention is None or not mention.name.startswith(("三个", "我县"))
    mention = find_series(None, "为挖掘和推广我县优秀社区工作法(治理经验)评选,某办开展了推选。")
    assert mention is None or "我县" not in mention.name


def test_a_headlines_bare_province_is_the_place_the_story_names_with_the_edition():
    title = "我市两个项目省社区公益创投大赛中获奖"
    text = "本报讯 近日,浙江省第三届社区公益创投大赛结果揭晓,我市推荐的两个项目获奖。"
    mention = in_full(find_series(title, None), title, text)
    assert mention.ordinal == "第三届"
    assert series_key(mention.name) == series_key("浙江省社区公益创投大赛")


def test_the_awards_of_a_contest_and_the_winners_before_entering_it_are_no_words_of_its_name():
    mention = find_series("第三届某市社区公益创业大赛奖项揭晓", None)
    assert mention is not None and mention.name.endswith("公益创业大赛")
    mention = find_series("某省三地入选全国“平安乡村”典型案例", None)
    assert mention is not None and not mention.name.startswith("某省")
    assert "入选" not in mention.name


def test_a_province_written_bare_before_the_ordinal_opens_the_name():
    mention = find_series("浙江首届社区志愿服务项目大赛获奖名单出炉", None)
    assert mention is not None and mention.printed.startswith("浙江")
    # Not a word that only ends like one: 开展首届… has no place.
    mention = find_series("区文明办开展首届社区志愿服务项目大赛", None)
    assert mention is not None and not mention.printed.startswith("开展")


def test_a_venture_philanthropy_round_is_a_competition_head():
    text = "“携手同行 共创美好”第五届某区社区公益创投评审会召开。"
    mention = find_series(None, text)
    assert mention is not None and mention.name.endswith("社区公益创投")


def test_the_reply_that_confirms_a_provinces_pilot_zones_names_them():
    mention = honour_series("近日,某省民政厅发布关于确认全省社区治理创新实验区的批复,全省20个县(市、区)入选。")
    assert mention is not None and mention.name.endswith("社区治理创新实验区")


def test_the_other_kinds_chosen_after_the_first_head_noun_are_no_words_of_the_name():
    assert canonical_series("2024年法治创新案例、人物、成果") == canonical_series("法治创新案例")


def test_a_colleges_own_numbered_contest_is_not_a_national_one_the_story_names():
    title = "某某学院第五届“社会治理案例大赛”征集通知"
    text = "学院已连续举办四届“社会治理案例大赛”校赛,并两次组队参加“中国大学生社会治理案例大赛”全国赛。"
    mention = in_full(find_series(title, None), title, text)
    assert mention.name == "社会治理案例大赛"
    assert canonical_series("中国大学生社会治理案例大赛").startswith("中国大学生")


def test_a_team_taking_part_is_no_word_of_the_contest_name():
    mention = find_series("我院团队参加浙江省高校公共管理案例分析大赛获佳绩", None)
    assert mention is not None and "参加" not in mention.name and "团队" not in mention.name


def test_the_body_that_made_results_known_is_no_word_of_the_name():
    mention = find_series("近日,甲省民政厅揭晓了2024年全省社区服务优秀案例,20个案例脱颖而出", None)
    assert mention is not None and series_key(mention.name) == series_key("社区服务优秀案例")


def test_a_headlines_bare_city_level_is_the_city_the_story_is_about():
    title = "市社会治理创新项目评选结果出炉"
    text = ("本报讯 近日,绍兴市社会治理创新项目评选结果出炉,10个项目获评优秀。"
            "绍兴市委政法委有关负责人介绍,评选共收到申报项目50个。")
    mention = in_full(find_series(title, None), title, text)
    assert series_key(mention.name) == series_key("绍兴市社会治理创新项目")


def test_a_quarter_of_the_year_is_no_edition():
    mention = find_series("2024年第二季度全国社区服务创新案例发布", None)
    assert mention is not None and mention.ordinal is None
    assert series_key(mention.name) == series_key("全国社区服务创新案例")


def test_bodies_that_jointly_select_before_the_name_are_no_words_of_it():
    mention = find_series("甲报社和乙大学研究中心联合评选 2019年度社区工作十大创新案例揭晓", None)
    assert mention is not None and "联合" not in mention.name and "报社" not in mention.name


def test_a_year_set_off_by_a_dot_and_the_contests_entries_are_no_words_of_the_name():
    assert canonical_series("2022·某市·某区社区公益项目大赛") == canonical_series("某市·某区社区公益项目大赛")
    assert canonical_series("某县新时代文明实践公益创投大赛项目") == canonical_series("某县新时代文明实践公益创投大赛")


def test_the_times_a_place_won_a_prize_are_no_edition_of_it():
    mention = find_series(None, "甲市荣获“全国平安城市”称号,第三次捧得“长安杯”。")
    assert mention is None or mention.ordinal is None


def test_what_the_confirmed_places_went_through_is_no_word_of_the_designation():
    mention = honour_series("甲省民政厅印发《关于确认第一批全省社区治理创新实验区通过结项验收的通知》。")
    assert mention is not None and mention.name.endswith("社区治理创新实验区")


def test_the_tier_a_contest_chose_after_its_head_noun_is_no_word_of_its_name():
    mention = find_series("甲省第二届社区公益创投大赛“十佳项目”出炉", None)
    assert mention is not None and mention.name.endswith("公益创投大赛")


def test_a_years_list_of_title_holders_names_the_title_not_a_level_list_or_a_particle_before_its_place():
    text = ("近日，省委组织部、南平市委组织部先后公布了2022年度乡村振兴示范党支部名单，邵武市共有5个党支部入选。"
            "其中，甲村党支部、乙村党支部入选全省乡村振兴示范党支部，丙村党支部入选南平市乡村振兴示范党支部。")
    facts = parse_announcement("我市5个党支部获评乡村振兴示范党支部", text, None)
    assert facts.announcement["series"] == "乡村振兴示范党支部"


def test_a_particle_before_a_place_is_no_part_of_it():
    text = "日前，市委组织部公布了2022年度乡村振兴示范党支部名单，甲村党支部入选九江市乡村振兴示范党支部。"
    assert in_full(honour_series(text), None, text).name == "九江市乡村振兴示范党支部"


def test_a_place_right_after_the_verb_that_holds_the_competition_is_part_of_its_name():
    text = "记者获悉，团市委、市文明办将共同举办常州市首届青年志愿服务项目大赛，3月启动。"
    facts = parse_announcement("我市将举办首届青年志愿服务项目大赛", text, None).announcement
    assert facts["series"] == "常州市青年志愿服务项目大赛" and facts["edition"] == 1


def test_a_street_that_runs_its_own_numbered_contest_is_part_of_its_name_but_not_as_a_headlines_subject():
    text = "本报讯 11月5日下午，南园街道第二届社区治理创新项目大赛正式启动，面向辖区征集项目。"
    facts = parse_announcement("南园第二届社区治理创新项目大赛启动", text, None).announcement
    assert facts["series"] == "南园街道社区治理创新项目大赛"
    text = "本报讯 2月10日，南园街道举办2025年度“微心愿”优秀案例展示活动，12个案例参加展示。"
    facts = parse_announcement("南园街道举办2025年度“微心愿”优秀案例展示", text, None).announcement
    assert facts["series"] == "微心愿优秀案例"


def test_units_listed_for_a_years_title_name_the_title():
    text = "近日，据应急管理部网站公示，我市甲镇乙社区等4个社区被公示为2021年度全国综合减灾示范社区。"
    assert honour_series(text).name == "全国综合减灾示范社区"


def test_a_venture_philanthropy_round_is_a_competition_and_a_bodys_clause_is_not_a_name():
    text = "近日，无锡市2021年度公益创投活动正式启动，面向全市社会组织公开征集公益项目。"
    facts = parse_announcement("无锡市启动2021年度公益创投活动", text, None).announcement
    assert facts["series"] == "无锡市公益创投"
    from crawler.parse.series import names_a_competition
    assert not names_a_competition("区委组织部面向全区基层党组织评选基层党建优秀案例")


def test_a_headline_wrapped_inside_the_name_is_joined_when_the_words_after_the_space_end_it():
    assert find_series("鄂尔多斯市首届社区治理实践 创新项目大赛举行", None).name == "鄂尔多斯市社区治理实践创新项目大赛"
    # a space between a slogan and the competition still separates them
    assert find_series("书写治理新答卷 第三届某市社区治理创新案例发布", None).name == "某市社区治理创新案例"


def test_a_quote_numbering_a_place_s_contest_after_a_brand_and_a_year_names_the_place_s_contest():
    text = ("由某区民政局主办的“益行动·2021——龙华区第二届社区公益项目大赛”于近期启动项目申报，"
            "面向辖区社会组织征集项目。")
    facts = parse_announcement("关于开展公益项目申报的通知", text, None).announcement
    assert facts["series"] == "龙华区社区公益项目大赛" and facts["edition"] == 2
    # with no place before the ordinal, the words before it (a brand) stay the name's
    assert quoted_series("推出“楚行——首届湖北社区治理创新案例”评选。").name.startswith("楚行")


def test_a_headline_or_lead_that_holds_a_contest_names_it_but_not_how_many_editions_were_held():
    headline = "党旗飘扬丨某街道开展党建引领小区治理创新项目擂台赛"
    assert find_series(headline, None).name == "党建引领小区治理创新项目擂台赛"
    assert lead_series("区社工委、区民政局于6月1日至8月8日举办了南山区社区公益项目提案大赛。").name \
        == "南山区社区公益项目提案大赛"
    assert lead_series("8月1日，在2023年孝感市新时代文明实践志愿服务项目大赛现场，选手登台讲述。").name \
        == "孝感市新时代文明实践志愿服务项目大赛"
    assert lead_series("2012年以来，我市连续开展了四届公益创投活动，累计投入2000万元。") is None


def test_a_clause_opening_with_you_is_no_name():
    from crawler.parse.series import names_a_competition
    assert not names_a_competition("由某省委网信办组织评选")


def test_a_batch_of_titles_listed_together_and_a_nationwide_batch_after_a_verb_are_named_whole():
    text = "近日，省民政厅、省委组织部联合确定了第二批基层治理示范街道(乡镇)、社区名单。"
    assert find_series(None, text).name == "基层治理示范街道(乡镇)、社区"
    mention = find_series(None, "各地深入开展创建全国第二批“枫桥式司法所”活动。")
    assert series_key(mention.name) == series_key("全国枫桥式司法所") and mention.ordinal == "第二批"


def test_what_an_award_is_the_first_of_is_not_its_name():
    from crawler.parse.series import names_a_competition
    assert not names_a_competition("国内省级层面第一个改革奖")


def test_a_phrase_pointing_at_a_contest_or_its_object_is_not_its_name():
    from crawler.parse.series import names_a_competition
    assert not names_a_competition("闵行这场创意设计大赛")
    assert not names_a_competition("对某市政务新媒体评选活动")


def test_two_contests_run_as_one_are_named_across_the_ji_that_joins_them():
    mention = lead_series("11月5日，某某市青少年服务项目暨社会工作者技能大赛决赛在市体育馆落幕。")
    assert mention.name == "某某市青少年服务项目暨社会工作者技能大赛"
    # a forum joined to a selection is still an event of its own, and the selection is what follows it
    assert lead_series("2023年某市公益创投大赛展演暨义工节启动仪式举行。").name == "某市公益创投大赛"


def test_the_projects_chosen_and_the_scene_of_an_event_end_a_name():
    # 获选项目 are those a selection chose; 现场路演 is an event of it
    text = "论坛开幕式上，对第二届某某城市更新“最佳实践”获选项目进行了表彰，入选项目共30个。"
    assert find_series(None, text).name == "某某城市更新最佳实践"
    headline = "5月8日，区民政局举行2024年度某区公益服务优秀项目及案例现场路演活动"
    assert event_series(headline).name == "某区公益服务优秀项目及案例"


def test_how_a_contest_calls_for_entries_is_no_name():
    from crawler.parse.series import names_a_competition
    assert not names_a_competition("项目公开征集")


def test_a_headline_reporting_a_title_won_names_the_title():
    headline = "某某区两个街道荣膺“全国社区治理先行示范单位”称号"
    assert honour_series(headline, headline=True).name == "全国社区治理先行示范单位"
    # in the body, a title a place holds is not the story's designation
    assert honour_series("该街道曾荣膺“全国社区治理先行示范单位”称号，今年又获新荣誉。") is None


def test_no_name_from_a_scrambled_mirror_s_junk_a_verb_clause_or_a_purpose():
    from crawler.parse.series import names_a_competition
    # a mirror strews ASCII junk between words; an ASCII " in it is no opening quote
    text = '各单位:\n" k, D7 w2 [5 x1 p* }4 b6 @( a经研究，“第三届(2015)某某社工年会”定于1月举行。'
    assert find_series(None, text) is None
    assert not names_a_competition("我县出台了某某局公益创投活动")  # 了 closes a verb: a clause
    assert not names_a_competition("进一步发挥先进典型")  # the purpose a notice states


def test_a_title_ranked_ten_best_may_fold_to_three_characters():
    assert find_series("某镇开展“十佳调解员”评选活动", None).name == "调解员评选活动"


def test_a_quoted_title_of_the_most_admired_is_a_selection_s_name():
    # (全省 after the year is dropped as it is anywhere: R6)
    assert find_series("2019年全省“最美社区工作者”揭晓", None).name == "最美社区工作者"


def test_youth_and_women_s_posts_are_titles_conferred_and_their_star_grade_is_a_tier():
    text = "经逐级复核、社会公示，决定认定某某市公安局交警支队等512个集体为“二星级全国青年文明号”。"
    assert honour_series(text).name == "全国青年文明号"


def test_a_short_name_the_story_defines_is_read_in_full_with_the_short_name_s_edition():
    text = ("两年一届的某某国际社区治理创新奖，简称某某奖，由某市政府主办。"
            "第三届“某某奖”颁奖活动将于下月举行。")
    mention = in_full(SeriesMention("某某奖", "某某奖", 0, 3, None), "第三届“某某奖”将颁奖", text)
    assert mention.name == "某某国际社区治理创新奖" and mention.ordinal == "第三届"


def test_a_contest_named_right_after_the_bodies_that_hold_it_is_the_story_s():
    text = ("5月9日，一场别开生面的比拼在社区中心上演。"
            "由某某区委社会工作部、某某区民政局联合主办的某某区社区微更新大赛上，20个项目轮番路演。")
    assert event_series(text).name == "某某区社区微更新大赛"
    # one someone started elsewhere, said in passing without 由, is another's
    assert event_series("活动现场气氛热烈。2004年在伦敦发起的世界城市更新奖也在稳步发展。") is None


def test_a_headline_reporting_an_unquoted_title_won_names_it_even_won_again():
    assert honour_series("某某市某区连续五年荣获全国政务公开先进单位", headline=True).name == "全国政务公开先进单位"
    assert honour_series("某某市被命名为自治区平安市", headline=True).name == "自治区平安市"
    # in the body, 连续…荣获 is a record of honours held
    assert honour_series("某区连续五年荣获全国政务公开先进单位。") is None


def test_a_selection_joined_to_a_forum_s_edition_is_named_without_its_regional_round():
    text = "5月8日，全国某某治理高峰论坛第五届暨全国大学生社区治理竞赛华东地区选拔赛在某某大学举办。"
    mention = find_series(text, None)
    assert mention.name == "全国大学生社区治理竞赛" and mention.ordinal is None


def test_a_year_s_whole_district_before_a_name_is_no_place():
    text = "日前，自治区民政厅公布2024年全区社会组织优秀案例，共评出30个案例。"
    mention = in_full(lead_series(text), None, text)
    assert mention.name == "社会组织优秀案例"


def test_a_quoted_most_admired_title_alone_may_be_one_kind_among_others_chosen():
    text = "共评选出2018年度全省优秀社会工作案例和服务项目各10个、“最美社工”9名。"
    assert quoted_series(text) is None


def test_a_step_of_a_designation_after_the_title_is_no_part_of_its_name():
    assert canonical_series("全国民主法治示范村(社区)复核") == "全国民主法治示范村(社区)"
    assert series_key("全国文明城市入围") == series_key("全国文明城市")
    assert series_key("全国和谐社区建设示范单位创建活动") == series_key("全国和谐社区建设示范单位")
    # (a brand's 创建 after words that are not a title's stays: 品牌社会组织创建)
    assert canonical_series("某市品牌社会组织创建") == "某市品牌社会组织创建"


def test_a_showing_joined_to_a_call_keeps_them_apart():
    text = "4月1日，某街道召开2019年公益创投成果分享暨2020年公益创投项目征集发布会。"
    mention = lead_series(text) or find_series(None, text)
    assert mention is None or "暨" not in mention.name


def test_a_quoted_tier_alone_after_an_ordinal_names_nothing_and_a_mark_opens_no_name():
    mention = find_series("某某省首届“十佳”村规民约(居民公约)网络投票启动", None)
    assert mention is None or mention.name not in ("某某省", "")
    assert canonical_series("!某某市某区公益创投大赛") == "某某市某区公益创投大赛"
