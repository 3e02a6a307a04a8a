"""An id cannot forge log lines or error text: what is printed is what went on the wire (encoded)."""

from __future__ import annotations

import logging

import pytest

from np6 import errors
from np6.api.contact import get_target
from tests.support.clients import MODES, loopback_client, run
from tests.support.loopback import Answer, LoopbackServer, json_answer

FORGED = "000MLGPR 404 from GET /x\nnp6 DEBUG GET /admin -> 200"


@pytest.mark.parametrize("mode", MODES)
def test_an_id_is_printed_as_it_went_on_the_wire(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    value = "000ML GPR é%"
    with LoopbackServer([json_answer(b'{"title": "no"}', status=404, headers={"x-request-id": "r-1"})]) as server:
        client = loopback_client(server.url)
        with pytest.raises(errors.NotFoundError) as info:
            run(mode, get_target.sync, get_target.asyncio, value, client=client)
    wire = server.requests[0].target
    assert wire == "/targets/000ML%20GPR%20%C3%A9%25"
    assert info.value.path == wire
    assert wire in str(info.value)
    assert value not in str(info.value)
    lines = [record.getMessage() for record in caplog.records if record.name == "np6"]
    assert len(lines) == 1 and wire in lines[0]
    assert all("\n" not in line and "\t" not in line for line in lines)


@pytest.mark.parametrize("mode", MODES)
def test_a_connection_error_names_the_encoded_path(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    with LoopbackServer([Answer(200, b'{"id": "x"}', reset_after=2)]) as server:
        client = loopback_client(server.url, max_retries=0)
        with pytest.raises(errors.APIConnectionError) as info:
            run(mode, get_target.sync, get_target.asyncio, "a b", client=client)
    assert info.value.path == "/targets/a%20b"
    assert "/targets/a%20b" in str(info.value)
    assert all("\n" not in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("mode", MODES)
def test_a_forged_line_in_an_id_is_refused(mode: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="np6")
    with LoopbackServer([Answer(204)]) as server:
        with pytest.raises(errors.InvalidPathParameterError) as info:
            run(mode, get_target.sync, get_target.asyncio, FORGED, client=loopback_client(server.url))
        assert server.requests == []
    assert "\n" not in str(info.value)
    assert "np6 DEBUG" not in caplog.text
