"""Republication groups: reposts (trimmed, other boilerplate) fold into one announcement; next editions do not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

from crawler.archive import Archive
from crawler.archive.dedup import refresh_groups

# An announcement written for this test (not a seed), in the way such launch announcements are written.
BODY = """为总结推广基层治理创新经验，{edition}“滨江区社区治理优秀案例征集”活动于{day}在区政务服务中心正式启动。
本次征集由滨江区委社会工作部指导，滨江区社区治理研究中心主办，区内各街道办事处承办，面向全区街道、社区、社会组织和企业开放。
征集围绕社区议事协商、老旧小区更新、数字化治理、为老服务和应急管理五个方向，鼓励申报单位提交有实效、可复制、可推广的实践。
申报材料包括案例简介、实施过程、取得成效和经验启示，字数控制在五千字以内，并附相关图片和证明材料，截止日期为当年九月三十日。
评审分为初审、复审和终审三个阶段，由高校学者、实务部门负责人和媒体代表组成的专家委员会进行评议，最终评出十佳案例和优秀案例若干。
获奖案例将汇编成册，并通过研讨会、工作坊等形式在全区推广，研究中心还将对入选案例开展跟踪调研，形成年度社区治理发展报告。
主办方表示，希望通过案例征集，发现一批扎根基层、群众认可的好做法，为超大城市社区治理提供更多鲜活样本。"""


def text(edition: str = "第二届", day: str = "7月19日下午", trim: int = 0, header: str = "", tail: str = "") -> str:
    paragraphs = BODY.format(edition=edition, day=day).split("\n")
    return "\n".join(([header] if header else []) + paragraphs[:len(paragraphs) - trim] + ([tail] if tail else []))


SITES = [("bjzx", "滨江区社区治理研究中心", "https://www.bjzx.example.cn/"),
         ("aggregator", "公共管理资讯网", "https://www.mpa-news.example.com/"),
         ("citynews", "城市新闻网", "https://city.example.net/")]

ARTICLES = [
    # the original, on the organiser's own site (published with a time)
    {"url": "https://www.bjzx.example.cn/show/1201", "source_id": "bjzx", "title": "第二届社区治理优秀案例征集启动",
     "published_at": "2021-07-20T18:00:00+08:00", "text": text()},
    # a trimmed repost naming the publisher in its header, dated without a time (so it sorts "earlier")
    {"url": "https://www.mpa-news.example.com/html/mpa/202107/334.html", "source_id": "aggregator",
     "title": "第二届社区治理优秀案例征集启动", "published_at": "2021-07-20",
     "text": text(trim=2, header="滨江区社区治理研究中心 2021-07-20 浏览量: 301",
                  tail="相关阅读：公共管理硕士招生简章 | 备考指南 | 院校排名")},
    # a third site, later, different boilerplate, not naming anyone
    {"url": "https://city.example.net/2021/07/25/88.html", "source_id": "citynews", "title": "社区治理案例征集",
     "published_at": "2021-07-25", "text": text(trim=1, tail="责任编辑：王某 本网声明：转载请注明出处")},
    # next year's edition, same template: a different announcement
    {"url": "https://www.bjzx.example.cn/show/1502", "source_id": "bjzx", "title": "第三届社区治理优秀案例征集启动",
     "published_at": "2022-07-18", "text": text(edition="第三届", day="7月17日上午")},
    # unrelated
    {"url": "https://city.example.net/2021/08/01/90.html", "source_id": "citynews", "title": "地铁新线开通",
     "published_at": "2021-08-01", "text": "本市地铁新线今日开通运营，沿线设站十二座，早晚高峰行车间隔四分钟。" * 3},
]


def build(path: Path, order: list[int]) -> sqlite_utils.Database:
    archive = Archive(path)
    for source_id, name, home in SITES:
        archive.register_source(source_id, name, home, [])
    for i in order:
        archive.save_article(dict(ARTICLES[i]), None)
    return archive.db


def groups_of(db: sqlite_utils.Database) -> dict[str, tuple[str, ...]]:
    """canonical URL -> member URLs."""
    out: dict[str, list[str]] = {}
    for row in db.execute_returning_dicts("select url, canonical_url from articles"):
        out.setdefault(row["canonical_url"], []).append(row["url"])
    return {k: tuple(sorted(v)) for k, v in out.items()}


def test_reposts_fold_into_one_announcement_with_the_named_original_canonical(tmp_path: Path) -> None:
    db = build(tmp_path / "a.db", [0, 1, 2, 3, 4])
    stats = refresh_groups(db)
    original, repost, third, next_edition, unrelated = (a["url"] for a in ARTICLES)
    assert groups_of(db) == {
        original: tuple(sorted([original, repost, third])),
        next_edition: (next_edition,),
        unrelated: (unrelated,),
    }
    assert (stats.groups, stats.republished_groups, stats.folded) == (3, 1, 2)
    group = db.execute_returning_dicts("select * from republication_groups where canonical_url = ?", [original])[0]
    assert (group["members"], group["sites"], group["canonical_by"]) == (3, 3, "named_original")
    # facts are counted once per announcement: the view has one row per group
    announcements = db.execute_returning_dicts("select url, republished_sites from announcements")
    assert sorted(a["url"] for a in announcements) == sorted([original, next_edition, unrelated])
    assert db.execute("select count(*) from republications").fetchone()[0] == 2


def test_without_a_named_original_the_earliest_is_canonical(tmp_path: Path) -> None:
    db = build(tmp_path / "a.db", [2, 0])  # the third site's copy names no one; neither does the original
    refresh_groups(db)
    group = db.execute_returning_dicts("select * from republication_groups").pop()
    assert group["canonical_by"] == "earliest"
    assert group["canonical_url"] == ARTICLES[0]["url"]  # 2021-07-20 before 2021-07-25


def test_same_groups_whatever_the_order_and_idempotent(tmp_path: Path) -> None:
    forward = build(tmp_path / "f.db", [0, 1, 2, 3, 4])
    backward = build(tmp_path / "b.db", [4, 3, 2, 1, 0])
    refresh_groups(forward)
    refresh_groups(backward)
    rows = "select * from republication_groups order by id"
    first = forward.execute_returning_dicts(rows)
    assert first == backward.execute_returning_dicts(rows)
    refresh_groups(forward)
    assert forward.execute_returning_dicts(rows) == first


def test_the_snapshot_republication_is_one_announcement_on_two_sites(tmp_path: Path) -> None:
    """Seed 000 is bundled twice (the publisher's site and a repost): a crawl must fold them into one."""
    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    spiders = set(SpiderLoader.from_settings(get_project_settings()).list())
    if not {"sipa", "mbachina"} <= spiders:
        pytest.skip("the sipa and mbachina spiders are not in the tree yet")
    db_path = tmp_path / "archive.db"
    subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--db", str(db_path),
                    "sipa", "mbachina"], capture_output=True, timeout=300)
    db = sqlite_utils.Database(db_path)
    two_sites = db.execute_returning_dicts(
        "select * from republication_groups where sites = 2 and source_ids = '[\"mbachina\", \"sipa\"]'")
    assert len(two_sites) >= 1, list(db["republication_groups"].rows)
    canonical = db["articles"].get(two_sites[0]["canonical_url"])
    assert canonical["source_id"] == "sipa", "the publisher's own page is the canonical article"
