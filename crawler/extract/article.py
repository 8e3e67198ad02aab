"""Read an article's fields from its HTML: the site's own selectors first, generic fallbacks second.

Spiders, ``govcases extract`` and ``govcases reparse`` all call :func:`extract_article`, so a page gives
the same fields whichever way it arrives. The generic fallback is built for Chinese pages it has never seen:

* title: the heading that the ``<title>`` repeats, else ``og:title`` / JSON-LD ``headline``, else ``<title>``
  without the site's name;
* published_at: publication ``<meta>`` tags, JSON-LD ``datePublished``, hidden fields (``#pubtime_baidu``), the
  date printed by the headline, checked against the date in the URL; always normalised by
  :mod:`crawler.parse.dates` to ISO 8601 in Beijing time;
* origin, author, editor: ``<meta>`` tags and the bylines printed around the story (``来源：``, ``(记者 x)``,
  ``【编辑:x】``, ``(责编：x)``, ``责任编辑：x``, a closing ``(x)``);
* text: the story's paragraphs without navigation, share bars, related links, footers or aggregator tails.

Plain-text documents (saved announcements, front-matter mirrors) go through :func:`extract_text_article`.
"""

from __future__ import annotations

import re
from datetime import date

from parsel import Selector

from crawler.extract.body import clean_lines, normalise_space
from crawler.extract.bylines import (
    clean_names,
    clean_origin,
    find_author,
    find_editor,
    find_origin,
    find_signature,
    signature_date,
)
from crawler.extract.embedded import EmbeddedArticle, embedded_json, find_article, parse_json_document
from crawler.extract.fields import FIELDS, ArticleFields, SiteSelectors
from crawler.extract.layout import Page, read_page
from crawler.extract.plaintext import extract_text_article
from crawler.parse.dates import date_from_url, first_datetime, normalise_datetime, with_time

__all__ = ["ArticleFields", "SiteSelectors", "decode_html", "extract_article", "extract_text_article"]

# <meta> names that carry the publication time (lower case). Modification dates come last, as a last resort.
_PUBLISHED_META = ("article:published_time", "publishdate", "pubdate", "publish_date", "publishtime", "publish-date",
                   "og:release_date", "og:published_time", "datepublished", "published_time", "release_date",
                   "firstpublishedtime", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created",
                   "datecreated", "date", "sailthru.date", "parsely-pub-date", "weibo: article:create_at")
_MODIFIED_META = ("article:modified_time", "dateupdate", "datemodified", "lastmod", "last-modified")
_SITE_SUFFIX = re.compile(r"\s*[-_|｜—–]+\s*[^-_|｜—–]{1,20}\s*$")
_SHELL_TEXT = 120  # visible characters below which a page is a JavaScript shell, not an article
_HEADER_LINES = 8  # lines around the headline that hold its date and byline
# Publication times that pages keep in script variables (WeChat articles: var ct = "1626768000"; the visible
# #publish_time is filled in by that script), as epoch seconds or milliseconds.
_SCRIPT_EPOCH = re.compile(
    r"""\b(?:ct|publish_?time|pub_?time|publishTime|pubTime|create_?time|createTime)\s*[=:]\s*["']?(\d{10}|\d{13})\b"""
)
# The account that publishes a WeChat article: the platform hosts every account with the same markup.
_ACCOUNT_CSS = ("#js_name::text", ".rich_media_meta_nickname a::text")


def extract_article(html: str, url: str, selectors: SiteSelectors | None = None) -> ArticleFields:
    """Return the article fields of one page; a field that neither way finds is ``None``.

    ``fallback_fields`` lists exactly the fields the site's selectors did not give and the generic fallback did.
    """
    data = parse_json_document(html)
    if data is not None:
        return _from_json(data)
    sel = Selector(text=html or "<html></html>", type="html")  # never parsel's JSON mode: a page is HTML here
    selectors = selectors or SiteSelectors()
    found = ArticleFields(
        title=normalise_space(_first_text(sel, selectors.title)) or None,
        published_at=normalise_datetime(_first_text(sel, selectors.published_at)),
        origin=clean_origin(_first_text(sel, selectors.origin)),
        author=clean_names(_first_text(sel, selectors.author)),
        editor=clean_names(_first_text(sel, selectors.editor)),
        text=_selector_body(sel, selectors.body),
    )
    generic = _generic(sel, url, title_hint=found.title)
    for name in FIELDS:
        if getattr(found, name) in (None, "") and getattr(generic, name):
            setattr(found, name, getattr(generic, name))
            found.fallback_fields.append(name)
    found.published_at = with_time(found.published_at, generic.published_at)
    return found


