"""``govcases schedule``: the printed cron entry really runs a crawl, keeps its log and shows a failure to cron."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from crawler.cli.ops import cron_entry


def schedule(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.cli", "schedule", *args], capture_output=True, text=True,
                          env=env, check=True)


def run_like_cron(entry: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run the entry's command as cron would: /bin/sh, "%" unescaped, HOME as the working directory."""
    line = [x for x in entry.splitlines() if not x.startswith("#")][0]
    command = line.split(" ", 5)[5].replace("\\%", "%")
    return subprocess.run(["/bin/sh", "-c", command], capture_output=True, text=True, cwd=tmp_path, timeout=300,
                          env={"PATH": os.environ["PATH"], "HOME": str(tmp_path)})


def test_printed_entry_crawls_and_keeps_the_log(tmp_path: Path) -> None:
    db, logs = tmp_path / "archive.db", tmp_path / "logs"
    entry = schedule("--db", str(db), "--log-dir", str(logs), "--every", "hourly", "--offline", "sjtu_news").stdout
    assert re.match(r"# govcases:crawl\n7 \* \* \* \* ", entry)
    done = run_like_cron(entry, tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""  # nothing for cron to mail when all is well
    assert sqlite_utils.Database(db)["articles"].count > 0
    (log,) = logs.glob("crawl-*.log")
    assert "articles archived" in log.read_text()
    assert (logs / "status.log").read_text().strip().endswith("crawl exit=0")


def test_a_failed_crawl_is_visible_to_cron(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    entry = cron_entry(db=tmp_path / "archive.db", log_dir=logs, schedule="daily", spiders=("no_such_spider",),
                       offline=True)
    done = run_like_cron(entry, tmp_path)
    assert done.returncode != 0
    assert f"failed (exit {done.returncode})" in done.stdout  # cron mails this line
    assert f"crawl exit={done.returncode}" in (logs / "status.log").read_text()
    assert "unknown spider" in next(logs.glob("crawl-*.log")).read_text()


def test_install_replaces_its_own_entry_and_keeps_the_others(tmp_path: Path) -> None:
    # A stand-in for crontab(1) on PATH, so the test never touches the real user's crontab.
    table = tmp_path / "crontab.txt"
    table.write_text("MAILTO=me@example.org\n0 1 * * * backup\n")
    fake = tmp_path / "bin" / "crontab"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\nif [ "$1" = "-l" ]; then cat {table}; else cat > {table}; fi\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    env = dict(os.environ, PATH=f"{fake.parent}:{os.environ['PATH']}")
    schedule("--db", str(tmp_path / "a.db"), "--install", env=env)
    schedule("--db", str(tmp_path / "b.db"), "--every", "weekly", "--install", env=env)
    lines = table.read_text().splitlines()
    assert lines[:2] == ["MAILTO=me@example.org", "0 1 * * * backup"]
    assert lines.count("# govcases:crawl") == 1
    assert lines[3].startswith("17 3 * * 1 ") and "b.db" in lines[3] and len(lines) == 4
