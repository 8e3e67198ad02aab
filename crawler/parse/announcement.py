"""One article -> the facts of the announcement it carries, in the shape ``govcases extract`` prints.

:func:`parse_announcement` is the one entry point the pipeline, the CLI and the evaluation call. It folds a
mirror's text to plain simplified Chinese (the page keeps its text as printed; the flags say what was odd),
decides whether the page is an announcement at all, and runs each parser on it. What the text does not say
stays ``None`` / empty: a wrong value is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.parse.cases import parse_cases
from crawler.parse.counts import parse_counts
from crawler.parse.dates import DateMention, find_dates
from crawler.parse.districts import find_districts
from crawler.parse.edition import edition_year, find_edition
from crawler.parse.english import is_english, parse_english
from crawler.parse.gate_model import ACCEPT, announcement_probability
from crawler.parse.numbers import NUMERAL
from crawler.parse.organisers import find_organisers
from crawler.parse.quality import fold_text, quality_flags
from crawler.parse.series import (
    clause_start,
    event_series,
    find_series,
    honour_series,
    in_full,
    lead_series,
    names_a_competition,
    names_a_prize,
    quoted_series,
)
from crawler.parse.stage import classify_stage

# Words without which a page is not about a competition at all.
# 命名…为第三批“…”, 第三批…示范村镇名单: a designation made in numbered batches is a selection too.
_COMPETITION_WORDS = re.compile(r"评选|案例|奖|大赛|征集|评比|竞赛|丛书|遴选|推选|大调查|擂台赛|挑战赛|十佳"
                                r"|(?<![上登入打光])榜(?:发布|揭晓|公布|上榜)|(?:命名|认定|确定|公布)[^。]{0,80}第\S{1,3}批"
                                # (对第二次全国…示范单位进行授牌, 第二批“…实验区”评审会议: batches assessed or awarded.)
                                r"|(?:第\S{1,3}|首)[批次][^。\n]{2,40}(?:名单|创建|评审|授牌|命名)|确认为[^。]{0,30}(?:示范|实验区|试点)"
                                # 被评为“全国先进…”, 拟表彰名单, 第二次…示范单位创建活动: a title of honour conferred.
                                r"|(?:评为|命名为?|认定为|授予|确定为|确认为)[^。]{0,30}(?:示范|先进|模范|称号|试点)|拟表彰|表彰名单|创建活动|称号的?(?:公示)?名单"
                                # 全国100个优秀社区工作法公布: methods or projects ranked by a selection.
                                # (…优秀年度报告出炉, 50家品牌社会组织名单公布: reports or bodies ranked.)
                                r"|(?:十佳|十大|百佳|百强|优秀|最佳|品牌)[^，,。]{0,12}(?:工作法|项目|经验|报告|组织)"
                                r"[^，,。]{0,4}(?:公布|发布|揭晓|出炉)")
# A headline that reports on a competition without naming it.
_ABOUT_A_COMPETITION = re.compile(r"案例|评选|评出|奖|大赛|决赛|挑战赛|擂台赛|征集|揭晓|发布|公布|启动|颁奖|入选"
                                  r"|获评|命名|表彰|出炉|名单|揭榜|称号|殊荣|荣获|再获|荣膺|被评为")
# A headline that reports a title of honour won (某区荣获全国…先进单位, 某市被命名为自治区平安市) or a list of holders
# made public (…单位名单发布): a designation's results, though the page may name no 评选.
_HEADLINE_HONOUR = re.compile(r"(?:荣获|获评|再获|喜获|荣膺|获得|被评为|被命名为?|被认定为)[^，,。]{0,30}"
                              r"(?:先进|示范|模范|标兵|称号|平安)|名单(?:正式)?(?:发布|公布|揭晓|出炉)")
# An opening that reports cases made public: 12月30日,50件…的案例向社会公布.
_RESULTS_LEAD = re.compile(rf"{NUMERAL}\s*(?:件|个|项)[^，,。]{{0,30}}案例[^，,。]{{0,8}}(?:公布|发布|揭晓|出炉)")
# A journal paper's signs: one of its own (a classification number, an author's unit with its postcode), or two
# of those a news site may also print over a story (摘要:, 关键词:).
# ([J]. cites a journal; 被引量 and 论文部分内容 are a thesis-sharing site's.)
_ACADEMIC = re.compile(r"中图分类号|文献标识码|[(（][^()（）]{2,30}\d{6}[)）]|\[J\]\s*[.．]|被引量|论文部分内容")
_ACADEMIC_WEAK = re.compile(r"摘\s*要[:：]|关键词[:：]|Abstract[:：]?")
# A wire or paper dateline opening the story, with the reporter's credit (某某报讯(记者 某某 某地报道)): it is
# no part of what happened, and a reporter's name may read as a stage word (李丛书).
_DATELINE = re.compile(r"^[^，,。；;\n]{0,24}?(?:[网报台社]|\d{1,2}日)(?:讯|电)"
                       r"\s*(?:[(（【][^)）】\n]{0,40}[)）】])?\s*")
# A competition named as one a subject took part in or won before, not the one the story reports.
_IN_PASSING = re.compile(r"曾|先后|多次|荣获|获得|获评|入选|入围|参加|参与|被|命名|评为|获(?!奖)")
# A headline of a body's account of its work or year: 工作总结, 年度回顾, 综述, 重点工作推进情况, 情况汇报.
_SUMMARY_HEADLINE = re.compile(r"工作总结|年终总结|工作回顾|年度回顾|回顾[:：]|综述"
                               r"|推进情况|工作情况|情况汇报|述职报告")
# The flag of a page the rules turned down and the learned model accepted: a researcher can set such pages apart.
ACCEPTED_BY_MODEL = "announcement_by_model"
_NO_COUNTS = {"applications": None, "applications_qualifier": None, "selected": None, "by_tier": {}}


@dataclass
class ParseResult:
    """``announcement`` is the facts dict, or ``None`` for a page that is not an announcement."""

    announcement: dict | None
    quality_flags: list[str] = field(default_factory=list)


def parse_announcement(title: str | None, text: str | None, published_at: str | None = None,
                       html: str | None = None, url: str | None = None, *, source: str | None = None) -> ParseResult:
    """The facts of the announcement in one article.

    ``published_at`` (ISO) resolves dates printed without a year; ``html`` lets the case-list parser read
    lists and tables and find winners listed only in images or attachments; ``url`` is for messages only.

    ``announcement`` has exactly these keys: ``series, edition, year, stage, organisers [{name, role}],
    counts {applications, applications_qualifier, selected, by_tier}, cases [{name, unit, district, tier}],
    districts, dates``.
    """
    flags = quality_flags(title, text, html, published_at)
    if is_english(title, text):
        # An English page of a Chinese site (a university's English news, an award's own site): English writes
        # the facts its own way, and the Chinese parsers would find nothing.
        return ParseResult(_english_announcement(title, text), flags)
    title, text = headline_and_text(title, text)
    lead = lead_sentence(text)
    by_model = False  # (the rules turned the page down and the learned model took it)
    if not _COMPETITION_WORDS.search(f"{title}\n{text[:5000]}") and not _HEADLINE_HONOUR.search(title):
        if not _model_accepts(title, text):
            return ParseResult(None, flags)
        by_model = True
    series = find_series(title, None)
    if series is None and _SUMMARY_HEADLINE.search(title):
        # 某局2023年工作总结, 2019年志愿服务回顾: a body's account of its year names selections among its work; it
        # announces none (unless its headline names the competition itself)
        return ParseResult(None, flags)
    if series and names_a_prize(title, series):
        # 某市荣获…奖: the headline names the prize won; the opening names the competition that gave it.
        series = lead_series(text) or find_series(None, text[:600]) or quoted_series(text[:600]) or series
    opening = text[:1500]
    academic = _ACADEMIC.search(opening) or len({m.group(0)[:2] for m in _ACADEMIC_WEAK.finditer(opening)}) > 1
    if academic and series is None:
        # A journal paper studies competitions; it announces none.
        return ParseResult(None, flags)
    headline_about = _ABOUT_A_COMPETITION.search(title)
    if series is None and (headline_about or _RESULTS_LEAD.search(lead)):
        # 50件案例脱颖而出: a headline about a competition it does not name; the opening names it, with an
        # ordinal, as the subject of an event, or in quotes (自7月12日启动“…优秀案例征集”活动).
        series = find_series(None, text[:300]) or lead_series(text) or quoted_series(text[:600])
    if series is None and not headline_about:
        # A slogan headline (共绘治理新图景): the opening sentence names the competition when it reports an event of it.
        series = lead_series(text)
    if series is None:
        # The story reports the competition further down (会上公布了“…案例”名单, “…”评选结果揭晓).
        series = event_series(text)
    if series is None:
        # A designation: the story reports a title of honour conferred or listed for it (被评为“全国先进…”).
        series = honour_series(title, headline=True) or honour_series(text)
    if series is None:
        # 为某市首届…大赛画下了句点: the opening numbers the competition it reports, past a first sentence that
        # names none; one a winner took part in before (曾获首届…) is another event's.
        numbered = find_series(None, text[:300])
        if (numbered and names_a_competition(numbered.printed)
                and not _IN_PASSING.search(text[clause_start(text, numbered.start):numbered.start])):
            series = numbered
    stage = classify_stage(title, text, names_competition=series is not None)
    # (Computed once: the gate below reads them, and an accepted page keeps them.)
    found: list | None = None
    counts: dict | None = None
    if stage == "other" and series is None and not headline_about:
        # A profile or a seminar report that names a competition in passing (曾入选第二届…案例) is not the
        # announcement of one: its organisers and counts would be another event's. A page that names no
        # competition still reports one when it says who ran a selection and how many it chose (甲会表彰了10户…).
        found = find_organisers(_with_headline(title, text), source=source)
        counts = parse_counts(text, None)
        reports_a_selection = any(o.role == "organiser" for o in found) and counts["selected"] is not None
        if not reports_a_selection:
            if not _model_accepts(title, text):
                return ParseResult(None, flags)
            by_model = True
        # It reports a selection: one the story numbers by its edition is that selection (第二届某某项目评选).
        series = find_series(None, text)
    book = stage == "book"
    if book:
        series = find_series(title, text, book=True)
    else:
        if series is None and stage not in ("commentary", "other"):
            series = find_series(None, text)
        if series is not None:
            series = in_full(series, title, text)
    dates = find_dates(text, published_at)
    commentary = stage == "commentary"
    if commentary:
        # An opinion piece discusses competitions; it is not the announcement of one: their organisers and
        # counts are not its facts.
        series = None
    if found is None:
        found = [] if commentary else find_organisers(_with_headline(title, text), book=book, source=source)
    organisers = [{"name": o.name, "role": o.role} for o in found]
    edition = find_edition(title, text, series, book=book) if series else None
    if counts is None:
        counts = _NO_COUNTS if commentary else parse_counts(text, None if book else edition)
    if not commentary and not book and counts["selected"] is None:
        # 某省发布20个…特色案例: the headline may be the only place the number selected is printed.
        counts = dict(counts, selected=parse_counts(title, edition)["selected"])
    announcement = {
        "series": series.name if series else None,
        "edition": edition,
        "year": edition_year(series, dates, published_at, title, text, stage),
        "stage": stage,
        "organisers": organisers,
        "counts": dict(counts, by_tier=dict(counts["by_tier"])),
        "cases": parse_cases(html, text),
        "districts": _district_names(find_districts(text)),
        "dates": announcement_dates(dates),
    }
    return ParseResult(announcement, [*flags, ACCEPTED_BY_MODEL] if by_model else flags)


def _english_announcement(title: str | None, text: str | None) -> dict | None:
    """The announcement dict of an English page, in the same shape; what the English rules do not read is empty."""
    facts = parse_english(title, text)
    if facts is None:
        return None
    return {**facts, "year": None, "counts": dict(_NO_COUNTS, by_tier={}), "cases": [], "districts": [],
            "dates": {}}


def headline_and_text(title: str | None, text: str | None) -> tuple[str, str]:
    """The headline and text as the parsers read them: folded to simplified characters, the headline on one line,
    and a text without a headline headed by its opening sentence."""
    # Folded together: a mirror is traditional throughout, even where a short title or text alone cannot tell.
    title, _, text = fold_text(f"{(title or '').replace(chr(10), ' ')}\n{text or ''}").partition("\n")
    # A text that comes without its headline (a page's story copied out, a feed's summary) opens with the
    # sentence that says what happened: it stands in for the headline.
    return title.strip() or lead_sentence(text), text


def _model_accepts(title: str, text: str) -> bool:
    """The learned model's second opinion on a page the rules turn down: it accepts those it is confident of."""
    return announcement_probability(title, text) >= ACCEPT


