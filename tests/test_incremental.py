"""Incremental re-crawls: the second crawl of an unchanged site fetches its list pages and no archived article."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from crawling import FAST_LOCAL, REPO, crawl
from faultserver import GOOD_ARTICLES, FaultServer, list_html

from crawler.fetch.warc import iter_responses

LIST = "http://news.sjtu.edu.cn/jdyw/index.html"
KNOWN = "/jdyw/20231220/193000.html"
NEW = "/jdyw/20241220/200000.html"


def fetched_by_run(folder: Path) -> dict[int, Counter]:
    """Per run, how many responses of each callback the crawl fetched (from the WARC capture)."""
    counts: dict[int, Counter] = {}
    for capture in iter_responses(folder, folder / "warc"):
        counts.setdefault(capture.run_id, Counter())[capture.callback] += 1
    return counts


@pytest.fixture(scope="module")
def snapshot_copy(tmp_path_factory) -> Path:
    """A copy of the bundled snapshot that a test can add pages to (a site publishing a new article)."""
    copy = tmp_path_factory.mktemp("snapshot") / "snapshot"
    shutil.copytree(REPO / "snapshot", copy)
    return copy


@pytest.fixture(scope="module")
def two_crawls(tmp_path_factory, snapshot_copy: Path) -> tuple[Path, sqlite3.Connection, dict]:
    folder = tmp_path_factory.mktemp("incremental")
    settings = {"GOVCASES_SNAPSHOT_MANIFEST": str(snapshot_copy / "manifest.json")}
    for _ in range(2):
        result = crawl(folder / "archive.db", "sjtu_news", "people_sh", offline=True, settings=settings)
        assert result.returncode == 0, result.stderr[-3000:]
    return folder, sqlite3.connect(folder / "archive.db"), settings


def test_second_crawl_fetches_lists_but_no_archived_article(two_crawls) -> None:
    folder, db, _ = two_crawls
    counts = fetched_by_run(folder)
    first_runs, second_runs = sorted(counts)[:2], sorted(counts)[2:4]
    first = sum((counts[r] for r in first_runs), Counter())
    second = sum((counts[r] for r in second_runs), Counter())
    assert first["parse_article"] >= 3
    assert second["parse_article"] == 0
    assert second["parse"] == first["parse"] > 0  # the list pages, every time
    archived = db.execute("select count(*) from articles").fetchone()[0]
    assert archived >= 3
    # nothing was re-fetched, so every article keeps the run and time of its first fetch
    assert {r for (r,) in db.execute("select distinct run_id from articles")} <= set(first_runs)


def test_new_article_is_picked_up(two_crawls, snapshot_copy: Path) -> None:
    folder, db, settings = two_crawls
    sites = snapshot_copy / "sites" / "news.sjtu.edu.cn"
    page = (sites / KNOWN.lstrip("/")).read_text(encoding="utf-8").replace("第四届", "第五届")
    (sites / NEW.lstrip("/")).parent.mkdir(parents=True, exist_ok=True)
    (sites / NEW.lstrip("/")).write_text(page, encoding="utf-8")
    listing = sites / "jdyw" / "index.html"
    listing.write_text(listing.read_text(encoding="utf-8").replace(
        f'href="{KNOWN}"', f'href="{NEW}"><h2>第五届上海城市治理最佳实践案例评选结果揭晓</h2></a></li>'
        f'<li class="item"><a class="card" href="{KNOWN}"', 1), encoding="utf-8")
    manifest = json.loads((snapshot_copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["pages"].append({"url": "http://news.sjtu.edu.cn" + NEW, "file": "sites/news.sjtu.edu.cn" + NEW,
                              "kind": "synthetic", "made_from": "test: a new article on an archived site"})
    (snapshot_copy / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    before = db.execute("select count(*) from articles").fetchone()[0]

    result = crawl(folder / "archive.db", "sjtu_news", offline=True, settings=settings)
    assert result.returncode == 0, result.stderr[-3000:]
    last_run = max(fetched_by_run(folder))
    articles = [c.url for c in iter_responses(folder, folder / "warc")
                if c.run_id == last_run and c.callback == "parse_article"]
    assert articles == ["https://news.sjtu.edu.cn" + NEW]
    assert db.execute("select count(*) from articles").fetchone()[0] == before + 1


def test_full_crawl_fetches_everything_again(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    for extra in ((), ("--full",)):
        assert crawl(db_path, "sjtu_news", offline=True, extra=extra).returncode == 0
    counts = fetched_by_run(tmp_path)
    first, second = (counts[r] for r in sorted(counts))
    assert second["parse_article"] == first["parse_article"] > 0


def test_revisit_asks_conditionally_and_keeps_unchanged_rows(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    with FaultServer() as server:
        server.pages["/list.html"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                      list_html(GOOD_ARTICLES, None).encode())
        settings = dict(FAST_LOCAL, GOVCASES_TEST_BASE_URL=server.base_url)
        assert crawl(db_path, "fault_site", settings=settings).returncode == 0
        db = sqlite3.connect(db_path)
        first = dict(db.execute("select url, fetched_at from articles"))
        server.log.clear()
        result = crawl(db_path, "fault_site", settings=dict(settings, GOVCASES_REVISIT_DAYS="0"))
    assert result.returncode == 0, result.stderr[-2000:]
    asked = [hit for hit in server.log if hit.path in GOOD_ARTICLES]
    assert sorted(hit.path for hit in asked) == sorted(GOOD_ARTICLES)  # each archived article asked for again
    assert all(hit.headers.get("If-None-Match", "").startswith('"ok-') for hit in asked)  # ... conditionally
    second = dict(db.execute("select url, fetched_at from articles"))
    assert second.keys() == first.keys()
    assert all(second[url] >= first[url] for url in first)  # 304: only the fetch time moves
    assert db.execute("select count(*) from crawl_errors").fetchone()[0] == 0
    assert db.execute("select status from crawl_runs order by id desc").fetchone()[0] == "finished"
