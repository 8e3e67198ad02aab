"""Which competition an announcement is about: its name found in the title and text, folded to one canonical name.

Announcements name a competition in a few ways, and this module reads them without a list of known
competitions (a list only joins variants, ``crawler/data/series_aliases.json``):

* after an ordinal: ``第二届“上海城市治理最佳实践案例评选”启动``, ``南京市第五届“十佳社区治理创新案例”评选``,
  ``民政部公布第二批全国城市基层治理创新典型案例`` (a place written just before the ordinal belongs to the name);
* a name without an ordinal, in a title that ends in a stage verb: ``2023年广东省“民生微实事”优秀案例征集活动启动``;
* a book series: ``《像绣花一样精细:城市治理的金山实践》`` … ``城市精细化治理系列丛书的第二本``.

:func:`series_key` is the folding that decides when two names are the same series (full/half-width brackets
and quotes, a year or 十佳/十大 inside the name, 上海 vs 中国(上海), a trailing 评选/活动/征集活动).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from crawler.parse.districts import city_names, province_names, word_starts_at
from crawler.parse.numbers import NUMERAL, to_int
from crawler.parse.organisers import story_place

# The ordinal that numbers an edition: 第二届, 首届, 第2批, 第三期.
# (第三季度 is a quarter of the year, not a third season.)
ORDINAL = rf"(?:第\s*{NUMERAL}\s*(?:届|批次?|期|季(?!度)|次)|首届|首批)"


def ordinal_value(ordinal: str) -> int | None:
    """``第四届`` -> 4, ``首届`` / ``首批`` -> 1, ``第10届`` -> 10."""
    if ordinal.startswith("首"):
        return 1
    match = re.match(ORDINAL, ordinal)
    if not match:
        return None
    return to_int(re.sub(r"[第届批次期季\s]", "", ordinal))


# A competition's name ends in one of these head nouns (longest first so 评选活动 beats 评选).
HEAD_NOUNS = ("评选活动", "征集活动", "推选活动", "评选", "评比", "征集", "推选", "案例", "大赛", "竞赛", "奖", "项目",
              "实践", "典型", "案例集", "活动", "工作法", "挑战赛", "擂台赛", "经验", "选拔", "评鉴", "成果", "大赏",
              "评估", "大调查", "比赛", "大比拼", "PK赛", "大奖赛", "竞演", "创投")
# (A 榜 is a list of honours a competition publishes, 慈善爱心榜; one is not put 上榜 on its own name.)
_HEAD = ("|".join(sorted(HEAD_NOUNS, key=len, reverse=True)).replace("|奖", "|(?<![领颁获得评嘉夺受参])奖")
         + "|(?<![上登入打光])榜(?![单样上])")  # (某镇榜上有名: a winner on the list)
# Words that end the name: what the article says happened to the competition, or where.
_STOP = (r"(?:正式|隆重|顺利|圆满|近日|日前|近期"
         r"|在[^\s，。“”]{0,16}(?:举行|举办|召开|揭晓|发布|启动)|在京|在沪|在穗|在宁|在杭|对外"
         r"|启动|发布|揭晓|公布|公示|出炉|颁奖|颁发|颁(?=[一二三四五六七八九十百\d])|举行|结果|获奖|获得|荣获|获选|入选|入围|评审"
         # (…大赛现场, …案例现场路演活动: the scene of an event of it)
         r"|现场"
         r"|仪式|典礼|大会|通知|公告|启事|申报|报名|成果展(?!示)"
         r"|名单|暨|的通知|总决赛|决赛|半决赛|复赛|初赛|预赛|终审|评出|选出|奖项|表彰会|发布会|成功"
         # (…实验区通过结项验收: what the places chosen went through)
         r"|通过(?=[^，,。]{0,6}(?:验收|评审|评估|审核))|[，,。；;：:！？!?、]|(?<![A-Za-z])\s(?![A-Za-z])"
         # 工作 ends a name (…征集遴选工作的通知) but is also inside one (全国社会工作优秀案例).
         r"|工作(?=$|的|[，。；：:、\s]|正式|顺利|圆满|启动|开展|进行|已|现|将))")
_FORUM_JOINED = re.compile(r"(?:论坛|峰会|年会|大会|研讨会|博览会)暨")
# The nouns of an event a competition may be joined to (…论坛暨…, …展演暨…).
# (交流会, 推进会, 发布会: any meeting ends in 会; 成果分享, 表彰: a showing or an awarding is an event too.)
_EVENT_NOUN = r"会|论坛|展演|路演|仪式|典礼|活动|分享|展示|交流|总结|表彰|颁奖|培训|推介"
# A place, or a district of a city (乌鲁木齐市水磨沟区), written before an ordinal.
# (A place's own name runs to five characters, 苏州工业园区; six before 市 is a clause's words, 某某决赛六安市.)
_PLACE_BEFORE = re.compile(r"(?:全国|长三角|(?:[\u4e00-\u9fff]{1,6}?(?:省|市|自治区|州))?"
                           r"[\u4e00-\u9fff]{1,5}(?:省|市|区|县|自治区|州|街道|街|镇|乡))\s*$")
_QUOTES = "“”\"「」『』‘’'〝〞＂"
# The particles after which a place's name may start, in running text (发布了甲市…, 在乙区…) and before an ordinal
# (是由丙县第二届…).
# (年度 closes a year as 年 does: 2021 年度东莞市…, not 度东莞市.)
_PARTICLES_BEFORE_PLACE = "了在为选入和与及对向的年度"
_PARTICLES_BEFORE_ORDINAL_PLACE = "了在为选入对向的年是由"
_QUOTE_RE = re.compile(f"[{_QUOTES}]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# A year in a name: 2023年度, (2013—2014年度), or a bare 2023 written before the words (2023长三角…优秀案例).
_YEAR = re.compile(r"(?:19|20)\d{2}\s*(?:[-—–~至]\s*(?:19|20)?\d{2,4}\s*)?年度?|[（(](?:19|20)\d{2}[^)）]{0,12}[)）]"
                   r"|(?<![0-9])(?:19|20)\d{2}(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?:19|20)\d{2}$"
                   # (Taiwan's years, counted from 1912: 111年度, 一一四年度.)
                   r"|(?<![0-9])1[0-2]\d年度|(?<![0-9])[5-9]\d年度|^1[0-2]\d年(?=[\u4e00-\u9fff])|(?<=[县市区])1[01]\d年(?=[\u4e00-\u9fff])|(?<![〇○零一二三四五六七八九十])[一][〇○零一二三四五六七八九]{2}年度"
                   # (A year read out digit by digit: 二〇一四年, 二零一五年度.)
                   r"|(?<![〇○零一二三四五六七八九十])[一二][〇○零一二三四五六七八九]{3}年度?"
                   # (2025年第三季度…: the quarter of a year's round.)
                   r"|第[一二三四1-4]季度")
# Words for the activity around a name, not part of it: …案例征集推介活动, …卓越奖选拔活动, …工作法征集展示活动.
_TRAILING = re.compile(r"(?:和|及|与)?(?:公众|网络|网上|群众)?"  # (公众推选活动: the public votes)
                       r"(?:评选活动|征集活动|推选活动|选拔活动|征集评选|评选|评比|征集|推选|选拔|遴选"
                       # (收集汇编: the cases gathered into a book; 系列推选: a series of selections — R7)
                       r"|推介|宣传|展示|表彰|活动|收集|汇编|系列)$")
_QUOTED_BEFORE = re.compile(f"[{_QUOTES}]([^{_QUOTES}]{{2,40}})[{_QUOTES}]\\s*$")
_PAREN_YEAR = re.compile(r"^\s*[（(](?:19|20)\d{2}[^）)]{0,12}[）)]")
_BOOK = re.compile(r"《([^》]{2,60})》")
_BOOK_SERIES = re.compile(
    rf"[“\"「]?([\u4e00-\u9fff（）()·]{{2,30}}?)[”\"」]?(?:系列)?丛书(?:的)?(?:第\s*{NUMERAL}\s*本)?")


@dataclass(frozen=True)
class SeriesMention:
    """A competition name found in the text: the canonical name, the name as printed, and where it was."""

    name: str
    printed: str
    start: int
    end: int
    ordinal: str | None  # the ordinal printed with it (第四届), for the edition


def find_series(title: str | None, text: str | None, *, book: bool = False) -> SeriesMention | None:
    """The competition the article is about, or ``None`` when neither title nor text names one.

    The title is read first (it names the competition the article is about; the body may mention others);
    the body is read from the top. ``book`` asks for the book series a book launch belongs to.
    """
    title = title or ""
    text = text or ""
    if book:
        return _book_series(title, text)
    return _after_ordinal(title) or _before_stage_verb(title) or _after_ordinal(text[:1500])


# What a competition does in an opening sentence that reports it: …评选结果日前出炉, …征集活动在杭州正式启动.
_LEAD_EVENT = re.compile(r"^(?:[(（][^)）]{0,12}[)）])?(?:\d{1,2}月\d{1,2}日)?(?:上午|下午|晚间?)?"
                         r"(?:结果|名单|(?:总)?决赛|终审\S{0,6}?|(?:发布|颁奖|表彰)?(?:大会|会)"
                         # (…大赛获奖项目揭晓: the winners of it made known.)
                         r"|(?:获奖|入选)(?:项目|案例|作品|名单|单位)?(?:名单)?)?"
                         # …大赛展演暨“志愿者日”主题活动3日在广州举行: the event joined to it, and its day.
                         r"(?:展演|路演|展示|答辩)?(?:暨[^，,。；]{0,30}?)?(?:\d{1,2}日)?"
                         r"(?:在[^\s，,。“”]{0,12})?(?:日前|近日|今天|昨天|正式|隆重|顺利|圆满|成功)*"
                         r"(?:启动|揭晓|发布|公布|出炉|举行|举办|颁奖|揭榜|落幕|开幕|拉开帷幕|落下帷幕|开赛|闭幕|结束)")


def lead_series(text: str | None) -> SeriesMention | None:
    """The competition an article's opening sentence reports, for a headline that names none (a slogan).

    Only a name that is the subject of a stage verb counts (``2024年浙江省…优秀案例征集活动在杭州正式启动``): a
    profile that mentions a competition in passing (曾入选…案例) names no event of it.
    """
    lead = re.split(r"[。！？\n]", (text or "").lstrip(), maxsplit=1)[0][:300]
    for clause in re.finditer(r"[^，,；;]+", lead):
        part = clause.group(0)
        # 在2023年某市…大赛现场: the scene of the competition's event
        scene = re.fullmatch(r"\s*在(.{4,60}?)(?:决赛|总决赛|颁奖典礼)?现场", part)
        mention = _after_ordinal(part) or _before_stage_verb(scene.group(1) if scene else part)
        # (…遴选确定某县等10个典型经验为第一批…典型经验: the title conferred is the competition too.)
        # (甲、乙于7月30日至9月8日举办了某区…大赛: the bodies held it)
        if mention and (scene or _LEAD_EVENT.match(part[mention.end:])
                        or _CONFERS.search(lead[:clause.start() + mention.start])
                        or (re.search(r"(?:举办|举行|开展)了?\s*$", part[:mention.start])
                            and re.search(rf"(?:{_STRONG_HEAD})$", mention.name))):
            return mention
    return None


# Verbs of winning: what follows them in a headline is the prize a winner took home (某市荣获…最佳案例奖).
_WON = re.compile(r"(?:荣获|获得|摘得|摘取|斩获|捧回|夺得|喜获|获评|荣膺|齐揽|揽获|包揽|拿下|获颁|夺"
                  r"|(?<![荣斩喜揽])获)了?\s*[“「]?\s*$")


def names_a_prize(title: str | None, mention: SeriesMention) -> bool:
    """Whether ``mention``, found in ``title``, is the prize a winner took (``某区荣获“整体贡献奖”``) rather than
    the competition that gave it: the opening of the story names the competition, when it names one."""
    at = (title or "").find(mention.printed)
    return at > 0 and bool(_WON.search(title[:at]))


def quoted_series(text: str | None) -> SeriesMention | None:
    """The first quoted competition name in ``text`` (“数字政府建设优秀案例征集”活动), for an opening about a
    competition that names it neither with an ordinal nor as the subject of an event."""
    for match in re.finditer("[“「『]", text or ""):
        name = _name_until_stop(text[match.start():])
        if names_a_competition(name):
            return _numbered_inside(name, match.start()) or SeriesMention(
                canonical_series(name), name, match.start(), match.start() + len(name), None)
    return None


def _numbered_inside(quoted: str, at: int) -> SeriesMention | None:
    """The name a quote numbers inside it, after a place: “益创星·2020——南山区第三届…大赛” holds a brand and a
    year before the place and the ordinal; the name is the place and the words after it (the edition is read from
    the story)."""
    numbered = _after_ordinal(quoted) if re.search(ORDINAL, quoted) else None
    after_ordinal = numbered.end - numbered.start - len(numbered.ordinal or "") if numbered else 0
    if numbered is None or len(numbered.printed) <= after_ordinal:
        return None  # (no place before the ordinal: the words before it, “楚治——首届…”, a brand, stay the name's)
    start = at + numbered.start - (len(numbered.printed) - after_ordinal)  # (the place, just before the ordinal)
    return SeriesMention(numbered.name, numbered.printed, start, start + len(numbered.printed), None)


# What a story says happened to a competition it names in quotes, in the same clause: after the name
# (“…案例”及单项奖案例揭晓, “…”入选名单公示) or before it (会上公布了“…案例”入围奖名单).
_EVENT_AFTER = re.compile(r"^[^，,。；;！？!?]{0,14}?(?:揭晓|公布|公示|出炉|启动|发布|颁奖|举行|落幕|揭榜|名单|开始)")
_EVENT_BEFORE = re.compile(r"(?:公布|发布|揭晓|通报|公示)了?\s*(?:\d+|[一二三四五六七八九十百]+)?\s*(?:个|件|项)?$"
                           # 某办公厅举行政务服务“…案例评选”交流会: the meeting held for it.
                           r"|(?:举行|举办|召开)了?(?P<held>[^，,。；;“”「」]{0,8})$")
# …or, unquoted, the object of a verb that launches or publishes it, written just before it (past a year).
_LAUNCH_OR_PUBLISH_VERB = r"启动|开展|发布|公布|通报|举办|举行|揭晓"
_LAUNCH_OR_PUBLISH = re.compile(rf"(?:{_LAUNCH_OR_PUBLISH_VERB})了?\s*(?:(?:19|20)\d{{2}}年度?)?\s*[{_QUOTES}]?\s*"
                                rf"(?:{ORDINAL})?\s*$")


def event_series(text: str | None, window: int = 1500) -> SeriesMention | None:
    """The first competition the opening of a story names in quotes as the subject or object of an event of
    it (made public, launched, awarded), for a story whose headline and first sentence name none.

    A name in passing (该社区曾入选“…案例”) has no such event in its clause and is not taken.
    """
    text = (text or "")[:window]
    for match in re.finditer("[“「『]", text):
        name = _name_until_stop(text[match.start():])
        if not names_a_competition(name) or _COUNT_INSIDE.search(name):
            continue
        begins = clause_start(text, match.start())
        end = match.start() + len(name)
        before = _EVENT_BEFORE.search(text[begins:match.start()])
        if _EVENT_AFTER.match(text[end:end + 40]) or before:
            # 举行政务服务“好差评”…评选交流会: the words between the verb and the quote open the name.
            held = before.group("held") if before else None
            opening = held if held and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", held) and "的" not in held else ""
            if not opening and (numbered := _numbered_inside(name, match.start())):
                return numbered
            return SeriesMention(canonical_series(opening + name), opening + name, match.start() - len(opening), end,
                                 None)
    # Unquoted, the name is the object of a verb that launches or publishes it (某报即日起正式启动…案例征集活动,
    # 会上通报了2024年度…最佳实践案例) or the subject of one (自10月…评选活动启动以来).
    for clause in re.finditer(r"[^，,。；;！？!?\n]+", text):
        if not re.search(_LAUNCH_OR_PUBLISH_VERB, clause.group(0)):
            continue
        # (洛南县举行第三届…大赛: a name numbered by its edition is read from the ordinal.)
        mention = _after_ordinal(clause.group(0)) or _before_stage_verb(clause.group(0))
        at = clause.group(0).find(mention.printed) if mention else -1
        if at >= 0 and (_LAUNCH_OR_PUBLISH.search(clause.group(0)[:at])
                        or _LEAD_EVENT.match(clause.group(0)[at + len(mention.printed):])):
            start = clause.start() + at
            # (Without its ordinal: the edition is read from the story, and in_full must not widen the name.)
            return SeriesMention(mention.name, mention.printed, start, start + len(mention.printed), None)
    # 由甲、乙联合主办的某区公益创投大赛上…: the contest named right after the bodies that hold it (a contest
    # someone 发起的 in passing, without 由, is another's).
    for held in _HELD_BY.finditer(text[:600]):
        name = _name_until_stop(text[held.end():held.end() + 60])
        if name and names_a_competition(name) and re.search(rf"(?:{_STRONG_HEAD})[{_QUOTES}]?$", name):
            start = held.end() + text[held.end():].find(name)
            return SeriesMention(canonical_series(name), name, start, start + len(name), None)
    return None


_HELD_BY = re.compile(r"由[^，,。；;！？!?]{2,80}?(?:主办|承办|举办|发起|组织)的\s*")


# A title of honour: what marks a designation (全国先进基层群众性自治组织, 某某示范村, 最美社区工作者).
# (…实验区: a pilot zone a ministry confirms in batches, 确认为全国某某治理实验区.)
# (…试点城市, …试点项目: a pilot a ministry designates, 被确定为…试点项目.)
_HONOUR = re.compile(r"示范|先进|模范|标兵|最美|十佳|文明(?:城市|单位|村|社区|家庭|校园|号|岗)|之星|卫士|实验区"
                     r"|平安(?:县|市|区|州|乡|镇|村|社区)"
                     r"|试点(?:合格)?(?:城市|项目|单位|地区|县|区)")
# 被民政部评为“…”, 命名为“…”: the title conferred, in quotes, in the story's opening.
# (确定“某某书屋”等10个项目为“…”: those it confers the title on may stand between the verb and 为.)
_CONFERRED = re.compile(r"(?:评为|评选为|命名为|认定为|确定为|表彰为|授予(?:[^“”「」『』，,。；]{0,10}?)"
                        r"|(?:确定|命名|认定)(?:[^。；;“”「」]|[“「][^“”「」]{1,20}[”」]){1,30}?为)\s*"
                        r"[“「『]([^“”「」『』]{4,30})[”」』]")
# 被评选为2022年“某某”住宅示范小区: a quoted brand that opens the title, its year before it and its noun after it.
_CONFERRED_BRANDED = re.compile(r"(?:评为|评选为|命名为|认定为|确定为)\s*(?:(?:19|20)\d{2}\s*年度?)?"
                                r"([“「『][^“”「」『』]{2,16}[”」』][\u4e00-\u9fff]{2,12}?)(?=称号|[，,。；;、]|$)")
# …拟被认定为全省乡村治理示范村镇。: the title unquoted, up to the end of the clause or 称号.
# (确定了16个县(区)为…示范区: those it confers the title on may stand between the verb and 为.)
# (被公示为2020年度全国综合减灾示范社区: listed for the title, the year before it)
_CONFERRED_BARE = re.compile(r"(?:评为|命名为|认定为|确定为|确认为|被公示为"
                             r"|(?:确定|命名|认定|确认)了?[^。；;“”「」『』，,]{1,20}?为)"
                             r"(?:(?:19|20)\d{2}\s*年度?)?([^“”「」『』，,。；;、]{4,24}?"
                             r"(?:示范[\u4e00-\u9fff]{0,3}|先进[\u4e00-\u9fff]{1,8}|实验区|试点(?:合格)?(?:城市|项目|单位)))"
                             r"(?=称号|[，,。；;、]|$)")
# 关于命名2022年全国示范性…社区的通知: a notice that names the holders of a title.
# (关于确认全省…实验区的批复: the reply that confirms the places a province chose.)
_NAMING_NOTICE = re.compile(r"关于(?:命名|确认|认定)(?:(?:19|20)\d{2}\s*年度?)?([^的“”「」『』，,。；;]{4,30}?)"
                            # (关于确认第二批…实验区通过结项验收的通知: what the places went through is no word)
                            r"(?:通过[^的，,。]{0,8})?的(?:通知|决定|公告|批复)")
# 民政部公示了全国先进…组织、全国优秀…工作者拟表彰名单: the titles a body lists, unquoted, the first of them.
_LISTED = re.compile(r"(?:公示|公布|印发|发布|通报)了?(?:关于)?([^，,。；;、“”：:]{4,30}?)(?:、[^，,。；;“”]{2,40}?)?"
                     r"(?:拟表彰|拟命名|表彰|命名|拟认定|认定)(?:对象)?名单")
# 发布“2020年度全国某某示范社区”称号的公示名单: a title of honour, quoted, whose list is made public.
_TITLE_LISTED = re.compile(r"(?:公示|公布|发布|印发|通报)了?\s*[“「『]([^“”「」『』]{4,30})[”」』]称号")
# 2022年100个国家乡村振兴示范县创建名单正式公布, 999个!2023年全国示范性…社区名单公布: a title of honour whose list
# is made public, unquoted, with the year and the count of holders before it.
_LIST_MADE_PUBLIC = re.compile(r"(?:^|[，,。；;！!：:\s])"
                               r"(?:(?:(?:19|20)\d{2}\s*年度?|[\d一二三四五六七八九十百千]+[个家项名处]|[！!])\s*)*[“「『]?([^“”「」『』，,。；;：:！!\s]{4,30}?)[”」』]?"
                               r"(?:创建|拟命名|拟认定|拟推荐)?(?:对象)?名单(?:正式)?(?:对外)?(?:公示|公布|出炉|揭晓|发布)")
# 省委组织部、市委组织部先后公布了2021年度乡村振兴模范党组织名单: the list of a year's holders of a title, unquoted.
_YEAR_LIST = re.compile(r"(?:先后|分别)?(?:公示|公布|印发|发布|通报)了?(?:19|20)\d{2}\s*年度?"
                        r"([^，,。；;、“”「」：:\s]{4,30}?)(?:拟表彰|拟命名|拟认定)?(?:对象)?名单")
# 某社区荣膺“全国和谐社区建设示范单位”称号: a headline that reports a title won (in the body, an honour held).
_WON_TITLE = re.compile(r"(?:荣膺|荣获|获评|获得|喜获|摘得|被授予|获授)\s*[“「『]([^“”「」『』]{4,30})[”」』]称号")
# …and unquoted, ending the headline (某区连续七年荣获全国…先进单位, 某市被命名为自治区平安市).
_WON_TITLE_BARE = re.compile(r"(?:荣膺|荣获|获评|再获|喜获|被评为|被命名为|被命名|被认定为)"
                             r"([^“”「」『』，,。；;！!？?\s]{2,30}?(?:先进(?:单位|集体|组织)|示范[\u4e00-\u9fff]{0,3}"
                             r"|平安(?:县|市|区|州|乡|镇|村|社区)))(?:荣誉)?(?:称号)?$")
# …称号 says the words before it are a title of honour, whatever their words (“我爱我楼”微自治示范楼道称号,
# 全国文明单位称号): conferred (授予, 命名为) or won (荣获), quoted or not. Between the verb and a quote may stand
# who received it, their place or the year (荣获东莞市2021年度“优秀社会工作者”称号); unquoted, the title follows
# the verb (荣获全国文明单位称号: not 授予某某等9人…称号, whose receivers and title have no mark between them).
_TITLE_VERB = r"(?:荣获|获得|获评|喜获|荣膺|被授予|授予|获授|被评为|评为|被命名为|命名为|被认定为|认定为)"
_TITLE_QUOTED = re.compile(rf"{_TITLE_VERB}[^，,。；;！!？?“”「」『』]{{0,20}}?[“「『]([^“”「」『』]{{4,30}})[”」』]"
                           r"(?:光荣|荣誉)?称号")
_TITLE_BARE = re.compile(rf"{_TITLE_VERB}([^，,。；;！!？?“”「」『』\s\d等]{{4,20}}?)(?:光荣|荣誉)?称号")
# 命名某社区等992个社区为2021年全国示范性老年友好型社区, 评选出某村等23个全市优秀“民主法治示范村(社区)”: those
# who receive the title, counted, and the title after 为 or right after the count, to the end of the clause (a
# bracket that opens a note, (名单见附件), ends it too).
_COUNTED_CONFERRED = re.compile(rf"(?:命名|决定|确定|认定|评选出|评出|授予|表彰)[^。；;！？]{{2,60}}?等\s*{NUMERAL}\s*"
                                r"[个家名处所项](?:[\u4e00-\u9fff]{1,4}?为|单位|集体)?\s*(?:(?:19|20)\d{2}\s*年度?)?"
                                r"((?:全[省市区县])?[^，,。；;、\s“”「」『』(（]{0,12}?[“「『]?[^，,。；;、\s“”「」『』]{4,30}?"
                                r"(?:[(（](?!名单|见)[^)）]{1,6}[)）])?[”」』]?)(?=称号|[(（]|[，,。；;、]|$)")
# A story about an honour long held (曾被评为, 先后荣获, 多次被命名为) reports no conferral.
_HELD_BEFORE = re.compile(r"曾|先后|多次|历年|连续|已经|已被|荣获|获得")


def honour_series(text: str | None, window: int = 400, *, headline: bool = False) -> SeriesMention | None:
    """The title of honour a story's opening reports conferred (某地…被民政部评为“全国先进…组织”) or listed
    for conferral (公示了…拟表彰名单): for a story about a designation, which names no 评选 or 案例.

    Only in the opening, and not an honour held before (该社区曾被评为…): a profile names those in passing.
    A ``headline`` may also report the title won (某社区荣膺“…”称号).
    """
    opening = (text or "")[:window]
    honoured = [m for m in _CONFERRED.finditer(opening) if "被" in opening[max(0, m.start() - 12):m.start()]]
    if len(honoured) > 1:
        return None  # 项目被评为“…”,中心被评为“…”: a year's honours listed (a work report), no one designation
    patterns = (_CONFERRED, _CONFERRED_BRANDED, _LISTED, _TITLE_LISTED, _CONFERRED_BARE, _NAMING_NOTICE,
                _LIST_MADE_PUBLIC, _YEAR_LIST, _TITLE_QUOTED, _TITLE_BARE, _COUNTED_CONFERRED)
    for pattern in ((_WON_TITLE, _WON_TITLE_BARE) if headline else ()) + patterns:
        for match in pattern.finditer(opening):
            title = match.group(1)
            begins = clause_start(opening, match.start())
            # (连续七年荣获… in a headline is this year's news; only 曾 there says it was held before)
            held_before = re.search("曾", opening[begins:match.start()]) if headline else \
                _HELD_BEFORE.search(opening[begins:match.start()])
            # (…称号 marks a title of honour itself; elsewhere the title must have a word of one)
            marked = pattern in (_TITLE_QUOTED, _TITLE_BARE)
            if not (marked or _HONOUR.search(title)) or held_before:
                continue
            if _BROKEN.search(title) or "的" in title:
                continue
            return SeriesMention(canonical_series(title), title, match.start(1), match.end(1), None)
    return None


def clause_start(text: str, at: int) -> int:
    """Where the clause that holds ``at`` begins: after the last mark that ends a clause before it."""
    return max(text.rfind(mark, 0, at) for mark in "，,。；;！？!?\n") + 1


def in_full(mention: SeriesMention, title: str | None, text: str | None) -> SeriesMention:
    """The name as the story writes it in full, when the headline's short form left out the place that runs the
    competition or the word for the contest itself.

    A story names its competition in full somewhere (…入选湖南省第一批基层治理创新典型案例, “浙江省公共管理
    创新案例评选结果发布会”, 2022年某区十大…项目大赛决赛), or its headline opens with the place that runs it
    (浙江发布公共管理创新案例): ``基层治理创新典型案例`` alone would join every province's contest into one.
    """
    text = text or ""
    # 每两年一届的某某国际城市创新奖,简称某某奖: the story gives the short name's full form itself.
    for full in re.finditer(rf"([\u4e00-\u9fff]{{4,24}}?(?:{_STRONG_HEAD}))\s*[，,（(]\s*(?:以下)?简称\s*[{_QUOTES}]?"
                            rf"{re.escape(_QUOTE_RE.sub('', mention.printed))}[{_QUOTES}]?(?![\u4e00-\u9fff])", text):
        named = _name_until_stop(re.split("[的是由在为]", full.group(1))[-1]) or ""
        if named and names_a_competition(named):
            # (第二届“某某奖”: the edition may be printed with the short name only.)
            short = series_key(mention.name)
            ordinal = mention.ordinal or next((other.ordinal for other in series_mentions(text[:1500])
                                               if other.ordinal and series_key(other.name) == short), None)
            return SeriesMention(canonical_series(named), named, full.start(1), full.start(1) + len(named), ordinal)
    # 某大学“政务关注”大赛 in the headline, 第十八届“政务关注·全国社会调研大赛” in the story: the brand in quotes
    # is the same competition, which the story names in full with its ordinal.
    brand = re.search(r"[“「『]([^“”「」『』]{2,12})[”」』]", mention.printed)
    if brand and not mention.ordinal:
        for numbered in series_mentions(text[:1500]):
            if _QUOTE_RE.sub("", numbered.printed).startswith(brand.group(1)):
                return numbered
    if not mention.ordinal and re.match(r"[省市区县](?=[\u4e00-\u9fff]{4})", mention.name):
        # 我市四个项目省青年志愿服务项目大赛中获佳绩 over 安徽省第四届青年志愿服务项目大赛…: the paper's bare 省 stands
        # for the place the story names with the edition.
        short = series_key(mention.name[1:])
        mention = next((numbered for numbered in series_mentions(text[:1500])
                        if numbered.ordinal and series_key(numbered.name) == short), mention)
    mention = _numbered_with_place_or_brand(mention, text)
    if mention.ordinal:
        # 首届青年志愿服务大赛落幕 over 某区首届青年志愿服务项目大赛…: the same edition, its name written out in full.
        short = series_key(mention.name)
        for numbered in series_mentions(text[:1500]):
            full = series_key(numbered.name)
            # (A few words more, not a tier or the activity: …案例征集评选活动十佳案例 is another thing.)
            # (It opens as the short name does: 中国青年…大赛 is the national contest, not 青年…大赛 completed.)
            if (numbered.ordinal == mention.ordinal and len(short) < len(full) <= len(short) + 4
                    and full.startswith(short[:2]) and full.endswith(short[-2:]) and _in_order(short, full)
                    and not _CJK.sub("", full)):
                mention = numbered
                break
    core = _without_activity(_YEAR.sub("", _clean(mention.printed)))
    if len(core) < 4:
        return mention
    if mention.ordinal and title and _RUN_BY_INSTITUTION.search(title[:mention.start]):
        # 某某学院第八届“公共管理案例大赛”: the college runs its own contest (R5); a national one the story names
        # (“中国大学生公共管理案例大赛”) is another, not this one written in full.
        return mention
    bare = re.match(r"[市县区](?=[\u4e00-\u9fff]{4})", core)
    if bare and not mention.ordinal and (story := story_place(bare.group(0), text)):
        # 市社会治理创新项目 in the headline of a city's story: the bare level stands for the story's one city.
        return replace(mention, name=canonical_series(story + core[1:]))
    place = None if re.match(_place_pattern(), core) else (
        _place_for(core, title or "", text) or _place_before_quote(mention.printed, text))
    # …项目决赛 in the headline, …项目大赛 in the story: the contest's own word completes the name.
    contest = next((word.group(0) for at in _occurrences(core, text)
                    if (word := re.match(r"大赛|竞赛|挑战赛", text[at + len(core):]))), None)
    if not place and not contest:
        fuller = _quoted_fuller(core, text)
        return replace(mention, name=canonical_series(fuller)) if fuller else mention
    return replace(mention, name=canonical_series((place or "") + core + (contest or "")))


def _numbered_with_place_or_brand(mention: SeriesMention, text: str) -> SeriesMention:
    """The story's numbered mention of the same name with the place that runs it or the brand it goes by before
    it: 首届基层治理公益创投大赛 in the headline, 某区第一届“五社联动”基层治理公益创投大赛 in the story (the same
    edition however its ordinal is written). A name the headline does not number is completed only by a mention
    with a brand (公益创投大赛 and 某区第三届“某某杯”公益创投大赛): a place alone may be another level's contest."""
    edition = ordinal_value(mention.ordinal) if mention.ordinal else None
    for match in re.finditer(ORDINAL, text[:1500]):
        lead = min(match.start(), 16)  # (the place written before the ordinal is read with it)
        numbered = _after_ordinal(text[match.start() - lead:match.start() + 120])
        if numbered is None or numbered.start != lead or not numbered.name.endswith(mention.name):
            continue
        if edition and ordinal_value(numbered.ordinal or "") != edition:
            continue
        before = numbered.name[:-len(mention.name)]
        # (a brand is short and quoted; a slogan, “志青春·益起来”, has marks or spaces in it and is no word, R10)
        brand = next((quoted for quoted in re.findall(_BRAND, numbered.printed) if before.endswith(quoted)), "")
        place = before[:len(before) - len(brand)]
        if before and (brand or edition) and (not place or re.fullmatch(_place_pattern(), place)):
            at = match.start() - lead
            return replace(numbered, start=at + numbered.start, end=at + numbered.end)
    return mention


