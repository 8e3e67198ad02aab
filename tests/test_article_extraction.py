"""extract_article (HTML: site selectors first, generic fallback second) and extract_text_article (plain text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extract.article import SiteSelectors, decode_html, extract_article, extract_text_article
from crawler.parse.dates import first_datetime

SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # ../shared, as in conftest.py

# A chinanews.com.cn-style article page: header line with date and source, hidden #pubtime_baidu, the story in
# div.left_zw, an editor line, then share bar, related links and footer.
CHINANEWS_LIKE = """<html><head><title>第三届城市治理案例评选启动-中新网</title>
<meta name="keywords" content="城市治理"></head><body>
<div class="nav"><a href="/">首页</a><a href="/gn/">国内</a></div>
<h1 class="content_left_title">第三届城市治理案例评选启动</h1>
<div class="content_left_time">2022年07月15日 10:32　来源：中国新闻网</div>
<span id="pubtime_baidu" style="display:none">2022-07-15 10:32:08</span>
<div class="left_zw">
<p>　　中新网上海7月15日电(记者 王小明)第三届城市治理最佳实践案例评选15日在沪启动，主办方介绍了评选的安排。</p>
<p>　　本届评选面向全市各区、街镇征集案例，申报截止日期为8月31日，评选结果将于10月揭晓。</p>
<p>　　主办方表示，评选将突出基层创新与可复制性，入选案例将汇编成书。</p>
</div>
<div class="adEditor">【编辑:李华】</div>
<div class="share-box"><a>分享到微信</a><a>分享到微博</a></div>
<div class="related-news"><h3>相关新闻</h3><ul>
<li><a href="/a.shtml">2022年07月14日 上海发布城市更新新政</a></li>
<li><a href="/b.shtml">2022年07月13日 社区治理论坛举行</a></li></ul></div>
<div class="footer">Copyright 中国新闻网 版权所有</div>
</body></html>"""
URL = "https://www.chinanews.com.cn/gn/2022/07-15/9804000.shtml"


def test_generic_fallback_reads_an_unseen_page() -> None:
    fields = extract_article(CHINANEWS_LIKE, URL)
    assert fields.title == "第三届城市治理案例评选启动"
    assert fields.published_at == "2022-07-15T10:32:08+08:00"
    assert fields.origin == "中国新闻网"
    assert fields.author == "王小明"
    assert fields.editor == "李华"
    assert fields.text.startswith("中新网上海7月15日电")
    assert fields.text.endswith("入选案例将汇编成书。")
    for furniture in ("分享到", "相关新闻", "城市更新新政", "Copyright", "首页", "【编辑"):
        assert furniture not in fields.text
    assert set(fields.fallback_fields) == {"title", "published_at", "origin", "author", "editor", "text"}


def test_site_selectors_come_first_and_fallbacks_are_reported_honestly() -> None:
    selectors = SiteSelectors(
        title=("h1.content_left_title",), published_at=(".content_left_time",), body=(".left_zw",),
        editor=(".adEditor",),
    )
    fields = extract_article(CHINANEWS_LIKE, URL, selectors)
    # the selector's text "2022年07月15日 10:32　来源：…" is normalised; the hidden field's seconds are not mixed in
    assert fields.published_at == "2022-07-15T10:32:00+08:00"
    assert fields.editor == "李华"
    assert fields.text.startswith("中新网上海7月15日电")
    assert fields.fallback_fields == ["origin", "author"]


def test_selector_that_stops_matching_falls_back() -> None:
    fields = extract_article(CHINANEWS_LIKE, URL, SiteSelectors(title=("#ivs_title",), published_at=("#ivs_date",)))
    assert fields.title == "第三届城市治理案例评选启动"
    assert fields.published_at == "2022-07-15T10:32:08+08:00"
    assert "title" in fields.fallback_fields and "published_at" in fields.fallback_fields


def test_meta_and_json_ld_dates_in_other_zones_become_beijing_time() -> None:
    html = """<html><head><meta property="article:published_time" content="2023-03-01T02:00:00Z">
    <title>某区社区治理案例发布_某某网</title></head><body><h1>某区社区治理案例发布</h1>
    <div class="article"><p>某区今天发布了社区治理创新案例，共有二十个案例入选，涵盖了多个街道。</p></div>
    </body></html>"""
    assert extract_article(html, "https://example.cn/news/1.html").published_at == "2023-03-01T10:00:00+08:00"
    json_ld = html.replace('<meta property="article:published_time" content="2023-03-01T02:00:00Z">',
                           '<script type="application/ld+json">{"@type": "NewsArticle", '
                           '"datePublished": "2023-03-01T10:00:00+08:00", "author": {"name": "张三"}}</script>')
    fields = extract_article(json_ld, "https://example.cn/news/1.html")
    assert fields.published_at == "2023-03-01T10:00:00+08:00"
    assert fields.author == "张三"


def test_url_day_overrules_a_date_from_elsewhere_on_the_page() -> None:
    """A page without a dated header: the first date in the header lines belongs to a related item, the URL
    carries the article's day."""
    html = """<html><body><h1>社区治理案例汇编出版</h1><div class="info">相关：2019-01-05 旧闻</div>
    <div class="content"><p>社区治理案例汇编近日出版，收录了全市各区的优秀案例，共计四十二个。</p></div>
    </body></html>"""
    assert extract_article(html, "http://www.example.gov.cn/xw/20210308/abc.html").published_at == "2021-03-08"
    assert extract_article(html, "http://www.example.gov.cn/xw/abc.html").published_at == "2019-01-05"


