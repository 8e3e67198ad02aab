"""Scrapy item pipeline: every ArticleItem goes into the archive; each spider run is a crawl_runs row."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict
from typing import ClassVar

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from crawler.archive import Archive
from crawler.archive.dedup import refresh_groups
from crawler.archive.runs import close_abandoned_runs
from crawler.archive.transaction import write_transaction
from crawler.archive.views import ensure_views
from crawler.items import ArticleItem
from crawler.monitors import run_health_checks


class ArchivePipeline:
    # Spiders still running per database in this process, and items they archived: the republication groups are
    # recomputed once, when the last spider of a `govcases crawl` closes (a Scrapyd job runs one spider).
    _running: ClassVar[Counter[str]] = Counter()
    _archived: ClassVar[Counter[str]] = Counter()

    def __init__(self, db_path: str, offline: bool, crawler: Crawler) -> None:
        self.db_path = db_path
        self.offline = offline
        self.crawler = crawler
        self.archive: Archive | None = None
        self.run_id: int | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        pipeline = cls(crawler.settings.get("GOVCASES_DB"), crawler.settings.getbool("GOVCASES_OFFLINE"), crawler)
        # spider_closed, unlike close_spider, carries the finish reason (finished, shutdown, ...)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider: Spider) -> None:
        self.archive = Archive(self.db_path)
        ArchivePipeline._running[self.db_path] += 1
        self.archive.register_source(spider.name, getattr(spider, "site_name", spider.name),
                                     getattr(spider, "home_url", ""), list(getattr(spider, "allowed_domains", [])))
        for source in getattr(spider, "archive_sources", ()):  # a spider that crawls several sites (sources file)
            self.archive.register_source(**source)
        close_abandoned_runs(self.archive.db)  # a previous crawl killed mid-run: say so in its row
        self.run_id = self.archive.start_run(spider.name, self.offline)
        spider.govcases_run_id = self.run_id  # so other components can record errors against this run

    def process_item(self, item: ArticleItem, spider: Spider) -> ArticleItem:
        self.store(item, self.run_id)
        return item

    def store(self, item: ArticleItem, run_id: int | None, fetched_at: str | None = None) -> None:
        """Write one item's article row and facts (the crawl, and ``govcases reparse`` with the row's own run)."""
        row = asdict(item)
        row.pop("html", None)
        row["source_id"] = row.pop("spider")
        row["fallback_fields"] = json.dumps(row["fallback_fields"]) if row["fallback_fields"] else None
        # The parse stage's facts go to their own tables (archive/facts.py), not into the article row.
        announcement = row.pop("announcement", None)
        quality_flags = row.pop("quality_flags", None) or []
        # One transaction: a crawl killed between the two must not leave an article that looks parsed without facts.
        with write_transaction(self.archive.db):
            self.archive.save_article(row, run_id, fetched_at)
            self.archive.save_facts(item.url, announcement, quality_flags)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats
        errors = self.archive.db.execute(
            "select count(*) from crawl_errors where run_id = ?", [self.run_id]).fetchone()[0]
        status, failures = "finished" if reason == "finished" else f"stopped: {reason}", []
        if reason == "finished" and self.crawler.settings.getbool("GOVCASES_MONITORS", True):
            failures = run_health_checks(self.crawler, errors)  # crawler/monitors.py
            status = "failed checks" if failures else status
        self.archive.finish_run(
            self.run_id,
            status=status,
            pages=stats.get_value("response_received_count", 0),
            items=stats.get_value("item_scraped_count", 0),
            errors=errors,
            reason="; ".join(failures) or None,
        )
        # Over the whole archive, so a repost crawled today joins the original crawled last month; runs that
        # archived nothing (an incremental re-crawl of unchanged sites) cannot have changed the groups.
        ArchivePipeline._running[self.db_path] -= 1
        ArchivePipeline._archived[self.db_path] += stats.get_value("item_scraped_count", 0)
        if ArchivePipeline._running[self.db_path] <= 0:
            archived = ArchivePipeline._archived.pop(self.db_path, 0)
            if archived or "republication_groups" not in self.archive.db.table_names():
                refresh_groups(self.archive.db)
            ensure_views(self.archive.db)  # article_overview, case_facts: for export and any SQLite client
