"""The researchers' Datasette over a real snapshot crawl: metadata for every table and column, default facets and
sort, canned queries, Chinese search through ``ds.client``, and the archive read by a Datasette without our plugin."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from datasette.app import Datasette
from datasette.plugins import pm

from crawler.archive.views import prepare_for_serving
from crawler.serve.config import DATASETTE_SETTINGS, METADATA, metadata_for


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real crawl of the bundled snapshot (a subprocess: Twisted's reactor cannot restart in one process)."""
    path = tmp_path_factory.mktemp("crawl") / "archive.db"
    result = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--db", str(path)],
                            capture_output=True, text=True)
    db = sqlite_utils.Database(path)
    assert "articles" in db.table_names() and db["articles"].count, result.stderr[-3000:]
    prepare_for_serving(db)
    return path


def get(path: Path, url: str, **params: Any) -> dict:
    async def fetch() -> dict:
        ds = Datasette([str(path)], metadata=metadata_for(path), settings=DATASETTE_SETTINGS)
        response = await ds.client.get(url, params=params)
        assert response.status_code == 200, f"{url}: {response.status_code} {response.text[:500]}"
        return response.json()
    return asyncio.run(fetch())


def test_metadata_describes_every_table_view_and_column(crawled: Path) -> None:
    tables = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["archive"]["tables"]
    with sqlite3.connect(crawled) as conn:
        objects = conn.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                               "AND name NOT LIKE 'sqlite_%'").fetchall()
        undescribed = []
        for name, kind in objects:
            meta = tables.get(name, {})
            if meta.get("hidden"):
                continue
            if not meta.get("description"):
                undescribed.append(name)
            if kind == "table":
                columns = [row[1] for row in conn.execute(f"PRAGMA table_info([{name}])")]
                undescribed += [f"{name}.{c}" for c in columns if c not in meta.get("columns", {})]
    assert undescribed == []


def test_default_facets_date_sort_and_labels(crawled: Path) -> None:
    page = get(crawled, "/archive/articles.json", _shape="objects")
    assert {"source_id", "year"} <= set(page["facet_results"])
    dates = [row["published_at"] for row in page["rows"] if row["published_at"]]
    assert dates == sorted(dates, reverse=True)
    overview = get(crawled, "/archive/article_overview.json", _search="治理")
    assert {"source_id", "year", "series", "stage"} <= set(overview["facet_results"])
    events = get(crawled, "/archive/events.json", _labels="on", _shape="objects")
    labelled = [row["series_id"] for row in events["rows"] if row["series_id"]]
    assert labelled and all(isinstance(value, dict) and value["label"] for value in labelled)


def test_search_over_a_real_crawl_is_exact(crawled: Path) -> None:
    with sqlite3.connect(crawled) as conn:
        rows = conn.execute("SELECT url, coalesce(title, ''), coalesce(text, '') FROM articles").fetchall()
    for query in ("治理", "徐汇", "案例", "城市治理"):
        found = get(crawled, "/archive/articles.json", _search=query, _col="title", _shape="array", _size="max")
        assert {row["url"] for row in found} == {url for url, title, text in rows if query in title + "\n" + text}


def test_canned_queries_run_and_answer(crawled: Path) -> None:
    queries = json.loads(METADATA.read_text(encoding="utf-8"))["databases"]["archive"]["queries"]
    params = {"search": {"q": "城市治理"}, "cases_by_district_year": {"district": ""},
              "series_editions": {"series": ""}}
    answered = {}
    for name in queries:
        rows = get(crawled, f"/archive/{name}.json", _shape="array", **params.get(name, {}))
        answered[name] = len(rows)
    assert answered["search"] and answered["series_editions"] and answered["crawl_health"]
    ranked = get(crawled, "/archive/search.json", _shape="array", q="城市治理")
    assert all("<mark>城市治理</mark>" in row["snippet"] for row in ranked)
    assert [row["rank"] for row in ranked] == sorted(row["rank"] for row in ranked)


def test_a_datasette_without_the_plugin_still_opens_and_reads_the_archive(crawled: Path) -> None:
    plugin = pm.unregister(name="govcases")
    try:
        plain = get(crawled, "/archive/articles.json", _search="治理", _shape="array")
        raw = get(crawled, "/archive/articles.json", _search='"治 理"', _searchmode="raw", _shape="array")
        assert plain == [] and raw, "built-in escaping finds nothing; a spaced-out raw phrase still works"
        assert get(crawled, "/archive/case_facts.json", _shape="array") is not None
    finally:
        pm.register(plugin, name="govcases")


def test_an_archive_under_another_name_keeps_its_metadata_and_charts() -> None:
    metadata = metadata_for("data/2024.db")
    assert "2024" in metadata["databases"] and "archive" not in metadata["databases"]
    assert metadata["databases"]["2024"]["tables"]["articles"]["fts_table"] == "articles_fts"
    dashboard = metadata["plugins"]["datasette-dashboards"]["competitions"]
    assert {chart["db"] for chart in dashboard["charts"].values()} == {"2024"}
    assert dashboard["filters"]["series"]["db"] == "2024"
