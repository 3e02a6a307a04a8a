"""A client library for accessing NP6 CM API"""

from . import errors
from ._transport import RetryPolicy
from ._version import API_VERSION, DEFAULT_BASE_URL, __version__
from .client import AuthenticatedClient, Client
from .errors import APIConnectionError, APIStatusError, APITimeoutError, DecodeError, NP6Error

__all__ = (
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticatedClient",
    "Client",
    "DecodeError",
    "NP6Error",
    "RetryPolicy",
    "__version__",
    "errors",
)
