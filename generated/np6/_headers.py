"""What NP6's response headers announce: how long to wait before asking again.

NP6 rate-limits per key and answers 429 with ``Retry-After`` and/or ``X-RateLimit-Limit``,
``X-RateLimit-Remaining`` and ``X-RateLimit-Reset``. The retry loop (``_transport.py``) and
:class:`np6.errors.RateLimitError` read them through this module.
"""

from __future__ import annotations

import email.utils
import math
import time

import httpx


def announced_delay(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or ``X-RateLimit-Reset``.

    ``now`` is the current epoch time (default: ``time.time()``). ``X-RateLimit-Reset`` may be
    an epoch timestamp (seconds or milliseconds) or a number of seconds to wait.
    """
    wall = time.time() if now is None else now
    value = headers.get("retry-after")
    if value:
        value = value.strip()
        try:
            seconds = float(value)
        except ValueError:
            seconds = None
        if seconds is None:
            parsed = _http_date(value)
            if parsed is not None:
                return max(0.0, parsed - wall)
        elif math.isfinite(seconds) and seconds >= 0:
            return seconds
        # nan, inf or a negative wait is no usable hint: X-RateLimit-Reset, else the backoff
    reset = headers.get("x-ratelimit-reset")
    if reset:
        try:
            number = float(reset.strip())
        except ValueError:
            return None
        if not math.isfinite(number) or number < 0:
            return None
        if number > 1e12:
            number /= 1000.0
        return max(0.0, number - wall) if number > 1e9 else max(0.0, number)
    return None


def _http_date(value: str) -> float | None:
    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
