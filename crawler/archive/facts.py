"""The announcement facts' tables, and writing one article's facts into them.

Tables (foreign keys let Datasette show labels and link across them):

* ``series`` (id = the folded series key, name shown) — one row per competition, shared by its editions;
* ``events`` — one row per announcement article: series, edition, year, stage, counts and key dates;
* ``organisations`` (id = canonical name, aliases) and ``event_organisations`` (event, organisation, role);
* ``cases`` (name, unit, district, tier) of an event;
* ``districts`` and ``article_districts``, the districts an article names.

:func:`save_facts` replaces an article's facts in one transaction, so a re-parse never duplicates rows; every
row records the ``PARSER_VERSION`` that wrote it.
"""

from __future__ import annotations

import json

import sqlite_utils

from crawler.archive.search import index_row
from crawler.archive.transaction import write_transaction
from crawler.parse import PARSER_VERSION
from crawler.parse.organisers import organisation_aliases
from crawler.parse.series import series_key

# Tables holding one article's facts, children first (the order facts are deleted in).
ARTICLE_FACT_TABLES = ("event_organisations", "cases", "article_districts", "events")


def ensure_facts_schema(db: sqlite_utils.Database) -> None:
    """Create the facts tables and the articles' facts columns if they are missing (idempotent)."""
    tables = set(db.table_names())
    if "articles" in tables:
        columns = db["articles"].columns_dict
        for column in ("quality_flags", "parser_version"):
            if column not in columns:
                db["articles"].add_column(column, str)
    if "series" not in tables:
        db["series"].create({"id": str, "name": str, "parser_version": str}, pk="id")
    if "organisations" not in tables:
        db["organisations"].create({"id": str, "name": str, "aliases": str, "parser_version": str}, pk="id")
    if "districts" not in tables:
        db["districts"].create({"name": str}, pk="name")
    if "events" not in tables:
        db["events"].create({
            "article_url": str, "series_id": str, "edition": int, "year": int, "stage": str,
            "applications": int, "applications_qualifier": str, "selected": int, "by_tier": str,
            "date_event": str, "date_launch": str, "date_release": str, "date_deadline": str,
            "date_results_expected": str, "parser_version": str,
        }, pk="article_url", foreign_keys=[("article_url", "articles", "url"), ("series_id", "series", "id")])
        for columns in (["series_id"], ["year"], ["stage"], ["series_id", "edition"]):
            db["events"].create_index(columns, if_not_exists=True)
    if "event_organisations" not in tables:
        db["event_organisations"].create(
            {"article_url": str, "organisation_id": str, "role": str, "parser_version": str},
            pk=("article_url", "organisation_id", "role"),
            foreign_keys=[("article_url", "events", "article_url"), ("organisation_id", "organisations", "id")])
        db["event_organisations"].create_index(["organisation_id"], if_not_exists=True)
        db["event_organisations"].create_index(["role"], if_not_exists=True)
    if "cases" not in tables:
        db["cases"].create({
            "id": int, "article_url": str, "position": int, "name": str, "unit": str, "district": str, "tier": str,
            "parser_version": str,
        }, pk="id", foreign_keys=[("article_url", "events", "article_url")])
        for columns in (["article_url"], ["district"], ["tier"]):
            db["cases"].create_index(columns, if_not_exists=True)
    if "article_districts" not in tables:
        db["article_districts"].create(
            {"article_url": str, "district": str, "parser_version": str}, pk=("article_url", "district"),
            foreign_keys=[("article_url", "articles", "url"), ("district", "districts", "name")])
        db["article_districts"].create_index(["district"], if_not_exists=True)


def save_facts(db: sqlite_utils.Database, url: str, announcement: dict | None, quality_flags: list[str]) -> None:
    """Replace the facts of the article at ``url`` (which must already be archived) with these.

    ``announcement`` is :func:`crawler.parse.announcement.parse_announcement`'s dict, or ``None`` for a page that
    is not an announcement (its old facts, if any, are removed).
    """
    with write_transaction(db):
        for table in ARTICLE_FACT_TABLES:
            db.execute(f"DELETE FROM [{table}] WHERE article_url = ?", [url])
        db.execute("UPDATE articles SET quality_flags = ?, parser_version = ? WHERE url = ?",
                   [json.dumps(quality_flags, ensure_ascii=False) if quality_flags else None, PARSER_VERSION, url])
        if announcement is None:
            return
        _save_event(db, url, announcement)
        for organiser in announcement.get("organisers") or []:
            name = organiser["name"]
            aliases = organisation_aliases(name)
            db["organisations"].upsert({"id": name, "name": name, "parser_version": PARSER_VERSION,
                                        "aliases": json.dumps(aliases, ensure_ascii=False) if aliases else None},
                                       pk="id")
            db["event_organisations"].upsert({"article_url": url, "organisation_id": name, "role": organiser["role"],
                                              "parser_version": PARSER_VERSION},
                                             pk=("article_url", "organisation_id", "role"))
        db["cases"].insert_all(
            ({"article_url": url, "position": i, "name": case.get("name"), "unit": case.get("unit"),
              "district": case.get("district"), "tier": case.get("tier"), "parser_version": PARSER_VERSION}
             for i, case in enumerate(announcement.get("cases") or [], start=1)), pk="id")
        index_row(db, "cases", "article_url = ?", [url])  # the cases' search index (archive/search.py)
        for district in announcement.get("districts") or []:
            db["districts"].insert({"name": district}, pk="name", ignore=True)
            db["article_districts"].upsert({"article_url": url, "district": district,
                                            "parser_version": PARSER_VERSION}, pk=("article_url", "district"))


def _save_event(db: sqlite_utils.Database, url: str, announcement: dict) -> None:
    series_id = None
    if announcement.get("series"):
        series_id = series_key(announcement["series"])
        # The first name seen for a series stays its shown name; later variants fold onto it by the key.
        db["series"].insert({"id": series_id, "name": announcement["series"], "parser_version": PARSER_VERSION},
                            pk="id", ignore=True)
    counts = announcement.get("counts") or {}
    dates = announcement.get("dates") or {}
    db["events"].insert({
        "article_url": url, "series_id": series_id, "edition": announcement.get("edition"),
        "year": announcement.get("year"), "stage": announcement.get("stage"),
        "applications": counts.get("applications"), "applications_qualifier": counts.get("applications_qualifier"),
        "selected": counts.get("selected"),
        "by_tier": json.dumps(counts["by_tier"], ensure_ascii=False) if counts.get("by_tier") else None,
        "date_event": dates.get("event"), "date_launch": dates.get("launch"), "date_release": dates.get("release"),
        "date_deadline": dates.get("deadline"), "date_results_expected": dates.get("results_expected"),
        "parser_version": PARSER_VERSION,
    }, pk="article_url")
