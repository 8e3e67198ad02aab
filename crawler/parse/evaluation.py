"""Scoring the announcement parser against hand-made labels (``govcases eval``).

Labels are JSON lines shaped like the project's seed labels: ``seed`` (the text file's name), ``published_at``,
``series``, ``edition``, ``year``, ``stage``, ``organisers [{name, role}]``, ``counts``, ``cases``,
``districts``, ``dates``, ``quality_flags`` and, optionally, ``is_announcement: false``. A field a label line
does not have is not scored for that line. Rules, so that a score means one thing:

* series: equal under :func:`crawler.parse.series.series_key` (the folding that joins a series' variants);
* organisers: name+role pairs, names of both sides through :func:`canonical_organisation`; micro F1;
* counts: ``applications`` may be written ``">330 (逾330件)"``: the number (330) is scored, and the qualifier
  printed in the brackets (逾) is scored separately; a label without ``applications`` means the text states
  none, so the parser must say ``None``. ``top10`` / ``excellent`` / ``nominated`` (and any other tier code)
  are compared with the parser's ``by_tier`` read through :func:`crawler.parse.counts.tier_code`;
* cases: a labelled case is found when a parsed case's name, with quotes and punctuation removed, contains it,
  is contained in it, or has a character-sequence similarity of at least 0.6 (labels paraphrase names the
  text does not give formally); micro F1;
* dates: each labelled key exactly; quality flags: the set of codes (the text before ``:``).
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crawler.parse.announcement import parse_announcement
from crawler.parse.counts import tier_code
from crawler.parse.organisers import canonical_organisation
from crawler.parse.series import series_key

_QUALIFIER = re.compile(r"逾|将近|接近|近|超过|超|约|余|多|以上|左右")
_PUNCT = re.compile(r"[\s“”\"'‘’「」『』《》()（）、，,。:：;；·]")
CASE_SIMILARITY = 0.6
# Tier codes a label may use in ``counts`` (those of crawler.parse.counts.tier_code).
TIER_CODES = ("top10", "special", "first", "second", "third", "gold", "silver", "bronze", "nominated", "finalist",
              "encouragement", "best", "excellent")


@dataclass
class Score:
    correct: float = 0
    total: float = 0

    @property
    def rate(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class F1:
    hits: int = 0
    predicted: int = 0
    expected: int = 0

    @property
    def rate(self) -> float | None:
        if not self.predicted and not self.expected:
            return None
        precision = self.hits / self.predicted if self.predicted else 0.0
        recall = self.hits / self.expected if self.expected else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass
class Report:
    """Per-field scores and, per document, the fields it got wrong."""

    fields: dict[str, Score | F1] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def rate(self, name: str) -> float | None:
        return self.fields[name].rate if name in self.fields else None


Reader = Callable[[Path], dict]


def evaluate(labels_path: Path, texts_dir: Path, read: Reader) -> Report:
    """Parse each labelled text (read by ``read(path) -> {title, published_at, text, html}``) and score it."""
    report = Report()
    for label in _label_lines(labels_path):
        doc = read(texts_dir / label["seed"])
        result = parse_announcement(doc.get("title"), doc.get("text"), doc.get("published_at"), doc.get("html"),
                                    source=doc.get("source_name"))
        _score(report, label, doc, result.announcement or {}, result.announcement is not None, result.quality_flags)
    return report


def agreement(reference_path: Path, other_path: Path) -> Report:
    """Score a second labelling of the same texts against the first, field by field, as the parser is scored.

    It measures how far two labellers who follow the same conventions agree: the ceiling a parser can be held to.
    Only texts both files label count, and of each only the fields both label lines have (a labeller asked for
    fewer fields is not marked down for the others); ``counts`` is compared on ``applications`` alone.
    """
    others = {line["seed"]: line for line in _label_lines(other_path)}
    report = Report()
    qualifiers = False  # whether the second labelling writes any entry count in the form that holds a qualifier
    for reference in _label_lines(reference_path):
        other = others.get(reference["seed"])
        if other is None:
            continue
        shared = {key: value for key, value in reference.items() if key == "seed" or key in other}
        applications, qualifier = _count_value((other.get("counts") or {}).get("applications"))
        if "counts" in shared:
            wanted = reference["counts"].get("applications")
            # (a qualifier is compared only when the second labeller wrote one form that can hold it)
            plain = isinstance((other.get("counts") or {}).get("applications"), int)
            qualifiers |= isinstance((other.get("counts") or {}).get("applications"), str)
            shared["counts"] = {"applications": _count_value(wanted)[0] if plain else wanted}
        said = other.get("is_announcement", True)
        got = {key: other.get(key) for key in ("series", "edition", "year", "stage")}
        got["organisers"] = [{"name": canonical_organisation(o["name"]), "role": o["role"]}
                             for o in other.get("organisers") or []]
        got["counts"] = {"applications": applications, "applications_qualifier": qualifier}
        _score(report, shared, {"published_at": other.get("published_at")}, got if said else {}, said, [])
    if not qualifiers:
        report.fields.pop("counts.applications_qualifier", None)  # never compared, only matched None to None
    return report


def _label_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _score(report: Report, label: dict, doc: dict, got: dict, is_announcement: bool, flags: list[str]) -> None:
    seed = label["seed"]

    def check(name: str, expected, actual) -> None:
        score = report.fields.setdefault(name, Score())
        score.total += 1
        if expected == actual:
            score.correct += 1
        else:
            report.misses[seed].append(f"{name}: expected {expected!r}, got {actual!r}")

    if "published_at" in label:
        check("published_at", label["published_at"], doc.get("published_at"))
    check("is_announcement", label.get("is_announcement", True), is_announcement)
    if "series" in label:
        wanted, named = label["series"] and series_key(label["series"]), got.get("series") and series_key(got["series"])
        check("series", wanted, named)
        if wanted:
            # Not a bar: how many names are the labelled one or hold it or lie within it (a place, a brand or an
            # activity word more or less), which tells a boundary's misses from another competition's.
            within = report.fields.setdefault("series.within", Score())
            within.total += 1
            within.correct += bool(named) and (wanted in named or named in wanted)
    for name in ("edition", "year", "stage"):
        if name in label:
            check(name, label[name], got.get(name))
    if "organisers" in label:
        expected = {(canonical_organisation(o["name"]), o["role"]) for o in label["organisers"]}
        actual = {(o["name"], o["role"]) for o in got.get("organisers") or []}
        _f1(report, seed, "organisers", expected, actual)
    if "counts" in label:
        _score_counts(check, label["counts"], got.get("counts") or {})
    if label.get("cases"):
        _score_cases(report, seed, label["cases"], got.get("cases") or [])
    if "districts" in label:
        check("districts", sorted(label["districts"]), sorted(got.get("districts") or []))
    for key, value in (label.get("dates") or {}).items():
        check(f"dates.{key}", value, (got.get("dates") or {}).get(key))
    if "quality_flags" in label:
        check("quality_flags", sorted(f.split(":")[0].strip() for f in label["quality_flags"]), sorted(flags))


def _score_counts(check: Callable, expected: dict, actual: dict) -> None:
    applications, qualifier = _count_value(expected.get("applications"))
    check("counts.applications", applications, actual.get("applications"))
    if applications is not None:
        check("counts.applications_qualifier", qualifier, actual.get("applications_qualifier"))
    if "selected" in expected:
        check("counts.selected", expected["selected"], actual.get("selected"))
    tiers = {k: v for k, v in expected.items() if k in TIER_CODES}
    if tiers:
        got_tiers = {tier_code(name): n for name, n in (actual.get("by_tier") or {}).items()}
        check("counts.by_tier", tiers, {k: v for k, v in got_tiers.items() if k})


def _count_value(value) -> tuple[int | None, str | None]:
    """``330`` -> (330, None); ``">330 (逾330件)"`` -> (330, "逾")."""
    if value is None or isinstance(value, int):
        return value, None
    number = re.search(r"\d+", str(value))
    printed = re.search(r"\(([^)]*)\)", str(value))
    qualifier = _QUALIFIER.search(printed.group(1)) if printed else None
    return (int(number.group()) if number else None), (qualifier.group() if qualifier else None)


def _score_cases(report: Report, seed: str, expected: list[dict], actual: list[dict]) -> None:
    score = report.fields.setdefault("cases", F1())
    remaining = [c for c in actual if c.get("name")]
    score.predicted += len(remaining)
    score.expected += len(expected)
    for case in expected:
        match = next((c for c in remaining if _same_case(case["name"], c["name"])), None)
        if match is None:
            report.misses[seed].append(f"cases: missing {case['name']!r}")
            continue
        remaining.remove(match)
        score.hits += 1
        for part in ("unit", "district"):
            if part in case:
                sub = report.fields.setdefault(f"cases.{part}", Score())
                sub.total += 1
                if case[part] == match.get(part):
                    sub.correct += 1
                else:
                    report.misses[seed].append(f"cases.{part} of {case['name']!r}: expected {case[part]!r}, "
                                               f"got {match.get(part)!r}")


def _same_case(label: str, parsed: str) -> bool:
    a, b = _PUNCT.sub("", label), _PUNCT.sub("", parsed)
    return bool(a and b) and (a in b or b in a or difflib.SequenceMatcher(None, a, b).ratio() >= CASE_SIMILARITY)


def _f1(report: Report, seed: str, name: str, expected: set, actual: set) -> None:
    score = report.fields.setdefault(name, F1())
    score.hits += len(expected & actual)
    score.predicted += len(actual)
    score.expected += len(expected)
    for pair in sorted(expected - actual):
        report.misses[seed].append(f"{name}: missing {pair}")
    for pair in sorted(actual - expected):
        report.misses[seed].append(f"{name}: unexpected {pair}")
