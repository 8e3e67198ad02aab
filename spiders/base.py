"""The shared crawl logic: list pages -> pagination -> article pages -> ArticleItem.

A site's spider is mostly data: ``start_urls`` (real list or search pages), ``link_css`` (article links on
a list page), ``next_css`` (the next list page), ``article_url`` (a regex an article URL must match) and
``selectors`` (where the article's fields live). Everything the site does not provide falls back to the
generic extraction, and the spider counts each fallback in its stats (``govcases/fallback/<field>``) so a
monitor can tell when a site's template changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar
from urllib.parse import unquote

import scrapy
from scrapy.http import Response

from crawler.extract.article import SiteSelectors, extract_article
from crawler.extract.relevance import is_relevant_article, is_relevant_link
from crawler.fetch.replay import CAPTURE_HEADER, MADE_FROM_HEADER
from crawler.items import ArticleItem


class AnnouncementSpider(scrapy.Spider):
    site_name: ClassVar[str] = ""
    home_url: ClassVar[str] = ""
    link_css: ClassVar[str] = "a"
    next_css: ClassVar[str | None] = None
    article_url: ClassVar[str] = r"."
    selectors: ClassVar[SiteSelectors] = SiteSelectors()
    # List pages are followed at most this deep per start URL (the setting GOVCASES_MAX_LIST_PAGES overrides).
    max_list_pages: ClassVar[int] = 5

    def parse(self, response: Response, depth: int = 1) -> Iterator[scrapy.Request]:
        """A list page: follow relevant article links and the next list page."""
        self.crawler.stats.inc_value("govcases/list_pages")
        for link in response.css(self.link_css):
            href = link.attrib.get("href")
            if not href:
                continue
            url = response.urljoin(href)
            if not re.search(self.article_url, url):
                continue
            anchor = " ".join(t.strip() for t in link.xpath(".//text()").getall()).strip()
            if not is_relevant_link(anchor):
                self.crawler.stats.inc_value("govcases/skipped/link_not_relevant")
                continue
            yield response.follow(url, callback=self.parse_article, cb_kwargs={"list_url": response.url})
        limit = self.settings.getint("GOVCASES_MAX_LIST_PAGES", self.max_list_pages)
        if self.next_css and depth < limit:
            next_href = response.css(self.next_css).attrib.get("href") if response.css(self.next_css) else None
            if next_href:
                yield response.follow(next_href, callback=self.parse, cb_kwargs={"depth": depth + 1})

    def parse_article(self, response: Response, list_url: str | None = None) -> Iterator[ArticleItem]:
        """An article page: extract its fields; drop it when it is not about governance cases."""
        fields = extract_article(response.text, response.url, self.selectors)
        for name in fields.fallback_fields:
            self.crawler.stats.inc_value(f"govcases/fallback/{name}")
        if not is_relevant_article(fields.title, fields.text):
            self.crawler.stats.inc_value("govcases/skipped/article_not_relevant")
            return
        capture = response.headers.get(CAPTURE_HEADER)
        made_from = response.headers.get(MADE_FROM_HEADER)
        yield ArticleItem(
            url=response.url, spider=self.name, list_url=list_url,
            title=fields.title, published_at=fields.published_at, origin=fields.origin,
            author=fields.author, editor=fields.editor, text=fields.text, html=response.text,
            capture_kind=capture.decode() if capture else "live",
            made_from=unquote(made_from.decode()) if made_from else None,
            encoding=getattr(response, "encoding", None), fallback_fields=fields.fallback_fields,
        )
