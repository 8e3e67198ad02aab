"""Article fields from a plain-text document: a saved announcement, a page's text copied out, a Jekyll mirror.

Such texts keep the page's header as lines: the headline, perhaps a breadcrumb or the publishing unit, a date
line (``2021-07-20 18:00 浏览量: 3301``, ``发布时间:2019-03-06``, ``2024年01月04日 19:18 来源:中新网上海``), then
the story, bylines, and whatever the site printed after it. Mirrors built with Jekyll start with front matter
(``title:``, ``date: 2022-01-07 20:33:27 +0800``) and may carry the story as HTML paragraphs.
"""

from __future__ import annotations

import re

from crawler.extract.body import OUTLINE_HEADING, clean_lines, normalise_space
from crawler.extract.bylines import (
    clean_names,
    clean_origin,
    find_author,
    find_editor,
    find_origin,
    find_signature,
    signature_date,
)
from crawler.extract.fields import ArticleFields
from crawler.parse.dates import date_from_url, first_datetime, normalise_datetime, with_time
from crawler.parse.quality import is_gambling_spam

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)
_HTML_BODY = re.compile(r"<(?:p|div|br|table|center|section)\b", re.IGNORECASE)
_HEADER_WINDOW = 10  # the date line stands among the first lines, or there is none
# Past a site's menu (dozens of short lines) a date line still shows itself by its label.
_MENU_WINDOW = 100
_DATE_WORD = r"(?:date|日期|时间|发布时间)"  # the label a header date line may open with
_DATE_FIRST = re.compile(rf"^\W*{_DATE_WORD}?\W*(?:19|20)\d{{2}}[-年./]", re.IGNORECASE)
# 2006年9月6日,由…共同发起的…评选在京举行。: a story's sentence that opens with the day it reports.
_DATE_OPENS_SENTENCE = re.compile(r"^\W*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[,，]"
                                  r"[^,，。]*[\u4e00-\u9fff]{12}")
