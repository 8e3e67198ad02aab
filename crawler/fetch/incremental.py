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
Pages that do get corrected after publication are caught by ``GOVCASES_REVISIT_DAYS``: archived articles older
than that are asked for again with conditional requests (see :class:`SkipArchivedMiddleware`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlite_utils
from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response

from crawler.archive import Archive, now
from crawler.archive.transaction import write_transaction
from crawler.fetch.warc import read_response

ARTICLE_CALLBACK = "parse_article"
REVISIT_META = "govcases_revisit"


def is_article_request(request: Request) -> bool:
    return getattr(request.callback, "__name__", None) == ARTICLE_CALLBACK


def ensure_incremental_schema(db: sqlite_utils.Database) -> None:
    """The table of article pages judged not relevant, and the articles' WARC pointers (idempotent)."""
    if "seen_pages" not in db.table_names():
        db["seen_pages"].create({"url": str, "spider": str, "outcome": str, "run_id": int, "at": str}, pk="url")
    columns = db["articles"].columns_dict
    for name, kind in (("warc_file", str), ("warc_offset", int)):
        if name not in columns:  # the first article row would add them; a revisit may ask before it exists
            db["articles"].add_column(name, kind)


class _ArchiveLookup:
    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("GOVCASES_INCREMENTAL", True):
            raise NotConfigured("full crawl")
        self.crawler = crawler
        self.db_path = crawler.settings.get("GOVCASES_DB")
        self.db_folder = Path(self.db_path).resolve().parent
        self._archive: Archive | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        if self._archive is None:
            self._archive = Archive(self.db_path)
            with write_transaction(self._archive.db):  # schema changes under the write lock: other jobs may write
                ensure_incremental_schema(self._archive.db)
        return self._archive.db


class SkipArchivedMiddleware(_ArchiveLookup):
    """Downloader middleware: drop requests for articles already archived or known to be unrelated.

    With ``GOVCASES_REVISIT_DAYS`` set, an archived article last fetched longer ago than that is asked for
    again, conditionally (``If-None-Match`` / ``If-Modified-Since`` from its archived response): a ``304 Not
    Modified`` only moves its ``fetched_at`` forward; a changed page is parsed and its row updated.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        days = crawler.settings.get("GOVCASES_REVISIT_DAYS")
        self.revisit_after = timedelta(days=float(days)) if days not in (None, "") else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SkipArchivedMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider=None) -> None:
        if not is_article_request(request):
            return
        archived = self.db.execute("select fetched_at, warc_file, warc_offset from articles "
                                   "where url = ? and parser_version is not null", [request.url]).fetchone()
        if archived and self._due(archived[0]):
            self._make_conditional(request, archived[1], archived[2])
            return
        if archived:
            outcome = "archived"
        else:
            seen = self.db.execute("select outcome from seen_pages where url = ?", [request.url]).fetchone()
            outcome = seen[0] if seen else None
        if outcome:
            self.crawler.stats.inc_value("govcases/incremental/skipped")
            self.crawler.stats.inc_value(f"govcases/incremental/skipped/{outcome}")
            raise IgnoreRequest(f"incremental: {request.url} is {outcome}")

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        if response.status == 304 and request.meta.get(REVISIT_META):
            run_id = getattr(self.crawler.spider, "govcases_run_id", None)
            with write_transaction(self.db):
                self.db.execute("update articles set fetched_at = ?, run_id = ? where url = ?",
                                [now(), run_id, request.url])
            self.crawler.stats.inc_value("govcases/incremental/not_modified")
            raise IgnoreRequest(f"incremental: {request.url} not modified")
        return response

    def _due(self, fetched_at: str | None) -> bool:
        if self.revisit_after is None or not fetched_at:
            return False
        return datetime.fromisoformat(fetched_at) <= datetime.now(UTC) - self.revisit_after

    def _make_conditional(self, request: Request, warc_file: str | None, warc_offset: int | None) -> None:
        request.meta[REVISIT_META] = True
        self.crawler.stats.inc_value("govcases/incremental/revisited")
        if warc_file is None:
            return
        try:
            archived = read_response(self.db_folder, warc_file, warc_offset)
        except (OSError, StopIteration):
            return  # the capture is gone: an unconditional fetch
        headers = {key.lower(): value for key, value in archived.headers}
        if etag := headers.get("etag"):
            request.headers.setdefault("If-None-Match", etag)
        if modified := headers.get("last-modified"):
            request.headers.setdefault("If-Modified-Since", modified)


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
