"""Fixtures of the contract tests: one Prism mock of the bundled spec per test session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from generator.bundle import dump
from np6 import Client

from .prism import PrismServer, WireTransport, prism_document
from .spec_tools import spec_document

#: A stand-in key: Prism checks that the X-Key header is present, not its value.
CONTRACT_KEY = "contract-test-key-0123456789"


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrismServer]:
    """``prism mock --errors`` of the bundled spec on 127.0.0.1, stopped (process group) at the end."""
    workdir = tmp_path_factory.mktemp("prism")
    spec_file = workdir / "openapi.yaml"
    document, aliases = prism_document(spec_document())
    spec_file.write_text(dump(document), encoding="utf-8")
    with PrismServer(spec_file, workdir / "prism.log", aliases=aliases) as server:
        yield server


@pytest.fixture(scope="session")
def prism_url(prism: PrismServer) -> str:
    return prism.url


ClientFactory = Callable[..., Client]


@pytest.fixture
def make_client(prism: PrismServer) -> Iterator[ClientFactory]:
    """Build np6 clients against Prism (no retries, proxies from the environment ignored).

    ``edit`` changes each request after the client built it (X-Key included), before it reaches
    Prism; ``on_request`` sees each request as the client built it (before the X-Key is added).
    """
    made: list[Client] = []

    def factory(
        *,
        edit: Callable[[httpx.Request], httpx.Request] | None = None,
        on_request: Callable[[httpx.Request], None] | None = None,
        api_key: str = CONTRACT_KEY,
    ) -> Client:
        httpx_args: dict[str, Any] = {"trust_env": False}
        if on_request is not None:
            httpx_args["event_hooks"] = {"request": [on_request]}
        client = Client(
            api_key=api_key,
            base_url=prism.url,
            max_retries=0,
            transport=WireTransport(prism.aliases, edit),
            httpx_args=httpx_args,
        )
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()
