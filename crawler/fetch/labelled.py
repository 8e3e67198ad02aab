"""Fetch the pages a labels file names, from their own sites, so the measurement can be repeated.

The label files of ``tests/data/real_announcements`` carry each page's ``url`` and the ``seed`` name its text is
scored under, but not the text (third-party material is not bundled). :func:`fetch_labelled` downloads each
page with the crawl's own politeness (robots.txt, one request at a time per site, AutoThrottle, retries with
backoff, the address and content guards) and saves its raw bytes as ``DIR/SEED``, which ``govcases eval
LABELS --texts DIR`` reads as the crawl reads a page. ``DIR/fetched.jsonl`` records every attempt (saved, or
why not). Nothing touches the archive.

A re-run fetches only the seeds not saved yet, and a file appears whole or not at all (written beside its
name, then renamed), so a run killed midway loses nothing and is simply started again.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.http import Response
from twisted.python.failure import Failure

from crawler.fetch.errors import failure_detail, failure_reason

REPORT = "fetched.jsonl"

# The crawl's components that read or write the archive (or its WARC folder) have no place in this job.
_ARCHIVE_COMPONENTS = {
    "DOWNLOADER_MIDDLEWARES": ("crawler.fetch.incremental.SkipArchivedMiddleware",
                               "crawler.fetch.replay.ReplayDelayMiddleware",
                               "crawler.fetch.replay.SnapshotReplayMiddleware",
                               "crawler.fetch.warc.WarcCaptureMiddleware"),
    "SPIDER_MIDDLEWARES": ("crawler.fetch.errors.ErrorRecordingMiddleware",
                           "crawler.fetch.incremental.RememberUnrelatedMiddleware",
                           "crawler.fetch.warc.WarcPointerMiddleware"),
}


def labelled_pages(labels: list[Path]) -> list[tuple[str, str]]:
    """``(seed, url)`` of every line of the label files, in order; a seed named twice is fetched once."""
    pages: dict[str, str] = {}
    for path in labels:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            label = json.loads(line)
            seed, url = label.get("seed"), label.get("url")
            if not seed or not url or not str(url).startswith(("http://", "https://")):
                raise ValueError(f"{path}:{number}: a label needs a seed and an http(s) url to be fetched")
            if Path(seed).name != seed:
                raise ValueError(f"{path}:{number}: seed {seed!r} is not a plain file name")
            pages.setdefault(seed, url)
    return list(pages.items())


def settings_for(settings, out: Path):
    """A copy of the crawl's settings for this job: the archive components off, no item pipelines."""
    job = settings.copy()
    for name, components in _ARCHIVE_COMPONENTS.items():
        table = job.getdict(name)
        table.update(dict.fromkeys(components))
        job.set(name, table, priority="cmdline")
    job.set("ITEM_PIPELINES", {}, priority="cmdline")
    job.set("GOVCASES_OFFLINE", False, priority="cmdline")
    job.set("GOVCASES_LABELLED_OUT", str(out), priority="cmdline")
    return job


class LabelledPagesSpider(Spider):
    """Fetches a fixed list of ``(seed, url)`` pages and saves each one's body as ``out/seed``."""

    name = "labelled-pages"

    def __init__(self, pages: list[tuple[str, str]], out: str | Path, **kwargs) -> None:
        super().__init__(**kwargs)
        self.pages = pages
        self.out = Path(out)
        # AddressSafetyMiddleware refuses a live spider without a site list; these are exactly the pages' hosts
        self.allowed_domains = sorted({urlsplit(url).hostname or "" for _, url in pages} - {""})

    async def start(self) -> Iterator[Request]:
        for seed, url in self.pages:
            yield Request(url, callback=self.save, errback=self.failed, cb_kwargs={"seed": seed},
                          dont_filter=True)

    def save(self, response: Response, seed: str) -> None:
        target = self.out / seed
        partial = target.with_name(target.name + ".part")
        partial.write_bytes(response.body)
        os.replace(partial, target)
        self.record(seed, response.request.meta.get("redirect_urls", [response.url])[0], saved=True,
                    status=response.status, final_url=response.url, bytes=len(response.body))

    def failed(self, failure: Failure) -> None:
        request = failure.request
        reason = failure_reason(failure.value) or "skipped"  # robots.txt or off-site: a decision, not an error
        self.record(request.cb_kwargs["seed"], request.meta.get("redirect_urls", [request.url])[0], saved=False,
                    reason=reason, detail=failure_detail(failure.value, request))

    def record(self, seed: str, url: str, **outcome) -> None:
        line = {"seed": seed, "url": url, **outcome,
                "at": datetime.now(UTC).isoformat(timespec="seconds")}
        with (self.out / REPORT).open("a", encoding="utf-8") as report:
            report.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.logger.info("%s %s: %s", seed, "saved" if outcome["saved"] else outcome["reason"], url)


def fetch_labelled(labels: list[Path], out: Path, settings, again: bool = False) -> dict[str, int]:
    """Fetch every labelled page not saved in ``out`` yet (all of them with ``again``); return counts.

    ``settings`` are the crawl's (``crawler.cli.crawl.crawl_settings``), so ``-s`` overrides reach this job.
    Returns ``{"labelled", "already", "saved", "failed"}``; the reasons are in ``out/fetched.jsonl``.
    """
    from scrapy.crawler import CrawlerProcess

    pages = labelled_pages(labels)
    out.mkdir(parents=True, exist_ok=True)
    todo = [(seed, url) for seed, url in pages if again or not (out / seed).is_file()]
    counts = {"labelled": len(pages), "already": len(pages) - len(todo), "saved": 0, "failed": 0}
    if not todo:
        return counts
    before = _outcomes(out)
    process = CrawlerProcess(settings_for(settings, out))
    process.crawl(LabelledPagesSpider, pages=todo, out=out)
    process.start()
    for outcome in _outcomes(out)[len(before):]:
        counts["saved" if outcome["saved"] else "failed"] += 1
    return counts


def _outcomes(out: Path) -> list[dict]:
    report = out / REPORT
    if not report.is_file():
        return []
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines() if line.strip()]
