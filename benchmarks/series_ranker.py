"""Analysis: could a learned span ranker name the series of pages the rules accept but cannot name?

For every page of the label files (texts beside each, as for ``govcases eval``) it proposes candidate spans in the
headline and the first 300 characters: each run of 4+ Chinese characters inside a clause that ends in a head seen
at least three times at the end of a training label (the last two characters, or 奖/榜/赛). Each candidate gets
features of its boundaries (the characters before and after, its first and last characters, quotes, an ordinal or
a conferring verb before it, a stage word after it), its place and length, and how often the text repeats it. A
logistic regression is trained on the other label files' candidates (right when ``series_key`` equals the label's)
and picks the best candidate on each held-out page where the parser found an announcement but no series. It
prints, per threshold on the winner's probability, how many of those pages it names rightly, wrongly or not at all.

    .venv/bin/python benchmarks/series_ranker.py ROUND1/labels.jsonl ROUND2/labels.jsonl ...

Needs scikit-learn (``pip install -e '.[train]'``). Measured at parser 2.9 on rounds 1-16 (93 such pages): at
P >= 0.3, 12 right and 10 wrong; at P >= 0.5, 10 right and 7 wrong; at P >= 0.6, 9 right and 4 wrong. Not good
enough to ship: a wrong value is worse than none, and nine pages of 593 are 1.5 points of series.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from crawler.cli.train import labelled_documents
from crawler.parse import series as S
from crawler.parse.announcement import headline_and_text, parse_announcement
from crawler.parse.districts import province_names

_CLAUSE = re.compile(r"[，,。；;！？!?\n:：|丨]")
_QUOTES = "“”\"「」『』‘’《》"
_VERB = re.compile(r"开展|举办|举行|公布|发布|获|入选|启动|揭晓|荣|被|成功|近日|日前|召开|参加|评为|确定|命名|认定"
                   r"|我市|我区|我县|全市|全省|的通知|关于")
_CONFERRING = re.compile(r"(?:为|获|入选|授予|命名|评为|确认为|确定为|荣获|获评)[“「『]?$")
_STAGE_AFTER = re.compile(r"[”」』]?(?:称号|名单|评选|创建|揭晓|公布|结果|活动|启动|授牌)")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def candidates(title: str, text: str, heads: frozenset[str]) -> list[tuple[str, int, int, str]]:
    """(source, start, end, source text) of every candidate span."""
    found = []
    for source, string in (("title", title), ("text", text[:300])):
        position = 0
        for clause in _CLAUSE.split(string):
            base = string.find(clause, position)
            position = base + len(clause)
            for end in range(2, len(clause) + 1):
                tail = clause[:end].rstrip(_QUOTES)
                if tail[-2:] not in heads and tail[-1:] not in heads:
                    continue
                for start in range(max(0, end - 26), end - 1):
                    span = clause[start:end]
                    if len(_CJK.findall(span)) >= 4 and not re.match(r"[0-9年度第]", span):
                        found.append((source, base + start, base + end, string))
    return found


def features(source: str, start: int, end: int, string: str, title: str, text: str) -> dict[str, float]:
    """The candidate's features (string-valued ones one-hot, as DictVectorizer reads them)."""
    span = string[start:end]
    core = span.strip(_QUOTES + " ")
    before, after = string[:start], string[end:]
    return {
        f"source={source}": 1, f"last2={core[-2:]}": 1, f"last1={core[-1:]}": 1, f"first1={core[:1]}": 1,
        f"first2={core[:2]}": 1, f"prev1={before[-1:] or '^'}": 1, f"prev2={before[-2:] or '^'}": 1,
        f"next1={after[:1] or '$'}": 1, f"next2={after[:2] or '$'}": 1, f"length={min(len(core) // 3, 8)}": 1,
        f"position={next(i for i, limit in enumerate((1, 10, 30, 100, 10**9)) if start < limit)}": 1,
        f"repeats={min(text.count(core), 4)}": 1,
        "quote_opens": float(span[:1] in _QUOTES), "quote_closes": float(span[-1:] in _QUOTES),
        "after_quote": float(before[-1:] in _QUOTES and before != ""), "before_quote": float(after[:1] in _QUOTES),
        "quotes_inside": sum(c in _QUOTES for c in span[1:-1]),
        "unbalanced": float(sum(c in "“「『" for c in span) != sum(c in "”」』" for c in span)),
        "verb_inside": float(bool(_VERB.search(core))), "digit": float(bool(re.search(r"\d", core))),
        "ordinal_before": float(bool(re.search(S.ORDINAL + "$", before))),
        "ordinal_inside": float(bool(re.search(S.ORDINAL, core))),
        "place": float(core.startswith(province_names()) or bool(re.match(r"^[\u4e00-\u9fff]{1,5}[省市区县]", core))),
        "count_inside": float(bool(re.search(r"[0-9一二三四五六七八九十百]+[个件项家名]", core))),
        "in_title": float(source == "text" and core in title),
        "conferred": float(bool(_CONFERRING.search(before))), "stage_after": float(bool(_STAGE_AFTER.match(after))),
        "activity_tail": float(bool(re.search(r"创建|成果|行动|名单|工作$", core))),
    }


