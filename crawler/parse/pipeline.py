"""Scrapy item pipeline of the parse stage: fills each ArticleItem's announcement facts and quality flags.

It runs before the archive pipeline (priority 200 < 300), which stores the facts in their own tables.
"""

from __future__ import annotations

import logging

from scrapy import Spider

from crawler.items import ArticleItem
from crawler.parse.announcement import parse_announcement

logger = logging.getLogger(__name__)


class AnnouncementPipeline:
    """Parse every item's title and text into ``item.announcement`` and ``item.quality_flags``."""

    def process_item(self, item: ArticleItem, spider: Spider) -> ArticleItem:
        try:
            result = parse_announcement(item.title, item.text, item.published_at, item.html, item.url,
                                        source=item.origin)
        except Exception:  # a parser bug must not lose the article: archive it without facts, say so
            logger.exception("announcement parser failed on %s", item.url)
            item.announcement, item.quality_flags = None, ["parse_error"]
            return item
        item.announcement = result.announcement
        item.quality_flags = result.quality_flags
        return item
