"""Downloader middleware that answers requests from the bundled snapshot instead of the network.

Enabled by the ``GOVCASES_OFFLINE`` setting. The spiders are unchanged: they ask for their real URLs and
get the saved bytes back, with the provenance in two response headers (``X-Govcases-Capture`` and
``X-Govcases-Made-From``). A URL the snapshot does not hold answers 404, as a dead link would; nothing
ever reaches the network in offline mode.
"""

from __future__ import annotations

import asyncio
from urllib.parse import quote

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.responsetypes import responsetypes

from crawler.fetch.snapshot import MANIFEST, load_snapshot

CAPTURE_HEADER = "X-Govcases-Capture"
MADE_FROM_HEADER = "X-Govcases-Made-From"


class SnapshotReplayMiddleware:
    def __init__(self, manifest: str, stats) -> None:
        self.snapshot = load_snapshot(manifest)
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SnapshotReplayMiddleware:
        if not crawler.settings.getbool("GOVCASES_OFFLINE"):
            raise NotConfigured("live crawl")
        return cls(crawler.settings.get("GOVCASES_SNAPSHOT_MANIFEST") or str(MANIFEST), crawler.stats)

    def process_request(self, request: Request, spider: Spider | None = None) -> Response:
        page = self.snapshot.get(request.url)
        if page is None:
            self.stats.inc_value("govcases/snapshot/miss")
            return Response(request.url, status=404, body=b"not in snapshot", request=request)
        self.stats.inc_value("govcases/snapshot/hit")
        body = page.body(self.snapshot.root)
        headers = {"Content-Type": page.content_type, CAPTURE_HEADER: page.kind,
                   # header values must be latin-1; keep the provenance text readable after unquoting
                   MADE_FROM_HEADER: quote(page.made_from, safe=" /:;,.()-_")}
        headers.update(dict(page.headers))
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return cls(url=request.url, status=page.status, headers=headers, body=body, request=request,
                   flags=["snapshot"])


class ReplayDelayMiddleware:
    """Slow each replayed answer by ``GOVCASES_REPLAY_DELAY`` seconds (offline only; off when 0).

    Download delays do not apply to replayed pages, which answer before the downloader. The resume and
    serve-while-crawling tests need a crawl that is still running when they act: this gives them one.
    """

    def __init__(self, delay: float) -> None:
        self.delay = delay

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayDelayMiddleware:
        delay = crawler.settings.getfloat("GOVCASES_REPLAY_DELAY", 0.0)
        if not crawler.settings.getbool("GOVCASES_OFFLINE") or delay <= 0:
            raise NotConfigured
        return cls(delay)

    async def process_request(self, request: Request, spider: Spider | None = None) -> None:
        await asyncio.sleep(self.delay)
