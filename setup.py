"""Build shim for ``scrapyd-deploy``, which packs the project with ``setup.py bdist_egg``.

All metadata (packages, the ``scrapy`` settings entry point Scrapyd reads from the egg) lives in pyproject.toml.
"""

from setuptools import setup

setup()
