"""``govcases reparse``: rebuild the archive's derived tables from its WARC capture, without the network.

A better parser should improve the whole archive, not only what is crawled from now on. Every page a crawl
fetched is in the WARC files beside the database (``crawler.fetch.warc``), with the spider, callback and
callback arguments it was fetched for. Reparse reads the newest capture of every article page and sends it
down the crawl's own path:

1. the response checks of the downloader (``ContentGuardMiddleware``, ``EncodingRepairMiddleware``);
2. the spider's own callback (``parse_article`` -> ``crawler.extract.item.article_item`` for the site spiders);
3. the item pipelines of ``ITEM_PIPELINES`` in order: the parse stage fills the announcement facts, and
   ``ArchivePipeline.store`` writes the article row and its facts (rows record ``PARSER_VERSION``);
4. what a crawl does at its end: republication groups and the search index are rebuilt.

Crawl metadata is not derived and is kept: an article keeps its ``run_id``, ``fetched_at`` and
``first_fetched_at``; a page that becomes relevant under the new rules gets the run and time of its capture.
Articles whose capture now yields no item (the new rules judge them unrelated) are reported, not deleted.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.crawler import AsyncCrawlerRunner, Crawler
from scrapy.http import Response
from scrapy.responsetypes import responsetypes
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.reactor import install_reactor, is_reactor_installed

from crawler.archive import BEIJING, Archive
from crawler.archive.pipeline import ArchivePipeline
from crawler.fetch.blocking import ContentGuardMiddleware
from crawler.fetch.encoding import EncodingRepairMiddleware
from crawler.fetch.errors import UnusableResponse
from crawler.fetch.incremental import ARTICLE_CALLBACK
from crawler.fetch.warc import META_KEY, CapturedResponse, iter_responses, warc_dir

logger = logging.getLogger(__name__)


@dataclass
class ReparseReport:
    captures: int = 0  # article captures read (newest per URL)
    articles: int = 0  # article rows rewritten or added
    added: int = 0  # of those, pages that were not archived before
    refused: dict[str, int] = field(default_factory=dict)  # captures the response checks refuse, by reason
    not_relevant: int = 0  # captures whose callback yields no item
    stale: list[str] = field(default_factory=list)  # archived URLs the captures no longer yield
    unknown_spiders: set[str] = field(default_factory=set)


def newest_article_captures(db_folder: Path, folder: Path) -> dict[str, CapturedResponse]:
    """The newest successful capture of every article page, by URL."""
    newest: dict[str, CapturedResponse] = {}
    for capture in iter_responses(db_folder, folder):
        if capture.callback == ARTICLE_CALLBACK and capture.status == 200:
            newest[capture.url] = capture
    return newest


def reparse(db_path: str | Path, settings: Settings) -> ReparseReport:
    """Rebuild the derived tables of the archive at ``db_path`` from its WARC files; see the module doc."""
    db_path = Path(db_path)
    settings = settings.copy()
    settings.set("GOVCASES_DB", str(db_path), priority="cmdline")
    archive = Archive(db_path)
    captures = newest_article_captures(db_path.resolve().parent, warc_dir(settings))
    report = ReparseReport(captures=len(captures))
    spiders = _Spiders(settings)
    crawler = spiders.bare_crawler()
    parse_stage = _parse_pipelines(settings, crawler)
    store = ArchivePipeline(str(db_path), offline=False, crawler=crawler)
    store.archive = archive
    produced: set[str] = set()
    for _url, capture in sorted(captures.items()):
        spider = spiders.get(capture.spider)
        if spider is None:
            report.unknown_spiders.add(capture.spider or "?")
            continue
        response = _response(capture)
        callback = getattr(spider, capture.callback)
        try:
            response = _checked(response, spider.crawler)
            items = [o for o in callback(response, **capture.cb_kwargs) if not isinstance(o, Request)]
        except UnusableResponse as refused:
            report.refused[refused.reason] = report.refused.get(refused.reason, 0) + 1
            continue
        except Exception as error:  # a parser bug on one page must not stop the whole archive's reparse
            logger.exception("reparse: %s failed on %s", capture.callback, capture.url)
            report.refused[f"spider_error: {type(error).__name__}"] = report.refused.get(
                f"spider_error: {type(error).__name__}", 0) + 1
            continue
        if not items:
            report.not_relevant += 1
            continue
        for item in items:
            item.warc_file, item.warc_offset = capture.file, capture.offset
            for pipeline in parse_stage:
                item = pipeline.process_item(item, spider)
            existing = archive.db.execute("select run_id, fetched_at from articles where url = ?",
                                          [item.url]).fetchone()
            run_id, fetched_at = existing if existing else (capture.run_id, _beijing(capture.date))
            store.store(item, run_id, fetched_at)
            produced.add(item.url)
            report.articles += 1
            report.added += existing is None
    report.stale = sorted({row[0] for row in archive.db.execute("select url from articles")} - produced)
    _after_crawl(archive)
    return report


def _after_crawl(archive: Archive) -> None:
    """What the end of a crawl does, over the whole archive: republication groups, search index."""
    from crawler.archive.dedup import refresh_groups
    from crawler.archive.search import sync_search_index

    refresh_groups(archive.db)
    sync_search_index(archive.db, rebuild=True)


def _response(capture: CapturedResponse) -> Response:
    """The captured page as the downloader would hand it to the spider."""
    headers = {}
    for key, value in capture.headers:
        headers.setdefault(key, []).append(value)
    request = Request(capture.url, meta={META_KEY: (capture.file, capture.offset)}, cb_kwargs=capture.cb_kwargs)
    cls = responsetypes.from_args(headers=headers, url=capture.url, body=capture.body)
    return cls(url=capture.url, status=capture.status, headers=headers, body=capture.body, request=request)


def _checked(response: Response, crawler: Crawler) -> Response:
    """The crawl's response checks, in the crawl's order (guard, then encoding)."""
    response = ContentGuardMiddleware().process_response(response.request, response)
    return EncodingRepairMiddleware(crawler).process_response(response.request, response)


def _beijing(warc_date: str) -> str:
    return datetime.fromisoformat(warc_date.replace("Z", "+00:00")).astimezone(BEIJING).isoformat(timespec="seconds")


class _Spiders:
    """Spider instances by name, each with an unstarted crawler (stats, settings) like a crawl's."""

    def __init__(self, settings: Settings) -> None:
        # Scrapy's components expect the crawl's reactor even when nothing is downloaded.
        if not is_reactor_installed():
            install_reactor(settings["TWISTED_REACTOR"])
        self.settings = settings
        self.loader = SpiderLoader.from_settings(settings)
        self.runner = AsyncCrawlerRunner(settings)
        self.instances: dict[str, Any] = {}

    def get(self, name: str | None):
        if name not in self.instances:
            self.instances[name] = self._create(name) if name in self.loader.list() else None
        return self.instances[name]

    def bare_crawler(self) -> Crawler:
        """A crawler for components that need one but no particular spider (the item pipelines)."""
        crawler = self.runner.create_crawler(load_object("scrapy.Spider"))
        crawler._apply_settings()
        return crawler

    def _create(self, name: str):
        crawler = self.runner.create_crawler(self.loader.load(name))
        # What Scrapy does before a crawl starts (settings, stats), without starting the engine.
        crawler._apply_settings()
        crawler.spider = crawler._create_spider()
        return crawler.spider


def _parse_pipelines(settings: Settings, crawler: Crawler) -> list[Any]:
    """The item pipelines before the archive's, in priority order, built the way Scrapy builds them."""
    ordered = sorted((priority, path) for path, priority in settings.getwithbase("ITEM_PIPELINES").items()
                     if priority is not None)
    pipelines = []
    for _priority, path in ordered:
        cls = load_object(path)
        if issubclass(cls, ArchivePipeline):
            continue
        pipelines.append(build_from_crawler(cls, crawler))
    return pipelines
