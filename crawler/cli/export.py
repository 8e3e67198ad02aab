"""``govcases export``: a table, view or canned query of the archive as CSV or JSON."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from crawler.cli.options import db_option
from crawler.serve import export as exporting


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r}: write NAME=VALUE", param_hint="--param")
        params[name] = text
    return params


@click.command()
@click.argument("name", metavar="TABLE_OR_CANNED_QUERY")
@db_option
@click.option("--format", "fmt", type=click.Choice(exporting.FORMATS), default="csv", show_default=True)
@click.option("--bom", is_flag=True, help="Start the CSV with a UTF-8 byte order mark, so Excel reads Chinese.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="File to write (default: standard output). Written whole or not at all.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="A canned query's parameter.")
def export(name: str, db_path: str, fmt: str, bom: bool, output: str | None, params: tuple[str, ...]) -> None:
    """Export TABLE_OR_CANNED_QUERY (a table, a view such as case_facts, or a canned query such as search).

    \b
    govcases export case_facts --bom -o cases.csv          # the per-case dataset, for Excel
    govcases export search -p q=城市治理 --format json       # ranked search results
    """
    try:
        conn = exporting.connect(db_path)
        job = exporting.resolve(conn, name, _parse_params(params))
        if bom and fmt != "csv":
            raise exporting.ExportError("--bom is for CSV (Excel); JSON is read as UTF-8 without it")
        total = exporting.count_rows(conn, job)
        columns, records = exporting.rows(conn, job)
    except exporting.ExportError as error:
        raise click.ClickException(str(error)) from error
    except Exception as error:  # noqa: BLE001 -- a broken query or file: say which, write nothing
        raise click.ClickException(f"{name}: {error}") from error
    if output is None:
        written = exporting.write(sys.stdout, columns, records, fmt, bom=bom)
    else:
        written = _write_file(Path(output), columns, records, fmt, bom, total, name)
    click.echo(f"{written} rows of {name} exported" + (f" to {output}" if output else ""), err=True)


def _write_file(path: Path, columns: list[str], records, fmt: str, bom: bool, total: int, name: str) -> int:
    # Into a temporary file beside the target, renamed at the end: an interrupted export never leaves half a file.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with open(handle, "w", encoding="utf-8", newline="") as out, \
                click.progressbar(length=total, label=f"exporting {name}", file=sys.stderr) as bar:
            written = exporting.write(out, columns, records, fmt, bom=bom, progress=bar.update)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return written


COMMANDS = [export]
