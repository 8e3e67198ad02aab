"""Quality flags and text folding for mirrors and tampered pages (crawler.parse.quality)."""

from __future__ import annotations

from crawler.parse.quality import fold_text, has_traditional, is_truncated, quality_flags, spam_brands

SPAM = (
    "3月5日下午，新书首发座谈会在伟德国际1946源于英国徐汇校区总办公厅举行。"
    "伟德国际1946源于英国党委副书记顾锋，伟德国际1946源于英国中国城市治理研究院院长助理韩志明出席。"
)


def test_spam_brand_is_reported_whole() -> None:
    assert spam_brands(SPAM) == ["伟德国际1946源于英国"]
    assert "spam_injection" in quality_flags("新书首发座谈会", SPAM, None, "2019-03-06")


def test_single_injected_site_name() -> None:
    assert spam_brands("研究院与澳门新葡京8883娱乐城合作举办论坛。") != []


def test_news_on_gambling_is_not_spam() -> None:
    text = "公安机关持续打击跨境赌博，澳门特别行政区政府代表出席了会议。"
    assert spam_brands(text) == []
    assert "spam_injection" not in quality_flags("打击跨境赌博", text, None, "2024-01-01")


def test_traditional_mirror_and_inline_pinyin_are_folded() -> None:
    text = "第二屆上海城市治理最佳實(shí)踐(jiàn)案例評選啓動儀式在上海交通大學舉行，共徵集案例四十餘個。"
    flags = quality_flags("上海城市治理最佳實踐案例評選", text, None, "2021-07-20")
    assert "traditional_characters" in flags
    assert "pinyin_inline" in flags
    folded = fold_text(text)
    assert "最佳实践案例评选" in folded
    assert "shí" not in folded
    assert "上海交通大学" in folded


def test_simplified_text_is_left_alone() -> None:
    text = "第二届“上海城市治理最佳实践案例评选”启动仪式在上海交通大学徐汇校区举行，著名学者出席。"
    assert not has_traditional(text)
    assert fold_text(text) == text
    assert quality_flags("启动仪式举行", text, None, "2021-07-20") == []


def test_english_in_parentheses_is_not_pinyin() -> None:
    text = "以中文刊《城市治理研究》和英文刊Urban Governance(UG)为平台，开展数字治理(digital governance)研究。"
    assert "pinyin_inline" not in quality_flags("t", text, None, "2021-07-20")


def test_case_list_only_in_images() -> None:
    html = "<p>附件：第四届案例集入选名单</p><center><img src='https://img.example.org/list1.jpg'></center>"
    assert "case_list_in_images" in quality_flags("案例发布", "附件：第四届案例集入选名单", html, "2022-01-07")


def test_case_list_in_attachment() -> None:
    html = "<p>评选结果见附件：<a href='/files/result.xlsx'>获奖名单</a></p>"
    assert "case_list_in_attachment" in quality_flags("结果公布", "评选结果见附件：获奖名单", html, "2022-01-07")


def test_missing_date() -> None:
    assert "missing_date" in quality_flags("标题", "正文。", None, None)
    assert "missing_date" not in quality_flags("标题", "正文。", None, "2022-01-07")


def test_truncation() -> None:
    assert is_truncated(
        "本届活动自7月启动以来，全市各单位各部门踊跃参与，共申报案例逾330件，经专家评审并报主管部门审定，精选出"
    )
    assert is_truncated("本届活动自7月启动以来……")
    assert not is_truncated("经专家评审，精选出50件案例。\n编辑:葛格\n最新动态")
    assert not is_truncated("未来三方将围绕多方面展开深入合作。\n©2014-2024 dbsqp.com")
    assert not is_truncated("引导全市广大青年和中小学生树立正确的世界观、人生观、价值观，把精神传承下去。 |")
    assert not is_truncated("正文结束。\n关键词 >> 新型冠状病毒,新冠病毒,味觉嗅觉丧失,预测指标,澎湃新闻,城市治理")


def test_variant_forms_the_converter_leaves_are_folded_too():
    text = "本報訊 陜西省首屆巾幗志愿服務項目大賽頒獎儀式在西安舉行，現場為獲獎項目頒獎。"
    assert fold_text(text) == "本报讯 陕西省首届巾帼志愿服务项目大赛颁奖仪式在西安举行，现场为获奖项目颁奖。"
