"""How the project serves an archive with Datasette: metadata, settings and the command line, defined once.

The metadata file describes the database as ``archive``; Datasette names a database after its file, so
:func:`metadata_for` re-keys it for an archive saved under another name (``--db data/2024.db``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

METADATA = Path(__file__).resolve().parents[2] / "datasette_metadata.json"
METADATA_DATABASE = "archive"

#: Datasette settings of ``govcases serve`` (and of the tests and benchmark, so they measure what users get).
DATASETTE_SETTINGS: dict[str, Any] = {
    "suggest_facets": False,  # facet suggestions cost ~200 ms per search at 100k rows; default facets stay
    "sql_time_limit_ms": 5000,
    "allow_csv_stream": True,  # ?_stream=1: whole tables as CSV, not cut at the row limit
    "max_csv_mb": 0,  # no size cap on streamed CSV
}


def metadata_for(db_path: str | Path, metadata: Path = METADATA) -> dict[str, Any]:
    """The project's metadata with its database section keyed by the name Datasette gives ``db_path``."""
    data = json.loads(Path(metadata).read_text(encoding="utf-8"))
    name = Path(db_path).stem
    databases = data.get("databases", {})
    if name != METADATA_DATABASE and METADATA_DATABASE in databases:
        databases[name] = databases.pop(METADATA_DATABASE)
        # Dashboards name the database of each chart and filter.
        for dashboard in data.get("plugins", {}).get("datasette-dashboards", {}).values():
            for part in [*dashboard.get("charts", {}).values(), *dashboard.get("filters", {}).values()]:
                if part.get("db") == METADATA_DATABASE:
                    part["db"] = name
    return data


def datasette_command(db_path: str | Path, port: int, metadata_file: Path, host: str = "127.0.0.1") -> list[str]:
    """The ``datasette serve`` command line that serves the archive the way the project means it."""
    command = [sys.executable, "-m", "datasette", "serve", str(db_path), "--metadata", str(metadata_file),
               "--host", host, "--port", str(port)]
    for name, value in DATASETTE_SETTINGS.items():
        command += ["--setting", name, ("on" if value else "off") if isinstance(value, bool) else str(value)]
    return command
