"""Datasette plugin of govcases (registered through the ``datasette`` entry point).

It makes Datasette's own search box and ``?_search=`` find Chinese words in the archive: Datasette's table search
calls the SQL function ``escape_fts(:search)``, and this plugin replaces that function -- only on a database that
holds the govcases search index -- with :func:`crawler.archive.search.match_expression`, which rewrites the query
into phrases of single-character tokens the way the index was written. It also renders the highlighted snippets of
the ``search`` canned query.
"""

from __future__ import annotations

from datasette import hookimpl
from markupsafe import Markup, escape

from crawler.archive.search import is_search_database, match_expression

SNIPPET_COLUMN = "snippet"
MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"


# trylast: Datasette registers its own escape_fts through the same hook; ours must run after it to win.
@hookimpl(trylast=True)
def prepare_connection(conn, database, datasette) -> None:
    """Register the Chinese-aware ``escape_fts`` on connections to an archive database (and only there)."""
    if is_search_database(conn):
        conn.create_function("escape_fts", 1, match_expression, deterministic=True)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Show the ``<mark>`` highlights of a search snippet; everything else in the cell stays escaped text."""
    if table is not None or column != SNIPPET_COLUMN or not isinstance(value, str) or MARK_OPEN not in value:
        return None
    # Escape first, then let exactly the two marker tags through: archived text can never inject markup.
    html = str(escape(value))
    html = html.replace(str(escape(MARK_OPEN)), MARK_OPEN).replace(str(escape(MARK_CLOSE)), MARK_CLOSE)
    return Markup(html)
