"""One helper for every write to the archive that must be all-or-nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlite_utils


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One transaction that takes the write lock when it begins (``BEGIN IMMEDIATE``), waiting up to busy_timeout.

    Why not ``with db.conn:``: sqlite-utils' ``db.execute()`` commits a write at once when no transaction is open,
    so a ``with db.conn:`` block is a series of separate commits, and a crawl killed inside it leaves half a write.
    Why IMMEDIATE: with a deferred ``BEGIN`` a transaction that reads before it writes (the FTS5 index reads its
    config, DDL reads the schema) fails at once with "database is locked" when another process (a second Scrapyd job
    on the same archive) commits in between; SQLite does not wait in that case.
    Nested inside an open transaction it becomes a savepoint, so callers compose (an article row and its facts).
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