_BRAND = re.compile(r"[“「『]([^“”「」『』\s·•，,、:：!！]{2,8})[”」』]")


_RUN_BY_INSTITUTION = re.compile(r"(?:大学|学院|研究院|党校|协会|学会|研究会|报社|杂志社)\s*$")


def _place_before_quote(printed: str, text: str) -> str | None:
    """The place written just before a name that opens with a quote (本次某区“红色物业”创建评选活动 -> 某区)."""
    if not printed.startswith(("“", "「", "『")):
        return None
    for at in _occurrences(printed, text):
        before = re.sub(r".*(?:本次|此次|这次|本届|今年|该)", "", text[max(0, at - 20):at])
        before = re.sub(r"(?:19|20)\d{2}\s*年度?\s*$", "", before)  # 某市2019 年“六最”…: the year between
        place = _place_at_end(before)
        if place:
            return place
        # 表彰某市“…”: after a verb, a city the story keeps naming is still the place (不是 局发布市).
        for size in (2, 3):
            city = re.search(rf"([\u4e00-\u9fff]{{{size}}})(市|区|县)$", before)
            if city and city.group(1)[-1] not in "全本我该各城社小园校景辖片" and text.count(city.group(1)) > 2:
                return city.group(0)
    return None


def _quoted_fuller(core: str, text: str) -> str | None:
    """A quoted name in the story's opening that writes the headline's short form out in full: the same head
    noun, every word of the short form in order (社区治理案例 -> “2022年某区社区治理创新案例”)."""
    for match in re.finditer(r"[“「『]([^“”「」『』]{4,40})[”」』]", text[:1500]):
        named = _name_until_stop(match.group(0))  # the quote read as a name is (a prize's category left out)
        numbered = _numbered_inside(match.group(0), 0) if named else None
        named = numbered.printed if numbered else named  # (a brand and a year before its ordinal left out)
        if not named:
            continue
        full = _without_activity(_YEAR.sub("", re.sub(rf"^{ORDINAL}|^[〇○零一二三四五六七八九]{{4}}年?", "",
                                                          _clean(named))))
        if len(full) > len(core) and full.endswith(core[-2:]) and _in_order(core, full):
            return full
    return None


