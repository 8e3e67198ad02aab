"""The real-announcement labels: the adjudicated copies change only what the conventions settle, and say so."""

import json
from pathlib import Path

import pytest

from crawler.parse.evaluation import TIER_CODES

LABELS = Path(__file__).parent / "data" / "real_announcements"
ADJUDICATED = sorted((LABELS / "adjudicated").glob("round*.jsonl"))
STAGES = {"launch", "call-for-entries", "results", "ceremony", "book", "commentary", "other"}
ROLES = {"guide", "organiser", "host", "co-organiser", "supporter"}
# What CONVENTIONS.md settles: series and organisers (O, S, R1–R8, R10), the number selected (R9).
SETTLED = ("series", "organisers", "counts")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_round_has_its_adjudicated_copy():
    originals = sorted(p.name for p in LABELS.glob("round*.jsonl"))
    assert originals and originals == [p.name for p in ADJUDICATED]


@pytest.mark.parametrize("adjudicated", ADJUDICATED, ids=lambda p: p.name)
def test_an_adjudicated_copy_changes_only_what_the_conventions_settle_and_marks_each_change(adjudicated: Path):
    original = _lines(LABELS / adjudicated.name)
    checked = _lines(adjudicated)
    assert [line["seed"] for line in checked] == [line["seed"] for line in original]
    for before, after in zip(original, checked, strict=True):
        rest = {key: value for key, value in after.items() if key not in (*SETTLED, "adjudication")}
        assert rest == {key: value for key, value in before.items() if key not in SETTLED}
        changed = any(before.get(key) != after.get(key) for key in SETTLED)
        # (A line changed and changed back by the second pass keeps its note.)
        assert not changed or "adjudication" in after, after["seed"]


@pytest.mark.parametrize("labels", ADJUDICATED, ids=lambda p: p.name)
def test_adjudicated_labels_use_the_project_vocabulary(labels: Path):
    for line in _lines(labels):
        assert line.get("stage") in STAGES | {None}, line["seed"]
        assert all(o["role"] in ROLES and o["name"] for o in line.get("organisers") or []), line["seed"]
        counts = line.get("counts") or {}
        assert set(counts) <= {"applications", "selected", "by_tier", *TIER_CODES}, line["seed"]


SECOND = sorted((LABELS / "second").glob("round*.jsonl"))


@pytest.mark.parametrize("second", SECOND, ids=lambda p: p.name)
def test_a_second_labelling_names_texts_of_its_round_by_the_same_url(second: Path):
    first = {line["seed"]: line for line in _lines(LABELS / second.name)}
    for line in _lines(second):
        assert line["url"] == first[line["seed"]]["url"], line["seed"]
        assert set(line) == {"seed", "url", "is_announcement", "series", "edition", "organisers", "counts", "notes"}
        assert all(o["role"] in ROLES and o["name"] for o in line["organisers"]), line["seed"]
        assert set(line["counts"]) <= {"applications"}, line["seed"]
