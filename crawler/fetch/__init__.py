"""Fetching: how requests become responses (snapshot replay, capture, safety, encodings)."""
