"""Combine the archives of several crawl nodes into one: ``govcases merge A.db B.db … --into archive.db``.

When one machine is not enough, each Scrapyd node crawls a share of the spiders into its own database; merging
gathers them. The merge is a pure function of the *set* of rows in the inputs and the target:

- the same result in any order of the inputs, and merging again changes nothing (idempotent);
- one row per article URL: the newest fetch wins (latest ``fetched_at``; ties broken by content hash, then by the
  whole row, so two nodes never leave the result to chance); ``first_fetched_at`` is the earliest over all copies;
- crawl runs are identified by what they are (spider, start time, offline, host, pid), not by their node-local id,
  and are renumbered 1..n in start order; errors are deduplicated and renumbered the same way, ``run_id`` rewritten;
- any other table keyed by article URL (a ``url`` or ``article_url`` column: facts, flags) travels with the winning
  copy of its article; other tables are united by primary key, except node-local integer ids (``cases.id``), which
  are united by content and renumbered; republication groups are recomputed;
- WARC files the rows point to (``warc_file``, relative to the database's folder) are copied beside the target.

Nothing is written unless every input reads cleanly; the rewrite happens in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.archive import Archive
from crawler.archive.dedup import refresh_groups
from crawler.archive.search import sync_search_index
from crawler.archive.transaction import write_transaction

CORE = ("sources", "crawl_runs", "articles", "crawl_errors")
RECOMPUTED = ("republication_groups",)
URL_COLUMNS = ("url", "article_url")


class MergeError(ValueError):
    """An input is missing, is not a govcases archive, or would overwrite different bytes."""


@dataclass
class Node:
    """One database's rows, read before anything is written."""

    path: Path
    sources: list[dict]
    runs: dict[int, dict]  # node-local id -> row
    articles: list[dict]
    errors: list[dict]
    others: dict[str, list[dict]] = field(default_factory=dict)
    keys: dict[str, list[str]] = field(default_factory=dict)  # table -> primary key columns ([] for rowid tables)
    numbered: set[str] = field(default_factory=set)  # tables keyed by a node-local integer id (renumbered)


@dataclass(frozen=True)
class MergeReport:
    inputs: int
    sources: int
    runs: int
    articles: int
    errors: int
    duplicate_urls: int  # article URLs held by more than one database (the newest copy kept)
    warc_files_copied: int


def merge_archives(inputs: Iterable[str | Path], into: str | Path) -> MergeReport:
    """Merge ``inputs`` into the archive ``into`` (created if missing; its own rows take part like any input)."""
    target = Path(into)
    paths = [Path(p) for p in inputs]
    for path in paths:
        if not path.is_file():
            raise MergeError(f"{path}: no such database")
    nodes = [read_node(p) for p in paths if not (target.exists() and p.resolve() == target.resolve())]
    target.parent.mkdir(parents=True, exist_ok=True)
    archive = Archive(target)
    nodes.append(read_node(target))

    run_keys, runs = unite_runs(nodes)
    articles, duplicates = unite_articles(nodes, run_keys, runs)
    errors = unite_errors(nodes, run_keys, runs)
    sources = _unite_by_key((s for n in nodes for s in n.sources), key=lambda r: r["id"])
    others = unite_other_tables(nodes, articles, run_keys, runs)
    copied = sum(copy_warc_files(n, target, articles) for n in nodes if n.path != target)

    db = archive.db
    # Other helpers' tables may reference each other in any order: check keys after the rewrite, not row by row.
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with write_transaction(db):
            existing = set(db.table_names())
            for table in [*others, "crawl_errors", "articles", "crawl_runs", "sources"]:
                if table in existing:
                    db.execute(f"delete from [{table}]")
            db["sources"].insert_all(sources, alter=True)
            db["crawl_runs"].insert_all(sorted(runs.values(), key=lambda r: r["id"]), alter=True)
            db["articles"].insert_all([articles[u]["row"] for u in sorted(articles)], alter=True)
            db["crawl_errors"].insert_all(errors, alter=True)
            for table, rows in others.items():
                db[table].insert_all(rows, alter=True)
            broken = db.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MergeError(f"the merged rows break foreign keys (first: {broken[0]}); nothing was written")
    finally:
        db.execute("PRAGMA foreign_keys=ON")
    sync_search_index(db)  # its triggers dropped the rewritten rows from the search index; index them again
    refresh_groups(db)
    return MergeReport(inputs=len(paths), sources=len(sources), runs=len(runs), articles=len(articles),
                       errors=len(errors), duplicate_urls=duplicates, warc_files_copied=copied)