_LABELLED_DATE = re.compile(r"来源|发布|更新|时间|日期|点击|浏览|阅读")
_BARE_DATE = re.compile(r"^\W*(?:19|20)\d{2}[-年./]\d{1,2}[-月./]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\W*$")
_BREADCRUMB = re.compile(r"[>›»]|首页|当前位置|正文$|^\S{2,8}[-_|]\S{2,8}$")
# Page furniture that is never a headline: a site's greeting, account links, a menu of pipes, a credits line
# (☉ 策划/… 执行/…), a newspaper's page label, and the keyword spam hijacked pages carry above the story.
# The sites that hijacked pages advertise (a line naming one is their headline, unless it is the story's prose).
_SPAM_WORDS = re.compile(r"影院|无码|AV|av在线|成人|彩票|娱乐城|棋牌")
_FURNITURE = re.compile(
    r"[欢歡]迎(?:访问|訪問|光[临臨]|来到|來到)|光[临臨][!！]?$|登录|注册|设为首页|加入收藏|网站地图|无障碍|手机版"
    # 某某日报／ 记者某某／台北即时报导: a byline with its paper and place
    r"|^[^，,。]{0,12}[／/]\s*[记記]者\s*[\u4e00-\u9fff]{2,4}\s*[／/]"
    r"|^\W*(?:策[划劃]|执行|執行|责编|責編|监制|監製)[/:：]|^(?:文|图|圖|文图|文圖|撰文|记者|記者|摄影|攝影)\s*[|｜/／]"
    r"|上一[篇版]|下一[篇版]|(?:\|.*){2}|^(?:来源|编辑|作者|责任编辑|发布时间|时间)[:：]"
    r"|页面不存在|页面走丢|找不到页面|^\W*(?:404|SORRY)\W*$|刊号|ICP备|版权所有"
    r"|^第?\d{1,3}版?$|^\d{1,5}版[:：]|^\S{1,2}版$|专版$"
    r"|^!\[|供图$|^附件\s*\d*\s*[:：.．]|^本篇文章共?\d+字|读完(?:约|需)\d+分钟|阅读(?:时间|需要)\S{0,3}\d+分钟"
    # (相关资料图): a caption in brackets; 甘民复〔2020〕17号: a document's number above its salutation; 返回/打印.
    r"|^[(（][^()（）]{1,20}[)）]$|^\W{0,2}[图圖][说說]\s*[:：]|[(（][图圖]片[来來]源|^[\u4e00-\u9fff]{1,10}\s*[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号$"
    # 地方 地方焦点: a section and its subsection
    r"|^(\S{2,4})\s+\1\S{1,4}$"
    # 本网站使用相关技术…点这里了解隐私声明: a site's privacy banner; a browser warning; an app's download prompt
    r"|[隐隱]私(?:声明|聲明|政策|权|權)|(?:升级|升級)(?:浏览器|瀏覽器)|(?:浏览器|瀏覽器)版本"
    # (請利用鍵盤按住Ctrl + P開啟列印功能, 字級設定: a government site's printing and font-size help)
    r"|(?:请|請)利用(?:键盘|鍵盤)|(?:浏览器|瀏覽器)(?:不支援|不支持)|^(?:友善列印|字[级級]设定|字級設定)\s*[:：]?$"
    r"|APP\s*Icon|^(?:下[载載]|打开|打開)\s*(?:APP|App|客户端|客戶端)?$"
    r"|^(?:返回|打印|关闭(?:窗口)?|分享)$|^首[页頁](?:\s+\S{1,16}){2,}$"  # (首页 新闻中心 本地新闻: the site's menu)
    r"|^(?:关键词|關鍵詞|关键字|關鍵字|标签|標籤|tags)\s*[:：]"  # (关键词: 空港: the page's keywords)
    # ■通讯员 某某, 某某新闻记者 某某: a byline alone on its line; 会议现场 某某 摄: a photo's caption
    r"|^\W*(?:本报|本刊)?(?:特约)?(?:通讯员|记者)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*$"
    r"|^[\u4e00-\u9fff]{2,8}记者\s*[\u4e00-\u9fff]{2,4}$|^.{0,8}\s[\u4e00-\u9fff]{2,4}\s*[摄攝]$"
    # …致力于社区营造。记者某某／摄影: a photo's caption signed by its photographer
    r"|[记記]者\s*[\u4e00-\u9fff]{2,4}\s*[／/]\s*[摄攝]影?$"
    # an adult-site spam line above a hijacked page (国产精品视频…, 人人做人人爱)
    r"|(?:国产|日韩|欧美|亚洲)[^\s，,]{0,6}(?:精品|视频|无码|毛片)|人人(?:做|爱|看)人人"
)
_DATE_LABEL = re.compile(rf"^\W*{_DATE_WORD}\W*(?:19|20)\d{{2}}[-./]\d{{1,2}}(?:[-./]\d{{1,2}})?\s*",
                         re.IGNORECASE)
# 当前位置: 首页 > 通知公告 > 详情: what stands above a breadcrumb is the site's masthead, not the headline.
_CRUMB_TRAIL = re.compile(r"(?:当前|现在|所在)的?位置|您的位置|首页\s*[>›»]")
# 原标题 alone on its line (a mirror's pinyin perhaps inside it): the original headline is on the next line.
_ORIGINAL_TITLE = re.compile(r"^原[标標](?:\([^)]{1,6}\))?[题題]\s*[:：]?$")
_ORIGINAL_TITLE_INLINE = re.compile(r"^原[标標][题題]\s*[:：]\s*(\S.{3,})$")
# 广州 深圳 珠海 汕头 佛山…: a row of a site's menu.
_MENU = re.compile(r"^(?:\S{1,4}\s+){4,}\S{1,4}$")
# A site's banner with the day it is shown: 2024年04月19日 星期五.
_TODAY_BANNER = re.compile(r"^\W*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]\W*$")
_HEADLINE_LENGTH = (5, 120)  # a ceremony's headline can run to ninety characters
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PROSE_END = re.compile(r"[。；;]$")  # a headline may end in ！ or ？, never in 。
# The byline block some sites print under the story: a 来源 or 编辑 label beside a full date and time.
_FOOTER_LABEL = re.compile(r"(?:来源|來源|编辑|編輯)\s*[:：]")
_FOOTER_TIME = re.compile(r"(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}")
# A news story's opening: its dateline (本报杭州5月18日讯, 新华社北京3月2日电, 【本报讯】).
_DATED_DATELINE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*(?=[电讯電訊])")
_DATELINE = re.compile(r"^[【\[]?(?:本报|本刊)讯|^\S{0,16}?\d{1,2}月\d{1,2}日\s*(?:电|讯)"
                       r"|^[^\s，,。]{1,12}?[网报台社]讯")


