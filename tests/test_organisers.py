"""Organisers and roles from the ways announcements say it."""

from crawler.parse.organisers import canonical_organisation, find_organisers


def pairs(text, **kw):
    return [(o.name, o.role) for o in find_organisers(text, **kw)]


def test_guidance_then_joint_organisation_with_a_bare_subunit():
    text = ("本次评选活动在上海市精神文明建设委员会办公室、上海市人民政府发展研究中心指导下，由上海交通大学"
            "中国城市治理研究院、国际与公共事务学院和人民网上海频道联合组织开展。")
    assert pairs(text) == [
        ("上海市精神文明建设委员会办公室", "guide"), ("上海市人民政府发展研究中心", "guide"),
        ("上海交通大学中国城市治理研究院", "organiser"), ("上海交通大学国际与公共事务学院", "organiser"),
        ("人民网上海频道", "organiser")]


def test_chain_of_roles_in_one_sentence():
    text = ("活动由中共杭州市委政法委指导，杭州日报社主办，浙江工业大学公共管理学院承办，某某科技公司协办，"
            "钱江晚报提供媒体支持。")
    assert pairs(text) == [("中共杭州市委政法委员会", "guide"), ("杭州日报社", "organiser"),
                           ("浙江工业大学公共管理学院", "host"), ("某某科技公司", "co-organiser"),
                           ("钱江晚报", "supporter")]


def test_joint_list_with_lian_he_and_parenthesised_second_name():
    text = ("在中共上海市委组织部(中共上海市社会工作委员会)的指导下，A市研究中心、B市干部学院联合C日报社连续三年"
            "组织开展案例征集活动，D银行提供全程支持。")
    assert pairs(text) == [("中共上海市委组织部", "guide"), ("A市研究中心", "organiser"),
                           ("B市干部学院", "organiser"), ("C日报社", "organiser"), ("D银行", "supporter")]


def test_labelled_lines():
    text = "指导单位：广东省民政厅\n主办单位：南方日报社、广州大学\n承办单位：南方+客户端"
    assert pairs(text) == [("广东省民政厅", "guide"), ("南方日报社", "organiser"), ("广州大学", "organiser"),
                           ("南方+客户端", "host")]


def test_names_with_and_inside_are_not_split():
    text = "该奖项由广州市人民政府、世界城市和地方政府组织共同发起。"
    assert pairs(text) == [("广州市人民政府", "organiser"), ("世界城市和地方政府组织", "organiser")]


def test_phrases_that_are_not_organisations_are_ignored():
    text = "期待评选为上海的城市数字化转型提供经验支持，发挥示范指导作用。"
    assert pairs(text) == []


def test_canonical_names():
    assert canonical_organisation("上海市委组织部") == "中共上海市委组织部"
    assert canonical_organisation("中国经济信息社") == "新华社中国经济信息社"
    assert canonical_organisation("北京市委社会工委") == "中共北京市委社会工作委员会"


def test_roles_written_before_the_names_and_support_under():
    text = "本次评选的指导单位为甲市文明办，主办单位为甲市民政局、甲市日报社。在甲市财政局的大力支持下，活动顺利开展。"
    assert pairs(text) == [("甲市文明办", "guide"), ("甲市民政局", "organiser"), ("甲市日报社", "organiser"),
                           ("甲市财政局", "supporter")]


def test_lists_ending_in_deng_danwei_and_names_containing_lianhe():
    text = "活动在甲市民政局、乙市民政局等单位指导下，由中华全国妇女联合会主办。"
    assert pairs(text) == [("甲市民政局", "guide"), ("乙市民政局", "guide"), ("中华全国妇女联合会", "organiser")]


def test_ziyou_is_not_the_word_you():
    text = "活动由中国(上海)自由贸易试验区管理委员会主办。"
    assert pairs(text) == [("中国(上海)自由贸易试验区管理委员会", "organiser")]


def test_bare_district_names_take_the_place_of_the_others():
    text = "评选由徐汇区社区治理工作领导小组办公室主办，区民政局、区社会组织服务中心承办，区委组织部指导。"
    assert pairs(text) == [("徐汇区社区治理工作领导小组办公室", "organiser"), ("徐汇区民政局", "host"),
                           ("徐汇区社会组织服务中心", "host"), ("中共徐汇区委组织部", "guide")]


def test_a_bracket_never_closed_does_not_swallow_the_text():
    text = "本届评选（因故推迟" + "，说明" * 30 + "。活动由甲市民政局主办，乙市日报社承办。"
    assert pairs(text) == [("甲市民政局", "organiser"), ("乙市日报社", "host")]


def test_partner_who_made_the_book_with_its_maker_is_co_organiser():
    # the maker named elsewhere (组织编写); the partner is a Shanghai district, so it takes 上海市
    text = ("《社区微更新实践》是某某大学城市研究院组织编写的丛书之一。2020年起，城市研究院和徐汇区经过多次沟通，"
            "提出了本书的编写设想。上海的城市更新由此得到总结。")
    assert pairs(text, book=True) == [("某某大学城市研究院", "organiser"), ("上海市徐汇区", "co-organiser")]


def test_joint_making_phrasings():
    about_shanghai = "上海各区的实践由此得到总结。"
    for phrase in ("与浦东新区合作编写的《社区治理案例》近日出版。", "同浦东新区共同策划了这套丛书。",
                   "和浦东新区联合编撰《社区治理案例》。", "与上海市浦东新区合作出版《社区治理案例》。"):
        text = "近日，某某大学公共管理学院" + phrase + about_shanghai
        expected = [("某某大学公共管理学院", "organiser"), ("上海市浦东新区", "co-organiser")]
        assert pairs(text, book=True) == expected, phrase
    assert pairs("上海市民政局与某某出版社合作出版《社区工作手册》。", book=True) == [
        ("上海市民政局", "organiser"), ("某某出版社", "co-organiser")]


def test_partner_rule_keeps_to_what_it_can_name():
    # a bare district not in Shanghai data, or a text not about Shanghai: no city to give it, no partner
    assert pairs("南京某某学院与鼓楼区共同策划了这套丛书。", book=True) == []
    assert pairs("研究院与金山区合作编写了这本书。", book=True) == []
    # a district with its city is named as printed; joint authors of the book are both its organisers, in the
    # order the text names them (the district is a party of the list before 联合编著)
    assert pairs("杭州市上城区与浙江大学公共管理学院联合编著《基层治理新实践》。", book=True) == [
        ("杭州市上城区", "organiser"), ("浙江大学公共管理学院", "organiser")]
    # a book merely cited in another announcement gives it no organisers
    text = "最近市政府发展研究中心与中国城市治理研究院正合作编写《新时代城市治理之路》一书。"
    assert pairs(text) == []
    # people, not bodies, doing something together
    assert pairs("区委书记和区长出席会议，共同推出新举措。上海", book=True) == []


def test_labels_run_on_in_one_line():
    text = "指导单位：福建省民政厅；主办单位：福建日报社，承办单位：厦门大学公共事务学院。"
    assert pairs(text) == [("福建省民政厅", "guide"), ("福建日报社", "organiser"), ("厦门大学公共事务学院", "host")]


def test_subunit_names_with_yu_and_less_common_endings():
    text = ("大赛由江西省社科联、江西省科协主办，南昌大学人文与社会学院承办，江西省城市治理研究基地协办。")
    assert pairs(text) == [("江西省社科联", "organiser"), ("江西省科协", "organiser"),
                           ("南昌大学人文与社会学院", "host"), ("江西省城市治理研究基地", "co-organiser")]


def test_support_received_and_a_bare_zuzhi():
    text = "评选由太原市民政局组织，山西大学哲学社会学院承办，活动得到了山西省社会科学院的学术支持。"
    assert pairs(text) == [("太原市民政局", "organiser"), ("山西大学哲学社会学院", "host"),
                           ("山西省社会科学院", "supporter")]
    # 组织 as a noun ending a clause names no organiser
    assert pairs("申报对象：全市各街道、社区及相关社会组织。本市各类公益组织") == []


def test_lists_with_bracketed_second_names_names_holding_he_and_a_bare_zhichi():
    text = ("活动由南方日报社（南方+）和广州市社会工作协会联合主办，广东省民政厅及广东省人力资源和社会保障厅指导，"
            "暨南大学公共管理学系支持。")
    assert pairs(text) == [("南方日报社", "organiser"), ("广州市社会工作协会", "organiser"),
                           ("广东省民政厅", "guide"), ("广东省人力资源和社会保障厅", "guide"),
                           ("暨南大学公共管理学系", "supporter")]
    assert pairs("北京市民政局与首都师范大学（以下简称“首师大”）决定联合开展评选，某基金会提供公益支持。") == [
        ("北京市民政局", "organiser"), ("首都师范大学", "organiser"), ("某基金会", "supporter")]
    # 媒体支持 in a labelled list stops at the sentence's end
    assert pairs("媒体支持：东方网、解放日报。活动面向全市征集案例。")[-1] == ("解放日报", "supporter")


def test_role_given_as_a_noun_after_the_names():
    text = ("评选以甲省委宣传部、甲省民政厅为指导单位，甲省日报社作为主办单位，乙城新闻网为承办单位，"
            "东海每日电讯提供媒体支持。")
    assert pairs(text) == [("中共甲省委宣传部", "guide"), ("甲省民政厅", "guide"), ("甲省日报社", "organiser"),
                           ("乙城新闻网", "host"), ("东海每日电讯", "supporter")]


def test_page_furniture_before_a_name_is_not_part_of_it():
    assert pairs("【本报讯】东海杂志举办第二届城市创新奖评选，今日公布名单。") == [("东海杂志", "organiser")]
    assert pairs("▲《东海杂志》主办的「城市创新奖」，本县两个项目获奖。") == [("东海杂志", "organiser")]


def test_adverbs_between_the_name_and_the_verb():
    assert pairs("4月8日，由市城建工作党委精心主办的青年治理创新大赛落幕。") == [("市城建工作党委", "organiser")]


def test_zuzhi_left_over_from_a_verb_is_not_a_name():
    text = "该奖由甲大学政治研究中心、乙大学治理研究院联合组织发起。"
    assert pairs(text) == [("甲大学政治研究中心", "organiser"), ("乙大学治理研究院", "organiser")]


def test_founders_are_history_once_the_text_names_who_runs_it_now():
    founded = "该奖于2001年由甲市政策研究中心和乙大学治理研究所联合创办"
    assert pairs(founded + "，从第四届起由丙大学地方治理研究中心主办。") == [("丙大学地方治理研究中心", "organiser")]
    # with no one else named, the founders are its organisers
    assert pairs(founded + "，每两年评选一次。") == [
        ("甲市政策研究中心", "organiser"), ("乙大学治理研究所", "organiser")]


def test_a_body_that_opens_a_clause_and_launches_a_selection_organises_it():
    assert pairs("丁省社会工作办公室于去年年底启动第二届社区创新项目评选活动。") == [
        ("丁省社会工作办公室", "organiser")]
    assert pairs("3月2日，戊市民政局、戊市文明办以“邻里同心”为主题，举办社区治理优秀案例发布会。") == [
        ("戊市民政局", "organiser"), ("戊市文明办", "organiser")]
    assert pairs("2024年，己大学数字治理实验室面向全国各级政府部门征集数字政府优秀案例，共收到300份材料。") == [
        ("己大学数字治理实验室", "organiser")]
    # partners and a doubled comma between the body and what it launched
    assert pairs("庚智库携手十位专家学者共同评审,,推出了“年度基层治理十大案例”。") == [("庚智库", "organiser")]
    assert pairs("交通运输部经逐级推荐和社会公示，决定命名100条线路为第二批示范线路。") == [("交通运输部", "organiser")]
    assert pairs("案例：辛省信息学会开展典型案例评选。") == [("辛省信息学会", "organiser")]


def test_what_a_body_does_that_is_not_launching_a_selection():
    # work that is not a selection; a body taking part in another's selection
    assert pairs("辛区民政局开展走访调研，推出便民新举措。") == []
    assert pairs("壬街道办事处开展案例征集，推荐3个项目参加全市评选。") == []
    # a statement about the body, not one it makes (介绍), and a verb past the sentence's end
    assert pairs("甲大学公共管理学院介绍，开展案例评选十分必要。") == []
    assert pairs("推进共建共治新格局。主办单位将展示参选案例。") == []
    # 由 opens a list read by the role word, not a body's name
    assert pairs("由甲市社会组织促进会主办的优秀案例征集启动。") == [("甲市社会组织促进会", "organiser")]


def test_a_sector_of_a_consultative_body_and_a_bare_district_office():
    text = "上周末，甲区政协社会治理界别、区民政局共同主办的邻里服务大赛总决赛在甲区文化馆举行。"
    assert pairs(text) == [("甲区政协社会治理界别", "organiser"), ("甲区民政局", "organiser")]


def test_a_wire_dateline_before_the_launching_body_is_not_its_name():
    text = "某某网北京5月15日电（记者 张某）民政部近日启动全国社区治理案例征集。"
    assert pairs(text) == [("民政部", "organiser")]


def test_cooperative_and_co_built_words_stay_inside_one_name():
    # 协同 is not a joiner, and the sector word 社会组织 ends no name: one centre, not three pieces
    text = "由甲学会、科技部-乙省省校共建社会组织与基层治理协同发展中心共同主办的案例征集启动。"
    assert pairs(text) == [("甲学会", "organiser"), ("科技部-乙省省校共建社会组织与基层治理协同发展中心", "organiser")]
    # 同 between two whole names still joins them
    assert pairs("丙市民政局同丙市文明办主办。") == [("丙市民政局", "organiser"), ("丙市文明办", "organiser")]


def test_the_place_an_event_was_held_is_not_its_organiser():
    text = "5月8日，第二届社区创新案例征集启动仪式在丁区党群服务中心举办。本次活动由丁区委社会工作部主办。"
    assert pairs(text) == [("中共丁区委社会工作部", "organiser")]
    # 由 before the venue still names who held it
    assert pairs("大赛决赛由己市社会工作协会在己市会展中心举办。") == [("己市社会工作协会", "organiser")]
    # 在 still opens the guide of 在…指导下
    assert pairs("在戊市民政局指导下，戊市社工协会主办评选。") == [
        ("戊市民政局", "guide"), ("戊市社工协会", "organiser")]