def read_node(path: Path) -> Node:
    """Read every row of one archive; refuse a database that is not one."""
    try:
        db = sqlite_utils.Database(path)
        tables = set(db.table_names())
    except Exception as exc:  # sqlite3.DatabaseError for a file that is not SQLite
        raise MergeError(f"{path}: not a SQLite database ({exc})") from exc
    missing = [t for t in CORE if t not in tables]
    if missing:
        raise MergeError(f"{path}: not a govcases archive (missing tables {missing})")
    node = Node(path=path, sources=list(db["sources"].rows), runs={r["id"]: r for r in db["crawl_runs"].rows},
                articles=list(db["articles"].rows), errors=list(db["crawl_errors"].rows))
    for table in sorted(tables - set(CORE) - set(RECOMPUTED)):
        if _is_internal(db, table):
            continue
        node.others[table] = list(db[table].rows)
        pks = db[table].pks
        node.keys[table] = [] if pks == ["rowid"] else pks
        if len(pks) == 1 and pks != ["rowid"] and db[table].columns_dict[pks[0]] is int:
            node.numbered.add(table)
    return node


def unite_runs(nodes: list[Node]) -> tuple[dict[tuple[int, int], str], dict[str, dict]]:
    """(node index, local run id) -> run key, and run key -> the merged row with its new id."""
    keyed: dict[str, list[dict]] = {}
    local: dict[tuple[int, int], str] = {}
    for index, node in enumerate(nodes):
        for run_id, row in node.runs.items():
            # host and pid (where the archive records them) tell apart two nodes starting a spider the same second
            key = _digest([row.get(c) for c in ("spider", "started_at", "offline", "host", "pid")])
            local[(index, run_id)] = key
            keyed.setdefault(key, []).append(row)
    # The same run seen twice (e.g. merged while still running): keep the most finished copy.
    chosen = {key: max(rows, key=lambda r: (r.get("finished_at") or "", _canonical_json(r)))
              for key, rows in keyed.items()}
    order = sorted(chosen, key=lambda k: (chosen[k].get("started_at") or "", chosen[k].get("spider") or "", k))
    runs = {key: dict(chosen[key], id=new_id) for new_id, key in enumerate(order, start=1)}
    return local, runs


def unite_articles(nodes: list[Node], run_keys: dict[tuple[int, int], str],
                   runs: dict[str, dict]) -> tuple[dict[str, dict], int]:
    """url -> {"row": merged row, "node": index of the winning database}; and how many URLs were held twice."""
    copies: dict[str, list[tuple[int, dict]]] = {}
    for index, node in enumerate(nodes):
        for row in node.articles:
            copies.setdefault(row["url"], []).append((index, row))
    merged = {}
    for url, held in copies.items():
        index, winner = max(held, key=lambda c: (c[1].get("fetched_at") or "", c[1].get("content_hash") or "",
                                                 _canonical_json(c[1])))
        row = dict(winner)
        firsts = [r.get("first_fetched_at") for _, r in held if r.get("first_fetched_at")]
        row["first_fetched_at"] = min(firsts) if firsts else None
        row["run_id"] = _new_run_id(index, winner.get("run_id"), run_keys, runs)
        merged[url] = {"row": row, "node": index}
    return merged, sum(1 for held in copies.values() if len(held) > 1)


