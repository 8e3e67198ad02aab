"""Republications folded together: the same announcement reposted on several sites becomes one group.

Reposts are rarely byte-identical: an aggregator trims the last paragraphs, adds its own header and "related links",
changes punctuation. So the comparison is over character 5-gram shingles of the normalised text (Chinese has no
spaces to split words on), estimated with MinHash and found with datasketch's LSH Ensemble, which indexes
*containment* (how much of the shorter text lies inside the longer) rather than Jaccard similarity; a trimmed repost
is contained in its original even when the two differ in length. Every candidate pair is then checked exactly, and
two texts are kept apart when they name different editions (第二届 vs 第三届) or were published far apart in time:
a series' yearly announcements are written from the same template and must not fold together.

Each group gets a canonical article: the original publisher where another member names it (a repost's 来源 /
本文转载自 / 原文 line naming the publisher's site), else the earliest published, then the smallest URL (so the result
does not depend on crawl order). :func:`refresh_groups` rebuilds it all after each crawl, in ``govcases merge``
and in reparse; it is deterministic and idempotent.

Tables and views it keeps:

- ``republication_groups``: one row per announcement (singletons included): canonical URL, members, sites, how
  the canonical article was chosen.
- ``articles.group_id``, ``articles.canonical_url``, ``articles.is_canonical``.
- view ``announcements``: one row per group (the canonical article's row plus where else it appeared), the place to
  count facts once per announcement.
- view ``republications``: each non-canonical article beside the canonical one it repeats.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

import sqlite_utils
from datasketch import MinHash, MinHashLSHEnsemble

from crawler.archive.transaction import write_transaction
from crawler.archive.views import replace_view

SHINGLE = 5
NUM_PERM = 128
MIN_SHINGLES = 40  # below this (about 45 characters) a text is too short to call a republication
CONTAINMENT = 0.7  # exact share of the shorter text's shingles found in the longer one
MAX_DAYS_APART = 120  # reposts follow the original within weeks; a year later it is the next edition
MIN_LENGTH_RATIO = 0.05  # an excerpt of the opening paragraphs still counts; one line in a long roundup does not

HEADER_LINES, HEADER_LINE_CHARS = 3, 40  # where and how a repost prints the publishing unit it took the text from

# Keep CJK, letters and digits; punctuation, spaces and full/half-width differences vary between reposts.
_NOT_TEXT = re.compile(r"[^0-9a-z\u3400-\u9fff]+")
_EDITION = re.compile(r"第\s*([一二三四五六七八九十百零〇\d]+)\s*[届期]")
# A repost names its original: 来源：X / 转载自 X / 原文来源 / 本文来自 X (up to the end of the line).
_NAMED_ORIGIN = re.compile(r"(?:来源|转载自|转自|原文来源|原文链接|本文来自|文章来源)\s*[:：]?\s*([^\n]{2,120})")


@dataclass
class Doc:
    """One article as the grouping sees it: its text's shingles, the editions it names, when it was published."""

    url: str
    source_id: str
    published: str | None
    origin: str | None
    text: str
    shingles: frozenset[str]
    editions: frozenset[str]


@dataclass(frozen=True)
class GroupStats:
    """What :func:`refresh_groups` found."""

    articles: int
    groups: int
    republished_groups: int  # groups with more than one article
    folded: int  # articles that are not their group's canonical article


def refresh_groups(db: sqlite_utils.Database) -> GroupStats:
    """Recompute every republication group of the archive and write tables, columns and views."""
    ensure_dedup_schema(db)
    sources = {r["id"]: r for r in db["sources"].rows}
    docs = [_doc(row) for row in db.execute_returning_dicts(
        "select url, source_id, published_at, origin, text from articles order by url")]
    groups = find_groups(docs)
    group_rows, article_updates = [], []
    for members in groups:
        canonical, how = choose_canonical(members, sources)
        group_id = hashlib.sha1(canonical.url.encode()).hexdigest()[:16]
        dates = sorted(d.published for d in members if d.published)
        group_rows.append({
            "id": group_id, "canonical_url": canonical.url, "members": len(members),
            "sites": len({d.source_id for d in members}),
            "source_ids": json.dumps(sorted({d.source_id for d in members}), ensure_ascii=False),
            "urls": json.dumps(sorted(d.url for d in members), ensure_ascii=False),
            "first_published": dates[0] if dates else None, "last_published": dates[-1] if dates else None,
            "canonical_by": how,
        })
        article_updates += [(group_id, canonical.url, int(d.url == canonical.url), d.url) for d in members]
    with write_transaction(db):
        db.execute("delete from republication_groups")
        db["republication_groups"].insert_all(group_rows)
        db.conn.executemany("update articles set group_id = ?, canonical_url = ?, is_canonical = ? where url = ?",
                            article_updates)
    republished = [g for g in group_rows if g["members"] > 1]
    return GroupStats(articles=len(docs), groups=len(group_rows), republished_groups=len(republished),
                      folded=sum(g["members"] - 1 for g in republished))


