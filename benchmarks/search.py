"""Benchmark: Chinese search through Datasette's JSON API against a LIKE scan of the same rows, in the same run.

Generates N articles (default 100,000) of Chinese news-like text from a fixed vocabulary (seeded, so every run
builds the same corpus), indexes them with the archive's search index, then times ``GET /archive/articles.json``
with ``?_search=Q`` and with ``?_where=title like '%Q%' or text like '%Q%'`` for 2- and 4-character queries, through
Datasette's own request handling (in process, served with the project's metadata and settings). Also checks that
both return the same number of rows, and prints the index size.

    .venv/bin/python benchmarks/search.py [--articles 100000] [--repeat 15] [--keep PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import time
from pathlib import Path

import sqlite_utils
from datasette.app import Datasette

from crawler.archive import Archive
from crawler.archive.search import sync_search_index
from crawler.serve.config import DATASETTE_SETTINGS, metadata_for

# Query words and the share of articles containing each (a governance-news archive: 治理 is common, 枫桥 rare).
TWO_CHAR = {"治理": .15, "社区": .08, "案例": .06, "评审": .03, "徐汇": .02, "颁奖": .02, "崇明": .01, "枫桥": .005}
FOUR_CHAR = {"城市治理": .05, "社会治理": .05, "基层治理": .04, "实践案例": .02, "一网统管": .01, "评选结果": .01,
             "优秀案例": .01, "枫桥经验": .004}
PUNCTUATION = "，，，，、。。；：“”"


def character_stream(rng: random.Random, length: int) -> str:
    """Chinese-like text: 3,500 characters with Zipf frequencies, the query words' characters among the top 800."""
    query_chars = sorted({char for word in [*TWO_CHAR, *FOUR_CHAR] for char in word})
    others = [chr(code) for code in rng.sample(range(0x4E00, 0x9FA6), 3600) if chr(code) not in query_chars]
    ranked = others[:3500]
    for char in query_chars:  # common characters, as they are in real text (理 and 会 are in the top 100)
        ranked.insert(rng.randint(10, 800), char)
    weights = [1 / (rank + 1) for rank in range(len(ranked))]
    chars = rng.choices(ranked, weights, k=length)
    for position in range(0, length, 12):  # a punctuation mark every 12 characters on average
        chars[position + rng.randrange(12) if position + 12 < length else position] = rng.choice(PUNCTUATION)
    return "".join(chars)


def generate_articles(count: int, seed: int = 20210720) -> list[dict]:
    """``count`` articles of 300-1,500 characters cut from one seeded character stream, query words sprinkled in."""
    rng = random.Random(seed)
    stream = character_stream(rng, 2_000_000)
    words = {**TWO_CHAR, **FOUR_CHAR}
    rows = []
    for number in range(count):
        length = rng.randint(300, 1500)
        start = rng.randrange(len(stream) - length)
        text = stream[start:start + length]
        for word, share in words.items():
            if rng.random() < share:
                cut = rng.randrange(len(text))
                text = text[:cut] + word + text[cut:]
        start = rng.randrange(len(stream) - 20)
        title = stream[start:start + rng.randint(8, 20)]
        year = 2015 + number % 10
        date = f"{year}-{1 + number % 12:02d}-{1 + number % 28:02d}"
        rows.append({"url": f"https://news.example.edu.cn/{year}/{number}.html", "title": title, "text": text,
                     "published_at": date, "published_date": date, "year": year, "source_id": f"site{number % 7}"})
    return rows


def build(path: Path, count: int) -> dict[str, float]:
    archive = Archive(path)  # the real schema
    rows = generate_articles(count)
    for number in range(7):
        archive.register_source(f"site{number}", f"Site {number}", f"https://site{number}.example.edu.cn/", [])
    started = time.perf_counter()
    archive.db["articles"].insert_all(rows, batch_size=2000)
    inserted = time.perf_counter()
    sync_search_index(archive.db)
    indexed = time.perf_counter()
    archive.db.execute("VACUUM")
    archive.db.conn.close()
    return {"insert_s": inserted - started, "index_s": indexed - inserted}


def table_bytes(path: Path, prefix: str) -> int:
    with sqlite_utils.Database(path).conn as conn:
        rows = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ? ", [prefix + "%"]).fetchone()
    return rows[0] or 0


async def timings(ds: Datasette, database: str, params: dict, repeat: int) -> tuple[list[float], int]:
    times, count = [], -1
    for _ in range(repeat):
        started = time.perf_counter()
        response = await ds.client.get(f"/{database}/articles.json", params=params)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.text[:500]
        count = response.json()["filtered_table_rows_count"]
    return times, count


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def run(path: Path, repeat: int) -> None:
    metadata = metadata_for(path)
    ds = Datasette([str(path)], metadata=metadata, settings=DATASETTE_SETTINGS)
    database = path.stem
    print(f"{'query':<10} {'search p50':>10} {'p95':>8} {'LIKE p50':>9} {'p95':>8} {'p95 ratio':>9}  rows")
    for label, queries in (("2-char", TWO_CHAR), ("4-char", FOUR_CHAR)):
        all_search, all_like = [], []
        for query in queries:
            search, found = await timings(ds, database, {"_search": query}, repeat)
            like, scanned = await timings(
                ds, database, {"_where": f"title like '%{query}%' or text like '%{query}%'"}, repeat)
            assert found == scanned, f"{query}: search found {found} rows, LIKE {scanned}"
            all_search += search
            all_like += like
            print(f"{query:<10} {percentile(search, .5):>8.1f}ms {percentile(search, .95):>6.1f}ms "
                  f"{percentile(like, .5):>7.1f}ms {percentile(like, .95):>6.1f}ms "
                  f"{percentile(like, .95) / percentile(search, .95):>8.1f}x  {found}")
        print(f"{label + ' all':<10} {percentile(all_search, .5):>8.1f}ms {percentile(all_search, .95):>6.1f}ms "
              f"{percentile(all_like, .5):>7.1f}ms {percentile(all_like, .95):>6.1f}ms "
              f"{percentile(all_like, .95) / percentile(all_search, .95):>8.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7, help="requests per query and method")
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "archive.db"
        if not path.exists():
            built = build(path, args.articles)
            print(f"built {args.articles:,} articles: insert {built['insert_s']:.1f}s, "
                  f"search index {built['index_s']:.1f}s")
        articles, index = table_bytes(path, "articles"), table_bytes(path, "articles_fts")
        print(f"database {path.stat().st_size / 2**20:.0f} MiB; articles table and indexes "
              f"{(articles - index) / 2**20:.0f} MiB; search index {index / 2**20:.0f} MiB")
        print(json.dumps({"settings": DATASETTE_SETTINGS}, ensure_ascii=False))
        asyncio.run(run(path, args.repeat))


if __name__ == "__main__":
    main()
