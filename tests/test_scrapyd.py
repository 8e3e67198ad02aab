"""Scheduled crawls through a real Scrapyd, and two Scrapyd nodes whose archives merge the same in either order.

Each Scrapyd runs on a free 127.0.0.1 port with its own folders; the project is packed and deployed with
scrapyd-client's ``scrapyd-deploy`` (targets from a scrapy.cfg in a temporary XDG config folder, so the repository's
own ``[deploy]`` target is untouched); crawls are scheduled through ``schedule.json`` and run offline on the bundled
snapshot. Absolute paths for the database and the snapshot manifest: inside an egg the package's folder is a zip.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import sqlite_utils

from crawler.archive.merge import merge_archives
from crawler.fetch.snapshot import MANIFEST

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Node:
    """One Scrapyd process with its own config, eggs, logs and databases."""

    def __init__(self, root: Path, name: str) -> None:
        self.name, self.root, self.port = name, root, free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        root.mkdir(parents=True)
        (root / "scrapyd.conf").write_text(
            f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {self.port}\neggs_dir = {root / 'eggs'}\n"
            f"logs_dir = {root / 'logs'}\ndbs_dir = {root / 'dbs'}\nitems_dir =\npoll_interval = 0.5\n"
            "max_proc = 2\n")
        self.log = open(root / "scrapyd.out", "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen([str(BIN / "scrapyd")], cwd=root, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "daemonstatus.json", timeout=1).json()["status"] == "ok":
                    return
            except requests.RequestException:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"scrapyd did not start: {(root / 'scrapyd.out').read_text()[-2000:]}")

    def schedule(self, spider: str, db: Path) -> str:
        settings = [f"GOVCASES_DB={db}", "GOVCASES_OFFLINE=1", f"GOVCASES_SNAPSHOT_MANIFEST={MANIFEST}"]
        answer = requests.post(self.url + "schedule.json", timeout=60, data=[
            ("project", "govcases"), ("spider", spider), *(("setting", s) for s in settings)]).json()
        assert answer["status"] == "ok", answer
        return answer["jobid"]

    def wait(self, jobs: list[str], timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            listed = requests.get(self.url + "listjobs.json", params={"project": "govcases"}, timeout=10).json()
            if set(jobs) <= {j["id"] for j in listed["finished"]}:
                return
            time.sleep(0.5)
        raise AssertionError(f"jobs {jobs} did not finish on {self.name}: {listed}")

    def job_log(self, spider: str, job: str) -> str:
        return (self.root / "logs" / "govcases" / spider / f"{job}.log").read_text()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)
        self.log.close()


@pytest.fixture(scope="module")
def nodes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Node, Node]]:
    """Two Scrapyd nodes, the project deployed to both with scrapyd-deploy."""
    root = tmp_path_factory.mktemp("scrapyd")
    started: list[Node] = []
    try:
        started += [Node(root / "a", "a"), Node(root / "b", "b")]
        config = root / "xdg"
        config.mkdir()
        (config / "scrapy.cfg").write_text("".join(
            f"[deploy:node_{n.name}]\nurl = {n.url}\nproject = govcases\n" for n in started))
        env = dict(os.environ, XDG_CONFIG_HOME=str(config))
        egg = root / "govcases.egg"
        subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=REPO, env=env, check=True,
                       capture_output=True)
        for n in started:
            done = subprocess.run([str(BIN / "scrapyd-deploy"), f"node_{n.name}", "--egg", str(egg), "-v", "1"],
                                  cwd=REPO, env=env, capture_output=True, text=True)
            assert done.returncode == 0 and '"status": "ok"' in done.stdout, done.stdout + done.stderr
        yield started[0], started[1]
    finally:
        for n in started:
            n.stop()


def spiders_of(node: Node) -> list[str]:
    answer = requests.get(node.url + "listspiders.json", params={"project": "govcases"}, timeout=60).json()
    assert answer["status"] == "ok", answer
    return sorted(answer["spiders"])


def test_deployed_project_crawls_offline_through_schedule_json(nodes: tuple[Node, Node], tmp_path: Path) -> None:
    node, _ = nodes
    assert "sjtu_news" in spiders_of(node)
    db = tmp_path / "scrapyd.db"
    job = node.schedule("sjtu_news", db)
    node.wait([job])
    archive = sqlite_utils.Database(db)
    rows = list(archive["articles"].rows)
    assert rows, node.job_log("sjtu_news", job)[-3000:]
    assert {r["source_id"] for r in rows} == {"sjtu_news"}
    assert {r["capture_kind"] for r in rows} <= {"real", "reconstruction", "synthetic"}  # replayed, not live
    (run,) = archive["crawl_runs"].rows
    assert run["status"] == "finished" and run["offline"] == 1


def content(path: Path) -> dict[str, list[tuple]]:
    db = sqlite_utils.Database(path)
    return {t: sorted(tuple(r.values()) for r in db[t].rows) for t in sorted(db.table_names())
            if not t.endswith(("_fts", "_config", "_data", "_idx", "_docsize", "_content"))}


def test_two_nodes_crawl_shares_and_merge_the_same_in_either_order(nodes: tuple[Node, Node], tmp_path: Path) -> None:
    a, b = nodes
    names = spiders_of(a)
    # Each node crawls a share; both crawl the first spider, so one URL set is fetched twice (newest must win once).
    shares = {a: names[0::2], b: sorted(set(names[1::2]) | {names[0]})}
    dbs = {a: tmp_path / "a" / "node.db", b: tmp_path / "b" / "node.db"}
    for db in dbs.values():
        db.parent.mkdir()
    jobs = {n: [(s, n.schedule(s, dbs[n])) for s in share] for n, share in shares.items()}
    for n, started in jobs.items():
        n.wait([job for _, job in started], timeout=150)
    # Two jobs ran at once on each node (max_proc = 2), writing one database: no item may be lost to a lock.
    for n, started in jobs.items():
        for spider, job in started:
            log = n.job_log(spider, job)
            assert "database is locked" not in log and "Error processing" not in log, log[-3000:]
    node_urls = {n: {r["url"] for r in sqlite_utils.Database(dbs[n])["articles"].rows} for n in (a, b)}
    assert node_urls[a] and node_urls[b], [n.job_log(s, j)[-2000:] for n, js in jobs.items() for s, j in js]

    merge_archives([dbs[a], dbs[b]], tmp_path / "ab" / "archive.db")
    merge_archives([dbs[b], dbs[a]], tmp_path / "ba" / "archive.db")
    ab, ba = content(tmp_path / "ab" / "archive.db"), content(tmp_path / "ba" / "archive.db")
    assert ab == ba
    merged = sqlite_utils.Database(tmp_path / "ab" / "archive.db")
    assert {r["url"] for r in merged["articles"].rows} == node_urls[a] | node_urls[b]  # everything, nothing twice
    assert merged["crawl_runs"].count == sum(len(s) for s in shares.values())
    assert merged.execute("PRAGMA foreign_key_check").fetchall() == []
    merge_archives([dbs[a]], tmp_path / "ab" / "archive.db")  # again: no change
    assert content(tmp_path / "ab" / "archive.db") == ab