def lead_sentence(text: str) -> str:
    """The text's first sentence, past a notice's salutation (各有关单位:)."""
    text = re.sub(r"^\s*[^\n。，,]{1,20}[:：]\s*\n", "", text.lstrip())
    text = _DATELINE.sub("", text)
    return re.split(r"[。！？!?\n]", text.lstrip(), maxsplit=1)[0][:150]


def announcement_dates(mentions: list[DateMention]) -> dict[str, str]:
    """The key dates: ``event`` (the day it took place), ``launch``, ``release``, ``deadline`` and, for a date
    the article announces, ``results_expected`` — each the first the text gives."""
    dates: dict[str, str] = {}
    for mention in mentions:
        if mention.future:
            key = "deadline" if mention.kind == "deadline" else "results_expected"
        elif mention.kind in ("event", "launch", "release", "deadline"):
            key = mention.kind
        else:
            continue
        dates.setdefault(key, mention.value)
    return dates


def _district_names(found: list) -> list[str]:
    names = [d["name"] if isinstance(d, dict) else d for d in found]
    return list(dict.fromkeys(names))


def _with_headline(title: str, text: str) -> str:
    """The text, under its headline when the opening does not repeat it: a notice's issuer (某中心关于开展…的通知)
    or the body that calls for entries (某区民政局征集…项目) may be named there and nowhere else."""
    if title.strip() and title.strip() not in text[:300]:
        return f"{title.strip()}\n{text}"
    return text

