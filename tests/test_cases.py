"""Case lists and case examples from announcement pages (crawler.parse.cases)."""

from __future__ import annotations

from crawler.parse.cases import find_case_list_assets, parse_cases

TABLE_PAGE = """<html><body><p>附件：2024年度基层治理创新案例评选结果</p>
<table>
<tr><th>序号</th><th>案例名称</th><th>申报单位</th><th>所属区</th></tr>
<tr><td colspan="4">一等奖</td></tr>
<tr><td>1</td><td>“街事会”协商共治平台</td><td>陆家嘴街道</td><td>浦东</td></tr>
<tr><td>2</td><td>老旧小区加装电梯全流程服务</td><td>徐汇区枫林路街道</td><td></td></tr>
<tr><td colspan="4">二等奖</td></tr>
<tr><td>3</td><td>数字孪生河长制</td><td>青浦区水务局</td><td>青浦区</td></tr>
</table></body></html>"""


def test_table_with_tier_rows() -> None:
    cases = parse_cases(TABLE_PAGE, "")
    assert cases == [
        {"name": "“街事会”协商共治平台", "unit": "陆家嘴街道", "district": "浦东新区", "tier": "一等奖"},
        {"name": "老旧小区加装电梯全流程服务", "unit": "徐汇区枫林路街道", "district": "徐汇区", "tier": "一等奖"},
        {"name": "数字孪生河长制", "unit": "青浦区水务局", "district": "青浦区", "tier": "二等奖"},
    ]


def test_numbered_lines_under_tier_headings() -> None:
    text = "\n".join(
        [
            "第三届长三角城市治理最佳实践案例入选名单如下：",
            "一、十佳案例（2件）",
            "1. “一网统管”城市运行体系——上海市城市运行管理中心",
            "2. 《社区治理微更新》（申报单位：杭州市上城区小营街道）",
            "二、优秀案例",
            "1. 河长制数字化管理 | 嘉兴市嘉善县水利局",
            "以上案例将汇编成书，并在年度论坛上集中展示。",
        ]
    )
    cases = parse_cases(None, text)
    assert [case["name"] for case in cases] == ["“一网统管”城市运行体系", "社区治理微更新", "河长制数字化管理"]
    assert cases[0]["unit"] == "上海市城市运行管理中心"
    assert cases[0]["tier"] == "十佳案例"
    assert cases[1]["unit"] == "杭州市上城区小营街道"
    assert cases[2] == {"name": "河长制数字化管理", "unit": "嘉兴市嘉善县水利局", "district": None, "tier": "优秀案例"}


def test_html_list_items() -> None:
    page = "<div><h3>获奖名单</h3><h4>金奖</h4><ul><li>1、“老小孩”智慧养老服务——长宁区华阳路街道</li></ul></div>"
    cases = parse_cases(page, "")
    assert cases == [{"name": "“老小孩”智慧养老服务", "unit": "长宁区华阳路街道", "district": "长宁区", "tier": "金奖"}]


def test_numbered_prose_is_not_a_list() -> None:
    text = "申报要求如下：\n1. 申报对象为本市各区、各部门以及各类社会组织，案例应已运行一年以上并取得良好效果。"
    assert parse_cases(None, text, examples=False) == []


def test_enumerated_examples_in_prose() -> None:
    text = (
        "上海正通过“邻里中心”、“睦邻家园”、“攀亲结对” “社区公共文化空间建设”等多种社区治理形式打造熟人社会。"
        "以“城市数字化转型”、“人民城市”、“韧性城市”等研究重点深入开展研究。"
    )
    names = [case["name"] for case in parse_cases(None, text)]
    assert names == ["邻里中心", "睦邻家园", "攀亲结对", "社区公共文化空间建设"]


def test_subject_led_examples_in_prose() -> None:
    text = (
        "黄浦区开展“进百楼、进千企、进万户，问需、问计、问效”行动,在一个月内集中走访近16万户家庭。"
        "嘉定区嘉定镇街道实施“双报到、双报告、双服务”管理模式。"
        "上海农商银行以金融力量赋能社会治理,已建成600余家“心家园”公益服务站。"
        "静安区天目西路街道在蕃瓜弄小区旧改中实现了签约率“双100%”。"
        "金山区正处于贯彻落实“两区一堡”战略定位、加快打造“三区”“五地”的关键时期。"
        "近日，由某某大学公共管理学院编写的《城市更新案例选编》由该校出版社出版发行。"
        "长宁区依托楼宇联盟推动党建资源下沉,全区12个商务楼宇均组建楼宇党委,实现服务在楼门口。"
        "普陀区依托社区云平台推动数据共享,覆盖全区居委会。"
    )
    cases = parse_cases(None, text)
    assert cases == [
        {"name": "进百楼、进千企、进万户，问需、问计、问效", "unit": None, "district": "黄浦区", "tier": None},
        {"name": "双报到、双报告、双服务", "unit": "嘉定镇街道", "district": "嘉定区", "tier": None},
        {"name": "心家园公益服务站", "unit": "上海农商银行", "district": None, "tier": None},
        {"name": "蕃瓜弄小区旧改", "unit": "天目西路街道", "district": "静安区", "tier": None},
        # 依托X…均组建Y: Y is what was founded; with nothing founded, X (what it relied on) names the practice.
        {"name": "楼宇党委", "unit": None, "district": "长宁区", "tier": None},
        {"name": "社区云平台", "unit": None, "district": "普陀区", "tier": None},
    ]