def test_story_written_between_br_tags() -> None:
    html = """<html><body><h1>评选结果揭晓</h1>
    <div class="txt">第一段正文内容，介绍评选结果揭晓的情况和入选案例数量。<br>
    第二段正文内容，介绍专家评审的过程。<br>第三段正文内容。</div>
    <ul class="hot"><li><a href="/1">热门文章一</a></li><li><a href="/2">热门文章二</a></li></ul></body></html>"""
    text = extract_article(html, "").text
    assert text.splitlines()[0].startswith("第一段正文内容")
    assert "热门文章" not in text


def test_aggregator_tail_of_related_headlines_is_cut() -> None:
    story = "".join(f"<p>这是正文的第{i}段，讲述城市精细化治理的经验与做法，内容比较长。</p>" for i in range(1, 5))
    tail = "".join(f"<p><a href='/{i}'>另一篇文章标题{i}</a></p>" for i in range(8))
    html = f"<html><body><h1>标题</h1><div>{story}<p>作者:王某</p><p>编辑:何某</p>{tail}</div></body></html>"
    fields = extract_article(html, "")
    assert fields.text.splitlines()[-1].startswith("这是正文的第4段")
    assert fields.editor == "何某"
    assert fields.author == "王某"


STORY = "".join(f"<p>这是正文的第{i}段，介绍本次基层治理案例征集的过程、评审的标准和结果。</p>" for i in range(1, 3))


@pytest.mark.parametrize("lead_in", ["本市入选的案例是：", "获奖名单如下：",
                                     "经评审，以下单位的项目获评示范项目，分别为:"])
@pytest.mark.parametrize("list_html", [
    "<ol><li>甲区：“邻里汇”服务体系</li><li>乙区：“睦邻点”行动</li><li>丙街道“楼组自治”机制</li></ol>",
    "<ul><li>“邻里汇”服务体系（甲区民政局）</li><li>“睦邻点”行动（乙街道）</li><li>“楼组自治”机制（丙镇）</li></ul>",
    "<table><tr><td>甲区</td><td>邻里汇服务体系</td></tr><tr><td>乙区</td><td>睦邻点行动</td></tr>"
    "<tr><td>丙镇</td><td>楼组自治机制</td></tr></table>",
])
@pytest.mark.parametrize("selectors", [None, SiteSelectors(body=("#detail",))], ids=["generic", "site"])
def test_list_after_a_lead_in_is_story_text(lead_in, list_html, selectors) -> None:
    html = (f"<html><body><h1>标题</h1><div id='detail'>{STORY}<p>{lead_in}</p>{list_html}</div>"
            "<div class='editor'>【责任编辑:王某】</div></body></html>")
    lines = extract_article(html, "", selectors).text.splitlines()
    assert lines[2] == lead_in
    assert len(lines) == 6 and "睦邻点" in lines[4]


@pytest.mark.parametrize("label", ["相关新闻：", "延伸阅读", "更多精彩："])
def test_related_links_list_inside_the_story_is_still_cut(label) -> None:
    links = "".join(f"<li><a href='/{i}'>另一篇文章标题{i}</a></li>" for i in range(5))
    html = f"<html><body><h1>标题</h1><div id='detail'>{STORY}<p>{label}</p><ul>{links}</ul></div></body></html>"
    assert extract_article(html, "").text.splitlines()[-1].startswith("这是正文的第2段")
    bare = f"<html><body><h1>标题</h1><div id='detail'>{STORY}<ul>{links}</ul></div></body></html>"
    assert extract_article(bare, "").text.splitlines()[-1].startswith("这是正文的第2段")


