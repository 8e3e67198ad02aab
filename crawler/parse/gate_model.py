"""How likely a page is an announcement: a linear model over the characters of its headline and opening.

The rules in :mod:`crawler.parse.announcement` decide first; they were written round by round and miss phrasings
they have not seen (a designation conferred in a new way, a headline that is a slogan). This model is their second
opinion. It is a logistic regression over the character unigrams and bigrams of the folded headline and the first
:data:`OPENING` characters of the text, TF-IDF weighted, learned with scikit-learn from labelled real pages. Only its
weights ship (``crawler/data/gate_model.json``); scoring a page is a dot product, so the crawl needs no scikit-learn.

Rebuild the weights from labelled pages (the texts are third-party pages kept outside the repository) with
``govcases train-gate LABELS.jsonl ...``; ``--cross-validate`` leaves each labels file out in turn and prints how the
model does on the file it never saw.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "gate_model.json"
# How much of the text the model reads. Cross-validated over rounds 1-16, 1,000 characters did as well as 2,000
# and better than 300 (0.89 against 0.88).
OPENING = 1000
# The probability above which the model accepts a page the rules turned down. Cross-validated over rounds 12-16
# with the rules as they were at first contact (each round left out of the model's training), the rules alone were
# right on 72.7% of pages (39 announcements missed, 8 pages wrongly accepted); with the model's second opinion at
# 0.7, 85.5% (13 missed, 12 wrongly accepted). 0.5 misses fewer and accepts more wrongly; 0.9 gains half as much.
ACCEPT = 0.7
_SPACE = re.compile(r"\s+")


def features(title: str, text: str) -> list[str]:
    """The character unigrams and bigrams of the headline and the opening, in order, with repeats.

    ``title`` and ``text`` as :func:`crawler.parse.announcement.headline_and_text` gives them (folded to simplified
    characters). Training and scoring both call this, so they see the same features.
    """
    document = _SPACE.sub(" ", f"{title}\n{text[:OPENING]}").strip()
    return list(document) + [document[i:i + 2] for i in range(len(document) - 1)]


@dataclass(frozen=True)
class GateModel:
    """The learned weights: per feature its IDF and coefficient, and the intercept."""

    idf: dict[str, float]
    coef: dict[str, float]
    intercept: float

    def probability(self, title: str, text: str) -> float:
        """P(announcement) for one page: sublinear TF times IDF, L2-normalised, as scikit-learn's TfidfVectorizer
        computes it, then the logistic of the linear score."""
        counts = Counter(f for f in features(title, text) if f in self.idf)
        weights = {f: (1.0 + math.log(n)) * self.idf[f] for f, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        score = self.intercept + sum(w * self.coef[f] for f, w in weights.items()) / norm
        return 1.0 / (1.0 + math.exp(-score))

    def to_json(self) -> dict:
        return {"intercept": self.intercept,
                "features": {f: [round(self.idf[f], 6), round(self.coef[f], 6)] for f in sorted(self.coef)}}

    @classmethod
    def from_json(cls, data: dict) -> GateModel:
        rows = data["features"]
        return cls({f: v[0] for f, v in rows.items()}, {f: v[1] for f, v in rows.items()}, float(data["intercept"]))


@lru_cache(maxsize=1)
def shipped_model() -> GateModel:
    """The model in ``crawler/data/gate_model.json``."""
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return GateModel.from_json(data["model"])


def announcement_probability(title: str, text: str) -> float:
    """P(announcement) of a page by the shipped model (``title`` and ``text`` folded, as for :func:`features`)."""
    return shipped_model().probability(title, text)


# Training. Each labelled page is (headline, text, is_announcement); scikit-learn is imported only here.

# C of the logistic regression: 1, 10 and 100 cross-validated within a point of each other; 10 was the best.
C = 10.0
# The features kept: those with the largest coefficients, so the shipped file stays small. Cross-validated,
# keeping 3,000 of the ~30,000 changed accuracy by less than a point.
KEEP = 3000


def train(pages: Sequence[tuple[str, str, bool]], keep: int = KEEP) -> GateModel:
    """Fit the model on labelled pages. Classes are weighted to balance: most labelled pages are announcements."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    documents = [(title, text) for title, text, _ in pages]
    labels = [label for _, _, label in pages]

    def fit(vocabulary: list[str] | None) -> tuple[TfidfVectorizer, LogisticRegression]:
        vectorizer = TfidfVectorizer(analyzer=lambda page: features(*page), min_df=2, sublinear_tf=True,
                                     lowercase=False, vocabulary=vocabulary)
        matrix = vectorizer.fit_transform(documents)
        regression = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(matrix, labels)
        return vectorizer, regression

    vectorizer, regression = fit(None)
    names = vectorizer.get_feature_names_out()
    strongest = sorted(range(len(names)), key=lambda i: -abs(regression.coef_[0][i]))[:keep]
    # Refitted on the kept features alone, so IDF and normalisation are those the shipped model computes.
    vectorizer, regression = fit(sorted(names[i] for i in strongest))
    names = vectorizer.get_feature_names_out()
    idf = {f: float(v) for f, v in zip(names, vectorizer.idf_, strict=True)}
    coef = {f: float(v) for f, v in zip(names, regression.coef_[0], strict=True)}
    return GateModel(idf, coef, float(regression.intercept_[0]))


def cross_validate(groups: dict[str, Sequence[tuple[str, str, bool]]],
                   keep: int = KEEP) -> dict[str, list[tuple[bool, float]]]:
    """Leave each group (a round of labels) out in turn: per group, (label, probability) of each of its pages by a
    model trained on the other groups."""
    held_out: dict[str, list[tuple[bool, float]]] = {}
    for name, pages in groups.items():
        model = train([page for other, rest in groups.items() if other != name for page in rest], keep)
        held_out[name] = [(label, model.probability(title, text)) for title, text, label in pages]
    return held_out
