"""govcases: crawl, parse and archive announcements of Chinese governance-case competitions.

The package is laid out by pipeline stage, and data flows one way through it:

    spiders/          one module per site: which pages to visit, which selectors to try
    crawler/fetch     how pages are fetched: offline snapshot replay, WARC capture, safety, encodings
    crawler/extract   page -> article fields (title, date, origin, editor, body), selectors then fallbacks
    crawler/parse     article text -> announcement facts (series, edition, organisers, counts, cases ...)
    crawler/archive   facts -> archive.db (sqlite-utils): articles, runs, errors, derived tables
    crawler/serve     archive.db -> Datasette: Chinese full-text search plugin, export
    crawler/cli       the `govcases` command, a thin layer over the stages
"""

__version__ = "0.1.0"