def test_bodies_filling_a_clause_before_the_one_that_launches_the_selection():
    text = "今年春季，甲市城市更新工作办公室联合甲市建筑学会和甲市物业管理协会，组织开展社区微更新优秀案例评选。"
    assert pairs(text) == [("甲市城市更新工作办公室", "organiser"), ("甲市建筑学会", "organiser"),
                           ("甲市物业管理协会", "organiser")]
    # 以…为主线 before a launch in the next clause
    assert pairs("乙干部学院和乙日报社决定以“基层减负”为主线，面向全省开展首届治理创新案例征集。") == [
        ("乙干部学院", "organiser"), ("乙日报社", "organiser")]


def test_bodies_that_present_cases_do_not_organise_the_selection():
    assert pairs("丙区阳光社会工作服务中心和丙区和美社会工作服务中心开展了优秀案例路演。") == []
    # an event that both releases the winners and trains staff is still the organisers' own
    assert pairs("丁省民政厅举办十佳创新案例发布暨基层干部培训会。") == [("丁省民政厅", "organiser")]


def test_offices_after_a_placed_name_share_its_place():
    text = "即日起，甲区网格办、社区办、小区办与甲城晚报社联合开展社区治理创新案例征集。"
    assert pairs(text) == [("甲区网格办", "organiser"), ("甲区社区办", "organiser"), ("甲区小区办", "organiser"),
                           ("甲城晚报社", "organiser")]
    # a name that brings its own place, or one that is not a bare office, keeps its own
    assert pairs("乙市民政局、丙县财政局和丁大学主办。") == [
        ("乙市民政局", "organiser"), ("丙县财政局", "organiser"), ("丁大学", "organiser")]
    # 社区 is a word, not a place to share
    assert pairs("中国社区营造协会、民政局主办。") == [("中国社区营造协会", "organiser"), ("民政局", "organiser")]


def test_a_ranking_credited_to_bodies_that_put_it_out():
    text = "“甲城口碑榜”是甲城晚报、甲城晚报治理研究院（东区分院）推出的年度评价产品。"
    assert pairs(text) == [("甲城晚报", "organiser"), ("甲城晚报治理研究院", "organiser")]
    # a product that is no selection, and 推出的 without a subject before it
    assert pairs("这款小程序是乙科技公司推出的服务工具。") == []
    assert pairs("今年乙市民政局推出的新举措受到欢迎。") == []
    # 是 also opens a list closed by 主办
    assert pairs("该大赛是丙省民政厅和丙省社工协会联合主办的。") == [
        ("丙省民政厅", "organiser"), ("丙省社工协会", "organiser")]


def test_a_bare_level_before_names_is_no_place_to_share():
    # 市城市更新中心 is the city's 城市更新中心: neither 市城市 nor 城市 is a place the other 市 names take
    text = "由市委统战部、市城市更新中心指导，市物业协会主办，市社区发展基金会承办。"
    assert pairs(text) == [("市委统战部", "guide"), ("市城市更新中心", "guide"), ("市物业协会", "organiser"),
                           ("市社区发展基金会", "host")]
    assert pairs("城市规划学会、区住建委联合主办。") == [("城市规划学会", "organiser"), ("区住建委", "organiser")]


def test_guidance_of_a_bodys_everyday_work_names_no_guide():
    text = "多年来，在乙区住建委的悉心指导下，丙街道持续推进老旧小区改造，居民满意度明显提高。"
    assert pairs(text) == []
    # guidance of an event is still read
    assert pairs("在乙区住建委的指导下，丙街道开展了社区微更新评选。") == [
        ("乙区住建委", "guide"), ("丙街道", "organiser")]


def test_roles_of_a_conference_that_is_not_the_competition():
    text = ("4月9日，2025某省网络传播年会在某市召开。本次年会由某省委网信办指导，某省报业集团主办，某新闻网承办。"
            "会上回顾了去年揭晓的社会治理十佳案例。")
    assert pairs(text) == []
    # a ceremony or release of the selection is its own event
    assert pairs("本届颁奖大会由丁市民政局主办。") == [("丁市民政局", "organiser")]
    assert pairs("2025基层治理创新案例发布大会由戊日报社主办。") == [("戊日报社", "organiser")]


def test_a_body_that_made_something_other_than_the_competition():
    # the winners' own projects, listed with the bodies that ran them
    assert pairs("获奖项目包括甲署推出的长者陪诊计划、乙局举办的海洋科普展及丙队的救援演练。") == []
    # …but what they made may be the selection itself, or an event of it
    assert pairs("由丙市民政局举办的“社区之星”评选今天揭晓。") == [("丙市民政局", "organiser")]
    assert pairs("由丁市总工会主办的颁奖典礼上，十个项目获奖。") == [("丁市总工会", "organiser")]


def test_a_body_that_holds_the_ceremony_or_the_contest():
    assert pairs("《某某周刊》十五日举行第二届“城市创新奖”颁奖典礼。") == [("某某周刊", "organiser")]
    assert pairs("为此，丁大学拟于2026年5月在丁市举行第三届高校治理案例大赛。") == [("丁大学", "organiser")]
    # 举行 of something that selects nothing makes no organiser, nor does a clause that only holds a time word
    assert pairs("戊区民政局举行座谈会。") == []
    assert pairs("新一届评选昨日假某会议中心举行颁奖礼。") == []


def test_roles_as_section_headings_with_names_below():
    text = ("一、大赛主办单位\n\n戊大学\n\n二、大赛承办单位\n\n戊大学公共管理学院\n戊大学城市研究中心\n\n"
            "三、参赛对象\n\n全日制本科生")
    assert pairs(text) == [("戊大学", "organiser"), ("戊大学公共管理学院", "host"), ("戊大学城市研究中心", "host")]
    # the list ends at the first line that is not only names
    assert pairs("（二）协办单位：\n己市社工协会\n本次大赛分初赛和决赛两个阶段。") == [("己市社工协会", "co-organiser")]


def test_a_media_outlets_own_brand_is_a_name():
    text = "由某城日报主办，某城晚报邻里e家承办的“最美楼道”寻访活动历时三月。"
    assert pairs(text) == [("某城日报", "organiser"), ("某城晚报邻里e家", "host")]
    # a person's title, a reporter or a date after an outlet's name is no brand
    assert pairs("某城电视台台长王某发起评选。") == []
    assert pairs("某城日报记者张某主办。") == []


# Round four: shapes seen on a fourth set of real pages, written here in other words.

def test_a_magazine_named_with_its_paper_keeps_its_title_marks_and_a_bare_committee_is_no_name():
    text = ("这项推选由某省志愿服务联合会、某某日报《乡村周刊》、某某新闻联合主办，组委会用半年时间征集了"
            "五百多个案例。")
    assert pairs(text) == [("某省志愿服务联合会", "organiser"), ("某某日报《乡村周刊》", "organiser"),
                           ("某某新闻", "organiser")]


def test_a_name_that_lost_characters_in_decoding_is_not_read():
    assert pairs("《某某周__》办办理二○二三城市创新奖，共有百余件方案参加。") == []


def test_an_agency_that_runs_a_prize_with_banli():
    text = "为鼓励机关创新，甲发会办理第4届「便民服务奖」，共有60个机关报名参加。"
    assert pairs(text) == [("甲发会", "organiser")]


def test_others_left_unnamed_after_deng_and_a_recent_time_before_the_verb():
    text = "甲市文旅局等部门最近组织开展了“寻找最美街巷”推选活动，经网络投票和专家评审选出二十条街巷。"
    assert pairs(text) == [("甲市文旅局", "organiser")]


def test_a_selection_started_by_the_bodies_after_you():
    text = "本轮优秀案例推选由甲部、乙部于2022年3月启动，经地方推荐和专家评审，共选出40个案例。"
    assert pairs(text) == [("甲部", "organiser"), ("乙部", "organiser")]
    # a time between the names and another role word is no part of the last name either
    assert pairs("本次评选由甲市民政局今年联合主办。") == [("甲市民政局", "organiser")]


def test_starting_or_carrying_out_work_that_is_no_selection_names_no_organiser():
    assert pairs("全年各项工作由甲局于年初启动。") == []
    assert pairs("近年来，在甲区民政局指导下，社区协商工作全面开展。") == []


def test_the_supervising_body_is_a_guide_of_the_event_only():
    text = ("由甲省法治办主管，乙法治网主办，丙报甲省记者站协办，甲省法学研究会承办的“2018年度甲省法治"
            "案例评选”启动以来，共收到案例三百余件。")
    assert pairs(text) == [("甲省法治办", "guide"), ("乙法治网", "organiser"), ("丙报甲省记者站", "co-organiser"),
                           ("甲省法学研究会", "host")]
    assert pairs("主管单位：甲省文化厅；主办单位：乙报社") == [("甲省文化厅", "guide"), ("乙报社", "organiser")]
    # who oversees a body's everyday work
    assert pairs("该协会由甲市民政局主管，现有会员三百名。") == []


def test_a_city_joined_to_other_parties_is_a_party_itself():
    text = "该奖由杭州市与国际某某城市联盟(IXU)、某某市长协会共同发起设立，每两年评选一次。"
    assert pairs(text) == [("杭州市", "organiser"), ("国际某某城市联盟", "organiser"), ("某某市长协会", "organiser")]
    assert pairs("大赛由浙江省和某某基金会联合主办。") == [("浙江省", "organiser"), ("某某基金会", "organiser")]
    # a word ending in 市 is no city, and a name holding 与 stays one name
    assert pairs("活动由城市与乡村研究会主办。") == [("城市与乡村研究会", "organiser")]


def test_hosts_of_a_forum_the_awards_were_only_given_at():
    text = ("6日，由甲信息中心和乙会展公司联合主办的“2021数字乡村发展大会”在某博览会上举行。"
            "2021数字乡村评选颁奖仪式同期举行，30个县获奖。")
    assert pairs(text) == []
    # a conference that releases the selection's results is the selection's own
    assert pairs("由甲信息中心主办的“第三届数字乡村案例发布大会”在某地举行。") == [("甲信息中心", "organiser")]


def test_a_city_web_portal_is_a_name():
    assert pairs("活动由甲市融媒体中心主办，甲城信息港协办。") == [("甲市融媒体中心", "organiser"),
                                                                ("甲城信息港", "co-organiser")]


def test_the_youth_league_committee_lends_no_place_to_the_bare_offices_after_it():
    text = "由团区委、区妇联、区教育局主办，区志愿服务联合会承办的首届某区少年公益提案大赛日前收官。"
    assert pairs(text) == [("团区委", "organiser"), ("区妇联", "organiser"), ("区教育局", "organiser"),
                           ("区志愿服务联合会", "host")]
    # a Youth League committee is no Party committee: no 中共 before it
    assert canonical_organisation("共青团某省委") == "共青团某省委"
    assert canonical_organisation("某省委") == "中共某省委"


def test_a_count_of_the_bodies_after_a_list_is_no_part_of_the_last_name():
    text = ("该奖在甲部、共青团中央和乙联合会等部委的指导下，由甲协会、乙基金会、《某某周报》社、ABC发展中心"
            "这四家机构共同发起。")
    assert pairs(text) == [("甲部", "guide"), ("共青团中央", "guide"), ("乙联合会", "guide"),
                           ("甲协会", "organiser"), ("乙基金会", "organiser"), ("某某周报社", "organiser"),
                           ("ABC发展中心", "organiser")]
    assert pairs("本届大赛由团中央、丙部等6家单位联合主办。") == [("团中央", "organiser"), ("丙部", "organiser")]


def test_a_publisher_named_after_its_title_is_read_and_shown_without_the_marks():
    # 《某刊》杂志 and 某刊杂志 are one publisher: one form, without the marks
    assert pairs("承办单位：某城日报社、《山河》杂志") == [("某城日报社", "host"), ("山河杂志", "host")]
    assert canonical_organisation("《某某晚报》社") == canonical_organisation("某某晚报社") == "某某晚报社"
    # a title inside a longer name keeps its marks
    assert canonical_organisation("某日报《某某周刊》") == "某日报《某某周刊》"
    # 求是 opens a name; it is not 是 opening a list
    assert pairs("由求是《某刊》杂志社和甲报业集团主办的“第三届某省发展论坛暨颁奖典礼”昨日举行。") == [
        ("求是《某刊》杂志社", "organiser"), ("甲报业集团", "organiser")]


def test_a_forum_joined_to_the_award_ceremony_is_the_competitions_own_event():
    assert pairs("由甲研究会主办的“2023乡村振兴论坛暨颁奖典礼”于5月2日在某市举行。") == [("甲研究会", "organiser")]
    # a forum alone, with no award or release in its name, is still another event
    assert pairs("由甲研究会主办的“2023乡村振兴论坛”于5月2日在某市举行，论坛上还公布了十佳案例。") == []


def test_the_kind_of_help_before_a_role_noun():
    text = "大赛由甲协会主办，协办方有多家，其中乙网、丙电视台新闻频道为媒体协办单位，丁报为学术支持单位。"
    assert pairs(text) == [("甲协会", "organiser"), ("乙网", "co-organiser"), ("丙电视台新闻频道", "co-organiser"),
                           ("丁报", "supporter")]


def test_the_organiser_named_as_a_person_noun():
    text = "某某治理奖第二届申报今起开始。组织者为甲研究院公共政策与法治研究中心和乙大学治理研究中心。"
    assert pairs(text) == [("甲研究院公共政策与法治研究中心", "organiser"), ("乙大学治理研究中心", "organiser")]
    assert pairs("本次评选的主办方是丙基金会。") == [("丙基金会", "organiser")]


def test_lian_he_zong_hui_is_inside_a_name():
    assert pairs("榜单由某省民政厅、某省慈善联合总会共同主办。") == [("某省民政厅", "organiser"),
                                                                   ("某省慈善联合总会", "organiser")]


def test_guidance_of_a_stated_kind():
    text = "这次征文评选在乙街道办事处的业务指导下进行，由丙社会工作服务中心主办。"
    assert pairs(text) == [("乙街道办事处", "guide"), ("丙社会工作服务中心", "organiser")]


def test_words_of_a_decision_or_a_passive_are_no_launcher():
    assert pairs("按照年度计划，决定组织开展全省社科组织优秀案例推选活动。") == []
    assert pairs("该所先后被甲部和乙联合会命名为“模范集体”，被丙部评为十佳单位。") == []


