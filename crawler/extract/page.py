"""One fetched article page -> one ArticleItem: the step that spiders and ``govcases reparse`` share.

Reconstructed by the dates/extract helper: an earlier version of this module (by the reliability helper) was
overwritten by mistake before it was committed; this keeps the interface ``spiders/base.py`` calls.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from scrapy.http import Response

from crawler.extract.article import extract_article
from crawler.extract.relevance import is_relevant_article
from crawler.fetch.replay import CAPTURE_HEADER, MADE_FROM_HEADER
from crawler.fetch.warc import META_KEY as WARC_META_KEY
from crawler.items import ArticleItem


def article_item(spider: Any, response: Response, list_url: str | None = None) -> ArticleItem | None:
    """Extract an article page's fields with the spider's selectors; ``None`` when the page is not relevant.

    Each field the site's selectors missed and the generic extraction supplied is counted in the spider's
    stats (``govcases/fallback/<field>``), so a monitor can tell when a site's template changed.
    """
    fields = extract_article(response.text, response.url, spider.selectors)
    stats = spider.crawler.stats
    for name in fields.fallback_fields:
        stats.inc_value(f"govcases/fallback/{name}")
    if not is_relevant_article(fields.title, fields.text):
        stats.inc_value("govcases/skipped/article_not_relevant")
        return None
    capture = response.headers.get(CAPTURE_HEADER)
    made_from = response.headers.get(MADE_FROM_HEADER)
    warc_file, warc_offset = response.meta.get(WARC_META_KEY, (None, None))
    return ArticleItem(
        url=response.url, spider=spider.name, list_url=list_url,
        title=fields.title, published_at=fields.published_at, origin=fields.origin,
        author=fields.author, editor=fields.editor, text=fields.text, html=response.text,
        capture_kind=capture.decode() if capture else "live",
        made_from=unquote(made_from.decode()) if made_from else None,
        encoding=getattr(response, "encoding", None), fallback_fields=fields.fallback_fields,
        warc_file=warc_file, warc_offset=warc_offset,
    )
