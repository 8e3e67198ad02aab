"""Accuracy floors on real Chinese news pages (../shared/realpages, labels.json), like trafilatura's eval gate.

The floors sit slightly below what the generic extraction reaches today (date 17/18, time 7/7, title 8/8,
editor 7/7), so a regression fails CI while an honest trade-off on one page does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.extract.article import extract_article
from crawler.extract.realpages import LabelledPage, accuracy, load_labelled_pages, score_page

REALPAGES = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"  # ../shared, as in conftest.py
FLOORS = {"date": 0.88, "datetime": 0.85, "title": 0.87, "editor": 0.85}

pytestmark = pytest.mark.skipif(
    not (REALPAGES / "labels.json").exists(), reason="../shared/realpages is not beside the checkout"
)


@pytest.fixture(scope="module")
def pages() -> list[LabelledPage]:
    return load_labelled_pages(REALPAGES)


@pytest.fixture(scope="module")
def extracted(pages: list[LabelledPage]) -> dict[str, object]:
    return {page.file.name: extract_article(page.html(), page.url) for page in pages}


@pytest.mark.parametrize("check", sorted(FLOORS))
def test_accuracy_floor(check: str, pages: list[LabelledPage], extracted: dict) -> None:
    results = []
    for page in pages:
        fields = extracted[page.file.name]
        results.append(score_page(page, fields.published_at, fields.title, fields.editor))
    passed, total = accuracy(results)[check]
    assert total > 0
    assert passed / total >= FLOORS[check], f"{check}: {passed}/{total} below the floor {FLOORS[check]}"


def test_dates_are_iso_beijing_time(extracted: dict) -> None:
    for name, fields in extracted.items():
        if fields.published_at and len(fields.published_at) > 10:
            assert fields.published_at.endswith("+08:00"), name


def test_story_text_without_furniture(pages: list[LabelledPage], extracted: dict) -> None:
    """The xinhuanet page ends in 【纠错】 责任编辑, a comment box and a list of hot posts; none of it is story."""
    fields = extracted["xinhuanet_1.html"]
    assert fields.text.startswith("新华社巴黎12月9日电")
    for furniture in ("责任编辑", "【纠错】", "加载更多", "热帖", "关注新华网"):
        assert furniture not in fields.text
    # people.com.cn: the byline 责编 is a field, not the story's last line
    people = extracted["people_1.html"]
    assert people.editor == "汤诗瑶、丁涛"
    assert "责编" not in people.text
