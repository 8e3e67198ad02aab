"""Benchmark: govcases' article extraction against trafilatura and GNE on the same pages, in the same run.

Pages: every HTML page of the bundled snapshot (``snapshot/manifest.json``) and the labelled real pages in
``../shared/realpages`` (when present). For each extractor it reports pages per second over all pages, and on
the labelled real pages how often the published date (the day) is right, how often the exact time is right
where the label has one, and the title. A page with no date label counts as right only when nothing is
answered. On the snapshot pages carrying a seed text, the story text is compared with the seed's story (as
``extract_text_article`` reads the seed file, so the reference shares govcases' end-of-story rules) by character
F1. govcases is timed twice: ``extract_article`` alone, and with ``parse_announcement`` (the whole extraction of
the announcement's facts) on top. htmldate is trafilatura's date module, also run alone.

GNE returns dates as printed (``2019年06月15日08:18``); to compare days at all they are read with govcases'
``normalise_datetime`` — GNE itself does not normalise. trafilatura gives a day (no time).

    .venv/bin/python benchmarks/extraction.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import logging
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from crawler.extract.article import decode_html, extract_article, extract_text_article
from crawler.extract.realpages import LabelledPage, load_labelled_pages, score_page
from crawler.parse.dates import normalise_datetime

REPO = Path(__file__).resolve().parents[1]
REALPAGES = REPO.parent / "shared" / "realpages"
SEEDS_LABELS = REPO.parent / "shared" / "eval" / "seeds.jsonl"

# extractor name -> function(html, url) -> (published_at, title, text)
Result = tuple[str | None, str | None, str | None]
Extractor = Callable[[str, str], Result]


def govcases_extract(html: str, url: str) -> Result:
    fields = extract_article(html, url)
    return fields.published_at, fields.title, fields.text


def govcases_with_parse() -> Extractor | None:
    try:
        from crawler.parse.announcement import parse_announcement
    except ImportError:
        return None

    def run(html: str, url: str) -> Result:
        fields = extract_article(html, url)
        parse_announcement(fields.title, fields.text, fields.published_at, html=html, url=url)
        return fields.published_at, fields.title, fields.text

    return run


def trafilatura_extract(html: str, url: str) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True)
    if doc is None:
        return None, None, None
    get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
    return get("date"), get("title"), get("text")


def htmldate_extract(html: str, url: str) -> Result:
    from htmldate import find_date

    return find_date(html, url=url or None, extensive_search=True), None, None


def gne_extract(html: str, url: str) -> Result:
    from gne import GeneralNewsExtractor

    try:
        result = GeneralNewsExtractor().extract(html)
    except Exception:  # GNE raises on pages it cannot read; the page counts as answered with nothing
        return None, None, None
    return normalise_datetime(result.get("publish_time")), result.get("title"), result.get("content")


def snapshot_pages() -> list[tuple[str, str]]:
    """The HTML pages of the bundled snapshot (list and article pages alike; JSON feeds left out)."""
    manifest = json.loads((REPO / "snapshot" / "manifest.json").read_text(encoding="utf-8"))
    pages = []
    for entry in manifest["pages"]:
        path = REPO / "snapshot" / entry["file"]
        if "html" in entry.get("content_type", "text/html") and path.exists():
            pages.append((decode_html(path.read_bytes()), entry["url"]))
    return pages


def seed_pages() -> list[LabelledPage]:
    """Snapshot pages carrying a seed text (``made_from`` starts "seed NNN (…)"), labelled with the seed's day and
    title: announcement pages as the sites print them, mostly without date meta tags."""
    if not SEEDS_LABELS.exists():
        return []
    seeds = {}
    for line in SEEDS_LABELS.read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        seeds[label["seed"][:3]] = label
    manifest = json.loads((REPO / "snapshot" / "manifest.json").read_text(encoding="utf-8"))
    pages = []
    for entry in manifest["pages"]:
        made_from = entry.get("made_from") or ""
        seed = seeds.get(made_from[5:8]) if made_from.startswith("seed ") else None
        if seed and (REPO / "snapshot" / entry["file"]).exists():
            story = extract_text_article((SEEDS_LABELS.parents[1] / "seeds" / seed["seed"]).read_text("utf-8")).text
            labels = {"published_date": seed["published_at"][:10], "title": seed["title"], "text": story}
            pages.append(LabelledPage(file=REPO / "snapshot" / entry["file"], url=entry["url"], labels=labels))
    return pages


def time_extractor(extractor: Extractor, pages: list[tuple[str, str]], repeat: int) -> float:
    """Best pages/second over ``repeat`` passes (the best pass is the least disturbed by the machine)."""
    best = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        for html, url in pages:
            extractor(html, url)
        elapsed = time.perf_counter() - start
        best = max(best, len(pages) / elapsed if elapsed else 0.0)
    return best


def accuracy(extractor: Extractor, labelled: list[LabelledPage]) -> dict[str, tuple[int, int]]:
    totals: dict[str, list[float]] = {"date": [0, 0], "datetime": [0, 0], "title": [0, 0], "text": [0, 0]}
    for page in labelled:
        published_at, title, text = extractor(page.html(), page.url)
        for check, passed in score_page(page, published_at, title).items():
            if check in totals:
                totals[check][0] += int(passed)
                totals[check][1] += 1
        if page.labels.get("text") and text is not None:
            totals["text"][0] += char_f1(text, page.labels["text"])
            totals["text"][1] += 1
    return {check: (passed, total) for check, (passed, total) in totals.items()}


def char_f1(found: str, wanted: str) -> float:
    """F1 of the characters (spaces ignored) of an extracted text against the reference text."""
    a = Counter(ch for ch in found if not ch.isspace())
    b = Counter(ch for ch in wanted if not ch.isspace())
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="timing passes per extractor (best one counts)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura and GNE log every page they find hard
    warnings.simplefilter("ignore")

    labelled = load_labelled_pages(REALPAGES) if (REALPAGES / "labels.json").exists() else []
    pages = snapshot_pages() + [(page.html(), page.url) for page in labelled]
    extractors: dict[str, Extractor] = {"govcases extract_article": govcases_extract}
    if (with_parse := govcases_with_parse()) is not None:
        extractors["govcases + parse_announcement"] = with_parse
    extractors.update({"trafilatura (bare_extraction)": trafilatura_extract, "htmldate (find_date)": htmldate_extract,
                       "GNE": gne_extract})

    seeds = seed_pages()
    print(f"{len(pages)} pages ({len(pages) - len(labelled)} snapshot, {len(labelled)} labelled real pages); "
          f"accuracy on the real pages, and on the {len(seeds)} snapshot pages carrying a seed text")
    header = (f"{'extractor':32} {'pages/s':>8} {'date (day)':>11} {'exact time':>11} {'title':>7}"
              f" {'seed pages: date':>17} {'title':>7} {'text F1':>8}")
    print(header)
    print("-" * len(header))
    for name, extractor in extractors.items():
        speed = time_extractor(extractor, pages, args.repeat)
        real = accuracy(extractor, labelled) if labelled else {}
        seeded = accuracy(extractor, seeds) if seeds else {}
        no_title = name.startswith("htmldate")
        print(f"{name:32} {speed:8.1f} {_cell(real, 'date'):>11} {_cell(real, 'datetime'):>11}"
              f" {_cell(real, 'title', no_title):>7} {_cell(seeded, 'date'):>17} {_cell(seeded, 'title', no_title):>7}"
              f" {_mean(seeded, 'text'):>8}")


def _mean(scores: dict[str, tuple[float, float]], check: str) -> str:
    total_f1, pages = scores.get(check, (0, 0))
    return f"{total_f1 / pages:.3f}" if pages else "-"


def _cell(scores: dict[str, tuple[int, int]], check: str, not_applicable: bool = False) -> str:
    passed, total = scores.get(check, (0, 0))
    return f"{passed}/{total}" if total and not not_applicable else "-"


if __name__ == "__main__":
    main()