def find_groups(docs: list[Doc]) -> list[list[Doc]]:
    """Partition ``docs`` into republication groups (each a list sorted by URL; singletons included)."""
    parent = list(range(len(docs)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in candidate_pairs(docs):
        if same_announcement(docs[i], docs[j]):
            parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[Doc]] = {}
    for i, doc in enumerate(docs):
        groups.setdefault(root(i), []).append(doc)
    return sorted((sorted(g, key=lambda d: d.url) for g in groups.values()), key=lambda g: g[0].url)


def candidate_pairs(docs: list[Doc]) -> set[tuple[int, int]]:
    """Pairs whose estimated containment passes the threshold (LSH Ensemble over MinHash signatures)."""
    usable = [i for i, d in enumerate(docs) if len(d.shingles) >= MIN_SHINGLES]
    if len(usable) < 2:
        return set()
    # crc32 instead of datasketch's default sha1: 3x faster, deterministic, and 32 bits is what MinHash keeps anyway.
    signatures = MinHash.bulk([[s.encode() for s in docs[i].shingles] for i in usable], num_perm=NUM_PERM,
                              hashfunc=zlib.crc32)
    # A lower index threshold than the exact check: LSH is an estimate and must not lose true pairs.
    ensemble = MinHashLSHEnsemble(threshold=CONTAINMENT - 0.15, num_perm=NUM_PERM, num_part=8)
    ensemble.index((i, m, len(docs[i].shingles)) for i, m in zip(usable, signatures, strict=True))
    pairs = set()
    for i, m in zip(usable, signatures, strict=True):
        for j in ensemble.query(m, len(docs[i].shingles)):
            if j != i:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def same_announcement(a: Doc, b: Doc) -> bool:
    """The exact check of a candidate pair: containment, length ratio, edition and date agree."""
    small, large = sorted((a.shingles, b.shingles), key=len)
    if len(small) < MIN_SHINGLES or len(small) < MIN_LENGTH_RATIO * len(large):
        return False
    if len(small & large) < CONTAINMENT * len(small):
        return False
    if a.editions and b.editions and not (a.editions & b.editions):
        return False
    return _days_apart(a.published, b.published) <= MAX_DAYS_APART


def choose_canonical(members: list[Doc], sources: dict[str, dict]) -> tuple[Doc, str]:
    """The group's canonical article and why: ``named_original``, ``earliest`` or ``only``."""
    if len(members) == 1:
        return members[0], "only"
    named = {}
    for candidate in members:
        names = _site_names(candidate, sources.get(candidate.source_id, {}))
        named[candidate.url] = sum(
            1 for other in members
            if other.source_id != candidate.source_id and _names_any(_origin_lines(other), names))
    best = max(named.values())
    pool = [d for d in members if named[d.url] == best] if best else members
    chosen = min(pool, key=lambda d: (d.published or "9999", d.url))
    return chosen, "named_original" if best else "earliest"


def ensure_dedup_schema(db: sqlite_utils.Database) -> None:
    """Create the group table, the articles' group columns and the two views (idempotent)."""
    with write_transaction(db):
        _create_dedup_schema(db)


def _create_dedup_schema(db: sqlite_utils.Database) -> None:
    if "republication_groups" not in db.table_names():
        db["republication_groups"].create({
            "id": str, "canonical_url": str, "members": int, "sites": int, "source_ids": str, "urls": str,
            "first_published": str, "last_published": str, "canonical_by": str,
        }, pk="id")
        db["republication_groups"].create_index(["canonical_url"], if_not_exists=True)
    articles = db["articles"]
    for column, kind in (("group_id", str), ("canonical_url", str), ("is_canonical", int)):
        if column not in articles.columns_dict:
            articles.add_column(column, kind)
    articles.create_index(["group_id"], if_not_exists=True)
    replace_view(db, "announcements", """
        select a.*, g.members as republished_count, g.sites as republished_sites,
               g.source_ids as appeared_on, g.urls as appeared_at, g.canonical_by
        from republication_groups g join articles a on a.url = g.canonical_url""")
    replace_view(db, "republications", """
        select a.group_id, a.canonical_url, c.source_id as canonical_source, a.url, a.source_id,
               a.published_at, a.title
        from articles a join articles c on c.url = a.canonical_url
        where a.is_canonical = 0""")


# --- text features ----------------------------------------------------------------------------------------
def _doc(row: dict) -> Doc:
    text = row.get("text") or ""
    return Doc(url=row["url"], source_id=row.get("source_id") or "", published=(row.get("published_at") or None),
               origin=row.get("origin"), text=text, shingles=shingles(text), editions=_editions(text))


def shingles(text: str) -> frozenset[str]:
    """Character 5-grams of the text with punctuation and spacing removed."""
    flat = _NOT_TEXT.sub("", text.lower())
    return frozenset(flat[i:i + SHINGLE] for i in range(max(0, len(flat) - SHINGLE + 1)))


def _editions(text: str) -> frozenset[str]:
    # The first mentions only: later paragraphs may recall earlier editions (自第一届以来).
    return frozenset(m.group(1) for m in list(_EDITION.finditer(text[:300]))[:2])


def _days_apart(a: str | None, b: str | None) -> int:
    if not a or not b:
        return 0
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 0


def _origin_lines(doc: Doc) -> list[str]:
    """What a page says about where its text comes from: its 来源 field, 来源/转载自 lines, and short header lines
    (aggregators print the publishing unit on a line of its own between the title and the date; a body paragraph
    that merely mentions an organisation does not count)."""
    lines = [doc.origin] if doc.origin else []
    lines += [m.group(1) for m in _NAMED_ORIGIN.finditer(doc.text[:400] + "\n" + doc.text[-400:])]
    lines += [line for line in doc.text.split("\n")[:HEADER_LINES] if len(line.strip()) <= HEADER_LINE_CHARS]
    return [_flat(line) for line in lines if line]


def _site_names(doc: Doc, source: dict) -> list[str]:
    """Ways a repost can name this article's publisher: the site's name, its host, the URL itself."""
    names = [_flat(source.get("name") or ""), _flat(doc.url)]
    names.append((urlsplit(doc.url).hostname or "").removeprefix("www."))
    return [n for n in names if len(n) >= 4]


def _names_any(lines: Iterable[str], names: list[str]) -> bool:
    return any(name in line for line in lines for name in names)


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()

