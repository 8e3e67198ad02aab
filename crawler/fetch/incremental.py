"""Incremental re-crawls: list pages every time, article pages only when they are new.

An announcement, once published, does not change; re-fetching every archived article on every scheduled
crawl would multiply the load on small university servers for nothing. So a crawl always fetches the list
pages (that is where new articles appear) and skips an article request when its URL is

- already an ``articles`` row whose facts are stored too (``parser_version`` is set in the same transaction as
  the facts, the last write of ``ArchivePipeline.store``), so a crawl killed half-way -- even between an article
  row and its facts -- re-fetches exactly the articles it had not completely stored, or
- in ``seen_pages`` as ``not_relevant`` (fetched before and judged unrelated; a better relevance rule is
  applied to those pages from the WARC capture by ``govcases reparse``, not by fetching them again).

Failed pages are in neither table, so the next crawl tries them again. ``GOVCASES_INCREMENTAL = False`` (the
CLI's ``--full``) fetches everything again. The skipped count is the stat ``govcases/incremental/skipped``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import sqlite_utils
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from crawler.archive import Archive, now

ARTICLE_CALLBACK = "parse_article"


def is_article_request(request: Request) -> bool:
    return getattr(request.callback, "__name__", None) == ARTICLE_CALLBACK


def ensure_seen_pages(db: sqlite_utils.Database) -> None:
    """The table of article pages fetched and judged not relevant (idempotent)."""
    if "seen_pages" not in db.table_names():
        db["seen_pages"].create({"url": str, "spider": str, "outcome": str, "run_id": int, "at": str}, pk="url")


class _ArchiveLookup:
    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("GOVCASES_INCREMENTAL", True):
            raise NotConfigured("full crawl")
        self.crawler = crawler
        self.db_path = crawler.settings.get("GOVCASES_DB")
        self._archive: Archive | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._archive is None:
            self._archive = Archive(self.db_path)
            ensure_seen_pages(self._archive.db)
        return self._archive.db


class SkipArchivedMiddleware(_ArchiveLookup):
    """Downloader middleware: drop requests for articles already archived or known to be unrelated."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipArchivedMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider=None) -> None:
        if not is_article_request(request):
            return
        known = self.db.execute(
            "select 'archived' from articles where url = ? and parser_version is not null union all "
            "select outcome from seen_pages where url = ? limit 1", [request.url, request.url]).fetchone()
        if known:
            self.crawler.stats.inc_value("govcases/incremental/skipped")
            self.crawler.stats.inc_value(f"govcases/incremental/skipped/{known[0]}")
            raise IgnoreRequest(f"incremental: {request.url} is {known[0]}")


class RememberUnrelatedMiddleware(_ArchiveLookup):
    """Spider middleware: an article page whose callback yielded no item is remembered as not relevant."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RememberUnrelatedMiddleware:
        return cls(crawler)

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any],
                                    spider=None) -> AsyncIterator[Any]:
        yielded_item = False
        async for output in result:
            yielded_item = yielded_item or not isinstance(output, Request)
            yield output
        if response is not None and not yielded_item and is_article_request(response.request):
            spider = self.crawler.spider
            self.db["seen_pages"].upsert({"url": response.url, "spider": spider.name, "outcome": "not_relevant",
                                          "run_id": getattr(spider, "govcases_run_id", None), "at": now()},
                                         pk="url")
