"""Chinese encodings: a real people.com.cn page (GB2312-declared, GBK in fact) served every way sites get it wrong.

The page is a real article kept in flairNLP/fundus' test data (MIT), stored there re-encoded as UTF-8; the
tests encode its text back to GB bytes, as people.com.cn serves it.
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.extract.article import SiteSelectors, extract_article
from crawler.fetch.encoding import EncodingRepairMiddleware, garbled_reason
from crawler.fetch.errors import UnusableResponse

# A real people.com.cn page (the snapshot's real capture from the fundus test set).
PAGE = Path(__file__).resolve().parents[1] / "snapshot/sites/politics.people.com.cn/n1/2024/0424/c1001-40223222.html"
URL = "http://sh.people.com.cn/n2/2024/0424/c134768-40823491.html"
HTML = PAGE.read_text(encoding="utf-8")  # declares <meta ... charset=GB2312>
TITLE_START = "促进航天技术更好惠及人民"
UNDECLARED = re.sub(r"<meta[^>]*charset[^>]*>", "", HTML, flags=re.IGNORECASE)


def served(body: bytes, content_type: str = "text/html") -> HtmlResponse:
    """What the downloader hands over, then what the encoding middleware makes of it."""
    response = HtmlResponse(URL, body=body, headers={"Content-Type": content_type}, request=Request(URL))
    middleware = EncodingRepairMiddleware(get_crawler())
    return middleware.process_response(response.request, response)


@pytest.mark.parametrize(("body", "content_type"), [
    (HTML.encode("gb18030"), "text/html"),  # as served: GB bytes, GB2312 declared in <meta>
    (HTML.encode("gb18030"), "text/html; charset=gb2312"),  # declared in the header too
    (UNDECLARED.encode("gb18030"), "text/html"),  # not declared anywhere
    (HTML.encode("gb18030"), "text/html; charset=utf-8"),  # wrongly declared UTF-8 in the header
], ids=["meta-gb2312", "header-gb2312", "undeclared", "header-says-utf8"])
def test_gb_pages_decode_to_the_real_text(body: bytes, content_type: str) -> None:
    response = served(body, content_type)
    assert response.encoding == "gb18030"
    assert garbled_reason(response.text) is None
    fields = extract_article(response.text, URL, SiteSelectors())
    assert fields.title.startswith(TITLE_START)
    assert "新华社北京4月24日电" in fields.text


def test_utf8_page_declared_gb2312_is_repaired() -> None:
    response = served(HTML.encode("utf-8"))  # the <meta> still says GB2312
    assert response.encoding == "utf-8"
    assert response.text == HTML


def test_utf8_with_bom() -> None:
    response = served(b"\xef\xbb\xbf" + UNDECLARED.encode("utf-8"))
    assert response.encoding == "utf-8"
    assert not response.text.startswith("\ufeff")
    assert extract_article(response.text, URL, SiteSelectors()).title.startswith(TITLE_START)


def test_traditional_big5_page_reads_as_text() -> None:
    traditional = opencc.OpenCC("s2t").convert(UNDECLARED)
    body = traditional.encode("big5", errors="ignore")  # characters Big5 lacks are dropped, as Big5 sites do
    response = served(body)
    assert garbled_reason(response.text) is None
    assert "促進航天技術更好惠及人民" in response.text


def test_mixed_encodings_refused_as_garbled() -> None:
    half = len(HTML) // 2
    body = HTML[:half].encode("utf-8") + HTML[half:].encode("gb18030")
    with pytest.raises(UnusableResponse) as refused:
        served(body, "text/html; charset=utf-8")
    assert refused.value.reason == "garbled_text"


@pytest.mark.parametrize("garble", [
    lambda text: text.encode("utf-8").decode("gb18030", errors="replace"),
    lambda text: text.encode("utf-8").decode("latin-1"),
    lambda text: text.encode("gb18030").decode("utf-8", errors="replace"),
], ids=["utf8-read-as-gbk", "utf8-read-as-latin1", "gbk-read-as-utf8"])
def test_garbled_text_detected(garble) -> None:
    text = extract_article(HTML, URL, SiteSelectors()).text
    assert garbled_reason(text) is None
    assert garbled_reason(garble(text)) is not None


def test_garbled_story_in_a_clean_page_is_refused() -> None:
    """Navigation and related links read fine, the story itself is mojibake: refused, not archived."""
    from crawler.extract.item import article_item

    clean = extract_article(HTML, URL, SiteSelectors()).text
    story = clean[:300].encode("utf-8").decode("gb18030", errors="ignore")
    page = (f"<html><head><meta charset='utf-8'><title>{TITLE_START}</title></head><body>"
            f"<div class='nav'>{clean[:2500]}</div><h1>{TITLE_START}</h1><div class='story'><p>{story}</p></div>"
            "</body></html>")
    response = served(page.encode("utf-8"))
    assert response.encoding == "utf-8"  # the page as a whole passes
    spider = type("Spider", (), {"name": "t", "selectors": SiteSelectors(title=("h1",), body=(".story",))})()
    with pytest.raises(UnusableResponse) as refused:
        article_item(spider, response)
    assert refused.value.reason == "garbled_text"
