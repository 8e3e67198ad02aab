"""Is a page about governance cases at all? A cheap test that keeps general news out of the archive.

General news sites carry thousands of unrelated articles. A spider asks :func:`is_relevant_link` before it
follows a link (on the link text, when there is one) and :func:`is_relevant_article` after it has the page.
Both err on the side of keeping: the announcement parser decides later what a kept page announces.
"""

from __future__ import annotations

import re

# Topic words: a governance-case page names at least one of these in its title.
TOPIC = re.compile(r"治理|案例|最佳实践|创新实践|评选|征集|善治|精细化|基层|社区|街道|人民城市|社会工作|城市管理")
# Competition words: a page whose title misses the topic still counts when its text talks like this.
COMPETITION = re.compile(
    r"(案例|实践)[^。\n]{0,12}(评选|征集|发布|大赛|揭晓)|最佳实践|创新实践案例|第[一二三四五六七八九十\d]+届[^。\n]{0,30}(评选|案例|奖|大赛)")


def is_relevant_link(anchor_text: str | None) -> bool:
    """True when a list link may lead to a governance-case page (no text: follow it and look)."""
    if not anchor_text or not anchor_text.strip():
        return True
    return bool(TOPIC.search(anchor_text))


def is_relevant_article(title: str | None, text: str | None) -> bool:
    """True when the fetched page is about governance cases."""
    if title and TOPIC.search(title) and re.search(r"治理|案例|实践|评选", (title or "") + (text or "")[:3000]):
        return True
    return bool(text and COMPETITION.search(text))
