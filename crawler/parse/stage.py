"""What stage of a competition an article reports: launch, call-for-entries, results, ceremony, book,
commentary or other.

The title says it most plainly (…启动仪式举行, 关于征集…的通知, …案例发布, …颁奖典礼, 《…》新书首发), so the
title is read first and the opening of the text only when the title says nothing. Within one title the more
specific stage wins: a 颁奖典礼 is also a release of results, a 征集…启动 is a launch.
"""

from __future__ import annotations

import re

STAGES = ("launch", "call-for-entries", "results", "ceremony", "book", "commentary", "other")

# In order of precedence.
_STAGE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("book", re.compile(r"《[^》]+》[^，。]{0,12}(?:新书|首发|出版|发行|一书)|新书(?:首发|发布)|丛书|出版发行")),
    ("ceremony", re.compile(r"颁奖(?:典礼|仪式|大会|会|盛典)?|表彰大会|授牌仪式|揭晓暨")),
    ("call-for-entries", re.compile(r"(?:征集|申报|推荐|报名|参评)[^，。]{0,30}(?:通知|公告|启事|指南)"
                                    r"|^关于(?:征集|开展|组织|做好)|征集令|申报指南|开始报名|报名开启")),
    # 自7月启动以来 and 已于4月启动 (removed before matching) look back from a later stage; they are not a launch.
    ("launch", re.compile(r"启动(?!以来)|启幕|开启|拉开帷幕|正式开始")),
    # The event where winners are made known, named by what it is rather than by 颁奖: 评选大会举行, 发布会在杭州
    # 举行, 终审暨表彰会, 决赛落幕, 在京颁发 (a launch event says 启动, which is read first).
    ("ceremony", re.compile(r"(?:评选|评审|发布|表彰|终审|颁奖)(?:大会|会)|发布会|(?:总)?决赛|颁发"
                            r"|(?:大赛|挑战赛|擂台赛|竞赛)[^，,。]{0,16}(?:举行|举办|落幕)")),
    ("results", re.compile(r"揭晓|发布|公布|出炉|名单|结果|获奖|入选|揭榜|公示|评出|榜单|表彰"
                           r"|脱颖而出|上榜|获评|摘得|荣获|称号|殊荣")),
)
# A title about entries being collected, with none of the words above: a call for entries (…案例征集).
_CALL_FALLBACK = re.compile(r"征集|申报|报名|征文|推荐")
_LOOKING_BACK = re.compile(r"已(?:经)?(?:于)?[^，,。]{0,12}?(?:正式)?启动")
# An opening that reports entries received or a list made public: the call is over (…征集…案例,共收到438份).
_PAST_THE_CALL = re.compile(r"共收到|征集到|收到\S{0,12}?\d+|公布|揭晓|评出|入选")
# Signs that the article is an opinion piece rather than a report of an event.
_COMMENTARY = re.compile(r"笔者|本文(?!字数)|评论员|述评|时评|观点|作者[:：]|[\u4e00-\u9fff]{2,4}(?:研究员|教授)\s*$"
                         r"|总体而言|总而言之|综上所述|由此可见|^\s*(?:首先|其次|再次)[，,]", re.MULTILINE)
# Signs strong enough to make an opinion piece of an article whose title has no stage word even when its text
# names a competition (以第三届…评选为例 … 笔者认为): a byline alone is not one.
_OPINION = re.compile(r"笔者|评论员|述评|时评|综上所述|由此可见")


def classify_stage(title: str | None, text: str | None, *, names_competition: bool) -> str:
    """The stage of the article. ``names_competition``: whether its title names a competition.

    An article whose title names no competition but whose text discusses them is ``commentary`` when it reads
    like an opinion piece, ``other`` otherwise.
    """
    title = _LOOKING_BACK.sub("", title or "")
    for stage, words in _STAGE_WORDS:
        if words.search(title):
            if stage == "book" or names_competition:
                return stage
    if _OPINION.search((text or "")[:3000]):
        return "commentary"
    if not names_competition:
        return "commentary" if _COMMENTARY.search((text or "")[:3000]) else "other"
    text = _LOOKING_BACK.sub("", text or "")
    opening = re.split(r"[。！？!?\n]", text.lstrip(), maxsplit=1)[0]
    if _CALL_FALLBACK.search(title) and not _PAST_THE_CALL.search(opening):
        return "call-for-entries"
    # The opening sentence says what happened; the next lines only when it says nothing.
    for lead in (opening, text[:400]):
        for stage, words in _STAGE_WORDS:
            if words.search(lead):
                return stage
    return "other"
