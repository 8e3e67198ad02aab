"""``govcases fetch-labelled``: the labelled pages fetched from their sites (a server on 127.0.0.1), then scored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from crawling import FAST_LOCAL, REPO
from faultserver import FaultServer, article_html

from crawler.fetch.labelled import labelled_pages


def fetch(labels: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "crawler.cli", "fetch-labelled", str(labels), "--out", str(out), *extra]
    for key, value in FAST_LOCAL.items():
        if key != "SPIDER_MODULES":
            command += ["-s", f"{key}={value}"]
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)


def write_labels(path: Path, base: str) -> Path:
    lines = [
        {"seed": "ok_1.html", "url": f"{base}/ok/1.html", "is_announcement": True,
         "series": "社区治理创新实践案例评选", "edition": 1},
        {"seed": "ok_2.html", "url": f"{base}/ok/2.html", "is_announcement": True,
         "series": "社区治理创新实践案例评选", "edition": 2},
        {"seed": "broken.html", "url": f"{base}/always500.html", "is_announcement": True},
        {"seed": "robots.html", "url": f"{base}/private/x.html", "is_announcement": True},
        {"seed": "gone.html", "url": f"{base}/dead.html", "is_announcement": False},
    ]
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def fetched(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fetched")
    with FaultServer() as server:
        labels = write_labels(folder / "labels.jsonl", server.base_url)
        first = fetch(labels, folder / "texts")
        hits_after_first = dict(server.counts)
        second = fetch(labels, folder / "texts")
        hits_after_second = dict(server.counts)
    return folder, first, second, hits_after_first, hits_after_second


def report(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "texts" / "fetched.jsonl").read_text(encoding="utf-8").splitlines()]


def test_pages_saved_under_their_seed_names_byte_for_byte(fetched) -> None:
    folder, first, *_ = fetched
    assert (folder / "texts" / "ok_1.html").read_bytes() == article_html(1).encode()
    assert (folder / "texts" / "ok_2.html").read_bytes() == article_html(2).encode()
    assert not list((folder / "texts").glob("*.part"))


def test_failures_recorded_with_their_reason_and_nothing_saved(fetched) -> None:
    folder, first, *_ = fetched
    outcomes = {line["seed"]: line for line in report(folder)[:5]}
    assert outcomes["ok_1.html"]["saved"] and outcomes["ok_1.html"]["status"] == 200
    assert outcomes["broken.html"] == {**outcomes["broken.html"], "saved": False, "reason": "http_500"}
    assert "after 2 retries" in outcomes["broken.html"]["detail"]
    assert outcomes["gone.html"]["reason"] == "http_404"
    assert outcomes["robots.html"]["reason"] == "skipped"  # robots.txt forbids it: never fetched
    for seed in ("broken.html", "gone.html", "robots.html"):
        assert not (folder / "texts" / seed).exists()
    assert first.returncode == 1, first.stderr[-2000:]
    assert "5 labelled pages: 2 saved, 3 not" in first.stdout


def test_robots_txt_obeyed(fetched) -> None:
    *_, hits_after_first, _ = fetched
    assert hits_after_first.get("/robots.txt") == 1
    assert "/private/x.html" not in hits_after_first


def test_a_second_run_fetches_only_what_is_missing(fetched) -> None:
    folder, _, second, hits_after_first, hits_after_second = fetched
    assert hits_after_second["/ok/1.html"] == hits_after_first["/ok/1.html"] == 1
    assert hits_after_second["/always500.html"] > hits_after_first["/always500.html"]
    assert "2 saved before" in second.stdout
    assert len(report(folder)) == 5 + 3


def test_saved_pages_are_scored_by_eval(fetched) -> None:
    folder, *_ = fetched
    labels = folder / "scored.jsonl"
    labels.write_text("".join(line for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines(True)
                              if '"ok_' in line), encoding="utf-8")
    scored = subprocess.run([sys.executable, "-m", "crawler.cli", "eval", str(labels), "--texts",
                             str(folder / "texts")], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert scored.returncode == 0, scored.stderr[-2000:]
    rows = dict(line.split(None, 1) for line in scored.stdout.splitlines() if line.strip())
    assert rows["edition"].split()[0] == "100.0%"


def test_label_lines_without_a_fetchable_address_are_refused(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"seed": "a.txt", "url": "file:///etc/passwd"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="http"):
        labelled_pages([labels])
    labels.write_text('{"seed": "../a.txt", "url": "https://example.org/a"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="plain file name"):
        labelled_pages([labels])