def decode_html(body: bytes, declared: str | None = None) -> str:
    """Decode a saved page: UTF-8 when it is valid UTF-8; otherwise the GB family as gb18030 (never trust a GB2312
    declaration: such pages use GBK-only characters) unless the page declares another charset; else the declared
    charset with replacements. Archived copies may declare two charsets (the archive's and the page's)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = body[:8192].decode("ascii", "replace").lower()
    charsets = [c for c in [declared, *re.findall(r"charset=[\"']?([\w-]+)", head)] if c]
    charsets = [c.lower() for c in charsets if c.lower().replace("-", "") not in ("utf8",)]
    gb_family = ("gb2312", "gbk", "gb18030", "cp936", "xgbk")
    if not charsets or any(c.replace("-", "") in gb_family for c in charsets):
        charsets.insert(0, "gb18030")
    for charset in charsets:
        try:
            return body.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("gb18030", errors="replace")


def _from_json(data: object) -> ArticleFields:
    """A detail API's JSON answer saved as the page: every field comes from the article object it holds."""
    article = find_article(data)
    if article is None:
        return ArticleFields(None, None, None, None, None, None)
    fields = ArticleFields(article.title, article.published_at, article.origin, article.author, article.editor,
                           article.text)
    fields.fallback_fields = [name for name in FIELDS if getattr(fields, name)]
    return fields


# -- site selectors -------------------------------------------------------------------------------------------


def _first_text(sel: Selector, css_list: tuple[str, ...]) -> str | None:
    for css in css_list:
        if "::" in css:
            value = " ".join(v.strip() for v in sel.css(css).getall() if v.strip())
        else:
            value = " ".join(t.strip() for t in sel.css(css).xpath("string()").getall() if t.strip())
        if value:
            return value
    return None


def _selector_body(sel: Selector, css_list: tuple[str, ...]) -> str | None:
    for css in css_list:
        nodes = sel.css(css)
        if not nodes:
            continue
        blocks = [_row_text(block) for block in nodes[0].xpath(".//p | .//li | .//h2 | .//h3 | .//h4 | .//tr")]
        lines = [line for block in blocks for line in block.splitlines()]
        lines = lines or nodes[0].xpath("string()").get("").split("\n")
        return "\n".join(clean_lines(lines)) or None
    return None


def _row_text(block: Selector) -> str:
    """A block's text; a table row's cells kept apart (``甲区 | 案例名称``) rather than run together."""
    if block.root.tag not in ("tr",):
        return block.xpath("string()").get("")
    cells = [normalise_space(cell) for cell in block.xpath("./td | ./th").xpath("string()").getall()]
    return " | ".join(cell for cell in cells if cell)


# -- generic fallback -----------------------------------------------------------------------------------------