def read_pages(labels: Path) -> list[dict]:
    """Each labelled page: headline, text, wanted key (None when it has no series) and the parser's verdict."""
    pages = []
    for label, doc in labelled_documents(labels):
        title, text = headline_and_text(doc.get("title"), doc.get("text"))
        facts = parse_announcement(doc.get("title"), doc.get("text"), doc.get("published_at")).announcement
        series = label.get("series") if label.get("is_announcement", True) else None
        pages.append({"title": title, "text": text, "wanted": S.series_key(series) if series else None,
                      "unnamed": facts is not None and facts["series"] is None})
    return pages


def held_out(groups: dict[str, list[dict]], name: str) -> list[tuple[bool, float]]:
    """(right, probability) of the ranker's pick on each unnamed page of one group, trained on the others."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    training = [page for other, pages in groups.items() if other != name for page in pages]
    ends = Counter(end for page in training if page["wanted"] for end in (page["wanted"][-2:], page["wanted"][-1:]))
    heads = frozenset(end for end, n in ends.items() if n >= 3 and (len(end) == 2 or end in "奖榜赛"))
    rows, answers = [], []
    for page in training:
        for source, start, end, string in candidates(page["title"], page["text"], heads):
            rows.append(features(source, start, end, string, page["title"], page["text"]))
            answers.append(page["wanted"] is not None and S.series_key(string[start:end]) == page["wanted"])
    vectorizer = DictVectorizer()
    model = LogisticRegression(max_iter=3000).fit(vectorizer.fit_transform(rows), answers)
    picks = []
    for page in groups[name]:
        if not page["unnamed"]:
            continue
        spans = candidates(page["title"], page["text"], heads)
        if not spans:
            picks.append((False, 0.0))
            continue
        scores = model.predict_proba(vectorizer.transform(
            [features(*span, page["title"], page["text"]) for span in spans]))[:, 1]
        best = max(range(len(spans)), key=lambda i: scores[i])
        source, start, end, string = spans[best]
        picks.append((page["wanted"] is not None and S.series_key(string[start:end]) == page["wanted"],
                      float(scores[best])))
    return picks


def main() -> None:
    groups = {path: read_pages(Path(path)) for path in sys.argv[1:]}
    picks = [pick for name in groups for pick in held_out(groups, name)]
    print(f"{len(picks)} pages the parser accepts without naming a series")
    for threshold in (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6):
        taken = [right for right, probability in picks if probability >= threshold and probability > 0]
        print(f"P >= {threshold:.1f}: {sum(taken):3d} right, {len(taken) - sum(taken):3d} wrong, "
              f"{len(picks) - len(taken):3d} left unnamed")


if __name__ == "__main__":
    main()
