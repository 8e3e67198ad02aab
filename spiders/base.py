"""The shared crawl logic: (home page ->) list pages -> pagination -> article pages -> ArticleItem.

A site's spider is mostly data: ``start_urls`` (real list or search pages), ``link_css`` (article links on
a list page), ``next_css`` (the next list page; by default the link whose text is 下一页), ``article_url``
(a regex an article URL must match) and ``selectors`` (where the article's fields live). A site whose list
URL is not known sets ``list_nav_text`` instead: the crawl starts at ``home_url`` and follows the
navigation links whose text matches, so a redesign that moves the column does not break the spider.

Everything the site's selectors do not find falls back to the generic extraction, and the spider counts
each fallback in its stats (``govcases/fallback/<field>``) so a monitor can tell when a template changed.
Relevance is decided twice (``crawler.extract.relevance``): on the link text before a page is fetched and
on title + text after, so the thousands of unrelated articles of a general news site never land.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import ClassVar

import scrapy
from scrapy.http import Response

from crawler.extract.article import SiteSelectors
from crawler.extract.item import article_item
from crawler.extract.relevance import is_relevant_link
from crawler.items import ArticleItem

# The pagination link of Chinese CMSs, whatever its class: 下一页 / 下页 / 后一页.
NEXT_BY_TEXT = "//a[re:test(normalize-space(string(.)), '^(下一页|下页|后一页)\\s*[>»›]*$')]"


class AnnouncementSpider(scrapy.Spider):
    site_name: ClassVar[str] = ""
    home_url: ClassVar[str] = ""
    # When set: a regex on navigation link text; the crawl starts at home_url and follows matching links.
    list_nav_text: ClassVar[str | None] = None
    nav_css: ClassVar[str] = "nav a, .nav a, .menu a, header a"
    link_css: ClassVar[str] = "a"
    next_css: ClassVar[str | None] = None
    article_url: ClassVar[str] = r"."
    selectors: ClassVar[SiteSelectors] = SiteSelectors()
    # List pages are followed at most this deep per start URL (the setting GOVCASES_MAX_LIST_PAGES overrides).
    max_list_pages: ClassVar[int] = 5

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """The list pages, or the home page whose navigation leads to them."""
        if self.list_nav_text:
            yield scrapy.Request(self.home_url, callback=self.parse_home)
            return
        async for request in super().start():
            yield request

    def parse_home(self, response: Response) -> Iterator[scrapy.Request]:
        """A home page: follow the navigation links whose text names the news column."""
        found = False
        for link in response.css(self.nav_css):
            text = _link_text(link)
            href = link.attrib.get("href")
            if href and text and re.search(self.list_nav_text, text):
                found = True
                yield response.follow(href, callback=self.parse)
        if not found:
            self.logger.warning("no navigation link matching %r on %s", self.list_nav_text, response.url)
            self.crawler.stats.inc_value("govcases/home/no_list_link")

    def parse(self, response: Response, depth: int = 1) -> Iterator[scrapy.Request]:
        """A list page: follow relevant article links and the next list page."""
        self.crawler.stats.inc_value("govcases/list_pages")
        for link in response.css(self.link_css):
            href = link.attrib.get("href")
            if href:
                yield from self.follow_article(response, response.urljoin(href), _link_text(link))
        yield from self.follow_next(response, depth)

    def follow_article(self, response: Response, url: str, anchor: str | None) -> Iterator[scrapy.Request]:
        """Request one article link of a list page, unless its URL or its text rules it out."""
        if not re.search(self.article_url, url):
            return
        if not is_relevant_link(anchor):
            self.crawler.stats.inc_value("govcases/skipped/link_not_relevant")
            return
        yield response.follow(url, callback=self.parse_article, cb_kwargs={"list_url": response.url})

    def follow_next(self, response: Response, depth: int) -> Iterator[scrapy.Request]:
        """Request the next list page, up to the depth limit."""
        limit = self.settings.getint("GOVCASES_MAX_LIST_PAGES", self.max_list_pages)
        if depth >= limit:
            return
        nodes = response.css(self.next_css) if self.next_css else response.xpath(NEXT_BY_TEXT)
        href = nodes.attrib.get("href") if nodes else None
        if href and not href.startswith("javascript:"):
            yield response.follow(href, callback=self.parse, cb_kwargs={"depth": depth + 1})

    def parse_article(self, response: Response, list_url: str | None = None) -> Iterator[ArticleItem]:
        """An article page: extract its fields; drop it when it is not about governance cases.

        The work is :func:`crawler.extract.item.article_item`, shared with ``govcases reparse``.
        """
        item = article_item(self, response, list_url)
        if item is not None:
            yield item


def _link_text(link) -> str:
    """A link's visible text, whitespace folded; an image link falls back to the image's alt or title."""
    text = " ".join(t.strip() for t in link.xpath(".//text()").getall() if t.strip())
    if not text:
        text = link.attrib.get("title") or link.xpath(".//img/@alt").get() or ""
    return text.strip()
