"""The sources file: sites a researcher adds without writing Python.

``sources.toml`` (top level of the repository, or the file named by the ``GOVCASES_SOURCES`` setting) holds one
``[[source]]`` table per site. :func:`load_sources` reads and validates it and returns :class:`Source` objects that
``spiders/sources.py`` crawls with the generic extraction. A mistake in the file (an unknown key, a bad URL, a
selector or regex that does not compile, two entries with the same name) raises :class:`SourcesError` naming the file,
the entry and the key, before any request is made.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cssselect import SelectorError
from parsel import Selector

from crawler.extract.article import SiteSelectors

SOURCES_FILE = Path(__file__).resolve().parents[1] / "sources.toml"
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_]{1,62}$")
SELECTOR_KEYS = tuple(f.name for f in fields(SiteSelectors))


class SourcesError(ValueError):
    """The sources file is missing, unreadable or has an invalid entry."""


@dataclass(frozen=True)
class Source:
    """One site of the sources file.

    ``name`` becomes the articles' ``source_id``. A site is entered through list pages (``start_urls``, with
    ``link_css`` / ``next_css`` for article links and pagination), RSS/Atom ``feeds`` or ``sitemaps`` (a sitemap,
    sitemap index or robots.txt naming sitemaps); any mix of the three. ``article_url`` is a regex every article
    URL must match. ``relevant_only`` keeps only governance-case announcements (the project's relevance filter);
    turn it off for a site that publishes nothing else.
    """

    name: str
    title: str
    allowed_domains: tuple[str, ...]
    home_url: str = ""
    start_urls: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    link_css: str = "a"
    next_css: str | None = None
    article_url: str = "."
    max_list_pages: int = 5
    relevant_only: bool = True
    enabled: bool = True
    selectors: SiteSelectors = field(default_factory=SiteSelectors)

    @property
    def entry_urls(self) -> tuple[str, ...]:
        """Every URL a crawl of this source starts from."""
        return self.start_urls + self.feeds + self.sitemaps

    def allows(self, url: str) -> bool:
        """Whether ``url`` is on one of the source's domains (or a subdomain of one)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)


_KEYS = {f.name for f in fields(Source)}


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Read and validate the sources file at ``path`` (default: the repository's ``sources.toml``)."""
    path = Path(path) if path else SOURCES_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError) as exc:  # the latter: a path inside a zipped egg
        raise SourcesError(f"{path}: no such sources file") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from exc
    unknown_top = sorted(set(data) - {"source"})
    if unknown_top:
        raise SourcesError(f"{path}: unknown top-level key(s) {unknown_top}; sites go in [[source]] tables")
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: 'source' must be an array of tables: write [[source]], not [source]")
    sources: list[Source] = []
    for index, entry in enumerate(entries, start=1):
        label = f"{path}: source #{index} ({entry.get('name', 'no name')!r})"
        sources.append(_parse_entry(entry, label))
    names = [s.name for s in sources]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SourcesError(f"{path}: source name(s) used twice: {duplicates}")
    return sources


def _parse_entry(entry: dict[str, Any], label: str) -> Source:
    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise SourcesError(f"{label}: unknown key(s) {unknown}; known keys: {sorted(_KEYS)}")
    for key in ("name", "title"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise SourcesError(f"{label}: '{key}' is required (a non-empty string)")
    if not NAME_PATTERN.match(entry["name"]):
        raise SourcesError(f"{label}: name must be lower-case letters, digits and _ (it becomes the source id)")
    values = dict(entry)
    for key in ("start_urls", "feeds", "sitemaps", "allowed_domains"):
        values[key] = tuple(_string_list(entry.get(key, []), key, label))
    for key in ("start_urls", "feeds", "sitemaps"):
        for url in values[key]:
            _check_url(url, key, label)
    if not (values["start_urls"] or values["feeds"] or values["sitemaps"]):
        raise SourcesError(f"{label}: give at least one of start_urls, feeds or sitemaps")
    if not values["allowed_domains"]:
        # The hosts of the entry URLs: the crawl never leaves the site it was pointed at.
        values["allowed_domains"] = tuple(sorted({urlsplit(u).hostname for u in
                                                  values["start_urls"] + values["feeds"] + values["sitemaps"]}))
    values["allowed_domains"] = tuple(d.lower().lstrip(".") for d in values["allowed_domains"])
    if values.get("home_url"):
        _check_url(values["home_url"], "home_url", label)
    for key in ("link_css", "next_css"):
        if key in values:
            _check_css(values[key], key, label)
    if "article_url" in values:
        try:
            re.compile(values["article_url"])
        except re.error as exc:
            raise SourcesError(f"{label}: article_url is not a valid regex: {exc}") from exc
    for key, kind in (("max_list_pages", int), ("relevant_only", bool), ("enabled", bool)):
        if key in values and type(values[key]) is not kind:
            raise SourcesError(f"{label}: '{key}' must be a {kind.__name__}")
    values["selectors"] = _parse_selectors(entry.get("selectors", {}), label)
    return Source(**values)


def _parse_selectors(table: Any, label: str) -> SiteSelectors:
    if not isinstance(table, dict):
        raise SourcesError(f"{label}: 'selectors' must be a table ([source.selectors])")
    unknown = sorted(set(table) - set(SELECTOR_KEYS))
    if unknown:
        raise SourcesError(f"{label}: unknown selector(s) {unknown}; known: {list(SELECTOR_KEYS)}")
    chosen: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        css_list = [value] if isinstance(value, str) else _string_list(value, f"selectors.{key}", label)
        for css in css_list:
            _check_css(css, f"selectors.{key}", label)
        chosen[key] = tuple(css_list)
    return SiteSelectors(**chosen)


def _string_list(value: Any, key: str, label: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourcesError(f"{label}: '{key}' must be a list of non-empty strings")
    return [v.strip() for v in value]


def _check_url(url: str, key: str, label: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"{label}: {key} has {url!r}, not an http(s) URL")


_PROBE = Selector(text="<html></html>")


def _check_css(css: Any, key: str, label: str) -> None:
    if not isinstance(css, str) or not css.strip():
        raise SourcesError(f"{label}: '{key}' must be a non-empty CSS selector")
    try:
        _PROBE.css(css)
    except (SelectorError, ValueError) as exc:
        raise SourcesError(f"{label}: '{key}' = {css!r} is not a valid CSS selector: {exc}") from exc