def test_a_news_sites_dateline_and_deploying_before_the_launch():
    assert pairs("某某网讯 中央某某办日前启动第四批全国某某示范创建活动，计划评出一批示范地区。") == [
        ("中央某某办", "organiser")]
    assert pairs("经批准，自2020年5月起，中央某某办部署开展全国某某示范创建评选，第一批面向县级政府。") == [
        ("中央某某办", "organiser")]


def test_a_bare_province_office_takes_the_province_the_text_signs_it_with():
    text = ("为推广好做法，省文化厅组织开展了年度优秀群众文化案例征集活动。对结果有异议的，请向某某省文化厅反映。\n"
            "某某省文化厅\n2023年5月8日")
    assert pairs("为推广好做法，省文化厅组织开展了年度优秀群众文化案例征集活动。") == [("省文化厅", "organiser")]
    # two provinces written with it: no telling which, the bare name stays
    assert pairs("省文化厅组织开展了优秀案例征集活动。抄送：甲省文化厅、乙省文化厅。")[0] == ("省文化厅", "organiser")
    text = text.replace("某某省", "河北省")
    assert pairs(text) == [("河北省文化厅", "organiser")]


def test_a_stray_comma_before_the_list_mark_keeps_the_list_whole():
    text = "本次评选由甲协会指导,,甲协会丙分会,、丁大学政府管理学院、丁大学地方治理研究所联合主办,,每年一届。"
    assert pairs(text) == [("甲协会", "guide"), ("甲协会丙分会", "organiser"), ("丁大学政府管理学院", "organiser"),
                           ("丁大学地方治理研究所", "organiser")]


def test_a_purpose_between_the_body_and_its_running_of_a_selection():
    assert pairs("某县政府为鼓励村里长推动社区营造办理绩优社区选拔，共有12个社区获奖。") == [("某县政府", "organiser")]
    # a body that works for another's selection is not its organiser
    assert pairs("甲公司为乙协会办理优秀案例评选的报名手续。") == []


def test_another_verb_of_the_names_joined_to_the_role_word():
    text = "这项推选是在甲市委宣传部指导下，由某城晚报策划、组织开展的优秀案例推选活动。"
    assert pairs(text) == [("中共甲市委宣传部", "guide"), ("某城晚报", "organiser")]


def test_the_unnamed_others_after_deng_and_partners_joined_by_lian_he():
    text = ("为加快乡村建设，甲省委网信办在某部信息化司等国家部委司局的悉心指导下,联合乙省委网信办和甲省直有关部门"
            "举办首届乡村振兴创意大赛。")
    assert sorted(pairs(text)) == sorted([("某部信息化司", "guide"), ("中共甲省委网信办", "organiser"),
                                          ("中共乙省委网信办", "organiser")])
    # 高等 is inside a name, no 等 of unnamed others
    assert pairs("大赛由高等学校某某研究会主办。") == [("高等学校某某研究会", "organiser")]
    # the words after the last partner belong to the verb
    assert pairs("丙研究院联合丁大学于今年共同启动优秀治理案例征集活动。") == [("丙研究院", "organiser"),
                                                                             ("丁大学", "organiser")]


def test_a_body_joined_to_words_that_name_none_is_still_a_body():
    assert pairs("本届大赛由区体育局和有关部门联合主办。") == [("区体育局", "organiser")]


def test_a_headed_section_with_a_stage_and_a_name_holding_de():
    text = ("四、组织机构\n（一）主办单位\n某某教育学会\n（二）联合主办单位\n面向未来的城市治理研究联盟\n"
            "（三）复赛承办单位\n某大学管理学院\n五、参赛要求\n参赛队伍须在规定的时间内提交作品。")
    assert pairs(text) == [("某某教育学会", "organiser"), ("面向未来的城市治理研究联盟", "organiser"),
                           ("某大学管理学院", "host")]
    # in running text 的 still makes a phrase, not a name
    assert pairs("大赛由面向未来的城市治理研究联盟主办。") == []


def test_this_meeting_is_the_one_the_story_said_was_held():
    text = ("3月5日至6日，第五届某某公共政策案例大赛启动会暨案例教学研讨会在甲大学举行。我院两位老师参加了会议。"
            "此次会议由乙专业学位教育指导委员会主办，甲大学承办。")
    assert pairs(text) == [("乙专业学位教育指导委员会", "organiser"), ("甲大学", "host")]
    # a meeting that speaks of no selection is still another event
    text = ("3月5日，某某教学研讨会在甲大学举行，会上公布了十佳案例。此次会议由乙专业学位教育指导委员会主办，"
            "甲大学承办。")
    assert pairs(text) == []


def test_a_name_may_open_with_dui_wai():
    assert pairs("决赛由甲大学公共管理学院主办，对外某某贸易大学公共管理学院协办。") == [
        ("甲大学公共管理学院", "organiser"), ("对外某某贸易大学公共管理学院", "co-organiser")]


def test_how_often_a_body_runs_it_is_no_part_of_its_name():
    assert pairs("该项表彰由某某部每两年举办一次。") == [("某某部", "organiser")]
    assert pairs("“某某慈善奖”评选由某某部每年举办一次。") == [("某某部", "organiser")]


def test_a_speaker_standing_for_a_body_in_a_role():
    text = "颁奖环节前，主办方代表某市文化局副局长张某致辞，承办单位代表某某社工服务中心总干事李某介绍了项目情况。"
    assert pairs(text) == [("某市文化局", "organiser"), ("某某社工服务中心", "host")]
    # a representative without a body named (only a person) names none
    assert pairs("主办方代表张某致辞。") == []


def test_long_bare_offices_after_a_place_share_it():
    text = "由某新区党群工作部、民政和社会事务局、卫生健康委、文旅局主办的第二届志愿服务项目大赛在某地举行。"
    assert pairs(text) == [("某新区党群工作部", "organiser"), ("某新区民政和社会事务局", "organiser"),
                           ("某新区卫生健康委", "organiser"), ("某新区文旅局", "organiser")]
    # a body with a province of its own or a national one keeps its name
    assert pairs("由甲区民政局、某某省统计局、国家某某总局主办的优秀案例评选揭晓。") == [
        ("甲区民政局", "organiser"), ("某某省统计局", "organiser"), ("国家某某总局", "organiser")]


def test_hong_kong_verbs_of_running_one_together():
    # 合办 (run jointly) and 策动 (initiate); a 下称 note names the short form, not another body
    assert pairs("甲事务局与乙发展局(下称「本局」)2024年合办第三届「社区义工奖」。") == [
        ("甲事务局", "organiser"), ("乙发展局", "organiser")]
    assert pairs("丙青年会与丁基金会共同策动的「少年创新奖」颁奖礼昨日举行。") == [
        ("丙青年会", "organiser"), ("丁基金会", "organiser")]


def test_support_said_as_help_given_to_the_event_or_as_backing_a_prize():
    text = "某市清洁集团、某某环保科技股份有限公司等单位和企业对本次活动给予了大力支持。"
    assert pairs(text) == [("某市清洁集团", "supporter"), ("某某环保科技股份有限公司", "supporter")]
    assert pairs("新设的「长者友善奖」由某某慈善信托基金支持推出的。") == [("某某慈善信托基金", "supporter")]


def test_a_supporting_outlet_named_by_its_title():
    assert pairs("某市经信委开展优秀案例征集，《某某科技报》作为支持媒体全程报道。") == [
        ("某某科技报", "supporter"), ("某市经信委", "organiser")]


def test_an_outlet_written_as_a_title_in_a_list_of_organisers():
    text = "5月3日，由《某某经济观察》联合甲控股集团共同主办的“青年公益创投竞赛”在某地启动。"
    assert pairs(text) == [("某某经济观察", "organiser"), ("甲控股集团", "organiser")]
    # a document's or a report's title is no outlet
    assert pairs("由《城市治理年度报告》联合甲控股集团共同主办的评选启动。") == [("甲控股集团", "organiser")]


def test_an_outlets_brand_joined_by_a_middle_dot():
    text = "日前，由某省民政厅与某城晚报·某城新闻联合开展的第二届“十佳社区工作法”评选活动启动。"
    assert pairs(text) == [("某省民政厅", "organiser"), ("某城晚报·某城新闻", "organiser")]


def test_a_founder_of_a_station_is_a_person_not_an_organiser():
    assert pairs("获评最美志愿者的是某市爱心驿站发起人王某。") == []


def test_an_events_short_name_is_no_body():
    text = "甲部、乙会共同主办某某交流会（以下简称“赛会”）。赛会举办了首届青年创业赛。"
    assert pairs(text) == [("甲部", "organiser"), ("乙会", "organiser")]


def test_a_youth_league_committee_lends_its_province_to_bare_offices():
    text = "大赛由团某某省委、省文明办、省民政厅共同主办。"
    assert pairs(text) == [("团某某省委", "organiser"), ("某某省文明办", "organiser"), ("某某省民政厅", "organiser")]
    # the city's Youth League committee (团市委) still lends no place
    assert pairs("大赛由团市委、市民政局共同主办。") == [("团市委", "organiser"), ("市民政局", "organiser")]


def test_a_bodys_short_form_after_its_full_name_is_the_same_body():
    text = "某市政府文化局举办之「城市创意竞赛」征件结束。文化局将举办工作坊，协助入选团队完善提案。"
    assert pairs(text) == [("某市政府文化局", "organiser")]
    # …but two names listed side by side are two bodies
    text = "甲学院、中国某某报社和某某报社决定面向全国开展第五届创新案例征集。"
    assert pairs(text) == [("甲学院", "organiser"), ("中国某某报社", "organiser"), ("某某报社", "organiser")]


def test_launch_after_a_notice_a_working_group_or_a_since_when():
    assert pairs("近日，某区民政局发布通知，将举办社会组织公益创新大赛。") == [("某区民政局", "organiser")]
    text = "今年以来，某区委组织部、区住建局党委成立联合工作小组，积极开展“红色物业”项目评选工作。"
    assert pairs(text) == [("中共某区委组织部", "organiser"), ("某区住建局党委", "organiser")]
    assert pairs("某某事务局自2001年起每两年举办「优质服务奖励计划」。") == [("某某事务局", "organiser")]


def test_a_meeting_held_to_give_awards_launches_nothing_else():
    text = "3月2日，某区委组织部、区住建局联合召开“2023年某区红色物业表彰大会”，授予10家企业荣誉称号。"
    assert pairs(text) == [("中共某区委组织部", "organiser"), ("某区住建局", "organiser")]
    # a meeting that gives no award is not the competition's
    assert pairs("某区住建局召开物业管理工作推进会，部署下一阶段工作。") == []


def test_entries_reported_by_others_to_the_launcher():
    text = ("某部于今年6月组织开展了2023年某某领域志愿服务先进典型推选工作，经各省级主管部门初选报送、组织专家评审，"
            "共推选出最美志愿者20位。")
    assert pairs(text) == [("某部", "organiser")]
    # the launcher putting its own entries forward for another's selection is still taking part
    assert pairs("某县民政局开展优秀案例征集，推荐3个项目参加全省评选。") == []


def test_joint_organisers_named_by_role_noun_with_gong_tong():
    text = "评选由甲市文明办担任指导单位，甲市妇联、甲市日报作为共同主办单位，甲市福彩中心作为特别支持单位。"
    assert pairs(text) == [("甲市文明办", "guide"), ("甲市妇联", "organiser"), ("甲市日报", "organiser"),
                           ("甲市福彩中心", "supporter")]


def test_a_dateline_whose_bracket_the_page_left_open():
    text = "某某时报/某某通讯社8日讯)甲事务局与乙发展局合办第二届「义工奖」。"
    assert pairs(text) == [("甲事务局", "organiser"), ("乙发展局", "organiser")]


def test_an_exhibition_and_appraisal_meeting_is_the_selections_own_event():
    text = "5月10日，甲市民政局主办、市社会工作指导中心承办的甲市首届社会工作展评会举行。"
    assert pairs(text) == [("甲市民政局", "organiser"), ("甲市社会工作指导中心", "host")]


def test_the_issuer_of_the_launching_notice_when_no_one_else_is_named():
    text = ("按照《甲市文明委办公室关于组织开展2024年全市志愿服务先进典型推选活动的通知》精神，经择优推荐、专家评审，"
            "推选出最美志愿者10名。")
    assert pairs(text) == [("甲市文明委办公室", "organiser")]
    # issuers spaced apart in the title
    text = "根据《甲部 乙办关于开展第三届优秀社区评选的通知》，共评出30个社区。"
    assert pairs(text) == [("甲部", "organiser"), ("乙办", "organiser")]
    # a notice about other work launches no selection
    assert pairs("根据《甲部关于开展安全检查的通知》，各地完成检查。") == []


def test_two_conjunctions_in_a_row_join_phrases_not_a_name():
    assert pairs("该评选由甲日报社、网络投稿和与各地政府共同举办。") == [("甲日报社", "organiser")]


def test_the_maker_before_its_guidance():
    assert pairs("本次评选由甲市民政局在乙省民政厅的指导下主办。") == [
        ("乙省民政厅", "guide"), ("甲市民政局", "organiser")]
    text = "该评选是某某财经杂志社在乙部等相关机构指导下，与各地政府共同举办的年度活动之一。"
    assert pairs(text) == [("乙部", "guide"), ("某某财经杂志社", "organiser")]


def test_a_body_written_with_a_bare_level_takes_the_one_place_the_story_is_about():
    text = ("本报讯 近日,甲溪市举行社区治理创新案例评选颁奖会。本次评选由市民政局主办,市社会工作协会承办,"
            "甲溪市各街道共报送案例40件。")
    names = {(o.name, o.role) for o in find_organisers(text)}
    assert ("甲溪市民政局", "organiser") in names and ("甲溪市社会工作协会", "host") in names
    # A municipality is named without 市; a Party committee keeps its 中共.
    text = "重庆日报讯 由市委宣传部指导、市慈善总会主办的公益项目大赛日前启动,重庆各区县均可申报。"
    names = {(o.name, o.role) for o in find_organisers(text)}
    assert ("中共重庆市委宣传部", "guide") in names and ("重庆市慈善总会", "organiser") in names


