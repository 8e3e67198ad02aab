"""sh.people.com.cn (人民网上海频道): People's Daily Online, Shanghai; co-organiser of the 上海城市治理最佳实践案例评选.

Lists ``/GB/{node}/index.html``, ``index2.html``, ...; articles ``/n2/{YYYY}/{MMDD}/c{node}-{id}.html``. The lists
also carry national people.com.cn articles (``/n1/``), often as picture items without link text: those are
fetched and judged on their text. Pages declare GB2312 but use GBK-only characters; Scrapy decodes the GB
family as gb18030, which is what they need. Two templates: older (``.text_title h1``, ``.box01 .fl`` =
``2019年06月15日08:18 来源：…``, ``#rwb_zw``, ``.edit``) and newer (``.rm_txt h1``, ``.channel .col-1-1``,
``.rm_txt_con``); both carry ``<meta name="publishdate">`` and ``<meta name="source">``.
"""

from crawler.extract.article import SiteSelectors
from spiders.base import AnnouncementSpider


class PeopleShSpider(AnnouncementSpider):
    name = "people_sh"
    site_name = "人民网上海频道"
    home_url = "https://sh.people.com.cn/"
    allowed_domains = ["people.com.cn"]
    start_urls = ["https://sh.people.com.cn/GB/134768/index.html"]
    link_css = "ul.list_16 li a, .ej_list_box li a"
    article_url = r"people\.com\.cn/n[12]/\d{4}/\d{4}/c\d+-\d+\.html"
    selectors = SiteSelectors(
        title=(".rm_txt h1", ".text_title h1"),
        published_at=(".channel .col-1-1", ".box01 .fl"),
        origin=(".channel .col-1-1 a", ".box01 .fl a"),
        editor=(".rm_txt_con .edit", ".edit"),
        body=(".rm_txt_con", "#rwb_zw"),
    )
