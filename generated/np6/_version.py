"""Version of the np6 package and of the NP6 API it was generated from."""

#: The package version follows the spec's ``info.version``.
__version__ = "8.1.0"
API_VERSION = "8.1.0"
#: The first server of the spec.
DEFAULT_BASE_URL = "https://api-cm.np6.com"
