"""``sources``: one generic spider over every site of the sources file (``sources.toml``), no Python per site.

Each ``[[source]]`` entry is entered through its list pages (links by ``link_css``, pagination by ``next_css``),
its RSS/Atom feeds and its sitemaps (sitemap indexes and robots.txt ``Sitemap:`` lines are followed, gzip
sitemaps unpacked, as Scrapy's SitemapSpider does). Article pages go through the generic extraction with the
entry's optional selectors, and each article is archived under the entry's ``name`` as its source.

Settings: ``GOVCASES_SOURCES`` (path of the sources file; default the repository's ``sources.toml``).
Spider argument: ``-a only=name1,name2`` crawls only those entries (e.g. one machine's share). Offline, an entry
whose entry URLs the snapshot does not hold is skipped (logged and counted), since it can only answer 404.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy
from parsel import Selector
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.extract.item import article_item
from crawler.extract.relevance import is_relevant_link
from crawler.fetch.blocking import BINARY_OK_META
from crawler.fetch.snapshot import MANIFEST, load_snapshot
from crawler.items import ArticleItem
from crawler.sources import SOURCES_FILE, Source, load_sources

# ArticleFields' names -> SiteSelectors' names where they differ.
SELECTOR_FOR = {"text": "body"}


class SourcesSpider(scrapy.Spider):
    name = "sources"
    site_name = "Sites of the sources file"
    home_url = ""
    # Filled from the sources file in from_crawler, so Scrapy's offsite filtering covers every entry's domains.
    allowed_domains: list[str] = []

    def __init__(self, *args: Any, only: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.only = {n.strip() for n in only.split(",") if n.strip()} if only else None
        self.sources: dict[str, Source] = {}
        self.skipped_offline = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SourcesSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        path = crawler.settings.get("GOVCASES_SOURCES")
        if not path and not SOURCES_FILE.is_file():
            # Deployed as an egg (Scrapyd), the repository's sources.toml is not beside the code.
            spider.logger.warning("no sources file at %s: set GOVCASES_SOURCES to its absolute path", SOURCES_FILE)
            spider.min_items = 0
            return spider
        chosen = [s for s in load_sources(path) if s.enabled]
        if spider.only is not None:
            unknown = spider.only - {s.name for s in chosen}
            if unknown:
                raise ValueError(f"-a only= names unknown or disabled source(s): {sorted(unknown)}")
            chosen = [s for s in chosen if s.name in spider.only]
        if crawler.settings.getbool("GOVCASES_OFFLINE"):
            chosen = spider._in_snapshot(chosen, crawler)
        spider.sources = {s.name: s for s in chosen}
        # The health checks expect articles only from a run that had a site to crawl.
        spider.min_items = 1 if chosen else 0
        spider.allowed_domains = sorted({d for s in chosen for d in s.allowed_domains})
        return spider

    @property
    def archive_sources(self) -> list[dict[str, Any]]:
        """The sites this run archives under their own source ids (ArchivePipeline registers them)."""
        return [{"source_id": s.name, "name": s.title, "home_url": s.home_url or (s.entry_urls[0]),
                 "domains": list(s.allowed_domains)} for s in self.sources.values()]

    def _in_snapshot(self, chosen: list[Source], crawler: Crawler) -> list[Source]:
        snapshot = load_snapshot(crawler.settings.get("GOVCASES_SNAPSHOT_MANIFEST") or str(MANIFEST))
        kept = []
        for source in chosen:
            if any(snapshot.get(url) for url in source.entry_urls):
                kept.append(source)
            else:
                self.logger.info("offline: the snapshot holds no entry page of source %r; skipped", source.name)
                self.skipped_offline += 1  # counted in the stats at start: stats do not exist yet here
        return kept

    async def start(self) -> AsyncIterator[scrapy.Request]:
        if self.skipped_offline:
            self.crawler.stats.set_value("govcases/sources/skipped_offline", self.skipped_offline)
        if not self.sources:
            self.logger.warning("no source to crawl (sources file empty, all disabled, or none in the snapshot)")
        for source in self.sources.values():
            for url in source.start_urls:
                yield scrapy.Request(url, self.parse_list, cb_kwargs={"source": source.name, "depth": 1})
            for url in source.feeds:
                yield scrapy.Request(url, self.parse_feed, cb_kwargs={"source": source.name})
            for url in source.sitemaps:
                yield self._sitemap_request(url, source.name)

    # --- ways in ----------------------------------------------------------------------------------------
    def parse_list(self, response: Response, source: str, depth: int) -> Iterator[scrapy.Request]:
        """A list page: follow article links, then the next list page up to the entry's limit."""
        site = self.sources[source]
        self.crawler.stats.inc_value("govcases/list_pages")
        for link in response.css(site.link_css):
            href = link.attrib.get("href")
            if not href:
                continue
            anchor = " ".join(t.strip() for t in link.xpath(".//text()").getall()).strip()
            if site.relevant_only and not is_relevant_link(anchor):
                self.crawler.stats.inc_value("govcases/skipped/link_not_relevant")
                continue
            yield from self._article_request(response.urljoin(href), site, list_url=response.url)
        if site.next_css and depth < site.max_list_pages:
            next_href = response.css(site.next_css).attrib.get("href") if response.css(site.next_css) else None
            if next_href:
                yield response.follow(next_href, self.parse_list, cb_kwargs={"source": source, "depth": depth + 1})

    def parse_feed(self, response: Response, source: str) -> Iterator[scrapy.Request]:
        """An RSS 2.0 or Atom feed: every item's link is an article candidate."""
        feed = Selector(text=response.text, type="xml")
        feed.remove_namespaces()
        links = feed.xpath("//item/link/text()").getall()
        links += feed.xpath("//entry/link[not(@rel) or @rel='alternate']/@href").getall()
        self.crawler.stats.inc_value("govcases/sources/feed_links", len(links))
        for link in links:
            yield from self._article_request(response.urljoin(link.strip()), self.sources[source],
                                             list_url=response.url)

    def parse_sitemap(self, response: Response, source: str) -> Iterator[scrapy.Request]:
        """A robots.txt, sitemap index or urlset: follow nested sitemaps, request article URLs."""
        site = self.sources[source]
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.text, base_url=response.url):
                yield self._sitemap_request(url, source)
            return
        body = response.body
        if gzip_magic_number(response):
            body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = Sitemap(body)
        for entry in sitemap:
            if sitemap.type == "sitemapindex":
                yield self._sitemap_request(entry["loc"], source)
            elif sitemap.type == "urlset":
                yield from self._article_request(entry["loc"], site, list_url=response.url)

    def _sitemap_request(self, url: str, source: str) -> scrapy.Request:
        # Sitemaps may be gzipped: tell the content guard (crawler.fetch.blocking) that binary is expected here.
        return scrapy.Request(url, self.parse_sitemap, cb_kwargs={"source": source}, meta={BINARY_OK_META: True})

    def _article_request(self, url: str, site: Source, list_url: str) -> Iterator[scrapy.Request]:
        if site.allows(url) and re.search(site.article_url, url):
            yield scrapy.Request(url, self.parse_article, cb_kwargs={"source": site.name, "list_url": list_url})

    # --- the article ------------------------------------------------------------------------------------
    def parse_article(self, response: Response, source: str, list_url: str | None = None) -> Iterator[ArticleItem]:
        """An article page: generic extraction with the entry's selectors first.

        The site spiders' own step (:func:`crawler.extract.item.article_item`), with the selectors, the source name
        and whether the relevance filter applies taken from the page's sources-file entry.
        """
        site = self.sources[source]
        item = article_item(
            self, response, list_url, selectors=site.selectors, source=site.name, relevant_only=site.relevant_only,
            counts_fallback=lambda name: bool(getattr(site.selectors, SELECTOR_FOR.get(name, name), ())))
        if item is not None:
            yield item
