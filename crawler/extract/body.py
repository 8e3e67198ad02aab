"""Article text from a page's lines: which lines are the story, and where the story ends.

Chinese CMS pages and the aggregators that repost them surround the story with the same furniture: a byline
block (作者 / 来源 / 编辑), a copyright notice, share and QR-code prompts, and long tails of "related" headlines.
These rules cut them from a list of lines, whether the lines come from HTML or from a plain-text file.
"""

from __future__ import annotations

import re

# Lines that say the story is over; everything from here on is furniture.
_END_MARKERS = re.compile(
    r"^[\s\[【(（<*＊]*(?:(?:责任编辑|责编|编辑)\s*[:：]"
    r"|本文转载自|文章为作者独立观点|独家稿件|注\s*[:：]\s*请在转载"
    r"|本网站所刊载|版权所有|Copyright|©|\(c\)\s*\d{4}|未经授权|转载请注明|凡本网注明"
    r"|相关(?:阅读|新闻|链接|文章|报道|推荐)|延伸阅读|推荐阅读|热门(?:推荐|文章|新闻)|猜你喜欢|更多(?:精彩|新闻|阅读)"
    r"|分享到|扫码关注|扫一扫|关注我们|Back to Top|返回(?:首页|顶部|列表|[^\s\]]{0,10}\])"
    r"|上一篇|下一篇|打印本页|关闭窗口|【纠错】)",
    re.IGNORECASE,
)
# Short labelled lines of the byline block: dropped wherever they stand, they are fields, not text.
_META_LINE = re.compile(
    r"^\s*[【\[(（]?\s*(?:作者|记者|通讯员|来源|文章来源|编辑|责任编辑|责编|发布时间|发布日期|日期|时间|浏览量?|浏览次数|阅读|"
    r"点击|字号|字体|分享|收藏|订阅|打印|Release time|Source|Views)\s*[:：]?[^。！？]{0,60}$",
    re.IGNORECASE,
)
# Credit lines of university and agency stories: 文/x 图/y, 审核：x 编辑：y, 摄影：z (the separator is required:
# 文 and 图 open ordinary sentences too).
_CREDIT_LINE = re.compile(
    r"^\s*[【\[(（]?\s*(?:文|图|摄影?|撰稿|供稿|审核|审稿|初审|复审|终审|校对)\s*[:：/／]\s*[^。！？]{0,60}$"
    # An image left as markup by a copying tool, with its caption (![](…) 活动现场 某某 供图).
    r"|^\s*!\[[^\]]*\]\([^)]*\)[^。！？]{0,60}$"
)
# The salutation that opens an official notice (各区民政局、各有关单位：): the notice's first line, not a header.
_SALUTATION = re.compile(r"^各[^：:。]{2,60}[：:]$|^[^：:。]{2,40}(?:单位|部门|同志|同学|老师|会员|同仁)们?[：:]$")
# A line that is only a date: the signature date that closes a notice (2023年5月12日, 二〇二一年七月二十日).
_SIGNATURE_DATE = re.compile(
    r"^(?:\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日$"
)
_BARE_LINK = re.compile(r"^<?https?://\S+>?$")
_EXCLAIMED = re.compile(r"[！？!?]\s*$")
_SENTENCE_END = re.compile(r"[。！？!?；;…”\"]\s*$")
_FIRST_PARAGRAPH = 40  # a line this long is story text: end markers before it are header furniture
_HEADER_LINE = 20  # before the first paragraph, a shorter line without a sentence end is header furniture
_DATE_LINE = re.compile(r"\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}")
_CJK_OR_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z]{2}|[\u4e00-\u9fff]")
_TAIL_LINE = 40  # headlines in a related-links tail are shorter than this and end without 。
# A line that announces the list below it as part of the story (上海入选的案例是：, 获奖名单如下：, 名单如下:). A
# related-links box has a bare label instead (相关新闻：, 延伸阅读), which _END_MARKERS cuts before this is asked.
_LEAD_IN = re.compile(
    r"(?:如下|分别(?:是|为)|依次(?:是|为)|包括|(?:入选|获奖|获评|当选|入围|命名|认定|评选|表彰|通过)[^：:。；]{0,12}"
    r"|名单|名录|案例|项目|单位)[^：:。；]{0,8}(?:是|为|有)?\s*[：:]\s*$"
)


