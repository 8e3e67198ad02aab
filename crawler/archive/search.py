"""The Chinese full-text search index of the archive: every character its own token in a stock FTS5 table.

SQLite's ``unicode61`` tokenizer keeps a run of Chinese characters as one token, so 治理 finds nothing inside
城市治理; ``trigram`` cannot find one- or two-character words; a custom tokenizer makes the file unreadable to
stock sqlite3 and to a Datasette without our code (README: Searching, browsing and exporting). So the index stores a
*spaced copy* of each searchable column -- ``城市治理`` becomes ``城 市 治 理`` -- in an ordinary FTS5 table, and a
query is rewritten the same way into phrases (``治理`` -> ``"治 理"``). A phrase of adjacent single-character tokens
matches exactly where the characters are adjacent in the text, which gives substring (``LIKE``) semantics:

- every non-space character is a token, punctuation and symbols included (``categories`` below), so ``治。理`` does
  not match ``治理`` and ``MBA`` matches inside ``MBAChina``;
- a run of whitespace becomes one :data:`SPACE_TOKEN`, so a phrase never matches across a space or line break;
- both sides are folded the same way: NFKC (full-width ``ＭＢＡ２０２１`` -> ``MBA2021``), traditional to simplified
  characters one character at a time with OpenCC's table (``實踐`` -> ``实践``; character by character so that the
  folding of a query never depends on the text around it), invisible format characters (zero-width spaces, soft
  hyphens) dropped; FTS5 folds letter case.

The index tables are named ``<table>_fts`` and keep the source row's ``rowid``. Plain-SQL triggers drop an index row
when its source row is deleted or its searchable columns change, so any writer (stock sqlite3 included) leaves the
index incomplete rather than wrong; :func:`sync_search_index` then re-indexes what is missing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import sqlite_utils

from crawler.archive.transaction import write_transaction

SPACE_TOKEN = "\ue000"  # private-use character (a token character for unicode61) standing for a run of whitespace
TOKENIZE = "unicode61 remove_diacritics 0 categories 'L* N* Co Cn M* P* S*'"
_WHITESPACE = re.compile(r"[\s\x00-\x1f\x7f-\x9f]+")
# OpenCC's character-level table is built once over these blocks (CJK unified ideographs, extension A, B-F).
_CJK_BLOCKS = ((0x3400, 0xA000), (0x20000, 0x2EBF0))


@dataclass(frozen=True)
class SearchIndex:
    """One searchable table: its FTS5 index ``<table>_fts`` holds a spaced copy of ``columns``."""

    table: str
    columns: tuple[str, ...]

    @property
    def fts_table(self) -> str:
        return f"{self.table}_fts"


#: The tables the archive makes searchable. A table that does not exist (yet) is skipped.
SEARCH_INDEXES: tuple[SearchIndex, ...] = (
    SearchIndex("articles", ("title", "text")),
    SearchIndex("cases", ("name", "unit", "district")),
)


# --- folding and tokens --------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _traditional_to_simplified() -> dict[int, str]:
    """``str.translate`` table from OpenCC's t2s conversion of each CJK character on its own."""
    import opencc  # imported here: only indexing and query rewriting need it

    converter = opencc.OpenCC("t2s")
    table: dict[int, str] = {}
    for start, stop in _CJK_BLOCKS:
        chars = [chr(code) for code in range(start, stop)]
        # One call over the whole block; the newline between characters keeps phrase rules from applying.
        converted = converter.convert("\n".join(chars)).split("\n")
        if len(converted) != len(chars):  # OpenCC never changes the count of lines; guard the zip all the same
            converted = [converter.convert(char) for char in chars]
        table.update({ord(char): folded for char, folded in zip(chars, converted, strict=True) if folded != char})
    return table


def fold(text: str) -> str:
    """The form both the index and the queries are compared in (NFKC, simplified characters, no format chars)."""
    text = unicodedata.normalize("NFKC", text).translate(_traditional_to_simplified())
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def tokens(text: str) -> list[str]:
    """The index tokens of ``text``: each character of its folded form, a whitespace run as :data:`SPACE_TOKEN`."""
    result: list[str] = []
    # Splitting on whitespace runs leaves empty pieces only at the ends; between two pieces was one run.
    for piece in _WHITESPACE.split(fold(text)):
        if piece:
            if result:
                result.append(SPACE_TOKEN)
            result.extend(piece)
    return result


def spaced(text: str | None) -> str | None:
    """The spaced copy of ``text`` stored in the index (``None`` stays ``None``)."""
    if text is None:
        return None
    return " ".join(tokens(str(text)))


