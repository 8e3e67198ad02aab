"""Only the spider's own sites, and in a live crawl never a loopback or private address.

Scrapy's ``OffsiteMiddleware`` keeps requests (redirects included: they pass through the downloader
middlewares again) on ``allowed_domains``. :class:`AddressSafetyMiddleware` adds what it does not check:

- a live crawl refuses a spider without ``allowed_domains`` (it could wander anywhere);
- a request whose host is, or resolves to, a loopback, private, link-local or otherwise non-public address
  is refused before it is sent (a redirect or a link planted on a public page cannot make the crawler
  reach the machine's own services or the LAN), and a response that came from such an address anyway
  (DNS changed between the check and the fetch) is refused after.

Refusals are ``unsafe_address`` rows in ``crawl_errors``. ``GOVCASES_ALLOW_PRIVATE_HOSTS`` turns the address
check off (tests use servers on 127.0.0.1); offline replay never touches the network and skips it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached

from crawler.fetch.errors import UnusableResponse


def is_public_ip(address: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an IP address is globally routable (not loopback, private, link-local, reserved, ...)."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def literal_ip(host: str) -> str | None:
    """The host as an IP address string when it is one (``[::1]`` included), else None."""
    try:
        return str(ipaddress.ip_address(host.strip("[]")))
    except ValueError:
        return None


async def resolve(host: str) -> list[str]:
    """All addresses ``host`` resolves to, without blocking the reactor."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return [info[4][0] for info in infos]


class AddressSafetyMiddleware:
    """Downloader middleware refusing requests to non-public addresses and spiders without allowed_domains."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.allow_private = crawler.settings.getbool("GOVCASES_ALLOW_PRIVATE_HOSTS")
        self.checked: dict[str, str | None] = {}  # host -> why it is unsafe (None: safe)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AddressSafetyMiddleware:
        if crawler.settings.getbool("GOVCASES_OFFLINE"):
            raise NotConfigured  # offline replay never reaches the network (no message: no warning in the log)
        return cls(crawler)

    async def process_request(self, request: Request, spider=None) -> None:
        spider = self.crawler.spider
        if not getattr(spider, "allowed_domains", None):
            raise UnusableResponse("unsafe_address", f"spider {spider.name!r} has no allowed_domains: a live crawl "
                                                     "must name the sites it may visit")
        if self.allow_private:
            return
        host = urlparse_cached(request).hostname or ""
        if host not in self.checked:
            self.checked[host] = await self._why_unsafe(host)
        if self.checked[host]:
            raise UnusableResponse("unsafe_address", self.checked[host])

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        address = getattr(response, "ip_address", None)
        if not self.allow_private and address is not None and not is_public_ip(address):
            raise UnusableResponse("unsafe_address", f"{request.url} was answered from {address}")
        return response

    async def _why_unsafe(self, host: str) -> str | None:
        if host == "localhost" or host.endswith(".localhost"):
            return f"{host} is the local machine"
        ip = literal_ip(host)
        addresses = [ip] if ip else await self._resolve_or_empty(host)
        bad = [a for a in addresses if not is_public_ip(a)]
        return f"{host} is or resolves to non-public address(es) {', '.join(bad)}" if bad else None

    @staticmethod
    async def _resolve_or_empty(host: str) -> list[str]:
        try:
            return await resolve(host)
        except OSError:
            return []  # let the download itself fail with a DNS error, recorded as such
