"""Benchmark: finding republications. govcases' grouping against the usual alternatives, same input, same run.

Input: base texts (the seed announcements in ../shared/seeds when present, else the real news pages of
tests/data/sources_site), each reposted the ways aggregators repost (whole with a header and "related links" tail,
trimmed to its first paragraphs, punctuation changed between full- and half-width), plus for each base a *next
edition* (第N届 and the year changed, published a year later) that must stay apart, plus unrelated real pages.

Methods, each scored by pair precision and recall against the construction:

- exact: the same text hash (what ``content_hash`` alone would give);
- minhash-lsh: datasketch MinHashLSH on Jaccard similarity >= 0.5 (the common recipe);
- govcases: LSH Ensemble on containment, then the exact check with edition/date guards (crawler.archive.dedup);
- pairwise: the same exact check over all pairs without LSH (the reference govcases' index should not lose to).

Then a timing at scale (``--scale`` documents built by mutating the inputs) for govcases and pairwise.

    .venv/bin/python benchmarks/dedup.py [--scale 2000]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import re
import time
from pathlib import Path

from datasketch import MinHash, MinHashLSH

from crawler.archive.dedup import Doc, find_groups, same_announcement, shingles
from crawler.extract.article import extract_article

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
PAGES = REPO / "tests" / "data" / "sources_site"
WIDTH = str.maketrans({"，": ",", "。": ".", "：": ":", "（": "(", "）": ")", "“": '"', "”": '"'})


def base_texts() -> list[str]:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    return [p.read_text(encoding="utf-8") for p in seeds]


def distractors() -> list[str]:
    return [extract_article(p.read_text(encoding="utf-8"), f"http://x/{p.name}").text or ""
            for p in sorted(PAGES.glob("*.html"))]


def next_edition(text: str) -> str:
    """The same template a year later: edition number and years moved on."""
    text = re.sub(r"第([一二三四五六七八九十])届", lambda m: "第" + "二三四五六七八九十十"["一二三四五六七八九十".index(
        m.group(1))] + "届", text)
    return re.sub(r"20(\d\d)", lambda m: f"20{int(m.group(1)) + 1:02d}", text)


def corpus() -> tuple[list[Doc], set[tuple[str, str]]]:
    """Documents and the true republication pairs (by URL)."""
    docs, truth = [], set()
    bases = base_texts() or distractors()[:2]
    for b, text in enumerate(bases):
        paragraphs = [p for p in text.split("\n") if p.strip()]
        copies = {
            f"orig{b}": (text, "2021-07-20"),
            f"whole{b}": ("某资讯网 转载\n" + text + "\n相关阅读：招生简章 | 备考指南 | 院校排名", "2021-07-21"),
            f"trim{b}": ("\n".join(paragraphs[: max(2, len(paragraphs) // 3)]), "2021-07-22"),
            f"width{b}": (text.translate(WIDTH), "2021-07-23"),
        }
        for name, (body, day) in copies.items():
            docs.append(make_doc(name, body, day))
        truth |= {tuple(sorted(p)) for p in itertools.combinations(copies, 2)}
        docs.append(make_doc(f"next{b}", next_edition(text), "2022-07-20"))
    for d, text in enumerate(distractors()):
        docs.append(make_doc(f"other{d}", text, "2020-01-01"))
    return docs, truth


def make_doc(url: str, text: str, day: str) -> Doc:
    return Doc(url=url, source_id=url, published=day, origin=None, text=text, shingles=shingles(text),
               editions=frozenset(re.findall(r"第([一二三四五六七八九十\d]+)届", text[:300])[:2]))


def pairs_of_groups(groups: list[list[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in itertools.combinations(g, 2)}


def exact(docs: list[Doc]) -> set[tuple[str, str]]:
    by_hash: dict[str, list[str]] = {}
    for d in docs:
        by_hash.setdefault(hashlib.sha256(d.text.encode()).hexdigest(), []).append(d.url)
    return pairs_of_groups(list(by_hash.values()))


def minhash_lsh(docs: list[Doc]) -> set[tuple[str, str]]:
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    signatures = MinHash.bulk([[s.encode() for s in d.shingles] for d in docs], num_perm=128)
    for d, m in zip(docs, signatures, strict=True):
        lsh.insert(d.url, m)
    return {tuple(sorted((d.url, other))) for d, m in zip(docs, signatures, strict=True)
            for other in lsh.query(m) if other != d.url}


def govcases(docs: list[Doc]) -> set[tuple[str, str]]:
    return pairs_of_groups([[d.url for d in g] for g in find_groups(docs)])


def pairwise(docs: list[Doc]) -> set[tuple[str, str]]:
    return {tuple(sorted((a.url, b.url))) for a, b in itertools.combinations(docs, 2) if same_announcement(a, b)}


def score(found: set, truth: set) -> str:
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    return f"precision {precision:.2f}  recall {hits / len(truth):.2f}  ({len(found)} pairs found, {len(truth)} true)"


def scaled(docs: list[Doc], n: int) -> list[Doc]:
    """``n`` documents: the corpus, then copies with random characters changed (new texts, some near others)."""
    rng = random.Random(7)
    out = list(docs)
    while len(out) < n:
        src = rng.choice(docs)
        chars = list(src.text)
        for i in rng.sample(range(len(chars)), k=max(1, len(chars) // 4)):
            chars[i] = chr(0x4E00 + rng.randrange(20000))
        out.append(make_doc(f"{src.url}~{len(out)}", "".join(chars), src.published or "2021-01-01"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=2000)
    args = parser.parse_args()
    docs, truth = corpus()
    print(f"{len(docs)} documents, {len(truth)} true republication pairs "
          f"({'seed announcements' if base_texts() else 'real news pages'} as bases)")
    for name, method in (("exact", exact), ("minhash-lsh", minhash_lsh), ("govcases", govcases),
                         ("pairwise", pairwise)):
        started = time.perf_counter()
        found = method(docs)
        print(f"  {name:12s} {score(found, truth)}  {1000 * (time.perf_counter() - started):.0f} ms")
    big = scaled(docs, args.scale)
    for name, method in (("govcases", govcases), ("pairwise", pairwise)):
        started = time.perf_counter()
        method(big)
        print(f"  {len(big)} documents, {name:9s} {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
