"""Score the generic extraction on the blind set (tests/data/pages_blind): synthetic pages modelled on real Chinese CMS
templates that are not in the snapshot, labelled before the extraction code was read.

Run ``python -m tests.blind_pages [DIR]`` (DIR: another blind set, e.g. tests/data/pages_blind2) to print the
figures per field and every miss; ``test_blind_pages.py`` and ``test_blind_pages2.py`` pin floors.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from crawler.extract.article import ArticleFields, decode_html, extract_article

BLIND = Path(__file__).resolve().parent / "data" / "pages_blind"
BYLINE_FIELDS = ("origin", "author", "editor")


@dataclass(frozen=True)
class Check:
    """One field of one page: ``ok`` is None when the label has nothing to check (a null byline)."""

    page: str
    field: str
    ok: bool | None
    expected: object
    got: object


def load_labels(root: Path = BLIND) -> list[dict]:
    return json.loads((root / "labels.json").read_text(encoding="utf-8"))["pages"]


def extract(label: dict, root: Path = BLIND) -> ArticleFields:
    """Extract one page with no site selectors, from its bytes as a crawl would receive them."""
    return extract_article(decode_html((root / label["file"]).read_bytes()), label["url"])


def check_page(label: dict, fields: ArticleFields) -> list[Check]:
    """Every check of one page: day, time (pages that print one), title, bylines, story text."""
    name, want, got = label["file"], label["published_at"], fields.published_at or ""
    checks = [Check(name, "date", got[:10] == want[:10], want, fields.published_at)]
    if len(want) > 10:  # the minute must be right; seconds only where the page gives them
        checks.append(Check(name, "time", got[:16] == want[:16] and got.endswith("+08:00"), want, got))
    checks.append(Check(name, "title", (fields.title or "").strip() == label["title"], label["title"], fields.title))
    for field in BYLINE_FIELDS:
        value = getattr(fields, field)
        ok = None if label[field] is None else value == label[field]
        checks.append(Check(name, field, ok, label[field], value))
    text = fields.text or ""
    squeeze = " ".join  # a full-width space printed as an ASCII one is the same text
    body_ok = (
        squeeze(label["text_start"].split()) in squeeze(text[:80].split())
        and squeeze(label["text_end"].split()) in squeeze(text.split())
        and not any(bit in text for bit in label["furniture"])
    )
    excerpt = text[:80] + " … " + text[-60:]
    checks.append(Check(name, "body", body_ok, (label["text_start"], label["text_end"]), excerpt))
    return checks


def run(root: Path = BLIND) -> list[Check]:
    """Every check of every page of the blind set in ``root`` (the first set unless told)."""
    checks = []
    for label in load_labels(root):
        try:
            fields = extract(label, root)
        except Exception as error:  # a crash on one page is a miss of every field, not the end of the measurement
            print(f"  CRASH {label['file']}: {error!r}")
            fields = ArticleFields(None, None, None, None, None, "", [])
        checks.extend(check_page(label, fields))
    return checks


def accuracy(checks: list[Check]) -> dict[str, tuple[int, int]]:
    """Per field: (passed, checked); null labels are not counted."""
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for check in checks:
        if check.ok is not None:
            tally[check.field][0] += check.ok
            tally[check.field][1] += 1
    return {field: (passed, total) for field, (passed, total) in tally.items()}


def below_floor(checks: list[Check], field: str, floor: float) -> str | None:
    """Why ``field`` scores below ``floor`` on these checks (its misses named), or None when it does not."""
    passed, total = accuracy(checks)[field]
    if passed / total >= floor:
        return None
    misses = [f"{c.page}: expected {c.expected!r}, got {c.got!r}" for c in checks if c.field == field and c.ok is False]
    return f"{field}: {passed}/{total} below {floor}: {misses}"


def spurious(checks: list[Check]) -> list[Check]:
    """Bylines the page does not print but the extraction reported anyway."""
    return [c for c in checks if c.ok is None and c.got not in (None, "")]


def main() -> None:
    checks = run(Path(sys.argv[1]) if len(sys.argv) > 1 else BLIND)
    for field, (passed, total) in accuracy(checks).items():
        print(f"{field:7} {passed:2}/{total:2}")
    print(f"spurious bylines: {len(spurious(checks))}")
    for check in checks:
        if check.ok is False or (check.ok is None and check.got):
            print(f"  {'MISS' if check.ok is False else 'EXTRA'} {check.page} {check.field}: "
                  f"expected {check.expected!r} got {check.got!r}")


if __name__ == "__main__":
    main()