def _generic(sel: Selector, url: str, title_hint: str | None) -> ArticleFields:
    page = read_page(sel)
    title = _title(page)
    # A single-page shell shows a loading placeholder and a <title> that is only the site's name: the story is in
    # the data its scripts render, whatever title that data gives.
    shell = sum(len(line) for line in page.lines) < _SHELL_TEXT
    embedded = _embedded_article(sel, None if shell else title_hint or title)
    title = (embedded.title if shell and embedded else None) or title or (embedded.title if embedded else None)
    header, story, tail = _regions(page, title_hint or title)
    text_lines = clean_lines(story, title_hint or title)
    around = "\n".join(header + story + tail)
    account = clean_origin(_first_text(sel, _ACCOUNT_CSS))
    fields = ArticleFields(
        title=title,
        published_at=_published_at(page, header, url, title_hint or title, text_lines, sel, embedded),
        # What the page prints by the headline first: a meta source is sometimes the wire, not the page's label.
        origin=find_origin("\n".join(header))
        or clean_origin(page.meta.get("source") or page.hidden.get("source_baidu")) or account
        or find_origin(around) or _origin_logo(sel),
        author=_author(page, header, story, text_lines, not_author=account) or find_author("\n".join(tail[:4])),
        editor=clean_names(page.hidden.get("editor_baidu")) or find_editor("\n".join(story + tail))
        or find_editor("\n".join(header)),
        text="\n".join(text_lines) or None,
    )
    return _with_embedded(fields, embedded)


def _origin_logo(sel: Selector) -> str | None:
    """A source printed as the medium's logo (来源：<img alt="人民日报">): the image's alt text is the origin."""
    alt = sel.xpath('//*[contains(text(), "来源")]/img[@alt][1]/@alt').get()
    return clean_origin(alt)


def _embedded_article(sel: Selector, title: str | None) -> EmbeddedArticle | None:
    """The article in the page's embedded data, when it is this page's article: data blocks also carry related
    and recommended stories, whose dates and bylines are not this one's."""
    squeezed = re.sub(r"\s+", "", title or "")
    for data in embedded_json(sel):
        found = find_article(data)
        if found and found.title:
            other = re.sub(r"\s+", "", found.title)
            if not squeezed or other in squeezed or squeezed in other:
                return found
    return None


def _with_embedded(fields: ArticleFields, embedded: EmbeddedArticle | None) -> ArticleFields:
    """Fill what the visible page lacks from the data it embeds; a JavaScript page whose visible story is a
    loading placeholder takes the embedded story."""
    if embedded is None:
        return fields
    for name in ("origin", "author", "editor"):
        if not getattr(fields, name):
            setattr(fields, name, getattr(embedded, name))
    if embedded.text and len(embedded.text) > 2 * len(fields.text or ""):
        fields.text = embedded.text
    return fields


def _title(page: Page) -> str | None:
    """The heading the ``<title>`` repeats (sites put 'headline - site' there), else og:title / JSON-LD, else the
    ``<title>`` without its site suffix."""
    squeezed_tag = re.sub(r"\s+", "", page.title_tag or "")
    for heading in page.headings:
        if squeezed_tag and re.sub(r"\s+", "", heading) in squeezed_tag:
            return heading
    for candidate in (page.meta.get("og:title"), *(o.get("headline") for o in page.json_ld)):
        if isinstance(candidate, str) and candidate.strip():
            return _strip_site_suffix(normalise_space(candidate))
    if page.title_tag:
        return _strip_site_suffix(page.title_tag)
    return page.headings[0] if page.headings else None


def _strip_site_suffix(title: str) -> str:
    """``法国全国大罢工再次严重影响交通-新华网`` -> the headline (a suffix is short; the headline stays long)."""
    while (match := _SITE_SUFFIX.search(title)) and len(title) - len(match.group()) >= 6:
        title = title[:match.start()].rstrip()
    return title


