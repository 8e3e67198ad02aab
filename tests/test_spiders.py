"""Each spider over the bundled snapshot: list pages, article fields, relevance, and one offline crawl of all.

The list and article tests call the spiders' callbacks on responses built from the snapshot's bytes (no
reactor, no network). The crawl test runs ``govcases crawl --offline`` in a subprocess into a temporary db.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils
from scrapy import Request
from scrapy.http import Response, TextResponse
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.fetch.replay import SnapshotReplayMiddleware
from crawler.fetch.snapshot import MANIFEST, load_snapshot
from spiders.base import AnnouncementSpider
from spiders.chinanews_sh import ChinanewsShSpider
from spiders.ciug import CiugSpider
from spiders.cnfin import CnfinSpider
from spiders.mbachina import MbachinaSpider
from spiders.people_sh import PeopleShSpider
from spiders.sipa import SipaSpider
from spiders.sjtu_news import SjtuNewsSpider
from spiders.xinhua import XinhuaSpider

REPO = Path(__file__).resolve().parents[1]
SPIDERS = [SipaSpider, CiugSpider, SjtuNewsSpider, MbachinaSpider, ChinanewsShSpider, CnfinSpider, XinhuaSpider,
           PeopleShSpider]
SNAPSHOT = load_snapshot()
REPLAY = SnapshotReplayMiddleware(str(MANIFEST), MemoryStatsCollector(get_crawler()))


def make_spider(cls: type[AnnouncementSpider]) -> AnnouncementSpider:
    crawler = get_crawler(cls)
    spider = cls.from_crawler(crawler)
    if crawler.stats is None:  # an unconfigured test crawler has no stats collector yet
        crawler.stats = MemoryStatsCollector(crawler)
    return spider


def response(url: str) -> Response:
    """The snapshot's page for ``url``, answered by the replay middleware as in an offline crawl."""
    answer = REPLAY.process_request(Request(url), spider=None)
    assert answer.status == 200, f"{url} is not in the snapshot"
    return answer


def requests_of(results) -> dict[str, str]:
    """URL -> callback name of the requests a list callback yields."""
    return {r.url: r.callback.__name__ for r in results}


def one_article(cls: type[AnnouncementSpider], url: str):
    items = list(make_spider(cls).parse_article(response(url), list_url="http://list/"))
    assert len(items) == 1, f"{url} was not kept as an announcement"
    return items[0]


# --- list pages: the right article links, the next page, nothing unrelated ----------------------------------