def test_a_bare_level_stays_as_printed_when_the_story_names_several_places_or_none():
    text = "甲溪市、乙山市两地社区均可参加本次案例征集,征集由市民政局主办。甲溪市、乙山市将各推荐10件。"
    assert {o.name for o in find_organisers(text)} >= {"市民政局"}
    # A word that merely ends before 县 is no place (共收到县委…), nor is one written only once.
    text = "本次评选由县委宣传部主办。截至目前,共收到县直各单位报送案例30件。"
    assert "县委宣传部" in {o.name.removeprefix("中共") for o in find_organisers(text)}


def test_a_body_that_publishes_the_results_of_its_selection_is_its_organiser():
    text = "近日,某省委宣传部、某省民政厅公布了第一届“最美网格员”评选结果。"
    names = {(o.name, o.role) for o in find_organisers(text)}
    assert names == {("中共某省委宣传部", "organiser"), ("某省民政厅", "organiser")}
    # Its website speaks for it; the notice is how the list is announced.
    names = {o.name for o in find_organisers("10月9日,某某部官网发布通知,公布了第三批全国绿色社区名单。")}
    assert names == {"某某部"}


def test_a_newspaper_or_an_event_that_publishes_a_list_is_no_organiser():
    assert find_organisers("10月10日,《某某日报》公布了第二批全国某某示范地区名单。") == []
    assert find_organisers("会上,某某峰会揭晓了年度十佳案例获奖名单。") == []
    # A notice that announces a launch is no list of results.
    names = {o.name for o in find_organisers("近日,某区民政局发布通知,将举办某区社会组织公益创新大赛。")}
    assert names == {"某区民政局"}


def test_bodies_that_have_the_places_below_them_take_part_launched_it():
    text = "省委农办、省农业农村厅会同省民政厅,组织各地开展乡村治理示范村申报工作。"
    assert {o.name for o in find_organisers(text)} >= {"省委农办", "省农业农村厅"}


def test_names_a_century_opens_a_ministry_with_its_state_and_a_jury():
    names = {o.name for o in find_organisers("由21世纪某某研究院、某某慈善会联合主办的第三届创新奖揭晓。")}
    assert "21世纪某某研究院" in names
    assert canonical_organisation("中华人民共和国民政部") == "民政部"
    assert canonical_organisation("国家农业农村部") == "农业农村部"
    assert canonical_organisation("国家安全部") == "国家安全部"
    assert find_organisers("大赛组委会办公室公布了获奖名单。") == []


# Rules from the eighth round (CONVENTIONS.md O1, O4, R1, R3, R5), each in words of our own.


def test_words_inside_a_quoted_name_are_not_the_clause_s_own():
    text = "2023年,甲市委社会工委面向全省开展“家乡建设我参与”短视频征集活动。"
    assert pairs(text) == [("中共甲市委社会工作委员会", "organiser")]


def test_a_comma_inside_a_quoted_name_does_not_end_the_clause():
    text = "6月5日,某某部、某某办共同揭晓了“绿水青山,人人守护”先进典型名单。"
    assert pairs(text) == [("某某部", "organiser"), ("某某办", "organiser")]


def test_entries_others_sent_in_are_no_putting_forward():
    text = "近日,乙省政府办公厅举行服务评价优秀案例评选交流会,会上针对各部门报送的30个案例,共推出8个获奖案例。"
    assert pairs(text) == [("乙省政府办公厅", "organiser")]


def test_time_and_venue_written_the_taiwan_and_macau_way():
    assert pairs("丙县政府昨（三）日举行「一一二年度丙县优良社区评选」颁奖。") == [("丙县政府", "organiser")]
    text = "丁青年发展局于2023年5月6日(星期六)下午假丁中学礼堂举办2022“义务工作奖励计划”颁奖礼。"
    assert pairs(text) == [("丁青年发展局", "organiser")]


def test_a_call_within_the_body_s_own_area_is_its_own_selection():
    text = "戊新区文明办近日下发通知,即日起在新区范围内开展第三批文明建设先进集体推荐申报工作。"
    assert pairs(text) == [("戊新区文明办", "organiser")]


def test_results_published_as_a_batch_a_top_ten_or_a_decision():
    assert pairs("日前,某某部、某某局联合发布第五批全国基层治理典型案例。") == [("某某部", "organiser"),
                                                                     ("某某局", "organiser")]
    text = "己委员会12日公布甲村、乙社区等120个单位为第五批全国和美示范单位。"
    assert pairs(text) == [("己委员会", "organiser")]
    text = "庚部日前发布关于表彰第三届“某某奖”获得者的决定。"
    assert pairs(text) == [("庚部", "organiser")]
    # Others publishing a list are still no organiser; an outlet publishing jointly with a university is.
    assert pairs("某某日报公布了第三批示范单位名单。") == []
    text = "某某杂志社与辛大学公共管理学院在北京共同发布了“十大社区创新案例”。"
    assert pairs(text) == [("某某杂志社", "organiser"), ("辛大学公共管理学院", "organiser")]


def test_verbs_of_selecting_setting_up_and_organising():
    text = "为发挥示范作用,壬部在各省推荐的基础上,遴选确定A县等8个典型经验为第二批全国治理典型经验。"
    assert pairs(text) == [("壬部", "organiser")]
    # the names of the categories it selects may hold words of taking part
    text = "癸市民政局将组织专家评审,最后,癸市民政局评选出社会组织参与基层治理优秀案例20个。"
    assert ("癸市民政局", "organiser") in pairs(text)
    assert pairs("近年来,甲区民政局组织了“邻里之星”表彰活动。") == [("甲区民政局", "organiser")]
    assert pairs("乙公署于二〇〇一年设立服务嘉许奖计划。") == [("乙公署", "organiser")]
    assert pairs("丙部历时6个月征集、筛选各地典型案例。") == [("丙部", "organiser")]


def test_issuing_the_document_that_sets_up_a_selection():
    text = "2024年3月1日,甲部下发了《关于开展第五届“某某奖”评选表彰活动的通知》,正式启动评选。"
    assert pairs(text) == [("甲部", "organiser")]
    text = "近日,中共乙省委农村工作领导小组办公室等五部门印发了关于第二批全省乡村治理示范村的通知。"
    assert pairs(text) == [("中共乙省委农村工作领导小组办公室", "organiser")]
    assert pairs("丙市委政法委专门出台了《丙市第三届“平安杯”创新大赛实施方案》。") == [
        ("中共丙市委政法委员会", "organiser")]
    # a document asking others to put entries forward for another's selection launches nothing
    assert pairs("丁省民政厅印发了《关于做好全国示范社区推荐工作的通知》。") == []


def test_an_edition_s_launch_held_by_its_bodies():
    text = "5月20日,甲省民政厅、省委宣传部联合在某广场举行全省首届“活力社区”风采展示活动启动仪式。"
    assert pairs(text) == [("甲省民政厅", "organiser"), ("中共甲省委宣传部", "organiser")]


def test_bodies_named_for_an_institution_and_kinds_of_body():
    text = "由甲组委会主办,乙公益基金会和丙社会创新机构承办的某大赛路演会在某地举行。"
    assert ("丙社会创新机构", "host") in pairs(text)
    assert pairs("本次评选邀请了学术机构主办方代表出席。") == []
    # 部署 is a verb, not a 署
    assert pairs("活动从部署启动到决赛颁奖,历经四个月。") == []


def test_a_show_or_a_work_meeting_is_the_programme_s_own_event():
    text = "由甲工业区服务中心主办、乙青年公益服务中心承办的甲工业区公益微创投项目终期成效展示会在某地召开。"
    assert pairs(text) == [("甲工业区服务中心", "organiser"), ("乙青年公益服务中心", "host")]
    text = "由甲局、乙基金会主办、丙服务中心协办的第二届善行公益项目大会正式启动。"
    assert ("丙服务中心", "co-organiser") in pairs(text)


def test_roles_given_in_brackets_for_the_fair_a_contest_belongs_to():
    text = "本届大赛由甲项目交流会组委会主办(展会由乙部、丙省人民政府主办),是一项全国性的公益大赛。"
    assert pairs(text) == []


def test_the_body_that_ran_the_selection_a_sentence_is_set_in():
    text = "在甲部组织开展的2024年“美丽家园,我是守护者”先进典型征集活动中,乙园区的案例入选。"
    assert pairs(text) == [("甲部", "organiser")]


def test_a_jury_named_by_its_procedure_is_no_organiser():
    assert pairs("经评审领导小组联合评审,评选出“创新奖”50个。") == []


def test_an_event_sets_up_no_selection():
    assert pairs("自2019年起,某某城市大会设立了世界城市大奖中国赛区。") == []


def test_a_bare_level_takes_the_place_the_story_keeps_naming():
    # 甲阳 recurs without its level; its one mention with 市 is not at a word's start
    text = ("记者从市委宣传部获悉,甲阳为深化文明实践,即日起,展示甲阳市启动文明实践项目展示活动。"
            "此次活动由市委宣传部主办。甲阳各区县均可申报。")
    assert pairs(text) == [("中共甲阳市委宣传部", "organiser")]
    # written once, the place must open the competition's name
    text = "由团市委、市民政局主办的乙川市首届青年公益项目大赛决赛近日举行。"
    assert ("乙川市民政局", "organiser") in pairs(text)
    # 广大市民 names no city
    text = "由市文明办主办的评选活动吸引了广大市民参与,广大居民踊跃投票。"
    assert pairs(text) == [("市文明办", "organiser")]


def test_a_list_s_bare_levels_take_the_place_of_the_name_before():
    text = "2024年5月,甲路街道办事处联合街道社工站举办了甲路街道首届微公益创投大赛。"
    assert pairs(text) == [("甲路街道办事处", "organiser"), ("甲路街道社工站", "organiser")]
    text = ("11月1日,由中共乙阳市丙北新区区委组织部、宣传部,区民政局,区“邻里办”共同主办的“寻找好邻居”主题活动"
            "总结表彰会在丙北新区某中心举行。丙北新区各社区参与。")
    assert pairs(text) == [("中共乙阳市丙北新区区委组织部", "organiser"), ("中共乙阳市丙北新区区委宣传部", "organiser"),
                           ("丙北新区民政局", "organiser"), ("丙北新区邻里办", "organiser")]


def test_the_body_that_conferred_the_title_the_opening_reports():
    text = "记者获悉:我省5个村委会被某某部评为“全国先进基层自治组织”。"
    assert pairs(text) == [("某某部", "organiser")]
    text = "甲市政府再以便民成果,获世界城市组织(WCO)评选为「2020全球最佳数字城市」。"
    assert pairs(text) == [("世界城市组织", "organiser")]
    # a record of honours (a work report) names no organiser of this story's selection
    text = "我局被某某部评为“先进集体”,被省政府评为“先进单位”。"
    assert pairs(text) == []


def test_an_organisation_written_directly_before_the_competition_s_name():
    assert pairs("甲福利部「一一三年度金质社区选拔」结果出炉,乙市7个社区获奖。") == [("甲福利部", "organiser")]
    assert pairs("某副院长今(15)日颁发丙发会第8届「政府服务奖」。") == [("丙发会", "organiser")]
    # not a clause's words before the name
    assert pairs("丁社联将举办第三届“社区之星”评选。") == [("丁社联", "organiser")]


def test_a_release_signed_by_the_body_it_speaks_for():
    text = "第十届服务嘉许奖颁奖典礼将于11月8日举行。\n传媒如到场采访,请联络本署外务组。\n甲专员公署\n"
    assert pairs(text) == [("甲专员公署", "organiser")]
    text = "甲中心关于“绿色家园”典型案例征集活动通知\n各有关单位:\n现开展典型案例征集活动。"
    assert pairs(text) == [("甲中心", "organiser")]


def test_a_quoted_theme_may_hold_its_own_comma():
    text = ("据悉,2023年,甲干部学院、乙网·丙新闻网、丁报社以“守正创新,服务基层”为主题,"
            "面向全国开展第三届社区治理案例征集活动。")
    assert pairs(text) == [("甲干部学院", "organiser"), ("乙网·丙新闻网", "organiser"), ("丁报社", "organiser")]


def test_the_verb_may_come_after_a_clause_of_partners():
    text = ("为让城市更宜居,甲日报、甲晚报、甲电视台等甲城三大市属媒体,携手甲城市城市管理局,共同举办“城市更美好”"
            "金点子征集活动。")
    assert pairs(text) == [("甲日报", "organiser"), ("甲晚报", "organiser"), ("甲电视台", "organiser"),
                           ("甲城市城市管理局", "organiser")]
    # a clause that says something else between them breaks the chain
    assert pairs("甲日报、甲晚报,记者走访发现,共同举办金点子征集活动。") == []


def test_a_case_s_own_fields_name_no_organiser():
    text = ("十佳公众参与案例名单\n案例名称:河道守护行动\n组织单位:甲省环保宣教中心、乙基金会\n"
            "推荐单位:甲省生态环境厅\n案例名称:垃圾分类进小区\n组织单位:丙市城市管理局")
    assert pairs(text) == []
    # a labelled line of the selection itself still counts
    assert pairs("活动简介\n组织单位:丁市文明办\n参与方式:线上投票") == [("丁市文明办", "organiser")]


def test_the_issuer_of_the_document_that_gives_the_results():
    text = "论坛上,副部长宣读了《某某部关于2020年全国某某理论研究获奖情况的通报》,乙大学一篇论文获一等奖。"
    assert pairs(text) == [("某某部", "organiser")]
    # a launch notice of a higher level, whose own round puts its choices forward, is not this round's organiser
    text = ("根据《甲部乙部关于开展第二批示范村创建工作的通知》要求,经各市推荐,确定丙村等10个村为全省示范村,"
            "择优推荐参评全国示范村。")
    assert pairs(text) == []


def test_a_department_named_alone_takes_the_full_name_written_elsewhere():
    # (a 厅 is a province's: the place must be one)
    text = "记者从河北省民政厅获悉,日前,民政厅、省委宣传部联合确定了第三批省级和谐社区名单。"
    assert ("河北省民政厅", "organiser") in pairs(text)
    text = "山西省司法厅关于第五届优秀调解案例评选结果的通报\n省厅于今年组织开展了第五届优秀调解案例评选活动。"
    assert ("山西省司法厅", "organiser") in pairs(text)
    text = "记者从甲阳市司法局获悉,司法局于今年组织开展了优秀调解案例评选活动。"
    assert pairs(text) == [("甲阳市司法局", "organiser")]
    # two departments written in full leave 省厅 as printed
    text = "山西省司法厅、山西省民政厅联合发文。省厅于今年组织开展了优秀调解案例评选活动。"
    assert ("省厅", "organiser") in pairs(text)