def _in_order(short: str, full: str) -> bool:
    """Whether every character of ``short`` appears in ``full`` in the same order."""
    rest = iter(full)
    return all(char in rest for char in short)


def _place_for(core: str, title: str, text: str) -> str | None:
    """The place written before ``core`` where the story names it, or as the subject of the headline."""
    subject = re.match(rf"^\s*({_place_pattern()})\s*(?:开展|发布|公布|评选|评出|启动|举办|举行|揭晓|推出|征集)", title)
    # (a street, 某街道举办…, is written with the name only where the story writes it so)
    if subject and title.find(core[:4]) > subject.end(1) and not subject.group(1).endswith("街道"):
        return subject.group(1)
    occurrences = _occurrences(core, text)
    # 入选全省乡村振兴模范党组织、…入选九江市乡村振兴模范党组织: the name is shared by the levels' lists; a place
    # before one of them names that list, not the series.
    levels = {scope.group(1) or scope.group(2) for at in occurrences
              if (scope := re.search(r"(?:全([省市区县])|([省市县])级)$", text[max(0, at - 2):at]))}
    for at in occurrences:
        before = text[max(0, at - 14):at]
        place = _place_at_end(_ORDINAL_OR_YEAR_END.sub("", before)) or _quoted_prefix(before)
        if place and levels - {place[-1]}:
            return None
        if place:
            return place
        # 中市社区营造金区奖 in the headline, 台中市社区营造金区奖 in the story: Taiwan's news shortens 台北市, 台中市
        # and 台南市 to 北市, 中市, 南市; the story writes the 台 that opens the name.
        if re.match(r"[北中南]市", core) and before.endswith("台") \
                and word_starts_at(text, at - 1, _PARTICLES_BEFORE_PLACE):
            return "台"
    return None


