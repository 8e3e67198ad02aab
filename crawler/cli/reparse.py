"""``govcases reparse``: re-derive the archive from its WARC capture with the current parsers."""

from __future__ import annotations

from pathlib import Path

import click

from crawler.cli.options import db_option


@click.command()
@db_option
def reparse(db_path: str) -> None:
    """Rebuild the articles' fields, the announcement facts and the search index from the WARC files.

    Works offline: every page comes from the WARC folder beside the database (warc/). Crawl metadata (run,
    fetch times) is kept; rows record the parser version that produced them.
    """
    from crawler.archive.reparse import reparse as run_reparse
    from crawler.cli.crawl import crawl_settings
    from crawler.fetch.warc import warc_dir
    from crawler.parse import PARSER_VERSION

    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist")
    # the live settings: spiders set themselves up as for a live crawl (nothing is fetched either way)
    settings = crawl_settings(db_path, offline=False)
    folder = warc_dir(settings)
    if not folder.is_dir():
        raise click.ClickException(f"no WARC folder at {folder}: this archive has no raw capture to re-parse")
    report = run_reparse(db_path, settings)
    click.echo(f"parser {PARSER_VERSION}: {report.captures} article captures read, {report.articles} articles "
               f"rebuilt ({report.added} new), {report.not_relevant} judged not relevant, "
               f"{sum(report.refused.values())} refused {dict(sorted(report.refused.items()))}")
    if report.stale:
        click.echo(f"{len(report.stale)} archived article(s) no longer produced from their capture (kept): "
                   + ", ".join(report.stale[:10]))
    if report.unknown_spiders:
        click.echo(f"captures of unknown spiders skipped: {', '.join(sorted(report.unknown_spiders))}", err=True)


COMMANDS = [reparse]
