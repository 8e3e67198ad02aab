"""parse_announcement's shape and the archive's facts tables."""

import sqlite_utils

from crawler.archive import Archive
from crawler.parse import PARSER_VERSION
from crawler.parse.announcement import parse_announcement
from crawler.parse.series import series_key

TITLE = "第三届“某市社区治理创新案例”评选结果揭晓"
TEXT = ("11月2日，第三届“某市社区治理创新案例”评选结果揭晓。评选由某市民政局指导，某市日报社主办，某大学公共管理学院"
        "承办。活动共收到申报案例逾150件，评出优秀案例20个。")
KEYS = {"series", "edition", "year", "stage", "organisers", "counts", "cases", "districts", "dates"}


def test_shape_and_values():
    result = parse_announcement(TITLE, TEXT, "2023-11-03")
    a = result.announcement
    assert set(a) == KEYS
    assert (a["series"], a["edition"], a["year"], a["stage"]) == ("某市社区治理创新案例", 3, 2023, "results")
    assert {"name": "某市日报社", "role": "organiser"} in a["organisers"]
    assert a["counts"]["applications"] == 150 and a["counts"]["applications_qualifier"] == "逾"
    assert a["dates"]["release"] == "2023-11-02"


def test_not_an_announcement_is_none():
    result = parse_announcement("我市开展防汛应急演练", "市应急管理局开展演练，三百余人参加。", "2023-06-15")
    assert result.announcement is None


def test_a_page_that_names_a_competition_in_passing_is_none():
    text = ("某街道推行楼组议事会已有八年，这一做法曾入选第二届全国社区治理创新案例。会议由某大学公共管理学院主办，"
            "与会学者围绕基层协商展开讨论。")
    assert parse_announcement("基层协商民主座谈会在某大学举行", text, "2023-05-10").announcement is None
    # a headline about a competition it does not name is still an announcement
    assert parse_announcement("我区两个案例获评优秀案例", text, "2023-05-10").announcement is not None


def test_a_text_without_its_headline_is_read_from_its_opening_sentence():
    text = ("6月3日,由某市委政法委主办的第二届某市平安社区创新案例评选结果揭晓,共收到申报案例86件。"
            "评选由某大学城市治理研究中心承办。")
    a = parse_announcement(None, text, "2024-06-04").announcement
    assert (a["series"], a["edition"], a["stage"]) == ("某市平安社区创新案例评选", 2, "results")
    # and one that opens with prose about something else is not an announcement
    assert parse_announcement(None, "某街道推行楼组议事会已有八年。居民参与更积极。", "2024-06-04").announcement is None


def test_a_headline_that_says_winners_were_chosen_or_named():
    text = "本报讯 前晚,“第四届某市社会建设十大创新项目”评选的终审暨颁证会召开,评出十个创新项目。"
    a = parse_announcement("社会建设十大创新项目评出", text, "2019-12-20").announcement
    assert a is not None and (series_key(a["series"]), a["edition"]) == (series_key("某市社会建设十大创新项目"), 4)


def test_traditional_mirror_is_read():
    title = "第三屆「某市社區治理創新案例」評選結果揭曉"
    a = parse_announcement(title, "評選由某市民政局指導。", "2023-11-03").announcement
    assert a["series"] == "某市社区治理创新案例" and a["organisers"] == [{"name": "某市民政局", "role": "guide"}]


def _article(archive, url):
    archive.save_article({"url": url, "title": TITLE, "text": TEXT, "published_at": "2023-11-03"}, None)


def test_facts_are_replaced_not_duplicated(tmp_path):
    archive = Archive(tmp_path / "a.db")
    url = "https://example.org/a.html"
    _article(archive, url)
    result = parse_announcement(TITLE, TEXT, "2023-11-03")
    archive.save_facts(url, result.announcement, result.quality_flags)
    archive.save_facts(url, result.announcement, result.quality_flags)
    db = sqlite_utils.Database(tmp_path / "a.db")
    assert db["events"].count == 1
    assert db["event_organisations"].count == len(result.announcement["organisers"])
    event = next(db["events"].rows)
    assert event["series_id"] and event["parser_version"] == PARSER_VERSION
    roles = {r["organisation_id"]: r["role"] for r in db["event_organisations"].rows}
    assert roles["某大学公共管理学院"] == "host"
    assert any(fk.other_table == "series" for fk in db["events"].foreign_keys)
    archive.save_facts(url, None, ["missing_date"])  # re-parsed as not an announcement: its facts go
    assert db["events"].count == 0 and db["event_organisations"].count == 0
    assert next(db["articles"].rows)["quality_flags"] == '["missing_date"]'