def unite_errors(nodes: list[Node], run_keys: dict[tuple[int, int], str], runs: dict[str, dict]) -> list[dict]:
    seen: dict[str, dict] = {}
    for index, node in enumerate(nodes):
        for row in node.errors:
            row = dict(row, run_id=_new_run_id(index, row.get("run_id"), run_keys, runs))
            row.pop("id", None)
            seen.setdefault(_canonical_json(row), row)
    ordered = sorted(seen.values(), key=lambda r: (r.get("at") or "", r.get("run_id") or 0, _canonical_json(r)))
    return [dict(row, id=new_id) for new_id, row in enumerate(ordered, start=1)]


def unite_other_tables(nodes: list[Node], articles: dict[str, dict], run_keys: dict[tuple[int, int], str],
                       runs: dict[str, dict]) -> dict[str, list[dict]]:
    """Rows of the other helpers' tables: URL-keyed rows from the winning copy, the rest united by key;
    a ``run_id`` column is renumbered like the runs."""
    names = sorted({t for n in nodes for t in n.others})
    merged: dict[str, list[dict]] = {}
    for table in names:
        rows = [(i, dict(r, run_id=_new_run_id(i, r["run_id"], run_keys, runs)) if "run_id" in r else r)
                for i, n in enumerate(nodes) for r in n.others.get(table, [])]
        url_column = next((c for c in URL_COLUMNS if rows and c in rows[0][1]), None)
        if url_column:
            rows = [(i, r) for i, r in rows
                    if r.get(url_column) not in articles or articles[r[url_column]]["node"] == i]
        pk = next((n.keys[table] for n in nodes if n.keys.get(table)), [])
        if any(table in n.numbered for n in nodes):
            # Node-local ids (cases.id) collide across nodes: unite by content, then number 1..n in content order.
            rows = [(i, {k: v for k, v in r.items() if k != pk[0]}) for i, r in rows]
            united = _unite_by_key((r for _, r in rows), key=_canonical_json)
            merged[table] = [dict(r, **{pk[0]: n}) for n, r in enumerate(united, start=1)]
            continue
        key = (lambda r, pk=pk: tuple(r.get(c) for c in pk)) if pk else _canonical_json
        merged[table] = _unite_by_key((r for _, r in rows), key=key)
    return merged


def copy_warc_files(node: Node, target: Path, articles: dict[str, dict]) -> int:
    """Copy the WARC files the node's winning rows point to, beside the target database."""
    wanted = {a["row"].get("warc_file") for a in articles.values() if a["row"].get("warc_file")}
    copied = 0
    for relative in sorted(wanted):
        source, destination = node.path.parent / relative, target.parent / relative
        if not source.is_file() or source.resolve() == destination.resolve():
            continue
        if destination.exists():
            if destination.stat().st_size != source.stat().st_size:
                raise MergeError(f"{destination} exists with different content than {source}")
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination)
        copied += 1
    return copied


def _new_run_id(index: int, run_id: Any, run_keys: dict[tuple[int, int], str], runs: dict[str, dict]) -> int | None:
    key = run_keys.get((index, run_id)) if run_id is not None else None
    return runs[key]["id"] if key else None


def _unite_by_key(rows: Iterable[dict], key) -> list[dict]:
    """One row per key (the greatest by content when copies differ), in key order: independent of input order."""
    chosen: dict[Any, dict] = {}
    for row in rows:
        k = key(row)
        if k not in chosen or _canonical_json(row) > _canonical_json(chosen[k]):
            chosen[k] = row
    return [chosen[k] for k in sorted(chosen, key=str)]


def _canonical_json(row: dict) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, default=str)


def _digest(parts: list[Any]) -> str:
    return hashlib.sha1(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()


def _is_internal(db: sqlite_utils.Database, table: str) -> bool:
    """SQLite's and full-text search's own tables: rebuilt by triggers or by their owners, never copied."""
    if table.startswith("sqlite_"):
        return True
    sql = db.execute("select sql from sqlite_master where name = ?", [table]).fetchone()[0] or ""
    if "virtual table" in sql.lower():
        return True
    fts_parents = [t for t in db.table_names() if t != table and table.startswith(t + "_")]
    return any("virtual table" in (db.execute("select sql from sqlite_master where name = ?", [p]).fetchone()[0]
                                   or "").lower() for p in fts_parents)