def _regions(page: Page, title: str | None) -> tuple[list[str], list[str], list[str]]:
    """Lines around the headline (its date and byline), the story's lines, and the lines after the story.

    The headline is looked for nearest before the story (navigation and related lists may repeat it further up)
    or among the story element's first lines, when that element also holds the headline and its byline block.
    """
    lines = page.lines
    start, end = page.story or (len(lines), len(lines))
    squeezed = re.sub(r"\s+", "", title or "")
    title_at = None
    if squeezed:
        for index in range(min(start + _HEADER_LINES, end, len(lines)) - 1, -1, -1):
            line = re.sub(r"\s+", "", lines[index])
            # before the story a line may wrap the headline (面包屑 > 标题); inside it, the line is the headline
            if (squeezed in line) if index < start else (line.startswith(squeezed) and len(line) - len(squeezed) <= 12):
                title_at = index
                break
    found_inside = title_at is not None and title_at >= start
    if title_at is None:
        title_at = max(0, start - _HEADER_LINES)
    if found_inside and page.story:
        start = title_at + 1  # the story starts below the headline inside the same element
        header = lines[max(0, title_at - _HEADER_LINES // 2):title_at + 1 + _HEADER_LINES]
    elif page.story:
        header = lines[max(0, title_at - _HEADER_LINES // 2):min(start, title_at + 1 + _HEADER_LINES * 2)]
    else:
        header = lines[max(0, title_at - _HEADER_LINES // 2):title_at + 1 + _HEADER_LINES]
    return header, lines[start:end], lines[end:end + 2 * _HEADER_LINES]


def _published_at(page: Page, header: list[str], url: str, title: str | None, story: list[str], sel: Selector,
                  embedded: EmbeddedArticle | None) -> str | None:
    """Candidates from the most to the least explicit; the URL's day settles disagreements."""
    candidates = [normalise_datetime(page.hidden.get(key)) for key in ("pubtime_baidu", "publishtime", "pubtime")]
    candidates += [normalise_datetime(o["datePublished"]) for o in page.json_ld
                   if isinstance(o.get("datePublished"), str)]
    candidates += [embedded.published_at if embedded else None]
    candidates += [normalise_datetime(page.meta.get(key)) for key in _PUBLISHED_META]
    candidates += [first_datetime(line) for line in _headline_first(header, title)]
    candidates += [first_datetime(script) for script in page.script_texts]
    scripts = " ".join(sel.xpath("//script[not(@src)]/text()").getall())
    candidates += [normalise_datetime(epoch) for epoch in _SCRIPT_EPOCH.findall(scripts)]
    # A notice's only date may be the one it is signed with, on its last lines (二〇二一年七月二十日).
    candidates += [signature_date(story)]
    candidates = [c for c in candidates if c]
    url_day = date_from_url(url)
    chosen = None
    if url_day:
        chosen = next((c for c in candidates if _days_apart(c, url_day) <= 1), None) or url_day
    elif candidates:
        chosen = candidates[0]
    else:
        modified = [normalise_datetime(page.meta.get(key)) for key in _MODIFIED_META]
        chosen = next((m for m in modified if m), None)
    for candidate in candidates:
        chosen = with_time(chosen, candidate)
    return chosen


def _headline_first(header: list[str], title: str | None) -> list[str]:
    """The header's lines from the headline on, then those above it, nearest first: above the headline sit the
    site's top bar (今天是 …), navigation and 'latest news' boxes, whose dates are not the article's."""
    squeezed = re.sub(r"\s+", "", title or "")
    for index, line in enumerate(header):
        if squeezed and squeezed in re.sub(r"\s+", "", line):
            return header[index:] + header[:index][::-1]
    return header


def _days_apart(iso: str, day: str) -> int:
    return abs((date.fromisoformat(iso[:10]) - date.fromisoformat(day)).days)


def _author(page: Page, header: list[str], story: list[str], text_lines: list[str],
            not_author: str | None = None) -> str | None:
    for value in (page.hidden.get("author_baidu"), page.meta.get("author"), *_json_ld_authors(page)):
        names = clean_names(value) if value else None
        if names == not_author:
            continue  # the publishing account in the author tag is the origin, not a writer
        if names and not re.search(r"网|报|社|台|频道|新闻|中心|com|www", names, re.IGNORECASE):
            return names  # a meta author that is the site's name is not an author
    return (find_author("\n".join(header + story[:3])) or find_signature(text_lines)
            or find_author("\n".join(story)))


def _json_ld_authors(page: Page) -> list[str]:
    names = []
    for obj in page.json_ld:
        author = obj.get("author")
        for one in author if isinstance(author, list) else [author]:
            if isinstance(one, dict) and isinstance(one.get("name"), str):
                names.append(one["name"])
            elif isinstance(one, str):
                names.append(one)
    return names
