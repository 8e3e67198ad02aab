"""The ``govcases`` command: a thin layer, one module per command group, each calling one stage.

To add a command, write it in its own module here and add the module's name to ``COMMAND_MODULES``.
"""

from __future__ import annotations

import importlib

import click

COMMAND_MODULES = ["crawl", "serve", "ops", "extract", "reparse", "export", "train"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govcases")
def main() -> None:
    """govcases: an archive of Chinese governance-case competition announcements.

    Crawl the announcement sites (or the bundled snapshot) into archive.db, extract the facts of each
    announcement, and browse, search and export them with Datasette.
    """


for _name in COMMAND_MODULES:
    _module = importlib.import_module(f"crawler.cli.{_name}")
    for _command in _module.COMMANDS:
        main.add_command(_command)
