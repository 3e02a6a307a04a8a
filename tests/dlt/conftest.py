"""Fixtures of the dlt source tests (see ``support.py``).

dlt reads its settings when it is first imported: telemetry off and its data directory (global
pipelines, an anonymous id) in a temporary directory before anything imports it, so the tests
write nothing outside their temp directories and reach no network.
"""

import os
import tempfile

os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
os.environ.setdefault("DLT_DATA_DIR", tempfile.mkdtemp(prefix="np6-dlt-tests-"))

from tests.dlt.support import offline_dlt, served

__all__ = ["offline_dlt", "served"]
