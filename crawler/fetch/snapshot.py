"""The bundled offline snapshot: saved pages keyed by their real URLs, with where each came from.

``snapshot/manifest.json`` lists every page: its URL, the file holding its bytes exactly as served (a GBK
page stays GBK), its HTTP status and content type, and its provenance ``kind``:

- ``real``: a page as its publisher served it (e.g. from a public extractor test set);
- ``reconstruction``: a real text (a seed announcement) placed in markup modelled on the site;
- ``synthetic``: a page written for the snapshot, modelled on the site, carrying no real record.

``made_from`` says what the page was made from. Archive rows keep both, so nobody mistakes a synthetic
page for the record.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SNAPSHOT_DIR = Path(__file__).resolve().parents[2] / "snapshot"
MANIFEST = SNAPSHOT_DIR / "manifest.json"
KINDS = ("real", "reconstruction", "synthetic")


@dataclass(frozen=True)
class SnapshotPage:
    url: str
    file: str
    kind: str
    made_from: str
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    note: str = ""

    def body(self, root: Path) -> bytes:
        return (root / self.file).read_bytes()


@dataclass(frozen=True)
class Snapshot:
    """All pages of one manifest, looked up by URL."""

    root: Path
    pages: dict[str, SnapshotPage]

    def get(self, url: str) -> SnapshotPage | None:
        return self.pages.get(normalise_url(url))


def normalise_url(url: str) -> str:
    """Key URLs the way the snapshot stores them: no fragment; http and https are the same page."""
    url = url.split("#", 1)[0]
    if url.startswith("https://"):
        url = "http://" + url[len("https://"):]
    return url


@cache
def load_snapshot(manifest: str | Path = MANIFEST) -> Snapshot:
    """Read a manifest; raise ``ValueError`` naming the entry when one is malformed."""
    manifest = Path(manifest)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    pages: dict[str, SnapshotPage] = {}
    for entry in data["pages"]:
        if entry.get("kind") not in KINDS:
            raise ValueError(f"{manifest}: page {entry.get('url')!r} has kind {entry.get('kind')!r}, "
                             f"not one of {KINDS}")
        page = SnapshotPage(
            url=entry["url"],
            file=entry["file"],
            kind=entry["kind"],
            made_from=entry.get("made_from", ""),
            status=entry.get("status", 200),
            content_type=entry.get("content_type", "text/html; charset=utf-8"),
            headers=tuple((k, v) for k, v in entry.get("headers", {}).items()),
            note=entry.get("note", ""),
        )
        pages[normalise_url(page.url)] = page
    return Snapshot(root=manifest.parent, pages=pages)
