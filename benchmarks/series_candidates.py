"""Analysis: how far a ranker over the series candidates could go, on labelled real announcements.

For every labelled announcement with a series, it pools the names every route of ``crawler.parse.series`` proposes
(title, opening sentence, first 600 characters, quoted, event, honour, whole text, book, each widened by
``in_full``, and every name after an ordinal) and prints how often the parser's own choice is right, how often some
candidate is right (a ranker's ceiling) and how often a candidate is only a boundary off. The texts are third-party
pages kept outside the repository, as for ``govcases eval``.

    .venv/bin/python benchmarks/series_candidates.py LABELS.jsonl [LABELS.jsonl ...] --texts-of LABELS=DIR ...

With one texts directory for all label files: ``--texts DIR``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from crawler.extract.plaintext import extract_text_article
from crawler.parse import series as S
from crawler.parse.announcement import headline_and_text, parse_announcement


def candidates(title: str, text: str) -> set[str]:
    """The folded names every route proposes for one page."""
    routes: list[Callable[[], S.SeriesMention | None]] = [
        lambda: S.find_series(title, None), lambda: S.lead_series(text), lambda: S.find_series(None, text[:600]),
        lambda: S.quoted_series(text[:600]), lambda: S.event_series(text), lambda: S.honour_series(text),
        lambda: S.honour_series(title), lambda: S.find_series(None, text),
        lambda: S.find_series(title, text, book=True)]
    found: list[S.SeriesMention] = list(S.series_mentions(text[:3000]))
    for route in routes:
        mention = route()
        if mention:
            found += [mention, S.in_full(mention, title, text)]
    return {S.series_key(mention.name) for mention in found}


def measure(pairs: list[tuple[Path, Path]]) -> dict[str, int]:
    """Counts over every labelled announcement with a series: total, parser right, some candidate right, near."""
    tally = {"announcements": 0, "parser right": 0, "some candidate right": 0, "only a boundary off": 0}
    for labels, texts in pairs:
        for line in labels.read_text(encoding="utf-8").splitlines():
            label = json.loads(line) if line.strip() else {}
            if not label.get("is_announcement") or not label.get("series"):
                continue
            tally["announcements"] += 1
            article = extract_text_article((texts / label["seed"]).read_text(encoding="utf-8"))
            title, text = headline_and_text(article.title, article.text)
            wanted = S.series_key(label["series"])
            facts = parse_announcement(article.title, article.text, article.published_at).announcement
            if facts and facts["series"] and S.series_key(facts["series"]) == wanted:
                tally["parser right"] += 1
            keys = candidates(title, text)
            if wanted in keys:
                tally["some candidate right"] += 1
            elif any(key and (key in wanted or wanted in key) for key in keys):
                tally["only a boundary off"] += 1
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", nargs="+", type=Path)
    parser.add_argument("--texts", type=Path, help="one directory holding the texts of every label file")
    parser.add_argument("--texts-of", action="append", default=[], metavar="LABELS=DIR",
                        help="the texts directory of one label file")
    args = parser.parse_args()
    dirs = {Path(k): Path(v) for k, v in (item.split("=", 1) for item in args.texts_of)}
    pairs = [(labels, dirs.get(labels) or args.texts or labels.parent / "texts") for labels in args.labels]
    tally = measure(pairs)
    total = tally["announcements"] or 1
    for name, count in tally.items():
        print(f"{name:<24} {count:5d}  {count / total:6.1%}")


if __name__ == "__main__":
    main()
