"""新华财经 (www.cnfin.com, and its older domain news.xinhua08.com): Xinhua's financial news service.

It co-organises the 中国(上海)社会治理创新实践案例 through 新华社中国经济信息社. Column lists
``/{news,macro,local}/index.html`` link articles protocol-relative (``//www.cnfin.com/...``); articles are
``/{prefix}-lb/detail/{YYYYMMDD}/{id}_1.html`` (title ``h1``, body ``div.xhcj_detail_main``); older ones
``news.xinhua08.com/a/{YYYYMMDD}/{id}.shtml``.
"""

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class CnfinSpider(AnnouncementSpider):
    name = "cnfin"
    site_name = "新华财经"
    home_url = "https://www.cnfin.com/"
    allowed_domains = ["www.cnfin.com", "news.xinhua08.com"]
    start_urls = ["https://www.cnfin.com/local/index.html"]
    link_css = ".xhcj_list li a"
    article_url = r"(cnfin\.com/[\w-]+-lb/detail/\d{8}/\d+_1\.html|news\.xinhua08\.com/a/\d{8}/\d+\.shtml)"
    selectors = SiteSelectors(
        title=(".xhcj_detail h1", ".article h1.title", "h1"),
        published_at=(".xhcj_detail_info .time", ".article .info .date"),
        origin=(".xhcj_detail_info .source", ".article .info .source"),
        body=(".xhcj_detail_main", "#ctrlfscont"),
    )
