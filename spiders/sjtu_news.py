"""news.sjtu.edu.cn (上海交通大学新闻网): the university's news site, UTF-8.

Lists ``/jdyw/index.html``, then ``index_N.html``; articles ``/{column}/{YYYYMMDD}/{id}.html`` with
``#ivs_title``, ``#ivs_date`` (``2023年12月20日``) and ``.Article_content`` (sites.md: high confidence).
"""

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class SjtuNewsSpider(AnnouncementSpider):
    name = "sjtu_news"
    site_name = "上海交通大学新闻网"
    home_url = "https://news.sjtu.edu.cn/"
    allowed_domains = ["news.sjtu.edu.cn"]
    start_urls = ["https://news.sjtu.edu.cn/jdyw/index.html"]
    link_css = "div.list-card-h li.item a.card"
    next_css = "a.next"
    article_url = r"news\.sjtu\.edu\.cn/\w+/\d{8}/\d+\.html"
    selectors = SiteSelectors(
        title=("#ivs_title",), published_at=("#ivs_date",), origin=(".info .source",), body=(".Article_content",),
    )