def test_handling_a_legal_case_is_no_hosting():
    text = ("省厅从90个案例中,评选出了甲市法律援助中心承办的《讨薪之路》等30个优秀案例。这些案例由各律师事务所、"
            "基层法律服务所等单位承办的法律援助案件中选出。")
    assert all(role != "host" for _, role in pairs(text))
    assert pairs("大赛由甲大学主办,乙学院承办的决赛在礼堂举行。") == [("甲大学", "organiser"), ("乙学院", "host")]


def test_a_body_that_confers_a_title_by_name_in_the_opening():
    text = "某日报讯 日前,某某部授予150个单位“全国模范调解组织”称号,授予300人“全国模范调解员”称号,我市2个单位获表彰。"
    assert pairs(text) == [("某某部", "organiser")]
    # a body that took part is none
    assert pairs("近日,甲街道积极参与,获授予“文明街道”称号。") == []


def test_an_organisation_before_a_year_and_an_unquoted_competition_name():
    text = "甲大学2021年全国公共管理案例大赛决赛于10月8日在线举行,共有30支队伍参加决赛。"
    assert pairs(text) == [("甲大学", "organiser")]
    # a winner before its own year and the contest it won
    assert pairs("乙公司2021年全国创新大赛中荣获一等奖。") == []


def test_a_campaign_under_the_name_the_text_gives_its_selection():
    text = ("“绿水青山我守护”2021年十佳志愿服务案例揭晓。据了解,甲部、乙办联合启动2021年“绿水青山我守护”主题系列活动,"
            "经网络投票和专家评审,产生了十佳案例。")
    assert pairs(text) == [("甲部", "organiser"), ("乙办", "organiser")]
    # a campaign whose name the text gives no selection launches none
    assert pairs("甲部、乙办联合启动“清洁家园”主题系列活动,各地积极响应。") == []


def test_publishing_the_deeds_of_a_titled_selection():
    text = "3月1日,甲部、乙部在丙市向全社会公开发布2020年“最美社区志愿者”先进事迹。"
    assert pairs(text) == [("甲部", "organiser"), ("乙部", "organiser")]


def test_a_body_whose_next_clause_launches_the_selection():
    text = "今年以来,甲部大力推广某某调解法,向各地征集优秀调解工作法,并于近日公布了100个优秀调解工作法名单。"
    assert pairs(text) == [("甲部", "organiser")]
    text = "1月5日,乙街道拓展民意收集渠道,通过其微信公众号举办首届“我为街道献一策”金点子征集活动。"
    assert pairs(text) == [("乙街道", "organiser")]
    # what the body said is no work of its own
    assert pairs("丙局负责人介绍,举办了首届金点子征集活动。") == []


def test_labels_of_a_flattened_page_run_on_with_spaces_only():
    text = ("一、组织机构 指导单位:甲市文明办 甲市民政局 主办单位:甲市志愿者协会 乙网 承办单位:丙信息港 "
            "协办单位:丁协会 二、活动时间 2021年4月1日至6月30日")
    assert pairs(text) == [("甲市文明办", "guide"), ("甲市民政局", "guide"), ("甲市志愿者协会", "organiser"),
                           ("乙网", "organiser"), ("丙信息港", "host"), ("丁协会", "co-organiser")]


def test_handling_matters_jointly_runs_nothing():
    assert pairs("该平台上线以来,共开展联合办理20次,化解矛盾百余件。") == []


def test_a_quoted_award_said_to_be_run_jointly_and_backed_by_a_means():
    text = "「某城青年奖」为甲局与乙会合办、丙基金透过其「丁行动」计划支持的年度嘉许计划。"
    assert pairs(text) == [("甲局", "organiser"), ("乙会", "organiser"), ("丙基金", "supporter")]


def test_guidance_received_from_a_government_and_its_bureaus():
    text = "评选获丙地政府教育局、保安局及文化体育局指导,并得到全港各大校长会鼎力支持。"
    assert pairs(text) == [("丙地政府教育局", "guide"), ("丙地政府保安局", "guide"), ("丙地政府文化体育局", "guide")]


def test_partners_who_join_again_then_launch_in_the_next_clause():
    text = "为表彰热心服务的学生,甲报与乙联会再度携手,今年5月起举办第三届「丙奖」评选。"
    assert pairs(text) == [("甲报", "organiser"), ("乙联会", "organiser")]
    text = "甲研究中心在举办年度网站绩效评估的同时,携手乙研究院联合举办第二届优秀政府网站评选活动。"
    assert set(pairs(text)) == {("甲研究中心", "organiser"), ("乙研究院", "organiser")}


def test_a_sponsor_and_a_list_introduced_by_bao_kuo():
    assert pairs("由本会主办、甲基金会赞助的“年度义工嘉许礼”今日举行。") == [("甲基金会", "supporter")]
    assert pairs("嘉许礼的赞助人某某先生致辞。") == []
    text = "大赛的协办单位包括:甲工会联合总会、乙街坊总会。"
    assert pairs(text) == [("甲工会联合总会", "co-organiser"), ("乙街坊总会", "co-organiser")]


def test_a_bare_autonomous_region_takes_the_one_region_of_the_story():
    text = "本报讯 近日,新疆维吾尔自治区民政厅、自治区文明办联合召开第二届“天山慈善奖”表彰大会。"
    assert pairs(text) == [("新疆维吾尔自治区民政厅", "organiser"), ("新疆维吾尔自治区文明办", "organiser")]
    text = "由自治区文明办指导,某志愿服务联合会主办的2021年广西志愿服务大赛举行。"
    assert pairs(text)[0] == ("广西壮族自治区文明办", "guide")
    # two regions in the story: no telling which
    text = "由自治区文明办指导,某志愿服务联合会主办的宁夏、西藏两地志愿服务大赛举行。"
    assert pairs(text)[0] == ("自治区文明办", "guide")


def test_a_community_named_under_its_street_is_a_body():
    text = "近日,甲县乙街道丙社区联合丁评估服务中心,开展首届社区微公益大赛。"
    assert pairs(text) == [("甲县乙街道丙社区", "organiser"), ("丁评估服务中心", "organiser")]
    assert pairs("近日,志愿者走进社区,开展首届社区微公益大赛。") == []
    assert pairs("近日,甲街道各社区联合乙中心,开展首届社区微公益大赛。") == []


def test_a_list_writes_its_place_once_when_the_text_confirms_it():
    text = "本次大赛由甲区文明办、新时代文明实践中心联合举办。甲区新时代文明实践中心将继续培育项目。"
    assert pairs(text) == [("甲区文明办", "organiser"), ("甲区新时代文明实践中心", "organiser")]
    # without the text's own full name, the bare name stays as printed
    text = "本次大赛由甲区文明办、新时代文明实践中心联合举办。"
    assert pairs(text) == [("甲区文明办", "organiser"), ("新时代文明实践中心", "organiser")]


def test_an_abbreviation_closes_a_name_that_ends_in_zu_zhi():
    text = "国际城市与区域组织(ICRO)设立的国际创新奖“某城奖”今日公布初评结果。"
    assert pairs(text) == [("国际城市与区域组织", "organiser")]


def test_a_backer_named_before_the_event_it_backs():
    text = "12月1日,由甲办指导,乙集团主办,丙山区委区政府支持的“某某融合发展大会”在丁地举行。"
    assert pairs(text) == [("甲办", "guide"), ("乙集团", "organiser"), ("中共丙山区委", "supporter"),
                           ("丙山区政府", "supporter")]


def test_a_brand_quoted_inside_a_name_is_written_without_quotes():
    assert canonical_organisation("甲大学“青年之家”实践基地") == "甲大学青年之家实践基地"


def test_one_brand_among_organisations_in_a_role_list():
    text = "由共青团甲市委主办,甲市志愿服务中心、甲市志愿者协会、益行甲城承办的首届项目大赛落幕。"
    assert ("益行甲城", "host") in pairs(text)
    # people, the public or unnamed kinds are no brand
    text = "由共青团甲市委主办,甲市志愿服务中心、甲市志愿者协会、爱心企业承办的首届项目大赛落幕。"
    assert all(name != "爱心企业" for name, _ in pairs(text))
    text = "大赛由甲中心、乙协会、社会各界共同发起。"
    assert pairs(text) == [("甲中心", "organiser"), ("乙协会", "organiser")]


def test_a_wire_dateline_in_brackets_opens_no_name():
    names = {o.name for o in find_organisers("(某社记者某某台北15日电)某发会今天公布第8届政府服务奖得奖名单。")}
    assert names == {"某发会"}


def test_a_body_that_puts_forward_a_batch_of_models_runs_the_selection():
    assert pairs("日前,丙部推介第三批“乡村善治”典型案例,共30个。") == [("丙部", "organiser")]
    # a list of 推介 models and a title of honour (某某之星) are a selection's results
    assert pairs("近日,丁省学习促进会公布了“2024年丁省‘学习之星’推介名单”。") == [("丁省学习促进会", "organiser")]


def test_a_count_of_the_honoured_before_their_title_is_a_result():
    assert pairs("区妇联揭晓36户“和美家庭”。") == [("区妇联", "organiser")]
    assert pairs("戊联合会表彰120户第五届全国文明家庭。") == [("戊联合会", "organiser")]
    # an outlet that reports the list does not run it; without a count or a result word nothing is said
    assert pairs("某日报揭晓36户“和美家庭”。") == []
    assert pairs("区妇联揭晓了“和美家庭”。") == []


def test_a_body_that_honours_or_judges_those_its_selection_names():
    text = "12月3日,县民政局、县慈善协会对8名“爱心志愿者”进行了表彰。"
    assert pairs(text) == [("县民政局", "organiser"), ("县慈善协会", "organiser")]
    assert pairs("某局决定对本年度优秀信息稿件进行评选。") == [("某局", "organiser")]
    assert pairs("6月2日,己省教育厅对示范校评审结果进行公示。") == [("己省教育厅", "organiser")]
    # those who won another's title are rewarded, not selected; 对此 names no one honoured
    assert pairs("某县政府对荣获全国卫生城市的单位进行了表彰。") == []
    assert pairs("某县委对此进行了表彰。") == []


def test_bodies_that_select_jointly_after_you():
    text = "据悉,由区总工会和区文明办联合评选的年度十佳职工揭晓。"
    assert pairs(text) == [("区总工会", "organiser"), ("区文明办", "organiser")]
    assert pairs("由评委评选出的十佳职工揭晓。") == []


def test_a_body_that_has_experts_judge_and_settles_the_list():
    text = "经各地推荐,庚部组织专家评审,最终确定20个县为第三批全国示范县。"
    assert pairs(text) == [("庚部", "organiser")]


def test_pinyin_glosses_do_not_split_a_launch():
    text = "通知指出,辛委、壬办决(jue) 定命名某社区等50个(ge) 社区为全国示范性社区。"
    assert pairs(text) == [("辛委", "organiser"), ("壬办", "organiser")]


def test_an_office_of_the_organising_body_is_that_body():
    text = "近日,某院办公厅发布《关于年度优秀论文评选结果的通报》。本次评选由某院主办,某所承办。"
    assert pairs(text) == [("某院", "organiser"), ("某所", "host")]


def test_a_short_proposal_committee_is_the_full_one_the_text_names():
    text = "癸说,全国政协提案委已完成了2023年度好提案的评选。提案委还将开展优秀提案评选。"
    assert pairs(text) == [("全国政协提案委员会", "organiser")]
    assert pairs("某市已完成了文明城市评选的申报。") == []


def test_a_universitys_offices_after_its_first_unit_share_its_name():
    text = "主办单位:子师范大学研究生院、教务处"
    assert pairs(text) == [("子师范大学研究生院", "organiser"), ("子师范大学教务处", "organiser")]


def test_a_notice_signed_over_its_date_above_the_page_footer():
    text = ("各县农业局:\n为推进乡风建设,组织开展了全省典型案例征集推介活动。现将名单公布。\n附件:名单\n"
            "丑省农业农村厅\n2023年5月6日\n免责声明 本网转载仅供学习\n网站地图")
    assert pairs(text) == [("丑省农业农村厅", "organiser")]


def test_a_quoted_title_set_up_by_one_body_and_entrusted_to_another():
    text = "“全国示范社区学校”是寅司设立并委托卯协会社区教育专业委员会组织评选,是该领域最高荣誉。"
    assert pairs(text) == [("寅司", "organiser"), ("卯协会社区教育专业委员会", "organiser")]


def test_a_verb_before_a_bare_level_is_no_place():
    text = ("昨天,市政协召开主席会议,审议市政协2018年优秀提案评选结果。市政协2018年优秀提案评选于9月启动。"
            "会议还审议了市政协会议日程。其中专委会(指导组)提案22件。")
    assert pairs(text) == [("市政协", "organiser")]


def test_a_city_governments_office_takes_its_full_name_from_the_heading():
    text = "辰州市人民政府研究室关于开展优秀调研成果评选的通知\n市政府研究室决定对本年度优秀调研成果进行评选。"
    assert pairs(text) == [("辰州市人民政府研究室", "organiser")]


def test_a_body_that_organises_the_selection_after_you():
    text = "“午市平安示范区”由未省综治协调小组办公室组织评选，每三年命名一次。"
    assert pairs(text) == [("未省综治协调小组办公室", "organiser")]
    # 组织 is the verb, not the last word of the name
    assert pairs("由申市文明办组织评选的十佳志愿服务项目昨日揭晓。") == [("申市文明办", "organiser")]


def test_a_count_written_straight_before_the_kind_ends_the_list():
    text = "由酉团委、戌文明办、亥民政局等七部委共同举办的第三届青年公益创投大赛在某地举行。"
    assert pairs(text) == [("酉团委", "organiser"), ("戌文明办", "organiser"), ("亥民政局", "organiser")]


def test_the_youth_leagues_city_committee_takes_no_place_from_the_list():
    text = "近日，子州市委文明办、团市委、市民政局等部门联合举办“子州市志愿服务项目大赛”。"
    assert ("团市委", "organiser") in pairs(text)
    assert not any(name.endswith("团市委") and name != "团市委" for name, _ in pairs(text))


