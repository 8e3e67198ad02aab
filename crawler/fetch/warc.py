"""Raw capture: every response the crawl fetches, written to WARC files with warcio.

The WARC folder sits beside the database (``warc/`` next to ``archive.db``, or ``GOVCASES_WARC_DIR``), so
copying the folder that holds the database copies the whole archive: the rows and the bytes they were read
from. Each spider run writes one gzipped WARC file ``<spider>-<UTC time>-<pid>.warc.gz``; every fetched
page (list pages, article pages, robots.txt, error answers and refused pages alike) is a ``request`` record
and a ``response`` record, flushed as it is written so a killed crawl loses at most the page in flight.

The response record is written *after* decompression (the stored body is what the parsers read; the
``Content-Encoding`` header is dropped accordingly) and carries govcases' own WARC headers: the spider, the
run, the callback the page was meant for and, for articles, the list page it was found on. ``govcases
reparse`` needs nothing else to rebuild the archive. Each article row points to its record
(``warc_file`` relative to the database's folder, ``warc_offset``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

META_KEY = "govcases_warc"  # request.meta[META_KEY] = (warc_file, offset) of the response record
SPIDER_HEADER = "WARC-Govcases-Spider"
RUN_HEADER = "WARC-Govcases-Run"
CALLBACK_HEADER = "WARC-Govcases-Callback"
LIST_URL_HEADER = "WARC-Govcases-List-Url"
CB_KWARGS_HEADER = "WARC-Govcases-Cb-Kwargs"  # the callback's keyword arguments, JSON
# Headers that describe the transfer, not the stored body (which is decompressed and de-chunked).
TRANSFER_HEADERS = {b"content-encoding", b"transfer-encoding", b"content-length"}


def warc_dir(settings) -> Path:
    """The WARC folder of a crawl: ``GOVCASES_WARC_DIR`` or ``warc/`` beside the database."""
    configured = settings.get("GOVCASES_WARC_DIR")
    return Path(configured) if configured else Path(settings.get("GOVCASES_DB")).resolve().parent / "warc"


@dataclass
class CapturedResponse:
    """One response record read back from a WARC file."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    date: str
    spider: str | None
    run_id: int | None
    callback: str | None
    list_url: str | None
    cb_kwargs: dict
    file: str
    offset: int


