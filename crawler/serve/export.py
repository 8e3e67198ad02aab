"""Export a table, view or canned query of the archive as CSV or JSON, streamed row by row.

The same rows Datasette shows: a table or view in key order, a canned query with the SQL and parameters the
project's metadata gives it (``escape_fts`` rewrites Chinese search terms exactly as in Datasette). CSV can start
with a UTF-8 byte order mark, which Excel needs to read Chinese text as UTF-8.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from crawler.archive.search import is_search_database, match_expression
from crawler.serve.config import METADATA, METADATA_DATABASE

FORMATS = ("csv", "json")
_PARAMETER = re.compile(r"(?<![:\w]):(\w+)")


class ExportError(ValueError):
    """The export cannot run as asked (unknown name, missing parameter); nothing was written."""


@dataclass
class Export:
    """What to export: the SQL, its parameters and where the rows come from."""

    name: str
    sql: str
    params: dict[str, str] = field(default_factory=dict)
    kind: str = "table"  # table, view or query


def canned_queries(metadata: Path = METADATA) -> dict[str, dict[str, Any]]:
    """The canned queries of the project's metadata, by name."""
    data = json.loads(Path(metadata).read_text(encoding="utf-8"))
    return data.get("databases", {}).get(METADATA_DATABASE, {}).get("queries", {})


def connect(db_path: str | Path) -> sqlite3.Connection:
    """Open the archive read-only, with the project's ``escape_fts`` where the archive has its search index."""
    path = Path(db_path)
    if not path.exists():
        raise ExportError(f"{db_path} does not exist")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    if is_search_database(conn):
        conn.create_function("escape_fts", 1, match_expression, deterministic=True)
    return conn


def resolve(conn: sqlite3.Connection, name: str, params: dict[str, str], metadata: Path = METADATA) -> Export:
    """The export called ``name``: a table or view of the archive, else a canned query of the metadata."""
    kinds = dict(conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')").fetchall())
    if name in kinds:
        if params:
            raise ExportError(f"{name} is a {kinds[name]}: it takes no parameters")
        order = _key_order(conn, name) if kinds[name] == "table" else ""
        return Export(name, f"SELECT * FROM [{name}]{order}", kind=kinds[name])
    queries = canned_queries(metadata)
    if name not in queries:
        shown = sorted(n for n in kinds if not n.startswith("sqlite_") and "_fts" not in n)
        raise ExportError(f"no table, view or canned query named {name!r}; tables and views: {', '.join(shown)}; "
                          f"canned queries: {', '.join(sorted(queries))}")
    sql = queries[name]["sql"]
    needed = list(dict.fromkeys(_PARAMETER.findall(_without_literals(sql))))
    missing = [p for p in needed if p not in params]
    if missing:
        raise ExportError(f"canned query {name} needs " + ", ".join(f"--param {p}=VALUE" for p in missing)
                          + " (an empty value means all, where the query allows it)")
    unknown = sorted(set(params) - set(needed))
    if unknown:
        raise ExportError(f"canned query {name} has no parameter {', '.join(unknown)}")
    return Export(name, sql, {p: params[p] for p in needed}, kind="query")


def count_rows(conn: sqlite3.Connection, export: Export) -> int:
    """How many rows the export will write (for its progress bar)."""
    if export.kind != "query":
        return conn.execute(f"SELECT count(*) FROM [{export.name}]").fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM ({export.sql})", export.params).fetchone()[0]


def rows(conn: sqlite3.Connection, export: Export) -> tuple[list[str], Iterator[tuple]]:
    """The column names and a streaming iterator over the rows."""
    cursor = conn.execute(export.sql, export.params)
    columns = [description[0] for description in cursor.description]
    return columns, iter(cursor)


def write(out: IO[str], columns: list[str], records: Iterator[tuple], fmt: str, *, bom: bool = False,
          progress: Callable[[int], None] = lambda n: None) -> int:
    """Write ``records`` to ``out`` as ``fmt`` (csv or json), one row at a time; returns the number written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if bom and fmt != "csv":
        raise ExportError("--bom is for CSV (Excel); JSON is read as UTF-8 without it")
    written = 0
    if fmt == "csv":
        if bom:
            out.write("\ufeff")
        writer = csv.writer(out)  # \r\n line ends and quoting as Excel expects
        writer.writerow(columns)
        for record in records:
            writer.writerow(_plain(value) for value in record)
            written += 1
            progress(1)
    else:
        out.write("[")
        for record in records:
            out.write(",\n " if written else "\n ")
            out.write(json.dumps(dict(zip(columns, map(_plain, record), strict=True)), ensure_ascii=False))
            written += 1
            progress(1)
        out.write("\n]\n" if written else "]\n")
    return written


def _plain(value: Any) -> Any:
    return value.hex() if isinstance(value, bytes) else value


def _key_order(conn: sqlite3.Connection, table: str) -> str:
    keys = [row[1] for row in sorted(conn.execute(f"PRAGMA table_info([{table}])"), key=lambda r: r[5]) if row[5]]
    return " ORDER BY " + ", ".join(f"[{key}]" for key in keys) if keys else " ORDER BY rowid"


def _without_literals(sql: str) -> str:
    """SQL with its string literals blanked, so ``':'`` inside a literal is not taken for a parameter."""
    return re.sub(r"'(?:[^']|'')*'", "''", sql)
