"""The User-Agent every request carries: what the crawler is and whom to contact.

Built at crawl time from ``GOVCASES_USER_AGENT`` (a template with ``{contact}``) and ``GOVCASES_CONTACT``, so
an operator who sets only their contact (``govcases crawl -s GOVCASES_CONTACT=mailto:me@example.org``) gets
a correct User-Agent; a full ``USER_AGENT`` set on the command line still wins.
"""

from __future__ import annotations

from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.useragent import UserAgentMiddleware


def user_agent(template: str, contact: str) -> str:
    """The User-Agent string for ``contact``."""
    return template.format(contact=contact)


class ContactUserAgentMiddleware(UserAgentMiddleware):
    """Scrapy's UserAgentMiddleware with the User-Agent built from the contact setting."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ContactUserAgentMiddleware:
        settings = crawler.settings
        if settings.getpriority("USER_AGENT") > settings.getpriority("GOVCASES_CONTACT"):
            agent = settings["USER_AGENT"]
        else:
            agent = user_agent(settings["GOVCASES_USER_AGENT"], settings["GOVCASES_CONTACT"])
        return cls(agent)