# What may stand between a place and the name: quotes, an ordinal, a year (湖南省第一批…, 上海“2023年度…).
_ORDINAL_OR_YEAR_END = re.compile(
    rf"[{_QUOTES}\s]*(?:{ORDINAL})?[{_QUOTES}\s]*(?:(?:19|20)\d{{2}}年度?)?[{_QUOTES}\s]*$")


@cache
def _place_pattern() -> str:
    """A place written just before a name: a province (湖南省, 上海, with a city of it), or a city, district or
    county (诸暨市); :func:`_place_at_end` checks that the latter is not the tail of a longer word."""
    provinces = "|".join(province_names())
    # (社区, 校区, 城市, 十大…: words that end in 区 or 市 and name no place.)
    # (2024年全区…: 全区 and a year's 年 before it name no place, R6)
    city = r"(?!十大|十佳|百佳|年?[各全本我该][省市区县])[\u4e00-\u9fff]{2,3}(?<![社园校景辖片小城营专])(?:市|区|县)"
    # (吉华街道第三届…: a street runs its own contest; after its district too, 渝北区仙桃街道)
    street = r"(?![各全本我该])[\u4e00-\u9fff]{2,4}街道"
    return (rf"(?:全国|长三角|(?:{provinces})(?:省|市|自治区|特别行政区)?(?:{city})?(?:{street})?"
            rf"|{city}(?:{street})?|{street})")


