"""Politeness and safety of a live crawl, observed from the server's side (a server on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pytest
import sqlite_utils
from crawling import FAST_LOCAL, crawl
from faultserver import GOOD_ARTICLES, FaultServer, list_html
from scrapy import Request
from scrapy.utils.test import get_crawler

from crawler.fetch.errors import UnusableResponse
from crawler.fetch.retry import backoff_delay, parse_retry_after
from crawler.fetch.safety import AddressSafetyMiddleware, is_public_ip, literal_ip

CONTACT = "mailto:archive-ops@example.org"


@pytest.fixture(scope="module")
def polite_crawl(tmp_path_factory):
    db_path: Path = tmp_path_factory.mktemp("polite") / "archive.db"
    with FaultServer(burst=2, slow_seconds=1.5, delay=0.05) as server:
        server.pages["/big.html"] = (200, {"Content-Type": "text/html"}, b"<html>" + b" " * 60_000 + b"</html>")
        server.pages["/list_2.html"] = (200, {"Content-Type": "text/html; charset=utf-8"},
                                        list_html(GOOD_ARTICLES[2:] + ["/burst503/1.html", "/big.html"], None).encode())
        settings = dict(FAST_LOCAL, GOVCASES_TEST_BASE_URL=server.base_url, GOVCASES_CONTACT=CONTACT,
                        GOVCASES_MAX_ERROR_RATE="1.0", DOWNLOAD_MAXSIZE="50000",
                        # the project's politeness defaults, only shorter: one request at a time, a delay, backoff
                        CONCURRENT_REQUESTS_PER_DOMAIN="1", DOWNLOAD_DELAY="0.05", AUTOTHROTTLE_ENABLED="1",
                        AUTOTHROTTLE_START_DELAY="0.05", GOVCASES_RETRY_BACKOFF_BASE="0.4")
        result = crawl(db_path, "fault_site", settings=settings)
    return server, sqlite_utils.Database(db_path), result


def test_user_agent_names_the_crawler_and_contact(polite_crawl) -> None:
    server, _, result = polite_crawl
    assert result.returncode == 0, result.stderr[-2000:]
    agents = {hit.headers.get("User-Agent") for hit in server.log}
    assert len(agents) == 1
    (agent,) = agents
    assert agent.startswith("govcases/") and CONTACT in agent


def test_robots_txt_first_and_obeyed(polite_crawl) -> None:
    server, _, _ = polite_crawl
    assert server.log[0].path == "/robots.txt"
    assert server.hits("/private/x.html") == 0


def test_one_request_at_a_time(polite_crawl) -> None:
    server, _, _ = polite_crawl
    assert len(server.log) >= 10
    assert server.max_in_flight == 1


def test_retries_back_off(polite_crawl) -> None:
    server, db, _ = polite_crawl
    times = [hit.at for hit in server.log if hit.path == "/burst503/1.html"]
    assert len(times) == 3
    first_wait, second_wait = times[1] - times[0], times[2] - times[1]
    assert first_wait >= 0.4 * 0.75 - 0.01  # base * 2**0, minus jitter
    assert second_wait >= 0.8 * 0.75 - 0.01  # base * 2**1
    assert db["articles"].count_where("url like ?", ["%/burst503/1.html"]) == 1


def test_oversized_response_refused(polite_crawl) -> None:
    _, db, _ = polite_crawl
    (row,) = db["crawl_errors"].rows_where("url like ?", ["%/big.html"])
    assert row["reason"] == "too_large"


def test_robots_txt_holds_for_requests_that_start_together(tmp_path: Path) -> None:
    # Three start pages of one site wait together for its robots.txt; the third used to be sent unchecked.
    with FaultServer() as server:
        settings = dict(FAST_LOCAL, GOVCASES_TEST_BASE_URL=server.base_url, GOVCASES_MAX_ERROR_RATE="1.0")
        crawl(tmp_path / "archive.db", "three_starts", settings=settings)
    assert server.hits("/robots.txt") == 1
    assert server.hits("/list.html") == 1
    assert server.hits("/private/x.html") == 0


def test_private_address_refused_in_live_mode(tmp_path: Path) -> None:
    with FaultServer() as server:
        settings = dict(FAST_LOCAL, GOVCASES_TEST_BASE_URL=server.base_url, GOVCASES_ALLOW_PRIVATE_HOSTS="0")
        result = crawl(tmp_path / "archive.db", "fault_site", settings=settings)
    assert server.log == []  # not even robots.txt was asked for
    db = sqlite_utils.Database(tmp_path / "archive.db")
    (row,) = db["crawl_errors"].rows
    assert row["reason"] == "unsafe_address" and "127.0.0.1" in row["detail"]
    assert result.returncode != 0  # nothing archived: the health checks fail the crawl


@pytest.mark.parametrize(("address", "public"), [
    ("8.8.8.8", True), ("202.120.2.101", True), ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.1", False),
    ("172.16.5.4", False), ("169.254.169.254", False), ("::1", False), ("fd00::1", False), ("::ffff:127.0.0.1", False),
    ("0.0.0.0", False), ("100.64.0.1", False),
])
def test_public_address_rule(address: str, public: bool) -> None:
    assert is_public_ip(address) is public


def test_literal_ip_hosts() -> None:
    assert literal_ip("[::1]") == "::1"
    assert literal_ip("127.1.2.3") == "127.1.2.3"
    assert literal_ip("news.sjtu.edu.cn") is None


def test_backoff_grows_and_is_capped() -> None:
    rng = random.Random(1)
    delays = [backoff_delay(n, base=2.0, cap=120.0, rng=rng) for n in range(1, 9)]
    assert all(1.5 <= d <= 2.5 for d in delays[:1])
    assert delays[3] > delays[1] > delays[0]
    assert delays[-1] == 120.0
    assert backoff_delay(1, base=2.0, cap=120.0, retry_after=30.0) == 30.0
    assert parse_retry_after(b"15") == 15.0 and parse_retry_after(b"Wed, 21 Oct 2015 07:28:00 GMT") is None


def safety_middleware(allowed_domains: list[str] | None, allow_private: bool = False):
    crawler = get_crawler(settings_dict={"GOVCASES_ALLOW_PRIVATE_HOSTS": allow_private})
    crawler.spider = type("Spider", (), {"name": "s", "allowed_domains": allowed_domains})()
    return AddressSafetyMiddleware(crawler)


@pytest.mark.parametrize("url", ["http://localhost/a.html", "http://127.0.0.1:8080/", "http://[::1]/x",
                                 "http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/admin"])
def test_safety_refuses_non_public_hosts_before_sending(url: str) -> None:
    with pytest.raises(UnusableResponse) as refused:
        asyncio.run(safety_middleware(["example.org"]).process_request(Request(url)))
    assert refused.value.reason == "unsafe_address"


def test_live_spider_without_allowed_domains_is_refused() -> None:
    with pytest.raises(UnusableResponse, match="no allowed_domains"):
        asyncio.run(safety_middleware(None, allow_private=True).process_request(Request("http://8.8.8.8/")))
