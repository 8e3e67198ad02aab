"""ciug.sjtu.edu.cn (上海交通大学中国城市治理研究院): the institute behind the 上海城市治理最佳实践案例评选.

Its list URL is not known from any source, so the spider starts at the home page and follows the navigation
link named 新闻动态. Articles are ``/Show?w={menu}&p={parent}&f={id}``; the header prints
``发布时间：YYYY-MM-DD HH:MM:SS`` and ``来源：``.
"""

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class CiugSpider(AnnouncementSpider):
    name = "ciug"
    site_name = "上海交通大学中国城市治理研究院"
    home_url = "https://ciug.sjtu.edu.cn/"
    allowed_domains = ["ciug.sjtu.edu.cn"]
    list_nav_text = r"^(新闻动态|新闻中心|研究院新闻)$"
    nav_css = ".menu a, nav a, .nav a"
    link_css = "ul.list li a"
    article_url = r"ciug\.sjtu\.edu\.cn/Show\?(.*&)?f=\d+"
    selectors = SiteSelectors(
        title=(".show-title h1", ".show-title"),
        published_at=(".show-info .time",),
        origin=(".show-info .from",),
        body=(".show-content",),
    )
