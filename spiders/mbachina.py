"""www.mbachina.com (MBAChina网), the column of SJTU's School of International and Public Affairs (``mpa_sjtu``).

MBAChina reposts the school's news, so the same announcement appears here and on www.sipa.sjtu.edu.cn.
Articles are ``/html/mpa_sjtu/{YYYYMM}/{id}.html``: title, publishing unit, ``YYYY-MM-DD HH:MM 浏览量: N``,
body, ``编辑:`` line, then a repost notice and the site's own boilerplate (study-pack offers, QR codes), which
is not article text.
"""

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class MbachinaSpider(AnnouncementSpider):
    name = "mbachina"
    site_name = "MBAChina网 · 上海交通大学MPA"
    home_url = "https://www.mbachina.com/html/mpa_sjtu/"
    allowed_domains = ["www.mbachina.com"]
    start_urls = ["https://www.mbachina.com/html/mpa_sjtu/"]
    link_css = "ul.news_list li a"
    article_url = r"mbachina\.com/html/mpa_sjtu/\d{6}/\d+\.html"
    selectors = SiteSelectors(
        title=(".article-title",),
        published_at=(".article-info .time",),
        origin=(".article-unit",),
        editor=(".article-content .editor",),
        body=(".article-content",),
    )