_HOLDING_VERB_END = re.compile(r"(?:举办|举行|开展|启动|组织|发起|参加|公布|发布|揭晓)$")


def _place_at_end(before: str) -> str | None:
    """The place ``before`` ends with."""
    for match in re.finditer(rf"(?={_place_pattern()}$)", before):
        place = re.match(_place_pattern(), before[match.start():]).group(0)
        if place[0] in _PARTICLES_BEFORE_PLACE and re.fullmatch(_place_pattern(), place[1:]):
            continue  # 入选九江市…: the particle (选) before the place is no part of it
        # A city or district must stand on its own: 发布天津市…, not 市民政局发布 read as 局发布市; a verb that
        # holds the competition may stand right before it (将共同举办芜湖市首届…).
        if (word_starts_at(before, match.start(), _PARTICLES_BEFORE_PLACE) or place.startswith(province_names())
                or _HOLDING_VERB_END.search(before[:match.start()])):
            return place
    return None


def _quoted_prefix(before: str) -> str | None:
    """The words that open a quoted name the short form is the end of (“台南市政府…竞赛” for 南市政府…竞赛)."""
    # (年度 is the year's whole word: “2015年度… leaves no 度 to open the name.)
    match = re.search(rf"[“「『]((?:{ORDINAL})?(?:(?:19|20)\d{{2}}年度?)?)(?!度)([\u4e00-\u9fff]{{1,6}})$", before)
    # (An ordinal is never the prefix: “第三届…” is the short form itself, numbered.)
    return match.group(2) if match and not re.search(ORDINAL, match.group(2)) else None


def _occurrences(core: str, text: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(core), text[:3000])]


def series_mentions(text: str | None) -> list[SeriesMention]:
    """Every competition name written after an ordinal in ``text`` (for the edition of a name found elsewhere)."""
    found = []
    for match in re.finditer(ORDINAL, text or ""):
        mention = _after_ordinal(text[match.start():match.start() + 120])
        if mention and mention.start == 0:
            found.append(replace(mention, start=match.start(), end=match.start() + mention.end))
    return found


def canonical_series(name: str) -> str:
    """The name govcases shows for a series: the alias table's canonical name, else the name cleaned."""
    key = series_key(name)
    if key in _alias_table():
        return _alias_table()[key]
    # (The edition is shown apart; 2022(第二届)… leaves its brackets empty, then its year bare.)
    shown = _YEAR.sub("", _EMPTY_BRACKETS.sub("", re.sub(ORDINAL, "", _clean(name), count=1)))
    shown = re.sub(rf"^{ORDINAL}", "", _YEAR.sub("", shown))
    # 智慧城市卓越贡献奖－智慧治理奖: past a dash after the competition's own head noun, one category of it.
    shown = re.sub(rf"^(.{{4,}}?(?:{_HEAD}))\s*[－—]{{1,2}}[\u4e00-\u9fff]{{2,10}}$", r"\1", shown)
    return re.sub(r"^((?:\S{0,8}?(?:省|市|区|县))?)(?:十佳|十大|百佳)", r"\1", shown)


_EMPTY_BRACKETS = re.compile(r"[（(]\s*[)）]")


def series_key(name: str) -> str:
    """The folding under which two names are the same series (for joining variants and for evaluation)."""
    cleaned = _YEAR.sub("", _clean(name))
    cleaned = re.sub(r"^年度", "", cleaned)  # 年度十大…案例: the year's, unnamed
    cleaned = re.sub(r"^寻找(?=[\u4e00-\u9fff]{4})", "", cleaned)  # 寻找最美家庭 is the 最美家庭 campaign
    # …创新实践十大精品案例, …成果十大金牌案例 and …创新实践案例: a tier of the winners written into the name.
    cleaned = re.sub(r"(?:十佳|十大|百佳)(?:精品|优秀|典型)?", "", cleaned)
    cleaned = re.sub(ORDINAL, "", cleaned.replace("中国(上海)", "上海"))
    cleaned = _YEAR.sub("", _EMPTY_BRACKETS.sub("", cleaned))  # 2022(第二届)…: the year the brackets hid
    # 善行八闽——…, 善行八闽---…, 善行八闽一一…: a dash joins a brand to the name, however it is typed.
    cleaned = re.sub(r"[-—–─~～]+|(?<=[\u4e00-\u9fff])一一(?=[\u4e00-\u9fff])", "", cleaned)
    # 浙江省…案例 and 浙江…案例: a province is written with or without 省/市.
    cleaned = _province_suffix().sub(r"\1", cleaned)
    # …创新典型案例, …创新优秀案例 and …创新案例: the winners' grade, not another competition.
    return re.sub(r"(?:典型|优秀|精品)(?=案例$)", "", _without_activity(cleaned))


@cache
def _province_suffix() -> re.Pattern[str]:
    return re.compile(rf"^({'|'.join(province_names())})(?:省|市)")


def _without_activity(name: str) -> str:
    """The name without the words for the activity around it (…案例征集遴选和推介展示活动 -> …案例)."""
    previous = None
    while previous != name:
        previous = name
        name = _DESIGNATION_STEP.sub("", _TRAILING.sub("", name))
    return name


# 全国民主法治示范村(社区)复核, 全国文明城市入围, …示范单位创建: a step of a designation after the title it confers.
_DESIGNATION_STEP = re.compile(r"(?:(?<=城市|单位|社区|示范|先进|集体)|(?<=[村县市区)）]))(?:复核|入围|创建)(?:公示)?$")


def _clean(name: str) -> str:
    """Quotes removed, brackets and spaces made half-width and tight."""
    # 市“…”大赛: the city's own paper says 市, naming no place.
    name = re.sub(r"^((?:19|20)\d{2}年度?)?[市区县](?=[“「『])", r"\1", name)
    name = _QUOTE_RE.sub("", re.sub(r"^\s*[【\[][^】\]]{1,16}[】\]]", "", name))  # 【中国新闻网】…: a source label
    name = re.sub(r"^[▲■●◆★☆◎\s]+", "", name)
    # 一星级全国青年文明号: the star grade of a title conferred is its tier, as 十佳 is.
    name = re.sub(r"^[一二三四五]星级(?=全国|全省|省级|市级)", "", name)
    # 发布首份…榜单: the first of a kind; 我市…: the paper's own place, unnamed. Neither is a word of the name.
    # (2019年全省…: after a year too.)
    name = re.sub(r"^((?:19|20)\d{2}年度?)?(?:首(?:份|个|次)|我(?:省|市|区|县|镇|校)|全(?:省|市|区|县))", r"\1",
                  name)  # (全省…: R6)
    # 宣传我市…, 我市四个项目省…大赛: a verb or a count of winners before the paper's own place opens no name.
    name = re.sub(r"^(?:[\u4e00-\u9fff]{1,4}?我(?:省|市|区|县|镇|校))", "", name)
    name = re.sub(r"^[\d一二三四五六七八九十两]+个(?:项目|案例|单位|社区|作品)(?:在|获)?", "", name)
    # 今(115)年度…: this year's round, referred to, is no word of the name.
    name = re.sub(r"^[今本明去]\s*[(（]?\s*\d{2,4}\s*[)）]?\s*年度?", "", name)
    # 2023·无锡·滨湖…大赛: a year set off by a middle dot opens no name.
    name = re.sub(r"^(?:19|20)\d{2}\s*[·•]\s*", "", name)
    # (a step of a designation after the title it confers: …示范村(社区)复核)
    name = _DESIGNATION_STEP.sub("", name)
    # …公益创投大赛项目: the contest's entries after its own head noun.
    name = re.sub(r"(?<=大赛|竞赛|比赛)项目$", "", name)
    # 法治创新案例、人物、论文、产品: the other kinds chosen, listed after the first one's head noun.
    name = re.sub(rf"^(.{{4,}}?(?:{_HEAD}))(?:、[\u4e00-\u9fff]{{1,4}})+$", r"\1", name)
    # …案例及…提名案例: a tier of the same selection joined to its name.
    name = re.sub(r"(?:及|和|与)[^及和与]{0,16}?(?:提名|入围)(?:案例|奖|项目)$", "", name)
    # 在某市…: the preposition before a place opens no name.
    name = re.sub(r"^在(?=[\u4e00-\u9fff]{1,8}?(?:省|市|区|县))", "", name)
    # 记者从…获悉, 据…: the source of the news, not a word of the name.
    name = re.sub(r"^(?:本报)?记者(?:从|自)?|^(?:从|据)(?=[\u4e00-\u9fff]{4})", "", name)
    # 清华大学中国公共政策案例分析大赛: the institution before a national name runs it (R5).
    name = re.sub(r"^[\u4e00-\u9fff]{2,10}?(?:大学|学院|研究院|研究会|协会|学会|基金会|报社|杂志社)(?=中国|全国)", "",
                  name)
    # 某某师范大学公共管理案例大赛: a university before its own contest runs it (R5).
    # (中国大学生…大赛: 大学生 is who takes part, not a university.)
    name = re.sub(r"^[\u4e00-\u9fff]{2,8}?(?:大学|学院)(?!生)(?=[\u4e00-\u9fff]{4,}(?:大赛|竞赛)$)", "", name)
    # 首届…论坛暨2023…典型案例发布会: the competition is what the forum is joined with, without the event's noun.
    if _FORUM_JOINED.search(name):
        name = re.sub(r"(?:颁奖|发布|表彰|揭晓)*(?:典礼|仪式|大会|盛典|会)$", "", _FORUM_JOINED.split(name)[-1])
    # 全国某某研究成果一等奖: the tier of a national prize won; the competition is the prize (全国某某研究成果奖).
    name = re.sub(r"^((?:全国|中国)[\u4e00-\u9fff]{4,})(?:一等|二等|三等|特等)奖$", r"\1奖", name)
    name = name.replace("（", "(").replace("）", ")").replace("《", "").replace("》", "")
    return re.sub(r"\s+", "", name).strip("·:：,，!！?？")


