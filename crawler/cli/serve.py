"""``govcases serve`` (Datasette over the archive) and ``govcases index`` (bring the search index up to date)."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import click
import sqlite_utils

from crawler.archive.search import sync_search_index
from crawler.archive.views import prepare_for_serving
from crawler.cli.options import db_option
from crawler.serve.config import datasette_command, metadata_for


def _existing(db_path: str) -> Path:
    path = Path(db_path)
    if not path.exists():
        raise click.ClickException(f"{db_path} does not exist: run `govcases crawl --offline` first")
    return path


@click.command()
@db_option
@click.option("--port", default=8001, show_default=True, help="Port to serve on (127.0.0.1).")
def serve(db_path: str, port: int) -> None:
    """Serve the archive with Datasette at http://127.0.0.1:PORT/."""
    path = _existing(db_path)
    try:
        indexed = prepare_for_serving(sqlite_utils.Database(path))
    except Exception as error:  # noqa: BLE001 -- a read-only archive is still worth serving
        click.echo(f"warning: search index not brought up to date ({error})", err=True)
    else:
        if any(indexed.values()):
            click.echo("search index: " + ", ".join(f"{table} +{count}" for table, count in indexed.items()))
    with tempfile.TemporaryDirectory() as tmp:
        metadata_file = Path(tmp) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata_for(path), ensure_ascii=False), encoding="utf-8")
        click.echo(f"Serving {db_path} at http://127.0.0.1:{port}/ (Ctrl-C stops)")
        try:
            code = subprocess.call(datasette_command(path, port, metadata_file))
        except KeyboardInterrupt:
            code = 0
    raise SystemExit(code)


@click.command("index")
@db_option
@click.option("--rebuild", is_flag=True, help="Re-index every row, not only those missing from the index.")
def index(db_path: str, rebuild: bool) -> None:
    """Bring the Chinese full-text search index up to date (after other tools changed the archive)."""
    indexed = sync_search_index(sqlite_utils.Database(_existing(db_path)), rebuild=rebuild)
    click.echo(", ".join(f"{table}: {count} rows indexed" for table, count in indexed.items()) or "nothing to index")


COMMANDS = [serve, index]
