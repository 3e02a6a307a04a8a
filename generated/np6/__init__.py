"""np6: the typed Python client of the NP6 (Chapsvision CM) REST API.

Hand-written runtime (this file, ``client``, ``errors`` and the ``_*`` modules but ``_version``);
the API surface (``np6.api``, ``np6.models``, ``_version``) is generated from the spec.
"""

from . import errors
from ._decoding import UnknownVariant
from ._polling import Cursor
from ._streaming import TruncatedStreamError
from ._transport import Clock, RetryPolicy
from ._version import API_VERSION, DEFAULT_BASE_URL, __version__
from .client import AsyncClient, AuthenticatedClient, BaseClient, Client
from .errors import APIConnectionError, APIStatusError, APITimeoutError, DecodeError, NP6Error, ValidationPhaseError

__all__ = (
    "API_VERSION",
    "DEFAULT_BASE_URL",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticatedClient",
    "BaseClient",
    "Client",
    "Clock",
    "Cursor",
    "DecodeError",
    "NP6Error",
    "RetryPolicy",
    "TruncatedStreamError",
    "UnknownVariant",
    "ValidationPhaseError",
    "__version__",
    "errors",
)
