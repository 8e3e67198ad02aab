"""End to end: a real crawl over the replayed snapshot into a temporary archive, run twice."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sqlite_utils


def crawl(db: Path, *spiders: str) -> None:
    # A subprocess: Twisted's reactor cannot be restarted inside one test process.
    subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--db", str(db), *spiders],
                   check=True, capture_output=True)


def test_crawl_twice_same_rows_updated_fetch_time(tmp_db: Path) -> None:
    crawl(tmp_db)
    db = sqlite_utils.Database(tmp_db)
    first = {r["url"]: r for r in db["articles"].rows}
    assert first, "the snapshot crawl archived no article"
    crawl(tmp_db, "--full")  # re-fetch every article (by default a re-crawl skips archived ones)
    second = {r["url"]: r for r in db["articles"].rows}
    assert second.keys() == first.keys()
    assert db["articles"].count == len(first)
    for url, row in second.items():
        assert row["run_id"] != first[url]["run_id"]
        assert row["first_fetched_at"] == first[url]["first_fetched_at"]
        assert row["fetched_at"] >= first[url]["fetched_at"]
    runs = list(db["crawl_runs"].rows)
    assert {r["status"] for r in runs} == {"finished"}
