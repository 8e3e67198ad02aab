"""In a real browser: headless Debian chromium driven by Playwright against ``govcases serve`` on 127.0.0.1.

The test builds its own small archive, starts ``govcases serve`` on a free port (in its own process group, so the
Datasette child stops with it) and stops it afterwards.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.archive import Archive
from crawler.archive.facts import save_facts

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-extensions", "--no-first-run"]
XSS_TITLE = "<script>window.__pwned = 1</script>治理标题"
XSS_TEXT = '社区治理 <img src="x" onerror="window.__pwned = 2"> 结束'
ARTICLES = [
    ("https://a.edu.cn/1.html", "第一届上海城市治理最佳实践案例评选结果揭晓", "收到申报案例97个,评出30个。",
     1, 2020, 97, 30),
    ("https://a.edu.cn/2.html", "第二届评选启动", "第二届上海城市治理最佳实践案例评选启动,徐汇区参与。",
     2, 2021, 150, 40),
    ("https://a.edu.cn/3.html", "第三届评选结果", "共收到案例210个,评出优秀案例50个。", 3, 2022, 210, 50),
    ("https://a.edu.cn/4.html", "运动会", "学校运动会顺利举行。", None, None, None, None),
    ("https://a.edu.cn/5.html", "治。理之间有标点", "标点隔开的字不算一个词。", None, None, None, None),
    ("https://a.edu.cn/6.html", XSS_TITLE, XSS_TEXT, None, None, None, None),
]
SERIES = "上海城市治理最佳实践案例评选"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    path = tmp_path_factory.mktemp("browser") / "archive.db"
    archive = Archive(path)
    for url, title, text, edition, year, entries, winners in ARTICLES:
        archive.save_article({"url": url, "title": title, "text": text, "published_at": f"{year or 2023}-07-11"},
                             run_id=None)
        if edition:
            cases = [{"name": f"案例{edition}-{n}", "district": district}
                     for n, district in enumerate(["徐汇区", "徐汇区", "静安区", "浦东新区"][:edition + 1])]
            save_facts(archive.db, url, {"series": SERIES, "edition": edition, "year": year, "stage": "results",
                                         "counts": {"applications": entries, "selected": winners}, "cases": cases}, [])
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "serve", "--db", str(path), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("govcases serve did not start: " + process.stdout.read().decode()) from None
                time.sleep(0.3)
        yield base
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # the serve command and its Datasette child
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        message = "Debian's chromium is not installed (make system-deps installs it)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def shown_titles(page) -> set[str]:
    return {cell.inner_text().strip() for cell in page.query_selector_all("table.rows-and-columns td.col-title")}


def test_typing_in_the_search_box_shows_exactly_the_rows_that_contain_it(server: str, page) -> None:
    page.goto(f"{server}/archive/articles")
    page.fill("input[name=_search]", "治理")
    with page.expect_navigation():
        page.press("input[name=_search]", "Enter")
    assert "_search=" in page.url
    expected = {title for _, title, text, *_ in ARTICLES if "治理" in title or "治理" in text}
    assert shown_titles(page) == expected
    assert "治。理之间有标点" not in shown_titles(page)


def test_the_chart_is_drawn(server: str, page) -> None:
    page.goto(f"{server}/-/dashboards/competitions")
    for chart in ("entries-winners", "cases-per-district"):
        canvas = page.wait_for_selector(f"#chart-{chart} canvas, #chart-{chart} svg", timeout=20_000)
        box = canvas.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 50
        # Drawn, not blank: count painted pixels of the canvas.
        painted = page.evaluate("""(el) => {
            if (el.tagName.toLowerCase() === 'svg') return el.querySelectorAll('path, rect, line').length * 100;
            const data = el.getContext('2d').getImageData(0, 0, el.width, el.height).data;
            let n = 0; for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++; return n; }""", canvas)
        assert painted > 500, f"{chart}: the chart area is empty"


def test_markup_in_archived_text_is_shown_as_text_and_never_runs(server: str, page) -> None:
    for url in (f"{server}/archive/articles?_search=社区治理", f"{server}/archive/search?q=社区治理"):
        page.goto(url)
        page.wait_for_load_state("load")
        body = page.inner_text("body")
        assert "<script>window.__pwned = 1</script>" in body or "onerror" in body
        assert page.evaluate("window.__pwned") is None
        assert page.query_selector("img[onerror]") is None and page.dialogs == []
    assert page.query_selector("mark") is not None, "the ranked search highlights the match"
    assert '<img src="x" onerror="window.__pwned = 2">' in page.inner_text("body")
