"""The cases an announcement names: winners' lists in tables, lists and numbered lines, and examples in prose.

Results are published as tables (``序号 | 案例名称 | 申报单位 | 所属区``), as numbered lines under tier headings
(``一、十佳案例`` then ``1. “街事会”协商共治平台——浦东新区陆家嘴街道``), or not at all: a news report then describes
some cases in prose (``浦东新区创新“街事会”模式``), and the list itself is a picture or an attached document.
:func:`parse_cases` reads all three; :func:`find_case_list_assets` keeps the URLs of list pictures and documents.
Every case is ``{"name", "unit", "district", "tier"}``; a field the page does not give is ``None``.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import html as lxml_html

from crawler.parse.districts import canonical_district, find_districts

_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "blockquote", "center", "section"}
_ATTACHMENT = re.compile(r"\.(?:docx?|pdf|xlsx?|zip|rar|7z|wps|et)(?:[?#].*)?$", re.IGNORECASE)
_ATTACHMENT_IN_TEXT = re.compile(
    r"https?://[\x21-\x7e]+?\.(?:docx?|pdf|xlsx?|zip|rar|7z|wps|et)(?![A-Za-z0-9])", re.IGNORECASE
)
# Words that announce a list of cases: 入选名单, 获奖名单, 案例集入选名单, 评选结果, 名录, 一览表.
_LIST_CUE = re.compile(
    r"名单|名录|一览|评选结果|获奖结果|入选案例|获奖案例|获奖项目|入选项目|案例如下|项目如下|结果如下|公示"
)
# A sentence that hands over to the list below it: 上海入选的案例是：, 获评优秀案例的有：, 获奖单位分别为：.
_LEAD_IN = re.compile(
    r"(?:入选|获奖|获评|当选|入围|命名|认定|表彰)[^：:。；]{0,12}(?:是|为|有|如下|包括)\s*[：:]\s*$"
    r"|(?:案例|项目|成果|单位)[^：:。；]{0,6}(?:分别|依次)?(?:是|为|如下|包括)\s*[：:]\s*$"
)

# Lines that close the story and any list in it: the editor's line, a related-links or share box, paging links.
_LIST_END = re.compile(
    r"^[\s\[【(（]*(?:责任编辑|责编|编辑|文章来源|稿件来源|来源|作者|审核|校对)\s*[:：]"
    r"|^[\s\[【(（]*(?:相关(?:阅读|新闻|链接|文章|报道|推荐)|延伸阅读|推荐阅读|热门(?:推荐|文章|新闻)|更多(?:精彩|新闻|阅读|报道)"
    r"|猜你喜欢|分享到|上一篇|下一篇|打印本页|关闭窗口|版权所有)"
)

# -- tiers ------------------------------------------------------------------------------------------------------------
_TIER = re.compile(
    r"^(?:[特一二三四五]等奖|[金银铜]奖|优秀奖|鼓励奖|入围奖|提名奖|最佳\S{0,8}奖|十佳\S{0,8}|十大\S{0,8}|"
    r"(?:优秀|提名|入围|示范|创新|典型|最佳)\S{0,6}(?:案例|项目|实践|成果|单位)|\S{0,8}奖)$"
)
_NUMBERING = re.compile(
    r"^\s*(?:\d{1,3}\s*[.、．)）]|[(（]\s*\d{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|"
    r"[(（][一二三四五六七八九十]{1,3}[)）]|[①-⑳])\s*"
)
_COUNT_SUFFIX = re.compile(r"\s*[(（]\s*(?:共)?\s*[\d一二三四五六七八九十百]+\s*[个件项篇名家]\s*[)）]\s*$")

# -- table columns ----------------------------------------------------------------------------------------------------
_NAME_HEADER = re.compile(r"名称|案例|项目|成果|作品|题目")
_UNIT_HEADER = re.compile(r"单位|主体|报送|推荐|申报|实施|完成")
_DISTRICT_HEADER = re.compile(r"^(?:所属|所在)?(?:区|区县|区域|地区)$|所属区|所在区")
_TIER_HEADER = re.compile(r"等次|等级|奖项|奖次|类别|荣誉|获奖")

# -- one list line: a name, a unit, maybe a district ----------------------------------------------------------------
_UNIT_SUFFIX = re.compile(
    r"(?:街道|镇|乡|村|居委会|村委会|社区|区|县|委员会|委|局|办公室|办|中心|院|所|公司|银行|集团|学校|大学|学院|医院|"
    r"法院|检察院|政府|支队|大队|站|协会|基金会|馆|部|队|厅|处|署|团|联合会|联|会)(?:党委|党组|党工委|工委)?$"
)
_SEPARATORS = re.compile(r"\s*(?:——|—|－|--|\||｜|\t|\s{2,}|：|:)\s*")
_UNIT_FIRST = re.compile(r"^(?P<unit>[^\s“\"「《]{2,24}?)(?:\s(?=\S)|(?=[“\"「《]))(?P<rest>.*[\u4e00-\u9fff].*)$")
_DATE_ONLY = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")
_QUOTED = re.compile(r"[“\"「《]([^”\"」》]{2,40})[”\"」》]")
_BRACKETED_UNIT = re.compile(
    r"[(（]\s*(?:申报单位|报送单位|推荐单位|实施单位|单位)?[：:]?\s*([^()（）]{2,30})\s*[)）]\s*$"
)

# -- examples in prose ----------------------------------------------------------------------------------------------
# ``“A”、“B”、“C”等多种形式``: an enumeration of quoted names closed by 等 and a word that says they are practices.
_ENUMERATION = re.compile(
    r"((?:[“\"][^”\"]{2,30}[”\"](?:[\u4e00-\u9fff]{0,10}?\s*[、,，]\s*|\s*))+[“\"][^”\"]{2,30}[”\"][\u4e00-\u9fff]{0,10}?)"
    r"等(?P<head>[^，,。；]{0,12})"
)
_PRACTICE_HEAD = re.compile(r"形式|项目|做法|模式|实践|案例|举措|经验|探索|品牌|工作法|创新|建设|行动|工程")
_ENUM_ITEM = re.compile(r"[“\"]([^”\"]{2,30})[”\"]")
# ``浦东新区创新“街事会”模式``: a district or a unit at the start of a clause, at once doing something named.
_ACTION = (
    r"(?:(?:持续|积极|率先|全面|着力|创新|大力|不断|统筹|联合[^，,。；]{0,8}?)?"
    r"(?:开展|创新|实施|推出|打造|推进|探索|建立|建设|建成|编写|推行|首创|试点|构建|依托|发起|启动|创设|创建)|在)"
)
# A unit's name never starts with a preposition: 由复旦大学…编写的 is not a subject.
_UNIT_NAME = (
    r"(?![由经在对从据向与和将把被为让])(?:上海市)?[\u4e00-\u9fff]{2,14}?(?:中心|法院|检察院|银行|公司|集团|委员会|局|办公室|研究院|医院|大学|学院|协会|"
    r"街道|镇)"
)
_GENERIC_TAIL = re.compile(r"(?:管理模式|工作模式|模式|行动|机制|做法|工作法|品牌|理念|经验|工作)$")
_CLAUSE = re.compile(r"[^。；;！？!?\n，,]+")


def parse_cases(html: str | None, text: str | None, examples: bool = True) -> list[dict]:
    """The cases the page names, in page order: ``[{"name", "unit", "district", "tier"}]``.

    Lists come first: tables with a name column, then numbered or bulleted lines under a list heading or a tier
    heading. A page with no list gives the cases its prose describes (``examples=False`` turns that off): quoted
    names enumerated as practices (``“社区通”、“一网通办”等形式``) and clauses whose subject is a district or a unit
    doing something named (``嘉定区嘉定镇街道实施“双报到、双报告、双服务”管理模式``). Fields the page does not give
    stay ``None``; a quoted name is kept as printed.
    """
    cases: list[dict] = []
    lines = _lines_of(html, cases) if html else []
    if not lines:
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    cases.extend(_cases_from_lines(lines))
    if cases or not examples:
        return _unique(cases)
    prose = text or "\n".join(lines)
    return _unique(_enumerated_examples(prose) + _clause_examples(prose))


def find_case_list_assets(html: str | None, text: str | None = None, base_url: str | None = None) -> dict:
    """Pictures and documents a results list may be in: ``{"images", "attachments", "case_list_attachments"}``.

    ``images`` are the pictures that follow a list heading (``附件：…入选名单`` then three JPEGs) before any more
    prose; ``attachments`` are all linked or printed document URLs (.doc/.docx/.pdf/.xls/.xlsx/.zip...), in page
    order; ``case_list_attachments`` those whose link text or surrounding line names a list (名单, 获奖结果...).
    """
    images: list[str] = []
    attachments: list[str] = []
    list_attachments: list[str] = []
    if html:
        root = _parse_html(html)
        if root is not None:
            images = _list_images(root, base_url)
            for link in root.iter("a"):
                href = (link.get("href") or "").strip()
                if href and _ATTACHMENT.search(href):
                    url = urljoin(base_url or "", href)
                    attachments.append(url)
                    context = link.text_content() + " " + _block_text(link)
                    if _LIST_CUE.search(context):
                        list_attachments.append(url)
    for line in (text or "").splitlines():
        for match in _ATTACHMENT_IN_TEXT.finditer(line):
            attachments.append(match.group())
            if _LIST_CUE.search(line):
                list_attachments.append(match.group())
    return {
        "images": list(dict.fromkeys(images)),
        "attachments": list(dict.fromkeys(attachments)),
        "case_list_attachments": list(dict.fromkeys(list_attachments)),
    }


# -- HTML -------------------------------------------------------------------------------------------------------------
def _parse_html(html: str):
    try:
        return lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def _lines_of(html: str, cases: list[dict]) -> list[str]:
    """The page's block texts in order; tables with a name column are read into ``cases`` instead."""
    root = _parse_html(html)
    if root is None:
        return []
    lines: list[str] = []
    tier: str | None = None
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "table":
            table_cases = _table_cases(element, tier)
            if table_cases:
                cases.extend(table_cases)
                for cell in element.iter():
                    cell.tag = "_read"  # keep its text out of the lines
            continue
        if element.tag in _BLOCK_TAGS and not any(
            child.tag in _BLOCK_TAGS for child in element.iter() if child is not element
        ):
            line = " ".join(element.text_content().split())
            if line and element.tag == "li" and not _NUMBERING.match(line):
                # an <ol>/<ul> item is numbered by the markup, not in its text
                line = f"{_item_number(element)}. {line}"
            if line:
                lines.append(line)
                tier = _tier_of_heading(line) or tier
    return lines