def test_schema_is_idempotent(tmp_path):
    Archive(tmp_path / "a.db")
    Archive(tmp_path / "a.db")
    assert {"series", "events", "organisations", "event_organisations", "cases", "article_districts"} <= set(
        sqlite_utils.Database(tmp_path / "a.db").table_names())


def test_pipeline_fills_the_item_and_survives_a_parser_error(monkeypatch):
    from crawler.items import ArticleItem
    from crawler.parse import pipeline

    item = ArticleItem(url="https://example.org/a.html", spider="t", title=TITLE, text=TEXT, published_at="2023-11-03")
    pipeline.AnnouncementPipeline().process_item(item, None)
    assert item.announcement["edition"] == 3 and item.quality_flags == []

    def broken(*args, **kwargs):
        raise ValueError("parser bug")

    monkeypatch.setattr(pipeline, "parse_announcement", broken)
    kept = pipeline.AnnouncementPipeline().process_item(item, None)
    assert kept is item and item.announcement is None and item.quality_flags == ["parse_error"]


def test_an_opening_that_reports_cases_made_public_under_a_slogan_headline():
    text = ("一张张笑脸写满获得感……12月28日,某市40个体现基层治理新成效的案例正式对外发布。"
            "本次活动由“第二届某市基层治理创新案例”征集活动组委会组织。")
    a = parse_announcement("共绘基层善治新图景", text, "2023-12-29").announcement
    assert a is not None and series_key(a["series"]) == series_key("某市基层治理创新案例")


def test_a_journal_paper_is_not_an_announcement():
    text = ("(某某大学 公共管理学院,北京 100000)\n摘要:本文以地方政府创新奖的入围项目为样本,分析创新的动力。\n"
            "关键词:地方政府创新;评选")
    assert parse_announcement("我国地方政府创新的动力研究", text, None).announcement is None


def test_a_notice_without_a_headline_is_read_past_its_salutation():
    text = "各有关单位:\n为总结基层经验,某省研究院公开征集“2024年某省基层治理创新优秀案例”,现将有关事项通知如下。"
    a = parse_announcement(None, text, None).announcement
    assert a is not None and (a["series"], a["stage"]) == ("某省基层治理创新优秀案例", "call-for-entries")


def test_a_news_sites_summary_line_is_no_sign_of_a_journal_paper():
    text = ("摘要: 近日,第一届“某某杯”青年社区营造大赛决赛在某街道举行,五支队伍登台路演。\n"
            "近日,第一届“某某杯”青年社区营造大赛决赛在某街道举行,五支队伍登台路演。")
    result = parse_announcement("一场大赛让青年走进社区", text, "2025-10-27")
    assert result.announcement is not None and result.announcement["edition"] == 1
    paper = "(某某大学 公共管理学院,北京 100000)\n近年来各地开展了多种创新奖评选,本文梳理其研究。"
    assert parse_announcement("地方政府创新研究综述", paper, "2012-01-27").announcement is None


def test_a_designation_list_in_batches_is_an_announcement():
    text = "为推进乡村善治,三部门开展了第四批全国乡村治理示范村镇创建工作。经评审和公示,认定100个乡镇为示范乡镇。"
    result = parse_announcement("三部门公布", text, "2024-11-17")
    assert result.announcement is not None
    assert (result.announcement["series"], result.announcement["edition"]) == ("全国乡村治理示范村镇", 4)


def test_a_story_about_a_list_of_honours_is_an_announcement():
    text = ("十多年匿名捐款的感人故事,通过微电影被更多人看见。10月9日,首届某省爱心榜发布活动由某厅、某报共同主办。\n"
            "活动现场公布了首届某省爱心榜上榜名单,10人荣获“十大爱心之星”。")
    result = parse_announcement(None, text)
    assert result.announcement is not None and result.announcement["series"] == "某省爱心榜"
    assert result.announcement["edition"] == 1


def test_a_reposted_journal_paper_cited_as_such_is_no_announcement():
    text = ("引用格式\n某某.社区治理创新的再思考[J].某某论坛,2022,29(04):99-105.\n作者简介\n"
            "某某,某大学教授,曾获某某案例大赛一等奖。\n摘要\n社区治理创新被认为是应对难题的重要策略。")
    assert parse_announcement("【佳作推荐】社区治理创新的再思考", text).announcement is None


def test_a_thesis_sharing_page_is_no_announcement():
    text = ("来源 :某大学 | 被引量 : 0次 | 上传用户:某某\n论文部分内容阅读\n"
            "本文以地方政府创新奖的获奖项目为样本,研究创新扩散的机理。")
    assert parse_announcement("基于多案例的地方政府创新扩散研究", text).announcement is None


def test_the_number_selected_printed_only_in_the_headline():
    text = "3月2日,某省召开发布会,发布乡村振兴改革集成特色案例,涵盖基层治理、产业发展等领域。"
    result = parse_announcement("某省发布15个乡村振兴改革集成特色案例", text)
    assert result.announcement is not None and result.announcement["counts"]["selected"] == 15


