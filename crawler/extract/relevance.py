"""Is a page about governance-case competitions at all? A cheap test that keeps general news out of the archive.

General news sites carry thousands of unrelated articles. A spider asks :func:`is_relevant_link` before it
follows a link (on the link text, when there is one) and :func:`is_relevant_article` after it has the page.

The test reads the way announcements are written: a governance subject (治理, 精细化, 人民城市, 基层, 社区,
城市管理, ...) together with the language of a case competition or case collection (案例评选, 案例征集, 最佳实践,
创新实践案例, 第N届…奖, 十佳案例, 颁奖, 入选名单, 案例汇编, ...). A page about community life that names no
case work, or a case competition outside governance (an MBA case contest), is not kept. The link test errs on
the side of following (the page test decides); the page test errs on the side of keeping, since the
announcement parser decides later what a kept page announces.
"""

from __future__ import annotations

import re

# The governance subject: a kept page names at least one of these in its title or text.
GOVERNANCE = re.compile(
    r"治理|善治|精细化|人民城市|城市管理|社会工作|基层|社区|街道|街镇|居村|城市更新|一网统管|一网通办|枫桥经验|"
    r"公共服务|城市规划|数字化转型|全过程人民民主")
_ORDINAL = r"第[一二三四五六七八九十百\d]+(届|批|期)"
# The language of a case competition or collection. Each pattern is one "signal".
COMPETITION_PATTERNS = (
    r"(案例|实践|项目)[^。\n；;]{0,12}(评选|评审|征集|推选|遴选|申报|发布|揭晓|大赛|颁奖|汇编|入选|名单)",
    r"(评选|征集|推选|遴选)[^。\n；;]{0,12}(案例|实践|活动|结果|启事|通知|名单)",
    r"最佳实践|创新实践案例|优秀案例|典型案例|十佳案例|提名案例|入围案例|入选案例|案例集|案例库",
    _ORDINAL + r"[^。\n]{0,30}(评选|案例|奖|大赛|征集)",
    r"(颁奖|揭晓|获奖|获评|荣获|入选)[^。\n]{0,15}(案例|实践|名单|单位|项目)",
)
COMPETITION = re.compile("|".join(f"(?:{p})" for p in COMPETITION_PATTERNS))
# Link text that on its own says "this may be about case work"; broader than COMPETITION on purpose.
LINK_WORDS = re.compile(GOVERNANCE.pattern + r"|案例|最佳实践|创新实践|评选|征集|颁奖|揭晓|获奖|名单|大赛")


def is_relevant_link(anchor_text: str | None) -> bool:
    """True when a list link may lead to a governance-case page (no text, e.g. an image link: follow and look)."""
    if not anchor_text or not anchor_text.strip():
        return True
    return bool(LINK_WORDS.search(anchor_text))


def competition_signals(text: str) -> int:
    """How many distinct case-competition phrasings the text uses (each pattern counts once)."""
    return sum(1 for pattern in COMPETITION_PATTERNS if re.search(pattern, text))


def is_relevant_article(title: str | None, text: str | None) -> bool:
    """True when the fetched page is about governance cases: a competition, a case collection, or comment on one."""
    title, text = title or "", text or ""
    # Long pages end in related-link tails and footers: the article's own words come first.
    head = text[:4000]
    if not GOVERNANCE.search(title + head):
        return False
    if COMPETITION.search(title):
        return True
    if GOVERNANCE.search(title) and COMPETITION.search(head):
        return True
    # A title that names neither (a forum, a ceremony): the text must talk about the competition more than once.
    return competition_signals(head) >= 2
