"""Scrapy settings for govcases.

Settings are read only here and in components' ``from_crawler``. Project-specific settings are prefixed
``GOVCASES_`` and documented where they are defined.
"""

BOT_NAME = "govcases"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- govcases' own settings -------------------------------------------------------------------------
# Where the archive lives; the CLI's --db overrides it.
GOVCASES_DB = "archive.db"
# Replay the bundled snapshot instead of going to the network (the CLI's --offline sets it).
GOVCASES_OFFLINE = False
# The bundled snapshot's manifest (URL -> saved file, provenance).
GOVCASES_SNAPSHOT_MANIFEST = None  # None = the manifest shipped in the repository's snapshot/ folder
# The sources file of the generic `sources` spider (sites added without Python); None = the repository's
# sources.toml. Give an absolute path where the package runs from an egg (Scrapyd).
GOVCASES_SOURCES = None
# Contact shown in the User-Agent so site operators can reach whoever runs the crawl.
GOVCASES_CONTACT = "https://github.com/govcases/govcases"

# --- politeness --------------------------------------------------------------------------------------
USER_AGENT = f"govcases/0.1 (+{GOVCASES_CONTACT}; research archive of public announcements)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024

# --- components --------------------------------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # Answers from the bundled snapshot when GOVCASES_OFFLINE is on; sits before every network component.
    "crawler.fetch.replay.SnapshotReplayMiddleware": 50,
}
ITEM_PIPELINES = {
    "crawler.archive.pipeline.ArchivePipeline": 300,
}

# --- framework defaults worth pinning ------------------------------------------------------------------
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
