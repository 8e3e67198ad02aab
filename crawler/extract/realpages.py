"""Scoring extraction against labelled real pages (``realpages/labels.json``), for the tests' accuracy floors and
for ``benchmarks/extraction.py``.

Labels give what the page itself prints: ``published_at`` (with its time) or ``published_date`` (a day), and
where known ``title`` and ``editor``. A null date label means the page prints none: answering one is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from crawler.extract.article import decode_html

CHECKS = ("date", "datetime", "title", "editor")


@dataclass(frozen=True)
class LabelledPage:
    file: Path
    url: str
    labels: dict

    def html(self) -> str:
        return decode_html(self.file.read_bytes())


def load_labelled_pages(root: Path) -> list[LabelledPage]:
    """The pages listed in ``root/labels.json`` that exist beside it."""
    data = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    pages = []
    for entry in data["pages"]:
        path = root / entry["file"]
        if path.exists():
            pages.append(LabelledPage(file=path, url=entry.get("url") or "", labels=entry))
    return pages


def score_page(page: LabelledPage, published_at: str | None, title: str | None = None,
               editor: str | None = None) -> dict[str, bool]:
    """Which checks one extraction passes. ``date``: the day (or rightly none); ``datetime``: the exact time, for
    labels that have one; ``title`` and ``editor``: exact, where labelled."""
    labels = page.labels
    wanted = labels.get("published_at") if "published_at" in labels else labels.get("published_date")
    result = {"date": (published_at or "")[:10] == (wanted or "")[:10] and bool(published_at) == bool(wanted)}
    if wanted and len(wanted) > 10:
        result["datetime"] = published_at == wanted
    if labels.get("title"):
        result["title"] = title == labels["title"]
    if labels.get("editor"):
        result["editor"] = editor == labels["editor"]
    return result


def accuracy(results: Iterable[dict[str, bool]]) -> dict[str, tuple[int, int]]:
    """Per check: (passed, labelled)."""
    totals = {check: [0, 0] for check in CHECKS}
    for result in results:
        for check, passed in result.items():
            totals[check][0] += int(passed)
            totals[check][1] += 1
    return {check: (passed, total) for check, (passed, total) in totals.items()}
