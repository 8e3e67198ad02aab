"""The two data shapes of extraction: where a site keeps its fields, and the fields read from one page."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SiteSelectors:
    """Where a site keeps each field. Each entry is a list of CSS selectors tried in order.

    A selector may end in ``::text`` or ``::attr(x)``; otherwise the element's whole text is taken.
    """

    title: tuple[str, ...] = ()
    published_at: tuple[str, ...] = ()
    origin: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    editor: tuple[str, ...] = ()
    body: tuple[str, ...] = ()


@dataclass
class ArticleFields:
    """One article's fields. ``published_at`` is ISO 8601 in Beijing time (a bare date when the page gives no
    time); ``fallback_fields`` names the fields the site's selectors missed and the generic extraction supplied."""

    title: str | None = None
    published_at: str | None = None
    origin: str | None = None
    author: str | None = None
    editor: str | None = None
    text: str | None = None
    fallback_fields: list[str] = field(default_factory=list)


FIELDS = ("title", "published_at", "origin", "author", "editor", "text")
