"""Benchmark: what a re-crawl of the unchanged snapshot fetches, incremental (the default) against a full crawl.

Three crawls of the whole bundled snapshot into a fresh archive, in the same run: the first crawl, a second
crawl (incremental: list pages only, archived articles skipped), and a third with ``--full`` (what a Scrapy
project without incremental skipping does on every run; scrapy-deltafetch, the usual plugin, does not work on
current Scrapy). For each it prints the requests answered by kind (robots.txt, list pages, article pages) as
counted from the WARC capture, the articles archived, and the wall time. Then ``govcases reparse`` over the
result (from the WARC files, no network) is timed the same way.

    .venv/bin/python benchmarks/recrawl.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from crawler.fetch.warc import iter_responses

REPO = Path(__file__).resolve().parents[1]
KINDS = {"parse_article": "articles", "NO_CALLBACK": "robots.txt"}


def govcases(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=REPO, check=True, capture_output=True)
    return time.perf_counter() - start


def requests_by_run(folder: Path) -> dict[int, Counter]:
    runs: dict[int, Counter] = {}
    for capture in iter_responses(folder, folder / "warc"):
        kind = KINDS.get(capture.callback or "", "robots.txt" if capture.url.endswith("/robots.txt") else "lists")
        runs.setdefault(capture.run_id, Counter())[kind] += 1
    return runs


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = str(folder / "archive.db")
        seen: set[int] = set()
        print(f"{'crawl':<22}{'requests':>9}{'lists':>7}{'articles':>10}{'robots':>8}{'seconds':>9}")
        for label, extra in (("first", ()), ("second (incremental)", ()), ("third (--full)", ("--full",))):
            seconds = govcases("crawl", "--offline", "--db", db, *extra)
            runs = requests_by_run(folder)
            new = sum((runs[r] for r in runs if r not in seen), Counter())
            seen |= set(runs)
            print(f"{label:<22}{sum(new.values()):>9}{new['lists']:>7}{new['articles']:>10}{new['robots.txt']:>8}"
                  f"{seconds:>9.1f}")
        print(f"reparse from WARC: {govcases('reparse', '--db', db):.1f} s")


if __name__ == "__main__":
    main()
