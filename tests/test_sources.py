"""Sites added only through a sources file: validation, and a real crawl of real pages served on 127.0.0.1.

The served site is built in a temporary folder from real news pages (tests/data/sources_site): two list pages
(pagination), an RSS feed, a robots.txt naming a gzipped sitemap. The crawl runs the unchanged `sources` spider in
a subprocess; the rows are then read from the archive and through Datasette.
"""

from __future__ import annotations

import asyncio
import gzip
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import sqlite_utils

from crawler.sources import SourcesError, load_sources

REPO = Path(__file__).resolve().parents[1]
# Real news pages: three are the snapshot's real captures (byte-identical to the public test sets, see
# snapshot/manifest.json), one is only here (tests/data/sources_site).
SITES = REPO / "snapshot" / "sites"
PAGES = {
    "people_1": SITES / "culture.people.com.cn/n1/2019/0615/c1013-31153719.html",
    "xinhuanet_1": SITES / "www.xinhuanet.com/world/2019-12/10/c_1125327450.htm",
    "people_2024_04_24": SITES / "politics.people.com.cn/n1/2024/0424/c1001-40223222.html",
    "chinadaily_001": Path(__file__).parent / "data" / "sources_site" / "chinadaily_001.html",
}


class QuietHandler(SimpleHTTPRequestHandler):
    # The saved pages are UTF-8 bytes (the test sets re-saved them) though some still declare gb2312: say so.
    extensions_map = {".html": "text/html; charset=utf-8", ".xml": "application/xml", ".gz": "application/gzip"}

    def log_message(self, format: str, *args: object) -> None:  # keep pytest output readable
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A static site on a free loopback port; yields its base URL."""
    root = tmp_path / "site"
    (root / "news").mkdir(parents=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for page, saved in PAGES.items():
        shutil.copy(saved, root / "news" / f"{page}.html")
    (root / "list.html").write_text(
        '<ul class="news"><li><a href="news/people_1.html">一</a></li>'
        '<li><a href="news/xinhuanet_1.html">二</a></li><li><a href="about.html">关于</a></li></ul>'
        '<a class="next" href="list_2.html">下一页</a>', encoding="utf-8")
    (root / "list_2.html").write_text(
        '<ul class="news"><li><a href="news/people_2024_04_24.html">三</a></li></ul>', encoding="utf-8")
    (root / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        f'<item><title>四</title><link>{base}/news/chinadaily_001.html</link></item></channel></rss>',
        encoding="utf-8")
    (root / "robots.txt").write_text(f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml.gz\n")
    sitemap = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               f'<url><loc>{base}/news/people_1.html</loc></url>'
               f'<url><loc>http://elsewhere.invalid/news/x.html</loc></url>'  # off-site: never requested
               f'<url><loc>{base}/tags/index.html</loc></url></urlset>')  # not an article URL
    (root / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap.encode()))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def write_sources(path: Path, base: str) -> Path:
    path.write_text(f"""
[[source]]
name = "loopback_news"
title = "回环新闻网"
start_urls = ["{base}/list.html"]
link_css = "ul.news a"
next_css = "a.next"
article_url = '/news/[\\w-]+\\.html$'
relevant_only = false

[[source]]
name = "loopback_feeds"
title = "回环新闻网 (feed and sitemap)"
allowed_domains = ["127.0.0.1"]
feeds = ["{base}/feed.xml"]
sitemaps = ["{base}/robots.txt"]
article_url = '/news/'
relevant_only = false
[source.selectors]
title = "h1"
""", encoding="utf-8")
    return path


def test_sources_file_site_is_crawled_and_served(site: str, tmp_path: Path) -> None:
    db_path = tmp_path / "archive.db"
    sources = write_sources(tmp_path / "sources.toml", site)
    settings = {"GOVCASES_SOURCES": sources, "GOVCASES_DB": db_path, "GOVCASES_ALLOW_PRIVATE_HOSTS": "1",
                "DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "0", "LOG_LEVEL": "WARNING"}
    command = [sys.executable, "-m", "scrapy", "crawl", "sources"]
    for key, value in settings.items():
        command += ["-s", f"{key}={value}"]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]

    db = sqlite_utils.Database(db_path)
    rows = {r["url"].removeprefix(site): r for r in db["articles"].rows}
    by_list = {url: r["source_id"] for url, r in rows.items()}
    assert by_list == {
        "/news/people_1.html": by_list["/news/people_1.html"],  # found by the list page and the sitemap
        "/news/xinhuanet_1.html": "loopback_news",
        "/news/people_2024_04_24.html": "loopback_news",  # the second list page: pagination followed
        "/news/chinadaily_001.html": "loopback_feeds",  # only in the RSS feed
    }
    assert "郑板桥" in rows["/news/people_1.html"]["title"]
    assert all(len(r["text"] or "") > 200 for r in rows.values()), "generic extraction found no body"
    assert list(db["crawl_errors"].rows) == []  # the gzipped sitemap was read, not refused as binary
    (run,) = db["crawl_runs"].rows
    assert (run["spider"], run["status"]) == ("sources", "finished"), run  # the health checks passed
    registered = {r["id"]: r["name"] for r in db["sources"].rows}
    assert registered["loopback_news"] == "回环新闻网"
    assert "loopback_feeds" in registered

    async def through_datasette() -> list[dict]:
        from datasette.app import Datasette

        ds = Datasette([str(db_path)])
        response = await ds.client.get("/archive/articles.json?source_id=loopback_news&_shape=array&_col=title")
        assert response.status_code == 200
        return response.json()

    served = asyncio.run(through_datasette())
    assert len(served) == sum(1 for r in rows.values() if r["source_id"] == "loopback_news") >= 2


def test_repository_sources_file_is_valid() -> None:
    sources = load_sources()
    assert sources, "the worked example is missing"
    for source in sources:
        assert source.entry_urls and source.allowed_domains
        assert all(source.allows(url) for url in source.entry_urls)


@pytest.mark.parametrize(("entry", "message"), [
    ('name = "x1"\ntitle = "t"\nstart_urls = ["https://a.example/"]\nstart_url = "typo"', "unknown key"),
    ('name = "x1"\ntitle = "t"', "at least one of start_urls"),
    ('name = "x1"\ntitle = "t"\nfeeds = ["ftp://a.example/f"]', "not an http(s) URL"),
    ('name = "x1"\ntitle = "t"\nstart_urls = ["https://a.example/"]\nlink_css = "a[["', "not a valid CSS"),
    ('name = "x1"\ntitle = "t"\nstart_urls = ["https://a.example/"]\narticle_url = "(["', "not a valid regex"),
    ('name = "X Y"\ntitle = "t"\nstart_urls = ["https://a.example/"]', "name must be"),
    ('name = "x1"\ntitle = "t"\nsitemaps = ["https://a.example/s.xml"]\n[source.selectors]\nbdy = "p"',
     "unknown selector"),
])
def test_bad_entries_are_refused_with_the_entry_named(tmp_path: Path, entry: str, message: str) -> None:
    path = tmp_path / "sources.toml"
    path.write_text(f"[[source]]\n{entry}\n", encoding="utf-8")
    with pytest.raises(SourcesError, match=re.escape(message)):
        load_sources(path)


def test_duplicate_names_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "sources.toml"
    one = '[[source]]\nname = "x1"\ntitle = "t"\nfeeds = ["https://a.example/f.xml"]\n'
    path.write_text(one + one, encoding="utf-8")
    with pytest.raises(SourcesError, match="used twice"):
        load_sources(path)
    with pytest.raises(SourcesError, match="no such sources file"):
        load_sources(tmp_path / "absent.toml")