def extract_text_article(text: str, url: str | None = None) -> ArticleFields:
    """Read title, date, origin, author, editor and story text from a plain-text document.

    Every field is found by the layout rules above; ``fallback_fields`` is empty (there are no site selectors).
    """
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    front, rest = _front_matter(text)
    if _HTML_BODY.search(rest):
        return _from_html_body(front, rest, url)
    lines = [normalise_space(line) for line in rest.split("\n")]
    date_at = _date_line(lines)
    title = _clean_title(front.get("title")) or _original_headline(lines) or _headline(lines, date_at)
    if date_at is None and title:
        # An e-paper prints an index row under the story: paper, section, page, the headline and its date.
        date_at = next((index for index, line in enumerate(lines)
                        if title in line and line != title and len(line) <= len(title) + 90 and first_datetime(line)),
                       None)
        body_from = _after(lines, title)
    elif date_at is not None:
        # A date line that runs on as prose (date 2024-08 某地, 2024年8月5日 – …) is the story's own first line.
        body_from = date_at if _is_prose(lines[date_at]) else date_at + 1
    else:
        body_from = _after(lines, title)
    story = lines[body_from:]
    if story and body_from == date_at:  # (the date label stays out of the story: date 2024-08 …)
        story = [_DATE_LABEL.sub("", story[0]), *story[1:]]
    if title:
        title = re.sub(r"\s+[\u4e00-\u9fff]{2,4}\s*[摄攝]$", "", title)  # 某某会议召开 某某 摄: the photo's credit
    published = normalise_datetime(front.get("date"))
    if published is None and date_at is not None:
        published = first_datetime(lines[date_at])
        # A bare day in a top bar (date 2026-01-06), the same day with its time under the headline.
        for line in lines[date_at + 1:max(body_from, date_at + 1) + 6]:
            published = with_time(published, first_datetime(line))
    elif published is None and not front.get("date"):
        # No date line: the story's dateline may print the year, or a notice is signed with its date.
        published = (_dateline_date(story) or _closing_signature_date(story) or _notice_signature_date(story, title)
                     or _footer_date(story))
    text_lines = clean_lines(story, title)
    header = [line for line in lines[:body_from] if line]
    return ArticleFields(
        title=title,
        published_at=published or date_from_url(url),
        origin=clean_origin(front.get("source") or front.get("origin")) or find_origin("\n".join(header))
        or find_origin("\n".join(story)),
        author=clean_names(front.get("author")) or find_author("\n".join(header + story[:8]))
        or find_signature(text_lines),
        editor=clean_names(front.get("editor")) or find_editor("\n".join(story)),
        text="\n".join(text_lines) or None,
    )


def _closing_signature_date(story: list[str]) -> str | None:
    """The date a notice that ends here is signed with: its last line, under the issuing unit's short line.

    (A signature with more text after it, such as the list it introduces, dates that notice, not this page.)"""
    lines = [line for line in story if line]
    if len(lines) >= 2 and len(lines[-2]) <= 30 and not _is_prose(lines[-2]):
        return signature_date(lines[-1:])
    return None


# A notice's own headline: 关于…的公示 (traditional 關於…的公示 too).
_NOTICE_TITLE = re.compile(r"[关關][于於][^\n]{2,120}?的(?:公示|公告|通知|通报|通報|决定|決定)$")


# A notice's addressee line (各有关单位:, 各州(市)民政局:) and its document number (某办函〔2022〕41号).
_ADDRESSEE = re.compile(r"^各[^，,。；;！？\n]{1,60}[:：]$")
_DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号$")


