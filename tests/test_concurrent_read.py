"""Serving while crawling: Datasette reads archive.db while a crawl writes it, and neither side sees a lock error."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import time
from pathlib import Path

from crawling import REPO, crawl_command
from datasette.app import Datasette

SPIDERS = ("sjtu_news", "sipa", "mbachina", "chinanews_sh", "cnfin", "xinhua", "people_sh", "ciug")
PATHS = ("/archive/articles.json?_shape=array&_size=50", "/archive/crawl_health.json?_shape=array",
         "/archive/articles.json?_shape=array&_search=%E6%B2%BB%E7%90%86", "/archive/crawl_errors.json?_shape=array")


def articles_exist(db: Path) -> bool:
    try:
        return sqlite3.connect(db, timeout=5).execute("select count(*) from articles").fetchone()[0] > 0
    except sqlite3.OperationalError:
        return False


async def read_while(process: subprocess.Popen, db: Path) -> tuple[int, list[int], list[str]]:
    metadata = json.loads((REPO / "datasette_metadata.json").read_text(encoding="utf-8"))
    datasette = Datasette([str(db)], metadata=metadata)
    reads, seen_counts, problems = 0, [], []
    while process.poll() is None:
        for path in PATHS:
            response = await datasette.client.get(path)
            reads += 1
            if response.status_code != 200 or "locked" in response.text:
                problems.append(f"{path}: {response.status_code} {response.text[:200]}")
            elif path == PATHS[0]:
                seen_counts.append(len(response.json()))
        await asyncio.sleep(0.02)
    return reads, seen_counts, problems


def test_datasette_reads_during_a_crawl(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    command = crawl_command(db, *SPIDERS, offline=True, settings={"GOVCASES_REPLAY_DELAY": "0.5"})
    process = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while not articles_exist(db) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, "the crawl ended before the reads began"
        reads, seen_counts, problems = asyncio.run(read_while(process, db))
        _, stderr = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr[-3000:]
    assert problems == []
    assert "database is locked" not in stderr
    assert reads >= 20
    # the reads saw the archive grow while the crawl wrote it
    assert seen_counts[0] < seen_counts[-1]
