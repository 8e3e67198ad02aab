"""www.sh.chinanews.com.cn (中新网上海): the Shanghai bureau of China News Service, its own CMS.

Lists ``/{channel}/index.shtml`` (the social channel ``shms`` carries the case releases); articles
``/{channel}/{YYYY-MM-DD}/{seq}.shtml`` with a ``YYYY年MM月DD日 HH:MM 来源:中新网上海`` header and an
``编辑:`` line after the body. A general news site: most links are unrelated and are filtered by relevance.
"""

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class ChinanewsShSpider(AnnouncementSpider):
    name = "chinanews_sh"
    site_name = "中国新闻网·上海新闻"
    home_url = "https://www.sh.chinanews.com.cn/"
    allowed_domains = ["www.sh.chinanews.com.cn"]
    start_urls = ["https://www.sh.chinanews.com.cn/shms/index.shtml"]
    link_css = "ul.list_ul li a"
    article_url = r"sh\.chinanews\.com\.cn/\w+/\d{4}-\d{2}-\d{2}/\d+\.shtml"
    selectors = SiteSelectors(
        title=("h1.content_title",),
        published_at=(".content_time .time", ".content_time"),
        origin=(".content_time .source",),
        editor=(".content_editor",),
        body=(".content_desc",),
    )
