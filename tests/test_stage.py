"""Stages from titles and openings."""

import pytest

from crawler.parse.stage import classify_stage


@pytest.mark.parametrize("title, stage", [
    ("第二届“上海城市治理最佳实践案例评选”启动仪式举行", "launch"),
    ("关于征集第三届浙江省基层治理创新案例的通知", "call-for-entries"),
    ("第四届上海社会治理创新实践案例发布 彰显“人民城市”善治效能", "results"),
    ("第10届“广州国际城市创新奖”颁奖典礼在穗举行", "ceremony"),
    ("第三届成都城乡社区发展治理“金熊猫奖”获奖名单出炉", "results"),
    ("《社区治理案例选编（第三辑）》出版发行", "book"),
])
def test_title_stages(title, stage):
    assert classify_stage(title, "", names_competition=True) == stage


def test_commentary_and_other():
    essay = "作者：李明\n近年来各地举办案例评选。笔者认为，评选应当关注基层。"
    assert classify_stage("以评选激活基层治理", essay, names_competition=False) == "commentary"
    assert classify_stage("某区召开工作会议", "会上通报了案例评选情况。", names_competition=False) == "other"


def test_an_opinion_piece_naming_a_competition_is_commentary():
    essay = "以第二届“某某案例”评选为例，共收到申报四百余个。笔者以为，评选贵在推广。"
    assert classify_stage("让评选成为治理的助推器", essay, names_competition=True) == "commentary"


def test_a_look_back_at_the_launch_is_not_a_launch():
    text = "本次评选自今年3月启动以来，共收到案例150个，最终评出优秀案例30个。"
    assert classify_stage("第二届某市社区治理大赛结果出炉", text, names_competition=True) == "results"
    looking_back = "大赛已于5月启动，共收到案例150个。"
    assert classify_stage("某市社区治理大赛综述", looking_back, names_competition=True) != "launch"


@pytest.mark.parametrize("title", ["第五届某省治理创新案例评选大会在省城举行", "某区第二届社区项目大赛总决赛落幕",
                                   "某市治理创新奖在京颁发", "第三届某市基层治理案例发布会举行"])
def test_the_event_where_winners_are_made_known_is_a_ceremony(title):
    assert classify_stage(title, "", names_competition=True) == "ceremony"


def test_a_launch_event_stays_a_launch():
    assert classify_stage("第三届某市基层治理案例评选启动大会举行", "", names_competition=True) == "launch"


def test_a_call_word_in_a_name_over_an_opening_that_reports_entries_received():
    text = "2024年，某研究院面向全国征集基层治理创新案例，共收到312份申报材料，最终评出优秀案例40个。"
    assert classify_stage(text.split("，")[0], text, names_competition=True) == "results"


def test_a_page_word_count_is_no_sign_of_an_opinion_piece():
    text = "某某报记者\n本文字数:1320\n12月5日,某市在会展中心举行城市更新论坛。"
    assert classify_stage("城市更新论坛今日开幕", text, names_competition=False) == "other"
    assert classify_stage("城市更新论坛今日开幕", "本文认为城市更新需要更多参与。", names_competition=False) \
        == "commentary"
