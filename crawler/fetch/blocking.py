"""Refuse answers that are not the page asked for: blocking pages, empty 200s, binary files labelled HTML.

Sites behind a WAF or CDN answer a blocked crawler with ``200 OK`` and a page saying ``ACCESS DENIED``, or
with a CDN's own 403 page; some CMSs answer an empty 200 for a removed article, or serve an attachment as
``text/html``. Stored as articles these would poison the archive, so :class:`ContentGuardMiddleware` turns
them into :class:`~crawler.fetch.errors.UnusableResponse` failures (recorded in ``crawl_errors``); the raw
answer stays in the WARC capture for inspection. Error statuses (403, 404, 5xx) are left to Scrapy's
``HttpErrorMiddleware`` and recorded the same way.
"""

from __future__ import annotations

import re

from scrapy.http import Request, Response, TextResponse

from crawler.fetch.errors import UnusableResponse

# Phrases of blocking and challenge pages (WAFs, CDNs, Chinese hosting firewalls). Matched only on short
# pages (see MAX_BLOCK_PAGE_TEXT) so an article that merely quotes such a phrase is not refused.
BLOCK_PATTERNS = re.compile("|".join([
    r"access denied", r"403 forbidden", r"request blocked", r"attention required!? \| cloudflare",
    r"just a moment\.\.\.", r"cf-browser-verification", r"cf-chl-", r"checking your browser",
    r"you have been blocked", r"web application firewall", r"errors\.edgesuite\.net",
    r"访问被拒绝", r"拒绝访问", r"访问受限", r"您的访问被阻断", r"安全验证", r"网站防火墙", r"请开启\s*javascript",
]), re.IGNORECASE)
MAX_BLOCK_PAGE_TEXT = 3000
# A request whose answer may legitimately be binary (a gzipped sitemap) sets this meta key; the guard lets it through.
BINARY_OK_META = "govcases_binary_ok"
# Magic numbers of files that are not web pages.
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b",
                b"Rar!", b"7z\xbc\xaf")


def visible_text(html: str) -> str:
    """The page's text without tags, scripts or styles (cheap: used only to judge short pages)."""
    html = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", html)
    return re.sub(r"\s+", " ", re.sub(r"(?s)<[^>]+>", " ", html)).strip()


def is_blocking_page(response: Response) -> bool:
    """Whether a (short) text response reads like a WAF, CDN or firewall blocking page."""
    if not isinstance(response, TextResponse):
        return False
    text = visible_text(response.text)
    return len(text) <= MAX_BLOCK_PAGE_TEXT and BLOCK_PATTERNS.search(text) is not None


def unusable_reason(response: Response) -> tuple[str, str] | None:
    """(reason, detail) when a 200 response is not a usable page, else None."""
    body = response.body
    if not body.strip():
        return "empty_body", "200 with an empty body"
    head = body[:1024]
    if head.startswith(BINARY_MAGIC) or b"\x00" in head:
        ctype = response.headers.get("Content-Type", b"").decode("latin-1")
        return "not_html", f"binary content ({head[:8]!r}) served as {ctype or 'no content type'}"
    if isinstance(response, TextResponse):
        text = visible_text(response.text)
        if not text:
            return "empty_body", "200 with markup but no text"
        if len(text) <= MAX_BLOCK_PAGE_TEXT and (match := BLOCK_PATTERNS.search(text)):
            return "blocked", f"blocking page ({match.group(0)!r}): {text[:200]}"
    return None


class ContentGuardMiddleware:
    """Downloader middleware: turn unusable 200 answers into recorded failures."""

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        if response.status != 200 or request.url.endswith("/robots.txt") or request.meta.get(BINARY_OK_META):
            return response
        found = unusable_reason(response)
        if found:
            raise UnusableResponse(*found)
        return response
