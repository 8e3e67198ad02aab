"""The bundled snapshot: every manifest entry is a file with a valid provenance, the seeds sit where they were
published, the real pages are byte-identical to their sources, and the replay answers as a site would."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from parsel import Selector
from scrapy import Request
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.fetch.replay import CAPTURE_HEADER, SnapshotReplayMiddleware
from crawler.fetch.snapshot import KINDS, MANIFEST, SNAPSHOT_DIR, load_snapshot

SHARED = Path(__file__).resolve().parents[2] / "shared"
ENTRIES = json.loads(MANIFEST.read_text(encoding="utf-8"))["pages"]
SNAPSHOT = load_snapshot()


def page_text(url: str) -> str:
    page = SNAPSHOT.get(url)
    assert page is not None, url
    body = page.body(SNAPSHOT.root)
    return body.decode("utf-8") if "charset=utf-8" in page.content_type else body.decode("gb18030")


def visible(html: str) -> str:
    """The text a reader sees, whitespace folded."""
    return re.sub(r"\s+", " ", Selector(text=f"<div>{html}</div>").xpath("string(/)").get()).strip()


def test_every_entry_is_a_file_with_a_valid_kind_and_provenance() -> None:
    urls = [e["url"] for e in ENTRIES]
    assert len(urls) == len(set(urls)), "a URL is listed twice"
    for entry in ENTRIES:
        assert (SNAPSHOT_DIR / entry["file"]).is_file(), entry["file"]
        assert entry["kind"] in KINDS, entry
        assert entry["made_from"].strip(), f"{entry['url']} does not say what it was made from"


def test_no_file_is_left_out_of_the_manifest() -> None:
    listed = {e["file"] for e in ENTRIES}
    on_disk = {str(p.relative_to(SNAPSHOT_DIR)) for p in (SNAPSHOT_DIR / "sites").rglob("*") if p.is_file()}
    assert on_disk == listed


def test_manifest_explains_the_kinds() -> None:
    about = json.loads(MANIFEST.read_text(encoding="utf-8"))["about"]
    for kind in KINDS:
        assert f"{kind} =" in about


def test_malformed_manifest_names_the_entry(tmp_path: Path) -> None:
    bad = tmp_path / "manifest.json"
    bad.write_text(json.dumps({"pages": [{"url": "http://x/1", "file": "a.html", "kind": "guess"}]}))
    with pytest.raises(ValueError, match="http://x/1"):
        load_snapshot(bad)


SEED_PLACES = {
    "000": ["http://www.sipa.sjtu.edu.cn/show/3378", "http://www.mbachina.com/html/mpa_sjtu/202107/334055.html"],
    "001": ["http://ciug.sjtu.edu.cn/Show?w=3&p=0&f=1186"],
    "002": ["http://www.sipa.sjtu.edu.cn/show/1907"],
    "003": ["http://www.cnfin.com/dfjj-lb/detail/20220107/3493872_1.html"],
    "004": ["http://www.sh.chinanews.com.cn/shms/2024-01-04/119310.shtml"],
}


@pytest.mark.parametrize("seed", sorted(SEED_PLACES))
def test_seed_texts_are_reconstructions_on_their_sites(seed: str) -> None:
    files = sorted((SHARED / "seeds").glob(f"{seed}_*.txt"))
    if not files:
        pytest.skip("../shared/seeds is not beside the checkout")
    text = files[0].read_text(encoding="utf-8")
    # the seed's longest paragraph, as printed (spam injection included), is on each page that carries it
    longest = max((visible(p) for p in text.split("\n")), key=len)
    for url in SEED_PLACES[seed]:
        assert SNAPSHOT.get(url).kind == "reconstruction"
        assert longest in visible(page_text(url)), url


def test_republished_announcement_differs_in_boilerplate() -> None:
    original, repost = (page_text(u) for u in SEED_PLACES["000"])
    assert "编辑:葛格" in repost and "扫码关注我们" in repost
    assert "扫码关注我们" not in original and "Back to Top" in original


def test_real_pages_are_byte_identical_to_their_sources() -> None:
    real = [p for p in SNAPSHOT.pages.values() if p.kind == "real"]
    assert len(real) >= 5
    if not (SHARED / "realpages").is_dir():
        pytest.skip("../shared/realpages is not beside the checkout")
    for page in real:
        source = page.made_from.split(" ", 1)[0].removeprefix("shared/")
        assert (SHARED / source).read_bytes() == page.body(SNAPSHOT.root), page.url


def test_a_gbk_page_needs_gb18030() -> None:
    body = SNAPSHOT.get("http://sh.people.com.cn/n2/2018/1208/c134768-32381234.html").body(SNAPSHOT.root)
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("gb18030")
    assert "charset=GB2312" in text and "张喆、李堃" in text
    with pytest.raises(UnicodeEncodeError):
        "喆".encode("gb2312")  # the declaration is wrong: GB2312 cannot hold this character


def test_xss_probe_is_visible_text_not_markup() -> None:
    raw = page_text("http://ciug.sjtu.edu.cn/Show?w=3&p=0&f=1245")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in raw
    assert "&lt;img src=x onerror=alert(1)&gt;" in raw
    assert "<script>alert" not in raw and "<img src=x" not in raw


def test_replay_answers_like_a_site() -> None:
    replay = SnapshotReplayMiddleware(str(MANIFEST), MemoryStatsCollector(get_crawler()))
    https = replay.process_request(Request("https://news.sjtu.edu.cn/jdyw/index.html#top"), spider=None)
    assert https.status == 200 and https.headers[CAPTURE_HEADER] == b"synthetic"
    assert b"list-card-h" in https.body
    missing = replay.process_request(Request("https://news.sjtu.edu.cn/jdyw/index_99.html"), spider=None)
    assert missing.status == 404
    gbk = replay.process_request(Request("https://sh.people.com.cn/n2/2018/1208/c134768-32381234.html"), spider=None)
    assert "张喆" in gbk.text  # a GB2312 declaration decoded as gb18030
