"""``govcases extract`` (one page -> its fields and announcement facts) and ``govcases eval`` (score against labels)."""

from __future__ import annotations

import json
import os
import re
import sys
import urllib.request
from pathlib import Path

import click

# The keys ``govcases extract`` prints, in order; documented in the README ("Announcement facts").
OUTPUT_KEYS = ("url", "title", "published_at", "source_name", "author", "editor", "text", "announcement",
               "quality_flags")


def read_document(path: Path, url: str | None = None) -> dict:
    """One saved page or plain-text file -> ``{url, title, published_at, source_name, author, editor, text, html}``.

    A file whose start looks like markup is read as HTML; anything else as plain text (title on the first line).
    """
    raw = path.read_bytes()
    return read_content(raw, url or path.resolve().as_uri())


def read_content(raw: bytes, url: str) -> dict:
    """Decode and read one page's content (HTML or plain text) into the article fields."""
    from crawler.extract.article import decode_html, extract_article, extract_text_article

    head = raw[:2048].lstrip().lower()
    is_html = head.startswith((b"<!doctype", b"<html", b"<?xml")) or b"<body" in raw[:20000].lower()
    if is_html:
        html = decode_html(raw)
        fields = extract_article(html, url, site_selectors(url))
    else:
        text = raw.decode("utf-8", errors="replace")
        fields = extract_text_article(text, url)
        # A text mirror with inline markup (front matter + <p>/<img>) keeps its markup for the case-list reader.
        html = text if re.search(r"<(?:p|img|table|ul|ol|a)\b", text, re.IGNORECASE) else None
    return {"url": url, "title": fields.title, "published_at": fields.published_at, "source_name": fields.origin,
            "author": fields.author, "editor": fields.editor, "text": fields.text, "html": html}


def site_selectors(url: str):
    """The selectors of the spider whose site serves ``url`` (so a saved page reads as the crawl reads it), or
    ``None`` for a site no spider knows (the generic extraction then does all the work)."""
    from urllib.parse import urlsplit

    from scrapy.spiderloader import SpiderLoader
    from scrapy.utils.project import get_project_settings

    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return None
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    loader = SpiderLoader.from_settings(get_project_settings())
    for name in loader.list():
        spider = loader.load(name)
        if any(host == d or host.endswith(f".{d}") for d in getattr(spider, "allowed_domains", None) or ()):
            return getattr(spider, "selectors", None)
    return None


@click.command()
@click.argument("path_or_url")
@click.option("--url", help="The page's address, when PATH_OR_URL is a saved file.")
@click.option("--json", "compact", is_flag=True, help="One line of JSON (default: indented).")
def extract(path_or_url: str, url: str | None, compact: bool) -> None:
    """Read one HTML page or plain-text file and print its fields and announcement facts as one JSON object.

    A file is never fetched from the network; an http(s) address is fetched once.
    """
    from crawler.parse.announcement import parse_announcement

    if path_or_url.startswith(("http://", "https://")):
        doc = read_content(_fetch(path_or_url), url or path_or_url)
    else:
        path = Path(path_or_url)
        if not path.is_file():
            raise click.BadParameter(f"no such file: {path_or_url}", param_hint="PATH_OR_URL")
        if b"\x00" in path.read_bytes()[:8192]:
            raise click.BadParameter(f"{path_or_url} is neither an HTML page nor a text file", param_hint="PATH_OR_URL")
        doc = read_document(path, url)
    result = parse_announcement(doc["title"], doc["text"], doc["published_at"], doc["html"], doc["url"],
                                source=doc["source_name"])
    output = {key: doc.get(key) for key in OUTPUT_KEYS}
    output["announcement"] = result.announcement
    output["quality_flags"] = result.quality_flags
    click.echo(json.dumps(output, ensure_ascii=False, indent=None if compact else 2))


@click.command(name="eval")
@click.argument("labels", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--texts", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of the labelled texts (default: beside LABELS, else ../seeds).")
@click.option("--misses", is_flag=True, help="Also list, per text, the fields it got wrong.")
@click.option("--against", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Score this second labelling of the same texts against LABELS instead of the parser "
                   "(how far two labellers agree; no texts needed).")
def evaluate_command(labels: Path, texts: Path | None, misses: bool, against: Path | None) -> None:
    """Score the announcement parser against LABELS (JSON lines shaped like the seed labels)."""
    from crawler.parse.evaluation import agreement, evaluate

    if against:
        report = agreement(labels, against)
    else:
        report = evaluate(labels, texts or texts_beside(labels), read_document)
    width = max(len(name) for name in report.fields)
    for name, score in report.fields.items():
        rate = score.rate
        shown = "   n/a" if rate is None else f"{rate:6.1%}"
        detail = (f"F1 ({score.hits} hits, {score.predicted} predicted, {score.expected} labelled)"
                  if hasattr(score, "hits") else f"{score.correct:g}/{score.total:g}")
        click.echo(f"{name:<{width}}  {shown}  {detail}")
    if misses:
        for seed, problems in report.misses.items():
            click.echo(f"\n{seed}", err=False)
            for problem in problems:
                click.echo(f"  {problem}")


@click.command(name="fetch-labelled")
@click.argument("labels", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to save the pages in, each under its label's seed name (then: govcases eval --texts).")
@click.option("--again", is_flag=True, help="Fetch every page again, not only those not saved yet.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy or govcases setting (repeatable), e.g. -s GOVCASES_CONTACT=mailto:me@x.org")
def fetch_labelled_command(labels: tuple[Path, ...], out: Path, again: bool, overrides: tuple[str, ...]) -> None:
    """Fetch the pages LABELS name (each line's url) from their own sites into --out, politely, for ``eval``.

    The labels in tests/data/real_announcements carry no texts; this gets them, as the crawl would (robots.txt,
    one request at a time per site, retries). Pages already saved are skipped; every attempt, saved or not and
    why, is a line of OUT/fetched.jsonl.
    """
    from crawler.cli.crawl import crawl_settings, parse_override
    from crawler.fetch.labelled import fetch_labelled

    try:
        settings = crawl_settings("", offline=False, overrides=dict(parse_override(o) for o in overrides))
        counts = fetch_labelled(list(labels), out, settings, again=again)
    except ValueError as error:
        raise click.UsageError(str(error)) from error
    click.echo(f"{counts['labelled']} labelled pages: {counts['saved']} saved, {counts['failed']} not "
               f"(reasons in {out / 'fetched.jsonl'}), {counts['already']} saved before")
    if counts["failed"]:
        sys.exit(1)


def texts_beside(labels: Path) -> Path:
    """The folder of the texts a labels file names: beside it, in texts/ beside it, or the seeds."""
    first = json.loads(labels.read_text(encoding="utf-8").splitlines()[0])["seed"]
    for folder in (labels.parent, labels.parent / "texts", labels.parent.parent / "seeds"):
        if (folder / first).is_file():
            return folder
    raise click.UsageError(f"cannot find {first} beside {labels}; pass --texts")


def _fetch(url: str) -> bytes:
    from crawler.settings import USER_AGENT

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read()
    except OSError as error:
        click.echo(f"cannot fetch {url}: {error}", err=True)
        sys.exit(1)


COMMANDS = [extract, evaluate_command, fetch_labelled_command]
