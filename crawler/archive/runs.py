"""Runs that never finished: a crawl killed by SIGKILL, a reboot or the OOM killer leaves its
``crawl_runs`` row at ``running``. When the next crawl starts, :func:`close_abandoned_runs` marks every such
row whose process is gone as ``killed`` (with the reason), so the record says what happened; rows of crawls
still running on this machine (or of another machine, which cannot be checked) are left alone.
"""

from __future__ import annotations

import os
import socket

import sqlite_utils

from crawler.archive.transaction import write_transaction

KILLED_REASON = "the crawl process ended without closing its run (killed, crashed or the machine stopped)"


def this_host() -> str:
    return socket.gethostname()


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def close_abandoned_runs(db: sqlite_utils.Database) -> list[int]:
    """Mark ``running`` runs of this machine whose process is gone as ``killed``; return their ids."""
    if "pid" not in db["crawl_runs"].columns_dict:
        return []
    rows = db.execute("select id, pid, host from crawl_runs where status = 'running'").fetchall()
    dead = [run_id for run_id, pid, host in rows
            if host == this_host() and pid and pid != os.getpid() and not process_alive(pid)]
    with write_transaction(db):
        for run_id in dead:
            db["crawl_runs"].update(run_id, {"status": "killed", "reason": KILLED_REASON})
    return dead
