"""Export: ``govcases export`` (tables, views, canned queries; CSV with a BOM for Excel, JSON) and Datasette's
streamed CSV of whole tables."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from datasette.app import Datasette

from crawler.archive import Archive
from crawler.archive.facts import save_facts
from crawler.archive.views import prepare_for_serving
from crawler.cli import main
from crawler.serve.config import DATASETTE_SETTINGS, metadata_for

CASES = [{"name": f"案例{n}号:社区“微更新”", "unit": f"徐汇区第{n}街道", "district": "徐汇区", "tier": "优秀案例"}
         for n in range(1, 13)]


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "archive.db"
    archive = Archive(path)
    archive.save_article({"url": "https://a.edu.cn/1.html", "title": "第三届上海城市治理最佳实践案例评选结果揭晓",
                          "text": "第三届评选共收到申报案例120个,评出优秀案例12个。", "published_at": "2022-12-20"},
                         run_id=None)
    save_facts(archive.db, "https://a.edu.cn/1.html",
               {"series": "上海城市治理最佳实践案例评选", "edition": 3, "year": 2022, "stage": "results",
                "counts": {"applications": 120, "selected": 12}, "cases": CASES}, [])
    prepare_for_serving(archive.db)
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["export", *args])
    return result.exit_code, result.output


def test_case_dataset_as_csv_with_bom_reads_back_chinese_intact(archive_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cases.csv"
    code, output = run("case_facts", "--db", str(archive_db), "--bom", "-o", str(out))
    assert code == 0, output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the mark Excel looks for to read UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [row["case_name"] for row in rows] == [case["name"] for case in CASES]
    first = rows[0]
    assert (first["unit"], first["district"], first["tier"], first["series"], first["edition"], first["year"],
            first["article_url"], first["published_date"]) == (
        "徐汇区第1街道", "徐汇区", "优秀案例", "上海城市治理最佳实践案例评选", "3", "2022",
        "https://a.edu.cn/1.html", "2022-12-20")


def test_canned_query_as_json_with_parameters(archive_db: Path) -> None:
    result = CliRunner().invoke(main, ["export", "search", "--db", str(archive_db), "--format", "json",
                                       "-p", "q=城市治理"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["url"] for row in rows] == ["https://a.edu.cn/1.html"]
    assert "<mark>城市治理</mark>" in rows[0]["snippet"]


def test_bad_requests_fail_clearly_and_write_nothing(archive_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    for args, message in ((["no_such_table"], "no table, view or canned query"),
                          (["search"], "--param q=VALUE"),
                          (["articles", "-p", "q=1"], "takes no parameters"),
                          (["articles", "--format", "json", "--bom"], "--bom is for CSV")):
        code, output = run(*args, "--db", str(archive_db), "-o", str(out))
        assert code != 0 and message in output
    assert list(tmp_path.iterdir()) == []


def test_datasette_streams_whole_tables_past_the_row_limit(archive_db: Path) -> None:
    async def fetch() -> tuple[str, str]:
        ds = Datasette([str(archive_db)], metadata=metadata_for(archive_db),
                       settings={**DATASETTE_SETTINGS, "max_returned_rows": 5})
        page = await ds.client.get("/archive/cases.csv")
        streamed = await ds.client.get("/archive/cases.csv", params={"_stream": "1", "_size": "max"})
        return page.text, streamed.text
    page, streamed = asyncio.run(fetch())
    assert len(list(csv.reader(io.StringIO(page)))) == 1 + 5
    assert [row[3] for row in list(csv.reader(io.StringIO(streamed)))[1:]] == [case["name"] for case in CASES]