@pytest.mark.parametrize("html", ["", "<html></html>", "not html at all", "<p>短</p>"])
def test_bad_input_gives_empty_fields_not_errors(html: str) -> None:
    fields = extract_article(html, "https://example.cn/x")
    assert fields.published_at is None


def test_decode_gb_pages_declared_gb2312() -> None:
    text = "<html><head><meta charset=gb2312></head><body>朱镕基 上海交通大学</body></html>"
    body = text.encode("gb18030")  # 镕 is not in GB2312: a strict gb2312 decode would fail
    assert "朱镕基" in decode_html(body)
    assert decode_html(text.encode("utf-8")) == text


def test_plain_text_with_breadcrumb_date_line_and_bylines() -> None:
    text = """中国新闻网-上海新闻
上海分社正文
某区第五届社区治理创新案例发布
2023年12月28日 16:05   来源:中新网上海

  中新网上海新闻12月28日电(记者 张三)某区第五届社区治理创新案例28日发布，共有30件案例入选。

  本届活动自2023年6月启动以来，共收到申报案例120件。(完)

编辑:李四

本网站所刊载信息,不代表中新社和中新网观点。
"""
    fields = extract_text_article(text)
    assert fields.title == "某区第五届社区治理创新案例发布"
    assert fields.published_at == "2023-12-28T16:05:00+08:00"
    assert (fields.origin, fields.author, fields.editor) == ("中新网上海", "张三", "李四")
    assert fields.text.endswith("(完)")
    assert "本网站" not in fields.text


def test_plain_text_front_matter_with_html_paragraphs() -> None:
    text = """---
layout: post
title: "第二届某市基层治理案例征集启动"
date: 2022-05-10 09:30:00 +0800
---
<p>5月9日，第二届某市基层治理案例征集活动正式启动，活动由某市委政法委指导。</p>
<p>申报截止日期为7月31日。(王五)</p>
<p class="em_media">（文章来源：某某财经）</p>
"""
    fields = extract_text_article(text)
    assert fields.title == "第二届某市基层治理案例征集启动"
    assert fields.published_at == "2022-05-10T09:30:00+08:00"
    assert (fields.author, fields.origin) == ("王五", "某某财经")
    assert fields.fallback_fields == []


def test_plain_text_headline_is_not_spam_furniture_or_a_newspaper_page_label() -> None:
    hijacked = "免费影院在线看,无码高清,彩票娱乐城注册送金\n\n第三届某省社区治理创新案例评选启动\n\n" \
               "2022年03月08日09:15  来源:某某网\n\n3月8日，评选正式启动。"
    assert extract_text_article(hijacked).title == "第三届某省社区治理创新案例评选启动"
    # A newspaper page: the date line comes first, the page number and kicker above the headline.
    paper = "| | | 2019年06月11日 星期二\n07\n专版\n聚焦基层治理\n某市评出第二届十佳社区工作法\n\n" \
            "本报讯 经过三轮评审，某市第二届十佳社区工作法日前评出，共有十个工作法入选。"
    fields = extract_text_article(paper)
    assert (fields.title, fields.published_at) == ("某市评出第二届十佳社区工作法", "2019-06-11")
    assert fields.text.startswith("本报讯")


def test_plain_text_date_line_below_a_site_menu() -> None:
    menu = "\n\n".join(["欢迎访问某市社工网!", "网站首页", "通知公告公示", "政策法规办事指南", "组织库人才库",
                          "志愿服务项目库", "服务地图站点地图", "捐赠窗口", "机构简介", "联系我们", "专题专栏"])
    text = f"{menu}\n\n某中心项目入围第二届城市治理创新奖\n\n来源: 更新时间:2021-04-02 10:20:30 点击:\n\n" \
           "    4月1日，第二届城市治理创新奖入围项目揭晓。"
    fields = extract_text_article(text)
    assert fields.title == "某中心项目入围第二届城市治理创新奖"
    assert fields.published_at == "2021-04-02T10:20:30+08:00"


def test_plain_text_that_opens_with_prose_has_no_headline() -> None:
    text = ("☉ 策划/本刊编辑部 执行/某某\n近日，某省第二届社会治理创新案例评选结果揭晓，共评出优秀案例30个。\n"
            "评选由省民政厅主办。")
    assert extract_text_article(text).title is None


