"""Fixtures of the dlt source tests (see ``support.py``)."""

from tests.dlt.support import offline_dlt, served

__all__ = ["offline_dlt", "served"]
