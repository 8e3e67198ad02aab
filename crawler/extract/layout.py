"""A parsed HTML page as the generic extraction reads it: metadata, visible lines, and where the story is.

The page is walked once into visible lines (a line per block element), remembering which lines belong to the
element that holds the story. The story element is the one whose paragraphs carry the most text that is not
link text, outside share bars, related-link boxes, comments and footers (the classic text-density idea that
GNE and readability also build on, kept small enough to read).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree
from parsel import Selector

from crawler.extract.body import normalise_space

_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "object", "select", "option", "textarea",
              "button", "head", "title", "meta", "link"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th",
               "section", "article", "header", "footer", "nav", "aside", "dd", "dt", "dl", "blockquote", "pre",
               "form", "center", "hr", "figure", "figcaption", "main", "tbody", "thead"}
_SPACE = re.compile(r"\s+")
_CELL_GAP = "|"  # between the cells of a table row written as one line
_PARAGRAPH_TAGS = {"p", "br", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption"}
# Class or id words of page furniture. Matched as whole words of the attribute (share-box, related_news).
_NOISE = re.compile(
    r"(?:^|[-_\s])(?:share|sharing|related|relate|recommend|recom|comments?|footer|foot|nav|navbar|menu|breadcrumbs?|"
    r"crumbs?|copyright|sidebar|side|aside|advert|ads?|ad\d*|banner|hot|rank|rankings?|toolbar|tools?|pagination|"
    r"pager|login|search|qrcode|ewm|weixin|wechat|subscribe|tags?|keywords?|gotrain|dropdown|popup|modal|"
    r"fixed|float|corner|audio|video-list|more|links?|friend|bottom|topbar|top-bar)(?:$|[-_\s\d])",
    re.IGNORECASE,
)


@dataclass
class Page:
    """What the generic extraction needs from one HTML page."""

    meta: dict[str, str]  # lower-cased meta name/property/itemprop -> content (first one wins)
    json_ld: list[dict]  # the JSON-LD objects of the page, @graph flattened
    title_tag: str | None
    headings: list[str]  # h1 texts, then elements whose class or id names a title
    lines: list[str]  # visible text, one block element per line
    story: tuple[int, int] | None  # the story element's lines: lines[start:end]
    hidden: dict[str, str] = field(default_factory=dict)  # id -> text of hidden fields (#pubtime_baidu, ...)
    script_texts: list[str] = field(default_factory=list)  # short inline scripts that may write the date


def read_page(sel: Selector) -> Page:
    """Read metadata first (JSON-LD lives in scripts), then walk the visible text."""
    root = sel.root
    meta = _meta(root)
    json_ld = _json_ld(root)
    hidden = _hidden_fields(root)
    title_tag = normalise_space(" ".join(root.xpath("//title//text()"))) or None
    furniture = _Furniture(root)
    headings = _headings(root, furniture)
    story = _story_element(root, furniture)
    lines, span = _visible_lines(root, story)
    return Page(meta=meta, json_ld=json_ld, title_tag=title_tag, headings=headings, lines=lines, story=span,
                hidden=hidden, script_texts=_short_scripts(root))


def _meta(root: etree._Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in root.iter("meta"):
        key = node.get("name") or node.get("property") or node.get("itemprop") or node.get("http-equiv")
        content = node.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld(root: etree._Element) -> list[dict]:
    objects: list[dict] = []
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue  # broken JSON-LD is common; the page has other sources
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                objects.append(item)
                objects.extend(x for x in item.get("@graph", []) if isinstance(x, dict))
    return objects


def _hidden_fields(root: etree._Element) -> dict[str, str]:
    """Fields some CMSs keep for search engines: ``<span id="pubtime_baidu">`` and the like, often hidden."""
    found = {}
    for node in root.xpath('//*[@id="pubtime_baidu" or @id="source_baidu" or @id="author_baidu" or '
                           '@id="editor_baidu" or @id="pubtime" or @id="publishtime"]'):
        text = normalise_space(node.xpath("string()")) or node.get("value") or node.get("content") or ""
        if text:
            found[node.get("id").lower()] = text
    return found


def _short_scripts(root: etree._Element) -> list[str]:
    """Inline scripts in the page body short enough to be a widget call: some CMSs print the date with
    ``document.write`` or ``showDate("2020/04/17 01:43:09")``."""
    texts = []
    for script in root.xpath("//body//script[not(@src)]"):
        text = script.text or ""
        if 0 < len(text) < 300 and re.search(r"\d{4}[-/年]\d{1,2}[-/月]\d{1,2}", text):
            texts.append(text)
    return texts


def _headings(root: etree._Element, furniture: _Furniture) -> list[str]:
    nodes = root.xpath("//h1 | //*[contains(@class,'title') or contains(@id,'title')][not(self::title)]")
    texts = []
    for node in nodes:
        if furniture(node):
            continue
        text = normalise_space(node.xpath("string()"))
        if 4 <= len(text) <= 160:
            texts.append(text)
    return texts


class _Furniture:
    """Tells page furniture (navigation, share bars, related links, footers) by tag and class/id words.

    A class word alone is not enough for a wrapper that holds most of the page: some templates put ``nav`` or
    ``foot`` in the class list of the container around everything.
    """

    def __init__(self, root: etree._Element) -> None:
        self.page_text = max(1, _text_length(root))
        self.cache: dict[etree._Element, bool] = {}

    def __call__(self, node: etree._Element) -> bool:
        if node not in self.cache:
            parent = node.getparent()
            self.cache[node] = self._marked(node) or (parent is not None and self(parent))
        return self.cache[node]

    def _marked(self, node: etree._Element) -> bool:
        if node.tag in ("footer", "nav", "aside"):
            return True
        if not _NOISE.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return False
        return _text_length(node) < self.page_text / 2


def _text_length(node: etree._Element) -> int:
    """Visible characters under ``node`` (scripts and styles are not text), spaces not counted."""
    texts = node.xpath(".//text()[not(ancestor::script) and not(ancestor::style)]")
    return len(_SPACE.sub("", "".join(texts)))


def _story_element(root: etree._Element, furniture: _Furniture) -> etree._Element | None:
    """The element holding the most text, not inside links or furniture, in its own paragraphs.

    Every run of text counts in full for the element that holds its paragraph (or holds the text directly, on
    pages written with ``<br>``) and by half for that element's parent, so a story split over sibling
    paragraphs is found whole.
    """
    scores: dict[etree._Element, float] = {}
    for node in root.iter():
        if not isinstance(node.tag, str) or node.tag in _SKIP_TAGS:
            continue
        if node.text and node.tag != "a":
            _credit(scores, furniture, node, node.text)
        parent = node.getparent()
        if node.tail and parent is not None and parent.tag != "a":
            _credit(scores, furniture, parent, node.tail)
    if not scores:
        return None
    return max(scores, key=scores.__getitem__)


def _credit(scores: dict, furniture: _Furniture, node: etree._Element, text: str) -> None:
    length = len(_SPACE.sub("", text))
    if length < 2:
        return
    block = node
    while block is not None and block.tag not in _BLOCK_TAGS:
        if block.tag in _SKIP_TAGS or block.tag == "a":
            return
        block = block.getparent()
    if block is not None and block.tag in _PARAGRAPH_TAGS:
        block = block.getparent()  # a paragraph scores for the element that holds the paragraphs
    if block is None or furniture(block):
        return
    scores[block] = scores.get(block, 0) + length
    parent = block.getparent()
    if parent is not None:
        scores[parent] = scores.get(parent, 0) + length / 2


def _visible_lines(root: etree._Element, story: etree._Element | None) -> tuple[list[str], tuple[int, int] | None]:
    lines: list[str] = []
    current: list[str] = []
    span_start: int | None = None
    span_end: int | None = None

    def flush() -> None:
        line = normalise_space(_SPACE.sub(" ", "".join(current)))
        if line:
            lines.append(line)
        current.clear()

    for event, node in _walk(root):
        if event == "text":
            current.append(node)
            continue
        if node is story:
            flush()
            if event == "start":
                span_start = len(lines)
            else:
                span_end = len(lines)
        elif node.tag in ("td", "th") and _plain_cell(node):
            # a data table's row is one line, its cells apart (a winners table: 区 | 案例 | 单位)
            if event == "start" and "".join(current).strip():
                current.append(f" {_CELL_GAP} ")
        elif node.tag in _BLOCK_TAGS:
            flush()
    flush()
    span = (span_start, span_end) if span_start is not None and span_end is not None else None
    return lines, span


def _plain_cell(cell: etree._Element) -> bool:
    """A table cell holding only inline text: a data cell, not a layout cell around paragraphs."""
    return not any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in cell.iterdescendants())


def _walk(root: etree._Element) -> Iterator[tuple[str, object]]:
    """Depth-first ("start", el) / ("text", str) / ("end", el) events over visible content."""
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            yield "end", node
            if node.tail:
                yield "text", node.tail
            continue
        if not isinstance(node.tag, str):  # comments and processing instructions
            if node.tail:
                yield "text", node.tail
            continue
        if node.tag in _SKIP_TAGS or _hidden(node):
            if node.tail:
                yield "text", node.tail
            continue
        yield "start", node
        if node.text:
            yield "text", node.text
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))


def _hidden(node: etree._Element) -> bool:
    style = (node.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or node.get("hidden") is not None