def test_list_images_after_list_heading() -> None:
    page = (
        "<p>与会专家认为，今年的征集活动有两个鲜明的特色。</p><img src='/logo.png'>"
        "<p>附件：第四届案例集入选名单</p>"
        "<center><img src='https://img.example.org/a_w700h2099.jpg'></center>"
        "<center><img src='https://img.example.org/b_w700h2661.jpg'></center>"
        "<p class='em_media'>（文章来源：新华财经）</p>"
    )
    assets = find_case_list_assets(page, "")
    assert assets["images"] == ["https://img.example.org/a_w700h2099.jpg", "https://img.example.org/b_w700h2661.jpg"]
    assert assets["attachments"] == []


def test_attachments_linked_and_printed() -> None:
    page = (
        "<p>详见附件：<a href='/upload/2023获奖名单.pdf'>2023年度优秀案例获奖名单</a></p>"
        "<p><a href='/files/apply.docx'>报名表下载</a></p>"
    )
    text = "有意申报单位可于8月31日前通过网址:https://ciug.example.edu.cn/Upload/Files/form.doc或添加公众号下载报名表。"
    assets = find_case_list_assets(page, text, base_url="https://www.example.edu.cn/news/1.html")
    assert assets["attachments"] == [
        "https://www.example.edu.cn/upload/2023获奖名单.pdf",
        "https://www.example.edu.cn/files/apply.docx",
        "https://ciug.example.edu.cn/Upload/Files/form.doc",
    ]
    assert assets["case_list_attachments"] == ["https://www.example.edu.cn/upload/2023获奖名单.pdf"]


def test_nothing_named() -> None:
    assert parse_cases(None, "") == []
    assert parse_cases("<p></p>", None) == []
    assert find_case_list_assets(None, None) == {"images": [], "attachments": [], "case_list_attachments": []}


LEAD_IN_LIST = ("<div><p>本批共有40个案例入选，其中本市8个。</p><p>本市入选的案例是：</p><ol>"
                "<li>甲区：“邻里汇”服务体系</li><li>上海市徐汇区：“汇治理”平台</li><li>静安：“楼组自治”机制</li></ol>"
                "<p>【责任编辑:王某】</p><div class='related'><p>相关新闻：</p><ul>"
                "<li><a href='/1'>浦东新区：推进城市更新</a></li>"
                "<li><a href='/2'>“一网统管”再升级</a></li></ul></div></div>")


def test_list_after_a_lead_in_sentence_in_html() -> None:
    cases = parse_cases(LEAD_IN_LIST, None)
    # 甲区 is no district known to the parser: it stays a unit; known districts become the case's district
    assert cases == [
        {"name": "“邻里汇”服务体系", "unit": "甲区", "district": None, "tier": None},
        {"name": "“汇治理”平台", "unit": None, "district": "徐汇区", "tier": None},
        {"name": "“楼组自治”机制", "unit": None, "district": "静安区", "tier": None},
    ]


def test_unnumbered_lines_after_a_lead_in_in_text() -> None:
    text = "\n".join([
        "经专家评审，获评优秀案例的有：",
        "长宁区华阳路街道 “老小孩”智慧养老服务",
        "杨浦区“社区规划师”制度",
        "数字孪生河长制（青浦区水务局）",
        "社区规划治理——某某区某某镇",
        "上海市某某研究院",
        "2024年11月5日",
    ])
    cases = parse_cases(None, text)
    assert [(c["name"], c["unit"], c["district"]) for c in cases] == [
        ("“老小孩”智慧养老服务", "长宁区华阳路街道", "长宁区"),
        ("“社区规划师”制度", None, "杨浦区"),
        ("数字孪生河长制", "青浦区水务局", "青浦区"),
        ("社区规划治理", "某某区某某镇", None),
    ]
    assert {c["tier"] for c in cases} == {"优秀案例"}


def test_lead_in_names_the_tier_and_prose_ends_the_list() -> None:
    text = "\n".join([
        "“十佳案例”包括：",
        "黄浦区某某街道：“旧改征收”中的群众工作法",
        "专家认为，本届案例更加聚焦基层减负。(完)",
        "某某区某某街道：“不是案例”的一句话",
    ])
    assert parse_cases(None, text) == [
        {"name": "“旧改征收”中的群众工作法", "unit": "黄浦区某某街道", "district": "黄浦区", "tier": "十佳案例"},
    ]


def test_sentence_ending_in_a_colon_without_list_words_arms_nothing() -> None:
    text = "申报要求如下：\n浦东新区：“家门口”服务体系\n报名材料：申报书一份"
    assert parse_cases(None, text, examples=False) == []
