"""Chinese full-text search: Datasette's own ``?_search=`` returns exactly the articles that contain the query.

The expected rows are computed independently by Python substring search over the raw title and text (with the
traditional forms of a query listed by hand), never by the index code under test.
"""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from crawler.archive import Archive
from crawler.archive.facts import save_facts
from crawler.archive.search import match_expression, sync_search_index
from crawler.cli import main
from crawler.serve.config import DATASETTE_SETTINGS, metadata_for

ARTICLES = [
    ("城市治理最佳实践案例评选结果揭晓", "上海市徐汇区的“一网统管”项目入选城市治理最佳实践案例。"),
    ("社会治理创新实践案例征集", "2021年中国(上海)社会治理创新实践案例征集启动,MBA学员参与调研。"),
    ("枫桥经验在基层", "坚持和发展新时代枫桥经验,推进基层治理现代化。"),
    ("治。理不是一个词", "标点隔开的治。理不应被当作治理;徐 汇中间有空格。"),
    ("實踐案例(繁體)", "城市治理最佳實踐案例評選,長三角地區。"),
    ("MBAChina 报道", "Case study of urban governance in Xuhui, 2021."),
    ("長三角城市治理", "长三角城市治理最佳实践,共有35个案例入围,12个获奖。"),
    ("无关的新闻", "学校运动会顺利举行,同学们积极参加。"),
    ("<script>alert(1)</script>", "<img src=x onerror=alert(1)> 治理"),
]

# query -> the forms of it that count as a hit (traditional/simplified variants and case are listed by hand)
QUERIES: dict[str, list[str]] = {
    "治": ["治"],
    "徐": ["徐"],
    "治理": ["治理"],
    "徐汇": ["徐汇"],
    "实践": ["实践", "實踐"],
    "實踐": ["实践", "實踐"],
    "城市治理": ["城市治理"],
    "枫桥经验": ["枫桥经验"],
    "长三角": ["长三角", "長三角"],
    "2021": ["2021"],
    "MBA": ["MBA"],
    "mba": ["MBA", "mba"],
    "治。理": ["治。理"],
    "Xuhui": ["Xuhui"],
    "<script>": ["<script>"],
}
MULTI_TERM = {"治理 徐汇": (["治理"], ["徐汇"]), "实践 2021": (["实践", "實踐"], ["2021"])}


def contains(row: tuple[str, str], forms: list[str]) -> bool:
    return any(form in row[0] or form in row[1] for form in forms)


def expected_titles(*form_groups: list[str]) -> set[str]:
    return {title for title, text in ARTICLES if all(contains((title, text), forms) for forms in form_groups)}


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "archive.db"
    archive = Archive(path)
    for number, (title, text) in enumerate(ARTICLES):
        archive.save_article({"url": f"https://example.edu.cn/{number}.html", "title": title, "text": text,
                              "published_at": f"2021-07-{number + 1:02d}"}, run_id=None)
    return path


def datasette_search(path: Path, query: str, column: str = "_search", table: str = "articles",
                     show: str = "title") -> set[str]:
    async def fetch() -> set[str]:
        ds = Datasette([str(path)], metadata=metadata_for(path), settings=DATASETTE_SETTINGS)
        response = await ds.client.get(f"/{path.stem}/{table}.json",
                                       params={column: query, "_shape": "array", "_col": show, "_size": "max"})
        assert response.status_code == 200, response.text
        return {row[show] for row in response.json()}
    return asyncio.run(fetch())


@pytest.mark.parametrize("query", list(QUERIES))
def test_search_returns_exactly_the_rows_containing_the_query(archive_db: Path, query: str) -> None:
    assert datasette_search(archive_db, query) == expected_titles(QUERIES[query])


@pytest.mark.parametrize("query", list(MULTI_TERM))
def test_several_terms_narrow(archive_db: Path, query: str) -> None:
    found = datasette_search(archive_db, query)
    assert found == expected_titles(*MULTI_TERM[query])
    assert found, "the multi-term example should find something"


def test_column_search_and_no_crossing_of_spaces(archive_db: Path) -> None:
    assert datasette_search(archive_db, "治理", column="_search_title") == {
        title for title, _ in ARTICLES if "治理" in title}
    # "徐 汇" in the text is separated by a space: the word 徐汇 is not there
    assert "治。理不是一个词" not in datasette_search(archive_db, "徐汇")
    assert datasette_search(archive_db, '"徐 汇"') == {"治。理不是一个词"}


def test_empty_and_odd_queries_do_not_error(archive_db: Path) -> None:
    assert datasette_search(archive_db, '"') == set()
    assert datasette_search(archive_db, "AND OR NOT ( ) *") == set()
    assert match_expression("   ") == '""'


def test_stock_sqlite_reads_and_writes_the_archive(archive_db: Path) -> None:
    """No custom tokenizer: the file works in the sqlite3 CLI, raw FTS5 phrase queries included."""
    sql = ("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"治 理\"';"
           "SELECT count(*) FROM articles WHERE title LIKE '%治理%' OR text LIKE '%治理%';")
    cli = subprocess.run(["sqlite3", str(archive_db), sql], capture_output=True, text=True)
    if cli.returncode == 127 or "not found" in cli.stderr:
        pytest.skip("sqlite3 CLI not installed")
    with sqlite3.connect(archive_db) as conn:
        fts, like = (conn.execute(s).fetchone()[0] for s in sql.split(";")[:2])
    assert fts == like > 0
    assert cli.stdout.split() == [str(fts), str(like)]


def test_changes_by_other_writers_are_reindexed(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    archive = Archive(path)
    archive.save_article({"url": "https://a.cn/1", "title": "旧标题", "text": "无关"}, run_id=None)
    with sqlite3.connect(path) as conn:  # a writer without our code: the trigger drops the stale index row
        conn.execute("UPDATE articles SET text = '基层治理' WHERE url = 'https://a.cn/1'")
    assert datasette_search(path, "治理") == set()
    assert sync_search_index(archive.db)["articles"] == 1
    assert datasette_search(path, "治理") == {"旧标题"}
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM articles")
    sync_search_index(archive.db)
    assert archive.db["articles_fts"].count == 0


def test_cases_are_searchable_by_name_unit_and_district(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    archive = Archive(path)
    archive.save_article({"url": "https://a.cn/2", "title": "评选结果", "text": "……"}, run_id=None)
    cases = [{"name": "“一网统管”城市治理", "unit": "徐汇区城运中心", "district": "徐汇区"},
             {"name": "社区微更新", "unit": "静安区某街道", "district": "静安区"}]
    save_facts(archive.db, "https://a.cn/2", {"series": "城市治理最佳实践案例评选", "cases": cases}, [])
    search = {query: datasette_search(path, query, table="cases", show="name") for query in ("徐汇", "治理", "街道")}
    assert search == {"徐汇": {"“一网统管”城市治理"}, "治理": {"“一网统管”城市治理"}, "街道": {"社区微更新"}}
    # a re-parse replaces the cases: the index follows without a sync
    save_facts(archive.db, "https://a.cn/2", {"series": "城市治理最佳实践案例评选", "cases": cases[1:]}, [])
    assert datasette_search(path, "徐汇", table="cases", show="name") == set()


def test_index_command_fills_a_missing_index(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    Archive(path).save_article({"url": "https://a.cn/3", "title": "城市治理", "text": ""}, run_id=None)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE articles_fts")
    result = CliRunner().invoke(main, ["index", "--db", str(path)])
    assert result.exit_code == 0 and "articles: 1 rows indexed" in result.output
    assert datasette_search(path, "治理") == {"城市治理"}
