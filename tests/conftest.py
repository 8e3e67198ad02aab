"""Shared fixtures: paths to the repository's snapshot and to ../shared (when it is beside the checkout)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"
