"""Health checks after every spider run, so a scheduled crawl tells when a site changed.

Spidermon monitors (unittest-style checks over the run's stats) judge each spider run on

- **item count**: articles archived plus articles skipped as already archived (an incremental re-crawl of
  an unchanged site archives nothing new, yet its list pages still lead to its articles): at least
  ``GOVCASES_MIN_ITEMS``;
- **field coverage**: the share of this run's articles with a title, a date and a text: at least
  ``GOVCASES_MIN_FIELD_COVERAGE``;
- **error rate**: ``crawl_errors`` rows per request: at most ``GOVCASES_MAX_ERROR_RATE`` (judged from two
  errors on, so one dead link on a small site is not an alarm);
- **fallback rate**: the share of article pages whose title, date or text the site's selectors missed and the
  generic extraction supplied: at most ``GOVCASES_MAX_FALLBACK_RATE`` (a redesign shows here first).

:func:`run_health_checks` runs the suite when the spider closes (called by ``ArchivePipeline``, which writes the
outcome to ``crawl_runs.status``/``reason``); a failure sets the stat ``govcases/health/failed`` and
``govcases crawl`` exits non-zero. ``GOVCASES_MONITORS = False`` turns the checks off.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapy.crawler import Crawler
from spidermon import Monitor, MonitorSuite, monitors
from spidermon.runners import MonitorRunner

from crawler.extract.item import COVERED_FIELDS


@dataclass(frozen=True)
class Thresholds:
    min_items: int = 1
    min_field_coverage: float = 0.8
    max_error_rate: float = 0.2
    max_fallback_rate: float = 0.5

    @classmethod
    def from_settings(cls, settings) -> Thresholds:
        return cls(settings.getint("GOVCASES_MIN_ITEMS", 1), settings.getfloat("GOVCASES_MIN_FIELD_COVERAGE", 0.8),
                   settings.getfloat("GOVCASES_MAX_ERROR_RATE", 0.2),
                   settings.getfloat("GOVCASES_MAX_FALLBACK_RATE", 0.5))


class _HealthMonitor(Monitor):
    @property
    def stat(self):
        return self.data.stats.get

    @property
    def limits(self) -> Thresholds:
        return self.data.thresholds


@monitors.name("item count")
class ItemCountMonitor(_HealthMonitor):
    @monitors.name("articles found")
    def test_articles_found(self) -> None:
        found = (self.stat("item_scraped_count", 0) + self.stat("govcases/incremental/skipped/archived", 0)
                 + self.stat("govcases/incremental/not_modified", 0))
        self.assertGreaterEqual(found, self.limits.min_items,
                                f"{found} articles archived or already archived, expected at least "
                                f"{self.limits.min_items}")


@monitors.name("field coverage")
class FieldCoverageMonitor(_HealthMonitor):
    @monitors.name("title, date and text present")
    def test_coverage(self) -> None:
        items = self.stat("item_scraped_count", 0)
        if not items:
            self.skipTest("no new article in this run")
        for name in COVERED_FIELDS:
            share = self.stat(f"govcases/field/{name}", 0) / items
            self.assertGreaterEqual(share, self.limits.min_field_coverage,
                                    f"{name} found in {share:.0%} of {items} articles, expected at least "
                                    f"{self.limits.min_field_coverage:.0%}")


@monitors.name("error rate")
class ErrorRateMonitor(_HealthMonitor):
    @monitors.name("few failed requests")
    def test_error_rate(self) -> None:
        errors = self.data.errors
        requests = self.stat("response_received_count", 0) + self.stat("downloader/exception_count", 0)
        rate = errors / max(requests, errors, 1)
        if errors >= 2:
            self.assertLessEqual(rate, self.limits.max_error_rate,
                                 f"{errors} errors in {requests} requests ({rate:.0%}), expected at most "
                                 f"{self.limits.max_error_rate:.0%}")


@monitors.name("fallback rate")
class FallbackRateMonitor(_HealthMonitor):
    @monitors.name("site selectors still match")
    def test_fallback_rate(self) -> None:
        pages = self.stat("govcases/article_pages", 0)
        if not pages:
            self.skipTest("no article page fetched in this run")
        for name in COVERED_FIELDS:
            rate = self.stat(f"govcases/fallback/{name}", 0) / pages
            self.assertLessEqual(rate, self.limits.max_fallback_rate,
                                 f"{name} fell back to generic extraction on {rate:.0%} of {pages} article pages "
                                 f"(site selectors no longer match?), expected at most "
                                 f"{self.limits.max_fallback_rate:.0%}")


class SpiderHealthSuite(MonitorSuite):
    monitors = [ItemCountMonitor, FieldCoverageMonitor, ErrorRateMonitor, FallbackRateMonitor]


def run_health_checks(crawler: Crawler, errors: int) -> list[str]:
    """Run the health suite over a finished spider run; return the failure messages (empty: healthy)."""
    thresholds = Thresholds.from_settings(crawler.settings)
    spider = crawler.spider
    thresholds = Thresholds(getattr(spider, "min_items", thresholds.min_items), thresholds.min_field_coverage,
                            thresholds.max_error_rate, thresholds.max_fallback_rate)
    result = MonitorRunner().run(SpiderHealthSuite(), stats=crawler.stats.get_stats(), errors=errors,
                                 thresholds=thresholds, crawler=crawler, spider=spider)
    failures = [_message(error) for _monitor, error in result.failures + result.errors]
    if failures:
        crawler.stats.set_value("govcases/health/failed", "; ".join(failures))
    return failures


def _message(error_text: str) -> str:
    """The assertion's own message out of a unittest traceback."""
    last = error_text.strip().splitlines()[-1]
    head, _, message = last.partition(": ")
    return message.split(" : ", 1)[-1] if message else head
