"""Serving: the Datasette plugin (Chinese search) and exports."""