def test_plain_text_epaper_page_dated_by_its_index_row() -> None:
    text = ("某省日报 数字报纸\n\n00003版:要闻\n\n基层治理创新结硕果\n\n  本报某市6月2日讯 (记者 某某) 今天,第四届某省"
            "\n\n  评选由省委改革办指导。\n\n"
            "某省日报 要闻 00003 基层治理创新结硕果 2016-06-03 1234567 2 2016年06月03日")
    fields = extract_text_article(text)
    assert (fields.title, fields.published_at) == ("基层治理创新结硕果", "2016-06-03")
    assert fields.text.startswith("本报某市6月2日讯")


def test_plain_text_menus_salutations_and_a_notice_signed_with_its_date() -> None:
    menu = ("南京 无锡 徐州 常州 苏州 南通 连云港\n\n某市第二届社区治理案例评选结果揭晓\n\n"
            "2021-11-02 08:30 来源:某某日报\n\n正文")
    assert extract_text_article(menu).title == "某市第二届社区治理案例评选结果揭晓"
    notice = ("某省基层治理创新案例入选名单公示:我市8份案例榜上有名!\n来源:某某研究会 编辑:某某\n"
              "为总结各地基层治理创新经验,推广可复制、可借鉴的做法,现将入选名单予以公示\n某某研究会\n2023年9月4日\n名单")
    fields = extract_text_article(notice)
    assert fields.title == "某省基层治理创新案例入选名单公示:我市8份案例榜上有名!"
    assert fields.published_at is None  # the date under the signature dates the notice, not the page
    assert extract_text_article("各相关单位:\n为推广基层治理经验,现征集优秀案例。").title is None