LIST_PAGES = [
    (SipaSpider, "https://www.sipa.sjtu.edu.cn/list/9",
     ["https://www.sipa.sjtu.edu.cn/show/4102", "https://www.sipa.sjtu.edu.cn/show/3378"],
     "https://www.sipa.sjtu.edu.cn/list/9?page=2"),
    (CiugSpider, "https://ciug.sjtu.edu.cn/List?w=3&p=0",
     ["https://ciug.sjtu.edu.cn/Show?w=3&p=0&f=1320", "https://ciug.sjtu.edu.cn/Show?w=3&p=0&f=1245",
      "https://ciug.sjtu.edu.cn/Show?w=3&p=0&f=1268"],
     "https://ciug.sjtu.edu.cn/List?w=3&p=0&page=2"),
    (SjtuNewsSpider, "https://news.sjtu.edu.cn/jdyw/index.html",
     ["https://news.sjtu.edu.cn/jdyw/20231220/193000.html", "https://news.sjtu.edu.cn/jdyw/20210315/140201.html"],
     "https://news.sjtu.edu.cn/jdyw/index_2.html"),
    (MbachinaSpider, "https://www.mbachina.com/html/mpa_sjtu/",
     ["https://www.mbachina.com/html/mpa_sjtu/202307/489177.html",
      "https://www.mbachina.com/html/mpa_sjtu/202212/452310.html"],
     "https://www.mbachina.com/html/mpa_sjtu/index_2.html"),
    (ChinanewsShSpider, "https://www.sh.chinanews.com.cn/shms/index.shtml",
     ["https://www.sh.chinanews.com.cn/shms/2024-09-20/131870.shtml",
      "https://www.sh.chinanews.com.cn/shms/2024-01-04/119310.shtml",
      "https://www.sh.chinanews.com.cn/shms/2023-11-02/115501.shtml"],
     "https://www.sh.chinanews.com.cn/shms/index_2.shtml"),
    (CnfinSpider, "https://www.cnfin.com/local/index.html",
     ["https://www.cnfin.com/dfjj-lb/detail/20221118/3745519_1.html",
      "https://www.cnfin.com/dfjj-lb/detail/20220107/3493872_1.html"],
     "https://www.cnfin.com/local/index_2.html"),
    (XinhuaSpider, "https://sh.news.cn/ds_5c0e3bd1a4f14f4c8f7a2a1b6b9e2f30.json",
     ["http://www.news.cn/local/20241105/8e1d6c0b7a3f4e2d9c5b1a0f3e2d1c4b/c.html",
      "http://sh.news.cn/20230912/5f0c1e2a9b8d4c3fa61e7d2b9c0a4e18/c.html"],
     "https://sh.news.cn/ds_5c0e3bd1a4f14f4c8f7a2a1b6b9e2f30_2.json"),
    (PeopleShSpider, "https://sh.people.com.cn/GB/134768/index.html",
     ["https://sh.people.com.cn/n2/2023/0712/c134768-40517702.html",
      "http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html",
      "https://sh.people.com.cn/n2/2021/1026/c134768-34975501.html"],
     "https://sh.people.com.cn/GB/134768/index2.html"),
]


@pytest.mark.parametrize(("cls", "url", "articles", "next_url"), LIST_PAGES, ids=[c[0].name for c in LIST_PAGES])
def test_list_page_yields_relevant_links_and_next_page(cls, url, articles, next_url) -> None:
    requests = requests_of(make_spider(cls).parse(response(url)))
    assert requests == {**{a: "parse_article" for a in articles}, next_url: "parse"}


def test_last_list_page_has_no_next_page() -> None:
    requests = requests_of(make_spider(SjtuNewsSpider).parse(response("https://news.sjtu.edu.cn/jdyw/index_2.html")))
    assert requests == {"https://news.sjtu.edu.cn/jdyw/20201109/101500.html": "parse_article"}


def test_list_depth_limit_stops_pagination() -> None:
    spider = make_spider(SjtuNewsSpider)
    requests = requests_of(spider.parse(response("https://news.sjtu.edu.cn/jdyw/index.html"),
                                        depth=spider.max_list_pages))
    assert "parse" not in requests.values()


@pytest.mark.parametrize("cls", [SipaSpider, CiugSpider], ids=["sipa", "ciug"])
def test_list_url_discovered_from_home_navigation(cls) -> None:
    home = response(cls.home_url)
    requests = list(make_spider(cls).parse_home(home))
    assert len(requests) == 1
    assert SNAPSHOT.get(requests[0].url) is not None, "the discovered list page is the snapshot's list page"
    assert requests[0].callback.__name__ == "parse"


def test_home_without_news_link_is_counted() -> None:
    spider = make_spider(SipaSpider)
    page = response("https://news.sjtu.edu.cn/jdyw/index.html")  # a page whose navigation has no 新闻动态
    assert list(spider.parse_home(page)) == []
    assert spider.crawler.stats.get_value("govcases/home/no_list_link") == 1


def test_xinhua_json_pages_stop_at_totalnum() -> None:
    requests = requests_of(make_spider(XinhuaSpider).parse(
        response("https://sh.news.cn/ds_5c0e3bd1a4f14f4c8f7a2a1b6b9e2f30_2.json"), depth=2, seen=3))
    assert "parse" not in requests.values()
    # the entry without a title (a picture item) is followed; titled unrelated entries are not
    assert requests == {
        "http://www.xinhuanet.com/local/2020-07/16/c_1126245632.htm": "parse_article",
        "http://www.xinhuanet.com/local/2019-12/27/c_1125394087.htm": "parse_article",
        "http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm": "parse_article",
    }


