"""Resume: a crawl killed with SIGKILL mid-run, started again, ends with exactly the rows of an uninterrupted crawl."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from crawling import REPO, crawl, crawl_command

SPIDERS = ("sjtu_news", "sipa", "mbachina", "chinanews_sh", "cnfin", "xinhua", "people_sh", "ciug")
CONTENT = "url, source_id, title, published_at, origin, author, editor, text, list_url, capture_kind, content_hash"


def articles(db: Path) -> list[tuple]:
    return sqlite3.connect(db).execute(f"select {CONTENT} from articles order by url").fetchall()


def count(db: Path, table: str) -> int:
    try:
        return sqlite3.connect(db, timeout=10).execute(f"select count(*) from [{table}]").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("reference") / "archive.db"
    result = crawl(db, *SPIDERS, offline=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return db


def test_killed_crawl_resumes_to_the_same_rows(uninterrupted: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    expected = articles(uninterrupted)
    slow = crawl_command(db, *SPIDERS, offline=True, settings={"GOVCASES_REPLAY_DELAY": "0.6"})
    process = subprocess.Popen(slow, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while count(db, "articles") < 3 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    at_kill = count(db, "articles")
    assert 3 <= at_kill < len(expected), "the crawl was not killed mid-run"

    result = crawl(db, *SPIDERS, offline=True)
    assert result.returncode == 0, result.stderr[-3000:]

    assert articles(db) == expected  # nothing lost, nothing twice, same content
    conn = sqlite3.connect(db)
    assert conn.execute("pragma integrity_check").fetchone() == ("ok",)
    for table in ("events", "cases", "event_organisations"):
        assert count(db, table) == count(uninterrupted, table), table
    statuses = conn.execute("select status, count(*) from crawl_runs group by status").fetchall()
    assert dict(statuses) == {"killed": len(SPIDERS), "finished": len(SPIDERS)}
    reason = conn.execute("select reason from crawl_runs where status = 'killed' limit 1").fetchone()[0]
    assert "killed" in reason
