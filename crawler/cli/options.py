"""Options shared by several commands, defined once."""

from __future__ import annotations

import click

db_option = click.option(
    "--db", "db_path", default="archive.db", show_default=True, type=click.Path(dir_okay=False),
    help="The archive database file.")