def test_a_websites_own_sponsors_in_its_footer_run_no_competition():
    text = ("近日，丑县文明办举办“丑县最美志愿者”评选。\n\n一等奖\n\n"
            "中共寅省委宣传部主办\n某某在线承办\n某某在线 版权所有\n备案号 12345")
    assert pairs(text) == [("丑县文明办", "organiser")]
    # a labelled credit line above a copyright mark is the site's too
    assert pairs("卯会启动第二届社区营造奖征集。\n主办单位:辰报社\nCopyright 2024") == [("卯会", "organiser")]


def test_joint_issuers_written_apart_in_a_notices_heading():
    text = ("巳部 午局关于公布2023年乡村治理示范村名单的通知\n各省农业农村厅:\n"
            "经县级申请、省级推荐和专家评审，同意甲村等50个村为2023年乡村治理示范村，现予公布。")
    assert pairs(text) == [("巳部", "organiser"), ("午局", "organiser")]
    # a breadcrumb before the heading is no issuer
    assert pairs("首页 动态 巳部关于公布2023年乡村治理示范村名单的通知\n各省农业农村厅:\n现予公布。") == []


def test_a_press_briefing_before_the_launch_it_announces():
    text = "本报讯 日前，未省慈善总会联合省民政厅召开新闻发布会，宣布启动第四届“某某公益项目大赛”。"
    assert pairs(text) == [("未省慈善总会", "organiser"), ("未省民政厅", "organiser")]
    # the briefing's clause is no name, though it ends in 会
    assert pairs("申都晚报召开新闻发布会，公布了第二届某某奖获奖名单。") == []
    assert pairs("申市民政局召开通气会，发布第二届某某奖获奖名单。") == [("申市民政局", "organiser")]


def test_a_notice_addressed_to_named_units_before_the_many():
    text = ("关于公布某某小区典型案例的通知\n\n甲新区管委会,乙开发区管委会,各镇政府、街道办事处,丙市物业协会:\n\n"
            "经申报和核查，确定10个小区为丁市2024年某某典型案例，现予以公布。\n\n丁市住房和城乡建设局\n\n"
            "2024年10月8日\n\n手机版")
    assert pairs(text) == [("丁市住房和城乡建设局", "organiser")]
    # 各位 greets listeners; it addresses no units (and without its closing formula, 现予以公布, nothing marks the
    # text as a notice over a signature)
    greeting = text.replace("甲新区管委会,乙开发区管委会,各镇政府、街道办事处,丙市物业协会:", "各位来宾:")
    assert pairs(greeting.replace("，现予以公布", "")) == []
    assert pairs(greeting) == [("丁市住房和城乡建设局", "organiser")]


def test_a_story_set_in_the_selection_of_the_body_before_its_quoted_name():
    text = "在酉福利部「年度社区发展卓越社区选拔」中，戌市参选的5个社区全数获奖，市长亲自颁奖表扬。"
    assert pairs(text) == [("酉福利部", "organiser")]
    assert pairs("在亥部“全国社区治理创新案例”评选中，某区两案例入选。") == [("亥部", "organiser")]
    # a place, a year or an event before the name is no body
    assert pairs("在卯州“社区治理创新案例”评选中，某区两案例入选。") == []
    assert pairs("在亥部“全国社区治理创新案例”发布会上，某区代表发言。") == []
    # a 主办 said of the same selection is the stronger word
    text = "在辰网“城市更新优秀案例调研”活动中，10个项目入选。此次活动由辰网财经频道主办。"
    assert pairs(text) == [("辰网财经频道", "organiser")]


def test_a_verb_and_its_count_make_no_name():
    # 组织 followed by a count has places take part; the words up to the next 局 are no body's name
    text = "去年年底，巳区组织28个街道和相关委办局对本区的社区营造项目进行评选。"
    assert all("组织" not in name for name, _ in pairs(text))


def test_a_body_holding_the_commendation_ceremony_of_its_own_evaluation():
    # 表扬 is how a Taiwanese agency writes 表彰; the bracketed byline before the body is no part of its name
    text = "（记者林小明/星川报导）星川县政府今(5)日在县府礼堂举办星川县113年社区评鉴绩优社区表扬典礼，共18个社区获奖。"
    assert pairs(text) == [("星川县政府", "organiser")]
    text = "文化福利部前(二)日在台中市会议中心举办一一三年度全国社区发展优良社区表扬典礼，本市五个社区获奖。"
    assert pairs(text) == [("文化福利部", "organiser")]


def test_a_county_head_written_after_his_name_is_no_county():
    # 王大明县长: a person's name before the title 县长 names no county for 县政府
    text = "县政府今日在文化中心举办社区评鉴绩优社区表扬典礼，王大明县长致词时感谢社区志工。"
    assert pairs(text) == [("县政府", "organiser")]


def test_a_body_presenting_the_plaques_of_its_designation():
    text = "近日，青州市文旅局对第三批全市文明旅游示范单位进行授牌，东街社区名列其中。"
    assert pairs(text) == [("青州市文旅局", "organiser")]


def test_a_body_that_agrees_to_designate_counted_units():
    text = "近期，江西省住建厅同意将南昌市东湖区等12个单位确认为“省级城市更新试点区”，试点期两年。"
    assert pairs(text) == [("江西省住建厅", "organiser")]
    text = "日前，住房和城乡建设部将全国30个单位认定为全国城市更新示范区，我市某区位列其中。"
    assert pairs(text) == [("住房和城乡建设部", "organiser")]
    # the heading of the body's own reply, with the units closed by 等单位
    text = "文化和旅游部关于同意将甲市乙区等单位确认为全国文旅融合实验区的批复"
    assert pairs(text) == [("文化和旅游部", "organiser")]
    # a body that only plans a thing for its own projects designates no units
    assert pairs("区政府将3个重点项目确定为年度民生工程。") == []


def test_a_development_zone_written_short_after_its_city():
    text = ("由芜湖经开区党工委办、经开区社会事务局主办，经开区东湖社区管理委员会协办的经开区第二届社区治理"
            "优秀案例评选在东湖社区举行。")
    assert pairs(text) == [("芜湖经开区党工委办", "organiser"), ("芜湖经开区社会事务局", "organiser"),
                           ("芜湖经开区东湖社区管理委员会", "co-organiser")]


def test_an_abbreviated_name_of_a_listed_body_is_that_body():
    text = ("由甲市经开区社区管理局主办的第三届社区治理案例评选在甲市举行。今年，甲市经开区社管局联合街道，"
            "共同启动了第三届社区治理案例评选活动。")
    assert pairs(text) == [("甲市经开区社区管理局", "organiser")]


def test_a_body_and_its_branch_or_a_near_name_are_two():
    text = "由中国数据协会指导，中国数据协会客户服务分会主办的第二届服务创新案例评选结果揭晓。"
    assert pairs(text) == [("中国数据协会", "guide"), ("中国数据协会客户服务分会", "organiser")]
    text = "由中国数据协会、中国数据化协会联合主办的第二届服务创新案例评选结果揭晓。"
    assert pairs(text) == [("中国数据协会", "organiser"), ("中国数据化协会", "organiser")]


def test_the_city_before_an_edition_after_the_verb_that_holds_it():
    # the place is written once, right after 举办 and right before the first edition's name
    text = "为培育志愿服务品牌，市委宣传部联合团市委举办泰州市首届青年志愿服务项目大赛，即日起接受申报。"
    assert pairs(text) == [("中共泰州市委宣传部", "organiser"), ("团市委", "organiser")]


def test_a_notice_heading_wrapped_over_lines():
    text = ("2023年“湖北省综合减灾示范社区”名单公布\n"
            "湖北省减灾委员会办公室 湖北省应急管理厅关于命名\n"
            "武汉市某街道某社区等40个社区为2023年“湖北省综合\n"
            "减灾示范社区”的通知\n"
            "各市州减灾委员会、应急管理局:\n"
            "经各地申报、市州初审推荐、省级审核公示，决定命名某社区等40个社区为“湖北省综合减灾示范社区”。")
    assert pairs(text) == [("湖北省减灾委员会办公室", "organiser"), ("湖北省应急管理厅", "organiser")]


def test_a_role_noun_in_apposition_before_the_bodies_it_names():
    # 主办方 followed by the bodies, the list closed by 等单位 (no 是/为, no colon).
    text = "昨晚,某区青少年公益项目创投大赛决赛举行。大赛主办方甲区团委、乙街道管委会等单位把舞台搬进了广场。"
    assert pairs(text) == [("甲区团委", "organiser"), ("乙街道管委会", "organiser")]
    # A speaker standing for the organiser names no list.
    assert pairs("颁奖仪式上,主办方代表致辞,感谢各方参与。") == []


def test_a_place_s_committee_and_government_are_two_bodies_alone_too():
    # Two labellers, blind to each other, split 省委省政府 written alone (rounds 29-30): one body an entry (O4).
    assert pairs("首届某某改革奖由甲江省委省政府主办,每两年评选一次。") == [("中共甲江省委", "organiser"),
                                                                ("甲江省政府", "organiser")]


def test_a_place_s_committee_and_government_in_a_long_list_are_two_bodies():
    text = "本届大赛由团中央、民政部、甲江省委省政府、乙城市委市政府等单位共同主办。"
    assert pairs(text) == [("团中央", "organiser"), ("民政部", "organiser"), ("中共甲江省委", "organiser"),
                           ("甲江省政府", "organiser"), ("中共乙城市委", "organiser"), ("乙城市政府", "organiser")]


def test_the_number_of_listed_bodies_after_the_last_name_is_no_part_of_it():
    text = "大赛由团中央、民政部、水利部、丙湖市民政局4家单位共同主办。"
    assert ("丙湖市民政局", "organiser") in pairs(text)


def test_the_operator_written_before_a_host_is_its_post_not_its_name():
    text = "本次公益创投由丁州民政局主办，丁州社会组织孵化中心运营机构某城慈善服务中心承办。"
    assert pairs(text) == [("丁州民政局", "organiser"), ("某城慈善服务中心", "host")]


def test_the_audience_of_a_call_is_no_organiser():
    text = "某某网自去年起，面向全省各领域基层组织，开展社区治理优秀案例征集活动。"
    assert all(not name.startswith("面向") for name, _ in pairs(text))


def test_an_award_tier_before_a_level_is_no_place():
    # the bodies are written with a bare 市; winners listed as 二等奖市某中心 do not make 二等奖 a city
    text = ("市司法局和市调解协会联合举办了年度调解卷宗评比活动。评出一等奖3份、二等奖5份。"
            "为一等奖某县某镇调委会，二等奖市医疗纠纷调处中心、某县某乡调委会颁发证书，三等奖也获颁证书。")
    assert pairs(text) == [("市司法局", "organiser"), ("市调解协会", "organiser")]


def test_a_province_written_with_its_level_after_a_verb_is_the_story_s():
    text = "为总结社会工作经验，省民政厅决定征集江西省社工站项目优秀服务案例，现将有关事项公告如下。"
    assert pairs(text) == [("江西省民政厅", "organiser")]


def test_several_one_off_places_before_a_bare_level_list_are_scrambled_words():
    # a mirror ran fragments into a one-city list; the competition's own name gives the city
    text = ("本网讯 11月16日，赛后己安市第二届志愿服务项目大赛在某县举行。此次大赛由市委组织部、光明市委宣传部、"
            "实践市民政局、风尚市总工会、团市委五家单位主办。共有67个项目参加初赛。")
    assert pairs(text) == [("中共己安市委组织部", "organiser"), ("中共己安市委宣传部", "organiser"),
                           ("己安市民政局", "organiser"), ("己安市总工会", "organiser"), ("团市委", "organiser")]


def test_two_cities_listed_with_no_bare_body_keep_their_places():
    text = "本次评选由庚山市民政局、辛水市民政局联合主办。"
    assert pairs(text) == [("庚山市民政局", "organiser"), ("辛水市民政局", "organiser")]


def test_the_taiwanese_ministry_short_name_folds_to_its_full_name():
    assert canonical_organisation("卫福部") == "卫生福利部"


def test_a_principle_between_the_body_and_its_publishing_verb():
    text = "近日，甲省委改革办以“创新性、实用性”为原则，发布第三批改革创新示范案例，向全省推广。"
    assert pairs(text) == [("中共甲省委改革办", "organiser")]


def test_a_notice_that_publishes_names_its_issuer_even_without_a_selection_word():
    text = "乙部近日印发《关于公布2024年度养老服务创新实践活动有关情况的通知》，公布丙市民政局等9家单位的成果。"
    assert pairs(text) == [("乙部", "organiser")]


def test_a_body_that_confirms_by_its_own_document_runs_the_designation():
    text = "经专家评审，丁省民政厅日前发文确认第三批社区治理创新实验区，甲市、乙区入选。"
    assert pairs(text) == [("丁省民政厅", "organiser")]


def test_a_reporter_s_bracketed_byline_after_a_spaced_dateline_is_no_name():
    text = "本报讯 (记者 王某) 戊部近日印发《关于公布2024年度救助工作优秀案例的通知》。"
    assert pairs(text) == [("戊部", "organiser")]


def test_a_committee_that_names_and_honours_the_bodies_it_judged():
    text = "乙省中共甲县委员会决定对在基层建设中涌现出来的30个党组织进行命名表彰。"
    assert pairs(text) == [("中共甲县委", "organiser")]


def test_a_party_committee_in_full_is_the_one_written_short():
    assert canonical_organisation("中共甲县委员会") == canonical_organisation("甲县委") == "中共甲县委"
    assert canonical_organisation("乙省中共甲县委") == "中共甲县委"
    # a commission of the committee keeps its own name
    assert canonical_organisation("中共甲县纪律检查委员会") == "中共甲县纪律检查委员会"


def test_a_start_written_with_shi_then_the_audience_then_the_launch():
    text = "某某网甲省频道自2022年3月始，面向全省各领域基层党组织，开展“党建品牌优秀案例征集活动”。"
    assert pairs(text) == [("某某网甲省频道", "organiser")]