def test_xinhua_column_list_that_is_not_json_is_reported() -> None:
    spider = make_spider(XinhuaSpider)
    blocked = TextResponse("https://sh.news.cn/ds_x.json", body=b"<html>ACCESS DENIED</html>",
                           headers={"Content-Type": "text/html"})
    assert list(spider.parse(blocked)) == []
    assert spider.crawler.stats.get_value("govcases/list_not_json") == 1


# --- article pages: the fields each page shows -----------------------------------------------------------------

SEED0_TITLE = "第二届“上海城市治理最佳实践案例评选”启动仪式举行"


def test_seed000_original_on_sipa() -> None:
    item = one_article(SipaSpider, "https://www.sipa.sjtu.edu.cn/show/3378")
    assert item.title == SEED0_TITLE
    assert item.published_at == "2021-07-20"
    assert item.editor is None
    assert item.capture_kind == "reconstruction"
    assert "全球城市论坛开幕式上举行" in item.text and "Back to Top" not in item.text
    assert item.list_url == "http://list/"


def test_seed000_repost_on_mbachina() -> None:
    item = one_article(MbachinaSpider, "https://www.mbachina.com/html/mpa_sjtu/202107/334055.html")
    assert item.title == SEED0_TITLE
    assert item.published_at == "2021-07-20T18:00:00+08:00"
    assert item.editor == "葛格"
    assert "全球城市论坛开幕式上举行" in item.text
    assert "扫码关注我们" not in item.text and "备考交流" not in item.text


def test_seed001_commentary_on_ciug() -> None:
    item = one_article(CiugSpider, "https://ciug.sjtu.edu.cn/Show?w=3&p=0&f=1186")
    assert item.title == "人文与科技并重 深入推进上海城市精细化治理实践"
    assert item.published_at == "2018-11-12"
    assert item.editor == "何易"
    assert "探索出一条具有中国特色的超大城市精细化治理之路" in item.text


def test_seed002_spam_injected_page_on_sipa_kept_as_printed() -> None:
    item = one_article(SipaSpider, "https://www.sipa.sjtu.edu.cn/show/1907")
    assert item.title.startswith("落实习近平总书记“上海这种超大城市,管理应该像绣花一样精细”讲话两周年")
    assert item.title.endswith("在伟德国际1946源于英国徐汇校区举行")
    assert item.published_at == "2019-03-06"
    assert "伟德国际1946源于英国" in item.text


def test_seed003_on_cnfin() -> None:
    item = one_article(CnfinSpider, "https://www.cnfin.com/dfjj-lb/detail/20220107/3493872_1.html")
    assert item.title == "第四届上海社会治理创新实践案例发布 彰显“人民城市”善治效能"
    assert item.published_at == "2022-01-07T20:33:27+08:00"
    assert item.origin == "新华财经"
    assert "精选出“十佳案例”10件" in item.text
    assert "dfscdn.dfcfw.com" in item.html  # the case list is three images; the parse stage flags that


def test_seed004_on_chinanews_sh() -> None:
    item = one_article(ChinanewsShSpider, "https://www.sh.chinanews.com.cn/shms/2024-01-04/119310.shtml")
    assert item.title == "书写人民城市新答卷 第六届上海社会治理创新实践案例发布"
    assert item.published_at == "2024-01-04T19:18:00+08:00"
    assert item.origin == "中新网上海"
    assert item.editor == "李姝徵"
    assert "常年法律顾问" not in item.text


def test_gbk_page_on_people_sh_older_template() -> None:
    item = one_article(PeopleShSpider, "https://sh.people.com.cn/n2/2018/1208/c134768-32381234.html")
    assert item.title == "长三角城市治理最佳实践评选结果揭晓 20个案例获评"
    assert item.published_at == "2018-12-08T15:30:00+08:00"
    assert item.editor == "张喆、李堃"  # GBK-only characters: decoded as gb18030, not mangled
    assert item.encoding in ("gb18030", "gbk")


