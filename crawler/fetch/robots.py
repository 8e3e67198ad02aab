"""robots.txt for every request, however many wait for it at once.

Scrapy's ``RobotsTxtMiddleware`` fetches a site's robots.txt on the first request to it and keeps a Deferred that
the requests arriving meanwhile await. Under the asyncio reactor (the project's) each of them awaits it through
Twisted's ``Deferred.asFuture``, which hands the result to the first waiter and fires the Deferred with ``None``
from then on; ``None`` means "no robots.txt", so from the third request that reached a new site at the same moment
on, requests were sent whatever robots.txt said (seen with Scrapy 2.19: a spider starting with three pages of one
site, ``govcases fetch-labelled`` with several pages of one site; the tests
``test_robots_txt_holds_for_requests_that_start_together`` and ``tests/test_fetch_labelled.py`` show it).
:class:`RobotsTxtMiddleware` gives each waiter the parser through a callback of its own that passes the result on
unchanged.
"""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.downloadermiddlewares import robotstxt
from scrapy.robotstxt import RobotParser
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class RobotsTxtMiddleware(robotstxt.RobotsTxtMiddleware):
    """Scrapy's middleware, with every request that waits for a site's robots.txt given its parser."""

    async def robot_parser(self, request: Request) -> RobotParser | None:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)  # first request to the site, or robots.txt already read
        parsed: asyncio.Future[RobotParser | None] = asyncio.get_running_loop().create_future()

        def hand_on(parser: RobotParser | None) -> RobotParser | None:
            if not parsed.done():
                parsed.set_result(parser)
            return parser  # unchanged, for the next waiter

        pending.addCallback(hand_on)
        return await parsed