def test_a_designation_story_is_an_announcement_of_its_title():
    text = ("某日报讯 记者从省民政厅获悉,我省8个社区被民政部评为“全国先进基层群众性自治组织”。"
            "近年来,我省坚持党建引领,不断健全基层群众自治制度。")
    result = parse_announcement("我省8个社区受到表彰", text)
    assert result.announcement is not None
    assert series_key(result.announcement["series"]) == series_key("全国先进基层群众性自治组织")


def test_a_notice_headline_names_its_issuer():
    title = "某省环境事务中心关于开展绿色社区典型案例征集活动的通知"
    text = "各有关单位:\n为推广基层经验,现开展绿色社区典型案例征集活动,请于6月30日前报送。"
    result = parse_announcement(title, text)
    assert result.announcement is not None
    assert {"name": "某省环境事务中心", "role": "organiser"} in result.announcement["organisers"]


def test_a_results_report_headline_names_its_issuer_too():
    title = "河北省司法厅关于全省优秀法律援助案例评选结果的通报"
    text = "各市司法局:\n为推进法律援助工作,省厅组织开展了优秀法律援助案例评选,评出优秀案例20件。"
    result = parse_announcement(title, text)
    assert result.announcement is not None
    assert "河北省司法厅" in {o["name"] for o in result.announcement["organisers"]}


def test_a_page_that_says_who_selected_and_how_many_is_an_announcement_without_a_series_name():
    text = ("3月8日,某区妇联召开表彰会,揭晓30户“和美家庭”,并为获奖家庭颁发了证书。"
            "这些家庭在孝老爱亲、教子有方等方面表现突出。")
    result = parse_announcement("春风十里 家风传承", text)
    assert result.announcement is not None
    assert result.announcement["counts"]["selected"] == 30
    # A profile that names a competition in passing says neither who ran it nor how many it chose.
    profile = "某社区书记从事社区工作二十年,社区曾获评先进集体,她本人也多次受到表彰,深受居民好评。"
    assert parse_announcement("扎根社区二十年", profile).announcement is None


def test_a_dateline_and_its_reporter_are_no_part_of_the_opening_that_stands_in_for_a_headline():
    # The reporter's given name is a stage word (丛书): read as the headline, the page would be a book launch.
    text = ("某某日报讯(记者 陈丛书 江城报道)为推动城市治理创新,江城市于2012年设立“江城城市治理创新奖”,"
            "面向各地表彰治理创新的成功实践。本届评选已收到申报项目120个。")
    facts = parse_announcement(None, text).announcement
    assert facts is not None
    assert facts["series"] == "江城城市治理创新奖" and facts["stage"] != "book"


def test_methods_ranked_by_a_selection_make_a_page_about_one_without_a_competition_word():
    text = "12月3日,记者了解到,近日全国50个优秀网格工作法公布,我市两个社区的网格工作法入选。"
    facts = parse_announcement("我市两个网格工作法入选全国50优", text).announcement
    assert facts is not None and facts["series"] == "全国优秀网格工作法" and facts["counts"]["selected"] == 50


def test_a_contest_of_projects_on_a_stage_and_a_list_of_titles_are_about_a_selection():
    text = "“项目是落实工作的载体。”某市委组织部负责人说。6月5日,全市16个项目同台比拼,评委现场打分。"
    facts = parse_announcement("我市“百村共建”优秀项目擂台赛举行", text).announcement
    assert facts is not None and facts["series"] == "百村共建优秀项目擂台赛"
    listed = parse_announcement(None, "日前,某部发布“2021年度全国平安示范社区”称号的公示名单,我区两个社区入选。")
    assert listed.announcement is not None and listed.announcement["series"] == "全国平安示范社区"


def test_a_page_accepted_for_who_selected_how_many_takes_the_numbered_selection_the_story_names():
    text = ("中文 ENG 新闻 城市档案 魅力某市 影像 风光 概况\n"
            "由团省委、省青联主办的第三届某省青年社会组织优秀公益项目评选活动,"
            "经专家评审,共评选出10个优秀公益项目。")
    facts = parse_announcement("中文 ENG 新闻 城市档案 魅力某市", text).announcement
    assert facts is not None
    assert series_key(facts["series"]) == series_key("某省青年社会组织优秀公益项目评选") and facts["edition"] == 3


