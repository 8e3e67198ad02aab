"""Flags on what a page's text cannot be trusted for, and the folding that lets the parsers read mirrors.

A flag is a short code a researcher can filter on; the text itself is always kept as printed:

- ``spam_injection``: a hacked or spam mirror replaced an institution's name with a gambling brand
  (``伟德国际1946源于英国徐汇校区`` where ``上海交通大学徐汇校区`` belongs);
- ``traditional_characters``: a mirror that serves the text in traditional characters;
- ``pinyin_inline``: pinyin stuck inside words (``實(shí)踐``), as some mirrors print it;
- ``case_list_in_images`` / ``case_list_in_attachment``: the winners are listed only in pictures or in a document;
- ``missing_date``: the caller has no publication date for the page;
- ``truncated_text``: the text stops mid-sentence;
- ``announcement_by_model`` (added by :func:`crawler.parse.announcement.parse_announcement`): the rules did not
  recognise the page as an announcement and the learned model did.

:func:`fold_text` turns a mirror's text into plain simplified Chinese without pinyin, for the other parsers.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import opencc

from crawler.parse.cases import find_case_list_assets, parse_cases

_CJK = re.compile(r"[\u4e00-\u9fff]")

# -- spam injection ---------------------------------------------------------------------------------------------------
# Names and words of gambling sites that spam injections put into pages. A brand is counted where it is written
# (伟德, 葡京...); the generic words (娱乐城, 棋牌) only inside a name-like run with digits or a site word, so a news
# item on fighting gambling (打击跨境赌博) is not a spam page.
_BRANDS = (
    r"伟德|威廉希尔|必赢|葡京|威尼斯人|澳门金沙|金沙娱乐|新濠|永利|太阳城|亚博|开云|九游|华体会|半岛体育|星空体育|乐鱼|"
    r"雷竞技|米乐|爱游戏|凯发|尊龙|bet365|BET365|188金宝博|金宝博|博天堂|hg0088|皇冠体育|百家乐|老虎机|博彩|赌场"
)
_SITE_WORDS = r"娱乐城|娱乐官网|娱乐平台|娱乐场|棋牌|真人|彩票|体育官网|官方入口|官网入口|下载app|APP下载|app下载"
_BRAND = re.compile(_BRANDS)
_GENERIC_SPAM = re.compile(
    rf"[\u4e00-\u9fffA-Za-z]{{0,6}}(?:\d{{3,5}}[\u4e00-\u9fff]{{0,4}}(?:{_SITE_WORDS})|"
    rf"(?:{_SITE_WORDS})[\u4e00-\u9fffA-Za-z]{{0,4}}\d{{3,5}})"
)
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")

# -- mirrors ----------------------------------------------------------------------------------------------------------
# Pinyin in parentheses right after a character: 實(shí)踐, 治（zhì）理. Tone marks or a tone digit make it pinyin.
_PINYIN_INLINE = re.compile(
    r"(?<=[\u4e00-\u9fff])[(（]\s*"
    r"([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]*"
    r"|[a-zA-Zü]+[1-5])\s*[)）]"
)
# Share of CJK characters that conversion to simplified changes, above which a text is a traditional mirror.
# Simplified text changes for a handful of characters only (著 in some phrases), far below this.
_TRADITIONAL_SHARE = 0.03
_TRADITIONAL_MIN = 5

# -- truncation -------------------------------------------------------------------------------------------------------
_ENDS_SENTENCE = re.compile(r"[。！？!?…”’」』)）》>】\]\"'.:：;；]\s*$")
_LABEL_LINE = re.compile(r"^\s*(?:关键词|关键字|标签|Tags?|相关|责任编辑|编辑|来源|作者|原标题|分享到)", re.IGNORECASE)
_ELLIPSIS_END = re.compile(r"(?:…+|\.{3,}|（未完）|\(未完\)|未完待续|展开全文|阅读全文|查看全文)\s*$")


def quality_flags(
    title: str | None, text: str | None, html: str | None = None, published_at: str | None = None
) -> list[str]:
    """The quality flags of one page, in a stable order (see the module docstring for their meaning).

    ``published_at`` is the date the caller found for the page; without one the page is flagged ``missing_date``.
    """
    title = title or ""
    text = text or ""
    flags = []
    if spam_brands(f"{title}\n{text}"):
        flags.append("spam_injection")
    if has_traditional(f"{title}\n{text}"):
        flags.append("traditional_characters")
    if _PINYIN_INLINE.search(text) or _PINYIN_INLINE.search(title):
        flags.append("pinyin_inline")
    assets = find_case_list_assets(html, text)
    listed_in_text = bool(parse_cases(html, text, examples=False))
    if assets["images"] and not listed_in_text:
        flags.append("case_list_in_images")
    if assets["case_list_attachments"] and not listed_in_text:
        flags.append("case_list_in_attachment")
    if not published_at:
        flags.append("missing_date")
    if is_truncated(text):
        flags.append("truncated_text")
    return flags


def is_gambling_spam(line: str) -> bool:
    """Whether ``line`` is a gambling site's keyword line (澳门赌场…_免费百家乐…), never a headline.

    One brand inside a sentence is an injection into a real headline (seed 002 keeps its headline); a line that
    names gambling twice, or once among SEO separators (``_``), is the spam itself.
    """
    hits = _BRAND.findall(line)
    return len(hits) >= 2 or (bool(hits) and "_" in line)


def spam_brands(text: str) -> list[str]:
    """The spam brand names injected into ``text``, as printed (``["伟德国际1946源于英国"]``), most frequent first.

    A brand word counts when it appears at least twice, or once inside a name with digits or a site word
    (``澳门新葡京8883娱乐城``). The name is widened over the characters all its occurrences share, so the whole
    injected string is reported, not only the brand word.
    """
    found: Counter[str] = Counter()
    brand_hits = Counter(match.group() for match in _BRAND.finditer(text))
    for brand, count in brand_hits.items():
        name = _widen(text, brand)
        if count >= 2 or _GENERIC_SPAM.search(name) or re.search(r"\d{3,5}", name):
            found[name] += count
    for match in _GENERIC_SPAM.finditer(text):
        if not any(match.group() in name or name in match.group() for name in found):
            found[match.group()] += 1
    return [name for name, _ in found.most_common()]


def _widen(text: str, word: str) -> str:
    """``word`` grown left and right over the characters that every occurrence of it shares."""
    starts = [match.start() for match in re.finditer(re.escape(word), text)]
    left, right = 0, 0
    if len(starts) >= 2:
        while _all_same(text, [s - left - 1 for s in starts]):
            left += 1
        while _all_same(text, [s + len(word) + right for s in starts]):
            right += 1
    else:  # one occurrence: take the name-like run, capped, so a single injection still shows its digits
        start, end = starts[0], starts[0] + len(word)
        while left < 6 and start - left - 1 >= 0 and _NAME_CHAR.match(text[start - left - 1]):
            left += 1
        while right < 10 and end + right < len(text) and _NAME_CHAR.match(text[end + right]):
            right += 1
    start = starts[0]
    return text[start - left : start + len(word) + right]


def _all_same(text: str, positions: list[int]) -> bool:
    if any(p < 0 or p >= len(text) for p in positions):
        return False
    chars = {text[p] for p in positions}
    return len(chars) == 1 and bool(_NAME_CHAR.match(chars.pop()))


def has_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional characters (a share of its characters changes when simplified)."""
    cjk = _CJK.findall(text)
    if not cjk:
        return False
    sample = "".join(cjk)
    changed = sum(1 for a, b in zip(sample, _t2s().convert(sample), strict=False) if a != b)
    return changed >= _TRADITIONAL_MIN and changed / len(cjk) >= _TRADITIONAL_SHARE


