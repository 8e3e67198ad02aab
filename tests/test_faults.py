"""A crawl against a server that fails in every way real sites do: it finishes, and every failure is a row."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils
from crawling import FAST_LOCAL, crawl
from faultserver import GOOD_ARTICLES, FaultServer

EXPECTED_ERRORS = {
    "/always500.html": "http_500",
    "/slow.html": "timeout",
    "/truncated.html": "truncated_body",
    "/loop/a.html": "redirect_loop",
    "/dead.html": "http_404",
    "/empty.html": "empty_body",
    "/binary.html": "not_html",
    "/denied.html": "blocked",
    "/cdn403.html": "blocked",
    "/garbled-story.html": "garbled_text",
}


@pytest.fixture(scope="module")
def faulty_crawl(tmp_path_factory) -> tuple[FaultServer, sqlite_utils.Database, object]:
    db_path: Path = tmp_path_factory.mktemp("faults") / "archive.db"
    with FaultServer(burst=2, slow_seconds=3) as server:
        settings = dict(FAST_LOCAL, GOVCASES_TEST_BASE_URL=server.base_url, GOVCASES_MAX_ERROR_RATE="1.0")
        result = crawl(db_path, "fault_site", settings=settings)
    return server, sqlite_utils.Database(db_path), result


def test_crawl_finishes_and_records_run(faulty_crawl) -> None:
    server, db, result = faulty_crawl
    assert result.returncode == 0, result.stderr[-3000:]
    (run,) = db["crawl_runs"].rows
    assert run["status"] == "finished"
    assert run["errors"] == len(EXPECTED_ERRORS)


def test_every_failure_is_a_crawl_errors_row(faulty_crawl) -> None:
    server, db, _ = faulty_crawl
    run_id = next(db["crawl_runs"].rows)["id"]
    rows = list(db["crawl_errors"].rows)
    found = {row["url"].removeprefix(server.base_url): row["reason"] for row in rows}
    assert found == EXPECTED_ERRORS
    assert {row["run_id"] for row in rows} == {run_id}
    assert all(row["spider"] == "fault_site" and row["detail"] for row in rows)


def test_good_pages_archived_after_503_burst_and_wrong_charset(faulty_crawl) -> None:
    server, db, _ = faulty_crawl
    urls = {row["url"].removeprefix(server.base_url) for row in db["articles"].rows}
    assert urls == set(GOOD_ARTICLES) | {"/burst503/1.html", "/gbk.html"}
    assert server.hits("/burst503/1.html") == 3  # two 503s, then the page
    gbk = db["articles"].get(server.base_url + "/gbk.html")
    assert gbk["title"] == "第10届社区治理创新实践案例评选结果揭晓"
    assert gbk["encoding"] == "gb18030"


def test_no_blocking_page_stored_as_article(faulty_crawl) -> None:
    _, db, _ = faulty_crawl
    for row in db["articles"].rows:
        text = (row["title"] or "") + (row["text"] or "")
        assert "ACCESS DENIED" not in text and "403 Forbidden" not in text and "%PDF" not in text


def test_robots_disallowed_page_never_fetched(faulty_crawl) -> None:
    server, db, _ = faulty_crawl
    assert server.hits("/robots.txt") == 1
    assert server.hits("/private/x.html") == 0
    assert db["crawl_errors"].count_where("url like ?", ["%/private/%"]) == 0


def test_every_response_captured_in_warc(faulty_crawl) -> None:
    from crawler.fetch.warc import iter_responses

    server, db, _ = faulty_crawl
    folder = Path(db.conn.execute("pragma database_list").fetchone()[2]).parent
    captured = [r.url.removeprefix(server.base_url) for r in iter_responses(folder, folder / "warc")]
    # the 503s, the blocking pages and the error answers are kept as evidence too
    assert captured.count("/burst503/1.html") == 3
    assert {"/denied.html", "/cdn403.html", "/always500.html", "/list.html", "/list_2.html"} <= set(captured)