def test_a_title_conferred_in_a_numbered_round_and_a_batch_under_review_are_announcements():
    text = "核心提示:近日,某部对第三次全国和美社区建设示范单位进行授牌,某区捧回“全国和美社区建设示范城区”殊荣。"
    facts = parse_announcement("某区获“全国和美社区建设示范城区”称号", text).announcement
    assert facts is not None
    assert facts["series"] == "全国和美社区建设示范单位" and facts["edition"] == 3 and facts["stage"] == "results"
    reviewed = ("近日,来自全国12个省市的20个单位参加了某部第三批“全国社区营造创新实验区”评审会议,"
                "某区顺利通过“全国社区营造创新实验区”的申报审定。")
    facts = parse_announcement(None, reviewed).announcement
    assert facts is not None and facts["series"] == "全国社区营造创新实验区" and facts["edition"] == 3


def test_a_notice_naming_the_holders_of_a_title_is_an_announcement_of_that_designation():
    text = ("各省、自治区、直辖市卫生健康委:\n根据有关工作安排,经各地推荐、专家评审和公示,"
            "现命名北京市某某社区等500个社区为2023年全国示范性儿童友好型社区。")
    facts = parse_announcement("关于命名2023年全国示范性儿童友好型社区的通知", text).announcement
    assert facts is not None and facts["series"] == "全国示范性儿童友好型社区" and facts["stage"] == "results"


def test_the_opening_may_number_the_competition_past_a_first_sentence_that_names_none():
    text = ("6月26日下午,在某市电视台演播大厅里,14个公益创投项目的负责人举起手中的获选证书。"
            "他们的笑容为某市首届公益创投大赛画下了完美的句点。")
    facts = parse_announcement(None, text).announcement
    assert facts is not None and facts["series"] == "某市公益创投大赛" and facts["edition"] == 1
    # One the story's subject was honoured in before is not the one it reports.
    profile = ("该派出所扎根社区二十年,服务群众数万人次。"
               "先后被某部命名为首批“枫桥式示范派出所”,涌现出多名优秀民警。")
    assert parse_announcement(None, profile).announcement is None


def test_a_pilot_designated_and_ranked_reports_or_bodies_made_public_are_about_a_selection():
    facts = parse_announcement("某市被确定为“全国城市社区营造试点合格城市”",
                               "近日,某部公布试点验收结果,某市被确定为“全国城市社区营造试点合格城市”。").announcement
    assert facts is not None and facts["series"] == "全国城市社区营造试点合格城市"
    facts = parse_announcement("2016年度社区服务优秀年度报告出炉", "某办日前公布了2016年度社区服务优秀年度报告。")
    assert facts.announcement is not None


def test_a_first_batch_of_a_title_named_at_a_ceremony_is_an_announcement_run_by_the_campaigns_launcher():
    text = ("新华社北京3月8日电 8日，首批“枫桥式司法所”命名揭晓仪式在司法部举行，80个基层司法所获得这一殊荣。"
            "经中央批准，司法部于去年部署全国司法行政机关开展创建“枫桥式司法所”活动。")
    facts = parse_announcement(None, text, None).announcement
    assert facts is not None and facts["series"] == "枫桥式司法所" and facts["edition"] == 1
    assert facts["organisers"] == [{"name": "司法部", "role": "organiser"}]


def test_a_bodys_account_of_its_year_announces_no_selection_unless_its_headline_names_one():
    text = ("2023年，区民政局围绕中心工作，开展了社区治理优秀案例评选，评出十佳案例10个，并组织社会组织等级评估。"
            "2024年将继续深化改革。")
    assert parse_announcement("某区民政局2023年工作总结", text, None).announcement is None
    headline = "2023年某区社区治理优秀案例评选工作总结"
    assert parse_announcement(headline, text, None).announcement is not None


def test_a_headline_that_names_the_body_calling_for_entries_gives_its_organiser():
    title = "某某区民政局征集2021年党建+公益创投项目"
    text = "本网讯 记者从某某区民政局获悉，为鼓励社会力量参与基层服务，现面向社会公开征集项目，3月底前提交材料。"
    facts = parse_announcement(title, text, None).announcement
    assert {"name": "某某区民政局", "role": "organiser"} in facts["organisers"]


def test_a_report_of_how_a_body_s_work_is_going_announces_no_selection():
    text = ("今年以来，我局围绕中心工作，扎实推进各项任务。组织开展了“最美社区”评选，评出十佳社区10个；"
            "推进网格化治理，全年化解矛盾纠纷300余件。")
    assert parse_announcement("一、2025年重点工作推进情况", text, None).announcement is None
    assert parse_announcement("某县文明创建工作情况汇报", text, None).announcement is None


def test_a_headline_reporting_a_title_won_is_a_designation_s_results():
    text = "近日，某省平安建设领导小组印发通知，某某市等地通过考核验收。市委政法委负责人表示，将持续推进平安建设。"
    facts = parse_announcement("某某市被命名为自治区平安市", text, None).announcement
    assert facts is not None and facts["series"] == "自治区平安市"