def _after_ordinal(source: str) -> SeriesMention | None:
    for match in re.finditer(ORDINAL, source):
        rest = _PAREN_YEAR.sub("", source[match.end():match.end() + 80], count=1)
        rest = re.sub(r"^\s*[)）]", "", rest)  # 2024年（第二届）全国…案例: the ordinal was bracketed
        # 为首批4个“…”项目授牌: the number in the batch is a count, not a word of the name.
        rest = re.sub(rf"^\s*{NUMERAL}\s*(?:个|件|项|家|名)(?![单称0-9一二三四五六七八九十百])", "", rest)
        if _WON_AGAIN.match(rest):
            continue  # 第四次捧得“长安杯”: the ordinal counts the times a place won, not the prize's editions
        name = _name_until_stop(rest)
        if name and not series_key(name):
            name = None  # 首届“十佳”村规民约…: a quoted tier alone folds to nothing, and names nothing
        batch = re.match(rf"\s*[“「]([^{_QUOTES}]{{3,30}})[”」]", rest)
        if not name and batch and "批" in match.group(0):
            # 命名…为全国第三批“…示范村”: a title conferred in batches is named by the quote.
            name = batch.group(0).strip()
        # (第三批基层治理示范街道(镇)、社区名单: the titles listed together, a level in brackets)
        listed = re.match(r"\s*([\u4e00-\u9fff][\u4e00-\u9fff()（）、]{3,30}?)(?:公示|推荐|候选|拟命名)?(?:名单|创建)",
                          rest)
        if not name and listed and "批" in match.group(0):
            # 公布第三批全国乡村治理示范村镇名单: a designation made in batches is named by its list.
            name = listed.group(1)
        conferred = re.match(r"\s*([\u4e00-\u9fff]{4,24}?)(?:命名|授牌|称号|[，。；,、]|$)", rest)
        if (not name and conferred and "批" in match.group(0)
                and (_CONFERS.search(source[:match.start()]) or rest[conferred.end(1):].startswith(("命名", "授牌")))):
            # 命名…为第十批全国某某示范单位, 第十批某某示范单位命名: the title conferred in batches is the name.
            name = conferred.group(1)
        designation = _DESIGNATION.match(rest)
        honouring = re.search(r"(?:表彰|命名|授予|评选出|揭晓)了?$", source[:match.start()])
        if not name and designation and (re.search("批|次", match.group(0)) or honouring):
            # 第二批某某建设先进集体开始申报, 关于第一批全省乡村治理示范村镇的通知, 表彰第十三届全国五好家庭: a title
            # conferred in batches, or honoured by its edition.
            name = designation.group(1)
        if not name:
            # “齐鲁治理之星”第三季案例发布: the ordinal written after a quoted name numbers that name.
            quoted = _QUOTED_BEFORE.search(source[max(0, match.start() - 42):match.start()])
            if quoted and not _SCRAMBLED.search(quoted.group(1)):
                start = match.start() - len(quoted.group(0))
                return SeriesMention(canonical_series(quoted.group(1)), quoted.group(1), start, match.end(),
                                     match.group(0))
            continue
        if _FORUM_JOINED.search(name) or _FORUM_JOINED.search(rest[:rest.find(name[-2:]) + 2] if name else ""):
            continue  # 首届…论坛暨“…案例”发布: the ordinal numbers the forum, not the competition joined to it
        if _CAMPAIGN.search(name):
            continue  # 第二批党的群众路线教育实践活动: a political education campaign, not a competition
        # (The clause before the ordinal, so that its start is a word's start: 新疆乌鲁木齐市水磨沟区首届….)
        clause = re.split(r"[，,。；;：:！？!?、\s“”「」『』]", source[max(0, match.start() - 16):match.start()])[-1]
        place = _place_before_ordinal(clause)
        printed = (place or "") + name
        return SeriesMention(canonical_series(printed), printed, match.start(), match.end() + len(name),
                             match.group(0))
    return None


# Characters a scrambled mirror strews between words (" q, C8 r6 [1 z3 u* }8 a9 @( ): no name holds them.
_SCRAMBLED = re.compile(r"[\[\]{}@*^$#|~%&=<>\\]|[A-Za-z]\d|\d[A-Za-z]")
_WON_AGAIN = re.compile(r"\s*(?:捧得|捧回|荣获|获得|获评|夺得|赢得|摘得|问鼎|蝉联|被评为|入选|当选)")
# A title of honour conferred in batches, up to what is done with it (申报, 名单, 的通知…).
_DESIGNATION = re.compile(r"\s*([\u4e00-\u9fff]{2,20}?"
                          r"(?:先进(?:集体|个人|单位|组织)|示范[\u4e00-\u9fff]{1,3}?|模范[\u4e00-\u9fff]{1,4}?"
                          r"|五好[\u4e00-\u9fff]{1,3}?|最美[\u4e00-\u9fff]{1,4}?|[\u4e00-\u9fff]{2,4}之星|实验区))"
                          r"(?=开始|申报|推荐|评选|名单|创建|认定|命名|称号|授牌|进行|的|并|和|及|与|揭晓|[，。；、,;]|$)")
_CAMPAIGN = re.compile(r"(?:教育实践|主题教育|学习教育)(?:活动)?$")
# A body conferring a title on those it lists: 命名/认定/确定/公布 …(等N个单位)为 (第三批…).
_CONFERS = re.compile(r"(?:命名|认定|确定|公布|评为|遴选)(?:[^。；！？\n]{0,60}为)?$")


_NO_PLACE = re.compile(r"全(?:省|市|区|县|州)$|^(?:开展|举办|举行|启动|组织|开启|评选|公布|发布|召开)")


def _place_before_ordinal(before: str) -> str | None:
    """The place written just before an ordinal (南京市第五届…): the shortest that stands on its own, after a
    particle, a mark or nothing (历时9个月的滨湖区首届… -> 滨湖区, not 个月的滨湖区)."""
    for start in range(len(before) - 2, -1, -1):
        place = _PLACE_BEFORE.fullmatch(before[start:])
        if place and _NO_PLACE.search(place.group(0)):
            continue  # 开展全省第一届…: 全省 is the whole province, unnamed; 开展 a verb, not a place's word
        # (Not after 省/市/州: 水磨沟区 is the end of 乌鲁木齐市水磨沟区, read whole further on.)
        # (开展创建全国第三批…: 全国 is a word wherever it stands)
        if place and (start == 0 or before[start - 1] not in "省市州") \
                and (word_starts_at(before, start, _PARTICLES_BEFORE_ORDINAL_PLACE) or place.group(0) == "全国"):
            return place.group(0).strip()
    # 为佳木斯首届…大赛画下句点, 河北首届…大赛: a city or a province written bare, without 市 or 省.
    before = before.rstrip()
    city = next((name for name in (*city_names(), *province_names()) if before.endswith(name)), None)
    if city and word_starts_at(before, len(before) - len(city), _PARTICLES_BEFORE_ORDINAL_PLACE):
        return city
    return None


_LEAD_VERB = re.compile(r"(?:(?:自|从|于)?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:起|以来|上午|下午|晚上?)?"
                        r"|关于|公布了?|发布了?|通报了?|揭晓了?|评出了?|选出了?"
                        r"|(?:开展|举办|举行)了?|印发|做好|启动|召开|(?:持续)?办理"
                        r"|征集(?!展示|推介|评选|推选|遴选|活动|宣传)|设立|创设|评为|成为|率领|率|带领"
                        r"|摘取|摘得|荣获|斩获|获评|获(?![得评奖])|捧回|捧得|赢得|问鼎|夺得|喜获|荣膺|齐揽|揽获|包揽"
                        # (某地四地入选全国“…”典型案例: the winners before the verb are no words of the name)
                        r"|入选|入围|当选|跻身"
                        # (我院团队参加某省…大赛, 19个项目参加…大赛: who took part is no word of the name)
                        r"|参加|参赛|出征"
                        # (甲报社和乙中心联合评选 2016年度…十大创新案例揭晓: the bodies who jointly select)
                        r"|(?:联合|共同)(?=评选|评出|推选|遴选)"
                        r"|(?:主办|承办|举办|开展|组织|发起|评选|评出|推出|发布)的)")


def _dash_pieces(part: str) -> tuple[str, ...]:
    """A headline part, and what follows its dash, in the order to read them: a slogan before the dash (硕果满枝——
    某区…案例评选会召开) is passed over first; a short brand (粤治——…) may be the name's own."""
    before, dash, after = part.rpartition("——")
    if not dash:
        return (part,)
    slogan = len(_CJK.findall(before)) >= 4 and not _COMPETITION.search(before)
    return (after, part) if slogan else (part, after)


