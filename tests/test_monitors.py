"""Alerts for scheduled crawls: health checks after each run; a failure exits non-zero with the reason recorded."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest
from crawling import FAST_LOCAL, REPO, crawl
from datasette.app import Datasette
from faultserver import GOOD_ARTICLES, FaultServer, list_html
from scrapy.utils.test import get_crawler

from crawler.monitors import run_health_checks


@pytest.fixture(scope="module")
def clean_site():
    """The fault server with only good pages: a healthy site."""
    with FaultServer() as server:
        server.pages["/list.html"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                      list_html(GOOD_ARTICLES, None).encode())
        yield server


def run(tmp_path: Path, spider: str, server: FaultServer) -> tuple[int, str, sqlite3.Connection]:
    db = tmp_path / f"{spider}.db"
    result = crawl(db, spider, settings=dict(FAST_LOCAL, GOVCASES_TEST_BASE_URL=server.base_url))
    return result.returncode, result.stderr, sqlite3.connect(db)


def test_healthy_site_passes(tmp_path: Path, clean_site: FaultServer) -> None:
    code, stderr, db = run(tmp_path, "fault_site", clean_site)
    assert code == 0, stderr[-2000:]
    assert db.execute("select status, reason, items from crawl_runs").fetchone() == ("finished", None, 4)


def test_selectors_that_stop_matching_fail_the_crawl(tmp_path: Path, clean_site: FaultServer) -> None:
    code, stderr, db = run(tmp_path, "broken_selectors", clean_site)
    assert code != 0
    assert "health checks failed" in stderr and "broken_selectors" in stderr
    status, reason = db.execute("select status, reason from crawl_runs").fetchone()
    assert status == "failed checks"
    assert "fell back to generic extraction on 100% of 4 article pages" in reason


def test_list_pages_without_links_fail_the_crawl(tmp_path: Path, clean_site: FaultServer) -> None:
    code, _, db = run(tmp_path, "no_links", clean_site)
    assert code != 0
    status, reason = db.execute("select status, reason from crawl_runs").fetchone()
    assert status == "failed checks" and reason.startswith("0 articles archived")


def test_health_canned_query_shows_the_failure(tmp_path: Path, clean_site: FaultServer) -> None:
    run(tmp_path, "broken_selectors", clean_site)
    metadata = json.loads((REPO / "datasette_metadata.json").read_text(encoding="utf-8"))
    archive = tmp_path / "archive.db"
    (tmp_path / "broken_selectors.db").rename(archive)

    async def fetch() -> list[dict]:
        datasette = Datasette([str(archive)], metadata=metadata)
        response = await datasette.client.get("/archive/crawl_health.json?_shape=array")
        assert response.status_code == 200, response.text
        return response.json()

    (row,) = asyncio.run(fetch())
    assert row["status"] == "failed checks" and "fell back" in row["failed_checks"]


def stats_crawler(stats: dict, **settings):
    crawler = get_crawler(settings_dict={"GOVCASES_MIN_ITEMS": 1, "GOVCASES_MIN_FIELD_COVERAGE": 0.8,
                                         "GOVCASES_MAX_ERROR_RATE": 0.2, "GOVCASES_MAX_FALLBACK_RATE": 0.5,
                                         **settings})
    crawler.spider = type("S", (), {"name": "s"})()
    for key, value in stats.items():
        crawler.stats.set_value(key, value)
    return crawler


HEALTHY = {"item_scraped_count": 10, "response_received_count": 20, "govcases/article_pages": 12,
           "govcases/field/title": 10, "govcases/field/published_at": 10, "govcases/field/text": 10}


def test_healthy_stats_pass() -> None:
    assert run_health_checks(stats_crawler(HEALTHY), errors=1) == []


def test_error_rate_fails() -> None:
    (failure,) = run_health_checks(stats_crawler(HEALTHY), errors=8)
    assert failure.startswith("8 errors in 20 requests (40%)")


def test_missing_dates_fail_coverage() -> None:
    crawler = stats_crawler(dict(HEALTHY, **{"govcases/field/published_at": 5}))
    (failure,) = run_health_checks(crawler, errors=0)
    assert failure.startswith("published_at found in 50% of 10 articles")
    assert crawler.stats.get_value("govcases/health/failed") == failure


def test_incremental_run_with_no_new_article_is_healthy() -> None:
    stats = {"response_received_count": 3, "govcases/incremental/skipped/archived": 6}
    assert run_health_checks(stats_crawler(stats), errors=0) == []