@pytest.mark.skipif(not (SHARED / "eval" / "seeds.jsonl").exists(), reason="../shared is not beside the checkout")
def test_every_labelled_header_field_of_the_seeds() -> None:
    checked = 0
    for line in (SHARED / "eval" / "seeds.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        fields = extract_text_article((SHARED / "seeds" / label["seed"]).read_text(encoding="utf-8"))
        for name in ("title", "published_at", "editor", "author", "origin"):
            # a field the label leaves out is one the text does not give: it must stay empty
            assert getattr(fields, name) == label.get(name), (label["seed"], name)
            checked += 1
    assert checked == 25


def test_decode_web_archive_copy_declaring_two_charsets() -> None:
    """A Wayback copy: the archive's banner declares utf-8, the archived page gb2312, the bytes are GBK."""
    page = ('<html><head><meta charset="utf-8"><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "</head><body>话剧《约定无期限》河北各市巡演结束</body></html>")
    assert "话剧《约定无期限》" in decode_html(page.encode("gb18030"))


def test_plain_text_of_an_error_page_wrapped_around_a_story() -> None:
    # A site printed its 404 notices around the story: they are no headline, and neither is page navigation.
    text = ("您访问的页面不存在\n404\n\nSORRY!\n\n您访问的页面走丢了\n\n您的位置:某网首页 » 新闻 »\n\n"
            "某市社区治理项目获评省级优秀案例\n\n您访问的页面不存在\n404\n\n"
            "某网讯 在今年的评选中,某市申报的社区治理项目获评优秀案例。")
    assert extract_text_article(text).title == "某市社区治理项目获评省级优秀案例"
    paper = ("国内统一刊号:CN00-0000 某某日报社出版\n\n上一篇   下一篇\n\n基层治理再结新果\n\n"
             "近日,某省第二届治理案例名单公布,我县一案例入选。")
    assert extract_text_article(paper).title == "基层治理再结新果"


def test_plain_text_bare_date_line_below_a_long_menu() -> None:
    menu = "\n".join(f"  • 栏目{n}" for n in range(30))
    text = f"{menu}\n\n某县获评社区治理优秀案例 县长率团队领奖\n\nby 某中心\n2023-05-06\nin 新闻\n正文第一句。"
    fields = extract_text_article(text)
    assert (fields.title, fields.published_at) == ("某县获评社区治理优秀案例 县长率团队领奖", "2023-05-06")


def test_plain_text_epaper_index_row_with_page_metadata() -> None:
    text = ("上一篇 下一篇\n\n走好基层治理新路\n\n近日,某省治理案例名单公示,某县一案例入选。\n\n"
            "--> 2021-04-09 某某某 1 1 某某日报 content_12345.html 1 走好基层治理新路 /enpproperty-->")
    fields = extract_text_article(text)
    assert (fields.title, fields.published_at) == ("走好基层治理新路", "2021-04-09")


def test_plain_text_gambling_keyword_line_is_no_headline() -> None:
    text = ("澳门赌场招聘-赌场排行_免费百家乐软件_资讯网址 (中国)·官方网站\n\n新闻动态\n\n首页 > 新闻动态 > 正文\n\n"
            "十年坚持 某大学调研大赛走向全国\n\n稿件来源:某学院 编辑:某某 发布日期:2024-06-05 阅读量:\n\n正文。")
    fields = extract_text_article(text)
    assert (fields.title, fields.published_at) == ("十年坚持 某大学调研大赛走向全国", "2024-06-05")


def test_plain_text_dated_by_a_dateline_that_prints_the_year() -> None:
    text = ("▲11月16日,论坛现场。某报记者 某某 摄\n"
            "某客户端·某新闻网2022年11月17日讯(记者 某某)11月16日,某城市治理论坛举行,会上发布了优秀案例。")
    assert extract_text_article(text).published_at == "2022-11-17"
    # a dateline without the year gives no date
    assert extract_text_article("某某网11月17日讯 论坛举行。").published_at is None


def test_plain_text_story_sentence_that_opens_with_a_date_is_no_date_line() -> None:
    text = ("某合作社负责人在颁奖现场讲话。\n"
            "2015年3月2日,由十家公益组织共同发起的首届某某公益评选在某地揭晓。\n"
            "评选共收到申报项目两百余个。")
    fields = extract_text_article(text)
    assert fields.published_at is None
    assert fields.text is not None and fields.text.startswith("某合作社") and "首届某某公益评选" in fields.text
    # a date line that only prints the day is still one
    dated = extract_text_article("某区公益评选揭晓\n2015年3月2日 10:20 来源:某网\n正文一句。")
    assert dated.published_at == "2015-03-02T10:20:00+08:00"


def test_plain_text_reading_time_line_is_no_headline() -> None:
    text = "本篇文章620字,读完约2分钟\n\n某区最美志愿服务项目评选结果揭晓\n\n正文一句,评出十个项目。"
    assert extract_text_article(text).title == "某区最美志愿服务项目评选结果揭晓"


def test_plain_text_notice_signed_with_its_date_and_a_day_upgraded_by_its_time() -> None:
    notice = ("为总结经验,某厅组织开展了某某案例征集活动。现将拟获奖名单公示如下。\n"
              "联系电话:0000-0000000\n某省某厅\n2023年5月8日")
    assert extract_text_article(notice).published_at == "2023-05-08"
    # a top bar gives the day, the line under the headline its time
    page = ("date 2025-03-04 建议使用新版浏览器浏览本站。\n\n首页 > 地方\n\n某县评出十个优秀社区\n\n"
            "2025/03/04 09:15 记者某某/某地报道\n某县评出十个优秀社区,颁奖表扬。")
    assert extract_text_article(page).published_at == "2025-03-04T09:15:00+08:00"


def test_a_date_whose_day_is_closed_by_a_slash_keeps_its_time() -> None:
    assert first_datetime("时间: 2023/09/18/ 16:40") == "2023-09-18T16:40:00+08:00"


def test_plain_text_image_markup_and_its_caption_are_no_story_line() -> None:
    text = "![]() 活动现场 作者 某某团委 供图\n某网12月5日电 由某市主办的某某大赛3日举行。"
    fields = extract_text_article(text)
    assert fields.text is not None and fields.text.startswith("某网12月5日电")


def test_plain_text_notice_copied_without_header_keeps_its_story() -> None:
    story = ("根据《某区社会组织扶持办法》要求,为鼓励社会组织参与社会治理,某区民政局开展2024年度某区公益创投大赛。"
             "经过申报、初审、路演评审等流程,评选出15个公益创投项目,现将评选结果予以公示,公示期为5天,"
             "如有异议请在公示期内向某区民政局反映,联系电话0000-0000000,逾期不予受理,特此公示。")
    text = f"{story}\n附件:2024年度某区公益创投大赛评选结果\n某区民政局\n2024年5月6日"
    fields = extract_text_article(text)
    assert fields.text is not None and fields.text.startswith("根据《某区社会组织扶持办法》")
    assert fields.title is None and fields.published_at == "2024-05-06"


def test_a_caption_a_document_number_and_a_masthead_above_a_breadcrumb_are_no_headline():
    # A photo caption in brackets, then the story.
    article = extract_text_article("（资料图片）\n"
                                   "某网1月9日讯 近日,某某优秀案例名单揭晓,共有10个项目入选,涉及多个省份。\n")
    assert article.title is None
    # A notice copied from its document number on: it has no headline line.
    article = extract_text_article("某民发〔2021〕8号\n各县(区)民政局:\n"
                                   "为推进社区治理创新,经研究,决定开展示范社区评选。\n")
    assert article.title is None
    # The site's name stands above the breadcrumb; the headline comes after it.
    text = ("某省公众服务平台\n当前位置: 首页 > 通知公告 > 详情\n返回\n\n"
            "某中心关于开展绿色社区典型案例征集活动的通知\n\n各有关单位:\n为推广经验,现开展典型案例征集,请各单位于5月前报送。\n")
    assert extract_text_article(text).title == "某中心关于开展绿色社区典型案例征集活动的通知"


def test_a_teaser_above_the_breadcrumb_and_a_slogan_headline_with_commas_keep_the_header():
    text = ("8日,某市志愿服务项目大赛启动仪式暨表彰某市2023年度“六最”志愿服务先进典型、先进集体活动举行\n"
            "您当前的位置 : 某某网>原创>\n\n某市表彰100个志愿服务先进典型\n\n某某网 时间:2023-08-08 19:30\n\n"
            "某某网8月8日消息 8日,某市志愿服务项目大赛启动。\n")
    fields = extract_text_article(text)
    assert fields.title == "某市表彰100个志愿服务先进典型"
    assert fields.published_at == "2023-08-08T19:30:00+08:00"
    text = ("您所在的位置: 某某网 > 国内 > 正文\n\n“你帮我,我帮你,邻里团结一家亲”——某社区里的暖心事\n\n"
            "2021-05-07 10:29:44 来源:某某网\n\n某某社8月6日电 这是某社区的联谊活动之一。\n")
    fields = extract_text_article(text)
    assert fields.published_at == "2021-05-07T10:29:44+08:00"


def test_a_byline_a_photo_credit_and_adult_spam_are_no_headline():
    fields = extract_text_article("■通讯员 某某某\n"
                                  "近日,某省民政厅编写了社区治理创新典型案例集,收录案例十个,涉及多个地市。\n")
    assert fields.title is None
    fields = extract_text_article("某某新闻记者 某某\n"
                                  "12月21日,由某省网信办主办的政务新媒体大会在成都举行,会上揭晓了十佳账号。\n")
    assert fields.title is None
    text = "某市平安建设工作会议召开 某某 摄\n某某网讯 4月24日下午,某市召开平安建设工作会议,通报了年度考评情况。\n"
    assert extract_text_article(text).title == "某市平安建设工作会议召开"
    text = ("国产精品视频人人做人人爱,亚洲日韩精品在线\n2023“某省十佳政务新媒体”评选活动投票启动\n"
            "2023-04-13 11:32:38 来源:某某网\n某某网讯 评选活动投票今日启动。\n")
    assert extract_text_article(text).title == "2023“某省十佳政务新媒体”评选活动投票启动"


def test_a_one_line_text_whose_date_runs_on_as_prose_keeps_its_story():
    text = ("date 2024-08 某港, 2024年8月5日 - (某某商讯) – 「某港义工奖」为某局与某会合办的年度义工嘉许计划,"
            "今年起接受提名,截止日期为9月30日。")
    fields = extract_text_article(text)
    assert fields.published_at is not None and fields.published_at.startswith("2024-08")
    assert fields.text is not None and fields.text.startswith("某港, 2024年8月5日")


def test_a_greeting_in_traditional_characters_and_a_slashed_byline_are_furniture():
    from crawler.extract.plaintext import _furniture
    assert _furniture("某某第三代網站~請多多來站光臨!")
    assert _furniture("某某日報／ 記者某某某／台北即時報導")
    assert not _furniture("某某日报记者走访社区治理创新一线")


def test_a_second_headline_and_a_share_prompt_above_the_story_do_not_end_it():
    text = ("第A3版:城市论坛·某某奖\n\n某某奖,今晚揭晓!\n\n扫一扫,看更多相关报道。\n\n"
            "12月7日至9日,城市论坛在江城举行,第三届某某城市创新奖得主将于今晚揭晓。\n\n"
            "本届评选共收到来自40个国家的申报。")
    fields = extract_text_article(text)
    assert fields.text is not None and "第三届某某城市创新奖" in fields.text and "共收到" in fields.text


def test_an_e_paper_page_turner_and_a_photo_caption_are_no_headline():
    from crawler.extract.plaintext import _furniture
    assert _furniture("当前版: 05版 上一版 下一版")
    assert _furniture("↑图说:某区获奖社区代表合影(图片来源:某区民政局提供)")
    text = ("往期阅读\n当前版: 05版 上一版 下一版\n放大 缩小 默认\n某区两个社区入选全国优秀案例\n"
            "某某报讯(记者 王某)近日,某某案例名单公布,我区两个社区入选,数量居全市前列。")
    assert extract_text_article(text).title == "某区两个社区入选全国优秀案例"


def test_the_original_headline_under_a_reposting_sites_masthead():
    text = ("某某头条 掌上某某\n某某研究院 某某图片社 某某传媒公司 某某印务公司 某某发行公司\n演播厅 会议室\n"
            "原标题\n我市“百村共建”优秀项目擂台赛举行\n“项目是工作落地的有效形式,”某某说,“擂台赛是一种创新。”")
    assert extract_text_article(text).title == "我市“百村共建”优秀项目擂台赛举行"


def test_the_original_headline_given_on_its_own_label_line_beats_the_subtitles_under_it():
    text = ("某市社区微更新大赛启动 获奖社区将得50万元\n原标题: 某市社区微更新大赛启动 获奖社区将得50万元\n"
            "2021年社区微更新大赛启动\n入选社区将各获50万元经费\n"
            "晚报讯 (记者张某)近日,某市社区微更新大赛正式启动,全市各社区均可报名。")
    assert extract_text_article(text).title == "某市社区微更新大赛启动 获奖社区将得50万元"


def test_a_menu_row_opening_with_the_home_link_is_no_headline():
    from crawler.extract.plaintext import _furniture
    assert _furniture("首頁 新聞中心 鎮(zhèn)江新聞 鎮(zhèn)江新聞 - 社會")
    assert not _furniture("首批社区治理创新案例发布")


def test_a_photo_caption_signed_by_its_photographer_is_no_headline():
    from crawler.extract.plaintext import _furniture
    assert _furniture("某协会理事长(右2)致力于社区营造,让长者都能得到照顾。记者王某某／摄影")
    assert not _furniture("某社区夺「金星奖」 社区营造成果获肯定")


def test_a_privacy_banner_an_app_prompt_and_a_byline_block_under_the_story():
    text = ("本網站使用相關技術提供更好的閱讀體驗,同時尊重使用者隱私,點這裡瞭解本社隱私聲明。\n"
            "某社新聞APP Icon某社新聞APP\n下載\n\n某市社区营造奖揭晓 三社区获奖\n\n2020/6/2 12:15\n"
            "某市今天公布第三届社区营造奖,三个社区获奖。")
    fields = extract_text_article(text)
    assert fields.title == "某市社区营造奖揭晓 三社区获奖"
    assert fields.published_at == "2020-06-02T12:15:00+08:00"
    footer = ("某区召开第二届公益创投项目评审会\n\n11月11日,某区第二届公益创投评审会在区社会组织服务中心举办。\n\n"
              "2016-11-21 15:00:27         来源:某某网     编辑:某某\n分享到:")
    assert extract_text_article(footer).published_at == "2016-11-21T15:00:27+08:00"


def test_a_section_and_its_subsection_are_no_headline():
    from crawler.extract.plaintext import _furniture
    assert _furniture("地方 地方焦點")
    assert not _furniture("地方 治理创新案例揭晓")


def test_a_browser_warning_is_no_headline():
    from crawler.extract.plaintext import _furniture
    assert _furniture("请升级浏览器版本")
    assert _furniture("你正在使用旧版本浏览器。请升级浏览器以获得更好的体验。")


def test_a_government_sites_printing_help_is_furniture_above_a_roc_dated_header():
    text = ("您的瀏覽器不支援JavaScript功能,若部份網頁功能無法正常使用時,請開啟瀏覽器JavaScript狀態\n友善列印 :\n"
            "請利用鍵盤按住Ctrl + P開啟列印功能\n字級設定 :\n"
            "IE6請利用鍵盤按住ALT鍵 + V → X → (G)最大(L)較大(M)中(S)較小(A)小,來選擇適合您的文字大小,\n\n"
            "第二屆社區照顧創新獎揭曉 十個社區獲獎\n\n日期:112-05-06\n資料來源:某部\n\n"
            "某部今日公布第二屆社區照顧創新獎,十個社區獲獎。")
    fields = extract_text_article(text)
    assert fields.title == "第二屆社區照顧創新獎揭曉 十個社區獲獎"
    assert fields.published_at == "2023-05-06"


def test_a_dated_dateline_past_a_caption_and_a_share_bar():
    text = ("某縣社區評比大放異彩 十個社區獲獎\n\n某縣第三屆社區評比頒獎典禮5日在縣府舉行。(某某/某報)\n人氣: 12\n"
            "【字號】\n標籤: tags: ,\n\n【某報2022年03月15日訊】(某報記者某某某縣報導)某縣第三屆社區評比頒獎典禮,"
            "5日上午在縣府舉行,十個社區獲獎。")
    assert extract_text_article(text).published_at == "2022-03-15"


def test_a_labelled_date_under_a_headline_below_a_long_menu():
    menu = "\n".join(f"  • 欄目{i}" for i in range(70))
    text = (f"某某報\n{menu}\n沒有結果\n某縣表揚績優社區 肯定社區營造成果\n2023-11-02\n"
            "縣政府2日舉辦績優社區表揚典禮,共26個社區獲獎。")
    assert extract_text_article(text).published_at == "2023-11-02"


def test_a_keywords_line_is_no_headline():
    text = "关键词: 社区\n某区公益创投大赛落幕\n近日,某区公益创投大赛正式落幕,14个入选项目签约。"
    assert extract_text_article(text).title == "某区公益创投大赛落幕"


def test_a_notice_cut_off_in_its_outline_keeps_the_outline():
    # The short lines at the end are the notice's own sections and bodies, not a box of related headlines.
    text = ("关于举办某区第三届社区创新项目大赛的通知\n发布时间:2023年05月10日\n"
            "为激发社区活力,培养社区工作人才,某区民政局连续三年举办社区创新项目大赛,现将有关事项通知如下:\n"
            "一、大赛目标\n引导青年关注社区问题,为社区治理输送新鲜力量,为社会组织培育后备人才队伍。\n"
            "二、组织单位\n(一)主办单位\n某区民政局\n(二)承办单位\n某社会工作服务中心\n(三)协办高")
    fields = extract_text_article(text)
    assert fields.text is not None and "某社会工作服务中心" in fields.text


def test_a_page_that_is_a_notice_is_dated_by_its_signature_though_its_list_follows() -> None:
    page = ("【结果公示】关于2022年某区社区营造优秀项目评选结果的公示\n"
            "根据评选通知要求,经专家评审,拟将以下项目评为优秀项目,现予公示。\n某区社区营造中心\n2022年9月7日\n"
            "优秀项目名单\n甲社区 | 邻里花园 |\n乙社区 | 长者饭堂 |")
    assert extract_text_article(page).published_at == "2022-09-07"
    # a story that only cites a notice is not dated by the notice's signature
    story = page.replace("【结果公示】关于2022年某区社区营造优秀项目评选结果的公示", "某区评出社区营造优秀项目")
    assert extract_text_article(story).published_at is None


def test_a_notice_copied_from_its_addressee_or_document_number_is_dated_by_its_signature() -> None:
    body = ("为推进社会组织高质量发展，省民政厅制定了《某省品牌社会组织评价办法》。现印发给你们，请认真贯彻落实。\n"
            "某省民政厅\n2024年8月6日\n(此件主动公开)\n某省品牌社会组织评价办法\n第一条 为规范评价工作……")
    assert extract_text_article("各州(市)民政局:\n" + body).published_at == "2024-08-06"
    assert extract_text_article("某民函〔2024〕12号\n各市民政局:\n" + body).published_at == "2024-08-06"
    # a story that quotes a notice's lines is not dated by them
    assert extract_text_article("记者从省民政厅获悉，" + body).published_at is None


def test_a_paragraph_with_a_spam_name_injected_stays_the_story_and_a_numbered_section_is_no_headline() -> None:
    notice = ("各高校、社会工作服务机构:\n"
              "为提升社会工作服务效能,由某省社会学学会主办,成人影院在线 承办的某省第三届社会工作实务案例大赛"
              "将于2025年10月举行,现将有关事项通知如下。\n一、大赛目标\n本次大赛旨在交流推广优秀实践。")
    fields = extract_text_article(notice)
    assert fields.title != "一、大赛目标"
    assert fields.text is not None and "某省第三届社会工作实务案例大赛" in fields.text


def test_a_sites_banner_with_todays_date_gives_way_to_the_labelled_publication_date() -> None:
    page = ("财经 > 滚动新闻 > 正文\n2024年04月19日 星期五\n某市启动首届“某某改革创新奖”评选\n"
            "发布时间:2015-05-25 01:31:04 来源:某某日报\n某某日报讯 某某奖评选活动将正式拉开。")
    assert extract_text_article(page).published_at == "2015-05-25T01:31:04+08:00"
