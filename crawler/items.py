"""The item every spider yields: one article page, as the page gives it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArticleItem:
    """One fetched article page with the fields read from it.

    Dates are ISO 8601 strings in Beijing time (``2021-07-20T18:00:00+08:00``), or a bare date
    (``2021-07-20``) when the page gives no time. ``fallback_fields`` names the fields that the site's
    own selectors did not find and the generic extraction (meta tags, JSON-LD, header text) supplied.
    """

    url: str
    spider: str
    title: str | None = None
    published_at: str | None = None
    origin: str | None = None  # 来源: who the page says the text comes from
    author: str | None = None
    editor: str | None = None
    text: str | None = None
    list_url: str | None = None  # the list or search page the article was found on
    html: str | None = None  # the decoded page, for the announcement parser (case lists, images, attachments)
    capture_kind: str = "live"  # live | real | reconstruction | synthetic (the last three: bundled snapshot)
    made_from: str | None = None  # for snapshot pages: what the page was made from
    encoding: str | None = None
    fallback_fields: list[str] = field(default_factory=list)
    # Where the raw response is kept (crawler.fetch.warc): file relative to the database's folder, byte offset.
    warc_file: str | None = None
    warc_offset: int | None = None
    # Filled by the parse stage (crawler.parse): the announcement's facts, or None for a page that is not one,
    # and flags on the page's quality (spam injection, case list only in images, missing date, ...).
    announcement: dict | None = None
    quality_flags: list[str] = field(default_factory=list)
