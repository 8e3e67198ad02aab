"""Raw capture and re-parsing: every fetched page is in the WARC files; reparse rebuilds the archive from them."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from crawling import REPO, crawl

from crawler.fetch.warc import iter_responses, read_response
from crawler.parse import PARSER_VERSION

SPIDERS = ("sjtu_news", "people_sh", "mbachina", "sipa")  # UTF-8 and GBK sites, one announcement on two sites
NOT_DERIVED = {"crawl_runs", "crawl_errors", "seen_pages", "sources"}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("original")
    result = crawl(folder / "archive.db", *SPIDERS, offline=True)
    assert result.returncode == 0, result.stderr[-3000:]
    return folder


def copy_archive(source: Path, target: Path) -> None:
    """Copy an archive folder (database + warc/) the safe way: the database through SQLite's backup API.

    A plain file copy races with SQLite itself: when another connection to the source closes mid-copy, SQLite
    checkpoints and deletes the -wal file under the copier's feet.
    """
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("archive.db*"))
    src, dst = sqlite3.connect(source / "archive.db"), sqlite3.connect(target / "archive.db")
    src.backup(dst)
    src.close()
    dst.close()


def derived_tables(db_path: Path) -> dict[str, list[tuple]]:
    """Every derived table's rows (search indexes through their virtual table, not their shadow tables)."""
    conn = sqlite3.connect(db_path)
    tables = conn.execute("select name, sql from sqlite_master where type = 'table'").fetchall()
    virtual = [name for name, sql in tables if sql and sql.upper().startswith("CREATE VIRTUAL TABLE")]
    shadow = {name for name, _ in tables if any(name.startswith(v + "_") for v in virtual)}
    content = {}
    for name, _ in tables:
        if name in NOT_DERIVED or name in shadow or name.startswith("sqlite_"):
            continue
        rows = conn.execute(f"select rowid, * from [{name}]" if name in virtual else f"select * from [{name}]")
        content[name] = sorted(rows.fetchall(), key=repr)
    conn.close()
    return content


def test_every_fetched_page_is_captured(crawled: Path) -> None:
    conn = sqlite3.connect(crawled / "archive.db")
    pages = conn.execute("select sum(pages) from crawl_runs").fetchone()[0]
    captures = list(iter_responses(crawled, crawled / "warc"))
    assert len(captures) >= pages > 0  # every response (robots.txt answers included)
    assert {c.callback for c in captures} >= {"parse", "parse_article"}
    assert sorted(p.name.split("-")[0] for p in (crawled / "warc").glob("*.warc.gz")) == sorted(SPIDERS)


def test_each_article_points_to_its_record(crawled: Path) -> None:
    conn = sqlite3.connect(crawled / "archive.db")
    rows = conn.execute("select url, title, warc_file, warc_offset, encoding from articles").fetchall()
    assert rows
    for url, title, warc_file, warc_offset, encoding in rows:
        assert warc_file.startswith("warc/")  # relative to the database's folder: the folder copies whole
        record = read_response(crawled, warc_file, warc_offset)
        assert record.url == url and record.status == 200
        assert title[:8] in record.body.decode(encoding)


def test_reparse_of_a_copy_rebuilds_the_derived_tables_exactly(crawled: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    copy_archive(crawled, copy)  # the database and its warc/ folder
    conn = sqlite3.connect(copy / "archive.db")
    with conn:  # wreck the derived data: reparse must get it back from the WARC files alone
        conn.execute("update articles set title = 'x', text = null, published_at = null, parser_version = 'old'")
        for table in ("events", "cases"):
            conn.execute(f"delete from [{table}]")
    conn.close()
    before = derived_tables(crawled / "archive.db")
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "reparse", "--db", str(copy / "archive.db")],
                            cwd=REPO, capture_output=True, text=True, timeout=300,
                            env={"PATH": "/usr/bin:/bin", "http_proxy": "http://127.0.0.1:9",
                                 "https_proxy": "http://127.0.0.1:9"})  # any network use would fail
    assert result.returncode == 0, result.stderr[-3000:]
    assert "articles rebuilt" in result.stdout
    after = derived_tables(copy / "archive.db")
    assert after.keys() == before.keys()
    for table in before:
        assert after[table] == before[table], table
    versions = {v for (v,) in sqlite3.connect(copy / "archive.db").execute("select parser_version from articles")}
    assert versions == {PARSER_VERSION}


def test_a_wider_relevance_rule_reaches_pages_fetched_before(crawled: Path, tmp_path: Path) -> None:
    """Pages once judged unrelated are in the WARC files: a changed rule reaches them without a crawl."""
    copy = tmp_path / "copy"
    copy_archive(crawled, copy)
    unrelated = {c.url for c in iter_responses(copy, copy / "warc") if c.callback == "parse_article"} - {
        url for (url,) in sqlite3.connect(copy / "archive.db").execute("select url from articles")}
    assert unrelated, "the snapshot's lists link no unrelated article"
    # stand-in for an improved parser: every page is now relevant
    script = ("import sys, crawler.extract.item as item; item.is_relevant_article = lambda title, text: True; "
              "from crawler.cli import main; main(sys.argv[1:])")
    result = subprocess.run([sys.executable, "-c", script, "reparse", "--db", str(copy / "archive.db")],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"({len(unrelated)} new)" in result.stdout
    conn = sqlite3.connect(copy / "archive.db")
    added = conn.execute(f"select run_id, fetched_at, warc_file from articles where url in "
                         f"({', '.join('?' * len(unrelated))})", sorted(unrelated)).fetchall()
    assert len(added) == len(unrelated)
    assert all(run_id and fetched_at.endswith("+08:00") and warc_file for run_id, fetched_at, warc_file in added)
