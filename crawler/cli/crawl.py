"""``govcases crawl``: run spiders into the archive."""

from __future__ import annotations

import os

import click

from crawler.cli.options import db_option


def crawl_settings(db_path: str, offline: bool, overrides: dict | None = None):
    """The project's Scrapy settings with the CLI's choices applied."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.set("GOVCASES_DB", db_path, priority="cmdline")
    settings.set("GOVCASES_OFFLINE", offline, priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def run_crawl(spider_names: list[str], db_path: str, offline: bool, overrides: dict | None = None) -> dict:
    """Run the named spiders (all when empty) in one process; return each spider's final stats."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiderloader import SpiderLoader

    settings = crawl_settings(db_path, offline, overrides)
    loader = SpiderLoader.from_settings(settings)
    names = spider_names or sorted(loader.list())
    unknown = sorted(set(names) - set(loader.list()))
    if unknown:
        raise click.UsageError(f"unknown spider(s): {', '.join(unknown)}; known: {', '.join(sorted(loader.list()))}")
    process = CrawlerProcess(settings)
    crawlers = []
    for name in names:
        crawler = process.create_crawler(name)
        crawlers.append(crawler)
        process.crawl(crawler)
    process.start()
    # a spider that failed to start has no instance; report it by its class's name
    return {(c.spider.name if c.spider else c.spidercls.name): c.stats.get_stats() for c in crawlers}


@click.command()
@click.argument("spiders", nargs=-1)
@click.option("--offline", is_flag=True, help="Replay the bundled snapshot instead of the live sites.")
@click.option("--full", is_flag=True, help="Fetch every article again, not only those not yet archived.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy or govcases setting (repeatable), e.g. -s GOVCASES_CONTACT=mailto:me@x.org")
@db_option
def crawl(spiders: tuple[str, ...], offline: bool, full: bool, overrides: tuple[str, ...], db_path: str) -> None:
    """Crawl SPIDERS (default: all) into the archive.

    Without --offline the crawl goes to the live sites, politely (robots.txt, one request at a time per
    site, AutoThrottle).
    """
    settings = dict(parse_override(o) for o in overrides)
    if full:
        settings["GOVCASES_INCREMENTAL"] = False
    stats = run_crawl(list(spiders), db_path, offline, settings)
    items = sum(s.get("item_scraped_count", 0) for s in stats.values())
    responses = sum(s.get("response_received_count", 0) for s in stats.values())
    failures = sum(s.get("downloader/exception_count", 0) for s in stats.values())
    click.echo(f"{len(stats)} spider(s), {responses} pages fetched, {items} articles archived in {db_path}")
    if not offline and responses == 0 and failures:
        raise click.ClickException(
            f"no site answered ({failures} failed requests): is there a network? "
            "Use --offline to replay the bundled snapshot.")
    # Health checks (crawler.monitors) failed: exit non-zero so cron or Scrapyd users learn the site changed.
    unhealthy = {name: s["govcases/health/failed"] for name, s in stats.items() if s.get("govcases/health/failed")}
    if unhealthy:
        raise click.ClickException("health checks failed (see crawl_runs.reason): " + "; ".join(
            f"{name}: {reason}" for name, reason in sorted(unhealthy.items())))


def parse_override(text: str) -> tuple[str, str]:
    """One ``-s NAME=VALUE`` option as ``(NAME, VALUE)``."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise click.BadParameter(f"{text!r} is not NAME=VALUE", param_hint="--set")
    return name.strip(), value


COMMANDS = [crawl]