def _notice_signature_date(story: list[str], title: str | None) -> str | None:
    """The date a page that is itself a notice (its headline 关于…的公示) is signed with, though the list it made
    public follows the signature: the first short line of a body over a line that is only a date."""
    lines = [line.strip() for line in story if line.strip()]
    # (各州(市)民政局: / 民办函〔2022〕41号: a notice copied from its addressee or its document number, no headline)
    opens_as_notice = any(_ADDRESSEE.match(line) or _DOCUMENT_NUMBER.search(line) for line in [title or "", *lines[:2]])
    if not (title and _NOTICE_TITLE.search(title)) and not opens_as_notice:
        return None
    for signer, dated in zip(lines, lines[1:], strict=False):
        if len(signer) <= 30 and not _is_prose(signer) and (found := signature_date([dated])):
            return found
    return None


def _footer_date(story: list[str]) -> str | None:
    """The date of the byline block some sites print under the story (2016-11-21 15:00:27 来源:某网 编辑:某某):
    a short line with a full date and time and a 来源 or 编辑 label."""
    for line in story:
        if len(line) <= 80 and _FOOTER_LABEL.search(line) and _FOOTER_TIME.search(line):
            return first_datetime(line)
    return None


def _dateline_date(story: list[str]) -> str | None:
    """The date of a story's dateline that prints the year (某某网2022年11月17日讯), in its first lines (past a photo's
    caption and a share bar: 人气: 89 / 【字号】 / 标签)."""
    opening = [line for line in story if line][:6]
    dated = next((match for line in opening if (match := _DATED_DATELINE.search(line))), None)
    return first_datetime(dated.group(0)) if dated else None


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` pairs of a leading ``---`` block (values unquoted) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    pairs = {}
    for line in match["body"].splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-")):
            pairs[key.strip().lower()] = value.strip().strip("\"'")
    return pairs, text[match.end():]


def _from_html_body(front: dict[str, str], rest: str, url: str | None) -> ArticleFields:
    # Imported here: article.py re-exports this module's function, so a top-level import would be circular.
    from crawler.extract.article import extract_article

    fields = extract_article(f"<html><body><article>{rest}</article></body></html>", url or "")
    fields.fallback_fields = []
    fields.title = _clean_title(front.get("title")) or fields.title
    fields.published_at = normalise_datetime(front.get("date")) or fields.published_at or date_from_url(url)
    fields.author = clean_names(front.get("author")) or fields.author
    fields.origin = clean_origin(front.get("source") or front.get("origin")) or fields.origin
    return fields


def _clean_title(value: str | None) -> str | None:
    return normalise_space(value) or None


def _date_line(lines: list[str]) -> int | None:
    """The header's date line: any line with a full date among the first few, or, below a site's menu, a short
    line whose date is labelled (``来源: 更新时间:2019-03-22 09:43:48 点击:``) right under a headline."""
    seen = 0
    for index, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _MENU_WINDOW:
            return None
        dated = seen <= _HEADER_WINDOW and first_datetime(line)
        if dated and _TODAY_BANNER.match(line) and any(
                _LABELLED_DATE.search(later) and first_datetime(later)
                for later in [x for x in lines[index + 1:] if x][:_HEADER_WINDOW]):
            continue  # the site's banner with today's date; the page's own date is labelled below it
        if dated and (not _is_prose(line) or (_DATE_FIRST.match(line) and not _DATE_OPENS_SENTENCE.match(line))):
            return index
        # The story began before any date line: a date below it is the page's footer. (On the first line only
        # when it is prose, a notice copied without its header: a short first line is often a hijacked page's spam.)
        if (1 < seen or _is_prose(line)) and seen <= _HEADER_WINDOW and _opens_story(line) and not _furniture(line):
            # (Unless a breadcrumb follows: a teaser or a caption stood above the page's own header.)
            if not any(_CRUMB_TRAIL.search(later) for later in [x for x in lines[index + 1:] if x][:4]):
                return None
        if (seen > _HEADER_WINDOW and len(line) <= 80 and (_LABELLED_DATE.search(line) or _BARE_DATE.match(line))
                and first_datetime(line)):
            above = [earlier for earlier in lines[max(0, index - 4):index] if earlier]
            # (A byline may stand between them: 标题 / by 某中心 / 2024-11-14.)
            return index if any(_is_headline(earlier) for earlier in above[-2:]) else None
    return None


def _headline(lines: list[str], date_at: int | None) -> str | None:
    """The headline of a text's header.

    Above a date line: the longest headline-like line of the few just above it (the publishing unit and the
    site's section names are shorter than a headline; furniture and spam are never one). A date line with
    nothing above it heads a newspaper page: the headline is then among the short lines under it. Without a
    date line, the first line when it reads as a headline: a text that opens with prose has no headline.
    """
    if date_at is not None:
        above = [line for line in lines[:date_at] if line and not _furniture(line)]
        crumbs = [index for index, line in enumerate(above) if _CRUMB_TRAIL.search(line)]
        above = above[crumbs[-1] + 1:][-4:] if crumbs else above[-4:]  # (past the breadcrumb: the page's own)
        candidates = [line for line in above if _is_headline(line)]
        if candidates:
            return max(candidates, key=len)
        below = []
        for line in (line for line in lines[date_at + 1:] if line):
            if _is_prose(line) or len(line) > _HEADLINE_LENGTH[1]:
                break  # the story has begun
            if _headline_candidate(line):
                below.append(line)
        return max(below, key=len) if below else None
    header: list[str] = []
    # An error page's notices and a hijacked page's spam come before everything else: they are not the header.
    for line in [line for line in lines if line and not _furniture(line)][:6]:
        if _CRUMB_TRAIL.search(line):
            header = []
            continue
        if _is_prose(line) or _opens_story(line):
            # 浙江日报 数字报纸 / 00002版:要闻 / headline / 本报杭州5月18日讯…: the line nearest a dateline heads it.
            candidates = [line for line in header if _headline_candidate(line)]
            return (candidates[-1] if _DATELINE.search(line) else candidates[0]) if candidates else None
        header.append(line)
    return next((line for line in header[:3] if _headline_candidate(line)), None)


def _original_headline(lines: list[str]) -> str | None:
    """The headline under a 原标题 line in the header: a reposting site's masthead and menus stand above it."""
    header = [line for line in lines if line][:12]
    for index, line in enumerate(header):
        if _ORIGINAL_TITLE.match(line) and index + 1 < len(header) and _headline_candidate(header[index + 1]):
            return header[index + 1]
        # 原标题: 甲市社区营造竞赛拉开序幕, on one line: the subtitles under it are not the headline.
        inline = _ORIGINAL_TITLE_INLINE.match(line)
        if inline and _headline_candidate(inline.group(1)):
            return inline.group(1)
    return None


def _furniture(line: str) -> bool:
    """Page furniture, or a spam line naming a gambling or adult site (the hijacked page's own headline). A
    story's paragraph with such a name injected into it stays the story's (kept as printed, and flagged)."""
    spam = _SPAM_WORDS.search(line) or is_gambling_spam(line)
    return bool(_FURNITURE.search(line)) or bool(spam and not _opens_story(line))


def _headline_candidate(line: str) -> bool:
    return _is_headline(line) and not _furniture(line)


def _is_headline(line: str) -> bool:
    """Long enough, in Chinese words (an error page's SORRY! is not a headline), not a sentence, not a salutation
    (各相关单位:), a notice's numbered section (一、会议目标), a breadcrumb or a menu of short words."""
    return (_HEADLINE_LENGTH[0] <= len(line) <= _HEADLINE_LENGTH[1] and len(_CJK.findall(line)) >= 4
            and not OUTLINE_HEADING.match(line)
            and not _is_prose(line)
            and not line.rstrip().endswith((":", "：")) and not _BREADCRUMB.search(line) and not _MENU.match(line))


def _opens_story(line: str) -> bool:
    """A dateline, or a sentence running on through several clauses (为发掘…案例,研究探索…、…)."""
    # (Commas inside quotes are a slogan's: “甲,乙,丙”——某某 is a headline.)
    unquoted = re.sub(r"“[^“”]*”|「[^「」]*」", "", line)
    return bool(_DATELINE.search(line)) or (len(line) >= 30 and len(re.findall(r"[,，、]", unquoted)) >= 2)


def _is_prose(line: str) -> bool:
    """A story's sentence: it ends as a sentence does, or runs longer than any headline."""
    return bool(_PROSE_END.search(line)) or len(line) > _HEADLINE_LENGTH[1] + 40


def _after(lines: list[str], title: str | None) -> int:
    for index, line in enumerate(lines):
        if line and line == title:
            return index + 1
    return 0