def test_words_run_in_before_a_province_are_no_part_of_a_name():
    text = "活动由法治网主办，光明工程四川省法学研究会承办，参评案例共计300例。"
    assert ("四川省法学研究会", "host") in pairs(text)
    # the Party, the League and a democratic party stand before a province in their own names
    assert pairs("本次评选由共青团江西省委、民建江西省委联合主办。") == [
        ("共青团江西省委", "organiser"), ("民建江西省委", "organiser")]


def test_a_market_or_the_citizens_after_a_word_make_no_city_to_drop():
    text = "本次评选由市委宣传部、区文化市场综合执法大队、某某农贸市场管理中心联合主办。"
    assert ("区文化市场综合执法大队", "organiser") in pairs(text)


def test_a_city_whose_name_ends_with_a_gate_expands_a_bare_office():
    text = ("记者从市节水办获悉，2023年荆门市节水型小区评选活动评出8个小区。市节水办联合市文明办、市水利局举办了"
            "2023年荆门市节水型小区评选活动，评出8个小区。")
    assert pairs(text) == [("荆门市节水办", "organiser"), ("荆门市文明办", "organiser"), ("荆门市水利局", "organiser")]


def test_a_shop_front_is_no_city():
    text = ("记者从市商务局获悉，专卖门市部评选活动评出8家门店。市商务局联合市总工会举办了该评选活动，"
            "各门市部踊跃参与。")
    assert ("市商务局", "organiser") in pairs(text)
    assert not any(name.startswith("专卖门") or name.startswith("各门") for name, _ in pairs(text))


def test_the_body_that_ran_a_winning_entry_is_no_organiser():
    text = ("由甲省团委、乙协会共同主办的“第三届青年公益项目大赛”昨日闭幕，丙学院摘得两项金奖。其中，由丙学院"
            "青年志愿者协会举办的“书声远扬”阅读项目获得金奖，由丙学院研究生会主办的“暖冬”助学活动荣获银奖。")
    assert pairs(text) == [("甲省团委", "organiser"), ("乙协会", "organiser")]


def test_an_entrant_competing_for_a_prize_names_no_owner():
    text = ("本次大赛共收到项目80个，评出20个项目作为决赛项目，进入决赛角逐甲基金会第二届公益创投大赛一等奖。"
            "大赛由甲区民政局主办。")
    assert pairs(text) == [("甲区民政局", "organiser")]


def test_an_office_written_with_its_corps_short_name_is_the_corps_office():
    text = "12月2日，由甲乙生产建设兵团团委、兵团文明办联合举办的“兵团第二届青年创新项目大赛”决赛举行。"
    assert pairs(text)[:2] == [("甲乙生产建设兵团团委", "organiser"), ("甲乙生产建设兵团文明办", "organiser")]


def test_a_group_office_written_short_after_the_group_in_full():
    text = "由丙丁控股集团党委、集团工会共同主办的“最美员工”评选活动日前揭晓。"
    assert pairs(text) == [("丙丁控股集团党委", "organiser"), ("丙丁控股集团工会", "organiser")]


def test_a_department_designating_the_places_it_selected_runs_the_selection():
    text = "日前，丙省住建厅将甲市乙区、丁市戊县等12个县区认定为全省美丽宜居示范县区，示范期为三年。"
    assert pairs(text) == [("丙省住建厅", "organiser")]


def test_a_time_word_before_the_list_is_no_word_of_the_first_name():
    text = ("次日上午，次日区妇联、团区委、区教育局在区青少年宫共同举行甲区第四届家庭教育微课大赛颁奖活动。"
            "甲区家长踊跃参与，甲区各校也积极响应。")
    found = pairs(text)
    assert not any(name.startswith(("次日", "上午")) for name, _ in found)
    assert ("团区委", "organiser") in found


def test_a_body_that_held_it_the_day_named_is_expanded_not_joined_to_the_time():
    text = "当天乙市文明办、乙市民政局在乙市图书馆联合举行乙市首届社区治理创新项目评选。"
    assert pairs(text) == [("乙市文明办", "organiser"), ("乙市民政局", "organiser")]


def test_a_venue_between_the_last_name_and_the_verb_is_not_part_of_it():
    text = "今年6月，丙省妇联与丙省慈善基金会于丙省理工学院联合主办了“暖心行动”丙省社区公益项目大赛。"
    assert pairs(text) == [("丙省妇联", "organiser"), ("丙省慈善基金会", "organiser")]


def test_a_venue_after_in_is_dropped_from_a_single_body():
    text = "丁区民政局在丁区文化中心小剧场举办第二届社区公益微创投大赛决赛。"
    assert ("丁区民政局", "organiser") in pairs(text)
    assert not any("文化中心" in name for name, _ in pairs(text))


def test_a_city_paper_names_its_city_bare_and_its_bodies_by_level():
    # 邯郸日报 and 邯郸经济: the story never writes 邯郸市, yet 市委宣传部 is that city's.
    text = "邯郸日报讯(记者某某)日前,市委宣传部、市民政局联合启动“最美社区工作法”评选活动,推动邯郸经济社会高质量发展。"
    assert {o.name for o in find_organisers(text)} == {"中共邯郸市委宣传部", "邯郸市民政局"}


def test_a_road_or_a_university_named_after_a_city_names_no_city():
    text = "本报讯 日前,市民政局启动“社区治理金点子”评选活动,中山路社区、中山大学社区学院参与。"
    assert [o.name for o in find_organisers(text)] == ["市民政局"]


def test_governing_the_city_by_law_names_no_city():
    # 依法治市: 法治 before 市 is no place; a bare 市 body stays bare when the story names no city.
    text = "本报讯 日前,市民政局、市委全面依法治市委员会办公室联合启动“法治为民好项目”评选活动。"
    assert find_organisers(text)[0].name == "市民政局"


def test_a_bare_party_committee_is_not_given_its_own_zhonggong_as_a_place():
    # 中共市委…: 中共 is the Party, not a place that the other bare 市 bodies would take.
    text = "本报讯 日前,市委宣传部、市委全面依法治市委员会办公室联合启动“法治为民好项目”评选活动。"
    assert find_organisers(text)[0].name == "市委宣传部"


def test_the_profile_of_the_news_site_names_who_runs_the_site_not_the_competition():
    text = ("某某新闻网是由中共某省委宣传部主管、某报业集团主办的省级重点新闻网站。"
            "近日,某市民政局举办第二届社区治理创新案例评选。")
    found = {(o.name, o.role) for o in find_organisers(text)}
    assert not any("宣传部" in name or "报业集团" in name for name, _ in found)


def test_the_venue_after_yu_is_where_it_was_held_not_a_body():
    text = "由甲市民政局举办、乙协会协办的「2019年社区服务嘉许计划」,昨日于某区会议展览中心举行颁奖礼。"
    names = [o.name for o in find_organisers(text)]
    assert "甲市民政局" in names and not any(name.startswith("于") for name in names)


def test_a_new_pattern_of_governance_is_no_bureau():
    found = find_organisers("某小区着力构建多方协同治理新格局,开展“十佳楼道”评选活动。")
    assert not any(o.name.endswith("格局") for o in found)
    # A bureau whose name ends in the same character still is one.
    found = find_organisers("甲区科技创新局开展“十佳创新项目”评选活动。")
    assert [o.name for o in found] == ["甲区科技创新局"]


def test_a_financial_news_brand_is_a_body_that_launches_and_an_outlet_that_reports():
    text = "2016年,某某财经联合全国30家媒体,以“寻找美丽社区”为主题,发起了“十佳宜居社区”评选活动。"
    assert [(o.name, o.role) for o in find_organisers(text)] == [("某某财经", "organiser")]
    # Reporting another's results, it is no organiser.
    assert find_organisers("某某财经发布了全国十佳宜居社区获奖名单。") == []


def test_the_bodies_that_decided_a_selection_together_run_it():
    text = ("经甲省委组织部、甲省民政厅和甲省司法厅共同研究,认定某县某镇等12个乡镇为甲省法治建设示范乡镇。")
    assert {(o.name, o.role) for o in find_organisers(text)} == {
        ("中共甲省委组织部", "organiser"), ("甲省民政厅", "organiser"), ("甲省司法厅", "organiser")}
    # Experts who reviewed the entries are no bodies.
    assert find_organisers("经专家集中研究,认定某镇等12个乡镇为示范乡镇。") == []


def test_where_a_list_was_made_known_and_a_body_referred_back_to_are_no_names():
    found = find_organisers("甲厅网站公示,认定某镇等5个乡镇为示范乡镇。")
    assert not any(o.name.endswith("公示") for o in found)
    found = find_organisers("各参赛团队须联合一个团组织申报项目,并全程接受该团组织的指导。")
    assert not any("该" in o.name for o in found)


def test_the_body_that_publishes_the_confirmation_of_pilot_zones_runs_the_selection():
    text = "近日,甲省民政厅发布关于确认全省社区治理创新实验区的批复,全省20个县(市、区)获此殊荣。"
    assert [(o.name, o.role) for o in find_organisers(text)] == [("甲省民政厅", "organiser")]


def test_a_headed_list_of_cooperating_universities_with_a_note_on_its_order():
    text = ("三、组织单位\n(一)主办单位\n甲区民政局\n中共甲区社会组织委员会\n(二)支持单位\n共青团甲区委员会\n"
            "(三)协办高校(按字母顺序排序)\n乙大学\n丙学院社会工作系\n")
    assert {(o.name, o.role) for o in find_organisers(text)} == {
        ("甲区民政局", "organiser"), ("中共甲区社会组织委员会", "organiser"), ("共青团甲区委员会", "supporter"),
        ("乙大学", "co-organiser"), ("丙学院社会工作系", "co-organiser")}


def test_who_stood_behind_a_body_in_its_profile_and_who_made_a_winning_entry_run_no_selection():
    text = ("“某某案例大赛”由某某案例中心提供主要资金与技术支持。"
            "某某案例中心是在甲部、乙部的大力支持下,由丙大学建设的案例库。")
    assert [(o.name, o.role) for o in find_organisers(text)] == [("某某案例中心", "supporter")]
    text = "“守护河湖”项目由甲市红十字会发起,2019年成立救援队。最终该项目获得一等奖。"
    assert find_organisers(text) == []


def test_where_bodies_act_is_no_body():
    text = "2018年,甲部、乙部等多个部门,联合在全国组织开展了推选100个最佳志愿服务项目活动。"
    assert not any(o.name.startswith("在") for o in find_organisers(text))


def test_a_district_whose_name_ends_in_cheng_is_the_storys_place():
    text = ("东城区第三批“美丽院落”揭晓。记者从东城区城市管理委了解到,东城区第三批“美丽院落”由区城市管理委联合"
            "区委宣传部、区房管局共同组织评选,东城区共有12个院落获评。")
    names = {o.name for o in find_organisers(text)}
    assert "东城区城市管理委" in names and "中共东城区委宣传部" in names
    # A part of a city (老城区) is no district's name.
    from crawler.parse.organisers import story_place
    assert story_place("区", "老城区改造项目启动,老城区居民积极参与,老城区面貌一新。") is None


def test_a_long_command_office_is_one_name_and_no_city():
    text = ("在市城市管理委员会、市规划和自然资源委员会、甲地冬奥会城市运行和环境建设管理指挥部办公室指导下,"
            "乙市日报社开展最美街巷推选活动。")
    names = {o.name for o in find_organisers(text)}
    assert "甲地冬奥会城市运行和环境建设管理指挥部办公室" in names
    assert not any("冬奥会城市城市" in name or "冬奥会城市规划" in name for name in names)


def test_now_and_the_audience_are_no_body():
    text = "为丰富网络文明建设载体,现面向全校开展2025年网络文明建设优秀案例征集展示活动。"
    assert not any(o.name.startswith("现") for o in find_organisers(text))


def test_a_body_that_entrusts_another_and_the_body_after_the_copula():
    text = "近日,甲区民政局委托甲区社会组织发展中心举办第二届社区公益项目大赛。"
    assert {o.name for o in find_organisers(text)} == {"甲区民政局", "甲区社会组织发展中心"}
    text = "第三届“邻里节”社区公益创投大赛的主办方是乙街道,共有20个项目参赛。"
    assert not any(o.name.startswith("是") for o in find_organisers(text))


def test_a_kind_of_government_inside_a_centres_name_does_not_split_it():
    text = "大赛由甲大学主办,甲大学数字政府与数据治理研究中心承办。"
    assert ("甲大学数字政府与数据治理研究中心", "host") in {(o.name, o.role) for o in find_organisers(text)}


def test_the_bodies_that_publish_their_decision_to_honour_run_the_award():
    text = "近日,甲省委、省政府公布第三届甲省改革奖表彰决定,30个改革先进典型入选。"
    assert {(o.name, o.role) for o in find_organisers(text)} == {("中共甲省委", "organiser"), ("甲省政府", "organiser")}


def test_a_bare_province_level_body_in_a_citys_story_is_of_that_citys_province():
    text = ("近日,随州市“十佳社区工作法”评选结果揭晓。本次评选由省民政厅指导,随州市民政局主办,"
            "随州市各社区积极参与。")
    assert ("湖北省民政厅", "guide") in {(o.name, o.role) for o in find_organisers(text)}
    from crawler.parse.districts import province_of_city
    assert province_of_city("随州市") == "湖北省" and province_of_city("某某市") is None


def test_a_district_after_a_citys_bare_level_is_the_district_and_a_league_committee_is_no_party_one():
    from crawler.parse.organisers import story_place
    text = ("为推动社会组织参与社区治理,区社工委、区民政局举办社区公益项目大赛。全市共有36个社会组织参赛。"
            "9月8日,区社工委与区民政局联合组织召开了乙田区社区公益项目大赛决赛。附件:乙田区获奖名单\n乙田区民政局")
    assert story_place("区", text) == "乙田区"
    found = {o.name for o in find_organisers("甲州团市委联合市文明办举办第二届青年志愿服务项目大赛。")}
    assert not any(name.startswith("中共") and "团市委" in name for name in found)


def test_a_body_busy_organising_is_no_name():
    found = find_organisers("眼下,省民政厅正在组织开展全省第三批“百佳”示范社区创建工作,我县社区均可报名。")
    assert not any("正在" in o.name for o in found)


def test_bodies_in_the_middle_of_publishing_their_list_run_the_selection():
    text = "据悉，目前江宁区民政局、江宁区委组织部正在公示2023年江宁区十佳社区工作法评选名单，公示期7天。"
    assert pairs(text) == [("江宁区民政局", "organiser"), ("中共江宁区委组织部", "organiser")]