def _before_stage_verb(title: str) -> SeriesMention | None:
    """A name without an ordinal, in a title: the phrase that ends in a head noun before the stage verb."""
    # (A space inside quotes is the name's own: “红色领航 青春奉献”志愿服务项目大赛.)
    # (丨, a CJK stroke, is typed as a bar after a column's name: 青年大赛丨2020年…大赛 is the headline after it.)
    after_bar = title.rpartition("丨")[2]
    headline = after_bar if len(after_bar) >= 6 else title
    splits = re.split(r"(?:[，,。；;！？!?|｜:：]|\s(?![^“「『]*[”」』]))+", headline)
    pieces = (piece for split in splits for piece in _dash_pieces(split))
    for part in pieces:
        # (全国“最美家庭”揭晓: a quoted title of the most admired ends the name as a head noun would.)
        heads = list(re.finditer(f"(?:{_HEAD})|(?<=[“「『]最美)[\u4e00-\u9fff]{{2,10}}[”」』]", part))
        if not heads:
            continue
        head = heads[-1]
        # What comes before the name: a publisher and a verb (民政部公布, 关于开展, 某实验室面向各地征集).
        # (Read in the whole part, so that 征集推选活动 is not 征集 before a name 推选活动.)
        lead_end = max((lead.end() for lead in _LEAD_VERB.finditer(part) if lead.end() <= head.start()), default=0)
        rest = part[lead_end:]
        name = _name_until_stop(rest)
        count = _COUNT_START.search(rest)
        counted = _name_until_stop(rest[count.end():]) if count else None
        inner = None if count else _PLACE_THEN_COUNT.search(rest)
        before_count = rest[:inner.start(1)] if inner else ""
        if inner and (place := "全国" if before_count.endswith("全国") else _place_at_end(before_count)):
            # 近日全国100个优秀社区工作法公布: the count stands between the place and the name it numbers.
            named = _name_until_stop(rest[inner.end():])
            if named and names_a_competition(place + named):
                start = title.find(rest) + len(before_count) - len(place)
                end = title.find(named, start) + len(named)
                return SeriesMention(canonical_series(place + named), place + named, start, end, None)
        if names_a_competition(counted):
            # 广西发布20个乡村振兴改革集成特色案例: the cases counted are named after the count (not 50件案例).
            name = counted
        if (names_a_competition(name) and not _COUNT_START.search(name) and not _COUNT_INSIDE.search(name)
                and not re.match(r"^[0-9０-９]", _YEAR.sub("", _clean(name)))):
            start = title.find(name)
            return SeriesMention(canonical_series(name), name, start, start + len(name), None)
    return None


# (A project or method is a competition's when the name ranks it: 十大社区治理创新项目, 优秀社区工作法.)
# (公益创投活动: projects compete for a venture fund's grants)
_COMPETITION = re.compile(r"案例|奖|大赏|评选|大赛|征集|评比|竞赛|创投活动|擂台赛|挑战赛"
                          r"|(?:选拔|评鉴|(?<![上登入打光])榜|先进典型)[”」』]?$"
                          # (最佳实践: the best practices a selection names)
                          r"|(?:十大|十佳|百佳|优秀|最佳|典型)\S{0,10}(?:项目|成果|工作法|经验)|最佳实践"
                          # “十佳平安卫士”: a title ranked ten best is given by a selection; so is a search for the
                          # best (“寻找最美社区”), and an assessment that ranks (…综合影响力评估)
                          # (全国“最美家庭”: a title of the most admired, quoted, is what a nation's or a province's
                          # selection confers; “最美社工” alone may be one kind among others a selection chose)
                          r"|^[“「『]?(?:十佳|十大|百佳|寻找[“「『]?)[\u4e00-\u9fff]{2,12}?[”」』]?(?:系列)?(?:活动|评选|推选)?$"
                          r"|^(?:(?:19|20)\d{2}年度?)?(?:全国|全省|全市)[“「『]最美[\u4e00-\u9fff]{2,10}[”」』](?:系列)?(?:活动|评选|推选)?$"
                          r"|[\u4e00-\u9fff]{4,}(?:评估|大调查)[”」』]?$")
# 全国100个…: a count written after a place, before what it counts.
_PLACE_THEN_COUNT = re.compile(rf"({NUMERAL})\s*(?:个|件|项)(?=[\u4e00-\u9fff])")
# 50件案例脱颖而出, 最终30个优秀案例: a count of cases, not a competition's name.
_COUNT_START = re.compile(rf"^(?:最终|最后|共|共有|累计|其中)?{NUMERAL}\s*(?:件|个|项|份|家|批|组|名|场|次)")
# 某市2个案例入选…: a count inside the phrase.
_COUNT_INSIDE = re.compile(r"\d+\s*(?:件|个|项|份|家)")
# Pinyin left in a word by a mirror, or a bracket closed that never opened.
_BROKEN = re.compile(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{2,}\)|^[^(（]*[)）]|[(（][^)）]*$")
# 开展评比表彰活动: words any competition uses name none of them.
# (项目公开征集: how it calls for entries, 公开, is no word of a name either.)
_GENERIC_WORDS = re.compile(r"评比|表彰|评选|征集|推选|案例|优秀|典型|先进|创新|实践|精品|最佳|奖项?|大赛|活动"
                            r"|工作|项目|经验|成果|工作法|公开|[各类种项多]")


# A category or tier of the awards a competition gives: an evaluative word and a short 奖 (最佳…奖, 年度…奖), or a
# tier's word before it (一等奖, 金奖, 提名奖, 各大奖, …之星奖).
_CATEGORY_AWARD = re.compile(r"^(?:最佳|优秀|杰出|年度|特别|整体|突出|卓越|十佳|最具)[\u4e00-\u9fff]{0,8}奖$"
                             r"|(?:一等|二等|三等|特等|金|银|铜|提名|鼓励|入围|各大|单项|贡献|优胜|之星|优等|争先|人物|首)奖$"
                             r"|组[\u4e00-\u9fff]{1,4}奖$")


def names_a_competition(name: str | None) -> bool:
    """Whether a phrase read as a name is a competition's: a competition word, not only generic words, at least
    four characters once folded, and no 的 (以案例评选激活…的“源头活水” is a phrase about something)."""
    # “最美家庭”表彰活动, “优秀网格员”表扬活动: a title of honour and the act of honouring it is a selection too
    honouring = bool(name) and bool(_HONOUR.search(name)) and bool(re.search(r"表彰|表扬|推介|推选|评选", name))
    # (A 的 inside the quotes is the name's own: “人民最满意的…”项目评选.)
    # (A 了 outside quotes closes a verb, 出台了…方案: a clause, not a name.)
    if not name or re.search("[的了]", re.sub(r"[“「『][^“”「」『』]*[”」』]", "", name)) \
            or not (_COMPETITION.search(name) or honouring):
        return False
    if re.match(rf"[{_QUOTES}]?(?:该|此|这|其|本次|本届|此次|基于|对于|围绕|通过|根据|等|了|的|由)", name) \
            or re.search(r"进行|面向", name):
        # 该活动处于…, 基于多案例的…, 等十佳单位…进行表彰: a phrase that refers back, says what it rests on, or runs
        # on from a list (等) into a verb (进行) names nothing; nor does a body's clause (甲部面向全市…评选…)
        return False
    if re.match(r"(?:充分|进一步|大力|积极|不断|全面|切实|着力)?"
                r"(?:培育|推动|促进|加强|提升|打造|深化|鼓励|支持|推进|强化|发挥|树立|挖掘|激发|选树|总结|推广)", name):
        return False  # 为…,培育优秀公益项目: the purpose the notice states, not a competition
    if re.match(rf"[{_QUOTES}]?(?:[一二三四五六七八九十两]{{1,3}}|\d{{1,2}})\s*(?:届|次|轮|期)", name):
        return False  # 连续开展了四届公益创投活动: how many editions were held, not a name
    if re.search(r"这场|这次|这项|此项|该项", name) or re.match(rf"[{_QUOTES}]?对(?=[\u4e00-\u9fff])", name):
        return False  # 闵行这场创意设计大赛, 对某市政务新媒体…: a phrase pointing at it, an object, not its name
    if re.search(r"第一个|首个|唯一", name):
        return False  # 国内省级层面第一个改革奖——“某省改革奖”: what it is the first of, not its name
    if re.search(r"共同(?!体)", name):
        return False  # 某报与百家媒体共同评选: who ran it, not its name
    if re.search(r"荣获|获得|获评|喜获|斩获|摘得|摘取|拿下|(?<![收捕斩喜荣])获(?![奖得评])|夺(?=[“「『])", name):
        return False  # “某乡获某某奖”: a quoted headline about a winner is a sentence, not the competition's name
    key = series_key(name)
    if re.fullmatch(_place_pattern(), key):
        return False  # 某区评选“…”: the place that runs it, before the verb, names nothing
    if _CATEGORY_AWARD.search(key) and not key.startswith(("全国", "中国")):  # (全国…公益贡献奖 is a prize)
        return False  # 最佳管理效率奖, 服务之星奖, …一等奖: one category or tier of a competition, not the competition
    # (“十佳网格员”评选: a title ranked ten best may fold to three characters, 网格员.)
    ranked = re.match(rf"[{_QUOTES}]?(?:十佳|十大|百佳)", name)
    return len(key) >= (3 if ranked else 4) and bool(_GENERIC_WORDS.sub("", key))


_ABBREVIATION = re.compile(r"[（(]\s*(?:以下)?(?:简称|下称|下同)")


