"""The parse stage: an article's text -> the facts of the announcement it carries.

Pure functions, no Scrapy: :func:`crawler.parse.announcement.parse_announcement` combines series, edition,
stage, organisers (this package's parse-core modules), counts, cases, districts and quality flags
(parse-lists), and dates. Every row the archive writes from these facts records :data:`PARSER_VERSION`, so a
re-parse after a parser change can be told from the old facts.
"""

# Bump when a change to any parse module can change its output.
PARSER_VERSION = "2.76"
