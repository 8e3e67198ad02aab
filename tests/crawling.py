"""Run ``govcases crawl`` in a subprocess for tests (Twisted's reactor cannot restart inside one process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# A live crawl of a server on 127.0.0.1, fast: no politeness delays, quick timeouts and backoff.
FAST_LOCAL = {
    "SPIDER_MODULES": "tests.spiders_for_tests",
    "GOVCASES_ALLOW_PRIVATE_HOSTS": "1",
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_TIMEOUT": "1",
    "RETRY_TIMES": "2",
    "GOVCASES_RETRY_BACKOFF_BASE": "0.05",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
    "LOG_LEVEL": "INFO",
}


def crawl_command(db: Path, *spiders: str, offline: bool = False, settings: dict[str, str] | None = None,
                  extra: tuple[str, ...] = ()) -> list[str]:
    command = [sys.executable, "-m", "crawler.cli", "crawl", "--db", str(db), *extra]
    if offline:
        command.append("--offline")
    for key, value in (settings or {}).items():
        command += ["-s", f"{key}={value}"]
    return command + list(spiders)


def crawl(db: Path, *spiders: str, offline: bool = False, settings: dict[str, str] | None = None,
          extra: tuple[str, ...] = (), timeout: float = 120) -> subprocess.CompletedProcess:
    """Run one crawl to its end; return the finished process (its returncode is not checked here)."""
    return subprocess.run(crawl_command(db, *spiders, offline=offline, settings=settings, extra=extra),
                          cwd=REPO, capture_output=True, text=True, timeout=timeout)
