"""A fault-injecting HTTP server on 127.0.0.1 for crawl tests: the misbehaviours of real sites, on demand.

``FaultServer`` serves a small site: a list page (``/list.html``, paginated to ``/list_2.html``) linking to
good article pages and to one URL per fault, and ``/robots.txt``. Every fault a crawler meets on the real
web has a path:

=======================  ======================================================================
``/burst503/<n>.html``   503 (with ``Retry-After: 0``) for the first ``burst`` requests, then a good article
``/always500.html``      500, always
``/slow.html``           answers after ``slow_seconds`` (longer than the test's download timeout)
``/truncated.html``      announces 20,000 bytes, sends 300, closes the connection
``/loop/a.html``         redirects to ``/loop/b.html``, which redirects back
``/dead.html``           404
``/empty.html``          200 with an empty body
``/binary.html``         a PDF served as ``text/html``
``/denied.html``         200 with an ``ACCESS DENIED`` page
``/cdn403.html``         a CDN's 403 page
``/gbk.html``            a good article in GBK bytes, declared ``charset=utf-8`` (wrongly)
``/private/x.html``      disallowed by robots.txt
``/garbled-story.html``  clean navigation around a story that is mojibake (UTF-8 bytes read as GBK)
=======================  ======================================================================

The good articles carry an ``ETag`` and answer ``304`` to a matching ``If-None-Match``. Extra pages can be
added (``server.pages[path] = (status, headers, body)``) and every request is logged (``server.log``: path,
headers, time) so tests can check politeness and what was fetched. Start and stop it with
``with FaultServer() as server:``.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = """<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head><body>
<h1 id="title">{title}</h1><div class="date">发布时间：2024-0{month}-1{day} 10:00</div>
<div class="content"><p>{title}。本次评选聚焦基层治理和社区治理，共收到各区报送的案例一百余件，经专家评审，
最终评出十佳案例和优秀案例。</p><p>评选活动由研究院主办，旨在总结城市治理的创新实践，推广可复制的经验做法。
入选案例涵盖社区营造、城市更新、数字化转型等领域。</p></div></body></html>"""

FAULT_LINKS = ["/burst503/1.html", "/always500.html", "/slow.html", "/truncated.html", "/loop/a.html", "/dead.html",
               "/empty.html", "/binary.html", "/denied.html", "/cdn403.html", "/gbk.html", "/private/x.html",
               "/garbled-story.html"]
GOOD_ARTICLES = [f"/ok/{n}.html" for n in range(1, 5)]
CDN_403 = (b"<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1>"
           b"<p>Request blocked. Reference #18.2f1b3c1.1700000000.5d2e</p><hr>cdn-edge</body></html>")
DENIED = (b"<html><head><title>ACCESS DENIED</title></head><body><h1>ACCESS DENIED</h1>"
          b"<p>Your request has been blocked by the web application firewall.</p></body></html>")


def article_html(n: int, charset: str = "utf-8") -> str:
    """A relevant announcement page (written for the tests: a made-up competition)."""
    return ARTICLE.format(charset=charset, title=f"第{n}届社区治理创新实践案例评选结果揭晓", month=n % 9 + 1, day=n % 9)


def list_html(links: list[str], next_page: str | None) -> str:
    items = "".join(f'<li><a href="{href}">社区治理案例评选 {i}</a></li>' for i, href in enumerate(links))
    nxt = f'<a class="next" href="{next_page}">下一页</a>' if next_page else ""
    return (f'<html><head><meta charset="utf-8"><title>通知公告</title></head>'
            f'<body><ul class="list">{items}</ul>{nxt}</body></html>')


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float


@dataclass
class FaultServer:
    """The server; ``base_url`` is set once started."""

    burst: int = 2
    slow_seconds: float = 3.0
    delay: float = 0.0  # added to every answer (to make a crawl slow)
    pages: dict[str, tuple[int, dict[str, str], bytes]] = field(default_factory=dict)
    log: list[Hit] = field(default_factory=list)
    base_url: str = ""

    def __post_init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        half = len(FAULT_LINKS) // 2
        self.pages.setdefault("/list.html", (200, {"Content-Type": "text/html; charset=utf-8"}, list_html(
            GOOD_ARTICLES[:2] + FAULT_LINKS[:half], "/list_2.html").encode()))
        self.pages.setdefault("/list_2.html", (200, {"Content-Type": "text/html; charset=utf-8"}, list_html(
            GOOD_ARTICLES[2:] + FAULT_LINKS[half:], None).encode()))
        for n, path in enumerate(GOOD_ARTICLES, start=1):
            self.pages.setdefault(path, (200, {"Content-Type": "text/html; charset=utf-8", "ETag": f'"ok-{n}"'},
                                         article_html(n).encode()))

    def __enter__(self) -> FaultServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
                # A timed-out request is abandoned by the crawler while this thread still sleeps: it does not
                # count as in flight, or the concurrency a test observes would include requests long given up.
                counted = self.path != "/slow.html"
                server._track(+1 if counted else 0, self)
                try:
                    if server.delay:
                        time.sleep(server.delay)
                    server.answer(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass
                finally:
                    server._track(-1 if counted else 0, None)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _track(self, step: int, handler: BaseHTTPRequestHandler | None) -> None:
        with self._lock:
            self.in_flight += step
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            if handler is not None:
                self.log.append(Hit(handler.path, dict(handler.headers), time.monotonic()))
                self.counts[handler.path] += 1

    def hits(self, path: str) -> int:
        return self.counts[path]

    # --- the answers -------------------------------------------------------------------------------------
    def answer(self, h: BaseHTTPRequestHandler) -> None:
        path = h.path.split("?", 1)[0]
        if path in self.pages:
            status, headers, body = self.pages[path]
            if headers.get("ETag") and h.headers.get("If-None-Match") == headers["ETag"]:
                return self.send(h, 304, {"ETag": headers["ETag"]}, b"")
            return self.send(h, status, headers, body)
        if path == "/robots.txt":
            return self.send(h, 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private/\n")
        if path.startswith("/burst503/"):
            if self.counts[h.path] <= self.burst:
                return self.send(h, 503, {"Retry-After": "0", "Content-Type": "text/html"}, b"<h1>busy</h1>")
            return self.send(h, 200, {"Content-Type": "text/html; charset=utf-8"}, article_html(7).encode())
        if path == "/always500.html":
            return self.send(h, 500, {"Content-Type": "text/html"}, b"<h1>Internal Server Error</h1>")
        if path == "/slow.html":
            time.sleep(self.slow_seconds)
            return self.send(h, 200, {"Content-Type": "text/html; charset=utf-8"}, article_html(8).encode())
        if path == "/truncated.html":
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", "20000")
            h.end_headers()
            h.wfile.write(article_html(9).encode()[:300])
            h.wfile.flush()
            h.close_connection = True
            return None
        if path == "/loop/a.html":
            return self.send(h, 302, {"Location": "/loop/b.html"}, b"")
        if path == "/loop/b.html":
            return self.send(h, 302, {"Location": "/loop/a.html"}, b"")
        if path == "/empty.html":
            return self.send(h, 200, {"Content-Type": "text/html; charset=utf-8"}, b"")
        if path == "/binary.html":
            return self.send(h, 200, {"Content-Type": "text/html"}, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" * 20)
        if path == "/denied.html":
            return self.send(h, 200, {"Content-Type": "text/html"}, DENIED)
        if path == "/cdn403.html":
            return self.send(h, 403, {"Content-Type": "text/html", "Server": "cdn-edge"}, CDN_403)
        if path == "/garbled-story.html":
            story = "本次评选聚焦基层治理和社区治理，共收到各区报送的案例一百余件，最终评出十佳案例。" * 3
            garbled = story.encode("utf-8").decode("gb18030", errors="ignore")
            headline = "社区治理创新实践案例评选结果揭晓，城市治理最佳实践案例发布"
            nav = "".join(f"<li>第{n}届{headline}</li>" for n in range(40))
            body = article_html(11).replace('<div class="content">', f'<ul class="nav">{nav}</ul><div class="content">'
                                            f'<p>{garbled}</p></div><div class="old">', 1)
            return self.send(h, 200, {"Content-Type": "text/html; charset=utf-8"}, body.encode())
        if path == "/gbk.html":
            body = article_html(10, charset="gbk").replace('charset="gbk"', 'charset="utf-8"').encode("gbk")
            return self.send(h, 200, {"Content-Type": "text/html; charset=utf-8"}, body)
        return self.send(h, 404, {"Content-Type": "text/html"}, b"<h1>404 Not Found</h1>")

    @staticmethod
    def send(h: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes) -> None:
        h.send_response(status)
        for key, value in headers.items():
            h.send_header(key, value)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)
