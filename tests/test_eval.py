"""The evaluation on the seeds (when ../shared is beside the checkout) and on the held-out dev set."""

import json
from pathlib import Path

import pytest

from crawler.cli.extract import read_document
from crawler.parse.evaluation import _count_value, _same_case, agreement, evaluate

DEV = Path(__file__).parent / "data" / "announcements"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"  # ../shared, as in conftest.py


def test_label_count_forms():
    assert _count_value(">330 (逾330件)") == (330, "逾")
    assert _count_value(481) == (481, None)
    assert _same_case("片区党委", "徐汇区片区党委建设") and not _same_case("街事会", "一网通办")


@pytest.mark.skipif(not (SHARED / "eval" / "seeds.jsonl").exists(), reason="../shared not beside the checkout")
def test_seeds():
    report = evaluate(SHARED / "eval" / "seeds.jsonl", SHARED / "seeds", read_document)
    # Every labelled field of the five seeds, case lists (name, unit, district) and dates among them.
    assert len(report.fields) >= 20, sorted(report.fields)
    for name in report.fields:
        assert report.rate(name) == 1.0, (name, dict(report.misses))


def test_dev_set_meets_the_bar():
    report = evaluate(DEV / "labels.jsonl", DEV, read_document)
    assert report.rate("series") >= 0.85
    assert report.rate("edition") >= 0.95
    assert report.rate("organisers") >= 0.85
    assert report.rate("counts.applications") >= 0.90
    assert report.rate("is_announcement") == 1.0


def test_series_within_tells_a_boundary_from_another_competition(tmp_path):
    labels = [{"seed": "a.txt", "series": "徐汇区社区治理创新案例"},  # named without its place: within
              {"seed": "b.txt", "series": "长宁区公益创投大赛"},  # named exactly
              {"seed": "c.txt", "series": "静安区睦邻节"}]  # another competition named
    texts = {"a.txt": "第二届社区治理创新案例评选结果揭晓\n第二届社区治理创新案例评选结果日前揭晓。",
             "b.txt": "长宁区第三届公益创投大赛启动\n长宁区第三届公益创投大赛日前启动。",
             "c.txt": "第五届公益微项目大赛启动\n第五届公益微项目大赛日前启动。"}
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "labels.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in labels),
                                           encoding="utf-8")
    report = evaluate(tmp_path / "labels.jsonl", tmp_path, read_document)
    assert report.rate("series") == pytest.approx(1 / 3)
    assert report.rate("series.within") == pytest.approx(2 / 3)


def _write_lines(path: Path, lines: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    return path


def test_agreement_scores_a_second_labelling_on_the_fields_both_wrote(tmp_path):
    first = _write_lines(tmp_path / "first.jsonl", [
        {"seed": "a.txt", "series": "“徐汇区社区治理创新案例”", "edition": 2, "stage": "results",
         "organisers": [{"name": "中共上海市委组织部", "role": "organiser"}],
         "counts": {"applications": "330 (逾330件)", "selected": 10}},
        {"seed": "b.txt", "series": "长宁区公益创投大赛", "edition": 3,
         "organisers": [{"name": "长宁区民政局", "role": "organiser"}, {"name": "某某中心", "role": "host"}],
         "counts": {}},
        {"seed": "c.txt", "is_announcement": True, "series": "静安区睦邻节", "counts": {}},
        {"seed": "d.txt", "series": "only in the first file"}])
    second = _write_lines(tmp_path / "second.jsonl", [
        # the same series written with book brackets, the department without 中共: agreement
        {"seed": "a.txt", "series": "《徐汇区社区治理创新案例》", "edition": 2,
         "organisers": [{"name": "上海市委组织部", "role": "organiser"}], "counts": {"applications": 330}},
        # without its place, another edition, the host left out, a count the first did not see
        {"seed": "b.txt", "series": "公益创投大赛", "edition": 2,
         "organisers": [{"name": "长宁区民政局", "role": "organiser"}], "counts": {"applications": 50}},
        # not an announcement to the second labeller: its series is missed
        {"seed": "c.txt", "is_announcement": False, "series": None, "counts": {}}])
    report = agreement(first, second)
    assert report.rate("series") == pytest.approx(1 / 3)
    assert report.rate("series.within") == pytest.approx(2 / 3)
    assert report.rate("edition") == pytest.approx(1 / 2)
    assert report.rate("organisers") == pytest.approx(2 * (2 / 2) * (2 / 3) / (1 + 2 / 3))  # P 1, R 2/3
    assert report.rate("counts.applications") == pytest.approx(2 / 3)
    assert report.rate("is_announcement") == pytest.approx(2 / 3)
    # fields only the first labelling has (stage, selected) and a qualifier never written twice are not scored
    assert "stage" not in report.fields and "counts.selected" not in report.fields
    assert "counts.applications_qualifier" not in report.fields
