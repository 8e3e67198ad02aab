"""Fetching: how requests become responses, and which responses the crawl may use.

Downloader middlewares, in request order (responses come back the other way; see ``crawler/settings.py``):
``safety`` (live only: no non-public addresses, only the spider's domains), ``incremental`` (skip archived articles,
revisit conditionally), ``replay`` (answer from the bundled snapshot offline; ``snapshot`` reads its manifest),
``robots`` (Scrapy's robots.txt check, made to hold for requests that wait together), ``identity`` (the User-Agent
with the operator's contact), ``encoding`` (re-decode or refuse garbled pages), ``blocking`` (refuse blocking pages,
empty and binary 200s), ``retry`` (retries with backoff), ``warc`` (capture every response). Spider middlewares:
``errors`` (every failure becomes a ``crawl_errors`` row), ``incremental`` (remember unrelated pages), ``warc``
(items point to their WARC record).
"""