def _name_until_stop(rest: str) -> str | None:
    """The competition name at the start of ``rest``: up to the first stop word, cut back to a head noun."""
    # 某某创新奖(简称“某某奖”)得主…: the bracket that gives the short form closes the name.
    name = _name_at(_ABBREVIATION.split(rest.lstrip(), maxsplit=1)[0])
    if not name or _BROKEN.search(name):
        return None  # a mirror's pinyin broke into the name (年?duì)I商环境): no name is better than a mangled one
    # “…上线发布暨2019某某项目征集活动揭晓仪式”: an event joined to the selection, which comes after 暨.
    if "暨" in name and re.search(r"发布|上线|仪式|大会|论坛|开幕|启动|会议|典礼", name.rsplit("暨", 1)[0]):
        joined = _tail_to_head(_YEAR.sub("", _QUOTE_RE.sub("", name.rsplit("暨", 1)[1])))
        if joined and re.search(f"(?:{_HEAD})$", joined) and len(series_key(joined)) >= 4:
            name = joined
    # …竞赛中部地区选拔赛: a regional round of the contest after its own head noun.
    name = re.sub(r"(?<=大赛|竞赛)[\u4e00-\u9fff]{0,6}?(?:地区|赛区|区域|分区)(?:选拔赛|选拔|预赛|初赛|复赛|分赛)$", "",
                  name)
    # 某某项目大赛金银奖: the tiers won after the contest's own head noun.
    name = re.sub(r"(?<=大赛|竞赛|评选|案例)(?:金银|金|银|铜|一等|二等|三等|特等)奖(?=[”」』]?$)", "", name)
    # 某某公益创投大赛“十佳项目”出炉: the tier the contest chose, after its own head noun.
    name = re.sub(r"(?<=大赛|竞赛|比赛|创投)[“「『]?(?:十佳|十大|百佳|优秀)[\u4e00-\u9fff]{0,6}[”」』]?$", "", name)
    # 全球市长论坛·广州奖: the award given at a forum is after the dot.
    name = re.sub(rf"^([{_QUOTES}]?)[^·{_QUOTES}]{{2,20}}(?:论坛|峰会|大会|年会)·", r"\1", name)
    # …大奖·宜居和包容大奖: a category of the prize after the dot.
    return re.sub(rf"^([{_QUOTES}]?[^·]+(?:{_HEAD}))·.+?([{_QUOTES}]?)$", r"\1\2", name)


# The head nouns only a competition ends in (not 实践, 项目, 活动, which other phrases end in too).
_STRONG_HEAD = r"大赛|竞赛|评选|案例|奖|征集|擂台赛|挑战赛"


def _name_at(rest: str) -> str | None:
    # “第二届上海社会建设十大创新项目”评选活动: the ordinal stood inside the quote, which closes the name.
    closing = re.match(rf"([^{_QUOTES}，。；,;]{{2,40}})[”」』]", rest)
    if closing and re.search(f"(?:{_HEAD})$", closing.group(1)):
        return closing.group(1)
    if closing:
        tail = _tail_to_head(rest[closing.end():closing.end() + 12])
        # “第四届…案例评选结果发布会”: the quote holds the event too; the name ends before its stop word.
        return closing.group(1) + tail if tail else (_tail_to_head(closing.group(1)) or None)
    # A quoted name is whole: take the quote, then any head noun written right after it (“金熊猫奖”, “…”评选).
    # (Double quotes may hold single ones: “楚治——‘某某杯’…案例”.)
    quoted = (re.match(rf"[“「『]([^“”「」『』]{{2,40}})[”」』]((?:{_HEAD})*)", rest)
              or re.match(rf"[{_QUOTES}]([^{_QUOTES}]{{2,40}})[{_QUOTES}]((?:{_HEAD})*)", rest))
    if quoted:
        # “中国地方政府创新奖”评选: the quote is the name when it ends in a head noun itself.
        if re.search(f"(?:{_HEAD})$", quoted.group(1)):
            return rest[:quoted.end(1) + 1]
        after = quoted.end(1) + 1
        if quoted.group(2):
            # (“走基层”成果和案例征集: the head nouns after the quote may be joined by 和/及.)
            tail = _tail_to_head(rest[after:after + 20])
            return rest[:after] + tail if len(tail) > len(quoted.group(2)) else quoted.group(0)
        if re.match(_place_pattern(), rest[after:]) and not _COMPETITION.search(quoted.group(1)):
            # “某某启航 共创美好”某市…公益创投大赛: a theme quoted before a name that opens with its place.
            return _tail_to_head(rest[after:after + 30]) or None
        # “…典型案例名单”: the list of the winners was quoted with the name.
        # (“…奖颁奖典礼”: the ceremony of the prize was quoted with its name.)
        listed = re.match(rf"(.+(?:{_HEAD}))(?:(?:入选|获奖|推荐)?(?:名单|结果|榜单)|(?:颁奖)?(?:典礼|仪式|晚会))$",
                          quoted.group(1))
        if listed:
            return rest[0] + listed.group(1)
        # “社区营造”优秀案例揭晓: the head noun follows a few words after the quote (past a year: “…”2022—2023年度
        # 优秀案例).
        after = quoted.end(1) + 1
        year = re.match(_YEAR, rest[after:])
        reach = after + 20 + (year.end() if year else 0)
        return rest[:after] + _tail_to_head(rest[after:reach])
    # A quote inside the name (南京市“十佳…案例”评选, 广东省“民生微实事”优秀案例征集活动): up to the first stop word
    # after the closing quote, cut back to the last head noun.
    inner = re.match(rf"[^{_QUOTES}，。；,;\s]{{0,12}}?[{_QUOTES}][^{_QUOTES}]{{2,30}}[{_QUOTES}]", rest)
    if inner:
        # (卫生福利部「…社区选拔」: a government body before the quote runs the competition, not a word of its name.)
        owner = re.match(r"[^“”「」『』]{1,10}?(?:部|局|厅|委员会|办公室)(?=[“「『])",
                         inner.group(0))
        tail = _tail_to_head(rest[inner.end():])
        opening = re.match(f"[^{_QUOTES}]*", inner.group(0)).group(0)
        heads = list(re.finditer(f"(?:{_HEAD})", opening))
        if not tail and heads and not re.search(f"(?:{_HEAD})", inner.group(0)[len(opening):]):
            # …大赛播撒“社创种子”: the name ended before the quote; a verb and its object follow it.
            return opening[:heads[-1].end()]
        return inner.group(0)[owner.end() if owner else 0:] + tail
    stop = re.search(_STOP, rest)
    if stop and stop.group(0).isspace() and not re.search(_STRONG_HEAD, rest[:stop.start()]):
        # 首届新时代文明实践 志愿服务项目大赛举行: a headline wrapped inside the name, which the words after the
        # space complete with a head noun of a competition
        after = rest[stop.end():]
        if re.search(rf"(?:{_STRONG_HEAD})$", _before_stop(after)):
            rest = rest[:stop.start()] + after
            stop = re.search(_STOP, rest)
    if stop and stop.group(0) == "暨":
        first, joined = rest[:stop.start()], _before_stop(rest[stop.end():])
        if not re.search(rf"{_STRONG_HEAD}|{_EVENT_NOUN}", first) and re.search(rf"(?:{_STRONG_HEAD})$", joined):
            # 某市志愿服务项目暨社区工作者职业能力大赛: two contests run as one; the name spans both halves when the
            # first is no competition or event of its own (论坛暨…, 大赛展演暨… are read elsewhere)
            rest, stop = rest[:stop.end() + len(joined)], None
        elif re.search(r"(?:论坛|峰会|年会|大会|研讨会)(?:第\S{1,3}届)?$", first):
            # 全国某某高峰论坛第三届暨全国大学生某某竞赛…选拔赛: the selection joined to a forum is the competition (S1)
            selection = _tail_to_head(joined)
            if re.search(rf"(?:{_STRONG_HEAD})", selection):
                return selection
    candidate = rest[:stop.start()] if stop else rest
    # …奖中央部会与地方政府共有144个机关参奖: a count starts the sentence about the competition, not its name.
    count = _COUNT_INSIDE.search(candidate)
    candidate = candidate[:count.start()] if count else candidate
    heads = list(re.finditer(f"(?:{_HEAD})", candidate))
    if not heads:
        return None
    name = candidate[:heads[-1].end()]
    return name if len(series_key(name)) >= 3 else None


def _before_stop(text: str) -> str:
    """``text`` up to its first stop word (all of it when it has none)."""
    stop = re.search(_STOP, text)
    return text[:stop.start()] if stop else text


def _tail_to_head(tail: str) -> str:
    """The words after a quoted part of a name that still belong to it: up to the first stop word, cut back to the
    last head noun (“…”优秀案例征集活动启动 -> 优秀案例征集活动); empty when no head noun comes before the stop."""
    stop = re.search(_STOP, tail)
    tail = tail[:stop.start()] if stop else tail
    # …大赛的成果: what the competition yielded, past its name; “…”共设置了…案例: a clause about it (了 closes a
    # verb, and a name has none).
    tail = re.split("[的了]", tail)[0]
    heads = list(re.finditer(f"(?:{_HEAD})", tail))
    return tail[:heads[-1].end()] if heads else ""


def _book_series(title: str, text: str) -> SeriesMention | None:
    """A book launch: the book's main title, with the 丛书 it belongs to in brackets when the text names one."""
    book = _BOOK.search(title) or _BOOK.search(text[:1500])
    if not book:
        return None
    main = re.split(r"[:：—]|[（(]第", book.group(1))[0].strip()
    series_name = None
    for match in _BOOK_SERIES.finditer(text):
        candidate = re.sub(r"^.*?(?:组织编写的|编写的|编著的|主编的|出版的|的)", "", match.group(1))
        candidate = re.sub(r"^[^\u4e00-\u9fff]+", "", candidate)
        if candidate and candidate != main:
            series_name = f"{candidate}系列丛书" if "丛书" not in candidate else candidate
        break
    printed = f"{main}({series_name})" if series_name else main
    return SeriesMention(canonical_series(printed), printed, book.start(), book.end(), None)


@cache
def _alias_table() -> dict[str, str]:
    data = json.loads(resources.files("crawler").joinpath("data/series_aliases.json").read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for canonical, aliases in data["series"].items():
        for name in (canonical, *aliases):
            table[series_key(name)] = canonical
    return table
