"""One fetched article page -> one ArticleItem (or None): the body of every spider's ``parse_article``.

The crawl (``AnnouncementSpider.parse_article``) and ``govcases reparse`` (rebuilding the archive from the
WARC capture) both call :func:`article_item`, so a page gives the same item whether it was fetched a moment
ago or read back from a WARC file years later.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

from scrapy import Spider
from scrapy.http import Response

from crawler.extract.article import SiteSelectors, extract_article
from crawler.extract.relevance import is_relevant_article
from crawler.fetch.encoding import garbled_reason
from crawler.fetch.errors import UnusableResponse
from crawler.fetch.replay import CAPTURE_HEADER, MADE_FROM_HEADER
from crawler.items import ArticleItem

# Fields whose presence the health checks measure (crawler.monitors).
COVERED_FIELDS = ("title", "published_at", "text")


def article_item(spider: Spider, response: Response, list_url: str | None = None, *,
                 selectors: SiteSelectors | None = None, source: str | None = None, relevant_only: bool = True,
                 counts_fallback: Callable[[str], bool] | None = None) -> ArticleItem | None:
    """Extract an article page's fields; None when the page is not about governance cases.

    A spider that crawls several sites (the sources-file spider) passes the page's own ``selectors``, ``source``
    name and ``relevant_only`` choice, and ``counts_fallback`` to say which fallbacks mean a selector stopped
    matching (a field the entry gives no selector for is generic by design).

    Raises :class:`~crawler.fetch.errors.UnusableResponse` (``garbled_text``, recorded in ``crawl_errors``) when the
    extracted title and text are garbled.

    Counts, in the spider's stats when it has a crawler, each field that fell back to the generic extraction
    (``govcases/fallback/<field>``), each covered field found (``govcases/field/<field>``) and the pages seen.
    """
    crawler = getattr(spider, "crawler", None)
    stats = crawler.stats if crawler is not None else None
    fields = extract_article(response.text, response.url, selectors or spider.selectors)
    if stats is not None:
        stats.inc_value("govcases/article_pages")
        for name in fields.fallback_fields:
            if counts_fallback is None or counts_fallback(name):
                stats.inc_value(f"govcases/fallback/{name}")
    # The page as a whole may read as text (clean navigation, related links) while the story itself is
    # mojibake (a CMS that stored it in another encoding): never archive such a story as text.
    if problem := garbled_reason(f"{fields.title or ''}\n{fields.text or ''}"):
        raise UnusableResponse("garbled_text", f"the article's title and text look garbled: {problem}")
    if relevant_only and not is_relevant_article(fields.title, fields.text):
        if stats is not None:
            stats.inc_value("govcases/skipped/article_not_relevant")
        return None
    if stats is not None:
        for name in COVERED_FIELDS:
            if getattr(fields, name, None):
                stats.inc_value(f"govcases/field/{name}")
    capture = response.headers.get(CAPTURE_HEADER)
    made_from = response.headers.get(MADE_FROM_HEADER)
    return ArticleItem(
        url=response.url, spider=source or spider.name, list_url=list_url,
        title=fields.title, published_at=fields.published_at, origin=fields.origin,
        author=fields.author, editor=fields.editor, text=fields.text, html=response.text,
        capture_kind=capture.decode() if capture else "live",
        made_from=unquote(made_from.decode()) if made_from else None,
        encoding=getattr(response, "encoding", None), fallback_fields=fields.fallback_fields,
    )
