"""Retries with exponential backoff: a site answering 503 is given time to recover.

Scrapy's ``RetryMiddleware`` re-queues a failed request at once; against an overloaded government server
three immediate retries are three more blows. No maintained package adds backoff for current Scrapy, so
:class:`BackoffRetryMiddleware` subclasses the built-in one: the n-th retry waits
``GOVCASES_RETRY_BACKOFF_BASE * 2**(n-1)`` seconds (with ±25% jitter, capped at
``GOVCASES_RETRY_BACKOFF_MAX``), or what the server's ``Retry-After`` header asks when that is longer. The
wait is an ``asyncio.sleep`` before the retried request enters the downloader, so it holds no download slot
and other sites proceed meanwhile.
"""

from __future__ import annotations

import asyncio
import random

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response

DELAY_META = "govcases_retry_delay"


def backoff_delay(retry_number: int, base: float, cap: float, retry_after: float | None = None,
                  rng: random.Random | None = None) -> float:
    """Seconds to wait before retry number ``retry_number`` (1 for the first retry)."""
    delay = base * 2 ** (retry_number - 1) * (rng or random).uniform(0.75, 1.25)
    if retry_after is not None:
        delay = max(delay, retry_after)
    return min(delay, cap)


def parse_retry_after(value: bytes | None) -> float | None:
    """The seconds of a ``Retry-After: <seconds>`` header (the HTTP-date form is ignored)."""
    try:
        return float(value.decode()) if value else None
    except ValueError:
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, with a growing pause before each retry."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        middleware = super().from_crawler(crawler)
        middleware.backoff_base = crawler.settings.getfloat("GOVCASES_RETRY_BACKOFF_BASE", 2.0)
        middleware.backoff_max = crawler.settings.getfloat("GOVCASES_RETRY_BACKOFF_MAX", 120.0)
        return middleware

    async def process_request(self, request: Request, spider=None) -> None:
        delay = request.meta.pop(DELAY_META, None)
        if delay:
            self.crawler.stats.inc_value("govcases/retry/backoff_seconds", delay)
            await asyncio.sleep(delay)

    def process_response(self, request: Request, response: Response, spider=None) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            self._set_delay(result, parse_retry_after(response.headers.get("Retry-After")))
        return result

    def process_exception(self, request: Request, exception: Exception, spider=None) -> Request | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            self._set_delay(result, None)
        return result

    def _set_delay(self, request: Request, retry_after: float | None) -> None:
        retries = request.meta.get("retry_times", 1)
        request.meta[DELAY_META] = backoff_delay(retries, self.backoff_base, self.backoff_max, retry_after)
