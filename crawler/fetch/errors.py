"""Every failed page becomes a ``crawl_errors`` row: URL, reason, run.

Scrapy reports failures in several places: download exceptions after the last retry, non-2xx answers (the
HttpError of ``HttpErrorMiddleware``), redirect loops (an ``IgnoreRequest`` from ``RedirectMiddleware``), our
own refusals (:class:`UnusableResponse`: blocking pages, empty or binary answers, garbled text, unsafe
addresses) and exceptions in the spider's callbacks. They all reach a request's errback, except the last,
which arrives as the ``spider_error`` signal. :class:`ErrorRecordingMiddleware` gives every request the
spider yields an errback that records the failure, so no spider has to remember to.

Decisions that are not failures (offsite, robots.txt, an article skipped because it is already archived)
are plain ``IgnoreRequest``s and are only counted in the stats.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.archive import Archive

logger = logging.getLogger(__name__)


class UnusableResponse(IgnoreRequest):
    """A response the crawl refuses to use; ``reason`` is the short code recorded in ``crawl_errors``."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


_REASONS: tuple[tuple[type[BaseException], str], ...] = (
    (DownloadTimeoutError, "timeout"),
    (CannotResolveHostError, "dns_error"),
    (DownloadConnectionRefusedError, "connection_refused"),
    (ResponseDataLossError, "truncated_body"),
    (DownloadCancelledError, "download_cancelled"),
    (DownloadFailedError, "download_failed"),
)


def failure_reason(exc: BaseException) -> str | None:
    """The ``crawl_errors.reason`` code for a failed request, or None when the failure is a deliberate skip."""
    if isinstance(exc, UnusableResponse):
        return exc.reason
    if isinstance(exc, HttpError):
        from crawler.fetch.blocking import is_blocking_page

        # a CDN's or WAF's 403/429 page is a block, not a missing page: say so, so the operator slows down
        return "blocked" if is_blocking_page(exc.response) else f"http_{exc.response.status}"
    if isinstance(exc, DownloadCancelledError) and "max size" in str(exc):
        return "too_large"  # DOWNLOAD_MAXSIZE
    if isinstance(exc, IgnoreRequest):
        return "redirect_loop" if "max redirections" in str(exc) else None
    for cls, reason in _REASONS:
        if isinstance(exc, cls):
            return reason
    # anything else (a Twisted connection error, an SSL error, ...): its class name, snake-cased
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(exc).__name__).lower()


def failure_detail(exc: BaseException, request: Request | None) -> str:
    """What a person reading ``crawl_errors`` needs: the status or exception, retries, the start of the answer."""
    if isinstance(exc, HttpError):
        response = exc.response
        detail = f"HTTP {response.status}; answer begins: {response.body[:300].decode('utf-8', 'replace')}"
    else:
        detail = getattr(exc, "detail", "") or str(exc) or type(exc).__name__
    retries = request.meta.get("retry_times") if request is not None else None
    if request is not None and request.url != asked_url(request):
        detail += f" (redirected to {request.url})"
    return f"{detail} (after {retries} retries)" if retries else detail


def asked_url(request: Request) -> str:
    """The URL the spider asked for (before any redirect): the one its list page links to."""
    return request.meta.get("redirect_urls", [request.url])[0]


class ErrorRecordingMiddleware(BaseSpiderMiddleware):
    """Spider middleware: attach an errback to every request and record spider exceptions."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.db_path = crawler.settings.get("GOVCASES_DB")
        self._archive: Archive | None = None
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)

    @property
    def archive(self) -> Archive:
        if self._archive is None:
            self._archive = Archive(self.db_path)
        return self._archive

    def get_processed_request(self, request: Request, response: Response | None) -> Request:
        if request.errback is None:
            request = request.replace(errback=self.errback)
        return request

    def errback(self, failure: Failure) -> None:
        """Record the failure of one request (the request's own errback)."""
        request = getattr(failure, "request", None)
        url = asked_url(request) if request is not None else "?"
        reason = failure_reason(failure.value)
        stats = self.crawler.stats
        if reason is None:
            stats.inc_value("govcases/skipped/ignored")
            return
        stats.inc_value(f"govcases/errors/{reason}")
        self.record(url, reason, failure_detail(failure.value, request))

    def request_dropped(self, request: Request, spider: Spider) -> None:
        """A redirect back to a URL already fetched is dropped by the duplicate filter: a redirect loop."""
        if request.url in request.meta.get("redirect_urls", ()):
            self.crawler.stats.inc_value("govcases/errors/redirect_loop")
            self.record(asked_url(request), "redirect_loop",
                        "redirects came back to " + request.url + " via " + " -> ".join(request.meta["redirect_urls"]))

    def spider_error(self, failure: Failure, response: Response, spider: Spider) -> None:
        """A callback raised: a refusal (e.g. a garbled story) under its own reason, anything else as a bug."""
        if isinstance(failure.value, UnusableResponse):
            reason, detail = failure.value.reason, failure.value.detail
        else:
            reason, detail = "spider_error", f"{type(failure.value).__name__}: {failure.value}"
        self.crawler.stats.inc_value(f"govcases/errors/{reason}")
        self.record(response.url, reason, detail)

    def record(self, url: str, reason: str, detail: str = "") -> None:
        spider: Any = self.crawler.spider
        logger.warning("crawl error %s on %s: %s", reason, url, detail[:200])
        self.archive.record_error(getattr(spider, "govcases_run_id", None), spider.name, url, reason, detail)
