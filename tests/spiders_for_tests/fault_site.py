"""A spider over tests/faultserver.py's site: the base spider's logic, pointed at GOVCASES_TEST_BASE_URL."""

from __future__ import annotations

from collections.abc import AsyncIterator

import scrapy

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class FaultSiteSpider(AnnouncementSpider):
    name = "fault_site"
    site_name = "fault server"
    allowed_domains = ["127.0.0.1"]
    link_css = "ul.list a"
    next_css = "a.next"
    selectors = SiteSelectors(title=("#title",), published_at=(".date",), body=(".content",))

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.settings.get("GOVCASES_TEST_BASE_URL") + "/list.html", callback=self.parse)


class BrokenSelectorsSpider(FaultSiteSpider):
    """The same site after a redesign: none of the spider's selectors match any more."""

    name = "broken_selectors"
    selectors = SiteSelectors(title=("#gone-title",), published_at=("#gone-date",), body=("#gone-body",))


class NoLinksSpider(FaultSiteSpider):
    """The same site after its list pages changed: the link selector finds nothing."""

    name = "no_links"
    link_css = "div.gone-list a"


class ThreeStartsSpider(FaultSiteSpider):
    """Starts with three pages of the site at once, the last disallowed by its robots.txt."""

    name = "three_starts"

    async def start(self) -> AsyncIterator[scrapy.Request]:
        base = self.settings.get("GOVCASES_TEST_BASE_URL")
        for path in ("/list.html", "/ok/1.html", "/private/x.html"):
            yield scrapy.Request(base + path, callback=self.parse)
