"""Decode Chinese pages right, and never let garbled text through.

Scrapy decodes a page by its BOM, then the Content-Type header, then the ``<meta>`` declaration, then a
guess; GB2312 and GBK declarations already map to GB18030 (a superset). What it cannot know is that a
declaration is wrong: a GBK page served as ``charset=utf-8`` decodes to replacement characters, a UTF-8 page
labelled GB2312 to a soup of rare characters. :class:`EncodingRepairMiddleware` measures the decoded text
(:func:`garbled_reason`) and, when it looks garbled, tries the encodings Chinese sites really use; a page
no candidate decodes cleanly is refused as ``garbled_text`` (its raw bytes stay in the WARC capture).

The measure: in real Chinese prose, simplified or traditional, about 99% of the Han characters are among
the 3,755 common characters of GB2312 level 1 (traditional text is folded to simplified with OpenCC first);
text decoded with the wrong codec scores about 20%. Replacement characters and UTF-8 read as Latin-1
(``Ã¤Â¸Â``) are counted too.
"""

from __future__ import annotations

import codecs
from functools import cache

from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Request, Response

from crawler.fetch.errors import UnusableResponse

# The encodings Chinese sites serve, in the order they are tried when the declared one fails.
CANDIDATES = ("utf-8", "gb18030", "big5")
# Below this share of common characters the text is garbled (real pages ~0.99, mojibake ~0.2).
MIN_COMMON_SHARE = 0.8
MIN_HAN_TO_JUDGE = 20


@cache
def _to_simplified():
    import opencc

    return opencc.OpenCC("t2s")


def _is_han_or_private(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\ue000" <= ch <= "\uf8ff"


def _is_common(ch: str) -> bool:
    try:
        raw = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and 0xB0 <= raw[0] <= 0xD7  # GB2312 level 1: the 3,755 most used characters


def common_share(text: str) -> float | None:
    """Share of Han characters that are common ones; None when the text has too few to judge."""
    han = [ch for ch in _to_simplified().convert(text) if _is_han_or_private(ch)]
    if len(han) < MIN_HAN_TO_JUDGE:
        return None
    return sum(map(_is_common, han)) / len(han)


def garbled_reason(text: str) -> str | None:
    """Why ``text`` looks like it was decoded with the wrong codec, or None when it reads as text."""
    if not text:
        return None
    replacement = text.count("\ufffd")
    if replacement >= 3 and replacement / len(text) > 0.001:
        return f"{replacement} replacement characters"
    non_ascii = [ch for ch in text if ord(ch) > 127]
    latin1 = sum(1 for ch in non_ascii if "\u0080" <= ch <= "\u00ff")
    if len(non_ascii) >= MIN_HAN_TO_JUDGE and latin1 / len(non_ascii) > 0.3:
        return f"{latin1} of {len(non_ascii)} non-ASCII characters are Latin-1 (UTF-8 read as Latin-1?)"
    share = common_share(text)
    if share is not None and share < MIN_COMMON_SHARE:
        return f"only {share:.0%} of Han characters are common ones"
    return None


def repair(body: bytes, used: str) -> tuple[str, str] | None:
    """Find a candidate encoding that decodes ``body`` strictly into clean text: (encoding, text) or None."""
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    for encoding in CANDIDATES:
        if encoding == used:
            continue
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        if garbled_reason(text) is None:
            return encoding, text
    return None


class EncodingRepairMiddleware:
    """Downloader middleware: re-decode HTML pages whose declared encoding is wrong; refuse garbled ones."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> EncodingRepairMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        if not isinstance(response, HtmlResponse) or response.status != 200:
            return response
        used = _codec_name(response.encoding)
        problem = garbled_reason(response.text)
        if problem is None:
            self.stats.inc_value(f"govcases/encoding/{used}")
            return response
        found = repair(response.body, used)
        if found is None:
            raise UnusableResponse("garbled_text", f"decoded as {used}: {problem}; no candidate of {CANDIDATES} "
                                                   "decodes the page cleanly")
        self.stats.inc_value("govcases/encoding/repaired")
        self.stats.inc_value(f"govcases/encoding/{found[0]}")
        return response.replace(encoding=found[0])


def _codec_name(encoding: str) -> str:
    try:
        return codecs.lookup(encoding).name.replace("_", "-")
    except LookupError:
        return encoding
