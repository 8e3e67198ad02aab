"""The announcement model: its scoring is scikit-learn's, its weights file round-trips, and it is the second
opinion that lets through announcements the rules do not recognise."""

import json
import math

import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.parse import announcement, gate_model
from crawler.parse.announcement import parse_announcement
from crawler.parse.gate_model import GateModel, announcement_probability, features

# Short pages of the two kinds, written for these tests: the training set of a toy model.
ANNOUNCEMENTS = [
    ("第三届社区治理创新案例评选结果揭晓", "经专家评审,30个案例入选第三届社区治理创新案例,其中十佳案例10个。"),
    ("市民政局公布首批社区治理特色品牌名单", "市民政局日前公布首批社区治理特色品牌名单,全市15个社区上榜。"),
    ("全省志愿服务项目大赛启动", "全省志愿服务项目大赛今日启动,各地可于8月31日前申报参赛项目。"),
    ("关于开展优秀基层治理案例征集的通知", "各区民政局:为总结推广基层治理经验,现开展优秀案例征集。"),
    ("我区两个街道获评省级示范街道", "省民政厅公布省级示范街道名单,我区两个街道获评。"),
    ("公益创投大赛决赛举行", "第二届公益创投大赛决赛昨日举行,20个项目获得资助。"),
]
OTHER_PAGES = [
    ("今日天气晴转多云", "气象台预计今天白天晴转多云,最高气温25度,夜间有小雨。"),
    ("市领导调研城市更新工作", "市委书记深入老城区调研城市更新工作,要求加快老旧小区改造。"),
    ("女排联赛今晚开战", "本赛季女排联赛今晚开战,卫冕冠军迎战升班马,门票已售罄。"),
    ("地铁新线路年底通车", "地铁新线路全长30公里,设站20座,预计年底开通运营。"),
    ("夏季用电高峰来临", "随着气温升高,全市用电负荷创新高,电力部门提醒节约用电。"),
    ("图书馆延长开放时间", "市图书馆自下月起延长开放时间,周末开放至晚上九点。"),
]


def toy_pages():
    return [(t, x, True) for t, x in ANNOUNCEMENTS] + [(t, x, False) for t, x in OTHER_PAGES]


def test_features_are_the_unigrams_and_bigrams_of_the_headline_and_opening():
    found = features("评选 揭晓", "案例\n公布" + "字" * 5000)
    assert found[:5] == ["评", "选", " ", "揭", "晓"]  # whitespace runs become one space
    assert "评选" in found and "晓 " in found and " 案" in found
    # Only the opening is read: 1,000 characters of text, past the headline and one separator.
    assert found.count("字") == gate_model.OPENING - 5


def test_scoring_is_what_scikit_learn_computes_and_survives_the_weights_file():
    sklearn = pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    pages = toy_pages()
    model = gate_model.train(pages, keep=40)
    assert len(model.coef) == 40
    # The same fit done directly with scikit-learn on the model's vocabulary.
    vectorizer = TfidfVectorizer(analyzer=lambda page: features(*page), sublinear_tf=True, lowercase=False,
                                 vocabulary=sorted(model.coef))
    matrix = vectorizer.fit_transform([(t, x) for t, x, _ in pages])
    regression = LogisticRegression(C=gate_model.C, max_iter=5000, class_weight="balanced")
    regression.fit(matrix, [label for *_, label in pages])
    expected = regression.predict_proba(matrix)[:, 1]
    ours = [model.probability(t, x) for t, x, _ in pages]
    assert ours == pytest.approx(list(expected), abs=1e-9), sklearn.__version__
    reloaded = GateModel.from_json(json.loads(json.dumps(model.to_json())))
    assert [reloaded.probability(t, x) for t, x, _ in pages] == pytest.approx(ours, abs=1e-4)


def test_a_page_with_none_of_the_kept_features_scores_the_intercept():
    model = GateModel({"评": 1.0}, {"评": 3.0}, -1.5)
    assert model.probability("晴", "雨") == pytest.approx(1 / (1 + math.exp(1.5)))
    assert model.probability("评", "") == pytest.approx(1 / (1 + math.exp(-1.5)))


def test_the_shipped_model_tells_a_designation_list_from_city_news():
    designation = ("我县两个社区入选省级绿色社区创建名单",
                   "日前,省住房和城乡建设厅公布了2023年度绿色社区创建名单,我县城关镇东风社区、南湖社区榜上有名。")
    assert announcement_probability(*designation) >= gate_model.ACCEPT
    for title, text in OTHER_PAGES[:2]:
        assert announcement_probability(title, text) < 0.5


def test_the_model_lets_in_an_announcement_the_rules_do_not_recognise(monkeypatch):
    title = "我县两个社区入选省级绿色社区创建名单"
    text = "日前,省住房和城乡建设厅公布了2023年度绿色社区创建名单,我县城关镇东风社区、南湖社区榜上有名。"
    # None of the rules' competition words: the rules alone turn it down ...
    assert not announcement._COMPETITION_WORDS.search(f"{title}\n{text}")
    monkeypatch.setattr(announcement, "ACCEPT", 1.01)
    assert parse_announcement(title, text).announcement is None
    # ... and the model's second opinion takes it.
    monkeypatch.setattr(announcement, "ACCEPT", gate_model.ACCEPT)
    result = parse_announcement(title, text)
    assert result.announcement is not None
    # The page says so, for a researcher who wants the rules' pages alone; a page the rules take does not.
    assert "announcement_by_model" in result.quality_flags
    assert "announcement_by_model" not in parse_announcement(*ANNOUNCEMENTS[0]).quality_flags


def test_the_model_does_not_let_in_city_news():
    for title, text in OTHER_PAGES:
        assert parse_announcement(title, text).announcement is None


def test_train_gate_writes_weights_and_cross_validates(tmp_path):
    pytest.importorskip("sklearn")
    for round_name, half in (("a", 0), ("b", 1)):
        folder = tmp_path / round_name
        folder.mkdir()
        lines = []
        for i, (title, text, label) in enumerate(toy_pages()[half::2]):
            (folder / f"{i}.txt").write_text(f"{title}\n{text}\n", encoding="utf-8")
            lines.append(json.dumps({"seed": f"{i}.txt", "is_announcement": label}, ensure_ascii=False))
        (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    labels = [str(tmp_path / "a" / "labels.jsonl"), str(tmp_path / "b" / "labels.jsonl")]
    output = tmp_path / "model.json"
    result = CliRunner().invoke(main, ["train-gate", *labels, "--output", str(output)])
    assert result.exit_code == 0, result.output
    written = json.loads(output.read_text(encoding="utf-8"))
    assert written["trained_on"] == {"pages": 12, "announcements": 6, "files": ["a/labels.jsonl", "b/labels.jsonl"]}
    model = GateModel.from_json(written["model"])
    assert model.probability(*ANNOUNCEMENTS[0]) > model.probability(*OTHER_PAGES[0])
    result = CliRunner().invoke(main, ["train-gate", *labels, "--cross-validate"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].endswith("pages (3 announcements)  " + labels[0]) and "/6 pages" in lines[0]
    assert "/12 pages, each scored by a model that never saw its file" in lines[-1]
