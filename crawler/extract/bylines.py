"""Bylines in page text: 来源 (origin), 作者 / 记者 (author) and 编辑 / 责编 (editor).

Chinese news pages print these as labelled text rather than markup: ``来源：中新网上海``, ``(记者 李姝徵)``,
``【编辑:张三】``, ``(责编：汤诗瑶、丁涛)``, ``责任编辑：尹世杰``, ``编辑:葛格``. The same rules serve HTML
pages (on their visible text) and plain-text documents. Several names come back joined by ``、``.
"""

from __future__ import annotations

import re

from crawler.parse.dates import first_datetime

_CJK = "\u4e00-\u9fff"
# A person's name: two to five Chinese characters (a middle dot for transliterated names), ending where the byline
# ends: a bracket, punctuation, a space, the end of the line, or a portal's staff code (责任编辑：钟齐鸣_NF5619).
# Backtracking keeps 编辑:李姝徵 本网站 to one name.
_NAME = rf"[{_CJK}][{_CJK}·]{{1,4}}(?=$|[\s)）】\]、,，。;；|/:：]|_[A-Z]+\d|报道|摄|整理|编辑|校对|审核|来源)"
_NAMES = rf"(?P<names>{_NAME}(?:(?:[、,，]|[ \t\u3000\xa0]{{1,3}}){_NAME})*)"
_LABEL_GAP = r"[ \t\u3000\xa0]*[:：]?[ \t\u3000\xa0]*"

_EDITOR_PATTERNS = (
    re.compile(r"责任编辑" + _LABEL_GAP + _NAMES),
    re.compile(r"[【\[]\s*(?:责任)?编辑" + _LABEL_GAP + _NAMES + r"\s*[】\]]"),
    re.compile(r"[（(]\s*责编" + _LABEL_GAP + _NAMES + r"\s*[)）]"),
    re.compile(r"[（(]\s*(?:网络|文字|本文)?编辑\s*[:：]" + _LABEL_GAP + _NAMES + r"\s*[)）]"),
    re.compile(r"责编" + _LABEL_GAP + _NAMES),
    re.compile(r"(?:^|(?<=[\s|]))(?:网络|文字|本文)?编辑" + r"[ \t\u3000\xa0]*[:：][ \t\u3000\xa0]*" + _NAMES, re.M),
)
# Words that precede a reporter's name but are not part of it.
# A medium's name may run into it with no space (澎湃新闻记者 沈思琪, 新京报记者).
_REPORTER_PREFIX = re.compile(rf"^[{_CJK}]{{0,8}}?(?:特约|实习|首席)?(?:记者|通讯员)")
# Words of the widgets and labels that sit beside a byline on the same line (作者:叶晓婷 分享到, 作者：x 来源：y);
# a "name" that is one of them ends the list of names.
_NOT_A_NAME = re.compile(
    r"^(?:来源|分享|打印|关闭|字号|字体|浏览|点击|阅读|收藏|评论|责任编辑|责编|编辑|审核|审稿|校对|摄影|时间|日期|发布|"
    r"作者|记者|通讯员|图片|供稿|出处|转载|举报|纠错)"
)
_AUTHOR_PATTERNS = (
    re.compile(r"(?:^|(?<=[\s|]))(?:作者|撰稿|撰文)[ \t\u3000\xa0]*[:：][ \t\u3000\xa0]*" + _NAMES, re.M),
    re.compile(r"[（(]\s*(?:本报|本网|特约|实习)?记者[ \t\u3000\xa0:：]*" + _NAMES + r"\s*[)）]"),
    re.compile(r"(?:本报|本网|特约|实习)?记者[ \t\u3000\xa0:：]*" + _NAMES + r"(?=\s*(?:报道|摄|[)）]))"),
    re.compile(r"(?:^|(?<=\s))文\s*[/／|]\s*" + _NAMES, re.M),
    # a byline line of its own under a newspaper headline: 本报记者　吴楠
    re.compile(r"^(?:本报|本网|特约|实习)?记者[ \t\u3000\xa0:：]*" + _NAMES + r"[ \t\u3000\xa0]*$", re.M),
)
# Xinhua and many papers sign a story by a name in brackets at the end of its last paragraph: "…研究模式。(邓侃)".
_TRAILING_SIGNATURE = re.compile(
    rf"[。！？”\"][ \t\u3000]*[（(](?P<names>[{_CJK}]{{2,4}}(?:[、 ][{_CJK}]{{2,4}})*)[)）]\s*$"
)
_NOT_A_SIGNATURE = re.compile(r"^(?:完|全文完|待续|未完待续|图|摄|记者|编辑|通讯员|下同|注|附件|原题|本报|特稿|综合)")

