# Generated from the spec info.version and spec/client-release by templates/package/_version.py.jinja: do not edit.
"""Version of the np6 package and of the NP6 API it was generated from."""

#: The package version: the NP6 API version, then the client release (``8.1.0``, ``8.1.0.1``, ...).
__version__ = "8.1.0"
#: The version of the NP6 API this package was generated from (``info.version`` of its spec).
API_VERSION = "8.1.0"
#: The first server of the spec.
DEFAULT_BASE_URL = "https://api-cm.np6.com"