_QUERY_TERMS = re.compile(r'"([^"]*)"|(\S+)')


def match_expression(query: str) -> str:
    """Rewrite a search box query into an FTS5 MATCH expression over the spaced copy.

    Whitespace separates terms that must all occur (AND); a double-quoted part is one term, spaces included.
    Each term becomes one phrase of single-character tokens. A query without any term matches nothing.
    """
    phrases = []
    for quoted, bare in _QUERY_TERMS.findall(query):
        term_tokens = tokens(quoted if quoted else bare)
        if term_tokens:
            phrases.append('"' + " ".join(term_tokens).replace('"', '""') + '"')
    # An empty phrase is valid FTS5 and matches no row, unlike an empty string, which is a syntax error.
    return " ".join(phrases) if phrases else '""'


# --- the index tables ----------------------------------------------------------------------------------
def ensure_search_index(db: sqlite_utils.Database, index: SearchIndex) -> bool:
    """Create the FTS table and its triggers for ``index`` if its source table exists; True when it exists."""
    tables = set(db.table_names())
    if index.table not in tables:
        return False
    present = set(db[index.table].columns_dict)
    if not set(index.columns) <= present:
        return False
    if index.fts_table not in tables:
        columns = ", ".join(f"[{column}]" for column in index.columns)
        db.execute(f"CREATE VIRTUAL TABLE [{index.fts_table}] USING fts5({columns}, "
                   f"tokenize = \"{TOKENIZE}\")")
    watched = ", ".join(f"[{column}]" for column in index.columns)
    # Stock SQLite cannot compute the spaced copy, so a change only removes the stale row; sync re-adds it.
    db.execute(f"CREATE TRIGGER IF NOT EXISTS [{index.table}_fts_ad] AFTER DELETE ON [{index.table}] "
               f"BEGIN DELETE FROM [{index.fts_table}] WHERE rowid = old.rowid; END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS [{index.table}_fts_au] AFTER UPDATE OF {watched} ON [{index.table}] "
               f"BEGIN DELETE FROM [{index.fts_table}] WHERE rowid = old.rowid; END")
    return True


def _index_rows(db: sqlite_utils.Database, index: SearchIndex, rows: Iterable[tuple]) -> int:
    placeholders = ", ".join("?" for _ in range(len(index.columns) + 1))
    columns = ", ".join(f"[{column}]" for column in index.columns)
    count = 0

    def spaced_rows() -> Iterator[list]:
        nonlocal count
        for rowid, *values in rows:
            count += 1
            yield [rowid, *(spaced(value) for value in values)]

    db.conn.executemany(f"INSERT OR REPLACE INTO [{index.fts_table}] (rowid, {columns}) VALUES ({placeholders})",
                        spaced_rows())
    return count


def index_row(db: sqlite_utils.Database, table: str, where: str, params: list) -> int:
    """(Re-)index the rows of ``table`` selected by ``where``; used right after a writer saved them."""
    count = 0
    for index in SEARCH_INDEXES:
        if index.table == table and ensure_search_index(db, index):
            columns = ", ".join(f"[{column}]" for column in index.columns)
            rows = db.execute(f"SELECT rowid, {columns} FROM [{table}] WHERE {where}", params).fetchall()
            count += _index_rows(db, index, rows)
    return count


def sync_search_index(db: sqlite_utils.Database, *, rebuild: bool = False) -> dict[str, int]:
    """Bring every search index up to date: drop rows whose source is gone, index rows not yet indexed.

    With ``rebuild`` the indexes are emptied first (after a change to the folding rules). Returns the number of rows
    indexed per table.
    """
    indexed: dict[str, int] = {}
    for index in SEARCH_INDEXES:
        if not ensure_search_index(db, index):
            continue
        columns = ", ".join(f"[{column}]" for column in index.columns)
        with write_transaction(db):
            if rebuild:
                db.execute(f"DELETE FROM [{index.fts_table}]")
            db.execute(f"DELETE FROM [{index.fts_table}] WHERE rowid NOT IN (SELECT rowid FROM [{index.table}])")
            rows = db.execute(f"SELECT rowid, {columns} FROM [{index.table}] "
                              f"WHERE rowid NOT IN (SELECT rowid FROM [{index.fts_table}])")
            indexed[index.table] = _index_rows(db, index, rows)
    return indexed


def is_search_database(conn) -> bool:
    """True if the open SQLite connection holds a govcases search index (so our query rewriting applies)."""
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles_fts' "
                       "AND sql LIKE '%categories%'").fetchone()
    return row is not None
