"""Articles carried as JSON: a detail API's answer, or the data a JavaScript page embeds for its front end.

Chinese news sites increasingly ship the story as data: Next.js pages put it in ``script#__NEXT_DATA__``
(thepaper.cn's ``contentDetail``), single-page sites fetch a detail JSON (jfdaily's ``getNewsDetail``) and leave the
HTML an empty shell. The visible page then has a loading placeholder where the story should be. Field names vary
by CMS but stay in a small family (title/name, content, pubTime/publishtime in text or epoch milliseconds,
source/sourceName, author, editor/responsibleEditor), so one walk finds the article object in any of them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from parsel import Selector

from crawler.extract.body import clean_lines
from crawler.extract.bylines import clean_names, clean_origin
from crawler.parse.dates import normalise_datetime

_TITLE_KEYS = ("title", "name", "headline", "articleTitle", "newsTitle")
_CONTENT_KEYS = ("content", "articleBody", "body", "contentHtml", "htmlContent", "articleContent", "newsContent",
                 "text")
_TIME_KEYS = ("pubTime", "publishTime", "publishtime", "publish_time", "pubtime", "pub_time", "publishDate",
              "publish_date", "pubDate", "releaseTime", "datePublished", "firstPublishTime", "createTime", "ctime")
_ORIGIN_KEYS = ("source", "sourceName", "source_name", "origin", "media", "mediaName", "copyfrom")
_AUTHOR_KEYS = ("author", "authors", "authorName", "writer", "reporter")
_EDITOR_KEYS = ("responsibleEditor", "responsible_editor", "editor", "editors", "editorName", "dutyEditor")
# A script that is one assignment of an object literal: the data a single-page front end renders from.
_ASSIGNED_OBJECT = re.compile(r"\s*(?:(?:var|let|const)\s+)?[\w$.]+(?:\[[\"'][\w$]+[\"']\])?\s*=\s*\{")
_MIN_CONTENT = 50  # characters of content that make an object an article rather than a link to one
_MAX_DEPTH = 12


@dataclass
class EmbeddedArticle:
    """The fields an article object gives; each may be ``None``."""

    title: str | None
    published_at: str | None
    origin: str | None
    author: str | None
    editor: str | None
    text: str | None


def parse_json_document(text: str) -> object | None:
    """The data of a document that is JSON (an API answer saved as the page), else ``None``."""
    stripped = (text or "").lstrip("\ufeff \t\r\n")
    if not stripped or stripped[0] not in "{[":
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        return None


def embedded_json(sel: Selector) -> list[object]:
    """The data blocks an HTML page embeds for its scripts: ``<script type="application/json">``, Next.js, and an
    object literal assigned in an inline script (``var globalCache = {...};``, ``window.__DATA__ = {...}``)."""
    blocks = []
    for raw in sel.xpath('//script[@type="application/json" or @id="__NEXT_DATA__"]/text()').getall():
        try:
            blocks.append(json.loads(raw))
        except ValueError:
            continue
    for raw in sel.xpath("//script[not(@src) and not(@type) or @type='text/javascript']/text()").getall():
        match = _ASSIGNED_OBJECT.match(raw)
        if match:
            try:
                blocks.append(json.JSONDecoder().raw_decode(raw, match.end() - 1)[0])
            except ValueError:
                continue  # a JavaScript literal that is not JSON (unquoted keys, functions): nothing to read
    return blocks


def find_article(data: object) -> EmbeddedArticle | None:
    """The article among ``data``'s nested objects: the one with a title and the longest content."""
    best: dict | None = None
    best_length = 0
    for obj in _objects(data, 0):
        title = _first_str(obj, _TITLE_KEYS)
        content = _first_str(obj, _CONTENT_KEYS)
        if title and content and len(content) >= _MIN_CONTENT and len(content) > best_length:
            best, best_length = obj, len(content)
    if best is None:
        return None
    return EmbeddedArticle(
        title=_first_str(best, _TITLE_KEYS),
        published_at=_published_at(best),
        origin=clean_origin(_first_str(best, _ORIGIN_KEYS)),
        author=clean_names(_person(best, _AUTHOR_KEYS)),
        editor=clean_names(_person(best, _EDITOR_KEYS)),
        text="\n".join(_content_lines(_first_str(best, _CONTENT_KEYS) or "")) or None,
    )


def _objects(data: object, depth: int):
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            yield from _objects(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from _objects(value, depth + 1)


def _first_str(obj: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _published_at(obj: dict) -> str | None:
    """Text times first (they are what the page prints), then epoch seconds or milliseconds."""
    for key in _TIME_KEYS:
        value = obj.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)) and value > 0:
            value = str(int(value))
        found = normalise_datetime(value) if isinstance(value, str) else None
        if found:
            return found
    return None


def _person(obj: dict, keys: tuple[str, ...]) -> str | None:
    """A name given as text, as ``{"name": ...}`` or as a list of either."""
    for key in keys:
        value = obj.get(key)
        values = value if isinstance(value, list) else [value]
        names = [v.get("name") if isinstance(v, dict) else v for v in values]
        names = [n.strip() for n in names if isinstance(n, str) and n.strip()]
        if names:
            return "、".join(names)
    return None


def _content_lines(content: str) -> list[str]:
    """Paragraphs of an HTML (or plain) content string, cleaned like a page's story."""
    if "<" not in content:
        return clean_lines(content.splitlines())
    sel = Selector(text=f"<div>{content}</div>", type="html")
    blocks = sel.xpath("//p | //li | //h2 | //h3 | //h4 | //tr")
    lines = [block.xpath("string()").get("") for block in blocks] or sel.xpath("string()").get("").splitlines()
    return clean_lines(lines)
