"""Spiders used only by the tests (loaded with ``SPIDER_MODULES = ["tests.spiders_for_tests"]``)."""