def test_offices_that_publish_a_campaigns_typical_cases_by_notice_run_it():
    text = ("日前，农业农村部办公厅、国家乡村振兴局综合司下发通知，公布“美丽庭院共建共享”典型案例，"
            "全国30个村榜上有名。")
    assert pairs(text) == [("农业农村部办公厅", "organiser"), ("国家乡村振兴局综合司", "organiser")]


def test_offices_that_organise_selecting_name_whatever_they_chose_and_take_a_district_ending_like_a_word():
    text = ("中山区召开2019年志愿服务项目评审会。区文明办和区团委组织评选了2019年中山区十个最暖心的志愿项目，"
            "中山区各街道踊跃参与。")
    assert pairs(text) == [("中山区文明办", "organiser"), ("中山区团委", "organiser")]


def test_bodies_that_jointly_compiled_a_book_of_chosen_cases_organise_it():
    text = ("在昨天的县域发展论坛上，《中国县域治理百佳案例》(2023)正式首发。该书由某某县域研究院、某某城市发展"
            "协会共同编撰，收录了100个案例。")
    assert pairs(text) == [("某某县域研究院", "organiser"), ("某某城市发展协会", "organiser")]


def test_a_notice_that_closes_with_its_formula_is_signed_by_its_organiser_above_the_list():
    text = ("根据评选活动的通知要求，经单位申报、专家评审，拟将甲街道乙社区《邻里守望》等8个项目评为优秀项目，"
            "现予公示。\n公示期为5个工作日。\n某某市社会工作联合会\n2022年6月3日\n优秀项目名单\n一等奖（1个）\n甲街道乙社区")
    assert pairs(text) == [("某某市社会工作联合会", "organiser")]


def test_a_notice_signed_by_several_bodies_on_spaced_and_next_lines():
    text = ("经审核，拟命名甲村等12个村为2023年度“某市民主法治示范村”。现将拟命名名单予以公示(名单附后)。\n"
            "联系电话:0000-0000000\n某市司法局 某市民政局\n某市法治宣传教育工作领导小组办公室\n2023年5月6日\n"
            "拟命名名单\n甲村")
    assert pairs(text) == [("某市司法局", "organiser"), ("某市民政局", "organiser"),
                           ("某市法治宣传教育工作领导小组办公室", "organiser")]


def test_a_host_universitys_sections_under_their_own_heading_host_it():
    text = ("二、组织机构\n主办单位\n某省公共管理研究生教育指导委员会\n承办单位\n某某大学\n承办部门\n"
            "某某大学公共管理学院、某某大学MPA教育中心\n三、参赛条件")
    assert pairs(text) == [("某省公共管理研究生教育指导委员会", "organiser"), ("某某大学", "host"),
                           ("某某大学公共管理学院", "host"), ("某某大学MPA教育中心", "host")]


def test_since_when_opens_no_name_and_bodies_counted_are_none():
    text = "自2021年某某日报社联合两所高校启动“智慧城市优秀案例”征集活动以来，共收到300多个案例。"
    assert pairs(text) == [("某某日报社", "organiser")]


def test_bodies_that_published_a_years_list_one_after_the_other_run_it():
    text = "近日，省委组织部、南平市委组织部先后公布了2022年度乡村振兴示范党支部名单，南平市共有12个党支部入选。"
    assert pairs(text) == [("中共福建省委组织部", "organiser"), ("中共南平市委组织部", "organiser")]


def test_a_league_committee_of_a_district_lends_its_district_not_its_league_to_the_bare_names_after_it():
    text = "共青团江宁区委、区文明办、区民政局主办的江宁区第三届青少年公益创投大赛决赛举行。"
    assert pairs(text) == [("共青团江宁区委", "organiser"), ("江宁区文明办", "organiser"),
                           ("江宁区民政局", "organiser")]


def test_an_adverb_before_organising_an_entrants_clause_and_everyday_fostering_name_no_body():
    assert pairs("全省坚持激励支持的原则，认真组织开展综合减灾示范社区创建工作。") == []
    assert pairs("甲校携“银龄课堂”项目参加了街道社工站组织开展的第二届公益项目大赛。") == []
    assert pairs("在街道社工站的指导培育下，形成了一批优秀的社区社会组织公益品牌。") == []


def test_a_province_level_body_in_a_story_that_names_only_its_citys_districts_is_of_their_province():
    text = ("记者从市司法局获悉，省司法厅、省民政厅公布了第二批“省级民主法治示范村(社区)”名单，我市12个村"
            "(社区)榜上有名，分别是：平城区甲社区、新荣区乙村、云州区丙村。")
    assert pairs(text) == [("山西省司法厅", "organiser"), ("山西省民政厅", "organiser")]


def test_a_city_named_in_more_than_three_characters_lends_its_whole_name():
    text = ("本报讯 呼和浩特市首届社区治理创新项目大赛日前举行，由市委宣传部、市民政局主办。呼和浩特市各旗县区"
            "共报送项目80个。")
    assert pairs(text) == [("中共呼和浩特市委宣传部", "organiser"), ("呼和浩特市民政局", "organiser")]


def test_what_a_plan_includes_names_no_body_and_how_much_support_is_no_part_of_a_name():
    assert pairs("大赛将从4月至12月在全市开展。包括组织开展“学雷锋”志愿服务项目大赛、评选表彰等环节。") == []
    text = "大赛由甲市网络协会主办，甲市新闻网承办，甲市舆情研究院、甲报业集团视听中心大力支持。"
    assert pairs(text)[-2:] == [("甲市舆情研究院", "supporter"), ("甲报业集团视听中心", "supporter")]


def test_the_issuers_of_a_launch_notice_may_stand_before_its_title():
    text = ("根据《某省农业现代化规划》和今年省委一号文件精神以及省委农办、省农业农村厅、省司法厅《关于开展2024年"
            "乡村治理示范村镇创建工作的通知》要求，经市县推荐、省级评选，拟推荐甲镇等8个乡镇为全省乡村治理示范乡镇。"
            "江西省农业农村厅")
    assert pairs(text) == [("中共江西省委农办", "organiser"), ("江西省农业农村厅", "organiser"),
                           ("江西省司法厅", "organiser")]


def test_departments_that_reviewed_a_list_together_before_naming_it_run_the_selection():
    text = ("在各地推荐和专家评审基础上，中央农办、农业农村部、民政部等3部门共同审核，拟认定甲镇等99个乡镇为"
            "全国乡村治理示范乡镇。")
    assert pairs(text) == [("中央农办", "organiser"), ("农业农村部", "organiser"), ("民政部", "organiser")]
    # its working office, which reviews the entries, is the selection's own committee
    text = "经逐级推荐，省评选表彰工作领导小组办公室审核，确定了100个村为表彰对象。"
    assert pairs(text) == []


def test_a_province_right_after_a_year_is_the_storys_province():
    text = "9月7日，2023年河南新时代文明实践志愿服务项目大赛决赛在郑州举行。本次大赛由省委宣传部、省文明办主办。"
    assert pairs(text) == [("中共河南省委宣传部", "organiser"), ("河南省文明办", "organiser")]


def test_a_body_that_takes_part_in_guiding_guides():
    text = "4月18日，由某区委宣传部参与指导，某区甲街道主办的“三微”改造创意征集大赛作品展举行。"
    assert pairs(text) == [("中共某区委宣传部", "guide"), ("某区甲街道", "organiser")]


def test_a_publishing_verb_before_the_bodies_and_a_meeting_that_decided_are_no_names():
    text = ("4月29日，江西省委依法治省办召开会议，发布省委依法治省办会同省委宣传部、省司法厅联合开展的江西省第三届"
            "“十大法治事件”评选结果。")
    assert [name for name, _ in pairs(text)] == ["中共江西省委依法治省办", "中共江西省委宣传部", "江西省司法厅"]
    assert pairs("经厅长办公会研究，决定对以上获奖创新案例予以通报表扬。") == []


def test_the_party_committee_and_government_that_decided_to_confer_an_award_run_it():
    text = ("第三届湖南改革奖近日揭晓。该奖由湖南省委、省政府每两年评选一次。省委、省政府决定，授予长沙市某区某改革等"
            "10个项目“第三届湖南改革奖(项目奖)”，授予某公司“第三届湖南改革奖(企业奖)”。")
    assert pairs(text) == [("中共湖南省委", "organiser"), ("湖南省政府", "organiser")]


def test_a_place_and_its_verb_a_province_that_organised_and_a_title_as_subject_are_no_names():
    text = ("近日，靖江市出台“改革创新奖”评选奖励办法。改革创新奖是市委市政府今年设立的最高单项奖之一，"
            "靖江市各单位积极申报。")
    assert pairs(text) == [("中共靖江市委", "organiser"), ("靖江市政府", "organiser")]
    assert pairs("近日，省组织开展了“转变作风”类项目决赛评审活动。") == []


def test_partners_joined_in_a_clause_of_their_own_organise_and_a_meeting_is_no_body():
    text = ("该奖项评选由某某创新研究院发起，联合某某改革研究会、某某报业集团、某某广电集团共同组织。"
            "某某社区公益项目路演及终审会日前举行。")
    assert pairs(text) == [("某某创新研究院", "organiser"), ("某某改革研究会", "organiser"),
                           ("某某报业集团", "organiser"), ("某某广电集团", "organiser")]


def test_bodies_that_decided_to_confer_a_category_of_an_award_run_it():
    text = ("经推荐申报、专家评审，市民政局、市文明办决定授予甲公司等10家企业为第六届“某某慈善奖”最具爱心捐赠企业，"
            "授予乙基金会等5家机构为最具影响力慈善机构。")
    assert pairs(text) == [("市民政局", "organiser"), ("市文明办", "organiser")]


def test_a_season_of_events_is_no_body():
    text = "从8月开始，2016年某市网络文化季先后推出了“好网民”签名活动、“某某梦”创意设计大赛等系列活动。"
    assert pairs(text) == []


def test_a_notices_title_opening_with_guanyu_is_no_body():
    assert pairs("关于组织开展第五届全省志愿服务项目大赛的通知") == []


def test_a_body_that_holds_the_meeting_making_its_selection_known_runs_it():
    text = "本报北京3月2日讯 记者某某报道:某某全国协会今日在京召开2020年度“最美志愿者”揭晓会。"
    assert pairs(text) == [("某某全国协会", "organiser")]


def test_a_body_that_decides_to_confer_an_unquoted_title_runs_the_selection():
    text = "为树立榜样，某某全国联合会决定，授予某某等50人全国某某标兵称号。"
    assert pairs(text) == [("某某全国联合会", "organiser")]


def test_a_body_that_calls_for_a_fund_s_projects_runs_the_contest():
    assert pairs("某区民政局征集2021年社区公益创投项目。") == [("某区民政局", "organiser")]


def test_universities_in_general_are_no_body():
    assert pairs("某省高校联合举办第二届社会工作案例大赛。") == []


def test_a_known_city_written_once_with_its_level_gives_bare_bodies_their_city():
    text = ("7月17日，市团委联合市民政局举办全市志愿服务项目大赛。市级比赛评出一等奖1个。"
            "获奖项目将纳入宜昌市“青马工程”志愿服务专项。")
    assert pairs(text) == [("宜昌市团委", "organiser"), ("宜昌市民政局", "organiser")]


def test_a_district_written_after_its_city_is_read_from_after_the_city_s_shi():
    from crawler.parse.organisers import story_place
    text = "11月3日，攀枝花市西区社区公益项目评比活动举行。本次活动由区民政局主办。西区将继续开展此类活动。"
    assert story_place("区", text) == "西区"


def test_a_site_s_footer_sponsors_run_no_competition_but_tell_the_district():
    text = ("5月8日，区“邻里守望”项目评比活动在区文化馆举行，由区委社会工作部联合区民政局共同举办。\n"
            "主办:中共某某市某某区委员会 某某市某某区人民政府\n"
            "承办:某某市某某区融媒体中心 联系电话:0812-1234567\n"
            "网站标识码:5104020005 ICP备案编号:蜀ICP备2021000000号\n")
    assert pairs(text) == [("中共某某区委社会工作部", "organiser"), ("某某区民政局", "organiser")]


def test_a_role_a_count_or_a_passive_s_subject_before_a_body_is_no_word_of_its_name():
    from crawler.parse.organisers import _organisers
    # the names a verb's clause hands over may open with the passive's subject (某县被甲委员会授予…)
    assert [o.name for o in _organisers("某某县被某某省社会治安综合治理委员会", "organiser")] \
        == ["某某省社会治安综合治理委员会"]
    text = ("在表彰仪式上，我市10名志愿者荣获“某某市最美志愿者”称号。为展示志愿者风貌，市委宣传部、市文明办联合开展了"
            "2015年寻找某某市最美志愿者公益活动，评出10个某某市最美志愿者、90个某某市优秀志愿者。")
    assert pairs(text) == [("中共某某市委宣传部", "organiser"), ("某某市文明办", "organiser")]
    text = "某某街道举行公益创投项目集中评审会。作为某某街道社会组织服务中心主办的活动，共有14个社会组织参加。"
    assert ("某某街道社会组织服务中心", "organiser") in pairs(text)


def test_bodies_joined_by_xietong_and_two_journals_sharing_their_office_are_each_named():
    text = "某某大学建筑学系协同《城市规划》《规划师》杂志社联合举办第二届全国社区规划设计竞赛。"
    assert pairs(text) == [("某某大学建筑学系", "organiser"), ("城市规划杂志社", "organiser"),
                           ("规划师杂志社", "organiser")]


def test_a_city_paper_named_as_the_source_gives_bare_bodies_their_city():
    text = "近日，市文明办、市民政局共同发起，在全市范围内开展优秀村规民约征集活动。"
    assert pairs(text, source="某某来源:宜宾日报") == [("宜宾市文明办", "organiser"), ("宜宾市民政局", "organiser")]
    assert pairs(text) == [("市文明办", "organiser"), ("市民政局", "organiser")]


def test_the_market_regulator_opens_with_no_bare_city():
    text = "宜宾日报讯 宜宾市民政局联合市场监管总局等部门开展了优秀案例评选。宜宾市将推广。"
    assert ("市场监管总局", "organiser") in pairs(text)
