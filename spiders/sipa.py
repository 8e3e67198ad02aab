"""www.sipa.sjtu.edu.cn (上海交通大学国际与公共事务学院): the school that co-organises the 上海城市治理最佳实践案例评选.

The news column's list URL is not known from any source (sites.md), so the spider starts at the home page and
follows the navigation link named 新闻动态 (or 学院新闻 / 新闻中心). Articles are ``/show/{id}``; their header
prints ``发布时间:YYYY-MM-DD 浏览量:N`` (a date without time), the body ends before ``Back to Top``.
"""

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class SipaSpider(AnnouncementSpider):
    name = "sipa"
    site_name = "上海交通大学国际与公共事务学院"
    home_url = "https://www.sipa.sjtu.edu.cn/"
    allowed_domains = ["www.sipa.sjtu.edu.cn"]
    list_nav_text = r"^(新闻动态|学院新闻|新闻中心|新闻)$"
    nav_css = "nav a, .nav a, .menu a"
    link_css = ".news-list li a, ul.list li a"
    article_url = r"sipa\.sjtu\.edu\.cn/show/\d+"
    selectors = SiteSelectors(
        title=(".article-title",),
        published_at=(".article-info .time", ".article-info"),
        body=(".article-content",),
    )
