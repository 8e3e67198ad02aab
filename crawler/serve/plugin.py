"""Datasette plugin of govcases (registered through the ``datasette`` entry point)."""
