"""Extraction: one fetched page -> the article's fields (title, date, origin, author, editor, body)."""