class WarcCaptureMiddleware:
    """Downloader middleware writing a request and a response record for every response."""

    def __init__(self, crawler: Crawler, folder: Path, db_folder: Path) -> None:
        self.crawler = crawler
        self.folder = folder
        self.db_folder = db_folder
        self.writer: WARCWriter | None = None
        self.handle = None
        self.name = ""
        crawler.signals.connect(self.close, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        db_folder = Path(crawler.settings.get("GOVCASES_DB")).resolve().parent
        return cls(crawler, warc_dir(crawler.settings), db_folder)

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        writer = self._writer()
        spider = self.crawler.spider
        extra = {SPIDER_HEADER: spider.name, RUN_HEADER: str(getattr(spider, "govcases_run_id", "") or ""),
                 CALLBACK_HEADER: getattr(request.callback, "__name__", "") or "parse"}
        if list_url := request.cb_kwargs.get("list_url"):
            extra[LIST_URL_HEADER] = list_url
        if request.cb_kwargs:
            extra[CB_KWARGS_HEADER] = json.dumps(request.cb_kwargs, ensure_ascii=True, default=str)
        if getattr(response, "ip_address", None) is not None:
            extra["WARC-IP-Address"] = str(response.ip_address)
        writer.write_record(self._request_record(writer, request, extra))
        offset = self.handle.tell()
        writer.write_record(self._response_record(writer, request, response, extra))
        self.handle.flush()
        request.meta[META_KEY] = (self.name, offset)
        self.crawler.stats.inc_value("govcases/warc/responses")
        return response

    def close(self, spider=None) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None

    # --- records -------------------------------------------------------------------------------------
    def _writer(self) -> WARCWriter:
        if self.writer is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            path = self.folder / f"{self.crawler.spider.name}-{stamp}-{os.getpid()}.warc.gz"
            self.handle = path.open("ab")
            self.writer = WARCWriter(self.handle, gzip=True)
            self.name = _relative(path, self.db_folder)
            self.writer.write_record(self.writer.create_warcinfo_record(
                path.name, {"software": "govcases (Scrapy, warcio)", "format": "WARC File Format 1.1"}))
        return self.writer

    @staticmethod
    def _request_record(writer: WARCWriter, request: Request, extra: dict[str, str]):
        parsed = urlparse_cached(request)
        target = (parsed.path or "/") + (f"?{parsed.query}" if parsed.query else "")
        headers = [("Host", parsed.netloc)] + _header_pairs(request.headers)
        http = StatusAndHeaders(f"{request.method} {target} HTTP/1.1", headers, is_http_request=True)
        return writer.create_warc_record(request.url, "request", payload=BytesIO(request.body),
                                         http_headers=http, warc_headers_dict=extra)

    @staticmethod
    def _response_record(writer: WARCWriter, request: Request, response: Response, extra: dict[str, str]):
        headers = [(k, v) for k, v in _header_pairs(response.headers) if k.lower().encode() not in TRANSFER_HEADERS]
        headers.append(("Content-Length", str(len(response.body))))
        http = StatusAndHeaders(f"{response.status} {_reason(response.status)}", headers, protocol="HTTP/1.1")
        return writer.create_warc_record(response.url, "response", payload=BytesIO(response.body),
                                         http_headers=http, warc_headers_dict=extra)


class WarcPointerMiddleware:
    """Spider middleware: every item a captured response yields points to that response's WARC record."""

    async def process_spider_output(self, response: Response, result, spider=None):
        pointer = response.meta.get(META_KEY) if response is not None and response.request else None
        async for output in result:
            if pointer and hasattr(output, "warc_file") and output.warc_file is None:
                output.warc_file, output.warc_offset = pointer
            yield output


def read_response(db_folder: Path, file: str, offset: int) -> CapturedResponse:
    """The response record at ``offset`` of ``file`` (relative to the database's folder, or absolute)."""
    path = Path(file) if Path(file).is_absolute() else db_folder / file
    with path.open("rb") as handle:
        handle.seek(offset)
        record = next(iter(ArchiveIterator(handle)))
        return _captured(record, file, offset, record.content_stream().read())


def iter_responses(db_folder: Path, folder: Path):
    """Every response record of every WARC file in ``folder``, oldest file first.

    A file cut short by a killed crawl yields the records before the cut and stops there.
    """
    for path in sorted(folder.glob("*.warc.gz"), key=lambda p: (p.stat().st_mtime, p.name)):
        name = _relative(path, db_folder)
        with path.open("rb") as handle:
            records = ArchiveIterator(handle)
            try:
                for record in records:
                    if record.rec_type == "response":
                        body = record.content_stream().read()  # before get_record_offset, which skips the record
                        yield _captured(record, name, records.get_record_offset(), body)
            except Exception:  # a truncated gzip member at the end of a killed crawl's file
                continue


def _captured(record, file: str, offset: int, body: bytes) -> CapturedResponse:
    warc = record.rec_headers
    run = warc.get_header(RUN_HEADER)
    return CapturedResponse(
        url=warc.get_header("WARC-Target-URI"), status=int(record.http_headers.get_statuscode()),
        headers=list(record.http_headers.headers), body=body,
        date=warc.get_header("WARC-Date"), spider=warc.get_header(SPIDER_HEADER),
        run_id=int(run) if run else None, callback=warc.get_header(CALLBACK_HEADER),
        list_url=warc.get_header(LIST_URL_HEADER), cb_kwargs=json.loads(warc.get_header(CB_KWARGS_HEADER) or "{}"),
        file=file, offset=offset)


def _header_pairs(headers) -> list[tuple[str, str]]:
    return [(key.decode("latin-1"), value.decode("latin-1")) for key, values in headers.items() for value in values]


def _relative(path: Path, folder: Path) -> str:
    try:
        return str(path.resolve().relative_to(folder))
    except ValueError:
        return str(path.resolve())


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
