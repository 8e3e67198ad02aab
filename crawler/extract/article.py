"""Read an article's fields from its HTML: the site's own selectors first, generic fallbacks second.

Spiders, ``govcases extract`` and ``govcases reparse`` all call :func:`extract_article`, so a page gives
the same fields whichever way it arrives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsel import Selector


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
    title: str | None = None
    published_at: str | None = None
    origin: str | None = None
    author: str | None = None
    editor: str | None = None
    text: str | None = None
    fallback_fields: list[str] = field(default_factory=list)


FIELDS = ("title", "published_at", "origin", "author", "editor", "text")


def extract_article(html: str, url: str, selectors: SiteSelectors | None = None) -> ArticleFields:
    """Return the article fields of one page; a field that neither way finds is ``None``."""
    sel = Selector(text=html)
    selectors = selectors or SiteSelectors()
    found = ArticleFields()
    found.title = _first_text(sel, selectors.title)
    found.published_at = _first_text(sel, selectors.published_at)
    found.origin = _first_text(sel, selectors.origin)
    found.author = _first_text(sel, selectors.author)
    found.editor = _first_text(sel, selectors.editor)
    found.text = _body_text(sel, selectors.body)
    fallback = _generic(sel, url)
    for name in FIELDS:
        if getattr(found, name) in (None, "") and getattr(fallback, name):
            setattr(found, name, getattr(fallback, name))
            found.fallback_fields.append(name)
    return found


def _first_text(sel: Selector, css_list: tuple[str, ...]) -> str | None:
    for css in css_list:
        if "::" in css:
            value = " ".join(v.strip() for v in sel.css(css).getall() if v.strip())
        else:
            value = " ".join(t.strip() for t in sel.css(css).xpath("string()").getall() if t.strip())
        if value:
            return value
    return None


def _body_text(sel: Selector, css_list: tuple[str, ...]) -> str | None:
    for css in css_list:
        nodes = sel.css(css)
        if nodes:
            paragraphs = [_clean(p) for p in nodes[0].xpath(".//p | .//li | .//h2 | .//h3").xpath("string()").getall()]
            paragraphs = [p for p in paragraphs if p]
            if not paragraphs:
                paragraphs = [_clean(nodes[0].xpath("string()").get())]
            return "\n".join(paragraphs) or None
    return None


def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\u3000", " ")).strip()


def _generic(sel: Selector, url: str) -> ArticleFields:
    """Fallbacks that work across CMSs: meta tags, then the biggest block of paragraphs."""
    out = ArticleFields()
    out.title = (sel.css('meta[property="og:title"]::attr(content)').get()
                 or sel.css("h1").xpath("string()").get() or sel.css("title::text").get())
    out.title = _clean(out.title) or None
    out.published_at = (sel.css('meta[name="publishdate"]::attr(content)').get()
                        or sel.css('meta[property="article:published_time"]::attr(content)').get())
    out.origin = sel.css('meta[name="source"]::attr(content)').get()
    blocks = sorted(sel.xpath("//*[p]"), key=lambda n: len("".join(n.xpath("./p//text()").getall())), reverse=True)
    if blocks:
        out.text = "\n".join(p for p in (_clean(t) for t in blocks[0].xpath("./p").xpath("string()").getall()) if p)
    return out
