"""govcases extract and govcases eval from the command line (files only, never the network)."""

import json
from pathlib import Path

from click.testing import CliRunner

from crawler.cli import main

DEV = Path(__file__).parent / "data" / "announcements"


def test_extract_plain_text_file():
    result = CliRunner().invoke(main, ["extract", str(DEV / "d12_chengdu_results.txt"), "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert list(out) == ["url", "title", "published_at", "source_name", "author", "editor", "text", "announcement",
                         "quality_flags"]
    assert out["announcement"]["edition"] == 3
    assert out["announcement"]["counts"]["applications"] == 358


def test_extract_html_file(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>第二届“某区睦邻案例”评选启动</title></head><body><h1>第二届“某区睦邻案例”评选启动"
                    "</h1><div class='content'><p>发布时间：2022-05-06</p><p>5月5日，第二届“某区睦邻案例”评选启动。"
                    "活动由某区民政局主办。</p></div></body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(page), "--url", "https://example.org/p.html", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["url"] == "https://example.org/p.html"
    assert out["announcement"]["stage"] == "launch"
    assert {"name": "某区民政局", "role": "organiser"} in out["announcement"]["organisers"]


def test_missing_file_is_a_clear_error():
    result = CliRunner().invoke(main, ["extract", "/no/such/file.html"])
    assert result.exit_code != 0 and "no such file" in result.output


def test_eval_prints_per_field_scores():
    result = CliRunner().invoke(main, ["eval", str(DEV / "labels.jsonl")])
    assert result.exit_code == 0, result.output
    assert "series" in result.output and "organisers" in result.output


def test_binary_file_is_a_clear_error(tmp_path):
    blob = tmp_path / "x.bin"
    blob.write_bytes(b"PK\x03\x04\x00\x00binary")
    result = CliRunner().invoke(main, ["extract", str(blob)])
    assert result.exit_code != 0 and "neither an HTML page nor a text file" in result.output