# A numbered section heading of a notice: 三、组织单位, (一)主办单位, （二）申报对象.
OUTLINE_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
                             r"\s*[\u4e00-\u9fff]{2,12}$")


def clean_lines(lines: list[str], title: str | None = None) -> list[str]:
    """The story's lines: byline lines and repeated titles dropped, furniture after the end cut off."""
    out: list[str] = []
    started = False
    for raw in lines:
        line = normalise_space(raw)
        if not line:
            continue
        if _END_MARKERS.match(line):
            if started:
                break
            continue  # (a share prompt above the story, 扫一扫,看更多相关报道, is the header's furniture)
        if _is_title_again(line, title) or _BARE_LINK.match(line) or (
            len(line) < 80 and (_META_LINE.match(line) or _CREDIT_LINE.match(line))
        ):
            continue
        if not started and _is_header_furniture(line):
            continue
        out.append(line)
        # (A short exclamation, 某某奖,今晚开奖!, is a newspaper's second headline, not the story's first line.)
        started = started or len(line) >= _FIRST_PARAGRAPH or bool(
            _SENTENCE_END.search(line) and not (len(line) <= _HEADER_LINE and _EXCLAIMED.search(line)))
    return _drop_headline_tail(out)


def _is_header_furniture(line: str) -> bool:
    """Above the story's first paragraph: widget labels (图集, 字号), the publishing unit, a date line."""
    if _SENTENCE_END.search(line) or _SALUTATION.match(line):
        return False
    return len(line) <= _HEADER_LINE or (len(line) < 50 and bool(_DATE_LINE.search(line)))


def normalise_space(text: str | None) -> str:
    """One line of text with runs of spaces (ideographic and non-breaking too) folded to one."""
    return re.sub(r"[ \t\r\f\v\u3000\xa0\u200b]+", " ", text or "").strip()


def _is_title_again(line: str, title: str | None) -> bool:
    """Aggregators repeat the headline, sometimes with their own name after it (标题-信息快讯网)."""
    if not title:
        return False
    squeezed, wanted = re.sub(r"\s+", "", line), re.sub(r"\s+", "", title)
    return squeezed == wanted or (squeezed.startswith(wanted) and len(squeezed) - len(wanted) <= 12)


def _drop_headline_tail(lines: list[str]) -> list[str]:
    """Cut a closing run of three or more short lines without sentence ends: a list of other headlines.

    A run that a lead-in line opens (``上海入选的案例是：`` then the winners) is the story's own list and stays:
    the lead-in may be the run's first line or the line just above it.
    """
    end = len(lines)
    run = 0
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if len(line) < _TAIL_LINE and not _SENTENCE_END.search(line):
            run += 1
            continue
        break
    start = len(lines) - run
    # A notice signs off with its unit and a date on lines of their own: a signature, not other headlines.
    signed = run and _SIGNATURE_DATE.match(lines[-1])
    # A notice's own outline (三、组织单位 / (一)主办单位 / its bodies) is short lines too: numbered headings mark it.
    outline = any(OUTLINE_HEADING.match(line) for line in lines[start:])
    if (run >= 3 and not signed and not outline
            and not any(_LEAD_IN.search(line) for line in lines[max(0, start - 1):start + 1])):
        end = start
    while end and not _CJK_OR_WORD.search(lines[end - 1]) and len(lines[end - 1]) < 10:
        end -= 1  # +1, 0, ↑: counters and buttons below the story
    return lines[:end]