def _item_number(item) -> int:
    parent = item.getparent()
    siblings = [child for child in parent if child.tag == "li"] if parent is not None else [item]
    return siblings.index(item) + 1


def _table_cases(table, tier: str | None) -> list[dict]:
    rows = [
        [" ".join(cell.text_content().split()) for cell in row if cell.tag in ("td", "th")] for row in table.iter("tr")
    ]
    header_index, columns = next(
        ((i, _columns(row)) for i, row in enumerate(rows) if "name" in _columns(row)), (None, {})
    )
    if header_index is None:
        return []
    cases = []
    for row in rows[header_index + 1 :]:
        if len(row) == 1 or (row and len({cell for cell in row if cell}) == 1):
            tier = _tier_of_heading(next(cell for cell in row if cell) if any(row) else "") or tier
            continue
        name = _cell(row, columns.get("name"))
        if not name:
            continue
        unit = _cell(row, columns.get("unit"))
        district_cell = _cell(row, columns.get("district"))
        district = canonical_district(district_cell) or (canonical_district(unit) if unit else None)
        cases.append(
            {
                "name": _strip_quotes(name),
                "unit": unit,
                "district": district,
                "tier": _cell(row, columns.get("tier")) or tier,
            }
        )
    return cases


def _columns(row: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        if len(cell) > 12:
            continue
        for key, pattern in (
            ("district", _DISTRICT_HEADER),
            ("tier", _TIER_HEADER),
            ("unit", _UNIT_HEADER),
            ("name", _NAME_HEADER),
        ):
            if key not in columns and pattern.search(cell):
                columns[key] = index
                break
    return columns


def _cell(row: list[str], index: int | None) -> str | None:
    if index is None or index >= len(row):
        return None
    return row[index].strip() or None


def _list_images(root, base_url: str | None) -> list[str]:
    """Images that come after a list heading, with no more than a short caption of text between them."""
    images: list[str] = []
    armed = False
    text_since = 0
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "img":
            alt = element.get("alt") or element.get("title") or ""
            src = element.get("src") or element.get("data-src") or ""
            if src and (armed or _LIST_CUE.search(alt)):
                images.append(urljoin(base_url or "", src))
                text_since = 0
            continue
        own = (element.text or "").strip()
        if _LIST_CUE.search(own):
            armed, text_since = True, 0
        elif own:
            text_since += len(own)
            if text_since > 80:  # prose again: the list pictures are over
                armed = False
    return images


def _block_text(element) -> str:
    for ancestor in element.iterancestors():
        if ancestor.tag in _BLOCK_TAGS or ancestor.tag in ("td", "div"):
            return ancestor.text_content()
    return ""


# -- lines ------------------------------------------------------------------------------------------------------------
def _cases_from_lines(lines: list[str]) -> list[dict]:
    """Numbered or plain lines under a list heading, a lead-in sentence or a tier heading.

    The list ends with prose, or with the first line that is no case once it has given cases (a signature, an
    editor's line, the related-links box below the story).
    """
    cases: list[dict] = []
    tier: str | None = None
    in_list = listed = handed_over = False
    for line in lines:
        heading_tier = _tier_of_heading(line)
        if heading_tier:
            tier, in_list, listed, handed_over = heading_tier, True, False, False
            continue
        lead_in = bool(_LEAD_IN.search(line))
        if lead_in or (len(line) <= 40 and _LIST_CUE.search(line) and not _NUMBERING.match(line)):
            in_list, listed = True, False
            # only a line that ends by handing over (…名单如下：) vouches for the unnumbered lines below it
            handed_over = lead_in or bool(re.search(r"[：:]\s*$", line))
            tier = _tier_of_lead_in(line) or tier
            continue
        if not in_list:
            continue
        if len(line) > 80 or "。" in line or _LIST_END.match(line):  # prose again (…。(完)), or the story is over
            in_list, tier = False, None
            continue
        case = _case_of_line(line, tier, handed_over)
        if case:
            cases.append(case)
            listed = True
        elif listed:
            in_list, tier = False, None
    return cases


def _tier_of_heading(line: str) -> str | None:
    bare = _COUNT_SUFFIX.sub("", _NUMBERING.sub("", line.strip()))
    bare = bare.strip('【】[]“”"：:　 ')
    if 2 <= len(bare) <= 14 and _TIER.match(bare) and not _QUOTED.search(line):
        return bare
    return None


def _tier_of_lead_in(line: str) -> str | None:
    """The tier a lead-in names: ``“十佳案例”包括：``, ``优秀案例如下：``."""
    for quoted in _QUOTED.findall(line):
        if tier := _tier_of_heading(quoted):
            return tier
    head = re.sub(r"(?:分别|依次)?(?:包括|是|为|有|如下)?\s*[：:]\s*$", "", line)
    if head == line:
        return None
    # the last clause, without the verb that awards the tier: 经评审，获评优秀案例的有： -> 优秀案例
    clause = re.split(r"[，,；;]", head)[-1]
    clause = re.sub(r"^(?:被|荣|共有|共)?(?:获评|获得|获|评为|入选|当选|确定为)", "", clause).removesuffix("的")
    return _tier_of_heading(clause)


def _case_of_line(line: str, tier: str | None, handed_over: bool = False) -> dict | None:
    """One list line as a case. A numbered line, or any line under a tier heading, is an item; an unnumbered line
    below a lead-in (``上海入选的案例是：``) must look like one: a quoted name, or a name and a unit apart
    (``浦东新区：“家门口”服务体系``, ``名称（单位）``, ``单位 名称``)."""
    body = _NUMBERING.sub("", line).strip()
    numbered = body != line.strip()
    if not body or _DATE_ONLY.match(body):
        return None
    unit = None
    bracketed = _BRACKETED_UNIT.search(body)
    if bracketed and _UNIT_SUFFIX.search(bracketed.group(1)):
        unit, body = bracketed.group(1).strip(), body[: bracketed.start()].strip()
    parts = _parts(body)
    shaped = unit or len(parts) >= 2 or _QUOTED.search(body)
    if not numbered and not shaped and _UNIT_SUFFIX.search(body):
        return None  # an unnumbered bare unit name below a list is the signature (上海市某某研究院)
    if not (numbered or tier or (handed_over and shaped)):
        return None
    district = None
    if len(parts) >= 2:
        for part in parts:
            district = _bare_district(part)
            if district:  # 浦东新区：“家门口”服务体系 — the district is the case's subject, not a unit
                parts = [other for other in parts if other is not part]
                break
    if unit is None and len(parts) >= 2:
        unit_parts = [part for part in parts if _UNIT_SUFFIX.search(part) and not _QUOTED.search(part)]
        if unit_parts:
            unit = unit_parts[-1]
            parts = [part for part in parts if part is not unit]
    name = _strip_quotes(parts[0]) if parts else None
    if not name or len(re.findall(r"[\u4e00-\u9fff]", name)) < 2:
        return None
    district = district or (canonical_district(unit) if unit else None)
    if district is None:
        for part in parts[1:]:
            district = canonical_district(part)
            if district:
                break
    return {"name": name, "unit": unit, "district": district, "tier": tier}


def _parts(body: str) -> list[str]:
    """A list line split into its name and unit: at a dash, bar, colon or wide space; else at a single space or
    before an opening quote, where the piece before is a unit's or a district's name (``长宁区华阳路街道 “老小孩”``,
    ``浦东新区“家门口”服务体系``)."""
    parts = [part for part in _SEPARATORS.split(body) if part]
    if len(parts) > 1:
        return parts
    split = _UNIT_FIRST.match(body)
    if split and (_UNIT_SUFFIX.search(split["unit"]) or _bare_district(split["unit"])):
        return [split["unit"], split["rest"].strip()]
    return parts


def _bare_district(part: str) -> str | None:
    """The district a piece of a line is, when it is nothing but a district's name (``浦东新区``, ``上海市浦东新区``,
    ``浦东``, ``杭州市上城区``)."""
    bare = part.strip().removeprefix("上海市")
    district = canonical_district(bare)
    if district and (bare == district or (len(bare) <= 3 and district.startswith(bare))):
        return district
    return bare if find_districts(bare) == [bare] else None


def _strip_quotes(value: str) -> str:
    value = value.strip()
    match = _QUOTED.fullmatch(value)
    return match.group(1).strip() if match else value


# -- prose ------------------------------------------------------------------------------------------------------------
def _enumerated_examples(text: str) -> list[dict]:
    cases = []
    for match in _ENUMERATION.finditer(text):
        if not _PRACTICE_HEAD.search(match.group("head").strip()[:8]):
            continue
        for item in _ENUM_ITEM.findall(match.group(1)):
            cases.append({"name": item.strip(), "unit": None, "district": None, "tier": None})
    return cases


_SUBJECT_PART = rf"(?P<district>(?:上海市)?(?:浦东新区|[\u4e00-\u9fff]{{2}}区))?(?P<unit>{_UNIT_NAME})?"
_SUBJECT_ACTION = re.compile(rf"^{_SUBJECT_PART}(?P<action>{_ACTION})(?P<object>.+)$")
_SUBJECT = re.compile(rf"^{_SUBJECT_PART}(?=以|通过|借助|发挥|坚持|聚焦|围绕)")
_FOLLOW_ACTION = re.compile(rf"^(?:已|并|还|先后|累计)(?P<action>{_ACTION})(?P<object>.+)$")


def _clause_examples(text: str) -> list[dict]:
    """Clauses that start with a district or a unit and go on at once to what it did.

    The subject may stand alone in its clause when the next one goes on with the action
    (``上海农商银行以金融力量赋能社会治理，已建成600余家“心家园”公益服务站``).
    """
    cases = []
    for sentence in re.split(r"[。；;！？!?\n]", _protect_quoted_commas(text)):
        clauses = [clause.replace(_COMMA_MARK, "，").strip() for clause in _CLAUSE.findall(sentence)]
        for index, clause in enumerate(clauses):
            match = _SUBJECT_ACTION.match(clause)
            later = clauses[index + 1 :]
            if not match:
                subject, follow = _SUBJECT.match(clause), _FOLLOW_ACTION.match(later[0]) if later else None
                if not (subject and subject.group() and follow):
                    continue
                groups = {**subject.groupdict(), **follow.groupdict()}
                later = later[1:]
            else:
                groups = match.groupdict()
            case = _example(groups, later)
            if case:
                cases.append(case)
    return cases


def _example(groups: dict, later: list[str]) -> dict | None:
    if not (groups.get("district") or groups.get("unit")):
        return None
    district = find_districts(groups.get("district") or "")
    if groups.get("district") and not district:
        return None
    unit = groups.get("unit")
    name = _founded_later(later) if groups["action"].endswith("依托") else None
    name = name or _object_name(groups["action"], groups["object"], later)
    if not name:
        return None
    if not district and unit:
        district = find_districts(unit)
    return {"name": name, "unit": unit, "district": district[0] if district else None, "tier": None}


_COMMA_MARK = "\ue000"


def _protect_quoted_commas(text: str) -> str:
    """Commas inside quotes do not end a clause: “进百楼、进千企、进万户，问需、问计、问效”."""
    return re.sub(r"“[^”]{0,60}”", lambda m: m.group().replace("，", _COMMA_MARK).replace(",", _COMMA_MARK), text)


# ``全区61个片区均成立片区党委``: what a clause says was founded.
_FOUNDED = re.compile(r"(?:均|都|已|并|还|普遍)?(?:成立|组建|设立)(?:了)?(?P<object>[^，,]{3,16})$")


def _founded_later(later: list[str]) -> str | None:
    """After ``依托X推动…`` (X is what the practice relies on), the body the same sentence says was founded
    (``…均成立片区党委``) is the practice; None when the sentence founds nothing."""
    for clause in later:
        found = _FOUNDED.search(clause)
        if found:
            name = re.split(r"推动|实现|已|将|成为|覆盖|形成|的", found.group("object"))[0]
            return _plain(name) if len(name) >= 3 else None
    return None


def _object_name(action: str, obj: str, later: list[str]) -> str | None:
    """The name of what a subject did: the quoted or book-titled object, or a short plain noun phrase."""
    if action == "在":  # 在蕃瓜弄小区旧改中实现… / 在蟠龙“城中村”改造中坚持…
        inner = re.match(r"(.{2,16})中", obj)
        return _plain(inner.group(1)) if inner else None
    quoted = re.match(r"^[^“\"《]{0,10}?[“\"《]([^”\"》]{2,40})[”\"》]([\u4e00-\u9fff]{0,6})", obj)
    if quoted:
        tail = quoted.group(2)
        if obj.lstrip().startswith("的"):  # 编写的《…》: what was made is described, not named as a practice
            return None
        book = "《" in quoted.group(0)
        return quoted.group(1) + ("" if book or not tail or _GENERIC_TAIL.search(tail) else tail)
    for candidate in [obj, *later[:1]]:
        phrase = re.sub(r"^[\d一二三四五六七八九十百千万余多个家项]+", "", candidate.strip())
        phrase = re.split(r"推动|实现|已|将|成为|覆盖|形成|的", phrase)[0]
        if 4 <= len(phrase) <= 16 and not re.search(r"[“”\"《》]", phrase):
            return phrase
        if "的" in candidate:
            after = candidate.split("的", 1)[1]
            after = re.split(r"已|将|实现|覆盖|成为", after)[0]
            if 4 <= len(after) <= 16:
                return after
    return None


def _plain(name: str) -> str:
    return re.sub(r"[“”\"《》]", "", name).strip()


def _unique(cases: list[dict]) -> list[dict]:
    seen: set[str] = set()
    unique = []
    for case in cases:
        if case["name"] and case["name"] not in seen:
            seen.add(case["name"])
            unique.append(case)
    return unique
