"""Views that Datasette serves beside the tables: articles with their competition facts, and the flat per-case
dataset. Plain SQL views, so stock sqlite3, `govcases export` and any SQLite client read them too; (re)created at
the end of every crawl and when the archive is served, and only when the tables they read exist.
"""

from __future__ import annotations

import sqlite_utils

from crawler.archive.search import sync_search_index
from crawler.archive.transaction import write_transaction

VIEWS: dict[str, tuple[set[str], str]] = {
    # One row per article with the facts of its event; searchable through articles_fts by article_rowid.
    "article_overview": ({"articles", "events", "series", "cases"}, """
        select a.rowid as article_rowid, a.url, a.title, a.published_at, a.published_date, a.year, a.source_id,
               s.name as series, e.series_id, e.edition, e.stage, e.applications, e.selected,
               (select count(*) from cases c where c.article_url = a.url) as cases_listed
        from articles a
        left join events e on e.article_url = a.url
        left join series s on s.id = e.series_id"""),
    # The flat per-case dataset researchers take to R or Stata.
    "case_facts": ({"articles", "events", "series", "cases"}, """
        select c.id as case_id, c.name as case_name, c.unit, c.district, c.tier, c.position,
               s.name as series, e.series_id, e.edition, e.year, e.stage,
               c.article_url, a.title as article_title, a.published_date, a.source_id
        from cases c
        join events e on e.article_url = c.article_url
        left join series s on s.id = e.series_id
        join articles a on a.url = c.article_url"""),
}


def replace_view(db: sqlite_utils.Database, name: str, sql: str) -> bool:
    """Make view ``name`` read ``sql``; True when it had to be (re)created.

    A view that already reads ``sql`` is left alone: every drop-and-create is a schema change, and a schema change
    while a crawl runs can fail a query of a reader (Datasette) serving the archive meanwhile.
    """
    create = f"CREATE VIEW [{name}] AS {sql.strip()}"
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]).fetchone()
    if row and row[0] == create:
        return False
    with write_transaction(db):
        db.execute(f"DROP VIEW IF EXISTS [{name}]")
        db.execute(create)
    return True


def ensure_views(db: sqlite_utils.Database) -> list[str]:
    """Create (or update) the views whose tables exist; return their names."""
    tables = set(db.table_names())
    present = []
    for name, (needs, sql) in VIEWS.items():
        if needs <= tables:
            replace_view(db, name, sql)
            present.append(name)
    return present


def prepare_for_serving(db: sqlite_utils.Database) -> dict[str, int]:
    """Bring the search indexes up to date and the views in place; returns rows indexed per table."""
    indexed = sync_search_index(db)
    ensure_views(db)
    return indexed
