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

# --- politeness and safety (crawler/fetch/; README "Crawling the live sites reliably") -----------------
# Built at crawl time from GOVCASES_CONTACT (crawler.fetch.identity), so setting the contact alone is enough.
GOVCASES_USER_AGENT = "govcases/0.1 (+{contact}; research archive of public announcements)"
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "govcases"
CONCURRENT_REQUESTS = 8  # across sites: several spiders/sites proceed in parallel
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
# Exponential backoff between retries (crawler.fetch.retry): 2 s, 4 s, 8 s ... at most 120 s, or Retry-After.
GOVCASES_RETRY_BACKOFF_BASE = 2.0
GOVCASES_RETRY_BACKOFF_MAX = 120.0
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True  # a truncated body is a failure (recorded), never a short article
REDIRECT_MAX_TIMES = 5
# A live crawl refuses loopback/private addresses (crawler.fetch.safety); tests serving 127.0.0.1 turn this on.
GOVCASES_ALLOW_PRIVATE_HOSTS = False
# Raw capture: WARC files of every response, in this folder (None: "warc/" beside the database).
GOVCASES_WARC_DIR = None
# Incremental re-crawls: skip article pages already archived (crawler.fetch.incremental); --full turns it off.
GOVCASES_INCREMENTAL = True
# Ask again, conditionally (ETag / Last-Modified; 304 = unchanged), for articles last fetched longer ago than this.
GOVCASES_REVISIT_DAYS = None  # None: never; e.g. 30
# Health checks after each spider run (crawler.monitors); a failed check makes `govcases crawl` exit 1.
GOVCASES_MONITORS = True
GOVCASES_MIN_ITEMS = 1
GOVCASES_MIN_FIELD_COVERAGE = 0.8  # share of articles with a title, a date, a text
GOVCASES_MAX_ERROR_RATE = 0.2  # crawl_errors rows per page fetched
GOVCASES_MAX_FALLBACK_RATE = 0.5  # share of articles whose title/date/text came from the generic fallback

# --- components --------------------------------------------------------------------------------------
DOWNLOADER_MIDDLEWARES = {
    # Requests pass in increasing order, responses come back in decreasing order.
    "crawler.fetch.safety.AddressSafetyMiddleware": 40,  # live only: refuse non-public addresses
    "crawler.fetch.incremental.SkipArchivedMiddleware": 45,  # don't fetch articles already archived
    "crawler.fetch.replay.ReplayDelayMiddleware": 49,  # offline, with GOVCASES_REPLAY_DELAY: a slow replay
    # Answers from the bundled snapshot when GOVCASES_OFFLINE is on; sits before every network component.
    "crawler.fetch.replay.SnapshotReplayMiddleware": 50,
    # Scrapy's, except that every request waiting for a site's robots.txt gets it (crawler.fetch.robots)
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.fetch.robots.RobotsTxtMiddleware": 100,
    "crawler.fetch.encoding.EncodingRepairMiddleware": 530,  # after the guard: re-decode or refuse garbled
    "crawler.fetch.blocking.ContentGuardMiddleware": 540,  # after retries: refuse blocking/empty/binary 200s
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.fetch.retry.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "crawler.fetch.identity.ContactUserAgentMiddleware": 500,
    # Sees each response after decompression (590) and before retries (550): every answer is captured.
    "crawler.fetch.warc.WarcCaptureMiddleware": 580,
}
SPIDER_MIDDLEWARES = {
    "crawler.fetch.errors.ErrorRecordingMiddleware": 10,  # every request gets an errback that records failures
    "crawler.fetch.incremental.RememberUnrelatedMiddleware": 20,
    "crawler.fetch.warc.WarcPointerMiddleware": 30,  # items point to their page's WARC record
}
ITEM_PIPELINES = {
    # Parses each article's announcement facts (crawler/parse) before the archive stores them.
    "crawler.parse.pipeline.AnnouncementPipeline": 200,
    "crawler.archive.pipeline.ArchivePipeline": 300,
}

# --- framework defaults worth pinning ------------------------------------------------------------------
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
