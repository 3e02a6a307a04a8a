"""np6.testing: an offline NP6 for your own tests (no network, no Node, no extra dependency).

    from np6 import Client
    from np6.testing import OfflineNP6

    def test_counts_segments() -> None:
        offline = OfflineNP6()
        offline.answer("listSegments", json=[{"type": "static", "id": 41, "name": "Buyers"}])
        with Client(api_key="test", transport=offline) as np6:
            assert len(np6.segments.list()) == 1
        assert offline.operations() == ["listSegments"]

:class:`OfflineNP6` is an httpx transport (sync and async) answering every operation of the
spec this package was generated from with its documented example, after checking the request
against that spec: a request NP6 would refuse raises :class:`SpecViolation` (an
``AssertionError``) naming the operation, where and what is wrong. Answers can be set per
operation (:class:`Answer`, or a function of the :class:`Request`), and every request received
is kept (``X-Key`` masked).
"""

from ._offline import (
    REQUEST_EXTENSION,
    Answer,
    AnswerLike,
    OfflineNP6,
    OnViolation,
    Request,
    Responder,
    SpecViolation,
)
from ._schema import Problem

__all__ = [
    "REQUEST_EXTENSION",
    "Answer",
    "AnswerLike",
    "OfflineNP6",
    "OnViolation",
    "Problem",
    "Request",
    "Responder",
    "SpecViolation",
]