# Variant forms OpenCC's t2s leaves as they are (陜西 for 陕西 on mainland mirrors, 衞 for 卫).
_VARIANTS_LEFT = str.maketrans({"陜": "陕", "衞": "卫"})


def fold_text(text: str | None) -> str:
    """``text`` in simplified characters, with pinyin stuck inside words removed (``實(shí)踐`` -> ``实践``).

    Simplified text is returned with only the pinyin removed: converting it again could change characters whose
    traditional and simplified forms differ only in some phrases.
    """
    if not text:
        return ""
    text = _PINYIN_INLINE.sub("", text)
    return _t2s().convert(text).translate(_VARIANTS_LEFT) if has_traditional(text) else text


def is_truncated(text: str | None) -> bool:
    """Whether the text stops mid-sentence: an ellipsis or 未完 at its end, or a last paragraph of prose with no stop.

    Site boilerplate at the end (``最新动态``, a copyright line) is short and has no comma, so it is not read as a
    sentence cut off.
    """
    if not text or not text.strip():
        return False
    last = re.sub(r"[|｜\s]+$", "", text.strip().splitlines()[-1])
    if _ELLIPSIS_END.search(last):
        return True
    if _LABEL_LINE.match(last):  # 关键词 >> a, b, c / 责任编辑：… : page furniture, not a sentence
        return False
    return len(last) >= 30 and bool(re.search(r"[，,、]", last)) and not _ENDS_SENTENCE.search(last)


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")
