"""Xinhua (www.news.cn, www.xinhuanet.com, sh.news.cn): national and Shanghai news of Xinhua News Agency.

Xinhua co-organises the 中国(上海)社会治理创新实践案例. Its column pages are empty shells filled by
JavaScript from ``ds_{id}.json`` (a ``datasource`` list of ``title``/``publishUrl``/``publishTime``), so the
spider reads the JSON directly and pages through ``ds_{id}_{n}.json`` until ``totalnum`` entries are seen
(the ``_{n}`` paging is an assumption: the first file is the one known). Two article templates: the current
``/{chan}/{YYYYMMDD}/{32hex}/c.html`` (``.head-line h1``, ``.header-time``, ``.source``, ``#detail``) and the
older ``/{YYYY-MM}/{DD}/c_{id}.htm`` (``.h-title``, ``.h-time``, ``em#source``, ``#p-detail``, ``span.p-jc``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import scrapy
from scrapy.http import Response

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class XinhuaSpider(AnnouncementSpider):
    name = "xinhua"
    site_name = "新华网"
    home_url = "https://sh.news.cn/"
    allowed_domains = ["news.cn", "xinhuanet.com"]
    start_urls = ["https://sh.news.cn/ds_5c0e3bd1a4f14f4c8f7a2a1b6b9e2f30.json"]
    article_url = r"(news\.cn|xinhuanet\.com)/(.+/c\.html|.*\d{4}-\d{2}/\d{2}/c_\d+\.htm)$"
    selectors = SiteSelectors(
        title=(".head-line h1", ".h-title"),
        published_at=(".header-time", ".h-time"),
        origin=(".header .source", "#source"),
        editor=("#articleEdit .editor", ".p-jc"),
        body=("#detail", "#p-detail"),
    )

    def parse(self, response: Response, depth: int = 1, seen: int = 0) -> Iterator[scrapy.Request]:
        """A ``ds_{id}.json`` column page: follow its relevant entries, then the next page while entries remain."""
        self.crawler.stats.inc_value("govcases/list_pages")
        try:
            data = response.json()
        except ValueError:  # a block page or a redesign: say so, do not crash the crawl
            self.logger.error("column list %s is not JSON (status %s)", response.url, response.status)
            self.crawler.stats.inc_value("govcases/list_not_json")
            return
        entries = data.get("datasource") or []
        for entry in entries:
            if entry.get("publishUrl"):
                yield from self.follow_article(response, response.urljoin(entry["publishUrl"]), entry.get("title"))
        seen += len(entries)
        limit = self.settings.getint("GOVCASES_MAX_LIST_PAGES", self.max_list_pages)
        if entries and seen < int(data.get("totalnum") or 0) and depth < limit:
            base = re.sub(r"(_\d+)?\.json$", "", response.url)
            yield response.follow(f"{base}_{depth + 1}.json", callback=self.parse,
                                  cb_kwargs={"depth": depth + 1, "seen": seen})
