"""``govcases serve``: Datasette over the archive, with the project's metadata and plugin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from crawler.cli.options import db_option

METADATA = Path(__file__).resolve().parents[2] / "datasette_metadata.json"


def datasette_command(db_path: str, port: int, host: str = "127.0.0.1", metadata: Path = METADATA) -> list[str]:
    """The ``datasette serve`` command line that serves the archive the way the project means it."""
    return [sys.executable, "-m", "datasette", "serve", db_path, "--metadata", str(metadata),
            "--host", host, "--port", str(port), "--setting", "sql_time_limit_ms", "5000"]


@click.command()
@db_option
@click.option("--port", default=8001, show_default=True, help="Port to serve on (127.0.0.1).")
def serve(db_path: str, port: int) -> None:
    """Serve the archive with Datasette at http://127.0.0.1:PORT/."""
    if not Path(db_path).exists():
        raise click.ClickException(f"{db_path} does not exist: run `govcases crawl --offline` first")
    click.echo(f"Serving {db_path} at http://127.0.0.1:{port}/ (Ctrl-C stops)")
    raise SystemExit(subprocess.call(datasette_command(db_path, port)))


COMMANDS = [serve]
