"""The archive: one SQLite file (sqlite-utils) holding every article, every crawl run and what failed.

:class:`Archive` is the only writer. It opens the database in WAL mode (so Datasette can read while a crawl
writes), creates the schema on first use, and upserts articles by URL so a re-crawl updates rows and never
duplicates them.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.archive.dedup import ensure_dedup_schema
from crawler.archive.facts import ensure_facts_schema, save_facts
from crawler.archive.search import SEARCH_INDEXES, ensure_search_index, index_row
from crawler.archive.transaction import write_transaction

BEIJING = timezone(timedelta(hours=8))


def now() -> str:
    """The current time as ISO 8601 in Beijing time, the archive's one time zone."""
    return datetime.now(UTC).astimezone(BEIJING).isoformat(timespec="seconds")


class Archive:
    """Open (and if need be create) the archive at ``path``."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = sqlite_utils.Database(self.path)
        # WAL lets Datasette read while a crawl writes; busy_timeout makes a writer wait rather than fail.
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA busy_timeout=10000")
        # Transactions Python opens take the write lock at once (BEGIN IMMEDIATE), waiting up to busy_timeout; see
        # save_article for why a deferred BEGIN fails when two processes (two Scrapyd jobs) write one archive.
        self.db.conn.isolation_level = "IMMEDIATE"
        self.db.execute("PRAGMA foreign_keys=ON")
        with write_transaction(self.db):  # two processes may open a new archive at once (Scrapyd jobs)
            ensure_schema(self.db)

    # --- sources and runs -------------------------------------------------------------------------------
    def register_source(self, source_id: str, name: str, home_url: str, domains: list[str]) -> None:
        self.db["sources"].upsert(
            {"id": source_id, "name": name, "home_url": home_url, "domains": json.dumps(domains)}, pk="id")

    def start_run(self, spider: str, offline: bool) -> int:
        table = self.db["crawl_runs"]
        # pid and host let the next crawl tell a killed run from one still going (crawler.archive.runs)
        table.insert({"spider": spider, "started_at": now(), "status": "running", "offline": int(offline),
                      "pages": 0, "items": 0, "errors": 0, "pid": os.getpid(), "host": socket.gethostname()},
                     alter=True)
        return table.last_pk

    def finish_run(self, run_id: int, *, status: str, pages: int, items: int, errors: int,
                   reason: str | None = None) -> None:
        self.db["crawl_runs"].update(run_id, {"finished_at": now(), "status": status, "pages": pages,
                                              "items": items, "errors": errors, "reason": reason})

    def record_error(self, run_id: int | None, spider: str, url: str, reason: str, detail: str = "") -> None:
        self.db["crawl_errors"].insert({"run_id": run_id, "spider": spider, "url": url, "reason": reason,
                                        "detail": detail[:2000], "at": now()})

    # --- articles ---------------------------------------------------------------------------------------
    def save_article(self, row: dict[str, Any], run_id: int | None, fetched_at: str | None = None) -> None:
        """Insert or update one article by URL; keeps the first fetch time, moves the rest forward.

        ``fetched_at`` defaults to now; ``govcases reparse`` passes the row's own fetch time, which it keeps.
        """
        fetched = fetched_at or now()
        row = dict(row, run_id=run_id, fetched_at=fetched,
                   content_hash=hashlib.sha256((row.get("text") or "").encode()).hexdigest())
        published = row.get("published_at") or ""
        row["published_date"] = published[:10] or None
        row["year"] = int(published[:4]) if published[:4].isdigit() else None
        with write_transaction(self.db):
            self.db["articles"].upsert(row, pk="url", alter=True)
            self.db.execute("UPDATE articles SET first_fetched_at = ? WHERE url = ? AND first_fetched_at IS NULL",
                            [fetched, row["url"]])
            index_row(self.db, "articles", "url = ?", [row["url"]])  # the Chinese search index (archive/search.py)

    def save_facts(self, url: str, announcement: dict | None, quality_flags: list[str]) -> None:
        """Replace the announcement facts of the archived article at ``url`` (see ``archive/facts.py``)."""
        save_facts(self.db, url, announcement, quality_flags)


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the core tables and indexes if they are missing (idempotent)."""
    if "sources" not in db.table_names():
        db["sources"].create({"id": str, "name": str, "home_url": str, "domains": str}, pk="id")
    if "crawl_runs" not in db.table_names():
        db["crawl_runs"].create({
            "id": int, "spider": str, "started_at": str, "finished_at": str, "status": str, "offline": int,
            "pages": int, "items": int, "errors": int, "reason": str,
        }, pk="id")
    if "articles" not in db.table_names():
        db["articles"].create({
            "url": str, "source_id": str, "title": str, "published_at": str, "published_date": str,
            "year": int, "origin": str, "author": str, "editor": str, "text": str, "list_url": str,
            "capture_kind": str, "made_from": str, "encoding": str, "fallback_fields": str,
            "content_hash": str, "first_fetched_at": str, "fetched_at": str, "run_id": int,
        }, pk="url", foreign_keys=[("source_id", "sources", "id"), ("run_id", "crawl_runs", "id")])
        for columns in (["published_at"], ["published_date"], ["source_id"], ["year"], ["run_id"],
                        ["capture_kind"]):
            db["articles"].create_index(columns, if_not_exists=True)
    if "crawl_errors" not in db.table_names():
        db["crawl_errors"].create({
            "id": int, "run_id": int, "spider": str, "url": str, "reason": str, "detail": str, "at": str,
        }, pk="id", foreign_keys=[("run_id", "crawl_runs", "id")])
        db["crawl_errors"].create_index(["run_id"], if_not_exists=True)
        db["crawl_errors"].create_index(["reason"], if_not_exists=True)
    ensure_facts_schema(db)  # the announcement facts' tables (archive/facts.py)
    # The search indexes and the republication columns too, now rather than on first use: a schema change in the
    # middle of a crawl can make a reader (Datasette serving the archive meanwhile) fail one query.
    for index in SEARCH_INDEXES:
        ensure_search_index(db, index)
    ensure_dedup_schema(db)  # nests as a savepoint inside the opening transaction
