"""``govcases merge``: node archives combine the same way in any order, nothing twice, newest fetch per URL.

Node databases are written through :class:`crawler.archive.Archive` (the crawl's own writer) with overlapping
URLs, runs and errors; the Scrapyd test (tests/test_scrapyd.py) does the same with real crawls on two nodes.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from crawler.archive import Archive
from crawler.archive.merge import MergeError, merge_archives

LONG = "城市治理最佳实践案例评选活动今日启动，面向全市征集基层治理创新做法，评审结果将于年底公布。"


def node(path: Path, spider: str, articles: list[tuple[str, str, str]], started: str) -> Path:
    """A node archive: one run of ``spider`` archiving (url, text, fetched_at) and one error."""
    archive = Archive(path)
    archive.register_source(spider, spider.upper(), f"https://{spider}.example/", [f"{spider}.example"])
    run = archive.start_run(spider, offline=True)
    archive.db["crawl_runs"].update(run, {"started_at": started})
    for url, text, fetched in articles:
        archive.save_article({"url": url, "source_id": spider, "title": text[:10], "text": text,
                              "published_at": "2021-07-20"}, run)
        archive.db["articles"].update(url, {"fetched_at": fetched, "first_fetched_at": fetched})
        # facts with a node-local integer id (cases.id): both nodes number their first case 1
        archive.save_facts(url, {"series": "城市治理最佳实践案例评选", "edition": 2, "stage": "results",
                                 "cases": [{"name": f"{text[0]}案例", "unit": f"{spider}单位"}]}, [])
    archive.record_error(run, spider, f"https://{spider}.example/dead", "http_404")
    archive.finish_run(run, status="finished", pages=3, items=len(articles), errors=1)
    return path


def content(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted: what "identical archives" means."""
    db = sqlite_utils.Database(path)
    return {t: sorted(tuple(r.values()) for r in db[t].rows) for t in sorted(db.table_names())
            if not t.endswith(("_fts", "_config", "_data", "_idx", "_docsize", "_content"))}


@pytest.fixture
def nodes(tmp_path: Path) -> tuple[Path, Path]:
    a = node(tmp_path / "a.db", "alpha", [("https://alpha.example/1", "甲" + LONG, "2024-01-01T10:00:00+08:00"),
                                           ("https://shared.example/x", "旧" + LONG, "2024-01-01T10:00:00+08:00")],
             started="2024-01-01T09:00:00+08:00")
    b = node(tmp_path / "b.db", "beta", [("https://beta.example/2", "乙" + LONG, "2024-01-02T10:00:00+08:00"),
                                          ("https://shared.example/x", "新" + LONG, "2024-01-02T11:00:00+08:00")],
             started="2024-01-02T09:00:00+08:00")
    return a, b


def test_either_order_gives_identical_archives(nodes: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = nodes
    merge_archives([a, b], tmp_path / "ab.db")
    merge_archives([b, a], tmp_path / "ba.db")
    assert content(tmp_path / "ab.db") == content(tmp_path / "ba.db")


def test_nothing_twice_newest_fetch_wins_runs_renumbered(nodes: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = nodes
    target = tmp_path / "all.db"
    report = merge_archives([a, b], target)
    db = sqlite_utils.Database(target)
    assert (report.articles, report.duplicate_urls, report.runs, report.errors) == (3, 1, 2, 2)
    shared = db["articles"].get("https://shared.example/x")
    assert shared["text"].startswith("新")  # beta fetched it later
    assert shared["first_fetched_at"] == "2024-01-01T10:00:00+08:00"  # alpha saw it first
    runs = {r["id"]: r["spider"] for r in db["crawl_runs"].rows}
    assert runs == {1: "alpha", 2: "beta"}  # renumbered in start order
    assert shared["run_id"] == 2
    errors = {(r["run_id"], r["spider"]) for r in db["crawl_errors"].rows}
    assert errors == {(1, "alpha"), (2, "beta")}
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    cases = {(r["article_url"], r["name"]) for r in db["cases"].rows}
    assert cases == {("https://alpha.example/1", "甲案例"), ("https://beta.example/2", "乙案例"),
                     ("https://shared.example/x", "新案例")}  # every node's case kept; the shared URL's from the newest
    assert db["events"].count == 3
    # the search index follows the rewrite: each merged article found once
    assert db.execute("select count(*), count(distinct rowid) from articles_fts").fetchone() == (3, 3)


def test_merging_again_changes_nothing(nodes: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = nodes
    target = tmp_path / "all.db"
    merge_archives([a, b], target)
    once = content(target)
    merge_archives([b, a], target)
    merge_archives([a], target)
    assert content(target) == once


def test_merge_into_an_existing_archive_keeps_its_rows(nodes: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = nodes
    target = tmp_path / "all.db"
    merge_archives([a], target)
    merge_archives([b], target)
    merge_archives([a, b], tmp_path / "once.db")
    assert content(target) == content(tmp_path / "once.db")


def test_bad_inputs_are_refused_and_nothing_is_written(nodes: tuple[Path, Path], tmp_path: Path) -> None:
    a, _ = nodes
    not_sqlite = tmp_path / "notes.db"
    not_sqlite.write_text("not a database")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.close()
    target = tmp_path / "all.db"
    for bad, message in ((not_sqlite, "not a SQLite database"), (other, "not a govcases archive"),
                         (tmp_path / "absent.db", "no such database")):
        with pytest.raises(MergeError, match=message):
            merge_archives([a, bad], target)
    assert not target.exists()


def test_merge_command_line(nodes: tuple[Path, Path], tmp_path: Path) -> None:
    a, b = nodes
    target = tmp_path / "cli.db"
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "merge", str(a), str(b), "--into", str(target)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "3 articles (1 held by more than one input" in done.stdout
    failed = subprocess.run([sys.executable, "-m", "crawler.cli", "merge", str(a), "--into", str(a)],
                            capture_output=True, text=True)
    assert failed.returncode == 0  # the target among the inputs takes part once