def test_people_sh_newer_template() -> None:
    item = one_article(PeopleShSpider, "https://sh.people.com.cn/n2/2021/1026/c134768-34975501.html")
    assert item.title == "第二届上海城市治理最佳实践案例评选颁奖仪式举行"
    assert item.published_at == "2021-10-26T10:15:00+08:00"
    assert item.editor == "王珺"
    assert item.origin == "人民网-上海频道"


def test_xinhua_both_templates() -> None:
    new = one_article(XinhuaSpider, "http://sh.news.cn/20230912/5f0c1e2a9b8d4c3fa61e7d2b9c0a4e18/c.html")
    assert new.title == "第六届中国(上海)社会治理创新实践案例征集活动启动"
    assert new.published_at == "2023-09-12T16:20:05+08:00"
    assert new.editor == "张樵苏"
    old = one_article(XinhuaSpider, "http://www.xinhuanet.com/local/2019-12/27/c_1125394087.htm")
    assert old.title == "第二届中国(上海)社会治理创新实践案例发布"
    assert old.published_at == "2019-12-27T19:36:12+08:00"
    assert old.editor == "刘洋"


def test_sjtu_news_article() -> None:
    item = one_article(SjtuNewsSpider, "https://news.sjtu.edu.cn/jdyw/20231220/193000.html")
    assert item.title == "第四届上海城市治理最佳实践案例评选结果揭晓"
    assert item.published_at == "2023-12-20"
    assert item.fallback_fields == [] or "published_at" not in item.fallback_fields
    assert "分享" not in item.text and "相关新闻" not in item.text


UNRELATED = [
    (XinhuaSpider, "http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm"),
    (XinhuaSpider, "http://www.news.cn/fortune/2023-11/17/c_1129981476.htm"),
    (PeopleShSpider, "http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html"),
    (PeopleShSpider, "http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html"),
    (ChinanewsShSpider, "https://www.sh.chinanews.com.cn/shms/2023-11-02/115501.shtml"),
    (CiugSpider, "https://ciug.sjtu.edu.cn/Show?w=3&p=0&f=1320"),
]


@pytest.mark.parametrize(("cls", "url"), UNRELATED, ids=[u.rsplit("/", 1)[-1] for _, u in UNRELATED])
def test_unrelated_pages_are_not_kept(cls, url) -> None:
    spider = make_spider(cls)
    assert list(spider.parse_article(response(url))) == []
    assert spider.crawler.stats.get_value("govcases/skipped/article_not_relevant") == 1


# --- one offline crawl of the whole snapshot ---------------------------------------------------------------------

def test_offline_crawl_archives_all_spiders_and_no_unrelated_page(tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    names = [cls.name for cls in SPIDERS]
    subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--offline", "--db", str(db_path), *names],
                   check=True, capture_output=True, cwd=REPO, timeout=300)
    db = sqlite_utils.Database(db_path)
    rows = list(db["articles"].rows)
    per_spider = {name: sum(1 for r in rows if r["source_id"] == name) for name in names}
    assert len(rows) >= 24
    assert all(count >= 3 for count in per_spider.values()), per_spider
    archived = {r["url"] for r in rows}
    real = {p.url for p in SNAPSHOT.pages.values() if p.kind == "real"}
    unrelated = real | {url for _, url in UNRELATED}
    assert not {u.replace("https://", "http://") for u in archived} & {u.replace("https://", "http://")
                                                                        for u in unrelated}
    # one announcement republished on two sites: both copies are archived
    assert {"https://www.sipa.sjtu.edu.cn/show/3378",
            "https://www.mbachina.com/html/mpa_sjtu/202107/334055.html"} <= archived
    # every row says where it came from
    assert {r["capture_kind"] for r in rows} <= {"reconstruction", "synthetic"}
    assert all(r["made_from"] for r in rows)