_ORIGIN = re.compile(
    # university and government CMSs print the publishing unit as 发布者 / 发布单位 / 供稿单位
    r"(?:(?:文章|新闻|信息|稿件)?来源|发布者|发布单位|发布部门|供稿单位|供稿部门|稿件来源)"
    r"[ \t\u3000\xa0]*[:：][ \t\u3000\xa0]*"
    rf"(?P<origin>[{_CJK}A-Za-z][^\s|,，;；)）】\]<]{{1,39}})"
)
_NOT_AN_ORIGIN = re.compile(r"^(?:https?:|www\.|作者|编辑|责任编辑|发布|时间|日期|浏览)")
# Widgets printed on the same line as the source, with no space when they are adjacent inline elements
# (来源：光明网扫一扫 分享到): the origin ends where one begins.
_ORIGIN_WIDGET = re.compile(r"(?:扫一扫|分享到?|字体|字号|打印|浏览|点击|收藏|举报|纠错)")


def find_editor(text: str | None) -> str | None:
    """The editor named in ``text`` (责任编辑 first, then 【编辑】, (责编), 编辑:), or ``None``."""
    return _first_names(text, _EDITOR_PATTERNS)


def find_author(text: str | None) -> str | None:
    """The author or reporter named in ``text`` (作者:, (记者 x), 记者 x 报道, 文/x), or ``None``."""
    return _first_names(text, _AUTHOR_PATTERNS)


def find_signature(paragraphs: list[str]) -> str | None:
    """The bracketed name that signs off a story (``…研究模式。(邓侃)``) in one of its last three paragraphs
    (an attachment line may follow it), or ``None``."""
    for paragraph in reversed(paragraphs[-3:]):
        match = _TRAILING_SIGNATURE.search(paragraph)
        if match and not _NOT_A_SIGNATURE.match(match["names"]):
            return _join(match["names"])
    return None


def find_origin(text: str | None) -> str | None:
    """The origin printed after 来源: (``来源：新华网``, ``（文章来源：新华财经）``), or ``None``."""
    if not text:
        return None
    for match in _ORIGIN.finditer(text):
        origin = clean_origin(match["origin"])
        if origin:
            return origin
    return None


def clean_origin(value: str | None) -> str | None:
    """An origin as a meta tag or a selector gives it (``来源：人民网-文化频道 原创稿``) -> ``人民网-文化频道``."""
    if not value:
        return None
    value = re.sub(r"^\s*(?:文章|新闻|信息|稿件)?来源\s*[:：]?\s*", "", value.replace("\u3000", " ")).strip()
    value = value.split()[0] if value.split() else ""
    value = _ORIGIN_WIDGET.split(value, maxsplit=1)[0]
    value = value.strip("　 )）】]([（【")
    if len(value) < 2 or _NOT_AN_ORIGIN.match(value):
        return None
    return value


def clean_names(value: str | None) -> str | None:
    """A byline as a selector gives it (``(责编：汤诗瑶、丁涛)``, ``作者：王奎明``) -> ``汤诗瑶、丁涛`` / ``王奎明``."""
    if not value:
        return None
    found = _first_names(value, _EDITOR_PATTERNS) or _first_names(value, _AUTHOR_PATTERNS)
    if found:
        return found
    bare = re.sub(rf"^[\s(（【\[]*(?:责任编辑|责编|编辑|作者|[{_CJK}]{{0,8}}?记者)?\s*[:：]?\s*", "", value)
    bare = bare.strip(" \t\u3000)）】]")
    names = re.fullmatch(_NAMES, bare)
    if names:
        return _join(names["names"])
    # A Latin name (a byline in English) is kept; ids, dates and other non-names are not.
    return bare if re.fullmatch(r"[A-Za-z][A-Za-z .'-]{1,40}", bare) else None


def _first_names(text: str | None, patterns: tuple[re.Pattern[str], ...]) -> str | None:
    if not text:
        return None
    for pattern in patterns:
        for match in pattern.finditer(text):
            names = _join(match["names"])
            if names:
                return names
    return None


def _join(names: str) -> str | None:
    parts = []
    for part in re.split(r"[、,，\s]+", names):
        if _NOT_A_NAME.match(part):
            break  # the byline is over: what follows is the next label or a widget
        parts.append(_REPORTER_PREFIX.sub("", part))
    parts = [p for p in parts if len(p) >= 2]
    return "、".join(dict.fromkeys(parts)) or None


def signature_date(story: list[str]) -> str | None:
    """The date a notice is signed with, on a short line of its own among its last lines (二〇二一年七月二十日)."""
    for line in reversed([line for line in story if line.strip()][-3:]):
        if len(line.strip()) <= 16 and (found := first_datetime(line)):
            return found
    return None
