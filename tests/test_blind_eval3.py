"""The parser on the fourth blind set: twelve announcements written and labelled by an engineer who had read
neither the parser nor the earlier sets' texts.

The first measurement (before any change made for them) is in tests/data/announcements_blind3/README.md and the
README; the floors sit at or a little below what the parser reaches now. The year of a January release whose text
says 今年 is labelled the new year while the parser closes the previous year's edition; two organisers written as
该会 (the body's earlier name) and a ministry notice's issuer are not read: the year and organiser floors leave
room for them.
"""

import json
from pathlib import Path

from crawler.cli.extract import read_document
from crawler.parse.evaluation import evaluate

BLIND3 = Path(__file__).parent / "data" / "announcements_blind3"

# field -> floor (issue bars: series 0.85, edition 0.95, organiser F1 0.85, entry count 0.90)
FLOORS = {
    "published_at": 0.95,
    "is_announcement": 1.0,
    "series": 0.95,
    "edition": 0.95,
    "year": 0.90,
    "stage": 0.90,
    "organisers": 0.93,
    "counts.applications": 0.95,
    "counts.applications_qualifier": 0.95,
    "counts.selected": 0.95,
}


def test_fourth_blind_set_keeps_its_floors():
    report = evaluate(BLIND3 / "labels.jsonl", BLIND3, read_document)
    below = {name: report.rate(name) for name, floor in FLOORS.items() if (report.rate(name) or 0) < floor}
    assert not below, (below, dict(report.misses))


def test_every_labelled_text_is_in_the_set():
    lines = (BLIND3 / "labels.jsonl").read_text("utf-8").splitlines()
    labelled = {json.loads(line)["seed"] for line in lines}
    assert labelled == {path.name for path in BLIND3.glob("d*.txt")}
